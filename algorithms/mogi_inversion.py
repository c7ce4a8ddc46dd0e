"""``deformation:mogiinversion`` — best Mogi source from a LOS raster and/or GNSS displacements."""
import tempfile

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from .base import DeformationAlgorithm, advanced
from .core.common.errors import InputError
from .core.geometry.local_frame import metric_frame
from .core.io.raster_stack import open_single_band
from .core.sources.downsampling import METHODS, downsample_los, sample_pixels
from .core.sources.inversion import NOISE_MODELS, NUISANCE_TERMS, GnssData, invert_mogi
from .core.sources.rasters import geometry_on_grid, grid_frame, write_model_rasters
from .qgis_compat import crs_wkt

Double = QgsProcessingParameterNumber.Type.Double
Integer = QgsProcessingParameterNumber.Type.Integer

#: default GNSS sigma (mm) where a sigma field is absent or NULL
DEFAULT_GNSS_SIGMA = 1.0
#: output fields of the source point, in this order
SOURCE_FIELDS = ('depth', 'volume_change', 'sigma_x', 'sigma_y', 'sigma_depth', 'sigma_volume_change', 'rms',
                 'x', 'y', 'rms_los', 'rms_gnss', 'n_los', 'n_gnss', 'offset', 'ramp_east', 'ramp_north',
                 'sigma_x_bootstrap', 'sigma_y_bootstrap', 'sigma_depth_bootstrap',
                 'sigma_volume_change_bootstrap', 'noise_sill', 'noise_range', 'noise_nugget', 'poisson',
                 'starts')


class MogiInversionAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'mogiinversion'
    GROUP_ID = 'strain'

    LOS = 'LOS'
    GNSS = 'GNSS'
    FIELDS = {'de': 'DE_FIELD', 'dn': 'DN_FIELD', 'du': 'DU_FIELD'}
    SIGMA_FIELDS = {'sde': 'SDE_FIELD', 'sdn': 'SDN_FIELD', 'sdu': 'SDU_FIELD'}
    MAX_POINTS = 'MAX_POINTS'
    DOWNSAMPLING = 'DOWNSAMPLING'
    NUISANCE = 'NUISANCE'
    NOISE_MODEL = 'NOISE_MODEL'
    COVARIANCE_SAMPLES = 'COVARIANCE_SAMPLES'
    LOS_SIGMA = 'LOS_SIGMA'
    GNSS_WEIGHT = 'GNSS_WEIGHT'
    POISSON = 'POISSON'
    STARTS = 'STARTS'
    BOOTSTRAP = 'BOOTSTRAP'
    SEED = 'SEED'
    OUTPUT_SOURCE = 'OUTPUT_SOURCE'
    OUTPUT_MODEL = 'OUTPUT_MODEL'
    OUTPUT_RESIDUAL = 'OUTPUT_RESIDUAL'
    NUMBERS = ('SOURCE_X', 'SOURCE_Y', 'SOURCE_DEPTH', 'SOURCE_VOLUME_CHANGE', 'RMS')

    def displayName(self):  # noqa: N802
        return self.tr('Mogi source inversion')

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LOS, self.tr('LOS displacement (mm) or velocity (mm/yr) raster'), optional=True))
        self.add_geometry_parameters()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.GNSS, self.tr('GNSS displacements (points, mm)'), [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True))
        labels = {'de': self.tr('East displacement field'), 'dn': self.tr('North displacement field'),
                  'du': self.tr('Up displacement field'), 'sde': self.tr('East 1σ field'),
                  'sdn': self.tr('North 1σ field'), 'sdu': self.tr('Up 1σ field')}
        for default, name in {**self.FIELDS, **self.SIGMA_FIELDS}.items():
            self.addParameter(QgsProcessingParameterField(
                name, labels[default], default, self.GNSS, QgsProcessingParameterField.DataType.Numeric,
                optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_POINTS, self.tr('Maximum number of down-sampled LOS points'), Integer, 2000, minValue=10,
            maxValue=1000000))
        self.addParameter(QgsProcessingParameterEnum(
            self.DOWNSAMPLING, self.tr('Down-sampling'), options=[self.tr('quadtree'), self.tr('uniform grid')],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.NUISANCE, self.tr('LOS nuisance terms'),
            options=[self.tr('none'), self.tr('offset'), self.tr('offset and ramp')], defaultValue=2))
        self.addParameter(QgsProcessingParameterEnum(
            self.NOISE_MODEL, self.tr('LOS noise'),
            options=[self.tr('independent (LOS noise 1σ below)'),
                     self.tr('correlated: exponential covariance estimated from the residuals')], defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.LOS_SIGMA, self.tr('LOS noise of a down-sampled point, 1σ (mm or mm/yr; independent noise)'),
            Double, 5.0, minValue=1e-6))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.COVARIANCE_SAMPLES, self.tr('Pixels sampled to estimate the noise covariance'), Integer, 2000,
            minValue=100, maxValue=20000)))
        self.addParameter(QgsProcessingParameterNumber(
            self.GNSS_WEIGHT, self.tr('Relative weight of GNSS against LOS'), Double, 1.0, minValue=1e-9))
        self.addParameter(QgsProcessingParameterNumber(
            self.POISSON, self.tr("Poisson's ratio"), Double, 0.25, minValue=0.0, maxValue=0.4999))
        self.addParameter(QgsProcessingParameterNumber(
            self.STARTS, self.tr('Number of starts (multi-start search)'), Integer, 20, minValue=1,
            maxValue=1000))
        self.addParameter(QgsProcessingParameterNumber(
            self.BOOTSTRAP, self.tr('Bootstrap resamples for uncertainties (0 = none)'), Integer, 0,
            minValue=0, maxValue=10000))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.SEED, self.tr('Random seed (starts and bootstrap)'), Integer, 0, minValue=0)))
        self.add_block_rows_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SOURCE, self.tr('Mogi source'), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_MODEL, self.tr('Model LOS (on the LOS grid)'), optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_RESIDUAL, self.tr('Residual LOS, data − model'), optional=True, createByDefault=True))
        for name in self.NUMBERS:
            self.addOutput(QgsProcessingOutputNumber(name, name.replace('_', ' ').lower()))

    # -- inputs ---------------------------------------------------------------
    def _gnss(self, parameters, context, crs):
        """(x, y, values (n, 3), sigmas (n, 3)) in ``crs`` (None: the layer's), or None without GNSS."""
        if not parameters.get(self.GNSS):
            return None
        names = {key: self.parameterAsString(parameters, name, context) or key
                 for key, name in {**self.FIELDS, **self.SIGMA_FIELDS}.items()}
        points = self.point_table(parameters, self.GNSS, context, names, crs,
                                  optional_fields=tuple(self.SIGMA_FIELDS))
        x, y, table = points.x, points.y, points.table
        values = np.column_stack([table[key] for key in self.FIELDS])
        sigmas = np.column_stack([table[key] for key in self.SIGMA_FIELDS])
        sigmas = np.where(np.isfinite(sigmas), sigmas, DEFAULT_GNSS_SIGMA)
        keep = np.isfinite(values).any(axis=1)
        if not keep.any():
            raise InputError(f'{self.GNSS}: no station has a displacement value; fill the fields '
                             f'{", ".join(names[k] for k in self.FIELDS)} (mm).')
        return x[keep], y[keep], values[keep], sigmas[keep]

    def _frame(self, parameters, context):
        """(LOS stack or None, metric frame, output CRS, GNSS tuple or None)."""
        los_path = self.raster_path(parameters, self.LOS, context)
        if los_path:
            stack = open_single_band(los_path, self.LOS)
            crs = self.parameterAsRasterLayer(parameters, self.LOS, context).crs()
            frame = grid_frame(stack.grid)
            return stack, frame, crs, self._gnss(parameters, context, crs)
        gnss = self._gnss(parameters, context, None)
        if gnss is None:
            raise InputError('LOS, GNSS: no data; give a LOS raster, a GNSS point layer or both.')
        crs = self.parameterAsSource(parameters, self.GNSS, context).sourceCrs()
        return None, metric_frame(crs_wkt(crs), (float(np.mean(gnss[0])), float(np.mean(gnss[1])))), crs, gnss

    # -- running --------------------------------------------------------------
    def _los_points(self, parameters, context, stack, geometry, frame, monitor):
        """Down-sampled LOS points and, for correlated noise, sampled pixels (or None)."""
        block_rows = self.block_rows(parameters, context, stack.grid.width, 16)
        los = downsample_los(stack, geometry, frame, self.parameterAsInt(parameters, self.MAX_POINTS, context),
                             METHODS[self.parameterAsEnum(parameters, self.DOWNSAMPLING, context)], block_rows,
                             monitor.sub(0.0, 0.8))
        if NOISE_MODELS[self.parameterAsEnum(parameters, self.NOISE_MODEL, context)] != 'exponential':
            return los, None
        return los, sample_pixels(stack, geometry, frame,
                                  self.parameterAsInt(parameters, self.COVARIANCE_SAMPLES, context),
                                  self.parameterAsInt(parameters, self.SEED, context), block_rows,
                                  monitor.sub(0.8, 1.0))

    def _invert(self, parameters, context, los, gnss, sample, monitor):
        return invert_mogi(
            los, gnss, sample=sample, poisson=self.parameterAsDouble(parameters, self.POISSON, context),
            nuisance=NUISANCE_TERMS[self.parameterAsEnum(parameters, self.NUISANCE, context)],
            los_sigma=self.parameterAsDouble(parameters, self.LOS_SIGMA, context),
            gnss_weight=self.parameterAsDouble(parameters, self.GNSS_WEIGHT, context),
            n_starts=self.parameterAsInt(parameters, self.STARTS, context),
            n_bootstrap=self.parameterAsInt(parameters, self.BOOTSTRAP, context),
            seed=self.parameterAsInt(parameters, self.SEED, context), monitor=monitor)

    def _report(self, feedback, solution, x, y):
        feedback.pushInfo(self.tr('Source at x {0:.1f}, y {1:.1f} (±{2:.0f}, ±{3:.0f} m), depth {4:.0f} ± '
                                  '{5:.0f} m, volume change {6:.4g} ± {7:.2g}; RMS residual {8:.3g} mm').format(
            x, y, solution.sigma[0], solution.sigma[1], solution.depth, solution.sigma[2], solution.volume_change,
            solution.sigma[3], solution.rms))
        if solution.covariance is not None:
            noise = solution.covariance
            feedback.pushInfo(self.tr('LOS noise covariance: sill {0:.3g} mm², range {1:.0f} m, nugget {2:.3g} mm² '
                                      'per pixel').format(noise.sill, noise.range, noise.nugget))

    def process(self, parameters, context, feedback, monitor):
        stack, frame, crs, gnss_table = self._frame(parameters, context)
        gnss = None
        if gnss_table is not None:
            gnss = GnssData(*frame.forward(gnss_table[0], gnss_table[1]), gnss_table[2], gnss_table[3])
        with tempfile.TemporaryDirectory(prefix='deformation-geometry-') as folder:
            los = sample = geometry = None
            if stack is not None:
                geometry = geometry_on_grid(self.geometry(parameters, context, None, None), stack.grid, folder)
                los, sample = self._los_points(parameters, context, stack, geometry, frame, monitor.sub(0.0, 0.3))
                feedback.pushInfo(self.tr('{0} down-sampled LOS points').format(len(los)))
            solution = self._invert(parameters, context, los, gnss, sample, monitor.sub(0.3, 0.85))
            x, y = (float(v) for v in frame.inverse(solution.x, solution.y))
            self._report(feedback, solution, x, y)
            results = self._write_source(parameters, context, crs, solution, x, y)
            if stack is not None:
                paths = {'model': self.parameterAsOutputLayer(parameters, self.OUTPUT_MODEL, context),
                         'residual': self.parameterAsOutputLayer(parameters, self.OUTPUT_RESIDUAL, context)}
                written = write_model_rasters(stack, geometry, frame, solution.los, paths,
                                              self.block_rows(parameters, context, stack.grid.width, 16),
                                              monitor.sub(0.85, 1.0))
                results.update({f'OUTPUT_{name.upper()}': path for name, path in written.items()})
        return results

    def _write_source(self, parameters, context, crs, solution, x, y):
        fields = [(name, 'int' if name in ('n_los', 'n_gnss', 'starts') else 'double') for name in SOURCE_FIELDS]
        output = self.feature_output(parameters, self.OUTPUT_SOURCE, context, fields, 'point', crs)
        nuisance = list(solution.nuisance) + [np.nan] * (3 - len(solution.nuisance))
        noise = solution.covariance
        noise = [noise.sill, noise.range, noise.nugget] if noise is not None else [np.nan] * 3
        values = [solution.depth, solution.volume_change, *solution.sigma, solution.rms, x, y, solution.rms_los,
                  solution.rms_gnss, solution.n_los, solution.n_gnss, *nuisance, *solution.sigma_bootstrap,
                  *noise, solution.poisson, solution.starts]
        output.add_point(x, y, values)
        numbers = (x, y, solution.depth, solution.volume_change, solution.rms)
        return {self.OUTPUT_SOURCE: output.destination, **{name: float(v) for name, v in zip(self.NUMBERS, numbers)}}
