"""Plausibility of input values: empty rasters, units, coherence and height ranges.

Checks read little (GDAL's min/max of a band, or a few evenly spaced rows of a
stack) and either raise :class:`InputError` (nothing usable: an all-NaN
raster) or return a warning text (values implausible for the declared unit),
so no run gives a meaningless result without a word.

Units heuristics (values converted to the declared unit, then to mm):

* an interferogram's spatial spread (5th–95th percentile) below 0.1 mm is far
  below any InSAR noise (≥ 1 mm): the values are probably metres declared as
  millimetres (or radians of a tiny wavelength); above 2 m it is larger than
  what an interferogram holds but near the largest earthquakes: millimetres
  declared as metres;
* a DEM whose heights all lie within ±9 (Everest is 8.85 km) with some
  relief is probably in kilometres; heights above 9000 are feet or centimetres;
* velocities compared with GNSS: a spread 100× smaller or larger than the
  GNSS line-of-sight velocities means m/yr against mm/yr.
"""
import math
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from osgeo import gdal

from ..common.errors import InputError, Message
from .raster_stack import FILE_THREADS, display_name, open_dataset

#: interferogram spread [mm] below which values are too small for any InSAR measurement
MIN_INTERFEROGRAM_SPREAD_MM = 0.1
#: interferogram spread [mm] above which values are too large for one interferogram (a 2 m spread is only
#: reached by the largest earthquakes; millimetres read as metres give it for any 2 mm of signal)
MAX_INTERFEROGRAM_SPREAD_MM = 2000.0
#: highest point on Earth [m], and a sea-floor/depression margin
MAX_HEIGHT_M, MIN_HEIGHT_M = 9000.0, -12000.0
#: ratio of spreads (InSAR vs GNSS) taken as a unit mismatch
UNIT_RATIO = 100.0
#: rows read per band by :func:`sample_rows`
SAMPLE_ROWS = 8


class _QuietGdal:
    def __enter__(self):
        gdal.PushErrorHandler('CPLQuietErrorHandler')

    def __exit__(self, *exc):
        gdal.PopErrorHandler()
        return False


def band_has_values(dataset, index):
    """Whether band ``index`` (1-based) of ``dataset`` holds a finite, non-nodata value (GDAL min/max)."""
    band = dataset.GetRasterBand(index)
    with _QuietGdal():
        for approximate in (True, False):
            try:
                low, high = band.ComputeRasterMinMax(approximate)
            except RuntimeError:
                continue
            if math.isfinite(low) or math.isfinite(high):
                return True
    return False


def require_values(paths, role):
    """Raise :class:`InputError` when no band of the rasters ``paths`` holds a finite value.

    Files are checked in order until one has values, so a usable stack costs one
    GDAL min/max; returns the labels of all-empty files seen before that one.
    """
    empty = []
    for path in paths:
        dataset = open_dataset(path, role)
        if any(band_has_values(dataset, index) for index in range(1, dataset.RasterCount + 1)):
            return empty
        empty.append(display_name(path))
    shown = ', '.join(empty[:5]) + (f' and {len(empty) - 5} more' if len(empty) > 5 else '')
    raise InputError('{0}: {1} has no valid pixel: no pixel holds a valid value (every one is NaN or nodata), '
                     'so there is nothing to compute from. Check the nodata value of the raster, or give '
                     'rasters with valid pixels.', role, shown)


def sample_rows(stack, max_bands=24, rows=SAMPLE_ROWS):
    """Values of up to ``max_bands`` evenly spaced bands on ``rows`` evenly spaced rows: (n_bands, rows, width)."""
    height = stack.grid.height
    picked_rows = np.unique(np.linspace(0, height - 1, min(rows, height)).round().astype(int))
    bands = np.unique(np.linspace(0, len(stack) - 1, min(max_bands, len(stack))).round().astype(int))
    return np.stack([np.stack([stack.read_band(int(b), int(r), 1)[0] for r in picked_rows]) for b in bands])


def sample_block_rows(stack, max_bands=24, rows=SAMPLE_ROWS):
    """Values like :func:`sample_rows`, each band read within one row of its blocks: (n_bands, rows, width).

    Rows spread over the whole height touch every block of a tiled file, so each sampled
    band is decompressed almost whole; here band k reads ``rows`` evenly spaced rows of
    block row k (modulo the number of block rows), a quarter of a 1000-row file in
    256-row tiles, and the bands together still span the height.  Files in blocks of
    fewer than ``rows`` rows (strips) are sampled as :func:`sample_rows` does (a row
    costs its strip only).  A block row shorter than ``rows`` repeats some rows.
    """
    height = stack.grid.height
    bands = np.unique(np.linspace(0, len(stack) - 1, min(max_bands, len(stack))).round().astype(int))
    spread_rows = np.linspace(0, height - 1, min(rows, height)).round().astype(int)
    samples = []
    for k, index in enumerate(bands):
        block_height = stack.gdal_band(int(index)).GetBlockSize()[1]
        picked = spread_rows
        if block_height >= rows and height > block_height:
            top = (k % -(-height // block_height)) * block_height
            picked = np.linspace(top, min(height, top + block_height) - 1, len(spread_rows)).round().astype(int)
        samples.append(np.stack([stack.read_band(int(index), int(row), 1)[0] for row in picked]))
    return np.stack(samples)


def spread(values):
    """Median over bands of the 5th–95th percentile range of each band's finite values (NaN if none)."""
    ranges = []
    for band in values.reshape(values.shape[0], -1):
        finite = band[np.isfinite(band)]
        if finite.size >= 2:
            low, high = np.percentile(finite, (5, 95))
            ranges.append(high - low)
    return float(np.median(ranges)) if ranges else math.nan


def interferogram_units_warning(values, units, to_mm, role='INTERFEROGRAMS'):
    """A warning when interferogram ``values`` (in ``units``; ``to_mm`` converts) are implausible, else ``None``."""
    spread_mm = spread(values) * abs(to_mm)
    if not math.isfinite(spread_mm) or spread_mm == 0:
        return None
    if spread_mm < MIN_INTERFEROGRAM_SPREAD_MM:
        return Message('{0}: with UNITS {1} the interferograms vary by only {2:.3g} mm (5–95 % of the pixels), far '
                       'below InSAR noise; if the values are metres, set UNITS to metres (or check WAVELENGTH).',
                       role, units, spread_mm)
    if spread_mm > MAX_INTERFEROGRAM_SPREAD_MM:
        return Message('{0}: with UNITS {1} the interferograms vary by {2:.3g} m (5–95 % of the pixels), more than '
                       'interferograms hold but near the largest earthquakes; if the values are millimetres, set '
                       'UNITS to millimetres (radians: check WAVELENGTH).', role, units, spread_mm / 1000)
    return None


def dem_units_warning(values, unit_type='', role='DEM'):
    """A warning when DEM heights look like kilometres, feet or centimetres instead of metres, else ``None``."""
    finite = values[np.isfinite(values)]
    if finite.size == 0 or unit_type.strip().lower() in ('m', 'metre', 'metres', 'meter', 'meters'):
        return None
    low, high = float(finite.min()), float(finite.max())
    if -1.0 <= low and high <= 9.0 and high - low > 0.05:
        return Message('{0}: heights range from {1:.3g} to {2:.3g}; if these are kilometres, convert the DEM to '
                       'metres (heights must be in metres).', role, low, high)
    if high > MAX_HEIGHT_M or low < MIN_HEIGHT_M:
        return Message('{0}: heights range from {1:.4g} to {2:.4g}, beyond any height on Earth in metres; if they are '
                       'feet or centimetres, convert the DEM to metres.', role, low, high)
    return None


def velocity_units_warning(insar, gnss, role='INPUT', unit='mm/yr'):
    """A warning when InSAR values at stations vary 100× less or more than the GNSS LOS values, else ``None``."""
    both = np.isfinite(insar) & np.isfinite(gnss)
    if both.sum() < 3:
        return None
    insar_spread = float(np.std(insar[both]) + np.abs(np.median(insar[both])))
    gnss_spread = float(np.std(gnss[both]) + np.abs(np.median(gnss[both])))
    if gnss_spread < 0.5 or insar_spread == 0:
        return None
    ratio = insar_spread / gnss_spread
    if ratio < 1.0 / UNIT_RATIO:
        return Message('{0}: the raster values at the stations are about {1:.3g}× smaller than the GNSS line-of-sight '
                       'values ({2:.3g} vs {3:.3g}); the raster must be in {4} like the GNSS — is it in metres?',
                       role, 1 / ratio, insar_spread, gnss_spread, unit)
    if ratio > UNIT_RATIO:
        return Message('{0}: the raster values at the stations are about {1:.3g}× larger than the GNSS line-of-sight '
                       'values ({2:.3g} vs {3:.3g}); both must be in {4} — are the GNSS velocities in m/yr?',
                       role, ratio, insar_spread, gnss_spread, unit)
    return None


def coherence_scales(stack, warn=None):
    """Factor turning each band of a coherence ``stack`` into 0–1: 1/255 for 8-bit (0–255) coherence, else 1.

    Raises :class:`InputError` for coherence outside 0–1 that is not 8-bit
    (GDAL min/max of each band); ``warn(text)`` is told once about scaled bands.
    """
    factors = np.ones(len(stack))
    with ThreadPoolExecutor(max_workers=FILE_THREADS) as pool:   # GDAL decompresses outside the GIL
        found = dict(item for items in pool.map(lambda indices: [(i, _band_range(stack, i)) for i in indices],
                                                stack.indices_by_file().values()) for item in items)
    ranges = [found[index] for index in range(len(stack.bands))]
    for index, (band_info, (low, high, byte)) in enumerate(zip(stack.bands, ranges)):
        if not (math.isfinite(low) and math.isfinite(high)) or (low >= 0.0 and high <= 1.0):
            continue
        if byte and low >= 0.0:
            factors[index] = 1.0 / 255.0
            continue
        raise InputError('{0}: "{1}" holds coherence from {2:g} to {3:g}; coherence must lie between 0 and 1 '
                         '(8-bit rasters 0–255 are scaled). Give coherence rasters, not another quantity.',
                         stack.role, band_info.label, low, high)
    scaled = int((factors != 1.0).sum())
    if scaled and warn is not None:
        warn(f'{stack.role}: {scaled} coherence raster(s) are 8-bit (0–255) and were scaled to 0–1 (÷255).')
    return factors


def _band_range(stack, index):
    """(min, max, 8-bit?) of band ``index`` of ``stack`` (GDAL's approximate min/max; NaN if unknown)."""
    band = stack.gdal_band(index)
    with _QuietGdal():   # GDAL's error handlers are per thread
        try:
            low, high = band.ComputeRasterMinMax(True)
        except RuntimeError:
            return math.nan, math.nan, False
    scale = band.GetScale() or 1.0
    offset = band.GetOffset() or 0.0
    return low * scale + offset, high * scale + offset, band.DataType == gdal.GDT_Byte


def check_coherence(values, factors, stack, indices):
    """Scale coherence ``values`` (K, rows, width) of bands ``indices`` in place; InputError outside 0–1."""
    values *= np.asarray(factors)[list(indices)][:, None, None]
    with np.errstate(invalid='ignore'):
        bad = (values < 0.0) | (values > 1.0 + 1e-6)
    if bad.any():
        k = int(np.flatnonzero(bad.any(axis=(1, 2)))[0])
        value = float(values[k][bad[k]][0])
        raise InputError('{0}: "{1}" holds the coherence {2:g}; coherence must lie between 0 and 1 (8-bit '
                         'rasters 0–255 are scaled). Give coherence rasters, not another quantity.',
                         stack.role, stack.bands[list(indices)[k]].label, value)
    return values
