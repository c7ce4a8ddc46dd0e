"""``deformation:gnsstimeseries`` — trajectory model (velocity, seasonal terms, steps) per GNSS station."""
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .base import advanced
from .core.common import dates
from .core.common.errors import InputError
from .core.gnss.noise import NOISE_MODELS
from .core.gnss.timeseries import (
    TEXT_FIELDS,
    VELOCITY_METHODS,
    GnssModelOptions,
    field_names,
    fit_station,
    station_record,
)
from .gnss_inputs import DOUBLE, INT, STRING, GnssAlgorithm


class GnssTimeSeriesAlgorithm(GnssAlgorithm):
    ALGORITHM_ID = 'gnsstimeseries'

    PERIODIC = 'PERIODIC'
    POSTSEISMIC = 'POSTSEISMIC'
    START = 'START'
    END = 'END'
    OUTLIER_THRESHOLD = 'OUTLIER_THRESHOLD'
    ANTENNA_STEPS = 'ANTENNA_STEPS'
    NOISE_MODEL = 'NOISE_MODEL'
    VELOCITY_METHOD = 'VELOCITY_METHOD'

    PERIODIC_OPTIONS = ('none', 'annual', 'semi-annual')

    def displayName(self):  # noqa: N802
        return self.tr('GNSS station velocities (trajectory model)')

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input_parameters()
        self.add_step_dates_parameter()
        self.addParameter(QgsProcessingParameterEnum(
            self.PERIODIC, self.tr('Periodic terms'),
            options=[self.tr('none'), self.tr('annual'), self.tr('semi-annual')],
            allowMultiple=True, defaultValue=[1, 2]))
        self.addParameter(QgsProcessingParameterString(
            self.POSTSEISMIC, self.tr('Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)'),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.START, self.tr('Start date (YYYY-MM-DD, empty = first epoch)'), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.END, self.tr('End date (YYYY-MM-DD, empty = last epoch)'), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.NOISE_MODEL, self.tr('Noise model of the 1σ'),
            options=[self.tr('white + flicker noise, maximum likelihood (Hector-style)'),
                     self.tr('white + power-law noise, spectral index estimated (slower)'),
                     self.tr('white noise with AR(1) inflation')], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.VELOCITY_METHOD, self.tr('Velocity estimator'),
            options=[self.tr('trajectory model (least squares)'),
                     self.tr('MIDAS robust median of one-year slopes (Blewitt et al. 2016)')], defaultValue=0))
        self.add_station_parameters()
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.OUTLIER_THRESHOLD, self.tr('Outlier threshold (robust standard deviations, 0 = keep all)'),
            QgsProcessingParameterNumber.Type.Double, 3.0, minValue=0.0)))
        self.addParameter(advanced(QgsProcessingParameterBoolean(
            self.ANTENNA_STEPS, self.tr('Estimate steps where the antenna height changes (NGL files)'), True)))
        self.add_output_parameters(self.tr('Station velocities'))

    def _options(self, parameters, context):
        periodic = {self.PERIODIC_OPTIONS[i] for i in self.parameterAsEnums(parameters, self.PERIODIC, context)}
        limits = {}
        for name in (self.START, self.END):
            text = self.parameterAsString(parameters, name, context).strip()
            limits[name] = dates.parse_date(text, name) if text else None
        if limits[self.START] and limits[self.END] and limits[self.START] > limits[self.END]:
            raise InputError('START/END: {0} is after {1}; give START before END.',
                             limits[self.START], limits[self.END])
        return GnssModelOptions(
            annual='annual' in periodic, semiannual='semi-annual' in periodic,
            steps=tuple(self.date_list(parameters, self.STEP_DATES, context)),
            postseismic=tuple(dates.parse_postseismic(
                self.parameterAsString(parameters, self.POSTSEISMIC, context), self.POSTSEISMIC)),
            outlier_threshold=self.parameterAsDouble(parameters, self.OUTLIER_THRESHOLD, context),
            antenna_steps=self.parameterAsBool(parameters, self.ANTENNA_STEPS, context),
            noise_model=list(NOISE_MODELS)[self.parameterAsEnum(parameters, self.NOISE_MODEL, context)],
            velocity_method=list(VELOCITY_METHODS)[self.parameterAsEnum(parameters, self.VELOCITY_METHOD, context)],
            start=limits[self.START], end=limits[self.END])

    def _warn_steps_outside(self, station, options, fit, feedback):
        """Steps and post-seismic terms outside a station's data cannot be estimated: say so, with the dates."""
        events = list(options.steps) + [date for date, _ in options.postseismic]
        outside = [d.isoformat() for d in events if not fit.first_date < d <= fit.last_date]
        if outside:
            feedback.pushWarning(self.tr('Warning: {0}: step or post-seismic date {1} outside its data ({2} to {3}); '
                                         'not estimated for this station.').format(
                station, ', '.join(outside), fit.first_date.isoformat(), fit.last_date.isoformat()))

    def process(self, parameters, context, feedback, monitor):
        options = self._options(parameters, context)

        def compute(series):
            fit = fit_station(series, options)
            for note in fit.notes:
                feedback.pushWarning(note)
            self._warn_steps_outside(series.station, options, fit, feedback)
            record = station_record(fit, options)
            record.update(n_obs=fit.n_obs, n_rejected=fit.n_rejected, first_date=fit.first_date.isoformat(),
                          last_date=fit.last_date.isoformat(),
                          equipment_steps=','.join(d.isoformat() for d in fit.equipment_steps))
            feedback.pushInfo(self.tr('{0}: {1} days ({2} rejected), ve {3:.2f} vn {4:.2f} vu {5:.2f} mm/yr').format(
                series.station, fit.n_obs, fit.n_rejected, record['ve'], record['vn'], record['vu']))
            return record

        rows = self.station_rows(parameters, context, feedback, monitor, compute)
        fields = ([(name, DOUBLE) for name in field_names(options)]
                  + [('n_obs', INT), ('n_rejected', INT), ('first_date', STRING), ('last_date', STRING),
                     ('equipment_steps', STRING)] + [(name, STRING) for name in TEXT_FIELDS])
        return self.write_points(parameters, context, fields, rows)
