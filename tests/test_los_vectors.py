"""LOS unit-vector rasters (``LOS_EAST``/``LOS_NORTH``/``LOS_UP``) as the alternative to incidence/heading."""
import numpy as np
import pytest
from rasters import assert_refused, read_tif, write_tif

from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.geometry.line_of_sight import (
    GeometrySource,
    angles_from_unit_vector,
    check_unit_vectors,
    unit_vector,
    wrap_heading,
)

GEOTRANSFORM = (270000.0, 100.0, 0.0, 4040000.0, 0.0, -100.0)


# -- the core ---------------------------------------------------------------------------------------
@pytest.mark.parametrize('look', ['right', 'left'])
def test_angles_and_unit_vector_are_inverse(look):
    incidence, heading = np.meshgrid(np.linspace(1.0, 80.0, 17), np.linspace(-179.0, 180.0, 37))
    east, north, up = unit_vector(incidence, heading, look)
    theta, alpha = angles_from_unit_vector(east, north, up, look)
    assert np.allclose(theta, incidence, atol=1e-9)
    assert np.allclose(alpha, heading, atol=1e-9)
    # EGMS L2b, track 022 (descending, right-looking): incidence 37.31°, track angle 191.42°,
    # los (0.594, −0.12, 0.795) printed to 3 decimals → angles to the printed precision
    theta, alpha = angles_from_unit_vector(0.594, -0.12, 0.795)
    assert theta == pytest.approx(37.31, abs=0.05)
    assert wrap_heading(alpha) == pytest.approx(wrap_heading(191.42), abs=0.2)


def test_unit_vectors_are_checked():
    check_unit_vectors(0.594, -0.12, 0.795)                       # 3-decimal rounding is accepted
    with pytest.raises(InputError, match='has length 1.088, not 1'):
        check_unit_vectors(0.6, -0.12, 0.9)
    with pytest.raises(InputError, match='points downwards'):
        check_unit_vectors(-0.594, 0.12, -0.795)
    with pytest.raises(InputError, match='ASC_LOS_EAST/ASC_LOS_NORTH/ASC_LOS_UP'):
        GeometrySource(39.0, -12.0, los=(0.0, 0.0, 0.5), role_prefix='ASC_')


def test_geometry_source_from_vectors_gives_the_angles():
    e, n, u = unit_vector(39.0, -12.0)
    geometry = GeometrySource(0.0, 0.0, los=(1.001 * e, 1.001 * n, 1.001 * u))   # normalised
    ue, un, uu = geometry.unit_vectors(0, 2, 3)
    assert ue.shape == (2, 3)
    assert np.allclose(np.sqrt(ue ** 2 + un ** 2 + uu ** 2), 1.0, atol=1e-12)
    incidence, heading = geometry.angles(0, 2, 3)
    assert np.allclose(incidence, 39.0) and np.allclose(heading, -12.0)


# -- algorithms -------------------------------------------------------------------------------------
def vector_rasters(folder, incidence, heading, shape, prefix='', look='right'):
    east, north, up = unit_vector(np.full(shape, incidence), np.full(shape, heading), look)
    return {f'{prefix}LOS_{name}': write_tif(folder / f'{prefix.lower()}los_{name.lower()}.tif', values,
                                             GEOTRANSFORM)
            for name, values in (('EAST', east), ('NORTH', north), ('UP', up))}


def mogi_parameters(tmp_path, tag, **extra):
    template = write_tif(tmp_path / 'template.tif', np.zeros((40, 50)), GEOTRANSFORM)
    values = {'SOURCE': '272500,4038000 [EPSG:32654]', 'DEPTH': 2000.0, 'VOLUME_CHANGE': 1e6, 'TEMPLATE': template,
              'INCIDENCE': 39.0, 'HEADING': -10.0}
    values.update({f'OUTPUT_{name}': str(tmp_path / f'{tag}_{name.lower()}.tif')
                   for name in ('EAST', 'NORTH', 'UP', 'LOS')})
    values.update(extra)
    return values


def test_mogi_forward_with_vectors_equals_incidence_and_heading(run_algorithm, tmp_path):
    angles = run_algorithm('mogiforward', mogi_parameters(tmp_path, 'angles'))
    vectors = vector_rasters(tmp_path, 39.0, -10.0, (40, 50))
    # the numbers say 20°/100°: the vectors must win
    with_vectors = run_algorithm('mogiforward', mogi_parameters(tmp_path, 'vectors', INCIDENCE=20.0,
                                                                HEADING=100.0, **vectors))
    expected = read_tif(angles['OUTPUT_LOS'])[0][0]
    got = read_tif(with_vectors['OUTPUT_LOS'])[0][0]
    assert np.abs(expected).max() > 5.0
    # components stored as float32 (relative 6e-8) → LOS equal to 1e-5 mm
    assert np.allclose(got, expected, rtol=0.0, atol=1e-5)


def test_decomposition_takes_vectors_for_both_geometries(run_algorithm, tmp_path):
    shape = (40, 50)
    east_v, up_v = 4.0, -7.0
    rasters = {}
    for prefix, heading in (('ASC_', -12.0), ('DESC_', -168.0)):
        e, _, u = unit_vector(39.0, heading)
        rasters[prefix] = write_tif(tmp_path / f'{prefix.lower()}los.tif', np.full(shape, e * east_v + u * up_v),
                                    GEOTRANSFORM, dtype=7)
        rasters.update(vector_rasters(tmp_path, 39.0, heading, shape, prefix))
    outputs = {name: str(tmp_path / f'{name.lower()}.tif')
               for name in ('OUTPUT_EAST', 'OUTPUT_UP', 'OUTPUT_EAST_STD', 'OUTPUT_UP_STD')}
    results = run_algorithm('ascdescdecomposition', dict(
        ASCENDING=rasters.pop('ASC_'), DESCENDING=rasters.pop('DESC_'), ASC_INCIDENCE=10.0, DESC_INCIDENCE=10.0,
        **rasters, **outputs))
    # unit vectors stored as float32 → East/Up to 1e-5 mm/yr
    assert np.allclose(read_tif(results['OUTPUT_EAST'])[0][0], east_v, atol=1e-5)
    assert np.allclose(read_tif(results['OUTPUT_UP'])[0][0], up_v, atol=1e-5)


def _expect_error(run_algorithm, parameters, fragment):
    inputs = [v for k, v in parameters.items() if str(v).endswith('.tif') and not k.startswith('OUTPUT')]
    return assert_refused(run_algorithm, 'mogiforward', parameters, fragment, inputs=inputs)


def test_vectors_that_are_not_unit_length_are_refused(run_algorithm, tmp_path):
    vectors = vector_rasters(tmp_path, 39.0, -10.0, (40, 50))
    vectors['LOS_UP'] = write_tif(tmp_path / 'incidence_by_mistake.tif', np.full((40, 50), 39.0), GEOTRANSFORM)
    message = _expect_error(run_algorithm, mogi_parameters(tmp_path, 'bad', **vectors), 'not 1')
    assert 'LOS_EAST/LOS_NORTH/LOS_UP' in message and 'ground to the satellite' in message


def test_two_of_three_vector_components_are_refused(run_algorithm, tmp_path):
    vectors = vector_rasters(tmp_path, 39.0, -10.0, (40, 50))
    del vectors['LOS_NORTH']
    message = _expect_error(run_algorithm, mogi_parameters(tmp_path, 'partial', **vectors), 'LOS_NORTH: missing')
    assert 'all three rasters' in message
