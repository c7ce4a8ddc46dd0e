"""GNSS-based correction of long-wavelength InSAR noise (EGMS level 2b; GSI).

1. Each GNSS velocity (east, north, up) is projected onto the line of sight of
   the InSAR pixel holding the station (SPEC §2 geometry)::

       v_los = ê·v,      σ_los² = (ê_E σ_E)² + (ê_N σ_N)² + (ê_U σ_U)²

2. The InSAR value at a station is the median of the finite pixels whose
   centres lie within ``radius`` metres of it (at least the pixel holding it).
3. A low-order surface S(x, y) — offset, plane or quadratic in the map
   coordinates — is fitted by weighted least squares (weights 1/σ_los²) to
   the differences GNSS − InSAR.  Outlier stations are rejected one at a
   time: while the largest normalised residual |r/σ| exceeds ``threshold``
   times its robust scale 1.4826·median|r/σ| (and enough stations remain),
   that station is dropped and the surface refitted.
4. The corrected raster is InSAR + S; residuals before/after are
   InSAR − GNSS and InSAR + S − GNSS at the stations.

Time series (one band per date, mm): the GNSS displacement at date t_k is
v_los·(t_k − t_0) with t in years since the first date (the GNSS station is
assumed to move at its constant velocity, the same first-date datum as the
series).  One surface is fitted per date, with the same relative weights.
"""
from dataclasses import dataclass, field

import numpy as np

from ..common.errors import InputError
from ..gnss.timeseries import MAD_TO_SIGMA
from ..io.raster_stack import iter_blocks

SURFACES = ('offset', 'plane', 'quadratic')
N_TERMS = {'offset': 1, 'plane': 3, 'quadratic': 6}
#: metres per degree of latitude, for radii on geographic grids
METRES_PER_DEGREE = 111320.0
#: normalised residuals below this are treated as exact (avoids rejecting round-off)
RESIDUAL_FLOOR = 1e-6


def check_surface(kind):
    if kind not in SURFACES:
        raise InputError('SURFACE: "{0}" is not accepted; choose one of {1}.', kind, ', '.join(SURFACES))
    return kind


def station_los(velocity, sigma, unit):
    """LOS value and its 1σ from (east, north, up) values and sigmas and unit vectors at stations."""
    los = sum(v * u for v, u in zip(velocity, unit))
    los_sigma = np.sqrt(sum((s * u) ** 2 for s, u in zip(sigma, unit)))
    return los, los_sigma


@dataclass
class Surface:
    """S(x, y) = Σ c_k·term_k(u, v) with u, v = (x − x₀, y − y₀) / scale."""

    kind: str
    origin: tuple
    scale: float
    coefficients: np.ndarray

    @staticmethod
    def terms(kind, u, v):
        columns = [np.ones_like(u)]
        if kind in ('plane', 'quadratic'):
            columns += [u, v]
        if kind == 'quadratic':
            columns += [u * u, u * v, v * v]
        return np.stack(columns, axis=-1)

    def design(self, x, y):
        u = (np.asarray(x, dtype=float) - self.origin[0]) / self.scale
        v = (np.asarray(y, dtype=float) - self.origin[1]) / self.scale
        return self.terms(self.kind, u, v)

    def __call__(self, x, y):
        return self.design(x, y) @ self.coefficients


def nan_surface(kind, origin, scale):
    return Surface(kind, origin, scale, np.full(N_TERMS[kind], np.nan))


def fit_surface(x, y, values, sigma, kind, origin, scale, threshold=3.0, role='GNSS'):
    """Weighted, outlier-robust fit of a surface to ``values`` at ``x, y``.

    Returns ``(surface, inliers)``; stations with non-finite values are never
    inliers.  Raises :class:`InputError` when too few stations remain or their
    layout cannot determine the surface (e.g. collinear stations for a plane).
    """
    kind = check_surface(kind)
    n_terms = N_TERMS[kind]
    values = np.asarray(values, dtype=float)
    sigma = np.asarray(sigma, dtype=float)
    inliers = np.isfinite(values) & np.isfinite(sigma) & (sigma > 0)
    if inliers.sum() < n_terms:
        raise InputError('{0}: {1} usable station(s) but a {2} needs at least {3}; add stations inside the raster or '
                         'choose a simpler SURFACE.', role, int(inliers.sum()), kind, n_terms)
    surface = Surface(kind, origin, scale, np.zeros(n_terms))
    design = surface.design(x, y)
    while True:
        weights = 1.0 / sigma[inliers]
        matrix = design[inliers] * weights[:, None]
        coefficients, _, rank, _ = np.linalg.lstsq(matrix, values[inliers] * weights, rcond=None)
        if rank < n_terms:
            raise InputError('{0}: the {1} usable stations cannot determine a {2} (they are too few or lie on a '
                             'line); add stations or choose a simpler SURFACE.', role, int(inliers.sum()), kind)
        surface.coefficients = coefficients
        normalised = np.abs(values - design @ coefficients) / sigma
        if inliers.sum() <= n_terms + 1 or 2 * (inliers.sum() - 1) < np.isfinite(values).sum():
            break
        scale_r = max(MAD_TO_SIGMA * np.median(normalised[inliers]), RESIDUAL_FLOOR)
        candidates = np.where(inliers, normalised, -np.inf)
        worst = int(np.argmax(candidates))
        if candidates[worst] <= max(threshold * scale_r, RESIDUAL_FLOOR):
            break
        inliers[worst] = False
    return surface, inliers


def rms(values):
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    return float(np.sqrt(np.mean(values ** 2))) if values.size else float('nan')


def is_geographic(grid):
    return bool(grid.crs_wkt) and bool(grid.crs().IsGeographic())


def station_pixels(grid, x, y):
    """Integer (column, row) of stations and whether each lies inside the raster."""
    col, row = grid.pixel_of(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    inside = (col >= 0) & (col < grid.width) & (row >= 0) & (row < grid.height)
    return np.floor(col).astype(int), np.floor(row).astype(int), inside


def _metres_per_unit(grid, y):
    """(x, y) metres per map unit at latitude ``y`` (geographic) or 1 (projected, metres)."""
    if not is_geographic(grid):
        return 1.0, 1.0
    return METRES_PER_DEGREE * max(np.cos(np.radians(y)), 1e-6), METRES_PER_DEGREE


def sample_stations(stack, x, y, radius, monitor, indices=None, statistic=np.median):
    """``statistic`` (median by default) of ``stack`` bands within ``radius`` metres of each station.

    Returns ``(values, counts)``: ``values`` (n_bands, n_stations) with NaN
    where no finite pixel is near (or the station is outside the raster), and
    ``counts`` the number of finite pixels used (first band).
    """
    grid = stack.grid
    indices = list(range(len(stack)) if indices is None else indices)
    cols, rows, inside = station_pixels(grid, x, y)
    values = np.full((len(indices), len(x)), np.nan)
    counts = np.zeros(len(x), dtype=int)
    dx, dy = grid.pixel_size
    for n in range(len(x)):
        monitor.update(n / max(len(x), 1))
        if not inside[n]:
            continue
        mx, my = _metres_per_unit(grid, y[n])
        reach_c = int(np.ceil(radius / (dx * mx)))
        reach_r = int(np.ceil(radius / (dy * my)))
        col, row = int(cols[n]), int(rows[n])
        c0, c1 = max(0, col - reach_c), min(grid.width, col + reach_c + 1)
        r0, r1 = max(0, row - reach_r), min(grid.height, row + reach_r + 1)
        xs, ys = grid.coordinates(r0, r1 - r0)
        xs, ys = xs[:, c0:c1], ys[:, c0:c1]
        near = np.hypot((xs - x[n]) * mx, (ys - y[n]) * my) <= radius
        near[row - r0, col - c0] = True
        for k, index in enumerate(indices):
            window = stack.read_band(index, r0, r1 - r0)[:, c0:c1][near]
            finite = window[np.isfinite(window)]
            if k == 0:
                counts[n] = finite.size
            if finite.size:
                values[k, n] = statistic(finite)
    monitor.update(1.0)
    return values, counts


def station_unit_vectors(geometry, grid, x, y):
    """Ground-to-satellite unit vectors (east, north, up) at the pixels of stations inside the raster."""
    cols, rows, inside = station_pixels(grid, x, y)
    east, north, up = (np.full(len(x), np.nan) for _ in range(3))
    for n in np.flatnonzero(inside):
        unit = geometry.unit_vectors(int(rows[n]), 1, grid.width)
        east[n], north[n], up[n] = (u[0, cols[n]] for u in unit)
    return east, north, up


@dataclass
class CorrectionResult:
    """Per-band surfaces and per-station values (bands × stations arrays)."""

    surfaces: list
    insar: np.ndarray
    gnss: np.ndarray
    before: np.ndarray
    after: np.ndarray
    inliers: np.ndarray
    fitted: np.ndarray
    failed: list = field(default_factory=list)

    def rms_before(self):
        return rms(self.before[self.inliers])

    def rms_after(self):
        return rms(self.after[self.inliers])

    def outliers(self):
        """Stations rejected in at least half of the fitted bands where they had a value."""
        usable = np.isfinite(self.before[self.fitted])
        rejected = (usable & ~self.inliers[self.fitted]).sum(axis=0)
        return (usable.sum(axis=0) > 0) & (2 * rejected >= usable.sum(axis=0))

    def rejected_bands(self):
        """Per station, the number of fitted bands in which it was rejected."""
        usable = np.isfinite(self.before[self.fitted])
        return (usable & ~self.inliers[self.fitted]).sum(axis=0)


def fit_bands(x, y, insar, gnss_los, sigma, kind, grid, times=None, threshold=3.0, monitor=None,
              role='GNSS'):
    """Fit one surface per band to GNSS − InSAR at the stations.

    ``insar`` (n_bands, n_stations); ``gnss_los`` velocities (mm/yr) at the
    stations; ``times`` (years since the first date) turns them into
    displacements per band (``None``: ``insar`` holds velocities, one band).
    Bands whose stations cannot determine the surface get a NaN surface
    (their index is in ``failed``), unless every band fails.
    """
    origin = grid.centre_of(grid.width / 2.0 - 0.5, grid.height / 2.0 - 0.5)
    scale = max(grid.width * grid.pixel_size[0], grid.height * grid.pixel_size[1]) / 2.0
    velocity_mode = times is None
    gnss = gnss_los[None, :] * (1.0 if velocity_mode else np.asarray(times, dtype=float)[:, None])
    surfaces, inliers, fitted = [], np.zeros(insar.shape, dtype=bool), np.zeros(insar.shape[0], dtype=bool)
    errors = []
    for k in range(insar.shape[0]):
        if monitor is not None:
            monitor.update(k / insar.shape[0])
        difference = gnss[k] - insar[k]
        try:
            surface, inliers[k] = fit_surface(x, y, difference, sigma, kind, origin, scale, threshold, role)
            fitted[k] = velocity_mode or times[k] != 0
        except InputError as error:
            surface = nan_surface(kind, origin, scale)
            errors.append((k, error))
        surfaces.append(surface)
    if len(errors) == insar.shape[0]:
        raise errors[0][1]
    at_stations = np.array([surface(x, y) for surface in surfaces])
    before = insar - gnss
    return CorrectionResult(surfaces, insar, gnss, before, before + at_stations, inliers & fitted[:, None],
                            fitted, [k for k, _ in errors])


def apply_surfaces(stack, surfaces, corrected_writer, surface_writer, block_rows, monitor):
    """Write INPUT + S_k and S_k, band by band, for every block of rows.

    The surfaces share their kind, origin and scale (:func:`fit_bands`), so one design serves all bands.
    """
    grid = stack.grid
    for row0, nrows in iter_blocks(grid.height, block_rows, monitor):
        design = surfaces[0].design(*grid.coordinates(row0, nrows))
        for k, surface in enumerate(surfaces):
            values = design @ surface.coefficients
            surface_writer.write_band(k, row0, values)
            corrected_writer.write_band(k, row0, stack.read_band(k, row0, nrows) + values)
