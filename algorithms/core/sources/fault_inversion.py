"""Uniform-slip rectangular fault (Okada 1985) from LOS datasets and GNSS offsets: bounded multi-start inversion.

Unknowns (the joint problem of :mod:`.joint`): the top-edge centre (x, y) and
its depth d, strike φ, dip δ, length L, width W, slip s and rake λ (the SPEC
convention of :func:`.okada.okada`), plus each LOS dataset's nuisance terms::

    u(x) = s · (cos λ · G₁(x; geometry) + sin λ · G₂(x; geometry))

G₁, G₂ the Okada surface displacements of unit strike-slip and dip-slip.
For a given geometry u is linear in (s cos λ, s sin λ) and in the nuisance
terms, so the search is:

1. a global stage: :data:`CANDIDATES_PER_START` × ``n_starts`` geometries
   drawn within the bounds (position uniform, strike and dip uniform,
   length, width and depth log-uniform), each completed by the linear fit of
   slip, rake and nuisance terms and scored by its misfit;
2. the ``n_starts`` best distinct candidates refined by bounded
   trust-region least squares over all parameters (Jacobian: analytic in
   slip and rake, forward differences in the geometry).

Strike and rake are free angles when their bounds span 360° (then reported
in [0°, 360°) and (−180°, 180°]); slip ≥ 0.  Uncertainties as in :mod:`.joint`
(the full data covariance); the centroid's 1σ by first-order propagation.
Seismic moment M₀ = μ L W s, M_w = (2/3)(log₁₀ M₀ − 9.1) (M₀ in N·m).

Internal units: km for positions and dimensions, degrees for angles, m for slip.
"""
from dataclasses import dataclass

import numpy as np

from ..common.errors import InputError
from ..common.progress import SILENT
from .joint import SourceModel, build_problem, solve
from .okada import centroid_from_top_edge, fault_corners, okada_unit_responses

#: parameter names and internal → SI factors
NAMES = ('x', 'y', 'depth', 'strike', 'dip', 'length', 'width', 'slip', 'rake')
SCALE = np.array([1000.0, 1000.0, 1000.0, 1.0, 1.0, 1000.0, 1000.0, 1.0, 1.0])
#: geometry parameters (differentiated numerically) and their forward-difference steps (internal units)
GEOMETRY = slice(0, 7)
STEPS = np.array([1e-4, 1e-4, 1e-4, 1e-4, 1e-4, 1e-4, 1e-4])
#: global-stage geometries per local refinement
CANDIDATES_PER_START = 30


@dataclass
class FaultBounds:
    """Bounds of the fault parameters (SI: metres, degrees; position None = the data extent ± a quarter)."""

    x: tuple = None
    y: tuple = None
    depth: tuple = (0.0, 20000.0)
    strike: tuple = (0.0, 360.0)
    dip: tuple = (1.0, 90.0)
    length: tuple = (1000.0, 100000.0)
    width: tuple = (1000.0, 50000.0)
    slip: tuple = (0.0, 50.0)
    rake: tuple = (-180.0, 180.0)

    def check(self):
        for name in NAMES:
            limits = getattr(self, name)
            if limits is None:
                continue
            low, high = limits
            if not (np.isfinite(low) and np.isfinite(high) and low < high):
                raise InputError('{0}_MIN, {0}_MAX: {1:g} to {2:g} is not a range; give a minimum below the maximum.',
                                 name.upper(), low, high)
        if not self.depth[0] >= 0:
            raise InputError('DEPTH_MIN: the top edge cannot be above the surface (depth ≥ 0).')
        if not (0 <= self.dip[0] and self.dip[1] <= 90):
            raise InputError('DIP_MIN, DIP_MAX: dips are between 0° and 90° (the fault dips to the right of its '
                             'strike).')
        if not (self.length[0] > 0 and self.width[0] > 0):
            raise InputError('LENGTH_MIN, WIDTH_MIN: dimensions must be above 0.')
        if not self.slip[0] >= 0:
            raise InputError('SLIP_MIN: slip is a magnitude (≥ 0); the rake gives its direction.')

    def periodic(self, name):
        low, high = getattr(self, name)
        return name in ('strike', 'rake') and high - low >= 360.0 - 1e-9


class OkadaModel(SourceModel):
    """One uniform-slip rectangle: θ = (x, y, d, φ, δ, L, W, s, λ) in km, degrees and m (module docstring)."""

    names = NAMES
    scale = SCALE
    #: starts screened by a brief refinement per start refined to convergence (:func:`.joint._search`)
    screening = 3

    def __init__(self, bounds, poisson=0.25):
        self.limits, self.poisson = bounds, poisson

    def _responses(self, theta, x, y):
        """(3, n, 2): mm per metre of strike-slip and of dip-slip at km coordinates."""
        x0, y0, depth, strike, dip, length, width = theta[:7]
        xs, ys = np.ravel(x) * 1000.0, np.ravel(y) * 1000.0
        responses = okada_unit_responses(xs, ys, x0 * 1000.0, y0 * 1000.0, max(depth, 0.0) * 1000.0, strike, dip,
                                         length * 1000.0, width * 1000.0, self.poisson)
        return 1000.0 * np.moveaxis(responses, 0, -1)

    def displacement(self, theta, x, y, with_partials=False):
        slip, rake = theta[7], np.radians(theta[8])
        direction = np.array([np.cos(rake), np.sin(rake)])
        responses = self._responses(theta, x, y)
        u = slip * responses @ direction
        if not with_partials:
            return u
        partials = np.empty(u.shape + (9,))
        for k in range(7):
            shifted = np.array(theta, dtype=float)
            shifted[k] += STEPS[k]
            partials[:, :, k] = (slip * self._responses(shifted, x, y) @ direction - u) / STEPS[k]
        partials[:, :, 7] = responses @ direction
        partials[:, :, 8] = slip * responses @ np.array([-np.sin(rake), np.cos(rake)]) * np.pi / 180.0
        return u, partials

    def linear_responses(self, theta, x, y):
        return self._responses(theta, x, y)

    def with_amplitudes(self, theta, amplitudes):
        theta = np.array(theta, dtype=float)
        strike_slip, dip_slip = amplitudes
        theta[7] = np.hypot(strike_slip, dip_slip)
        theta[8] = np.degrees(np.arctan2(dip_slip, strike_slip))
        low, high = self.limits.rake
        if not self.limits.periodic('rake'):
            theta[8] = low + np.mod(theta[8] - low, 360.0)         # the turn of the angle inside the bounds
            if theta[8] > high:
                theta[8] = high if theta[8] - high < low + 360.0 - theta[8] else low
        theta[7] = float(np.clip(theta[7], *self.limits.slip))
        return theta

    def bounds(self, problem):
        limits = self.limits
        x0, x1, y0, y1 = problem.bbox
        quarter = 0.25 * problem.size
        centre = problem.centre
        x_range = ((np.array(limits.x) - centre[0]) / 1000.0 if limits.x is not None else (x0 - quarter, x1 + quarter))
        y_range = ((np.array(limits.y) - centre[1]) / 1000.0 if limits.y is not None else (y0 - quarter, y1 + quarter))
        lower = [x_range[0], y_range[0]]
        upper = [x_range[1], y_range[1]]
        for name in NAMES[2:]:
            low, high = np.asarray(getattr(limits, name), dtype=float) / SCALE[NAMES.index(name)]
            if limits.periodic(name):
                low, high = -np.inf, np.inf
            lower.append(low)
            upper.append(high)
        return np.array(lower), np.array(upper)

    def starts(self, problem, count, rng):
        """The ``count`` best of :data:`CANDIDATES_PER_START`·count random geometries (module docstring)."""
        lower, upper = self.bounds(problem)
        angle = {3: self.limits.strike, 8: self.limits.rake}
        draws = max(count * CANDIDATES_PER_START, 20)
        samples = np.empty((draws, 9))
        for k in range(9):
            low, high = (np.asarray(angle[k], dtype=float) if k in angle else (lower[k], upper[k]))
            if k in (2, 5, 6):                                          # depth, length, width: log-uniform
                bottom = max(low, 1e-3 * high, 1e-3)
                samples[:, k] = np.exp(rng.uniform(np.log(bottom), np.log(high), draws))
                if k == 2 and low <= 0:
                    samples[rng.random(draws) < 0.15, k] = 0.0                  # some faults reach the surface
            else:
                samples[:, k] = rng.uniform(low, high, draws)
        near = rng.random(draws) < 0.5                  # half the positions near the strongest signal
        if near.any():
            px, py = _signal_places(problem, near.sum(), rng)
            samples[near, 0] = np.clip(px, lower[0], upper[0])
            samples[near, 1] = np.clip(py, lower[1], upper[1])
        scored = sorted(((problem.linear_start(sample)[1], i) for i, sample in enumerate(samples)))
        return [samples[i] for _, i in scored[:max(1, count)]]


def _signal_places(problem, count, rng):
    """Positions (km) drawn near data points, with probability ∝ their signal (|LOS − median|, |GNSS|), ± size/10."""
    xs, ys, weights = [], [], []
    for dataset in problem.datasets:
        xs.append(dataset.x)
        ys.append(dataset.y)
        weights.append(np.abs(dataset.value - np.median(dataset.value)))
    if problem.gnss is not None:
        xs.append(problem.gx)
        ys.append(problem.gy)
        weights.append(np.sqrt(np.nansum(problem.gnss.values ** 2, axis=1)))
    x, y, weight = (np.concatenate(a) for a in (xs, ys, weights))
    weight = weight ** 2 / np.sum(weight ** 2) if np.sum(weight) > 0 else None
    pick = rng.choice(x.size, count, p=weight)
    spread = 0.1 * problem.size
    return x[pick] + spread * rng.standard_normal(count), y[pick] + spread * rng.standard_normal(count)


@dataclass
class FaultSolution:
    """Best uniform-slip rectangle (SI units, map metres in the metric frame) with 1σ."""

    values: dict                  # x, y, depth (top-edge centre), strike, dip, length, width, slip, rake, centroid …
    sigmas: dict                  # 1σ of the same
    bootstrap: dict
    corners: np.ndarray           # (4, 2) map metres of the surface projection of the fault's corners
    result: object                # the :class:`~.joint.JointResult` (misfits, noise, starts, problem)

    def __getattr__(self, name):  # rms, rms_los, rms_gnss, n_los, n_gnss, starts, noise: those of the result
        if name in ('rms', 'rms_los', 'rms_gnss', 'n_los', 'n_gnss', 'starts', 'noise'):
            return getattr(self.result, name)
        raise AttributeError(name)


def moment_magnitude(length, width, slip, shear_modulus):
    """(M₀ in N·m, M_w) of a uniform-slip fault (m, m, m, Pa)."""
    moment = shear_modulus * length * width * slip
    return moment, (2.0 / 3.0) * (np.log10(moment) - 9.1) if moment > 0 else np.nan


def _derived(theta, centre, shear_modulus):
    """SI values of θ plus the centroid, strike-slip/dip-slip components, moment and magnitude."""
    values = dict(zip(NAMES, theta[:9] * SCALE))
    values['x'] += centre[0]
    values['y'] += centre[1]
    values['centroid_x'], values['centroid_y'], values['centroid_depth'] = centroid_from_top_edge(
        values['x'], values['y'], values['depth'], values['strike'], values['dip'], values['width'])
    values['bottom_depth'] = values['depth'] + values['width'] * np.sin(np.radians(values['dip']))
    values['strike_slip'] = values['slip'] * np.cos(np.radians(values['rake']))
    values['dip_slip'] = values['slip'] * np.sin(np.radians(values['rake']))
    values['moment'], values['magnitude'] = moment_magnitude(values['length'], values['width'], values['slip'],
                                                              shear_modulus)
    return values


def _sigmas(theta, covariance, centre, shear_modulus):
    """1σ of every derived value by first-order propagation (central differences of :func:`_derived`)."""
    base = _derived(theta, centre, shear_modulus)
    jacobian = np.zeros((len(base), 9))
    for k in range(9):
        step = 1e-6 * max(1.0, abs(theta[k]))
        plus, minus = np.array(theta, dtype=float), np.array(theta, dtype=float)
        plus[k] += step
        minus[k] -= step
        upper, lower = _derived(plus, centre, shear_modulus), _derived(minus, centre, shear_modulus)
        jacobian[:, k] = [(upper[name] - lower[name]) / (2 * step) for name in base]
    variance = np.einsum('ij,jk,ik->i', jacobian, covariance[:9, :9], jacobian)
    return dict(zip(base, np.sqrt(np.clip(variance, 0.0, None))))


def invert_fault(los=None, gnss=None, bounds=None, poisson=0.25, nuisance='ramp', gnss_weight=1.0, n_starts=8,
                 n_bootstrap=0, seed=0, shear_modulus=3e10, monitor=SILENT):
    """Best uniform-slip rectangular fault for :class:`~.joint.LosData` datasets and/or GNSS (module docstring)."""
    bounds = bounds or FaultBounds()
    bounds.check()
    if not 0.0 <= poisson < 0.5:
        raise InputError("POISSON: {0:g} is not accepted; Poisson's ratio must be in [0, 0.5).", poisson)
    if not shear_modulus > 0:
        raise InputError('SHEAR_MODULUS: {0:g} Pa is not accepted; give a rigidity above 0.', shear_modulus)
    problem = build_problem(OkadaModel(bounds, poisson), los, gnss, nuisance, gnss_weight)
    result = solve(problem, n_starts, n_bootstrap, seed, monitor)
    theta = np.array(result.theta, dtype=float)
    if bounds.periodic('strike'):
        theta[3] = np.mod(theta[3], 360.0)
    if bounds.periodic('rake'):
        theta[8] = np.mod(theta[8] + 180.0, 360.0) - 180.0
    result.theta = theta
    centre = problem.centre
    values = _derived(theta, centre, shear_modulus)
    sigmas = _sigmas(theta, result.covariance, centre, shear_modulus)
    boot = {}
    if result.bootstrap is not None:
        boot = dict(zip(NAMES, result.bootstrap[:9] * SCALE))
    corners = fault_corners(values['x'], values['y'], values['depth'], values['strike'], values['dip'],
                            values['length'], values['width'])
    return FaultSolution(values, sigmas, boot, corners, result)
