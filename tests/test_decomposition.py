"""``deformation:ascdescdecomposition`` against synthetic truth, Monte Carlo and bad input."""
import os

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from rasters import file_digest

from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.geometry.line_of_sight import enu_to_los, unit_vector
from deformation_toolbox.algorithms.core.insar import decomposition

EPSG = 32654                      # UTM 54N
CENTRE = (277600.0, 4031200.0)    # as core.simulation
WIDTH = 2000.0                    # m, scale of the synthetic fields
ASC = dict(heading=-12.0, look='right')
DESC = dict(heading=-168.0, look='right')


# -- synthetic truth ----------------------------------------------------------
def truth(x, y, north=True):
    """Smooth East, North, Up velocity fields (mm/yr, all below 32 mm/yr in magnitude)."""
    dx, dy = (x - CENTRE[0]) / WIDTH, (y - CENTRE[1]) / WIDTH
    bell = np.exp(-0.5 * (dx * dx + dy * dy))
    east = 8.0 * dx * bell + 2.0
    up = -20.0 * bell + 3.0
    north_v = (5.0 * dy * bell - 4.0) if north else np.zeros_like(east)
    return east, north_v, up


def incidence_at(x):
    """Incidence varying across the swath like Sentinel-1 (0.065°/km)."""
    return 39.0 + 0.065 * (x - CENTRE[0]) / 1000.0


def grid_centres(geotransform, width, height):
    x0, dx, _, y0, _, dy = geotransform
    cols, rows = np.meshgrid(np.arange(width) + 0.5, np.arange(height) + 0.5)
    return x0 + cols * dx, y0 + rows * dy


def write(path, array, geotransform, epsg=EPSG, dtype=gdal.GDT_Float64):
    driver = gdal.GetDriverByName('GTiff')
    dataset = driver.Create(str(path), array.shape[1], array.shape[0], 1, dtype)
    dataset.SetGeoTransform(geotransform)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(array)
    dataset.GetRasterBand(1).SetNoDataValue(float('nan'))
    dataset = None
    return str(path)


def read(path):
    dataset = gdal.Open(str(path))
    return dataset.GetRasterBand(1).ReadAsArray().astype(float), dataset.GetGeoTransform(), dataset




class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors, self.warnings = [], []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)


@pytest.fixture(scope='module')
def scene(tmp_path_factory):
    """Ascending and descending LOS rasters (float64) on one 100 m UTM grid, with truth."""
    folder = tmp_path_factory.mktemp('decomposition')
    width, height = 120, 100
    geotransform = (CENTRE[0] - 6000.0, 100.0, 0.0, CENTRE[1] + 5000.0, 0.0, -100.0)
    x, y = grid_centres(geotransform, width, height)
    east, north, up = truth(x, y)
    incidence = incidence_at(x)
    paths = {'incidence': write(folder / 'incidence.tif', incidence, geotransform)}
    for name, north_v in (('with_north', north), ('no_north', np.zeros_like(north))):
        for track, geometry in (('asc', ASC), ('desc', DESC)):
            los = enu_to_los(east, north_v, up, incidence, geometry['heading'], geometry['look'])
            paths[f'{track}_{name}'] = write(folder / f'{track}_{name}.tif', los, geotransform)
    return dict(paths=paths, east=east, north=north, up=up, geotransform=geotransform, folder=folder)


def params(scene, tmp_path, name='no_north', **extra):
    values = {
        'ASCENDING': scene['paths'][f'asc_{name}'], 'DESCENDING': scene['paths'][f'desc_{name}'],
        'ASC_INCIDENCE_RASTER': scene['paths']['incidence'], 'ASC_HEADING': ASC['heading'],
        'DESC_INCIDENCE_RASTER': scene['paths']['incidence'], 'DESC_HEADING': DESC['heading'],
        'OUTPUT_EAST': str(tmp_path / 'east.tif'), 'OUTPUT_UP': str(tmp_path / 'up.tif'),
        'OUTPUT_EAST_STD': str(tmp_path / 'east_std.tif'), 'OUTPUT_UP_STD': str(tmp_path / 'up_std.tif'),
    }
    values.update(extra)
    return values


def run_expecting_error(run_algorithm, parameters, fragment):
    inputs = {k: file_digest(v) for k, v in parameters.items() if isinstance(v, str) and v.endswith('.tif')
              and not k.startswith('OUTPUT')}
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm('ascdescdecomposition', parameters)
    assert fragment in str(error.value), str(error.value)
    for key, digest in inputs.items():
        assert file_digest(parameters[key]) == digest, f'{key} was modified'
    for key in ('OUTPUT_EAST', 'OUTPUT_UP', 'OUTPUT_EAST_STD', 'OUTPUT_UP_STD'):
        assert not os.path.exists(parameters[key]), f'{key} written despite the error'
    return str(error.value)


# -- core ---------------------------------------------------------------------
def test_core_decompose_is_exact_in_double_precision():
    rng = np.random.default_rng(3)
    east, north, up = rng.normal(0, 20, (3, 1000))
    inc_a, inc_d = rng.uniform(20, 46, (2, 1000))
    ua = unit_vector(inc_a, -12.0, 'right')
    ud = unit_vector(inc_d, -168.0, 'right')
    la = ua[0] * east + ua[1] * north + ua[2] * up
    ld = ud[0] * east + ud[1] * north + ud[2] * up
    e, u, _, _ = decomposition.decompose(la, ld, ua, ud, north=north)
    assert np.max(np.abs(e - east)) < 1e-10 and np.max(np.abs(u - up)) < 1e-10
    # left-looking pair (e.g. an ALOS-2 left-looking mode) works the same way
    ua, ud = unit_vector(inc_a, -12.0, 'left'), unit_vector(inc_d, -168.0, 'left')
    la = ua[0] * east + ua[2] * up
    ld = ud[0] * east + ud[2] * up
    e, u, _, _ = decomposition.decompose(la, ld, ua, ud)
    assert np.max(np.abs(e - east)) < 1e-10 and np.max(np.abs(u - up)) < 1e-10


def test_core_sigma_agrees_with_monte_carlo():
    """Propagated 1σ (including the correlated north term) vs 200 000 noisy draws: within 5 % (seen: <1 %)."""
    rng = np.random.default_rng(11)
    n = 200_000
    ua = unit_vector(34.0, -12.0)
    ud = unit_vector(43.0, -168.0)
    sa, sd, sn = 2.0, 3.5, 1.5
    la = sa * rng.standard_normal(n)
    ld = sd * rng.standard_normal(n)
    north = sn * rng.standard_normal(n)   # error of the north raster; true motion zero
    # the LOS saw no north motion but the (noisy) north raster is subtracted
    e, u, se, su = decomposition.decompose(la, ld, ua, ud, sa, sd, north=north, north_std=sn)
    assert np.std(e) / se == pytest.approx(1.0, abs=0.02)
    assert np.std(u) / su == pytest.approx(1.0, abs=0.02)


def test_core_rejects_same_look_direction_and_parallel_looks():
    with pytest.raises(InputError, match='look the same way'):
        decomposition.check_pair(unit_vector(39.0, -12.0), unit_vector(35.0, -10.0))
    with pytest.raises(InputError, match='look the same way'):
        decomposition.check_pair(unit_vector(39.0, -12.0, 'right'), unit_vector(39.0, -168.0, 'left'))
    with pytest.raises(InputError, match='almost parallel'):
        decomposition.check_pair(unit_vector(0.0, -12.0), unit_vector(0.0, -168.0))
    decomposition.check_pair(unit_vector(39.0, -12.0), unit_vector(39.0, -168.0))


# -- algorithm ----------------------------------------------------------------
def test_recovers_east_up_exactly_with_zero_north(run_algorithm, scene, tmp_path):
    """North zero: East/Up to 1e-6 mm/yr (float64 LOS in; float32 GeoTIFF out, |v| < 32 mm/yr)."""
    feedback = Recorder()
    result = run_algorithm('ascdescdecomposition', params(scene, tmp_path), feedback)
    east, geotransform, _ = read(result['OUTPUT_EAST'])
    up = read(result['OUTPUT_UP'])[0]
    assert geotransform == pytest.approx(scene['geotransform'])
    error = max(np.max(np.abs(east - scene['east'])), np.max(np.abs(up - scene['up'])))
    print(f'zero north: max |error| = {error:.2e} mm/yr')
    assert error <= 1e-6
    # without LOS 1σ the 1σ outputs are the noise amplification per mm/yr of LOS noise
    east_std, _, dataset = read(result['OUTPUT_EAST_STD'])
    assert dataset.GetRasterBand(1).GetDescription() == 'east_std_per_mm_los'
    ua = unit_vector(incidence_at(grid_centres(scene['geotransform'], 120, 100)[0]), ASC['heading'])
    ud = unit_vector(incidence_at(grid_centres(scene['geotransform'], 120, 100)[0]), DESC['heading'])
    det = ua[0] * ud[2] - ud[0] * ua[2]
    assert east_std == pytest.approx(np.hypot(ud[2], ua[2]) / np.abs(det), rel=1e-6)
    assert any('1 mm/yr of LOS noise' in w for w in feedback.warnings)


def test_recovers_east_up_exactly_with_north_raster(run_algorithm, scene, tmp_path):
    north_path = write(tmp_path / 'north.tif', scene['north'], scene['geotransform'])
    result = run_algorithm('ascdescdecomposition', params(scene, tmp_path, 'with_north', NORTH=1,
                                                          NORTH_RASTER=north_path))
    east = read(result['OUTPUT_EAST'])[0]
    up = read(result['OUTPUT_UP'])[0]
    error = max(np.max(np.abs(east - scene['east'])), np.max(np.abs(up - scene['up'])))
    print(f'north raster: max |error| = {error:.2e} mm/yr')
    assert error <= 1e-6
    # the same data with NORTH zero give quasi-East/Up: the north motion leaks by the predicted amount
    quasi = run_algorithm('ascdescdecomposition', params(scene, tmp_path / 'quasi', 'with_north'))
    x = grid_centres(scene['geotransform'], 120, 100)[0]
    ua, ud = unit_vector(incidence_at(x), ASC['heading']), unit_vector(incidence_at(x), DESC['heading'])
    det = ua[0] * ud[2] - ud[0] * ua[2]
    leak = scene['north'] * (ud[2] * ua[1] - ua[2] * ud[1]) / det
    assert read(quasi['OUTPUT_EAST'])[0] - scene['east'] == pytest.approx(leak, abs=1e-5)


def test_inputs_on_different_grids_and_crs(run_algorithm, tmp_path):
    """Ascending: UTM 100 m; descending: geographic 0.0015°×0.0012° (≈134×133 m), offset.

    Stated resampling error: resampling replaces the value at an output pixel
    centre by a normalised, symmetric weighted mean of input pixels within H
    (H = output pixel, at least the input one; bilinear, stretched by GDAL
    when coarsening, or averaging), so by Taylor's theorem each LOS raster
    errs by at most ½·H²·(max|f_ss| + max|f_tt|) (f: LOS field, s, t: the axes
    of the input grid); through A⁻¹ that bounds East/Up.  The interior must
    agree within that bound.
    """
    asc_gt = (CENTRE[0] - 6000.0, 100.0, 0.0, CENTRE[1] + 5000.0, 0.0, -100.0)
    x, y = grid_centres(asc_gt, 120, 100)
    east, north, up = truth(x, y, north=False)
    asc = write(tmp_path / 'asc.tif', enu_to_los(east, north, up, 39.0, ASC['heading']), asc_gt)
    # descending grid in EPSG:4326, shifted by ~1 km, covering part of the ascending one
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(EPSG)
    geo = osr.SpatialReference()
    geo.ImportFromEPSG(4326)
    for srs in (utm, geo):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_geo = osr.CoordinateTransformation(utm, geo)
    lon0, lat0, _ = to_geo.TransformPoint(CENTRE[0] - 5000.0, CENTRE[1] + 6000.0)
    desc_gt = (lon0, 0.0015, 0.0, lat0, 0.0, -0.0012)
    lon, lat = grid_centres(desc_gt, 90, 80)
    to_utm = osr.CoordinateTransformation(geo, utm)
    points = np.array(to_utm.TransformPoints(np.column_stack([lon.ravel(), lat.ravel()])))
    dx_, dy_ = points[:, 0].reshape(lon.shape), points[:, 1].reshape(lon.shape)
    de, dn, du = truth(dx_, dy_, north=False)
    desc = write(tmp_path / 'desc.tif', enu_to_los(de, dn, du, 39.0, DESC['heading']), desc_gt, epsg=4326)
    result = run_algorithm('ascdescdecomposition', {
        'ASCENDING': asc, 'DESCENDING': desc, 'ASC_HEADING': ASC['heading'], 'DESC_HEADING': DESC['heading'],
        'OUTPUT_EAST': str(tmp_path / 'e.tif'), 'OUTPUT_UP': str(tmp_path / 'u.tif'),
        'OUTPUT_EAST_STD': str(tmp_path / 'es.tif'), 'OUTPUT_UP_STD': str(tmp_path / 'us.tif')})
    out_east, gt, dataset = read(result['OUTPUT_EAST'])
    out_up = read(result['OUTPUT_UP'])[0]
    assert osr.SpatialReference(wkt=dataset.GetProjection()).GetAuthorityCode(None) == str(EPSG)
    size = gt[1]
    assert 130.0 < size < 136.0, size   # the coarser input's pixel size, in metres
    ox, oy = grid_centres(gt, dataset.RasterXSize, dataset.RasterYSize)
    te, _, tu = truth(ox, oy, north=False)
    interior = (slice(2, -2), slice(2, -2))
    err_e = np.nanmax(np.abs(out_east - te)[interior])
    err_u = np.nanmax(np.abs(out_up - tu)[interior])
    assert np.isfinite(out_east[interior]).all()
    # the bound: curvature of each LOS field from finite differences on a fine grid
    fx, fy = np.meshgrid(np.linspace(CENTRE[0] - 7000, CENTRE[0] + 7000, 701),
                         np.linspace(CENTRE[1] - 7000, CENTRE[1] + 7000, 701))
    h = 20.0
    bounds = []
    for geometry in (ASC, DESC):
        los = enu_to_los(*truth(fx, fy, north=False), 39.0, geometry['heading'])
        fxx = np.abs(np.diff(los, 2, axis=1)).max() / h ** 2
        fyy = np.abs(np.diff(los, 2, axis=0)).max() / h ** 2
        fxy = np.abs(np.diff(np.diff(los, axis=0), axis=1)).max() / h ** 2
        curvature = max(fxx, fyy) + fxy      # bounds |f_ss|, |f_tt| along slightly rotated axes
        bounds.append(0.5 * size ** 2 * 2.0 * curvature)
    ua, ud = unit_vector(39.0, ASC['heading']), unit_vector(39.0, DESC['heading'])
    det = abs(ua[0] * ud[2] - ud[0] * ua[2])
    bound_e = (abs(ud[2]) * bounds[0] + abs(ua[2]) * bounds[1]) / det
    bound_u = (abs(ud[0]) * bounds[0] + abs(ua[0]) * bounds[1]) / det
    print(f'different grids: max |error| East {err_e:.4f} (bound {bound_e:.4f}), '
          f'Up {err_u:.4f} (bound {bound_u:.4f}) mm/yr')
    assert err_e <= bound_e and err_u <= bound_u


def test_sigma_agrees_with_monte_carlo(run_algorithm, scene, tmp_path):
    """Per-pixel LOS noise with spatially varying 1σ, plus a noisy north raster: z-scores have std 1 ± 5 %."""
    rng = np.random.default_rng(5)
    gt = scene['geotransform']
    x, y = grid_centres(gt, 120, 100)
    sa = 1.0 + (x - x.min()) / (x.max() - x.min()) * 2.0
    sd = 4.0 - (y - y.min()) / (y.max() - y.min()) * 2.0
    sn = np.full_like(x, 1.5)
    north_obs = scene['north'] + sn * rng.standard_normal(x.shape)
    asc_clean, desc_clean = read(scene['paths']['asc_with_north'])[0], read(scene['paths']['desc_with_north'])[0]
    paths = {name: write(tmp_path / f'{name}.tif', array, gt) for name, array in {
        'asc': asc_clean + sa * rng.standard_normal(x.shape), 'desc': desc_clean + sd * rng.standard_normal(x.shape),
        'sa': sa, 'sd': sd, 'north': north_obs, 'sn': sn}.items()}
    result = run_algorithm('ascdescdecomposition', dict(
        params(scene, tmp_path / 'out'), ASCENDING=paths['asc'], DESCENDING=paths['desc'], ASC_STD=paths['sa'],
        DESC_STD=paths['sd'], NORTH=1, NORTH_RASTER=paths['north'], NORTH_STD=paths['sn']))
    z_east = (read(result['OUTPUT_EAST'])[0] - scene['east']) / read(result['OUTPUT_EAST_STD'])[0]
    z_up = (read(result['OUTPUT_UP'])[0] - scene['up']) / read(result['OUTPUT_UP_STD'])[0]
    print(f'Monte Carlo: std of East z-scores {np.std(z_east):.4f}, Up {np.std(z_up):.4f}')
    assert np.std(z_east) == pytest.approx(1.0, abs=0.05)
    assert np.std(z_up) == pytest.approx(1.0, abs=0.05)
    assert abs(np.mean(z_east)) < 0.05 and abs(np.mean(z_up)) < 0.05


def test_through_qgis_process_with_a_coarser_resolution(qgis_process, scene, tmp_path):
    code, results, log = qgis_process.run('ascdescdecomposition', **params(scene, tmp_path, RESOLUTION=200))
    assert code == 0, log
    east, geotransform, dataset = read(results['OUTPUT_EAST'])
    assert geotransform[1] == 200.0 and (dataset.RasterXSize, dataset.RasterYSize) == (60, 50)
    assert geotransform[0] == scene['geotransform'][0] and geotransform[3] == scene['geotransform'][3]
    # 2×2 pixel averages of smooth fields: within ½·H²·(|f_xx| + |f_yy|) ≈ 0.3 mm/yr of the centre values
    te, _, tu = truth(*grid_centres(geotransform, 60, 50))
    assert np.max(np.abs(east - te)) < 0.3
    assert np.max(np.abs(read(results['OUTPUT_UP'])[0] - tu)) < 0.3


def test_cancel_leaves_no_output(run_algorithm, scene, tmp_path):
    class Cancelling(Recorder):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 0:
                self.cancel()

    parameters = params(scene, tmp_path, BLOCK_ROWS=10)
    with pytest.raises(QgsProcessingException, match='Cancelled'):
        run_algorithm('ascdescdecomposition', parameters, Cancelling())
    assert not list(tmp_path.iterdir())


# -- clear errors ---------------------------------------------------------------
def test_error_non_overlapping_inputs(run_algorithm, scene, tmp_path):
    gt = scene['geotransform']
    far = (gt[0] + 50_000.0, gt[1], 0.0, gt[3], 0.0, gt[5])
    desc = write(tmp_path / 'far_desc.tif', read(scene['paths']['desc_no_north'])[0], far)
    message = run_expecting_error(run_algorithm, params(scene, tmp_path, DESCENDING=desc,
                                                        DESC_INCIDENCE_RASTER=None, DESC_INCIDENCE=39.0),
                                  'do not overlap')
    assert 'ASCENDING' in message and 'far_desc.tif' in message


def test_error_incidence_90_degrees_or_more(run_algorithm, scene, tmp_path):
    bad = read(scene['paths']['incidence'])[0]
    bad[10:20, 10:20] = 95.0
    path = write(tmp_path / 'bad_incidence.tif', bad, scene['geotransform'])
    message = run_expecting_error(run_algorithm, params(scene, tmp_path, DESC_INCIDENCE_RASTER=path),
                                  'incidence 95° is impossible')
    assert 'DESC_INCIDENCE_RASTER' in message and 'below 90°' in message


def test_error_same_look_direction(run_algorithm, scene, tmp_path):
    # two ascending tracks given as a pair
    message = run_expecting_error(run_algorithm, params(scene, tmp_path, DESC_HEADING=-10.0),
                                  'look the same way')
    assert 'ASCENDING and DESCENDING' in message
    # a right-looking ascending and a left-looking descending pass look the same way too
    run_expecting_error(run_algorithm, params(scene, tmp_path, DESC_LOOK=2), 'look the same way')
