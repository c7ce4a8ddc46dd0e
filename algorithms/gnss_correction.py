"""``deformation:gnsscorrection`` — tie an InSAR velocity or time-series raster to GNSS (EGMS level 2b)."""
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

from .base import DeformationAlgorithm, advanced, error_text
from .core.common import dates as dates_mod
from .core.common.errors import InputError
from .core.corrections import gnss_tie as core
from .core.gnss.timeseries import fill_sigma
from .core.io.input_checks import velocity_units_warning
from .core.io.raster_stack import RasterStack, RasterWriter, check_north_up, display_name

Double = QgsProcessingParameterNumber.Type.Double


class GnssCorrectionAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'gnsscorrection'
    GROUP_ID = 'corrections'
    WHOLE_RASTER_INPUTS = ('INPUT',)   # a velocity band or a whole time series

    INPUT = 'INPUT'
    GNSS = 'GNSS'
    STATION_FIELD = 'STATION_FIELD'
    VE_FIELD, VN_FIELD, VU_FIELD = 'VE_FIELD', 'VN_FIELD', 'VU_FIELD'
    SE_FIELD, SN_FIELD, SU_FIELD = 'SE_FIELD', 'SN_FIELD', 'SU_FIELD'
    SURFACE = 'SURFACE'
    RADIUS = 'RADIUS'
    OUTLIER_THRESHOLD = 'OUTLIER_THRESHOLD'
    OUTPUT = 'OUTPUT'
    OUTPUT_SURFACE = 'OUTPUT_SURFACE'
    OUTPUT_RESIDUALS = 'OUTPUT_RESIDUALS'
    RMS_BEFORE, RMS_AFTER, N_STATIONS = 'RMS_BEFORE', 'RMS_AFTER', 'N_STATIONS'

    def displayName(self):  # noqa: N802
        return self.tr('GNSS correction of InSAR (long-wavelength surface)')

    def output_names(self):
        return {self.OUTPUT: self.tr('GNSS-corrected'), self.OUTPUT_SURFACE: self.tr('GNSS correction surface'),
                self.OUTPUT_RESIDUALS: self.tr('GNSS residuals')}

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, self.tr('LOS velocity raster (mm/yr) or time-series raster (mm, one band per date)')))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.GNSS, self.tr('GNSS velocities (points)'), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.STATION_FIELD, self.tr('Station name field'), 'station', self.GNSS, optional=True))
        # optional with defaults: qgis_process 3.22 rejects a mandatory field parameter left at its default
        numeric = QgsProcessingParameterField.DataType.Numeric
        for name, label, default in (
                (self.VE_FIELD, self.tr('East velocity field (mm/yr)'), 've'),
                (self.VN_FIELD, self.tr('North velocity field (mm/yr)'), 'vn'),
                (self.VU_FIELD, self.tr('Up velocity field (mm/yr)'), 'vu'),
                (self.SE_FIELD, self.tr('East 1σ field (mm/yr)'), 'se'),
                (self.SN_FIELD, self.tr('North 1σ field (mm/yr)'), 'sn'),
                (self.SU_FIELD, self.tr('Up 1σ field (mm/yr)'), 'su')):
            self.addParameter(QgsProcessingParameterField(name, label, default, self.GNSS, numeric, optional=True))
        self.add_geometry_parameters()
        self.addParameter(QgsProcessingParameterEnum(
            self.SURFACE, self.tr('Correction surface'),
            options=[self.tr('offset'), self.tr('plane'), self.tr('quadratic')], defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.RADIUS, self.tr('Sampling radius around each station (m)'), Double, 250.0, minValue=0.0))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.OUTLIER_THRESHOLD, self.tr('Outlier threshold (robust standard deviations)'), Double, 3.0,
            minValue=1.0)))
        self.add_block_rows_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr('GNSS-corrected raster')))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_SURFACE, self.tr('Correction surface (added to the input)')))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_RESIDUALS, self.tr('GNSS − InSAR residuals'), QgsProcessing.SourceType.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber(self.RMS_BEFORE, self.tr('RMS of InSAR − GNSS before')))
        self.addOutput(QgsProcessingOutputNumber(self.RMS_AFTER, self.tr('RMS of InSAR − GNSS after')))
        self.addOutput(QgsProcessingOutputNumber(self.N_STATIONS, self.tr('Number of stations used')))

    # -- inputs ---------------------------------------------------------------
    def _stations(self, parameters, context, crs):
        names = {key: self.parameterAsString(parameters, name, context) for key, name in (
            ('ve', self.VE_FIELD), ('vn', self.VN_FIELD), ('vu', self.VU_FIELD),
            ('se', self.SE_FIELD), ('sn', self.SN_FIELD), ('su', self.SU_FIELD))}
        fields = {key: name or key for key, name in names.items()}
        points = self.point_table(parameters, self.GNSS, context, fields, crs=crs,
                                  optional_fields=('se', 'sn', 'su'), label=self.STATION_FIELD)
        if not points.ids:
            raise InputError('{0}: the layer has no point; give GNSS stations with velocities.', self.GNSS)
        return points.x, points.y, points.table, points.labels

    def _series(self, parameters, context):
        path = self.raster_path(parameters, self.INPUT, context)
        stack = RasterStack([path], self.INPUT)
        check_north_up(stack.grid, self.INPUT, display_name(path))   # station pixels need a north-up grid
        if len(stack) == 1:
            return stack, None, ['velocity'], 'mm/yr'
        series_dates = stack.dates()
        return stack, series_dates, [dates_mod.iso(d) for d in series_dates], 'mm'

    def _check_geometry_at_stations(self, parameters, unit, names):
        """NaN incidence or heading at stations is an error naming them (not "0 usable stations")."""
        bad = ~np.all(np.isfinite(unit), axis=0)
        if not bad.any():
            return
        rasters = [name for name in ('INCIDENCE_RASTER', 'HEADING_RASTER') if parameters.get(name)]
        source = ' or '.join(rasters) if rasters else 'INCIDENCE/HEADING'
        shown = ', '.join(n for n, b in zip(names, bad) if b)
        raise InputError('{0}: the line of sight is undefined (NaN incidence or heading) at {1} of {2} station(s): '
                         '{3}. Give incidence and heading rasters covering the stations, or numbers.',
                         source, int(bad.sum()), len(names), shown[:300])

    @staticmethod
    def _outside_message(names, inside, grid_name):
        outside = [n for n, i in zip(names, inside) if not i]
        shown = ', '.join(outside[:10]) + (f' and {len(outside) - 10} more' if len(outside) > 10 else '')
        return f'{len(outside)} of {len(names)} stations lie outside "{grid_name}" ({shown})'

    # -- run ----------------------------------------------------------------------
    def process(self, parameters, context, feedback, monitor):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        stack, series_dates, band_names, units = self._series(parameters, context)
        grid, grid_name = stack.grid, display_name(stack.paths[0])
        geometry = self.geometry(parameters, context, grid, grid_name)
        kind = core.SURFACES[self.parameterAsEnum(parameters, self.SURFACE, context)]
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        x, y, table, names = self._stations(parameters, context, layer.crs())

        _, _, inside = core.station_pixels(grid, x, y)
        if not inside.any():
            raise InputError('{0}: no station lies inside the raster: {1}. Use stations within the raster extent '
                             '(both layers are compared in the raster CRS).',
                             self.GNSS, self._outside_message(names, inside, grid_name))
        if not inside.all():
            feedback.pushInfo(self.tr('Skipped: {0}').format(self._outside_message(names, inside, grid_name)))
        keep = inside & np.isfinite(table['ve']) & np.isfinite(table['vn']) & np.isfinite(table['vu'])
        if not keep[inside].all():
            feedback.pushInfo(self.tr('Skipped (missing velocity): {0}').format(
                ', '.join(n for n, k, i in zip(names, keep, inside) if i and not k)))
        if keep.sum() < core.N_TERMS[kind]:
            raise InputError('{0}: {1} station(s) with velocities inside the raster but a {2} needs at least {3}; '
                             '{4}. Add stations or choose a simpler SURFACE.',
                             self.GNSS, int(keep.sum()), kind, core.N_TERMS[kind],
                             self._outside_message(names, inside, grid_name))
        x, y, names = x[keep], y[keep], [n for n, k in zip(names, keep) if k]
        table = {key: values[keep] for key, values in table.items()}

        unit = core.station_unit_vectors(geometry, grid, x, y)
        self._check_geometry_at_stations(parameters, unit, names)
        sigma = [fill_sigma(table[key]) for key in ('se', 'sn', 'su')]
        gnss_los, gnss_sigma = core.station_los((table['ve'], table['vn'], table['vu']), sigma, unit)
        insar, counts = core.sample_stations(stack, x, y, radius, monitor.sub(0.0, 0.3))
        last = 0 if series_dates is None else series_dates.index(max(series_dates))
        span = 1.0 if series_dates is None else dates_mod.years_since([max(series_dates)], min(series_dates))[0]
        warning = velocity_units_warning(insar[last], gnss_los * span, self.INPUT, units)
        if warning:
            feedback.pushWarning(self.tr('Warning: {0}').format(error_text(warning)))
        empty = counts == 0
        if empty.any():
            feedback.pushInfo(self.tr('No valid InSAR pixel within {0:g} m of: {1}').format(
                radius, ', '.join(n for n, e in zip(names, empty) if e)))
        times = None if series_dates is None else dates_mod.years_since(series_dates, min(series_dates))
        threshold = self.parameterAsDouble(parameters, self.OUTLIER_THRESHOLD, context)
        result = core.fit_bands(x, y, insar, gnss_los, gnss_sigma, kind, grid, times, threshold,
                                monitor.sub(0.3, 0.4), self.GNSS)
        for k in result.failed:
            feedback.reportError(self.tr('Band {0}: too few valid stations to fit the surface; its output is '
                                         'NaN.').format(band_names[k]))
        outliers = result.outliers()
        for name, flag in zip(names, outliers):
            if flag:
                feedback.pushInfo(self.tr('Outlier station rejected: {0}').format(name))

        outputs = {name: self.parameterAsOutputLayer(parameters, name, context)
                   for name in (self.OUTPUT, self.OUTPUT_SURFACE)}
        metadata = {'GNSS_CORRECTION': kind, 'RADIUS_M': radius}
        band_metadata = None if series_dates is None else [{'DATE': dates_mod.compact(d)} for d in series_dates]
        block_rows = self.block_rows(parameters, context, grid.width, 4)
        with RasterWriter(outputs[self.OUTPUT], grid, band_names, self.OUTPUT, band_metadata, metadata,
                          units) as corrected, \
                RasterWriter(outputs[self.OUTPUT_SURFACE], grid, band_names, self.OUTPUT_SURFACE, band_metadata,
                             metadata, units) as surface:
            core.apply_surfaces(stack, result.surfaces, corrected, surface, block_rows, monitor.sub(0.4, 1.0))

        sink_id = self._write_residuals(parameters, context, layer.crs(), x, y, names, result, gnss_sigma,
                                        counts, outliers, times)
        used = int((~outliers & np.isfinite(result.before[result.fitted]).any(axis=0)).sum())
        outputs.update({self.OUTPUT_RESIDUALS: sink_id, self.RMS_BEFORE: result.rms_before(),
                        self.RMS_AFTER: result.rms_after(), self.N_STATIONS: used})
        feedback.pushInfo(self.tr(
            'RMS of InSAR − GNSS over {0} stations: {1:.2f} {3} before, {2:.2f} {3} after').format(
            used, result.rms_before(), result.rms_after(), units))
        return outputs

    def _write_residuals(self, parameters, context, crs, x, y, names, result, gnss_sigma, counts, outliers,
                         times):
        """One point per station; a time series reports its last date (displacements, mm)."""
        series = times is not None
        sigma_scale = times[-1] if series else 1.0
        fields = [('station', 'string')] + [(name, 'double') for name in (
            'insar_los', 'gnss_los', 'gnss_sigma', 'residual_before', 'residual_after')]
        fields += [('outlier', 'int'), ('n_pixels', 'int')]
        if series:
            fields += [('rms_before', 'double'), ('rms_after', 'double'), ('n_outlier_dates', 'int')]
        output = self.feature_output(parameters, self.OUTPUT_RESIDUALS, context, fields, 'point', crs)
        last = len(result.surfaces) - 1
        rejected = result.rejected_bands()
        for n, name in enumerate(names):
            values = [name, result.insar[last, n], result.gnss[last, n], gnss_sigma[n] * sigma_scale,
                      result.before[last, n], result.after[last, n], int(outliers[n]), int(counts[n])]
            if series:
                values += [core.rms(result.before[result.fitted, n]), core.rms(result.after[result.fitted, n]),
                           int(rejected[n])]
            output.add_point(x[n], y[n], values)
        return output.destination
