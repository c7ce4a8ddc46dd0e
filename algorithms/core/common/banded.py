"""Envelope (skyline) Cholesky factorisation of symmetric positive-definite matrices.

Row i of the lower triangle of N is stored from column ``first[i]`` (its
first possibly non-zero entry) to the diagonal; the Cholesky factor keeps that
envelope, so a banded matrix of size n and half-bandwidth b costs O(n·b²)
instead of O(n³).  An SBAS normal matrix with its unknowns ordered in time is
banded (an interferogram couples only the dates and intervals it spans); a
general network makes the envelope wider, down to a dense factorisation.

numba kernels (:func:`envelope_cholesky`, :func:`envelope_solve`, one matrix
in place) and their numpy twins (:func:`envelope_cholesky_batch`,
:func:`envelope_solve_batch`, vectorised over a batch of matrices sharing one
envelope) run the same recurrences and give the same numbers to rounding.
A pivot ≤ ``relative_pivot`` × its diagonal entry marks the matrix as not
positive definite (log det NaN).
"""
import numpy as np

from .accel import jit
from .linalg import RELATIVE_PIVOT


@jit()
def envelope_cholesky(normal, first, m, relative_pivot):
    """In-place lower Cholesky factor within the envelope ``first``; returns log det or NaN."""
    logdet = 0.0
    for i in range(m):
        fi = first[i]
        for j in range(fi, i + 1):
            fj = first[j]
            m0 = fi if fi > fj else fj
            s = normal[i, j]
            for q in range(m0, j):
                s -= normal[i, q] * normal[j, q]
            if i == j:
                if not s > relative_pivot * abs(normal[i, i]):
                    return np.nan
                d = np.sqrt(s)
                normal[i, i] = d
                logdet += 2.0 * np.log(d)
            else:
                normal[i, j] = s / normal[j, j]
    return logdet


@jit()
def envelope_solve(lower, first, m, rhs):
    """Solve L Lᵀ x = rhs in place (envelope storage)."""
    for i in range(m):
        s = rhs[i]
        for q in range(first[i], i):
            s -= lower[i, q] * rhs[q]
        rhs[i] = s / lower[i, i]
    for i in range(m - 1, -1, -1):
        rhs[i] /= lower[i, i]
        value = rhs[i]
        for q in range(first[i], i):
            rhs[q] -= lower[i, q] * value


def envelope(normal_pattern):
    """``first`` (m,): column of the first non-zero of each row of a (m, m) pattern's lower triangle."""
    pattern = np.tril(np.asarray(normal_pattern) != 0)
    pattern[np.diag_indices(pattern.shape[0])] = True
    return np.argmax(pattern, axis=1).astype(np.int64)


def envelope_cholesky_batch(normal, first, relative_pivot=RELATIVE_PIVOT):
    """Numpy twin of :func:`envelope_cholesky` for (n, m, m) matrices sharing ``first``.

    Factorises in place (lower triangle within the envelope); returns log det
    (n,), NaN where a matrix is not positive definite (its factor is then
    meaningless but finite).
    """
    m = normal.shape[1]
    logdet = np.zeros(normal.shape[0])
    ok = np.ones(normal.shape[0], dtype=bool)
    for i in range(m):
        fi = first[i]
        for j in range(fi, i + 1):
            m0 = max(fi, first[j])
            s = normal[:, i, j].copy()
            for q in range(m0, j):
                s -= normal[:, i, q] * normal[:, j, q]
            if i == j:
                ok &= s > relative_pivot * np.abs(normal[:, i, i])
                d = np.sqrt(np.where(ok, s, 1.0))
                normal[:, i, i] = d
                logdet += 2.0 * np.log(d)
            else:
                normal[:, i, j] = s / normal[:, j, j]
    logdet[~ok] = np.nan
    return logdet


def envelope_solve_batch(lower, first, rhs):
    """Numpy twin of :func:`envelope_solve`: solves every L Lᵀ x = rhs in place, (n, m) right-hand sides."""
    m = rhs.shape[1]
    for i in range(m):
        s = rhs[:, i].copy()
        for q in range(first[i], i):
            s -= lower[:, i, q] * rhs[:, q]
        rhs[:, i] = s / lower[:, i, i]
    for i in range(m - 1, -1, -1):
        rhs[:, i] /= lower[:, i, i]
        value = rhs[:, i]
        for q in range(first[i], i):
            rhs[:, q] -= lower[:, i, q] * value
    return rhs
