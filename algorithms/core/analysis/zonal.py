"""Zonal statistics: velocity per hazard / geology polygon.

Pixels of a zone
----------------
A pixel belongs to a polygon when its centre lies inside it (GDAL's
rasterisation rule with ALL_TOUCHED off); polygons may overlap, each is
treated on its own.  NaN / nodata pixels are left out, so ``count`` is the
number of valid pixels.

Statistics of the n valid values v₁…vₙ of a zone (units of the raster, mm/yr)
-------------------------------------------------------------------------------
* ``count`` = n;  ``mean`` = (1/n) Σ vₖ;  ``std`` = √((1/n) Σ (vₖ − mean)²)
  (population standard deviation);  ``min``, ``max``;
* ``median``, ``p5``, ``p95``: percentiles q = 50, 5, 95 with linear
  interpolation between order statistics (Hyndman & Fan type 7, numpy's
  default): for sorted x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·q/100,
  p_q = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋₊₁ − x_⌊h⌋);
* ``share_above`` [%] = 100 · #{k : s(vₖ)} / n with, for threshold T,
  ``absolute``: |vₖ| > T (moving faster than T either way),
  ``above``: vₖ > T,  ``below``: vₖ < T (e.g. T = −5 for subsidence faster
  than 5 mm/yr).  Inequalities are strict.

A zone without any valid pixel gets count 0 and no value (NULL) for the others.
Memory: each polygon is read and rasterised by strips of rows inside its
bounding box; only the valid values of one zone are held (needed for exact
percentiles).
"""
import numpy as np
from osgeo import gdal, ogr, osr

from ..common.errors import InputError
from ..io.raster_stack import iter_blocks, rows_per_block

THRESHOLD_MODES = ('absolute', 'above', 'below')
STATISTICS = ('count', 'mean', 'median', 'p5', 'p95', 'std', 'min', 'max', 'share_above')


def zone_statistics(values, threshold=0.0, mode='absolute'):
    """Statistics (module docstring) of the finite entries of ``values``; dict keyed by :data:`STATISTICS`."""
    if mode not in THRESHOLD_MODES:
        raise InputError('THRESHOLD_MODE: "{0}" is not accepted; choose one of {1}.', mode, ', '.join(THRESHOLD_MODES))
    values = np.asarray(values, dtype=float).ravel()
    values = values[np.isfinite(values)]
    stats = dict.fromkeys(STATISTICS)
    stats['count'] = int(values.size)
    if values.size == 0:
        return stats
    p5, median, p95 = np.percentile(values, [5.0, 50.0, 95.0])
    if mode == 'absolute':
        above = np.abs(values) > threshold
    elif mode == 'above':
        above = values > threshold
    else:
        above = values < threshold
    stats.update(mean=float(values.mean()), median=float(median), p5=float(p5), p95=float(p95),
                 std=float(values.std()), min=float(values.min()), max=float(values.max()),
                 share_above=100.0 * float(above.sum()) / values.size)
    return stats


def polygon_window(grid, envelope):
    """Pixel window (column0, row0, ncols, nrows) of a (xmin, xmax, ymin, ymax) envelope on ``grid``, or None."""
    x0, dx, _, y0, _, dy = grid.geotransform
    xmin, xmax, ymin, ymax = envelope
    columns = sorted(((xmin - x0) / dx, (xmax - x0) / dx))
    rows = sorted(((ymin - y0) / dy, (ymax - y0) / dy))
    column0, column1 = max(0, int(np.floor(columns[0]))), min(grid.width, int(np.ceil(columns[1])))
    row0, row1 = max(0, int(np.floor(rows[0]))), min(grid.height, int(np.ceil(rows[1])))
    if column1 <= column0 or row1 <= row0:
        return None
    return column0, row0, column1 - column0, row1 - row0


def polygon_mask(grid, geometry, column0, row0, ncols, nrows):
    """Boolean (nrows, ncols): pixels of the window whose centre is inside the OGR ``geometry``."""
    x0, dx, _, y0, _, dy = grid.geotransform
    target = gdal.GetDriverByName('MEM').Create('', int(ncols), int(nrows), 1, gdal.GDT_Byte)
    target.SetGeoTransform((x0 + column0 * dx, dx, 0.0, y0 + row0 * dy, 0.0, dy))
    source = memory_vectors()
    srs = osr.SpatialReference(grid.crs_wkt) if grid.crs_wkt else None
    layer = source.CreateLayer('zone', srs=srs, geom_type=ogr.wkbUnknown)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(target, [1], layer, burn_values=[1])
    return target.GetRasterBand(1).ReadAsArray().astype(bool)


def memory_vectors():
    """An empty in-memory OGR data source (driver ``MEM`` on GDAL ≥ 3.11, ``Memory`` before)."""
    for name in ('MEM', 'Memory'):   # GDAL 3.11 merged the vector Memory driver into MEM
        driver = ogr.GetDriverByName(name)
        if driver is not None:
            return driver.CreateDataSource('')
    raise RuntimeError('GDAL has neither the MEM nor the Memory vector driver')


def to_geometry(wkb, role='ZONES'):
    """OGR geometry from WKB bytes; :class:`InputError` when unreadable."""
    geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
    if geometry is None:
        raise InputError('{0}: a polygon could not be read (invalid geometry).', role)
    return geometry


def zone_values(sampler, band, geometry, block_rows=None):
    """Finite values of ``band`` of ``sampler`` (:class:`.sampling.RasterSampler`) at pixels inside ``geometry``.

    ``geometry`` is an OGR geometry in the raster CRS; read by strips of ``block_rows`` rows.
    """
    window = polygon_window(sampler.grid, geometry.GetEnvelope())
    if window is None:
        return np.array([])
    column0, row0, ncols, nrows = window
    block_rows = block_rows or rows_per_block(ncols, 3)
    parts = []
    for start, count in iter_blocks(nrows, block_rows):
        mask = polygon_mask(sampler.grid, geometry, column0, row0 + start, ncols, count)
        if not mask.any():
            continue
        values = sampler.window(column0, row0 + start, ncols, count, [band])[0][mask]
        parts.append(values[np.isfinite(values)])
    return np.concatenate(parts) if parts else np.array([])


def zonal_statistics(sampler, band, polygons, threshold=0.0, mode='absolute', monitor=None, block_rows=None):
    """One :func:`zone_statistics` dict per polygon (WKB in the raster CRS; ``None`` → all NULL, count 0)."""
    if not 1 <= band <= sampler.band_count:
        raise InputError('BAND: band {0} does not exist; the raster has {1} band(s).', band, sampler.band_count)
    results = []
    for index, wkb in enumerate(polygons):
        values = np.array([]) if wkb is None else zone_values(sampler, band, to_geometry(wkb), block_rows)
        results.append(zone_statistics(values, threshold, mode))
        if monitor is not None:
            monitor.update((index + 1) / max(1, len(polygons)))
    return results


def polygon_mean_series(sampler, geometry):
    """Mean of every band over the pixels inside ``geometry`` (OGR, raster CRS), NaN skipped.

    Returns (means (n_bands,), number of pixels inside): m_b = (1/n_b) Σ v_bk over
    the n_b valid pixels of band b (NaN where a band has none).
    """
    window = polygon_window(sampler.grid, geometry.GetEnvelope())
    if window is None:
        return np.full(sampler.band_count, np.nan), 0
    mask = polygon_mask(sampler.grid, geometry, *window)
    if not mask.any():
        return np.full(sampler.band_count, np.nan), 0
    return nan_mean(sampler.window(*window)[:, mask], axis=1), int(mask.sum())


def nan_mean(values, axis=0):
    """Mean along ``axis`` of the finite entries of ``values``; NaN (no warning) where there is none."""
    values = np.asarray(values, dtype=float)
    valid = np.isfinite(values)
    with np.errstate(invalid='ignore', divide='ignore'):
        return np.where(valid, values, 0.0).sum(axis=axis) / valid.sum(axis=axis)
