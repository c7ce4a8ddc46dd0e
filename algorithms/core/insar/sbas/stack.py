"""SBAS inversion of an interferogram stack on disk, streamed by windows of rows and columns.

Inputs are single- or multi-band rasters of unwrapped interferograms dated by
pair (``YYYYMMDD_YYYYMMDD``), with optional coherence rasters matched by pair.
Steps (each reads only what it needs, so peak memory is set by the memory
budget ``memory_mb``, never by the number of rows or columns):

1. reference window (:mod:`.reference`): given point or automatic choice
   (with a Dask ``engine`` the search's pieces are read and scored by the workers);
2. κ² and the atmosphere ratio ρ (:mod:`.atmosphere`): 0 (``none``),
   fixed, or ABIC on a sample of pixels on evenly spaced rows
   (:func:`.abic.abic_search`, jointly when both are searched);
3. window by window (:mod:`..engine.tiles`: bounded in rows and columns, aligned
   with the tiles, sized by the budget): read, convert to mm, mask, refer,
   solve (:func:`.solve.solve`), write the time series, the offset + rate +
   steps fit (:mod:`.trajectory`) and the quality bands (:class:`SbasTiles`).
   Locally the next window is read (files in parallel threads) and the previous
   one written while the current one is solved; with ``engine`` a Dask
   scheduler address the windows are tasks of the cluster, written by the
   client in the same order — the outputs are identical either way, and for
   any window size.

Outputs are written atomically (:class:`.raster_stack.RasterWriter`): a failed
or cancelled run leaves no output that looks complete.
"""
import contextlib
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from ...common import dates as dates_mod
from ...common.accel import TRANSPOSE_BLOCK, jit, numba_enabled, prange
from ...common.errors import InputError
from ...common.progress import SILENT
from ...common.resources import steady_heap
from ...engine import tiles
from ...engine.executor import WindowWriters, connect, gdal_cache, run_tiles
from ...engine.tiles import MB, TILE
from ...engine.worker_cache import cached, in_dask_worker
from ...geometry.phase import SENTINEL1_WAVELENGTH_MM, phase_to_displacement
from ...io import input_checks, staging
from ...io.raster_stack import (
    FILE_THREADS,
    RasterStack,
    RasterWriter,
    check_same_grid,
    display_name,
    reserve_dataset_pool,
    time_series_writer,
)
from ..reference import (
    SEARCH_SHARE,
    choose_reference,
    chunk_cache_bytes,
    piece_runs,
    reference_at,
    sample_rows_of,
    sample_visits,
    scan_piece,
    search_plan,
    window_bounds,
)
from ..trajectory import TrajectoryModel, fit_trajectories, product_names, trajectory_products
from . import atmosphere_filter, state
from .abic import abic_search
from .closure import correct_cycles
from .network import Network, build_network, inversion_network, network_checks, unspanned_steps
from .solution import residual_quality, time_series
from .solve import phase_weights, phase_weights_of_pixels, solve

UNITS = ('radians', 'millimetres', 'metres')
WEIGHTINGS = ('none', 'coherence')
#: OUTPUT_COMPRESSION: DEFLATE (SPEC's default) or none (noisy float series barely compress: faster)
COMPRESSIONS = ('deflate', 'none')
SMOOTHINGS = ('none', 'fixed', 'ABIC')
ATMOSPHERES = ('none', 'estimate', 'fixed')
CLOSURES = ('none', 'flag', 'correct')
CLOSURE_BANDS = ('bad_loops_before', 'bad_loops_after', 'corrected_interferograms')
#: per-pixel arrays of K (≈ T triangles) values that the closure correction of a block holds
CLOSURE_ARRAYS = 10
QUALITY_BANDS = ('temporal_coherence', 'rms_residual', 'n_interferograms')
#: rows read for the ABIC sample (evenly spaced over the grid)
SAMPLE_ROWS = 16
#: threads reading files, one file each (GDAL decompression runs outside the GIL)
READ_THREADS = FILE_THREADS
#: decompressed blocks GDAL may keep while reading scattered rows (reference search, samples) [MB]
CACHE_MB = 256
#: noisy float series barely compress: the fastest DEFLATE level saves a third of the writing time
FAST_DEFLATE = ('ZLEVEL=1', 'NUM_THREADS=ALL_CPUS')


@dataclass
class SbasOptions:
    """Settings of :func:`invert_stack` (names follow the Processing parameters)."""

    units: str = 'radians'
    wavelength: float = SENTINEL1_WAVELENGTH_MM
    weighting: str = 'coherence'
    looks: float = 20.0
    smoothing: str = 'ABIC'
    smoothing_factor: float = 0.0
    atmosphere: str = 'estimate'
    atmosphere_sigma: float = 0.0          # mm, used when atmosphere is 'fixed'
    steps: tuple = ()
    min_coherence: float = 0.0
    reference_point: tuple = None          # (x, y) in the grid CRS, or None = automatic
    reference_radius: int = 2
    block_rows: int = 0
    abic_sample: int = 2000
    closure: str = 'none'                  # loop closure: none, flag (count only), correct (integer cycles)
    compression: str = 'deflate'           # of the raster outputs: deflate or none (COMPRESSIONS)
    use_numba: bool = None
    memory_mb: int = 0                     # budget of the window loop (0 = automatic, :mod:`..engine.tiles`)
    engine: str = 'local'                  # local or a Dask scheduler address
    atmosphere_filter: bool = False        # spatio-temporal filter of the series (:mod:`.atmosphere_filter`)
    filter_time_days: float = 0.0          # its temporal width τ [days] (0 = automatic)
    filter_space_m: float = 0.0            # its spatial width σ [m] (0 = automatic)


@dataclass
class SbasResult:
    """What a run did: network, reference, κ², atmosphere, ABIC points, warnings and output paths."""

    network: Network
    reference: object
    kappa2: float
    abic_curve: list = field(default_factory=list)   # [(κ², ρ, ABIC)]
    warnings: list = field(default_factory=list)
    outputs: dict = field(default_factory=dict)
    rho: float = 0.0                                  # ρ = σ_a²/σ² [mm²] (0: no atmospheric term)
    sigma_atmosphere: float = 0.0                     # σ_a [mm]
    closure: dict = field(default_factory=dict)       # per-interferogram loop-closure shares (closure on)
    filter_time_days: float = 0.0                     # atmospheric filter widths used (0: no filter)
    filter_space_m: float = 0.0


class InterferogramReader:
    """Reads blocks of interferograms as displacement [mm], masked and matched with coherence."""

    def __init__(self, interferograms, coherence, options, warn, coherence_scale=None):
        """``coherence_scale``: the factors of :attr:`coherence_scale` when already known (a Dask worker's
        reader gets the client's: the files are not checked again on every worker)."""
        self.options = options
        self._pool = None
        self.read_threads = READ_THREADS   # files read at once (1 in a Dask worker's task: worker_reader)
        self._tile, self._scanned_band = None, None
        self._coherence_scale = None if coherence_scale is None else np.asarray(coherence_scale, dtype=np.float64)
        self.cached_bands = set()   # bands of tiles read since the cache was last released
        reserve_dataset_pool(len(interferograms) + len(coherence or ()))   # before the first file opens
        steady_heap()
        self.stack = RasterStack(interferograms, 'INTERFEROGRAMS')
        self.pairs = self.stack.pairs()
        self.coherence = None
        self.coherence_index = None
        if coherence:
            self.coherence = RasterStack(coherence, 'COHERENCE')
            check_same_grid(self.stack.grid, display_name(self.stack.paths[0]), self.coherence.grid,
                            display_name(self.coherence.paths[0]), 'COHERENCE')
            self.coherence_index = self._match_coherence(warn)
            self._warn = warn
            if self.needs_coherence:   # else checked (GDAL min/max of every band) only if ever read
                _ = self.coherence_scale
        elif options.min_coherence > 0:
            raise InputError(f'MIN_COHERENCE: {options.min_coherence:g} needs COHERENCE rasters, and none '
                             'was given; add one coherence raster per interferogram or set MIN_COHERENCE 0.')
        self.grid = self.stack.grid

    def _match_coherence(self, warn):
        by_pair = {pair: n for n, pair in enumerate(self.coherence.pairs())}
        index = []
        for band, pair in zip(self.stack.bands, self.pairs):
            if pair not in by_pair:
                raise InputError(
                    f'COHERENCE: no coherence raster for the interferogram "{band.label}" (pair '
                    f'{dates_mod.compact(pair[0])}_{dates_mod.compact(pair[1])}); give one coherence raster '
                    'per interferogram, dated by the same pair, or leave COHERENCE empty.')
            index.append(by_pair[pair])
        unused = len(by_pair) - len(set(index))
        if unused:
            warn(f'COHERENCE: {unused} coherence raster(s) match no interferogram and are ignored.')
        return index

    def __len__(self):
        return len(self.stack)

    @property
    def coherence_scale(self):
        """Factor of each coherence band to 0–1 (8-bit → 1/255), checked once (InputError out of range)."""
        if self._coherence_scale is None:
            self._coherence_scale = input_checks.coherence_scales(self.coherence, self._warn)
        return self._coherence_scale

    @property
    def scale(self):
        """Interferogram value → displacement [mm] (radians: d = −λ/(4π)·φ)."""
        units = self.options.units
        if units == 'radians':
            return float(phase_to_displacement(1.0, self.options.wavelength))
        return 1000.0 if units == 'metres' else 1.0

    @property
    def needs_coherence(self):
        """Whether the inversion itself uses coherence (weights or MIN_COHERENCE)."""
        return self.coherence is not None and (self.options.weighting == 'coherence'
                                               or self.options.min_coherence > 0)

    def raw(self, row0, nrows, with_coherence=True, col0=0, ncols=None):
        """(values in the input units, coherence or None), each (K, nrows, ncols) (all columns by default).

        Values are NaN where missing or, with MIN_COHERENCE, where the
        coherence is below it (or NaN).  ``with_coherence=False`` skips the
        coherence files when the inversion does not need them.
        """
        read_coherence = self.coherence is not None and (with_coherence or self.needs_coherence)
        requests = [(self.stack, range(len(self.stack)))]
        if read_coherence:
            requests.append((self.coherence, self.coherence_index))
        arrays = self._read_parallel(requests, row0, nrows, col0, ncols)
        self.cached_bands.update(range(row0 // self.tile, (row0 + nrows - 1) // self.tile + 1))
        values, coherence = arrays[0], (arrays[1] if read_coherence else None)
        if coherence is not None:
            input_checks.check_coherence(coherence, self.coherence_scale, self.coherence, self.coherence_index)
        if coherence is not None and self.options.min_coherence > 0:
            values[~(coherence >= self.options.min_coherence)] = np.nan
        return values, coherence

    def read(self, row0, nrows, with_coherence=True, col0=0, ncols=None):
        """(displacement [mm], coherence or None), each (K, nrows, ncols); see :meth:`raw`."""
        values, coherence = self.raw(row0, nrows, with_coherence, col0, ncols)
        values *= self.scale
        return values, coherence

    def pixels(self, window, offset):
        """Displacement [mm] minus ``offset`` (K,) and weights (or None) of a window, each (n_pixels, K)."""
        values, coherence = self.raw(window.row0, window.nrows, False, window.col0, window.ncols)
        displacement = to_pixels(values, self.scale, offset, self.options.use_numba)
        del values   # a window's reading peaks here: free each array as soon as it is used
        return displacement, self.weights(coherence, pixel_major=True)

    def scan(self, row0, nrows, col0=0, ncols=None):
        """:meth:`read` for scattered rows (reference search, samples): the cache is kept bounded.

        The blocks cached for a band of tiles are released when the scan moves to another
        band of tiles, so the cache holds about one band of tiles of the stack, whatever the
        number of rows.  Within a band GDAL's block cache, at most :data:`CACHE_MB` inside
        :func:`scan_cache`, drops the least recently used tiles and keeps those the next
        pieces share with the last ones; with a larger cache every file is closed instead
        when it holds more than :data:`CACHE_MB` (all its tiles are then decompressed again).
        """
        band = (row0 + nrows // 2) // self.tile
        if self._scanned_band is not None and band != self._scanned_band:
            self.release()
        elif gdal.GetCacheMax() > CACHE_MB * MB:
            self.release(CACHE_MB)
        self._scanned_band = band
        return self.read(row0, nrows, True, col0, ncols)

    def _read_parallel(self, requests, row0, nrows, col0=0, ncols=None):
        """Bands of several stacks, one task per file (a GDAL dataset is never shared by two threads)."""
        outputs, tasks = [], {}
        ncols = self.stack.grid.width - col0 if ncols is None else ncols
        for stack, indices in requests:
            indices = list(indices)
            out = np.empty((len(indices), nrows, ncols))
            outputs.append(out)
            position = {index: n for n, index in enumerate(indices)}
            for path, in_file in stack.indices_by_file(indices).items():
                tasks[id(stack), path] = [(stack, out, position[index], index) for index in in_file]

        def read_file(items):
            for stack, out, position, index in items:
                stack.read_band(index, row0, nrows, out=out[position], col0=col0, ncols=ncols)

        if self.read_threads <= 1:
            for items in tasks.values():
                read_file(items)
            return outputs
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self.read_threads)
        for future in [self._pool.submit(read_file, items) for items in tasks.values()]:
            future.result()
        return outputs

    def block_shape(self):
        """(rows, columns) of a block of the first interferogram (pixels decompressed together)."""
        band = self.stack.bands[0]
        dataset = gdal.Open(band.path, gdal.GA_ReadOnly)
        columns, rows = dataset.GetRasterBand(band.band).GetBlockSize()
        return max(1, rows), max(1, columns)

    def release(self, above_mb=0):
        """Close the files, which frees the blocks GDAL cached for them, if the cache exceeds ``above_mb``.

        Called where a band of tiles is finished, this bounds memory whatever the number of rows.
        """
        if gdal.GetCacheUsed() > above_mb * 1024 * 1024:
            self.stack.close()
            if self.coherence is not None:
                self.coherence.close()
            self.cached_bands.clear()

    @property
    def tile(self):
        """Rows of a band of tiles (:meth:`block_shape`, read once)."""
        if self._tile is None:
            self._tile = self.block_shape()[0]
        return self._tile

    def weights(self, coherence, pixel_major=False):
        """1/σ² [1/mm²] for coherence weighting, else ``None`` (unit weights); shaped as ``coherence``, or
        (n_pixels, K) with ``pixel_major`` (:func:`.solve.phase_weights_of_pixels`)."""
        if self.options.weighting != 'coherence' or coherence is None:
            return None
        if pixel_major:
            return phase_weights_of_pixels(coherence, self.options.looks, self.options.wavelength,
                                           self.options.use_numba)
        return phase_weights(coherence, self.options.looks, self.options.wavelength)

    def close(self):
        self.release()
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


def validate_options(options):
    if options.units not in UNITS:
        raise InputError(f'UNITS: "{options.units}" is not accepted; choose one of {", ".join(UNITS)}.')
    if options.weighting not in WEIGHTINGS:
        raise InputError(f'WEIGHTING: "{options.weighting}" is not accepted; choose none or coherence.')
    if options.smoothing not in SMOOTHINGS:
        raise InputError(f'SMOOTHING: "{options.smoothing}" is not accepted; choose none, fixed or ABIC.')
    if options.atmosphere not in ATMOSPHERES:
        raise InputError(f'ATMOSPHERE: "{options.atmosphere}" is not accepted; choose none, estimate or fixed.')
    if options.closure not in CLOSURES:
        raise InputError(f'CLOSURE: "{options.closure}" is not accepted; choose none, flag or correct.')
    if options.compression not in COMPRESSIONS:
        raise InputError(f'OUTPUT_COMPRESSION: "{options.compression}" is not accepted; choose deflate or none.')
    if options.atmosphere == 'fixed' and not options.atmosphere_sigma > 0:
        raise InputError(f'ATMOSPHERE_SIGMA: {options.atmosphere_sigma:g} mm is not accepted with ATMOSPHERE '
                         'fixed; give the standard deviation of the atmospheric delay per date (> 0 mm), or '
                         'choose ATMOSPHERE estimate.')
    for name, value, low in (('WAVELENGTH', options.wavelength, 0.0), ('LOOKS', options.looks, 0.0)):
        if not value > low:
            raise InputError(f'{name}: {value:g} is not accepted; it must be a positive number.')
    if not options.smoothing_factor >= 0:
        raise InputError(f'SMOOTHING_FACTOR: {options.smoothing_factor:g} is not accepted; κ² must be ≥ 0.')
    if not 0.0 <= options.min_coherence <= 1.0:
        raise InputError(f'MIN_COHERENCE: {options.min_coherence:g} is not accepted; choose a value from 0 to 1.')
    if options.reference_radius < 0:
        raise InputError(f'REFERENCE_RADIUS: {options.reference_radius} is not accepted; it must be ≥ 0 pixels.')
    for name, value, unit in (('FILTER_TIME_DAYS', options.filter_time_days, 'days'),
                              ('FILTER_SPACE_M', options.filter_space_m, 'm')):
        if not (np.isfinite(value) and value >= 0):
            raise InputError(f'{name}: {value:g} {unit} is not accepted; give a width ≥ 0 (0 = automatic, '
                             'chosen from the data).')


def to_pixels(values, scale, offset, use_numba=None):
    """(K, rows, width) → (n_pixels, K) contiguous, as values·scale − offset[k], in one pass."""
    values = values.reshape(values.shape[0], -1)
    out = np.empty((values.shape[1], values.shape[0]))
    offset = np.ascontiguousarray(offset, dtype=np.float64)
    if numba_enabled(use_numba):
        _to_pixels_kernel(values, float(scale), offset, out)
    else:
        np.multiply(values.T, scale, out=out)
        out -= offset
    return out


@jit(parallel=True)
def _to_pixels_kernel(values, scale, offset, out):
    n_obs, n_pix = values.shape
    for block in prange((n_pix + TRANSPOSE_BLOCK - 1) // TRANSPOSE_BLOCK):
        first = block * TRANSPOSE_BLOCK
        last = min(first + TRANSPOSE_BLOCK, n_pix)
        for k in range(n_obs):
            for p in range(first, last):
                out[p, k] = values[k, p] * scale - offset[k]


def _pick(displacement, coherence, count):
    """Up to ``count`` evenly spaced usable pixels of one row: (n, K) arrays."""
    displacement = displacement.T
    usable = np.flatnonzero(np.isfinite(displacement).any(axis=1))
    pick = usable[np.unique(np.linspace(0, usable.size - 1, min(count, usable.size)).astype(int))] \
        if usable.size else usable
    return displacement[pick], (None if coherence is None else coherence.T[pick])


class PixelSample:
    """Pixels drawn from evenly spaced rows, for ABIC: (n, K) displacement and coherence."""

    def __init__(self, n_pixels, n_rows):
        self.per_row = int(np.ceil(n_pixels / max(n_rows, 1)))
        self.displacement, self.coherence = [], []

    def add(self, displacement, coherence):
        d, c = _pick(displacement, coherence, self.per_row)
        if len(d):
            self.displacement.append(d)
            if c is not None:
                self.coherence.append(c)

    def arrays(self, offset):
        """Stacked sample minus ``offset`` (K,) [mm]; coherence or None."""
        if not self.displacement:
            return np.zeros((0, len(offset))), None
        return (np.vstack(self.displacement) - offset[None, :],
                np.vstack(self.coherence) if self.coherence else None)


def sample_pieces(pieces, grid, block):
    """The column chunks of ``pieces`` (one band's chunks evenly chosen) holding about
    :data:`..reference.SEARCH_SHARE` of the grid's tiles (at least one chunk per band)."""
    chunks = sorted({p.cols for p in pieces})
    n_bands = len({p.rows[0] // max(1, block[0]) for p in pieces}) or 1
    tiles = -(-grid.height // max(1, block[0])) * -(-grid.width // max(1, block[1]))
    per_chunk = max(1, -(-(chunks[0][1] - chunks[0][0]) // max(1, block[1]))) if chunks else 1
    keep = max(1, int(np.ceil(SEARCH_SHARE * tiles / (n_bands * per_chunk))))
    if keep >= len(chunks):
        return pieces
    chosen = {chunks[int(i)] for i in np.unique(np.round(np.linspace(0, len(chunks) - 1, keep + 2)[1:-1]))}
    return [p for p in pieces if p.cols in chosen]


def sample_rows(reader, grid, n_pixels, monitor=SILENT, engine=None):
    """:class:`PixelSample` of ``n_pixels`` from :data:`SAMPLE_ROWS` rows evenly spaced over the tiles of
    :func:`sample_pieces` (in the bands an automatic reference search would read,
    :func:`..reference.search_plan`): about an eighth of the stack is decompressed, in slabs of
    bounded memory.  With a Dask ``engine`` the rows are read by the workers (the same sample)."""
    n_values = len(reader) + len(reader.coherence_index or ())
    block = reader.block_shape()
    pieces = sample_pieces(search_plan(grid, 0, n_values, block), grid, block)
    rows = sample_rows_of(pieces, SAMPLE_ROWS)
    sample = PixelSample(n_pixels, sum(len(r) for r in rows.values()))
    requests = {piece: [(row, piece.col0, piece.ncols) for row in rows[n]] for n, piece in enumerate(pieces)}
    if getattr(engine, 'remote', False):
        task = RowReads(tuple(reader.stack.paths), tuple(reader.coherence.paths) if reader.coherence else (),
                        reader.options, _client_scale(reader, engine))
        runs = piece_runs(pieces, engine.threads)
        results = (piece_rows for run_rows in engine.map(task, [([requests[p] for p in run],) for run in runs],
                                                         monitor)
                   for piece_rows in run_rows)
    else:
        results = ([reader.scan(row, 1, col0, ncols) for row, col0, ncols in requests[piece]] for piece in pieces)
    for n, piece_rows in enumerate(results):
        for d, c in piece_rows:
            sample.add(d[:, 0, :], None if c is None else c[:, 0, :])
        monitor.update((n + 1) / len(pieces))
    return sample


def invert_stack(interferograms, coherence=None, options=None, outputs=None, monitor=SILENT, warn=None):
    """Run the SBAS inversion of a stack; write ``outputs`` and return an :class:`SbasResult`.

    ``outputs`` maps ``timeseries``/``velocity``/``quality``/``atmosphere`` to paths (any may
    be missing).  ``warn(text)`` receives warnings (default: ``monitor.info``).
    """
    options = options or SbasOptions()
    outputs = outputs or {}
    warn = warn or (lambda text: monitor.info('Warning: ' + text))
    warnings_ = []

    def warning(text):
        warnings_.append(text)
        warn(text)

    validate_options(options)
    if outputs.get('state'):
        state.check_destination(outputs['state'])
    if coherence and not reads_coherence(options):
        monitor.info('Note: the COHERENCE rasters are not read: this run uses none of them (WEIGHTING none, '
                     'MIN_COHERENCE 0, a REFERENCE_POINT given, no ABIC search).')
        coherence = None
    with connect(options.engine) as engine, budget_cache(options.memory_mb):   # an unreachable scheduler
        reader = InterferogramReader(interferograms, coherence, options, warning)   # fails before any output
        try:
            return _invert(reader, options, outputs, monitor, warning, warnings_, engine)
        finally:
            reader.close()


def budget_cache(memory_mb):
    """GDAL's block cache at most a quarter of the ``MEMORY_MB`` budget for a whole run, restored after.

    The checks of the inputs (the coherence range, the units) and the reference search
    read tiles of every file before the window loop sets its own cache; under GDAL's
    default cache (5 % of the machine's memory) those tiles alone took 80 MB more than
    the window loop on a 1200² stack.
    """
    return gdal_cache(min(gdal.GetCacheMax(), tiles.memory_budget_mb(memory_mb) * MB // 4))


def reads_coherence(options):
    """Whether a run with ``options`` reads coherence: for weights, MIN_COHERENCE, the automatic
    reference search (best coherence) or the sample of an ABIC search (network checks)."""
    return (options.weighting == 'coherence' or options.min_coherence > 0 or options.reference_point is None
            or options.smoothing == 'ABIC' or options.atmosphere == 'estimate')


def _invert(reader, options, outputs, monitor, warning, warnings_, engine=None):
    if options.weighting == 'coherence' and reader.coherence is None:
        warning('WEIGHTING is coherence but no COHERENCE raster was given: interferograms are weighted equally.')
    network = build_network(reader.pairs, options.steps)
    grid = reader.grid
    smoothing = options.smoothing
    if smoothing == 'fixed' and options.smoothing_factor == 0:
        smoothing = 'none'
    atmosphere = options.atmosphere if smoothing != 'none' else 'none'
    if options.atmosphere != 'none' and smoothing == 'none':
        monitor.info('Note: the per-date atmospheric term needs temporal smoothing (without it the atmosphere '
                     'cannot be told from displacement); it is off with SMOOTHING none.')
    if atmosphere != 'none' and len(network.pairs) - network.n_dates + len(network.components()) <= 0:
        warning('ATMOSPHERE: the interferogram network has no closed loop, so a delay per date cannot be '
                'told from interferogram noise; the atmospheric term is off.')
        atmosphere = 'none'
    searched = smoothing == 'ABIC' or atmosphere == 'estimate'
    disconnection = network.describe_disconnection()
    if disconnection:
        if smoothing == 'none':
            warning(f'{disconnection}. Without smoothing each group is solved separately and the '
                    'displacement across the gap is the minimum-norm one (zero velocity in the gap); '
                    'use SMOOTHING ABIC or fixed to bridge it.')
        else:
            monitor.info(f'Note: {disconnection}; the temporal smoothing bridges it.')
    if smoothing != 'none':
        for step in unspanned_steps(network):
            warning(f'STEP_DATES: no interferogram spans {step.isoformat()}; its step cannot be estimated '
                    'by the inversion and is set to 0 there.')

    # 1. reference (its candidate rows also give the ABIC sample)
    phase = monitor.sub(0.0, 0.05)
    sample = None
    if options.reference_point is not None:
        reference = reference_at(lambda row0, nrows: reader.read(row0, nrows, with_coherence=False), grid,
                                 *options.reference_point, options.reference_radius)
    else:
        shape, n_values = reader.block_shape(), len(reader) + (len(reader.coherence_index or ()))
        if searched:
            sample = PixelSample(options.abic_sample, sample_visits(
                search_plan(grid, options.reference_radius, n_values, shape), SAMPLE_ROWS))
        with scan_cache(reader, options.reference_radius):
            reference = choose_reference(reader.scan, grid, options.reference_radius, phase,
                                         visit=None if sample is None else sample.add, tile=shape,
                                         n_values=n_values, sample_rows=SAMPLE_ROWS,
                                         scan=engine_scan(engine, reader, options, phase))
        if not reference.fully_covered:
            warning('no reference window is valid in every interferogram; the best-covered one was taken.')
    reader.release(CACHE_MB)
    if options.closure == 'correct':
        reference.values = cycle_consistent_reference(reader, network, reference, options)
    missing = [reader.stack.bands[k].label for k in np.flatnonzero(~np.isfinite(reference.values))]
    if missing:
        warning(f'the reference window has no valid value in {len(missing)} interferogram(s), which are '
                f'left out: {", ".join(missing[:10])}{" …" if len(missing) > 10 else ""}.')
        if len(missing) > len(reader) - 2:
            raise InputError('REFERENCE_POINT: fewer than two interferograms are valid at the reference '
                             'window; choose another point or a larger REFERENCE_RADIUS.')
    monitor.info(f'Reference window: row {reference.row}, column {reference.column}, radius '
                 f'{reference.radius} px, at ({reference.x:.3f}, {reference.y:.3f})'
                 f'{" (automatic)" if reference.auto else ""}.')

    # 2. smoothing factor κ² and atmosphere ratio ρ
    kappa2 = {'none': 0.0, 'fixed': float(options.smoothing_factor), 'ABIC': None}[smoothing]
    rho = {'none': 0.0, 'fixed': float(options.atmosphere_sigma) ** 2, 'estimate': None}[atmosphere]
    sigma_atmosphere = float(options.atmosphere_sigma) if atmosphere == 'fixed' else 0.0
    curve = []
    sample_coherence = None   # mean coherence per interferogram over the ABIC sample (network checks)
    if searched:
        if sample is None:
            with scan_cache(reader):
                sample = sample_rows(reader, grid, options.abic_sample, monitor.sub(0.05, 0.1), engine)
            reader.release(CACHE_MB)
        displacement, coherence = sample.arrays(reference.values)
        sample_coherence = None if coherence is None else np.nanmean(coherence, axis=0)
        weights = reader.weights(coherence) if coherence is not None else None
        if options.closure == 'correct':   # κ² and ρ from the corrected sample (jumps look like atmosphere)
            correct_cycles(displacement, network.pairs, options.wavelength / 2.0, weights=weights)
        choice = abic_search(network, displacement, weights, kappa2, rho, monitor.sub(0.1, 0.3),
                                  options.use_numba)
        for line in abic_report(choice, kappa2 is None, rho is None):
            monitor.info(line)
        kappa2, rho, curve = choice.kappa2, choice.rho, choice.points
        if atmosphere == 'estimate':
            sigma_atmosphere = choice.sigma_atmosphere
    for line in network_checks(network, sample_coherence):
        monitor.info(line)
    monitor.info(f'Smoothing factor κ² = {kappa2:.6g} yr⁴/mm² ({smoothing}).')
    if rho > 0:
        monitor.info(f'Atmosphere per date: ρ = {rho:.6g} mm², σ_a = {sigma_atmosphere:.3g} mm ({atmosphere}).')

    # 3. blocks (and the state of an incremental update, OUTPUT_STATE)
    hyper = (kappa2, rho, sigma_atmosphere)
    if outputs.get('state'):
        state.check_state_options(kappa2, options)
    end = 0.8 if outputs.get('state') else 1.0
    closure, widths = _write_products(reader, network, hyper, reference, options,
                                      outputs, monitor.sub(0.3 if searched else 0.05, end), engine)
    if outputs.get('state'):
        state.write_state(reader, network, hyper, reference, options, outputs['state'], monitor.sub(end, 1.0))
    if closure:
        for line in closure_report(closure, reader.stack.bands, options.closure):
            monitor.info(line)
    if widths[0] > 0:
        monitor.info(f'Atmospheric filter: high-pass in time τ = {widths[0]:.4g} days, low-pass in space '
                     f'σ = {widths[1]:.4g} m{" (none: no spatially white noise measured)" if widths[1] == 0 else ""}.')
    return SbasResult(network, reference, kappa2, curve, warnings_, dict(outputs), rho, sigma_atmosphere,
                      closure, *widths)


def cycle_consistent_reference(reader, network, reference, options):
    """Reference values (K,) [mm] as the window mean after correcting each window pixel's cycles.

    A window that straddles the edge of an unwrapping error would otherwise give a
    fractional-cycle offset to every pixel of that interferogram, which no
    integer correction can undo.
    """
    r0, r1, c0, c1 = window_bounds(reader.grid, reference.row, reference.column, reference.radius)
    displacement, coherence = reader.read(r0, r1 - r0)
    window = displacement[:, :, c0:c1].reshape(len(reader), -1).T.copy()
    weights = reader.weights(coherence)
    if weights is not None:
        weights = weights[:, :, c0:c1].reshape(len(reader), -1).T
    correct_cycles(window, network.pairs, options.wavelength / 2.0, weights=weights)
    valid = np.isfinite(window)
    count = valid.sum(axis=0)
    values = np.where(valid, window, 0.0).sum(axis=0) / np.maximum(count, 1)
    return np.where(count > 0, values, reference.values)


def closure_report(closure, bands, mode):
    """Log lines: interferograms by share of bad loops (LiCSBAS step-12 style) and corrections."""
    share = closure['bad_share']
    lines = [f'Loop closure ({mode}): {closure["triangles"]} triangles; pixels with a non-zero integer '
             f'closure: {closure["pixels_bad_before"]} before, {closure["pixels_bad_after"]} after correction.']
    order = np.argsort(-share)
    flagged = [k for k in order if share[k] > 0.05]
    for k in flagged[:20]:
        lines.append(f'  {bands[k].label}: {100 * share[k]:.1f} % of its loops non-zero, corrected at '
                     f'{int(closure["corrected_per_pair"][k])} pixels')
    if len(flagged) > 20:
        lines.append(f'  … and {len(flagged) - 20} more interferograms with over 5 % bad loops')
    return lines


class ClosureTotals:
    """Sums of the :class:`.closure.ClosureCounts` of all blocks."""

    def __init__(self, n_pairs):
        self.bad = np.zeros(n_pairs)
        self.valid = np.zeros(n_pairs)
        self.corrected = np.zeros(n_pairs)
        self.before = self.after = 0
        self.triangles = 0

    def add(self, counts):
        self.bad += counts.bad_per_pair
        self.valid += counts.valid_per_pair
        self.corrected += counts.corrected_per_pair
        self.before += int(np.count_nonzero(counts.bad_loops_before))
        self.after += int(np.count_nonzero(counts.bad_loops_after))
        self.triangles = counts.n_triangles

    def summary(self):
        return {'bad_share': self.bad / np.maximum(self.valid, 1), 'corrected_per_pair': self.corrected,
                'pixels_bad_before': self.before, 'pixels_bad_after': self.after, 'triangles': self.triangles}


def abic_report(choice, kappa_searched, rho_searched):
    """Log lines of an ABIC search: the curve (one hyperparameter) or the surface table (both)."""
    minimum = min(value for *_, value in choice.points)
    unit = f'σ̂² = {choice.sigma2:.3g}, σ_a ≈ √(ρ·σ̂²) mm'
    if not (kappa_searched and rho_searched):
        what = 'κ² in yr⁴/mm²' if kappa_searched else f'κ² = {choice.kappa2:.4g} fixed; ρ in mm², {unit}'
        lines = [f'ABIC on {choice.n_pixels} sampled pixels ({what}; ABIC up to a constant):']
        for k, r, value in choice.points:
            where = f'κ² = {k:.4g}' if kappa_searched else f'ρ = {r:.4g} (σ_a ≈ {np.sqrt(r * choice.sigma2):.3g} mm)'
            chosen = (k, r) == (choice.kappa2, choice.rho)
            lines.append(f'  {where}   ABIC = {value:.3f}{"   ← minimum" if chosen else ""}')
        return lines
    table = {(k, r): value - minimum for k, r, value in choice.points}
    kappas, rhos = choice.grids
    lines = [f'ABIC surface on {choice.n_pixels} sampled pixels: ABIC − minimum; rows κ² (yr⁴/mm²), columns ρ '
             f'(mm²; {unit}):',
             '  κ² \\ ρ   ' + ''.join(f'{r:>9.3g}' for r in rhos),
             '  σ_a (mm)  ' + ''.join(f'{np.sqrt(r * choice.sigma2):>9.3g}' for r in rhos)]
    for k in kappas:
        lines.append(f'  {k:<10.3g}' + ''.join(f'{table[(k, r)]:>9.1f}' if (k, r) in table else ' ' * 9
                                             for r in rhos))
    lines.append('  refinement (golden section along κ², then ρ):')
    for k, r, value in choice.points:
        if k in kappas and r in rhos:
            continue
        chosen = (k, r) == (choice.kappa2, choice.rho)
        lines.append(f'    κ² = {k:.4g}  ρ = {r:.4g}  ABIC = {value:.3f}{"   ← minimum" if chosen else ""}')
    return lines


def velocity_writer(path, grid, model, metadata, creation_options=FAST_DEFLATE):
    """The writer of OUTPUT_VELOCITY: the trajectory products of ``model`` (mm/yr, mm)."""
    return RasterWriter(path, grid, product_names(model), 'OUTPUT_VELOCITY',
                        metadata=dict(metadata, MODEL=' + '.join(model.columns()), UNITS='mm/yr, mm'),
                        creation_options=creation_options)


def output_options(options):
    """GeoTIFF creation options of the outputs for ``options.compression`` (deflate | none)."""
    return FAST_DEFLATE if options.compression == 'deflate' else ('COMPRESS=NONE',)


def series_and_velocity_writers(stack, outputs, grid, dates, model, metadata,
                                creation_options=FAST_DEFLATE):
    """{'timeseries', 'velocity'}: the writers of those of ``outputs`` that are asked for, entered in ``stack``."""
    writers = {}
    if outputs.get('timeseries'):
        writers['timeseries'] = stack.enter_context(time_series_writer(
            outputs['timeseries'], grid, dates, 'OUTPUT_TIMESERIES', metadata=metadata,
            creation_options=creation_options))
    if outputs.get('velocity'):
        writers['velocity'] = stack.enter_context(velocity_writer(outputs['velocity'], grid, model, metadata,
                                                                  creation_options))
    return writers


def _bytes_per_pixel(n_interferograms, n_dates, closure=False):
    """Bytes of the arrays of one pixel of a window (read, referred, solved, products; the loop-closure
    arrays when checked) [float64]."""
    return 8 * (6 * n_interferograms + 7 * n_dates + 16 + (CLOSURE_ARRAYS * n_interferograms if closure else 0))


def _cache_bytes(reader, n_output_bands, budget_mb):
    """GDAL block cache for a run: two tiles of every input band (the next window is read while one is
    solved) and one tile of every output band, at most a quarter of the budget."""
    band = reader.stack.gdal_band(0)
    block_width, block_height = band.GetBlockSize()
    tile_bytes = max(block_width * block_height, TILE * TILE) * max(4, gdal.GetDataTypeSize(band.DataType) // 8)
    n_inputs = len(reader) + (len(reader.coherence_index) if reader.needs_coherence else 0)
    wanted = (2 * n_inputs + n_output_bands) * tile_bytes + 16 * MB
    return int(min(wanted, budget_mb * MB // 4))


def scan_cache(reader=None, radius=0):
    """GDAL's block cache at most :data:`CACHE_MB` while the search or the sample scans the stack
    (:meth:`InterferogramReader.scan`), restored after; with ``reader``, at most what one column chunk
    of a band of its tiles takes (:func:`..reference.chunk_cache_bytes`, with a quarter more and 16 MB):
    the pieces never share tiles across chunks, so a larger cache would only grow with the width."""
    limit = CACHE_MB * MB
    if reader is not None:
        n_values = len(reader) + len(reader.coherence_index or ())
        need = chunk_cache_bytes(reader.grid, radius, n_values, reader.block_shape())
        limit = min(limit, need + need // 4 + 16 * MB)
    return gdal_cache(min(gdal.GetCacheMax(), limit))


def worker_reader(interferograms, coherence, options, cache_bytes=0, coherence_scale=None):
    """This thread's :class:`InterferogramReader` of the stack (a worker opens it once, for the reference
    search and the windows alike), with GDAL's block cache at least ``cache_bytes``; ``coherence_scale``:
    the client's (:class:`InterferogramReader`)."""
    if gdal.GetCacheMax() < cache_bytes:
        gdal.SetCacheMax(int(cache_bytes))
    return cached(('sbas', tuple(interferograms), tuple(coherence), repr(options)),
                  lambda: _task_reader(interferograms, coherence, options, coherence_scale))


def _client_scale(reader, engine):
    """The coherence factors of the client's ``reader`` for the tasks of a Dask ``engine`` (``None`` without
    coherence, or locally: the pipeline uses ``reader`` itself, which checks the files only if it reads them)."""
    if reader.coherence is None or not getattr(engine, 'remote', False):
        return None
    return tuple(reader.coherence_scale)


def _task_reader(interferograms, coherence, options, coherence_scale):
    reader = InterferogramReader(list(interferograms), list(coherence) or None, options, lambda text: None,
                                 coherence_scale)
    if in_dask_worker():   # a task has one thread of its worker: no reading threads beside it
        reader.read_threads = 1
    return reader


@dataclass
class ReferenceScan:
    """A run of the automatic reference search's pieces, scanned by a Dask worker
    (:func:`..reference.scan_piece` with the worker's reader): the client only offers the results."""

    interferograms: tuple
    coherence: tuple
    options: SbasOptions
    coherence_scale: tuple = None

    def __call__(self, pieces, sample_rows):
        reader = worker_reader(self.interferograms, self.coherence, self.options, 0, self.coherence_scale)
        with scan_cache():
            return [scan_piece(reader.scan, reader.grid, self.options.reference_radius, piece, rows)
                    for piece, rows in zip(pieces, sample_rows)]


@dataclass
class RowReads:
    """Rows read by a Dask worker (the ABIC sample): for each piece's [(row, col0, ncols)], the
    (displacement, coherence) of :meth:`InterferogramReader.scan`, each (K, 1, ncols)."""

    interferograms: tuple
    coherence: tuple
    options: SbasOptions
    coherence_scale: tuple = None

    def __call__(self, requests):
        reader = worker_reader(self.interferograms, self.coherence, self.options, 0, self.coherence_scale)
        with scan_cache():
            return [[reader.scan(row, 1, col0, ncols) for row, col0, ncols in piece] for piece in requests]


def engine_scan(engine, reader, options, monitor):
    """``scan`` of :func:`..reference.choose_reference` on ``engine``'s workers, or ``None`` (read here)
    for the local engine.  The search's bands of rows are spread over the worker threads
    (:func:`..reference.piece_runs`), so the serial start of a run shrinks with the workers."""
    if not getattr(engine, 'remote', False):
        return None
    task = ReferenceScan(tuple(reader.stack.paths), tuple(reader.coherence.paths) if reader.coherence else (),
                         options, _client_scale(reader, engine))

    def scan(pieces, sample_rows):
        items, start = [], 0
        for run in piece_runs(pieces, engine.threads):
            items.append((run, [sample_rows.get(start + n, ()) for n in range(len(run))]))
            start += len(run)
        for results in engine.map(task, items, monitor):
            yield from results
    return scan


@dataclass
class SbasTiles:
    """The inversion of one window — read, refer, solve, products — run locally or by Dask workers.

    Everything a worker needs travels with it (paths, options, the network, κ², ρ and the
    reference values computed once, first, by the client); a worker opens the rasters once
    per thread (:func:`..engine.worker_cache.cached`).
    """

    interferograms: tuple
    coherence: tuple
    options: SbasOptions
    solved: Network
    kappa2: float
    rho: float
    reference_values: np.ndarray
    model: TrajectoryModel
    design: np.ndarray
    products: tuple
    cache_bytes: int
    reader: object = field(default=None, repr=False, compare=False)   # this process's reader (not pickled)
    coherence_scale: tuple = None   # the client's coherence factors (InterferogramReader)

    def __getstate__(self):
        state = dict(self.__dict__)
        state['reader'] = None
        return state

    def _reader(self):
        if self.reader is not None:
            return self.reader
        return worker_reader(self.interferograms, self.coherence, self.options, self.cache_bytes,
                             self.coherence_scale)

    def load(self, window):
        return self._reader().pixels(window, self.reference_values)

    def compute(self, window, loaded):
        """(any pixel solved, {product: (n_bands, nrows, ncols) float32})."""
        displacement, weights = loaded
        options, solved = self.options, self.solved
        counts = None
        if options.closure != 'none':
            counts = correct_cycles(displacement, solved.pairs, options.wavelength / 2.0,
                                    correct=options.closure == 'correct', weights=weights)
        solution = solve(solved, displacement, weights, self.kappa2, options.use_numba, rho=self.rho)
        series = time_series(solved, solution.x, options.use_numba)
        delay = apparent = None
        if solution.atmosphere is not None:
            delay = solution.atmosphere - solution.atmosphere[:, :1]   # y − x = a_n − a_0
            apparent = series + delay
        products = {}
        if 'timeseries' in self.products:
            products['timeseries'] = series.T
        if 'velocity' in self.products:
            products['velocity'] = trajectory_products(self.model, fit_trajectories(self.design, series,
                                                                                    options.use_numba))
        if 'quality' in self.products:
            products['quality'] = np.vstack(residual_quality(
                solved, series if apparent is None else apparent, displacement, weights,
                options.wavelength, options.use_numba))
        if 'atmosphere' in self.products:
            products['atmosphere'] = (np.where(np.isfinite(series), 0.0, np.nan) if delay is None else delay).T
        if counts is not None:
            if 'closure' in self.products:
                products['closure'] = np.vstack([counts.bad_loops_before, counts.bad_loops_after,
                                                 counts.corrected])
        shape = (-1, window.nrows, window.ncols)
        products = {name: np.asarray(array, dtype=np.float32).reshape(shape) for name, array in products.items()}
        if counts is not None:
            products['closure_counts'] = counts   # summed by the client (interferograms' share of bad loops)
        return bool(np.isfinite(series[:, -1]).any()), products


def _write_products(reader, network, hyper, reference, options, outputs, monitor, engine=None):
    """Window loop (:func:`..engine.executor.run_tiles`): locally the next window is read and the
    previous one written while this one is solved; with a Dask engine the windows are tasks.

    ``hyper`` = (κ², ρ, σ_a): with ρ > 0 the atmosphere is estimated with the
    displacement; the time series is the displacement, the quality bands are
    the residuals of the whole model (displacement + atmosphere).  With the
    atmospheric filter the series goes to a hidden folder first and a second
    pass (:mod:`.atmosphere_filter`) writes the filtered series, the velocity
    and the filtered-out atmosphere.  Returns (closure summary, (τ, σ) of the filter or (0, 0)).
    """
    if not options.atmosphere_filter:
        return _invert_windows(reader, network, hyper, reference, options, outputs, monitor, engine), (0.0, 0.0)
    folder = tempfile.mkdtemp(prefix='.sbas-filter-', dir=_scratch_parent(outputs))
    try:
        series = os.path.join(folder, 'series.tif')
        first = dict(outputs, timeseries=series, velocity=None, atmosphere_filter=None)
        closure = _invert_windows(reader, network, hyper, reference, options, first, monitor.sub(0.0, 0.8),
                                  engine)
        widths = _filter_series(series, reader, network, hyper, reference, options, outputs,
                                monitor.sub(0.8, 1.0), engine)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return closure, widths


def _scratch_parent(outputs):
    """Folder for the filter's intermediate series: that of the first output (shared with Dask workers)."""
    for name in ('timeseries', 'velocity', 'atmosphere_filter', 'quality', 'atmosphere'):
        if outputs.get(name):
            folder = os.path.dirname(os.path.abspath(os.fspath(outputs[name])))
            staging.create_folder(folder)
            return folder
    return None


def _output_metadata(network, hyper, reference, options):
    kappa2, rho, sigma_atmosphere = hyper
    return {'REFERENCE_X': reference.x, 'REFERENCE_Y': reference.y, 'REFERENCE_ROW': reference.row,
            'REFERENCE_COLUMN': reference.column, 'REFERENCE_RADIUS': reference.radius,
            'SMOOTHING_FACTOR': kappa2, 'ATMOSPHERE_RATIO': rho, 'ATMOSPHERE_SIGMA_MM': sigma_atmosphere,
            'WEIGHTING': options.weighting, 'LOOKS': options.looks,
            'WAVELENGTH_MM': options.wavelength, 'STEP_DATES': ','.join(d.isoformat() for d in network.steps)}


@contextlib.contextmanager
def _intermediate(writer):
    """A writer whose file is published at once when it completes (read by a later pass), removed on failure."""
    try:
        yield writer
    except BaseException:
        writer.abort()
        raise
    with staging.immediate():
        writer.commit()


def _filter_series(series, reader, network, hyper, reference, options, outputs, monitor, engine):
    """Second pass: filter the series at ``series``; write the final series, velocity and filtered atmosphere."""
    grid = reader.grid
    model = TrajectoryModel(polynomial=1, annual=False, steps=network.steps)
    settings = atmosphere_filter.FilterSettings(options.filter_time_days, options.filter_space_m,
                                                options.memory_mb, options.block_rows)
    step_index = network.step_index()
    time_days, space_pixels, space_m = atmosphere_filter.filter_widths(series, grid, network.dates, model,
                                                                       step_index, settings)
    metadata = dict(_output_metadata(network, hyper, reference, options), ATMOSPHERE_FILTER='yes',
                    FILTER_TIME_DAYS=f'{time_days:.6g}', FILTER_SPACE_M=f'{space_m:.6g}')
    budget = tiles.memory_budget_mb(options.memory_mb)
    with contextlib.ExitStack() as stack:
        writers = series_and_velocity_writers(stack, outputs, grid, network.dates, model, metadata,
                                              output_options(options))
        if outputs.get('atmosphere_filter'):
            writers['atmosphere_filter'] = stack.enter_context(time_series_writer(
                outputs['atmosphere_filter'], grid, network.dates, 'OUTPUT_ATMOSPHERE_FILTER', metadata=metadata,
                creation_options=output_options(options)))
        if writers:
            n_bands = sum(len(w.band_names) for w in writers.values())
            settings.cache_bytes = int(min((2 * network.n_dates + n_bands) * TILE * TILE * 4 + 16 * MB,
                                           budget * MB // 4))
            stack.enter_context(gdal_cache(settings.cache_bytes))
            atmosphere_filter.run_filter(series, grid, network.dates, model, step_index, reference,
                                         (time_days, space_pixels), settings, WindowWriters(writers, grid),
                                         monitor, engine)
    return time_days, space_m


def _invert_windows(reader, network, hyper, reference, options, outputs, monitor, engine=None):
    """The inversion's window loop (:func:`_write_products`); returns the closure summary ({} without)."""
    kappa2, rho, sigma_atmosphere = hyper
    grid = reader.grid
    solved = inversion_network(network, kappa2)
    model = TrajectoryModel(polynomial=1, annual=False, steps=network.steps)
    model.validate(network.dates, 'INTERFEROGRAMS')
    design = model.design_matrix(network.dates)
    names = tuple(name for name in ('timeseries', 'velocity', 'quality', 'atmosphere', 'closure') if outputs.get(name))
    closure = options.closure != 'none'
    n_output_bands = 2 * network.n_dates + len(product_names(model)) + len(QUALITY_BANDS) + 3 * closure
    budget = tiles.memory_budget_mb(options.memory_mb)
    cache = _cache_bytes(reader, n_output_bands, budget)
    windows = tiles.plan(grid.height, grid.width, _bytes_per_pixel(len(reader), network.n_dates, closure), budget,
                         options.block_rows, cache)
    task = SbasTiles(tuple(reader.stack.paths), tuple(reader.coherence.paths) if reader.coherence else (),
                     options, solved, kappa2, rho, reference.values, model, design, names, cache, reader,
                     _client_scale(reader, engine))
    metadata = _output_metadata(network, hyper, reference, options)
    reader.release()
    with contextlib.ExitStack() as stack:
        writers = {}
        if outputs.get('timeseries'):
            series_writer = time_series_writer(
                outputs['timeseries'], grid, network.dates, 'OUTPUT_TIMESERIES', metadata=metadata,
                creation_options=output_options(options))
            writers['timeseries'] = stack.enter_context(
                _intermediate(series_writer) if options.atmosphere_filter else series_writer)
        if outputs.get('velocity'):
            writers['velocity'] = stack.enter_context(velocity_writer(outputs['velocity'], grid, model, metadata,
                                                                      output_options(options)))
        if outputs.get('quality'):
            writers['quality'] = stack.enter_context(RasterWriter(
                outputs['quality'], grid, QUALITY_BANDS, 'OUTPUT_QUALITY',
                metadata=dict(metadata, UNITS='-, mm, count'), creation_options=output_options(options)))
        if outputs.get('closure') and options.closure != 'none':
            writers['closure'] = stack.enter_context(RasterWriter(
                outputs['closure'], grid, CLOSURE_BANDS, 'OUTPUT_CLOSURE',
                metadata=dict(metadata, UNITS='count', CLOSURE=options.closure),
                creation_options=output_options(options)))
        if outputs.get('atmosphere'):
            writers['atmosphere'] = stack.enter_context(time_series_writer(
                outputs['atmosphere'], grid, network.dates, 'OUTPUT_ATMOSPHERE', metadata=metadata,
                creation_options=output_options(options)))
        write = WindowWriters(writers, grid)
        totals = ClosureTotals(len(network.pairs))

        def count_and_write(window, result):
            any_valid, products = result
            counts = products.pop('closure_counts', None)
            if counts is not None:
                totals.add(counts)
            write(window, (any_valid, products))

        stack.enter_context(gdal_cache(cache))
        run_tiles(task, windows, count_and_write, monitor, engine)
        if not write.any_valid:
            raise InputError('INTERFEROGRAMS: no pixel could be solved (every pixel lacks valid '
                             'interferograms); check the rasters, their nodata value and MIN_COHERENCE.')
    return totals.summary() if closure else {}
