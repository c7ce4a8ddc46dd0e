"""Windows of a raster grid bounded in rows *and* columns, sized by a memory budget.

Per-pixel work is independent (SPEC §5), so a grid of ``height × width``
pixels is cut into windows ``(row0, col0, nrows, ncols)`` whose arrays fit a
memory budget: with ``bytes_per_pixel`` bytes of arrays per pixel of a window
and ``in_flight`` windows alive at once (read / solved / written), a window
holds at most

    n_pixels = (budget − cache) / (in_flight · bytes_per_pixel)

pixels, whatever the size of the image.  Windows are aligned with the
:data:`TILE`-pixel tiles of the outputs (and of tiled inputs): a window is a
whole number of tiles, or a tile cut into halves, quarters, …; windows of one
tile are listed together, so each tile of every input is decompressed once and
each tile of every output is complete — and can be flushed — after its last
window (:func:`completes_tiles`).  The budget defaults to a quarter of the
available memory, never less than :data:`MIN_BUDGET_MB`.
"""
import os
from dataclasses import dataclass

#: tile size of the outputs and of the window grid [pixels]
TILE = 256
#: smallest automatic budget [MB]
MIN_BUDGET_MB = 512
#: windows alive at once in the local pipeline: one read, one solved, one written
IN_FLIGHT = 3
#: windows of a small image at the least (the pipeline overlaps reading and solving)
MIN_WINDOWS = 8
MB = 1024 * 1024


@dataclass(frozen=True)
class Window:
    """Pixels ``row0 .. row0+nrows`` × ``col0 .. col0+ncols`` of a grid."""

    row0: int
    col0: int
    nrows: int
    ncols: int

    @property
    def slices(self):
        """(row slice, column slice) of the window in the full grid."""
        return slice(self.row0, self.row0 + self.nrows), slice(self.col0, self.col0 + self.ncols)

    @property
    def size(self):
        return self.nrows * self.ncols


def available_memory_mb():
    """Memory available to new allocations [MB] (``MemAvailable`` on Linux, else physical memory)."""
    try:
        with open('/proc/meminfo', encoding='ascii') as handle:
            for line in handle:
                if line.startswith('MemAvailable:'):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    try:
        return os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') // MB
    except (ValueError, OSError, AttributeError):
        return 4 * MIN_BUDGET_MB


def memory_budget_mb(requested=0):
    """``requested`` MB when > 0, else a quarter of the available memory, at least :data:`MIN_BUDGET_MB`."""
    requested = int(requested or 0)
    if requested > 0:
        return requested
    return max(MIN_BUDGET_MB, available_memory_mb() // 4)


def window_shape(height, width, bytes_per_pixel, budget_bytes, in_flight=IN_FLIGHT, tile=TILE):
    """(nrows, ncols) of the windows: the largest tile-aligned shape within the budget.

    Whole tiles first along the columns, then along the rows once a window spans the width;
    below one tile, the tile is halved (rows first) until it fits.
    """
    pixels = max(1, int(budget_bytes // (max(1, in_flight) * max(1, bytes_per_pixel))))
    tiles_across = -(-width // tile)
    if pixels >= tile * tile:
        across = min(tiles_across, pixels // (tile * tile))
        down = max(1, pixels // (across * tile * tile)) if across == tiles_across else 1
        return min(height, down * tile), min(width, across * tile)
    nrows, ncols = tile, tile
    while nrows * ncols > pixels and (nrows > 1 or ncols > 1):
        if nrows >= ncols and nrows > 1:
            nrows //= 2
        else:
            ncols //= 2
    return min(height, nrows), min(width, ncols)


def plan_windows(height, width, bytes_per_pixel, budget_bytes, in_flight=IN_FLIGHT, tile=TILE):
    """The windows covering the grid, in processing (and writing) order (module docstring)."""
    nrows, ncols = window_shape(height, width, bytes_per_pixel, budget_bytes, in_flight, tile)
    return windows_of_shape(height, width, nrows, ncols, tile)


def windows_of_shape(height, width, nrows, ncols, tile=TILE):
    """Windows of at most ``nrows × ncols`` covering the grid; windows inside one tile listed together."""
    if nrows >= tile or ncols >= tile or (nrows >= height and ncols >= width):
        return [Window(r, c, min(nrows, height - r), min(ncols, width - c))
                for r in range(0, height, nrows) for c in range(0, width, ncols)]
    windows = []
    for tile_row in range(0, height, tile):
        for tile_col in range(0, width, tile):
            rows_end, cols_end = min(tile_row + tile, height), min(tile_col + tile, width)
            windows.extend(Window(r, c, min(nrows, rows_end - r), min(ncols, cols_end - c))
                           for r in range(tile_row, rows_end, nrows) for c in range(tile_col, cols_end, ncols))
    return windows


def completes_tiles(window, height, width, tile=TILE):
    """Whether the tiles under ``window`` are complete once it is written (windows in plan order)."""
    row_end, col_end = window.row0 + window.nrows, window.col0 + window.ncols
    return (row_end % tile == 0 or row_end == height) and (col_end % tile == 0 or col_end == width)


def row_block_windows(height, width, block_rows):
    """Full-width windows of ``block_rows`` rows (the BLOCK_ROWS parameter of earlier versions)."""
    block_rows = max(1, int(block_rows))
    return [Window(r, 0, min(block_rows, height - r), width) for r in range(0, height, block_rows)]


def plan(height, width, bytes_per_pixel, memory_mb=0, block_rows=0, reserved_bytes=0, min_windows=MIN_WINDOWS):
    """Windows of a run: ``block_rows`` full-width rows when > 0, else sized by the ``memory_mb`` budget.

    ``reserved_bytes`` of the budget are kept for other buffers (GDAL's block cache).  A small image
    still gets about ``min_windows`` windows, so that reading the next window overlaps solving
    this one (with one or two windows the first read would be half the run, unshared); 1 where the
    solve is light next to the reading (the incremental update), whose windows are then as large as
    the budget allows.
    """
    if block_rows and block_rows > 0:
        return row_block_windows(height, width, block_rows)
    budget = memory_budget_mb(memory_mb) * MB
    spread = -(-height * width // max(1, min_windows)) * IN_FLIGHT * max(1, bytes_per_pixel)
    return plan_windows(height, width, bytes_per_pixel, min(max(budget // 4, budget - reserved_bytes), spread))
