"""``deformation:coseismicoffset`` — co-seismic displacement from windows before and after an event."""
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .base import advanced
from .core.gnss.coseismic import STATISTICS, coseismic_offset
from .core.gnss.formats import parse_utc
from .gnss_inputs import DOUBLE, INT, GnssAlgorithm

Double = QgsProcessingParameterNumber.Type.Double


class CoseismicOffsetAlgorithm(GnssAlgorithm):
    ALGORITHM_ID = 'coseismicoffset'

    EVENT_TIME = 'EVENT_TIME'
    WINDOW_BEFORE = 'WINDOW_BEFORE'
    WINDOW_AFTER = 'WINDOW_AFTER'
    GAP_AFTER = 'GAP_AFTER'
    STATISTIC = 'STATISTIC'
    FIX_ONLY = 'FIX_ONLY'

    def displayName(self):  # noqa: N802
        return self.tr('Co-seismic offsets of GNSS stations')

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input_parameters()
        self.addParameter(QgsProcessingParameterString(
            self.EVENT_TIME, self.tr('Event time, UTC (YYYY-MM-DD HH:MM[:SS])')))
        self.addParameter(QgsProcessingParameterNumber(
            self.WINDOW_BEFORE, self.tr('Window before the event (hours)'), Double, 168.0, minValue=1e-6))
        self.addParameter(QgsProcessingParameterNumber(
            self.WINDOW_AFTER, self.tr('Window after the event and the gap (hours)'), Double, 168.0, minValue=1e-6))
        self.addParameter(QgsProcessingParameterNumber(
            self.GAP_AFTER, self.tr('Gap skipped after the event: shaking, outage (hours)'), Double, 0.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.STATISTIC, self.tr('Statistic of each window'), options=[self.tr('mean'), self.tr('median')],
            defaultValue=0))
        self.add_station_parameters()
        self.addParameter(advanced(QgsProcessingParameterBoolean(
            self.FIX_ONLY, self.tr('Use only ambiguity-fixed epochs (RTKLIB Q = 1)'), False)))
        self.add_output_parameters(self.tr('Co-seismic offsets'))

    def process(self, parameters, context, feedback, monitor):
        event = parse_utc(self.parameterAsString(parameters, self.EVENT_TIME, context), self.EVENT_TIME)
        windows = [self.parameterAsDouble(parameters, name, context)
                   for name in (self.WINDOW_BEFORE, self.WINDOW_AFTER, self.GAP_AFTER)]
        statistic = STATISTICS[self.parameterAsEnum(parameters, self.STATISTIC, context)]
        fix_only = self.parameterAsBool(parameters, self.FIX_ONLY, context)

        def compute(series):
            offset = coseismic_offset(series, event, *windows, statistic, fix_only)
            record = dict(zip(('de', 'dn', 'du'), offset.displacement))
            record.update(zip(('sde', 'sdn', 'sdu'), offset.sigma))
            record.update(horizontal=offset.horizontal, azimuth=offset.azimuth, n_before=offset.n_before,
                          n_after=offset.n_after)
            feedback.pushInfo(self.tr('{0}: de {1:.1f} dn {2:.1f} du {3:.1f} mm ({4} epochs before, {5} after)').format(
                series.station, *offset.displacement, offset.n_before, offset.n_after))
            return record

        rows = self.station_rows(parameters, context, feedback, monitor, compute)
        fields = ([(name, DOUBLE) for name in ('de', 'dn', 'du', 'sde', 'sdn', 'sdu', 'horizontal', 'azimuth')]
                  + [('n_before', INT), ('n_after', INT)])
        return self.write_points(parameters, context, fields, rows)
