"""Spatio-temporal atmospheric filter of an SBAS time series (LiCSBAS step 16, StaMPS' idea).

The turbulent atmosphere of a date is white in time and smooth in space;
displacement is smooth in time.  From the series y_n(x) [mm] the inversion
wrote (first date 0, referred to the reference window), per pixel:

1. the trajectory T = offset + rate·t + Σ steps (the model of ``OUTPUT_VELOCITY``)
   is fitted by least squares and r_n = y_n − T(t_n) is its residual;
2. high-pass in time: h_n = r_n − Σ_m g_nm r_m / Σ_m g_nm with the Gaussian
   g_nm = exp(−(t_n − t_m)²/(2τ²)), τ = ``FILTER_TIME_DAYS`` [days], summed over
   dates on the same side of every step (the filter never crosses a step);

then, per date,

3. low-pass in space: â_n = G_σ * (h_n·v) / G_σ * v, a Gaussian of standard
   deviation σ = ``FILTER_SPACE_M`` [m] truncated at :data:`TRUNCATE` σ, v = 1 on
   solved pixels (NaN-aware normalised convolution); zero outside the grid;
4. referred like the series: a_n = â_n − ⟨â_n⟩_ref − (â_0 − ⟨â_0⟩_ref), ⟨·⟩_ref
   the mean over the reference window, so the corrected series y − a is still 0 on
   the first date and in the reference window.

The correction is applied as y' = y − a; the trajectory products are fitted
again to y'.  Step 3 needs neighbours: a window is read with a halo of
⌈TRUNCATE·σ⌉ pixels, so every output pixel sees the same pixels whatever the
window size (and the same numbers: each 1-D pass sums a pixel's neighbours in
the same order).

Automatic widths (0) come from the data, each where a noise meets a signal, on
pixels of evenly spaced rows (:func:`sample_widths`):

* τ: the temporal structure function of the trajectory residual,
  γ(Δ) = ⟨(r_n − r_m)²⟩ over date pairs binned by Δ = |t_n − t_m| [days], is fitted
  by N + c·Δ² (N: twice the variance of what is white in time — the atmosphere;
  c·Δ²: non-linear displacement, smooth in time); τ = (N/c)^{1/2}, the lag at
  which the displacement changes as much as the atmosphere, clipped to
  [:data:`TIME_INTERVALS` median intervals, half the time span];
* σ: the spatial structure function of h along the rows, D(k) ≈ N + c·k^{2/3}
  (N: twice the variance of the spatially white noise, c·k^{2/3} Kolmogorov
  turbulence, :data:`SPACE_EXPONENT`); σ = (N/c)^{3/2} pixels, the lag at which the atmosphere differs by as much
  as the noise: below it averaging removes noise faster than atmosphere.  It is at
  most :data:`MAX_SPACE_FRACTION` of the grid's smaller side; under
  :data:`MIN_SPACE_PIXELS` (no measurable white noise) there is no spatial
  low-pass (σ = 0: the filter is temporal only).
"""
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, osr
from scipy import ndimage

from ...engine import tiles
from ...engine.executor import run_tiles
from ...engine.tiles import Window
from ...engine.worker_cache import cached
from ..trajectory import fit_trajectories, trajectory_products

#: the spatial Gaussian is cut at this many standard deviations (the halo of a window)
TRUNCATE = 3.0
#: automatic temporal width: at least this many median intervals between acquisitions
TIME_INTERVALS = 3.0
#: automatic spatial width below this [pixels]: no spatial low-pass
MIN_SPACE_PIXELS = 0.5
#: pixels of the sampled rows used for the temporal structure function (evenly spaced)
TIME_SAMPLE = 2000
#: automatic spatial width: at most this share of the grid's smaller side
MAX_SPACE_FRACTION = 0.125
#: rows sampled for the automatic widths
SAMPLE_ROWS = 16
#: lags [pixels] of the structure function for the automatic spatial width
LAGS = (1, 2, 3, 4, 6, 8)
#: exponent of the atmosphere's spatial structure function, D ∝ k^{β−2} with Kolmogorov's β = 8/3
#: (Hanssen 2001): a free exponent would trade the noise nugget for a flat power law
SPACE_EXPONENT = 2.0 / 3.0
#: exponent of a smooth displacement's temporal structure function (∝ Δ² at short lags)
TIME_EXPONENT = 2.0
#: radius of the sphere for geographic pixel sizes [m]
EARTH_RADIUS_M = 6371000.0
#: normalised-convolution weight below which a pixel has no estimate (too few solved neighbours)
MIN_SUPPORT = 1e-3


def temporal_highpass_matrix(days, step_index=(), width_days=0.0):
    """(N, N) matrix H with h = H·r: the Gaussian high-pass in time of step 2 (module docstring).

    ``days`` (N,) since the first date; ``step_index``: first date on or after each step
    (segments the filter does not cross); ``width_days`` τ > 0.
    """
    days = np.asarray(days, dtype=np.float64)
    segment = np.searchsorted(np.sort(np.asarray(step_index, dtype=np.int64)), np.arange(len(days)), side='right')
    gauss = np.exp(-0.5 * ((days[:, None] - days[None, :]) / float(width_days)) ** 2)
    gauss *= segment[:, None] == segment[None, :]
    lowpass = gauss / gauss.sum(axis=1, keepdims=True)
    return np.eye(len(days)) - lowpass


def gaussian_kernel(sigma_pixels):
    """1-D Gaussian (2R+1,) normalised to sum 1, R = ⌈TRUNCATE·σ⌉ (σ in pixels; 0: the identity (1,))."""
    if not sigma_pixels > 0:
        return np.ones(1)
    radius = halo_pixels(sigma_pixels)
    offsets = np.arange(-radius, radius + 1, dtype=np.float64)
    kernel = np.exp(-0.5 * (offsets / float(sigma_pixels)) ** 2)
    return kernel / kernel.sum()


def halo_pixels(sigma_pixels):
    """Halo of a window [pixels]: the radius ⌈TRUNCATE·σ⌉ of the spatial kernel."""
    return int(np.ceil(TRUNCATE * float(sigma_pixels))) if sigma_pixels > 0 else 0


def spatial_lowpass(values, sigma_pixels):
    """NaN-aware Gaussian low-pass of (N, rows, cols) per band: G*(h·v)/G*v (step 3), NaN where unsupported."""
    kernel = gaussian_kernel(sigma_pixels)
    valid = np.isfinite(values).all(axis=0)
    support = _separable(valid.astype(np.float64), kernel)
    out = np.empty_like(values, dtype=np.float64)
    filled = np.where(valid, values, 0.0)
    for n in range(values.shape[0]):
        out[n] = _separable(filled[n], kernel)
    with np.errstate(invalid='ignore', divide='ignore'):
        out /= support
    out[:, ~(valid & (support > MIN_SUPPORT))] = np.nan
    return out


def _separable(image, kernel):
    """Correlation of a 2-D image with ``kernel`` along rows then columns, zero outside the image."""
    rows = ndimage.correlate1d(image, kernel, axis=0, mode='constant', cval=0.0)
    return ndimage.correlate1d(rows, kernel, axis=1, mode='constant', cval=0.0)


def trajectory_residual(design, series):
    """(fit, residual (n_pix, N)) of the trajectory ``design`` fitted to ``series`` (n_pix, N)."""
    fit = fit_trajectories(design, series)
    return fit, series - np.einsum('pk,nk->pn', fit.coefficients, design, optimize=False)


def highpass_residual(design, highpass, series):
    """Step 1–2 for pixels (n_pix, N): the high-pass in time of the trajectory residual."""
    _, residual = trajectory_residual(design, series)
    return np.einsum('pm,nm->pn', residual, highpass, optimize=False)


def power_law_fit(lags, values, exponent):
    """(N, c, p) of the least-squares fit values ≈ N + c·lag^p, p = ``exponent`` (N ≥ 0), or ``None``
    (fewer than two values or no increase with the lag)."""
    lags, values = np.asarray(lags, dtype=np.float64), np.asarray(values, dtype=np.float64)
    ok = np.isfinite(values)
    if ok.sum() < 2:
        return None
    power, values = lags[ok] ** exponent, values[ok]
    nugget, slope = np.linalg.lstsq(np.column_stack([np.ones(len(power)), power]), values, rcond=None)[0]
    if nugget < 0:   # nothing white: the power law alone
        nugget, slope = 0.0, float(np.dot(power, values) / np.dot(power, power))
    return None if not slope > 0 else (float(nugget), float(slope), float(exponent))


def crossing(fit):
    """Lag at which the power law c·lag^p equals the nugget N, (N/c)^{1/p} (0 without a nugget, ∞ without
    a power law)."""
    if fit is None:
        return np.inf
    nugget, slope, p = fit
    return (nugget / slope) ** (1.0 / p) if nugget > 0 else 0.0


def temporal_structure(residual, days):
    """(bin centres [days], γ [mm²]): mean (r_n − r_m)² of ``residual`` (n_pix, N) over date pairs binned by
    |t_n − t_m| in steps of the median interval, up to half the time span."""
    days = np.asarray(days, dtype=np.float64)
    width = float(np.median(np.diff(days)))
    n, m = np.triu_indices(len(days), 1)
    lag = days[m] - days[n]
    keep = lag <= 0.5 * (days[-1] - days[0])
    n, m, lag = n[keep], m[keep], lag[keep]
    squared = np.nanmean((residual[:, m] - residual[:, n]) ** 2, axis=0) if len(residual) else np.full(len(n), np.nan)
    bins = np.floor(lag / width + 0.5).astype(np.int64)
    centres, values = [], []
    for b in np.unique(bins):
        chosen = (bins == b) & np.isfinite(squared)
        if chosen.any():
            centres.append(float(lag[chosen].mean()))
            values.append(float(squared[chosen].mean()))
    return np.asarray(centres), np.asarray(values)


def automatic_time_days(days, residual=None):
    """τ [days] from the temporal structure of the trajectory residual (module docstring); without
    ``residual``, :data:`TIME_INTERVALS` median intervals."""
    days = np.asarray(days, dtype=np.float64)
    shortest = TIME_INTERVALS * float(np.median(np.diff(days)))
    longest = max(shortest, 0.5 * float(days[-1] - days[0]))
    if residual is None or not len(residual):
        return shortest
    fit = power_law_fit(*temporal_structure(residual, days), TIME_EXPONENT)
    return float(np.clip(crossing(fit), shortest, longest))


def structure_function(rows_of_values, lags=LAGS):
    """D(k) [mm²] = mean of (h(x + k) − h(x))² along rows, over dates and rows (NaN pairs skipped)."""
    values = []
    for lag in lags:
        total, count = 0.0, 0
        for row in rows_of_values:   # (N, width)
            if row.shape[-1] <= lag:
                continue
            difference = row[:, lag:] - row[:, :-lag]
            ok = np.isfinite(difference)
            total += float(np.sum(difference[ok] ** 2))
            count += int(ok.sum())
        values.append(total / count if count else np.nan)
    return np.asarray(values)


def automatic_space_pixels(structure, lags=LAGS, largest=np.inf):
    """σ [pixels] where the atmosphere's power law meets the white noise in D(k) (module docstring)."""
    sigma = crossing(power_law_fit(lags, structure, SPACE_EXPONENT))
    if not np.isfinite(sigma):   # no spatially correlated part: the widest allowed
        sigma = largest
    sigma = float(min(sigma, largest))
    return 0.0 if sigma < MIN_SPACE_PIXELS else sigma


class SeriesReader:
    """Windows (with a halo) of a time-series GeoTIFF, as float64 with NaN for nodata."""

    def __init__(self, path):
        self.path = path
        self.dataset = gdal.Open(path, gdal.GA_ReadOnly)
        self.height, self.width = self.dataset.RasterYSize, self.dataset.RasterXSize

    def read(self, row0, nrows, col0, ncols):
        data = self.dataset.ReadAsArray(col0, row0, ncols, nrows, buf_type=gdal.GDT_Float64)
        data = np.asarray(data, dtype=np.float64).reshape(-1, nrows, ncols)
        for n in range(data.shape[0]):
            nodata = self.dataset.GetRasterBand(n + 1).GetNoDataValue()
            if nodata is not None and np.isfinite(nodata):
                data[n][data[n] == nodata] = np.nan
        return data

    def close(self):
        self.dataset = None


def expanded(window, halo, height, width):
    """The window grown by ``halo`` pixels on each side, clipped to the grid: (Window, row offset, col offset)."""
    row0, col0 = max(0, window.row0 - halo), max(0, window.col0 - halo)
    row1 = min(height, window.row0 + window.nrows + halo)
    col1 = min(width, window.col0 + window.ncols + halo)
    return Window(row0, col0, row1 - row0, col1 - col0), window.row0 - row0, window.col0 - col0


@dataclass
class FilterTiles:
    """Second pass over the series written by the inversion: filter, correct, refit (a tile task).

    ``reference_offset`` (N,) is ⟨â_n⟩_ref − ... of step 4, computed once by the client
    (:func:`reference_offset`); ``products`` names the outputs to compute.
    """

    series_path: str
    design: np.ndarray
    highpass: np.ndarray
    sigma_pixels: float
    model: object
    products: tuple
    reference_offset: np.ndarray = None
    reader: object = field(default=None, repr=False, compare=False)

    def __getstate__(self):
        state = dict(self.__dict__)
        state['reader'] = None
        return state

    @property
    def halo(self):
        return halo_pixels(self.sigma_pixels)

    def _reader(self):
        if self.reader is not None:
            return self.reader
        return cached(('sbas-filter', self.series_path), lambda: SeriesReader(self.series_path))

    def load(self, window):
        reader = self._reader()
        outer, dr, dc = expanded(window, self.halo, reader.height, reader.width)
        return reader.read(outer.row0, outer.nrows, outer.col0, outer.ncols), (dr, dc)

    def atmosphere(self, block):
        """â (N, rows, cols) of a block of the series (N, rows, cols): steps 1–3."""
        n_dates, rows, cols = block.shape
        pixels = block.reshape(n_dates, -1).T
        valid = np.isfinite(pixels).all(axis=1)
        highpass = np.full(pixels.shape, np.nan)
        if valid.any():
            highpass[valid] = highpass_residual(self.design, self.highpass, pixels[valid])
        return spatial_lowpass(highpass.T.reshape(n_dates, rows, cols), self.sigma_pixels)

    def compute(self, window, loaded):
        """(any pixel valid, {product: (bands, nrows, ncols) float32}) of the corrected series."""
        block, (dr, dc) = loaded
        inner = (slice(None), slice(dr, dr + window.nrows), slice(dc, dc + window.ncols))
        atmosphere = self.atmosphere(block)[inner]
        series = block[inner]
        atmosphere -= self.reference_offset[:, None, None]
        atmosphere -= atmosphere[:1]
        atmosphere[:, ~np.isfinite(series).all(axis=0)] = np.nan
        corrected = series - np.where(np.isfinite(atmosphere), atmosphere, 0.0)
        n_dates = series.shape[0]
        products = {}
        if 'timeseries' in self.products:
            products['timeseries'] = corrected
        if 'atmosphere_filter' in self.products:
            products['atmosphere_filter'] = atmosphere
        if 'velocity' in self.products:
            fit = fit_trajectories(self.design, corrected.reshape(n_dates, -1).T)
            products['velocity'] = trajectory_products(self.model, fit)
        shape = (-1, window.nrows, window.ncols)
        products = {name: np.asarray(array, dtype=np.float32).reshape(shape) for name, array in products.items()}
        return bool(np.isfinite(corrected).any()), products


def reference_offset(task, reference, height, width):
    """(N,) ⟨â_n⟩ over the reference window (pixels with an estimate; 0 where none): step 4."""
    r0, c0 = max(0, reference.row - reference.radius), max(0, reference.column - reference.radius)
    r1 = min(height, reference.row + reference.radius + 1)
    c1 = min(width, reference.column + reference.radius + 1)
    window = Window(r0, c0, r1 - r0, c1 - c0)
    block, (dr, dc) = task.load(window)
    atmosphere = task.atmosphere(block)[:, dr:dr + window.nrows, dc:dc + window.ncols].reshape(block.shape[0], -1)
    ok = np.isfinite(atmosphere).all(axis=0)
    return atmosphere[:, ok].mean(axis=1) if ok.any() else np.zeros(block.shape[0])


def sample_rows(height, n_rows=SAMPLE_ROWS):
    """Evenly spaced row indices for the automatic widths."""
    return np.unique(np.round(np.linspace(0, height - 1, min(n_rows, height))).astype(int))


def sample_widths(reader, days, design, step_index, time_days=0.0, space_pixels=None, largest_pixels=np.inf):
    """(τ [days], σ [pixels]) for the filter: the given ones, or the automatic ones (module docstring)
    from :data:`SAMPLE_ROWS` evenly spaced rows of the series (``space_pixels`` ``None`` = automatic)."""
    rows = sample_rows(reader.height)
    if not time_days > 0:
        per_row = max(1, TIME_SAMPLE // len(rows))
        kept = []
        for row in rows:
            pixels = reader.read(int(row), 1, 0, reader.width)[:, 0, :].T
            pixels = pixels[np.isfinite(pixels).all(axis=1)]
            if len(pixels):
                pick = np.unique(np.linspace(0, len(pixels) - 1, min(per_row, len(pixels))).astype(int))
                kept.append(trajectory_residual(design, pixels[pick])[1])
        time_days = automatic_time_days(days, np.vstack(kept) if kept else None)
    if space_pixels is None:
        highpass = temporal_highpass_matrix(days, step_index, time_days)
        values = []
        for row in rows:
            block = reader.read(int(row), 1, 0, reader.width)[:, 0, :]
            pixels = block.T
            valid = np.isfinite(pixels).all(axis=1)
            out = np.full(pixels.shape, np.nan)
            if valid.any():
                out[valid] = highpass_residual(design, highpass, pixels[valid])
            values.append(out.T)
        space_pixels = automatic_space_pixels(structure_function(values), largest=largest_pixels)
    return float(time_days), float(space_pixels)


def pixel_metres(grid):
    """(x, y) size of a pixel of ``grid`` [m] at its centre: geographic degrees converted on the sphere
    (R = 6 371 km), projected units by their linear unit; metres when the grid has no CRS."""
    dx, dy = grid.pixel_size
    if not grid.crs_wkt:
        return dx, dy
    srs = osr.SpatialReference()
    if srs.ImportFromWkt(grid.crs_wkt) != 0:
        return dx, dy
    if srs.IsGeographic():
        x0, _, _, y0, _, gy = grid.geotransform
        latitude = np.radians(y0 + gy * grid.height / 2.0)
        metre_per_degree = np.pi * EARTH_RADIUS_M / 180.0
        return dx * metre_per_degree * max(np.cos(latitude), 1e-6), dy * metre_per_degree
    factor = srs.GetLinearUnits() or 1.0
    return dx * factor, dy * factor


def filter_windows(height, width, n_dates, n_bands, halo, memory_mb, block_rows, reserved_bytes):
    """Windows of the filter pass: sized by the budget for their arrays *with* the halo around them."""
    bytes_per_pixel = 8 * (9 * n_dates + n_bands + 16)
    scaled = bytes_per_pixel
    windows = []
    for _ in range(6):
        windows = tiles.plan(height, width, scaled, memory_mb, block_rows, reserved_bytes)
        first = windows[0]
        grown = min(height, first.nrows + 2 * halo) * min(width, first.ncols + 2 * halo)
        inflation = grown / float(first.size)
        if block_rows or inflation * bytes_per_pixel <= 1.05 * scaled:
            break
        scaled = int(np.ceil(inflation * bytes_per_pixel))
    return windows


@dataclass
class FilterSettings:
    """What the filter pass needs besides the series: widths given (0 = automatic) and the window plan."""

    time_days: float = 0.0
    space_m: float = 0.0
    memory_mb: int = 0
    block_rows: int = 0
    cache_bytes: int = 0


def filter_widths(series_path, grid, dates, model, step_index, settings):
    """(τ [days], σ [pixels], σ [m]) of the filter: the given widths or the automatic ones (module docstring)."""
    days = days_since_first(dates)
    size_x, size_y = pixel_metres(grid)
    pixel = float(np.sqrt(size_x * size_y))
    reader = SeriesReader(series_path)
    try:
        largest = MAX_SPACE_FRACTION * min(grid.height, grid.width)
        given_space = settings.space_m / pixel if settings.space_m > 0 else None
        time_days, space_pixels = sample_widths(reader, days, model.design_matrix(dates), step_index,
                                                settings.time_days, given_space, largest)
    finally:
        reader.close()
    return time_days, space_pixels, space_pixels * pixel


def days_since_first(dates):
    """(N,) days of ``dates`` since the first one."""
    return np.array([(d - dates[0]).days for d in dates], dtype=np.float64)


def run_filter(series_path, grid, dates, model, step_index, reference, widths, settings, writers, monitor,
               engine=None):
    """The filter pass (module docstring) over the series at ``series_path`` with ``widths`` = (τ [days],
    σ [pixels]); products go to ``writers`` (:class:`..engine.executor.WindowWriters` of ``timeseries``,
    ``velocity``, ``atmosphere_filter``)."""
    time_days, space_pixels = widths
    design = model.design_matrix(dates)
    highpass = temporal_highpass_matrix(days_since_first(dates), step_index, time_days)
    reader = SeriesReader(series_path)
    try:
        task = FilterTiles(series_path, design, highpass, space_pixels, model, tuple(writers.writers), None, reader)
        task.reference_offset = reference_offset(task, reference, grid.height, grid.width)
        n_bands = sum(len(w.band_names) for w in writers.writers.values())
        windows = filter_windows(grid.height, grid.width, len(dates), n_bands, task.halo, settings.memory_mb,
                                 settings.block_rows, settings.cache_bytes)
        run_tiles(task, windows, writers, monitor, engine)
    finally:
        reader.close()
