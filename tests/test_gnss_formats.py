"""GNSS position file readers (QGIS-free core): every format, geodesy, time systems, errors, fuzzing."""
import datetime as dt
import importlib.util
import pathlib
import re
import shutil

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.gnss import formats as formats

DATA = pathlib.Path(__file__).parent / 'data' / 'gnss'
_spec = importlib.util.spec_from_file_location('gnss_samples', DATA / 'samples.py')
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)

DAILY = {  # file → (format, station, has coordinates)
    'SAMT.tenv3': ('tenv3', 'SAMT', True),
    'SAMO.tenv': ('tenv', 'SAMO', False),
    'SAMS.icd.final_igs14.pos.neu': ('neu', 'SAMS', True),
    'SAMN.neu': ('neu', 'SAMN', False),
    'SAMP.pbo.final_igs14.pos': ('pbo', 'SAMP', True),
    '969999.16.pos': ('geonet', 'SAMG', True),
    'SAMC.csv': ('csv', 'SAMC', False),
}
SUPPORTED = ', '.join(formats.FORMATS.values())


def truth_displacement_m():
    """Noise-included truth of the daily samples, relative to the first epoch [m]."""
    enu = samples.truth_mm(samples.daily_dates()) / 1000.0
    return enu - enu[0]


@pytest.mark.parametrize('name', sorted(DAILY))
def test_daily_samples_detected_and_read_to_the_same_displacements(name):
    fmt, station, has_coordinates = DAILY[name]
    path = DATA / name
    assert formats.detect_format(str(path)) == fmt
    (series,) = formats.read_file(str(path))
    assert (series.station, series.format, len(series)) == (station, fmt, samples.N_DAYS)
    gps = fmt in ('geonet', 'pbo')   # written in GPS time, read as UTC (GPS − UTC = 16 s in 2015, 17 s in 2016)
    assert series.times[0] == np.datetime64('2015-01-02T11:59:44' if gps else '2015-01-02T12:00')
    assert series.times[-1] == np.datetime64('2016-12-30T11:59:43' if gps else '2016-12-30T12:00')
    # displacements agree with the written truth within the files' rounding (GEONET: 0.1 mm XYZ → pyproj ENU)
    rounding = {'geonet': 2e-4, 'pbo': 1e-5}.get(fmt, 2e-6)
    assert np.allclose(series.enu - series.enu[0], truth_displacement_m(), atol=rounding)
    if fmt == 'geonet':
        assert np.all(np.isnan(series.sigma))
    else:
        assert np.allclose(series.sigma, samples.NOISE / 1000.0)
    if has_coordinates:
        lon, lat, height = series.reference
        assert (lon, lat) == pytest.approx((samples.LON, samples.LAT), abs=1e-7)  # 1 cm
        assert height == pytest.approx(samples.HEIGHT, abs=0.01)
    else:
        assert series.reference is None


def test_tenv3_fields_longitude_and_antenna_heights():
    (series,) = formats.read_file(str(DATA / 'SAMT.tenv3'))
    assert series.reference[0] == pytest.approx(138.4567, abs=1e-7)    # written as −221.5433
    assert np.array_equal(np.unique(series.antenna), [0.0, 0.1])
    assert series.antenna[29] == 0.0 and series.antenna[30] == 0.1


def test_real_ngl_tenv3_reads_lhas(real_data):
    (series,) = formats.read_file(str(real_data / 'gnss' / 'LHAS.tenv3'))
    assert series.station == 'LHAS' and series.format == 'tenv3' and len(series) == 3631
    assert series.reference[:2] == pytest.approx((91.1039858, 29.6573392), abs=1e-6)  # −268.896 → 91.104 E
    assert series.times[0] == np.datetime64('1995-05-19T12:00')
    # second day: east 0.913134 − 0.888603, north 0.597342 − 0.602585, up 0.721752 − 0.707878 (m)
    assert np.allclose(series.enu[1], [0.024531, -0.005243, 0.013874], atol=1e-9)
    assert np.allclose(series.sigma[0], [0.002231, 0.001932, 0.008643])


def test_real_sio_neu_reads_kkn4_north_east_up_order(real_data):
    (series,) = formats.read_file(str(real_data / 'gnss' / 'KKN4.icd.final_igs08.pos.neu'))
    assert series.station == 'KKN4' and series.format == 'neu' and series.reference is None
    assert len(series) == 128
    # first line: N 0.39414, E 0.09041, U −0.28660; σN 0.00271, σE 0.00375, σU 0.01019 (m)
    assert np.allclose(series.enu[0], [0.09041, 0.39414, -0.2866])
    assert np.allclose(series.sigma[0], [0.00375, 0.00271, 0.01019])
    assert series.times[0] == np.datetime64('2015-01-01T12:00')


def test_pyproj_local_frame_orientation_against_analytic_cases():
    # on the equator at 0° E, +Y of ECEF is east and +Z is north; at 90° E, −X is east
    origin = formats.geodetic_to_ecef(0.0, 0.0, 0.0)[0]
    assert origin == pytest.approx([6378137.0, 0.0, 0.0], abs=1e-6)
    enu = formats.ecef_to_enu(origin + np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]), (0, 0, 0))
    assert np.allclose(enu, np.eye(3), atol=1e-6)
    east = formats.ecef_to_enu(formats.geodetic_to_ecef(90.0, 0.0, 0.0) + [-1.0, 0.0, 0.0], (90.0, 0.0, 0.0))
    assert np.allclose(east, [[1.0, 0.0, 0.0]], atol=1e-6)
    # the topocentric Jacobian equals reference 002's rotation matrix
    assert np.allclose(formats.ecef_rotation((138.4567, 36.1234, 1500.0)), samples.rotation(), atol=1e-9)
    back = formats.enu_to_ecef([[10.0, -20.0, 5.0]], (138.0, 36.0, 100.0))
    assert np.allclose(formats.ecef_to_enu(back, (138.0, 36.0, 100.0)), [[10.0, -20.0, 5.0]], atol=1e-6)


@pytest.mark.parametrize('layout', ['llh', 'dms', 'xyz', 'enu'])
@pytest.mark.parametrize('system', ['GPST', 'UTC', 'JST'])
def test_rtklib_layouts_and_time_systems(tmp_path, layout, system):
    base = (138.0, 36.0, 100.0)   # base station ~50 km away: baselines are rotated into the rover's frame
    path = samples.write_rtklib(tmp_path / 'samk.pos', layout=layout, system=system, base=base, hours=0.5)
    (series,) = formats.read_file(str(path))
    assert series.format == 'rtklib' and series.station == 'SAMK' and len(series) == 60
    assert series.times[0] == np.datetime64(samples.EVENT_UTC - dt.timedelta(hours=1), 'ms')  # UTC
    assert series.interval_seconds() == 30.0
    seconds = (np.arange(60) * 30.0) - 3600.0
    truth = samples.kinematic_enu(seconds)
    assert np.allclose(series.enu - series.enu[0], truth - truth[0], atol=2e-4)   # 0.1 mm printing, dms 1e-6"
    assert series.reference[:2] == pytest.approx((samples.LON, samples.LAT), abs=1e-6)
    assert np.array_equal(series.quality[:7], [1, 1, 1, 1, 1, 2, 1])
    if layout == 'xyz':   # σ rotated from ECEF: trace preserved
        assert np.sum(series.sigma[0] ** 2) == pytest.approx(0.008 ** 2 + 0.009 ** 2 + 0.008 ** 2)
    else:
        assert np.allclose(series.sigma[0], [0.005, 0.005, 0.012])


def test_rtklib_gps_week_seconds_and_no_reference_for_bare_baselines(tmp_path):
    path = tmp_path / 'rover.pos'
    path.write_text('%  GPST          e-baseline(m)  n-baseline(m)  u-baseline(m)   Q  ns\n'
                    '1892 432000.000   1000.0000   2000.0000   -10.0000   1   8\n'
                    '1892 432030.000   1000.0100   2000.0000   -10.0000   1   8\n')
    (series,) = formats.read_file(str(path))
    # GPS week 1892, 432000 s = 2016-04-15 00:00:00 GPST = 2016-04-14 23:59:43 UTC
    assert series.times[0] == np.datetime64('2016-04-14T23:59:43')
    assert series.reference is None and series.station == 'ROVER'
    assert np.allclose(series.enu[1], [0.01, 0.0, 0.0])


def test_pbo_format_2_and_gps_time(tmp_path):
    path = tmp_path / 'P123.pos'
    row = ('{t} {y}  -2678090.45386  -4525437.02558   3597431.90669  0.00451  0.00652  0.00525  0.829 -0.764 '
           '-0.837    34.5563130103  239.3835457832   -11.52766    {n}   {e}   0.00300  0.00110  0.00090  0.00400 '
           '0.010 -0.020  0.030 repro')
    path.write_text('PBO Station Position Time Series. Reference Frame : IGS20\nFormat Version: 2.0.0\n'
                    '4-character ID: P123\nNEU Reference position :  34.5563130103  239.3835457832  -11.52766 '
                    '(IGS20/WGS84)\nEnd Field Description\n*YYYY-MM-DDTHH:MM:SS.SSS YYYY.YYYYYYYYY X ...\n'
                    + row.format(t='2020-01-01T11:59:42.000', y='2020.001366120', n='0.01000', e='-0.02000') + '\n'
                    + row.format(t='2020-01-02T11:59:42.000', y='2020.004098361', n='0.01100', e='-0.01900') + '\n')
    assert formats.detect_format(str(path)) == 'pbo'
    (series,) = formats.read_file(str(path))
    assert series.station == 'P123' and series.reference == pytest.approx((-120.6164542168, 34.5563130103, -11.52766))
    assert series.times[0] == np.datetime64('2020-01-01T11:59:24')    # GPS − 18 s
    assert np.allclose(series.enu, [[-0.02, 0.01, 0.003], [-0.019, 0.011, 0.003]])
    assert np.allclose(series.sigma[0], [0.0009, 0.0011, 0.004])


def test_csv_header_units_coordinates_and_several_stations(tmp_path):
    path = tmp_path / 'network.csv'
    rows = ['# two stations in one file, millimetres', 'station,lat,lon,date,e (mm),n (mm),u (mm),se_mm,sn_mm,su_mm']
    for station, lat in (('AAA1', 35.0), ('BBB2', 36.0)):
        for day, east in ((1, 1.0), (2, 3.5), (3, 4.0)):
            rows.append(f'{station},{lat},139.5,2020-01-0{day}T06:00:00Z,{east},-2.0,10.0,1.0,1.0,3.0')
    path.write_text('\n'.join(rows) + '\n')
    series = {s.station: s for s in formats.read_file(str(path))}
    assert sorted(series) == ['AAA1', 'BBB2']
    assert series['BBB2'].reference == (139.5, 36.0, 0.0)
    assert np.allclose(series['AAA1'].enu[:, 0], [0.001, 0.0035, 0.004])
    assert np.allclose(series['AAA1'].sigma[0], [0.001, 0.001, 0.003])
    assert series['AAA1'].times[0] == np.datetime64('2020-01-01T06:00')


def test_csv_without_header_decimal_years_and_without_sigmas(tmp_path):
    path = tmp_path / 'ABCD_series.csv'
    path.write_text('2016.0,0.001,0.002,0.003\n2016.5,0.002,0.003,0.004\n')
    (series,) = formats.read_file(str(path))
    assert series.station == 'ABCD' and np.all(np.isnan(series.sigma))
    assert series.times[1] == np.datetime64('2016-07-02')  # half of the 366-day year 2016


def test_yearly_geonet_files_are_joined_in_one_frame(tmp_path):
    whole = formats.read_file(str(DATA / '969999.16.pos'))[0]
    lines = (DATA / '969999.16.pos').read_text().splitlines()
    data = [i for i, line in enumerate(lines) if line.startswith(' 20')]
    first_2016 = next(i for i in data if lines[i].startswith(' 2016'))
    head, tail = lines[:data[0]], lines[data[-1] + 1:]
    (tmp_path / '969999.15.pos').write_text('\n'.join(head + lines[data[0]:first_2016] + tail) + '\n')
    (tmp_path / '969999.16.pos').write_text('\n'.join(head + lines[first_2016:data[-1] + 1] + tail) + '\n')
    parts = formats.read_file(str(tmp_path / '969999.16.pos')) + formats.read_file(str(tmp_path / '969999.15.pos'))
    assert parts[0].reference != pytest.approx(parts[1].reference, abs=1e-9)  # each file: its own first epoch
    (joined,) = formats.merge_stations(parts)
    assert len(joined) == len(whole) and joined.station == 'SAMG'
    assert np.allclose(joined.enu, whole.enu, atol=1e-6)


def test_error_joining_files_with_and_without_coordinates(tmp_path):
    located = formats.read_file(str(DATA / 'SAMS.icd.final_igs14.pos.neu'))
    bare = formats.read_file(str(DATA / 'SAMN.neu'))
    bare[0].station = 'SAMS'
    with pytest.raises(InputError, match='station SAMS is in files with coordinates .* and without'):
        formats.merge_stations(located + bare)
    twice = formats.read_file(str(DATA / 'SAMN.neu')) + formats.read_file(str(DATA / 'SAMN.neu'))
    (joined,) = formats.merge_stations(twice)                 # no coordinates: one origin assumed, joined
    assert len(joined) == samples.N_DAYS                       # repeated epochs kept once


def test_station_matching():
    names = ['KKN4', 'lhas', '940058', '940059', 'P123_GPS']
    assert formats.match_station('LHAS', names) == 1
    assert formats.match_station('940059', names) == 3
    assert formats.match_station('P123', names) == 4       # unique on four characters
    assert formats.match_station('9400', names) is None    # ambiguous
    assert formats.match_station('XXXX', names) is None


def test_parse_utc_event_time():
    assert formats.parse_utc('2015-04-25 06:11', 'EVENT_TIME') == dt.datetime(2015, 4, 25, 6, 11)
    assert formats.parse_utc('2016-04-15T16:25:05Z', 'EVENT_TIME') == dt.datetime(2016, 4, 15, 16, 25, 5)
    with pytest.raises(InputError, match='EVENT_TIME: "25/04/2015" is not a UTC date'):
        formats.parse_utc('25/04/2015', 'EVENT_TIME')


def test_leap_seconds():
    assert formats.gps_to_utc(dt.datetime(2015, 4, 25, 6, 11, 16)) == dt.datetime(2015, 4, 25, 6, 11)
    assert formats.gps_to_utc(dt.datetime(2017, 1, 1, 0, 0, 18)) == dt.datetime(2017, 1, 1)
    assert formats.leap_seconds(dt.datetime(1995, 5, 19)) == 10


# -- errors ---------------------------------------------------------------------------------------

def test_error_unknown_format(tmp_path):
    path = tmp_path / 'notes.txt'
    path.write_text('Station visit report\nAntenna replaced on site, cable checked.\n')
    with pytest.raises(InputError) as error:
        formats.read_file(str(path))
    assert 'cannot recognise the format of "notes.txt"' in str(error.value)
    assert SUPPORTED in str(error.value) and 'FORMAT' in str(error.value)


def test_error_empty_file(tmp_path):
    for content in ('', '\n  \n'):
        path = tmp_path / 'EMPT.tenv3'
        path.write_text(content)
        with pytest.raises(InputError, match='"EMPT.tenv3" is empty'):
            formats.read_file(str(path))


def test_error_header_only_and_binary(tmp_path):
    path = tmp_path / 'HEAD.pos'
    path.write_text('\n'.join((DATA / 'SAMP.pbo.final_igs14.pos').read_text().splitlines()[:14]) + '\n')
    with pytest.raises(InputError, match='"HEAD.pos" holds no position lines'):
        formats.read_file(str(path), 'pbo')
    binary = tmp_path / 'data.bin'
    binary.write_bytes(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03')
    with pytest.raises(InputError, match='binary file'):
        formats.read_file(str(binary))


@pytest.mark.parametrize('name, line_number, replacement', [
    ('SAMT.tenv3', 5, 'SAMT 15JAN18 2015.0480 57040 1827 4  138.5  -3890  0.00x  3998765'),
    ('SAMO.tenv', 3, 'SAMO 15FOO10 2015.0260 57032 1826 6 0.001 0.002 0.003 0.0 0.001 0.001 0.004'),
    ('SAMS.icd.final_igs14.pos.neu', 10, ' 2015.01 2015 9 0.01 0.02'),
    ('SAMP.pbo.final_igs14.pos', 20, ' 20150118 120000 57040.5000 -3861390.1 3421475.5'),
    ('969999.16.pos', 23, ' 2015 01 14 12:00:00 1.0 2.0 3.0 36.1 138.4 1500.0'),
    ('SAMC.csv', 4, '2015-01-10,0.001,0.00x,0.002'),    # (NaN would be a missing component, not an error)
    ('SAMK.pos', 9, '2016/04/15 15:56:22.000   36.123400061  north  1500.0147   1   9'),
])
def test_error_malformed_line_names_file_and_line(tmp_path, name, line_number, replacement):
    lines = (DATA / name).read_text().splitlines()
    lines[line_number - 1] = replacement
    path = tmp_path / name
    path.write_text('\n'.join(lines) + '\n')
    with pytest.raises(InputError) as error:
        formats.read_file(str(path))
    assert f'"{name}" line {line_number}:' in str(error.value)
    assert 'expected' in str(error.value)


def test_inputs_unchanged_by_reading(tmp_path):
    for name in DAILY:
        copy = tmp_path / name
        shutil.copy(DATA / name, copy)
        formats.read_file(str(copy))
        assert copy.read_bytes() == (DATA / name).read_bytes()


# -- fuzzing ------------------------------------------------------------------------------------

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
LINE_TEXT = st.text(alphabet=st.characters(blacklist_categories=('Cs',), blacklist_characters='\n\r\x00'),
                    max_size=120)
NUMERIC_TEXT = st.text(alphabet='0123456789.-+eE:/,;TZ NaNinf#*%', max_size=120)
SAMPLE_NAMES = sorted(DAILY) + ['SAMK.pos']
#: 0-based index of the first data line of each sample (lines before it are header lines)
FIRST_DATA_LINE = {'SAMT.tenv3': 1, 'SAMO.tenv': 0, 'SAMS.icd.final_igs14.pos.neu': 7, 'SAMN.neu': 1,
                   'SAMP.pbo.final_igs14.pos': 14, '969999.16.pos': 20, 'SAMC.csv': 1, 'SAMK.pos': 6}


def _read_or_input_error(path, fmt='auto'):
    try:
        result = formats.read_file(str(path), fmt)
    except InputError:
        return None
    for series in result:   # what parses must be usable
        assert len(series) > 0 and np.all(np.isfinite(series.enu))
        assert np.all(np.diff(series.times).astype(float) > 0)
    return result


@FUZZ
@given(lines=st.lists(st.one_of(LINE_TEXT, NUMERIC_TEXT), max_size=8))
def test_fuzz_random_files_give_input_error_or_series(tmp_path, lines):
    path = tmp_path / 'random.txt'
    path.write_text('\n'.join(lines), encoding='utf-8')
    for fmt in ('auto',) + tuple(formats.FORMATS):
        _read_or_input_error(path, fmt)


@FUZZ
@given(sample=st.sampled_from(SAMPLE_NAMES), data=st.data())
def test_fuzz_garbled_lines_give_input_error_naming_the_line(tmp_path, sample, data):
    lines = (DATA / sample).read_text().splitlines()[:40]
    index = data.draw(st.integers(0, len(lines) - 1))
    line = lines[index]
    action = data.draw(st.sampled_from(['cut', 'insert', 'replace', 'swap', 'random']))
    position = data.draw(st.integers(0, len(line)))
    if action == 'cut':
        line = line[:position]
    elif action == 'insert':
        line = line[:position] + data.draw(LINE_TEXT) + line[position:]
    elif action == 'replace':
        line = line[:position] + data.draw(NUMERIC_TEXT) + line[position + 5:]
    elif action == 'swap':
        tokens = line.split()
        data.draw(st.randoms()).shuffle(tokens)
        line = ' '.join(tokens)
    else:
        line = data.draw(LINE_TEXT)
    lines[index] = line
    path = tmp_path / sample
    path.write_text('\n'.join(lines) + '\n', encoding='utf-8')
    fmt = DAILY.get(sample, ('rtklib',))[0]
    try:
        formats.read_file(str(path), fmt)
    except InputError as error:   # a garbled data line is named; a garbled header may fail a later line
        message = str(error)
        assert f'"{sample}"' in message
        named = re.search(r'line (\d+):', message)
        assert named or 'no position lines' in message or 'meridian' in message or 'ref pos' in message
        if named and index >= FIRST_DATA_LINE[sample]:
            assert int(named.group(1)) == index + 1
