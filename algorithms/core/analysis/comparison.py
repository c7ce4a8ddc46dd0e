"""InSAR against ground truth at points (levelling benchmarks, GNSS): GSI's validation table.

For the n points with an InSAR value s_k (the mean of the pixels, or of the
InSAR points, within the radius) and a truth t_k, the difference is
d_k = s_k − t_k and::

    COUNT            n
    CORRELATION      r = Σ(s − s̄)(t − t̄) / √(Σ(s − s̄)² Σ(t − t̄)²)           (Pearson)
    MEAN_DIFFERENCE  d̄ = (1/n) Σ d_k                                          (the bias)
    STD_DIFFERENCE   √( Σ (d_k − d̄)² / (n − 1) )                              (sample standard deviation)

With offset removal (a reference-free comparison: InSAR and truth referred
to different points) the residuals are e_k = d_k − d̄, otherwise e_k = d_k;
``MIN_DIFFERENCE``, ``MAX_DIFFERENCE`` and ``RMS = √((1/n) Σ e_k²)`` are those
of e.  The mean and the standard deviation are always those of d.

Truth for GNSS velocities (ve, vn, vu; mm/yr) compared with LOS InSAR is their
projection ê·v on the ground-to-satellite unit vector ê at the point
(SPEC §2); compared with vertical InSAR (EGMS L3 Up, levelling) it is vu.
"""
from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from ..common.errors import InputError
from ..geometry.line_of_sight import LOS_COMPONENTS, normalised, unit_vector
from ..io.sampling import RasterSampler

#: how the truth is formed
TRUTH_MODES = ('field', 'los', 'up', 'east')


@dataclass
class Comparison:
    """The numbers of the module docstring and the per-point differences."""

    count: int
    correlation: float
    mean_difference: float
    std_difference: float
    min_difference: float
    max_difference: float
    rms: float
    difference: np.ndarray      # d_k (NaN where a point has no value)
    residual: np.ndarray        # e_k


def compare(sampled, truth, remove_offset=False):
    """:class:`Comparison` of ``sampled`` InSAR values with ``truth`` (NaN pairs are left out)."""
    sampled, truth = np.asarray(sampled, dtype=float), np.asarray(truth, dtype=float)
    difference = sampled - truth
    used = np.isfinite(difference)
    n = int(used.sum())
    if n < 2:
        raise InputError('TRUTH: {0} point(s) have both an InSAR value and a truth; at least 2 are needed. Check that '
                         'the points lie on the InSAR layer (and RADIUS), and the truth fields.', n)
    d, s, t = difference[used], sampled[used], truth[used]
    mean = float(d.mean())
    residual = difference - mean if remove_offset else difference.copy()
    e = residual[used]
    ds, dt = s - s.mean(), t - t.mean()
    denominator = np.sqrt(np.sum(ds * ds) * np.sum(dt * dt))
    correlation = float(np.sum(ds * dt) / denominator) if denominator > 0 else float('nan')
    return Comparison(n, correlation, mean, float(d.std(ddof=1)), float(e.min()), float(e.max()),
                      float(np.sqrt(np.mean(e * e))), difference, residual)


def truth_values(mode, table, unit=None):
    """The truth per point: a field as it is, GNSS projected on the LOS, vu or ve (module docstring)."""
    if mode == 'field':
        return np.asarray(table['truth'], dtype=float)
    if mode == 'up':
        return np.asarray(table['vu'], dtype=float)
    if mode == 'east':
        return np.asarray(table['ve'], dtype=float)
    east, north, up = unit
    return table['ve'] * east + table['vn'] * north + table['vu'] * up


def unit_vectors_at(geometry, x, y):
    """Ground-to-satellite unit vectors at map points from a :class:`GeometrySource`.

    Rasters are sampled at the pixel holding each point, on their own grid
    (same CRS as the points); numbers apply everywhere.  NaN off the rasters.
    """
    def at(value, role):
        if not hasattr(value, 'read_band'):
            return np.full(len(x), float(value))
        sampler = RasterSampler(value.paths[0], role)
        return sampler.values_at(*sampler.pixel_of(x, y))

    prefix = geometry.role_prefix
    if geometry.los is not None:
        components = [at(value, f'{prefix}LOS_{name}') for value, name in zip(geometry.los, LOS_COMPONENTS)]
        return normalised(*components)
    incidence = at(geometry.incidence, f'{prefix}INCIDENCE_RASTER')
    heading = at(geometry.heading, f'{prefix}HEADING_RASTER')
    return unit_vector(incidence, heading, geometry.look)


def points_within(source_xy, values, target_xy, radius):
    """Mean of ``values`` of the source points within ``radius`` (same metric units) of each target point.

    Returns (means, counts); NaN values are left out; NaN where none is near.
    """
    values = np.asarray(values, dtype=float)
    good = np.isfinite(values) & np.all(np.isfinite(source_xy), axis=1)
    tree = cKDTree(np.asarray(source_xy)[good])
    kept = values[good]
    means = np.full(len(target_xy), np.nan)
    counts = np.zeros(len(target_xy), dtype=int)
    for k, near in enumerate(tree.query_ball_point(np.asarray(target_xy), radius)):
        if near:
            means[k], counts[k] = float(np.mean(kept[near])), len(near)
    return means, counts
