"""The ``deformation`` Processing provider."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .asc_desc_decomposition import AscDescDecompositionAlgorithm
from .base import ICON_PATH
from .baseline_strain import BaselineStrainAlgorithm
from .compare_points import ComparePointsAlgorithm
from .coseismic_offset import CoseismicOffsetAlgorithm
from .fault_inversion import FaultInversionAlgorithm
from .gnss_correction import GnssCorrectionAlgorithm
from .gnss_time_series import GnssTimeSeriesAlgorithm
from .import_egms import ImportEgmsAlgorithm
from .import_licsbas import ImportLicsbasAlgorithm
from .import_mintpy import ImportMintPyAlgorithm
from .mogi_forward import MogiForwardAlgorithm
from .mogi_inversion import MogiInversionAlgorithm
from .mosaic_frames import MosaicFramesAlgorithm
from .network_plot import NetworkPlotAlgorithm
from .okada_forward import OkadaForwardAlgorithm
from .sbas_inversion import SbasInversionAlgorithm
from .simulate_stack import SimulateStackAlgorithm
from .split_spectrum import SplitSpectrumAlgorithm
from .strain_rate import StrainRateAlgorithm
from .time_series_fit import TimeSeriesFitAlgorithm
from .tropospheric_correction import TroposphericCorrectionAlgorithm
from .tropospheric_delay import TroposphericDelayAlgorithm
from .zonal_velocity import ZonalVelocityAlgorithm

ALGORITHM_CLASSES = [
    SimulateStackAlgorithm,
    TimeSeriesFitAlgorithm,
    NetworkPlotAlgorithm,
    MosaicFramesAlgorithm,
    SbasInversionAlgorithm,
    GnssTimeSeriesAlgorithm,
    CoseismicOffsetAlgorithm,
    TroposphericDelayAlgorithm,
    TroposphericCorrectionAlgorithm,
    GnssCorrectionAlgorithm,
    SplitSpectrumAlgorithm,
    ZonalVelocityAlgorithm,
    MogiForwardAlgorithm,
    MogiInversionAlgorithm,
    FaultInversionAlgorithm,
    OkadaForwardAlgorithm,
    AscDescDecompositionAlgorithm,
    StrainRateAlgorithm,
    BaselineStrainAlgorithm,
    ImportMintPyAlgorithm,
    ImportLicsbasAlgorithm,
    ImportEgmsAlgorithm,
    ComparePointsAlgorithm,
]


class DeformationProvider(QgsProcessingProvider):
    """Provider id ``deformation``, name "Deformation" (SPEC §1)."""

    def id(self):
        return 'deformation'

    def name(self):
        return 'Deformation'

    def longName(self):  # noqa: N802
        return 'Deformation Toolbox'

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802
        return ICON_PATH

    def loadAlgorithms(self):  # noqa: N802
        for algorithm_class in ALGORITHM_CLASSES:
            self.addAlgorithm(algorithm_class())

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802
        return ['tif']
