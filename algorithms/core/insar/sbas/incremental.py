"""Incremental SBAS: information-form sequential least squares (the algebra, per pixel; no I/O).

The SBAS objective of a pixel (:mod:`.solve`, :mod:`.atmosphere`)

    J(u) = Σ_k w_k (g_k·u − d_k)² + κ² Σ_n (c_n (v_n − v_{n−1}))² + Σ_n a_n²/ρ

is a sum of terms each touching a contiguous range of the unknowns when they
are ordered in time, u = [a_0, v_0, (steps of interval 0), a_1, v_1, …, a_{N−1}]
(no a without the atmospheric term).  Interferograms that use a new date, the
roughness rows of the new dates and the priors of the new a_n touch only the
unknowns from a *boundary* date b on (b = N − B: new interferograms may start
at the last B old dates).  So the old unknowns u = [u_i; u_b] (interior,
boundary) can be eliminated once, at the end of a run, by the Schur complement
of the normal equations H u = r:

    Λ_b = H_bb − H_bi H_ii⁻¹ H_ib,      η_b = r_b − H_bi H_ii⁻¹ r_i

(information matrix and vector of u_b; the old run's solution satisfies
Λ_b u_b⁰ = η_b).  An update minimises u_bᵀΛ_b u_b − 2η_bᵀu_b + J_new(u_b, u_new),
a system of B-dates-plus-new-dates unknowns, whose solution is exactly that of
the whole stack.  The old interior follows the boundary linearly,
u_i = u_i⁰ − H_ii⁻¹H_ib (u_b − u_b⁰), so the old cumulative displacement is

    D_n = D_n⁰ + K_n (u_b − u_b⁰),     K = S [−H_ii⁻¹H_ib; I]

(S: the displacement of each date as a linear map of u, :func:`displacement_map`).
K_n decays going back in time; only the last T dates' rows are kept and the
largest row sum ‖K_n‖₁ of the dropped dates, ε_p, is kept per pixel: the
truncation moves no older date by more than ε_p·max|u_b − u_b⁰| [mm], which
an update measures and reports.

Units: u in mm/yr (velocities), mm (steps, atmosphere); H in the units of the
weights (1/mm²).  Everything is float64 numpy, vectorised over pixels.
"""
from dataclasses import dataclass

import numpy as np

from ...common.accel import jit, numba_enabled, prange
from ...common.banded import envelope
from ...common.linalg import RELATIVE_PIVOT
from .atmosphere import joint_layout

#: pixels per chunk of the batched dense factorisations
CHUNK = 512
#: pixels solved together by the numba kernel, one per SIMD lane (every loop over them vectorises)
LANES = 8
#: the numba kernels may contract a·b + c into one rounding and reorder sums (never assume finite values)
FASTMATH = {'contract', 'reassoc', 'nsz'}


@dataclass
class Layout:
    """Positions of the unknowns ordered in time, the sparse normal pattern and the priors."""

    size: int
    pos_m: np.ndarray        # (M,) velocities then steps
    pos_a: np.ndarray        # (N,) atmosphere (empty without it)
    design: np.ndarray       # (K, size) dense [G A] in this ordering
    entries: np.ndarray      # (E, 2) lower-triangle positions (row ≥ column) of the data part of H
    coefficients: np.ndarray  # (K, E) g_k[row]·g_k[column]
    prior: np.ndarray        # (size, size) κ²LᵀL + I/ρ on the a


def date_start(layout, network, n):
    """Position of the first unknown of date ``n`` (a_n, else v_n; ``size`` past the end)."""
    if layout.pos_a.size:
        return int(layout.pos_a[n]) if n < network.n_dates else layout.size
    return int(layout.pos_m[n]) if n < network.n_intervals else layout.size


def build_layout(network, kappa2, rho):
    """:class:`Layout` of ``network`` (κ² > 0; ρ > 0 adds the per-date atmosphere)."""
    if rho > 0:
        joint = joint_layout(network)
        size, pos_m, pos_a, design = joint.size, joint.pos_m, joint.pos_a, joint.design
    else:
        n_int = network.n_intervals
        step_after = network.step_index() - 1
        pos_m = np.empty(network.n_params, dtype=np.int64)
        position = 0
        for n in range(n_int):
            pos_m[n] = position
            position += 1
            for q in np.flatnonzero(step_after == n):
                pos_m[n_int + q] = position
                position += 1
        size, pos_a = position, np.zeros(0, dtype=np.int64)
        design = np.zeros((len(network.pairs), size))
        design[:, pos_m] = network.design()
    rows, columns = np.nonzero(np.tril((design != 0).T.astype(int) @ (design != 0).astype(int)))
    entries = np.column_stack([rows, columns]).astype(np.int64)
    coefficients = design[:, rows] * design[:, columns]
    roughness = np.zeros((max(network.n_dates - 2, 0), size))
    roughness[:, pos_m] = network.roughness()
    prior = kappa2 * roughness.T @ roughness
    if rho > 0:
        prior[pos_a, pos_a] += 1.0 / rho
    return Layout(size, pos_m, pos_a, design, entries, coefficients, prior)


def displacement_map(network, layout):
    """S (N, size): cumulative displacement D_n [mm] (first date 0) as a linear map of u."""
    s = np.zeros((network.n_dates, layout.size))
    n_int = network.n_intervals
    for n in range(1, network.n_dates):
        s[n, layout.pos_m[:n]] = network.h[:n]
    after = network.after_step()
    for q in range(len(network.steps)):
        s[:, layout.pos_m[n_int + q]] = after[q]
    return s


def normal_equations(layout, displacement, weights, positions=None, rows=None):
    """Data part of H (n, P, P) and r (n, P) of a batch, restricted to ``positions`` (default all).

    displacement (n, K) [mm], weights (n, K) [1/mm²] (``None`` = 1), 0 (or NaN displacement) =
    not used; ``rows``: the interferograms of the layout they are (default all).  The
    interferograms must touch only ``positions`` (a contiguous range from its first).
    """
    weights = np.ones_like(displacement) if weights is None else weights
    w = np.where(np.isfinite(displacement) & (weights > 0), weights, 0.0)
    d = np.where(w > 0, displacement, 0.0)
    rows = slice(None) if rows is None else np.asarray(rows)
    design, entries, coefficients = layout.design[rows], layout.entries, layout.coefficients[rows]
    start = 0 if positions is None else int(positions[0])
    size = layout.size - start if positions is None else len(positions)
    keep = (entries[:, 0] >= start) & (entries[:, 0] < start + size) & (entries[:, 1] >= start)
    flat = w @ coefficients[:, keep]
    normal = np.zeros((len(w), size, size))
    a, b = entries[keep, 0] - start, entries[keep, 1] - start
    normal[:, a, b] = flat
    normal[:, b, a] = flat
    rhs = (w * d) @ design[:, start:start + size]
    return normal, rhs


def pins(normal):
    """(n, P) bool: empty diagonal entries (steps no observation spans: pinned to 0)."""
    return np.einsum('nii->ni', normal) == 0.0


def cholesky(normal):
    """Lower Cholesky factors (n, P, P) of a batch, vectorised over pixels; ok (n,) where positive definite."""
    n, size, _ = normal.shape
    lower = np.zeros_like(normal)
    ok = np.ones(n, dtype=bool)
    for j in range(size):
        column = normal[:, j:, j] - np.matmul(lower[:, j:, :j], lower[:, j, :j, None])[..., 0]
        pivot = column[:, 0]
        ok &= pivot > RELATIVE_PIVOT * np.abs(normal[:, j, j])
        diagonal = np.sqrt(np.where(ok, pivot, 1.0))
        lower[:, j:, j] = column / diagonal[:, None]
    return lower, ok


def forward(lower, rhs):
    """Y (n, P, R) with L Y = rhs (n, P, R)."""
    y = np.empty_like(rhs)
    for i in range(rhs.shape[1]):
        y[:, i] = (rhs[:, i] - np.matmul(lower[:, i, None, :i], y[:, :i])[:, 0]) / lower[:, i, i, None]
    return y


def backward(lower, rhs):
    """X (n, P, R) with Lᵀ X = rhs (n, P, R)."""
    x = np.empty_like(rhs)
    for i in range(rhs.shape[1] - 1, -1, -1):
        x[:, i] = (rhs[:, i] - np.matmul(lower[:, i + 1:, i, None].transpose(0, 2, 1), x[:, i + 1:])[:, 0]
                   ) / lower[:, i, i, None]
    return x


@dataclass
class Marginal:
    """Solution and boundary information of a batch (arrays over pixels)."""

    u: np.ndarray           # (n, P) solution
    information: np.ndarray  # (n, s, s) Λ_b
    vector: np.ndarray      # (n, s) η_b
    gain: np.ndarray        # (n, T, s) K of the kept dates
    series: np.ndarray      # (n, R) D of the rows of ``smap`` at the solution
    dropped: np.ndarray     # (n,) max ‖K_n‖₁ of the rows not kept (ε_p)


def marginalise(normal, rhs, n_boundary, smap, offset, n_kept):
    """Solve H u = r and eliminate the interior onto the last ``n_boundary`` unknowns.

    normal (n, P, P) (unpinned), rhs (n, P); smap (R, P) or (n, R, P) and offset (R,) or
    (n, R): the displacement rows D = offset + smap·u; the gain K of the last ``n_kept``
    rows is returned, the others are summarised by ε_p.  Pixels whose matrix is
    singular are NaN.  One Cholesky factor H = L Lᵀ, L = [[L_ii, 0], [L_bi, L_bb]], gives
    everything: Λ_b = L_bb L_bbᵀ, η_b = r_b − L_bi y_i (L y = r), u = L⁻ᵀ y and
    K = S_b − S_i X with X = H_ii⁻¹H_ib = L_ii⁻ᵀ L_biᵀ (s back substitutions).  Dense numpy:
    the twin of :func:`solve_pixels`' numba kernel, which does the same per pixel within the
    envelope of H.
    """
    n, size = rhs.shape
    s = n_boundary
    inner = size - s
    out = Marginal(np.full((n, size), np.nan), np.full((n, s, s), np.nan), np.full((n, s), np.nan),
                   np.full((n, n_kept, s), np.nan), np.full((n, smap.shape[-2]), np.nan), np.full(n, np.nan))
    for start in range(0, n, CHUNK):
        part = slice(start, min(start + CHUNK, n))
        h, r = normal[part], rhs[part]
        m = len(h)
        sm = np.broadcast_to(smap, (m,) + smap.shape) if smap.ndim == 2 else smap[part]
        off = offset if offset.ndim == 1 else offset[part]
        pin = pins(h)
        h = h + np.einsum('ni,ij->nij', pin.astype(np.float64), np.eye(size))
        lower, ok = cholesky(h)
        y = forward(lower, r[..., None])
        u = backward(lower, y)[..., 0]
        l_bb, l_bi = lower[:, inner:, inner:], lower[:, inner:, :inner]
        information = np.matmul(l_bb, l_bb.transpose(0, 2, 1))
        boundary_pins = pin[:, inner:]
        information[:, np.arange(s), np.arange(s)] -= boundary_pins
        vector = r[:, inner:] - np.matmul(l_bi, y[:, :inner])[..., 0]
        x = backward(lower[:, :inner, :inner], l_bi.transpose(0, 2, 1))      # H_ii⁻¹H_ib = L_ii⁻ᵀ L_biᵀ
        gain = sm[:, :, inner:] - np.matmul(sm[:, :, :inner], x)
        rows = np.matmul(sm, u[..., None])[..., 0]
        bad = ~ok | ~np.isfinite(u).all(axis=1)
        u[bad], information[bad], vector[bad], gain[bad] = np.nan, np.nan, np.nan, np.nan
        out.u[part], out.information[part], out.vector[part] = u, information, vector
        out.series[part] = np.where(bad[:, None], np.nan, off + rows)
        out.gain[part] = gain[:, gain.shape[1] - n_kept:]
        rest = np.abs(gain[:, :gain.shape[1] - n_kept]).sum(axis=2)
        out.dropped[part] = np.where(bad, np.nan, rest.max(axis=1) if rest.shape[1] else 0.0)
    return out


@dataclass
class Problem:
    """The per-pixel problem of a pass, shared by every pixel: see :func:`problem`."""

    layout: Layout
    start: int               # first position of the unknowns solved (0: all)
    rows: np.ndarray         # (K,) the interferograms of the layout the displacement columns are
    prior: np.ndarray        # (P, P) added to the data part of H
    n_boundary: int          # s: unknowns kept in Λ_b
    smap: np.ndarray         # (R, P) shared part of the displacement rows
    n_kept: int              # gain rows kept (the last ones)
    require_data: bool       # a pixel without any valid observation is unsolved
    n_previous: int          # c: unknowns (the first ones) carrying a previous Λ, η
    first: np.ndarray        # (P,) envelope of H (column of the first non-zero of each row)
    design_ptr: np.ndarray   # CSR of the design rows restricted to the unknowns (indices ascending)
    design_index: np.ndarray
    design_value: np.ndarray
    outer_ptr: np.ndarray    # per interferogram: the lower-triangle entries of g gᵀ (rows, columns, values)
    outer_row: np.ndarray
    outer_column: np.ndarray
    outer_value: np.ndarray
    prior_row: np.ndarray    # lower-triangle non-zeros of ``prior``
    prior_column: np.ndarray
    prior_value: np.ndarray
    smap_ptr: np.ndarray     # CSR of the row differences of ``smap`` (row n − row n−1)
    smap_index: np.ndarray
    smap_value: np.ndarray

    @property
    def size(self):
        return self.prior.shape[0]


def problem(layout, start, rows, prior, n_boundary, smap, n_kept, require_data=True, n_previous=0):
    """:class:`Problem` of the unknowns ``start:`` of ``layout`` observed by the interferograms ``rows``.

    ``prior`` (P, P): κ²LᵀL, 1/ρ and whatever else every pixel shares; ``smap`` (R, P): the
    displacement rows (an update adds per pixel the previous gain on the first ``n_previous``
    unknowns, :class:`Previous`).  The envelope of H is the union of the patterns of the
    interferograms, the prior and the previous information block.
    """
    rows = np.arange(len(layout.design)) if rows is None else np.asarray(rows, dtype=np.int64)
    design = layout.design[rows]
    if np.any(design[:, :start] != 0):
        raise ValueError('interferograms touch unknowns before the first one solved')
    design = np.ascontiguousarray(design[:, start:])
    prior = np.ascontiguousarray(prior, dtype=np.float64)
    smap = np.ascontiguousarray(smap, dtype=np.float64)
    pattern = (design != 0).T.astype(np.int64) @ (design != 0).astype(np.int64) + (prior != 0)
    pattern[:n_previous, :n_previous] = 1
    d_ptr, d_index, d_value = _csr(design)
    outer = [[], [], []]
    o_ptr = np.zeros(len(design) + 1, dtype=np.int64)
    for k in range(len(design)):
        index, value = d_index[d_ptr[k]:d_ptr[k + 1]], d_value[d_ptr[k]:d_ptr[k + 1]]
        a, b = np.tril_indices(len(index))
        outer[0].append(index[a])
        outer[1].append(index[b])
        outer[2].append(value[a] * value[b])
        o_ptr[k + 1] = o_ptr[k] + len(a)
    o_row, o_column, o_value = (np.concatenate(o) if o else np.zeros(0) for o in outer)
    s_ptr, s_index, s_value = _csr(np.diff(smap, axis=0, prepend=0.0))
    p_row, p_column = np.nonzero(np.tril(prior != 0))
    return Problem(layout, int(start), rows, prior, int(n_boundary), smap, int(n_kept), bool(require_data),
                   int(n_previous), envelope(pattern), d_ptr, d_index, d_value, o_ptr, o_row.astype(np.int64),
                   o_column.astype(np.int64), o_value.astype(np.float64), p_row.astype(np.int64),
                   p_column.astype(np.int64), prior[p_row, p_column].copy(), s_ptr, s_index, s_value)


def _csr(matrix):
    rows, columns = np.nonzero(matrix)
    pointer = np.zeros(matrix.shape[0] + 1, dtype=np.int64)
    np.add.at(pointer, rows + 1, 1)
    return np.cumsum(pointer), columns.astype(np.int64), np.ascontiguousarray(matrix[rows, columns])


@dataclass
class Previous:
    """What a state gives an update, band-major as its files hold it (arrays (bands, n) over pixels).

    information: Λ_b (upper triangle, row by row), η_b, u_b⁰ (float64); gain: K⁰ (N dates × c,
    date-major); series: D⁰ (N) (float32 or float64).
    """

    information: np.ndarray
    gain: np.ndarray
    series: np.ndarray


def pack_information(information, vector, u_boundary):
    """(n, s(s+1)/2 + 2s): Λ_b (upper triangle, row by row), η_b and u_b⁰ of each pixel."""
    upper = np.triu_indices(vector.shape[1])
    return np.concatenate([information[:, upper[0], upper[1]], vector, u_boundary], axis=1)


def information_bands(s):
    """(s, s) band of Λ_b[a, b] in :func:`pack_information` and the first bands of η_b and u_b⁰."""
    upper = np.triu_indices(s)
    band = np.zeros((s, s), dtype=np.int64)
    band[upper] = np.arange(len(upper[0]))
    band[upper[1], upper[0]] = np.arange(len(upper[0]))
    return band, len(upper[0]), len(upper[0]) + s


def unpack_information(block, s):
    """(Λ_b (n, s, s), η_b (n, s), u_b⁰ (n, s)) from packed values (n, bands)."""
    band, eta, u0 = information_bands(s)
    information = np.take(block, band.ravel(), axis=1).reshape(len(block), s, s)
    return information, block[:, eta:eta + s], block[:, u0:u0 + s]


def previous_of(marginal, u_boundary):
    """The :class:`Previous` an update would read from the state of ``marginal`` (float64)."""
    n = len(marginal.vector)
    return Previous(np.ascontiguousarray(pack_information(marginal.information, marginal.vector, u_boundary).T),
                    np.ascontiguousarray(marginal.gain.reshape(n, -1).T), np.ascontiguousarray(marginal.series.T))


def solve_pixels(prob, displacement, weights, previous=None, use_numba=None):
    """Solve every pixel and marginalise onto the boundary: a :class:`Marginal` (numba or numpy twin).

    displacement (n, K) [mm] of the interferograms ``prob.rows`` (NaN = missing), weights (n, K)
    [1/mm²] or ``None`` (unit); ``previous``: a :class:`Previous` (an update) or ``None`` (a run).
    The displacement rows are D_n = D⁰_n + K⁰_n (u_c − u⁰) + S_n u with row n of the previous
    (D⁰, K⁰) the last one for the dates after it (none without ``previous``).  Unsolved pixels
    (no valid observation when ``prob.require_data``, a NaN previous information, a singular H)
    are NaN.
    """
    displacement = np.ascontiguousarray(displacement, dtype=np.float64)
    n = len(displacement)
    weights = np.ones_like(displacement) if weights is None else np.ascontiguousarray(weights, dtype=np.float64)
    c = prob.n_previous
    if previous is None:
        previous = Previous(np.zeros((c * (c + 1) // 2 + 2 * c, n)), np.zeros((0, n)), np.zeros((0, n)))
    if numba_enabled(use_numba):
        return _solve_pixels_numba(prob, displacement, weights, previous)
    parts = [_solve_pixels_numpy(prob, displacement[part], weights[part],
                                 Previous(*(getattr(previous, name)[:, part] for name in
                                            ('information', 'gain', 'series'))))
             for part in (slice(i, i + CHUNK) for i in range(0, max(n, 1), CHUNK))]
    return Marginal(*(np.concatenate([getattr(p, name) for p in parts])
                      for name in ('u', 'information', 'vector', 'gain', 'series', 'dropped')))


def _solve_pixels_numpy(prob, displacement, weights, previous):
    layout, start, c = prob.layout, prob.start, prob.n_previous
    information, vector, u0 = unpack_information(np.asarray(previous.information, dtype=np.float64).T, c)
    normal, rhs = normal_equations(layout, displacement, weights, np.arange(start, start + prob.size), prob.rows)
    normal += prob.prior
    normal[:, :c, :c] += information
    rhs[:, :c] += vector
    m, n_rows, r_old = len(rhs), len(prob.smap), len(previous.series)
    smap = np.broadcast_to(prob.smap, (m,) + prob.smap.shape).copy()
    offset = np.zeros((m, n_rows))
    if r_old:
        gain = np.asarray(previous.gain, dtype=np.float64).T.reshape(m, r_old, c)
        series = np.asarray(previous.series, dtype=np.float64).T
        old = np.minimum(np.arange(n_rows), r_old - 1)
        smap[:, :, :c] += gain[:, old]
        offset = (series - np.einsum('nrc,nc->nr', gain, u0))[:, old]
    marginal = marginalise(normal, rhs, prob.n_boundary, smap, offset, prob.n_kept)
    unsolved = ~np.isfinite(information).all(axis=(1, 2))
    if prob.require_data:
        unsolved |= ~(np.isfinite(displacement) & (weights > 0)).any(axis=1)
    for name in ('u', 'information', 'vector', 'gain', 'series', 'dropped'):
        getattr(marginal, name)[unsolved] = np.nan
    return marginal


def _solve_pixels_numba(prob, displacement, weights, previous):
    n, size, s, c = len(displacement), prob.size, prob.n_boundary, prob.n_previous
    out = Marginal(np.empty((n, size)), np.empty((n, s, s)), np.empty((n, s)), np.empty((n, prob.n_kept, s)),
                   np.empty((n, len(prob.smap))), np.empty(n))
    band, eta, u0 = information_bands(c)
    information = np.ascontiguousarray(previous.information, dtype=np.float64)
    gain, series = (np.ascontiguousarray(a) if a.dtype in (np.float32, np.float64) else
                    np.ascontiguousarray(a, dtype=np.float64) for a in (previous.gain, previous.series))
    if gain.dtype != series.dtype:
        gain, series = gain.astype(np.float64), series.astype(np.float64)
    _marginal_kernel(displacement, weights, prob.design_ptr, prob.design_index, prob.design_value, prob.outer_ptr,
                     prob.outer_row * prob.size + prob.outer_column, prob.outer_value,
                     prob.prior_row, prob.prior_column, prob.prior_value, prob.first,
                     information, band, eta, u0, gain, series,
                     prob.smap_ptr, prob.smap_index, prob.smap_value, s, prob.require_data, RELATIVE_PIVOT,
                     max(1, min(-(-n // LANES), 64)), out.u, out.information, out.vector, out.gain, out.series,
                     out.dropped)
    return out


@jit(fastmath=FASTMATH)
def _envelope_factor(h, inverse, good, first, size, relative_pivot):
    """In-place lower Cholesky factors of the lanes' matrices within the envelope (as
    :func:`.banded.envelope_cholesky`, no log det); ``inverse``: 1 / the diagonals of the factors.
    A lane whose pivot fails is marked not ``good`` and goes on with a unit pivot (discarded)."""
    total = np.empty(LANES)
    for i in range(size):
        fi = first[i]
        for j in range(fi, i + 1):
            for lane in range(LANES):
                total[lane] = h[i * size + j, lane]
            for q in range(max(fi, first[j]), j):
                for lane in range(LANES):
                    total[lane] -= h[i * size + q, lane] * h[j * size + q, lane]
            if i == j:
                for lane in range(LANES):
                    pivot = total[lane]
                    ok = pivot > relative_pivot * abs(h[i * size + i, lane])
                    good[lane] = good[lane] and ok
                    diagonal = np.sqrt(pivot) if ok else 1.0
                    h[i * size + i, lane] = diagonal
                    inverse[i, lane] = 1.0 / diagonal
            else:
                for lane in range(LANES):
                    h[i * size + j, lane] = total[lane] * inverse[j, lane]


@jit(fastmath=FASTMATH)
def _lane_pixels(p0, n_pix, lanes):
    """Pixel of each lane of the group starting at ``p0`` (the lanes past the last pixel repeat it)."""
    for lane in range(LANES):
        lanes[lane] = min(p0 + lane, n_pix - 1)


@jit(parallel=True, fastmath=FASTMATH)
def _marginal_kernel(disp, weights, d_ptr, d_index, d_value, o_ptr, o_flat, o_value, p_row, p_column,
                     p_value, first,
                     info, lam_band, eta0, u00, old_gain, old_series, s_ptr, s_index, s_value, n_boundary,
                     require_data,
                     relative_pivot, n_chunks, out_u, out_information, out_vector, out_gain, out_series,
                     out_dropped):
    """Per pixel: H, r (envelope), Cholesky, Λ_b, η_b, u, X = H_ii⁻¹H_ib, gain and series (see
    :func:`marginalise`, its numpy twin).  :data:`LANES` pixels at once: every array carries a last
    axis of lanes, so each step of the factorisation is one vector operation over the lanes."""
    n_pix, n_obs = disp.shape
    size = first.shape[0]
    s = n_boundary
    inner = size - s
    c = lam_band.shape[0]
    r_old = old_series.shape[0]
    n_rows = s_ptr.shape[0] - 1
    n_kept = out_gain.shape[1]
    n_drop = n_rows - n_kept
    n_groups = (n_pix + LANES - 1) // LANES
    for chunk in prange(n_chunks):
        lo = chunk * n_groups // n_chunks
        hi = (chunk + 1) * n_groups // n_chunks
        h = np.zeros((size * size, LANES))
        r = np.empty((size, LANES))
        y = np.empty((size, LANES))
        u = np.empty((size, LANES))
        pin = np.empty((size, LANES))
        inverse = np.empty((size, LANES))
        delta = np.empty((max(c, 1), LANES))
        x = np.empty((max(s, 1), size, LANES))
        row = np.empty((max(s, 1), LANES))
        shared_row = np.empty((max(s, 1), LANES))
        wk = np.empty(LANES)
        wd = np.empty(LANES)
        count = np.empty(LANES)
        good = np.empty(LANES, dtype=np.bool_)
        total = np.empty(LANES)
        shared = np.empty(LANES)
        dropped = np.empty(LANES)
        gain_lane = np.empty(LANES)
        lanes = np.empty(LANES, dtype=np.int64)
        for group in range(lo, hi):
            p0 = group * LANES
            m = min(LANES, n_pix - p0)
            _lane_pixels(p0, n_pix, lanes)
            for a in range(size):
                for lane in range(LANES):
                    r[a, lane] = 0.0
                for b in range(first[a], a + 1):
                    for lane in range(LANES):
                        h[a * size + b, lane] = 0.0
            for lane in range(LANES):
                count[lane] = 0.0
                good[lane] = True
            for k in range(n_obs):
                for lane in range(LANES):
                    w_k = weights[lanes[lane], k]
                    d_k = disp[lanes[lane], k]
                    valid = w_k > 0.0 and np.isfinite(d_k)
                    wk[lane] = w_k if valid else 0.0
                    wd[lane] = w_k * d_k if valid else 0.0
                    count[lane] += 1.0 if valid else 0.0
                for e in range(d_ptr[k], d_ptr[k + 1]):
                    index, value = d_index[e], d_value[e]
                    for lane in range(LANES):
                        r[index, lane] += wd[lane] * value
                for e in range(o_ptr[k], o_ptr[k + 1]):
                    index, value = o_flat[e], o_value[e]
                    for lane in range(LANES):
                        h[index, lane] += wk[lane] * value
            for lane in range(LANES):
                good[lane] = count[lane] > 0.0 or not require_data
            for q in range(p_row.shape[0]):
                index, value = p_row[q] * size + p_column[q], p_value[q]
                for lane in range(LANES):
                    h[index, lane] += value
            for a in range(c):
                for b in range(a + 1):
                    band = lam_band[a, b]
                    for lane in range(LANES):
                        value = info[band, lanes[lane]]
                        good[lane] = good[lane] and np.isfinite(value)
                        h[a * size + b, lane] += value
                for lane in range(LANES):
                    r[a, lane] += info[eta0 + a, lanes[lane]]
            for a in range(size):
                for lane in range(LANES):
                    empty = h[a * size + a, lane] == 0.0
                    pin[a, lane] = 1.0 if empty else 0.0
                    h[a * size + a, lane] = 1.0 if empty else h[a * size + a, lane]
            _envelope_factor(h, inverse, good, first, size, relative_pivot)
            for i in range(size):                        # L y = r
                for lane in range(LANES):
                    total[lane] = r[i, lane]
                for q in range(first[i], i):
                    for lane in range(LANES):
                        total[lane] -= h[i * size + q, lane] * y[q, lane]
                for lane in range(LANES):
                    y[i, lane] = total[lane] * inverse[i, lane]
            for i in range(size):                        # Lᵀ u = y
                for lane in range(LANES):
                    u[i, lane] = y[i, lane]
            for i in range(size - 1, -1, -1):
                for lane in range(LANES):
                    u[i, lane] *= inverse[i, lane]
                for q in range(first[i], i):
                    for lane in range(LANES):
                        u[q, lane] -= h[i * size + q, lane] * u[i, lane]
            for i in range(size):
                for lane in range(LANES):
                    good[lane] = good[lane] and np.isfinite(u[i, lane])
            for a in range(s):                           # Λ_b = L_bb L_bbᵀ (− pins), η_b = r_b − L_bi y_i
                ia = inner + a
                for b in range(a + 1):
                    ib = inner + b
                    for lane in range(LANES):
                        total[lane] = 0.0
                    for q in range(max(first[ia], first[ib], inner), ib + 1):
                        for lane in range(LANES):
                            total[lane] += h[ia * size + q, lane] * h[ib * size + q, lane]
                    if a == b:
                        for lane in range(LANES):
                            total[lane] -= pin[ia, lane]
                    for lane in range(m):
                        out_information[p0 + lane, a, b] = total[lane]
                        out_information[p0 + lane, b, a] = total[lane]
                for lane in range(LANES):
                    total[lane] = r[ia, lane]
                for q in range(first[ia], inner):
                    for lane in range(LANES):
                        total[lane] -= h[ia * size + q, lane] * y[q, lane]
                for lane in range(m):
                    out_vector[p0 + lane, a] = total[lane]
            for j in range(s):                           # X̃ = [−L_ii⁻ᵀ L_biᵀ; I], by columns
                ij = inner + j
                for q in range(size):
                    for lane in range(LANES):
                        x[j, q, lane] = 0.0
                for q in range(first[ij], inner):
                    for lane in range(LANES):
                        x[j, q, lane] = -h[ij * size + q, lane]
                for lane in range(LANES):
                    x[j, ij, lane] = 1.0
                for i in range(inner - 1, -1, -1):
                    for lane in range(LANES):
                        x[j, i, lane] *= inverse[i, lane]
                    for q in range(first[i], i):
                        for lane in range(LANES):
                            x[j, q, lane] -= h[i * size + q, lane] * x[j, i, lane]
            for i in range(c):
                for lane in range(LANES):
                    delta[i, lane] = u[i, lane] - info[u00 + i, lanes[lane]]
            for lane in range(LANES):
                dropped[lane] = 0.0
                shared[lane] = 0.0
            for j in range(s):
                for lane in range(LANES):
                    shared_row[j, lane] = 0.0
            for n in range(n_rows):                      # D_n and K_n (S by its row differences)
                for e in range(s_ptr[n], s_ptr[n + 1]):
                    i = s_index[e]
                    g = s_value[e]
                    for lane in range(LANES):
                        shared[lane] += g * u[i, lane]
                    for j in range(s):
                        for lane in range(LANES):
                            shared_row[j, lane] += g * x[j, i, lane]
                for lane in range(LANES):
                    total[lane] = shared[lane]
                for j in range(s):
                    for lane in range(LANES):
                        row[j, lane] = shared_row[j, lane]
                if r_old > 0:
                    o = n if n < r_old else r_old - 1
                    for lane in range(LANES):                # D⁰ + K⁰ (u_c − u⁰)
                        total[lane] += np.float64(old_series[o, lanes[lane]])
                    for i in range(c):
                        for lane in range(LANES):
                            gain_lane[lane] = np.float64(old_gain[o * c + i, lanes[lane]])
                            total[lane] += gain_lane[lane] * delta[i, lane]
                        for j in range(s):
                            for lane in range(LANES):
                                row[j, lane] += gain_lane[lane] * x[j, i, lane]
                for lane in range(m):
                    out_series[p0 + lane, n] = total[lane]
                if n >= n_drop:
                    for j in range(s):
                        for lane in range(m):
                            out_gain[p0 + lane, n - n_drop, j] = row[j, lane]
                else:
                    for lane in range(LANES):
                        norm = 0.0
                        for j in range(s):
                            norm += abs(row[j, lane])
                        dropped[lane] = max(dropped[lane], norm)
            for lane in range(m):
                p = p0 + lane
                if good[lane]:
                    for i in range(size):
                        out_u[p, i] = u[i, lane]
                    out_dropped[p] = dropped[lane]
                else:
                    out_u[p, :] = np.nan
                    out_information[p, :, :] = np.nan
                    out_vector[p, :] = np.nan
                    out_gain[p, :, :] = np.nan
                    out_series[p, :] = np.nan
                    out_dropped[p] = np.nan
