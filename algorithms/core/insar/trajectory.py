"""Trajectory model of a displacement time series, fitted per pixel.

For acquisition dates with t = years since the first date [yr] and τ = years
since 2000-01-01 (seasonal argument), the model is::

    d(t) = Σ_{i=0..P} c_i t^i                                   polynomial, P = 1..3
         + a₁ cos 2πτ + b₁ sin 2πτ                               annual
         + a₂ cos 4πτ + b₂ sin 4πτ                               semi-annual
         + Σ_s S_s H(t − t_s)                                    co-seismic steps
         + Σ_q A_q H(t − t_q) ln(1 + (t − t_q)/τ_q)              log post-seismic

with d in mm, c₁ the velocity [mm/yr], 2c₂ the acceleration [mm/yr²], S the
step [mm].  An acquisition on a step date is counted *after* the step.

Annual amplitude A = √(a₁² + b₁²) [mm]; annual phase φ = atan2(b₁, a₁) [deg],
so the seasonal term is A cos(2πτ − φ): φ/360 of a year after 1 January the
displacement peaks (φ = 90° ≈ peak on 1 April).

Fitting is ordinary least squares per pixel on the non-NaN dates: complete
series share one normal matrix, the others get batched normal equations and
Cholesky (:mod:`.linalg`); velocity 1σ is
√(s² (N⁻¹)₁₁) with s² = RSS / (n − k).
"""
from dataclasses import dataclass

import numpy as np

from ..common import dates as dates_mod
from ..common.accel import jit, numba_enabled, prange
from ..common.errors import InputError
from ..common.linalg import cholesky_solve


@dataclass(frozen=True)
class TrajectoryModel:
    """Which terms the trajectory contains (see the module docstring)."""

    polynomial: int = 1
    annual: bool = True
    semiannual: bool = False
    steps: tuple = ()
    postseismic: tuple = ()  # ((date, tau_days), ...)

    def columns(self):
        """Names of the model parameters, in design-matrix order."""
        names = ['offset', 'velocity', 'quadratic', 'cubic'][:self.polynomial + 1]
        if self.annual:
            names += ['annual_cos', 'annual_sin']
        if self.semiannual:
            names += ['semiannual_cos', 'semiannual_sin']
        names += [f'step_{dates_mod.compact(d)}' for d in self.steps]
        names += [f'postseismic_{dates_mod.compact(d)}' for d, _ in self.postseismic]
        return names

    def validate(self, dates, role='INPUT'):
        """Check the model can be fitted on ``dates``; raise :class:`InputError` otherwise."""
        if not 1 <= self.polynomial <= 3:
            raise InputError('POLYNOMIAL: degree {0} is not accepted; choose 1, 2 or 3.', self.polynomial)
        first, last = min(dates), max(dates)
        for name, events in (('STEP_DATES', self.steps), ('POSTSEISMIC', [d for d, _ in self.postseismic])):
            for date in events:
                if not first < date <= last:
                    raise InputError('{0}: {1} is outside the series of {2} ({3} to {4}); an event must fall after '
                                     'the first acquisition and no later than the last.',
                                     name, date.isoformat(), role, first.isoformat(), last.isoformat())
        if len(dates) < len(self.columns()):
            raise InputError('{0}: {1} dates cannot constrain the {2} parameters of the model ({3}); use fewer terms '
                             'or more dates.', role, len(dates), len(self.columns()), ', '.join(self.columns()))

    def design_matrix(self, dates, origin=None):
        """G (n_dates, n_params) for ``dates``; ``origin`` (default: the first date) is t = 0."""
        origin = dates[0] if origin is None else origin
        t = dates_mod.years_since(dates, origin)
        tau = dates_mod.seasonal_years(dates)
        cols = [t ** power for power in range(self.polynomial + 1)]
        if self.annual:
            cols += [np.cos(2 * np.pi * tau), np.sin(2 * np.pi * tau)]
        if self.semiannual:
            cols += [np.cos(4 * np.pi * tau), np.sin(4 * np.pi * tau)]
        days = np.array([(d - origin).days for d in dates], dtype=float)
        for step in self.steps:
            cols.append((days >= (step - origin).days).astype(float))
        for date, tau_days in self.postseismic:
            elapsed = days - (date - origin).days
            cols.append(np.where(elapsed >= 0, np.log1p(np.clip(elapsed, 0, None) / tau_days), 0.0))
        return np.column_stack(cols).astype(np.float64)


@dataclass
class TrajectoryFit:
    """Per-pixel least-squares result (arrays over pixels)."""

    coefficients: np.ndarray      # (n_pix, k)
    inverse_diagonal: np.ndarray  # (n_pix, k) diag of (GᵀG)⁻¹ on the pixel's dates
    rss: np.ndarray               # (n_pix,) residual sum of squares [mm²]
    n_obs: np.ndarray             # (n_pix,) number of dates used

    @property
    def dof(self):
        return self.n_obs - self.coefficients.shape[1]

    def sigma(self, column):
        """1σ of parameter ``column``: √(RSS/(n−k) · (N⁻¹)_cc); NaN without redundancy."""
        with np.errstate(invalid='ignore', divide='ignore'):
            variance = np.where(self.dof > 0, self.rss / np.maximum(self.dof, 1), np.nan)
            return np.sqrt(variance * self.inverse_diagonal[:, column])


def fit_trajectories(design, data, use_numba=None):
    """Least-squares fit of ``design`` (n_dates, k) to ``data`` (n_pix, n_dates); NaN = missing.

    Complete series (the usual case) share the normal matrix GᵀG and are fitted
    at once, coefficients = data·G(GᵀG)⁻¹; series with gaps get their own
    normal equations, solved by batched Cholesky (numba or numpy, same numbers).
    Pixels with fewer valid dates than parameters, or whose valid dates leave
    a parameter unconstrained, come back as NaN.
    """
    design = np.ascontiguousarray(design, dtype=np.float64)
    data = np.ascontiguousarray(data, dtype=np.float64)
    n_pix, k = data.shape[0], design.shape[1]
    try:
        inverse = np.linalg.inv(design.T @ design) if n_pix else None
    except np.linalg.LinAlgError:
        inverse = None
    fit = TrajectoryFit(np.full((n_pix, k), np.nan), np.full((n_pix, k), np.nan), np.full(n_pix, np.nan),
                        np.zeros(n_pix, dtype=np.int64))
    complete = np.zeros(n_pix, dtype=np.bool_)
    if numba_enabled(use_numba):   # one pass: counts, and the complete series fitted
        projector = design @ inverse if inverse is not None else np.zeros((design.shape[0], k))
        _fit_complete_kernel(data, design, projector, inverse is not None, fit.coefficients, fit.rss, fit.n_obs,
                             complete)
    else:
        valid = np.isfinite(data)
        fit.n_obs = valid.sum(axis=1)
        if inverse is not None:
            complete = valid.all(axis=1)
            # einsum, not BLAS: each row is summed the same way whatever the block size (identical outputs)
            fit.coefficients[complete] = np.einsum('pt,tk->pk', data[complete], design @ inverse, optimize=False)
            fit.rss[complete] = _rss(design, data[complete], fit.coefficients[complete], valid[complete])
    if inverse is not None:
        fit.inverse_diagonal[complete] = np.diag(inverse)
    rows = np.flatnonzero(~complete)
    if rows.size:
        fit.coefficients[rows], fit.inverse_diagonal[rows], fit.rss[rows] = _fit_with_gaps(
            design, data[rows], fit.n_obs[rows], use_numba)
    return fit


def _rss(design, data, coefficients, valid):
    """Residual sum of squares [mm²] per row over the valid dates; NaN where the fit is NaN."""
    residual = np.where(valid, data - coefficients @ design.T, 0.0)
    rss = np.einsum('ij,ij->i', residual, residual)
    rss[~np.isfinite(coefficients[:, 0])] = np.nan
    return rss


def _fit_with_gaps(design, data, n_obs, use_numba):
    """Series with gaps: per-pixel normal equations on the valid dates, batched Cholesky.

    Returns (coefficients, diag N⁻¹, RSS); NaN for series with fewer dates than parameters.
    """
    valid = np.isfinite(data)
    filled = np.where(valid, data, 0.0)
    k = design.shape[1]
    if numba_enabled(use_numba):
        normal = np.empty((data.shape[0], k, k))
        rhs = np.empty((data.shape[0], k))
        _normal_equations_numba(design, filled, valid, normal, rhs)
    else:
        outer = (design[:, :, None] * design[:, None, :]).reshape(design.shape[0], k * k)
        normal = (valid.astype(np.float64) @ outer).reshape(-1, k, k)
        rhs = filled @ design
    coefficients, inverse_diagonal = cholesky_solve(normal, rhs, use_numba=use_numba)
    coefficients[n_obs < k] = np.nan
    inverse_diagonal = np.where(np.isfinite(coefficients), inverse_diagonal, np.nan)
    return coefficients, inverse_diagonal, _rss(design, data, coefficients, valid)


@jit(parallel=True)
def _fit_complete_kernel(data, design, projector, shared, coefficients, rss, n_obs, complete):
    """Per row: valid-date count; for complete rows (when ``shared``) coefficients and RSS [mm²]."""
    n_pix, n_dates = data.shape
    k = design.shape[1]
    for p in prange(n_pix):
        count = 0
        for t in range(n_dates):
            if np.isfinite(data[p, t]):
                count += 1
        n_obs[p] = count
        if count < n_dates or not shared:
            continue
        complete[p] = True
        for j in range(k):
            total = 0.0
            for t in range(n_dates):
                total += data[p, t] * projector[t, j]
            coefficients[p, j] = total
        square = 0.0
        for t in range(n_dates):
            model = 0.0
            for j in range(k):
                model += coefficients[p, j] * design[t, j]
            r = data[p, t] - model
            square += r * r
        rss[p] = square if np.isfinite(coefficients[p, 0]) else np.nan


@jit(parallel=True)
def _normal_equations_numba(design, filled, valid, normal, rhs):
    n_pix, n_dates = filled.shape
    k = design.shape[1]
    for p in prange(n_pix):
        for i in range(k):
            rhs[p, i] = 0.0
            for j in range(k):
                normal[p, i, j] = 0.0
        for t in range(n_dates):
            if not valid[p, t]:
                continue
            value = filled[p, t]
            for i in range(k):
                gi = design[t, i]
                rhs[p, i] += gi * value
                for j in range(k):
                    normal[p, i, j] += gi * design[t, j]


def product_names(model):
    """Band names of :func:`trajectory_products`, in order (SPEC §3 timeseriesfit)."""
    names = ['velocity', 'velocity_std']
    if model.polynomial >= 2:
        names.append('acceleration')
    if model.annual:
        names += ['annual_amplitude', 'annual_phase']
    if model.semiannual:
        names += ['semiannual_amplitude', 'semiannual_phase']
    names += [f'step_{dates_mod.compact(d)}' for d in model.steps]
    names += [f'postseismic_{dates_mod.compact(d)}' for d, _ in model.postseismic]
    names.append('rms_residual')
    return names


def trajectory_products(model, fit):
    """Derived products (velocity, amplitudes, phases, steps…) as (n_bands, n_pix)."""
    columns = model.columns()
    coef = fit.coefficients
    bands = [coef[:, 1], fit.sigma(1)]
    if model.polynomial >= 2:
        bands.append(2.0 * coef[:, 2])
    for prefix in [p for p, on in (('annual', model.annual), ('semiannual', model.semiannual)) if on]:
        a = coef[:, columns.index(f'{prefix}_cos')]
        b = coef[:, columns.index(f'{prefix}_sin')]
        bands += [np.hypot(a, b), np.degrees(np.arctan2(b, a)) % 360.0]
    for name in columns:
        if name.startswith(('step_', 'postseismic_')):
            bands.append(coef[:, columns.index(name)])
    with np.errstate(invalid='ignore', divide='ignore'):
        bands.append(np.sqrt(fit.rss / fit.n_obs))
    return np.vstack(bands)


def fitted_products(model, design, pixels):
    """``[trajectory_products(model, fit_trajectories(design, pixels))]`` — a picklable per-pixel function
    for :func:`..engine.pixels.map_pixels` (``functools.partial(fitted_products, model, design)``)."""
    return [trajectory_products(model, fit_trajectories(design, pixels))]
