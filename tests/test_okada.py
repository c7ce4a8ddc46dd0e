"""Okada (1985) rectangular dislocation: check list, SPEC convention, limits, algorithm and errors."""
import math
import os
import pathlib

import numpy as np
import pytest
from qgis.core import QgsProcessingException
from rasters import read_tif, write_tif

from deformation_toolbox.algorithms.core.geometry.line_of_sight import enu_to_los
from deformation_toolbox.algorithms.core.sources.okada import (
    centroid_from_top_edge,
    okada,
    okada_rectangle,
    screw_dislocation,
    top_edge_from_centroid,
)

#: Okada (1985) Table 2, finite rectangular source, x = 2, y = 3, d = 4, δ = 70°, L = 3, W = 2,
#: unit slip, λ = μ (ν = 0.25): (u_x, u_y, u_z) per slip type, as printed (4 significant figures)
CHECK_POINT = dict(x=2.0, y=3.0, depth=4.0, dip=70.0, length=3.0, width=2.0)
CHECK_LIST = {
    'strike_slip': (-8.689e-3, -4.298e-3, -2.747e-3),
    'dip_slip': (-4.682e-3, -3.527e-2, -3.564e-2),
    'opening': (-2.660e-4, 1.056e-2, 3.214e-3),
}
RAKE_SLIP_OPENING = {'strike_slip': (0.0, 1.0, 0.0), 'dip_slip': (90.0, 1.0, 0.0), 'opening': (0.0, 0.0, 1.0)}
CRS = 'EPSG:32654'
X0, Y0 = 277600.0, 4031200.0


def table_tolerance(value):
    """Half a unit in the last printed digit of a 4-significant-figure table value (≤ 1e-6 below 1e-2)."""
    return 0.5e-3 * 10.0 ** math.floor(math.log10(abs(value)))


def assert_check_list(component_values, slip_type):
    for computed, expected in zip(component_values, CHECK_LIST[slip_type]):
        assert abs(float(computed) - expected) <= table_tolerance(expected), (slip_type, computed, expected)


@pytest.mark.parametrize('slip_type', sorted(CHECK_LIST))
def test_check_list_in_okadas_frame(slip_type):
    p = CHECK_POINT
    values = okada_rectangle(p['x'], p['y'], p['depth'], p['dip'], p['length'], p['width'],
                             **{slip_type: 1.0}, poisson=0.25)
    assert_check_list(values, slip_type)


@pytest.mark.parametrize('strike', [0.0, 30.0, 200.0])
@pytest.mark.parametrize('slip_type', sorted(CHECK_LIST))
def test_check_list_through_spec_convention(slip_type, strike):
    """Okada's point (2, 3) relative to the lower corner, expressed in map coordinates."""
    p = CHECK_POINT
    phi, dip = math.radians(strike), math.radians(p['dip'])
    along = np.array([math.sin(phi), math.cos(phi)])
    normal = np.array([-math.cos(phi), math.sin(phi)])      # Okada's y: 90° counter-clockwise from strike
    corner = np.array([1000.0, -500.0])
    top_centre = corner + p['length'] / 2 * along + p['width'] * math.cos(dip) * normal
    top_depth = p['depth'] - p['width'] * math.sin(dip)
    point = corner + p['x'] * along + p['y'] * normal
    rake, slip, opening = RAKE_SLIP_OPENING[slip_type]
    east, north, up = okada(point[0], point[1], top_centre[0], top_centre[1], top_depth, strike, p['dip'],
                            p['length'], p['width'], rake=rake, slip=slip, opening=opening)
    ux = east * along[0] + north * along[1]
    uy = east * normal[0] + north * normal[1]
    assert_check_list((ux, uy, up), slip_type)


def test_vertical_fault_formulas_are_the_limit_of_the_general_ones():
    """cos δ = 0 uses Okada's separate formulas; they continue the general ones as δ → 90°."""
    for slip_type in CHECK_LIST:
        vertical = np.array(okada_rectangle(2.0, 3.0, 4.0, 90.0, 3.0, 2.0, **{slip_type: 1.0}))
        steep = [np.array(okada_rectangle(2.0, 3.0, 4.0, dip, 3.0, 2.0, **{slip_type: 1.0}))
                 for dip in (89.98, 89.99)]
        extrapolated = 2.0 * steep[1] - steep[0]          # linear extrapolation of the general formulas to 90°
        assert np.max(np.abs(vertical - extrapolated)) < 1e-8, slip_type
        assert np.max(np.abs(vertical - steep[1])) > 1e-7    # the dip still matters at 89.99°


def test_long_deep_vertical_strike_slip_matches_screw_dislocations():
    """Right-lateral slip from depth D to D + W on a 20 000-km fault = screw(D) − screw(D + W) (Savage–Burford)."""
    across = np.linspace(-30000.0, 30000.0, 61)
    top, width, length = 1500.0, 20000.0, 20_000_000.0
    east, north, up = okada(across, 0.0 * across, 0.0, 0.0, top, 0.0, 90.0, length, width, rake=180.0, slip=1.0)
    expected = (screw_dislocation(across, 0.0 * across, 0.0, 0.0, 0.0, 1.0, top)[1]
                - screw_dislocation(across, 0.0 * across, 0.0, 0.0, 0.0, 1.0, top + width)[1])
    # the fault ends (10 000 km away) change the middle by ~x·W/(π(L/2)²) = 2e-6
    assert np.max(np.abs(north - expected)) < 1e-5
    assert np.max(np.abs(east)) < 1e-4 and np.max(np.abs(up)) < 1e-4


def test_sign_conventions_left_lateral_thrust_and_opening():
    # left-lateral (rake 0) on a vertical north-striking fault: the east side moves north
    _, north, _ = okada(np.array([1000.0, -1000.0]), np.zeros(2), 0.0, 0.0, 0.0, 0.0, 90.0, 20000.0, 10000.0,
                        rake=0.0, slip=1.0)
    assert north[0] > 0.4 and north[1] < -0.4
    # thrust (rake 90) dipping east (right of strike 0): the hanging wall (east) rises and moves west
    x = np.array([-5000.0, 2000.0])
    east, _, up = okada(x, np.zeros(2), 0.0, 0.0, 1000.0, 0.0, 30.0, 50000.0, 10000.0, rake=90.0, slip=1.0)
    assert up[1] > 0.3 and abs(up[0]) < 0.05 and east[1] < -0.2
    # a wide shallow sill (dip 0, extending right of the strike from the top edge) lifts its centre by
    # nearly its opening: plate limit
    _, _, up = okada(5000.0, 5000.0, 0.0, 5000.0, 100.0, 0.0, 0.0, 10000.0, 10000.0, opening=1.0)
    assert 0.98 < up < 1.0


def forward_parameters(tmp_path, **extra):
    values = dict(SOURCE=f'{X0},{Y0} [{CRS}]', DEPTH=2000.0, STRIKE=30.0, DIP=60.0, RAKE=120.0, SLIP=2.0,
                  OPENING=0.5, LENGTH=8000.0, WIDTH=4000.0, POISSON=0.25,
                  EXTENT=f'{X0 - 15000},{X0 + 15000},{Y0 - 12000},{Y0 + 12000} [{CRS}]', RESOLUTION=500.0,
                  INCIDENCE=34.0, HEADING=-167.0, LOOK_DIRECTION=0,
                  **{f'OUTPUT_{n}': str(tmp_path / f'{n.lower()}.tif') for n in ('EAST', 'NORTH', 'UP', 'LOS')})
    values.update(extra)
    return values


def test_algorithm_matches_core_on_the_grid(run_algorithm, tmp_path):
    parameters = forward_parameters(tmp_path)
    results = run_algorithm('okadaforward', parameters)
    data, _ = read_tif(results['OUTPUT_UP'])
    assert data.shape == (1, 48, 60)
    x = X0 - 15000 + 250.0 + 500.0 * np.arange(60)
    y = Y0 + 12000 - 250.0 - 500.0 * np.arange(48)
    xx, yy = np.meshgrid(x, y)
    east, north, up = okada(xx, yy, X0, Y0, 2000.0, 30.0, 60.0, 8000.0, 4000.0, rake=120.0, slip=2.0, opening=0.5)
    expected = {'EAST': east, 'NORTH': north, 'UP': up, 'LOS': enu_to_los(east, north, up, 34.0, -167.0)}
    for name, values in expected.items():
        raster = read_tif(results[f'OUTPUT_{name}'])[0][0]
        assert np.allclose(raster, 1000.0 * values, rtol=1e-6, atol=1e-5), name   # mm, float32
    assert np.max(np.abs(1000.0 * up)) > 100.0


def test_through_qgis_process(qgis_process, tmp_path):
    parameters = forward_parameters(tmp_path, RESOLUTION=1000.0)
    code, results, log = qgis_process.run('okadaforward', **parameters)
    assert code == 0, log
    up = read_tif(results['OUTPUT_UP'])[0][0]
    _, _, expected = okada(X0 - 14500.0, Y0 + 11500.0, X0, Y0, 2000.0, 30.0, 60.0, 8000.0, 4000.0, rake=120.0,
                           slip=2.0, opening=0.5)
    assert up[0, 0] == pytest.approx(1000.0 * expected, rel=1e-6)


def test_error_incidence_of_90_degrees_or_more(run_algorithm, tmp_path):
    incidence = write_tif(tmp_path / 'incidence.tif', np.full((30, 40), 93.0),
                          geotransform=(X0 - 20000, 1000.0, 0.0, Y0 + 15000, 0.0, -1000.0))
    before = pathlib.Path(incidence).read_bytes()
    parameters = forward_parameters(tmp_path, INCIDENCE_RASTER=incidence)
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm('okadaforward', parameters)
    assert 'incidence 93° is impossible' in str(error.value) and 'INCIDENCE_RASTER' in str(error.value)
    assert pathlib.Path(incidence).read_bytes() == before
    assert not any(os.path.exists(parameters[f'OUTPUT_{n}']) for n in ('EAST', 'NORTH', 'UP', 'LOS'))


def test_centroid_reference_equals_the_top_edge_convention(run_algorithm, tmp_path):
    """REFERENCE = centroid: the same fault given by its centroid gives the same rasters."""
    x_c, y_c, depth_c = centroid_from_top_edge(X0, Y0, 2000.0, 30.0, 60.0, 4000.0)
    # the centroid of a 4 km wide fault dipping 60° lies 1 km down-dip horizontally and 1.73 km deeper
    assert math.hypot(x_c - X0, y_c - Y0) == pytest.approx(1000.0) and depth_c == pytest.approx(2000.0 + 2000.0 * 0.866,
                                                                                                  abs=0.1)
    assert top_edge_from_centroid(x_c, y_c, depth_c, 30.0, 60.0, 4000.0) == pytest.approx((X0, Y0, 2000.0))
    for name in ('top', 'centroid'):
        (tmp_path / name).mkdir()
    top = run_algorithm('okadaforward', forward_parameters(tmp_path / 'top'))
    centroid = run_algorithm('okadaforward', forward_parameters(
        tmp_path / 'centroid', REFERENCE=1, SOURCE=f'{x_c},{y_c} [{CRS}]', DEPTH=depth_c))
    for name in ('OUTPUT_EAST', 'OUTPUT_UP', 'OUTPUT_LOS'):
        assert np.allclose(read_tif(centroid[name])[0], read_tif(top[name])[0], atol=1e-4), name


def test_error_centroid_above_half_the_width(run_algorithm, tmp_path):
    parameters = forward_parameters(tmp_path, REFERENCE=1, DEPTH=1000.0)      # needs ≥ 1732 m
    with pytest.raises(QgsProcessingException, match='DEPTH: a centroid 1000 m deep .* top edge 732 m above the '
                                                     'surface'):
        run_algorithm('okadaforward', parameters)
    assert not any(os.path.exists(parameters[f'OUTPUT_{n}']) for n in ('EAST', 'NORTH', 'UP', 'LOS'))


def test_horizontal_fault_at_the_surface_is_the_limit_of_shallow_ones():
    """Depth 0, dip 0 (before: zeros for 1 m of slip): the limit — the slip vector above the fault."""
    x = np.array([2000.0, 2000.0, 0.0, 12000.0])
    y = np.array([2500.0, -2500.0, 2500.0, 2500.0])
    for rake, slip, opening in ((0.0, 1.0, 0.0), (90.0, 1.0, 0.0), (0.0, 0.0, 0.7), (-150.0, 2.0, 0.0)):
        limit = np.array(okada(x, y, 0.0, 0.0, 0.0, 0.0, 0.0, 10000.0, 5000.0, rake=rake, slip=slip, opening=opening))
        shallow = np.array(okada(x, y, 0.0, 0.0, 0.01, 0.0, 0.0, 10000.0, 5000.0, rake=rake, slip=slip,
                                 opening=opening))
        # inside points (first two) move by the slip, outside ones not at all (on the edge, point 3, the
        # shallow solution is singular: the limit takes half of the slip there)
        assert np.max(np.abs((limit - shallow)[:, [0, 1, 3]])) < 1e-4, (rake, slip, opening)
        assert np.hypot(limit[0, 0], limit[1, 0]) == pytest.approx(slip)
        assert limit[2, 0] == pytest.approx(opening) and np.all(limit[:, 3] == 0.0)


def test_okadaforward_at_depth_0_dip_0(run_algorithm, tmp_path):
    results = run_algorithm('okadaforward', forward_parameters(tmp_path, DEPTH=0.0, DIP=0.0, RAKE=0.0, SLIP=1.0,
                                                               OPENING=0.0, STRIKE=0.0))
    north = read_tif(results['OUTPUT_NORTH'])[0][0]
    assert np.nanmax(north) == pytest.approx(1000.0, rel=1e-6)        # mm: the full metre of left-lateral slip
