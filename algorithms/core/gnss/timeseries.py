"""Trajectory model of GNSS station position time series (velocity, seasonal terms, steps).

Each component c ∈ {east, north, up} of a station's daily positions is fitted
with the model of :mod:`.trajectory` (t in years since the station's first day,
τ in years since 2000-01-01)::

    x_c(t) = a + v t + Σ_k (A_k cos 2πkτ + B_k sin 2πkτ) + Σ_s S_s H(t − t_s)
             + Σ_q P_q H(t − t_q) ln(1 + (t − t_q)/τ_q)          [mm]

first by weighted least squares (weights 1/σ² from the file's formal
standard deviations, equal weights where the file gives none) to reject
outliers.  Then, by ``noise_model``:

* ``flicker`` (default) / ``powerlaw``: white + power-law noise (κ = −1, or
  κ estimated) is estimated per component by maximum likelihood and the
  trajectory re-estimated by generalised least squares under it, with 1σ
  from its covariance (:mod:`.noise`, Hector-style).  Daily GNSS errors are
  coloured; over years flicker noise makes the rate 1σ several times the
  white-noise value;
* ``ar1``: the weighted fit kept, parameter 1σ

      σ_j = √(s₀² (GᵀWG)⁻¹_jj · (1 + ρ)/(1 − ρ))

  with the a-posteriori variance factor s₀² = Σ w r²/(n − k) and ρ ∈ [0, 0.95]
  the lag-1 autocorrelation of the normalised residuals of consecutive kept
  days (AR(1) inflation; too small on long series with flicker noise).

The AR(1) 1σ of the velocity is always reported too (``se_ar1``…), so the
difference is visible.  ``velocity_method = 'midas'`` replaces the velocity
and its 1σ by the MIDAS robust estimate (:mod:`.midas`), stepping over the
step dates; the other terms stay those of the trajectory fit.

A component without data (NaN, e.g. horizontal-only stations) is left NaN;
the others are fitted from their own days.

Preparation:

* epochs are reduced to one position per UTC day (mean weighted by 1/σ²,
  σ of the day = max(formal, scatter/√n)), so 30-s kinematic and daily files
  are treated alike;
* seasonal terms are fitted only for a station whose series spans at least
  ``MIN_PERIODIC_YEARS`` (shorter series cannot separate them from the rate);
* steps or post-seismic terms outside (first day, last day] of a station are
  left out for that station (reported as NULL);
* NGL files: where the antenna height column changes and the new height holds
  for at least ``MIN_EQUIPMENT_RUN`` days, a step is estimated in all three
  components (``antenna_steps``); shorter runs are left to outlier rejection.

Outlier rejection (iterated until no change, at most 20 times): with the
normalised residuals z = r/σ of the kept days, a day is rejected when, in any
component, |z − median(z)| > T · 1.4826 · MAD(z) (T = ``outlier_threshold``,
3 by default; 0 switches rejection off; the robust spread is floored at 10⁻⁶ so that
rounding-level residuals of exact data are never outliers).  Rejected days are re-tested against
each new fit and come back when they fit again.
"""
import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from ..common import dates as dates_mod
from ..common.errors import InputError
from ..common.linalg import cholesky_solve
from ..insar.trajectory import TrajectoryModel
from .midas import midas_velocity
from .noise import NOISE_MODELS, Bins, fit_noise

COMPONENTS = ('e', 'n', 'u')
MIN_PERIODIC_YEARS = 1.0
MIN_EQUIPMENT_RUN = 10
MAX_ITERATIONS = 20
MAD_TO_SIGMA = 1.4826
#: floor of the robust spread of normalised residuals (rounding-level residuals are never outliers)
MIN_SPREAD = 1e-6
MAX_CORRELATION = 0.95
#: velocity estimators: key → description
VELOCITY_METHODS = {'trajectory': 'trajectory model', 'midas': 'MIDAS (robust)'}


@dataclass(frozen=True)
class GnssModelOptions:
    """What to fit (see the module docstring)."""

    annual: bool = True
    semiannual: bool = True
    steps: tuple = ()             # datetime.date, reported as step_<YYYYMMDD>_<c>
    postseismic: tuple = ()       # ((date, tau_days), ...)
    outlier_threshold: float = 3.0
    antenna_steps: bool = True
    start: dt.date = None
    end: dt.date = None
    noise_model: str = 'flicker'      # a NOISE_MODELS key
    velocity_method: str = 'trajectory'   # a VELOCITY_METHODS key


@dataclass
class StationFit:
    """Result of :func:`fit_station` (values in mm, mm/yr, degrees)."""

    station: str
    model: TrajectoryModel
    coefficients: np.ndarray      # (3, k) per component
    sigmas: np.ndarray            # (3, k) 1σ
    rms: np.ndarray               # (3,) RMS of the kept residuals [mm]
    n_obs: int
    n_rejected: int
    first_date: dt.date
    last_date: dt.date
    equipment_steps: tuple = ()
    notes: list = field(default_factory=list)
    velocity_sigma_ar1: np.ndarray = None     # (3,) AR(1)-inflated 1σ of the velocity
    noise: dict = field(default_factory=dict)  # white_*, powerlaw_*, kappa_* per component (MLE models)
    noise_model: str = 'ar1'
    velocity_method: str = 'trajectory'

    def parameter(self, name):
        """(values, sigmas) of model column ``name`` for e, n, u; NaN when not in the model."""
        columns = self.model.columns()
        if name not in columns:
            return np.full(3, np.nan), np.full(3, np.nan)
        index = columns.index(name)
        return self.coefficients[:, index], self.sigmas[:, index]


def daily_positions(series):
    """(dates, enu [mm] (n, 3), sigma [mm] (n, 3)): one weighted-mean position per UTC day.

    Components are averaged separately; a day without a value of a component is NaN there.
    """
    days = series.times.astype('datetime64[D]')
    unique, index, counts = np.unique(days, return_inverse=True, return_counts=True)
    enu = series.enu * 1000.0
    sigma = fill_sigma(series.sigma * 1000.0)
    if np.all(counts == 1):
        order = np.argsort(index)
        values, spread = enu[order], sigma[order]
    else:
        present = np.isfinite(enu)
        weights = np.where(present, 1.0 / sigma ** 2, 0.0)
        total = np.zeros((len(unique), 3))
        np.add.at(total, index, weights)
        values = np.zeros((len(unique), 3))
        np.add.at(values, index, weights * np.where(present, enu, 0.0))
        number = np.zeros((len(unique), 3))
        np.add.at(number, index, present.astype(float))
        with np.errstate(invalid='ignore', divide='ignore'):
            values /= total
            squares = np.zeros((len(unique), 3))
            np.add.at(squares, index, np.where(present, (enu - values[index]) ** 2, 0.0))
            scatter = np.sqrt(squares / np.maximum(number - 1, 1)) / np.sqrt(np.maximum(number, 1))
            spread = np.maximum(1.0 / np.sqrt(total), scatter)
        values[number == 0] = np.nan
        spread[number == 0] = np.nan
    dates = [d.astype(dt.date) for d in unique]
    return dates, values, fill_sigma(spread)


def fill_sigma(sigma):
    """σ (n,) or (n, k) with unknown or non-positive values replaced by the median of the valid ones
    of their column (1 when none is valid)."""
    sigma = np.array(sigma, dtype=float)
    for column in (sigma[:, None] if sigma.ndim == 1 else sigma).T:
        valid = np.isfinite(column) & (column > 0)
        column[~valid] = np.median(column[valid]) if valid.any() else 1.0
    return sigma


def equipment_steps(series, dates):
    """Dates where the antenna height changes to a value held for ≥ MIN_EQUIPMENT_RUN days."""
    if series.antenna is None:
        return ()
    days = series.times.astype('datetime64[D]')
    _, first = np.unique(days, return_index=True)
    heights = np.round(series.antenna[first], 4)
    runs, start = [], 0
    for i in range(1, len(heights) + 1):
        if i == len(heights) or heights[i] != heights[start]:
            runs.append((start, i - start, heights[start]))
            start = i
    long_runs = [run for run in runs if run[1] >= MIN_EQUIPMENT_RUN]
    steps = []
    for previous, current in zip(long_runs, long_runs[1:]):
        if current[2] != previous[2]:
            steps.append(dates[current[0]])
    return tuple(steps)


def station_model(dates, options, equipment=()):
    """The :class:`TrajectoryModel` for one station's ``dates`` (terms it cannot constrain left out)."""
    first, last = dates[0], dates[-1]
    def inside(day):
        return (first < day <= last)
    span_years = (last - first).days / dates_mod.DAYS_PER_YEAR
    periodic = span_years >= MIN_PERIODIC_YEARS
    steps = sorted({d for d in tuple(options.steps) + tuple(equipment) if inside(d)})
    postseismic = tuple((d, tau) for d, tau in options.postseismic if inside(d))
    return TrajectoryModel(polynomial=1, annual=options.annual and periodic,
                           semiannual=options.semiannual and periodic, steps=tuple(steps),
                           postseismic=postseismic)


def weighted_fit(design, values, sigmas, keep):
    """Weighted least squares per component.

    design (n, k); values, sigmas (n, 3) (NaN values: not observed); keep (n,) bool.
    Returns coefficients (3, k), their 1σ (3, k) and the residuals (n, 3);
    NaN for a component with fewer than k + 1 observations.
    """
    present = np.isfinite(values)
    weights = (keep[:, None] & present) / sigmas ** 2
    filled = np.where(present, values, 0.0)
    normal = np.einsum('ic,ij,il->cjl', weights, design, design)
    rhs = np.einsum('ic,ij,ic->cj', weights, design, filled)
    dof = (keep[:, None] & present).sum(axis=0) - design.shape[1]
    empty = dof < 1
    normal[empty] = np.eye(design.shape[1])
    coefficients, inverse_diagonal = cholesky_solve(normal, rhs, use_numba=False)
    coefficients[empty] = np.nan
    residuals = values - design @ coefficients.T
    with np.errstate(invalid='ignore', divide='ignore'):
        variance_factor = np.nansum(weights * residuals ** 2, axis=0) / np.where(empty, np.nan, dof)
        sigma = np.sqrt(variance_factor[:, None] * inverse_diagonal)
    return coefficients, sigma, residuals


def correlation_factor(normalised):
    """√((1 + ρ)/(1 − ρ)) per column of ``normalised`` (n, 3), ρ its lag-1 autocorrelation in [0, 0.95]."""
    with np.errstate(invalid='ignore', divide='ignore'):
        present = np.isfinite(normalised)
        mean = np.where(present, normalised, 0.0).sum(axis=0) / np.maximum(present.sum(axis=0), 1)
        z = np.where(present, normalised - mean, 0.0)
        rho = np.sum(z[1:] * z[:-1], axis=0) / np.sum(z ** 2, axis=0)
    rho = np.clip(np.nan_to_num(rho), 0.0, MAX_CORRELATION)
    return np.sqrt((1.0 + rho) / (1.0 - rho))


def reject_outliers(residuals, sigmas, keep, threshold):
    """Days to keep: none of the components beyond ``threshold`` robust σ of the normalised residuals."""
    if threshold <= 0:
        return keep
    z = residuals / sigmas
    flagged = np.zeros(len(z), dtype=bool)
    for c in range(z.shape[1]):
        column = z[keep, c]
        column = column[np.isfinite(column)]
        if column.size == 0:
            continue
        centre = np.median(column)
        spread = max(MAD_TO_SIGMA * np.median(np.abs(column - centre)), MIN_SPREAD)
        with np.errstate(invalid='ignore'):
            flagged |= np.abs(z[:, c] - centre) > threshold * spread
    return ~flagged


def fit_station(series, options):
    """Fit the trajectory model to ``series`` (a :class:`~.formats.GnssSeries`), noise per ``options``."""
    if options.noise_model not in NOISE_MODELS:
        raise InputError('NOISE_MODEL: "{0}" is not accepted; choose {1}.',
                         options.noise_model, ', '.join(NOISE_MODELS))
    if options.velocity_method not in VELOCITY_METHODS:
        raise InputError('VELOCITY_METHOD: "{0}" is not accepted; choose {1}.',
                         options.velocity_method, ', '.join(VELOCITY_METHODS))
    series = _window(series, options)
    dates, values, sigmas = daily_positions(series)
    equipment = equipment_steps(series, dates) if options.antenna_steps else ()
    model = station_model(dates, options, equipment)
    k = len(model.columns())
    observed = np.isfinite(values).sum(axis=0)
    if observed.max() < k + 2:
        raise InputError('INPUT_FILES: station {0} ("{1}") has {2} days of data between {3} and {4}, too few for the '
                         '{5} terms of its model ({6}).',
                         series.station, series.name, int(observed.max()), dates[0].isoformat(), dates[-1].isoformat(),
                         k, ', '.join(model.columns()))
    design = model.design_matrix(dates)
    keep = np.ones(len(dates), dtype=bool)
    for _ in range(MAX_ITERATIONS):
        coefficients, parameter_sigmas, residuals = weighted_fit(design, values, sigmas, keep)
        new_keep = reject_outliers(residuals, sigmas, keep, options.outlier_threshold)
        if np.array_equal(new_keep, keep) or new_keep.sum() < k + 2:
            break
        keep = new_keep
    with_data = observed >= k + 2
    if not np.all(np.isfinite(coefficients[with_data])):
        raise InputError('INPUT_FILES: station {0} ("{1}"): the model ({2}) is not constrained by its {3} days ({4} '
                         'to {5}); remove terms or steps without data on both sides.',
                         series.station, series.name, ', '.join(model.columns()), int(keep.sum()),
                         dates[0].isoformat(), dates[-1].isoformat())
    coefficients[~with_data] = np.nan
    parameter_sigmas = parameter_sigmas * correlation_factor(residuals[keep] / sigmas[keep])[:, None]
    velocity = model.columns().index('velocity')
    fit = StationFit(series.station, model, coefficients, parameter_sigmas, None, int(keep.sum()),
                     int((~keep).sum()), dates[0], dates[-1], equipment, [],
                     velocity_sigma_ar1=parameter_sigmas[:, velocity].copy(), noise_model='ar1')
    if (options.annual or options.semiannual) and not (model.annual or model.semiannual):
        fit.notes.append(f'{series.station}: the series spans less than {MIN_PERIODIC_YEARS:g} year; '
                         'seasonal terms were not fitted.')
    if options.noise_model != 'ar1':
        _coloured_noise(fit, dates, design, values, keep, options.noise_model, series)
    if options.velocity_method == 'midas':
        _midas(fit, dates, values, keep, model, velocity)
    residuals = values - design @ fit.coefficients.T
    used = keep[:, None] & np.isfinite(residuals)
    with np.errstate(invalid='ignore', divide='ignore'):
        fit.rms = np.sqrt(np.sum(np.where(used, residuals, 0.0) ** 2, axis=0) / used.sum(axis=0))
    return fit


def _coloured_noise(fit, dates, design, values, keep, noise_model, series):
    """Replace the trajectory of each component by its GLS fit under MLE white + power-law noise."""
    days = np.array([(d - dates[0]).days for d in dates])
    for c, name in enumerate(COMPONENTS):
        valid = keep & np.isfinite(values[:, c])
        if not np.isfinite(fit.coefficients[c]).all():
            continue
        if Bins.of(days[valid] - days[valid].min()).counts.size < design.shape[1] + 3:
            fit.notes.append(f'{series.station}: too few days of {name} data to estimate its noise; its AR(1) 1σ '
                             'are reported.')
            continue
        try:
            noise = fit_noise(days[valid] - days[valid].min(), values[valid, c], design[valid], noise_model)
        except np.linalg.LinAlgError:
            fit.notes.append(f'{series.station}: the {name} noise could not be estimated (the model is singular on '
                             'the binned days); its AR(1) 1σ are reported.')
            continue
        fit.coefficients[c], fit.sigmas[c] = noise.coefficients, noise.sigmas
        fit.noise.update({f'white_{name}': noise.white, f'powerlaw_{name}': noise.power_law,
                          f'kappa_{name}': noise.kappa})
    if fit.noise:                       # at least one component had its noise estimated
        fit.noise_model = noise_model


def _midas(fit, dates, values, keep, model, velocity):
    """MIDAS velocity and 1σ per component (kept days; pairs never span a step)."""
    origin = dates[0]
    years = np.array([(d - origin).days for d in dates]) / dates_mod.DAYS_PER_YEAR
    steps = [(d - origin).days / dates_mod.DAYS_PER_YEAR for d in model.steps]
    for c in range(3):
        value, sigma, _, _ = midas_velocity(years[keep], values[keep, c], steps)
        fit.coefficients[c, velocity], fit.sigmas[c, velocity] = value, sigma
    fit.velocity_method = 'midas'


def _window(series, options):
    """Epochs between ``options.start`` and ``options.end`` (whole days, inclusive)."""
    mask = np.ones(len(series), dtype=bool)
    if options.start is not None:
        mask &= series.times >= np.datetime64(options.start, 'ms')
    if options.end is not None:
        mask &= series.times < np.datetime64(options.end + dt.timedelta(days=1), 'ms')
    if not mask.any():
        first, last = (str(t.astype('datetime64[D]')) for t in (series.times[0], series.times[-1]))
        raise InputError('START/END: station {0} ("{1}") has data from {2} to {3}, none between {4} and {5}.',
                         series.station, series.name, first, last, options.start or 'the start',
                         options.end or 'the end')
    return series.subset(mask)


def amplitude_phase(cos_terms, sin_terms):
    """Amplitude √(a² + b²) and phase atan2(b, a) in degrees [0, 360) (see :mod:`.trajectory`)."""
    return np.hypot(cos_terms, sin_terms), np.degrees(np.arctan2(sin_terms, cos_terms)) % 360.0


def field_names(options):
    """Numeric output fields, in order, for the model ``options`` (SPEC §3 gnsstimeseries)."""
    names = ['ve', 'vn', 'vu', 'se', 'sn', 'su']
    for prefix, on in (('annual', options.annual), ('semiannual', options.semiannual)):
        if on:
            names += [f'{prefix}_amp_{c}' for c in COMPONENTS] + [f'{prefix}_phase_{c}' for c in COMPONENTS]
    for date in options.steps:
        tag = dates_mod.compact(date)
        names += [f'step_{tag}_{c}' for c in COMPONENTS] + [f'step_{tag}_s{c}' for c in COMPONENTS]
    for date, _ in options.postseismic:
        names += [f'postseismic_{dates_mod.compact(date)}_{c}' for c in COMPONENTS]
    names += ['rms_e', 'rms_n', 'rms_u', 'se_ar1', 'sn_ar1', 'su_ar1']
    if options.noise_model != 'ar1':
        names += [f'{prefix}_{c}' for prefix in ('white', 'powerlaw', 'kappa') for c in COMPONENTS]
    return names


#: text fields of every station record: how the velocity and its 1σ were obtained
TEXT_FIELDS = ('velocity_method', 'noise_method')


def station_record(fit, options):
    """{field: value} of :func:`field_names` for one :class:`StationFit` (NaN = not estimated)."""
    velocity, velocity_sigma = fit.parameter('velocity')
    record = dict(zip(('ve', 'vn', 'vu'), velocity))
    record.update(zip(('se', 'sn', 'su'), velocity_sigma))
    for prefix, on in (('annual', options.annual), ('semiannual', options.semiannual)):
        if on:
            amplitude, phase = amplitude_phase(fit.parameter(f'{prefix}_cos')[0], fit.parameter(f'{prefix}_sin')[0])
            record.update({f'{prefix}_amp_{c}': a for c, a in zip(COMPONENTS, amplitude)})
            record.update({f'{prefix}_phase_{c}': p for c, p in zip(COMPONENTS, phase)})
    for date in options.steps:
        tag = dates_mod.compact(date)
        value, sigma = fit.parameter(f'step_{tag}')
        record.update({f'step_{tag}_{c}': v for c, v in zip(COMPONENTS, value)})
        record.update({f'step_{tag}_s{c}': s for c, s in zip(COMPONENTS, sigma)})
    for date, _ in options.postseismic:
        tag = dates_mod.compact(date)
        record.update({f'postseismic_{tag}_{c}': v for c, v in zip(COMPONENTS, fit.parameter(f'postseismic_{tag}')[0])})
    record.update({f'rms_{c}': r for c, r in zip(COMPONENTS, fit.rms)})
    record.update({f's{c}_ar1': s for c, s in zip(COMPONENTS, fit.velocity_sigma_ar1)})
    record.update({f'{prefix}_{c}': fit.noise.get(f'{prefix}_{c}', np.nan)
                   for prefix in ('white', 'powerlaw', 'kappa') for c in COMPONENTS})
    record['velocity_method'] = VELOCITY_METHODS[fit.velocity_method]
    record['noise_method'] = ('MIDAS' if fit.velocity_method == 'midas' else NOISE_MODELS[fit.noise_model])
    return record
