"""``deformation:troposphericcorrection`` — remove tropospheric delay from a time-series raster."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from .base import DeformationAlgorithm, advanced
from .core.common.errors import InputError
from .core.corrections import tropospheric_correction as core
from .core.io.raster_stack import RasterStack, display_name, open_single_band, time_series_writer

Double = QgsProcessingParameterNumber.Type.Double


class TroposphericCorrectionAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'troposphericcorrection'
    GROUP_ID = 'corrections'

    INPUT = 'INPUT'
    DATES = 'DATES'
    METHOD = 'METHOD'
    ZTD = 'ZTD'
    ZTD_UNITS = 'ZTD_UNITS'
    INCIDENCE = 'INCIDENCE'
    INCIDENCE_RASTER = 'INCIDENCE_RASTER'
    DEM = 'DEM'
    COHERENCE = 'COHERENCE'
    MIN_COHERENCE = 'MIN_COHERENCE'
    MASK = 'MASK'
    DETREND = 'DETREND'
    REFERENCE_POINT = 'REFERENCE_POINT'
    OUTPUT = 'OUTPUT'
    OUTPUT_DELAY = 'OUTPUT_DELAY'

    def displayName(self):  # noqa: N802
        return self.tr('Tropospheric correction of time series')

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr('Time-series raster (LOS displacement, mm; one band per date)'),
            QgsProcessing.SourceType.TypeRaster))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr('Method'),
            options=[self.tr('weather model (ZTD rasters)'), self.tr('phase–elevation (DEM)')], defaultValue=0))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.ZTD, self.tr('Zenith total delay rasters, one per date (date in the file name)'),
            QgsProcessing.SourceType.TypeRaster, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.ZTD_UNITS, self.tr('ZTD units (when the raster does not say)'),
            options=[self.tr('metres'), self.tr('millimetres')], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.INCIDENCE, self.tr('Incidence angle from vertical (degrees)'), Double, 39.0,
            minValue=0.0, maxValue=89.999))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INCIDENCE_RASTER, self.tr('Incidence raster, overrides the number (degrees)'), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr('DEM (m), for phase–elevation'), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.COHERENCE, self.tr('Coherence raster (e.g. temporal coherence), for phase–elevation'),
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_COHERENCE, self.tr('Minimum coherence of pixels used in the fit'), Double, 0.7,
            minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.MASK, self.tr('Stable-area mask (non-zero = stable), for phase–elevation'), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DETREND, self.tr('Remove each pixel’s linear trend before fitting height (phase–elevation)'),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterPoint(
            self.REFERENCE_POINT, self.tr('Reference point (default: scene mean)'), optional=True))
        self.addParameter(advanced(QgsProcessingParameterString(
            self.DATES, self.tr('Dates of the bands when the raster carries none (YYYY-MM-DD, comma separated)'),
            optional=True)))
        self.add_block_rows_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr('Corrected time series (mm)')))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_DELAY, self.tr('Removed tropospheric signal (apparent LOS displacement, mm)')))

    def _on_grid(self, parameters, name, context, grid, grid_name):
        path = self.raster_path(parameters, name, context)
        return open_single_band(path, name, grid, grid_name) if path else None

    def _reference(self, parameters, context, grid, crs):
        if not parameters.get(self.REFERENCE_POINT):
            return None
        point = self.parameterAsPoint(parameters, self.REFERENCE_POINT, context, crs)
        col, row = grid.pixel_of(point.x(), point.y())
        if not (0 <= col < grid.width and 0 <= row < grid.height):
            raise InputError('{0}: ({1:.3f}, {2:.3f}) in {3} is outside the time-series raster; choose a point inside '
                             'it.', self.REFERENCE_POINT, point.x(), point.y(), crs.authid())
        return int(col), int(row)

    def process(self, parameters, context, feedback, monitor):
        layers = self.parameterAsLayerList(parameters, self.INPUT, context)
        series = RasterStack(self.raster_paths(parameters, self.INPUT, context), self.INPUT)
        grid, grid_name = series.grid, display_name(series.paths[0])
        series_dates = series.dates(self.band_dates(parameters, self.DATES, context))
        order = [int(i) for i in np.argsort(series_dates)]
        series_dates = [series_dates[i] for i in order]
        if len(series_dates) < 2:
            raise InputError('{0}: "{1}" has {2} date; a time series needs at least two.',
                             self.INPUT, grid_name, len(series_dates))
        reference = self._reference(parameters, context, grid, layers[0].crs())
        method = core.METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        outputs = {name: self.parameterAsOutputLayer(parameters, name, context)
                   for name in (self.OUTPUT, self.OUTPUT_DELAY)}
        block_rows = self.block_rows(parameters, context, grid.width, 4 * len(series_dates) + 4)
        ztd = None
        try:
            if method == 'weather_model':
                incidence = self._on_grid(parameters, self.INCIDENCE_RASTER, context, grid, grid_name)
                if incidence is None:
                    incidence = self.parameterAsDouble(parameters, self.INCIDENCE, context)
                ztd = core.ZtdSeries(self.raster_paths(parameters, self.ZTD, context)
                                     if parameters.get(self.ZTD) else [], grid, grid_name,
                                     core.ZTD_UNITS[self.parameterAsEnum(parameters, self.ZTD_UNITS, context)])
                ztd.check_dates(series_dates)

                def correct(writers):
                    values = core.correct_with_weather_model(series, order, series_dates, ztd, incidence,
                                                             reference, writers, block_rows, monitor)
                    return self.tr('Reference slant-delay change at the last date: {0:.1f} mm').format(values[-1])
            else:
                dem = self._on_grid(parameters, self.DEM, context, grid, grid_name)
                if dem is None:
                    raise InputError('{0}: no DEM given; the phase–elevation method needs a DEM on the grid of the '
                                     'time series (or choose METHOD weather model).', self.DEM)
                self.warn_dem_units(dem, feedback)
                options = dict(reference=reference,
                               coherence=self._on_grid(parameters, self.COHERENCE, context, grid, grid_name),
                               min_coherence=self.parameterAsDouble(parameters, self.MIN_COHERENCE, context),
                               mask=self._on_grid(parameters, self.MASK, context, grid, grid_name),
                               detrend=self.parameterAsBool(parameters, self.DETREND, context))

                def correct(writers):
                    slopes, reference_height = core.correct_with_elevation(
                        series, order, series_dates, dem, writers, block_rows, monitor, **options)
                    return self.tr('Height coefficients relative to the first date (mm/km): {0}; reference height '
                                   '{1:.0f} m').format(', '.join(f'{1000.0 * (b - slopes[0]):.1f}' for b in slopes),
                                                       reference_height)

            metadata = {'TROPOSPHERIC_CORRECTION': method}
            with time_series_writer(outputs[self.OUTPUT], grid, series_dates, self.OUTPUT,
                                    metadata=metadata) as corrected, \
                    time_series_writer(outputs[self.OUTPUT_DELAY], grid, series_dates, self.OUTPUT_DELAY,
                                       metadata=metadata) as signal:
                feedback.pushInfo(correct((corrected, signal)))
        finally:
            if ztd is not None:
                ztd.close()
        return outputs
