"""LiCSBAS results and LiCSAR frame products in the toolbox's conventions.

Recognised files (by name)::

    cum.h5, cum_filt.h5      cum (dates, rows, cols) [mm], imdates (YYYYMMDD), vel [mm/yr], refarea
                             "x1:x2/y1:y2", corner_lat, corner_lon, post_lat, post_lon, coh_avg, hgt,
                             E.geo, N.geo, U.geo (scalar and image datasets, LiCSBAS13)
    results/vel, vstd, coh_avg, hgt, mask, GEOCml*/E.geo, N.geo, U.geo, hgt
                             raw little-endian float32, rows × columns from EQA.dem_par
    GEOCml*/yyyymmdd_yyyymmdd/yyyymmdd_yyyymmdd.unw (float32, radians) and .cc (uint8, 0–255)
    EQA.dem_par              GAMMA DEM parameters: width, nlines, corner_lat, corner_lon, post_lat, post_lon
    LiCSAR GeoTIFFs          *.geo.unw.tif (radians, 0 = no data), *.geo.cc.tif (0–255, or 0–1),
                             *.geo.E/N/U.tif (LOS unit vector, ground → satellite), *.geo.hgt.tif (m)

Grid: LiCSBAS's ``corner_lat``/``corner_lon`` are the **centre** of the first
pixel ("grid registration", LiCSBAS02 shifts the GeoTIFF corner half a post
inwards), so the GDAL geotransform is::

    (corner_lon − post_lon/2, post_lon, 0, corner_lat − post_lat/2, 0, post_lat)     (post_lat < 0)

in WGS 84 degrees (EPSG:4326).  ``EQA.dem_par`` is looked for next to a raw
file, in ``../info/`` (TS_GEOCml*/info keeps a copy) and in ``..``; it may
also be given among the inputs.  Values: LiCSBAS displacements are already mm
(positive towards the satellite); LiCSAR unwrapped phase stays in radians
(``sbasinversion`` converts with d = −λ/(4π)·φ, the LiCSBAS convention too).
Zeros of LiCSAR/LiCSBAS rasters are no data → NaN (as LiCSBAS02 does);
8-bit coherence is divided by 255; a coherence that is neither within [0, 1]
nor 8-bit (integers 0–255) is refused.  Incidence θ = arccos U and heading
from the E/N/U vector (:func:`.line_of_sight.angles_from_unit_vector`).
"""
import os
import re
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, osr

from ..common import dates as dates_mod
from ..common.errors import InputError, Message
from ..geometry.line_of_sight import angles_from_unit_vector, check_unit_vectors
from ..io.raster_stack import Grid, RasterStack, check_same_grid, open_dataset
from .hdf5 import datasets, open_hdf5, require, scalar, string
from .layers import Layer, dated_layer, single_layer

DEM_PAR = 'EQA.dem_par'
DEM_PAR_KEYS = ('width', 'nlines', 'corner_lat', 'corner_lon', 'post_lat', 'post_lon')
#: raw LiCSBAS files (no extension) → layer key
RAW_FILES = {'vel': 'velocity', 'vstd': 'velocity_std', 'coh_avg': 'coherence', 'hgt': 'height', 'mask': 'mask',
             'E.geo': 'los_east', 'N.geo': 'los_north', 'U.geo': 'los_up'}
#: LiCSAR GeoTIFF suffix → layer key
LICSAR_SUFFIXES = {'.geo.unw.tif': 'interferogram', '.geo.cc.tif': 'pair_coherence', '.geo.E.tif': 'los_east',
                   '.geo.N.tif': 'los_north', '.geo.U.tif': 'los_up', '.geo.hgt.tif': 'height'}
#: datasets of cum.h5 → layer key (besides cum)
CUM_DATASETS = {'vel': 'velocity', 'vstd': 'velocity_std', 'coh_avg': 'coherence', 'hgt': 'height',
                'E.geo': 'los_east', 'N.geo': 'los_north', 'U.geo': 'los_up'}
ACCEPTED = ('LiCSBAS cum.h5/cum_filt.h5, results/ files (vel, vstd, coh_avg, hgt, mask) with EQA.dem_par, '
            'GEOCml*/E.geo, N.geo, U.geo, *.unw/*.cc, or LiCSAR *.geo.unw.tif, *.geo.cc.tif, *.geo.E/N/U.tif, '
            '*.geo.hgt.tif')
LOS_KEYS = ('los_east', 'los_north', 'los_up')


# -- EQA.dem_par ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DemPar:
    """The grid of LiCSBAS rasters from ``EQA.dem_par`` (corner = centre of the first pixel)."""

    path: str
    width: int
    nlines: int
    corner_lat: float
    corner_lon: float
    post_lat: float
    post_lon: float

    def grid(self):
        return grid_from_corner(self.width, self.nlines, self.corner_lat, self.corner_lon, self.post_lat,
                                self.post_lon)


def wgs84_wkt():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    return srs.ExportToWkt()


def grid_from_corner(width, nlines, corner_lat, corner_lon, post_lat, post_lon):
    """:class:`Grid` of a LiCSBAS raster: the corner is the first pixel's centre (module docstring)."""
    return Grid(int(width), int(nlines), (corner_lon - post_lon / 2.0, post_lon, 0.0,
                                          corner_lat - post_lat / 2.0, 0.0, post_lat), wgs84_wkt())


def read_dem_par(path, role='INPUT'):
    """Parse ``EQA.dem_par`` (``key: value [unit]`` lines); :class:`InputError` naming missing keys."""
    values = {}
    try:
        with open(path, encoding='utf-8', errors='replace') as handle:
            for line in handle:
                key, _, rest = line.partition(':')
                if rest.strip():
                    values[key.strip()] = rest.split()[0]
    except OSError as error:
        raise InputError('{0}: cannot read "{1}" ({2}).', role, path, error.strerror) from None
    missing = [key for key in DEM_PAR_KEYS if key not in values]
    if missing:
        raise InputError('{0}: "{1}" lacks {2}; an EQA.dem_par written by LiCSBAS (LiCSBAS02_ml_prep) holds {3}.',
                         role, path, ', '.join(missing), ', '.join(DEM_PAR_KEYS))
    try:
        return DemPar(path, int(values['width']), int(values['nlines']),
                      *(float(values[key]) for key in DEM_PAR_KEYS[2:]))
    except ValueError:
        raise InputError('{0}: "{1}" has a value that is not a number among {2}.',
                         role, path, ', '.join((f'{k}={values[k]}' for k in DEM_PAR_KEYS))) from None


def find_dem_par(path):
    """``EQA.dem_par`` for a raw file: next to it, in ``../info``, in ``..`` or in ``../..``; else ``None``."""
    folder = os.path.dirname(os.path.abspath(path))
    for candidate in (folder, os.path.join(folder, '..', 'info'), os.path.join(folder, '..'),
                      os.path.join(folder, '..', '..')):
        candidate = os.path.normpath(os.path.join(candidate, DEM_PAR))
        if os.path.isfile(candidate):
            return candidate
    return None


# -- the files ---------------------------------------------------------------------------------------
def classify(path):
    """(kind, key) of a LiCSBAS/LiCSAR file, from its name; ``None`` when not recognised."""
    name = os.path.basename(path)
    lower = name.lower()
    if name == DEM_PAR:
        return 'dem_par', None
    if lower.endswith('.h5'):
        return 'cum', None
    for suffix, key in LICSAR_SUFFIXES.items():
        if name.endswith(suffix) or lower.endswith(suffix.lower()):
            return 'licsar', key
    if name in RAW_FILES:
        return 'raw', RAW_FILES[name]
    if dates_mod.find_pair(name) and lower.endswith('.unw'):
        return 'raw', 'interferogram'
    if dates_mod.find_pair(name) and lower.endswith('.cc'):
        return 'raw', 'pair_coherence'
    return None


class RawFile:
    """A raw LiCSBAS raster: little-endian float32 (``.cc``: uint8) rows × columns of ``EQA.dem_par``."""

    def __init__(self, path, key, dem_par, role):
        self.path, self.key, self.role = path, key, role
        self.name = os.path.basename(path)
        self.dtype = np.dtype('u1') if key == 'pair_coherence' else np.dtype('<f4')
        self.grid = dem_par.grid()
        expected = dem_par.width * dem_par.nlines * self.dtype.itemsize
        size = os.path.getsize(path)
        if size != expected:
            raise InputError('{0}: "{1}" has {2} bytes but {3} ({4} × {5} pixels of {6} byte(s)) needs {7}; give the '
                             'EQA.dem_par of the same LiCSBAS run.',
                             role, self.name, size, os.path.basename(dem_par.path), dem_par.width, dem_par.nlines,
                             self.dtype.itemsize, expected)
        self.data = np.memmap(path, dtype=self.dtype, mode='r', shape=(dem_par.nlines, dem_par.width))

    def rows(self, row0, nrows):
        return np.asarray(self.data[row0:row0 + nrows], dtype=np.float64)


class CumFile:
    """LiCSBAS ``cum.h5``/``cum_filt.h5`` (LiCSBAS13/16 layout)."""

    def __init__(self, path, role, dem_par=None):
        self.path, self.role = path, role
        self.name = os.path.basename(path)
        self.handle = open_hdf5(path, role)
        held = datasets(self.handle)
        if 'cum' not in held and 'vel' not in held:
            require(self.handle, 'cum', role, ' (LiCSBAS cumulative displacement)')
        if all(key in held or key in self.handle.attrs for key in DEM_PAR_KEYS[2:]):
            shape = self.handle['cum' if 'cum' in held else 'vel'].shape
            corner = [scalar(self.handle, key, role) for key in DEM_PAR_KEYS[2:]]
            self.grid = grid_from_corner(shape[-1], shape[-2], *corner)
        elif dem_par is not None:
            self.grid = dem_par.grid()
        else:
            raise InputError('{0}: "{1}" has no corner_lat/corner_lon/post_lat/post_lon and no {2} was found (looked '
                             'next to it, in ../info and ..); add the EQA.dem_par of the run (GEOCml*/ or '
                             'TS_GEOCml*/info/) to the inputs.', role, self.name, DEM_PAR)

    def dates(self):
        values = np.atleast_1d(require(self.handle, 'imdates', self.role, ' (the acquisition dates)')[()])
        result = []
        for value in values:
            date = dates_mod.from_compact(str(int(value)) if np.issubdtype(np.asarray(value).dtype, np.number)
                                          else value.decode() if isinstance(value, bytes) else str(value))
            if date is None:
                raise InputError('{0}: "{1}" has the date "{2}" in imdates; YYYYMMDD expected.',
                                 self.role, self.name, value)
            result.append(date)
        return result

    def rows(self, name, row0, nrows):
        return np.asarray(self.handle[name][..., row0:row0 + nrows, :], dtype=np.float64)

    def reference_pixel(self):
        """(row, column) of the centre of ``refarea`` ("x1:x2/y1:y2", end exclusive), or ``None``."""
        text = string(self.handle, 'refarea')
        match = re.fullmatch(r'\s*(\d+):(\d+)/(\d+):(\d+)\s*', text or '')
        if not match:
            return None
        x1, x2, y1, y2 = (int(v) for v in match.groups())
        return (y1 + y2 - 1) / 2.0, (x1 + x2 - 1) / 2.0

    def close(self):
        self.handle.close()


def coherence_scale(path, role):
    """1/255 for 8-bit coherence, 1 for coherence in [0, 1]; :class:`InputError` otherwise."""
    dataset = open_dataset(path, role)
    band = dataset.GetRasterBand(1)
    low, high = band.ComputeRasterMinMax(False)
    if band.DataType == gdal.GDT_Byte:
        return 1.0 / 255.0
    if low >= 0.0 and high <= 1.0:
        return 1.0
    values = band.ReadAsArray()
    if low >= 0.0 and high <= 255.0 and np.all(np.mod(values[np.isfinite(values)], 1.0) == 0.0):
        return 1.0 / 255.0
    raise InputError('{0}: coherence "{1}" ranges {2:g} … {3:g}: neither within [0, 1] nor 8-bit (integers 0–255); '
                     'give the LiCSAR *.geo.cc.tif as downloaded.', role, os.path.basename(path), low, high)


# -- the product -----------------------------------------------------------------------------------
class LicsbasProduct:
    """LiCSBAS/LiCSAR files imported together onto one grid (module docstring)."""

    EIGHT_BIT = Message('Coherence is 8-bit (0–255): divided by 255.')

    def __init__(self, paths, role='INPUT', look='right'):
        if not paths:
            raise InputError('{0}: no file given; give {1}.', role, ACCEPTED)
        self.role, self.look = role, look
        self.messages = []
        self.cum = None
        self.raw = {}
        self.licsar = {}
        self.pairs = {'interferogram': [], 'pair_coherence': []}
        dem_pars = [p for p in paths if classify(p) == ('dem_par', None)]
        explicit = read_dem_par(dem_pars[0], role) if dem_pars else None
        for path in paths:
            kind = classify(path)
            if kind is None:
                raise InputError('{0}: "{1}" is not a file of LiCSBAS or LiCSAR; give {2}.',
                                 role, os.path.basename(path), ACCEPTED)
            if not os.path.isfile(path):
                raise InputError('{0}: file "{1}" does not exist.', role, path)
            self._add(path, *kind, explicit)
        self.grid = self._common_grid()

    def _dem_par(self, path, explicit):
        if explicit is not None:
            return explicit
        found = find_dem_par(path)
        if found is None:
            folder = os.path.dirname(os.path.abspath(path))
            raise InputError('{0}: no {1} for "{2}" (looked in {3}, {4} and the folders above); raw LiCSBAS files '
                             'need it for their size and position: add the {1} of the run (GEOCml*/ or '
                             'TS_GEOCml*/info/) to the inputs.',
                             self.role, DEM_PAR, os.path.basename(path), folder,
                             os.path.normpath(os.path.join(folder, '..', 'info')))
        return read_dem_par(found, self.role)

    def _add(self, path, kind, key, explicit):
        if kind == 'dem_par':
            return
        if kind == 'cum':
            if self.cum is not None:
                raise InputError('{0}: "{1}" and "{2}" are both LiCSBAS cumulative files; give one.',
                                 self.role, self.cum.name, os.path.basename(path))
            dem_par = explicit or (read_dem_par(find_dem_par(path), self.role) if find_dem_par(path) else None)
            self.cum = CumFile(path, self.role, dem_par)
            return
        if key in ('interferogram', 'pair_coherence'):
            self.pairs[key].append((kind, path, None if kind == 'licsar' else self._dem_par(path, explicit)))
            return
        store = self.raw if kind == 'raw' else self.licsar
        if key in store or (key in self.raw) or (key in self.licsar):
            raise InputError('{0}: two files give the {1}; give one.', self.role, key.replace('_', ' '))
        store[key] = (RawFile(path, key, self._dem_par(path, explicit), self.role) if kind == 'raw'
                      else RasterStack([path], self.role))

    def _grids(self):
        if self.cum is not None:
            yield self.cum.name, self.cum.grid
        for item in self.raw.values():
            yield item.name, item.grid
        for stack in self.licsar.values():
            yield os.path.basename(stack.paths[0]), stack.grid
        for kind, path, dem_par in self.pairs['interferogram'] + self.pairs['pair_coherence']:
            grid = RasterStack([path], self.role).grid if kind == 'licsar' else dem_par.grid()
            yield os.path.basename(path), grid

    def _common_grid(self):
        first = None
        for name, grid in self._grids():
            if first is None:
                first = name, grid
                continue
            check_same_grid(first[1], first[0], grid, name, self.role)
        if first is None:
            raise InputError('{0}: only {1} given; add the LiCSBAS or LiCSAR rasters to import.', self.role, DEM_PAR)
        return first[1]

    # -- reference -------------------------------------------------------------------------------------
    def reference_point(self):
        """(lon, lat) of the centre of LiCSBAS's reference area, or ``None``."""
        pixel = self.cum.reference_pixel() if self.cum is not None else None
        return None if pixel is None else self.grid.centre_of(pixel[1], pixel[0])

    # -- layers ------------------------------------------------------------------------------------------
    def _source(self, key):
        """A reader (row0, nrows) → (nrows, width) for ``key`` from the raw files, LiCSAR rasters or cum.h5."""
        if key in self.raw:                       # LiCSBAS writes NaN for no data
            return self.raw[key].rows
        if key in self.licsar:                    # LiCSAR GeoTIFFs: 0 is no data
            stack = self.licsar[key]
            return lambda row0, nrows: _no_zero(stack.read_band(0, row0, nrows))
        if self.cum is not None:
            name = {v: k for k, v in CUM_DATASETS.items()}.get(key, key)
            if name in self.cum.handle:
                return lambda row0, nrows: self.cum.rows(name, row0, nrows)
        return None

    def _mask(self):
        source = self._source('mask')
        if source is None:
            return lambda row0, nrows: None
        return lambda row0, nrows: ~(source(row0, nrows) > 0)

    def layers(self):
        mask = self._mask()

        def masked(read):
            def apply(row0, nrows):
                values = read(row0, nrows)
                where = mask(row0, nrows)
                if where is not None:
                    values[..., where] = np.nan
                return values
            return apply

        result = []
        if self.cum is not None and 'cum' in self.cum.handle:
            result.append(dated_layer('timeseries', self.cum.dates(),
                                      masked(lambda row0, nrows: self.cum.rows('cum', row0, nrows)),
                                      {'SOURCE': 'LiCSBAS', 'REFERENCE_AREA': string(self.cum.handle, 'refarea')}))
        for key in ('velocity', 'velocity_std', 'coherence', 'height'):
            source = self._source(key)
            if source is not None:
                result.append(single_layer(key, masked(source)))
        result.extend(self._geometry_layers())
        result.extend(self._pair_layers())
        return result

    def _geometry_layers(self):
        sources = [self._source(key) for key in LOS_KEYS]
        if any(source is None for source in sources):
            if any(source is not None for source in sources):
                self.messages.append(Message('Only some of the E/N/U LOS components were given; give all three '
                                             'for the LOS vector, incidence and heading.'))
            return []

        def vector(row0, nrows):
            east, north, up = (source(row0, nrows) for source in sources)
            check_unit_vectors(east, north, up, 'E/N/U')
            return east, north, up

        def angle(index):
            return lambda row0, nrows: angles_from_unit_vector(*vector(row0, nrows), self.look)[index]

        metadata = {'LOOK_DIRECTION': self.look, 'DIRECTION': 'ground to satellite'}
        layers = [single_layer(key, source, metadata=metadata) for key, source in zip(LOS_KEYS, sources)]
        layers += [single_layer('incidence', angle(0), metadata=metadata),
                   single_layer('heading', angle(1), metadata=metadata)]
        return layers

    def _pair_layers(self):
        result = []
        for key, output in (('interferogram', 'interferograms'), ('pair_coherence', 'ifg_coherence')):
            items = self.pairs[key]
            if not items:
                continue
            dated = sorted(((dates_mod.find_pair(os.path.basename(path)), kind, path, dem_par)
                            for kind, path, dem_par in items), key=lambda item: item[0])
            seen = set()
            for pair, _, path, _ in dated:
                if pair in seen:
                    raise InputError('{0}: the pair {1}_{2} is given twice ({3}).',
                                     self.role, dates_mod.compact(pair[0]), dates_mod.compact(pair[1]),
                                     os.path.basename(path))
                seen.add(pair)
            labels = [f'{dates_mod.compact(a)}_{dates_mod.compact(b)}' for (a, b), *_ in dated]
            readers = [self._pair_reader(kind, path, dem_par, key) for _, kind, path, dem_par in dated]
            result.append(Layer(output, labels, _stacked(readers), [{'DATE12': label} for label in labels],
                                {'UNITS': 'radians' if key == 'interferogram' else 'coherence 0-1'}))
        return result

    def _pair_reader(self, kind, path, dem_par, key):
        if kind == 'raw':
            raw = RawFile(path, key, dem_par, self.role)
            if key == 'interferogram':            # LiCSBAS02 float32 with NaN for no data
                return raw.rows
            return lambda row0, nrows: _no_zero(raw.rows(row0, nrows)) / 255.0   # uint8, 0 = no data
        scale = coherence_scale(path, self.role) if key == 'pair_coherence' else 1.0
        if scale != 1.0 and self.EIGHT_BIT not in self.messages:
            self.messages.append(self.EIGHT_BIT)
        stack = RasterStack([path], self.role)
        return lambda row0, nrows: _no_zero(stack.read_band(0, row0, nrows)) * scale

    def close(self):
        if self.cum is not None:
            self.cum.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _no_zero(values):
    """Zeros of LiCSAR rasters and LiCSBAS 8-bit coherence are no data (as LiCSBAS02 reads them)."""
    values[values == 0.0] = np.nan
    return values


def _stacked(readers):
    return lambda row0, nrows: np.stack([read(row0, nrows) for read in readers])
