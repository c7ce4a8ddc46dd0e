"""``deformation:troposphericdelay`` — Saastamoinen zenith and slant delays on a DEM."""
from qgis.core import (
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from .base import DeformationAlgorithm
from .core.corrections import tropospheric_delay as troposphere
from .core.io.raster_stack import RasterWriter, open_single_band

Double = QgsProcessingParameterNumber.Type.Double


class TroposphericDelayAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'troposphericdelay'
    GROUP_ID = 'corrections'

    DEM = 'DEM'
    PRESSURE = 'PRESSURE'
    TEMPERATURE = 'TEMPERATURE'
    HUMIDITY = 'HUMIDITY'
    INCIDENCE = 'INCIDENCE'
    OUTPUT = 'OUTPUT'

    def displayName(self):  # noqa: N802
        return self.tr('Tropospheric delay (Saastamoinen) on a DEM')

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr('DEM (heights in m)')))
        quantities = (
            (self.PRESSURE, self.tr('Sea-level pressure (hPa), reduced to each pixel height'),
             self.tr('Ground pressure raster (hPa), overrides the number'), troposphere.STANDARD_PRESSURE),
            (self.TEMPERATURE, self.tr('Sea-level temperature (°C), reduced to each pixel height'),
             self.tr('Ground temperature raster (°C), overrides the number'), troposphere.STANDARD_TEMPERATURE),
            (self.HUMIDITY, self.tr('Sea-level relative humidity (%), reduced to each pixel height'),
             self.tr('Ground relative humidity raster (%), overrides the number'), troposphere.STANDARD_HUMIDITY),
        )
        for name, label, raster_label, default in quantities:
            low, high = troposphere.RANGES[name][:2]
            self.addParameter(QgsProcessingParameterNumber(name, label, Double, default, minValue=low,
                                                           maxValue=high))
            self.addParameter(QgsProcessingParameterRasterLayer(f'{name}_RASTER', raster_label, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.INCIDENCE, self.tr('Incidence angle from vertical, for the slant delay (degrees)'), Double, 39.0,
            minValue=0.0, maxValue=89.999))
        self.addParameter(QgsProcessingParameterRasterLayer(
            f'{self.INCIDENCE}_RASTER', self.tr('Incidence raster, overrides the number (degrees)'), optional=True))
        self.add_block_rows_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr('Tropospheric delays (ZHD, ZWD, ZTD, slant; mm)')))

    def process(self, parameters, context, feedback, monitor):
        dem_path = self.raster_path(parameters, self.DEM, context)
        dem = open_single_band(dem_path, self.DEM)
        self.warn_dem_units(dem, feedback)
        sources = {name: self.number_or_raster(parameters, name, context, dem.grid, self.DEM)
                   for name in (self.PRESSURE, self.TEMPERATURE, self.HUMIDITY, self.INCIDENCE)}
        for name in (self.PRESSURE, self.TEMPERATURE, self.HUMIDITY):
            if hasattr(sources[name], 'read_band'):
                feedback.pushInfo(self.tr('{0}: ground values from the raster (no height reduction)').format(name))
            else:
                feedback.pushInfo(self.tr('{0}: sea-level value {1:g} reduced to each pixel height (Berg)').format(
                    name, sources[name]))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        block_rows = self.block_rows(parameters, context, dem.grid.width, 24)
        metadata = {'MODEL': 'Saastamoinen; Berg height reduction of sea-level values', 'UNITS': 'mm'}
        with RasterWriter(output, dem.grid, troposphere.DELAY_BANDS, self.OUTPUT, metadata=metadata,
                          units='mm') as writer:
            troposphere.delay_map(dem, sources[self.PRESSURE], sources[self.TEMPERATURE],
                                  sources[self.HUMIDITY], sources[self.INCIDENCE], writer, block_rows, monitor)
        return {self.OUTPUT: output}
