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

from ...common.linalg import RELATIVE_PIVOT
from .atmosphere import joint_layout

#: pixels per chunk of the batched dense factorisations
CHUNK = 512


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
    K = S_b − (S_i L_ii⁻ᵀ) L_biᵀ (since H_ii⁻¹H_ib = L_ii⁻ᵀ L_biᵀ).
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
        z = forward(lower[:, :inner, :inner], sm[:, :, :inner].transpose(0, 2, 1))     # L_ii⁻¹ S_iᵀ
        gain = sm[:, :, inner:] - np.matmul(z.transpose(0, 2, 1), l_bi.transpose(0, 2, 1))
        rows = np.matmul(sm, u[..., None])[..., 0]
        bad = ~ok | ~np.isfinite(u).all(axis=1)
        u[bad], information[bad], vector[bad], gain[bad] = np.nan, np.nan, np.nan, np.nan
        out.u[part], out.information[part], out.vector[part] = u, information, vector
        out.series[part] = np.where(bad[:, None], np.nan, off + rows)
        out.gain[part] = gain[:, gain.shape[1] - n_kept:]
        rest = np.abs(gain[:, :gain.shape[1] - n_kept]).sum(axis=2)
        out.dropped[part] = np.where(bad, np.nan, rest.max(axis=1) if rest.shape[1] else 0.0)
    return out
