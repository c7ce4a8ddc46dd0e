"""Choice of the SBAS hyperparameters κ² (smoothing) and ρ (atmosphere) by ABIC (reference 000).

ABIC (Akaike's Bayesian information criterion, Yabuki & Matsu'ura 1992) of a
pixel, up to a constant::

    ABIC = (n + P − M) ln s(κ², ρ) − P ln κ² [+ N ln ρ] + ln det H

n observations used, M free parameters, P = N − 2 = rank(LᵀL), s the
objective at the solution and H the normal matrix (:mod:`.solve`, and the
joint one of :mod:`.atmosphere` when ρ > 0).  The total over a pixel sample is
minimised on a log grid relative to natural scales, then refined by
golden-section search (:func:`abic_search`).
"""
from dataclasses import dataclass

import numpy as np

from ...common.errors import InputError
from .solve import solve

#: ABIC search: log10(κ²/κ₀²) coarse grid and refinement tolerance (decades)
ABIC_GRID = np.arange(-6.0, 4.01, 0.5)


ABIC_LIMITS = (-10.0, 6.0)


ABIC_TOLERANCE = 0.02


#: joint search of κ² and the atmosphere ratio ρ: coarser κ² grid, log10(ρ/ρ₀) grid and limits (decades)
ABIC_GRID_2D = np.arange(-6.0, 4.01, 1.0)


RHO_GRID = np.arange(-3.0, 3.01, 1.0)


RHO_LIMITS = (-6.0, 6.0)


def abic_values(network, displacement, weights, kappa2, use_numba=None, rho=0.0):
    """ABIC of each pixel for κ² > 0 (Yabuki & Matsu'ura 1992), up to a constant:

        ABIC = (n + P − M) ln s(κ²) − P ln κ² + ln det(GᵀWG + κ²LᵀL)

    n observations used, M free parameters, P = N − 2 = rank(LᵀL), s the
    objective at the solution.  With the atmosphere (ρ > 0, :mod:`.atmosphere`)
    N ln ρ is added and the determinant is that of the joint normal matrix.
    NaN where undefined.
    """
    solution = solve(network, displacement, weights, kappa2, use_numba, abic=True, rho=rho)
    rank = network.n_dates - 2
    dof = solution.n_used + rank - solution.n_free
    with np.errstate(invalid='ignore', divide='ignore'):
        value = dof * np.log(solution.objective) - rank * np.log(kappa2) + solution.logdet
        if rho > 0:
            value += network.n_dates * np.log(rho)
    value[(dof <= 0) | ~(solution.objective > 0)] = np.nan
    return value


def kappa_scale(network, weights):
    """Natural scale κ₀² = median trace(GᵀWG) / trace(LᵀL) of a pixel sample."""
    design = network.design()
    trace = weights @ (design ** 2).sum(axis=1)
    lap_trace = network.roughness_bands()[0].sum()
    trace = trace[trace > 0]
    if not trace.size or lap_trace <= 0:
        return 1.0
    return float(np.median(trace) / lap_trace)


def atmosphere_scale(weights):
    """Natural scale ρ₀ = 1/median(W) [mm²]: atmosphere as large as a typical interferogram's noise."""
    positive = weights[weights > 0]
    return float(1.0 / np.median(positive)) if positive.size else 1.0


@dataclass
class AbicChoice:
    """Hyperparameters chosen by ABIC on a pixel sample, and every point evaluated."""

    kappa2: float
    rho: float
    sigma2: float          # σ̂² = Σs / Σ(n + P − M) over the sample at the choice (scale of W⁻¹)
    points: list           # [(κ², ρ, total ABIC)] sorted by κ² then ρ
    n_pixels: int
    grids: tuple = ((), ())   # the coarse grid's κ² and ρ values (after extension)

    @property
    def sigma_atmosphere(self):
        """σ_a = √(ρ·σ̂²) [mm] (0 without the atmospheric term)."""
        return float(np.sqrt(self.rho * self.sigma2))


def abic_curve(network, displacement, weights, monitor=None, use_numba=None):
    """Choose κ² (no atmospheric term) by minimum total ABIC: (κ², [(κ², ABIC), …] sorted by κ²)."""
    choice = abic_search(network, displacement, weights, None, 0.0, monitor, use_numba)
    return choice.kappa2, [(k, v) for k, _, v in choice.points]


def abic_search(network, displacement, weights, kappa2=None, rho=None, monitor=None, use_numba=None):
    """Choose κ² and/or ρ by minimum total ABIC over a pixel sample (:func:`abic_values`).

    ``kappa2``, ``rho``: a fixed value, or ``None`` to search it (``rho`` 0 =
    no atmospheric term).  Each searched hyperparameter is a log10 exponent
    relative to its natural scale (κ₀², :func:`kappa_scale`; ρ₀,
    :func:`atmosphere_scale`).  Coarse grid (:data:`ABIC_GRID`, or
    :data:`ABIC_GRID_2D` × :data:`RHO_GRID` when both are searched), extended by
    decades while the minimum lies on an edge (within :data:`ABIC_LIMITS`,
    :data:`RHO_LIMITS`), then golden-section refinement along each axis in turn
    to :data:`ABIC_TOLERANCE` decades.  Pixels for which ABIC is undefined at
    any evaluated point are left out.  Returns an :class:`AbicChoice`.
    """
    if network.n_dates < 3:
        raise InputError('SMOOTHING: ABIC needs at least three acquisitions; choose none or fixed.')
    displacement = np.asarray(displacement, dtype=np.float64)
    weights = np.ones_like(displacement) if weights is None else np.asarray(weights, dtype=np.float64)
    weights = np.where(np.isfinite(displacement) & (weights > 0), weights, 0.0)
    keep = (weights > 0).sum(axis=1) > 0
    displacement, weights = displacement[keep], weights[keep]
    if not len(displacement):
        raise InputError('INTERFEROGRAMS: no pixel of the ABIC sample has a valid observation; '
                         'the input holds no usable data (all NaN or below MIN_COHERENCE).')
    search = (kappa2 is None, rho is None)
    scales = (kappa_scale(network, weights), atmosphere_scale(weights))
    limits = (ABIC_LIMITS, RHO_LIMITS)
    per_pixel = {}
    expected = 40.0 if not all(search) else 140.0

    def values(point):
        k = scales[0] * 10.0 ** point[0] if search[0] else kappa2
        r = scales[1] * 10.0 ** point[1] if search[1] else rho
        return k, r

    def evaluate(point):
        point = tuple(round(float(e), 6) if s else 0.0 for e, s in zip(point, search))
        if point not in per_pixel:
            k, r = values(point)
            per_pixel[point] = abic_values(network, displacement, weights, k, use_numba, rho=r)
            if monitor is not None:
                monitor.update(min(len(per_pixel) / expected, 1.0))
        return point

    def totals():
        """Total ABIC of each point (inf where it is undefined for most pixels) and the pixels used."""
        points = sorted(per_pixel)
        table = np.array([per_pixel[p] for p in points])
        finite = np.isfinite(table)
        defined = finite.mean(axis=1) >= 0.5   # e.g. an extreme ρ where the factorisation fails
        usable = np.all(finite[defined], axis=0)
        if not defined.any() or not usable.any():
            raise InputError('INTERFEROGRAMS: ABIC is undefined on every sampled pixel (too few valid '
                             'interferograms per pixel); choose SMOOTHING fixed with a SMOOTHING_FACTOR.')
        sums = np.where(defined, table[:, usable].sum(axis=1), np.inf)
        return dict(zip(points, sums)), usable

    axes = [sorted(ABIC_GRID if not all(search) else ABIC_GRID_2D) if search[0] else [0.0],
            sorted(RHO_GRID) if search[1] else [0.0]]
    for e0 in axes[0]:
        for e1 in axes[1]:
            evaluate((e0, e1))
    while True:   # extend the grid by a decade while the minimum sits on an edge
        total, _ = totals()
        best = min(total, key=total.get)
        extended = False
        for axis in (0, 1):
            if not search[axis]:
                continue
            if best[axis] == axes[axis][0] and axes[axis][0] > limits[axis][0]:
                axes[axis].insert(0, axes[axis][0] - 1.0)
            elif best[axis] == axes[axis][-1] and axes[axis][-1] < limits[axis][1]:
                axes[axis].append(axes[axis][-1] + 1.0)
            else:
                continue
            extended = True
            for e0 in axes[0]:
                for e1 in axes[1]:
                    evaluate((e0, e1))
        if not extended:
            break

    golden = (np.sqrt(5.0) - 1.0) / 2.0

    def refine(best, axis, lo, hi):
        """Golden-section search of ``axis`` over [lo, hi] with the other coordinate of ``best``."""
        def at(e):
            point = list(best)
            point[axis] = e
            point = evaluate(point)
            return totals()[0][point]
        a, b = lo + (1 - golden) * (hi - lo), lo + golden * (hi - lo)
        fa, fb = at(a), at(b)
        while hi - lo > ABIC_TOLERANCE:
            if fa <= fb:
                hi, b, fb = b, a, fa
                a = lo + (1 - golden) * (hi - lo)
                fa = at(a)
            else:
                lo, a, fa = a, b, fb
                b = lo + golden * (hi - lo)
                fb = at(b)
        total, _ = totals()
        return min(total, key=total.get)

    total, _ = totals()
    best = min(total, key=total.get)
    for round_ in range(2 if all(search) else 1):
        for axis in (0, 1):
            if not search[axis]:
                continue
            grid = axes[axis]
            if round_ == 0:
                below = [g for g in grid if g < best[axis]]
                above = [g for g in grid if g > best[axis]]
                lo = below[-1] if below else best[axis]
                hi = above[0] if above else best[axis]
            else:
                lo, hi = best[axis] - 0.3, best[axis] + 0.3
            if hi > lo:
                best = refine(best, axis, lo, hi)
    total, usable = totals()
    best = min(total, key=total.get)
    k, r = values(best)
    solution = solve(network, displacement[usable], weights[usable], k, use_numba, abic=True, rho=r)
    dof = solution.n_used + network.n_dates - 2 - solution.n_free
    sigma2 = float(np.sum(solution.objective) / np.sum(dof))
    points = sorted((*values(p), float(v)) for p, v in total.items() if np.isfinite(v))
    grids = (tuple(values((e, 0.0))[0] for e in axes[0]), tuple(values((0.0, e))[1] for e in axes[1]))
    return AbicChoice(float(k), float(r), sigma2, points, int(usable.sum()), grids)
