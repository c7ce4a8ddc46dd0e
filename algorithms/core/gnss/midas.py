"""MIDAS robust station velocity (Blewitt et al. 2016, J. Geophys. Res. 121, doi:10.1002/2015JB012552).

Median Interannual Difference Adjusted for Skewness: a Theil–Sen slope on
pairs of epochs one year apart, insensitive to seasonal signals, outliers and
undetected steps.  Per component:

1. pairs: each epoch t_i with the first epoch at or after t_i + 1 yr − τ
   (forward), and each epoch t_j with the last at or before t_j − 1 yr + τ
   (backward), τ = 0.001 yr; pairs spanning a known step date are skipped;
2. slopes v_ij = (x_j − x_i)/(t_j − t_i); median v̂, σ̃ = 1.4826·MAD;
3. slopes with |v − v̂| ≥ 2σ̃ are removed, then the median v and MAD again;
4. 1σ = 3 × 1.2533 × 1.4826 × MAD / √(N/4) with N the slopes kept
   (√(N/4): pairs are not independent; 1.2533: efficiency of the median;
   3: Blewitt et al.'s empirical factor for real, coloured noise).
"""
import numpy as np

#: pair tolerance (years)
TOLERANCE = 0.001


def midas_pairs(times, steps=()):
    """Index pairs (i, j) of epochs about one year apart (module docstring), ``times`` sorted decimal years."""
    times = np.asarray(times, dtype=float)
    forward_i = np.arange(times.size)
    forward_j = np.searchsorted(times, times + 1.0 - TOLERANCE, side='left')
    backward_j = np.arange(times.size)
    backward_i = np.searchsorted(times, times - 1.0 + TOLERANCE, side='right') - 1
    i = np.concatenate([forward_i, backward_i])
    j = np.concatenate([forward_j, backward_j])
    ok = (i >= 0) & (j < times.size)
    i, j = i[ok], j[ok]
    for step in steps:
        ok = ~((times[i] < step) & (times[j] >= step))
        i, j = i[ok], j[ok]
    return i, j


def midas_velocity(times, values, steps=()):
    """(velocity, 1σ, slopes kept, slopes removed) of one component; NaN when no pair exists.

    ``times`` decimal years (sorted), ``values`` (mm, NaN = missing), ``steps`` decimal years.
    """
    times, values = np.asarray(times, dtype=float), np.asarray(values, dtype=float)
    valid = np.isfinite(values)
    times, values = times[valid], values[valid]
    i, j = midas_pairs(times, steps)
    if i.size == 0:
        return np.nan, np.nan, 0, 0
    slopes = (values[j] - values[i]) / (times[j] - times[i])
    median = np.median(slopes)
    spread = 1.4826 * np.median(np.abs(slopes - median))
    kept = slopes[np.abs(slopes - median) < 2.0 * spread] if spread > 0 else slopes
    if kept.size == 0:
        return np.nan, np.nan, 0, int(slopes.size)
    velocity = float(np.median(kept))
    mad = float(np.median(np.abs(kept - velocity)))
    sigma = 3.0 * 1.2533 * 1.4826 * mad / np.sqrt(kept.size / 4.0)
    return velocity, float(sigma), int(kept.size), int(slopes.size - kept.size)
