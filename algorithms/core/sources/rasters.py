"""Rasters of analytic source models: metric frames, geometry on the output grid, forward grids.

Source models (``sources.py``) work in metres on a flat surface.  A grid in a
projected CRS in metres is used as is (east/north along the CRS axes); any
other CRS (geographic, feet) is mapped to a local transverse Mercator frame in
metres centred on the area (:func:`.local_frame.metric_frame`), where scale and
convergence errors are negligible over a volcano or a fault (< 10⁻³ within 50 km).
"""
import math
from contextlib import ExitStack

from ..common.errors import InputError
from ..common.progress import SILENT
from ..geometry.local_frame import metric_frame
from ..io import resampling
from ..io.raster_stack import RasterWriter, grid_from_origin, iter_blocks, open_single_band

#: output bands of the forward models, in this order
FORWARD_COMPONENTS = ('east', 'north', 'up', 'los')


def grid_frame(grid):
    """The metric frame of map coordinates on ``grid``, centred on the grid (:func:`.local_frame.metric_frame`)."""
    return metric_frame(grid.crs_wkt, grid.centre_of((grid.width - 1) / 2.0, (grid.height - 1) / 2.0))


def geometry_on_grid(geometry, grid, folder):
    """``geometry`` (a :class:`GeometrySource`) with its rasters resampled (bilinear) onto ``grid`` where needed."""
    def on_grid(role, raster):
        if not raster.grid.difference(grid):
            return raster
        return open_single_band(resampling.warp_to_grid(raster.paths[0], grid, role, folder), role)
    return geometry.with_rasters(on_grid)


def _write_blocks(grid, paths, names, block_values, block_rows, monitor, units=None):
    """Stream one-band rasters ``names`` (those with a path in ``paths``) onto ``grid`` by blocks of rows.

    ``block_values(row0, nrows, wanted)`` returns a dict holding at least the
    ``wanted`` names' (nrows, width) arrays.  Returns {name: path} written.
    """
    wanted = [name for name in names if paths.get(name)]
    with ExitStack() as stack:
        writers = {name: stack.enter_context(RasterWriter(paths[name], grid, [name], f'OUTPUT_{name.upper()}',
                                                          units=units))
                   for name in wanted}
        for row0, nrows in iter_blocks(grid.height, block_rows):
            monitor.check()
            values = block_values(row0, nrows, wanted)
            for name, writer in writers.items():
                writer.write_band(0, row0, values[name])
            monitor.update((row0 + nrows) / grid.height)
    return {name: paths[name] for name in wanted}


def write_forward_rasters(grid, displacement, paths, geometry, block_rows, monitor=SILENT, frame=None):
    """Stream east/north/up/LOS (mm) of a source model onto ``grid``.

    ``displacement(x, y)`` takes metric coordinates (m) and returns (east,
    north, up) in metres; ``paths`` maps :data:`FORWARD_COMPONENTS` to output
    files (missing keys are skipped); LOS = ê·u, positive towards the satellite.
    """
    frame = frame or grid_frame(grid)

    def block_values(row0, nrows, wanted):
        east, north, up = (1000.0 * c for c in displacement(*frame.forward(*grid.coordinates(row0, nrows))))
        values = {'east': east, 'north': north, 'up': up}
        if 'los' in wanted:
            ue, un, uu = geometry.unit_vectors(row0, nrows, grid.width)
            values['los'] = east * ue + north * un + up * uu
        return values

    return _write_blocks(grid, paths, FORWARD_COMPONENTS, block_values, block_rows, monitor, units='mm')


def grid_from_extent(x_min, y_min, x_max, y_max, resolution, crs_wkt, role='EXTENT'):
    """North-up grid covering the extent with square pixels of ``resolution`` (m)."""
    if not (x_max > x_min and y_max > y_min):
        raise InputError('{0}: the extent {1:g}, {2:g}, {3:g}, {4:g} is empty; draw or type an extent with a width '
                         'and a height.', role, x_min, x_max, y_min, y_max)
    if not resolution > 0:
        raise InputError('RESOLUTION: {0:g} m is not accepted; give a pixel size above 0.', resolution)
    width = max(1, int(math.ceil((x_max - x_min) / resolution - 1e-9)))
    height = max(1, int(math.ceil((y_max - y_min) / resolution - 1e-9)))
    if width * height > 400_000_000:
        raise InputError('RESOLUTION: {0:g} m over this extent gives {1}×{2} pixels, more than 400 million; choose a '
                         'coarser resolution or a smaller extent.', resolution, width, height)
    return grid_from_origin(x_min, y_max, resolution, width, height, crs_wkt=crs_wkt)


def write_model_rasters(stack, geometry, frame, model, paths, block_rows, monitor=SILENT):
    """Model and residual (data − model) of a fitted source on the grid of the single-band ``stack``.

    ``model(x, y, east, north, up)`` gives the modelled LOS for metric
    coordinates and unit-vector components; ``paths`` maps ``model`` and
    ``residual`` to output files (missing keys are skipped).
    """
    grid = stack.grid

    def block_values(row0, nrows, wanted):
        x, y = frame.forward(*grid.coordinates(row0, nrows))
        values = {'model': model(x, y, *geometry.unit_vectors(row0, nrows, grid.width))}
        if 'residual' in wanted:
            values['residual'] = stack.read_band(0, row0, nrows) - values['model']
        return values

    return _write_blocks(grid, paths, ('model', 'residual'), block_values, block_rows, monitor)
