"""Displacement time series of single pixels or points, as plotted by the time-series dock.

* Point layers (PS, EGMS L2a/L2b/L3 CSV) carry one field per acquisition,
  named ``YYYYMMDD``, ``DYYYYMMDD`` or ``D_YYYYMMDD`` (the ``D`` in either
  case), holding the displacement in mm: :func:`date_fields` finds them.
* Relative series: subtracting the series r of a reference pixel/point,
  d'(t_i) = d(t_i) − r(t_i), date by date (NaN where either is missing).
* Trajectory overlay: the core :class:`.trajectory.TrajectoryModel` fitted by
  least squares to the valid dates of one series; the legend shows
  v = c₁ ± σ(c₁) [mm/yr] (see :mod:`.trajectory`).
"""
import datetime as dt
import re
from dataclasses import dataclass

import numpy as np

from ..common import dates as dates_mod
from ..common.errors import InputError
from ..insar.trajectory import fit_trajectories

_DATE_FIELD = re.compile(r'^(?:[dD]_?)?(\d{8})$')


def field_date(name):
    """Date of a field named ``YYYYMMDD``, ``DYYYYMMDD`` or ``D_YYYYMMDD``, else ``None``."""
    match = _DATE_FIELD.match((name or '').strip())
    return dates_mod.from_compact(match.group(1)) if match else None


def date_fields(names, role='layer'):
    """``[(field name, date), …]`` sorted by date for the date fields among ``names``.

    Two fields naming the same date (``D20200114`` and ``20200114``) are
    ambiguous and raise :class:`InputError`.
    """
    found = {}
    for name in names:
        date = field_date(name)
        if date is None:
            continue
        if date in found:
            raise InputError('{0}: fields "{1}" and "{2}" both name {3}; keep one field per acquisition date.',
                             role, found[date], name, date.isoformat())
        found[date] = name
    return [(found[date], date) for date in sorted(found)]


def as_values(attributes):
    """Attribute values → float64 array; NULL, empty or non-numeric → NaN."""
    values = np.full(len(attributes), np.nan)
    for i, value in enumerate(attributes):
        try:
            values[i] = float(value)
        except (TypeError, ValueError):
            continue
    return values


def relative_to(values, reference):
    """d − r date by date; NaN where either is NaN.  ``reference`` ``None`` → ``values`` unchanged."""
    values = np.asarray(values, dtype=float)
    if reference is None:
        return values
    reference = np.asarray(reference, dtype=float)
    if reference.shape != values.shape:
        raise InputError('reference: its series has {0} dates, the picked one {1}; pick the reference on the same '
                         'layer.', reference.size, values.size)
    return values - reference


@dataclass
class SeriesFit:
    """Trajectory fitted to one series: coefficients, velocity and its 1σ, and the model."""

    model: object
    origin: dt.date
    coefficients: np.ndarray
    velocity: float
    velocity_sigma: float
    rms: float

    def evaluate(self, dates):
        """Model displacement [mm] at ``dates``."""
        return self.model.design_matrix(list(dates), origin=self.origin) @ self.coefficients


def fit_series(dates, values, model):
    """Fit ``model`` to ``values`` [mm] at ``dates`` (NaN skipped); :class:`InputError` when impossible."""
    values = np.asarray(values, dtype=float)
    valid = np.isfinite(values)
    if not valid.any():
        raise InputError('fit: the series holds no value.')
    valid_dates = [d for d, ok in zip(dates, valid) if ok]
    model.validate(valid_dates, 'series')
    origin = dates[0]
    fit = fit_trajectories(model.design_matrix(list(dates), origin=origin), values[np.newaxis, :],
                           use_numba=False)
    coefficients = fit.coefficients[0]
    if not np.all(np.isfinite(coefficients)):
        raise InputError('fit: the dates of this series cannot constrain every term of the model; '
                         'remove steps or periodic terms.')
    with np.errstate(invalid='ignore', divide='ignore'):
        rms = float(np.sqrt(fit.rss[0] / fit.n_obs[0]))
    return SeriesFit(model, origin, coefficients, float(coefficients[1]), float(fit.sigma(1)[0]), rms)


def daily_dates(first, last):
    """Every day from ``first`` to ``last`` (for drawing smooth fitted curves)."""
    return [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
