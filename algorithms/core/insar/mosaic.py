"""Mosaic of overlapping frames: per-frame offsets (or planes) fitted over all overlaps at once, feathered merge.

Frames k = 0 … K−1 (velocities, or time series with one band per date, on any
grid or CRS) are placed on one output grid (:func:`mosaic_grid`: the union of
their extents).  Each frame gets a correction, per band::

    c_k(x, y) = a_k                          SURFACE offset
    c_k(x, y) = a_k + b_k·x + e_k·y          SURFACE plane

with x, y in km east and north of the mosaic centre (output CRS).  At the
sampled pixels i of every overlap (k, l) the corrected frames must agree,
(f_k − c_k) − (f_l − c_l) = 0, that is::

    c_k(x_i, y_i) − c_l(x_i, y_i) = d_i = f_k(x_i, y_i) − f_l(x_i, y_i)

All overlaps are solved together by least squares with the reference frame's
correction fixed at 0 (its values define the datum): the normal equations
N·p = r, N = Σᵢ sᵢsᵢᵀ, r = Σᵢ sᵢdᵢ, where sᵢ holds g = (1[, x, y]) in the
block of frame k and −g in that of frame l.  Robust: once solved, samples whose
residual is farther than 5·1.4826·MAD from the median residual are dropped and
the system solved again.  Each overlap is sampled on a regular lattice of at
most ``max_samples`` pixels.

Merge: m = Σ_k w_k·(f_k − c_k) / Σ_k w_k over the frames valid at a pixel,
w_k = distance (pixels) from the pixel to the nearest pixel outside frame k's
valid data (GDAL proximity, 1 at the edge), so a frame fades out towards its
edges and the mosaic has no seam.  The overlap statistics of the report (pixel
count, mean and RMS of f_k − f_l before and after correction) are exact, over
every pixel, accumulated during the merge.

Streaming: frames are read, warped (when not on the output lattice: a float32
copy on the frame's own window of the output grid, made once), weighted and
merged window by window; the overlap samples are capped; peak memory depends
on neither the height nor the width of the mosaic.
"""
import math
import os
import shutil
import tempfile
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from ..common import dates as dates_mod
from ..common.errors import Cancelled, InputError
from ..common.progress import SILENT
from ..engine import tiles
from ..io.raster_stack import (
    Grid,
    RasterWriter,
    StackBand,
    band_values,
    check_north_up,
    display_name,
    open_dataset,
    time_series_writer,
)
from ..io.resampling import RESAMPLING_METHODS, bounds_in, pixel_size_in, warp_to_grid

SURFACES = ('offset', 'plane')
#: most samples taken in one overlap (a regular lattice of pixels)
DEFAULT_SAMPLES = 50_000
#: fewest samples kept per overlap whatever the memory budget
MIN_SAMPLES_CAP = 1_000
#: float64 values the overlap samples may hold in all (≈ 128 MB)
SAMPLE_VALUES_BUDGET = 16_000_000
#: an overlap joins two frames when at least this many samples are valid in both
MIN_PAIR_SAMPLES = 10
#: samples beyond OUTLIER_MADS·1.4826·MAD of the median residual are dropped (one pass)
OUTLIER_MADS = 5.0
MAD_TO_SIGMA = 1.4826
#: pixels when snapping extents to the output lattice
SNAP_TOLERANCE = 1e-6
MAX_PIXELS = 2_000_000_000
#: relative eigenvalue below which the normal matrix is singular
SINGULAR = 1e-10
#: mean Earth radius [km] (gradients of geographic grids)
EARTH_RADIUS_KM = 6371.0088
TEMP_OPTIONS = ('TILED=YES', 'BLOCKXSIZE=256', 'BLOCKYSIZE=256', 'BIGTIFF=IF_SAFER')


# -- frames ---------------------------------------------------------------------
@dataclass
class Frame:
    """One input frame and where it lies on the output grid."""

    path: str
    name: str
    grid: Grid
    bands: list                      # StackBand of each band of the file
    row0: int = 0                    # its window on the output grid
    col0: int = 0
    height: int = 0
    width: int = 0
    band_list: list = None           # 1-based bands of the file, in output band order
    source: str = None               # what is read: the file, or its copy warped onto its window
    weights: str = None              # feathering weights, its window plus a margin of one pixel
    valid: np.ndarray = None         # valid pixels per output band

    @property
    def band_count(self):
        return len(self.bands)

    def window(self):
        return self.row0, self.col0, self.height, self.width


def open_frames(paths, role='INPUT'):
    """The frames of ``paths`` (at least two, north-up, all with a CRS or none)."""
    paths = [os.fspath(p) for p in paths]
    if len(paths) < 2:
        raise InputError('{0}: {1} raster given; a mosaic needs at least two overlapping frames.', role, len(paths))
    frames, seen = [], {}
    for path in paths:
        key = os.path.abspath(path) if os.path.exists(path) else path
        if key in seen:
            raise InputError('{0}: "{1}" is given twice; give each frame once.', role, display_name(path))
        seen[key] = path
        dataset = open_dataset(path, role)
        grid = Grid.of(dataset)
        name = display_name(path)
        check_north_up(grid, role, name)
        count = dataset.RasterCount
        bands = [StackBand(path, i, count, dataset.GetRasterBand(i).GetDescription() or '',
                           dict(dataset.GetRasterBand(i).GetMetadata() or {})) for i in range(1, count + 1)]
        frames.append(Frame(path, name, grid, bands))
    with_crs = [f for f in frames if f.grid.crs_wkt]
    if with_crs and len(with_crs) < len(frames):
        lacking = next(f for f in frames if not f.grid.crs_wkt)
        raise InputError('{0}: "{1}" has no CRS but "{2}" has one; give every frame its CRS (Raster › Projections › '
                         'Assign Projection).', role, lacking.name, with_crs[0].name)
    return frames


def _frame_dates(frame, role):
    dates = [band.date() for band in frame.bands]
    if any(date is None for date in dates):
        return None
    if len(set(dates)) < len(dates):
        twice = next(d for d in dates if dates.count(d) > 1)
        raise InputError('{0}: date {1} appears twice in "{2}"; a time series needs one band per acquisition.',
                         role, twice.isoformat(), frame.name)
    return dates


def band_layout(frames, role='INPUT'):
    """(output band names, dates or ``None``) and each frame's ``band_list`` (bands matched by date).

    Single-band frames make a one-band mosaic; multi-band frames must carry
    the same dates (band description ``YYYY-MM-DD`` or metadata ``DATE``), in
    any order (the mosaic lists them in time order), or all be undated with the
    same number of bands (matched by band number).
    """
    first = frames[0]
    if all(frame.band_count == 1 for frame in frames):
        for frame in frames:
            frame.band_list = [1]
        return [first.bands[0].description or 'mosaic'], None
    dated = [_frame_dates(frame, role) for frame in frames]
    if all(d is None for d in dated):
        for frame in frames[1:]:
            if frame.band_count != first.band_count:
                raise InputError('{0}: "{1}" has {2} bands, "{3}" {4}; undated frames must have the same bands. Give '
                                 'the bands their dates (description YYYY-MM-DD or metadata DATE) or frames of equal '
                                 'bands.', role, frame.name, frame.band_count, first.name, first.band_count)
        for frame in frames:
            frame.band_list = list(range(1, first.band_count + 1))
        return [band.description or f'band_{band.band}' for band in first.bands], None
    if any(d is None for d in dated):
        undated = frames[next(n for n, d in enumerate(dated) if d is None)]
        dated_frame = frames[next(n for n, d in enumerate(dated) if d is not None)]
        raise InputError('{0}: "{1}" has bands without dates but "{2}" is a dated time series; give every band its '
                         'date (description YYYY-MM-DD or metadata DATE).', role, undated.name, dated_frame.name)
    dates = sorted(dated[0])
    for frame, frame_dates in zip(frames[1:], dated[1:]):
        lacks = sorted(set(dates) - set(frame_dates))
        extra = sorted(set(frame_dates) - set(dates))
        if lacks or extra:
            parts = []
            if lacks:
                parts.append(f'lacks {_date_text(lacks)}')
            if extra:
                parts.append(f'has {_date_text(extra)} that "{first.name}" lacks')
            raise InputError('{0}: the frames do not share their dates: "{1}" {2}. Mosaic time series of the same '
                             'acquisitions (one band per date), or cut them to their common dates first.',
                             role, frame.name, ' and '.join(parts))
    for frame, frame_dates in zip(frames, dated):
        frame.band_list = [frame_dates.index(date) + 1 for date in dates]
    return [dates_mod.iso(d) for d in dates], dates


def _date_text(dates, shown=6):
    text = ', '.join(d.isoformat() for d in dates[:shown])
    return text + (f' and {len(dates) - shown} more' if len(dates) > shown else '')


# -- the output grid --------------------------------------------------------------
def mosaic_grid(frames, crs_wkt='', resolution=0.0, role='INPUT'):
    """The union of the frames' extents in ``crs_wkt`` (default: the first frame's CRS).

    Pixel size ``resolution`` (CRS units, square pixels), default the first
    frame's; aligned on the first frame's pixels when in its CRS, else on
    multiples of the pixel size.
    """
    first = frames[0].grid
    target = crs_wkt or first.crs_wkt
    bounds = [bounds_in(frame.grid, target) for frame in frames]
    x_min, y_min = min(b[0] for b in bounds), min(b[1] for b in bounds)
    x_max, y_max = max(b[2] for b in bounds), max(b[3] for b in bounds)
    same = not crs_wkt or first.same_crs(Grid(1, 1, first.geotransform, target))
    if resolution and resolution > 0:
        dx = dy = float(resolution)
    else:
        dx, dy = first.pixel_size if same else pixel_size_in(first, target)
    ax, ay = (first.geotransform[0], first.geotransform[3]) if same else (0.0, 0.0)
    col0 = math.floor((x_min - ax) / dx + SNAP_TOLERANCE)
    col1 = math.ceil((x_max - ax) / dx - SNAP_TOLERANCE)
    row0 = math.floor((ay - y_max) / dy + SNAP_TOLERANCE)
    row1 = math.ceil((ay - y_min) / dy - SNAP_TOLERANCE)
    width, height = col1 - col0, row1 - row0
    if width * height > MAX_PIXELS:
        raise InputError('RESOLUTION: pixels of {0:g} × {1:g} CRS units give {2}×{3} pixels over the frames of {4}; '
                         'choose a coarser resolution.', dx, dy, width, height, role)
    return Grid(width, height, (ax + col0 * dx, dx, 0.0, ay - row0 * dy, 0.0, -dy), target)


def place(frame, grid):
    """Set ``frame``'s window on ``grid``: its extent snapped outwards to the output pixels."""
    bx0, by0, bx1, by1 = bounds_in(frame.grid, grid.crs_wkt)
    x0, dx, _, y0, _, dy = grid.geotransform
    col0 = max(0, math.floor((bx0 - x0) / dx + SNAP_TOLERANCE))
    col1 = min(grid.width, math.ceil((bx1 - x0) / dx - SNAP_TOLERANCE))
    row0 = max(0, math.floor((by1 - y0) / dy + SNAP_TOLERANCE))
    row1 = min(grid.height, math.ceil((by0 - y0) / dy - SNAP_TOLERANCE))
    frame.row0, frame.col0 = row0, col0
    frame.height, frame.width = max(0, row1 - row0), max(0, col1 - col0)


def subgrid(grid, row0, col0, height, width):
    """The window (row0, col0, height, width) of ``grid`` as a grid of its own."""
    x0, dx, _, y0, _, dy = grid.geotransform
    return Grid(width, height, (x0 + col0 * dx, dx, 0.0, y0 + row0 * dy, 0.0, dy), grid.crs_wkt)


def km_per_unit(grid):
    """(kx, ky): km per CRS unit along x and y (metres without a CRS; degrees on a sphere at the centre)."""
    if not grid.crs_wkt:
        return 1e-3, 1e-3
    srs = grid.crs()
    if srs.IsGeographic():
        latitude = grid.centre_of(grid.width / 2.0 - 0.5, grid.height / 2.0 - 0.5)[1]
        ky = EARTH_RADIUS_KM * math.pi / 180.0
        return ky * math.cos(math.radians(latitude)), ky
    metres = srs.GetLinearUnits() or 1.0
    return metres / 1000.0, metres / 1000.0


@dataclass(frozen=True)
class Axes:
    """Coordinates of the surface model: km east and north of the mosaic centre."""

    x0: float
    dx: float
    y0: float
    dy: float

    @classmethod
    def of(cls, grid):
        kx, ky = km_per_unit(grid)
        gx0, gdx, _, gy0, _, gdy = grid.geotransform
        cx, cy = gx0 + gdx * grid.width / 2.0, gy0 + gdy * grid.height / 2.0
        return cls((gx0 - cx) * kx, gdx * kx, (gy0 - cy) * ky, gdy * ky)

    def x(self, columns):
        return self.x0 + (np.asarray(columns, dtype=float) + 0.5) * self.dx

    def y(self, rows):
        return self.y0 + (np.asarray(rows, dtype=float) + 0.5) * self.dy


# -- reading ------------------------------------------------------------------------
def read_bands(dataset, bands, row0, col0, nrows, ncols, name, role):
    """(len(bands), nrows, ncols) float64 values of ``dataset`` (nodata → NaN, scale/offset applied)."""
    out = np.empty((len(bands), nrows, ncols))
    for index, number in enumerate(bands):
        band = dataset.GetRasterBand(number)
        try:
            data = band.ReadAsArray(col0, row0, ncols, nrows, buf_type=gdal.GDT_Float64, buf_obj=out[index])
        except RuntimeError:
            data = None
        if data is None:
            raise InputError('{0}: "{1}" cannot be read at rows {2}–{3} ({4}); write the file again.',
                             role, name, row0, row0 + nrows, gdal.GetLastErrorMsg() or 'GDAL failed')
        band_values(band, out[index])
    return out


def _intersection(a, b):
    """Intersection of two windows (row0, col0, nrows, ncols), or ``None``."""
    r0, c0 = max(a[0], b[0]), max(a[1], b[1])
    r1, c1 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    return (r0, c0, r1 - r0, c1 - c0) if r1 > r0 and c1 > c0 else None


# -- preparing the frames: warped copy, valid pixels, feathering weights ---------------
def _create(path, width, height, count, data_type):
    dataset = gdal.GetDriverByName('GTiff').Create(path, width, height, count, data_type, list(TEMP_OPTIONS))
    if dataset is None:
        raise InputError('the temporary file "{0}" cannot be written ({1}); free disk space in the temporary folder.',
                         path, gdal.GetLastErrorMsg())
    return dataset


def prepare_frame(frame, index, grid, folder, settings, monitor, role='INPUT'):
    """Warp ``frame`` onto its window of ``grid`` (a float32 copy) when needed; count its valid pixels per
    band; write its feathering weights (distance to the nearest pixel outside its valid data)."""
    window_grid = subgrid(grid, *frame.window())
    source = warp_to_grid(frame.path, window_grid, role, folder, settings.resampling, single_band=False)
    dataset = open_dataset(source, role)
    copy = None
    if source != frame.path:
        frame.source = os.path.join(folder, f'frame_{index}.tif')
        copy = _create(frame.source, frame.width, frame.height, frame.band_count, gdal.GDT_Float32)
        copy.SetGeoTransform(window_grid.geotransform)
        for number in range(1, frame.band_count + 1):
            copy.GetRasterBand(number).SetNoDataValue(float('nan'))
    else:
        frame.source = frame.path
    mask_path = os.path.join(folder, f'mask_{index}.tif')
    mask = _create(mask_path, frame.width + 2, frame.height + 2, 1, gdal.GDT_Byte)
    all_bands = list(range(1, frame.band_count + 1))
    valid_per_band = np.zeros(frame.band_count, dtype=np.int64)
    windows = tiles.plan(frame.height, frame.width, 8 * (2 * frame.band_count + 2), settings.memory_mb,
                         settings.block_rows)
    for n, window in enumerate(windows):
        monitor.check()
        data = read_bands(dataset, all_bands, window.row0, window.col0, window.nrows, window.ncols, frame.name, role)
        valid = np.isfinite(data)
        valid_per_band += valid.sum(axis=(1, 2))
        if copy is not None:
            for number in all_bands:
                copy.GetRasterBand(number).WriteArray(data[number - 1].astype(np.float32), window.col0, window.row0)
        mask.GetRasterBand(1).WriteArray(valid.any(axis=0).astype(np.uint8), window.col0 + 1, window.row0 + 1)
        monitor.update(0.8 * (n + 1) / len(windows))
    copy = dataset = None
    frame.valid = valid_per_band[np.asarray(frame.band_list) - 1]
    if not valid_per_band.any():
        raise InputError('{0}: "{1}" has no valid pixel on the mosaic grid (every pixel is NaN or nodata); remove it '
                         'or check its nodata value.', role, frame.name)
    frame.weights = os.path.join(folder, f'weights_{index}.tif')
    weights = _create(frame.weights, frame.width + 2, frame.height + 2, 1, gdal.GDT_Float32)
    sub = monitor.sub(0.8, 1.0)

    def progress(fraction, _message, _data):
        try:
            sub.update(fraction)
        except Cancelled:
            return 0
        return 1

    try:
        status = gdal.ComputeProximity(mask.GetRasterBand(1), weights.GetRasterBand(1),
                                       ['VALUES=0', 'DISTUNITS=PIXEL'], callback=progress)
    except RuntimeError:   # GDAL exceptions switched on by another plugin (also when cancelled)
        status = 1
    monitor.check()
    if status != 0:
        raise InputError('{0}: the feathering weights of "{1}" could not be computed ({2}); free disk space in the '
                         'temporary folder.', role, frame.name, gdal.GetLastErrorMsg() or 'GDAL failed')
    weights = mask = None
    os.remove(mask_path)


# -- overlaps: sampling -------------------------------------------------------------------
@dataclass
class Overlap:
    """The overlap of frames ``first`` and ``second``: samples for the fit and exact statistics."""

    first: int
    second: int
    window: tuple                       # (row0, col0, nrows, ncols) on the output grid
    step: int = 1                       # sampling lattice [pixels]
    x: np.ndarray = None                # samples: km east, north of the centre
    y: np.ndarray = None
    difference: np.ndarray = None       # (n_bands, n) f_first − f_second, NaN where either is missing
    used: np.ndarray = None             # (n_bands,) samples in the final fit
    rejected: np.ndarray = None         # (n_bands,) samples dropped as outliers
    sums: np.ndarray = field(default=None, repr=False)   # (n_bands, 5): n, Σd, Σd², Σd′, Σd′² (d′ corrected)

    def statistics(self, band):
        """{'pixels', 'mean_before', 'rms_before', 'mean_after', 'rms_after'} over every pixel of the overlap."""
        n, s1, s2, t1, t2 = self.sums[band]
        if n == 0:
            return {'pixels': 0, 'mean_before': math.nan, 'rms_before': math.nan, 'mean_after': math.nan,
                    'rms_after': math.nan}
        return {'pixels': int(n), 'mean_before': s1 / n, 'rms_before': math.sqrt(s2 / n),
                'mean_after': t1 / n, 'rms_after': math.sqrt(t2 / n)}


def find_overlaps(frames):
    """Every pair of frames whose windows intersect."""
    overlaps = []
    for k in range(len(frames)):
        for m in range(k + 1, len(frames)):
            common = _intersection(frames[k].window(), frames[m].window())
            if common is not None:
                overlaps.append(Overlap(k, m, common))
    return overlaps


def sample_overlap(overlap, frames, datasets, axes, max_samples, settings, monitor, role='INPUT'):
    """Values of both frames on a regular lattice of at most ``max_samples`` pixels of the overlap,
    read window by window (tile-aligned, within the memory budget)."""
    row0, col0, nrows, ncols = overlap.window
    step = max(1, math.ceil(math.sqrt(nrows * ncols / max(1, max_samples))))
    xs, ys, differences = [], [], []
    windows = tiles.plan(nrows, ncols, 8 * (3 * len(frames[0].band_list) + 1), settings.memory_mb,
                         settings.block_rows)
    for n, window in enumerate(windows):
        monitor.check()
        rows = _lattice(window.row0, window.nrows, step)
        columns = _lattice(window.col0, window.ncols, step)
        if rows.size and columns.size:
            values = []
            for k in (overlap.first, overlap.second):
                frame = frames[k]
                data = read_bands(datasets[k], frame.band_list, row0 + window.row0 - frame.row0,
                                  col0 + window.col0 - frame.col0, window.nrows, window.ncols, frame.name, role)
                values.append(data[:, rows - window.row0][:, :, columns - window.col0])
            difference = (values[0] - values[1]).reshape(len(frames[0].band_list), -1)
            keep = np.isfinite(difference).any(axis=0)
            grid_rows, grid_columns = np.meshgrid(row0 + rows, col0 + columns, indexing='ij')
            differences.append(difference[:, keep])
            xs.append(axes.x(grid_columns.ravel()[keep]))
            ys.append(axes.y(grid_rows.ravel()[keep]))
        monitor.update((n + 1) / len(windows))
    bands = len(frames[0].band_list)
    overlap.step = step
    overlap.x = np.concatenate(xs) if xs else np.empty(0)
    overlap.y = np.concatenate(ys) if ys else np.empty(0)
    overlap.difference = np.concatenate(differences, axis=1) if differences else np.empty((bands, 0))
    overlap.used = np.zeros(bands, dtype=np.int64)
    overlap.rejected = np.zeros(bands, dtype=np.int64)
    overlap.sums = np.zeros((bands, 5))


def _lattice(start, count, step):
    """Indices i in [start, start + count) with i ≡ step // 2 (mod step): the sampling lattice."""
    first = start + (step // 2 - start) % step
    return np.arange(first, start + count, step)


# -- the least-squares fit -------------------------------------------------------------
def design(x, y, surface):
    """Columns g = (1) or (1, x, y) of the surface model at km coordinates ``x``, ``y``."""
    if surface == 'offset':
        return np.ones((len(x), 1))
    return np.column_stack([np.ones(len(x)), x, y])


def _connected(overlaps, band, n_frames, reference, frames_used):
    """Frames reached from ``reference`` through overlaps with enough valid samples in ``band``."""
    neighbours = {k: set() for k in range(n_frames)}
    for overlap in overlaps:
        if np.isfinite(overlap.difference[band]).sum() >= MIN_PAIR_SAMPLES:
            neighbours[overlap.first].add(overlap.second)
            neighbours[overlap.second].add(overlap.first)
    reached, todo = {reference}, [reference]
    while todo:
        for other in neighbours[todo.pop()]:
            if other not in reached and other in frames_used:
                reached.add(other)
                todo.append(other)
    return reached


def solve_band(overlaps, frames, band, reference, surface, band_label='', role='INPUT', surface_role='SURFACE'):
    """Corrections (n_frames, 3) = (a, b, e) of ``band``: 0 for the reference, NaN for frames without data.

    Least squares over every overlap (module docstring), then one pass
    dropping outliers and solving again; records ``used``/``rejected`` samples.
    """
    n_frames = len(frames)
    with_data = {k for k, frame in enumerate(frames) if frame.valid[band] > 0}
    if reference not in with_data:      # the reference frame has nothing in this band: the next one is it
        reference = min(with_data)
    reached = _connected(overlaps, band, n_frames, reference, with_data)
    lost = [frames[k].name for k in sorted(with_data - reached)]
    if lost:
        where = f' in band {band_label}' if band_label else ''
        shown = ', '.join(f'"{name}"' for name in lost)
        if len(lost) == 1:
            raise InputError('{0}: {1} does not overlap the reference frame "{2}"{3}, neither directly nor through '
                             'other frames (fewer than {4} pixels valid in both); the offsets cannot be tied together. '
                             'Give frames that overlap, or mosaic the separate groups on their own.',
                             role, shown, frames[reference].name, where, MIN_PAIR_SAMPLES)
        raise InputError('{0}: {1} do not overlap the reference frame "{2}"{3}, neither directly nor through other '
                         'frames (fewer than {4} pixels valid in both); the offsets cannot be tied together. Give '
                         'frames that overlap, or mosaic the separate groups on their own.',
                         role, shown, frames[reference].name, where, MIN_PAIR_SAMPLES)
    unknowns = sorted(reached - {reference})
    n_par = 1 if surface == 'offset' else 3
    slot = {k: slice(n * n_par, (n + 1) * n_par) for n, k in enumerate(unknowns)}
    keep = [np.isfinite(o.difference[band]) for o in overlaps]
    corrections = np.zeros((n_frames, 3))
    corrections[sorted(set(range(n_frames)) - with_data)] = np.nan
    if not unknowns:
        return corrections
    for attempt in range(2):
        normal, rhs = _normal_equations(overlaps, keep, band, slot, len(unknowns) * n_par, surface)
        solution = _solve(normal, rhs, unknowns, n_par, frames, surface, surface_role)
        for k in unknowns:
            corrections[k, :n_par] = solution[slot[k]]
        if attempt == 1 or not _drop_outliers(overlaps, keep, corrections, band):
            break
    for overlap, kept in zip(overlaps, keep):
        overlap.used[band] = int(kept.sum())
        overlap.rejected[band] = int(np.isfinite(overlap.difference[band]).sum() - kept.sum())
    return corrections


def _normal_equations(overlaps, keep, band, slot, size, surface):
    """N, r of the kept samples: +g in the block of the first frame, −g in that of the second."""
    normal, rhs = np.zeros((size, size)), np.zeros(size)
    for overlap, kept in zip(overlaps, keep):
        if not kept.any():
            continue
        g = design(overlap.x[kept], overlap.y[kept], surface)
        gram, projection = g.T @ g, g.T @ overlap.difference[band][kept]
        a, b = slot.get(overlap.first), slot.get(overlap.second)
        if a is not None:
            normal[a, a] += gram
            rhs[a] += projection
        if b is not None:
            normal[b, b] += gram
            rhs[b] -= projection
        if a is not None and b is not None:
            normal[a, b] -= gram
            normal[b, a] -= gram
    return normal, rhs


def _residual(overlap, kept, corrections, band):
    """d − (c_first − c_second) at the kept samples."""
    x, y = overlap.x[kept], overlap.y[kept]
    first, second = corrections[overlap.first], corrections[overlap.second]
    model = (first[0] - second[0]) + (first[1] - second[1]) * x + (first[2] - second[2]) * y
    return overlap.difference[band][kept] - model


def _drop_outliers(overlaps, keep, corrections, band):
    """Unkeep samples beyond OUTLIER_MADS robust σ of the median residual (all overlaps pooled); any dropped?"""
    residuals = [_residual(o, kept, corrections, band) for o, kept in zip(overlaps, keep)]
    pooled = np.concatenate(residuals)
    if pooled.size == 0:
        return False
    median = np.median(pooled)
    limit = OUTLIER_MADS * MAD_TO_SIGMA * np.median(np.abs(pooled - median))
    if not limit > 0:
        return False
    changed = False
    for n, residual in enumerate(residuals):
        outlier = np.abs(residual - median) > limit
        if outlier.any():
            keep[n] = keep[n].copy()
            keep[n][np.flatnonzero(keep[n])[outlier]] = False
            changed = True
    return changed


def _solve(normal, rhs, unknowns, n_par, frames, surface, surface_role):
    scale = np.sqrt(np.diag(normal))
    scale[scale == 0] = 1.0
    scaled = normal / np.outer(scale, scale)
    values, vectors = np.linalg.eigh(scaled)
    if values[0] <= SINGULAR * max(values[-1], 1.0):
        frame = frames[unknowns[int(np.argmax(np.abs(vectors[:, 0]))) // n_par]]
        raise InputError('{0}: the overlaps of "{1}" cannot fix a {2} (they are too narrow, or all on one line); '
                         'choose the offset surface, or frames that overlap more.', surface_role, frame.name, surface)
    return np.linalg.solve(scaled, rhs / scale) / scale


# -- the merge ---------------------------------------------------------------------
def correction_surface(corrections, x, y):
    """(n_bands, len(y), len(x)) corrections c = a + b·x + e·y of one frame ((n_bands, 3) coefficients)."""
    a, b, e = (corrections[:, n, None, None] for n in range(3))
    return a + b * x[None, None, :] + e * y[None, :, None]


def merge_window(window, frames, datasets, weights, corrections, overlaps, axes, role='INPUT'):
    """The mosaic over ``window`` (n_bands, nrows, ncols); adds the overlap statistics of the window."""
    target = (window.row0, window.col0, window.nrows, window.ncols)
    n_bands = corrections.shape[0]
    numerator = np.zeros((n_bands, window.nrows, window.ncols))
    denominator = np.zeros_like(numerator)
    present = {}
    for k, frame in enumerate(frames):
        common = _intersection(target, frame.window())
        if common is None:
            continue
        row0, col0, nrows, ncols = common
        raw = read_bands(datasets[k], frame.band_list, row0 - frame.row0, col0 - frame.col0, nrows, ncols,
                         frame.name, role)
        weight = weights[k].GetRasterBand(1).ReadAsArray(col0 - frame.col0 + 1, row0 - frame.row0 + 1, ncols,
                                                         nrows).astype(np.float64)
        value = raw - correction_surface(corrections[:, k], axes.x(np.arange(col0, col0 + ncols)),
                                         axes.y(np.arange(row0, row0 + nrows)))
        valid = np.isfinite(value)
        inside = (slice(None), slice(row0 - window.row0, row0 - window.row0 + nrows),
                  slice(col0 - window.col0, col0 - window.col0 + ncols))
        numerator[inside] += np.where(valid, value * weight, 0.0)
        denominator[inside] += np.where(valid, weight, 0.0)
        present[k] = (common, raw, value)
    for overlap in overlaps:
        if overlap.first in present and overlap.second in present:
            _add_statistics(overlap, present[overlap.first], present[overlap.second])
    with np.errstate(invalid='ignore', divide='ignore'):
        return np.where(denominator > 0, numerator / denominator, np.nan)


def _add_statistics(overlap, first, second):
    common = _intersection(first[0], second[0])
    if common is None:
        return
    parts = []
    for window, raw, value in (first, second):
        rows = slice(common[0] - window[0], common[0] - window[0] + common[2])
        cols = slice(common[1] - window[1], common[1] - window[1] + common[3])
        parts.append((raw[:, rows, cols], value[:, rows, cols]))
    before = (parts[0][0] - parts[1][0]).reshape(overlap.sums.shape[0], -1)
    after = (parts[0][1] - parts[1][1]).reshape(overlap.sums.shape[0], -1)
    valid = np.isfinite(before) & np.isfinite(after)
    before, after = np.where(valid, before, 0.0), np.where(valid, after, 0.0)
    overlap.sums += np.column_stack([valid.sum(axis=1), before.sum(axis=1), (before * before).sum(axis=1),
                                     after.sum(axis=1), (after * after).sum(axis=1)])


# -- the whole run -------------------------------------------------------------------------
@dataclass(frozen=True)
class MosaicSettings:
    """What :func:`mosaic_frames` does: surface model, reference frame (0-based), output grid, budget."""

    surface: str = 'offset'
    reference: int = 0
    crs_wkt: str = ''
    resolution: float = 0.0
    resampling: str = 'auto'
    max_samples: int = DEFAULT_SAMPLES
    memory_mb: int = 0
    block_rows: int = 0


@dataclass
class MosaicResult:
    """What a mosaic run found: grid, frames, corrections (n_bands, n_frames, 3), overlaps."""

    grid: Grid
    frames: list
    band_names: list
    dates: list
    settings: MosaicSettings
    corrections: np.ndarray
    overlaps: list
    units: str

    def summary(self):
        """Pooled numbers over every overlap and band: pixels (first band), RMS before/after, worst |mean| after."""
        sums = np.array([o.sums for o in self.overlaps]) if self.overlaps else np.zeros((0, 1, 5))
        n = sums[:, :, 0].sum()
        worst = max((abs(o.statistics(b)['mean_after']) for o in self.overlaps for b in range(len(self.band_names))
                     if o.sums[b, 0] > 0), default=math.nan)
        return {'frames': len(self.frames), 'overlaps': sum(1 for o in self.overlaps if o.sums[:, 0].any()),
                'overlap_pixels': int(sums[:, 0, 0].sum()),
                'rms_before': math.sqrt(sums[:, :, 2].sum() / n) if n else math.nan,
                'rms_after': math.sqrt(sums[:, :, 4].sum() / n) if n else math.nan,
                'max_mean_after': worst}


def check_settings(settings, n_frames, roles):
    if settings.surface not in SURFACES:
        raise InputError('{0}: "{1}" is not accepted; choose one of {2}.',
                         roles['surface'], settings.surface, ', '.join(SURFACES))
    if not 0 <= settings.reference < n_frames:
        raise InputError('{0}: frame {1} does not exist; {2} has {3} frames, choose 1 to {3}.',
                         roles['reference'], settings.reference + 1, roles['input'], n_frames)
    if settings.resampling not in RESAMPLING_METHODS:
        raise InputError('{0}: "{1}" is not accepted; choose one of {2}.',
                         roles['resampling'], settings.resampling, ', '.join(RESAMPLING_METHODS))


ROLES = {'input': 'INPUT', 'surface': 'SURFACE', 'reference': 'REFERENCE_FRAME', 'resampling': 'RESAMPLING',
         'output': 'OUTPUT'}


def mosaic_frames(paths, output, settings=MosaicSettings(), monitor=SILENT, roles=None):
    """Mosaic the frames ``paths`` into the GeoTIFF ``output`` (module docstring); returns a :class:`MosaicResult`."""
    roles = {**ROLES, **(roles or {})}
    role = roles['input']
    frames = open_frames(paths, role)
    check_settings(settings, len(frames), roles)
    band_names, dates = band_layout(frames, role)
    grid = mosaic_grid(frames, settings.crs_wkt, settings.resolution, role)
    for frame in frames:
        place(frame, grid)
    axes = Axes.of(grid)
    n_bands = len(band_names)
    folder = tempfile.mkdtemp(prefix='deformation_mosaic_')
    try:
        for k, frame in enumerate(frames):
            prepare_frame(frame, k, grid, folder, settings, monitor.sub(0.3 * k / len(frames),
                                                                     0.3 * (k + 1) / len(frames)), role)
        datasets = [open_dataset(frame.source, role) for frame in frames]
        overlaps = find_overlaps(frames)
        cap = max(MIN_SAMPLES_CAP, min(settings.max_samples,
                                       SAMPLE_VALUES_BUDGET // ((n_bands + 2) * max(1, len(overlaps)))))
        for n, overlap in enumerate(overlaps):
            sample_overlap(overlap, frames, datasets, axes, cap, settings,
                           monitor.sub(0.3 + 0.15 * n / len(overlaps), 0.3 + 0.15 * (n + 1) / len(overlaps)), role)
        corrections = np.zeros((n_bands, len(frames), 3))
        for band in range(n_bands):
            monitor.update(0.45 + 0.05 * band / n_bands)
            corrections[band] = solve_band(overlaps, frames, band, settings.reference, settings.surface,
                                           band_names[band] if n_bands > 1 else '', role, roles['surface'])
        units = _units(frames[0], dates, role)
        metadata = {'SURFACE': settings.surface, 'REFERENCE_FRAME': frames[settings.reference].name,
                    'FRAMES': ', '.join(frame.name for frame in frames), 'UNITS': units}
        weights = [gdal.Open(frame.weights) for frame in frames]
        depth = 1 + max(sum(1 for o in overlaps if k in (o.first, o.second)) for k in range(len(frames)))
        windows = tiles.plan(grid.height, grid.width, 8 * (n_bands * (2 * depth + 3) + 4), settings.memory_mb,
                             settings.block_rows)
        with _writer(output, grid, band_names, dates, units, metadata, roles['output']) as writer:
            for n, window in enumerate(windows):
                monitor.update(0.5 + 0.5 * n / len(windows))
                writer.write(window.row0, merge_window(window, frames, datasets, weights, corrections, overlaps,
                                                       axes, role).astype(np.float32), window.col0)
                if tiles.completes_tiles(window, grid.height, grid.width):
                    writer.flush()
            monitor.update(1.0)
        datasets = weights = None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return MosaicResult(grid, frames, band_names, dates, settings, corrections, overlaps, units)


def _units(frame, dates, role):
    dataset = open_dataset(frame.path, role)
    units = dataset.GetRasterBand(frame.band_list[0]).GetUnitType()
    return units or ('mm' if dates else 'mm/yr')


def _writer(output, grid, band_names, dates, units, metadata, role):
    if dates:
        return time_series_writer(output, grid, dates, role, units=units, metadata=metadata)
    return RasterWriter(output, grid, band_names, role, metadata=metadata, units=units)
