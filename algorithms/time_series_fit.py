"""``deformation:timeseriesfit`` — per-pixel trajectory model of a time-series raster."""
import functools

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from .base import DeformationAlgorithm, advanced
from .core.common import dates
from .core.engine.executor import connect
from .core.engine.pixels import map_pixels
from .core.insar.trajectory import TrajectoryModel, fitted_products, product_names
from .core.io.raster_stack import RasterStack, RasterWriter


class TimeSeriesFitAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'timeseriesfit'
    GROUP_ID = 'insar'

    INPUT = 'INPUT'
    DATES = 'DATES'
    POLYNOMIAL = 'POLYNOMIAL'
    PERIODIC = 'PERIODIC'
    POSTSEISMIC = 'POSTSEISMIC'
    OUTPUT = 'OUTPUT'

    PERIODIC_OPTIONS = ('none', 'annual', 'semi-annual')

    def displayName(self):  # noqa: N802
        return self.tr('Fit trajectory model to time series')

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr('Time-series raster (one band per date), or one dated raster per date'),
            QgsProcessing.SourceType.TypeRaster))
        self.addParameter(QgsProcessingParameterNumber(
            self.POLYNOMIAL, self.tr('Polynomial degree (1 = velocity, 2 = + acceleration)'),
            QgsProcessingParameterNumber.Type.Integer, 1, minValue=1, maxValue=3))
        self.addParameter(QgsProcessingParameterEnum(
            self.PERIODIC, self.tr('Periodic terms'),
            options=[self.tr('none'), self.tr('annual'), self.tr('semi-annual')],
            allowMultiple=True, defaultValue=[1]))
        self.add_step_dates_parameter()
        self.addParameter(QgsProcessingParameterString(
            self.POSTSEISMIC, self.tr('Logarithmic post-seismic terms (YYYY-MM-DD:tau_days, comma separated)'),
            optional=True))
        self.addParameter(advanced(QgsProcessingParameterString(
            self.DATES, self.tr('Dates of the bands when the raster carries none (YYYY-MM-DD, comma separated)'),
            optional=True)))
        self.add_block_rows_parameter()
        self.add_scale_parameters()
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr('Trajectory parameters')))

    def _model(self, parameters, context):
        periodic = {self.PERIODIC_OPTIONS[i] for i in self.parameterAsEnums(parameters, self.PERIODIC, context)}
        return TrajectoryModel(
            polynomial=self.parameterAsInt(parameters, self.POLYNOMIAL, context),
            annual='annual' in periodic, semiannual='semi-annual' in periodic,
            steps=tuple(self.date_list(parameters, self.STEP_DATES, context)),
            postseismic=tuple(dates.parse_postseismic(
                self.parameterAsString(parameters, self.POSTSEISMIC, context), self.POSTSEISMIC)))

    def process(self, parameters, context, feedback, monitor):
        stack = RasterStack(self.raster_paths(parameters, self.INPUT, context), self.INPUT)
        series_dates = stack.dates(self.band_dates(parameters, self.DATES, context))
        order = np.argsort(series_dates)
        series_dates = [series_dates[i] for i in order]
        model = self._model(parameters, context)
        model.validate(series_dates, self.INPUT)
        design = model.design_matrix(series_dates)
        feedback.pushInfo(self.tr('{0} dates from {1} to {2}; model terms: {3}').format(
            len(series_dates), series_dates[0].isoformat(), series_dates[-1].isoformat(),
            ', '.join(model.columns())))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        names = product_names(model)
        windows = self.windows(parameters, context, stack.grid, len(stack) * 3)
        _, engine = self.scale_settings(parameters, context)
        metadata = {'FIRST_DATE': series_dates[0].isoformat(), 'LAST_DATE': series_dates[-1].isoformat(),
                    'MODEL': ' + '.join(model.columns()), 'UNITS': 'mm, mm/yr, degrees (phase)'}
        with connect(engine) as engine, RasterWriter(output, stack.grid, names, self.OUTPUT,
                                                     metadata=metadata) as writer:
            map_pixels(stack, functools.partial(fitted_products, model, design), [writer], windows, monitor,
                       indices=order, engine=engine)
        return {self.OUTPUT: output}
