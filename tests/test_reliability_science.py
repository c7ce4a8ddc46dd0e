"""Degenerate and malformed inputs of the science algorithms (issue 16 catalogue): each gets a clear outcome.

Every test states the outcome class (refused with a named error, or read right / handled with a
warning) and checks that the inputs are unchanged.
"""
import os

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from strain_fields import euler_vector, euler_velocities
from test_strain import features, outputs, write_points

from deformation_toolbox.algorithms.core.geometry.local_frame import LocalFrame, layer_crs

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
    return {path: open(path, 'rb').read() for path in paths}


def assert_unchanged(before):
    for path, content in before.items():
        assert open(path, 'rb').read() == content, f'{os.path.basename(path)} was modified'


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
