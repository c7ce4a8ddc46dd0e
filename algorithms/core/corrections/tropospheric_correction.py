"""Removal of tropospheric delay from a displacement time series (mm, LOS).

Sign: LOS displacement is positive towards the satellite, so a larger delay
(a longer path) looks like motion *away*.  The *tropospheric signal*
``c_k(p)`` written to ``OUTPUT_DELAY`` is in the series' own convention (an
apparent LOS displacement, mm), and the corrected series is
``d_k(p) − c_k(p)``.  Both methods give ``c_0 = 0`` at the first date.

Weather model: from zenith total delays Z_k (one raster per date k), the
relative slant delay of pixel p with respect to the reference r is::

    δ_k(p) = (Z_k(p) − Z_0(p)) / cos θ(p) − (Z_k(r) − Z_0(r)) / cos θ(r)
    c_k(p) = −δ_k(p)                                           [mm]

Without a reference point, the per-date mean of the first term over the valid
pixels is used instead of the reference term.

Phase–elevation: for each date a straight line d_k = a_k + b_k·h is fitted
over the stable, coherent pixels (h from the DEM, m); optionally each
pixel's linear trend in time is removed first, so steady deformation that
correlates with topography (a volcano inflating under its summit) is not
taken for troposphere (the part of the troposphere that is linear in time
then stays in the series).  Then::

    c_k(p) = (b_k − b_0) · (h(p) − h_ref)                       [mm]

with h_ref the height of the reference point, or the mean height of the
fitted pixels.
"""
import os
import shutil
import tempfile

import numpy as np

from ..common import dates as dates_mod
from ..common.errors import InputError
from ..geometry.line_of_sight import GeometrySource
from ..io.raster_stack import RasterStack, check_same_grid, display_name, iter_blocks, open_dataset
from ..io.resampling import warp_to_grid
from .tropospheric_delay import DELAY_BANDS, slant_factor

METHODS = ('weather_model', 'phase_elevation')
ZTD_UNITS = ('metres', 'millimetres')
_UNIT_FACTORS = {'mm': 1.0, 'millimetre': 1.0, 'millimeter': 1.0, 'millimetres': 1.0, 'millimeters': 1.0,
                 'm': 1000.0, 'metre': 1000.0, 'meter': 1000.0, 'metres': 1000.0, 'meters': 1000.0}
#: fewest pixels accepted for a phase–elevation fit
MIN_FIT_PIXELS = 10


class ZtdSeries:
    """Zenith total delays [mm] by date, read by blocks on the grid of the series.

    ``paths``: rasters holding one ZTD per band dated by metadata/description
    or, for single-band files, by the file name (``YYYYMMDD``); outputs of
    troposphericdelay (bands ZHD, ZWD, ZTD, slant) contribute their ZTD band,
    dated by the file name.  Units come from the band unit (m or mm) or
    ``default_units``.  Rasters on another grid are resampled bilinearly to
    ``grid`` (virtual rasters in a temporary folder, removed by :meth:`close`).
    """

    def __init__(self, paths, grid, grid_name, default_units='metres', role='ZTD'):
        if not paths:
            raise InputError('{0}: no raster given; the weather-model method needs one zenith total delay raster per '
                             'date (or choose METHOD phase–elevation).', role)
        self.role = role
        self.entries = {}
        self._folder = None
        default = 1000.0 if default_units == 'metres' else 1.0
        for path in paths:
            original = RasterStack([path], role)
            dataset = open_dataset(path, role)
            units = [dataset.GetRasterBand(i + 1).GetUnitType() for i in range(dataset.RasterCount)]
            dataset = None
            stack = self._on_grid(original, grid, grid_name)
            if tuple(band.description for band in original.bands) == DELAY_BANDS:
                date = dates_mod.find_date(os.path.splitext(display_name(path))[0])
                self._add(date, stack, DELAY_BANDS.index('ZTD'), _UNIT_FACTORS.get(units[2], 1.0), path)
                continue
            for index, band in enumerate(original.bands):
                factor = _UNIT_FACTORS.get((units[index] or '').strip().lower(), default)
                self._add(band.date(), stack, index, factor, band.label)

    def _on_grid(self, stack, grid, grid_name):
        """``stack`` (one file) itself when on ``grid``, else that file resampled onto it."""
        path = stack.paths[0]
        if grid.difference(stack.grid) is None:
            return stack
        if not stack.grid.crs_wkt or not grid.crs_wkt:
            check_same_grid(grid, grid_name, stack.grid, display_name(path), self.role)
        if self._folder is None:
            self._folder = tempfile.mkdtemp(prefix='deformation-ztd-')
        return RasterStack([warp_to_grid(path, grid, self.role, self._folder, single_band=False)], self.role)

    def _add(self, date, stack, index, factor, label):
        if date is None:
            raise InputError('{0}: "{1}" has no date; name single-band ZTD files with the date (YYYYMMDD, e.g. '
                             '20200107.ztd.tif) or give bands the description YYYY-MM-DD.', self.role, label)
        if date in self.entries:
            raise InputError('{0}: date {1} has two ZTD rasters ("{2}" and "{3}"); give one per date.',
                             self.role, date.isoformat(), label, self.entries[date][3])
        self.entries[date] = (stack, index, factor, label)

    def check_dates(self, dates):
        missing = [d.isoformat() for d in dates if d not in self.entries]
        if missing:
            shown = ', '.join(missing[:5]) + (f' and {len(missing) - 5} more' if len(missing) > 5 else '')
            raise InputError('{0}: no zenith total delay for {1}; give one ZTD raster for every date of the time '
                             'series (dated in the file name, YYYYMMDD).', self.role, shown)

    def read(self, date, row0, nrows):
        """ZTD [mm] of ``date`` for a block of rows."""
        stack, index, factor, _ = self.entries[date]
        return stack.read_band(index, row0, nrows) * factor

    def close(self):
        for stack, *_ in self.entries.values():
            stack.close()
        if self._folder:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def _slant_differences(ztd, dates, geometry, row0, nrows, width):
    """(Z_k − Z_0) / cos θ [mm] for every date, shape (n_dates, nrows, width); θ from a GeometrySource."""
    factor = slant_factor(geometry.angles(row0, nrows, width)[0])
    first = ztd.read(dates[0], row0, nrows)
    return np.stack([(ztd.read(d, row0, nrows) - first) * factor for d in dates])


def weather_model_reference(ztd, dates, geometry, grid, reference, block_rows, monitor):
    """Per-date reference slant-delay difference [mm]: at ``reference`` (col, row) or the spatial mean."""
    if reference is not None:
        col, row = reference
        values = _slant_differences(ztd, dates, geometry, row, 1, grid.width)[:, 0, col]
        if not np.all(np.isfinite(values)):
            raise InputError('{0}: the zenith delay is missing (NaN) at the reference point on some dates; choose a '
                             'reference point inside the ZTD coverage.', 'REFERENCE_POINT')
        return values
    total, count = np.zeros(len(dates)), np.zeros(len(dates))
    for row0, nrows in iter_blocks(grid.height, block_rows, monitor):
        block = _slant_differences(ztd, dates, geometry, row0, nrows, grid.width)
        total += np.nansum(block, axis=(1, 2))
        count += np.isfinite(block).sum(axis=(1, 2))
    if not np.all(count > 0):
        raise InputError('{0}: some dates have no valid zenith delay over the raster; check the ZTD coverage.', 'ZTD')
    return total / count


def weather_model_signal(ztd, dates, geometry, reference_values, row0, nrows, width):
    """Tropospheric signal c_k [mm] (apparent LOS displacement) for a block."""
    delta = _slant_differences(ztd, dates, geometry, row0, nrows, width)
    return -(delta - np.asarray(reference_values)[:, None, None])


def detrend_projector(times):
    """Matrix removing the least-squares line a + v·t from a series sampled at ``times``."""
    design = np.column_stack([np.ones(len(times)), times])
    return np.eye(len(times)) - design @ np.linalg.pinv(design)


def stable_mask(height, coherence=None, min_coherence=0.0, mask=None):
    """Pixels usable for the phase–elevation fit: finite height, coherent, inside the mask."""
    usable = np.isfinite(height)
    if coherence is not None:
        usable &= np.isfinite(coherence) & (coherence >= min_coherence)
    if mask is not None:
        usable &= np.isfinite(mask) & (mask != 0)
    return usable


class ElevationFit:
    """Accumulates the sums of a straight-line fit of displacement against height, one line per date."""

    def __init__(self, times, detrend=True):
        self.projector = detrend_projector(np.asarray(times, dtype=float)) if detrend else None
        self.count = 0                   # n (the same pixels for every date)
        self.height_sum = 0.0            # Σh
        self.height_squares = 0.0        # Σh²
        self.data_sum = np.zeros(len(times))     # Σd per date
        self.cross_sum = np.zeros(len(times))    # Σhd per date

    def add(self, series, height, usable):
        """``series`` (n_dates, n_pixels), ``height`` and ``usable`` (n_pixels,)."""
        use = usable & np.all(np.isfinite(series), axis=0)
        d = series[:, use]
        h = height[use]
        if self.projector is not None:
            d = self.projector @ d
        self.count += h.size
        self.height_sum += h.sum()
        self.height_squares += (h * h).sum()
        self.data_sum += d.sum(axis=1)
        self.cross_sum += d @ h

    def slopes(self):
        """b_k [mm/m] for every date; raise when the fit is impossible."""
        n, sh, shh = self.count, self.height_sum, self.height_squares
        if n < MIN_FIT_PIXELS:
            raise InputError('DEM: only {0} pixels are stable, coherent and valid on every date; at least {1} are '
                             'needed for the phase–elevation fit. Lower MIN_COHERENCE or enlarge the MASK.',
                             n, MIN_FIT_PIXELS)
        variance = shh - sh * sh / n
        if not variance > 1e-9 * max(shh, 1.0):
            raise InputError('{0}: the heights of the fitted pixels do not vary, so no phase–elevation relation can '
                             'be fitted; use a DEM with relief, or the weather-model method.', 'DEM')
        return (self.cross_sum - sh * self.data_sum / n) / variance

    def mean_height(self):
        return self.height_sum / self.count


def elevation_signal(slopes, height, reference_height):
    """c_k = (b_k − b_0)(h − h_ref) [mm] for heights ``height``; shape (n_dates, *height.shape)."""
    slopes = np.asarray(slopes, dtype=float)
    relative = np.asarray(height, dtype=float) - reference_height
    return (slopes - slopes[0]).reshape((-1,) + (1,) * relative.ndim) * relative


def _write(series, order, signal_for_block, writers, block_rows, monitor):
    """Second pass: corrected = series − signal, and the signal, block by block."""
    grid = series.grid
    corrected_writer, signal_writer = writers
    for row0, nrows in iter_blocks(grid.height, block_rows, monitor):
        block = series.read(row0, nrows, order)
        signal = signal_for_block(row0, nrows)
        corrected_writer.write(row0, block - signal)
        signal_writer.write(row0, signal)


def correct_with_weather_model(series, order, dates, ztd, incidence, reference, writers, block_rows, monitor):
    """Weather-model correction of ``series`` (bands ``order`` ↔ sorted ``dates``); returns reference values.

    ``incidence`` [deg] is a number or a single-band stack on the grid of the series.
    """
    ztd.check_dates(dates)
    grid = series.grid
    geometry = GeometrySource(incidence, 0.0)
    reference_values = weather_model_reference(ztd, dates, geometry, grid, reference, block_rows,
                                               monitor.sub(0.0, 0.3))

    def signal(row0, nrows):
        return weather_model_signal(ztd, dates, geometry, reference_values, row0, nrows, grid.width)

    _write(series, order, signal, writers, block_rows, monitor.sub(0.3, 1.0))
    return reference_values


def correct_with_elevation(series, order, dates, dem, writers, block_rows, monitor, reference=None,
                           coherence=None, min_coherence=0.0, mask=None, detrend=True):
    """Phase–elevation correction; returns ``(slopes [mm/m], reference height [m])``."""
    grid = series.grid
    fit = ElevationFit(dates_mod.years_since(dates, dates[0]), detrend)
    first = monitor.sub(0.0, 0.5)
    for row0, nrows in iter_blocks(grid.height, block_rows, first):
        block = series.read(row0, nrows, order).reshape(len(order), -1)
        height = dem.read_band(0, row0, nrows).ravel()
        usable = stable_mask(height,
                             None if coherence is None else coherence.read_band(0, row0, nrows).ravel(),
                             min_coherence, None if mask is None else mask.read_band(0, row0, nrows).ravel())
        fit.add(block, height, usable)
    slopes = fit.slopes()
    if reference is not None:
        col, row = reference
        reference_height = dem.read_band(0, row, 1)[0, col]
        if not np.isfinite(reference_height):
            raise InputError('{0}: the DEM has no height (NaN) at the reference point; choose another reference point.',
                             'REFERENCE_POINT')
    else:
        reference_height = fit.mean_height()

    def signal(row0, nrows):
        return elevation_signal(slopes, dem.read_band(0, row0, nrows), reference_height)

    _write(series, order, signal, writers, block_rows, monitor.sub(0.5, 1.0))
    return slopes, reference_height
