"""The state folder of an SBAS run (``OUTPUT_STATE``), read back by an incremental update (``PREVIOUS``).

Files (uncompressed, tiled, band-interleaved GeoTIFFs on the grid of the
interferograms, so a window is read back at memory speed: GDAL reads the
tiles straight into the arrays, :func:`direct_io`)::

    state.json        dates, pairs, steps, boundary, hyper-parameters, reference, grid (written last)
    information.tif   float64: Λ_b (upper triangle, row by row), η_b, u_b⁰   (s(s+3)/2 + s bands)
    gain.tif          float32: K (N dates × s, date-major) [mm per unit of u_b]
    series.tif        float32: D⁰ (N dates) [mm]

(:mod:`.incremental` for the algebra.)  Float32 is enough for K and D (relative
6·10⁻⁸: < 10⁻⁵ mm on a series of 100 mm); Λ_b, η_b and u_b⁰ are float64 (the
update's small system may be ill conditioned).  The folder is written under a
hidden name next to its destination and renamed when complete (published
with the run's other outputs, :mod:`..io.staging`); a failed or cancelled run
leaves none.  An existing destination must be an empty folder; nothing in it
or next to it that the run did not create is touched.
"""
import contextlib
import json
import os
import shutil
import tempfile

import numpy as np
from osgeo import gdal

from ...common import dates as dates_mod
from ...common.errors import InputError
from ...engine import tiles
from ...engine.executor import WindowWriters, gdal_cache, run_tiles
from ...io import staging
from ...io.raster_stack import Grid
from . import incremental
from .network import build_network

VERSION = 1
FILES = ('information.tif', 'gain.tif', 'series.tif')
STATE_OPTIONS = ('TILED=YES', 'BLOCKXSIZE=256', 'BLOCKYSIZE=256', 'INTERLEAVE=BAND', 'BIGTIFF=IF_SAFER')


def boundary_dates(network):
    """B: new interferograms may start at the last B dates (the longest pair of the network, ≥ 2)."""
    span = int((network.pairs[:, 1] - network.pairs[:, 0]).max()) if len(network.pairs) else 1
    return int(min(network.n_dates, max(2, span)))


def check_state_options(kappa2, options, role='OUTPUT_STATE'):
    """Refuse settings whose solution cannot be continued exactly."""
    if not kappa2 > 0:
        raise InputError(f'{role}: an incremental state needs temporal smoothing (SMOOTHING fixed with '
                         'SMOOTHING_FACTOR > 0, or ABIC); the minimum-norm solution of SMOOTHING none depends on '
                         'the whole network and cannot be continued.')
    if options.closure == 'correct':
        raise InputError(f'{role}: an incremental state cannot be written with CLOSURE correct (the '
                         'corrections of new interferograms would need the old ones); choose CLOSURE none or flag.')
    if options.atmosphere_filter:
        raise InputError(f'{role}: an incremental state cannot be written with ATMOSPHERE_FILTER (the filter '
                         'works on the whole series); switch the filter off for incremental runs.')


class StateWriter:
    """An uncompressed GeoTIFF of ``n_bands`` bands (float64 or float32), written window by window."""

    def __init__(self, path, grid, n_bands, data_type=gdal.GDT_Float64):
        self.path = path
        self._dataset = gdal.GetDriverByName('GTiff').Create(path, grid.width, grid.height, max(n_bands, 1),
                                                            data_type, list(STATE_OPTIONS))
        if self._dataset is None:
            raise InputError(f'OUTPUT_STATE: cannot write "{path}"; choose a folder you can write to.')
        self._dataset.SetGeoTransform(grid.geotransform)
        if grid.crs_wkt:
            self._dataset.SetProjection(grid.crs_wkt)
        self.band_names = [str(n) for n in range(n_bands)]
        self._dtype = np.float64 if data_type == gdal.GDT_Float64 else np.float32

    def write(self, row0, block, col0=0):
        block = np.ascontiguousarray(block, dtype=self._dtype)
        if self._dataset.WriteRaster(col0, row0, block.shape[2], block.shape[1], block.tobytes(),
                                     band_list=list(range(1, block.shape[0] + 1))) != 0:
            raise InputError(f'OUTPUT_STATE: writing "{self.path}" failed.')

    def flush(self):
        self._dataset.FlushCache()

    def close(self):
        if self._dataset is not None:
            self._dataset.FlushCache()
            self._dataset = None


@contextlib.contextmanager
def state_folder(destination):
    """Yield a hidden folder to write the state into; it becomes ``destination`` when the body succeeds."""
    check_destination(destination)
    destination = os.path.abspath(os.fspath(destination))
    parent = os.path.dirname(destination)
    staging.create_folder(parent)
    temp = tempfile.mkdtemp(prefix='.sbas-state-', dir=parent)
    try:
        yield temp
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    run = staging.active()
    if os.path.isdir(destination):
        if run is None:
            for name in os.listdir(temp):
                os.replace(os.path.join(temp, name), os.path.join(destination, name))
            os.rmdir(temp)
        else:
            run.stage_folder_content(temp, destination)
    elif run is None:
        os.rename(temp, destination)
    else:
        run.stage_folder(temp, destination)


class StateWindows:
    """Writers of the three state files, used like the product writers of a window loop."""

    def __init__(self, folder, grid, n_dates, n_boundary):
        s = n_boundary
        self.writers = {
            'information': StateWriter(os.path.join(folder, FILES[0]), grid, s * (s + 1) // 2 + 2 * s),
            'gain': StateWriter(os.path.join(folder, FILES[1]), grid, n_dates * s, gdal.GDT_Float32),
            'series': StateWriter(os.path.join(folder, FILES[2]), grid, n_dates, gdal.GDT_Float32)}

    def close(self):
        for writer in self.writers.values():
            writer.close()


def state_products(marginal, u_boundary, shape):
    """{file: (bands, rows, cols)} of a window from a :class:`.incremental.Marginal`."""
    n = len(marginal.vector)
    information = incremental.pack_information(marginal.information, marginal.vector, u_boundary)
    return {'information': information.T.reshape(-1, *shape),
            'gain': marginal.gain.reshape(n, -1).astype(np.float32).T.reshape(-1, *shape),
            'series': marginal.series.astype(np.float32).T.reshape(-1, *shape)}


def write_spec(folder, spec):
    path = os.path.join(folder, 'state.json')
    with open(path, 'w', encoding='utf-8') as handle:
        json.dump(spec, handle, indent=1)


def make_spec(network, grid, hyper, reference, options, n_boundary, boundary_date):
    kappa2, rho, sigma_atmosphere = hyper
    return {
        'format': 'deformation_toolbox sbas state', 'version': VERSION,
        'dates': [d.isoformat() for d in network.dates],
        'pairs': [[network.dates[i].isoformat(), network.dates[j].isoformat()] for i, j in network.pairs],
        'steps': [d.isoformat() for d in network.steps],
        'boundary_date': int(boundary_date), 'boundary_unknowns': int(n_boundary),
        'kappa2': float(kappa2), 'rho': float(rho), 'sigma_atmosphere': float(sigma_atmosphere),
        'units': options.units, 'wavelength': float(options.wavelength), 'weighting': options.weighting,
        'looks': float(options.looks), 'min_coherence': float(options.min_coherence),
        'closure': options.closure,
        'reference': {'row': int(reference.row), 'column': int(reference.column), 'radius': int(reference.radius),
                      'x': float(reference.x), 'y': float(reference.y)},
        'grid': {'width': grid.width, 'height': grid.height, 'geotransform': list(grid.geotransform),
                 'crs_wkt': grid.crs_wkt}}


def read_spec(folder, role='PREVIOUS'):
    """The checked ``state.json`` of a state folder, with ``network`` and ``grid`` added."""
    folder = os.fspath(folder)
    path = os.path.join(folder, 'state.json')
    if not os.path.isdir(folder) or not os.path.isfile(path):
        raise InputError(f'{role}: "{folder}" is not the state folder of an SBAS run (no state.json); give the '
                         'OUTPUT_STATE folder of the previous run.')
    try:
        with open(path, encoding='utf-8') as handle:
            spec = json.load(handle)
        if spec.get('version') != VERSION or spec.get('format') != 'deformation_toolbox sbas state':
            raise ValueError('version')
        pairs = [tuple(dates_mod.parse_date(d, role) for d in pair) for pair in spec['pairs']]
        steps = tuple(dates_mod.parse_date(d, role) for d in spec['steps'])
        network = build_network(pairs, steps, role)
        grid = spec['grid']
        spec['grid'] = Grid(int(grid['width']), int(grid['height']), tuple(grid['geotransform']),
                            grid['crs_wkt'])
        spec['network'] = network
        for key in ('boundary_date', 'boundary_unknowns', 'kappa2', 'rho', 'reference'):
            spec[key]   # noqa: B018  (present)
    except (ValueError, KeyError, TypeError, InputError) as error:
        raise InputError(f'{role}: "{path}" is damaged or of another version ({error}); run the previous '
                         'stack again with OUTPUT_STATE.') from None
    n_dates, s = network.n_dates, spec['boundary_unknowns']
    expected = {FILES[0]: s * (s + 1) // 2 + 2 * s, FILES[1]: n_dates * s, FILES[2]: n_dates}
    for name, bands in expected.items():
        dataset = gdal.Open(os.path.join(folder, name), gdal.GA_ReadOnly) if os.path.isfile(
            os.path.join(folder, name)) else None
        if dataset is None or dataset.RasterCount != bands or (dataset.RasterXSize, dataset.RasterYSize) != \
                (spec['grid'].width, spec['grid'].height):
            raise InputError(f'{role}: the state file "{os.path.join(folder, name)}" is missing or damaged; run '
                             'the previous stack again with OUTPUT_STATE.')
    return spec


@contextlib.contextmanager
def direct_io():
    """GDAL reads the uncompressed state files straight into the arrays, past its block cache (the files
    opened in this thread meanwhile; a state window would otherwise evict the interferograms' tiles)."""
    set_option = getattr(gdal, 'SetThreadLocalConfigOption', None)
    if set_option is None:   # pragma: no cover - old GDAL
        yield
        return
    previous = gdal.GetThreadLocalConfigOption('GTIFF_DIRECT_IO', None)
    set_option('GTIFF_DIRECT_IO', 'YES')
    try:
        yield
    finally:
        set_option('GTIFF_DIRECT_IO', previous)


class StateReader:
    """Windows of a state folder: a :class:`.incremental.Previous` (band-major, as the files hold it)."""

    def __init__(self, folder):
        self.folder = folder
        self._datasets = None

    def read(self, window):
        with direct_io():   # GDAL takes the option when it opens a file
            if self._datasets is None:
                self._datasets = [gdal.Open(os.path.join(self.folder, name), gdal.GA_ReadOnly) for name in FILES]
            blocks = [dataset.ReadAsArray(window.col0, window.row0, window.ncols, window.nrows)
                      for dataset in self._datasets]
        if any(block is None for block in blocks):
            raise InputError(f'PREVIOUS: reading the state in "{self.folder}" failed; run the previous stack '
                             'again with OUTPUT_STATE.')
        return incremental.Previous(*(block.reshape(dataset.RasterCount, -1)
                                      for block, dataset in zip(blocks, self._datasets)))

    def close(self):
        self._datasets = None


class StateTask:
    """The state pass of a run (local): per window read, normal equations, Schur complement, write."""

    def __init__(self, reader, network, kappa2, rho, reference_values, n_boundary_dates, use_numba=None):
        self.reader = reader
        self.network = network
        self.layout = incremental.build_layout(network, kappa2, rho)
        self.start = incremental.date_start(self.layout, network, network.n_dates - n_boundary_dates)
        self.n_boundary = self.layout.size - self.start
        self.smap = incremental.displacement_map(network, self.layout)
        self.problem = incremental.problem(self.layout, 0, None, self.layout.prior, self.n_boundary, self.smap,
                                           len(self.smap))
        self.reference_values = reference_values
        self.use_numba = use_numba

    def load(self, window):
        return self.reader.pixels(window, self.reference_values)

    def compute(self, window, loaded):
        displacement, weights = loaded
        marginal = incremental.solve_pixels(self.problem, displacement, weights, use_numba=self.use_numba)
        u_boundary = marginal.u[:, self.start:]
        return bool(np.isfinite(marginal.series[:, -1]).any()), state_products(
            marginal, u_boundary, (window.nrows, window.ncols))


def check_destination(destination):
    """Refuse an ``OUTPUT_STATE`` that exists and is not an empty folder (before any work)."""
    destination = os.path.abspath(os.fspath(destination))
    if os.path.exists(destination) and (not os.path.isdir(destination) or os.listdir(destination)):
        raise InputError(f'OUTPUT_STATE: "{destination}" already exists and is not an empty folder; give a new '
                         'folder name (the state is never written over existing files).')


def write_state(reader, network, hyper, reference, options, destination, monitor):
    """Second pass of a run: write the state folder ``destination`` (see the module docstring)."""
    kappa2, rho, _ = hyper
    check_state_options(kappa2, options)
    n_boundary_dates = boundary_dates(network)
    task = StateTask(reader, network, kappa2, rho if rho > 0 else 0.0, reference.values, n_boundary_dates,
                     options.use_numba)
    s = task.n_boundary
    per_pixel = 8 * (4 * len(network.pairs) + 3 * network.n_dates * (s + 1) + 2 * s * s)
    windows = tiles.plan(reader.grid.height, reader.grid.width, per_pixel, options.memory_mb, options.block_rows)
    with state_folder(destination) as folder:
        files = StateWindows(folder, reader.grid, network.n_dates, s)
        try:
            with gdal_cache(64 * 1024 * 1024):
                run_tiles(task, windows, WindowWriters(files.writers, reader.grid), monitor)
        finally:
            files.close()
        write_spec(folder, make_spec(network, reader.grid, hyper, reference, options, s,
                                     network.n_dates - n_boundary_dates))
    return destination
