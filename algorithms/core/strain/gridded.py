"""Strain rate on a regular grid of nodes from distance-weighted GNSS velocities (reference 002).

At each node the velocity field is fitted by weighted least squares to the
stations (on the ellipsoid in the node's own frame, :mod:`.ellipsoidal`, or
on the plane), each weighted by its inverse variance times a distance weight:

* **fixed** smoothing distance D: L_i = exp(−r_i²/D²), stations beyond
  :data:`CUTOFF_FACTOR`·D left out;
* **adaptive** (Shen et al. 2015, VISR): G_i = L_i·Z_i with the Gaussian L_i
  and the azimuthal-coverage weight Z_i = n·θ_i/(4π) (θ_i the sum of the two
  azimuth gaps next to station i seen from the node; ΣZ_i = n), and D chosen
  at each node so that the total weight reaches the threshold W_t::

      W(D) = Σ_i exp(−r_i²/D²)·Z_i = W_t      (D in [D_min, D_max])

  dense networks get a small D, sparse areas a large one.  W(D) grows with D,
  so D is found by bisection on log D; where W(D_max) < W_t, D = D_max.

r_i is the station's distance from the node in the node's tangent plane.
A node is NaN when fewer than ``min_stations`` stations lie within
:data:`CUTOFF_FACTOR`·D, when no station lies within D, or when the weighted
stations are bunched: the weighted standard deviation of their positions is
below :data:`MIN_SPREAD`·D in some direction (the gradient would be an
extrapolation).
"""
import math
from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from ..common.errors import InputError
from ..common.progress import SILENT
from .ellipsoidal import element_gradients, tangent_offsets
from .tensor import gradient_products, velocity_gradients

#: the Gaussian weights of the fixed gridded method are cut at this many smoothing distances
CUTOFF_FACTOR = 2.0


#: gridded cells need their weighted stations to spread at least this many D across in every direction
MIN_SPREAD = 0.1


#: largest grid accepted (cells)
MAX_CELLS = 4_000_000


#: bisection steps on log D of the adaptive smoothing distance (relative precision 2⁻⁴⁰ of the range)
BISECTION_STEPS = 40


@dataclass(frozen=True)
class AdaptiveSmoothing:
    """Shen et al. (2015) smoothing: total weight ``threshold`` (W_t), D within [``minimum``, ``maximum``] m."""

    threshold: float = 24.0
    minimum: float = 1000.0
    maximum: float = 500000.0

    def check(self, n_stations):
        if not self.threshold > 0:
            raise InputError('WEIGHT_THRESHOLD: {0:g} is not accepted; give a total weight above 0 (Shen et al. 2015 '
                             'use about 6 to 24).', self.threshold)
        if not 0 < self.minimum < self.maximum:
            raise InputError('SMOOTHING_MIN, SMOOTHING_MAX: {0:g} to {1:g} m is not a range of smoothing distances; '
                             'give 0 < minimum < maximum.', self.minimum, self.maximum)
        if self.threshold >= n_stations:
            raise InputError('WEIGHT_THRESHOLD: {0:g} is not below the {1} stations (the total weight of all '
                             'stations); lower the threshold.', self.threshold, n_stations)


# -- gridded ---------------------------------------------------------------------------
def automatic_smoothing(x, y):
    """Median distance (m) from a station to its third-nearest neighbour."""
    tree = cKDTree(np.column_stack([x, y]))
    k = min(4, len(x))
    distances, _ = tree.query(np.column_stack([x, y]), k=k)
    return float(np.median(distances[:, -1]))


def automatic_spacing(x, y):
    """A 1-2-5 rounded spacing (m) giving about 100 cells across the network's larger side."""
    span = max(np.ptp(x), np.ptp(y)) / 100.0
    magnitude = 10.0 ** math.floor(math.log10(span))
    for step in (1.0, 2.0, 5.0, 10.0):
        if span <= step * magnitude:
            return step * magnitude
    return 10.0 * magnitude


def grid_over(x, y, spacing, role='SPACING'):
    """(x0, y_top, width, height) of a grid of ``spacing`` m cells covering the stations, in the frame."""
    x0 = math.floor(np.min(x) / spacing) * spacing
    x1 = math.ceil(np.max(x) / spacing) * spacing
    y0 = math.floor(np.min(y) / spacing) * spacing
    y1 = math.ceil(np.max(y) / spacing) * spacing
    width, height = max(1, round((x1 - x0) / spacing)), max(1, round((y1 - y0) / spacing))
    if width * height > MAX_CELLS:
        raise InputError('{0}: {1:g} m gives {2}×{3} cells over the network; choose a spacing of at least {4:.0f} m.',
                         role, spacing, width, height, spacing * math.sqrt(width * height / MAX_CELLS))
    return x0, y1, width, height


def coverage_weights(dx, dy):
    """Azimuthal-coverage weights Z_i = n·θ_i/(4π) of stations seen from each node (Shen et al. 2015), (k, n)."""
    count = dx.shape[1]
    azimuth = np.arctan2(dy, dx)
    order = np.argsort(azimuth, axis=1)
    ordered = np.take_along_axis(azimuth, order, axis=1)
    gaps = np.diff(np.concatenate([ordered, ordered[:, :1] + 2.0 * np.pi], axis=1), axis=1)   # to the next one
    theta = gaps + np.roll(gaps, 1, axis=1)                                                  # both sides
    weights = np.empty_like(theta)
    np.put_along_axis(weights, order, count * theta / (4.0 * np.pi), axis=1)
    return weights


def adaptive_distances(distance2, coverage, smoothing):
    """Smoothing distance D (km) per node with Σ exp(−r²/D²)·Z = W_t (module docstring); ``distance2`` in km²."""
    low = np.full(distance2.shape[0], math.log(smoothing.minimum / 1000.0))
    high = np.full(distance2.shape[0], math.log(smoothing.maximum / 1000.0))
    for _ in range(BISECTION_STEPS):
        middle = 0.5 * (low + high)
        total = np.sum(np.exp(-distance2 / np.exp(2.0 * middle)[:, None]) * coverage, axis=1)
        below = total < smoothing.threshold
        low = np.where(below, middle, low)
        high = np.where(below, high, middle)
    return np.exp(high)


def gridded_strain(x, y, ve, vn, se, sn, gx, gy, smoothing, min_stations=3, frames=None):
    """Strain rate at nodes ``gx, gy`` (m, the network's map frame) from distance-weighted stations.

    ``smoothing``: the fixed distance D (m) or an :class:`AdaptiveSmoothing`;
    ``frames``: :class:`.ellipsoidal.ElementFrames` of the stations (fit on the
    ellipsoid in each node's frame), None for the plane.  See the module
    docstring for the weights and the rejected nodes.  Returns (products
    with ``smoothing_distance`` (m) added, station count within
    :data:`CUTOFF_FACTOR`·D per node), arrays shaped like ``gx``.
    """
    shape = np.shape(gx)
    nodes = np.column_stack([np.ravel(gx), np.ravel(gy)])
    centres = None
    if frames is not None:
        centres = frames.centres(nodes[:, 0], nodes[:, 1])
        dx, dy = tangent_offsets(frames.stations, centres)
    else:
        dx = (x[None, :] - nodes[:, :1]) / 1000.0
        dy = (y[None, :] - nodes[:, 1:]) / 1000.0
    distance2 = dx * dx + dy * dy
    if isinstance(smoothing, AdaptiveSmoothing):
        coverage = coverage_weights(dx, dy)
        scale = adaptive_distances(distance2, coverage, smoothing)
        scale2 = (scale * scale)[:, None]
        inside = distance2 <= CUTOFF_FACTOR ** 2 * scale2
        weights = np.exp(-distance2 / scale2) * coverage
    else:
        scale = np.full(len(nodes), smoothing / 1000.0)
        scale2 = (scale * scale)[:, None]
        inside = distance2 <= CUTOFF_FACTOR ** 2 * scale2
        weights = np.where(inside, np.exp(-distance2 / scale2), 0.0)
    count = inside.sum(axis=1)
    if frames is not None:
        gradient, covariance = element_gradients(frames.stations, centres, ve, vn, se, sn, weights,
                                                 offsets=(dx, dy))
    else:
        gradient, covariance = velocity_gradients(dx, dy, ve, vn, se, sn, weights)
    rejected = ((count < max(3, min_stations)) | (distance2.min(axis=1) > scale2[:, 0])
                | (_weighted_spread(dx, dy, weights) < MIN_SPREAD ** 2 * scale2[:, 0]))
    gradient[rejected] = np.nan
    covariance[rejected] = np.nan
    products = gradient_products(gradient, covariance)
    products['smoothing_distance'] = scale * 1000.0
    return {name: values.reshape(shape) for name, values in products.items()}, count.reshape(shape)


def _weighted_spread(dx, dy, weights):
    """Smallest eigenvalue of the weighted covariance of station offsets (km²), per node."""
    total = weights.sum(axis=1)
    with np.errstate(invalid='ignore', divide='ignore'):
        mx, my = (weights * dx).sum(axis=1) / total, (weights * dy).sum(axis=1) / total
        cxx = (weights * (dx - mx[:, None]) ** 2).sum(axis=1) / total
        cyy = (weights * (dy - my[:, None]) ** 2).sum(axis=1) / total
        cxy = (weights * (dx - mx[:, None]) * (dy - my[:, None])).sum(axis=1) / total
    smallest = 0.5 * (cxx + cyy) - np.hypot(0.5 * (cxx - cyy), cxy)
    return np.where(total > 0, smallest, 0.0)


def iter_gridded_strain(x, y, ve, vn, se, sn, grid, smoothing, min_stations=3, max_values=250_000,
                        monitor=SILENT, frames=None):
    """Yield (row0, nrows, node x, node y, products, counts) by blocks of rows of ``grid``.

    ``grid`` = (x0, y_top, width, height, spacing) in the network's map frame;
    memory per block is bounded by ``max_values`` node-station pairs.
    """
    x0, y_top, width, height, spacing = grid
    rows = max(1, int(max_values // max(1, width * len(x))))
    for row0 in range(0, height, rows):
        nrows = min(rows, height - row0)
        monitor.check()
        columns, lines = np.meshgrid(np.arange(width) + 0.5, np.arange(row0, row0 + nrows) + 0.5)
        gx, gy = x0 + columns * spacing, y_top - lines * spacing
        products, counts = gridded_strain(x, y, ve, vn, se, sn, gx, gy, smoothing, min_stations, frames)
        yield row0, nrows, gx, gy, products, counts
        monitor.update((row0 + nrows) / height)
