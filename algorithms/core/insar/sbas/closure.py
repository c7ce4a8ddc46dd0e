"""Loop closure of the interferogram network and integer-cycle (unwrapping error) correction.

Every triangle of dates (i < j < k) whose three pairs are all interferograms
has the closure

    c_ijk = d_ij + d_jk − d_ik        [mm]

which is zero for consistent unwrapped phase (up to noise; atmosphere and
deformation cancel).  An unwrapping error of n cycles in one interferogram
adds n·λ/2 [mm] (2π of phase = λ/2 of LOS displacement) to the closure of each
of its triangles, so the integer closure ñ = round(c / (λ/2)) flags it.

Correction (phase-closure method, integer least-L1 in spirit): find a sparse
integer ambiguity u (one per interferogram) with C·u = ñ, C the (T, K)
triangle–interferogram incidence matrix (+1, +1, −1), and subtract u·λ/2.
It is solved greedily per pixel: at each pass, the interferogram and sign
that zero the largest number of non-zero triangles net of those it breaks
are corrected by one cycle, while the gain is positive.  An interferogram
with a jump is in every one of its triangles, so it wins over any
interferogram that shares only one of them.
"""
from dataclasses import dataclass

import numpy as np

#: at most this many one-cycle corrections per pixel (per pass all pixels move together)
MAX_PASSES = 12
#: a correction must zero at least this many triangles net (a jump is in ≥ 2 triangles of a
#: 3-link network; noise rarely makes two triangles of one interferogram agree)
MIN_GAIN = 2
#: triangles whose closure noise σ_c = √(σ_ij² + σ_jk² + σ_ik²) exceeds this share of a cycle are
#: not used (their rounded closure is as likely noise as a jump)
MAX_CLOSURE_SIGMA = 0.2


@dataclass
class ClosureCounts:
    """Closure statistics of a block: per pixel and per interferogram."""

    bad_loops_before: np.ndarray    # (n_pix,) triangles with non-zero integer closure before
    bad_loops_after: np.ndarray     # (n_pix,) after correction
    corrected: np.ndarray           # (n_pix,) interferograms corrected at the pixel
    bad_per_pair: np.ndarray        # (K,) pixel·triangles with non-zero closure the pair is in
    valid_per_pair: np.ndarray      # (K,) pixel·triangles with all three pairs valid
    corrected_per_pair: np.ndarray  # (K,) pixels where the pair was corrected
    n_triangles: int = 0


def triangles(pairs):
    """(T, 3) indices of interferograms (ij, jk, ik) of every closed triangle of date pairs ``pairs``."""
    index = {(int(i), int(j)): n for n, (i, j) in enumerate(pairs)}
    later = {}
    for i, j in index:
        later.setdefault(i, []).append(j)
    out = []
    for i in sorted(later):
        for j in sorted(later[i]):
            for k in sorted(later.get(j, ())):
                if (i, k) in index:
                    out.append((index[(i, j)], index[(j, k)], index[(i, k)]))
    return np.array(out, dtype=np.int64).reshape(-1, 3)


def incidence(tri, n_pairs):
    """(T, K) closure operator C: c = C·d (+1 on ij and jk, −1 on ik)."""
    c = np.zeros((len(tri), n_pairs))
    rows = np.arange(len(tri))
    c[rows, tri[:, 0]] = 1.0
    c[rows, tri[:, 1]] = 1.0
    c[rows, tri[:, 2]] = -1.0
    return c


def integer_closure(displacement, tri, cycle):
    """(n_pix, T) closures in cycles, rounded; 0 where a member is NaN.

    ``displacement`` (n_pix, K) [mm]; ``cycle`` = λ/2 [mm].
    """
    c = displacement[:, tri[:, 0]] + displacement[:, tri[:, 1]] - displacement[:, tri[:, 2]]
    n = np.rint(c / cycle)
    n[~np.isfinite(n)] = 0.0
    return n


def correct_cycles(displacement, pairs, cycle, correct=True, weights=None):
    """Correct integer-cycle jumps in ``displacement`` (n_pix, K) [mm] in place; return :class:`ClosureCounts`.

    ``cycle`` = λ/2 [mm].  With ``correct=False`` only the counts are made.
    ``weights`` (n_pix, K) = 1/σ² [1/mm²] (or None): triangles noisier than
    :data:`MAX_CLOSURE_SIGMA` cycles are left out.
    """
    n_pix, n_pairs = displacement.shape
    tri = triangles(pairs)
    valid = np.isfinite(displacement)
    tri_valid = valid[:, tri].all(axis=2) if len(tri) else np.zeros((n_pix, 0), dtype=bool)
    residual = integer_closure(displacement, tri, cycle) if len(tri) else np.zeros((n_pix, 0))
    if weights is not None and len(tri):
        variance = (1.0 / weights)[:, tri].sum(axis=2)
        noisy = ~(variance <= (MAX_CLOSURE_SIGMA * cycle) ** 2)
        tri_valid &= ~noisy
        residual[noisy] = 0.0
    before = np.count_nonzero(residual, axis=1)
    bad_per_pair = np.zeros(n_pairs)
    valid_per_pair = np.zeros(n_pairs)
    for m in range(3):
        np.add.at(bad_per_pair, tri[:, m], np.count_nonzero(residual, axis=0))
        np.add.at(valid_per_pair, tri[:, m], tri_valid.sum(axis=0))
    ambiguity = np.zeros((n_pix, n_pairs))
    if correct and len(tri):
        ambiguity = solve_ambiguity(residual, incidence(tri, n_pairs), valid)
        displacement -= ambiguity * cycle
        residual = np.where(tri_valid, integer_closure(displacement, tri, cycle), 0.0)
    corrected = np.count_nonzero(ambiguity, axis=1)
    return ClosureCounts(before, np.count_nonzero(residual, axis=1), corrected, bad_per_pair,
                         valid_per_pair, np.count_nonzero(ambiguity, axis=0).astype(np.float64), len(tri))


def solve_ambiguity(residual, c, valid):
    """Sparse integer u (n_pix, K) with C·u ≈ ñ, greedily, one cycle per pixel and pass.

    gain(k, ±1) = Σ_t |ñ_t| − |ñ_t ∓ C_tk|, the net number of triangles zeroed.
    """
    residual = residual.copy()
    positive, negative = (c > 0).astype(np.float64), (c < 0).astype(np.float64)
    u = np.zeros((residual.shape[0], c.shape[1]))
    active = np.flatnonzero(np.any(residual != 0, axis=1))
    for _ in range(MAX_PASSES):
        if not active.size:
            break
        r = residual[active]
        now = np.abs(r)
        up, down = now - np.abs(r - 1.0), now - np.abs(r + 1.0)   # effect of −1 / +1 on a triangle
        gain_plus = up @ positive + down @ negative               # u_k += 1: closure −= C_tk
        gain_minus = down @ positive + up @ negative
        gain_plus[~valid[active]] = -np.inf
        gain_minus[~valid[active]] = -np.inf
        best_plus, best_minus = gain_plus.max(axis=1), gain_minus.max(axis=1)
        sign = np.where(best_plus >= best_minus, 1.0, -1.0)
        best = np.maximum(best_plus, best_minus)
        k = np.where(sign > 0, gain_plus.argmax(axis=1), gain_minus.argmax(axis=1))
        move = best >= MIN_GAIN
        if not move.any():
            break
        pixels, k, sign = active[move], k[move], sign[move]
        u[pixels, k] += sign
        residual[pixels] -= sign[:, None] * c[:, k].T
        active = pixels[np.any(residual[pixels] != 0, axis=1)]
    return u
