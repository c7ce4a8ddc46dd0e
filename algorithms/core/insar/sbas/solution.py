"""Per-pixel SBAS solutions, the dispatch shared by both solvers, and the products drawn from them.

:class:`Solution` is what :func:`.solve.solve` and :func:`.atmosphere.solve_joint`
return for a batch of pixels.  :func:`dispatch` is the batch logic both use:
observations that are NaN or have zero weight are dropped per pixel; pixels
whose observations are all valid and unit-weighted share one solution
operator (a matrix product); the rest go to a numba kernel or its numpy twin.

Products: cumulative displacement D_n [mm] (:func:`time_series`) and
temporal coherence |Σ exp(i·4π/λ·r_k)|/n with the RMS residual [mm]
(:func:`residual_quality`).
"""
import math
from dataclasses import dataclass

import numpy as np

from ...common.accel import jit, numba_enabled, prange


@dataclass
class Solution:
    """Per-pixel solution of a batch (arrays over pixels)."""

    x: np.ndarray          # (n, M) interval velocities [mm/yr] then steps [mm]
    logdet: np.ndarray     # (n,) log det of the normal matrix (ABIC)
    objective: np.ndarray  # (n,) ‖W(Gx − d)‖² + κ²‖Lx‖² at the solution
    n_used: np.ndarray     # (n,) observations used
    n_free: np.ndarray     # (n,) parameters not pinned to zero
    atmosphere: np.ndarray = None   # (n, N) per-date atmosphere a [mm] (joint model only)

    @classmethod
    def unsolved(cls, n_pix, n_params, n_used, n_dates=None):
        """All-NaN solution of ``n_pix`` pixels (with an atmosphere of ``n_dates`` dates if given)."""
        atmosphere = None if n_dates is None else np.full((n_pix, n_dates), np.nan)
        return cls(np.full((n_pix, n_params), np.nan), np.full(n_pix, np.nan), np.full(n_pix, np.nan),
                   n_used, np.zeros(n_pix, dtype=np.int64), atmosphere)

    def fill(self, where, part):
        """Copy ``part`` (a Solution of the pixels ``where``) into this one (``n_used`` is kept)."""
        for name in ('x', 'logdet', 'objective', 'n_free', 'atmosphere'):
            values = getattr(part, name)
            if values is not None:
                getattr(self, name)[where] = values


def pin_unspanned_steps(normal, columns, n_free):
    """Pin parameters with an empty normal-matrix diagonal to 0 (steps no observation spans).

    ``normal`` (n, P, P) is changed in place (diagonal 1 where it was 0) for
    each column index of ``columns``; ``n_free`` (n,) loses one per pin.
    """
    for c in columns:
        pin = normal[:, c, c] == 0.0
        normal[pin, c, c] = 1.0
        n_free -= pin
    return n_free


def dispatch(displacement, weights, n_params, n_dates, solve_shared, solve_rest, use_numba):
    """Solve a batch of pixels with the logic both SBAS solvers share.

    displacement (n, K) [mm] (NaN = missing), weights (n, K) [1/mm²] or
    ``None`` (unit).  Observations that are NaN or have zero weight are
    dropped per pixel.  When ``weights`` is ``None``, pixels (batches of 64
    or more) whose observations are all valid share one operator:
    ``solve_shared(d)`` → :class:`Solution` of those rows.  The others go to
    ``solve_rest(d, w, numba)`` with w = 0 where invalid.  ``n_dates``: size
    of the atmosphere (``None`` without the atmospheric term).
    """
    displacement = np.ascontiguousarray(displacement, dtype=np.float64)
    n_pix = displacement.shape[0]
    if weights is not None:
        weights = np.ascontiguousarray(weights, dtype=np.float64)
    n_used, complete = valid_counts(displacement, weights, use_numba)
    shared = complete if weights is None and n_pix >= 64 else np.zeros(n_pix, dtype=bool)
    if shared.all():   # also an empty batch
        if not n_pix:
            return Solution.unsolved(0, n_params, n_used, n_dates)
        part = solve_shared(displacement)
        part.n_used = n_used
        return part
    result = Solution.unsolved(n_pix, n_params, n_used, n_dates)
    if shared.any():
        result.fill(shared, solve_shared(displacement[shared]))
    rest = np.flatnonzero(~shared) if shared.any() else slice(None)   # a slice copies nothing
    d = displacement[rest]
    valid = np.isfinite(d)
    if weights is None:
        w = valid.astype(np.float64)
    else:
        w = np.where(valid & (weights[rest] > 0), weights[rest], 0.0)
    result.fill(rest, solve_rest(d, w, numba_enabled(use_numba)))
    return result


def valid_counts(displacement, weights=None, use_numba=None):
    """Per pixel: observations used (finite, and weight > 0 when ``weights`` are given) and whether all are.

    displacement, weights (n, K) float64 contiguous (``weights`` ``None`` = unit).  Returns (n_used int64,
    complete bool), each (n,).
    """
    if numba_enabled(use_numba):
        n_used = np.empty(displacement.shape[0], dtype=np.int64)
        _valid_counts_kernel(displacement, np.zeros((1, 1)) if weights is None else weights, weights is None,
                             n_used)
        return n_used, n_used == displacement.shape[1]
    valid = np.isfinite(displacement)
    if weights is not None:
        valid &= weights > 0
    return valid.sum(axis=1), valid.all(axis=1)


@jit(parallel=True)
def _valid_counts_kernel(displacement, weights, unit, n_used):
    n_pix, n_obs = displacement.shape
    for p in prange(n_pix):
        count = 0
        for k in range(n_obs):
            if np.isfinite(displacement[p, k]) and (unit or weights[p, k] > 0.0):
                count += 1
        n_used[p] = count


def time_series(network, x, use_numba=None):
    """Cumulative displacement D (n, N) [mm], first date = 0, from ``x`` (n, M), steps included.

    D_n = Σ_{l<n} v_l·h_l + Σ_{steps q at or before n} s_q.  Pixels whose ``x`` is
    not finite (unsolved) are NaN at every date.
    """
    n_int = network.n_intervals
    series = np.zeros((x.shape[0], network.n_dates))
    if numba_enabled(use_numba):
        _series_kernel(np.ascontiguousarray(x, dtype=np.float64), network.h, network.step_index(), series)
        return series
    np.cumsum(x[:, :n_int] * network.h, axis=1, out=series[:, 1:])
    if x.shape[1] > n_int:
        series += x[:, n_int:] @ network.after_step()
    series[~np.isfinite(x).all(axis=1), 0] = np.nan   # unsolved pixels are NaN at every date
    return series


@jit(parallel=True)
def _series_kernel(x, h, step_index, series):
    """:func:`time_series` in one pass per pixel."""
    n_pix, m = x.shape
    n_int = h.shape[0]
    for p in prange(n_pix):
        finite = True
        for j in range(m):
            if not np.isfinite(x[p, j]):
                finite = False
        total = 0.0
        for interval in range(n_int):
            total += x[p, interval] * h[interval]
            series[p, interval + 1] = total
        for q in range(m - n_int):
            for n in range(step_index[q], n_int + 1):
                series[p, n] += x[p, n_int + q]
        if not finite:
            series[p, 0] = np.nan


def residual_quality(network, series, displacement, weights, wavelength, use_numba=None):
    """Temporal coherence, RMS residual [mm] and number of interferograms used, per pixel.

    Residual r_k = (D_j − D_i) − d_k over the observations used (finite,
    weight > 0; ``weights`` ``None`` = all finite ones); temporal coherence
    |Σ exp(i·4π/λ·r_k)| / n (Pepe & Lanari 2006).  NaN where the series is NaN.
    Trigonometry: numpy in single precision (its vectorised cos and sin); the
    numba kernel in double precision by polynomials (:func:`_phasor_sums_kernel`,
    error < 1e-9), so the two agree to single precision.
    """
    series = np.ascontiguousarray(series, dtype=np.float64)
    displacement = np.ascontiguousarray(displacement, dtype=np.float64)
    factor = 4.0 * np.pi / wavelength
    n_pix, n_obs = displacement.shape
    if numba_enabled(use_numba):
        phase = np.empty((n_pix, n_obs))
        square, n_used = np.empty(n_pix), np.empty(n_pix)
        unit = weights is None
        _residual_kernel(series, displacement, np.zeros((1, 1)) if unit else np.ascontiguousarray(weights),
                         unit, np.ascontiguousarray(network.pairs[:, 0]),
                         np.ascontiguousarray(network.pairs[:, 1]), factor, phase, square, n_used)
        real, imag = np.empty(n_pix), np.empty(n_pix)
        _phasor_sums_kernel(phase, real, imag)
    else:
        used = np.isfinite(displacement)
        if weights is not None:
            used &= weights > 0
        n_used = used.sum(axis=1).astype(np.float64)
        residual = series[:, network.pairs[:, 1]] - series[:, network.pairs[:, 0]] - displacement
        residual = np.where(used, residual, 0.0)
        phase = (factor * residual).astype(np.float32)
        square = np.einsum('ij,ij->i', residual, residual)
        real, imag = np.cos(phase).sum(axis=1, dtype=np.float64), np.sin(phase).sum(axis=1, dtype=np.float64)
    # unused observations have phase 0: cos = 1 each, sin = 0
    real -= n_obs - n_used
    with np.errstate(invalid='ignore', divide='ignore'):
        coherence = np.hypot(real, imag) / n_used
        rms = np.sqrt(square / n_used)
    bad = ~np.isfinite(series[:, -1]) | (n_used == 0)
    coherence[bad] = np.nan
    rms[bad] = np.nan
    return coherence, rms, n_used


TWO_PI = 2.0 * np.pi
#: Taylor coefficients of cos and sin/x in z = h², |h| ≤ π/2 (truncation error < 1e-10)
COS_TERMS = tuple((-1.0) ** n / math.factorial(2 * n) for n in range(9))
SIN_TERMS = tuple((-1.0) ** n / math.factorial(2 * n + 1) for n in range(9))


@jit(parallel=True, fastmath={'contract', 'reassoc', 'nsz'})
def _phasor_sums_kernel(phase, real, imag):
    """Σ_k cos φ_k and Σ_k sin φ_k per row of ``phase`` (n, K) [rad], finite values.

    Branch-free so that the loop vectorises: h = (φ − 2π·round(φ/2π))/2 ∈ [−π/2, π/2],
    cos h and sin h by their Taylor polynomials, then cos φ = 1 − 2 sin²h and sin φ = 2 sin h cos h.
    """
    c0, c1, c2, c3, c4, c5, c6, c7, c8 = COS_TERMS
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = SIN_TERMS
    n_pix, n_obs = phase.shape
    for p in prange(n_pix):
        total_cos = 0.0
        total_sin = 0.0
        for k in range(n_obs):
            x = phase[p, k]
            h = 0.5 * (x - TWO_PI * np.rint(x / TWO_PI))
            z = h * h
            cos_h = c0 + z * (c1 + z * (c2 + z * (c3 + z * (c4 + z * (c5 + z * (c6 + z * (c7 + z * c8)))))))
            sin_h = h * (s0 + z * (s1 + z * (s2 + z * (s3 + z * (s4 + z * (s5 + z * (s6 + z * (s7 + z * s8))))))))
            total_cos += 1.0 - 2.0 * sin_h * sin_h
            total_sin += 2.0 * sin_h * cos_h
        real[p] = total_cos
        imag[p] = total_sin


@jit(parallel=True)
def _residual_kernel(series, disp, weights, unit, starts, stops, factor, phase, square, n_used):
    """Residual phases [rad] (0 where unused), Σr² [mm²] and counts per pixel."""
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
