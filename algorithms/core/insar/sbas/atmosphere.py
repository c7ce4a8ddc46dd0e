"""SBAS with a temporally white atmospheric delay per acquisition (GSITSA's smoothing, reference 000).

The turbulent atmosphere of a date adds the same delay a_n [mm] to every
interferogram that uses that date, so it is consistent across the network
(it lies in the range of the design matrix) and, with only independent
interferogram noise in the model, looks like rough displacement.  This module
models it explicitly:

    d = G·m + A·a + n,   n ~ N(0, σ² W⁻¹),   a_n ~ N(0, σ² ρ) i.i.d.,   κ²‖L·m‖² prior on m

with m = [interval velocities, steps] (:mod:`.network`), A the (K, N) incidence
matrix of the network (interferogram of dates (i, j): +1 at j, −1 at i), so the
apparent displacement of date n is y_n = D_n + a_n − a_0, and ρ = σ_a²/σ² [mm²
with W in 1/mm²] a second hyperparameter.  The estimate minimises

    ‖W^{1/2}(d − G·m − A·a)‖² + ‖a‖²/ρ + κ²‖L·m‖²

jointly over u = [m; a] (size M + N).  With the unknowns interleaved in time,
[a_0, v_0, a_1, v_1, (step), a_2, …], an interferogram touches only the
unknowns between its two dates, so the normal matrix is banded and factorised
in O((M+N)·b²) by an envelope Cholesky (:mod:`.banded`; a network with long
interferograms just widens the envelope).

ABIC (marginal likelihood of (κ², ρ) with σ² profiled out; m's prior is flat
on the null space of L: constant velocity and steps)::

    ABIC = (n + P − M) ln s − P ln κ² + N ln ρ + ln det H

n observations used, M free parameters of m, P = N − 2 = rank(LᵀL), s the
minimised objective and H the joint normal matrix.  As ρ → 0 it tends to
:func:`.abic.abic_values` (same constant).  σ̂² = s/(n + P − M) and the
atmospheric standard deviation is σ_a = √(ρ·σ̂²) [mm].
"""
from dataclasses import dataclass

import numpy as np

from ...common.accel import jit, numba_enabled, prange
from ...common.banded import envelope, envelope_cholesky, envelope_cholesky_batch, envelope_solve, envelope_solve_batch
from ...common.linalg import RELATIVE_PIVOT
from .solution import Solution, dispatch, pin_unspanned_steps

#: bytes of the (n, size, size) normal matrices of one chunk of the numpy path
NUMPY_CHUNK_BYTES = 32 * 1024 * 1024


@dataclass
class JointLayout:
    """Interleaved ordering of u = [m; a] and the sparse rows of the joint design [G A]."""

    size: int
    pos_m: np.ndarray       # (M,) position of v_0 … v_{N−2}, s_1 … s_S
    pos_a: np.ndarray       # (N,) position of a_0 … a_{N−1}
    rows_idx: np.ndarray    # (K, R) positions touched by each interferogram
    rows_coef: np.ndarray   # (K, R) their coefficients (h_l, ±1, step 0/±1)
    rows_len: np.ndarray    # (K,) entries used in each row
    first: np.ndarray       # (size,) envelope of the joint normal matrix
    design: np.ndarray      # (K, size) dense [G A] in the interleaved ordering
    outer_rc: np.ndarray    # (K, E, 2) lower-triangle entries (row ≥ column) of each row's outer product
    outer_coef: np.ndarray  # (K, E) their values
    outer_len: np.ndarray   # (K,) entries used


def joint_layout(network):
    """:class:`JointLayout` of ``network`` (cached on it)."""
    key = ('joint-layout',)
    if key in network.operators:
        return network.operators[key]
    n_int, n_dates = network.n_intervals, network.n_dates
    step_after = network.step_index() - 1        # the interval each step falls in
    pos_m = np.empty(network.n_params, dtype=np.int64)
    pos_a = np.empty(n_dates, dtype=np.int64)
    position = 0
    for n in range(n_dates):
        pos_a[n] = position
        position += 1
        if n < n_int:
            pos_m[n] = position
            position += 1
            for q in np.flatnonzero(step_after == n):
                pos_m[n_int + q] = position
                position += 1
    size = position
    g = network.design()
    design = np.zeros((len(network.pairs), size))
    design[:, pos_m] = g
    k = np.arange(len(network.pairs))
    design[k, pos_a[network.pairs[:, 1]]] += 1.0
    design[k, pos_a[network.pairs[:, 0]]] -= 1.0
    rows_len = (design != 0).sum(axis=1).astype(np.int64)
    width = max(int(rows_len.max()), 1)
    rows_idx = np.zeros((len(design), width), dtype=np.int64)
    rows_coef = np.zeros((len(design), width))
    for r, row in enumerate(design):
        columns = np.flatnonzero(row)
        rows_idx[r, :len(columns)] = columns
        rows_coef[r, :len(columns)] = row[columns]
    pattern = (design != 0).T.astype(np.int64) @ (design != 0).astype(np.int64)
    for a in range(n_int - 1):   # the roughness couples consecutive velocities
        pattern[pos_m[a + 1], pos_m[a]] = pattern[pos_m[a], pos_m[a + 1]] = 1
    entries = [[(a, b, row[a] * row[b]) for a in np.flatnonzero(row) for b in np.flatnonzero(row) if b <= a]
               for row in design]
    outer_len = np.array([len(e) for e in entries], dtype=np.int64)
    outer_rc = np.zeros((len(design), max(int(outer_len.max()), 1), 2), dtype=np.int64)
    outer_coef = np.zeros(outer_rc.shape[:2])
    for r, items in enumerate(entries):
        for e, (a, b, value) in enumerate(items):
            outer_rc[r, e] = a, b
            outer_coef[r, e] = value
    layout = JointLayout(size, pos_m, pos_a, rows_idx, rows_coef, rows_len, envelope(pattern), design,
                         outer_rc, outer_coef, outer_len)
    network.operators[key] = layout
    return layout


def solve_joint(network, displacement, weights, kappa2, rho, use_numba=None, abic=False):
    """Joint estimate of m and a for a batch of pixels (κ² > 0, ρ > 0); see :func:`.solve.solve`.

    Returns a :class:`.solution.Solution` whose ``atmosphere`` (n, N) holds a
    [mm] and whose ``logdet`` is ln det H.
    """
    if weights is not None and numba_enabled(use_numba):   # the kernel drops NaN and zero-weight observations
        return _solve_numba(network, np.ascontiguousarray(displacement, dtype=np.float64),
                            np.ascontiguousarray(weights, dtype=np.float64), kappa2, rho, abic)

    def shared(d):
        return _solve_shared(network, d, kappa2, rho, abic)

    def rest(d, w, numba):
        return (_solve_numba if numba else _solve_numpy)(network, d, w, kappa2, rho)

    return dispatch(displacement, weights, network.n_params, network.n_dates, shared, rest, use_numba)


def _unit_normal(network, kappa2, rho):
    """Joint normal matrix (size, size) of an all-valid pixel with unit weights, and its free count."""
    layout = joint_layout(network)
    normal = layout.design.T @ layout.design
    n_free = _add_priors(network, layout, normal[None], kappa2, rho)
    return normal, int(n_free[0])


def _add_priors(network, layout, normal, kappa2, rho):
    """Add κ²LᵀL and I/ρ to (n, size, size) normal matrices; pin unspanned steps; return free counts."""
    diagonal, off = network.roughness_bands()
    pos = layout.pos_m
    normal[:, pos, pos] += kappa2 * diagonal
    normal[:, pos[1:], pos[:-1]] += kappa2 * off
    normal[:, pos[:-1], pos[1:]] += kappa2 * off
    normal[:, layout.pos_a, layout.pos_a] += 1.0 / rho
    n_free = np.full(normal.shape[0], network.n_params, dtype=np.int64)
    return pin_unspanned_steps(normal, pos[network.n_intervals:], n_free)


def _solve_shared(network, displacement, kappa2, rho, abic):
    """All-valid pixels with unit weights: one operator u = H⁻¹[G A]ᵀ·d for all of them."""
    key = ('joint', kappa2, rho)
    layout = joint_layout(network)
    if key not in network.operators:
        normal, n_free = _unit_normal(network, kappa2, rho)
        network.operators[key] = (np.linalg.solve(normal, layout.design.T), np.linalg.slogdet(normal)[1],
                                  n_free)
    operator, logdet, n_free = network.operators[key]
    u = displacement @ operator.T
    part = Solution.unsolved(len(displacement), network.n_params, None, network.n_dates)
    part.x, part.atmosphere = u[:, layout.pos_m], u[:, layout.pos_a]
    part.n_free[:] = n_free
    if abic:
        part.logdet[:] = logdet
        part.objective = objective(network, displacement, np.ones_like(displacement), part.x, part.atmosphere,
                                   kappa2, rho)
    return part


def objective(network, displacement, weights, x, atmosphere, kappa2, rho):
    """‖W^{1/2}(G·m + A·a − d)‖² + κ²‖L·m‖² + ‖a‖²/ρ per pixel (weights 0 where invalid)."""
    pairs = network.pairs
    residual = (x @ network.design().T + atmosphere[:, pairs[:, 1]] - atmosphere[:, pairs[:, 0]]
                - displacement)
    residual = np.where(weights > 0, residual, 0.0)
    rough = x @ network.roughness().T
    return (np.einsum('ij,ij,ij->i', residual, residual, weights) + kappa2 * np.einsum('ij,ij->i', rough, rough)
            + np.einsum('ij,ij->i', atmosphere, atmosphere) / rho)


def _solve_numpy(network, displacement, weights, kappa2, rho):
    layout = joint_layout(network)
    n_pix, size = displacement.shape[0], layout.size
    x = np.full((n_pix, network.n_params), np.nan)
    atmosphere = np.full((n_pix, network.n_dates), np.nan)
    logdet, value = np.full(n_pix, np.nan), np.full(n_pix, np.nan)
    n_free = np.zeros(n_pix, dtype=np.int64)
    outer = (layout.design[:, :, None] * layout.design[:, None, :]).reshape(len(layout.design), size * size)
    chunk = max(16, NUMPY_CHUNK_BYTES // (8 * size * size))
    for start in range(0, n_pix, chunk):
        part = slice(start, min(start + chunk, n_pix))
        w = weights[part]
        d = np.where(w > 0, displacement[part], 0.0)
        normal = (w @ outer).reshape(-1, size, size)
        u = (w * d) @ layout.design
        free = _add_priors(network, layout, normal, kappa2, rho)
        det = envelope_cholesky_batch(normal, layout.first)
        envelope_solve_batch(normal, layout.first, u)
        ok = np.isfinite(det) & ((w > 0).sum(axis=1) > 0)
        xs, atm = u[:, layout.pos_m], u[:, layout.pos_a]
        xs[~ok], atm[~ok] = np.nan, np.nan
        x[part], atmosphere[part] = xs, atm
        logdet[part] = np.where(ok, det, np.nan)
        n_free[part] = np.where(ok, free, 0)
        value[part] = np.where(ok, objective(network, d, w, np.where(ok[:, None], xs, 0.0),
                                             np.where(ok[:, None], atm, 0.0), kappa2, rho), np.nan)
    return Solution(x, logdet, value, (weights > 0).sum(axis=1), n_free, atmosphere)


def _solve_numba(network, displacement, weights, kappa2, rho, abic=True):
    """Joint solution by the numba kernel (drops NaN and zero-weight observations itself)."""
    layout = joint_layout(network)
    n_pix = displacement.shape[0]
    diagonal, off = network.roughness_bands()
    x = np.empty((n_pix, network.n_params))
    atmosphere = np.empty((n_pix, network.n_dates))
    logdet, value = np.empty(n_pix), np.empty(n_pix)
    n_free, n_used = np.empty(n_pix, dtype=np.int64), np.empty(n_pix, dtype=np.int64)
    _joint_kernel(displacement, weights, layout.rows_idx, layout.rows_coef, layout.rows_len, layout.outer_rc,
                  layout.outer_coef, layout.outer_len, layout.first, layout.pos_m, layout.pos_a,
                  network.n_intervals, np.ascontiguousarray(network.h), diagonal, off, float(kappa2),
                  1.0 / float(rho), RELATIVE_PIVOT, bool(abic), max(1, min(n_pix, 64)), x, atmosphere, logdet, value,
                  n_free, n_used)
    return Solution(x, logdet, value, n_used, n_free, atmosphere)


@jit()
def _unsolved(p, x, atmosphere, logdet, objective, n_free):
    """Pixel ``p`` has no solution: NaN everywhere, no free parameter."""
    x[p, :] = np.nan
    atmosphere[p, :] = np.nan
    logdet[p] = np.nan
    objective[p] = np.nan
    n_free[p] = 0


@jit(parallel=True)
def _joint_kernel(disp, weights, rows_idx, rows_coef, rows_len, outer_rc, outer_coef, outer_len, first, pos_m,
                  pos_a, n_int, h, lap_diag, lap_off, kappa2, inv_rho, relative_pivot, with_objective, n_chunks, x,
                  atmosphere, logdet, objective, n_free, n_used):
    """Joint normal equations per pixel (observations with weight > 0 and finite value), envelope Cholesky.

    The objective (for ABIC) is computed only ``with_objective`` (NaN otherwise).
    """
    n_pix, n_obs = disp.shape
    size = first.shape[0]
    m = pos_m.shape[0]
    n_dates = pos_a.shape[0]
    for chunk in prange(n_chunks):
        lo = chunk * n_pix // n_chunks
        hi = (chunk + 1) * n_pix // n_chunks
        normal = np.empty((size, size))
        u = np.empty(size)
        for p in range(lo, hi):
            for r in range(size):
                u[r] = 0.0
                for c in range(first[r], r + 1):
                    normal[r, c] = 0.0
            count = 0
            for k in range(n_obs):
                wk = weights[p, k]
                dk = disp[p, k]
                if not (wk > 0.0 and np.isfinite(dk)):
                    continue
                count += 1
                wd = wk * dk
                for e in range(rows_len[k]):
                    u[rows_idx[k, e]] += wd * rows_coef[k, e]
                for e in range(outer_len[k]):
                    normal[outer_rc[k, e, 0], outer_rc[k, e, 1]] += wk * outer_coef[k, e]
            n_used[p] = count
            if count == 0:
                _unsolved(p, x, atmosphere, logdet, objective, n_free)
                continue
            for a in range(m):
                normal[pos_m[a], pos_m[a]] += kappa2 * lap_diag[a]
            for a in range(m - 1):
                if lap_off[a] != 0.0:
                    normal[pos_m[a + 1], pos_m[a]] += kappa2 * lap_off[a]
            for n in range(n_dates):
                normal[pos_a[n], pos_a[n]] += inv_rho
            free = m
            for c in range(n_int, m):
                pc = pos_m[c]
                if normal[pc, pc] == 0.0:
                    normal[pc, pc] = 1.0
                    free -= 1
            value = envelope_cholesky(normal, first, size, relative_pivot)
            if np.isnan(value):
                _unsolved(p, x, atmosphere, logdet, objective, n_free)
                continue
            envelope_solve(normal, first, size, u)
            for a in range(m):
                x[p, a] = u[pos_m[a]]
            for n in range(n_dates):
                atmosphere[p, n] = u[pos_a[n]]
            logdet[p] = value
            n_free[p] = free
            if not with_objective:
                objective[p] = np.nan
                continue
            misfit = 0.0
            for k in range(n_obs):
                wk = weights[p, k]
                if not (wk > 0.0 and np.isfinite(disp[p, k])):
                    continue
                predicted = 0.0
                for e in range(rows_len[k]):
                    predicted += rows_coef[k, e] * u[rows_idx[k, e]]
                r = predicted - disp[p, k]
                misfit += wk * r * r
            for n in range(1, n_int):
                rough = 2.0 / (h[n - 1] + h[n]) * (u[pos_m[n]] - u[pos_m[n - 1]])
                misfit += kappa2 * rough * rough
            for n in range(n_dates):
                misfit += inv_rho * u[pos_a[n]] * u[pos_a[n]]
            objective[p] = misfit
