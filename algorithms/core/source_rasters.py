"""Rasters of analytic source models: metric frames, geometry on the output grid, forward grids.

Source models (``sources.py``) work in metres on a flat surface.  A grid in a
projected CRS in metres is used as is (east/north along the CRS axes); any
other CRS (geographic, feet) is mapped to a local transverse Mercator frame in
metres centred on the area (:class:`MetricFrame`), where scale and convergence
errors are negligible over a volcano or a fault (< 10⁻³ within 50 km).
"""
import math
from contextlib import ExitStack

import numpy as np
from osgeo import osr

from . import resampling
from .errors import InputError
from .line_of_sight import GeometrySource
from .progress import SILENT
from .raster_stack import RasterWriter, iter_blocks, open_single_band

#: output bands of the forward models, in this order
FORWARD_COMPONENTS = ('east', 'north', 'up', 'los')


class MetricFrame:
    """Map coordinates of a CRS ↔ local metres (identity for projected CRS in metres).

    ``crs_wkt`` empty means "already metres".  ``centre`` (map coordinates)
    anchors the local transverse Mercator frame of other CRS.
    """

    def __init__(self, crs_wkt, centre):
        self.identity = True
        self._forward = self._inverse = None
        if not crs_wkt:
            return
        srs = osr.SpatialReference()
        srs.ImportFromWkt(crs_wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        if srs.IsProjected() and abs(srs.GetLinearUnits() - 1.0) < 1e-12:
            return
        geographic = srs.CloneGeogCS()
        geographic.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        lon, lat = osr.CoordinateTransformation(srs, geographic).TransformPoint(*centre)[:2]
        local = osr.SpatialReference()
        local.CopyGeogCSFrom(geographic)
        local.SetTM(lat, lon, 1.0, 0.0, 0.0)
        local.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.identity = False
        self._forward = osr.CoordinateTransformation(srs, local)
        self._inverse = osr.CoordinateTransformation(local, srs)

    @staticmethod
    def _apply(transform, x, y):
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        shape = np.broadcast(x, y).shape
        points = np.column_stack([np.broadcast_to(x, shape).ravel(), np.broadcast_to(y, shape).ravel()])
        out = np.asarray(transform.TransformPoints(points), dtype=float)
        return out[:, 0].reshape(shape), out[:, 1].reshape(shape)

    def forward(self, x, y):
        """Map coordinates → metres."""
        if self.identity:
            return np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return self._apply(self._forward, x, y)

    def inverse(self, x, y):
        """Metres → map coordinates."""
        if self.identity:
            return np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        return self._apply(self._inverse, x, y)


def grid_centre(grid):
    return grid.centre_of((grid.width - 1) / 2.0, (grid.height - 1) / 2.0)


def warp_to_grid(path, grid, role, folder):
    """Single-band raster ``path`` resampled (bilinear) onto ``grid``, opened as a one-band stack."""
    return open_single_band(resampling.warp_to_grid(path, grid, role, folder), role)


def geometry_on_grid(geometry, grid, folder):
    """``geometry`` (a :class:`GeometrySource`) with its rasters resampled onto ``grid`` where needed."""
    values = {}
    for name in ('incidence', 'heading'):
        value = getattr(geometry, name)
        if hasattr(value, 'read_band') and value.grid.difference(grid):
            role = f'{geometry.role_prefix}{name.upper()}_RASTER'
            value = warp_to_grid(value.paths[0], grid, role, folder)
        values[name] = value
    return GeometrySource(values['incidence'], values['heading'], geometry.look, geometry.role_prefix)


def write_forward_rasters(grid, displacement, paths, geometry, block_rows, monitor=SILENT, frame=None):
    """Stream east/north/up/LOS (mm) of a source model onto ``grid``.

    ``displacement(x, y)`` takes metric coordinates (m) and returns (east,
    north, up) in metres; ``paths`` maps :data:`FORWARD_COMPONENTS` to output
    files (missing keys are skipped); LOS = ê·u, positive towards the satellite.
    """
    frame = frame or MetricFrame(grid.crs_wkt, grid_centre(grid))
    wanted = [name for name in FORWARD_COMPONENTS if paths.get(name)]
    with ExitStack() as stack:
        writers = {name: stack.enter_context(RasterWriter(paths[name], grid, [name], f'OUTPUT_{name.upper()}',
                                                          units='mm'))
                   for name in wanted}
        for row0, nrows in iter_blocks(grid.height, block_rows):
            monitor.check()
            east, north, up = (1000.0 * c for c in displacement(*frame.forward(*grid.coordinates(row0, nrows))))
            values = {'east': east, 'north': north, 'up': up}
            if 'los' in writers:
                ue, un, uu = geometry.unit_vectors(row0, nrows, grid.width)
                values['los'] = east * ue + north * un + up * uu
            for name, writer in writers.items():
                writer.write_band(0, row0, values[name])
            monitor.update((row0 + nrows) / grid.height)
    return {name: paths[name] for name in wanted}


def grid_from_extent(x_min, y_min, x_max, y_max, resolution, crs_wkt, role='EXTENT'):
    """North-up grid covering the extent with square pixels of ``resolution`` (m)."""
    from .raster_stack import grid_from_origin
    if not (x_max > x_min and y_max > y_min):
        raise InputError(f'{role}: the extent {x_min:g}, {x_max:g}, {y_min:g}, {y_max:g} is empty; '
                         'draw or type an extent with a width and a height.')
    if not resolution > 0:
        raise InputError(f'RESOLUTION: {resolution:g} m is not accepted; give a pixel size above 0.')
    width = max(1, int(math.ceil((x_max - x_min) / resolution - 1e-9)))
    height = max(1, int(math.ceil((y_max - y_min) / resolution - 1e-9)))
    if width * height > 400_000_000:
        raise InputError(f'RESOLUTION: {resolution:g} m over this extent gives {width}×{height} pixels, more '
                         'than 400 million; choose a coarser resolution or a smaller extent.')
    return grid_from_origin(x_min, y_max, resolution, width, height, crs_wkt=crs_wkt)


def write_model_rasters(stack, geometry, frame, model, paths, block_rows, monitor=SILENT):
    """Model and residual (data − model) of a fitted source on the grid of the single-band ``stack``.

    ``model(x, y, east, north, up)`` gives the modelled LOS for metric
    coordinates and unit-vector components; ``paths`` maps ``model`` and
    ``residual`` to output files (missing keys are skipped).
    """
    grid = stack.grid
    wanted = [name for name in ('model', 'residual') if paths.get(name)]
    with ExitStack() as outputs:
        writers = {name: outputs.enter_context(RasterWriter(paths[name], grid, [name], f'OUTPUT_{name.upper()}'))
                   for name in wanted}
        for row0, nrows in iter_blocks(grid.height, block_rows):
            monitor.check()
            x, y = frame.forward(*grid.coordinates(row0, nrows))
            values = {'model': model(x, y, *geometry.unit_vectors(row0, nrows, grid.width))}
            values['residual'] = stack.read_band(0, row0, nrows) - values['model']
            for name, writer in writers.items():
                writer.write_band(0, row0, values[name])
            monitor.update((row0 + nrows) / grid.height)
    return {name: paths[name] for name in wanted}
