"""Spatial reference of an interferogram stack: a small window whose mean is subtracted.

Interferometric phase is relative in space: every interferogram is referred
to the mean of a (2R+1)×(2R+1)-pixel window (radius R in pixels, clipped at
the grid edge) before the time-series inversion, so the reference window has
zero displacement at every date.

The window is given by a point, or chosen automatically as the window that is
*fully covered* (every pixel valid in every interferogram) and the most
*coherent* (highest mean coherence; without coherence, the smallest spatial
scatter of displacement inside the window).  Every window centred in
:data:`SEARCH_SHARE` of the stack's bands of tiles (evenly spaced, at least
one) is a candidate: the search decompresses that share of the stack once,
whatever its size, and reads it in slabs of bounded memory
(:func:`search_plan`).  Only if none of them holds a fully covered window is
every band searched, and then the best-covered window is taken.  The pieces are
independent (:func:`scan_piece` reads and scores one; :func:`piece_runs` groups
them into runs for Dask workers) and the client offers their row candidates in
reading order, so the choice does not depend on where they were scanned.

``read(row0, nrows[, col0, ncols])`` callables give ``(displacement,
coherence)`` of shape (K, nrows, ncols) — displacement [mm] with NaN where
unusable, coherence or ``None`` — so this module knows nothing of files or units.
"""
from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from ..common.errors import InputError

#: rows of the automatic search's pixel sample (for ABIC)
CANDIDATE_ROWS = 16
#: share of the stack's bands of tiles the automatic search reads (at least one band)
SEARCH_SHARE = 1 / 8
#: rows of a band of the search at the least (striped files: a few rows per strip)
MIN_BAND_ROWS = 64
#: bytes of one slab the search reads (float64 values of every interferogram and coherence)
SLAB_BYTES = 48 * 1024 * 1024


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


def _window_values(displacement, row0, col0, grid, row, column, radius):
    """Mean displacement of the window in each interferogram (NaN where none is valid), and the centre.

    ``displacement`` (K, rows, cols) holds rows from ``row0`` and columns from ``col0`` on, the window's
    among them.
    """
    r0, r1, c0, c1 = window_bounds(grid, row, column, radius)
    window = displacement[:, r0 - row0:r1 - row0, c0 - col0:c1 - col0]
    valid = np.isfinite(window)
    count = valid.sum(axis=(1, 2))
    total = np.where(valid, window, 0.0).sum(axis=(1, 2))
    values = np.where(count > 0, total / np.maximum(count, 1), np.nan)
    return values, displacement[:, row - row0, column - col0]


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
    values, centre = _window_values(read(r0, r1 - r0)[0], r0, 0, grid, row, column, radius)
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
    coverage[full] = 1.0   # exactly: the filter's rounding must not rank fully covered windows
    if coherence is not None:
        with np.errstate(invalid='ignore'):   # checked coherence is 0–1 or NaN (not used: 0)
            mean_coherence = np.where(valid & (coherence >= 0.0), coherence, 0.0).mean(axis=0)
        quality = ndimage.uniform_filter(mean_coherence, size=size, mode='nearest')
    else:
        filled = np.where(valid, displacement, 0.0)
        mean = ndimage.uniform_filter(filled, size=(1, size, size), mode='nearest')
        square = ndimage.uniform_filter(filled * filled, size=(1, size, size), mode='nearest')
        quality = -np.sqrt(np.clip(square - mean * mean, 0.0, None).mean(axis=0))
    return full, coverage, quality


def _row_candidates(full, coverage, quality):
    """The best column of each row of score arrays (rows, cols): [(key, column)], key =
    (fully covered 1/0, coverage, quality) — fully covered windows first, then coverage, then quality."""
    candidates = []
    for offset in range(full.shape[0]):
        key = np.where(full[offset], 1.0, 0.0), coverage[offset], quality[offset]
        order = np.lexsort((key[2], key[1], key[0]))
        column = int(order[-1])
        candidates.append(((key[0][column], key[1][column], key[2][column]), column))
    return candidates


class _Best:
    """Best candidate so far (the first of equals, in reading order) and its window values."""

    def __init__(self):
        self.key = None
        self.where = None
        self.values = None

    def offer(self, candidates):
        """[(key, (row, column), values)] of a piece, in row order (:class:`PieceScan`)."""
        for candidate, where, values in candidates:
            if self.key is None or candidate > self.key:
                self.key, self.where, self.values = candidate, where, values

    @property
    def fully_covered(self):
        return self.key is not None and self.key[0] > 0


@dataclass(frozen=True)
class Piece:
    """A slab the search reads (rows ``row0 …``, columns ``col0 …``, with the window margin) and the
    grid rows ``rows`` × columns ``cols`` (half-open ranges) whose windows it scores."""

    row0: int
    nrows: int
    col0: int
    ncols: int
    rows: tuple
    cols: tuple
    band: int = 0   # index of its band of rows


def search_bands(height, band_rows):
    """Indices of the bands of ``band_rows`` rows the search reads: :data:`SEARCH_SHARE` of them, evenly
    spaced away from the edges (at least one; all of a small image)."""
    n_bands = -(-height // band_rows)
    allowed = max(1, int(np.ceil(SEARCH_SHARE * n_bands)))
    if allowed >= n_bands:
        return list(range(n_bands))
    return [int(b) for b in np.unique(np.round(np.linspace(0, n_bands - 1, allowed + 2)[1:-1]))]


def search_plan(grid, radius, n_values, tile=(1, 1), every_band=False):
    """:class:`Piece` s covering the searched bands of the grid, in reading order.

    A band is a whole number of the stack's tiles of ``tile`` = (rows, columns) pixels
    (decompressed together), at least :data:`MIN_BAND_ROWS` rows.  Each band is read in
    column chunks of whole tiles, each chunk in row slabs of at most :data:`SLAB_BYTES`
    (``n_values`` float64 per pixel: interferograms and coherence), so every tile is
    decompressed once while its chunk is read and memory is bounded whatever the width.
    """
    band_rows, chunk = _band_and_chunk(grid, radius, n_values, tile)
    bands = range(-(-grid.height // band_rows)) if every_band else search_bands(grid.height, band_rows)
    per_pixel = 8 * max(1, n_values)
    slab = max(1, min(band_rows, SLAB_BYTES // (per_pixel * (chunk + 2 * radius)) - 2 * radius))
    # windows kept inside their band and chunk: a margin across a tile seam would decompress the
    # neighbouring tiles of every file for a few rows or columns (only windows astride a seam inside
    # the image are lost; at the image's edges windows are scored as before)
    inside = 4 * radius < min(band_rows, chunk)
    pieces = []
    for band in bands:
        b0, b1 = band * band_rows, min(grid.height, (band + 1) * band_rows)
        for c0 in range(0, grid.width, chunk):
            c1 = min(grid.width, c0 + chunk)
            for r0 in range(b0, b1, slab):
                r1 = min(b1, r0 + slab)
                if inside:   # the margin is kept at the image's edges, where there is no seam
                    top, bottom = (b0 + radius if b0 > 0 else 0), (b1 - radius if b1 < grid.height else b1)
                    left, right = (c0 + radius if c0 > 0 else 0), (c1 - radius if c1 < grid.width else c1)
                    rows, cols = (max(r0, top), min(r1, bottom)), (max(c0, left), min(c1, right))
                    if rows[0] >= rows[1] or cols[0] >= cols[1]:
                        continue
                    s0, s1 = max(b0, r0 - radius), min(b1, r1 + radius)
                    t0, t1 = c0, c1
                else:
                    rows, cols = (r0, r1), (c0, c1)
                    s0, s1 = max(0, r0 - radius), min(grid.height, r1 + radius)
                    t0, t1 = max(0, c0 - radius), min(grid.width, c1 + radius)
                pieces.append(Piece(s0, s1 - s0, t0, t1 - t0, rows, cols, band))
    return pieces


def _band_and_chunk(grid, radius, n_values, tile):
    """(rows of a band, columns of a chunk) of :func:`search_plan`: whole tiles, a chunk's slab of all the
    bands within :data:`SLAB_BYTES` where one tile column allows."""
    tile_rows, tile_cols = (max(1, int(t)) for t in tile)
    band_rows = tile_rows * max(1, -(-MIN_BAND_ROWS // tile_rows))
    per_pixel = 8 * max(1, n_values)
    chunk = min(grid.width, tile_cols * max(1, SLAB_BYTES // (per_pixel * (band_rows + 2 * radius) * tile_cols)))
    return band_rows, chunk


def chunk_cache_bytes(grid, radius, n_values, tile=(1, 1), value_bytes=4):
    """Bytes of the tiles under one chunk of a band (``n_values`` rasters of ``value_bytes`` a pixel): the
    block cache the search needs, as its pieces never read across a chunk's tiles."""
    band_rows, chunk = _band_and_chunk(grid, radius, n_values, tile)
    return band_rows * chunk * max(1, n_values) * value_bytes


def sample_rows_of(pieces, n_rows):
    """{piece index: rows (grid)} of up to ``n_rows`` rows evenly spaced over the searched rows: the rows a
    pixel sample is drawn from (each row once per column chunk)."""
    rows = sorted({r for p in pieces for r in range(*p.rows)})
    chosen = set(rows[i] for i in np.unique(np.round(np.linspace(0, len(rows) - 1, min(n_rows, len(rows))))
                                                  .astype(int))) if rows else set()
    return {n: [r for r in range(*p.rows) if r in chosen] for n, p in enumerate(pieces)}


def sample_visits(pieces, n_rows):
    """How many (row, column chunk) pieces :func:`sample_rows_of` hands to a sample."""
    return sum(len(rows) for rows in sample_rows_of(pieces, n_rows).values())


@dataclass
class PieceScan:
    """What the search keeps of one :class:`Piece`: each row's best window with a covered pixel,
    [(key, (row, column), window values (K,))], and the sample rows [(displacement (K, ncols),
    coherence or None)] handed to ``visit``."""

    candidates: list
    samples: list


def scan_piece(read, grid, radius, piece, sample_rows=()):
    """:class:`PieceScan` of ``piece``: its slab read by ``read(row0, nrows, col0=, ncols=)``, scored.

    Pieces are independent: they may be scanned anywhere (Dask workers) and offered in order.
    """
    displacement, coherence = read(piece.row0, piece.nrows, col0=piece.col0, ncols=piece.ncols)
    rows = slice(piece.rows[0] - piece.row0, piece.rows[1] - piece.row0)
    cols = slice(piece.cols[0] - piece.col0, piece.cols[1] - piece.col0)
    samples = [(np.ascontiguousarray(displacement[:, row - piece.row0, cols]),
                None if coherence is None else np.ascontiguousarray(coherence[:, row - piece.row0, cols]))
               for row in sample_rows]
    scores = (a[rows, cols] for a in _slab_scores(displacement, coherence, radius))
    candidates = []
    for offset, (key, column) in enumerate(_row_candidates(*scores)):
        if key[1] > 0:
            where = (piece.rows[0] + offset, piece.cols[0] + column)
            candidates.append((key, where, _window_values(displacement, piece.row0, piece.col0, grid, *where,
                                                          radius)[0]))
    return PieceScan(candidates, samples)


def piece_runs(pieces, n_tasks):
    """``pieces`` (in reading order) as runs of consecutive pieces, one task each, for ``n_tasks`` workers:
    a whole band of rows per run, each band cut into about equal runs only where there are fewer bands
    than workers (a tile shared by two runs is decompressed by both)."""
    bands = []
    for piece in pieces:
        if bands and bands[-1][-1].band == piece.band:
            bands[-1].append(piece)
        else:
            bands.append([piece])
    per_band = -(-max(1, int(n_tasks)) // max(1, len(bands)))
    runs = []
    for band in bands:
        bounds = np.round(np.linspace(0, len(band), min(per_band, len(band)) + 1)).astype(int)
        runs.extend(band[first:last] for first, last in zip(bounds[:-1], bounds[1:]))
    return runs


def local_scan(read, grid, radius):
    """The scan of :func:`choose_reference` on this machine: ``scan(pieces, sample_rows)`` yields the
    :class:`PieceScan` of each piece in order, read by ``read``."""
    def scan(pieces, sample_rows):
        for n, piece in enumerate(pieces):
            yield scan_piece(read, grid, radius, piece, sample_rows.get(n, ()))
    return scan


def choose_reference(read, grid, radius, monitor=None, stack_role='INTERFEROGRAMS', visit=None,
                     tile=(1, 1), n_values=1, sample_rows=CANDIDATE_ROWS, scan=None):
    """Automatic :class:`Reference`: fully covered and most coherent window (module docstring).

    ``read(row0, nrows, col0, ncols)`` gives (displacement, coherence) of a slab.  Every
    window centred in the searched bands (:func:`search_plan`) is a candidate; only if
    none is fully covered is every band searched, and then the best-covered window is
    taken.  ``visit(displacement, coherence)``, if given, receives (K, ncols) pieces of
    ``sample_rows`` evenly spaced searched rows (so a caller can draw a pixel sample
    from the same reads).  ``scan(pieces, {piece index: sample rows})``, if given, yields
    the :class:`PieceScan` of each piece in order (:func:`scan_piece`, e.g. on Dask
    workers) instead of :func:`local_scan` with ``read``: the choice is the same.
    """
    scan = scan or local_scan(read, grid, radius)
    best = _Best()
    searched = set()
    for every_band in (False, True):
        pieces = [p for p in search_plan(grid, radius, n_values, tile, every_band) if p not in searched]
        samples = sample_rows_of(pieces, sample_rows) if visit is not None and not every_band else {}
        searched.update(pieces)
        for n, result in enumerate(scan(pieces, samples)):
            for displacement, coherence in result.samples:
                visit(displacement, coherence)
            best.offer(result.candidates)
            if monitor is not None:
                monitor.update((0.5 if every_band else 0.0) + 0.5 * (n + 1) / len(pieces))
        if best.fully_covered:
            break
    if best.where is None:
        raise InputError('{0}: no pixel holds a valid value (every pixel of every interferogram is NaN, nodata or '
                         'below MIN_COHERENCE); check the rasters and their nodata value.', stack_role)
    row, column = best.where
    x, y = grid.centre_of(column, row)
    return Reference(row, column, radius, x, y, best.values, auto=True, fully_covered=best.fully_covered)
