"""``deformation:comparepoints`` — InSAR (raster or points) against ground-truth points: GSI's validation table."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..plugin.i18n import plot_font
from .base import DeformationAlgorithm, attribute_value
from .core.common.errors import InputError
from .core.io.raster_stack import RasterStack, display_name
from .lazy_core import core_module
from .qgis_compat import crs_wkt, field_type

# imported when a run needs them (matplotlib, scipy, pyproj, numba: not at plugin load)
core = core_module('analysis.comparison')
comparison_plot = core_module('analysis.comparison_plot')
gnss_tie = core_module('corrections.gnss_tie')
local_frame = core_module('geometry.local_frame')


class ComparePointsAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'comparepoints'
    GROUP_ID = 'analysis'

    INPUT = 'INPUT'
    INPUT_FIELD = 'INPUT_FIELD'
    TRUTH = 'TRUTH'
    TRUTH_FIELD = 'TRUTH_FIELD'
    STATION_FIELD = 'STATION_FIELD'
    VE_FIELD, VN_FIELD, VU_FIELD = 'VE_FIELD', 'VN_FIELD', 'VU_FIELD'
    TRUTH_MODE = 'TRUTH_MODE'
    RADIUS = 'RADIUS'
    REMOVE_OFFSET = 'REMOVE_OFFSET'
    OUTPUT = 'OUTPUT'
    OUTPUT_PLOT = 'OUTPUT_PLOT'
    NUMBERS = ('COUNT', 'CORRELATION', 'MEAN_DIFFERENCE', 'STD_DIFFERENCE', 'MIN_DIFFERENCE', 'MAX_DIFFERENCE',
               'RMS')
    #: TRUTH_MODE options → core.TRUTH_MODES (index 0: automatic)
    MODES = ('auto', 'field', 'los', 'up', 'east')

    def displayName(self):  # noqa: N802
        return self.tr('Compare with ground truth points (levelling, GNSS)')

    def shortDescription(self):  # noqa: N802
        return self.tr('InSAR velocity or displacement (raster or points) against levelling or GNSS points: '
                       'correlation, mean and standard deviation of the differences, min, max, RMS, scatter plot.')

    def tags(self):
        return [self.tr('validation'), self.tr('levelling'), 'GNSS', self.tr('comparison'), self.tr('accuracy'),
                self.tr('bias'), 'RMS', 'InSAR']

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMapLayer(
            self.INPUT, self.tr('InSAR velocity or displacement (raster, or points)'),
            types=[QgsProcessing.SourceType.TypeRaster, QgsProcessing.SourceType.TypeVectorPoint]))
        numeric = QgsProcessingParameterField.DataType.Numeric
        self.addParameter(QgsProcessingParameterField(
            self.INPUT_FIELD, self.tr('InSAR value field (point input)'), 'velocity', self.INPUT, numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TRUTH, self.tr('Ground truth points (levelling benchmarks, GNSS)'),
            [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.TRUTH_FIELD, self.tr('Truth field (same quantity and units as the InSAR values)'), None,
            self.TRUTH, numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STATION_FIELD, self.tr('Point name field'), 'station', self.TRUTH, optional=True))
        for name, label, default in ((self.VE_FIELD, self.tr('GNSS east velocity field (mm/yr)'), 've'),
                                     (self.VN_FIELD, self.tr('GNSS north velocity field (mm/yr)'), 'vn'),
                                     (self.VU_FIELD, self.tr('GNSS up velocity field (mm/yr)'), 'vu')):
            self.addParameter(QgsProcessingParameterField(name, label, default, self.TRUTH, numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.TRUTH_MODE, self.tr('Truth'), options=[
                self.tr('automatic: the truth field when given, else GNSS projected into the LOS'),
                self.tr('the truth field as it is'), self.tr('GNSS ve/vn/vu projected into the LOS'),
                self.tr('GNSS vertical (vu), for Up or levelling comparisons'),
                self.tr('GNSS east (ve), for East comparisons')], defaultValue=0))
        self.add_geometry_parameters()
        self.addParameter(QgsProcessingParameterNumber(
            self.RADIUS, self.tr('Radius around each point for the InSAR mean (m; 0 = the pixel holding it)'),
            QgsProcessingParameterNumber.Type.Double, 100.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.REMOVE_OFFSET, self.tr('Remove the mean difference (reference-free comparison)'), False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr('Compared points'), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PLOT, self.tr('Scatter plot'), self.tr('PNG files (*.png)'), optional=True,
            createByDefault=False))
        labels = (self.tr('Number of points compared'), self.tr('Correlation coefficient'),
                  self.tr('Mean difference (InSAR − truth)'), self.tr('Standard deviation of the differences'),
                  self.tr('Smallest difference'), self.tr('Largest difference'), self.tr('RMS of the differences'))
        for name, label in zip(self.NUMBERS, labels):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # -- inputs -------------------------------------------------------------------------------------
    def _mode(self, parameters, context):
        mode = self.MODES[self.parameterAsEnum(parameters, self.TRUTH_MODE, context)]
        if mode == 'auto':
            mode = 'field' if parameters.get(self.TRUTH_FIELD) else 'los'
        if mode == 'field' and not parameters.get(self.TRUTH_FIELD):
            raise InputError('{0}: no field given; name the field holding the truth (for example the levelling '
                             'velocity in mm/yr), or choose a GNSS truth.', self.TRUTH_FIELD)
        return mode

    def _truth(self, parameters, context, mode, crs):
        if mode == 'field':
            fields = {'truth': self.parameterAsString(parameters, self.TRUTH_FIELD, context)}
        else:
            parameter = {'ve': self.VE_FIELD, 'vn': self.VN_FIELD, 'vu': self.VU_FIELD}
            wanted = {'los': ('ve', 'vn', 'vu'), 'up': ('vu',), 'east': ('ve',)}[mode]
            fields = {key: self.parameterAsString(parameters, parameter[key], context) or key for key in wanted}
        points = self.point_table(parameters, self.TRUTH, context, fields, crs=crs, label=self.STATION_FIELD)
        if not points.ids:
            raise InputError('{0}: the layer has no point.', self.TRUTH)
        return points

    def _input(self, parameters, context):
        layer = self.parameterAsLayer(parameters, self.INPUT, context)
        if isinstance(layer, QgsRasterLayer):
            return layer, self._file_source(layer, self.INPUT)
        if isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry:
            return layer, None
        raise InputError('{0}: choose a raster or a point layer of InSAR values.', self.INPUT)

    def _sample_points(self, parameters, context, layer, truth, radius):
        """Mean of the InSAR points' field within ``radius`` m of each truth point (metric local frame)."""
        if radius <= 0:
            raise InputError('{0}: {1:g} m with InSAR points; give the radius within which InSAR points are averaged '
                             '(e.g. 100 m).', self.RADIUS, radius)
        field = self.parameterAsString(parameters, self.INPUT_FIELD, context) or 'velocity'
        if field not in layer.fields().names():
            raise InputError('{0}: field "{1}" is not in "{2}"; available fields: {3}.',
                             self.INPUT_FIELD, field, layer.name(), ', '.join(layer.fields().names()))
        xs, ys, values = [], [], []
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            point = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
            value = feature[field]
            xs.append(point.x())
            ys.append(point.y())
            values.append(float(value) if value is not None and not getattr(value, 'isNull', lambda: False)()
                          else np.nan)
        frame = local_frame.LocalFrame.around(crs_wkt(layer.crs()), truth.x, truth.y, self.TRUTH)
        source = np.column_stack(frame.forward(np.asarray(xs), np.asarray(ys))) if xs else np.empty((0, 2))
        target = np.column_stack(frame.forward(truth.x, truth.y))
        if not len(source):
            raise InputError('{0}: "{1}" has no point.', self.INPUT, layer.name())
        return core.points_within(source, values, target, radius)

    # -- run ----------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback, monitor):
        layer, path = self._input(parameters, context)
        mode = self._mode(parameters, context)
        truth = self._truth(parameters, context, mode, layer.crs())
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        if path is not None:
            stack = RasterStack([path], self.INPUT)
            name = display_name(path)
            sampled, counts = gnss_tie.sample_stations(stack, truth.x, truth.y, radius, monitor.sub(0.0, 0.7),
                                                       indices=[0], statistic=np.mean)
            sampled = sampled[0]
        else:
            name = layer.name()
            sampled, counts = self._sample_points(parameters, context, layer, truth, radius)
        monitor.update(0.7)
        geometry = self.geometry(parameters, context, None, None) if mode == 'los' else None
        unit = core.unit_vectors_at(geometry, truth.x, truth.y) if geometry is not None else None
        reference = core.truth_values(mode, truth.table, unit)
        missing = int((~np.isfinite(sampled)).sum())
        if missing:
            feedback.pushInfo(self.tr('{0} of {1} points have no InSAR value within {2:g} m of "{3}"').format(
                missing, len(sampled), radius, name))
        remove = self.parameterAsBoolean(parameters, self.REMOVE_OFFSET, context)
        result = core.compare(sampled, reference, remove)
        sink_id = self._write_points(parameters, context, layer.crs(), truth, reference, sampled, counts, result)
        outputs = {self.OUTPUT: sink_id}
        values = (result.count, result.correlation, result.mean_difference, result.std_difference,
                  result.min_difference, result.max_difference, result.rms)
        outputs.update(dict(zip(self.NUMBERS, values)))
        plot = self.parameterAsFileOutput(parameters, self.OUTPUT_PLOT, context)
        if plot:
            comparison_plot.write_scatter_plot(plot, reference, sampled, result, remove,
                               {'field': self.tr('truth'), 'los': self.tr('GNSS in the LOS'),
                                'up': self.tr('GNSS up'), 'east': self.tr('GNSS east')}[mode], name,
                               texts={'offset_line': self.tr('1:1 + mean difference ({0:+.2f})'),
                                      'mean': self.tr('mean'), 'std': self.tr('std'), 'min': self.tr('min'),
                                      'max': self.tr('max')},
                               font=plot_font())
            outputs[self.OUTPUT_PLOT] = plot
        feedback.pushInfo(self.tr('{0} points: correlation {1:.3f}, mean difference {2:+.3f}, standard deviation '
                                  '{3:.3f}, RMS {4:.3f}').format(result.count, result.correlation,
                                                                 result.mean_difference, result.std_difference,
                                                                 result.rms))
        monitor.update(1.0)
        return outputs

    def _write_points(self, parameters, context, crs, truth, reference, sampled, counts, result):
        fields = QgsFields()
        fields.append(QgsField('station', field_type('string')))
        for name in ('truth', 'insar', 'difference', 'residual'):
            fields.append(QgsField(name, field_type('double')))
        fields.append(QgsField('n_samples', field_type('int')))
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, crs)
        for n, label in enumerate(truth.labels):
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(truth.x[n]), float(truth.y[n]))))
            feature.setAttributes([label] + [attribute_value(v) for v in (
                reference[n], sampled[n], result.difference[n], result.residual[n])] + [int(counts[n])])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return sink_id

