"""Points onto a regular grid: per-cell mean velocity, its 1σ, mean LOS vector and mean time series.

Cells are squares of side ``r`` (CRS units) with edges on multiples of ``r``
(the EGMS L3 grid: r = 100 m in EPSG:3035): the point (x, y) falls in the cell
``i = ⌊x / r⌋``, ``j = ⌊y / r⌋``, so grids of the same ``r`` always line up
(an ascending and a descending import share their cells).

Per cell with the n points k = 1 … n (NaN values left out)::

    v̄ = (1/n) Σ v_k                                   mean velocity [mm/yr]
    σ(v̄) = √( max(s², σ̄²) / n )                       its 1σ [mm/yr]
        s² = Σ (v_k − v̄)² / (n − 1)  (scatter; 0 for n = 1),  σ̄² = (1/n) Σ σ_k²  (the points' 1σ)
    ê = Σ ê_k / ‖Σ ê_k‖                               mean LOS unit vector → incidence, heading
    d̄(t) = mean of the points' displacement at date t  [mm]

The larger of the external (scatter) and internal (stated 1σ) variance is
used, so the 1σ neither ignores the points' own noise nor the spread of a
cell holding different motions.

Memory: the per-cell statistics are kept for the cells seen (the size of the
output); the time series are reduced chunk by chunk and spilled to
temporary files by bands of rows, then summed band by band into the output,
so peak memory does not grow with the number of points.
"""
import os
from dataclasses import dataclass, field

import numpy as np

from ..common.errors import InputError
from ..io.raster_stack import Grid
from ..io.resampling import srs_of

#: rows of cells per spill file of time series
BUCKET_ROWS = 16
#: statistics kept per cell (sums)
STATISTICS = ('n', 'v', 'v2', 's2', 'ns', 'e', 'nn', 'u', 'nv')
#: largest grid accepted (cells)
MAX_CELLS = 400_000_000


def cell_indices(x, y, resolution):
    """Integer cell (i, j) of points, edges on multiples of ``resolution``."""
    return (np.floor(np.asarray(x, dtype=float) / resolution).astype(np.int64),
            np.floor(np.asarray(y, dtype=float) / resolution).astype(np.int64))


def reduce_rows(index, values):
    """Sum the rows of ``values`` (n, m) sharing an ``index`` (n,): (unique indices, (k, m) sums)."""
    order = np.argsort(index, kind='stable')
    index, values = index[order], values[order]
    starts = np.flatnonzero(np.r_[True, index[1:] != index[:-1]])
    return index[starts], np.add.reduceat(values, starts, axis=0)


#: offsets making cell indices non-negative in the 64-bit key (j + 2³⁰) · 2³² + (i + 2³¹)
_J_OFFSET, _I_OFFSET = 1 << 30, 1 << 31


def _keys(i, j):
    """One int64 per cell, increasing with j then i (|i| < 2³¹, |j| < 2³⁰ cells)."""
    return ((j + _J_OFFSET) << 32) + (i + _I_OFFSET)


def _cells(keys):
    return (keys & 0xFFFFFFFF) - _I_OFFSET, (keys >> 32) - _J_OFFSET


@dataclass
class CellStatistics:
    """Sums per cell, merged chunk after chunk (sorted unique keys)."""

    keys: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    sums: np.ndarray = field(default_factory=lambda: np.empty((len(STATISTICS), 0)))

    def add(self, keys, sums):
        merged = np.concatenate([self.keys, keys])
        unique, inverse = np.unique(merged, return_inverse=True)
        total = np.zeros((len(STATISTICS), unique.size))
        values = np.concatenate([self.sums, sums], axis=1)
        for k in range(len(STATISTICS)):
            total[k] = np.bincount(inverse, values[k], unique.size)
        self.keys, self.sums = unique, total

    def get(self, name):
        return self.sums[STATISTICS.index(name)]


class SeriesSpill:
    """Chunk-reduced time series written to ``folder`` by bands of :data:`BUCKET_ROWS` cell rows."""

    def __init__(self, folder, n_dates):
        self.folder = folder
        self.n_dates = n_dates
        self.dtype = np.dtype([('key', '<i8'), ('sum', '<f4', (n_dates,)), ('count', '<u2', (n_dates,))])
        self.buckets = set()

    def path(self, bucket):
        return os.path.join(self.folder, f'series_{bucket}.bin')

    def add(self, keys, inverse, series):
        """Sum ``series`` (n_points, n_dates) of the points into their cells (``inverse`` into ``keys``)."""
        finite = np.isfinite(series)
        cells, sums = reduce_rows(inverse, np.where(finite, series, 0.0))
        _, counts = reduce_rows(inverse, finite.astype(np.float64))
        records = np.empty(cells.size, dtype=self.dtype)
        records['key'], records['sum'], records['count'] = keys[cells], sums, np.minimum(counts, 65535)
        keys = records['key']
        _, j = _cells(keys)
        buckets = np.floor_divide(j, BUCKET_ROWS)
        for bucket in np.unique(buckets):
            with open(self.path(int(bucket)), 'ab') as handle:
                records[buckets == bucket].tofile(handle)
            self.buckets.add(int(bucket))

    def rows(self, grid_cells, j_top, j_bottom, piece_mb=32):
        """Mean series of cell rows ``j_top ≥ j ≥ j_bottom``: (n_dates, rows, width), NaN where empty."""
        i0, width = grid_cells
        nrows = j_top - j_bottom + 1
        sums = np.zeros((self.n_dates, nrows, width))
        counts = np.zeros((self.n_dates, nrows, width))
        piece_records = max(1, piece_mb * 1024 * 1024 // self.dtype.itemsize)
        for bucket in range(j_bottom // BUCKET_ROWS, j_top // BUCKET_ROWS + 1):
            path = self.path(bucket)
            if bucket not in self.buckets or not os.path.exists(path):
                continue
            total = os.path.getsize(path) // self.dtype.itemsize
            for offset in range(0, total, piece_records):
                records = np.fromfile(path, dtype=self.dtype, count=piece_records, offset=offset * self.dtype.itemsize)
                i, j = _cells(records['key'])
                inside = (j <= j_top) & (j >= j_bottom)
                if not inside.any():
                    continue
                flat = ((j_top - j) * width + (i - i0))[inside]
                both = np.concatenate([records['sum'][inside], records['count'][inside]], axis=1).astype(np.float64)
                cells, reduced = reduce_rows(flat, both)
                rows, cols = np.divmod(cells, width)
                sums[:, rows, cols] += reduced[:, :self.n_dates].T
                counts[:, rows, cols] += reduced[:, self.n_dates:].T
        with np.errstate(invalid='ignore', divide='ignore'):
            return np.where(counts > 0, sums / counts, np.nan)


class PointGridder:
    """Accumulate points (x, y in the grid CRS) into cells of ``resolution``; see the module docstring."""

    def __init__(self, resolution, crs_wkt, folder=None, n_dates=0, role='RESOLUTION'):
        if not resolution > 0:
            raise InputError('{0}: {1:g} is not accepted; give a cell size above 0.', role, resolution)
        if crs_wkt and srs_of(crs_wkt).IsGeographic() and resolution >= 1.0:
            raise InputError('{0}: {1:g} is in degrees in a geographic CRS; give a cell size such as 0.001 (about 100 '
                             'm), or a projected CRS (EGMS: EPSG:3035, 100 m).', role, resolution)
        self.resolution = float(resolution)
        self.crs_wkt = crs_wkt
        self.statistics = CellStatistics()
        self.spill = SeriesSpill(folder, n_dates) if folder and n_dates else None
        self.role = role

    def add(self, x, y, velocity, sigma, vectors=None, series=None):
        """Add points; NaN velocities count for nothing but the series and geometry."""
        good = np.isfinite(x) & np.isfinite(y)
        if not good.any():
            return
        x, y, velocity, sigma = x[good], y[good], velocity[good], sigma[good]
        i, j = cell_indices(x, y, self.resolution)
        keys, inverse = np.unique(_keys(i, j), return_inverse=True)
        has_v = np.isfinite(velocity)
        has_s = has_v & np.isfinite(sigma)
        zero = np.zeros_like(velocity)
        columns = {'n': np.ones_like(velocity), 'v': np.where(has_v, velocity, 0.0),
                   'v2': np.where(has_v, velocity ** 2, 0.0), 's2': np.where(has_s, sigma ** 2, 0.0),
                   'ns': has_s.astype(float), 'nv': has_v.astype(float), 'e': zero, 'nn': zero, 'u': zero}
        if vectors is not None:
            east, north, up = (np.asarray(c)[good] for c in vectors)
            ok = np.isfinite(east) & np.isfinite(north) & np.isfinite(up)
            columns.update(e=np.where(ok, east, 0.0), nn=np.where(ok, north, 0.0), u=np.where(ok, up, 0.0))
        sums = np.stack([np.bincount(inverse, columns[name], keys.size) for name in STATISTICS])
        self.statistics.add(keys, sums)
        if self.spill is not None and series is not None:
            self.spill.add(keys, inverse, np.asarray(series)[good])

    # -- the grid -----------------------------------------------------------------------------------
    def grid(self):
        """The grid covering every cell that received a point (fixed at the first call: add no more then)."""
        if getattr(self, '_grid', None) is not None:
            return self._grid
        if not self.statistics.keys.size:
            raise InputError('{0}: no point with coordinates was read; the files hold no measurement point.', 'INPUT')
        i, j = _cells(self.statistics.keys)
        self.i0, self.j_top = int(i.min()), int(j.max())
        width, height = int(i.max()) - self.i0 + 1, self.j_top - int(j.min()) + 1
        if width * height > MAX_CELLS:
            raise InputError('{0}: {1:g} gives {2}×{3} cells, more than {4:,}; choose a larger cell size.',
                             self.role, self.resolution, width, height, MAX_CELLS)
        r = self.resolution
        self._grid = Grid(width, height, (self.i0 * r, r, 0.0, (self.j_top + 1) * r, 0.0, -r), self.crs_wkt)
        return self._grid

    def raster(self, name):
        """Dense (height, width) array of a per-cell product: ``count``, ``velocity``, ``velocity_std``,
        ``los_east``, ``los_north``, ``los_up`` (NaN where no point)."""
        grid = self.grid()
        i, j = _cells(self.statistics.keys)
        rows, cols = self.j_top - j, i - self.i0
        values = self._values(name)
        out = np.full(grid.shape, np.nan)
        out[rows, cols] = values
        return out

    def _values(self, name):
        get = self.statistics.get
        with np.errstate(invalid='ignore', divide='ignore'):
            n = get('nv')
            if name == 'count':
                return get('n')
            if name == 'velocity':
                return np.where(n > 0, get('v') / n, np.nan)
            if name == 'velocity_std':
                mean = get('v') / n
                scatter = np.where(n > 1, (get('v2') - n * mean ** 2) / np.maximum(n - 1, 1), 0.0)
                internal = np.where(get('ns') > 0, get('s2') / get('ns'), 0.0)
                return np.where(n > 0, np.sqrt(np.maximum(np.maximum(scatter, internal), 0.0) / n), np.nan)
            east, north, up = get('e'), get('nn'), get('u')
            length = np.sqrt(east ** 2 + north ** 2 + up ** 2)
            component = {'los_east': east, 'los_north': north, 'los_up': up}[name]
            return np.where(length > 0, component / length, np.nan)

    def series_rows(self, row0, nrows):
        """Mean time series of output rows ``row0 … row0+nrows`` (n_dates, nrows, width)."""
        grid = self.grid()
        return self.spill.rows((self.i0, grid.width), self.j_top - row0, self.j_top - row0 - nrows + 1)
