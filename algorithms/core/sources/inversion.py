"""Mogi source inversion of LOS datasets (ascending, descending, …) and GNSS displacements (or velocities).

The joint problem, its weights and uncertainties are those of :mod:`.joint`;
this module supplies the Mogi model: one or several point pressure sources,
each with position (x₀, y₀), depth d and volume change ΔV::

    u(x) = Σ_s (1 − ν) ΔV_s / π · (x − x_s, y − y_s, d_s) / R_s³,   R_s² = |x − x_s|² + d_s²

with the analytic Jacobian (:func:`mogi_partials`).  Starts: the data
extreme (largest LOS anomaly of the first dataset, or the GNSS station
moving most) at three depths, the data centre, then quasi-random positions
and depths; ΔV and the nuisance terms of each start from a linear fit.
Several sources are added one at a time: source k starts at the largest
residual of the best k − 1 source model (and at random places), with the
k − 1 sources found so far as the start of the others, then all are refined
together.

Internally lengths are in km relative to the data centre and ΔV in 10⁶ m³.
"""
from dataclasses import dataclass, field

import numpy as np

from ..common.errors import InputError
from ..common.progress import SILENT
from .joint import NUISANCE_TERMS, GnssData, LosData, SourceModel, build_problem, los_model, solve

NOISE_MODELS = ('independent', 'exponential')
#: depths of the deterministic starts, as fractions of the data extent
START_DEPTHS = (0.05, 0.15, 0.4)
#: internal units → metres, metres, metres, m³ (per source)
SCALE = np.array([1000.0, 1000.0, 1000.0, 1e6])
#: most sources of one inversion
MAX_SOURCES = 4

__all__ = ['NUISANCE_TERMS', 'GnssData', 'LosData', 'MogiSolution', 'invert_mogi', 'mogi_partials']


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


class MogiModel(SourceModel):
    """``count`` Mogi sources: θ = (x₀, y₀, d, ΔV) per source (km, km, km, 10⁶ m³)."""

    def __init__(self, count=1, poisson=0.25, seeds=None):
        self.count, self.poisson = count, poisson
        self.names = tuple(f'{name}{"" if count == 1 else f"_{s + 1}"}' for s in range(count)
                           for name in ('x', 'y', 'depth', 'volume_change'))
        self.scale = np.tile(SCALE, count)
        self.seeds = seeds            # sources found before (internal θ) when adding one

    def displacement(self, theta, x, y, with_partials=False):
        total = np.zeros((3, np.size(x)))
        partials = np.zeros((3, np.size(x), 4 * self.count)) if with_partials else None
        for s in range(self.count):
            x0, y0, depth, volume = theta[4 * s:4 * s + 4]
            u, du = mogi_partials(np.ravel(x) - x0, np.ravel(y) - y0, depth, volume, self.poisson)
            total += u
            if with_partials:
                partials[:, :, 4 * s:4 * s + 4] = du
        return (total, partials) if with_partials else total

    def linear_responses(self, theta, x, y):
        columns = []
        for s in range(self.count):
            x0, y0, depth, _ = theta[4 * s:4 * s + 4]
            columns.append(mogi_partials(np.ravel(x) - x0, np.ravel(y) - y0, depth, 1.0, self.poisson)[0])
        return np.stack(columns, axis=-1)

    def with_amplitudes(self, theta, amplitudes):
        theta = np.array(theta, dtype=float)
        theta[3::4] = amplitudes
        return theta

    def bounds(self, problem):
        x0, x1, y0, y1 = problem.bbox
        size = problem.size
        lower = np.tile([x0 - size, y0 - size, 0.01, -np.inf], self.count)
        upper = np.tile([x1 + size, y1 + size, 3.0 * size + 10.0, np.inf], self.count)
        return lower, upper

    def starts(self, problem, count, rng):
        x0, x1, y0, y1 = problem.bbox
        size = problem.size
        extreme = _extreme(problem, self.seeds)
        places = [(extreme[0], extreme[1], f * size) for f in START_DEPTHS]
        if self.seeds is None:
            places.append(((x0 + x1) / 2.0, (y0 + y1) / 2.0, START_DEPTHS[1] * size))
        while len(places) < max(1, count):
            depth = size * np.exp(rng.uniform(np.log(0.02), np.log(0.8)))
            places.append((rng.uniform(x0, x1), rng.uniform(y0, y1), depth))
        previous = [] if self.seeds is None else list(self.seeds)
        return [np.array(previous + [x, y, d, 1.0]) for x, y, d in places[:max(1, count)]]


def _extreme(problem, seeds):
    """Position (km) of the largest LOS anomaly (or residual, with ``seeds``), else of the GNSS station moving most."""
    if seeds is not None:
        model = MogiModel(len(seeds) // 4, problem.model.poisson)
    if problem.datasets:
        dataset = problem.datasets[0]
        values = dataset.value - np.median(dataset.value)
        if seeds is not None:
            values = dataset.value - np.einsum('cn,cn->n', dataset.unit, model.displacement(seeds, dataset.x,
                                                                                             dataset.y))
            values = values - np.median(values)
        index = int(np.argmax(np.abs(values)))
        return dataset.x[index], dataset.y[index]
    values = problem.gnss.values
    if seeds is not None:
        values = values - model.displacement(seeds, problem.gx, problem.gy).T
    index = int(np.nanargmax(np.nansum(np.abs(values), axis=1)))
    return problem.gx[index], problem.gy[index]


@dataclass
class MogiSource:
    """One fitted Mogi source in metric coordinates (m), m³ (or m³/yr), with 1σ."""

    x: float
    y: float
    depth: float
    volume_change: float
    sigma: np.ndarray                      # 1σ of x, y, depth, ΔV (m, m, m, m³)
    sigma_bootstrap: np.ndarray


@dataclass
class MogiSolution:
    """Best Mogi source(s) with 1σ, misfits and the noise of every dataset."""

    x: float
    y: float
    depth: float
    volume_change: float
    sigma: np.ndarray                      # 1σ of x, y, depth, ΔV of the first source
    nuisance: np.ndarray                   # offset (mm), ramp east and north (mm/km) of the first LOS dataset
    nuisance_terms: str
    reference: tuple                       # (x_c, y_c) of the ramps, m
    poisson: float
    rms: float                             # all residuals, mm
    rms_los: float
    rms_gnss: float
    n_los: int
    n_gnss: int
    starts: int
    theta: np.ndarray                      # internal parameter vector (km, 10⁶ m³, nuisance)
    sigma_bootstrap: np.ndarray = None
    covariance: object = None              # NoiseCovariance of the first LOS dataset, if estimated
    sources: list = field(default_factory=list)     # every MogiSource (the first is the one above)
    datasets: list = field(default_factory=list)    # per LOS dataset: dict(name, rms, n, nuisance, noise)
    result: object = None                  # the JointResult

    def los(self, x, y, east, north, up, dataset=0):
        """Model LOS (mm, the data's unit) of LOS dataset ``dataset`` at metric coordinates and unit vectors."""
        return los_model(self.result.problem, self.theta, dataset, x, y, east, north, up)


def invert_mogi(los=None, gnss=None, poisson=0.25, nuisance='ramp', los_sigma=5.0, gnss_weight=1.0,
                n_starts=20, n_bootstrap=0, seed=0, sample=None, n_sources=1, monitor=SILENT):
    """Best Mogi source(s) for LOS datasets and/or :class:`GnssData` (see the module docstring and :mod:`.joint`).

    ``los``: a :class:`~.downsampling.LosPoints` (one dataset, 1σ ``los_sigma``,
    covariance estimated from ``sample`` pixels when given) or a list of
    :class:`~.joint.LosData`.  Returns a :class:`MogiSolution`.
    """
    if not 0.0 <= poisson < 0.5:
        raise InputError("POISSON: {0:g} is not accepted; Poisson's ratio must be in [0, 0.5).", poisson)
    if not 1 <= n_sources <= MAX_SOURCES:
        raise InputError('SOURCES: {0} is not accepted; give 1 to {1} sources.', n_sources, MAX_SOURCES)
    datasets = _datasets(los, los_sigma, sample)
    seeds, result = None, None
    for count in range(1, n_sources + 1):
        part = monitor.sub((count - 1) / n_sources, count / n_sources)
        problem = build_problem(MogiModel(count, poisson, seeds), datasets, gnss, nuisance, gnss_weight)
        result = solve(problem, n_starts, n_bootstrap if count == n_sources else 0, seed, part)
        seeds = list(result.theta[:4 * count])
    return _solution(result, poisson)


def _datasets(los, los_sigma, sample):
    if los is None:
        return []
    if isinstance(los, (list, tuple)):
        return list(los)
    return [LosData(los, 'LOS', los_sigma, sample)]


def _solution(result, poisson):
    problem = result.problem
    sigma = np.sqrt(np.clip(np.diag(result.covariance), 0.0, None))
    boot = result.bootstrap if result.bootstrap is not None else np.full(problem.n_parameters, np.nan)
    sources = []
    for s in range(problem.model.count):
        part = slice(4 * s, 4 * s + 4)
        values = result.theta[part] * SCALE
        sources.append(MogiSource(problem.centre[0] + values[0], problem.centre[1] + values[1], values[2], values[3],
                                  sigma[part] * SCALE, boot[part] * SCALE))
    datasets = [dict(name=data.name, rms=rms, n=n, nuisance=np.array(result.theta[problem.nuisance_slices[k]]),
                     noise=noise)
                for k, (data, rms, n, noise) in enumerate(zip(problem.los, result.rms_los, result.n_los,
                                                              result.noise))]
    first = sources[0]
    return MogiSolution(
        x=first.x, y=first.y, depth=first.depth, volume_change=first.volume_change, sigma=first.sigma,
        nuisance=datasets[0]['nuisance'] if datasets else np.zeros(0), nuisance_terms=problem.nuisance if datasets
        else 'none', reference=problem.centre, poisson=poisson, rms=result.rms,
        rms_los=float(np.sqrt(np.sum(np.square(result.rms_los) * result.n_los) / max(sum(result.n_los), 1)))
        if datasets else float('nan'),
        rms_gnss=result.rms_gnss, n_los=int(sum(result.n_los)), n_gnss=result.n_gnss, starts=result.starts,
        theta=result.theta, sigma_bootstrap=first.sigma_bootstrap,
        covariance=result.noise[0] if result.noise else None, sources=sources, datasets=datasets, result=result)
