"""Robust summary statistics of rasters (for styling and zonal summaries)."""
import numpy as np


def symmetric_limit(values, percentile=98.0):
    """Half-width L of a colour scale symmetric about zero: the ``percentile`` of |values|.

    NaNs are ignored; returns 1.0 when no finite value exists or all are zero,
    so a ramp from −L to +L is always valid.
    """
    finite = np.abs(np.asarray(values, dtype=float))
    finite = finite[np.isfinite(finite)]
    if finite.size == 0:
        return 1.0
    limit = float(np.percentile(finite, percentile))
    return limit if limit > 0 else (float(finite.max()) or 1.0)
