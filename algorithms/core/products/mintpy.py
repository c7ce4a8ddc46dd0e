"""MintPy 1.6 HDF5 products in the toolbox's conventions.

Files, recognised by their ``FILE_TYPE`` attribute (or, without it, by their datasets)::

    timeseries         timeseries (dates, rows, cols) [m], date (YYYYMMDD), bperp
    velocity           velocity, velocityStd [m/year]
    temporalCoherence  temporalCoherence [0–1]
    mask               mask (0/1)
    geometry           incidenceAngle, azimuthAngle [°], height [m], latitude/longitude [°] (radar coordinates)

Geocoded files (``geo_*.h5``, ``geometryGeo.h5``) carry ``X_FIRST``,
``X_STEP``, ``Y_FIRST``, ``Y_STEP``: the upper-left corner of the first pixel
and the pixel size (MintPy's pixel centres are at ``X_FIRST + (col + ½)·X_STEP``),
i.e. the GDAL geotransform ``(X_FIRST, X_STEP, 0, Y_FIRST, 0, Y_STEP)``.  The
CRS is the ``EPSG`` attribute, else ``UTM_ZONE`` (``33N`` → EPSG:32633,
``33S`` → EPSG:32733), else geographic WGS 84 (``X_UNIT`` degrees, MintPy's
default).  Files in radar coordinates are geocoded through the latitude and
longitude arrays of ``geometryRadar.h5`` (:mod:`.geolocation`).

Values: metres → mm and m/year → mm/yr (× 1000).  MintPy writes 0 where it
did not invert a pixel, so a pixel becomes NaN where

* the file holds NaN;
* every date of the time series (or the velocity) is exactly 0 and the pixel
  is not the reference pixel (which is 0 by construction);
* its temporal coherence is below the threshold (when ``temporalCoherence.h5``
  is given; MintPy's own default mask uses 0.7), or a given ``mask`` file is 0.

Reference: ``REF_LAT``/``REF_LON`` locate the reference pixel — degrees, or,
in a geocoded file with a projected CRS, the map y/x MintPy writes there.
``REF_Y``/``REF_X`` (row, column) may be stale after subsetting or
geocoding; a disagreement is reported and ``REF_LAT``/``REF_LON`` win.

Geometry: MintPy's (ISCE's) ``azimuthAngle`` a is the azimuth of the
ground-to-satellite LOS vector, anticlockwise from north, so
``ê = (−sin θ sin a, sin θ cos a, cos θ)``.  Matching SPEC §2 gives the
heading (flight azimuth, clockwise from north)::

    right-looking: α = 90° − a        left-looking: α = −90° − a      (wrapped to (−180°, 180°])

(MintPy's ``azimuth2heading_angle``; ascending Sentinel-1: a ≈ 102° ↔ α ≈ −12°).
The look side is ``ANTENNA_SIDE`` (−1 right, 1 left) unless given.
"""
import os
import re

import numpy as np
from osgeo import osr

from ..common import dates as dates_mod
from ..common.errors import InputError, Message
from ..geometry.line_of_sight import LOOK_DIRECTIONS, wrap_heading
from ..io.raster_stack import Grid
from ..io.resampling import srs_of
from .geolocation import nearest_pixel
from .hdf5 import attributes, datasets, open_hdf5, require
from .layers import dated_layer, single_layer

#: FILE_TYPE → (the dataset that must be there, what the file is)
KINDS = {
    'timeseries': ('timeseries', 'displacement time series'),
    'velocity': ('velocity', 'velocity'),
    'temporalCoherence': ('temporalCoherence', 'temporal coherence'),
    'mask': ('mask', 'mask'),
    'geometry': (None, 'geometry'),
}
GEOMETRY_DATASETS = ('incidenceAngle', 'azimuthAngle', 'height', 'latitude', 'longitude')
GEOTRANSFORM_ATTRIBUTES = ('X_FIRST', 'X_STEP', 'Y_FIRST', 'Y_STEP')
#: MintPy's default temporal-coherence threshold (maskTempCoh.h5)
DEFAULT_MIN_COHERENCE = 0.7
#: metres (per year) → mm (per year)
MM_PER_M = 1000.0
ACCEPTED = ('MintPy timeseries*.h5, velocity.h5, temporalCoherence.h5, mask*.h5, geometryGeo.h5/'
            'geometryRadar.h5 or their geo_*.h5 versions')


def azimuth_to_heading(azimuth, look='right'):
    """SPEC heading α (degrees) from MintPy's LOS azimuth a (module docstring)."""
    if look not in LOOK_DIRECTIONS:
        raise InputError('LOOK_DIRECTION: "{0}" is not accepted; choose right or left.', look)
    azimuth = np.asarray(azimuth, dtype=float)
    return wrap_heading((90.0 if look == 'right' else -90.0) - azimuth)


def crs_of(attrs):
    """WKT of the CRS of a geocoded MintPy file (module docstring)."""
    srs = osr.SpatialReference()
    epsg = attrs.get('EPSG', '').strip()
    zone = re.fullmatch(r'\s*(\d{1,2})\s*([NnSs])?\s*', attrs.get('UTM_ZONE', '') or '')
    if epsg and epsg.lower() not in ('none', 'nan') and srs.ImportFromEPSG(int(float(epsg))) == 0:
        return srs.ExportToWkt()
    if zone:
        south = (zone.group(2) or 'N').upper() == 'S'
        srs.ImportFromEPSG((32700 if south else 32600) + int(zone.group(1)))
        return srs.ExportToWkt()
    srs.ImportFromEPSG(4326)
    return srs.ExportToWkt()


def _number(attrs, name, path, role):
    try:
        return float(attrs[name])
    except (KeyError, ValueError):
        raise InputError('{0}: attribute {1} of "{2}" is "{3}", not a number.',
                         role, name, os.path.basename(path), attrs.get(name)) from None


class MintPyFile:
    """One MintPy HDF5 file: its kind, attributes, shape and (when geocoded) grid."""

    def __init__(self, path, role='INPUT'):
        self.path = os.fspath(path)
        self.name = os.path.basename(self.path)
        self.role = role
        self.handle = open_hdf5(self.path, role)
        self.attrs = attributes(self.handle)
        self.kind = self._kind()
        self.length, self.width = self._shape()

    def _kind(self):
        file_type = self.attrs.get('FILE_TYPE', '')
        if file_type in KINDS:
            required = KINDS[file_type][0]
            if required:
                require(self.handle, required, self.role, f' (FILE_TYPE {file_type})')
            elif not any(name in self.handle for name in GEOMETRY_DATASETS):
                require(self.handle, 'incidenceAngle', self.role, ' (FILE_TYPE geometry)')
            return file_type
        held = datasets(self.handle)
        for kind, (required, _) in KINDS.items():
            if required and required in held:
                return kind
        if any(name in held for name in GEOMETRY_DATASETS):
            return 'geometry'
        if file_type == 'ifgramStack':
            raise InputError('{0}: "{1}" is a MintPy interferogram stack; import the time series MintPy inverted from '
                             'it (timeseries.h5) or run sbasinversion on interferograms.', self.role, self.name)
        raise InputError('{0}: "{1}" holds none of the MintPy datasets timeseries, velocity, temporalCoherence, mask '
                         'or {2} (it holds: {3}); give {4}.',
                         self.role, self.name, '/'.join(GEOMETRY_DATASETS), ', '.join(held) or 'no dataset', ACCEPTED)

    def _shape(self):
        name = KINDS[self.kind][0] or next(n for n in GEOMETRY_DATASETS if n in self.handle)
        shape = self.handle[name].shape
        if len(shape) < 2:
            raise InputError('{0}: dataset "{1}" of "{2}" has shape {3}; an image (rows × columns) is expected.',
                             self.role, name, self.name, shape)
        return int(shape[-2]), int(shape[-1])

    @property
    def geocoded(self):
        return any(name in self.attrs for name in GEOTRANSFORM_ATTRIBUTES)

    def grid(self):
        """The :class:`Grid` of a geocoded file (module docstring); :class:`InputError` when incomplete."""
        missing = [name for name in GEOTRANSFORM_ATTRIBUTES if name not in self.attrs]
        if missing:
            raise InputError('{0}: "{1}" lacks the geotransform attribute(s) {2} (MintPy geocoded files carry {3}); '
                             'geocode it with MintPy (geocode.py) or, for radar coordinates, add geometryRadar.h5 '
                             'with latitude/longitude.',
                             self.role, self.name, ', '.join(missing), ', '.join(GEOTRANSFORM_ATTRIBUTES))
        x0, dx, y0, dy = (_number(self.attrs, name, self.path, self.role) for name in GEOTRANSFORM_ATTRIBUTES)
        if dx == 0 or dy == 0:
            raise InputError('{0}: "{1}" has X_STEP {2:g} and Y_STEP {3:g}; both must be non-zero.',
                             self.role, self.name, dx, dy)
        return Grid(self.width, self.length, (x0, dx, 0.0, y0, 0.0, dy), crs_of(self.attrs))

    def dates(self):
        raw = require(self.handle, 'date', self.role, ' (the acquisition dates of the time series)')[()]
        result = []
        for value in np.atleast_1d(raw):
            text = value.decode() if isinstance(value, bytes) else str(value)
            date = dates_mod.from_compact(text.strip()[:8])
            if date is None:
                raise InputError('{0}: "{1}" has the date "{2}" in dataset "date"; YYYYMMDD is expected.',
                                 self.role, self.name, text)
            result.append(date)
        if len(result) != self.handle['timeseries'].shape[0]:
            raise InputError('{0}: "{1}" lists {2} dates for {3} time-series bands.',
                             self.role, self.name, len(result), self.handle['timeseries'].shape[0])
        return result

    def rows(self, name, row0, nrows):
        """float64 rows ``row0 … row0+nrows`` of dataset ``name`` (last two axes rows × columns)."""
        dataset = require(self.handle, name, self.role)
        return np.asarray(dataset[..., row0:row0 + nrows, :], dtype=np.float64)

    def close(self):
        self.handle.close()


class MintPyProduct:
    """A set of MintPy files imported together (module docstring).

    ``look``: ``'right'``/``'left'``, or ``None`` for the files' ``ANTENNA_SIDE``
    (right when absent).  ``min_coherence`` applies with a temporal-coherence file.
    """

    def __init__(self, paths, role='INPUT', min_coherence=DEFAULT_MIN_COHERENCE, look=None):
        if not paths:
            raise InputError('{0}: no file given; give {1}.', role, ACCEPTED)
        self.role = role
        self.min_coherence = float(min_coherence)
        self.files = {}
        self.messages = []
        for path in paths:
            item = MintPyFile(path, role)
            if item.kind in self.files:
                raise InputError('{0}: "{1}" and "{2}" are both MintPy {3} files; give one of each kind.',
                                 role, self.files[item.kind].name, item.name, KINDS[item.kind][1])
            self.files[item.kind] = item
        self.look = look or self._antenna_side()
        self._check_grids()

    def _antenna_side(self):
        for item in self.files.values():
            side = item.attrs.get('ANTENNA_SIDE', '').strip()
            if side in ('1', '+1'):
                return 'left'
            if side == '-1':
                return 'right'
        return 'right'

    @property
    def data_files(self):
        return [f for kind, f in self.files.items() if kind != 'geometry']

    @property
    def geometry(self):
        return self.files.get('geometry')

    @property
    def radar(self):
        """True when the data are in radar coordinates (geocoded through latitude/longitude)."""
        main = self.data_files or [self.geometry]
        return not main[0].geocoded

    def _check_grids(self):
        main = (self.data_files or [self.geometry])[0]
        for item in self.files.values():
            if item.geocoded != main.geocoded:
                raise InputError('{0}: "{1}" is {2} but "{3}" is {4}; give files all geocoded (geo_*.h5, '
                                 'geometryGeo.h5) or all in radar coordinates (with geometryRadar.h5).',
                                 self.role, item.name, _coordinates(item), main.name, _coordinates(main))
            if (item.length, item.width) != (main.length, main.width):
                raise InputError('{0}: "{1}" has {2}×{3} pixels but "{4}" {5}×{6}; give the files of one MintPy run.',
                                 self.role, item.name, item.width, item.length, main.name, main.width, main.length)
        if self.radar:
            geometry = self.geometry
            if geometry is None or 'latitude' not in geometry.handle or 'longitude' not in geometry.handle:
                main.grid()   # raises: no geotransform attributes, and says what to add
            return
        grid = main.grid()
        for item in self.files.values():
            difference = item.grid().difference(grid)
            if difference:
                raise InputError('{0}: "{1}" is not on the grid of "{2}" ({3}); give geocoded files of one MintPy run.',
                                 self.role, item.name, main.name, difference)

    # -- the grid and the reference ----------------------------------------------------------------
    @property
    def shape(self):
        main = (self.data_files or [self.geometry])[0]
        return main.length, main.width

    def grid(self):
        """The product grid (geocoded data only)."""
        return (self.data_files or [self.geometry])[0].grid()

    def positions(self, row0, nrows):
        """Latitude, longitude (degrees) of rows of radar pixels, from the geometry file."""
        return self.geometry.rows('latitude', row0, nrows), self.geometry.rows('longitude', row0, nrows)

    def reference_pixel(self):
        """(row, column) of the reference pixel on the product grid, or ``None`` (module docstring)."""
        source = self.files.get('timeseries') or self.files.get('velocity')
        if source is None:
            return None
        attrs = source.attrs
        stated = None
        if 'REF_Y' in attrs and 'REF_X' in attrs:
            try:
                stated = int(float(attrs['REF_Y'])), int(float(attrs['REF_X']))
            except ValueError:
                stated = None
        located = self._locate(attrs)
        if located is None:
            return stated
        if stated is not None and stated != located:
            self.messages.append(Message('{0}: REF_Y/REF_X = {1}/{2} disagree with REF_LAT/REF_LON = {3}/{4}, which '
                                         'fall in row {5}, column {6}; REF_LAT/REF_LON are used (REF_Y/REF_X are '
                                         'stale after subsetting or geocoding).',
                                         source.name, stated[0], stated[1], attrs['REF_LAT'], attrs['REF_LON'],
                                         located[0], located[1]))
        return located

    def _locate(self, attrs):
        try:
            lat, lon = float(attrs['REF_LAT']), float(attrs['REF_LON'])
        except (KeyError, ValueError):
            return None
        if self.radar:
            return nearest_pixel(self.positions, self.shape[0], lat, lon)
        grid = self.grid()
        x, y = lon, lat
        if not grid.crs().IsGeographic() and abs(lat) <= 90.0 and abs(lon) <= 360.0:
            transform = osr.CoordinateTransformation(_wgs84(), srs_of(grid.crs_wkt))
            x, y = transform.TransformPoint(lon, lat)[:2]
        column, row = grid.pixel_of(x, y)
        if not (0 <= column < grid.width and 0 <= row < grid.height):
            self.messages.append(Message('REF_LAT/REF_LON = {0}/{1} lie outside the grid; no reference pixel kept.',
                                         lat, lon))
            return None
        return int(np.floor(row)), int(np.floor(column))

    # -- the layers ------------------------------------------------------------------------------
    def _mask(self, row0, nrows):
        """True where the temporal coherence is below the threshold or a mask file is 0."""
        shape = (nrows, self.shape[1])
        masked = np.zeros(shape, dtype=bool)
        coherence = self.files.get('temporalCoherence')
        if coherence is not None and self.min_coherence > 0:
            values = coherence.rows('temporalCoherence', row0, nrows)
            masked |= ~(values >= self.min_coherence)
        mask = self.files.get('mask')
        if mask is not None:
            values = mask.rows('mask', row0, nrows)
            masked |= ~(values > 0)
        return masked

    def _zeros(self, block, reference, row0):
        """Pixels where the block (bands, rows, cols) is 0 on every band, except the reference pixel."""
        zero = np.all(block == 0.0, axis=0)
        if reference is not None and row0 <= reference[0] < row0 + block.shape[1]:
            zero[reference[0] - row0, reference[1]] = False
        return zero

    def layers(self):
        """The output :class:`~.layers.Layer` objects the files hold, on the product grid."""
        reference = self.reference_pixel()
        result = []
        series = self.files.get('timeseries')
        if series is not None:
            result.append(dated_layer('timeseries', series.dates(), self._series_reader(series, reference),
                                      {'SOURCE': 'MintPy', 'REFERENCE_DATE': series.attrs.get('REF_DATE', '')}))
        velocity = self.files.get('velocity')
        if velocity is not None:
            result.append(single_layer('velocity', self._velocity_reader(velocity, 'velocity', reference)))
            if 'velocityStd' in velocity.handle:
                result.append(single_layer('velocity_std', self._velocity_reader(velocity, 'velocityStd',
                                                                                 reference, 'velocity')))
        coherence = self.files.get('temporalCoherence')
        if coherence is not None:
            result.append(single_layer('coherence', lambda r0, n: coherence.rows('temporalCoherence', r0, n),
                                       'temporal_coherence'))
        result.extend(self._geometry_layers())
        return result

    def _series_reader(self, series, reference):
        def read(row0, nrows):
            block = series.rows('timeseries', row0, nrows) * MM_PER_M
            block[:, self._zeros(block, reference, row0) | self._mask(row0, nrows)] = np.nan
            return block
        return read

    def _velocity_reader(self, velocity, name, reference, mask_from=None):
        def read(row0, nrows):
            values = velocity.rows(name, row0, nrows) * MM_PER_M
            decide = values if mask_from is None else velocity.rows(mask_from, row0, nrows)
            values[self._zeros(decide[np.newaxis], reference, row0) | self._mask(row0, nrows)] = np.nan
            return values
        return read

    def _geometry_layers(self):
        geometry = self.geometry
        if geometry is None:
            return []

        def valid(row0, nrows):
            if 'incidenceAngle' not in geometry.handle:
                return np.ones((nrows, self.shape[1]), dtype=bool)
            incidence = geometry.rows('incidenceAngle', row0, nrows)
            return np.isfinite(incidence) & (incidence > 0.0) & (incidence < 90.0)

        def incidence(row0, nrows):
            return np.where(valid(row0, nrows), geometry.rows('incidenceAngle', row0, nrows), np.nan)

        def heading(row0, nrows):
            azimuth = geometry.rows('azimuthAngle', row0, nrows)
            return np.where(valid(row0, nrows), azimuth_to_heading(azimuth, self.look), np.nan)

        def height(row0, nrows):
            return geometry.rows('height', row0, nrows)

        metadata = {'LOOK_DIRECTION': self.look}
        result = []
        for key, dataset, read in (('incidence', 'incidenceAngle', incidence), ('heading', 'azimuthAngle', heading),
                                   ('height', 'height', height)):
            if dataset in geometry.handle:
                result.append(single_layer(key, read, metadata=metadata))
        return result

    def close(self):
        for item in self.files.values():
            item.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _coordinates(item):
    return 'geocoded' if item.geocoded else 'in radar coordinates'


def _wgs84():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs
