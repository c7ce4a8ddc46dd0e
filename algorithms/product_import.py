"""Shared base of the ``Import`` algorithms (EGMS, MintPy, LiCSBAS/LiCSAR): input files, raster outputs, writing.

Not an algorithm itself (not registered): ``importegms``, ``importmintpy`` and
``importlicsbas`` subclass it.  Outputs are written only for what the product
holds; the others are left out of the results (and no file is made).
"""
import tempfile

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from .base import DeformationAlgorithm, advanced, translate
from .core.common.errors import InputError
from .core.io.raster_stack import rows_per_block
from .core.products.geolocation import output_grid, write_positions
from .core.products.layers import write_geocoded_layers, write_layers
from .qgis_compat import crs_wkt

#: output parameter → layer key of :mod:`.core.products.layers`
OUTPUT_KEYS = {
    'OUTPUT_TIMESERIES': 'timeseries', 'OUTPUT_VELOCITY': 'velocity', 'OUTPUT_VELOCITY_STD': 'velocity_std',
    'OUTPUT_COHERENCE': 'coherence', 'OUTPUT_INCIDENCE': 'incidence', 'OUTPUT_HEADING': 'heading',
    'OUTPUT_HEIGHT': 'height', 'OUTPUT_LOS_EAST': 'los_east', 'OUTPUT_LOS_NORTH': 'los_north',
    'OUTPUT_LOS_UP': 'los_up', 'OUTPUT_COUNT': 'count', 'OUTPUT_INTERFEROGRAMS': 'interferograms',
    'OUTPUT_IFG_COHERENCE': 'ifg_coherence',
}


def output_labels():
    return {
        'OUTPUT_TIMESERIES': translate('DeformationAlgorithm', 'Displacement time series (mm, one band per date)'),
        'OUTPUT_VELOCITY': translate('DeformationAlgorithm', 'LOS velocity (mm/yr)'),
        'OUTPUT_VELOCITY_STD': translate('DeformationAlgorithm', 'LOS velocity 1σ (mm/yr)'),
        'OUTPUT_COHERENCE': translate('DeformationAlgorithm', 'Coherence (0–1)'),
        'OUTPUT_INCIDENCE': translate('DeformationAlgorithm', 'Incidence angle (degrees)'),
        'OUTPUT_HEADING': translate('DeformationAlgorithm', 'Satellite heading, clockwise from north (degrees)'),
        'OUTPUT_HEIGHT': translate('DeformationAlgorithm', 'Height (m)'),
        'OUTPUT_LOS_EAST': translate('DeformationAlgorithm', 'LOS unit vector, east component'),
        'OUTPUT_LOS_NORTH': translate('DeformationAlgorithm', 'LOS unit vector, north component'),
        'OUTPUT_LOS_UP': translate('DeformationAlgorithm', 'LOS unit vector, up component'),
        'OUTPUT_COUNT': translate('DeformationAlgorithm', 'Number of points per cell'),
        'OUTPUT_INTERFEROGRAMS': translate('DeformationAlgorithm',
                                           'Interferograms (radians, one band per pair, for sbasinversion)'),
        'OUTPUT_IFG_COHERENCE': translate('DeformationAlgorithm', 'Interferogram coherence (0–1, one band per pair)'),
    }


class ProductImportAlgorithm(DeformationAlgorithm):
    """Base of the import algorithms (group ``Import``)."""

    GROUP_ID = 'import'
    INPUT = 'INPUT'
    RESOLUTION = 'RESOLUTION'
    CRS = 'CRS'
    REFERENCE_X, REFERENCE_Y = 'REFERENCE_X', 'REFERENCE_Y'
    #: the raster outputs of this importer, in order (names of :data:`OUTPUT_KEYS`)
    RASTER_OUTPUTS = ()

    def tags(self):
        return [self.tr('import'), self.tr('InSAR'), self.tr('velocity'), self.tr('time series')]

    # -- parameters ---------------------------------------------------------------------------------
    def add_input_files(self, description, optional=False):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, description, QgsProcessing.SourceType.TypeFile, optional=optional))

    def add_grid_parameters(self, resolution_label, crs_label, default_crs=None, advanced_flag=False):
        resolution = QgsProcessingParameterNumber(
            self.RESOLUTION, resolution_label, QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0)
        crs = QgsProcessingParameterCrs(self.CRS, crs_label, default_crs, optional=True)
        for parameter in (resolution, crs):
            self.addParameter(advanced(parameter) if advanced_flag else parameter)

    def add_raster_outputs(self):
        labels = output_labels()
        for name in self.RASTER_OUTPUTS:
            self.addParameter(QgsProcessingParameterRasterDestination(
                name, labels[name], optional=True, createByDefault=True))

    def add_reference_outputs(self):
        self.addOutput(QgsProcessingOutputNumber(self.REFERENCE_X, self.tr('Reference point x (output CRS)')))
        self.addOutput(QgsProcessingOutputNumber(self.REFERENCE_Y, self.tr('Reference point y (output CRS)')))

    # -- readers ------------------------------------------------------------------------------------
    def input_files(self, parameters, context, required=True):
        files = [f for f in self.parameterAsFileList(parameters, self.INPUT, context) if f]
        if not files and required:
            raise InputError('{0}: no file given; choose the product files to import.', self.INPUT)
        return files

    def target_crs(self, parameters, context, default=None):
        """WKT of ``CRS`` when set, else ``default``."""
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if crs.isValid():
            return crs_wkt(crs)
        return default if default is not None else crs_wkt(QgsCoordinateReferenceSystem('EPSG:4326'))

    def output_paths(self, parameters, context):
        """{layer key: path} of the raster outputs the user asked for."""
        paths = {}
        for name in self.RASTER_OUTPUTS:
            if parameters.get(name) is None and not self.parameterDefinition(name).createByDefault():
                continue
            path = self.parameterAsOutputLayer(parameters, name, context)
            if path:
                paths[OUTPUT_KEYS[name]] = path
        return paths

    @staticmethod
    def results(written):
        keys = {key: name for name, key in OUTPUT_KEYS.items()}
        return {keys[key]: path for key, path in written.items()}

    # -- writing --------------------------------------------------------------------------------------
    def write_rasters(self, parameters, context, layers, grid, monitor, metadata=None):
        """Stream ``layers`` (on ``grid``) into the asked outputs; returns the results dict."""
        paths = self.output_paths(parameters, context)
        block_rows = self.block_rows(parameters, context, grid.width, self._values_per_pixel(layers, paths))
        roles = {key: name for name, key in OUTPUT_KEYS.items()}
        return self.results(write_layers(layers, grid, paths, block_rows, monitor, metadata, roles))

    @staticmethod
    def _values_per_pixel(layers, paths):
        """float64 values held per output pixel while a block is read and written (≈ 4 per band of the widest)."""
        return 4 * max((len(layer.band_names) for layer in layers if paths.get(layer.key)), default=1) + 2

    def write_geocoded(self, parameters, context, layers, size, positions, monitor, metadata=None):
        """Radar-coordinate ``layers`` (``size`` = (width, height)) geocoded through ``positions``.

        ``positions(row0, nrows)`` → (latitude, longitude) of radar pixels.
        Returns (results dict, output grid).
        """
        width, height = size
        paths = self.output_paths(parameters, context)
        roles = {key: name for name, key in OUTPUT_KEYS.items()}
        with tempfile.TemporaryDirectory(prefix='deformation_geocode_') as folder:
            position_rows = rows_per_block(width, 4)
            lat_lon = write_positions(positions, width, height, folder, position_rows, monitor.sub(0.0, 0.05))
            grid = output_grid(positions, height, self.target_crs(parameters, context),
                               self.parameterAsDouble(parameters, self.RESOLUTION, context), position_rows,
                               self.RESOLUTION)
            monitor.update(0.1)
            block_rows = self.block_rows(parameters, context, max(width, grid.width),
                                         self._values_per_pixel(layers, paths))
            written = write_geocoded_layers(layers, width, height, lat_lon, grid, paths, folder, block_rows,
                                            monitor.sub(0.1, 1.0), metadata, roles)
        return self.results(written), grid

