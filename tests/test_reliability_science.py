"""Degenerate and malformed inputs of the science algorithms (issue 16 catalogue): each gets a clear outcome.

Every test states the outcome class (refused with a named error, or read right / handled with a
warning) and checks that the inputs are unchanged.
"""
import datetime as dt
import os
import pathlib
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from strain_fields import euler_vector, euler_velocities
from test_strain import features, outputs, write_points

from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.geometry.local_frame import LocalFrame, layer_crs
from deformation_toolbox.algorithms.core.gnss import formats as gnss_formats
from deformation_toolbox.algorithms.core.gnss import timeseries as gnss_timeseries

DATA = Path(__file__).parent / 'data' / 'gnss'

STRAIN_OUTPUTS = {'OUTPUT': 'TEMPORARY_OUTPUT', 'OUTPUT_AXES': 'TEMPORARY_OUTPUT', 'OUTPUT_RASTER': 'TEMPORARY_OUTPUT'}


class Warnings(QgsProcessingFeedback):
    """Feedback collecting the warnings an algorithm pushes."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)


def snapshot(*paths):
    return {path: pathlib.Path(path).read_bytes() for path in paths}


def assert_unchanged(before):
    for path, content in before.items():
        assert pathlib.Path(path).read_bytes() == content, f'{os.path.basename(path)} was modified'


def line_network(offset_m):
    """Five stations on a 50 km east–west line, the middle one ``offset_m`` north of it (EPSG:4326)."""
    frame = LocalFrame(layer_crs('EPSG:4326'), 138.5, 36.4)
    return frame.inverse(np.array([-25e3, -12e3, 0.0, 13e3, 25e3]), np.array([0.0, 0.0, offset_m, 0.0, 0.0]))


# -- strainrate ----------------------------------------------------------------------------------
def test_stations_0_39_m_off_a_50_km_line_are_refused(run_algorithm, tmp_path):
    """Refused: 0.39 m across 50 km is a line (before: sliver triangles, max shear 1.2e7 nanostrain/yr)."""
    lon, lat = line_network(0.39)
    path = write_points(tmp_path / 'line.gpkg', lon, lat, np.linspace(1.0, 3.0, 5), np.zeros(5))
    before = snapshot(path)
    for method in (0, 1):
        with pytest.raises(QgsProcessingException, match='INPUT: the 5 stations lie on one line'):
            run_algorithm('strainrate', dict(INPUT=path, METHOD=method, **STRAIN_OUTPUTS))
    assert_unchanged(before)


def test_sliver_triangles_are_dropped_with_a_warning(run_algorithm, tmp_path):
    """Handled: a network with a 0.4°-thin triangle at its edge keeps the others and says what it dropped."""
    rng = np.random.default_rng(3)
    frame = LocalFrame(layer_crs('EPSG:4326'), 138.5, 36.4)
    east = np.concatenate([rng.uniform(-30e3, 30e3, 15), [-30e3, 0.0, 30e3]])
    north = np.concatenate([rng.uniform(0.0, 40e3, 15), [-5e3, -5e3 - 200.0, -5e3]])   # a thin bottom edge
    lon, lat = frame.inverse(east, north)
    ve, vn = euler_velocities(lon, lat, euler_vector(138.5, 36.4, 2.0))
    path = write_points(tmp_path / 'sliver.gpkg', lon, lat, ve, vn)
    before = snapshot(path)
    feedback = Warnings()
    result = run_algorithm('strainrate', dict(INPUT=path, **STRAIN_OUTPUTS), feedback=feedback)
    assert any('sliver triangle' in w for w in feedback.warnings), feedback.warnings
    assert np.max(np.abs(outputs(result['OUTPUT'], 'max_shear'))) < 1e-6      # rigid: no amplified noise
    assert result['N_ELEMENTS'] == len(features(result['OUTPUT']))
    assert_unchanged(before)


def test_duplicate_station_with_a_conflicting_velocity_is_refused(run_algorithm, tmp_path):
    """Refused, naming the station: the same station twice at one place with different velocities."""
    lon, lat = line_network(8000.0)
    lon, lat = np.append(lon, lon[1]), np.append(lat, lat[1])
    names = ['A', 'B', 'C', 'D', 'E', 'B']
    path = write_points(tmp_path / 'dup.gpkg', lon, lat, [1.0, 2.0, 3.0, 4.0, 5.0, 9.0], np.zeros(6), names=names)
    before = snapshot(path)
    with pytest.raises(QgsProcessingException, match='station "B" is listed twice at the same place with '
                                                     'different velocities'):
        run_algorithm('strainrate', dict(INPUT=path, **STRAIN_OUTPUTS))
    assert_unchanged(before)


def test_duplicate_station_with_the_same_velocity_is_kept_once(run_algorithm, tmp_path):
    """Handled with a warning: an exact repeat of a station is used once."""
    lon, lat = line_network(8000.0)
    lon, lat = np.append(lon, lon[1]), np.append(lat, lat[1])
    path = write_points(tmp_path / 'dup.gpkg', lon, lat, [1.0, 2.0, 3.0, 4.0, 5.0, 2.0], np.zeros(6),
                        names=['A', 'B', 'C', 'D', 'E', 'B'])
    feedback = Warnings()
    result = run_algorithm('strainrate', dict(INPUT=path, **STRAIN_OUTPUTS), feedback=feedback)
    assert result['N_STATIONS'] == 5
    assert any('duplicate station' in w and '"B"' in w for w in feedback.warnings), feedback.warnings


# -- GNSS files ----------------------------------------------------------------------------------------
def write_text(path, lines):
    path.write_text('\n'.join(lines) + '\n')
    return str(path)


def test_european_csv_with_semicolons_and_decimal_commas_is_read_right(tmp_path):
    """Read right (before: ve 0, vn 23 200 912 mm/yr): ';' separates, ',' is the decimal mark."""
    rows = ['date;E;N;U']
    for day in range(400):
        east, north = (f'{v:.6f}'.replace('.', ',') for v in (0.010 * day / 365.25, -0.004 * day / 365.25))
        rows.append(f'{(dt.date(2020, 1, 1) + dt.timedelta(days=day)).isoformat()};{east};{north};0,0')
    path = write_text(tmp_path / 'EURO.csv', rows)
    before = snapshot(path)
    (series,) = gnss_formats.read_file(path)
    assert series.enu[365, 0] == pytest.approx(0.010 * 365 / 365.25, abs=1e-6)
    fit = gnss_timeseries.fit_station(series, gnss_timeseries.GnssModelOptions(annual=False, semiannual=False,
                                                                               noise_model='ar1'))
    assert fit.parameter('velocity')[0] == pytest.approx([10.0, -4.0, 0.0], abs=0.01)      # mm/yr
    assert_unchanged(before)


def test_quoted_plural_headers_and_a_missing_vertical_are_read(tmp_path):
    """Read right: "Dates","dN","dE","dU" in any order, an empty dU kept as NaN for that component only."""
    path = write_text(tmp_path / 'QUOT.csv', ['"Dates","dN","dE","dU"', '"2020-01-01","0.002","0.001",""',
                                              '"2020-01-02","0.004","0.003","NaN"', '"2020-01-03","0.006","0.005",""'])
    (series,) = gnss_formats.read_file(path)
    assert series.enu[:, 0] == pytest.approx([0.001, 0.003, 0.005])       # east from the dE column
    assert series.enu[:, 1] == pytest.approx([0.002, 0.004, 0.006])
    assert np.isnan(series.enu[:, 2]).all()


def test_epoch_repeated_with_a_different_position_is_refused(tmp_path):
    """Refused, naming the file and the epoch (before: one copy dropped silently); an exact repeat is kept once."""
    rows = ['date,e,n,u'] + [f'2020-01-{d:02d},0.00{d % 10},0.001,0.002' for d in range(1, 11)]
    same = write_text(tmp_path / 'SAME.csv', rows + [rows[3]])
    (series,) = gnss_formats.read_file(same)
    assert len(series) == 10
    conflicting = write_text(tmp_path / 'DUPL.csv', rows + ['2020-01-03,0.009,0.001,0.002'])
    before = snapshot(conflicting)
    with pytest.raises(InputError, match=r'"DUPL.csv" holds epoch 2020-01-03 12:00:00 \(station DUPL\) 2 times '
                                         'with different positions'):
        gnss_formats.read_file(conflicting)
    assert_unchanged(before)


@pytest.mark.parametrize('name', ['SAMC.csv', 'SAMT.tenv3', 'SAMS.icd.final_igs14.pos.neu'])
def test_file_truncated_mid_line_is_refused(tmp_path, name):
    """Refused, naming the file and the line: the last line is cut in the middle."""
    lines = (DATA / name).read_text().rstrip('\n').splitlines()
    cut = lines[-1][:len(lines[-1]) * 2 // 3].rstrip()
    path = tmp_path / name
    path.write_text('\n'.join(lines[:-1] + [cut]))
    before = snapshot(str(path))
    with pytest.raises(InputError) as error:
        gnss_formats.read_file(str(path))
    assert f'"{name}" line {len(lines)}' in str(error.value), str(error.value)
    assert_unchanged(before)


def test_gnsstimeseries_reports_the_truncated_file(run_algorithm, tmp_path):
    lines = (DATA / 'SAMC.csv').read_text().rstrip('\n').splitlines()
    path = tmp_path / 'SAMC.csv'
    path.write_text('\n'.join(lines[:-1] + [lines[-1][:12]]))
    with pytest.raises(QgsProcessingException, match=f'"SAMC.csv" line {len(lines)}: .* looks truncated'):
        run_algorithm('gnsstimeseries', {'INPUT_FILES': [str(path)], 'OUTPUT': 'TEMPORARY_OUTPUT'})
