"""Mogi source inversion of LOS and GNSS displacements (or velocities).

Unknowns: source position (x₀, y₀), depth d, volume change ΔV and, for LOS
data, nuisance terms: an offset a and optionally a ramp (b_e, b_n)::

    LOS_i = ê_i · u_Mogi(x_i, y_i; x₀, y₀, d, ΔV) + a + b_e (x_i − x_c) + b_n (y_i − y_c)
    GNSS_i = u_Mogi(x_i, y_i; x₀, y₀, d, ΔV)         (east, north, up)

Weighted nonlinear least squares (``scipy.optimize.least_squares``, trust
region with bounds, analytic Jacobian) minimises

    r_LOSᵀ C_LOS⁻¹ r_LOS + w_GNSS Σ (GNSS residual / σ_GNSS)²

with C_LOS = σ²_LOS I (independent noise) or an estimated exponential
covariance of atmospheric noise (:mod:`.noise_covariance`); residuals are
whitened with the Cholesky factor of C_LOS.  Several starts (the extreme of
the data and quasi-random positions and depths; ΔV and nuisance terms of
each from a linear fit) are run with independent weights, the lowest cost
wins; with a covariance the best solution is then refined by generalised
least squares.

Parameter 1σ: C = s² (JᵀJ)⁻¹ with J the whitened Jacobian and
s² = Σr²/(n − p) the reduced χ².  Optional bootstrap: refits to points
resampled with replacement (independent noise) or to the best model plus
noise drawn from the covariance (correlated noise, a parametric bootstrap).
With correlated noise treated as independent, both σ are far too small.

Internally lengths are in km relative to the data centroid and ΔV in 10⁶ m³,
so that all unknowns are of order one.
"""
from dataclasses import dataclass, replace

import numpy as np
from scipy.linalg import solve_triangular
from scipy.optimize import least_squares

from ..common.errors import InputError
from ..common.progress import SILENT
from .mogi import mogi
from .noise_covariance import estimate_covariance

NUISANCE_TERMS = ('none', 'offset', 'ramp')
NOISE_MODELS = ('independent', 'exponential')
#: depths of the deterministic starts, as fractions of the data extent
START_DEPTHS = (0.05, 0.15, 0.4)
#: internal units → metres, metres, metres, m³
SCALE = np.array([1000.0, 1000.0, 1000.0, 1e6])


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
    rms_los: float
    rms_gnss: float
    n_los: int
    n_gnss: int
    starts: int
    theta: np.ndarray                      # internal parameter vector (km, 10⁶ m³, nuisance)
    sigma_bootstrap: np.ndarray = None
    covariance: object = None              # NoiseCovariance used, if any

    def los(self, x, y, east, north, up):
        """Model LOS (mm, same unit as the data) at metric coordinates with unit vector components."""
        ue, un, uu = mogi(x, y, self.x, self.y, self.depth, self.volume_change, self.poisson)
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
    gv = g * volume
    # ∂(gV)/∂x₀ = 3gV dx/R², ∂(gV)/∂y₀ = 3gV dy/R², ∂(gV)/∂d = −3gV d/R²
    dg = np.stack([3.0 * gv * dx / r2, 3.0 * gv * dy / r2, -3.0 * gv * depth / r2])
    partials = np.empty((3, dx.size, 4))
    for p in range(3):
        partials[:, :, p] = dg[p] * offsets
    partials[0, :, 0] -= gv
    partials[1, :, 1] -= gv
    partials[2, :, 2] += gv
    partials[:, :, 3] = g * offsets
    return gv * offsets, partials


def _nuisance_columns(xk, yk, terms):
    if terms == 'none':
        return []
    columns = [np.ones_like(xk)]
    if terms == 'ramp':
        columns += [xk, yk]
    return columns


class _Problem:
    """Whitened residuals and Jacobian of the joint LOS + GNSS Mogi problem (internal units).

    ``los_factor`` is the lower Cholesky factor of the LOS covariance (mm²);
    without it the LOS noise is independent with 1σ ``los_sigma``.
    """

    def __init__(self, los, gnss, poisson, nuisance, los_sigma, gnss_weight, centre, los_factor=None):
        self.poisson, self.centre, self.los_sigma, self.los_factor = poisson, centre, los_sigma, los_factor
        self.gnss_weight = gnss_weight
        self.los = los if los is not None and len(los) else None
        self.gnss = gnss if gnss is not None and len(gnss) else None
        self.nuisance = nuisance if self.los is not None else 'none'
        xs, ys = [], []
        if self.los is not None:
            self.lx, self.ly = (self.los.x - centre[0]) / 1000.0, (self.los.y - centre[1]) / 1000.0
            self.l_unit = np.stack([self.los.east, self.los.north, self.los.up])
            self.columns = np.array(_nuisance_columns(self.lx, self.ly, self.nuisance)).reshape(-1, len(self.los))
            xs.append(self.lx)
            ys.append(self.ly)
        if self.gnss is not None:
            self.gx, self.gy = (self.gnss.x - centre[0]) / 1000.0, (self.gnss.y - centre[1]) / 1000.0
            self.g_valid = np.isfinite(self.gnss.values).T           # (3, n)
            self.g_weight = np.sqrt(gnss_weight) / self.gnss.sigmas.T
            xs.append(self.gx)
            ys.append(self.gy)
        self.n_nuisance = len(_nuisance_columns(np.zeros(1), np.zeros(1), self.nuisance))
        self.n_parameters = 4 + self.n_nuisance
        xs, ys = np.concatenate(xs), np.concatenate(ys)
        self.bbox = (xs.min(), xs.max(), ys.min(), ys.max())

    @property
    def n_observations(self):
        n = len(self.los) if self.los is not None else 0
        return n + (int(self.g_valid.sum()) if self.gnss is not None else 0)

    def los_misfit(self, theta, with_jacobian=False):
        """Model − data of the LOS points (mm) and the unwhitened Jacobian."""
        source, nuisance = theta[:4], theta[4:]
        u, du = mogi_partials(self.lx - source[0], self.ly - source[1], source[2], source[3], self.poisson)
        misfit = np.einsum('cn,cn->n', self.l_unit, u) + nuisance @ self.columns - self.los.value
        if not with_jacobian:
            return misfit, None
        jac = np.empty((len(self.los), self.n_parameters))
        jac[:, :4] = np.einsum('cn,cnp->np', self.l_unit, du)
        jac[:, 4:] = self.columns.T
        return misfit, jac

    def gnss_misfit(self, theta, with_jacobian=False):
        """Model − data of the valid GNSS components (mm) and the unwhitened Jacobian."""
        source = theta[:4]
        u, du = mogi_partials(self.gx - source[0], self.gy - source[1], source[2], source[3], self.poisson)
        misfit = (u - self.gnss.values.T)[self.g_valid]
        if not with_jacobian:
            return misfit, None
        jac = np.zeros((3, len(self.gnss), self.n_parameters))
        jac[:, :, :4] = du
        return misfit, jac[self.g_valid]

    def whiten_los(self, array):
        if self.los_factor is None:
            return array / self.los_sigma
        return solve_triangular(self.los_factor, array, lower=True)

    def _parts(self, theta, with_jacobian):
        parts = []
        if self.los is not None:
            misfit, jac = self.los_misfit(theta, with_jacobian)
            parts.append((self.whiten_los(misfit), None if jac is None else self.whiten_los(jac)))
        if self.gnss is not None:
            misfit, jac = self.gnss_misfit(theta, with_jacobian)
            weight = self.g_weight[self.g_valid]
            parts.append((misfit * weight, None if jac is None else jac * weight[:, None]))
        return parts

    def residuals(self, theta):
        return np.concatenate([r for r, _ in self._parts(theta, False)])

    def jacobian(self, theta):
        return np.vstack([j for _, j in self._parts(theta, True)])

    def linear_start(self, x0, y0, depth):
        """θ with ΔV and nuisance terms from a linear fit for a given position and depth."""
        theta = np.zeros(self.n_parameters)
        theta[:4] = x0, y0, depth, 1.0
        jac = self.jacobian(theta)[:, 3:]              # columns: ΔV, nuisance (linear unknowns)
        theta[3] = 0.0
        theta[3:] = np.linalg.lstsq(jac, -self.residuals(theta), rcond=None)[0]
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
        theta0 = np.array(theta0, dtype=float)
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

    def with_data(self, los, gnss, los_factor=None):
        """The same problem (centre, weights, nuisance) on other data."""
        return _Problem(los, gnss, self.poisson, self.nuisance, self.los_sigma, self.gnss_weight, self.centre,
                        los_factor if los_factor is not None else self.los_factor)


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


def _rms(values):
    return float(np.sqrt(np.mean(values * values))) if values.size else float('nan')


def _solution(problem, result, starts):
    theta = result.x
    dof = max(problem.n_observations - problem.n_parameters, 1)
    covariance = 2.0 * result.cost / dof * np.linalg.pinv(result.jac.T @ result.jac)
    los_misfit = problem.los_misfit(theta)[0] if problem.los is not None else np.empty(0)
    gnss_misfit = problem.gnss_misfit(theta)[0] if problem.gnss is not None else np.empty(0)
    return MogiSolution(
        x=problem.centre[0] + 1000.0 * theta[0], y=problem.centre[1] + 1000.0 * theta[1],
        depth=1000.0 * theta[2], volume_change=1e6 * theta[3],
        sigma=np.sqrt(np.clip(np.diag(covariance)[:4], 0.0, None)) * SCALE, nuisance=np.array(theta[4:]),
        nuisance_terms=problem.nuisance, reference=problem.centre, poisson=problem.poisson,
        rms=_rms(np.concatenate([los_misfit, gnss_misfit])), rms_los=_rms(los_misfit), rms_gnss=_rms(gnss_misfit),
        n_los=len(los_misfit), n_gnss=len(problem.gnss) if problem.gnss is not None else 0, starts=starts,
        theta=np.array(theta), sigma_bootstrap=np.full(4, np.nan))


def _check(problem, los_sigma, gnss_weight):
    if problem.los is not None and not los_sigma > 0:
        raise InputError(f'LOS_SIGMA: {los_sigma:g} mm is not accepted; give the LOS noise, above 0.')
    if problem.gnss is not None:
        if not gnss_weight > 0:
            raise InputError(f'GNSS_WEIGHT: {gnss_weight:g} is not accepted; give a relative weight above 0.')
        if (problem.g_valid & ~(problem.gnss.sigmas.T > 0)).any():
            raise InputError('GNSS: a station has a sigma of 0 or less; sigmas must be positive (mm).')
    if problem.n_observations <= problem.n_parameters:
        raise InputError(f'LOS, GNSS: {problem.n_observations} observations cannot determine '
                         f'{problem.n_parameters} unknowns (x, y, depth, volume change'
                         f'{", nuisance terms" if problem.n_nuisance else ""}); give more data '
                         '(for example at least two GNSS stations with three components).')


def _problem(los, gnss, poisson, nuisance, los_sigma, gnss_weight):
    if nuisance not in NUISANCE_TERMS:
        raise InputError(f'NUISANCE: "{nuisance}" is not accepted; choose {", ".join(NUISANCE_TERMS)}.')
    if not 0.0 <= poisson < 0.5:
        raise InputError(f'POISSON: {poisson:g} is not accepted; Poisson\'s ratio must be in [0, 0.5).')
    points = [np.column_stack([d.x, d.y]) for d in (los, gnss) if d is not None and len(d)]
    if not points:
        raise InputError('LOS, GNSS: no data; give a LOS raster, a GNSS layer or both.')
    problem = _Problem(los, gnss, poisson, nuisance, los_sigma, gnss_weight,
                       tuple(np.concatenate(points).mean(axis=0)))
    _check(problem, los_sigma, gnss_weight)
    return problem


def invert_mogi(los=None, gnss=None, poisson=0.25, nuisance='ramp', los_sigma=5.0, gnss_weight=1.0,
                n_starts=20, n_bootstrap=0, seed=0, sample=None, monitor=SILENT):
    """Best Mogi source for :class:`~.downsampling.LosPoints` and/or :class:`GnssData` (see module doc).

    With ``sample`` (single LOS pixels, :class:`~.downsampling.LosPoints`)
    the LOS noise covariance is estimated from the residuals of the first fit
    at these pixels and the solution refined by generalised least squares.
    Returns a :class:`MogiSolution`.
    """
    problem = _problem(los, gnss, poisson, nuisance, los_sigma, gnss_weight)
    rng = np.random.default_rng(seed)
    starts = _starts(problem, n_starts, rng)
    work = len(starts) + n_bootstrap + (1 if sample is not None else 0)
    best = None
    for i, start in enumerate(starts):
        result = problem.fit(problem.linear_start(*start))
        if best is None or result.cost < best.cost:
            best = result
        monitor.update((i + 1) / work)
    covariance = None
    if sample is not None and problem.los is not None:
        first = _solution(problem, best, len(starts))
        residual = sample.value - first.los(sample.x, sample.y, sample.east, sample.north, sample.up)
        covariance = estimate_covariance(sample.x, sample.y, residual)
        problem = problem.with_data(problem.los, problem.gnss, covariance.cholesky(los.x, los.y, los.count))
        best = problem.fit(best.x)
        monitor.update((len(starts) + 1) / work)
    solution = _solution(problem, best, len(starts))
    solution.covariance = covariance
    if n_bootstrap > 0:
        solution.sigma_bootstrap = _bootstrap(problem, solution, n_bootstrap, rng, monitor, work)
    return solution


def _resampled(problem, solution, rng):
    """Bootstrap data: points resampled with replacement, or the model plus correlated noise draws."""
    los, gnss = problem.los, problem.gnss
    if problem.los_factor is None:
        los = los.subset(rng.integers(0, len(los), len(los))) if los is not None else None
        gnss = gnss.subset(rng.integers(0, len(gnss), len(gnss))) if gnss is not None else None
        return problem.with_data(los, gnss)
    model = problem.los_misfit(solution.theta)[0] + los.value
    los = replace(los, value=model + problem.los_factor @ rng.standard_normal(len(los)))
    if gnss is not None:
        values = np.full(gnss.values.shape, np.nan)
        predicted = problem.gnss_misfit(solution.theta)[0] + gnss.values.T[problem.g_valid]
        noise = (gnss.sigmas.T[problem.g_valid]) * rng.standard_normal(predicted.size)
        values.T[problem.g_valid] = predicted + noise
        gnss = replace(gnss, values=values)
    return problem.with_data(los, gnss)


def _bootstrap(problem, solution, n_bootstrap, rng, monitor, work):
    """Standard deviation of x, y, depth, ΔV over bootstrap refits (m, m, m, m³)."""
    samples = []
    done = work - n_bootstrap
    for b in range(n_bootstrap):
        resampled = _resampled(problem, solution, rng)
        if resampled.n_observations > resampled.n_parameters:
            samples.append(resampled.fit(solution.theta).x[:4])
        monitor.update((done + b + 1) / work)
    if len(samples) < 2:
        return np.full(4, np.nan)
    return np.std(np.array(samples), axis=0, ddof=1) * SCALE
