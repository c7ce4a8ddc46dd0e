"""``deformation:faultinversion`` — uniform-slip rectangular fault (Okada) from LOS rasters and/or GNSS offsets."""
import tempfile

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from .base import advanced
from .core.common.errors import InputError
from .core.sources.distributed_slip import distributed_slip
from .core.sources.fault_inversion import FaultBounds, invert_fault, moment_magnitude
from .core.sources.joint import los_model
from .source_inversion import Double, Integer, SourceInversionAlgorithm

#: the fault parameters with bounds: (name, label, default minimum, default maximum, unit)
BOUNDED = (('DEPTH', 'depth of the top edge', 0.0, 20000.0, 'm'),
           ('STRIKE', 'strike', 0.0, 360.0, '°'),
           ('DIP', 'dip', 1.0, 90.0, '°'),
           ('RAKE', 'rake', -180.0, 180.0, '°'),
           ('LENGTH', 'length', 1000.0, 100000.0, 'm'),
           ('WIDTH', 'width', 1000.0, 50000.0, 'm'),
           ('SLIP', 'slip', 0.0, 50.0, 'm'))
#: fields of the fault polygon: values, then their 1σ
VALUES = ('x', 'y', 'depth', 'strike', 'dip', 'rake', 'slip', 'length', 'width', 'centroid_x', 'centroid_y',
          'centroid_depth', 'bottom_depth', 'strike_slip', 'dip_slip', 'moment', 'magnitude')
NUMBERS = {'STRIKE': 'strike', 'DIP': 'dip', 'RAKE': 'rake', 'SLIP': 'slip', 'LENGTH': 'length', 'WIDTH': 'width',
           'DEPTH': 'depth', 'CENTROID_X': 'centroid_x', 'CENTROID_Y': 'centroid_y',
           'CENTROID_DEPTH': 'centroid_depth', 'MAGNITUDE': 'magnitude'}


class FaultInversionAlgorithm(SourceInversionAlgorithm):
    ALGORITHM_ID = 'faultinversion'

    MULTIPLE_LOS = 'LOS'
    INCIDENCE = 'INCIDENCE'
    HEADING = 'HEADING'
    EXTENT = 'EXTENT'
    SHEAR_MODULUS = 'SHEAR_MODULUS'
    DISTRIBUTED_SLIP = 'DISTRIBUTED_SLIP'
    PATCHES_ALONG = 'PATCHES_ALONG'
    PATCHES_DOWN = 'PATCHES_DOWN'
    PLANE_EXTENSION = 'PLANE_EXTENSION'
    OUTPUT_SOURCE = 'OUTPUT_SOURCE'
    OUTPUT_SLIP = 'OUTPUT_SLIP'
    SLIP_FIELDS = ('patch', 'row', 'column', 'strike_slip', 'dip_slip', 'slip', 'rake', 'sigma_strike_slip',
                   'sigma_dip_slip', 'top_depth', 'bottom_depth')

    def displayName(self):  # noqa: N802
        return self.tr('Fault inversion (uniform-slip rectangle, Okada)')

    def shortDescription(self):  # noqa: N802
        return self.tr('Position, strike, dip, rake, length, width, depth and slip of a rectangular fault from LOS '
                       'rasters and GNSS offsets, with 1σ, model and residual rasters.')

    def tags(self):
        return [self.tr('Okada'), self.tr('fault'), self.tr('earthquake'), self.tr('coseismic'), self.tr('inversion'),
                self.tr('slip'), self.tr('InSAR'), self.tr('GNSS'), self.tr('magnitude')]

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_multiple_los_parameters(self.tr('LOS displacement rasters (mm), each with its own geometry'))
        self.addParameter(QgsProcessingParameterNumber(
            self.INCIDENCE, self.tr('Incidence angle from vertical (degrees), where the list of incidences is empty'),
            Double, 39.0, minValue=0.0, maxValue=89.999))
        self.addParameter(QgsProcessingParameterNumber(
            self.HEADING,
            self.tr('Satellite heading, clockwise from north (degrees), where the list of headings is empty'),
            Double, -10.0, minValue=-360.0, maxValue=360.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.LOOK_DIRECTION, self.tr('Look direction'), options=[self.tr('right'), self.tr('left')],
            defaultValue=0))
        self.add_gnss_parameters()
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr('Area where the top-edge centre may lie (empty = the data area)'), optional=True))
        bound_labels = self.bound_labels()
        for name, _label, low, high, _unit in BOUNDED:
            for suffix, value in (('MIN', low), ('MAX', high)):
                self.addParameter(advanced(QgsProcessingParameterNumber(
                    f'{name}_{suffix}', bound_labels[f'{name}_{suffix}'], Double, value, minValue=-1e7,
                    maxValue=1e7)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.SHEAR_MODULUS, self.tr('Shear modulus for the moment (Pa)'), Double, 3e10, minValue=1e6)))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DISTRIBUTED_SLIP, self.tr('Also estimate distributed slip on the fitted plane (smoothing by ABIC)'),
            False))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.PATCHES_ALONG, self.tr('Distributed slip: patches along strike'), Integer, 10, minValue=1,
            maxValue=200)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.PATCHES_DOWN, self.tr('Distributed slip: patches down dip'), Integer, 5, minValue=1, maxValue=100)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.PLANE_EXTENSION, self.tr('Distributed slip: plane size relative to the uniform fault'), Double, 1.5,
            minValue=1.0, maxValue=10.0)))
        self.add_data_parameters(starts=8)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SOURCE, self.tr('Fault (surface projection, with its parameters and 1σ)'),
            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SLIP, self.tr('Distributed slip (patches)'), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True, createByDefault=False))
        self.add_model_outputs()
        for name, label in (('SLIP_SMOOTHING', self.tr('Smoothing α² chosen by ABIC (distributed slip)')),
                            ('SLIP_PEAK', self.tr('Largest patch slip (m)')),
                            ('SLIP_MAGNITUDE', self.tr('Moment magnitude of the distributed slip'))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        number_labels = self.number_labels()
        for name in list(NUMBERS) + ['RMS']:
            self.addOutput(QgsProcessingOutputNumber(name, number_labels[name]))

    def bound_labels(self):
        """Labels of the ``<NAME>_MIN``/``_MAX`` bounds (translated)."""
        return {
            'DEPTH_MIN': self.tr('Smallest depth of the top edge (m)'),
            'DEPTH_MAX': self.tr('Largest depth of the top edge (m)'),
            'STRIKE_MIN': self.tr('Smallest strike (°)'), 'STRIKE_MAX': self.tr('Largest strike (°)'),
            'DIP_MIN': self.tr('Smallest dip (°)'), 'DIP_MAX': self.tr('Largest dip (°)'),
            'RAKE_MIN': self.tr('Smallest rake (°)'), 'RAKE_MAX': self.tr('Largest rake (°)'),
            'LENGTH_MIN': self.tr('Smallest length (m)'), 'LENGTH_MAX': self.tr('Largest length (m)'),
            'WIDTH_MIN': self.tr('Smallest width (m)'), 'WIDTH_MAX': self.tr('Largest width (m)'),
            'SLIP_MIN': self.tr('Smallest slip (m)'), 'SLIP_MAX': self.tr('Largest slip (m)'),
        }

    def number_labels(self):
        """Descriptions of the number outputs (translated)."""
        return {
            'STRIKE': self.tr('Strike (°)'), 'DIP': self.tr('Dip (°)'), 'RAKE': self.tr('Rake (°)'),
            'SLIP': self.tr('Slip (m)'), 'LENGTH': self.tr('Length (m)'), 'WIDTH': self.tr('Width (m)'),
            'DEPTH': self.tr('Depth of the top edge (m)'), 'CENTROID_X': self.tr('Centroid x (CRS of the data)'),
            'CENTROID_Y': self.tr('Centroid y (CRS of the data)'), 'CENTROID_DEPTH': self.tr('Centroid depth (m)'),
            'MAGNITUDE': self.tr('Moment magnitude'), 'RMS': self.tr('RMS misfit'),
        }

    # -- inputs ----------------------------------------------------------------
    def bounds(self, parameters, context, inputs):
        values = {name.lower(): (self.parameterAsDouble(parameters, f'{name}_MIN', context),
                                 self.parameterAsDouble(parameters, f'{name}_MAX', context))
                  for name, *_ in BOUNDED}
        bounds = FaultBounds(**values)
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, inputs.crs)
            if extent.isEmpty():
                raise InputError('{0}: the extent is empty; draw an area, or leave it empty for the data area.',
                                 self.EXTENT)
            corners_x, corners_y = inputs.frame.forward([extent.xMinimum(), extent.xMaximum()],
                                                        [extent.yMinimum(), extent.yMaximum()])
            bounds.x, bounds.y = (float(min(corners_x)), float(max(corners_x))), (float(min(corners_y)),
                                                                                  float(max(corners_y)))
        return bounds

    # -- running --------------------------------------------------------------
    def process(self, parameters, context, feedback, monitor):
        with tempfile.TemporaryDirectory(prefix='deformation-geometry-') as folder:
            inputs = self.inputs(parameters, context, folder, feedback, monitor.sub(0.0, 0.2))
            solution = invert_fault(
                [item.data for item in inputs.los], inputs.gnss, self.bounds(parameters, context, inputs),
                poisson=self.parameterAsDouble(parameters, self.POISSON, context),
                nuisance=self.nuisance(parameters, context),
                gnss_weight=self.parameterAsDouble(parameters, self.GNSS_WEIGHT, context),
                n_starts=self.parameterAsInt(parameters, self.STARTS, context),
                n_bootstrap=self.parameterAsInt(parameters, self.BOOTSTRAP, context),
                seed=self.parameterAsInt(parameters, self.SEED, context),
                shear_modulus=self.parameterAsDouble(parameters, self.SHEAR_MODULUS, context),
                monitor=monitor.sub(0.2, 0.9))
            values = self.map_values(inputs, solution)
            self._report(feedback, solution, values)
            results = self._write_fault(parameters, context, inputs, solution, values)
            problem, theta = solution.result.problem, solution.result.theta
            results.update(self.write_models(parameters, context, inputs, lambda k, x, y, e, n, u: los_model(
                problem, theta, k, x, y, e, n, u), monitor.sub(0.9, 0.95)))
            if self.parameterAsBool(parameters, self.DISTRIBUTED_SLIP, context):
                results.update(self._distributed(parameters, context, feedback, inputs, solution,
                                                 monitor.sub(0.95, 1.0)))
        results['RMS'] = solution.rms
        return results

    def _distributed(self, parameters, context, feedback, inputs, solution, monitor):
        """Distributed slip on the extended plane (ABIC smoothing): the patch layer and its numbers."""
        patches = distributed_slip(solution.result.problem, solution.values,
                                   self.parameterAsInt(parameters, self.PATCHES_ALONG, context),
                                   self.parameterAsInt(parameters, self.PATCHES_DOWN, context),
                                   self.parameterAsDouble(parameters, self.PLANE_EXTENSION, context), monitor)
        plane = patches.plane
        area = plane.length * plane.width * 1e6 / (patches.n_along * patches.n_down)
        moment = float(np.sum(patches.slip)) * area * self.parameterAsDouble(parameters, self.SHEAR_MODULUS, context)
        magnitude = float(moment_magnitude(1.0, 1.0, moment, 1.0)[1])
        feedback.pushInfo(self.tr('Distributed slip: {0}×{1} patches on a {2:.0f} × {3:.0f} m plane, α² = {4:.3g} '
                                  '(ABIC), peak slip {5:.3f} m, Mw {6:.2f}').format(
            patches.n_along, patches.n_down, plane.length * 1000.0, plane.width * 1000.0, patches.smoothing,
            float(np.max(patches.slip)), magnitude))
        results = {'SLIP_SMOOTHING': patches.smoothing, 'SLIP_PEAK': float(np.max(patches.slip)),
                   'SLIP_MAGNITUDE': magnitude}
        if not parameters.get(self.OUTPUT_SLIP):
            return results
        fields = [(name, 'int' if name in ('patch', 'row', 'column') else 'double') for name in self.SLIP_FIELDS]
        output = self.feature_output(parameters, self.OUTPUT_SLIP, context, fields, 'polygon', inputs.crs)
        centre = solution.result.problem.centre
        corners = plane.corners(patches.n_along, patches.n_down) * 1000.0
        x, y, top, _, dw = plane.patches(patches.n_along, patches.n_down)
        bottom = top + dw * np.sin(np.radians(plane.dip))
        for k in range(corners.shape[0]):
            px, py = inputs.frame.inverse(corners[k, :, 0] + centre[0], corners[k, :, 1] + centre[1])
            output.add_polygon(list(zip(px, py)), [
                k + 1, k // patches.n_along + 1, k % patches.n_along + 1, patches.strike_slip[k], patches.dip_slip[k],
                patches.slip[k], patches.rake[k], patches.sigma_strike_slip[k], patches.sigma_dip_slip[k],
                top[k] * 1000.0, bottom[k] * 1000.0])
        dest = output.destination
        results[self.OUTPUT_SLIP] = dest
        return results

    @staticmethod
    def map_values(inputs, solution):
        """The solution's values with positions in the output CRS (the frame's metres converted)."""
        values = dict(solution.values)
        for prefix in ('', 'centroid_'):
            x, y = inputs.frame.inverse(values[f'{prefix}x'], values[f'{prefix}y'])
            values[f'{prefix}x'], values[f'{prefix}y'] = float(x), float(y)
        return values

    def _report(self, feedback, solution, values):
        sigma = solution.sigmas
        feedback.pushInfo(self.tr(
            'Fault: strike {0:.1f} ± {1:.1f}°, dip {2:.1f} ± {3:.1f}°, rake {4:.1f} ± {5:.1f}°, '
            'slip {6:.3f} ± {7:.3f} m, length {8:.0f} ± {9:.0f} m, width {10:.0f} ± {11:.0f} m, top edge '
            '{12:.0f} ± {13:.0f} m deep, centroid {14:.0f} m deep; Mw {15:.2f}; RMS residual {16:.3g} mm').format(
            values['strike'], sigma['strike'], values['dip'], sigma['dip'], values['rake'], sigma['rake'],
            values['slip'], sigma['slip'], values['length'], sigma['length'], values['width'], sigma['width'],
            values['depth'], sigma['depth'], values['centroid_depth'], values['magnitude'], solution.rms))
        limits = solution.result.problem.bounds()
        at_bound = [name for k, name in enumerate(('x', 'y', 'depth', 'strike', 'dip', 'length', 'width', 'slip',
                                                   'rake'))
                    if min(abs(solution.result.theta[k] - limits[0][k]), abs(limits[1][k] - solution.result.theta[k]))
                    < 1e-6 * max(1.0, abs(solution.result.theta[k]))]
        if at_bound:
            feedback.pushWarning(self.tr('The solution sits on the bounds of: {0}; widen them (advanced parameters) '
                                         'unless they are physical limits.').format(', '.join(at_bound)))
        for name, rms, count, noise in zip([d.name for d in solution.result.problem.los], solution.rms_los,
                                           solution.n_los, solution.noise):
            text = (self.tr('noise covariance: sill {0:.3g} mm², range {1:.0f} m, nugget {2:.3g} mm²').format(
                noise.sill, noise.range, noise.nugget) if noise is not None else self.tr('independent noise'))
            feedback.pushInfo(self.tr('{0}: {1} points, RMS residual {2:.3g} mm; {3}').format(name, count, rms, text))

    def _write_fault(self, parameters, context, inputs, solution, values):
        names = list(VALUES) + [f'sigma_{name}' for name in VALUES] + ['rms', 'rms_gnss', 'n_los', 'n_gnss',
                                                                         'starts']
        fields = [(name, 'int' if name in ('n_los', 'n_gnss', 'starts') else 'double') for name in names]
        output = self.feature_output(parameters, self.OUTPUT_SOURCE, context, fields + [('datasets', 'string')],
                                     'polygon', inputs.crs)
        cx, cy = inputs.frame.inverse(solution.corners[:, 0], solution.corners[:, 1])
        datasets = ', '.join([d.name for d in solution.result.problem.los] + (['GNSS'] if solution.n_gnss else []))
        output.add_polygon(list(zip(cx, cy)), [values[name] for name in VALUES]
                           + [solution.sigmas[name] for name in VALUES]
                           + [solution.rms, solution.rms_gnss, int(sum(solution.n_los)), solution.n_gnss,
                              solution.starts, datasets])
        dest = output.destination
        results = {self.OUTPUT_SOURCE: dest}
        results.update({number: float(values[key]) for number, key in NUMBERS.items()})
        return results
