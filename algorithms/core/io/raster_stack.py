"""Raster stacks: dated layers on one grid, read and written by windows of rows and columns.

A *stack* is an ordered list of single bands that share one grid (size,
geotransform, CRS): either several single-band files (one per date or date
pair, dated by their names) or the bands of multi-band files (dated by band
description or metadata).  Every raster algorithm streams through a stack
by windows (:mod:`..engine.tiles`: bounded in rows and columns, sized by a
memory budget), so peak memory depends on neither the width nor the height.

Outputs are GeoTIFF, float32, nodata NaN, tiled and DEFLATE-compressed.  They
are written to ``<path>.partial`` and renamed only when complete, so a failed
or cancelled run never leaves a file that looks finished.
"""
import itertools
import math
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, osr

try:
    import resource
except ImportError:   # Windows
    resource = None

from ..common import dates as dates_mod
from ..common.errors import InputError
from . import staging
from .geotiff_keys import crs_fingerprint

GTIFF_OPTIONS = ('TILED=YES', 'BLOCKXSIZE=256', 'BLOCKYSIZE=256', 'INTERLEAVE=BAND', 'COMPRESS=DEFLATE',
                 'PREDICTOR=3', 'BIGTIFF=IF_SAFER')
#: how many files a stack keeps open at once (thousands of interferograms exceed ulimit)
MAX_OPEN_FILES = 256
#: threads working on the files of a stack at once, one file each: opening (PROJ builds each file's CRS,
#: ~5 ms a file), reading and min/max (GDAL decompresses outside the GIL)
FILE_THREADS = min(8, os.cpu_count() or 1)
#: GDAL's own default of GDAL_MAX_DATASET_POOL_SIZE (files opened by VRTs kept open at once)
GDAL_POOL_DEFAULT = 100
#: relative tolerance on geotransforms, in pixels
GEOTRANSFORM_TOLERANCE = 1e-6


def reserve_dataset_pool(n_files):
    """Let GDAL keep the sources of ``n_files`` VRTs open at once (``GDAL_MAX_DATASET_POOL_SIZE``).

    A VRT opens its source files through a pool of :data:`GDAL_POOL_DEFAULT` files;
    a stack of more VRTs than that closes and reopens sources at every read, and a
    closed file loses its cached tiles, so each tile is decompressed again for every
    window that touches it (several times slower, more memory churn).  The pool is
    raised to ``n_files`` + 32, within half the process's file limit; it takes effect
    when GDAL creates the pool, so call this before the stack's first file is opened.
    A larger value set by the user is kept.
    """
    limit = 1024
    if resource is not None:
        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        limit = soft if soft > 0 else limit
    wanted = min(int(n_files) + 32, limit // 2)
    try:
        current = int(gdal.GetConfigOption('GDAL_MAX_DATASET_POOL_SIZE') or GDAL_POOL_DEFAULT)
    except ValueError:
        current = GDAL_POOL_DEFAULT
    if wanted > current:
        gdal.SetConfigOption('GDAL_MAX_DATASET_POOL_SIZE', str(wanted))


def _gdal_message():
    return gdal.GetLastErrorMsg() or 'GDAL could not read it'


#: a GDAL connection string naming a driver: ``HDF5:"file.h5"://dataset``, ``NETCDF:"file.nc":variable``
_SUBDATASET = re.compile(r'^(?P<driver>[A-Za-z][A-Za-z0-9_]+):(?P<file>"[^"]+"|[^:]+):(?P<item>.*)$')
#: what a raster input may be, for error messages
ACCEPTED_RASTERS = ('a raster file GDAL reads (GeoTIFF, VRT, …), a subdataset (HDF5:"file.h5"://dataset, '
                    'NETCDF:"file.nc":variable) or a /vsizip/, /vsicurl/ path')


def is_gdal_string(path):
    """True for GDAL paths that are not plain files: ``/vsi…/`` paths and ``DRIVER:…`` subdatasets."""
    path = os.fspath(path)
    return path.startswith('/vsi') or _SUBDATASET.match(path) is not None


def _subdataset_hint(dataset):
    names = [name for name, _ in (dataset.GetSubDatasets() or [])]
    if not names:
        return ''
    shown = ', '.join(names[:6]) + (f' and {len(names) - 6} more' if len(names) > 6 else '')
    return f' It holds subdatasets: {shown}; give one of them.'


def open_dataset(path, role):
    """Open ``path`` read-only with GDAL or raise :class:`InputError` naming ``role``.

    ``path`` is anything GDAL opens: a file, a subdataset string, a
    ``/vsizip/`` or ``/vsicurl/`` path, a VRT (not files: opened as they are).
    """
    path = os.fspath(path) if path else path
    if not path:
        raise InputError('{0}: no raster given; choose {1}.', role, ACCEPTED_RASTERS)
    if not is_gdal_string(path) and not os.path.exists(path):
        raise InputError('{0}: raster "{1}" does not exist; choose an existing raster file.', role, path)
    try:
        dataset = gdal.Open(path, gdal.GA_ReadOnly)
    except RuntimeError:   # GDAL exceptions switched on by another plugin
        dataset = None
    if dataset is None:
        raise InputError('{0}: "{1}" is truncated or not a raster GDAL can read ({2}); give {3}.',
                         role, path, _gdal_message(), ACCEPTED_RASTERS)
    if dataset.RasterCount == 0:
        raise InputError('{0}: "{1}" has no raster band.{2}', role, display_name(path), _subdataset_hint(dataset))
    return dataset


def _describe(path, role, known=None):
    """(grid, [(description, metadata) of each band], CRS fingerprint) of one raster (:func:`open_dataset`'s
    errors).

    ``known`` = (fingerprint, WKT) of a file described before: a file with the same GeoTIFF CRS tags
    (:func:`.geotiff_keys.crs_fingerprint`) takes that WKT without building its CRS again.
    """
    dataset = open_dataset(path, role)
    bands = [dataset.GetRasterBand(index) for index in range(1, dataset.RasterCount + 1)]
    fingerprint = crs_fingerprint(path, dataset)
    if known is not None and fingerprint is not None and fingerprint == known[0]:
        grid = Grid(dataset.RasterXSize, dataset.RasterYSize, tuple(dataset.GetGeoTransform()), known[1])
    else:
        grid = Grid.of(dataset)
    return grid, [(band.GetDescription() or '', dict(band.GetMetadata() or {})) for band in bands], fingerprint


def check_north_up(grid, role, name):
    """Raise :class:`InputError` when ``grid`` (of the raster ``name``) has a rotated geotransform."""
    if grid.geotransform[2] != 0 or grid.geotransform[4] != 0:
        transform = tuple(round(v, 6) for v in grid.geotransform)
        raise InputError('{0}: "{1}" has a rotated geotransform {2}; only north-up rasters are accepted: warp '
                         'it north-up first (Raster › Projections › Warp, or gdalwarp).', role, name, transform)


def display_name(path):
    """Short name of a raster for messages: the file name, ``file.h5:dataset`` for subdatasets."""
    path = os.fspath(path)
    match = _SUBDATASET.match(path)
    if match and len(match.group('driver')) > 1:
        return f"{os.path.basename(match.group('file').strip(chr(34)))}:{match.group('item').lstrip('/')}"
    return os.path.basename(path.rstrip('/'))


@dataclass(frozen=True)
class Grid:
    """Raster grid: size, GDAL geotransform and CRS (WKT)."""

    width: int
    height: int
    geotransform: tuple
    crs_wkt: str

    @classmethod
    def of(cls, dataset):
        return cls(dataset.RasterXSize, dataset.RasterYSize,
                   tuple(dataset.GetGeoTransform()), dataset.GetProjection() or '')

    @property
    def shape(self):
        return self.height, self.width

    @property
    def pixel_size(self):
        """(x, y) pixel size in CRS units, both positive."""
        return abs(self.geotransform[1]), abs(self.geotransform[5])

    def pixel_of(self, x, y):
        """Fractional (column, row) of map coordinates ``x, y`` (north-up grids)."""
        x0, dx, _, y0, _, dy = self.geotransform
        return (x - x0) / dx, (y - y0) / dy

    def centre_of(self, column, row):
        """Map coordinates of the centre of pixel (column, row)."""
        x0, dx, rx, y0, ry, dy = self.geotransform
        return (x0 + (column + 0.5) * dx + (row + 0.5) * rx,
                y0 + (column + 0.5) * ry + (row + 0.5) * dy)

    def coordinates(self, row0=0, nrows=None):
        """Map coordinates (x, y) of pixel centres for rows ``row0 .. row0+nrows``."""
        nrows = self.height - row0 if nrows is None else nrows
        cols, rows = np.meshgrid(np.arange(self.width) + 0.5, np.arange(row0, row0 + nrows) + 0.5)
        x0, dx, rx, y0, ry, dy = self.geotransform
        return x0 + cols * dx + rows * rx, y0 + cols * ry + rows * dy

    def crs(self):
        srs = osr.SpatialReference()
        if self.crs_wkt:
            srs.ImportFromWkt(self.crs_wkt)
        return srs

    def same_crs(self, other):
        if self.crs_wkt == other.crs_wkt:
            return True
        if not self.crs_wkt or not other.crs_wkt:
            return False
        return bool(self.crs().IsSame(other.crs()))

    def difference(self, other):
        """Why ``other`` is not the same grid, in words, or ``None`` when it is."""
        if (self.width, self.height) != (other.width, other.height):
            return f'size {other.width}×{other.height} pixels instead of {self.width}×{self.height}'
        tolerance = GEOTRANSFORM_TOLERANCE * max(self.pixel_size)
        if any(abs(a - b) > tolerance for a, b in zip(self.geotransform, other.geotransform)):
            return (f'geotransform {tuple(round(v, 6) for v in other.geotransform)} instead of '
                    f'{tuple(round(v, 6) for v in self.geotransform)}')
        if not self.same_crs(other):
            return f'CRS "{_crs_name(other)}" instead of "{_crs_name(self)}"'
        return None


def _crs_name(grid):
    if not grid.crs_wkt:
        return 'none'
    srs = grid.crs()
    code = srs.GetAuthorityCode(None)
    name = srs.GetName() or 'unnamed'
    return f'{srs.GetAuthorityName(None)}:{code} {name}' if code else name


def check_same_grid(reference_grid, reference_name, grid, name, role):
    """Raise :class:`InputError` when ``grid`` differs from ``reference_grid``."""
    difference = reference_grid.difference(grid)
    if difference:
        raise InputError('{0}: "{1}" is not on the grid of "{2}": it has {3}. All rasters must share size, '
                         'pixel size, origin and CRS; align them first (Raster › Align Rasters, or gdalwarp).',
                         role, name, reference_name, difference)


@dataclass(frozen=True)
class StackBand:
    """One band of a stack, with what is needed to date and read it."""

    path: str
    band: int
    band_count: int
    description: str
    metadata: dict = field(default_factory=dict)

    @property
    def label(self):
        name = display_name(self.path)
        return name if self.band_count == 1 else f'{name} band {self.band}'

    def date(self):
        """Acquisition date from metadata ``DATE``, the description, or a single-band file name."""
        for text in (self.metadata.get('DATE'), self.description):
            date = dates_mod.find_date(text)
            if date is not None:
                return date
        if self.band_count == 1:
            return dates_mod.find_date(os.path.splitext(display_name(self.path))[0])
        return None

    def pair(self):
        """Date pair from metadata ``DATE12``/``DATE1``+``DATE2``, the description or the file name."""
        meta = self.metadata
        candidates = [meta.get('DATE12')]
        if meta.get('DATE1') and meta.get('DATE2'):
            candidates.append(f"{meta['DATE1']}_{meta['DATE2']}")
        candidates.append(self.description)
        if self.band_count == 1:
            candidates.append(display_name(self.path))
        for text in candidates:
            pair = dates_mod.find_pair(text)
            if pair is not None:
                return pair
        return None


class RasterStack:
    """An ordered stack of single bands sharing one grid.

    ``paths`` is a list of raster files: each contributes all of its bands, so
    one multi-band file or many single-band files (or a mix) make a stack.
    Grids and CRS must agree, otherwise :class:`InputError` names the layer.
    ``role`` is the parameter name shown in error messages.
    """

    def __init__(self, paths, role='INPUT'):
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        paths = [os.fspath(p) for p in paths]
        if not paths:
            raise InputError('{0}: no raster given; select at least one raster layer.', role)
        reserve_dataset_pool(len(paths))
        self.role = role
        self.paths = paths
        self.bands = []
        self._open = {}
        self.grid = None
        first = None
        head = _describe(paths[0], role)
        known = (head[2], head[0].crs_wkt)
        with ThreadPoolExecutor(max_workers=FILE_THREADS) as pool:
            described = pool.map(lambda path: _describe(path, role, known), paths[1:])   # in order: first failure
            for path, (grid, bands, _) in zip(paths, itertools.chain([head], described)):
                if self.grid is None:
                    self.grid, first = grid, display_name(path)
                else:
                    check_same_grid(self.grid, first, grid, display_name(path), role)
                for index, (description, metadata) in enumerate(bands, start=1):
                    self.bands.append(StackBand(path, index, len(bands), description, metadata))

    def __len__(self):
        return len(self.bands)

    @property
    def labels(self):
        return [band.label for band in self.bands]

    # -- dating -------------------------------------------------------------
    def dates(self, explicit=None):
        """One acquisition date per band.

        ``explicit`` (a list of dates, e.g. from a ``DATES`` parameter) wins
        over metadata and names; its length must equal the number of bands.
        """
        if explicit:
            if len(explicit) != len(self.bands):
                raise InputError('DATES lists {0} dates but {1} has {2} bands; give exactly one date per band, '
                                 'in band order.', len(explicit), self.role, len(self.bands))
            result = list(explicit)
            self._check_explicit_dates(result)
        else:
            result = []
            for band in self.bands:
                date = band.date()
                if date is None:
                    raise InputError(
                        '{0}: "{1}" has no acquisition date. Name single-band files with the date (YYYYMMDD, '
                        'e.g. 20200114_disp.tif), give bands the description YYYY-MM-DD or the metadata item '
                        'DATE=YYYYMMDD, or list the dates in the DATES parameter.', self.role, band.label)
                result.append(date)
        seen = {}
        for band, date in zip(self.bands, result):
            if date in seen:
                raise InputError('{0}: date {1} appears twice ("{2}" and "{3}"); a time series needs one band '
                                 'per acquisition.', self.role, date.isoformat(), seen[date], band.label)
            seen[date] = band.label
        return result

    def _check_explicit_dates(self, explicit):
        """DATES must agree with the dates the bands carry (if they carry any): no silent re-dating."""
        own = [band.date() for band in self.bands]
        if any(date is None for date in own) or own == list(explicit):
            return
        k = next(k for k, (a, b) in enumerate(zip(own, explicit)) if a != b)
        values = (self.role, k + 1, self.bands[k].label, own[k].isoformat(), explicit[k].isoformat())
        if sorted(own) == sorted(explicit):
            raise InputError('DATES: the same dates in another order than the bands of {0}: band {1} ("{2}") is '
                             'dated {3}, DATES gives {4}. Give the dates in band order, or leave DATES empty (the '
                             'bands carry their dates).', *values)
        raise InputError('DATES: other dates than the bands of {0}: band {1} ("{2}") is dated {3}, DATES gives {4}. '
                         'Give the dates in band order, or leave DATES empty (the bands carry their dates).', *values)

    def pairs(self):
        """One (first, second) date pair per band, for interferograms."""
        result = []
        seen = {}
        for band in self.bands:
            pair = band.pair()
            if pair is None:
                raise InputError(
                    '{0}: "{1}" has no date pair. Name interferograms YYYYMMDD_YYYYMMDD (e.g. '
                    '20200102_20200114.tif) or give the band the description YYYYMMDD_YYYYMMDD or the metadata '
                    'item DATE12=YYYYMMDD_YYYYMMDD.', self.role, band.label)
            if pair[0] >= pair[1]:
                raise InputError('{0}: "{1}" has the pair {2} → {3}; the first date must be earlier than the second.',
                                 self.role, band.label, pair[0].isoformat(), pair[1].isoformat())
            if pair in seen:
                raise InputError('{0}: the pair {1}_{2} appears twice ("{3}" and "{4}"); remove the duplicate.',
                                 self.role, dates_mod.compact(pair[0]), dates_mod.compact(pair[1]), seen[pair],
                                 band.label)
            seen[pair] = band.label
            result.append(pair)
        return result

    # -- reading ------------------------------------------------------------
    def _dataset(self, path):
        dataset = self._open.get(path)
        if dataset is None:
            if len(self._open) >= MAX_OPEN_FILES:
                self._open.clear()
            dataset = open_dataset(path, self.role)
            self._open[path] = dataset
        return dataset

    def indices_by_file(self, indices=None):
        """{path: [band index, …]} of ``indices`` (default all), in order: one thread per file, as a GDAL
        dataset is never used by two threads at once."""
        files = {}
        for index in range(len(self.bands)) if indices is None else indices:
            files.setdefault(self.bands[index].path, []).append(index)
        return files

    def gdal_band(self, index):
        """The GDAL band of band ``index`` (its file stays open in the stack)."""
        band_info = self.bands[index]
        return self._dataset(band_info.path).GetRasterBand(band_info.band)

    def read(self, row0, nrows, indices=None, col0=0, ncols=None):
        """Rows ``row0 .. row0+nrows`` (columns ``col0 .. col0+ncols``, all by default) of the bands ``indices``.

        Returns float64 ``(n_bands, nrows, ncols)``; nodata becomes NaN and
        band scale/offset are applied.
        """
        indices = range(len(self.bands)) if indices is None else indices
        indices = list(indices)
        ncols = self.grid.width - col0 if ncols is None else ncols
        out = np.empty((len(indices), nrows, ncols), dtype=np.float64)
        for k, index in enumerate(indices):
            self.read_band(index, row0, nrows, out=out[k], col0=col0, ncols=ncols)
        return out

    def read_window(self, window, indices=None):
        """The pixels of a :class:`~..engine.tiles.Window` (any object with row0, col0, nrows, ncols)."""
        return self.read(window.row0, window.nrows, indices, window.col0, window.ncols)

    def read_band(self, index, row0=0, nrows=None, out=None, col0=0, ncols=None):
        """Rows (and columns) of one band as float64 with NaN for nodata (into ``out``, C-contiguous, when given)."""
        nrows = self.grid.height - row0 if nrows is None else nrows
        ncols = self.grid.width - col0 if ncols is None else ncols
        band_info = self.bands[index]
        dataset = self._dataset(band_info.path)  # held while reading: the band does not keep it open
        band = dataset.GetRasterBand(band_info.band)
        try:
            data = band.ReadAsArray(col0, row0, ncols, nrows, buf_type=gdal.GDT_Float64,  # converted by GDAL
                                    buf_obj=out)
        except RuntimeError:   # GDAL exceptions switched on by another plugin
            data = None
        if data is None:
            raise InputError('{0}: "{1}" is truncated or not a raster: rows {2}–{3} cannot be read ({4}). '
                             'Write the file again or give another one.',
                             self.role, band_info.label, row0, row0 + nrows, _gdal_message())
        return band_values(band, data)

    def close(self):
        self._open.clear()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def band_values(band, data):
    """GDAL ``data`` read from ``band`` as float64 values: nodata → NaN, band scale/offset applied.

    Works in place when ``data`` is already a writeable float64 array.
    """
    data = np.asarray(data, dtype=np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None and not math.isnan(nodata):
        data[data == nodata] = np.nan
    scale, offset = band.GetScale(), band.GetOffset()
    if scale not in (None, 1.0) or offset not in (None, 0.0):
        data *= 1.0 if scale is None else scale
        data += 0.0 if offset is None else offset
    return data


def iter_blocks(height, block_rows, monitor=None):
    """Yield ``(row0, nrows)`` covering ``height`` rows in blocks of ``block_rows``.

    With a :class:`~.progress.Monitor`, cancellation is checked before each
    block and progress reported (rows done / ``height``) after it.
    """
    block_rows = max(1, int(block_rows))
    for row0 in range(0, height, block_rows):
        nrows = min(block_rows, height - row0)
        if monitor is not None:
            monitor.check()
        yield row0, nrows
        if monitor is not None:
            monitor.update((row0 + nrows) / height)


def rows_per_block(width, n_values_per_pixel, budget_mb=256):
    """Rows per block so that ``n_values_per_pixel`` float64 values fit in ``budget_mb``."""
    per_row = max(1, width * max(1, n_values_per_pixel) * 8)
    return max(1, int(budget_mb * 1024 * 1024 // per_row))


def open_single_band(path, role, grid=None, grid_name=None):
    """Open a one-band raster (geometry, DEM, …) and check it sits on ``grid``."""
    stack = RasterStack([path], role)
    if len(stack) != 1:
        raise InputError('{0}: "{1}" has {2} bands; a single band is expected.',
                         role, display_name(path), len(stack))
    if grid is not None:
        check_same_grid(grid, grid_name or 'the input', stack.grid, display_name(path), role)
    return stack


def merged_options(defaults, changes):
    """GDAL creation options ``defaults`` with ``changes`` (KEY=VALUE) replacing the same keys; without
    compression the compression's own settings (PREDICTOR, ZLEVEL) are dropped."""
    merged = dict(option.split('=', 1) for option in defaults)
    merged.update(option.split('=', 1) for option in changes)
    if merged.get('COMPRESS', 'NONE').upper() == 'NONE':
        for key in ('PREDICTOR', 'ZLEVEL', 'NUM_THREADS'):
            merged.pop(key, None)
    return [f'{key}={value}' for key, value in merged.items()]


class RasterWriter:
    """Write a float32 GeoTIFF on ``grid`` block by block, atomically.

    ``creation_options`` change :data:`GTIFF_OPTIONS` (e.g. ``('ZLEVEL=1',)`` for speed, ``('COMPRESS=NONE',)``).

    Data go to ``<path>.partial``; :meth:`commit` renames it to ``path``,
    :meth:`abort` deletes it.  Used as a context manager it commits on success
    and aborts on any exception (including cancellation).
    """

    def __init__(self, path, grid, band_names, role='OUTPUT', band_metadata=None,
                 metadata=None, units=None, creation_options=()):
        self.path = os.fspath(path)
        self.role = role
        self.grid = grid
        self.band_names = list(band_names)
        self._temp = self.path + '.partial'
        folder = os.path.dirname(os.path.abspath(self.path))
        if os.path.isdir(self.path):
            raise InputError('{0}: "{1}" is a folder; give a file name for the output (for example {2}).',
                             role, self.path, os.path.join(self.path, role.lower() + ".tif"))
        try:
            staging.create_folder(folder)
        except OSError as error:
            raise InputError('{0}: cannot write "{1}": the folder cannot be created ({2}). Choose a folder you '
                             'can write to.', role, self.path, error.strerror) from None
        if not os.access(folder, os.W_OK):
            raise InputError('{0}: cannot write "{1}": the folder is not writable. Choose a folder you can write to.',
                             role, self.path)
        driver = gdal.GetDriverByName('GTiff')
        self._dataset = driver.Create(self._temp, grid.width, grid.height, len(self.band_names),
                                      gdal.GDT_Float32, merged_options(GTIFF_OPTIONS, creation_options))
        if self._dataset is None:
            raise InputError('{0}: cannot write "{1}" ({2}). Choose a folder you can write to.',
                             role, self.path, _gdal_message())
        self._dataset.SetGeoTransform(grid.geotransform)
        if grid.crs_wkt:
            self._dataset.SetProjection(grid.crs_wkt)
        if metadata:
            self._dataset.SetMetadata({str(k): str(v) for k, v in metadata.items()})
        for index, name in enumerate(self.band_names):
            band = self._dataset.GetRasterBand(index + 1)
            band.SetNoDataValue(float('nan'))
            band.SetDescription(str(name))
            if band_metadata is not None and band_metadata[index]:
                band.SetMetadata({str(k): str(v) for k, v in band_metadata[index].items()})
            if units:
                band.SetUnitType(units)

    def write(self, row0, block, col0=0):
        """Write ``block`` of shape (n_bands, nrows, ncols) — or (nrows, ncols) for one band — at (row0, col0)."""
        block = np.asarray(block)
        if block.ndim == 2:
            block = block[np.newaxis]
        if block.shape[0] != len(self.band_names):
            raise ValueError(f'block has {block.shape[0]} bands, the output {len(self.band_names)}')
        for index in range(block.shape[0]):
            self.write_band(index, row0, block[index], col0)

    def write_band(self, index, row0, array, col0=0):
        """Write ``array`` at row ``row0``, column ``col0`` of band ``index`` (0-based)."""
        band = self._dataset.GetRasterBand(index + 1)
        if band.WriteArray(np.asarray(array, dtype=np.float32), col0, row0) != 0:
            raise InputError('{0}: writing "{1}" failed ({2}).', self.role, self.path, _gdal_message())

    def flush(self):
        """Compress and write the blocks cached so far (bounds memory; the file stays ``.partial``)."""
        if self._dataset is not None:
            self._dataset.FlushCache()

    def commit(self):
        """Flush, close and move the finished file to its final name.

        During a run with staged outputs (:func:`.staging.staged_outputs`) the
        file keeps its ``.partial`` name until the whole run has succeeded.
        """
        if self._dataset is None:
            return self.path
        self._dataset.FlushCache()
        self._dataset = None
        staging.publish(self._temp, self.path)
        return self.path

    def abort(self):
        """Close and delete the partial file."""
        self._dataset = None
        for leftover in (self._temp, self._temp + '.aux.xml'):
            if os.path.exists(leftover):
                os.remove(leftover)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.abort()
        return False


def time_series_writer(path, grid, dates, role='OUTPUT', units='mm', metadata=None, creation_options=()):
    """A :class:`RasterWriter` for a time series: one band per date (SPEC §2).

    Band description ``YYYY-MM-DD`` and band metadata ``DATE=YYYYMMDD``.
    """
    return RasterWriter(path, grid, [dates_mod.iso(d) for d in dates], role,
                        band_metadata=[{'DATE': dates_mod.compact(d)} for d in dates],
                        metadata=metadata, units=units, creation_options=creation_options)


def write_raster(path, grid, arrays, band_names, role='OUTPUT', units=None, metadata=None,
                 band_metadata=None):
    """Write whole 2-D ``arrays`` (one per band) at once — for small products."""
    with RasterWriter(path, grid, band_names, role, band_metadata=band_metadata,
                      metadata=metadata, units=units) as writer:
        for index, array in enumerate(arrays):
            writer.write_band(index, 0, array)
    return os.fspath(path)


def grid_from_origin(x_min, y_max, pixel_size, width, height, epsg=None, crs_wkt=''):
    """A north-up :class:`Grid` from its upper-left corner and pixel size."""
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(int(epsg))
        crs_wkt = srs.ExportToWkt()
    return Grid(int(width), int(height), (float(x_min), float(pixel_size), 0.0,
                                          float(y_max), 0.0, -float(pixel_size)), crs_wkt)
