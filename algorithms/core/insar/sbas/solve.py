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

import numpy as np

from ...common.accel import TRANSPOSE_BLOCK, jit, numba_enabled, prange
from ...common.banded import envelope_cholesky, envelope_solve
from ...common.linalg import RELATIVE_PIVOT, cholesky_solve
from .atmosphere import solve_joint
from .network import connected_components, inversion_network
from .solution import Solution, dispatch, pin_unspanned_steps

#: coherence is clipped below this so that the phase variance stays positive
MAX_COHERENCE = 0.999


#: pixels per chunk of the numpy path (bounds the (n, M, M) normal matrices)
NUMPY_CHUNK = 2048


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


def phase_weights_of_pixels(coherence, looks, wavelength, use_numba=None):
    """:func:`phase_weights` of coherence (K, rows, cols) as (n_pixels, K), contiguous.

    The numba kernel computes each weight straight into the pixel-major array; the numpy
    twin makes :func:`phase_weights`' intermediate arrays (a window's coherence four
    times over, at the peak of a window's reading) and transposes them.  Same numbers.
    """
    coherence = np.asarray(coherence, dtype=np.float64).reshape(len(coherence), -1)
    if not numba_enabled(use_numba):
        return np.ascontiguousarray(phase_weights(coherence, looks, wavelength).T)
    out = np.empty((coherence.shape[1], coherence.shape[0]))
    _phase_weights_kernel(coherence, (4.0 * np.pi / wavelength) ** 2 * 2.0 * looks, MAX_COHERENCE, out)
    return out


@jit(parallel=True)
def _phase_weights_kernel(coherence, factor, max_coherence, out):
    n_obs, n_pix = coherence.shape
    for block in prange((n_pix + TRANSPOSE_BLOCK - 1) // TRANSPOSE_BLOCK):
        first = block * TRANSPOSE_BLOCK
        last = min(first + TRANSPOSE_BLOCK, n_pix)
        for k in range(n_obs):
            for p in range(first, last):
                gamma = coherence[k, p]
                if gamma < 0.0:
                    gamma = 0.0
                elif gamma > max_coherence:
                    gamma = max_coherence
                gamma2 = gamma * gamma
                out[p, k] = factor * gamma2 / (1.0 - gamma2)


def solve(network, displacement, weights=None, kappa2=0.0, use_numba=None, abic=False, rho=0.0):
    """Solve the SBAS problem for a batch of pixels.

    displacement: (n, K) interferometric displacement [mm], NaN = missing;
    weights: (n, K) 1/σ² [1/mm²] (``None`` = 1); ``kappa2`` = κ² ≥ 0
    (0 = minimum-norm solution, steps ignored).  Pixels without any valid
    observation are NaN.  Returns a :class:`.solution.Solution`; its ``logdet`` and
    ``objective`` (needed by ABIC) are computed when ``abic`` is true
    (the numba path always fills them, the numpy paths leave NaN otherwise).
    ``rho`` = ρ > 0 (with κ² > 0) adds the per-date atmosphere of
    :mod:`.atmosphere`, estimated jointly (``Solution.atmosphere``).
    """
    if rho > 0 and kappa2 > 0:
        return solve_joint(network, displacement, weights, kappa2, rho, use_numba, abic)
    network = inversion_network(network, kappa2)

    def shared(d):
        return _solve_shared(network, d, kappa2, abic)

    def rest(d, w, numba):
        return _solve_numba_path(network, d, w, kappa2) if numba else _solve_numpy_path(network, d, w, kappa2, abic)

    return dispatch(displacement, weights, network.n_params, None, shared, rest, use_numba)


def _shared_operator(network, kappa2):
    """(N⁻¹Gᵀ (M, K), ln det N, free parameters) for all-valid pixels with unit weights (cached)."""
    if kappa2 not in network.operators:
        ones = np.ones((1, len(network.pairs)))
        normal, _, n_free = _normal_matrices(network, ones, np.zeros_like(ones), kappa2)
        network.operators[kappa2] = (np.linalg.solve(normal[0], network.design().T),
                                     np.linalg.slogdet(normal[0])[1], n_free[0])
    return network.operators[kappa2]


def _solve_shared(network, displacement, kappa2, abic):
    """All-valid pixels with unit weights: one operator x = N⁻¹Gᵀ·d for all of them."""
    operator, logdet, n_free = _shared_operator(network, kappa2)
    n_pix = displacement.shape[0]
    part = Solution(displacement @ operator.T, np.full(n_pix, np.nan), np.full(n_pix, np.nan), None,
                    np.full(n_pix, n_free, dtype=np.int64))
    if abic:
        part.logdet[:] = logdet
        part.objective = _objective(network, displacement, np.ones_like(displacement), part.x, kappa2)
    return part


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
        pin_unspanned_steps(normal, range(network.n_intervals, m), n_free)
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
    for i in range(n_int):
        alpha += normal[i, i]
    alpha /= n_int
    for n in range(1, n_dates):
        r = _find(parent, n)
        if r == root0 or r != n:
            continue
        lo = n_int
        hi = -1
        for i in range(n_int):
            inside_next = 1.0 if _find(parent, i + 1) == r else 0.0
            inside = 1.0 if _find(parent, i) == r else 0.0
            z[i] = (inside_next - inside) / h[i]
            if z[i] != 0.0:
                if i < lo:
                    lo = i
                hi = i
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
