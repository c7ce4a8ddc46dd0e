"""Mogi source inversion of LOS and GNSS displacements (or velocities).

Unknowns: source position (x₀, y₀), depth d, volume change ΔV and, for LOS
data, nuisance terms: an offset a and optionally a ramp (b_e, b_n)::

    LOS_i = ê_i · u_Mogi(x_i, y_i; x₀, y₀, d, ΔV) + a + b_e (x_i − x_c) + b_n (y_i − y_c)
    GNSS_i = u_Mogi(x_i, y_i; x₀, y₀, d, ΔV)         (east, north, up)

Weighted nonlinear least squares (``scipy.optimize.least_squares``, trust
region with bounds, analytic Jacobian) minimises

    Σ (LOS residual / σ_LOS)² + w_GNSS Σ (GNSS residual / σ_GNSS)²

from several starts (the extreme of the data and quasi-random positions and
depths; ΔV and nuisance terms of each start from a linear fit), keeping the
lowest cost.  Parameter 1σ: C = s² (JᵀJ)⁻¹ with J the weighted Jacobian and
s² = Σr²/(n − p) the reduced χ²; optionally a bootstrap (refits to data
points resampled with replacement).  Both assume independent errors: with
spatially correlated (atmospheric) noise they are lower bounds.

Internally lengths are in km relative to the data centroid and ΔV in 10⁶ m³,
so that all unknowns are of order one.
"""
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import least_squares

from . import sources
from .errors import InputError
from .progress import SILENT

NUISANCE_TERMS = ('none', 'offset', 'ramp')
#: depths of the deterministic starts, as fractions of the data extent
START_DEPTHS = (0.05, 0.15, 0.4)
PARAMETER_NAMES = ('x', 'y', 'depth', 'volume_change')


@dataclass
class GnssData:
    """GNSS displacements: metric coordinates (m), (n, 3) east/north/up values and 1σ (mm)."""

    x: np.ndarray
    y: np.ndarray
    values: np.ndarray
    sigmas: np.ndarray

    def __len__(self):
        return len(self.x)

    def subset(self, index):
        return GnssData(self.x[index], self.y[index], self.values[index], self.sigmas[index])


@dataclass
class MogiSolution:
    """Best Mogi source in metric coordinates (m), m³ (or m³/yr for velocities), with 1σ."""

    x: float
    y: float
    depth: float
    volume_change: float
    sigma: np.ndarray                      # 1σ of x, y, depth, ΔV from the Jacobian (m, m, m, m³)
    nuisance: np.ndarray                   # offset (mm), ramp east and north (mm/km), as estimated
    nuisance_terms: str
    reference: tuple                       # (x_c, y_c) of the ramp, m
    poisson: float
    rms: float                             # all residuals, mm
    rms_los: float = float('nan')
    rms_gnss: float = float('nan')
    n_los: int = 0
    n_gnss: int = 0
    starts: int = 0
    sigma_bootstrap: np.ndarray = field(default_factory=lambda: np.full(4, np.nan))

    def los(self, x, y, east, north, up):
        """Model LOS (mm, same unit as the data) at metric coordinates with unit vector components."""
        ue, un, uu = sources.mogi(x, y, self.x, self.y, self.depth, self.volume_change, self.poisson)
        model = 1000.0 * (ue * east + un * north + uu * up)
        terms = _nuisance_columns((np.asarray(x) - self.reference[0]) / 1000.0,
                                  (np.asarray(y) - self.reference[1]) / 1000.0, self.nuisance_terms)
        for column, coefficient in zip(terms, self.nuisance):
            model = model + coefficient * column
        return model


def mogi_partials(dx, dy, depth, volume, poisson):
    """Mogi displacement (3, n) in mm and its derivatives (3, n, 4) w.r.t. x₀, y₀, d and ΔV.

    Offsets dx = x − x₀, dy = y − y₀ and depth d in km, ΔV in 10⁶ m³, so that
    u = 1000 (1 − ν)/π · ΔV (dx, dy, d)/R³ mm (R² = dx² + dy² + d²).
    """
    r2 = dx * dx + dy * dy + depth * depth
    g = 1000.0 * (1.0 - poisson) / np.pi / r2 ** 1.5            # per unit ΔV
    offsets = np.stack([dx, dy, depth * np.ones_like(dx)])
    u_unit = g * offsets
    gv = g * volume
    # ∂(gV)/∂x₀ = 3gV dx/R², ∂(gV)/∂y₀ = 3gV dy/R², ∂(gV)/∂d = −3gV d/R²
    dg = np.stack([3.0 * gv * dx / r2, 3.0 * gv * dy / r2, -3.0 * gv * depth / r2])
    partials = np.empty((3, dx.size, 4))
    for p in range(3):
        partials[:, :, p] = dg[p] * offsets
    partials[0, :, 0] -= gv
    partials[1, :, 1] -= gv
    partials[2, :, 2] += gv
    partials[:, :, 3] = u_unit
    return volume * u_unit, partials


def _nuisance_columns(xk, yk, terms):
    if terms == 'none':
        return []
    columns = [np.ones_like(xk)]
    if terms == 'ramp':
        columns += [xk, yk]
    return columns


class _Problem:
    """Weighted residuals and Jacobian of the joint LOS + GNSS Mogi problem (internal units)."""

    def __init__(self, los, gnss, poisson, nuisance, los_sigma, gnss_weight, centre):
        self.poisson = poisson
        self.centre = centre
        self.los = los if los is not None and len(los) else None
        self.gnss = gnss if gnss is not None and len(gnss) else None
        self.nuisance = nuisance if self.los is not None else 'none'
        blocks_x, blocks_y = [], []
        if self.los is not None:
            self.lx, self.ly = (self.los.x - centre[0]) / 1000.0, (self.los.y - centre[1]) / 1000.0
            self.l_unit = np.stack([self.los.east, self.los.north, self.los.up])
            self.l_weight = np.full(len(self.los), 1.0 / los_sigma)
            self.columns = np.array(_nuisance_columns(self.lx, self.ly, self.nuisance)).reshape(-1, len(self.los))
            blocks_x.append(self.lx)
            blocks_y.append(self.ly)
        if self.gnss is not None:
            self.gx, self.gy = (self.gnss.x - centre[0]) / 1000.0, (self.gnss.y - centre[1]) / 1000.0
            self.g_valid = np.isfinite(self.gnss.values).T           # (3, n)
            self.g_weight = np.sqrt(gnss_weight) / self.gnss.sigmas.T
            blocks_x.append(self.gx)
            blocks_y.append(self.gy)
        self.n_nuisance = len(_nuisance_columns(np.zeros(1), np.zeros(1), self.nuisance))
        self.n_parameters = 4 + self.n_nuisance
        all_x, all_y = np.concatenate(blocks_x), np.concatenate(blocks_y)
        self.bbox = (all_x.min(), all_x.max(), all_y.min(), all_y.max())

    @property
    def n_observations(self):
        n = len(self.los) if self.los is not None else 0
        return n + (int(self.g_valid.sum()) if self.gnss is not None else 0)

    def split(self, theta):
        return theta[:4], theta[4:]

    def _los_part(self, theta, with_jacobian):
        source, nuisance = self.split(theta)
        u, du = mogi_partials(self.lx - source[0], self.ly - source[1], source[2], source[3], self.poisson)
        model = np.einsum('cn,cn->n', self.l_unit, u) + nuisance @ self.columns
        residual = (model - self.los.value) * self.l_weight
        if not with_jacobian:
            return residual, None
        jac = np.empty((len(self.los), self.n_parameters))
        jac[:, :4] = np.einsum('cn,cnp->np', self.l_unit, du)
        jac[:, 4:] = self.columns.T
        return residual, jac * self.l_weight[:, None]

    def _gnss_part(self, theta, with_jacobian):
        source = theta[:4]
        u, du = mogi_partials(self.gx - source[0], self.gy - source[1], source[2], source[3], self.poisson)
        residual = ((u - self.gnss.values.T) * self.g_weight)[self.g_valid]
        if not with_jacobian:
            return residual, None
        jac = np.zeros((3, len(self.gnss), self.n_parameters))
        jac[:, :, :4] = du
        jac *= self.g_weight[:, :, None]
        return residual, jac[self.g_valid]

    def _parts(self, theta, with_jacobian):
        parts = []
        if self.los is not None:
            parts.append(self._los_part(theta, with_jacobian))
        if self.gnss is not None:
            parts.append(self._gnss_part(theta, with_jacobian))
        return parts

    def residuals(self, theta):
        return np.concatenate([r for r, _ in self._parts(theta, False)])

    def jacobian(self, theta):
        return np.vstack([j for _, j in self._parts(theta, True)])

    def linear_start(self, x0, y0, depth):
        """θ with ΔV and nuisance terms from a linear fit for a given position and depth."""
        theta = np.zeros(self.n_parameters)
        theta[:3] = x0, y0, depth
        theta[3] = 1.0
        jac = self.jacobian(theta)[:, 3:]              # columns: ΔV, nuisance (linear unknowns)
        theta[3] = 0.0
        rhs = -self.residuals(theta)
        theta[3:] = np.linalg.lstsq(jac, rhs, rcond=None)[0]
        return theta

    def bounds(self):
        x0, x1, y0, y1 = self.bbox
        size = max(x1 - x0, y1 - y0, 1.0)
        lower = np.full(self.n_parameters, -np.inf)
        upper = np.full(self.n_parameters, np.inf)
        lower[:3] = x0 - size, y0 - size, 0.01
        upper[:3] = x1 + size, y1 + size, 3.0 * size + 10.0
        return lower, upper, size

    def fit(self, theta0):
        lower, upper, _ = self.bounds()
        margin = 1e-6 * (upper[:3] - lower[:3])
        theta0 = theta0.copy()
        theta0[:3] = np.clip(theta0[:3], lower[:3] + margin, upper[:3] - margin)
        return least_squares(self.residuals, theta0, jac=self.jacobian, bounds=(lower, upper),
                             x_scale='jac', method='trf', max_nfev=300)

    def extreme(self):
        """Position (km) of the largest LOS anomaly, or of the GNSS station moving most."""
        if self.los is not None:
            index = np.argmax(np.abs(self.los.value - np.median(self.los.value)))
            return self.lx[index], self.ly[index]
        index = np.argmax(np.nansum(np.abs(self.gnss.values), axis=1))
        return self.gx[index], self.gy[index]


def _starts(problem, n_starts, rng):
    """Start positions and depths (km): the data extreme and centre at fixed depths, then random ones."""
    _, _, size = problem.bounds()
    x0, x1, y0, y1 = problem.bbox
    extreme = problem.extreme()
    starts = [(extreme[0], extreme[1], f * size) for f in START_DEPTHS]
    starts.append(((x0 + x1) / 2.0, (y0 + y1) / 2.0, START_DEPTHS[1] * size))
    while len(starts) < n_starts:
        depth = size * np.exp(rng.uniform(np.log(0.02), np.log(0.8)))
        starts.append((rng.uniform(x0, x1), rng.uniform(y0, y1), depth))
    return starts[:max(1, n_starts)]


def _covariance(problem, result):
    jac = result.jac
    dof = max(problem.n_observations - problem.n_parameters, 1)
    scale = 2.0 * result.cost / dof
    return scale * np.linalg.pinv(jac.T @ jac)


def _rms(values):
    return float(np.sqrt(np.mean(values * values))) if values.size else float('nan')


def _solution(problem, theta, covariance, los_sigma, gnss_weight, starts):
    scale = np.array([1000.0, 1000.0, 1000.0, 1e6])
    sigma = np.sqrt(np.clip(np.diag(covariance)[:4], 0.0, None)) * scale
    rms_los = rms_gnss = float('nan')
    residuals = []
    if problem.los is not None:
        r_los = problem._los_part(theta, False)[0] * los_sigma
        rms_los = _rms(r_los)
        residuals.append(r_los)
    if problem.gnss is not None:
        r_gnss = problem._gnss_part(theta, False)[0] / (np.sqrt(gnss_weight) / problem.gnss.sigmas.T)[problem.g_valid]
        rms_gnss = _rms(r_gnss)
        residuals.append(r_gnss)
    return MogiSolution(
        x=problem.centre[0] + 1000.0 * theta[0], y=problem.centre[1] + 1000.0 * theta[1],
        depth=1000.0 * theta[2], volume_change=1e6 * theta[3], sigma=sigma, nuisance=np.array(theta[4:]),
        nuisance_terms=problem.nuisance, reference=problem.centre, poisson=problem.poisson,
        rms=_rms(np.concatenate(residuals)), rms_los=rms_los, rms_gnss=rms_gnss,
        n_los=len(problem.los) if problem.los is not None else 0,
        n_gnss=len(problem.gnss) if problem.gnss is not None else 0, starts=starts)


def _check(problem, los_sigma, gnss_weight):
    if problem.los is None and problem.gnss is None:
        raise InputError('LOS, GNSS: no data; give a LOS raster, a GNSS layer or both.')
    if problem.los is not None and not los_sigma > 0:
        raise InputError(f'LOS_SIGMA: {los_sigma:g} mm is not accepted; give the LOS noise, above 0.')
    if problem.gnss is not None:
        if not gnss_weight > 0:
            raise InputError(f'GNSS_WEIGHT: {gnss_weight:g} is not accepted; give a relative weight above 0.')
        bad = problem.g_valid & ~(problem.gnss.sigmas.T > 0)
        if bad.any():
            raise InputError('GNSS: a station has a sigma of 0 or less; sigmas must be positive (mm).')
    if problem.n_observations <= problem.n_parameters:
        raise InputError(f'LOS, GNSS: {problem.n_observations} observations cannot determine '
                         f'{problem.n_parameters} unknowns (x, y, depth, volume change'
                         f'{", nuisance terms" if problem.n_nuisance else ""}); give more data '
                         '(at least two GNSS stations with three components).')


def invert_mogi(los=None, gnss=None, poisson=0.25, nuisance='ramp', los_sigma=5.0, gnss_weight=1.0,
                n_starts=20, n_bootstrap=0, seed=0, monitor=SILENT):
    """Best Mogi source for :class:`~.downsampling.LosPoints` and/or :class:`GnssData` (see module doc).

    Returns a :class:`MogiSolution`; ``monitor`` covers starts and bootstrap.
    """
    if nuisance not in NUISANCE_TERMS:
        raise InputError(f'NUISANCE: "{nuisance}" is not accepted; choose {", ".join(NUISANCE_TERMS)}.')
    if not 0.0 <= poisson < 0.5:
        raise InputError(f'POISSON: {poisson:g} is not accepted; Poisson\'s ratio must be in [0, 0.5).')
    points = [np.column_stack([d.x, d.y]) for d in (los, gnss) if d is not None and len(d)]
    if not points:
        raise InputError('LOS, GNSS: no data; give a LOS raster, a GNSS layer or both.')
    centre = tuple(np.concatenate(points).mean(axis=0))
    problem = _Problem(los, gnss, poisson, nuisance, los_sigma, gnss_weight, centre)
    _check(problem, los_sigma, gnss_weight)
    rng = np.random.default_rng(seed)
    starts = _starts(problem, n_starts, rng)
    work = len(starts) + n_bootstrap
    best = None
    for i, start in enumerate(starts):
        result = problem.fit(problem.linear_start(*start))
        if best is None or result.cost < best.cost:
            best = result
        monitor.update((i + 1) / work)
    solution = _solution(problem, best.x, _covariance(problem, best), los_sigma, gnss_weight, len(starts))
    if n_bootstrap > 0:
        solution.sigma_bootstrap = _bootstrap(los, gnss, problem, best.x, n_bootstrap, rng, monitor,
                                              len(starts), work, (poisson, los_sigma, gnss_weight))
    return solution


def _bootstrap(los, gnss, problem, theta, n_bootstrap, rng, monitor, done, work, settings):
    """Standard deviation of x, y, depth, ΔV over refits to resampled points (m, m, m, m³)."""
    poisson, los_sigma, gnss_weight = settings
    samples = []
    for b in range(n_bootstrap):
        los_b = los.subset(rng.integers(0, len(los), len(los))) if problem.los is not None else None
        gnss_b = gnss.subset(rng.integers(0, len(gnss), len(gnss))) if problem.gnss is not None else None
        resampled = _Problem(los_b, gnss_b, poisson, problem.nuisance, los_sigma, gnss_weight, problem.centre)
        if resampled.n_observations > resampled.n_parameters:
            samples.append(resampled.fit(theta).x[:4])
        monitor.update((done + b + 1) / work)
    if len(samples) < 2:
        return np.full(4, np.nan)
    return np.std(np.array(samples), axis=0, ddof=1) * np.array([1000.0, 1000.0, 1000.0, 1e6])
