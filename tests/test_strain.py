"""``deformation:strainrate`` and ``deformation:baselinestrain``: analytic fields, reference 002, real data."""

import numpy as np
import pytest
from osgeo import gdal
from pyproj import Transformer
from qgis.core import QgsProcessingException, QgsVectorLayer
from strain_fields import AeqdField, centroid_lonlat, euler_vector, euler_velocities, local_gradient, vertical_rotation
from vectors import write_gpkg

from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.geometry.local_frame import LocalFrame, layer_crs
from deformation_toolbox.algorithms.core.strain.baseline import baseline_strain
from deformation_toolbox.algorithms.core.strain.delaunay import delaunay_strain
from deformation_toolbox.algorithms.core.strain.gridded import AdaptiveSmoothing, coverage_weights, gridded_strain
from deformation_toolbox.algorithms.core.strain.tensor import (
    QUANTITIES,
    check_network,
    gradient_products,
    strain_products,
    velocity_gradients,
)

#: a uniform velocity gradient (mm/yr per km = 1000 nanostrain/yr): exx 80, eyy −45, exy 30, ω 20 nano/yr
GRADIENT = np.array([[0.080, 0.010], [0.050, -0.045]])
EXPECTED = {'exx': 80.0, 'eyy': -45.0, 'exy': 30.0, 'rotation': 20.0, 'dilatation': 35.0}
CENTRE_LONLAT = (138.52, 36.40)


def expected_products():
    values = dict(EXPECTED)
    half, mean = (EXPECTED['exx'] - EXPECTED['eyy']) / 2, (EXPECTED['exx'] + EXPECTED['eyy']) / 2
    radius = np.hypot(half, EXPECTED['exy'])
    values.update(e1=mean + radius, e2=mean - radius, max_shear=2 * radius,
                  second_invariant=np.sqrt(80.0 ** 2 + 45.0 ** 2 + 2 * 30.0 ** 2),
                  azimuth_e1=np.mod(90.0 - np.degrees(0.5 * np.arctan2(60.0, 125.0)), 180.0))
    return values


def scattered_stations(count=40, seed=2, spread_km=60.0):
    """Station longitudes/latitudes scattered around central Japan."""
    rng = np.random.default_rng(seed)
    east, north = rng.uniform(-spread_km, spread_km, (2, count)) * 1000.0
    frame = LocalFrame(layer_crs('EPSG:4326'), *CENTRE_LONLAT)
    return frame.inverse(east, north)


def field_of(lon, lat, gradient=GRADIENT, translation=(3.0, -2.0)):
    """A uniform gradient (mm/yr per km) plus a translation in an aeqd frame centred on the stations."""
    frame = LocalFrame.around('EPSG:4326', lon, lat)
    return AeqdField(frame.lon0, frame.lat0, 1000.0 * np.asarray(gradient), translation)


def field_velocities(lon, lat, gradient=GRADIENT, translation=(3.0, -2.0)):
    """Station east/north velocities (mm/yr) of :func:`field_of`."""
    return field_of(lon, lat, gradient, translation).velocities(lon, lat)


def truth_products(field, lon, lat):
    """The strain products a correct tool finds at lon/lat: from the field's ground gradient there."""
    gradient = local_gradient(field.velocities, lon, lat)
    exx, eyy = gradient[:, 0, 0], gradient[:, 1, 1]
    exy, rotation = 0.5 * (gradient[:, 0, 1] + gradient[:, 1, 0]), 0.5 * (gradient[:, 1, 0] - gradient[:, 0, 1])
    products = strain_products(exx, eyy, exy)
    products['rotation'] = rotation
    return products


def element_centres(layer_or_path):
    """Longitude/latitude of each output polygon's vertex centroid (on the sphere)."""
    rings = [f.geometry().asPolygon()[0][:-1] for f in features(layer_or_path)]
    return centroid_lonlat(np.array([[p.x() for p in ring] for ring in rings]),
                           np.array([[p.y() for p in ring] for ring in rings]))


def write_points(path, lon, lat, ve, vn, se=None, sn=None, names=None, epsg=4326):
    count = len(lon)
    fields = {'station': names if names is not None else [f'S{k:03d}' for k in range(count)],
              've': ve, 'vn': vn, 'vu': [0.0] * count}
    if se is not None:
        fields.update(se=se, sn=sn, su=[1.0] * count)
    return write_gpkg(path, 'stations', [[point] for point in zip(lon, lat)], fields, epsg)


def write_lines(path, segments, rates, sigmas=None, epsg=4326):
    fields = {'rate': rates} if sigmas is None else {'rate': rates, 'rate_sigma': sigmas}
    return write_gpkg(path, 'baselines', segments, fields, epsg)


def features(layer_or_path):
    layer = layer_or_path if isinstance(layer_or_path, QgsVectorLayer) else QgsVectorLayer(layer_or_path, 'out', 'ogr')
    return [f for f in layer.getFeatures()]


def outputs(layer_or_path, name):
    return np.array([f[name] if f[name] is not None else np.nan for f in features(layer_or_path)], dtype=float)


# -- core ---------------------------------------------------------------------------------
def test_core_uniform_field_is_exact_in_triangles_and_on_the_grid():
    rng = np.random.default_rng(1)
    x, y = rng.uniform(-50e3, 50e3, (2, 30))
    ve, vn = GRADIENT @ np.vstack([x, y]) / 1000.0 + np.array([[3.0], [-2.0]])
    se, sn = rng.uniform(0.5, 2.0, (2, 30))
    expected = expected_products()
    _, _, _, triangles = delaunay_strain(x, y, ve, vn, se, sn)
    gx, gy = np.meshgrid(np.linspace(-40e3, 40e3, 9), np.linspace(-40e3, 40e3, 9))
    grid, counts = gridded_strain(x, y, ve, vn, se, sn, gx, gy, smoothing=25e3, min_stations=3)
    assert np.isfinite(grid['exx']).sum() > 40
    for products in (triangles, grid):
        for name, value in expected.items():
            finite = products[name][np.isfinite(products[name])]
            assert finite == pytest.approx(value, rel=1e-9), name


def test_core_rigid_rotation_gives_zero_strain_and_the_rotation():
    omega = 150.0   # nanoradian/yr, counter-clockwise
    rng = np.random.default_rng(4)
    x, y = rng.uniform(-30e3, 30e3, (2, 25))
    ve, vn = -omega * 1e-9 * y * 1000.0, omega * 1e-9 * x * 1000.0    # mm/yr
    nan = np.full(25, np.nan)
    _, _, _, triangles = delaunay_strain(x, y, ve, vn, nan, nan)
    gx, gy = np.meshgrid(np.linspace(-20e3, 20e3, 5), np.linspace(-20e3, 20e3, 5))
    grid, _ = gridded_strain(x, y, ve, vn, nan, nan, gx, gy, smoothing=15e3)
    for products in (triangles, grid):
        for name in ('exx', 'eyy', 'exy', 'dilatation', 'max_shear', 'e1', 'e2'):
            assert np.nanmax(np.abs(products[name])) < 1e-9 * omega, name
        assert products['rotation'][np.isfinite(products['rotation'])] == pytest.approx(omega, rel=1e-9)
        assert np.all(np.isnan(products['sigma_exx']))


def test_core_sigma_agrees_with_monte_carlo():
    """Propagated 1σ of every quantity vs 20 000 noisy networks: within 5 %."""
    rng = np.random.default_rng(7)
    x = np.array([0.0, 20e3, 5e3, 30e3, -10e3, 15e3])
    y = np.array([0.0, 3e3, 25e3, 28e3, 15e3, -12e3])
    ve, vn = GRADIENT @ np.vstack([x, y]) / 1000.0
    # 1σ small enough against the strain signal for first-order propagation to hold (the regime it is for)
    se = 0.2 * np.array([1.0, 1.5, 0.8, 2.0, 1.2, 0.9])
    sn = 0.2 * np.array([0.7, 1.1, 1.3, 0.6, 1.0, 1.4])
    node = (np.array([[10e3]]), np.array([[10e3]]))
    gridded, _ = gridded_strain(x, y, ve, vn, se, sn, *node, smoothing=20e3)
    draws = 20_000
    noisy_e = ve + se * rng.standard_normal((draws, 6))
    noisy_n = vn + sn * rng.standard_normal((draws, 6))
    nodes = np.full((draws, 1), 10e3)
    gradient, _ = velocity_gradients(
        (x - nodes) / 1000.0, (y - nodes) / 1000.0, noisy_e, noisy_n, se, sn,
        np.exp(-((x - nodes) ** 2 + (y - nodes) ** 2) / 20e3 ** 2))
    simulated = gradient_products(gradient, np.zeros((draws, 4, 4)))
    for name in QUANTITIES:
        spread = np.std(simulated[name])
        print(f'{name}: Monte Carlo / propagated 1σ = {spread / gridded[f"sigma_{name}"][0, 0]:.3f}')
        assert spread / gridded[f'sigma_{name}'][0, 0] == pytest.approx(1.0, abs=0.05), name
    # one Delaunay triangle (stations 0, 1, 2) the same way
    _, kept, centroids, triangles = delaunay_strain(x[:3], y[:3], ve[:3], vn[:3], se[:3], sn[:3])
    cx, cy = centroids[0]
    gradient, _ = velocity_gradients((x[:3] - cx) / 1000.0, (y[:3] - cy) / 1000.0, noisy_e[:, :3],
                                            noisy_n[:, :3], se[:3], sn[:3], np.ones((draws, 3)))
    simulated = gradient_products(gradient, np.zeros((draws, 4, 4)))
    for name in QUANTITIES:
        assert np.std(simulated[name]) / triangles[f'sigma_{name}'][0] == pytest.approx(1.0, abs=0.05), name


def test_core_reference_002_practice_problem():
    tensor, _, residuals = baseline_strain([0.0, 90.0, 120.0], [2.9e-6, -1.6e-6, -6.0e-6])
    products = strain_products(*tensor)
    assert tensor[:2] == pytest.approx([2.9e-6, -1.6e-6], rel=1e-12)
    assert round(tensor[2] * 1e6, 1) == 6.4
    assert round(products['e1'][0] * 1e6, 1) == 7.4
    assert round(90.0 - products['azimuth_e1'][0]) == 35     # counter-clockwise from x (east)
    assert round(products['azimuth_e1'][0]) == 55            # N55°E
    assert np.abs(residuals).max() < 1e-20


def test_core_rejects_too_few_and_collinear_stations():
    with pytest.raises(InputError, match='2 stations with valid velocities .*at least 3'):
        check_network(np.array([0.0, 1.0]), np.array([0.0, 1.0]), names=['A', 'B'])
    with pytest.raises(InputError, match='lie on one line'):
        check_network(np.array([0.0, 1e3, 2e3, 5e3]), np.array([0.0, 2e3, 4e3, 10e3]))
    with pytest.raises(InputError, match='only 2 directions'):
        baseline_strain([0.0, 90.0, 180.0, 270.0], [1.0, 2.0, 1.0, 2.0])


# -- algorithm: strainrate --------------------------------------------------------------------
@pytest.fixture(scope='module')
def uniform_network(tmp_path_factory):
    lon, lat = scattered_stations()
    ve, vn = field_velocities(lon, lat)
    rng = np.random.default_rng(9)
    se, sn = rng.uniform(0.3, 1.5, (2, lon.size))
    folder = tmp_path_factory.mktemp('strain')
    return write_points(folder / 'uniform.gpkg', lon, lat, ve, vn, se, sn)


@pytest.mark.parametrize('method', [0, 1])
def test_uniform_field_gives_the_tensor_of_each_element(run_algorithm, uniform_network, tmp_path, method):
    """A uniform gradient over 120 km: every element's tensor equals the field's own at its centre.

    Truth: the field's ground gradient at the element centroid in the centroid's east/north frame
    (:func:`strain_fields.local_gradient`); the residual difference comes from the field's curvature
    over a triangle or a smoothing distance (the aeqd mapping), below 1e-3 of the tensor.
    """
    result = run_algorithm('strainrate', {
        'INPUT': uniform_network, 'METHOD': method, 'SPACING': 10000.0, 'SMOOTHING_DISTANCE': 30000.0,
        'OUTPUT': 'TEMPORARY_OUTPUT', 'OUTPUT_AXES': 'TEMPORARY_OUTPUT',
        'OUTPUT_RASTER': str(tmp_path / 'strain.tif')})
    assert result['N_ELEMENTS'] > 10 and result['N_STATIONS'] == 40
    lon, lat = scattered_stations()
    centres = element_centres(result['OUTPUT']) if method == 0 else cell_centres(result['OUTPUT'])
    truth = truth_products(field_of(lon, lat), *centres)
    scale = np.max(np.abs(truth['e1']))
    worst = 0.0
    for name in ('exx', 'eyy', 'exy', 'rotation', 'dilatation', 'max_shear', 'e1', 'e2', 'second_invariant'):
        values = outputs(result['OUTPUT'], name)
        assert np.isfinite(values).all(), name
        error = np.max(np.abs(values - truth[name])) / scale
        worst = max(worst, error)
        assert error < 1e-3, name
    nominal = expected_products()
    print(f'method {method}: worst error against the local truth {worst:.1e} of |e1|; exx ranges '
          f'{outputs(result["OUTPUT"], "exx").min():.3f}–{outputs(result["OUTPUT"], "exx").max():.3f} '
          f'(nominal {nominal["exx"]}, the field turns with the meridians)')
    assert outputs(result['OUTPUT'], 'max_shear_tensor') == pytest.approx(outputs(result['OUTPUT'], 'max_shear') / 2)
    assert outputs(result['OUTPUT'], 'max_shear_engineering') == pytest.approx(outputs(result['OUTPUT'], 'max_shear'))
    assert np.all(outputs(result['OUTPUT'], 'sigma_exx') > 0)
    dataset = gdal.Open(result['OUTPUT_RASTER'])
    bands = {dataset.GetRasterBand(k).GetDescription(): k for k in range(1, dataset.RasterCount + 1)}
    exx = dataset.GetRasterBand(bands['exx']).ReadAsArray()
    assert np.isfinite(exx).sum() > 50
    assert exx[np.isfinite(exx)] == pytest.approx(80.0, rel=2e-2)
    assert 'Azimuthal_Equidistant' in dataset.GetProjection() or 'Azimuthal Equidistant' in dataset.GetProjection()
    axes = features(result['OUTPUT_AXES'])
    assert {f['axis'] for f in axes} == {'e1', 'e2'}
    e1_axes = [f for f in axes if f['axis'] == 'e1']
    assert e1_axes[0]['azimuth'] == pytest.approx(outputs(result['OUTPUT'], 'azimuth_e1')[0], abs=1e-6)
    assert e1_axes[0]['kind'] == 'extension'


def cell_centres(layer_or_path):
    """Longitude/latitude of each grid cell's centre (mean of its corners)."""
    return element_centres(layer_or_path)


def test_rigid_rotation_gives_zero_strain(run_algorithm, tmp_path):
    """A rotation about the vertical through the network centre (Euler pole there), 40 nrad/yr."""
    lon, lat = scattered_stations(seed=5)
    omega = euler_vector(*CENTRE_LONLAT, np.degrees(40e-9) * 1e6)
    ve, vn = euler_velocities(lon, lat, omega)
    path = write_points(tmp_path / 'rotation.gpkg', lon, lat, ve, vn)
    result = run_algorithm('strainrate', {'INPUT': path, 'OUTPUT': 'TEMPORARY_OUTPUT',
                                          'OUTPUT_AXES': 'TEMPORARY_OUTPUT', 'OUTPUT_RASTER': 'TEMPORARY_OUTPUT'})
    for name in ('exx', 'eyy', 'exy', 'max_shear', 'dilatation'):
        assert np.max(np.abs(outputs(result['OUTPUT'], name))) < 1e-6 * 40.0, name
    assert outputs(result['OUTPUT'], 'rotation') == pytest.approx(vertical_rotation(
        *element_centres(result['OUTPUT']), omega), rel=1e-6)


# -- continental networks on the ellipsoid ------------------------------------------------------
#: a fast plate: pole 45°N 30°W, 1°/Myr → 45–70 mm/yr over Europe
PLATE_POLE = (-30.0, 45.0, 1.0)


def continental_stations(count=250, seed=8, lon=(0.0, 24.0), lat=(36.0, 54.0)):
    """Stations scattered over ~2000 km of Europe (longitude/latitude)."""
    rng = np.random.default_rng(seed)
    return rng.uniform(*lon, count), rng.uniform(*lat, count)


def assert_rigid(result, omega, label):
    """Strain ≤ 0.05 nanostrain/yr everywhere; rotation = Ω·û at each element within 1 %."""
    strain = max(np.max(np.abs(outputs(result['OUTPUT'], name)))
                 for name in ('exx', 'eyy', 'exy', 'max_shear', 'dilatation', 'e1', 'e2'))
    rotation = outputs(result['OUTPUT'], 'rotation')
    expected = vertical_rotation(*element_centres(result['OUTPUT']), omega)
    ratio = np.max(np.abs(rotation / expected - 1.0))
    print(f'{label}: {len(rotation)} elements, largest |strain| {strain:.2e} nanostrain/yr, rotation '
          f'{rotation.min():.3f}–{rotation.max():.3f} nrad/yr, worst relative error {ratio:.1e}')
    assert strain <= 0.05
    assert ratio < 0.01


@pytest.mark.parametrize('method', [0, 1])
def test_plate_rotation_over_a_continent_gives_no_strain(run_algorithm, tmp_path, method):
    lon, lat = continental_stations()
    omega = euler_vector(*PLATE_POLE)
    ve, vn = euler_velocities(lon, lat, omega)
    assert 45.0 < np.median(np.hypot(ve, vn)) < 75.0
    path = write_points(tmp_path / 'plate.gpkg', lon, lat, ve, vn, np.full(lon.size, 0.5), np.full(lon.size, 0.5))
    extra = {'SPACING': 100000.0, 'SMOOTHING': 1, 'WEIGHT_THRESHOLD': 12.0} if method else {}
    result = run_algorithm('strainrate', dict(INPUT=path, METHOD=method, OUTPUT='TEMPORARY_OUTPUT',
                                              OUTPUT_AXES='TEMPORARY_OUTPUT', OUTPUT_RASTER='TEMPORARY_OUTPUT',
                                              **extra))
    assert_rigid(result, omega, 'Delaunay' if method == 0 else 'gridded, adaptive D')
    if method:
        distance = outputs(result['OUTPUT'], 'smoothing_distance')
        assert np.all(distance > 0) and np.ptp(distance) > 0       # chosen per node


def test_plate_rotation_across_two_utm_zones(qgis_process, tmp_path):
    """Stations from 7°E to 17°E (UTM zones 32 and 33) in a zone 33 layer, through qgis_process."""
    lon, lat = continental_stations(120, 3, (7.0, 17.0), (44.0, 50.0))
    omega = euler_vector(*PLATE_POLE)
    ve, vn = euler_velocities(lon, lat, omega)
    x, y = Transformer.from_crs('EPSG:4326', 'EPSG:32633', always_xy=True).transform(lon, lat)
    path = write_points(tmp_path / 'utm.gpkg', x, y, ve, vn, epsg=32633)
    code, results, log = qgis_process.run('strainrate', INPUT=path, OUTPUT=str(tmp_path / 'tri.gpkg'),
                                          OUTPUT_AXES=str(tmp_path / 'axes.gpkg'),
                                          OUTPUT_RASTER=str(tmp_path / 'r.tif'))
    assert code == 0, log
    layer = QgsVectorLayer(results['OUTPUT'], 'out', 'ogr')
    centres = [f.geometry().asPolygon()[0][:-1] for f in layer.getFeatures()]
    to_geographic = Transformer.from_crs('EPSG:32633', 'EPSG:4326', always_xy=True)
    lonlat = [to_geographic.transform([p.x() for p in ring], [p.y() for p in ring]) for ring in centres]
    centre_lon, centre_lat = centroid_lonlat(np.array([c[0] for c in lonlat]), np.array([c[1] for c in lonlat]))
    strain = max(np.max(np.abs(outputs(layer, name))) for name in ('exx', 'eyy', 'exy', 'max_shear'))
    rotation = outputs(layer, 'rotation')
    ratio = np.max(np.abs(rotation / vertical_rotation(centre_lon, centre_lat, omega) - 1.0))
    print(f'two UTM zones: largest |strain| {strain:.2e} nanostrain/yr, rotation error {ratio:.1e}')
    assert strain <= 0.05 and ratio < 0.01


@pytest.mark.parametrize('method', [0, 1])
def test_uniform_strain_over_2000_km_is_recovered(run_algorithm, tmp_path, method):
    """exx 50, eyy −30, exy 20 nanostrain/yr in a centred aeqd frame, over a moving plate, 2000 km across.

    The field's own ground strain varies by < 2 % over the network (the map's curvature); every element
    must match it within 1 % of |e1|, and the network median must match the nominal tensor within 1 %.
    Long hull triangles (MAX_EDGE 200 km; the mean spacing is 115 km), which average that variation over
    500 km, and thin ones (MIN_ANGLE 10°: a 4° triangle turns the field's curvature into 1 % errors) are
    left out, as in practice.
    """
    lon, lat = continental_stations(300, 11)
    omega = euler_vector(*PLATE_POLE)
    field = AeqdField(12.0, 45.0, [[50.0, 20.0], [20.0, -30.0]])
    plate_e, plate_n = euler_velocities(lon, lat, omega)
    strain_e, strain_n = field.velocities(lon, lat)
    path = write_points(tmp_path / 'uniform.gpkg', lon, lat, plate_e + strain_e, plate_n + strain_n)
    extra = ({'SPACING': 100000.0, 'SMOOTHING_DISTANCE': 150000.0} if method
             else {'MAX_EDGE': 200000.0, 'MIN_ANGLE': 10.0})
    result = run_algorithm('strainrate', dict(INPUT=path, METHOD=method, OUTPUT='TEMPORARY_OUTPUT',
                                              OUTPUT_AXES='TEMPORARY_OUTPUT', OUTPUT_RASTER='TEMPORARY_OUTPUT',
                                              **extra))
    centres = element_centres(result['OUTPUT'])
    truth = truth_products(field, *centres)
    nominal = strain_products(50.0, -30.0, 20.0)
    scale = float(nominal['e1'][0])
    report = []
    for name in ('exx', 'eyy', 'exy', 'dilatation', 'max_shear', 'e1', 'e2'):
        values = outputs(result['OUTPUT'], name)
        error = np.max(np.abs(values - truth[name])) / scale
        median = abs(np.median(values) - nominal[name][0]) / scale
        report.append(f'{name} {error:.1e}/{median:.1e}')
        assert error < 0.01, name
        assert median < 0.01, name
    azimuth = np.abs((outputs(result['OUTPUT'], 'azimuth_e1') - truth['azimuth_e1'] + 90.0) % 180.0 - 90.0)
    print(f'method {method}: worst/median error (share of e1): {", ".join(report)}; azimuth_e1 worst '
          f'{azimuth.max():.3f}°')
    assert azimuth.max() < 0.5


def test_core_adaptive_smoothing_follows_station_density():
    """Shen et al. (2015): D is small in the dense cluster, large in the sparse part; ΣL·Z = Wt at each node."""
    rng = np.random.default_rng(12)
    x = np.concatenate([rng.uniform(-20e3, 20e3, 150), rng.uniform(-200e3, 200e3, 60)])
    y = np.concatenate([rng.uniform(-20e3, 20e3, 150), rng.uniform(-200e3, 200e3, 60)])
    ve, vn = GRADIENT @ np.vstack([x, y]) / 1000.0
    nan = np.full(x.size, np.nan)
    gx, gy = np.array([[0.0, 150e3]]), np.array([[0.0, 150e3]])
    smoothing = AdaptiveSmoothing(threshold=12.0, minimum=500.0, maximum=500e3)
    products, _ = gridded_strain(x, y, ve, vn, nan, nan, gx, gy, smoothing)
    dense, sparse = products['smoothing_distance'][0]
    dx, dy = (x - gx.ravel()[:, None]) / 1000.0, (y - gy.ravel()[:, None]) / 1000.0
    total = np.sum(np.exp(-(dx ** 2 + dy ** 2) / (products['smoothing_distance'].ravel()[:, None] / 1000.0) ** 2)
                   * coverage_weights(dx, dy), axis=1)
    print(f'adaptive D: {dense:.0f} m in the cluster, {sparse:.0f} m in the sparse part; total weights {total}')
    assert total == pytest.approx(12.0, rel=1e-6)
    assert dense < 10e3 and sparse > 4 * dense
    assert coverage_weights(dx, dy).sum(axis=1) == pytest.approx(x.size)
    assert np.isfinite(products['exx'][0, 0])
    for name, value in expected_products().items():
        finite = products[name][np.isfinite(products[name])]
        assert finite == pytest.approx(value, rel=1e-9), name      # exact field, any weights


def test_core_max_shear_conventions():
    products = strain_products(80.0, -45.0, 30.0)
    radius = np.hypot(62.5, 30.0)
    assert products['max_shear'][0] == pytest.approx(2 * radius)                 # engineering, e1 − e2
    assert products['max_shear_engineering'][0] == pytest.approx(2 * radius)
    assert products['max_shear_tensor'][0] == pytest.approx(radius)              # tensor, (e1 − e2)/2


def test_strainrate_through_qgis_process(qgis_process, uniform_network, tmp_path):
    code, results, log = qgis_process.run(
        'strainrate', INPUT=uniform_network, METHOD=1, SPACING=20000, SMOOTHING_DISTANCE=30000,
        OUTPUT=str(tmp_path / 'cells.gpkg'), OUTPUT_AXES=str(tmp_path / 'axes.gpkg'),
        OUTPUT_RASTER=str(tmp_path / 'cells.tif'))
    assert code == 0, log
    # exy turns with the meridians over the 120 km network (±0.7 nanostrain/yr): compare with the local truth
    lon, lat = scattered_stations()
    truth = truth_products(field_of(lon, lat), *cell_centres(results['OUTPUT']))
    assert outputs(results['OUTPUT'], 'exy') == pytest.approx(truth['exy'], abs=0.05)
    assert results['N_STATIONS'] == 40


def test_error_fewer_than_three_stations(run_algorithm, tmp_path):
    path = write_points(tmp_path / 'two.gpkg', [138.5, 138.6], [36.4, 36.5], [1.0, 2.0], [0.0, 1.0])
    with pytest.raises(QgsProcessingException, match='INPUT: 2 stations with valid velocities .* at least 3'):
        run_algorithm('strainrate', {'INPUT': path, 'OUTPUT': 'TEMPORARY_OUTPUT',
                                     'OUTPUT_AXES': 'TEMPORARY_OUTPUT', 'OUTPUT_RASTER': 'TEMPORARY_OUTPUT'})


def test_error_collinear_stations(run_algorithm, tmp_path):
    frame = LocalFrame(layer_crs('EPSG:4326'), *CENTRE_LONLAT)
    lon, lat = frame.inverse(np.array([-20e3, -5e3, 0.0, 12e3, 30e3]), np.array([-10e3, -2.5e3, 0.0, 6e3, 15e3]))
    path = write_points(tmp_path / 'line.gpkg', lon, lat, np.ones(5), np.zeros(5))
    for method in (0, 1):
        with pytest.raises(QgsProcessingException, match='INPUT: the 5 stations lie on one line'):
            run_algorithm('strainrate', {'INPUT': path, 'METHOD': method, 'OUTPUT': 'TEMPORARY_OUTPUT',
                                         'OUTPUT_AXES': 'TEMPORARY_OUTPUT', 'OUTPUT_RASTER': 'TEMPORARY_OUTPUT'})


# -- real data: northern California ---------------------------------------------------------
#: approximate trace of the San Andreas fault and the Mendocino fault (lon, lat)
SAN_ANDREAS_MENDOCINO = [(-120.43, 35.90), (-121.53, 36.85), (-122.25, 37.40), (-122.55, 37.75),
                         (-122.80, 38.00), (-123.69, 38.95), (-124.07, 40.02), (-124.40, 40.35),
                         (-125.50, 40.40)]


def read_norcal(real_data):
    rows = []
    for line in (real_data / 'velocity' / 'NorCal_stationvels.txt').read_text().splitlines(keepends=True):
        if line.startswith('#') or not line.strip():
            continue
        parts = line.split()
        rows.append(parts[:8] + [parts[8] if len(parts) > 8 else f'N{len(rows):03d}'])
    values = np.array([r[:8] for r in rows], dtype=float)
    return values, [r[8] for r in rows]


def distance_to_trace_km(lon, lat):
    """Distance (km) from points to the SAF/Mendocino trace (arrays or scalars)."""
    frame = LocalFrame(layer_crs('EPSG:4326'), -123.0, 38.5)
    px, py = frame.forward(np.atleast_1d(lon), np.atleast_1d(lat))
    tx, ty = frame.forward(*np.array(SAN_ANDREAS_MENDOCINO).T)
    best = np.full(px.shape, np.inf)
    for k in range(len(tx) - 1):
        ax, ay, bx, by = tx[k], ty[k], tx[k + 1], ty[k + 1]
        t = np.clip(((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2), 0, 1)
        best = np.minimum(best, np.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay)))
    return best / 1000.0 if np.ndim(lon) else float(best[0] / 1000.0)


def test_norcal_max_shear_concentrates_on_the_san_andreas_system(run_algorithm, real_data, tmp_path):
    """Real velocities (285 stations): strain concentrates on the plate boundary; no sliver artefacts.

    Before slivers were dropped, the Delaunay peak (36 000 nanostrain/yr) was a 0.4° triangle
    (P240, P216, P244): its value was amplified noise.  Now the triangles near the SAF/Mendocino trace
    strain several times faster than those far from it, and the smoothed (D = 25 km) peak lies on it.
    """
    values, names = read_norcal(real_data)
    path = write_points(tmp_path / 'norcal.gpkg', values[:, 0], values[:, 1], values[:, 2], values[:, 3],
                        values[:, 5], values[:, 6], names)
    report = []
    for method, extra in ((0, {'MAX_EDGE': 100000.0}), (1, {'SPACING': 10000.0, 'SMOOTHING_DISTANCE': 25000.0}),
                          (1, {'SPACING': 10000.0, 'SMOOTHING': 1, 'WEIGHT_THRESHOLD': 12.0})):
        result = run_algorithm('strainrate', dict(INPUT=path, METHOD=method, OUTPUT='TEMPORARY_OUTPUT',
                                                  OUTPUT_AXES='TEMPORARY_OUTPUT', OUTPUT_RASTER='TEMPORARY_OUTPUT',
                                                  **extra))
        cells = features(result['OUTPUT'])
        shear = np.array([f['max_shear'] if f['max_shear'] is not None else np.nan for f in cells])
        centres = [f.geometry().centroid().asPoint() for f in cells]
        distance = distance_to_trace_km(np.array([c.x() for c in centres]), np.array([c.y() for c in centres]))
        near, far = np.nanmedian(shear[distance < 30.0]), np.nanmedian(shear[distance > 150.0])
        peak = int(np.nanargmax(shear))
        report.append(f'method {method} {extra}: median max_shear {near:.0f} within 30 km of the trace, {far:.0f} '
                      f'beyond 150 km; peak {shear[peak]:.0f} at {centres[peak].x():.3f}°E {centres[peak].y():.3f}°N, '
                      f'{distance[peak]:.0f} km from the trace; SMOOTHING_DISTANCE_USED '
                      f'{result["SMOOTHING_DISTANCE_USED"]}')
        assert result['N_STATIONS'] == len(names)
        assert result['MAX_SHEAR_PEAK'] == pytest.approx(np.nanmax(shear), rel=1e-9)
        assert near > 3.0 * far
        if method == 0:
            assert not any({'P240', 'P216', 'P244'} == set(f['stations'].split(',')) for f in cells)
        else:
            # the smoothed peak is a plate-boundary rate on the SAF system (and its East Bay strands)
            assert distance[peak] < 60.0 and 200.0 < shear[peak] < 2000.0
    print('\n'.join(report))


# -- algorithm: baselinestrain ---------------------------------------------------------------
def lines_in_network_frame(starts, ends, crs_text='EPSG:4326', centre=CENTRE_LONLAT):
    """Layer coordinates of lines given in metres of the frame the algorithm will build for them.

    The frame is centred on the end points, which depend on the frame: a few
    fixed-point iterations settle it to well below a millimetre.
    """
    crs = layer_crs(crs_text)
    frame = LocalFrame(layer_crs('EPSG:4326'), *centre)
    points = np.vstack([starts, ends])
    points = points - points.mean(axis=0)
    for _ in range(6):
        frame = LocalFrame(crs, frame.lon0, frame.lat0)
        x, y = frame.inverse(points[:, 0], points[:, 1])
        frame = LocalFrame.around(crs_text, x, y)
    x, y = LocalFrame(crs, frame.lon0, frame.lat0).inverse(points[:, 0], points[:, 1])
    n = len(starts)
    return [((x[k], y[k]), (x[n + k], y[n + k])) for k in range(n)]


def practice_lines():
    """Lines OA (along x = east, 20 km), OB (along y = north, 31 km), OC (120° from x, 25 km)."""
    starts = np.zeros((3, 2))
    ends = np.array([[20e3, 0.0], [0.0, 31e3], [25e3 * np.cos(np.radians(120)), 25e3 * np.sin(np.radians(120))]])
    return lines_in_network_frame(starts, ends)


def test_baselinestrain_reference_002_practice(run_algorithm, tmp_path):
    path = write_lines(tmp_path / 'practice.gpkg', practice_lines(), [2.9e-6, -1.6e-6, -6.0e-6])
    result = run_algorithm('baselinestrain', {'INPUT': path, 'UNITS': 1, 'OUTPUT': 'TEMPORARY_OUTPUT',
                                              'OUTPUT_AXES': 'TEMPORARY_OUTPUT'})
    print(f"practice: exx {result['EXX']:.1f}, eyy {result['EYY']:.1f}, exy {result['EXY']:.1f}, "
          f"e1 {result['E1']:.1f}, e2 {result['E2']:.1f} nanostrain, e1 axis {90 - result['AZIMUTH_E1']:.2f}° "
          f"counter-clockwise from x, azimuth N{result['AZIMUTH_E1']:.2f}°E")
    # the published answer, to its two significant digits
    assert round(result['EXY'] / 1000.0, 1) == 6.4
    assert round(result['E1'] / 1000.0, 1) == 7.4
    assert round(90.0 - result['AZIMUTH_E1']) == 35
    assert round(result['AZIMUTH_E1']) == 55
    # and the exact solution of the three equations
    exy = 0.5 * (-6.0 / (np.cos(np.radians(120)) * np.sin(np.radians(120))) - 2.9 / np.tan(np.radians(120))
                 + 1.6 * np.tan(np.radians(120))) * 1000.0
    e1 = 650.0 + np.hypot(2250.0, exy)
    assert [result['EXX'], result['EYY'], result['EXY'], result['E1']] == pytest.approx(
        [2900.0, -1600.0, exy, e1], rel=1e-6)
    assert result['RMS_RESIDUAL'] < 1e-6
    point = features(result['OUTPUT'])[0]
    assert point['e1'] == pytest.approx(result['E1']) and point['n_lines'] == 3
    axes = {f['axis']: f for f in features(result['OUTPUT_AXES'])}
    assert axes['e1']['azimuth'] == pytest.approx(result['AZIMUTH_E1'])
    assert axes['e2']['kind'] == 'contraction'


def test_baselinestrain_mm_per_year_and_sigma_through_qgis_process(qgis_process, tmp_path):
    """mm/yr length changes of a uniform field on a UTM layer, with 1σ, via qgis_process."""
    rng = np.random.default_rng(3)
    east, north = rng.uniform(-30e3, 30e3, (2, 8))
    pairs = [(i, j) for i in range(8) for j in range(i + 1, 8)][:15]
    starts = np.array([[east[i], north[i]] for i, _ in pairs])
    ends = np.array([[east[j], north[j]] for _, j in pairs])
    tensor = np.array([[120.0, -40.0], [-40.0, -60.0]]) * 1e-9   # strain/yr
    d = ends - starts
    length = np.hypot(d[:, 0], d[:, 1])
    rates = np.einsum('ni,ij,nj->n', d, tensor, d) / length * 1000.0     # mm/yr
    segments = lines_in_network_frame(starts, ends, 'EPSG:32654')
    path = write_lines(tmp_path / 'utm.gpkg', segments, rates, sigmas=np.full(len(rates), 0.5), epsg=32654)
    code, results, log = qgis_process.run('baselinestrain', INPUT=path, UNITS=0, SIGMA_FIELD='rate_sigma',
                                          OUTPUT=str(tmp_path / 'tensor.gpkg'), OUTPUT_AXES=str(tmp_path / 'ax.gpkg'))
    assert code == 0, log
    # chord (frame) versus geodesic length: 1e-5 relative at most over 60 km
    assert [results['EXX'], results['EYY'], results['EXY']] == pytest.approx([120.0, -60.0, -40.0], rel=1e-4)
    assert results['N_LINES'] == 15
    sigma = outputs(results['OUTPUT'], 'sigma_exx')[0]
    assert 0.0 < sigma < 100.0


def test_baselinestrain_error_too_few_lines(run_algorithm, tmp_path):
    path = write_lines(tmp_path / 'two.gpkg', practice_lines()[:2], [2.9e-6, -1.6e-6])
    with pytest.raises(QgsProcessingException, match='INPUT: 2 lines with a length-change rate'):
        run_algorithm('baselinestrain', {'INPUT': path, 'UNITS': 1, 'OUTPUT': 'TEMPORARY_OUTPUT',
                                         'OUTPUT_AXES': 'TEMPORARY_OUTPUT'})
