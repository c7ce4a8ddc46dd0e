"""``deformation:baselinestrain`` — uniform strain tensor from line-length changes (reference 002)."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from .base import DeformationAlgorithm, advanced, attribute_value
from .core.common.errors import InputError
from .core.geometry.local_frame import LocalFrame
from .core.strain.baseline import baseline_geometry, baseline_strain
from .core.strain.tensor import QUANTITIES, axes_scale, strain_products
from .qgis_compat import crs_wkt
from .strain_rate import AXES_FIELDS, add_axes, product_fields

#: quantities a set of line lengths determines (rotation is invisible to lengths)
QUANTITIES = [name for name in QUANTITIES if name != 'rotation']
PRODUCT_NAMES = QUANTITIES + [f'sigma_{name}' for name in QUANTITIES]
#: UNITS option → factor to nanostrain/yr (mm/yr is divided by the length first)
UNIT_OPTIONS = ('mm/yr', 'strain/yr', 'nanostrain/yr')


class BaselineStrainAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'baselinestrain'
    GROUP_ID = 'strain'

    INPUT = 'INPUT'
    RATE_FIELD = 'RATE_FIELD'
    SIGMA_FIELD = 'SIGMA_FIELD'
    UNITS = 'UNITS'
    AXES_LENGTH = 'AXES_LENGTH'
    OUTPUT = 'OUTPUT'
    OUTPUT_AXES = 'OUTPUT_AXES'

    def displayName(self):  # noqa: N802
        return self.tr('Strain from line-length changes (baselines)')

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr('Baselines (lines from one station to another)'),
            [QgsProcessing.SourceType.TypeVectorLine]))
        numeric = QgsProcessingParameterField.DataType.Numeric
        self.addParameter(QgsProcessingParameterField(
            self.RATE_FIELD, self.tr('Length-change rate field'), 'rate', self.INPUT, numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SIGMA_FIELD, self.tr('1σ of the rate field (same units, optional)'), None, self.INPUT, numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNITS, self.tr('Units of the rate field'),
            options=[self.tr('mm/yr (length change; divided by the line length)'),
                     self.tr('strain per year (dimensionless, e.g. 2.9e-6)'), self.tr('nanostrain/yr')],
            defaultValue=0))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.AXES_LENGTH, self.tr('Half-length of the larger principal axis (m, 0 = automatic)'),
            QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr('Strain tensor (point at the network centre)'),
            QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_AXES, self.tr('Principal strain axes'), QgsProcessing.SourceType.TypeVectorLine))
        labels = self.quantity_labels()
        for name in QUANTITIES:
            self.addOutput(QgsProcessingOutputNumber(name.upper(), labels.get(name, name)))
        self.addOutput(QgsProcessingOutputNumber('N_LINES', self.tr('Number of lines used')))
        self.addOutput(QgsProcessingOutputNumber('RMS_RESIDUAL', self.tr('RMS misfit (nanostrain/yr)')))

    def quantity_labels(self):
        """Descriptions of the strain-rate number outputs (translated; nanostrain/yr, azimuth in degrees)."""
        return {'exx': self.tr('Strain rate εxx (nanostrain/yr)'), 'eyy': self.tr('Strain rate εyy (nanostrain/yr)'),
                'exy': self.tr('Strain rate εxy (nanostrain/yr)'),
                'dilatation': self.tr('Dilatation rate (nanostrain/yr)'),
                'max_shear': self.tr('Maximum shear strain rate (nanostrain/yr)'),
                'second_invariant': self.tr('Second invariant of the strain rate (nanostrain/yr)'),
                'e1': self.tr('Principal strain rate ε1 (nanostrain/yr)'),
                'e2': self.tr('Principal strain rate ε2 (nanostrain/yr)'),
                'azimuth_e1': self.tr('Azimuth of ε1 (degrees from north)'),
                'max_shear_engineering': self.tr('Maximum engineering shear strain rate (nanostrain/yr)'),
                'max_shear_tensor': self.tr('Maximum tensor shear strain rate (nanostrain/yr)')}

    def _lines(self, parameters, context, feedback, monitor):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise InputError('{0}: no line layer given.', self.INPUT)
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.LineGeometry:
            raise InputError('{0}: "{1}" is not a line layer; give one line per baseline, from one station to the '
                             'other.', self.INPUT, source.sourceName())
        rate_field = self.parameterAsString(parameters, self.RATE_FIELD, context) or 'rate'
        sigma_field = self.parameterAsString(parameters, self.SIGMA_FIELD, context)
        available = source.fields().names()
        for field in filter(None, (rate_field, sigma_field)):
            if field not in available:
                raise InputError('{0}: field "{1}" is not in "{2}"; available fields: {3}.',
                                 self.INPUT, field, source.sourceName(), ', '.join(available))
        ends, rates, sigmas, skipped = [], [], [], []
        total = max(1, source.featureCount())
        for n, feature in enumerate(source.getFeatures()):
            monitor.update(0.5 * n / total)
            geometry = feature.geometry()
            rate = feature[rate_field]
            if geometry.isNull() or geometry.isEmpty() or rate is None or rate == '' or \
                    (hasattr(rate, 'isNull') and rate.isNull()):
                skipped.append(str(feature.id()))
                continue
            parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
            start, end = parts[0][0], parts[-1][-1]
            if start == end:
                raise InputError('{0}: line {1} starts and ends at the same point; each line must join two different '
                                 'stations.', self.INPUT, feature.id())
            ends.append((start.x(), start.y(), end.x(), end.y()))
            try:
                rates.append(float(rate))
                sigmas.append(float(feature[sigma_field]) if sigma_field and feature[sigma_field] is not None
                              else np.nan)
            except (TypeError, ValueError):
                raise InputError('{0}: line {1} holds "{2}" in "{3}", not a number.',
                                 self.INPUT, feature.id(), rate, rate_field) from None
        if skipped:
            feedback.pushWarning(self.tr('{0} line(s) without geometry or rate skipped (ids {1})').format(
                len(skipped), ', '.join(skipped[:10])))
        return np.asarray(ends, dtype=float).reshape(-1, 4), np.asarray(rates), np.asarray(sigmas), \
            source.sourceCrs()

    def process(self, parameters, context, feedback, monitor):
        ends, rates, sigmas, crs = self._lines(parameters, context, feedback, monitor)
        if len(rates) < 3:
            baseline_strain(np.zeros(len(rates)), rates, role=self.INPUT)   # raises the clear error
        all_x = np.concatenate([ends[:, 0], ends[:, 2]])
        all_y = np.concatenate([ends[:, 1], ends[:, 3]])
        frame = LocalFrame.around(crs_wkt(crs), all_x, all_y, self.INPUT)
        theta, length = baseline_geometry(frame, *ends.T)
        units = UNIT_OPTIONS[self.parameterAsEnum(parameters, self.UNITS, context)]
        if units == 'mm/yr':
            factor = 1e9 / (length * 1000.0)
        else:
            factor = np.full(len(rates), 1e9 if units == 'strain/yr' else 1.0)
        values = rates * factor
        sigma = sigmas * factor if np.all(np.isfinite(sigmas)) and np.all(sigmas > 0) else None
        if sigma is None and np.isfinite(sigmas).any():
            feedback.pushWarning(self.tr('Some 1σ are missing or not positive: all lines weigh equally.'))
        tensor, covariance, residuals = baseline_strain(theta, values, sigma, self.INPUT)
        products = strain_products(*tensor, covariance[None])
        for k in range(len(values)):
            feedback.pushInfo(self.tr('line {0}: θ {1:.2f}° from east, {2:.0f} m, strain rate {3:.4g}, residual '
                                      '{4:.3g} nanostrain/yr').format(k + 1, theta[k], length[k], values[k],
                                                                     residuals[k]))
        fx, fy = frame.forward(all_x, all_y)
        centre_x, centre_y = np.array([fx.mean()]), np.array([fy.mean()])
        rms = float(np.sqrt(np.mean(residuals ** 2)))
        fields = product_fields(PRODUCT_NAMES, (('n_lines', 'int'),)) + [('rms_residual', 'double')]
        sink = self.feature_output(parameters, self.OUTPUT, context, fields, 'point', crs)
        lx, ly = frame.inverse(centre_x, centre_y)
        sink.add_point(lx[0], ly[0], [len(values)] + [products[name][0] for name in PRODUCT_NAMES] + [rms])
        axes_sink = self.feature_output(parameters, self.OUTPUT_AXES, context, AXES_FIELDS, 'line', crs)
        axes_length = self.parameterAsDouble(parameters, self.AXES_LENGTH, context)
        scale = axes_scale(np.median(length), products['e1'], products['e2'], axes_length)
        add_axes(axes_sink, frame, centre_x, centre_y, products, scale, [0])
        monitor.update(1.0)
        results = {self.OUTPUT: sink.destination, self.OUTPUT_AXES: axes_sink.destination, 'N_LINES': len(values),
                   'RMS_RESIDUAL': rms}
        results.update({name.upper(): attribute_value(products[name][0]) for name in QUANTITIES})
        return results
