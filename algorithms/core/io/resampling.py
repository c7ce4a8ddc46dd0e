"""Putting rasters on a common grid: bounds and pixel sizes across CRS, and GDAL warping.

Every algorithm that accepts rasters on another grid (decomposition inputs,
geometry rasters of the source models, weather-model delays) resamples them
here, the same way: a warped VRT on the target grid with exact reprojection
(no approximate transformer), NaN outside the source and for its nodata.
"""
import math
import os

from osgeo import gdal, osr

from ..common.errors import InputError
from .raster_stack import Grid, check_north_up, display_name, open_dataset

RESAMPLING_METHODS = ('auto', 'nearest', 'bilinear', 'cubic', 'average')
_GDAL_RESAMPLING = {'nearest': 'near', 'bilinear': 'bilinear', 'cubic': 'cubic', 'average': 'average'}
#: 'auto' averages when target pixels are at least this many times larger than the source ones
AVERAGE_ABOVE_COARSENING = 1.5


def srs_of(wkt):
    """``osr.SpatialReference`` of ``wkt`` in x/y (longitude/latitude) axis order."""
    srs = osr.SpatialReference()
    if wkt:
        srs.ImportFromWkt(wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _same_crs(wkt_a, wkt_b):
    return not wkt_a or not wkt_b or bool(srs_of(wkt_a).IsSame(srs_of(wkt_b)))


def grid_bounds(grid):
    """(x_min, y_min, x_max, y_max) of a north-up grid in its own CRS."""
    x0, dx, rx, y0, ry, dy = grid.geotransform
    if rx or ry:
        raise InputError('rotated rasters are not supported; warp them to a north-up grid first.')
    xs = (x0, x0 + dx * grid.width)
    ys = (y0, y0 + dy * grid.height)
    return min(xs), min(ys), max(xs), max(ys)


def bounds_in(grid, target_wkt):
    """Bounds of ``grid`` transformed (edges densified, 21 points a side) into the CRS ``target_wkt``."""
    bounds = grid_bounds(grid)
    if _same_crs(grid.crs_wkt, target_wkt):
        return bounds
    transform = osr.CoordinateTransformation(srs_of(grid.crs_wkt), srs_of(target_wkt))
    return tuple(transform.TransformBounds(*bounds, 21))


def pixel_size_in(grid, target_wkt):
    """Pixel size (x, y) of ``grid`` at its centre, in units of the CRS ``target_wkt``."""
    if _same_crs(grid.crs_wkt, target_wkt):
        return grid.pixel_size
    transform = osr.CoordinateTransformation(srs_of(grid.crs_wkt), srs_of(target_wkt))
    column, row = grid.width / 2.0, grid.height / 2.0
    corners = [grid.centre_of(column + dc, row + dr) for dc, dr in ((0, 0), (1, 0), (0, 1))]
    (x0, y0), (x1, y1), (x2, y2) = [transform.TransformPoint(x, y)[:2] for x, y in corners]
    return math.hypot(x1 - x0, y1 - y0), math.hypot(x2 - x0, y2 - y0)


def check_overlap(source, grid, name, role):
    """Raise :class:`InputError` when the grid ``source`` does not overlap ``grid``."""
    bx0, by0, bx1, by1 = bounds_in(source, grid.crs_wkt)
    gx0, gy0, gx1, gy1 = grid_bounds(grid)
    if bx1 <= gx0 or bx0 >= gx1 or by1 <= gy0 or by0 >= gy1:
        raise InputError('{0}: "{1}" does not overlap the output grid (raster covers x {2:.1f}…{3:.1f}, y '
                         '{4:.1f}…{5:.1f}; the grid x {6:.1f}…{7:.1f}, y {8:.1f}…{9:.1f} in the grid CRS). '
                         'Choose a raster covering the area.', role, name, bx0, bx1, by0, by1, gx0, gx1, gy0, gy1)


def warp_to_grid(path, grid, role, folder, resampling='bilinear', single_band=True):
    """``path`` resampled onto ``grid`` as a warped VRT in ``folder``, or ``path`` itself when already on it.

    ``resampling``: one of :data:`RESAMPLING_METHODS`; ``auto`` averages when
    the target pixels are at least 1.5 times larger than the source ones and
    interpolates bilinearly otherwise.  NaN and the band's nodata are holes;
    pixels outside the source are NaN.  A raster that does not overlap the
    grid is refused; so is a multi-band raster when ``single_band``.
    """
    dataset = open_dataset(path, role)
    name = display_name(path)
    if single_band and dataset.RasterCount != 1:
        raise InputError('{0}: "{1}" has {2} bands; a single band is expected.', role, name, dataset.RasterCount)
    source = Grid.of(dataset)
    if source.difference(grid) is None:
        return path
    check_north_up(source, role, name)
    if resampling not in RESAMPLING_METHODS:
        raise InputError('RESAMPLING: "{0}" is not accepted; choose one of {1}.',
                         resampling, ", ".join(RESAMPLING_METHODS))
    if not source.crs_wkt:
        source = Grid(source.width, source.height, source.geotransform, grid.crs_wkt)
    check_overlap(source, grid, name, role)
    if resampling == 'auto':
        coarsening = max(grid.pixel_size) / max(pixel_size_in(source, grid.crs_wkt))
        resampling = 'average' if coarsening >= AVERAGE_ABOVE_COARSENING else 'bilinear'
    band = dataset.GetRasterBand(1)
    source_nodata = band.GetNoDataValue()
    if source_nodata is None and band.DataType in (gdal.GDT_Float32, gdal.GDT_Float64):
        source_nodata = float('nan')
    x_min, y_min, x_max, y_max = grid_bounds(grid)
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, f'{role.lower()}_{len(os.listdir(folder))}.vrt')
    options = gdal.WarpOptions(
        format='VRT', outputBounds=(x_min, y_min, x_max, y_max), width=grid.width, height=grid.height,
        dstSRS=grid.crs_wkt or None, srcSRS=None if dataset.GetProjection() else grid.crs_wkt or None,
        resampleAlg=_GDAL_RESAMPLING[resampling], srcNodata=source_nodata, dstNodata=float('nan'),
        outputType=gdal.GDT_Float64, errorThreshold=0.0)   # exact reprojection, no approximation
    return warp_or_fail(target, dataset, options, f'{role}: "{name}" could not be resampled onto the grid',
                        'align it first (gdalwarp).')


def warp_or_fail(target, source, options, failure, remedy):
    """``gdal.Warp(target, source, options)`` closed and returned as ``target``.

    A failed warp is an :class:`InputError` ``"<failure> (<GDAL's message>); <remedy>"``.
    """
    warped = gdal.Warp(target, source, options=options)
    if warped is None:
        raise InputError('{0} ({1}); {2}', failure, gdal.GetLastErrorMsg() or "GDAL failed", remedy)
    warped = None
    return target
