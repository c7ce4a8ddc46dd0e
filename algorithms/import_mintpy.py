"""``deformation:importmintpy`` — MintPy HDF5 products (time series, velocity, coherence, geometry) to rasters."""
from osgeo import osr
from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterNumber

from .base import error_text
from .core.geometry.line_of_sight import LOOK_DIRECTIONS
from .core.io.resampling import srs_of
from .core.products.mintpy import DEFAULT_MIN_COHERENCE, MintPyProduct
from .product_import import ProductImportAlgorithm


class ImportMintPyAlgorithm(ProductImportAlgorithm):
    ALGORITHM_ID = 'importmintpy'

    MIN_TEMPORAL_COHERENCE = 'MIN_TEMPORAL_COHERENCE'
    RASTER_OUTPUTS = ('OUTPUT_TIMESERIES', 'OUTPUT_VELOCITY', 'OUTPUT_VELOCITY_STD', 'OUTPUT_COHERENCE',
                      'OUTPUT_INCIDENCE', 'OUTPUT_HEADING', 'OUTPUT_HEIGHT')

    def displayName(self):  # noqa: N802
        return self.tr('Import MintPy products (HDF5)')

    def shortDescription(self):  # noqa: N802
        return self.tr('MintPy timeseries/velocity/temporalCoherence/geometry .h5 files (geocoded or in radar '
                       'coordinates) to GeoTIFFs in mm, mm/yr and degrees.')

    def tags(self):
        return super().tags() + ['MintPy', 'HDF5', 'h5', self.tr('geocode')]

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input_files(self.tr('MintPy files (timeseries.h5, velocity.h5, temporalCoherence.h5, '
                                     'geometryGeo.h5 or geometryRadar.h5, geo_*.h5)'))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_TEMPORAL_COHERENCE, self.tr('Mask pixels with temporal coherence below (needs '
                                                 'temporalCoherence.h5; 0 = no mask)'),
            QgsProcessingParameterNumber.Type.Double, DEFAULT_MIN_COHERENCE, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.LOOK_DIRECTION, self.tr('Look direction'),
            options=[self.tr('from the files (ANTENNA_SIDE; right when absent)'), self.tr('right'),
                     self.tr('left')], defaultValue=0))
        self.add_grid_parameters(
            self.tr('Output pixel size for radar-coordinate files, in CRS units (0 = the radar spacing)'),
            self.tr('Output CRS for radar-coordinate files [EPSG:4326]'))
        self.add_block_rows_parameter()
        self.add_raster_outputs()
        self.add_reference_outputs()

    def process(self, parameters, context, feedback, monitor):
        look = self.parameterAsEnum(parameters, self.LOOK_DIRECTION, context)
        product = MintPyProduct(self.input_files(parameters, context), self.INPUT,
                                self.parameterAsDouble(parameters, self.MIN_TEMPORAL_COHERENCE, context),
                                None if look == 0 else LOOK_DIRECTIONS[look - 1])
        with product:
            feedback.pushInfo(self.tr('MintPy files: {0}; {1}; look direction {2}').format(
                ', '.join(f'{item.name} ({kind})' for kind, item in product.files.items()),
                self.tr('radar coordinates, geocoded through latitude/longitude') if product.radar
                else self.tr('geocoded'), product.look))
            layers = product.layers()
            for message in product.messages:
                feedback.pushWarning(error_text(message))
            metadata = {'SOURCE': 'MintPy', 'FILES': ', '.join(item.name for item in product.files.values())}
            if product.radar:
                results, grid = self.write_geocoded(parameters, context, layers, product.shape[::-1],
                                                    product.positions, monitor, metadata)
            else:
                grid = product.grid()
                results = self.write_rasters(parameters, context, layers, grid, monitor, metadata)
            results.update(self._reference(product, grid))
        return results

    def _reference(self, product, grid):
        """Map coordinates of the reference pixel (geocoded: its centre; radar: its latitude/longitude)."""
        pixel = product.reference_pixel()
        if pixel is None:
            return {}
        if product.radar:
            lat, lon = (float(v[0, pixel[1]]) for v in product.positions(pixel[0], 1))
            x, y = osr.CoordinateTransformation(srs_of(osr.SRS_WKT_WGS84_LAT_LONG),
                                                srs_of(grid.crs_wkt)).TransformPoint(lon, lat)[:2]
        else:
            x, y = grid.centre_of(pixel[1], pixel[0])
        return {self.REFERENCE_X: float(x), self.REFERENCE_Y: float(y)}
