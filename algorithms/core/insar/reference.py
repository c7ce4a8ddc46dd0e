"""Spatial reference of an interferogram stack: a small window whose mean is subtracted.

Interferometric phase is relative in space: every interferogram is referred
to the mean of a (2R+1)×(2R+1)-pixel window (radius R in pixels, clipped at
the grid edge) before the time-series inversion, so the reference window has
zero displacement at every date.

The window is given by a point, or chosen automatically as the window that is
*fully covered* (every pixel valid in every interferogram) and the most
*coherent* (highest mean coherence; without coherence, the smallest spatial
scatter of displacement inside the window).  Candidates are searched on up to
:data:`CANDIDATE_ROWS` evenly spaced rows, which costs a small fraction of one
read of the stack; only if none of them holds a fully covered window is every
row searched, and then the best-covered window is taken.

``read(row0, nrows)`` callables give ``(displacement, coherence)`` of shape
(K, nrows, width) — displacement [mm] with NaN where unusable, coherence or
``None`` — so this module knows nothing of files or units.
"""
from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from ..common.errors import InputError
from ..io.raster_stack import iter_blocks

CANDIDATE_ROWS = 16


@dataclass
class Reference:
    """The reference window and the value subtracted from each interferogram [mm]."""

    row: int
    column: int
    radius: int
    x: float
    y: float
    values: np.ndarray
    auto: bool
    fully_covered: bool = True


def window_bounds(grid, row, column, radius):
    """(row0, row1, col0, col1), end exclusive, of the window clipped to ``grid``."""
    return (max(0, row - radius), min(grid.height, row + radius + 1),
            max(0, column - radius), min(grid.width, column + radius + 1))


def _window_values(displacement, row0, grid, row, column, radius):
    """Mean displacement of the window in each interferogram (NaN where none is valid), and the centre.

    ``displacement`` (K, rows, width) holds rows from ``row0`` on, the window's among them.
    """
    r0, r1, c0, c1 = window_bounds(grid, row, column, radius)
    window = displacement[:, r0 - row0:r1 - row0, c0:c1]
    valid = np.isfinite(window)
    count = valid.sum(axis=(1, 2))
    total = np.where(valid, window, 0.0).sum(axis=(1, 2))
    values = np.where(count > 0, total / np.maximum(count, 1), np.nan)
    return values, displacement[:, row - row0, column]


def reference_at(read, grid, x, y, radius, role='REFERENCE_POINT', stack_role='INTERFEROGRAMS'):
    """:class:`Reference` at map coordinates (x, y) in the grid CRS.

    Raises :class:`InputError` when the point is outside the grid or its pixel
    holds no valid value in any interferogram.
    """
    column, row = (int(np.floor(v)) for v in grid.pixel_of(x, y))
    if not (0 <= row < grid.height and 0 <= column < grid.width):
        x0, dx, _, y0, _, dy = grid.geotransform
        xs = sorted((x0, x0 + dx * grid.width))
        ys = sorted((y0, y0 + dy * grid.height))
        raise InputError('{0}: the point ({1:.3f}, {2:.3f}) is outside the grid of {3} (x {4:.3f} to {5:.3f}, y '
                         '{6:.3f} to {7:.3f} in the CRS of the interferograms); pick a point inside the rasters, or '
                         'leave it empty for an automatic choice.', role, x, y, stack_role, xs[0], xs[1], ys[0], ys[1])
    r0, r1 = window_bounds(grid, row, column, radius)[:2]
    values, centre = _window_values(read(r0, r1 - r0)[0], r0, grid, row, column, radius)
    if not np.isfinite(centre).any():
        raise InputError('{0}: the point ({1:.3f}, {2:.3f}) falls on pixel (row {3}, column {4}) which has no valid '
                         'value in any of {5} (NaN, nodata or below MIN_COHERENCE); pick a point on coherent ground, '
                         'or leave it empty for an automatic choice.', role, x, y, row, column, stack_role)
    cx, cy = grid.centre_of(column, row)
    return Reference(row, column, radius, cx, cy, values, auto=False,
                     fully_covered=bool(np.isfinite(values).all()))


def _slab_scores(displacement, coherence, radius):
    """Per pixel of a slab (rows, width): fully covered window?, coverage fraction, quality."""
    size = 2 * radius + 1
    valid = np.isfinite(displacement)
    all_valid = valid.all(axis=0)
    full = ndimage.minimum_filter(all_valid.astype(np.uint8), size=size, mode='nearest') > 0
    coverage = ndimage.uniform_filter(valid.mean(axis=0), size=size, mode='nearest')
    if coherence is not None:
        mean_coherence = np.where(valid, np.nan_to_num(coherence), 0.0).mean(axis=0)
        quality = ndimage.uniform_filter(mean_coherence, size=size, mode='nearest')
    else:
        filled = np.where(valid, displacement, 0.0)
        mean = ndimage.uniform_filter(filled, size=(1, size, size), mode='nearest')
        square = ndimage.uniform_filter(filled * filled, size=(1, size, size), mode='nearest')
        quality = -np.sqrt(np.clip(square - mean * mean, 0.0, None).mean(axis=0))
    return full, coverage, quality


class _Best:
    """Best candidate so far: fully covered windows first, then coverage, then quality."""

    def __init__(self):
        self.key = None
        self.where = None

    def offer(self, full, coverage, quality, row0, rows):
        for offset in rows:
            key = np.where(full[offset], 1.0, 0.0), coverage[offset], quality[offset]
            order = np.lexsort((key[2], key[1], key[0]))
            column = int(order[-1])
            candidate = (key[0][column], key[1][column], key[2][column])
            if candidate[1] > 0 and (self.key is None or candidate > self.key):
                self.key, self.where = candidate, (row0 + offset, column)

    @property
    def fully_covered(self):
        return self.key is not None and self.key[0] > 0


def candidate_rows(height, radius):
    """Centre rows of the candidate windows: up to :data:`CANDIDATE_ROWS`, evenly spaced."""
    centres = np.unique(np.round(np.linspace(radius, max(height - 1 - radius, radius),
                                             min(CANDIDATE_ROWS, height))).astype(int))
    return [int(c) for c in centres if c < height]


def choose_reference(read, grid, radius, monitor=None, block_rows=256, stack_role='INTERFEROGRAMS',
                     visit=None):
    """Automatic :class:`Reference`: fully covered and most coherent window (module docstring).

    ``visit(displacement, coherence)``, if given, receives the (K, width) centre row of every
    candidate window read (so a caller can draw a pixel sample from the same reads).
    """
    height = grid.height
    best = _Best()
    values = None

    def offer(displacement, coherence, row0, rows):
        """Score the slab's ``rows``; keep the best window's values (the slab holds its rows)."""
        nonlocal values
        where = best.where
        best.offer(*_slab_scores(displacement, coherence, radius), row0, rows)
        if best.where != where:
            values = _window_values(displacement, row0, grid, *best.where, radius)[0]

    centres = candidate_rows(height, radius)
    for n, centre in enumerate(centres):
        r0, r1 = max(0, centre - radius), min(height, centre + radius + 1)
        displacement, coherence = read(r0, r1 - r0)
        if visit is not None:
            visit(displacement[:, centre - r0], None if coherence is None else coherence[:, centre - r0])
        offer(displacement, coherence, r0, [centre - r0])
        if monitor is not None:
            monitor.update(0.5 * (n + 1) / len(centres))
    if not best.fully_covered:
        for row0, nrows in iter_blocks(height, block_rows):
            s0, s1 = max(0, row0 - radius), min(height, row0 + nrows + radius)
            displacement, coherence = read(s0, s1 - s0)
            offer(displacement, coherence, s0, range(row0 - s0, row0 - s0 + nrows))
            if monitor is not None:
                monitor.update(0.5 + 0.5 * (row0 + nrows) / height)
    if best.where is None:
        raise InputError('{0}: no pixel holds a valid value (every pixel of every interferogram is NaN, nodata or '
                         'below MIN_COHERENCE); check the rasters and their nodata value.', stack_role)
    row, column = best.where
    x, y = grid.centre_of(column, row)
    return Reference(row, column, radius, x, y, values, auto=True, fully_covered=best.fully_covered)
