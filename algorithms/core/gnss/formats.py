"""GNSS station position time series: readers for the common file formats.

Every reader turns one file into :class:`GnssSeries` objects (one per
station it holds) with, for each epoch:

* ``times`` — UTC instants (``datetime64[ms]``), sorted, without duplicates;
* ``enu`` — east, north, up displacement [m] relative to ``reference``;
* ``sigma`` — 1σ of east, north, up [m] (NaN where the file gives none).

``reference`` is the geodetic position (longitude °, latitude °, ellipsoidal
height m) where ``enu`` is zero — from the file's header or its first epoch —
or ``None`` for files without coordinates (old NGL ``.tenv``, SIO ``.neu``
without a PBO-style header, CSV without latitude/longitude columns).

Formats (``FORMATS`` keys), recognised by content with :func:`detect_format`:

``tenv3``   NGL: site, YYMMMDD, decimal year, MJD, GPS week, day, reference
            meridian, easting (integer + fraction), northing (integer +
            fraction), height (integer + fraction), antenna height, σe σn σu,
            correlations [, latitude, longitude, height] (m, degrees).
``tenv``    old NGL: site, YYMMMDD, decimal year, MJD, week, day, Δe, Δn, Δu,
            antenna height, σe σn σu [, correlations] (m).
``neu``     SIO/SOPAC: ``#`` comments (a PBO-style header, when present, gives
            ``4-character ID`` and ``NEU Reference position``), then decimal
            year, year, day of year, **N, E, U**, σN σE σU (m).
``pbo``     PBO/EarthScope ``.pos`` 1.x (``YYYYMMDD HHMMSS MJD X Y Z …``) and
            2.x (``YYYY-MM-DDTHH:MM:SS decyear X Y Z …``); dN dE dU from the
            header's NEU reference position (m, GPS time).
``geonet``  GSI GEONET F5 (and F3) ``.pos``: ``+SITE/INF`` (ID, RINEX),
            ``+DATA`` block of ``YYYY MM DD HH:MM:SS X Y Z lat lon h`` (m,
            ITRF, GRS80, GPS time).
``rtklib``  RTKLIB ``.pos``: ``%`` header (time system GPST/UTC/JST, ``ref
            pos``), epochs ``YYYY/MM/DD HH:MM:SS.sss`` or ``week seconds``,
            then x/y/z-ecef, latitude/longitude/height (decimal or d m s) or
            e/n/u-baseline, Q, ns, σ and covariance roots (m); any sampling
            rate (daily to 1-s kinematic).
``csv``     comma, semicolon or tab separated ``date,e,n,u[,se,sn,su]`` in
            metres; with semicolons or tabs decimal commas are read
            (``2020-01-05;0,0123;…``, European spreadsheets); values may
            be quoted; an optional header row names columns, case-blind
            (``date``/``Dates``/``time``/``epoch``, ``e``/``E``/``dE``/
            ``east``, ``n``/``dN``/``north``, ``u``/``dU``/``up``, ``se``/
            ``sigma_e``…, optional ``station``, ``lat``, ``lon``,
            ``height``); a name containing ``mm`` marks a column in
            millimetres.  Dates are ISO (``2016-04-16`` or
            ``2016-04-16T01:25:05``, UTC), ``DD.MM.YYYY`` or decimal years.
            An empty or ``NaN`` component is kept as NaN (horizontal-only
            stations).

A malformed data line raises :class:`InputError` naming the file and the line
number, as does a last line shorter than the others (a truncated file); an
epoch given twice with different positions names the file and the epoch.
Geodetic conversions (XYZ ↔ latitude/longitude/height ↔ local east/north/up)
go through pyproj (``+proj=cart``, ``+proj=topocentric``).
"""
import datetime as dt
import functools
import os
import re
from dataclasses import dataclass, replace

import numpy as np
from pyproj import Transformer

from ..common.errors import InputError

FORMATS = {
    'tenv3': 'NGL .tenv3',
    'tenv': 'NGL .tenv (old)',
    'neu': 'SIO .neu / .pos.neu',
    'pbo': 'PBO/EarthScope .pos',
    'geonet': 'GEONET F5 .pos',
    'rtklib': 'RTKLIB .pos',
    'csv': 'CSV (date,e,n,u[,se,sn,su])',
}

PARAMETER = 'INPUT_FILES'

#: GPS − UTC [s] from each date on (IERS Bulletin C)
LEAP_SECONDS = (
    (dt.datetime(1981, 7, 1), 1), (dt.datetime(1982, 7, 1), 2), (dt.datetime(1983, 7, 1), 3),
    (dt.datetime(1985, 7, 1), 4), (dt.datetime(1988, 1, 1), 5), (dt.datetime(1990, 1, 1), 6),
    (dt.datetime(1991, 1, 1), 7), (dt.datetime(1992, 7, 1), 8), (dt.datetime(1993, 7, 1), 9),
    (dt.datetime(1994, 7, 1), 10), (dt.datetime(1996, 1, 1), 11), (dt.datetime(1997, 7, 1), 12),
    (dt.datetime(1999, 1, 1), 13), (dt.datetime(2006, 1, 1), 14), (dt.datetime(2009, 1, 1), 15),
    (dt.datetime(2012, 7, 1), 16), (dt.datetime(2015, 7, 1), 17), (dt.datetime(2017, 1, 1), 18),
)
GPS_EPOCH = dt.datetime(1980, 1, 6)
FIRST_YEAR, LAST_YEAR = 1980, 2100
#: geocentric distances accepted for a ground or near-ground GNSS antenna [m]
EARTH_RADIUS_RANGE = (6.2e6, 6.6e6)
_MONTHS = {m: i for i, m in enumerate(('JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP',
                                       'OCT', 'NOV', 'DEC'), start=1)}
#: what a malformed row raises while parsed (TypeError: too few values for a position)
_ROW_ERRORS = (ValueError, IndexError, OverflowError, KeyError, ZeroDivisionError, TypeError)


@dataclass
class GnssSeries:
    """Displacement time series of one station (see the module docstring)."""

    station: str
    path: str
    format: str
    times: np.ndarray                 # (n,) datetime64[ms], UTC
    enu: np.ndarray                   # (n, 3) [m]
    sigma: np.ndarray                 # (n, 3) [m], NaN = unknown
    reference: tuple = None           # (lon°, lat°, h m) where enu = 0, or None
    ellipsoid: str = 'WGS84'
    antenna: np.ndarray = None        # (n,) antenna height [m] (NGL) or None
    quality: np.ndarray = None        # (n,) RTKLIB solution quality Q or None

    def __len__(self):
        return len(self.times)

    @property
    def name(self):
        """The file name, for messages."""
        return os.path.basename(self.path)

    def interval_seconds(self):
        """Median spacing of the epochs [s] (0 for a single epoch)."""
        if len(self.times) < 2:
            return 0.0
        return float(np.median(np.diff(self.times).astype('timedelta64[ms]').astype(float))) / 1000.0

    def subset(self, mask):
        """The epochs where ``mask`` is true."""
        def pick(a):
            return (None if a is None else a[mask])
        return replace(self, times=self.times[mask], enu=self.enu[mask], sigma=self.sigma[mask],
                       antenna=pick(self.antenna), quality=pick(self.quality))


# -- geodesy through pyproj ----------------------------------------------------------------

@functools.lru_cache(maxsize=4)
def _cartesian(ellipsoid):
    return Transformer.from_pipeline(f'+proj=cart +ellps={ellipsoid}')


@functools.lru_cache(maxsize=64)
def _topocentric(lon, lat, height, ellipsoid):
    return Transformer.from_pipeline(f'+proj=topocentric +ellps={ellipsoid} +lon_0={lon!r} '
                                     f'+lat_0={lat!r} +h_0={height!r}')


def geodetic_to_ecef(lon, lat, height, ellipsoid='WGS84'):
    """(lon°, lat°, h m) arrays → ECEF X, Y, Z [m] as an (n, 3) array."""
    x, y, z = _cartesian(ellipsoid).transform(np.asarray(lon, float), np.asarray(lat, float),
                                              np.asarray(height, float))
    return np.column_stack([np.atleast_1d(x), np.atleast_1d(y), np.atleast_1d(z)])


def ecef_to_geodetic(xyz, ellipsoid='WGS84'):
    """ECEF (n, 3) [m] → (n, 3) of lon°, lat°, h m."""
    xyz = np.atleast_2d(np.asarray(xyz, float))
    lon, lat, height = _cartesian(ellipsoid).transform(xyz[:, 0], xyz[:, 1], xyz[:, 2], direction='INVERSE')
    return np.column_stack([np.atleast_1d(lon), np.atleast_1d(lat), np.atleast_1d(height)])


def ecef_to_enu(xyz, reference, ellipsoid='WGS84'):
    """ECEF (n, 3) → local east, north, up (n, 3) [m] at ``reference`` (lon°, lat°, h m)."""
    xyz = np.atleast_2d(np.asarray(xyz, float))
    e, n, u = _topocentric(*map(float, reference), ellipsoid).transform(xyz[:, 0], xyz[:, 1], xyz[:, 2])
    return np.column_stack([np.atleast_1d(e), np.atleast_1d(n), np.atleast_1d(u)])


def enu_to_ecef(enu, reference, ellipsoid='WGS84'):
    """Inverse of :func:`ecef_to_enu`."""
    enu = np.atleast_2d(np.asarray(enu, float))
    x, y, z = _topocentric(*map(float, reference), ellipsoid).transform(
        enu[:, 0], enu[:, 1], enu[:, 2], direction='INVERSE')
    return np.column_stack([np.atleast_1d(x), np.atleast_1d(y), np.atleast_1d(z)])


def ecef_rotation(reference, ellipsoid='WGS84'):
    """3×3 matrix R with d(enu) = R d(xyz) at ``reference`` (the topocentric Jacobian, from pyproj)."""
    origin = geodetic_to_ecef(*reference, ellipsoid=ellipsoid)[0]
    probes = origin + 1000.0 * np.eye(3)
    return ((ecef_to_enu(probes, reference, ellipsoid) - ecef_to_enu(origin, reference, ellipsoid)) / 1000.0).T


def normalize_longitude(lon):
    """Longitude in [−180, 180) (NGL writes 91.1° E as −268.9, PBO as 0–360)."""
    return (np.asarray(lon, float) + 180.0) % 360.0 - 180.0


# -- time ------------------------------------------------------------------------------------

def leap_seconds(when):
    """GPS − UTC [s] at the naive datetime ``when``."""
    offset = 0
    for start, value in LEAP_SECONDS:
        if when >= start:
            offset = value
    return offset


def gps_to_utc(when):
    """GPS time → UTC (both naive datetimes)."""
    return when - dt.timedelta(seconds=leap_seconds(when - dt.timedelta(seconds=18)))


def decimal_year_to_datetime(value):
    """Decimal year → datetime (fraction of the calendar year's length)."""
    year = int(np.floor(value))
    start = dt.datetime(year, 1, 1)
    return start + (value - year) * (dt.datetime(year + 1, 1, 1) - start)


_ISO_TIMES = ('%Y-%m-%d %H:%M:%S.%f', '%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%d')


def _strptime(text, formats):
    """``(datetime, format)`` of ``text`` (``T`` or a space before the time, optional ``Z``/``UTC``)
    in the first of ``formats`` that fits, or ``(None, None)``."""
    token = re.sub(r'\s*(Z|UTC)$', '', text.strip(), flags=re.IGNORECASE).replace('T', ' ')
    for fmt in formats:
        try:
            return dt.datetime.strptime(token, fmt), fmt
        except ValueError:
            continue
    return None, None


def parse_utc(text, what):
    """Parse ``YYYY-MM-DD[ HH:MM[:SS[.fff]]]`` (``T`` allowed, optional ``Z``/``UTC``) as UTC."""
    when, _ = _strptime(text or '', _ISO_TIMES)
    if when is not None:
        return when
    raise InputError('{0}: "{1}" is not a UTC date and time; write YYYY-MM-DD HH:MM[:SS] (for example 2016-04-15 '
                     '16:25:05).', what, (text or '').strip())


def _check_time(when):
    if not FIRST_YEAR <= when.year <= LAST_YEAR:
        raise ValueError(f'year {when.year} outside {FIRST_YEAR}–{LAST_YEAR}')
    return when


def _finite(*values):
    numbers = [float(v) for v in values]
    if not all(np.isfinite(numbers)):
        raise ValueError('not a finite number')
    return numbers


def _sigmas(*values):
    numbers = [float(v) for v in values]
    if any(v < 0 for v in numbers):
        raise ValueError('negative standard deviation')
    return numbers


def _require(tokens, count):
    if len(tokens) < count:
        raise ValueError(f'{len(tokens)} columns, at least {count} needed')


def _reference_of(geodetic):
    """(lon, lat, h) reference from a (lat, lon, h) row value, or None."""
    return None if geodetic is None else (geodetic[1], geodetic[0], geodetic[2])


def _noon(date):
    return dt.datetime(date.year, date.month, date.day, 12)


# -- reading -----------------------------------------------------------------------------------

def _read_lines(path):
    name = os.path.basename(path)
    try:
        with open(path, 'rb') as handle:
            raw = handle.read()
    except OSError as error:
        raise InputError('{0}: cannot read "{1}" ({2}).', PARAMETER, path, error.strerror or error) from None
    if not raw.strip():
        raise InputError('{0}: "{1}" is empty; give a GNSS position time series ({2}).',
                         PARAMETER, name, ', '.join(FORMATS.values()))
    if b'\0' in raw:
        raise InputError('{0}: "{1}" is a binary file, not a GNSS position time series ({2}).',
                         PARAMETER, name, ', '.join(FORMATS.values()))
    return [line.rstrip('\r') for line in raw.decode('utf-8', errors='replace').split('\n')]


def _station_from_name(path):
    stem = re.split(r'[._\-\s]', os.path.basename(path), maxsplit=1)[0]
    return (stem or os.path.basename(path)).upper()


def _line_error(path, number, line, fmt, expected):
    excerpt = line.strip()
    excerpt = excerpt if len(excerpt) <= 60 else excerpt[:57] + '...'
    return InputError('{0}: "{1}" line {2}: "{3}" is not a valid {4} line; expected {5}.',
                      PARAMETER, os.path.basename(path), number, excerpt, FORMATS[fmt], expected)


def _check_truncation(path, rows, split):
    """:class:`InputError` when the last data line has fewer values than the lines before it (a cut file)."""
    if len(rows) < 3:
        return
    counts = [len(split(line)) for _, line in rows[-50:-1]]
    usual = max(set(counts), key=counts.count)
    number, line = rows[-1]
    found = len(split(line))
    if found < usual:
        excerpt = line.strip()[:60]
        raise InputError('{0}: "{1}" line {2}: "{3}" has {4} values where the lines before it have {5}; the file '
                         'looks truncated (cut in the middle of a line). Complete or remove that line.',
                         PARAMETER, os.path.basename(path), number, excerpt, found, usual)


def _parse_rows(path, rows, fmt, parse, expected, split=str.split):
    """Apply ``parse(tokens, line)`` to ``rows`` [(number, line)]; errors name file and line.

    A last line shorter than the others (``split`` counts the values) is a truncated file: an error.
    """
    _check_truncation(path, rows, split)
    parsed = []
    for number, line in rows:
        try:
            parsed.append(parse(split(line), line))
        except _ROW_ERRORS as error:
            raise _line_error(path, number, line, fmt, expected) from error
    if not parsed:
        raise InputError('{0}: "{1}" holds no position lines (read as {2}); it is empty or only a header.',
                         PARAMETER, os.path.basename(path), FORMATS[fmt])
    return parsed


def _data_rows(lines, skip=lambda line: False):
    return [(i, line) for i, line in enumerate(lines, start=1) if line.strip() and not skip(line)]


def _header_value(lines, key, prefix=''):
    """Numbers after ``key`` in a header line (PBO style ``KEY : v v v``), or None."""
    for line in lines:
        text = line.lstrip(prefix).strip() if prefix else line.strip()
        if text.startswith(key):
            return text.split(':', 1)[1].strip() if ':' in text else None
    return None


def _pbo_header(lines, prefix=''):
    """(station, reference) from PBO-style header lines (``4-character ID``, ``NEU Reference position``)."""
    station = _header_value(lines, '4-character ID', prefix)
    station = station.split()[0].upper() if station else None
    reference = None
    neu = _header_value(lines, 'NEU Reference position', prefix)
    xyz = _header_value(lines, 'XYZ Reference position', prefix)
    try:
        if neu:
            lat, lon, height = _finite(*neu.split()[:3])
            if abs(lat) <= 90:
                reference = _reference_of((lat, float(normalize_longitude(lon)), height))
        elif xyz:
            reference = tuple(ecef_to_geodetic(_earth_point(*xyz.split()[:3]))[0])
    except _ROW_ERRORS:
        reference = None
    return station, reference


def _earth_point(x, y, z):
    xyz = np.array(_finite(x, y, z))
    radius = float(np.linalg.norm(xyz))
    if not EARTH_RADIUS_RANGE[0] <= radius <= EARTH_RADIUS_RANGE[1]:
        raise ValueError(f'ECEF position {radius:.0f} m from the geocentre is not at the Earth surface')
    return xyz


def _geodetic_point(lat, lon, height):
    lat, lon, height = _finite(lat, lon, height)
    if abs(lat) > 90 or abs(lon) > 360 or abs(height) > 1e5:
        raise ValueError('latitude/longitude/height out of range')
    return lat, float(normalize_longitude(lon)), height


def _assemble(path, fmt, station, times, enu, sigma, reference, ellipsoid='WGS84', antenna=None,
              quality=None, conflicts='error'):
    """Sort, drop repeated epochs and build the :class:`GnssSeries`.

    An epoch repeated with the same position is kept once; repeated with a
    different position it is an :class:`InputError` naming the file and the
    epoch (``conflicts='error'``), or the first value is kept (``'first'``:
    joined files of one station, :func:`merge_stations`).
    """
    times = np.array(times, dtype='datetime64[ms]')
    order = np.argsort(times, kind='stable')
    times = times[order]
    keep = np.ones(len(times), dtype=bool)
    keep[1:] = times[1:] != times[:-1]
    if conflicts == 'error' and not keep.all():
        ordered = np.asarray(enu, float).reshape(-1, 3)[order]
        repeat = np.flatnonzero(~keep)
        differs = ~np.all(np.isclose(ordered[repeat], ordered[repeat - 1], rtol=0.0, atol=1e-7, equal_nan=True),
                          axis=1)
        if differs.any():
            first = repeat[differs][0]
            when = str(times[first].astype('datetime64[s]')).replace('T', ' ')
            raise InputError('{0}: "{1}" holds epoch {2} (station {3}) {4} times with different positions ({5} such '
                             'epoch{6}); keep one line per epoch.',
                             PARAMETER, os.path.basename(path), when, station, int(np.sum(times == times[first])),
                             int(differs.sum()), 's' if differs.sum() > 1 else '')
    def pick(a):
        return (None if a is None else np.asarray(a, dtype=float)[order][keep])
    enu = np.asarray(enu, float).reshape(-1, 3)[order][keep]
    sigma = np.asarray(sigma, float).reshape(-1, 3)[order][keep]
    return GnssSeries(station, path, fmt, times[keep], enu, sigma, reference, ellipsoid,
                      pick(antenna), pick(quality))


def _group(records, station_of):
    groups = {}
    for record in records:
        groups.setdefault(station_of(record), []).append(record)
    return groups


# -- NGL ---------------------------------------------------------------------------------------

def _ngl_date(token, decimal_year):
    if not re.fullmatch(r'\d\d[A-Z]{3}\d\d', token.upper()):
        raise ValueError('date is not YYMMMDD')
    year = int(float(decimal_year))
    if year % 100 != int(token[:2]):
        year = (year // 100) * 100 + int(token[:2])
    return _check_time(_noon(dt.date(year, _MONTHS[token[2:5].upper()], int(token[5:7]))))


def _ngl_header(line):
    """Whether a non-blank NGL line is a header (``site ...`` or a ``#`` comment), not data."""
    return line.split()[0].lower() == 'site' or line.lstrip().startswith('#')


def _read_tenv3(path, lines):
    def parse(tokens, line):
        _require(tokens, 20)
        east = sum(_finite(tokens[7], tokens[8]))
        north = sum(_finite(tokens[9], tokens[10]))
        up = sum(_finite(tokens[11], tokens[12]))
        geodetic = _geodetic_point(*tokens[20:23]) if len(tokens) >= 23 else None
        return (tokens[0].upper(), _ngl_date(tokens[1], tokens[2]), _finite(tokens[6])[0], (east, north, up),
                _sigmas(*tokens[14:17]), _finite(tokens[13])[0], geodetic)

    rows = _data_rows(lines, _ngl_header)
    records = _parse_rows(path, rows, 'tenv3', parse,
                          'site YYMMMDD decimal-year MJD week day reflon e0 east n0 north u0 up antenna '
                          'sig_e sig_n sig_u corr_en corr_eu corr_nu [latitude longitude height]')
    series = []
    for station, group in _group(records, lambda r: r[0]).items():
        meridians = {r[2] for r in group}
        if len(meridians) > 1:
            raise InputError('{0}: "{1}" changes its reference meridian for {2} ({3}); eastings on different '
                             'meridians cannot be joined. Split the file at the change.',
                             PARAMETER, os.path.basename(path), station, ', '.join(map(str, sorted(meridians))))
        positions = np.array([r[3] for r in group])
        series.append(_assemble(path, 'tenv3', station, [r[1] for r in group], positions - positions[0],
                                [r[4] for r in group], _reference_of(group[0][6]), antenna=[r[5] for r in group]))
    return series


def _read_tenv(path, lines):
    def parse(tokens, line):
        _require(tokens, 13)
        return (tokens[0].upper(), _ngl_date(tokens[1], tokens[2]), _finite(*tokens[6:9]),
                _sigmas(*tokens[10:13]), _finite(tokens[9])[0])

    rows = _data_rows(lines, _ngl_header)
    records = _parse_rows(path, rows, 'tenv', parse,
                          'site YYMMMDD decimal-year MJD week day delta_e delta_n delta_u antenna '
                          'sig_e sig_n sig_u [corr_en corr_eu corr_nu]')
    return [_assemble(path, 'tenv', station, [r[1] for r in group], [r[2] for r in group],
                      [r[3] for r in group], None, antenna=[r[4] for r in group])
            for station, group in _group(records, lambda r: r[0]).items()]


# -- SIO .neu ------------------------------------------------------------------------------------

def _read_neu(path, lines):
    def parse(tokens, line):
        decimal_year = _finite(tokens[0])[0]
        with_doy = ((len(tokens) == 6 or len(tokens) >= 9) and re.fullmatch(r'\d{4}', tokens[1]) is not None
                    and re.fullmatch(r'\d{1,3}', tokens[2]) is not None and int(tokens[1]) == int(decimal_year))
        if not with_doy and len(tokens) not in (4, 7):
            raise ValueError('neither decimal-year year day N E U [σ] nor decimal-year N E U [σ]')
        if with_doy:
            year, doy = int(tokens[1]), int(tokens[2])
            if not 1 <= doy <= 366:
                raise ValueError('day of year out of range')
            when = _noon(dt.date(year, 1, 1) + dt.timedelta(days=doy - 1))
            values = tokens[3:]
        else:
            if not FIRST_YEAR <= decimal_year <= LAST_YEAR:
                raise ValueError('decimal year out of range')
            when = decimal_year_to_datetime(decimal_year)
            values = tokens[1:]
        north, east, up = _finite(*values[:3])
        sigma = _sigmas(*values[3:6]) if len(values) >= 6 else [np.nan] * 3
        return _check_time(when), (east, north, up), (sigma[1], sigma[0], sigma[2])

    comments = [line for line in lines if line.lstrip().startswith('#')]
    station, reference = _pbo_header(comments, prefix='# ')
    rows = _data_rows(lines, lambda line: line.lstrip().startswith('#'))
    records = _parse_rows(path, rows, 'neu', parse,
                          'decimal-year year day-of-year north east up sig_n sig_e sig_u (m)')
    return [_assemble(path, 'neu', station or _station_from_name(path), [r[0] for r in records],
                      [r[1] for r in records], [r[2] for r in records], reference)]


# -- PBO .pos --------------------------------------------------------------------------------------

def _read_pbo(path, lines):
    def parse(tokens, line):
        if 'T' in tokens[0]:  # format 2.x: ISO time, decimal year, X, Y, Z ...
            when = dt.datetime.strptime(tokens[0][:19], '%Y-%m-%dT%H:%M:%S')
            base = 11
        else:                 # format 1.x: YYYYMMDD HHMMSS MJD X Y Z ...
            when = dt.datetime.strptime(tokens[0] + tokens[1], '%Y%m%d%H%M%S')
            base = 12
        _require(tokens, base + 9)
        geodetic = _geodetic_point(*tokens[base:base + 3])
        north, east, up = _finite(*tokens[base + 3:base + 6])
        s_north, s_east, s_up = _sigmas(*tokens[base + 6:base + 9])
        return gps_to_utc(_check_time(when)), (east, north, up), (s_east, s_north, s_up), geodetic

    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith('*')
                  or line.strip().startswith('End Field Description')), -1) + 1
    if start == 0:
        start = next((i for i, line in enumerate(lines) if re.match(r'\s*(\d{8}\s|\d{4}-\d\d-\d\dT)', line)),
                     len(lines))
    station, reference = _pbo_header(lines[:start])
    rows = [(number, line) for number, line in _data_rows(lines) if number > start
            and not line.lstrip().startswith('*')]
    records = _parse_rows(path, rows, 'pbo', parse,
                          'YYYYMMDD HHMMSS MJD X Y Z Sx Sy Sz Rxy Rxz Ryz Nlat Elong Height dN dE dU '
                          'Sn Se Su Rne Rnu Reu Soln (or format 2: YYYY-MM-DDTHH:MM:SS decimal-year X Y Z ...)')
    enu = np.array([r[1] for r in records])
    if reference is None:
        reference, enu = _reference_of(records[0][3]), enu - enu[0]
    return [_assemble(path, 'pbo', station or _station_from_name(path), [r[0] for r in records], enu,
                      [r[2] for r in records], reference)]


# -- GEONET F5 -------------------------------------------------------------------------------------

def _sections(lines):
    """{section name: [(line number, line)]} for ``+NAME`` … ``-NAME`` blocks."""
    sections, current = {}, None
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if text.startswith('+') and len(text) > 1:
            current = text[1:].split()[0].upper()
            sections.setdefault(current, [])
        elif text.startswith('-') and current and [w.upper() for w in text[1:].split()[:1]] == [current]:
            current = None
        elif current and text:
            sections[current].append((number, line))
    return sections


def _read_geonet(path, lines):
    def parse(tokens, line):
        _require(tokens, 7)
        hour, minute, second = (int(v) for v in tokens[3].split(':'))
        when = dt.datetime(int(tokens[0]), int(tokens[1]), int(tokens[2]), hour, minute, second)
        return gps_to_utc(_check_time(when)), _earth_point(*tokens[4:7])

    sections = _sections(lines)
    info = {}
    for _, line in sections.get('SITE/INF', []) + sections.get('SOLVER/INF', []):
        key, _, value = line.strip().partition(' ')
        info[key.upper()] = value.strip()
    ellipsoid = 'GRS80' if info.get('ELLIPSOID', 'GRS80').upper().startswith('GRS') else 'WGS84'
    rows = [(n, line) for n, line in sections.get('DATA', []) if not line.lstrip().startswith('*')]
    records = _parse_rows(path, rows, 'geonet', parse, 'YYYY MM DD HH:MM:SS X Y Z latitude longitude height '
                          'inside the +DATA block')
    xyz = np.array([r[1] for r in records])
    reference = tuple(ecef_to_geodetic(xyz[:1], ellipsoid)[0])
    station = (info.get('RINEX') or info.get('ID') or _station_from_name(path)).split()[0].upper()
    return [_assemble(path, 'geonet', station, [r[0] for r in records], ecef_to_enu(xyz, reference, ellipsoid),
                      np.full(xyz.shape, np.nan), reference, ellipsoid)]


# -- RTKLIB ----------------------------------------------------------------------------------------

_RTKLIB_COLUMNS = (('x-ecef(m)', 'xyz'), ('latitude(d\'")', 'dms'), ('latitude(deg)', 'llh'),
                   ('e-baseline(m)', 'enu'))


def _rtklib_time(tokens, system):
    if '/' in tokens[0]:
        year, month, day = (int(v) for v in tokens[0].split('/'))
        year += 2000 if year < 80 else 1900 if year < 100 else 0
        hour, minute, second = tokens[1].split(':')
        when = dt.datetime(year, month, day, int(hour), int(minute)) + dt.timedelta(seconds=float(second))
    else:
        week, seconds = int(tokens[0]), float(tokens[1])
        if not 0 <= seconds < 604800 or week < 0:
            raise ValueError('GPS week/seconds out of range')
        when = GPS_EPOCH + dt.timedelta(weeks=week, seconds=seconds)
    _check_time(when)
    if system == 'GPST':
        return gps_to_utc(when)
    return when - dt.timedelta(hours=9) if system == 'JST' else when


def _dms(degrees, minutes, seconds):
    degrees, minutes, seconds = _finite(degrees, minutes, seconds)
    sign = -1.0 if degrees < 0 or str(degrees).startswith('-') else 1.0
    return sign * (abs(degrees) + minutes / 60.0 + seconds / 3600.0)


def _rtklib_layout(lines):
    system, layout, reference_text = 'GPST', None, None
    for line in lines:
        if not line.startswith('%'):
            continue
        for label, name in _RTKLIB_COLUMNS:
            if label in line:
                layout = name
                system = next((s for s in ('GPST', 'UTC', 'JST') if s in line), system)
        if 'ref pos' in line and ':' in line:
            reference_text = line.split(':', 1)[1]
    return system, layout, reference_text


def _guess_rtklib_layout(values):
    """Position layout of a header-less RTKLIB file from its first epoch."""
    radius = float(np.linalg.norm(values[:3]))
    if EARTH_RADIUS_RANGE[0] <= radius <= EARTH_RADIUS_RANGE[1]:
        return 'xyz'
    if abs(values[0]) <= 90 and abs(values[1]) <= 360:
        return 'llh'
    raise ValueError('cannot tell the position layout without the RTKLIB header')


def _read_rtklib(path, lines):
    system, layout, reference_text = _rtklib_layout(lines)
    state = {'layout': layout}

    def parse(tokens, line):
        tokens = [t for t in re.split(r'[\s,;]+', line.strip()) if t]
        when = _rtklib_time(tokens, system)
        values = tokens[2:]
        if state['layout'] is None:
            state['layout'] = _guess_rtklib_layout(_finite(*values[:3]))
        width = 7 if state['layout'] == 'dms' else 3
        if state['layout'] == 'dms':
            position = _geodetic_point(_dms(*values[0:3]), _dms(*values[3:6]), values[6])
        elif state['layout'] == 'llh':
            position = _geodetic_point(*values[:3])
        elif state['layout'] == 'xyz':
            position = tuple(_earth_point(*values[:3]))
        else:
            position = tuple(_finite(*values[:3]))
        rest = values[width:]
        quality = float(int(rest[0])) if rest else np.nan
        spread = _finite(*rest[2:8]) if len(rest) >= 8 else (_finite(*rest[2:5]) + [0.0] * 3
                                                              if len(rest) >= 5 else [np.nan] * 6)
        if any(v < 0 for v in spread[:3]):
            raise ValueError('negative standard deviation')
        return when, position, spread, quality

    rows = _data_rows(lines, lambda line: line.lstrip().startswith(('%', '#')))
    records = _parse_rows(path, rows, 'rtklib', parse,
                          '(YYYY/MM/DD HH:MM:SS.sss | GPS-week seconds) position (x y z, latitude longitude '
                          'height or e n u baseline) Q ns standard deviations ...')
    layout = state['layout']
    positions = np.array([r[1] for r in records], dtype=float)
    spread = np.array([r[2] for r in records], dtype=float)
    times = [r[0] for r in records]
    quality = [r[3] for r in records]
    enu, sigma, reference = _rtklib_enu(path, layout, positions, spread, reference_text)
    return [_assemble(path, 'rtklib', _station_from_name(path), times, enu, sigma, reference, quality=quality)]


def _rtklib_reference(path, text):
    """Base-station position of an ENU-baseline file from its ``ref pos`` header, or None."""
    if text is None:
        return None
    try:
        numbers = [float(v) for v in text.split()]
        if len(numbers) >= 7:
            return _dms_reference(numbers)
        return _reference_of(_geodetic_point(*numbers[:3]))
    except _ROW_ERRORS:
        raise InputError('{0}: "{1}": the "ref pos" header "{2}" is not latitude, longitude and height.',
                         PARAMETER, os.path.basename(path), text.strip()) from None


def _dms_reference(numbers):
    lat = _dms(*numbers[0:3])
    lon = _dms(*numbers[3:6])
    return _reference_of(_geodetic_point(lat, lon, numbers[6]))


def _rtklib_enu(path, layout, positions, spread, reference_text):
    """(enu, sigma, reference) of an RTKLIB solution (see :func:`_read_rtklib`)."""
    if layout in ('llh', 'dms'):
        reference = _reference_of(positions[0])
        xyz = geodetic_to_ecef(positions[:, 1], positions[:, 0], positions[:, 2])
        sigma = spread[:, [1, 0, 2]]                        # sdn sde sdu → e n u
        return ecef_to_enu(xyz, reference), sigma, reference
    if layout == 'xyz':
        reference = tuple(ecef_to_geodetic(positions[:1])[0])
        rotation = ecef_rotation(reference)
        return ecef_to_enu(positions, reference), _rotate_sigmas(spread, rotation), reference
    base = _rtklib_reference(path, reference_text)
    if base is None:                                        # baselines in the base station's frame
        return positions - positions[0], spread[:, :3], None
    xyz = enu_to_ecef(positions, base)
    reference = tuple(ecef_to_geodetic(xyz[:1])[0])
    return ecef_to_enu(xyz, reference), spread[:, :3], reference


def _rotate_sigmas(spread, rotation):
    """σ east/north/up from RTKLIB's sdx sdy sdz sdxy sdyz sdzx (signed roots of covariances)."""
    sx, sy, sz, sxy, syz, szx = (spread[:, i] for i in range(6))
    def square(s):
        return (np.sign(s) * s * s)
    cov = np.empty((len(spread), 3, 3))
    cov[:, 0, 0], cov[:, 1, 1], cov[:, 2, 2] = sx ** 2, sy ** 2, sz ** 2
    cov[:, 0, 1] = cov[:, 1, 0] = square(sxy)
    cov[:, 1, 2] = cov[:, 2, 1] = square(syz)
    cov[:, 0, 2] = cov[:, 2, 0] = square(szx)
    local = rotation @ cov @ rotation.T
    return np.sqrt(np.clip(np.diagonal(local, axis1=1, axis2=2), 0.0, None))


# -- CSV -----------------------------------------------------------------------------------------

_CSV_NAMES = {
    'time': ('date', 'dates', 'time', 'times', 'datetime', 'epoch', 'epochs', 'decimal_year', 'year', 't',
             'yyyy_mm_dd', 'date_time'),
    'e': ('e', 'east', 'de', 'd_e', 'dx_east', 'easting', 'delta_e', 'east_displacement', 'e_disp'),
    'n': ('n', 'north', 'dn', 'd_n', 'northing', 'delta_n', 'north_displacement', 'n_disp'),
    'u': ('u', 'up', 'du', 'd_u', 'vertical', 'height_change', 'delta_u', 'up_displacement', 'u_disp'),
    'se': ('se', 'sig_e', 'sigma_e', 'std_e', 'sde', 'east_sigma', 'sigma_east', 'std_east', 'e_sigma', 'sig_de',
           'sigma_de'),
    'sn': ('sn', 'sig_n', 'sigma_n', 'std_n', 'sdn', 'north_sigma', 'sigma_north', 'std_north', 'n_sigma', 'sig_dn',
           'sigma_dn'),
    'su': ('su', 'sig_u', 'sigma_u', 'std_u', 'sdu', 'up_sigma', 'sigma_up', 'std_up', 'u_sigma', 'sig_du',
           'sigma_du'),
    'station': ('station', 'site', 'id', 'name', 'station_id'), 'lat': ('lat', 'latitude'),
    'lon': ('lon', 'long', 'longitude'), 'height': ('height', 'h', 'ellipsoidal_height', 'alt'),
}
_CSV_DEFAULT = ('time', 'e', 'n', 'u', 'se', 'sn', 'su')
#: values read as "no value" (a component left out, e.g. no vertical)
_CSV_MISSING = ('', 'nan', 'na', 'n/a', 'null', 'none', '-')


def _csv_key(name):
    cleaned = re.sub(r'[\(\[].*?[\)\]]', '', name.strip().strip('"\'').lower())
    cleaned = re.sub(r'[\s\-\.]+', '_', cleaned).strip('_')
    cleaned = re.sub(r'_?(mm|m)$', '', cleaned) if cleaned not in ('m',) else cleaned
    for key, names in _CSV_NAMES.items():
        if cleaned in names:
            return key
    return None


def _csv_separator(line):
    """';' (then a decimal comma is allowed), tab, or ','."""
    for separator in (';', '\t'):
        if separator in line:
            return separator
    return ','


def _csv_splitter(separator):
    """Tokens of a line: split on ``separator``, quotes stripped, decimal commas read after ';' or tab."""
    def split(line):
        tokens = [t.strip().strip('"\'').strip() for t in line.split(separator)]
        if separator != ',':
            tokens = [re.sub(r'^([+-]?\d*),(\d+(?:[eE][+-]?\d+)?)$', r'\1.\2', t) for t in tokens]
        return tokens
    return split


def _is_number(token):
    try:
        float(token)
    except ValueError:
        return False
    return True


def _csv_time(token):
    token = token.strip().strip('"')
    if re.fullmatch(r'[+-]?\d{4}(\.\d*)?', token):
        value = float(token)
        if not FIRST_YEAR <= value <= LAST_YEAR:
            raise ValueError('decimal year out of range')
        return decimal_year_to_datetime(value)
    when, fmt = _strptime(token, _ISO_TIMES + ('%Y/%m/%d %H:%M:%S', '%Y/%m/%d', '%Y%m%d', '%Y-%m-%dT%H:%M:%SZ',
                                               '%d.%m.%Y', '%d/%m/%Y'))
    if when is None:
        raise ValueError('not a date')
    return when if '%H' in fmt else when + dt.timedelta(hours=12)


def _csv_header(path, rows, split):
    """(columns {key: index}, scale {key: factor}): from a header row when the first row is not data."""
    columns, scale = {k: i for i, k in enumerate(_CSV_DEFAULT)}, {}
    if not rows or all(_is_number(t) or t.lower() in _CSV_MISSING for t in split(rows[0][1])[1:4]):
        return columns, scale
    number, header = rows.pop(0)
    columns = {}
    for index, name in enumerate(split(header)):
        key = _csv_key(name)
        if key and key not in columns:
            columns[key] = index
            if key in ('e', 'n', 'u', 'se', 'sn', 'su') and re.search(r'(^|[^a-z])mm([^a-z]|$)', name.lower()):
                scale[key] = 1e-3
    missing = [k for k in ('time', 'e', 'n', 'u') if k not in columns]
    if missing:
        raise InputError('{0}: "{1}" line {2}: the CSV header "{3}" lacks {4} columns; name them date, e, n, u (or '
                         'Dates, dE, dN, dU, east, north, up; optionally se, sn, su, station, lat, lon, height).',
                         PARAMETER, os.path.basename(path), number, header.strip()[:80], ', '.join(missing))
    return columns, scale


def _read_csv(path, lines):
    rows = _data_rows(lines, lambda line: line.lstrip().startswith('#'))
    split = _csv_splitter(_csv_separator(rows[0][1] if rows else ''))
    columns, scale = _csv_header(path, rows, split)

    def value(tokens, key, default=np.nan):
        if key not in columns or columns[key] >= len(tokens) or tokens[columns[key]].lower() in _CSV_MISSING:
            if default is None:
                raise ValueError(f'missing {key}')
            return default
        return float(tokens[columns[key]]) * scale.get(key, 1.0)

    def parse(tokens, line):
        when = _check_time(_csv_time(tokens[columns['time']]))
        enu = [value(tokens, k) for k in ('e', 'n', 'u')]
        if any(np.isinf(v) for v in enu):
            raise ValueError('infinite position')
        sigma = [value(tokens, k) for k in ('se', 'sn', 'su')]
        if any(s < 0 or np.isinf(s) for s in sigma):
            raise ValueError('bad standard deviation')
        station = tokens[columns['station']].strip().upper() if 'station' in columns else None
        geodetic = None
        if 'lat' in columns and 'lon' in columns:
            geodetic = _geodetic_point(value(tokens, 'lat', None), value(tokens, 'lon', None),
                                       value(tokens, 'height', 0.0))
        return station or _station_from_name(path), when, enu, sigma, geodetic

    records = _parse_rows(path, rows, 'csv', parse, 'date,e,n,u[,se,sn,su] (metres; date ISO or decimal year; '
                          'an empty or NaN component is allowed)', split)
    records = [r for r in records if np.isfinite(r[2]).any()]       # lines without any component carry nothing
    if not records:
        raise InputError('{0}: "{1}" has no line with an east, north or up value.', PARAMETER, os.path.basename(path))
    return [_assemble(path, 'csv', station, [r[1] for r in group], [r[2] for r in group], [r[3] for r in group],
                      _reference_of(group[0][4])) for station, group in _group(records, lambda r: r[0]).items()]


# -- detection and entry points ------------------------------------------------------------------

_READERS = {'tenv3': _read_tenv3, 'tenv': _read_tenv, 'neu': _read_neu, 'pbo': _read_pbo,
            'geonet': _read_geonet, 'rtklib': _read_rtklib, 'csv': _read_csv}


def detect_format(path, lines=None):
    """The ``FORMATS`` key of ``path`` from its content; :class:`InputError` when none fits."""
    lines = _read_lines(path) if lines is None else lines
    head = [line for line in lines[:400] if line.strip()]
    text = '\n'.join(head)
    if re.search(r'^\s*\+(SITE/INF|DATA)', text, re.MULTILINE):
        return 'geonet'
    if re.search(r'^PBO Station Position Time Series', text, re.MULTILINE) or any(
            re.match(r'\s*(\d{8}\s+\d{6}\s+\d+\.\d+|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\S*\s+\d{4}\.\d+)\s', line)
            and len(line.split()) >= 20 for line in head[:60]):
        return 'pbo'
    if any(line.startswith('%') and any(label in line for label, _ in _RTKLIB_COLUMNS) for line in head) or any(
            re.match(r'\s*\d{2,4}/\d{1,2}/\d{1,2}\s+\d{1,2}:\d{2}:\d{2}', line) for line in head[:60]):
        return 'rtklib'
    data = [line for line in head if not line.lstrip().startswith(('#', '%', '*'))
            and line.split()[0].lower() != 'site']
    first = data[0] if data else ''
    tokens = first.split()
    if tokens and re.fullmatch(r'\d\d[A-Za-z]{3}\d\d', tokens[1] if len(tokens) > 1 else ''):
        return 'tenv3' if len(tokens) >= 20 else 'tenv'
    if re.search(r'[,;\t]', first) and len(_csv_splitter(_csv_separator(first))(first)) >= 4:
        return 'csv'
    if tokens and re.fullmatch(r'\d{4}\.\d+', tokens[0]) and len(tokens) >= 4:
        return 'neu'
    excerpt = first.strip()[:60] if first else head[0].strip()[:60] if head else ''
    raise InputError('{0}: cannot recognise the format of "{1}" (first data line: "{2}"); accepted formats: {3}. '
                     'Choose FORMAT explicitly if the file is one of them.',
                     PARAMETER, os.path.basename(path), excerpt, ', '.join(FORMATS.values()))


def read_file(path, fmt='auto'):
    """All station series in ``path`` (``fmt``: a ``FORMATS`` key or ``'auto'``)."""
    lines = _read_lines(path)
    if fmt == 'auto':
        fmt = detect_format(path, lines)
    if fmt not in _READERS:
        raise InputError('FORMAT: "{0}" is not a GNSS format; choose auto or one of {1}.', fmt, ', '.join(FORMATS))
    return _READERS[fmt](path, lines)


def merge_stations(series_list):
    """Join series of the same station (for example yearly GEONET files) into one per station.

    When every part has a reference position the parts are re-expressed in the
    local frame of the first part's reference (through ECEF); when none has, they
    are concatenated as they are (assumed to share one origin).  Parts with and
    without coordinates cannot be joined.  Repeated epochs keep the first part's value.
    """
    merged = []
    for station, parts in _group(series_list, lambda s: s.station.upper()).items():
        parts = sorted(parts, key=lambda s: s.times[0])
        if len(parts) == 1:
            merged.append(parts[0])
            continue
        located = [p.name for p in parts if p.reference is not None]
        if 0 < len(located) < len(parts):
            others = [p.name for p in parts if p.reference is None]
            raise InputError('{0}: station {1} is in files with coordinates ({2}) and without ({3}); their '
                             'displacements have different origins and cannot be joined. Give the files of one kind.',
                             PARAMETER, station, ', '.join(located), ', '.join(others))
        base = parts[0]
        enus = []
        for part in parts:
            if base.reference is not None and part is not base:    # then every part has one
                missing = np.isnan(part.enu)                          # a component left out stays out
                xyz = enu_to_ecef(np.where(missing, 0.0, part.enu), part.reference, part.ellipsoid)
                enus.append(np.where(missing, np.nan, ecef_to_enu(xyz, base.reference, base.ellipsoid)))
            else:
                enus.append(part.enu)
        merged.append(_assemble(base.path, base.format, base.station, np.concatenate([p.times for p in parts]),
                                np.concatenate(enus), np.concatenate([p.sigma for p in parts]), base.reference,
                                base.ellipsoid, _joined(parts, 'antenna'), _joined(parts, 'quality'),
                                conflicts='first'))
    return merged


def match_station(station, names):
    """Index in ``names`` of ``station``: exact (case-insensitive) match, else a unique match on 4 characters."""
    wanted = station.strip().upper()
    upper = [str(n).strip().upper() for n in names]
    if wanted in upper:
        return upper.index(wanted)
    candidates = [i for i, n in enumerate(upper) if n and n[:4] == wanted[:4]]
    return candidates[0] if len(candidates) == 1 else None


def _joined(parts, name):
    """The optional array ``name`` of every part joined, or ``None`` when a part lacks it."""
    if any(getattr(p, name) is None for p in parts):
        return None
    return np.concatenate([getattr(p, name) for p in parts])
