"""Joint nonlinear inversion of several LOS datasets and GNSS displacements for an analytic source model.

Data: any number of LOS datasets d (down-sampled points, each with its own
line-of-sight unit vectors ê and its own noise) and GNSS east/north/up
displacements.  Unknowns θ: the source model's parameters (a
:class:`SourceModel`: Mogi sources, an Okada fault) and, per LOS dataset,
nuisance terms (an offset a_d and optionally a ramp b_d; every dataset has
its own reference and orbit errors)::

    LOS_d,i = ê_i · u(x_i; θ) + a_d + b_e,d (x_i − x_c) + b_n,d (y_i − y_c)
    GNSS_i  = u(x_i; θ)

Misfit: Σ_d r_dᵀ C_d⁻¹ r_d + w Σ (r_GNSS/σ_GNSS)², each dataset whitened by
the Cholesky factor of its own covariance C_d (independent noise σ_d² I, or
an exponential covariance estimated from the covariogram of its residuals at
randomly sampled pixels, :mod:`.noise_covariance`): the relative weights of
ascending, descending and GNSS data follow from their noise.

Search: the source model proposes starts (:meth:`SourceModel.starts`); for
each, the linear amplitudes (volume changes, slip components) and the
nuisance terms come from a linear least-squares fit; the best of them are
refined by bounded trust-region least squares (``scipy.optimize.least_squares``).
With estimated covariances the best solution is refitted by generalised
least squares after the covariances are estimated from its residuals.

Uncertainties: C_θ = s² (JᵀJ)⁻¹, J the whitened Jacobian at the solution;
s² = 1 when every dataset's noise is estimated (the covariances are
absolute), else the reduced χ² Σr²/(n − p) (an assumed σ only fixes relative
weights).  Optional bootstrap: refits to the model plus noise drawn from the
covariances (parametric) or to resampled points (independent noise).

Internal units: lengths in km relative to the data centre, so that
parameters are of order one; data and model in mm.
"""
from dataclasses import dataclass, field, replace

import numpy as np
from scipy.linalg import solve_triangular
from scipy.optimize import least_squares

from ..common.errors import InputError
from ..common.progress import SILENT
from .noise_covariance import estimate_covariance

NUISANCE_TERMS = ('none', 'offset', 'ramp')
#: function evaluations of the brief refinement that screens starts
SCREENING_EVALUATIONS = 12


@dataclass
class GnssData:
    """GNSS displacements: metric coordinates (m), (n, 3) east/north/up values and 1σ (mm); NaN = not observed."""

    x: np.ndarray
    y: np.ndarray
    values: np.ndarray
    sigmas: np.ndarray

    def __len__(self):
        return len(self.x)

    def subset(self, index):
        return GnssData(self.x[index], self.y[index], self.values[index], self.sigmas[index])


@dataclass
class LosData:
    """One LOS dataset: down-sampled :class:`~.downsampling.LosPoints` and how its noise is known.

    ``sigma``: 1σ of a point for independent noise; ``sample``: single pixels
    (LosPoints) from which the covariance is estimated (correlated noise);
    ``covariance``: a given :class:`~.noise_covariance.NoiseCovariance`.
    """

    points: object
    name: str = 'LOS'
    sigma: float = 5.0
    sample: object = None
    covariance: object = None

    @property
    def estimated(self):
        return self.sample is not None or self.covariance is not None


class SourceModel:
    """Interface of a source model in internal units (km, model-specific amplitudes; output mm)."""

    names = ()               # parameter names
    scale = ()               # internal unit → SI (m, m³, degrees …) per parameter

    @property
    def n_parameters(self):
        return len(self.names)

    def displacement(self, theta, x, y, with_partials=False):
        """(3, n) east/north/up (mm) at km coordinates relative to the data centre; partials (3, n, p) too."""
        raise NotImplementedError

    def linear_responses(self, theta, x, y):
        """(3, n, q) displacement per unit of the q linear amplitudes at geometry ``theta``."""
        raise NotImplementedError

    def with_amplitudes(self, theta, amplitudes):
        """``theta`` with the linear amplitudes set (from a linear fit), inside the bounds."""
        raise NotImplementedError

    def bounds(self, problem):
        """(lower, upper) of the model parameters (internal units)."""
        raise NotImplementedError

    def starts(self, problem, count, rng):
        """Up to ``count`` start geometries (model parameter vectors, amplitudes arbitrary)."""
        raise NotImplementedError


def nuisance_columns(x, y, terms):
    """Nuisance columns (offset, ramp east, ramp north per km) at km coordinates."""
    if terms == 'none':
        return np.zeros((0, np.size(x)))
    columns = [np.ones_like(x)]
    if terms == 'ramp':
        columns += [x, y]
    return np.array(columns)


class _Dataset:
    """A LOS dataset in internal units with its whitening."""

    def __init__(self, data, centre, terms, factor=None):
        self.data, self.terms, self.factor = data, terms, factor
        points = data.points
        self.x, self.y = (points.x - centre[0]) / 1000.0, (points.y - centre[1]) / 1000.0
        self.unit = np.stack([points.east, points.north, points.up])
        self.value = np.asarray(points.value, dtype=float)
        self.columns = nuisance_columns(self.x, self.y, terms)

    def whiten(self, array):
        if self.factor is None:
            return array / self.data.sigma
        return solve_triangular(self.factor, array, lower=True)


@dataclass
class JointProblem:
    """Whitened residuals and Jacobian of the joint problem (module docstring)."""

    model: SourceModel
    los: list
    gnss: GnssData
    nuisance: str
    gnss_weight: float
    centre: tuple
    factors: list = None
    datasets: list = field(init=False)

    def __post_init__(self):
        factors = self.factors or [None] * len(self.los)
        self.datasets = [_Dataset(d, self.centre, self.nuisance, f) for d, f in zip(self.los, factors)]
        self.nuisance_slices, start = [], self.model.n_parameters
        for dataset in self.datasets:
            self.nuisance_slices.append(slice(start, start + len(dataset.columns)))
            start += len(dataset.columns)
        self.n_parameters = start
        if self.gnss is not None and len(self.gnss):
            self.gx, self.gy = (self.gnss.x - self.centre[0]) / 1000.0, (self.gnss.y - self.centre[1]) / 1000.0
            self.g_valid = np.isfinite(self.gnss.values).T
            self.g_weight = np.sqrt(self.gnss_weight) / self.gnss.sigmas.T
        else:
            self.gnss = None
        xs = [d.x for d in self.datasets] + ([self.gx] if self.gnss is not None else [])
        ys = [d.y for d in self.datasets] + ([self.gy] if self.gnss is not None else [])
        xs, ys = np.concatenate(xs), np.concatenate(ys)
        self.bbox = (xs.min(), xs.max(), ys.min(), ys.max())
        self.size = max(xs.max() - xs.min(), ys.max() - ys.min(), 1.0)
        # every point of every dataset, so that the model is evaluated once per θ (one call, one cache entry)
        self.all_x, self.all_y = xs, ys
        bounds = np.cumsum([0] + [len(x) for x in (d.x for d in self.datasets)]
                           + ([len(self.gx)] if self.gnss is not None else []))
        self.pieces = [slice(a, b) for a, b in zip(bounds[:-1], bounds[1:])]
        self._cached = (None, None)

    @property
    def n_observations(self):
        return sum(len(d.value) for d in self.datasets) + (int(self.g_valid.sum()) if self.gnss is not None else 0)

    # -- misfit ------------------------------------------------------------------------
    def _model(self, theta, piece, with_partials):
        """Model displacement (and partials) at the points of ``piece`` (a dataset, or GNSS as the last)."""
        key = (np.asarray(theta, dtype=float).tobytes(), with_partials)
        if self._cached[0] != key:
            result = self.model.displacement(theta[:self.model.n_parameters], self.all_x, self.all_y, with_partials)
            self._cached = (key, result if with_partials else (result, None))
        u, du = self._cached[1]
        part = self.pieces[piece]
        return u[:, part], (du[:, part] if du is not None else None)

    def los_misfit(self, theta, k, with_jacobian=False):
        """Model − data (mm) of LOS dataset ``k`` and its unwhitened Jacobian."""
        dataset = self.datasets[k]
        u, du = self._model(theta, k, with_jacobian)
        nuisance = theta[self.nuisance_slices[k]]
        misfit = np.einsum('cn,cn->n', dataset.unit, u) + nuisance @ dataset.columns - dataset.value
        if not with_jacobian:
            return misfit, None
        jac = np.zeros((misfit.size, self.n_parameters))
        jac[:, :self.model.n_parameters] = np.einsum('cn,cnp->np', dataset.unit, du)
        jac[:, self.nuisance_slices[k]] = dataset.columns.T
        return misfit, jac

    def gnss_misfit(self, theta, with_jacobian=False):
        """Model − data (mm) of the observed GNSS components and the unwhitened Jacobian."""
        u, du = self._model(theta, len(self.datasets), with_jacobian)
        misfit = (u - self.gnss.values.T)[self.g_valid]
        if not with_jacobian:
            return misfit, None
        jac = np.zeros((3, len(self.gnss), self.n_parameters))
        jac[:, :, :self.model.n_parameters] = du
        return misfit, jac[self.g_valid]

    def _parts(self, theta, with_jacobian):
        parts = []
        for k, dataset in enumerate(self.datasets):
            misfit, jac = self.los_misfit(theta, k, with_jacobian)
            parts.append((dataset.whiten(misfit), None if jac is None else dataset.whiten(jac)))
        if self.gnss is not None:
            misfit, jac = self.gnss_misfit(theta, with_jacobian)
            weight = self.g_weight[self.g_valid]
            parts.append((misfit * weight, None if jac is None else jac * weight[:, None]))
        return parts

    def residuals(self, theta):
        return np.concatenate([r for r, _ in self._parts(theta, False)])

    def jacobian(self, theta):
        return np.vstack([j for _, j in self._parts(theta, True)])

    # -- linear parts -------------------------------------------------------------------
    def linear_start(self, model_theta):
        """Full θ from a geometry: the model's linear amplitudes and the nuisance terms by linear least squares."""
        model_theta = np.asarray(model_theta, dtype=float)
        blocks, targets = [], []
        everywhere = self.model.linear_responses(model_theta, self.all_x, self.all_y)
        q = everywhere.shape[2]
        for k, dataset in enumerate(self.datasets):
            responses = everywhere[:, self.pieces[k]]
            rows = np.zeros((len(dataset.value), q + self.n_parameters - self.model.n_parameters))
            rows[:, :q] = np.einsum('cn,cnq->nq', dataset.unit, responses)
            offset = q - self.model.n_parameters
            rows[:, self.nuisance_slices[k].start + offset:self.nuisance_slices[k].stop + offset] = dataset.columns.T
            blocks.append(dataset.whiten(rows))
            targets.append(dataset.whiten(dataset.value))
        if self.gnss is not None:
            responses = everywhere[:, self.pieces[-1]]
            rows = np.zeros((3, len(self.gnss), q + self.n_parameters - self.model.n_parameters))
            rows[:, :, :q] = responses
            weight = self.g_weight[self.g_valid]
            blocks.append(rows[self.g_valid] * weight[:, None])
            targets.append(self.gnss.values.T[self.g_valid] * weight)
        design, target = np.vstack(blocks), np.concatenate(targets)
        solution, *_ = np.linalg.lstsq(design, target, rcond=None)
        theta = np.zeros(self.n_parameters)
        theta[:self.model.n_parameters] = self.model.with_amplitudes(model_theta, solution[:q])
        theta[self.model.n_parameters:] = solution[q:]
        cost = float(np.sum((design @ solution - target) ** 2))
        return theta, cost

    # -- fitting -----------------------------------------------------------------------
    def bounds(self):
        lower = np.full(self.n_parameters, -np.inf)
        upper = np.full(self.n_parameters, np.inf)
        lower[:self.model.n_parameters], upper[:self.model.n_parameters] = self.model.bounds(self)
        return lower, upper

    def fit(self, theta0, max_nfev=300):
        lower, upper = self.bounds()
        finite = np.isfinite(lower) & np.isfinite(upper)
        margin = np.where(finite, 1e-9 * (upper - lower), 0.0)
        theta0 = np.clip(np.array(theta0, dtype=float), lower + margin, upper - margin)
        return least_squares(self.residuals, theta0, jac=self.jacobian, bounds=(lower, upper), x_scale='jac',
                             method='trf', max_nfev=max_nfev)

    def with_factors(self, factors):
        return replace(self, factors=factors)

    def with_data(self, los, gnss):
        return replace(self, los=los, gnss=gnss)

    @property
    def absolute_noise(self):
        """Whether every dataset's noise is known in absolute terms (estimated LOS covariances)."""
        return bool(self.los) and all(d.estimated for d in self.los) and self.factors is not None


@dataclass
class JointResult:
    """Best θ (internal units), its covariance, the misfit per dataset and the noise used."""

    theta: np.ndarray
    covariance: np.ndarray
    cost: float
    rms: float
    rms_los: list
    rms_gnss: float
    n_los: list
    n_gnss: int
    starts: int
    noise: list                          # NoiseCovariance or None per LOS dataset
    problem: JointProblem = None
    bootstrap: np.ndarray = None         # standard deviation of θ over bootstrap refits


def _rms(values):
    return float(np.sqrt(np.mean(values * values))) if values.size else float('nan')


def check_signal(los, gnss):
    """:class:`InputError` when no dataset varies: nothing to invert (an all-zero or constant raster)."""
    for data in los:
        values = np.asarray(data.points.value, dtype=float)
        if np.ptp(values) > 1e-9 * max(1.0, float(np.max(np.abs(values)))):
            return
    if gnss is not None and len(gnss) and np.nanmax(np.abs(gnss.values)) > 0:
        return
    names = ', '.join(d.name for d in los) + (', GNSS' if gnss is not None and len(gnss) else '')
    raise InputError('{0}: the data hold no deformation signal (every value is the same, for example an all-zero '
                     'raster); there is no source to find. Check the input layers.', names)


def check_problem(problem):
    for data in problem.los:
        if not data.estimated and not (data.sigma and data.sigma > 0):
            raise InputError('LOS_SIGMA: {0} mm is not accepted for {1}; give the LOS noise, above 0.',
                             data.sigma, data.name)
    if problem.gnss is not None:
        if not problem.gnss_weight > 0:
            raise InputError('GNSS_WEIGHT: {0:g} is not accepted; give a relative weight above 0.',
                             problem.gnss_weight)
        if (problem.g_valid & ~(problem.gnss.sigmas.T > 0)).any():
            raise InputError('{0}: a station has a sigma of 0 or less; sigmas must be positive (mm).', 'GNSS')
    if problem.n_observations <= problem.n_parameters:
        nuisance = problem.n_parameters - problem.model.n_parameters
        if nuisance:
            raise InputError('LOS, GNSS: {0} observations cannot determine {1} unknowns ({2}, {3} nuisance terms); '
                             'give more data (for example more GNSS stations with three components).',
                             problem.n_observations, problem.n_parameters, ', '.join(problem.model.names), nuisance)
        raise InputError('LOS, GNSS: {0} observations cannot determine {1} unknowns ({2}); give more data (for '
                         'example more GNSS stations with three components).',
                         problem.n_observations, problem.n_parameters, ', '.join(problem.model.names))


def build_problem(model, los, gnss, nuisance, gnss_weight):
    """A checked :class:`JointProblem` centred on all data points."""
    if nuisance not in NUISANCE_TERMS:
        raise InputError('NUISANCE: "{0}" is not accepted; choose {1}.', nuisance, ', '.join(NUISANCE_TERMS))
    los = [d for d in (los or []) if d is not None and len(d.points)]
    gnss = gnss if gnss is not None and len(gnss) else None
    points = [np.column_stack([d.points.x, d.points.y]) for d in los]
    if gnss is not None:
        points.append(np.column_stack([gnss.x, gnss.y]))
    if not points:
        raise InputError('LOS, GNSS: no data; give LOS rasters, a GNSS layer or both.')
    check_signal(los, gnss)
    problem = JointProblem(model, los, gnss, nuisance, gnss_weight, tuple(np.concatenate(points).mean(axis=0)))
    check_problem(problem)
    return problem


def _search(problem, n_starts, rng, monitor):
    """Best least-squares result over the model's starts (each completed by the linear fit).

    Models with ``screening`` > 1 propose that many times ``n_starts`` starts; each is first refined
    briefly (:data:`SCREENING_EVALUATIONS`) and only the ``n_starts`` best are refined to convergence.
    """
    screening = getattr(problem.model, 'screening', 1)
    candidates = problem.model.starts(problem, n_starts * screening, rng)
    thetas = [problem.linear_start(start)[0] for start in candidates]
    if screening > 1 and len(thetas) > n_starts:
        quick = []
        for i, theta in enumerate(thetas):
            monitor.check()
            quick.append(problem.fit(theta, max_nfev=SCREENING_EVALUATIONS))
            monitor.update(0.5 * (i + 1) / len(thetas))
        order = np.argsort([result.cost for result in quick])[:n_starts]
        thetas = [quick[i].x for i in order]
    best = None
    for i, theta in enumerate(thetas):
        monitor.check()
        result = problem.fit(theta)
        if best is None or result.cost < best.cost:
            best = result
        monitor.update((0.5 if screening > 1 else 0.0) + (0.5 if screening > 1 else 1.0) * (i + 1) / len(thetas))
    return best, len(candidates)


def estimate_noise(problem, theta):
    """Covariance factors per LOS dataset: given, estimated from residuals at its sampled pixels, or None."""
    factors, noise = [], []
    for k, data in enumerate(problem.los):
        covariance = data.covariance
        if covariance is None and data.sample is not None:
            sample = data.sample
            covariance = estimate_covariance(sample.x, sample.y, sample.value - los_model(
                problem, theta, k, sample.x, sample.y, sample.east, sample.north, sample.up))
        noise.append(covariance)
        factors.append(None if covariance is None else covariance.cholesky(data.points.x, data.points.y,
                                                                           data.points.count))
    return factors, noise


def los_model(problem, theta, k, x, y, east, north, up):
    """Model LOS (mm) of dataset ``k`` (source + its nuisance terms) at map metres ``x, y`` with unit vectors."""
    shape = np.shape(x)
    xk = (np.ravel(x) - problem.centre[0]) / 1000.0
    yk = (np.ravel(y) - problem.centre[1]) / 1000.0
    u = problem.model.displacement(theta[:problem.model.n_parameters], xk, yk)
    unit = np.stack([np.ravel(np.broadcast_to(c, shape)) for c in (east, north, up)])
    value = np.einsum('cn,cn->n', unit, u) + theta[problem.nuisance_slices[k]] @ nuisance_columns(
        xk, yk, problem.nuisance)
    return value.reshape(shape)


def solve(problem, n_starts=20, n_bootstrap=0, seed=0, monitor=SILENT):
    """Multi-start fit, noise estimation and refit, covariance and optional bootstrap: a :class:`JointResult`."""
    rng = np.random.default_rng(seed)
    best, starts = _search(problem, n_starts, rng, monitor.sub(0.0, 0.7))
    noise = [None] * len(problem.los)
    if any(d.estimated for d in problem.los):
        factors, noise = estimate_noise(problem, best.x)
        problem = problem.with_factors(factors)
        best = problem.fit(best.x)
    monitor.update(0.75)
    result = _result(problem, best, starts, noise)
    if n_bootstrap > 0:
        result.bootstrap = bootstrap(problem, result, n_bootstrap, rng, monitor.sub(0.75, 1.0))
    monitor.update(1.0)
    return result


def _result(problem, best, starts, noise):
    theta = best.x
    dof = max(problem.n_observations - problem.n_parameters, 1)
    chi2 = 2.0 * best.cost / dof
    scale = max(1.0, chi2) if problem.absolute_noise else chi2
    jac = problem.jacobian(theta)
    covariance = scale * np.linalg.pinv(jac.T @ jac)
    los_misfits = [problem.los_misfit(theta, k)[0] for k in range(len(problem.datasets))]
    gnss_misfit = problem.gnss_misfit(theta)[0] if problem.gnss is not None else np.empty(0)
    everything = np.concatenate(los_misfits + [gnss_misfit])
    return JointResult(theta=np.array(theta), covariance=covariance, cost=float(best.cost), rms=_rms(everything),
                       rms_los=[_rms(m) for m in los_misfits], rms_gnss=_rms(gnss_misfit),
                       n_los=[m.size for m in los_misfits], n_gnss=len(problem.gnss) if problem.gnss is not None else 0,
                       starts=starts, noise=noise, problem=problem)


def _resampled(problem, result, rng):
    """Bootstrap data: the model plus noise drawn from each dataset's covariance, or resampled points."""
    los = []
    for k, (data, dataset) in enumerate(zip(problem.los, problem.datasets)):
        model = problem.los_misfit(result.theta, k)[0] + dataset.value
        if dataset.factor is not None:
            values = model + dataset.factor @ rng.standard_normal(model.size)
            los.append(replace(data, points=replace(data.points, value=values), sample=None))
        else:
            index = rng.integers(0, model.size, model.size)
            los.append(replace(data, points=data.points.subset(index)))
    gnss = problem.gnss
    if gnss is not None:
        values = np.full(gnss.values.shape, np.nan)
        predicted = problem.gnss_misfit(result.theta)[0] + gnss.values.T[problem.g_valid]
        values.T[problem.g_valid] = predicted + gnss.sigmas.T[problem.g_valid] * rng.standard_normal(predicted.size)
        gnss = replace(gnss, values=values)
    resampled = problem.with_data(los, gnss)
    return resampled.with_factors(problem.factors) if problem.factors is not None else resampled


def bootstrap(problem, result, count, rng, monitor=SILENT):
    """Standard deviation of θ over ``count`` refits to bootstrap data (internal units; NaN when < 2 refits)."""
    samples = []
    for b in range(count):
        monitor.check()
        resampled = _resampled(problem, result, rng)
        if resampled.n_observations > resampled.n_parameters:
            samples.append(resampled.fit(result.theta).x)
        monitor.update((b + 1) / count)
    if len(samples) < 2:
        return np.full(problem.n_parameters, np.nan)
    return np.std(np.array(samples), axis=0, ddof=1)
