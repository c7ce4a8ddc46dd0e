"""Strain rate on a regular grid of nodes from Gaussian-weighted GNSS velocities (reference 002).

At each node the velocity gradient is the weighted least-squares fit of
v(x) = v₀ + L·(x − x₀) to the stations within CUTOFF_FACTOR·D, with weights
exp(−r²/D²) (D the smoothing distance) times the stations' inverse variance.
"""
import math

import numpy as np
from scipy.spatial import cKDTree

from ..common.errors import InputError
from ..common.progress import SILENT
from .tensor import gradient_products, velocity_gradients

#: the Gaussian weights of the gridded method are cut at this many smoothing distances
CUTOFF_FACTOR = 2.0


#: gridded cells need their weighted stations to spread at least this many D across in every direction
MIN_SPREAD = 0.1


#: largest grid accepted (cells)
MAX_CELLS = 4_000_000


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
        raise InputError(f'{role}: {spacing:g} m gives {width}×{height} cells over the network; choose a spacing '
                         f'of at least {spacing * math.sqrt(width * height / MAX_CELLS):.0f} m.')
    return x0, y1, width, height


def gridded_strain(x, y, ve, vn, se, sn, gx, gy, smoothing, min_stations=3):
    """Strain rate at nodes ``gx, gy`` (m) from stations weighted by exp(−d²/D²), D = ``smoothing``.

    Only stations within :data:`CUTOFF_FACTOR`·D of a node take part.  A node
    is NaN when fewer than ``min_stations`` of them remain, when no station
    lies within D, or when they are bunched: the weighted standard deviation
    of their positions is below :data:`MIN_SPREAD`·D in some direction (the
    gradient would be an extrapolation).  Returns (products, station count
    per node), arrays shaped like ``gx``.
    """
    shape = np.shape(gx)
    nodes = np.column_stack([np.ravel(gx), np.ravel(gy)])
    dx = (x[None, :] - nodes[:, :1]) / 1000.0
    dy = (y[None, :] - nodes[:, 1:]) / 1000.0
    distance2 = dx * dx + dy * dy
    scale2 = (smoothing / 1000.0) ** 2
    inside = distance2 <= CUTOFF_FACTOR ** 2 * scale2
    weights = np.where(inside, np.exp(-distance2 / scale2), 0.0)
    count = inside.sum(axis=1)
    gradient, covariance = velocity_gradients(dx, dy, ve, vn, se, sn, weights)
    rejected = ((count < max(3, min_stations)) | (distance2.min(axis=1) > scale2)
                | (_weighted_spread(dx, dy, weights) < MIN_SPREAD ** 2 * scale2))
    gradient[rejected] = np.nan
    covariance[rejected] = np.nan
    products = gradient_products(gradient, covariance)
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


def iter_gridded_strain(x, y, ve, vn, se, sn, grid, smoothing, min_stations=3, max_values=2_000_000,
                        monitor=SILENT):
    """Yield (row0, nrows, node x, node y, products, counts) by blocks of rows of ``grid``.

    ``grid`` = (x0, y_top, width, height, spacing) in the local frame; memory
    per block is bounded by ``max_values`` node-station pairs.
    """
    x0, y_top, width, height, spacing = grid
    rows = max(1, int(max_values // max(1, width * len(x))))
    for row0 in range(0, height, rows):
        nrows = min(rows, height - row0)
        monitor.check()
        columns, lines = np.meshgrid(np.arange(width) + 0.5, np.arange(row0, row0 + nrows) + 0.5)
        gx, gy = x0 + columns * spacing, y_top - lines * spacing
        products, counts = gridded_strain(x, y, ve, vn, se, sn, gx, gy, smoothing, min_stations)
        yield row0, nrows, gx, gy, products, counts
        monitor.update((row0 + nrows) / height)
