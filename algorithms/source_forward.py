"""Shared base of the forward source models (``mogiforward``, ``okadaforward``).

Subclasses add their source parameters in ``add_source_parameters`` and
return a ``displacement(x, y) → (east, north, up)`` function (metres in, metres
out, metric coordinates) from ``source_model``; this base handles the output
grid (``TEMPLATE``, or ``EXTENT`` + ``RESOLUTION``), the ``SOURCE`` point,
the LOS geometry and the four output rasters (mm).
"""
import tempfile

from qgis.core import (
    QgsProcessingParameterExtent,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsUnitTypes,
)

from .base import DeformationAlgorithm, translate
from .core.common.errors import InputError
from .core.common.resources import format_bytes
from .core.io.raster_stack import Grid, open_dataset
from .core.sources.rasters import (
    FORWARD_COMPONENTS,
    geometry_on_grid,
    grid_frame,
    grid_from_extent,
    write_forward_rasters,
)
from .qgis_compat import crs_wkt

Double = QgsProcessingParameterNumber.Type.Double
#: largest output grid [pixels] (as for EXTENT + RESOLUTION in :func:`.core.sources.rasters.grid_from_extent`)
MAX_PIXELS = 400_000_000
#: above this many pixels the expected run time is announced
ANNOUNCE_PIXELS = 20_000_000


class SourceForwardAlgorithm(DeformationAlgorithm):
    """Forward model of an analytic source onto a raster grid (abstract)."""

    GROUP_ID = 'strain'
    NO_BAND_INPUTS = ('TEMPLATE',)   # its grid only is used
    GRID_ONLY_INPUTS = ('TEMPLATE',)
    #: pixels per second of the whole algorithm (model, LOS, four compressed rasters), measured on 2 cores
    PIXELS_PER_SECOND = 1.2e6

    SOURCE = 'SOURCE'
    DEPTH = 'DEPTH'
    POISSON = 'POISSON'
    TEMPLATE = 'TEMPLATE'
    EXTENT = 'EXTENT'
    RESOLUTION = 'RESOLUTION'
    OUTPUTS = {name: f'OUTPUT_{name.upper()}' for name in FORWARD_COMPONENTS}

    def add_source_parameters(self):
        raise NotImplementedError

    def source_model(self, parameters, context, x0, y0):
        """``displacement(x, y)`` for the source whose reference point is (x0, y0) in metres."""
        raise NotImplementedError

    def add_poisson_parameter(self):
        self.addParameter(QgsProcessingParameterNumber(
            self.POISSON, translate('DeformationAlgorithm', "Poisson's ratio"), Double, 0.25,
            minValue=0.0, maxValue=0.4999))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterPoint(self.SOURCE, self.source_description()))
        self.add_source_parameters()
        self.add_poisson_parameter()
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.TEMPLATE, translate('DeformationAlgorithm', 'Template raster: output grid and CRS copied from it'),
            optional=True))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, translate('DeformationAlgorithm', 'Output extent, when no template (projected CRS in metres)'),
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.RESOLUTION, translate('DeformationAlgorithm', 'Output pixel size with the extent (m)'), Double,
            100.0, minValue=0.001))
        self.add_geometry_parameters()
        self.add_block_rows_parameter()
        labels = {'east': translate('DeformationAlgorithm', 'East displacement (mm)'),
                  'north': translate('DeformationAlgorithm', 'North displacement (mm)'),
                  'up': translate('DeformationAlgorithm', 'Up displacement (mm)'),
                  'los': translate('DeformationAlgorithm', 'LOS displacement, positive towards the satellite (mm)')}
        for name in FORWARD_COMPONENTS:
            self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUTS[name], labels[name]))

    def source_description(self):
        return translate('DeformationAlgorithm', 'Source point')

    # -- grid -----------------------------------------------------------------
    def output_grid(self, parameters, context):
        """(Grid, QgsCoordinateReferenceSystem) from TEMPLATE, or from EXTENT + RESOLUTION."""
        template = self.raster_path(parameters, self.TEMPLATE, context)
        if template:
            layer = self.parameterAsRasterLayer(parameters, self.TEMPLATE, context)
            grid = Grid.of(open_dataset(template, self.TEMPLATE))
            if grid.width * grid.height > MAX_PIXELS:
                raise InputError('TEMPLATE: the grid of "{0}" has {1}×{2} = {3:.3g} pixels, more than the {4:.3g} a '
                                 'forward model writes (four rasters of {5} each, about {6}); choose a coarser '
                                 'template, or an EXTENT with a larger RESOLUTION.',
                                 layer.name(), grid.width, grid.height, grid.width * grid.height, MAX_PIXELS,
                                 format_bytes(4 * grid.width * grid.height), self._duration(grid.width * grid.height))
            return grid, layer.crs()
        if not parameters.get(self.EXTENT):
            raise InputError('TEMPLATE, EXTENT: no output grid; give a template raster, or an extent and a '
                             'resolution.')
        crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        if not crs.isValid():
            crs = self.parameterAsPointCrs(parameters, self.SOURCE, context)
        if not crs.isValid():
            raise InputError('{0}: the extent has no CRS; write it as "xmin,xmax,ymin,ymax [EPSG:code]" with a '
                             'projected CRS in metres.', 'EXTENT')
        if crs.isGeographic() or crs.mapUnits() != QgsUnitTypes.DistanceUnit.DistanceMeters:
            raise InputError('EXTENT: the extent is in "{0}", not a projected CRS in metres, so RESOLUTION (m) cannot '
                             'apply; give the extent in a projected CRS such as a UTM zone (for example EPSG:32654), '
                             'or use a TEMPLATE raster.', crs.authid() or crs.description())
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        resolution = self.parameterAsDouble(parameters, self.RESOLUTION, context)
        return grid_from_extent(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(),
                                resolution, crs_wkt(crs)), crs

    def _duration(self, pixels):
        seconds = pixels / self.PIXELS_PER_SECOND
        if seconds < 120:
            return f'{seconds:.0f} s'
        return f'{seconds / 60:.0f} minutes' if seconds < 7200 else f'{seconds / 3600:.1f} hours'

    # -- running --------------------------------------------------------------
    def process(self, parameters, context, feedback, monitor):
        grid, crs = self.output_grid(parameters, context)
        point = self.parameterAsPoint(parameters, self.SOURCE, context, crs)
        frame = grid_frame(grid)
        x0, y0 = (float(v) for v in frame.forward(point.x(), point.y()))
        displacement = self.source_model(parameters, context, x0, y0)
        paths = {name: self.parameterAsOutputLayer(parameters, self.OUTPUTS[name], context)
                 for name in FORWARD_COMPONENTS}
        feedback.pushInfo(translate('DeformationAlgorithm', 'Output grid: {0}×{1} pixels').format(
            grid.width, grid.height))
        if grid.width * grid.height > ANNOUNCE_PIXELS:
            feedback.pushWarning(translate(
                'DeformationAlgorithm', 'Warning: {0}×{1} pixels: four rasters of up to {2} each, about {3}; '
                'cancel and choose a coarser grid if that is more than you need.').format(
                grid.width, grid.height, format_bytes(4 * grid.width * grid.height),
                self._duration(grid.width * grid.height)))
        with tempfile.TemporaryDirectory(prefix='deformation-geometry-') as folder:
            geometry = geometry_on_grid(self.geometry(parameters, context, None, None), grid, folder)
            written = write_forward_rasters(grid, displacement, paths, geometry,
                                            self.block_rows(parameters, context, grid.width, 12), monitor, frame)
        return {self.OUTPUTS[name]: path for name, path in written.items()}
