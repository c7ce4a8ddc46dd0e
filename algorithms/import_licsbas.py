"""``deformation:importlicsbas`` — LiCSBAS results (cum.h5, raw results/ with EQA.dem_par) and LiCSAR frames."""
import os

from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterFile

from .base import error_text
from .core.common.errors import InputError
from .core.geometry.line_of_sight import LOOK_DIRECTIONS
from .core.products.licsbas import LICSAR_SUFFIXES, LicsbasProduct
from .product_import import ProductImportAlgorithm


class ImportLicsbasAlgorithm(ProductImportAlgorithm):
    ALGORITHM_ID = 'importlicsbas'

    FOLDER = 'FOLDER'
    RASTER_OUTPUTS = ('OUTPUT_TIMESERIES', 'OUTPUT_VELOCITY', 'OUTPUT_VELOCITY_STD', 'OUTPUT_COHERENCE',
                      'OUTPUT_INCIDENCE', 'OUTPUT_HEADING', 'OUTPUT_HEIGHT', 'OUTPUT_LOS_EAST', 'OUTPUT_LOS_NORTH',
                      'OUTPUT_LOS_UP', 'OUTPUT_INTERFEROGRAMS', 'OUTPUT_IFG_COHERENCE')

    def displayName(self):  # noqa: N802
        return self.tr('Import LiCSBAS / LiCSAR products')

    def shortDescription(self):  # noqa: N802
        return self.tr('LiCSBAS cum.h5 and raw results/ files (with EQA.dem_par), LiCSAR frame GeoTIFFs '
                       '(unw, cc, E/N/U, hgt) to GeoTIFF stacks and maps the toolbox reads directly.')

    def tags(self):
        return super().tags() + ['LiCSBAS', 'LiCSAR', 'COMET', 'cum.h5', 'EQA.dem_par', self.tr('interferograms')]

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input_files(self.tr('LiCSBAS / LiCSAR files (cum.h5, results/vel, EQA.dem_par, E.geo, '
                                     '*.geo.unw.tif, *.geo.cc.tif, *.geo.E.tif …)'), optional=True)
        self.addParameter(QgsProcessingParameterFile(
            self.FOLDER, self.tr('LiCSAR frame folder (GEOC/ or the frame folder: all *.geo.*.tif inside)'),
            behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LOOK_DIRECTION, self.tr('Look direction (for the heading from E/N/U)'),
            options=[self.tr('right'), self.tr('left')], defaultValue=0))
        self.add_block_rows_parameter()
        self.add_raster_outputs()
        self.add_reference_outputs()

    def _files(self, parameters, context):
        files = self.input_files(parameters, context, required=False)
        folder = self.parameterAsFile(parameters, self.FOLDER, context)
        if folder:
            if not os.path.isdir(folder):
                raise InputError('{0}: "{1}" is not a folder.', self.FOLDER, folder)
            found = sorted(os.path.join(root, name) for root, _, names in os.walk(folder) for name in names
                           if any(name.endswith(suffix) for suffix in LICSAR_SUFFIXES))
            if not found:
                raise InputError('{0}: "{1}" holds no LiCSAR GeoTIFF ({2}).',
                                 self.FOLDER, folder, ', '.join(('*' + s for s in LICSAR_SUFFIXES)))
            files += [f for f in found if f not in files]
        if not files:
            raise InputError('{0}: no file given; choose LiCSBAS/LiCSAR files or a LiCSAR frame folder ({1}).',
                             self.INPUT, self.FOLDER)
        return files

    def process(self, parameters, context, feedback, monitor):
        look = LOOK_DIRECTIONS[self.parameterAsEnum(parameters, self.LOOK_DIRECTION, context)]
        with LicsbasProduct(self._files(parameters, context), self.INPUT, look) as product:
            layers = product.layers()
            for message in product.messages:
                feedback.pushInfo(error_text(message))
            feedback.pushInfo(self.tr('Grid: {0}×{1} pixels, origin {2:.6f}, {3:.6f} (pixel corner), post '
                                      '{4:g}° × {5:g}°').format(product.grid.width, product.grid.height,
                                                                product.grid.geotransform[0],
                                                                product.grid.geotransform[3],
                                                                product.grid.geotransform[1],
                                                                product.grid.geotransform[5]))
            results = self.write_rasters(parameters, context, layers, product.grid, monitor,
                                         {'SOURCE': 'LiCSBAS/LiCSAR'})
            reference = product.reference_point()
            if reference is not None:
                results.update({self.REFERENCE_X: reference[0], self.REFERENCE_Y: reference[1]})
        return results
