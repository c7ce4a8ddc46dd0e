"""EGMS (European Ground Motion Service) CSV products: L2a, L2b and L3, plain or zipped as downloaded.

A product is one CSV (comma separated; the EGMStoolkit writes semicolons)
with a header line and one measurement point per line, downloaded as a
``.zip`` holding the CSV and an XML (``<product_level>``, track, burst…)::

    L2a/L2b  pid, mp_type, latitude, longitude, easting, northing, height (height_ortho),
             height_wgs84 (height_ellipse), line, pixel, rmse (rmse_ts), temporal_coherence,
             amplitude_dispersion, incidence_angle, track_angle, los_east, los_north, los_up,
             mean_velocity, mean_velocity_std, acceleration, acceleration_std, seasonality,
             seasonality_std, [gnss_velocity], YYYYMMDD, YYYYMMDD, …
    L3       pid, easting, northing, height (height_ortho), rmse (rmse_ts), mean_velocity,
             mean_velocity_std, acceleration, acceleration_std, seasonality, seasonality_std,
             [gnss_velocity_n/e/u], YYYYMMDD, …      (one file per component: _E_ East, _U_ Up)

Units: easting/northing in metres, ETRS89-LAEA (EPSG:3035); velocities mm/yr
(positive towards the satellite for L2, east/up for L3), acceleration
mm/yr², seasonality mm, date columns the displacement in mm.  ``track_angle``
is the heading of SPEC §2 (flight azimuth, clockwise from north) and
``incidence_angle`` the incidence; ``los_east/north/up`` the ground-to-satellite
unit vector (checked against the angles in the tests: EGMS is Sentinel-1,
right-looking).  Column names of the releases 2015–2021 … 2020–2024 are
read alike (:data:`ALIASES`).

The numeric date columns are why GDAL's CSV driver reads such headers as
data: here the header is always the first line.  Files are read in chunks
of bytes (bounded memory whatever the file size); each chunk is parsed by
numpy at once, falling back to a field-by-field parse for lines with empty
or non-numeric values.
"""
import io
import os
import re
import warnings
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import dataclass

import numpy as np
from osgeo import osr

from ..common import dates as dates_mod
from ..common.errors import InputError
from ..io.resampling import srs_of

#: key used here → column names in the EGMS releases, first match wins
ALIASES = {
    'pid': ('pid',), 'mp_type': ('mp_type',), 'latitude': ('latitude',), 'longitude': ('longitude',),
    'easting': ('easting',), 'northing': ('northing',), 'height': ('height', 'height_ortho'),
    'height_ellipsoid': ('height_wgs84', 'height_ellipse'), 'line': ('line',), 'pixel': ('pixel',),
    'rmse': ('rmse', 'rmse_ts'), 'temporal_coherence': ('temporal_coherence',),
    'amplitude_dispersion': ('amplitude_dispersion',), 'incidence': ('incidence_angle',),
    'heading': ('track_angle',), 'los_east': ('los_east',), 'los_north': ('los_north',), 'los_up': ('los_up',),
    'velocity': ('mean_velocity',), 'velocity_std': ('mean_velocity_std',), 'acceleration': ('acceleration',),
    'acceleration_std': ('acceleration_std',), 'seasonality': ('seasonality',),
    'seasonality_std': ('seasonality_std',),
}
REQUIRED = {'L2a': ('pid', 'easting', 'northing', 'velocity', 'velocity_std', 'incidence', 'heading'),
            'L2b': ('pid', 'easting', 'northing', 'velocity', 'velocity_std', 'incidence', 'heading'),
            'L3': ('pid', 'easting', 'northing', 'velocity', 'velocity_std')}
LEVELS = ('L2a', 'L2b', 'L3')
EPSG = 3035
#: the EGMS L3 grid: 100 m cells with edges on multiples of 100 m in EPSG:3035
L3_RESOLUTION = 100.0
CHUNK_BYTES = 8 * 1024 * 1024
ACCEPTED = 'EGMS L2a, L2b or L3 products: the .csv, or the .zip holding it as downloaded'
_LEVEL = re.compile(r'EGMS_(L2a|L2b|L3)', re.IGNORECASE)
_COMPONENT = re.compile(r'_100km_(E|U|N|EW|UD)(?=[_.]|$)', re.IGNORECASE)


@dataclass
class Chunk:
    """Parsed lines: ``pids`` (list of str) and ``values`` float64 (n, n_columns), NaN where empty."""

    pids: list
    values: np.ndarray


class EgmsFile:
    """One EGMS product file (CSV or ZIP): header, columns, level, dates, chunked reading."""

    def __init__(self, path, role='INPUT'):
        self.path = os.fspath(path)
        self.name = os.path.basename(self.path)
        self.role = role
        if not os.path.isfile(self.path):
            raise InputError('{0}: file "{1}" does not exist.', role, self.path)
        self.member, self.xml = self._members()
        header = self._header_line()
        self.separator = ';' if header.count(';') > header.count(',') else ','
        self.columns = [c.strip().strip('"').strip("'").lstrip('\ufeff') for c in header.split(self.separator)]
        self.index = {name: k for k, name in enumerate(self.columns)}
        self.keys = {key: self.index[name] for key, names in ALIASES.items() for name in names[::-1]
                     if name in self.index}
        self.date_columns = [(k, dates_mod.from_compact(name)) for k, name in enumerate(self.columns)
                             if re.fullmatch(r'\d{8}', name) and dates_mod.from_compact(name)]
        self.level = self._level()
        self.component = self._component()
        self._check_columns()

    # -- the file ---------------------------------------------------------------------------------
    def _members(self):
        if not zipfile.is_zipfile(self.path):
            return None, None
        with zipfile.ZipFile(self.path) as archive:
            names = archive.namelist()
            csvs = [n for n in names if n.lower().endswith('.csv')]
            xmls = [n for n in names if n.lower().endswith('.xml')]
            if len(csvs) != 1:
                raise InputError('{0}: "{1}" holds {2} CSV files ({3}); an EGMS download holds one CSV and its XML.',
                                 self.role, self.name, len(csvs), ', '.join(csvs) or 'none')
            xml = archive.read(xmls[0]) if xmls else None
        return csvs[0], xml

    def _open(self):
        """A binary stream of the CSV and its size in bytes."""
        if self.member is None:
            return open(self.path, 'rb'), os.path.getsize(self.path)
        archive = zipfile.ZipFile(self.path)
        info = archive.getinfo(self.member)
        return _ArchiveStream(archive, archive.open(info)), info.file_size

    def _header_line(self):
        stream, _ = self._open()
        with stream:
            line = stream.readline(1 << 20)
        text = line.decode('utf-8', 'replace').strip()
        if not text:
            raise InputError('{0}: "{1}" is empty; give {2}.', self.role, self.name, ACCEPTED)
        return text

    def _xml_level(self):
        if not self.xml:
            return None
        try:
            root = ElementTree.fromstring(self.xml)
        except ElementTree.ParseError:
            return None
        node = root.find('.//product_level')
        return node.text.strip() if node is not None and node.text else None

    def _level(self):
        for text in (self._xml_level(), self.name, self.member or ''):
            match = _LEVEL.search(text or '')
            if match:
                return {'l2a': 'L2a', 'l2b': 'L2b', 'l3': 'L3'}[match.group(1).lower()]
        return 'L2b' if 'incidence' in self.keys else 'L3'

    def _component(self):
        if self.level != 'L3':
            return 'LOS'
        match = _COMPONENT.search(self.name) or _COMPONENT.search(self.member or '')
        if not match:
            return 'unknown'
        return {'E': 'East', 'EW': 'East', 'U': 'Up', 'UD': 'Up', 'N': 'North'}[match.group(1).upper()]

    def _check_columns(self):
        missing = [ALIASES[key][0] for key in REQUIRED[self.level] if key not in self.keys]
        if missing:
            raise InputError('{0}: "{1}" ({2}) lacks the column(s) {3}; an EGMS {2} CSV has {4} and one column per '
                             'date (YYYYMMDD). Its header starts: {5}…',
                             self.role, self.name, self.level, ', '.join(missing),
                             ', '.join((ALIASES[k][0] for k in REQUIRED[self.level])), ', '.join(self.columns[:8]))
        if not self.date_columns:
            raise InputError('{0}: "{1}" has no date column (YYYYMMDD); an EGMS product holds the displacement of '
                             'every acquisition.', self.role, self.name)

    @property
    def dates(self):
        return [date for _, date in self.date_columns]

    @property
    def extra_columns(self):
        """Numeric columns kept in the point layer besides the known ones and the dates."""
        known = set(self.keys.values()) | {k for k, _ in self.date_columns}
        return [(k, name) for k, name in enumerate(self.columns) if k not in known]

    # -- reading ----------------------------------------------------------------------------------
    def chunks(self, monitor=None, chunk_bytes=CHUNK_BYTES):
        """Yield :class:`Chunk` objects; progress is the fraction of bytes read."""
        stream, size = self._open()
        done = 0
        rest = b''
        with stream:
            stream.readline(1 << 20)          # the header
            while True:
                if monitor is not None:
                    monitor.check()
                block = stream.read(chunk_bytes)
                done += len(block)
                data = rest + block
                if not block:
                    if data.strip():
                        yield self._parse(data)
                    break
                cut = data.rfind(b'\n')
                if cut < 0:
                    rest = data
                    continue
                rest = data[cut + 1:]
                yield self._parse(data[:cut])
                if monitor is not None:
                    monitor.update(done / max(size, 1))

    def _parse(self, data):
        text = data.decode('utf-8', 'replace').replace('\r', '')
        lines = [line for line in text.split('\n') if line.strip()]
        n_columns = len(self.columns)
        pid_column = self.keys['pid']
        if pid_column == 0:
            heads, tails = zip(*(line.split(self.separator, 1) if self.separator in line else (line, '')
                                 for line in lines))
            body = '\n'.join(tails).replace('\n', self.separator)
            values = self._fast_values(body)
            if values.size == len(lines) * (n_columns - 1):
                values = np.column_stack([np.full(len(lines), np.nan), values.reshape(len(lines), n_columns - 1)])
                return Chunk([h.strip().strip('"') for h in heads], values)
        return self._parse_slowly(lines)

    def _fast_values(self, body):
        """All numbers of ``body`` in one pass, or an empty array when a field is empty or not numeric.

        An empty field stops ``np.fromstring`` early: numpy 1 warns (DeprecationWarning) and returns
        what it read, numpy 2 raises ValueError; either way the caller sees too few values and
        falls back to :meth:`_parse_slowly`.
        """
        if not body:
            return np.empty(0)
        with warnings.catch_warnings():
            warnings.simplefilter('ignore', DeprecationWarning)
            try:
                return np.fromstring(body, dtype=np.float64, sep=self.separator)
            except ValueError:
                return np.empty(0)

    def _parse_slowly(self, lines):
        """Field-by-field parse: empty or non-numeric fields → NaN; short lines padded, long ones refused."""
        n_columns = len(self.columns)
        values = np.full((len(lines), n_columns), np.nan)
        pids = []
        for row, line in enumerate(lines):
            fields = line.split(self.separator)
            if len(fields) > n_columns:
                raise InputError('{0}: a line of "{1}" has {2} fields for {3} columns; the file is not a well-formed '
                                 'EGMS CSV.', self.role, self.name, len(fields), n_columns)
            pids.append(fields[self.keys['pid']].strip().strip('"') if self.keys['pid'] < len(fields) else '')
            for column, field in enumerate(fields):
                try:
                    values[row, column] = float(field)
                except ValueError:
                    continue
        return Chunk(pids, values)

    def column(self, chunk, key):
        """Values of ``key`` (of :data:`ALIASES`) in a chunk, or NaN when the file lacks the column."""
        index = self.keys.get(key)
        return chunk.values[:, index] if index is not None else np.full(len(chunk.pids), np.nan)

    def series(self, chunk):
        """(n_points, n_dates) displacement (mm) of a chunk, in :attr:`dates` order."""
        return chunk.values[:, [k for k, _ in self.date_columns]]


class _ArchiveStream(io.RawIOBase):
    """A ZIP member stream that closes its archive too."""

    def __init__(self, archive, stream):
        super().__init__()
        self._archive, self._stream = archive, stream

    def read(self, size=-1):
        return self._stream.read(size)

    def readline(self, size=-1):
        return self._stream.readline(size)

    def close(self):
        self._stream.close()
        self._archive.close()
        super().close()


def unit_vectors(source, chunk):
    """Ground-to-satellite unit vectors (east, north, up) of a chunk of L2 points.

    ``los_east/north/up`` when the file has them (flipped if written
    satellite-to-ground), else from ``incidence_angle`` and ``track_angle``
    for a right-looking sensor (SPEC §2).
    """
    east, north, up = (source.column(chunk, key) for key in ('los_east', 'los_north', 'los_up'))
    theta = np.radians(source.column(chunk, 'incidence'))
    alpha = np.radians(source.column(chunk, 'heading'))
    from_angles = (-np.sin(theta) * np.cos(alpha), np.sin(theta) * np.sin(alpha), np.cos(theta))
    missing = ~(np.isfinite(east) & np.isfinite(north) & np.isfinite(up))
    east, north, up = (np.where(missing, angle, given) for angle, given in zip(from_angles, (east, north, up)))
    sign = np.where(up < 0, -1.0, 1.0)
    return east * sign, north * sign, up * sign


def open_products(paths, role='INPUT'):
    """:class:`EgmsFile` for each path; all of one level (and one L3 component)."""
    if not paths:
        raise InputError('{0}: no file given; give {1}.', role, ACCEPTED)
    files = [EgmsFile(path, role) for path in paths]
    kinds = {(f.level, f.component) for f in files}
    if len(kinds) > 1:
        raise InputError('{0}: the files mix {1}; import one level (and, for L3, one component) at a time.',
                         role, ', '.join(sorted((f'{a} {b}' for a, b in kinds))))
    return files


# -- what an import makes of the points ----------------------------------------------------------------
#: point-layer fields from the known columns, in this order (name in the layer, key of ALIASES)
POINT_FIELDS = ('mp_type', 'velocity', 'velocity_std', 'acceleration', 'acceleration_std', 'seasonality',
                'seasonality_std', 'rmse', 'height', 'height_ellipsoid', 'temporal_coherence', 'amplitude_dispersion',
                'incidence', 'heading', 'los_east', 'los_north', 'los_up', 'latitude', 'longitude', 'line', 'pixel')


@dataclass
class PointLayout:
    """Fields of the imported point layer: ``numeric`` names, then one ``D{YYYYMMDD}`` field per date."""

    numeric: list
    dates: list

    @property
    def date_fields(self):
        return [f'D{dates_mod.compact(d)}' for d in self.dates]


def point_layout(files, with_series=True):
    """The :class:`PointLayout` of the files: known fields they hold, their other columns, the union of dates."""
    numeric = [key for key in POINT_FIELDS if any(key in f.keys for f in files)]
    for source in files:
        numeric += [name for _, name in source.extra_columns if name not in numeric and name not in ALIASES['pid']]
    dates = sorted({date for source in files for date in source.dates}) if with_series else []
    return PointLayout(numeric, dates)


def point_values(source, chunk, layout):
    """(n, fields) float64 of a chunk in :class:`PointLayout` order (NaN where the file lacks a field)."""
    n = len(chunk.pids)
    columns = []
    for name in layout.numeric:
        index = source.keys.get(name, source.index.get(name))
        columns.append(chunk.values[:, index] if index is not None else np.full(n, np.nan))
    values = np.column_stack(columns) if columns else np.empty((n, 0))
    return np.concatenate([values, series_on(source, chunk, layout.dates)], axis=1)


def series_on(source, chunk, dates):
    """(n, len(dates)) displacement (mm) of a chunk on the date list ``dates`` (NaN for dates it lacks)."""
    position = {date: k for k, date in enumerate(dates)}
    out = np.full((len(chunk.pids), len(dates)), np.nan)
    for column, date in source.date_columns:
        if date in position:
            out[:, position[date]] = chunk.values[:, column]
    return out


def egms_crs_wkt():
    """WKT of ETRS89-LAEA (EPSG:3035), the CRS of EGMS easting/northing."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    return srs.ExportToWkt()


def projector(target_wkt):
    """``(x, y)`` EPSG:3035 → ``target_wkt`` for arrays; the identity when the CRS is EPSG:3035."""
    source = srs_of(egms_crs_wkt())
    target = srs_of(target_wkt)
    if source.IsSame(target):
        return lambda x, y: (x, y)
    transform = osr.CoordinateTransformation(source, target)

    def project(x, y):
        if not len(x):
            return x, y
        out = np.asarray(transform.TransformPoints(np.column_stack([x, y])))
        return out[:, 0], out[:, 1]
    return project
