"""Batched symmetric positive-definite solves for per-pixel least squares.

For each pixel p the normal equations N_p x_p = r_p (N_p = Gᵀ W_p G) are solved
by Cholesky factorisation N_p = L_p L_pᵀ.  Both the numpy path (vectorised
over pixels) and the numba path (one pixel at a time) run the same
algorithm, so they agree to rounding.  A pixel whose matrix is not
numerically positive definite (a pivot ≤ ``RELATIVE_PIVOT`` × its diagonal)
is returned as NaN rather than as a meaningless number.
"""
import numpy as np

from .accel import jit, numba_enabled, prange

RELATIVE_PIVOT = 1e-10


def cholesky_solve(normal, rhs, use_numba=None, with_inverse_diagonal=True):
    """Solve ``normal[p] @ x[p] = rhs[p]`` for every pixel p.

    normal: (n_pix, k, k) symmetric matrices; rhs: (n_pix, k).
    Returns ``x`` (n_pix, k) and ``inverse_diagonal`` (n_pix, k) = diag(N⁻¹),
    both NaN where N is singular; ``inverse_diagonal`` is ``None`` unless
    ``with_inverse_diagonal`` (it costs k more triangular solves per pixel).
    """
    normal = np.ascontiguousarray(normal, dtype=np.float64)
    rhs = np.ascontiguousarray(rhs, dtype=np.float64)
    if numba_enabled(use_numba):
        x = np.empty_like(rhs)
        inverse_diagonal = np.empty_like(rhs)
        _cholesky_solve_numba(normal, rhs, x, inverse_diagonal, RELATIVE_PIVOT, with_inverse_diagonal)
        return x, inverse_diagonal if with_inverse_diagonal else None
    return _cholesky_solve_numpy(normal, rhs, with_inverse_diagonal)


def _cholesky_solve_numpy(normal, rhs, with_inverse_diagonal):
    n_pix, k, _ = normal.shape
    lower = np.zeros_like(normal)
    ok = np.ones(n_pix, dtype=bool)
    for j in range(k):
        pivot = normal[:, j, j] - np.sum(lower[:, j, :j] ** 2, axis=1)
        ok &= pivot > RELATIVE_PIVOT * np.abs(normal[:, j, j])
        diag = np.sqrt(np.where(ok, pivot, 1.0))
        lower[:, j, j] = diag
        for i in range(j + 1, k):
            lower[:, i, j] = (normal[:, i, j] - np.sum(lower[:, i, :j] * lower[:, j, :j], axis=1)) / diag
    x = _triangular_solves(lower, rhs)
    x[~ok] = np.nan
    if not with_inverse_diagonal:
        return x, None
    inverse_diagonal = np.empty_like(rhs)
    for i in range(k):
        unit = np.zeros_like(rhs)
        unit[:, i] = 1.0
        inverse_diagonal[:, i] = _triangular_solves(lower, unit)[:, i]
    inverse_diagonal[~ok] = np.nan
    return x, inverse_diagonal


def _triangular_solves(lower, rhs):
    """Solve L Lᵀ x = rhs for all pixels (forward then back substitution)."""
    k = rhs.shape[1]
    y = np.empty_like(rhs)
    for i in range(k):
        y[:, i] = (rhs[:, i] - np.sum(lower[:, i, :i] * y[:, :i], axis=1)) / lower[:, i, i]
    x = np.empty_like(rhs)
    for i in range(k - 1, -1, -1):
        x[:, i] = (y[:, i] - np.sum(lower[:, i + 1:, i] * x[:, i + 1:], axis=1)) / lower[:, i, i]
    return x


@jit()
def _solve_one(lower, b, k, out):
    y = np.empty(k)
    for i in range(k):
        s = b[i]
        for m in range(i):
            s -= lower[i, m] * y[m]
        y[i] = s / lower[i, i]
    for i in range(k - 1, -1, -1):
        s = y[i]
        for m in range(i + 1, k):
            s -= lower[m, i] * out[m]
        out[i] = s / lower[i, i]


@jit(parallel=True)
def _cholesky_solve_numba(normal, rhs, x, inverse_diagonal, relative_pivot, with_inverse_diagonal):
    n_pix, k = rhs.shape
    for p in prange(n_pix):
        lower = np.zeros((k, k))
        ok = True
        for j in range(k):
            s = normal[p, j, j]
            for m in range(j):
                s -= lower[j, m] * lower[j, m]
            if not s > relative_pivot * abs(normal[p, j, j]):
                ok = False
                break
            d = np.sqrt(s)
            lower[j, j] = d
            for i in range(j + 1, k):
                t = normal[p, i, j]
                for m in range(j):
                    t -= lower[i, m] * lower[j, m]
                lower[i, j] = t / d
        if not ok:
            for i in range(k):
                x[p, i] = np.nan
                inverse_diagonal[p, i] = np.nan
            continue
        _solve_one(lower, rhs[p], k, x[p])
        if not with_inverse_diagonal:
            continue
        unit = np.zeros(k)
        column = np.empty(k)
        for i in range(k):
            unit[i] = 1.0
            _solve_one(lower, unit, k, column)
            inverse_diagonal[p, i] = column[i]
            unit[i] = 0.0
