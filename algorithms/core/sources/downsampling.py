"""Down-sampling of a LOS raster into a few thousand points for source inversion.

The raster is streamed by blocks into *cells* of k×k pixels holding sums of
the value, its square, the pixel coordinates and the LOS unit vector (memory
depends on the number of cells, never on the raster size).  Then either

* ``uniform``: every non-empty cell is one point (k chosen so there are about
  ``max_points`` cells), or
* ``quadtree``: cells are grouped by a quadtree that repeatedly splits the
  node with the largest sum of squared deviations from its mean,
  SSE = Σv² − (Σv)²/n, until there are ``max_points`` leaves; steep and
  strongly deforming areas end up with small leaves, flat far fields with
  large ones (Jónsson et al. 2002).

Each point is the mean over its valid pixels of value, position and unit
vector; ``count`` is the number of pixels.
"""
import heapq
import math
from dataclasses import dataclass

import numpy as np

from ..common.errors import InputError
from ..common.progress import SILENT
from ..io.raster_stack import iter_blocks

METHODS = ('quadtree', 'uniform')
#: quadtree: cells per requested point (the finest leaves are single cells)
CELLS_PER_POINT = 16
#: quantities summed per cell, in this order
_SUMS = ('n', 'value', 'value2', 'x', 'y', 'east', 'north', 'up')


@dataclass
class LosPoints:
    """Down-sampled LOS data: metric coordinates (m), value (mm or mm/yr), unit vector, pixel count."""

    x: np.ndarray
    y: np.ndarray
    value: np.ndarray
    east: np.ndarray
    north: np.ndarray
    up: np.ndarray
    count: np.ndarray

    def __len__(self):
        return len(self.value)

    def subset(self, index):
        return LosPoints(*(getattr(self, name)[index] for name in
                           ('x', 'y', 'value', 'east', 'north', 'up', 'count')))


def cell_size(n_pixels, n_cells):
    """Pixels per cell side so that ``n_pixels`` make at most about ``n_cells`` cells."""
    return max(1, int(math.ceil(math.sqrt(n_pixels / max(1, n_cells)))))


def accumulate_cells(stack, geometry, frame, k, block_rows, monitor=SILENT):
    """Per-cell sums (dict of 2-D arrays, keys :data:`_SUMS`) of k×k pixel cells of a single-band stack."""
    height, width = stack.grid.shape
    ny, nx = -(-height // k), -(-width // k)
    sums = {name: np.zeros(ny * nx) for name in _SUMS}
    column_cell = np.arange(width) // k
    for row0, nrows in iter_blocks(height, block_rows):
        monitor.check()
        value = stack.read_band(0, row0, nrows)
        ue, un, uu = geometry.unit_vectors(row0, nrows, width)
        x, y = frame.forward(*stack.grid.coordinates(row0, nrows))
        valid = np.isfinite(value) & np.isfinite(ue) & np.isfinite(un) & np.isfinite(uu)
        cells = ((np.arange(row0, row0 + nrows) // k)[:, None] * nx + column_cell[None, :])[valid]
        for name, array in (('n', None), ('value', value), ('value2', value * value), ('x', x), ('y', y),
                            ('east', ue), ('north', un), ('up', uu)):
            weights = None if array is None else array[valid]
            sums[name] += np.bincount(cells, weights=weights, minlength=ny * nx)
        monitor.update((row0 + nrows) / height)
    return {name: array.reshape(ny, nx) for name, array in sums.items()}


def _points(sums, role):
    """:class:`LosPoints` from summed quantities (1-D arrays) of non-empty groups."""
    keep = sums['n'] > 0
    if not keep.any():
        raise InputError('{0}: the raster has no valid pixel (all nodata or NaN, or outside the geometry rasters); '
                         'choose a raster with data.', role)
    n = sums['n'][keep]
    return LosPoints(*(sums[name][keep] / n for name in ('x', 'y', 'value', 'east', 'north', 'up')), count=n)


class _SummedAreas:
    """Summed-area tables of the cell sums: any rectangle's sums in O(1)."""

    def __init__(self, sums):
        self.tables = {}
        for name, array in sums.items():
            table = np.zeros((array.shape[0] + 1, array.shape[1] + 1))
            table[1:, 1:] = array.cumsum(0).cumsum(1)
            self.tables[name] = table

    def total(self, name, r0, r1, c0, c1):
        t = self.tables[name]
        return t[r1, c1] - t[r0, c1] - t[r1, c0] + t[r0, c0]

    def sse(self, node):
        n = self.total('n', *node)
        if n <= 0:
            return -1.0
        s = self.total('value', *node)
        return max(self.total('value2', *node) - s * s / n, 0.0)


def _children(node):
    r0, r1, c0, c1 = node
    rows = [(r0, r1)] if r1 - r0 == 1 else [(r0, (r0 + r1) // 2), ((r0 + r1) // 2, r1)]
    cols = [(c0, c1)] if c1 - c0 == 1 else [(c0, (c0 + c1) // 2), ((c0 + c1) // 2, c1)]
    return [(a, b, c, d) for a, b in rows for c, d in cols]


def quadtree_leaves(sums, max_points):
    """Rectangles (r0, r1, c0, c1) of cells: the leaves of a variance-driven quadtree."""
    areas = _SummedAreas(sums)
    ny, nx = sums['n'].shape
    root = (0, ny, 0, nx)
    heap = [(-areas.sse(root), 0, root)]
    final, counter = [], 1
    while heap and len(heap) + len(final) < max_points:
        _, _, node = heapq.heappop(heap)
        if node[1] - node[0] == 1 and node[3] - node[2] == 1:
            final.append(node)
            continue
        for child in _children(node):
            score = areas.sse(child)
            if score >= 0.0:
                heapq.heappush(heap, (-score, counter, child))
                counter += 1
    return final + [node for _, _, node in heap], areas


def downsample_los(stack, geometry, frame, max_points, method='quadtree', block_rows=256, monitor=SILENT):
    """Down-sample a single-band LOS stack into at most about ``max_points`` :class:`LosPoints`."""
    if method not in METHODS:
        raise InputError('DOWNSAMPLING: "{0}" is not accepted; choose {1}.', method, ' or '.join(METHODS))
    if max_points < 10:
        raise InputError('MAX_POINTS: {0} is too few; give at least 10 points.', max_points)
    n_pixels = stack.grid.width * stack.grid.height
    target = max_points if method == 'uniform' else CELLS_PER_POINT * max_points
    sums = accumulate_cells(stack, geometry, frame, cell_size(n_pixels, target), block_rows, monitor)
    if method == 'uniform':
        return _points({name: array.ravel() for name, array in sums.items()}, stack.role)
    leaves, areas = quadtree_leaves(sums, max_points)
    return _points({name: np.array([areas.total(name, *leaf) for leaf in leaves]) for name in _SUMS},
                   stack.role)


def sample_pixels(stack, geometry, frame, n_samples, seed=0, block_rows=256, monitor=SILENT):
    """About ``n_samples`` randomly chosen valid pixels as :class:`LosPoints` (count 1), streamed by blocks."""
    height, width = stack.grid.shape
    rng = np.random.default_rng(seed)
    chosen = np.unique(rng.integers(0, height * width, size=2 * n_samples))
    parts = []
    for row0, nrows in iter_blocks(height, block_rows):
        monitor.check()
        lo, hi = np.searchsorted(chosen, [row0 * width, (row0 + nrows) * width])
        if hi > lo:
            flat = chosen[lo:hi] - row0 * width
            rows, cols = flat // width, flat % width
            value = stack.read_band(0, row0, nrows)[rows, cols]
            ue, un, uu = (c[rows, cols] for c in geometry.unit_vectors(row0, nrows, width))
            x, y = frame.forward(*stack.grid.centre_of(cols, row0 + rows))     # the chosen pixels only
            parts.append(np.stack([x, y, value, ue, un, uu]))
        monitor.update((row0 + nrows) / height)
    table = np.concatenate(parts, axis=1) if parts else np.empty((6, 0))
    table = table[:, np.all(np.isfinite(table), axis=0)]
    keep = rng.permutation(table.shape[1])[:n_samples]
    return LosPoints(*table[:, np.sort(keep)], count=np.ones(len(keep)))
