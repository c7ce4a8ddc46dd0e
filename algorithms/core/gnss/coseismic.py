"""Co-seismic offsets from station positions in windows before and after an event.

Following the practice of reference 004 (average coordinates before the
event subtracted from those after it), for each component c::

    d_c = S(x_c | after) − S(x_c | before)                       [mm]

with S the mean or the median.  With t_e the event time (UTC), W_b, W_a the
window lengths and G the gap after the event (hours), an epoch of sampling
interval Δ (the series' median spacing; it stands for [t − Δ/2, t + Δ/2], so
a daily solution stands for its whole day) is

* *before* when  t ≥ t_e − W_b  and  t + Δ/2 ≤ t_e,
* *after*  when  t − Δ/2 ≥ t_e + G  and  t ≤ t_e + G + W_a.

So the daily solution of the event day, which mixes both states, is never
used, and ``G`` skips the shaking, outage or fast early afterslip.  The same
rule serves 30-s kinematic solutions (Δ/2 = 15 s).

1σ of d_c: √(e_b² + e_a²) with the standard error of each window's statistic

    e = s/√n · √((1 + ρ)/(1 − ρ)),

s the standard deviation of the window's epochs (mean) or 1.2533 × 1.4826 ×
MAD (median, its asymptotic efficiency) and ρ ∈ [0, 0.95] the lag-1
autocorrelation of the epochs (AR(1) inflation: kinematic errors are
correlated over minutes to hours, daily ones over days); a window with a
single epoch uses that epoch's formal σ.

Horizontal magnitude h = √(d_e² + d_n²) [mm]; azimuth = atan2(d_e, d_n) in
degrees clockwise from north, [0, 360), the direction of motion.
"""
from dataclasses import dataclass

import numpy as np

from ..common.errors import InputError
from .timeseries import MAD_TO_SIGMA, correlation_factor

STATISTICS = ('mean', 'median')
MEDIAN_EFFICIENCY = 1.2533


@dataclass
class Offset:
    """Co-seismic offset of one station (mm, degrees)."""

    station: str
    displacement: np.ndarray      # (3,) de, dn, du
    sigma: np.ndarray             # (3,) sde, sdn, sdu
    n_before: int
    n_after: int

    @property
    def horizontal(self):
        return float(np.hypot(self.displacement[0], self.displacement[1]))

    @property
    def azimuth(self):
        return float(np.degrees(np.arctan2(self.displacement[0], self.displacement[1])) % 360.0)


def window_masks(times, event, window_before_h, window_after_h, gap_after_h, interval_s):
    """Boolean masks (before, after) of ``times`` (datetime64) — see the module docstring."""
    seconds = (times - np.datetime64(event, 'ms')).astype('timedelta64[ms]').astype(float) / 1000.0
    half = interval_s / 2.0
    before = (seconds >= -window_before_h * 3600.0) & (seconds + half <= 0.0)
    after = (seconds - half >= gap_after_h * 3600.0) & (seconds <= (gap_after_h + window_after_h) * 3600.0)
    return before, after


def window_statistic(values, sigmas, statistic):
    """(centre, standard error) per component of the epochs ``values`` (n, 3) [m].

    NaN values (a component not observed, e.g. no vertical) are left out of
    their component; a component without any value gives NaN.
    """
    present = np.isfinite(values)
    count = present.sum(axis=0)
    centre = np.full(3, np.nan)
    scale = np.full(3, np.nan)
    for c in np.flatnonzero(count):
        column = values[present[:, c], c]
        if statistic == 'median':
            centre[c] = np.median(column)
            scale[c] = MAD_TO_SIGMA * np.median(np.abs(column - centre[c])) * MEDIAN_EFFICIENCY
        else:
            centre[c] = np.mean(column)
            scale[c] = np.std(column, ddof=1) if column.size > 1 else np.nan
    error = scale / np.sqrt(np.maximum(count, 1)) * correlation_factor(values - centre)
    single = count == 1
    if single.any():
        error[single] = sigmas[np.argmax(present, axis=0)[single], np.flatnonzero(single)]
    return centre, error


def coseismic_offset(series, event, window_before_h, window_after_h, gap_after_h=0.0, statistic='mean',
                     fix_only=False):
    """:class:`Offset` of ``series`` (a :class:`~.formats.GnssSeries`) at ``event`` (naive UTC datetime)."""
    if statistic not in STATISTICS:
        raise InputError('STATISTIC: "{0}" is not accepted; choose {1}.', statistic, ' or '.join(STATISTICS))
    for name, value in (('WINDOW_BEFORE', window_before_h), ('WINDOW_AFTER', window_after_h)):
        if not value > 0:
            raise InputError('{0}: {1} h is not a window; give a positive number of hours.', name, value)
    if gap_after_h < 0:
        raise InputError('GAP_AFTER: {0} h is negative; give 0 or more hours.', gap_after_h)
    if fix_only and series.quality is not None:
        series = series.subset(series.quality == 1)
        if len(series) == 0:
            raise InputError('FIX_ONLY: "{0}" has no ambiguity-fixed epochs (Q = 1).', series.name)
    before, after = window_masks(series.times, event, window_before_h, window_after_h, gap_after_h,
                                 series.interval_seconds())
    if not (before.any() and after.any()):
        first, last = (str(t.astype('datetime64[s]')).replace('T', ' ') for t in (series.times[0], series.times[-1]))
        values = (series.station, series.name, event, window_before_h, gap_after_h, window_after_h, first, last)
    if not before.any():
        raise InputError('INPUT_FILES: station {0} ("{1}") has no epoch in the window before EVENT_TIME {2:%Y-%m-%d '
                         '%H:%M:%S} (WINDOW_BEFORE {3:g} h, GAP_AFTER {4:g} h, WINDOW_AFTER {5:g} h); its data run '
                         'from {6} to {7} UTC.', *values)
    if not after.any():
        raise InputError('INPUT_FILES: station {0} ("{1}") has no epoch in the window after EVENT_TIME {2:%Y-%m-%d '
                         '%H:%M:%S} (WINDOW_BEFORE {3:g} h, GAP_AFTER {4:g} h, WINDOW_AFTER {5:g} h); its data run '
                         'from {6} to {7} UTC.', *values)
    centre_before, error_before = window_statistic(series.enu[before], series.sigma[before], statistic)
    centre_after, error_after = window_statistic(series.enu[after], series.sigma[after], statistic)
    displacement = (centre_after - centre_before) * 1000.0
    sigma = np.hypot(error_before, error_after) * 1000.0
    return Offset(series.station, displacement, sigma, int(before.sum()), int(after.sum()))
