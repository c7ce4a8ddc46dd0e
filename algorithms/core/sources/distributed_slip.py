"""Distributed slip on a fixed fault plane with Laplacian smoothing chosen by ABIC (Yabuki & Matsu'ura 1992).

The plane is that of a uniform-slip fit (:mod:`.fault_inversion`), extended
along strike and dip by ``extension`` (never above the surface) and divided
into n_along × n_down rectangular patches, each with a strike-slip and a
dip-slip component m (m, 2P unknowns), plus the nuisance terms of every LOS
dataset n.  With the whitened Green's functions G (Okada unit responses,
:func:`.okada.okada_unit_responses`; whitening by the same covariances as
the uniform fit) and the 5-point Laplacian L of each component over the
patches (missing neighbours are zero: slip tapers to the plane's edges)::

    minimise  s(α²) = ‖G m + N n − d‖² + α² ‖L m‖²

The smoothing α² is chosen by ABIC — the criterion SBAS uses for κ² in this
project (:mod:`..insar.sbas.abic`) —::

    ABIC(α²) = (N_obs + P' − M) ln s(α²) − P' ln α² + ln det(HᵀH + α² LᵀL)

with P' = 2P = rank(LᵀL), M = 2P + nuisance unknowns, H = [G N]: grid over
log₁₀ α² relative to the natural scale trace(GᵀG)/trace(LᵀL), refined by
golden-section search.  1σ of the slips: the diagonal of
σ̂² (HᵀH + α² LᵀL)⁻¹ with σ̂² = s/(N_obs + P' − M).
"""
import math
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize_scalar

from ..common.errors import InputError
from ..common.progress import SILENT
from .okada import okada_unit_responses

#: log₁₀(α²/α₀²) grid of the ABIC search and the refinement tolerance (decades)
ALPHA_GRID = np.arange(-6.0, 6.01, 0.5)
ALPHA_TOLERANCE = 0.02
#: most patches of a plane
MAX_PATCHES = 2000


@dataclass
class Plane:
    """A fault plane in internal units (km, degrees): top-edge centre, depth, strike, dip, length, width."""

    x: float
    y: float
    depth: float
    strike: float
    dip: float
    length: float
    width: float

    def patches(self, n_along, n_down):
        """(top-edge centres x, y, depths, length, width) of the patches, row by row down the dip."""
        phi, delta = math.radians(self.strike), math.radians(self.dip)
        along = np.array([math.sin(phi), math.cos(phi)])
        down = np.array([math.cos(phi), -math.sin(phi)])
        dl, dw = self.length / n_along, self.width / n_down
        i, j = np.meshgrid(np.arange(n_along), np.arange(n_down))
        offset = (-0.5 * self.length + (i.ravel() + 0.5) * dl)[:, None] * along + (j.ravel() * dw * math.cos(delta)
                                                                                  )[:, None] * down
        return (self.x + offset[:, 0], self.y + offset[:, 1], self.depth + j.ravel() * dw * math.sin(delta), dl, dw)

    def corners(self, n_along, n_down):
        """(P, 4, 2) map corners (km) of each patch's surface projection."""
        phi, delta = math.radians(self.strike), math.radians(self.dip)
        along = np.array([math.sin(phi), math.cos(phi)])
        down = np.array([math.cos(phi), -math.sin(phi)]) * math.cos(delta)
        x, y, _, dl, dw = self.patches(n_along, n_down)
        top_left = np.column_stack([x, y]) - 0.5 * dl * along
        return np.stack([top_left, top_left + dl * along, top_left + dl * along + dw * down, top_left + dw * down],
                        axis=1)


def extended_plane(values, extension, centre=(0.0, 0.0)):
    """The plane of a uniform fit (SI values of :mod:`.fault_inversion`) ``extension`` times larger.

    It grows about the fitted rectangle's middle along strike and along dip;
    up-dip growth stops at the surface.  In km relative to ``centre`` (m).
    """
    if not extension >= 1.0:
        raise InputError('PLANE_EXTENSION: {0:g} is not accepted; give 1 (the fitted plane) or more.', extension)
    delta = math.radians(values['dip'])
    grow = 0.5 * values['width'] * (extension - 1.0)
    up_dip = min(grow, values['depth'] / max(math.sin(delta), 1e-9))
    phi = math.radians(values['strike'])
    shift = up_dip * math.cos(delta)
    x = values['x'] - shift * math.cos(phi) - centre[0]
    y = values['y'] + shift * math.sin(phi) - centre[1]
    return Plane(x / 1000.0, y / 1000.0, (values['depth'] - up_dip * math.sin(delta)) / 1000.0, values['strike'],
                 values['dip'], values['length'] * extension / 1000.0, (values['width'] + up_dip + grow) / 1000.0)


def laplacian(n_along, n_down):
    """5-point Laplacian (P × P) over the patch grid, missing neighbours zero (row-major down the dip)."""
    count = n_along * n_down
    matrix = np.zeros((count, count))
    for j in range(n_down):
        for i in range(n_along):
            k = j * n_along + i
            matrix[k, k] = -4.0
            for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                if 0 <= i + di < n_along and 0 <= j + dj < n_down:
                    matrix[k, (j + dj) * n_along + i + di] = 1.0
    return matrix


@dataclass
class SlipDistribution:
    """Slip of every patch (m) with 1σ, the smoothing chosen, and the plane."""

    plane: Plane
    n_along: int
    n_down: int
    strike_slip: np.ndarray
    dip_slip: np.ndarray
    sigma_strike_slip: np.ndarray
    sigma_dip_slip: np.ndarray
    smoothing: float            # α²
    abic: float
    rms: float                  # whitened residual RMS
    nuisance: np.ndarray

    @property
    def slip(self):
        return np.hypot(self.strike_slip, self.dip_slip)

    @property
    def rake(self):
        return np.degrees(np.arctan2(self.dip_slip, self.strike_slip))


def _design(problem, plane, n_along, n_down, monitor=SILENT):
    """Whitened [G | N] (rows: every dataset, then GNSS) and whitened data."""
    x, y, depth, dl, dw = plane.patches(n_along, n_down)
    count = x.size
    poisson = problem.model.poisson
    columns = np.empty((3, problem.all_x.size, 2 * count))
    for p in range(count):
        monitor.check()
        responses = okada_unit_responses(problem.all_x * 1000.0, problem.all_y * 1000.0, x[p] * 1000.0,
                                         y[p] * 1000.0, depth[p] * 1000.0, plane.strike, plane.dip, dl * 1000.0,
                                         dw * 1000.0, poisson)
        columns[:, :, p], columns[:, :, count + p] = 1000.0 * responses[0], 1000.0 * responses[1]
    n_nuisance = problem.n_parameters - problem.model.n_parameters
    blocks, targets = [], []
    for k, dataset in enumerate(problem.datasets):
        rows = np.zeros((dataset.value.size, 2 * count + n_nuisance))
        rows[:, :2 * count] = np.einsum('cn,cnq->nq', dataset.unit, columns[:, problem.pieces[k]])
        offset = 2 * count - problem.model.n_parameters
        nuisance = problem.nuisance_slices[k]
        rows[:, nuisance.start + offset:nuisance.stop + offset] = dataset.columns.T
        blocks.append(dataset.whiten(rows))
        targets.append(dataset.whiten(dataset.value))
    if problem.gnss is not None:
        rows = np.zeros((3, len(problem.gnss), 2 * count + n_nuisance))
        rows[:, :, :2 * count] = columns[:, problem.pieces[-1]]
        weight = problem.g_weight[problem.g_valid]
        blocks.append(rows[problem.g_valid] * weight[:, None])
        targets.append(problem.gnss.values.T[problem.g_valid] * weight)
    return np.vstack(blocks), np.concatenate(targets)


def _abic(normal, rhs, data2, roughness, alpha2, n_obs, rank):
    """(ABIC, solution, s, inverse) for smoothing α² (module docstring)."""
    matrix = normal + alpha2 * roughness
    try:
        factor = np.linalg.cholesky(matrix)
    except np.linalg.LinAlgError:
        return np.inf, None, np.nan, None
    solution = np.linalg.solve(matrix, rhs)
    objective = max(float(data2 - solution @ rhs), 1e-300)              # ‖Hm − d‖² + α²‖Lm‖² at the minimum
    logdet = 2.0 * np.sum(np.log(np.diag(factor)))
    dof = n_obs + rank - matrix.shape[0]
    value = dof * math.log(objective) - rank * math.log(alpha2) + logdet
    return value, solution, objective, matrix


def distributed_slip(problem, values, n_along=10, n_down=5, extension=1.5, monitor=SILENT):
    """Slip on the extended plane of a uniform fit, smoothing by ABIC: a :class:`SlipDistribution`."""
    if not (1 <= n_along and 1 <= n_down and n_along * n_down <= MAX_PATCHES):
        raise InputError('PATCHES_ALONG, PATCHES_DOWN: {0} × {1} patches is not accepted; give at least 1 × 1 and at '
                         'most {2} patches.', n_along, n_down, MAX_PATCHES)
    plane = extended_plane(values, extension, problem.centre)
    design, data = _design(problem, plane, n_along, n_down, monitor)
    monitor.update(0.5)
    count = n_along * n_down
    n_obs, unknowns = design.shape
    if n_obs <= unknowns:
        raise InputError('PATCHES_ALONG, PATCHES_DOWN: {0} observations for {1} unknowns; use fewer patches or more '
                         'data.', n_obs, unknowns)
    lap = laplacian(n_along, n_down)
    roughness = np.zeros((unknowns, unknowns))
    block = lap.T @ lap
    roughness[:count, :count] = block
    roughness[count:2 * count, count:2 * count] = block
    normal, rhs, data2 = design.T @ design, design.T @ data, float(data @ data)
    rank = 2 * count
    scale = np.trace(normal[:rank, :rank]) / np.trace(roughness)

    def score(log_alpha):
        return _abic(normal, rhs, data2, roughness, scale * 10.0 ** log_alpha, n_obs, rank)[0]

    grid = [score(g) for g in ALPHA_GRID]
    best = int(np.argmin(grid))
    low, high = ALPHA_GRID[max(best - 1, 0)], ALPHA_GRID[min(best + 1, len(ALPHA_GRID) - 1)]
    log_alpha = ALPHA_GRID[best]
    if high > low:
        refined = minimize_scalar(score, bounds=(low, high), method='bounded', options={'xatol': ALPHA_TOLERANCE})
        if refined.fun < grid[best]:
            log_alpha = float(refined.x)
    alpha2 = scale * 10.0 ** log_alpha
    value, solution, objective, matrix = _abic(normal, rhs, data2, roughness, alpha2, n_obs, rank)
    variance = objective / (n_obs + rank - unknowns)
    sigma = np.sqrt(np.clip(np.diag(np.linalg.inv(matrix)) * variance, 0.0, None))
    monitor.update(1.0)
    residual = design @ solution - data
    return SlipDistribution(plane, n_along, n_down, solution[:count], solution[count:rank], sigma[:count],
                            sigma[count:rank], float(alpha2), float(value),
                            float(np.sqrt(np.mean(residual * residual))), solution[rank:])
