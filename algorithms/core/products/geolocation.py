"""Radar-coordinate rasters geocoded through per-pixel latitude/longitude arrays (GDAL geolocation arrays).

MintPy's ``geometryRadar.h5`` holds the latitude and longitude (degrees,
WGS 84) of every radar pixel's centre.  A radar-coordinate layer is written
to a temporary GeoTIFF, given those arrays as its GDAL ``GEOLOCATION``
metadata (``GEOREFERENCING_CONVENTION=PIXEL_CENTER``: the arrays hold pixel
centres, as in MintPy) and warped onto a north-up grid with nearest-neighbour
resampling, so every output value is one of the product's own values (as
MintPy's ``geocode.py`` does by default).

The default output grid (:func:`output_grid`) covers the pixel centres in
the chosen CRS with square ground pixels of the radar spacing: in a
geographic CRS ``Δφ = s / 111 320 m`` and ``Δλ = s / (111 320 m · cos φ̄)``,
where ``s = √(A / n)`` is the mean ground spacing of the ``n`` radar pixels
covering the area ``A``.  Grid edges are multiples of the pixel size, so two
imports with the same resolution share the same lattice.
"""
import math
import os

import numpy as np
from osgeo import gdal, osr

from ..common.errors import InputError
from ..io import staging
from ..io.raster_stack import Grid, RasterWriter, iter_blocks
from ..io.resampling import srs_of, warp_or_fail

METRES_PER_DEGREE = 111320.0


def _to_crs(lon, lat, target_wkt):
    transform = osr.CoordinateTransformation(srs_of(osr.SRS_WKT_WGS84_LAT_LONG), srs_of(target_wkt))
    points = np.column_stack([lon.ravel(), lat.ravel()])
    out = np.asarray(transform.TransformPoints(points))
    return out[:, 0], out[:, 1]


def ground_spacing(lat, lon):
    """Median ground spacing (m) of the pixels of latitude/longitude arrays: √(along × across)."""
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    k = math.cos(math.radians(float(np.nanmean(lat))))
    east, north = lon * METRES_PER_DEGREE * k, lat * METRES_PER_DEGREE
    steps = []
    for axis in (0, 1):
        step = np.hypot(np.diff(east, axis=axis), np.diff(north, axis=axis))
        step = step[np.isfinite(step)]
        steps.append(float(np.median(step)) if step.size else np.nan)
    finite = [step for step in steps if np.isfinite(step) and step > 0]
    if not finite:
        raise InputError('latitude/longitude: the arrays do not span an area (all pixels at one place).')
    return float(math.sqrt(finite[0] * finite[-1]))


def _valid_positions(lat, lon):
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    bad = ~(np.isfinite(lat) & np.isfinite(lon)) | ((lat == 0) & (lon == 0)) | (np.abs(lat) > 90)
    return np.where(bad, np.nan, lat), np.where(bad, np.nan, lon)


def output_grid(positions, height, target_wkt, resolution=0.0, block_rows=256, role='RESOLUTION'):
    """North-up grid in ``target_wkt`` covering the radar pixel centres (module docstring).

    ``positions(row0, nrows)`` → (latitude, longitude) of rows of radar
    pixels, read by blocks; ``resolution`` in CRS units (0: the radar ground spacing).
    """
    target = srs_of(target_wkt)
    bounds, spacing, lat_sum, count = [np.inf, np.inf, -np.inf, -np.inf], None, 0.0, 0
    for row0, nrows in iter_blocks(height, max(2, block_rows)):
        lat, lon = _valid_positions(*positions(row0, nrows))
        finite = np.isfinite(lat)
        if not finite.any():
            continue
        if spacing is None and nrows >= 2:
            spacing = ground_spacing(lat, lon)
        x, y = _to_crs(lon[finite], lat[finite], target_wkt)
        bounds = [min(bounds[0], x.min()), min(bounds[1], y.min()), max(bounds[2], x.max()), max(bounds[3], y.max())]
        lat_sum, count = lat_sum + float(lat[finite].sum()), count + int(finite.sum())
    if not count:
        raise InputError('latitude/longitude: no pixel has a valid position.')
    if resolution > 0:
        dx = dy = float(resolution)
    elif spacing is None:
        raise InputError('{0}: the radar image has a single row; give the output pixel size.', role)
    elif target.IsGeographic():
        dy = spacing / METRES_PER_DEGREE
        dx = dy / max(math.cos(math.radians(lat_sum / count)), 1e-6)
    else:
        dx = dy = spacing
    x_min = math.floor((bounds[0] - dx / 2) / dx) * dx
    x_max = math.ceil((bounds[2] + dx / 2) / dx) * dx
    y_min = math.floor((bounds[1] - dy / 2) / dy) * dy
    y_max = math.ceil((bounds[3] + dy / 2) / dy) * dy
    width, rows = int(round((x_max - x_min) / dx)), int(round((y_max - y_min) / dy))
    if width * rows > 400_000_000:
        raise InputError('{0}: {1:g} × {2:g} gives {3}×{4} pixels, more than 400 million; choose a coarser resolution.',
                         role, dx, dy, width, rows)
    return Grid(width, rows, (x_min, dx, 0.0, y_max, 0.0, -dy), target.ExportToWkt())


def nearest_pixel(positions, height, lat, lon, block_rows=256):
    """(row, column) of the radar pixel nearest to ``lat, lon`` (degrees), or ``None``."""
    best, where = np.inf, None
    k = math.cos(math.radians(lat))
    for row0, nrows in iter_blocks(height, block_rows):
        latitude, longitude = _valid_positions(*positions(row0, nrows))
        distance = np.hypot((longitude - lon) * k, latitude - lat)
        if np.isfinite(distance).any() and np.nanmin(distance) < best:
            best = float(np.nanmin(distance))
            row, column = np.unravel_index(np.nanargmin(distance), distance.shape)
            where = (row0 + int(row), int(column))
    return where


def radar_grid(width, height):
    """The grid of radar-coordinate temporary files: pixel coordinates, no CRS."""
    return Grid(int(width), int(height), (0.0, 1.0, 0.0, 0.0, 0.0, 1.0), '')


def write_positions(positions, width, height, folder, block_rows, monitor):
    """Latitude/longitude (``positions(row0, nrows)`` → (lat, lon)) as temporary GeoTIFFs; returns both paths."""
    grid = radar_grid(width, height)
    paths = {name: os.path.join(folder, f'{name}.tif') for name in ('latitude', 'longitude')}
    with staging.immediate(), RasterWriter(paths['latitude'], grid, ['latitude'], 'latitude') as lat_writer, \
            RasterWriter(paths['longitude'], grid, ['longitude'], 'longitude') as lon_writer:
        for row0, nrows in iter_blocks(height, block_rows, monitor):
            lat, lon = _valid_positions(*positions(row0, nrows))
            lat_writer.write(row0, lat)
            lon_writer.write(row0, lon)
    return paths['latitude'], paths['longitude']


def geocode(source, lat_path, lon_path, grid, target, role='INPUT'):
    """Warp the radar-coordinate raster ``source`` onto ``grid`` through the geolocation arrays (nearest).

    Writes ``target`` (a temporary GeoTIFF, float64) and returns it.
    """
    dataset = gdal.Open(source, gdal.GA_Update)
    dataset.SetMetadata({
        'X_DATASET': lon_path, 'X_BAND': '1', 'Y_DATASET': lat_path, 'Y_BAND': '1',
        'PIXEL_OFFSET': '0', 'LINE_OFFSET': '0', 'PIXEL_STEP': '1', 'LINE_STEP': '1',
        'SRS': osr.SRS_WKT_WGS84_LAT_LONG, 'GEOREFERENCING_CONVENTION': 'PIXEL_CENTER'}, 'GEOLOCATION')
    dataset = None
    x0, dx, _, y0, _, dy = grid.geotransform
    options = gdal.WarpOptions(
        format='GTiff', geoloc=True, dstSRS=grid.crs_wkt,
        outputBounds=(x0, y0 + dy * grid.height, x0 + dx * grid.width, y0), width=grid.width,
        height=grid.height, resampleAlg='near', srcNodata=float('nan'), dstNodata=float('nan'),
        outputType=gdal.GDT_Float64, creationOptions=['TILED=YES', 'BIGTIFF=IF_SAFER'],
        transformerOptions=['SRC_METHOD=GEOLOC_ARRAY'])
    return warp_or_fail(target, source, options, f'{role}: the radar-coordinate data could not be geocoded',
                        'check the latitude/longitude arrays.')
