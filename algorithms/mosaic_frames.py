"""``deformation:mosaicframes`` — overlapping frames merged into one product after a joint offset (plane) fit."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from . import output_styles
from .base import DeformationAlgorithm, advanced
from .core.insar.mosaic import DEFAULT_SAMPLES, SURFACES, MosaicSettings, mosaic_frames
from .core.insar.mosaic_report import write_report
from .core.io.resampling import RESAMPLING_METHODS
from .qgis_compat import crs_wkt


class MosaicFramesAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'mosaicframes'
    GROUP_ID = 'insar'

    INPUT = 'INPUT'
    SURFACE = 'SURFACE'
    REFERENCE_FRAME = 'REFERENCE_FRAME'
    CRS = 'CRS'
    RESOLUTION = 'RESOLUTION'
    RESAMPLING = 'RESAMPLING'
    SAMPLES = 'SAMPLES'
    OUTPUT = 'OUTPUT'
    OUTPUT_REPORT = 'OUTPUT_REPORT'
    NUMBERS = ('FRAMES', 'OVERLAPS', 'OVERLAP_PIXELS', 'RMS_BEFORE', 'RMS_AFTER', 'MAX_MEAN_AFTER')

    def displayName(self):  # noqa: N802
        return self.tr('Mosaic overlapping frames')

    def output_names(self):
        return {self.OUTPUT: self.tr('Mosaic')}

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr('Overlapping frames (velocity or time-series rasters, any grid or CRS)'),
            QgsProcessing.SourceType.TypeRaster))
        self.addParameter(QgsProcessingParameterEnum(
            self.SURFACE, self.tr('Correction per frame'),
            options=[self.tr('offset'), self.tr('plane (offset and east, north gradients)')], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.REFERENCE_FRAME, self.tr('Reference frame, kept as it is (its place in the list, from 1)'),
            QgsProcessingParameterNumber.Type.Integer, 1, minValue=1))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr('Output CRS (empty = that of the first frame)'), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.RESOLUTION, self.tr('Output pixel size in the output CRS (0 = that of the first frame)'),
            QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        self.addParameter(advanced(QgsProcessingParameterEnum(
            self.RESAMPLING, self.tr('Resampling of frames on another grid'),
            options=[self.tr('automatic (average when coarsening, else bilinear)'), self.tr('nearest'),
                     self.tr('bilinear'), self.tr('cubic'), self.tr('average')], defaultValue=0)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.SAMPLES, self.tr('Most pixels sampled in each overlap for the fit'),
            QgsProcessingParameterNumber.Type.Integer, DEFAULT_SAMPLES, minValue=100)))
        self.add_block_rows_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr('Mosaic')))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr('Report of the corrections and overlaps'),
            self.tr('HTML files (*.html);;CSV files (*.csv)'), optional=True))
        labels = (self.tr('Number of frames'), self.tr('Number of overlaps'),
                  self.tr('Pixels in the overlaps (first band)'),
                  self.tr('RMS of the differences in the overlaps before the correction'),
                  self.tr('RMS of the differences in the overlaps after the correction'),
                  self.tr('Largest mean difference of an overlap after the correction'))
        for name, label in zip(self.NUMBERS, labels):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def _settings(self, parameters, context):
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        return MosaicSettings(
            surface=SURFACES[self.parameterAsEnum(parameters, self.SURFACE, context)],
            reference=self.parameterAsInt(parameters, self.REFERENCE_FRAME, context) - 1,
            crs_wkt=crs_wkt(crs) if parameters.get(self.CRS) else '',
            resolution=self.parameterAsDouble(parameters, self.RESOLUTION, context),
            resampling=RESAMPLING_METHODS[self.parameterAsEnum(parameters, self.RESAMPLING, context)],
            max_samples=self.parameterAsInt(parameters, self.SAMPLES, context),
            memory_mb=self.parameterAsInt(parameters, self.MEMORY_MB, context),
            block_rows=self.parameterAsInt(parameters, self.BLOCK_ROWS, context))

    def process(self, parameters, context, feedback, monitor):
        paths = self.raster_paths(parameters, self.INPUT, context)
        settings = self._settings(parameters, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = mosaic_frames(paths, output, settings, monitor)
        self._series = len(result.band_names) > 1
        summary = result.summary()
        feedback.pushInfo(self.tr('{0} frames, {1} overlaps; RMS of the differences in the overlaps: {2:.3f} {4} '
                                  'before, {3:.3f} {4} after the correction').format(
            summary['frames'], summary['overlaps'], summary['rms_before'], summary['rms_after'], result.units))
        for k, frame in enumerate(result.frames):
            a, b, e = result.corrections[0, k]
            feedback.pushInfo(self.tr('{0}: offset {1:+.3f} {2}, gradients {3:+.4f} east, {4:+.4f} north {2}/km '
                                      '(first band)').format(frame.name, a, result.units, b, e))
        outputs = {self.OUTPUT: output}
        report = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report:
            outputs[self.OUTPUT_REPORT] = write_report(report, result)
        outputs.update({name: summary[name.lower()] for name in self.NUMBERS})
        return outputs

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """A time-series mosaic is drawn at its last date (a velocity mosaic on the diverging ramp)."""
        if getattr(self, '_series', False):
            for key, details in context.layersToLoadOnCompletion().items():
                if details.outputName == self.OUTPUT:
                    context.layerToLoadOnCompletionDetails(key).setPostProcessor(
                        output_styles.post_processor('series', self.output_layer_name(self.OUTPUT)))
        return super().postProcessAlgorithm(context, feedback)
