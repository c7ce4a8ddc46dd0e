"""``deformation:mogiinversion`` — best Mogi source(s) from LOS rasters (asc, desc, …) and/or GNSS displacements."""
import tempfile

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from .core.sources.inversion import MAX_SOURCES, invert_mogi
from .source_inversion import Integer, SourceInversionAlgorithm

#: output fields of each source point, in this order
SOURCE_FIELDS = ('depth', 'volume_change', 'sigma_x', 'sigma_y', 'sigma_depth', 'sigma_volume_change', 'rms',
                 'x', 'y', 'rms_los', 'rms_gnss', 'n_los', 'n_gnss', 'offset', 'ramp_east', 'ramp_north',
                 'sigma_x_bootstrap', 'sigma_y_bootstrap', 'sigma_depth_bootstrap',
                 'sigma_volume_change_bootstrap', 'noise_sill', 'noise_range', 'noise_nugget', 'poisson',
                 'starts', 'source', 'n_datasets', 'datasets')
INTEGER_FIELDS = ('n_los', 'n_gnss', 'starts', 'source', 'n_datasets')


class MogiInversionAlgorithm(SourceInversionAlgorithm):
    ALGORITHM_ID = 'mogiinversion'

    LOS = 'LOS'
    SOURCES = 'SOURCES'
    OUTPUT_SOURCE = 'OUTPUT_SOURCE'
    NUMBERS = ('SOURCE_X', 'SOURCE_Y', 'SOURCE_DEPTH', 'SOURCE_VOLUME_CHANGE', 'RMS')

    def displayName(self):  # noqa: N802
        return self.tr('Mogi source inversion')

    def shortDescription(self):  # noqa: N802
        return self.tr('Position, depth and volume change of Mogi point sources from ascending/descending LOS '
                       'rasters and GNSS displacements, with 1σ.')

    def tags(self):
        return [self.tr('Mogi'), self.tr('volcano'), self.tr('inflation'), self.tr('inversion'), self.tr('InSAR'),
                self.tr('GNSS'), self.tr('ascending'), self.tr('descending')]

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LOS, self.tr('LOS displacement (mm) or velocity (mm/yr) raster'), optional=True))
        self.add_geometry_parameters()
        self.add_multiple_los_parameters(self.tr('More LOS rasters, each with its own geometry (e.g. descending)'))
        self.add_gnss_parameters()
        self.addParameter(QgsProcessingParameterNumber(
            self.SOURCES, self.tr('Number of Mogi sources'), Integer, 1, minValue=1, maxValue=MAX_SOURCES))
        self.add_data_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SOURCE, self.tr('Mogi source'), QgsProcessing.SourceType.TypeVectorPoint))
        self.add_model_outputs()
        labels = {'SOURCE_X': self.tr('Source x (CRS of the data)'), 'SOURCE_Y': self.tr('Source y (CRS of the data)'),
                  'SOURCE_DEPTH': self.tr('Source depth (m)'),
                  'SOURCE_VOLUME_CHANGE': self.tr('Source volume change (m³)'), 'RMS': self.tr('RMS misfit')}
        for name in self.NUMBERS:
            self.addOutput(QgsProcessingOutputNumber(name, labels[name]))

    def single_los(self, parameters, context):
        path = self.raster_path(parameters, self.LOS, context)
        if not path:
            return []
        return [(path, self.parameterAsRasterLayer(parameters, self.LOS, context).crs(),
                 self.geometry(parameters, context, None, None))]

    # -- running --------------------------------------------------------------
    def process(self, parameters, context, feedback, monitor):
        with tempfile.TemporaryDirectory(prefix='deformation-geometry-') as folder:
            inputs = self.inputs(parameters, context, folder, feedback, monitor.sub(0.0, 0.3))
            solution = invert_mogi(
                [item.data for item in inputs.los], inputs.gnss,
                poisson=self.parameterAsDouble(parameters, self.POISSON, context),
                nuisance=self.nuisance(parameters, context),
                gnss_weight=self.parameterAsDouble(parameters, self.GNSS_WEIGHT, context),
                n_starts=self.parameterAsInt(parameters, self.STARTS, context),
                n_bootstrap=self.parameterAsInt(parameters, self.BOOTSTRAP, context),
                seed=self.parameterAsInt(parameters, self.SEED, context),
                n_sources=self.parameterAsInt(parameters, self.SOURCES, context), monitor=monitor.sub(0.3, 0.85))
            places = [tuple(float(v) for v in inputs.frame.inverse(s.x, s.y)) for s in solution.sources]
            self._report(feedback, solution, places)
            results = self._write_sources(parameters, context, inputs.crs, solution, places)
            results.update(self.write_models(parameters, context, inputs, lambda k, x, y, e, n, u: solution.los(
                x, y, e, n, u, dataset=k), monitor.sub(0.85, 1.0)))
        return results

    def _report(self, feedback, solution, places):
        for number, (source, (x, y)) in enumerate(zip(solution.sources, places), start=1):
            feedback.pushInfo(self.tr('Source {0} at x {1:.1f}, y {2:.1f} (±{3:.0f}, ±{4:.0f} m), depth {5:.0f} ± '
                                      '{6:.0f} m, volume change {7:.4g} ± {8:.2g}').format(
                number, x, y, source.sigma[0], source.sigma[1], source.depth, source.sigma[2], source.volume_change,
                source.sigma[3]))
            if not abs(source.volume_change) > 2.0 * source.sigma[3]:
                feedback.pushWarning(self.tr('Source {0}: the volume change is not significant (below 2σ); the data '
                                             'may hold no Mogi-like signal there.').format(number))
        for dataset in solution.datasets:
            noise = dataset['noise']
            text = (self.tr('noise covariance: sill {0:.3g} mm², range {1:.0f} m, nugget {2:.3g} mm² per pixel').format(
                noise.sill, noise.range, noise.nugget) if noise is not None else self.tr('independent noise'))
            feedback.pushInfo(self.tr('{0}: {1} points, RMS residual {2:.3g} mm; {3}').format(
                dataset['name'], dataset['n'], dataset['rms'], text))
        feedback.pushInfo(self.tr('RMS residual of all data {0:.3g} mm').format(solution.rms))

    def _write_sources(self, parameters, context, crs, solution, places):
        fields = [(name, 'int' if name in INTEGER_FIELDS else 'string' if name == 'datasets' else 'double')
                  for name in SOURCE_FIELDS]
        output = self.feature_output(parameters, self.OUTPUT_SOURCE, context, fields, 'point', crs)
        nuisance = list(solution.nuisance) + [np.nan] * (3 - len(solution.nuisance))
        noise = solution.covariance
        noise = [noise.sill, noise.range, noise.nugget] if noise is not None else [np.nan] * 3
        names = ', '.join(d['name'] for d in solution.datasets) + (', GNSS' if solution.n_gnss else '')
        for number, (source, (x, y)) in enumerate(zip(solution.sources, places), start=1):
            output.add_point(x, y, [source.depth, source.volume_change, *source.sigma, solution.rms, x, y,
                                    solution.rms_los, solution.rms_gnss, solution.n_los, solution.n_gnss, *nuisance,
                                    *source.sigma_bootstrap, *noise, solution.poisson, solution.starts, number,
                                    len(solution.datasets), names])
        x, y = places[0]
        numbers = (x, y, solution.depth, solution.volume_change, solution.rms)
        return {self.OUTPUT_SOURCE: output.destination, **{name: float(v) for name, v in zip(self.NUMBERS, numbers)}}
