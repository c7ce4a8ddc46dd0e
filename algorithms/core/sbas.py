"""SBAS inversion of an interferogram network (GSI's GSITSA, reference 000).

Acquisition dates t_0 < … < t_{N−1} [yr since t_0]; interval l = (t_l, t_{l+1})
has length h_l and mean velocity v_l [mm/yr].  The unknowns are

    x = [v_0 … v_{N−2}, s_1 … s_S]

with s_q the co-seismic step [mm] at step date τ_q.  The cumulative
displacement [mm, first date = 0] is

    D_n = Σ_{l<n} h_l v_l + Σ_q s_q H(t_n − τ_q)        (an acquisition on τ_q is after the step)

and an interferogram of dates (i, j) observes d_ij = D_j − D_i [mm] (phase φ
converted with d = −λ/(4π)·φ, :mod:`.phase`).  Per pixel the estimate minimises

    ‖W(G·x − d)‖² + κ² ‖L·x‖²

* W = diag(1/σ_k): σ_k² = (λ/4π)² (1−γ_k²)/(2·L_looks·γ_k²) [mm²] from the
  coherence γ_k (Cramér–Rao phase variance), or σ_k = 1 mm unweighted;
* L·x = second difference of the smooth part C = D − Σ s H on the real dates,
  (L·x)_n = 2/(h_{n−1}+h_n)·(v_n − v_{n−1}) [mm/yr²], n = 1 … N−2: the steps
  are separate parameters, so no smoothing acts across a step;
* κ² [yr⁴/mm²] fixed, or chosen by ABIC (:func:`abic_curve`).

With κ² = 0 (``SMOOTHING=none``) the solution is the minimum-norm
least-squares solution in v (MintPy's default, minimum-norm velocity): when
the valid interferograms of a pixel leave dates unlinked, the null space of G
— the displacement of each unlinked group of dates — is added to the normal
matrix (N + α·ZZᵀ), whose solution is exactly the minimum-norm one.  Steps are
then not separable from the velocity of their interval and are left out (the
trajectory fit estimates them).

Observations that are NaN or have zero weight are dropped for that pixel
only.  Pixels are solved in batches: a numba kernel (normal equations built
per pixel over each interferogram's few intervals, envelope Cholesky) or its
numpy twin (normal matrices by one matrix product, :func:`.linalg.cholesky_solve`);
pixels sharing the all-valid pattern with uniform weights share one solution
operator (a matrix product).
"""
from dataclasses import dataclass, field

import numpy as np

from . import dates as dates_mod
from .accel import jit, numba_enabled, prange
from .banded import envelope_cholesky, envelope_solve
from .errors import InputError
from .linalg import RELATIVE_PIVOT, cholesky_solve
from .network import connected_components

#: coherence is clipped below this so that the phase variance stays positive
MAX_COHERENCE = 0.999
#: pixels per chunk of the numpy path (bounds the (n, M, M) normal matrices)
NUMPY_CHUNK = 2048
#: ABIC search: log10(κ²/κ₀²) coarse grid and refinement tolerance (decades)
ABIC_GRID = np.arange(-6.0, 4.01, 0.5)
ABIC_LIMITS = (-10.0, 6.0)
ABIC_TOLERANCE = 0.02
#: joint search of κ² and the atmosphere ratio ρ: coarser κ² grid, log10(ρ/ρ₀) grid and limits (decades)
ABIC_GRID_2D = np.arange(-6.0, 4.01, 1.0)
RHO_GRID = np.arange(-3.0, 3.01, 1.0)
RHO_LIMITS = (-6.0, 6.0)


@dataclass
class Network:
    """Dates, interferogram pairs and step dates of an SBAS problem.

    ``pairs`` are date indices (i < j) into ``dates`` (sorted).  ``steps`` are
    the co-seismic step dates that are estimated as parameters.
    """

    dates: list
    pairs: np.ndarray
    steps: tuple = ()
    t: np.ndarray = field(init=False)
    h: np.ndarray = field(init=False)
    operators: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.pairs = np.asarray(self.pairs, dtype=np.int64).reshape(-1, 2)
        self.t = dates_mod.years_since(self.dates, self.dates[0])
        self.h = np.diff(self.t)
        self.operators = {}   # cache: shared solution operators of all-valid, unit-weight pixels, joint layout

    @property
    def n_dates(self):
        return len(self.dates)

    @property
    def n_intervals(self):
        return self.n_dates - 1

    @property
    def n_params(self):
        return self.n_intervals + len(self.steps)

    def step_index(self):
        """For each step, the index of the first date on or after it."""
        days = np.array([d.toordinal() for d in self.dates])
        return np.array([int(np.searchsorted(days, s.toordinal())) for s in self.steps], dtype=np.int64)

    def after_step(self):
        """(S, N) 0/1: date n is on or after step q."""
        index = self.step_index()
        return (np.arange(self.n_dates)[None, :] >= index[:, None]).astype(np.float64)

    def step_columns(self):
        """(K, S) 0/1: interferogram k spans step q."""
        after = self.after_step()
        return after[:, self.pairs[:, 1]].T - after[:, self.pairs[:, 0]].T

    def design(self):
        """Dense G (K, M): h_l on the intervals an interferogram spans, 1 on the steps it spans."""
        g = np.zeros((len(self.pairs), self.n_params))
        for k, (i, j) in enumerate(self.pairs):
            g[k, i:j] = self.h[i:j]
        g[:, self.n_intervals:] = self.step_columns()
        return g

    def roughness(self):
        """Dense L (N−2, M): second difference of the smooth part on the real dates [mm/yr²]."""
        rows = max(self.n_dates - 2, 0)
        lap = np.zeros((rows, self.n_params))
        for n in range(1, self.n_dates - 1):
            c = 2.0 / (self.h[n - 1] + self.h[n])
            lap[n - 1, n - 1] = -c
            lap[n - 1, n] = c
        return lap

    def roughness_bands(self):
        """Diagonal (M,) and first sub-diagonal (M−1,) of LᵀL (tridiagonal in v, zero on steps)."""
        lap = self.roughness()
        ltl = lap.T @ lap
        return np.ascontiguousarray(np.diag(ltl)), np.ascontiguousarray(np.diag(ltl, -1))

    def gaps(self):
        """Intervals (date before, date after) spanned by no interferogram."""
        covered = np.zeros(self.n_intervals, dtype=bool)
        for i, j in self.pairs:
            covered[i:j] = True
        return [(self.dates[l], self.dates[l + 1]) for l in np.flatnonzero(~covered)]

    def components(self):
        """Connected groups of dates (lists of dates), in time order of their first date."""
        labels = connected_components(self.n_dates, [tuple(p) for p in self.pairs])
        groups = {}
        for date, label in zip(self.dates, labels):
            groups.setdefault(label, []).append(date)
        return sorted(groups.values(), key=lambda g: g[0])

    def describe_disconnection(self):
        """Sentence naming where the network is cut, or ``None`` when it is connected."""
        groups = self.components()
        if len(groups) == 1:
            return None
        parts = [f'between {a.isoformat()} and {b.isoformat()}' for a, b in self.gaps()]
        text = (f'the interferogram network is split into {len(groups)} groups of dates that no '
                'interferogram links')
        if parts:
            text += ': gap ' + '; gap '.join(parts)
        isolated = [g for g in groups if len(g) == 1]
        if isolated:
            text += '; dates linked to nothing: ' + ', '.join(g[0].isoformat() for g in isolated)
        if not parts and not isolated:
            text += ': ' + ' | '.join(', '.join(d.isoformat() for d in g) for g in groups)
        return text


def build_network(pairs, steps=(), role='INTERFEROGRAMS'):
    """:class:`Network` from date pairs ``[(first, second), …]`` and step dates.

    Raises :class:`InputError` for fewer than two interferograms, a step date
    outside the series, or two step dates between the same two acquisitions.
    """
    pairs = list(pairs)
    if len(pairs) < 2:
        raise InputError(f'{role}: {len(pairs)} interferogram given; an SBAS inversion needs at least two '
                         'interferograms (and three acquisitions) to build a network.')
    dates = sorted({d for pair in pairs for d in pair})
    steps = tuple(sorted(set(steps)))
    first, last = dates[0], dates[-1]
    for step in steps:
        if not first < step <= last:
            raise InputError(f'STEP_DATES: {step.isoformat()} is outside the acquisitions of {role} '
                             f'({first.isoformat()} to {last.isoformat()}); a step must fall after the '
                             'first acquisition and no later than the last.')
    position = {d: n for n, d in enumerate(dates)}
    network = Network(dates, [(position[a], position[b]) for a, b in pairs], steps)
    index = network.step_index()
    for q in range(1, len(steps)):
        if index[q] == index[q - 1]:
            raise InputError(f'STEP_DATES: {steps[q - 1].isoformat()} and {steps[q].isoformat()} both fall '
                             f'between the acquisitions {dates[index[q] - 1].isoformat()} and '
                             f'{dates[index[q]].isoformat()}; the data cannot tell them apart, keep one.')
    return network


def unspanned_steps(network):
    """Step dates that no interferogram spans (their amplitude cannot be estimated)."""
    spanned = np.abs(network.step_columns()).sum(axis=0) > 0
    return [s for s, ok in zip(network.steps, spanned) if not ok]


# -- weights ------------------------------------------------------------------

def phase_weights(coherence, looks, wavelength):
    """Weights 1/σ² [1/mm²] of interferograms from their coherence.

    σ_φ² = (1 − γ²)/(2Lγ²) [rad²] (Cramér–Rao bound, L looks) and
    σ = λ/(4π)·σ_φ [mm]; γ is clipped to [0, 0.999]; γ = 0 gives weight 0
    (the observation is dropped).  NaN coherence gives NaN.
    """
    gamma = np.clip(np.asarray(coherence, dtype=np.float64), 0.0, MAX_COHERENCE)
    gamma2 = gamma * gamma
    scale = (4.0 * np.pi / wavelength) ** 2
    return scale * 2.0 * looks * gamma2 / (1.0 - gamma2)


# -- batched solver -----------------------------------------------------------

@dataclass
class Solution:
    """Per-pixel solution of a batch (arrays over pixels)."""

    x: np.ndarray          # (n, M) interval velocities [mm/yr] then steps [mm]
    logdet: np.ndarray     # (n,) log det of the normal matrix (ABIC)
    objective: np.ndarray  # (n,) ‖W(Gx − d)‖² + κ²‖Lx‖² at the solution
    n_used: np.ndarray     # (n,) observations used
    n_free: np.ndarray     # (n,) parameters not pinned to zero
    atmosphere: np.ndarray = None   # (n, N) per-date atmosphere a [mm] (joint model only)


def inversion_network(network, kappa2):
    """The network actually solved: without smoothing (κ² = 0) steps are not separable and left out."""
    if kappa2 <= 0 and network.steps:
        return Network(network.dates, network.pairs, ())
    return network


def solve(network, displacement, weights=None, kappa2=0.0, use_numba=None, abic=False, rho=0.0):
    """Solve the SBAS problem for a batch of pixels.

    displacement: (n, K) interferometric displacement [mm], NaN = missing;
    weights: (n, K) 1/σ² [1/mm²] (``None`` = 1); ``kappa2`` = κ² ≥ 0
    (0 = minimum-norm solution, steps ignored).  Pixels without any valid
    observation are NaN.  Returns a :class:`Solution`; its ``logdet`` and
    ``objective`` (needed by ABIC) are computed when ``abic`` is true
    (the numba path always fills them, the numpy paths leave NaN otherwise).
    ``rho`` = ρ > 0 (with κ² > 0) adds the per-date atmosphere of
    :mod:`.sbas_atmosphere`, estimated jointly (``Solution.atmosphere``).
    """
    if rho > 0 and kappa2 > 0:
        from .sbas_atmosphere import solve_joint
        return solve_joint(network, displacement, weights, kappa2, rho, use_numba, abic)
    network = inversion_network(network, kappa2)
    displacement = np.ascontiguousarray(displacement, dtype=np.float64)
    n_pix = displacement.shape[0]
    valid = np.isfinite(displacement)
    if weights is not None:
        weights = np.ascontiguousarray(weights, dtype=np.float64)
        valid &= weights > 0
    shared = np.zeros(n_pix, dtype=bool)
    if weights is None and n_pix >= 64:
        shared = valid.all(axis=1)
    result = Solution(np.full((n_pix, network.n_params), np.nan), np.full(n_pix, np.nan),
                      np.full(n_pix, np.nan), valid.sum(axis=1), np.zeros(n_pix, dtype=np.int64))
    if shared.any():
        _solve_shared(network, displacement if shared.all() else displacement[shared], kappa2, result,
                      shared, abic)
    if not shared.all():
        rest = np.flatnonzero(~shared) if shared.any() else slice(None)   # a slice copies nothing
        d = displacement[rest]
        w = valid[rest].astype(np.float64) if weights is None else np.where(valid[rest], weights[rest], 0.0)
        if numba_enabled(use_numba):
            part = _solve_numba_path(network, d, w, kappa2)
        else:
            part = _solve_numpy_path(network, d, w, kappa2, abic)
        for name in ('x', 'logdet', 'objective', 'n_free'):
            getattr(result, name)[rest] = getattr(part, name)
    return result


def _shared_operator(network, kappa2):
    """(N⁻¹Gᵀ (M, K), ln det N, free parameters) for all-valid pixels with unit weights (cached)."""
    if kappa2 not in network.operators:
        ones = np.ones((1, len(network.pairs)))
        normal, _, n_free = _normal_matrices(network, ones, np.zeros_like(ones), kappa2)
        network.operators[kappa2] = (np.linalg.solve(normal[0], network.design().T),
                                     np.linalg.slogdet(normal[0])[1], n_free[0])
    return network.operators[kappa2]


def _solve_shared(network, displacement, kappa2, result, where, abic):
    """All-valid pixels with unit weights: one operator x = N⁻¹Gᵀ·d for all of them."""
    operator, logdet, n_free = _shared_operator(network, kappa2)
    x = displacement @ operator.T
    if where.all():
        result.x = x
    else:
        result.x[where] = x
    result.n_free[where] = n_free
    if abic:
        result.logdet[where] = logdet
        result.objective[where] = _objective(network, displacement, np.ones_like(displacement), x, kappa2)


def _objective(network, displacement, weights, x, kappa2):
    """‖W(Gx − d)‖² + κ²‖Lx‖² per pixel (weights 0 where invalid)."""
    residual = x @ network.design().T - displacement
    residual = np.where(weights > 0, residual, 0.0)
    misfit = np.einsum('ij,ij,ij->i', residual, residual, weights)
    if kappa2 > 0 and network.n_dates > 2:
        rough = x @ network.roughness().T
        misfit = misfit + kappa2 * np.einsum('ij,ij->i', rough, rough)
    return misfit


def _normal_matrices(network, weights, displacement, kappa2):
    """Normal matrices (n, M, M), right-hand sides (n, M) and free-parameter counts (numpy).

    ``weights`` are 0 where an observation is invalid (``displacement`` may be
    NaN there).  Steps with zero weight are pinned to 0; with κ² = 0 the null
    space of each pixel's network is added (minimum-norm solution).
    """
    design = network.design()
    n_pix, m = weights.shape[0], network.n_params
    filled = np.where(weights > 0, displacement, 0.0)
    outer = (design[:, :, None] * design[:, None, :]).reshape(design.shape[0], m * m)
    normal = (weights @ outer).reshape(n_pix, m, m)
    rhs = (weights * filled) @ design
    n_free = np.full(n_pix, m, dtype=np.int64)
    if kappa2 > 0:
        diagonal, off = network.roughness_bands()
        rows = np.arange(m)
        normal[:, rows, rows] += kappa2 * diagonal
        normal[:, rows[1:], rows[:-1]] += kappa2 * off
        normal[:, rows[:-1], rows[1:]] += kappa2 * off
        for c in range(network.n_intervals, m):
            pin = normal[:, c, c] == 0.0
            normal[pin, c, c] = 1.0
            n_free -= pin
    else:
        _add_null_space(network, weights > 0, normal)
    return normal, rhs, n_free


def _add_null_space(network, valid, normal):
    """Add α·ZZᵀ (Z = null space of each pixel's G) to ``normal``, α = mean diagonal."""
    n_int = network.n_intervals
    alpha = np.trace(normal[:, :n_int, :n_int], axis1=1, axis2=2) / n_int
    patterns, inverse = np.unique(valid, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    for index, pattern in enumerate(patterns):
        if not pattern.any():
            continue
        basis = null_basis(network, pattern)
        if basis.shape[1]:
            members = inverse == index
            normal[members, :n_int, :n_int] += alpha[members, None, None] * (basis @ basis.T)[None]


def null_basis(network, valid):
    """Z (N−1, c): null space of G (velocity part) for the valid interferograms ``valid`` (K,).

    One column per group of dates not linked to the first date's group:
    z_l = (1[date l+1 in group] − 1[date l in group]) / h_l.
    """
    pairs = network.pairs[np.asarray(valid, dtype=bool)]
    labels = connected_components(network.n_dates, [tuple(p) for p in pairs])
    columns = []
    for label in np.unique(labels):
        if label == labels[0]:
            continue
        member = (labels == label).astype(np.float64)
        columns.append(np.diff(member) / network.h)
    if not columns:
        return np.zeros((network.n_intervals, 0))
    return np.column_stack(columns)


def _solve_numpy_path(network, displacement, weights, kappa2, abic):
    n_pix, m = displacement.shape[0], network.n_params
    out = Solution(np.full((n_pix, m), np.nan), np.full(n_pix, np.nan), np.full(n_pix, np.nan),
                   (weights > 0).sum(axis=1), np.zeros(n_pix, dtype=np.int64))
    for start in range(0, n_pix, NUMPY_CHUNK):
        part = slice(start, min(start + NUMPY_CHUNK, n_pix))
        w, d = weights[part], displacement[part]
        normal, rhs, n_free = _normal_matrices(network, w, d, kappa2)
        x, _ = cholesky_solve(normal, rhs, use_numba=False, with_inverse_diagonal=False)
        empty = out.n_used[part] == 0
        x[empty] = np.nan
        out.x[part] = x
        out.n_free[part] = np.where(empty, 0, n_free)
        if abic:
            ok = np.isfinite(x[:, 0])
            sign, logdet = np.linalg.slogdet(normal)
            out.logdet[part] = np.where(ok & (sign > 0), logdet, np.nan)
            out.objective[part] = np.where(ok, _objective(network, np.where(w > 0, d, 0.0), w,
                                                          np.where(ok[:, None], x, 0.0), kappa2), np.nan)
    return out


def _solve_numba_path(network, displacement, weights, kappa2):
    n_pix, m = displacement.shape[0], network.n_params
    steps = np.ascontiguousarray(network.step_columns(), dtype=np.float64)
    diagonal, off = network.roughness_bands()
    x = np.empty((n_pix, m))
    logdet = np.empty(n_pix)
    objective = np.empty(n_pix)
    n_free = np.empty(n_pix, dtype=np.int64)
    n_chunks = max(1, min(n_pix, 64))
    _solve_kernel(displacement, weights, np.ascontiguousarray(network.pairs[:, 0]),
                  np.ascontiguousarray(network.pairs[:, 1]), np.ascontiguousarray(network.h), steps,
                  diagonal, off, float(kappa2), RELATIVE_PIVOT, n_chunks, x, logdet, objective, n_free)
    return Solution(x, logdet, objective, (weights > 0).sum(axis=1), n_free)


@jit()
def _find(parent, i):
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


@jit()
def _add_null_space_one(normal, first, starts, stops, weights_p, h, parent, z):
    """Union-find over the valid pairs; add α z zᵀ for each group not linked to date 0."""
    n_int = h.shape[0]
    n_dates = n_int + 1
    for n in range(n_dates):
        parent[n] = n
    for k in range(starts.shape[0]):
        if weights_p[k] > 0.0:
            a = _find(parent, starts[k])
            b = _find(parent, stops[k])
            if a != b:
                parent[a] = b
    root0 = _find(parent, 0)
    alpha = 0.0
    for l in range(n_int):
        alpha += normal[l, l]
    alpha /= n_int
    for n in range(1, n_dates):
        r = _find(parent, n)
        if r == root0 or r != n:
            continue
        lo = n_int
        hi = -1
        for l in range(n_int):
            inside_next = 1.0 if _find(parent, l + 1) == r else 0.0
            inside = 1.0 if _find(parent, l) == r else 0.0
            z[l] = (inside_next - inside) / h[l]
            if z[l] != 0.0:
                if l < lo:
                    lo = l
                hi = l
        for a in range(lo, hi + 1):
            if z[a] == 0.0:
                continue
            if lo < first[a]:
                first[a] = lo
            for b in range(lo, a + 1):
                normal[a, b] += alpha * z[a] * z[b]


@jit(parallel=True)
def _solve_kernel(disp, weights, starts, stops, h, steps, lap_diag, lap_off, kappa2, relative_pivot,
                  n_chunks, x, logdet, objective, n_free):
    n_pix, n_obs = disp.shape
    m = x.shape[1]
    n_int = h.shape[0]
    n_steps = steps.shape[1]
    for chunk in prange(n_chunks):
        lo = chunk * n_pix // n_chunks
        hi = (chunk + 1) * n_pix // n_chunks
        normal = np.empty((m, m))
        rhs = np.empty(m)
        first = np.empty(m, dtype=np.int64)
        parent = np.empty(n_int + 1, dtype=np.int64)
        z = np.empty(n_int)
        for p in range(lo, hi):
            for a in range(m):
                rhs[a] = 0.0
                first[a] = a
                for b in range(a + 1):
                    normal[a, b] = 0.0
            count = 0
            for k in range(n_obs):
                wk = weights[p, k]
                if not wk > 0.0:
                    continue
                dk = disp[p, k]
                count += 1
                i0 = starts[k]
                i1 = stops[k]
                for a in range(i0, i1):
                    ga = wk * h[a]
                    rhs[a] += ga * dk
                    if i0 < first[a]:
                        first[a] = i0
                    for b in range(i0, a + 1):
                        normal[a, b] += ga * h[b]
                for q in range(n_steps):
                    sq = steps[k, q]
                    if sq == 0.0:
                        continue
                    c = n_int + q
                    rhs[c] += wk * sq * dk
                    if i0 < first[c]:
                        first[c] = i0
                    for b in range(i0, i1):
                        normal[c, b] += wk * sq * h[b]
                    for r in range(q + 1):
                        normal[c, n_int + r] += wk * sq * steps[k, r]
            if count == 0:
                for a in range(m):
                    x[p, a] = np.nan
                logdet[p] = np.nan
                objective[p] = np.nan
                n_free[p] = 0
                continue
            free = m
            if kappa2 > 0.0:
                for a in range(m):
                    normal[a, a] += kappa2 * lap_diag[a]
                for a in range(m - 1):
                    if lap_off[a] != 0.0:
                        normal[a + 1, a] += kappa2 * lap_off[a]
                        if a < first[a + 1]:
                            first[a + 1] = a
                for c in range(n_int, m):
                    if normal[c, c] == 0.0:
                        normal[c, c] = 1.0
                        free -= 1
            else:
                _add_null_space_one(normal, first, starts, stops, weights[p], h, parent, z)
            n_free[p] = free
            value = envelope_cholesky(normal, first, m, relative_pivot)
            if np.isnan(value):
                for a in range(m):
                    x[p, a] = np.nan
                logdet[p] = np.nan
                objective[p] = np.nan
                continue
            envelope_solve(normal, first, m, rhs)
            misfit = 0.0
            for k in range(n_obs):
                wk = weights[p, k]
                if not wk > 0.0:
                    continue
                predicted = 0.0
                for a in range(starts[k], stops[k]):
                    predicted += h[a] * rhs[a]
                for q in range(n_steps):
                    predicted += steps[k, q] * rhs[n_int + q]
                r = predicted - disp[p, k]
                misfit += wk * r * r
            if kappa2 > 0.0:
                for n in range(1, n_int):
                    rough = 2.0 / (h[n - 1] + h[n]) * (rhs[n] - rhs[n - 1])
                    misfit += kappa2 * rough * rough
            for a in range(m):
                x[p, a] = rhs[a]
            logdet[p] = value
            objective[p] = misfit


# -- products -----------------------------------------------------------------

def time_series(network, x):
    """Cumulative displacement D (n, N) [mm], first date = 0, from ``x`` (n, M), steps included.

    Pixels whose ``x`` is not finite (unsolved) are NaN at every date.
    """
    n_int = network.n_intervals
    series = np.zeros((x.shape[0], network.n_dates))
    np.cumsum(x[:, :n_int] * network.h, axis=1, out=series[:, 1:])
    if x.shape[1] > n_int:
        series += x[:, n_int:] @ network.after_step()
    series[~np.isfinite(x).all(axis=1), 0] = np.nan   # unsolved pixels are NaN at every date
    return series


def residual_quality(network, series, displacement, weights, wavelength, use_numba=None):
    """Temporal coherence, RMS residual [mm] and number of interferograms used, per pixel.

    Residual r_k = (D_j − D_i) − d_k over the observations used (finite,
    weight > 0; ``weights`` ``None`` = all finite ones); temporal coherence
    |Σ exp(i·4π/λ·r_k)| / n (Pepe & Lanari 2006), its phases in single
    precision (vectorised trigonometry).  NaN where the series is NaN.
    """
    series = np.ascontiguousarray(series, dtype=np.float64)
    displacement = np.ascontiguousarray(displacement, dtype=np.float64)
    factor = 4.0 * np.pi / wavelength
    if numba_enabled(use_numba):
        n_pix, n_obs = displacement.shape
        phase = np.empty((n_pix, n_obs), dtype=np.float32)
        square, n_used = np.empty(n_pix), np.empty(n_pix)
        unit = weights is None
        _residual_kernel(series, displacement, np.zeros((1, 1)) if unit else np.ascontiguousarray(weights),
                         unit, np.ascontiguousarray(network.pairs[:, 0]),
                         np.ascontiguousarray(network.pairs[:, 1]), factor, phase, square, n_used)
    else:
        used = np.isfinite(displacement)
        if weights is not None:
            used &= weights > 0
        n_used = used.sum(axis=1).astype(np.float64)
        residual = series[:, network.pairs[:, 1]] - series[:, network.pairs[:, 0]] - displacement
        residual = np.where(used, residual, 0.0)
        phase = (factor * residual).astype(np.float32)
        square = np.einsum('ij,ij->i', residual, residual)
    # unused observations have phase 0: cos = 1 each, sin = 0
    real = np.cos(phase).sum(axis=1, dtype=np.float64) - (phase.shape[1] - n_used)
    imag = np.sin(phase).sum(axis=1, dtype=np.float64)
    with np.errstate(invalid='ignore', divide='ignore'):
        coherence = np.hypot(real, imag) / n_used
        rms = np.sqrt(square / n_used)
    bad = ~np.isfinite(series[:, -1]) | (n_used == 0)
    coherence[bad] = np.nan
    rms[bad] = np.nan
    return coherence, rms, n_used


@jit(parallel=True)
def _residual_kernel(series, disp, weights, unit, starts, stops, factor, phase, square, n_used):
    """Residual phases (float32, 0 where unused), Σr² [mm²] and counts per pixel."""
    n_pix, n_obs = disp.shape
    for p in prange(n_pix):
        total = 0.0
        count = 0
        for k in range(n_obs):
            if not np.isfinite(disp[p, k]) or not (unit or weights[p, k] > 0.0):
                phase[p, k] = 0.0
                continue
            r = series[p, stops[k]] - series[p, starts[k]] - disp[p, k]
            phase[p, k] = factor * r
            total += r * r
            count += 1
        square[p] = total
        n_used[p] = count


# -- ABIC ---------------------------------------------------------------------

def abic_values(network, displacement, weights, kappa2, use_numba=None, rho=0.0):
    """ABIC of each pixel for κ² > 0 (Yabuki & Matsu'ura 1992), up to a constant:

        ABIC = (n + P − M) ln s(κ²) − P ln κ² + ln det(GᵀWG + κ²LᵀL)

    n observations used, M free parameters, P = N − 2 = rank(LᵀL), s the
    objective at the solution.  With the atmosphere (ρ > 0, :mod:`.sbas_atmosphere`)
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
