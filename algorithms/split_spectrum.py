"""``deformation:splitspectrum`` — ionospheric / non-dispersive phase from sub-band interferograms."""
from qgis.core import (
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from .base import DeformationAlgorithm
from .core.common import dates
from .core.common.errors import InputError
from .core.corrections.ionosphere import check_frequencies, split_spectrum_stacks
from .core.io.raster_stack import RasterStack, RasterWriter, check_same_grid, display_name

Double = QgsProcessingParameterNumber.Type.Double


class SplitSpectrumAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'splitspectrum'
    GROUP_ID = 'corrections'

    LOW_BAND = 'LOW_BAND'
    HIGH_BAND = 'HIGH_BAND'
    CENTER_FREQUENCY = 'CENTER_FREQUENCY'
    LOW_FREQUENCY = 'LOW_FREQUENCY'
    HIGH_FREQUENCY = 'HIGH_FREQUENCY'
    OUTPUT_IONOSPHERE = 'OUTPUT_IONOSPHERE'
    OUTPUT_NONDISPERSIVE = 'OUTPUT_NONDISPERSIVE'

    def displayName(self):  # noqa: N802
        return self.tr('Split-spectrum ionospheric correction')

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LOW_BAND, self.tr('Low sub-band unwrapped interferogram (radians)')))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.HIGH_BAND, self.tr('High sub-band unwrapped interferogram (radians)')))
        for name, label in ((self.CENTER_FREQUENCY, self.tr('Centre frequency of the full band (e.g. MHz)')),
                            (self.LOW_FREQUENCY, self.tr('Centre frequency of the low sub-band (same unit)')),
                            (self.HIGH_FREQUENCY, self.tr('Centre frequency of the high sub-band (same unit)'))):
            self.addParameter(QgsProcessingParameterNumber(name, label, Double, minValue=0.0))
        self.add_block_rows_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_IONOSPHERE, self.tr('Ionospheric (dispersive) phase at the centre frequency (radians)')))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_NONDISPERSIVE, self.tr('Non-dispersive phase at the centre frequency (radians)')))

    @staticmethod
    def _band_labels(stack):
        names, metadata = [], []
        for index, band in enumerate(stack.bands):
            pair = band.pair()
            if pair is not None:
                label = f'{dates.compact(pair[0])}_{dates.compact(pair[1])}'
                names.append(label)
                metadata.append({'DATE12': label})
            else:
                names.append(band.description or f'band {index + 1}')
                metadata.append({})
        return names, metadata

    #: sub-bands lie within the radar bandwidth: a few % of the centre frequency, never a factor 1.5
    MAX_FREQUENCY_RATIO = 1.5

    def _check_sub_bands(self, center, low, high):
        """Frequencies in one unit, the centre between the sub-bands (they split the full band)."""
        ratio = max(center, low, high) / min(center, low, high)
        if ratio > self.MAX_FREQUENCY_RATIO:
            raise InputError('CENTER_FREQUENCY, LOW_FREQUENCY, HIGH_FREQUENCY: {0:g}, {1:g} and {2:g} differ by a '
                             'factor {3:.3g}, but sub-bands lie within the radar bandwidth (a few % of the centre); '
                             'give all three in the same unit (for example MHz: 1257.5, 1236.5 and 1278.5 for ALOS-2 '
                             'L band).', center, low, high, ratio)
        if not low < center < high:
            raise InputError('CENTER_FREQUENCY: {0:g} is not between LOW_FREQUENCY {1:g} and HIGH_FREQUENCY {2:g}; '
                             'the sub-bands lie on either side of the centre of the full band.', center, low, high)

    def process(self, parameters, context, feedback, monitor):
        low = RasterStack([self.raster_path(parameters, self.LOW_BAND, context)], self.LOW_BAND)
        high = RasterStack([self.raster_path(parameters, self.HIGH_BAND, context)], self.HIGH_BAND)
        check_same_grid(low.grid, display_name(low.paths[0]), high.grid, display_name(high.paths[0]),
                        self.HIGH_BAND)
        if len(low) != len(high):
            raise InputError('{0}: "{1}" has {2} bands but {3} has {4}; give the same interferograms in both '
                             'sub-bands.',
                             self.HIGH_BAND, display_name(high.paths[0]), len(high), self.LOW_BAND, len(low))
        frequencies = [self.parameterAsDouble(parameters, name, context)
                       for name in (self.CENTER_FREQUENCY, self.LOW_FREQUENCY, self.HIGH_FREQUENCY)]
        check_frequencies(*frequencies)
        self._check_sub_bands(*frequencies)
        names, band_metadata = self._band_labels(low)
        block_rows = self.block_rows(parameters, context, low.grid.width, 6 * len(low))
        outputs = {name: self.parameterAsOutputLayer(parameters, name, context)
                   for name in (self.OUTPUT_IONOSPHERE, self.OUTPUT_NONDISPERSIVE)}
        metadata = {'CENTER_FREQUENCY': frequencies[0], 'LOW_FREQUENCY': frequencies[1],
                    'HIGH_FREQUENCY': frequencies[2], 'UNITS': 'rad'}
        with RasterWriter(outputs[self.OUTPUT_IONOSPHERE], low.grid, names, self.OUTPUT_IONOSPHERE,
                          band_metadata=band_metadata, metadata=metadata, units='rad') as ionosphere, \
                RasterWriter(outputs[self.OUTPUT_NONDISPERSIVE], low.grid, names, self.OUTPUT_NONDISPERSIVE,
                             band_metadata=band_metadata, metadata=metadata, units='rad') as nondispersive:
            split_spectrum_stacks(low, high, *frequencies, [ionosphere, nondispersive], block_rows, monitor)
        return outputs
