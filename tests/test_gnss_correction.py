"""``deformation:gnsscorrection``: a simulated velocity map (and time series) with long-wavelength noise
tied back to 20 simulated GNSS stations, one of them an outlier."""

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer
from rasters import file_digest, read_tif, write_tif

from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.corrections import gnss_tie as core
from deformation_toolbox.algorithms.core.geometry.line_of_sight import GeometrySource
from deformation_toolbox.algorithms.core.io.raster_stack import RasterStack, time_series_writer
from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack

N_STATIONS = 20
GNSS_NOISE = 1.0        # mm/yr, 1σ per component
OUTLIER_UP = 25.0       # mm/yr added to the vertical velocity of one station (a local landslide, a bad antenna)




def write_stations(path, lon_lat, names, velocities, sigmas=None):
    """A GeoPackage of GNSS points in EPSG:4326 with SPEC fields station, ve, vn, vu[, se, sn, su]."""
    driver = ogr.GetDriverByName('GPKG')
    source = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = source.CreateLayer('stations', srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn('station', ogr.OFTString))
    keys = ['ve', 'vn', 'vu'] + (['se', 'sn', 'su'] if sigmas is not None else [])
    for key in keys:
        layer.CreateField(ogr.FieldDefn(key, ogr.OFTReal))
    for n, (lon, lat) in enumerate(lon_lat):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField('station', names[n])
        values = list(velocities[:, n]) + (list(sigmas[:, n]) if sigmas is not None else [])
        for key, value in zip(keys, values):
            feature.SetField(key, float(value))
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(lon), float(lat))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    source = None
    return str(path)


def to_lon_lat(x, y, epsg=32654):
    from pyproj import Transformer
    return np.column_stack(Transformer.from_crs(f'EPSG:{epsg}', 'EPSG:4326', always_xy=True).transform(x, y))


def ramp(grid, offset, east, north, curvature=0.0):
    """Long-wavelength noise: offset + gradients (mm per km) [+ a bowl], on the grid's pixel centres."""
    x, y = grid.coordinates()
    cx, cy = grid.centre_of(grid.width / 2.0 - 0.5, grid.height / 2.0 - 0.5)
    u, v = (x - cx) / 1000.0, (y - cy) / 1000.0
    return offset + east * u + north * v + curvature * (u * u + v * v)


@pytest.fixture(scope='module')
def scene(tmp_path_factory):
    folder = tmp_path_factory.mktemp('gnss_correction')
    config = SimulationConfig(width=160, height=140, pixel_size=100.0, n_dates=12, seasonal_amplitude=0.0,
                              atmosphere=0.0, looks=0.0, seed=3)
    result = simulate_stack(config, folder / 'stack')
    paths = result.paths
    grid = RasterStack([paths['velocity']]).grid
    truth = read_tif(paths['velocity'])[0][0]
    enu = np.array([read_tif(paths[k])[0][0] for k in ('east_velocity', 'north_velocity', 'up_velocity')])
    rng = np.random.default_rng(21)
    observed = truth + ramp(grid, 4.0, 0.9, -0.6) + rng.normal(0.0, 0.5, truth.shape)
    velocity = write_tif(folder / 'velocity.tif', observed, grid.geotransform, epsg=32654, dtype=gdal.GDT_Float32)
    # stations: random pixels away from the edges, the first one is the outlier; two more lie outside
    rows = rng.integers(5, grid.height - 5, N_STATIONS + 1)
    cols = rng.integers(5, grid.width - 5, N_STATIONS + 1)
    x, y = grid.coordinates()
    sx, sy = x[rows, cols], y[rows, cols]
    station_enu = enu[:, rows, cols] + rng.normal(0.0, GNSS_NOISE, (3, N_STATIONS + 1))
    station_enu[2, 0] += OUTLIER_UP
    names = [f'S{n:03d}' for n in range(N_STATIONS + 1)]
    outside_x = np.array([sx[0] - 30000.0, sx[1] + 50000.0])
    outside_y = np.array([sy[0], sy[1]])
    lon_lat = to_lon_lat(np.concatenate([sx, outside_x]), np.concatenate([sy, outside_y]))
    all_enu = np.concatenate([station_enu, np.ones((3, 2))], axis=1)
    sigmas = np.full(all_enu.shape, GNSS_NOISE)
    gnss = write_stations(folder / 'gnss.gpkg', lon_lat, names + ['FAR1', 'FAR2'], all_enu, sigmas)
    return {'folder': folder, 'grid': grid, 'truth': truth, 'observed': read_tif(velocity)[0][0],
            'velocity': velocity, 'gnss': gnss, 'paths': paths, 'dates': result.dates, 'rng': rng,
            'station_xy': (sx, sy), 'station_enu': station_enu, 'names': names}


def residual_table(path):
    layer = QgsVectorLayer(str(path), 'residuals', 'ogr')
    assert layer.isValid()
    return {f['station']: {name: f[name] for name in layer.fields().names()} for f in layer.getFeatures()}


def rms(values):
    return float(np.sqrt(np.nanmean(np.asarray(values) ** 2)))


# -- core ---------------------------------------------------------------------
def test_core_surface_is_exact_and_rejects_the_outlier():
    rng = np.random.default_rng(0)
    x, y = rng.uniform(-5000, 5000, 15), rng.uniform(-5000, 5000, 15)
    truth = core.Surface('quadratic', (0.0, 0.0), 5000.0, np.array([2.0, -1.0, 3.0, 0.5, -0.25, 0.75]))
    values = truth(x, y)
    values[4] += 30.0
    surface, inliers = core.fit_surface(x, y, values, np.ones(15), 'quadratic', (0.0, 0.0), 5000.0)
    assert inliers.sum() == 14 and not inliers[4]
    np.testing.assert_allclose(surface.coefficients, truth.coefficients, atol=1e-9)


def test_core_refuses_collinear_stations_for_a_plane():
    x = np.linspace(0.0, 1000.0, 6)
    with pytest.raises(InputError, match='GNSS: the 6 usable stations cannot determine a plane'):
        core.fit_surface(x, 2.0 * x, np.zeros(6), np.ones(6), 'plane', (0.0, 0.0), 1000.0)
    with pytest.raises(InputError, match='GNSS: 2 usable station.s. but a plane needs at least 3'):
        core.fit_surface(x[:2], x[:2], np.zeros(2), np.ones(2), 'plane', (0.0, 0.0), 1000.0)


# -- velocity raster ------------------------------------------------------------
def test_velocity_raster_is_tied_to_gnss_and_the_outlier_is_flagged(run_algorithm, scene, tmp_path):
    before = file_digest(scene['velocity']), file_digest(scene['gnss'])
    result = run_algorithm('gnsscorrection', {
        'INPUT': scene['velocity'], 'GNSS': scene['gnss'], 'INCIDENCE_RASTER': scene['paths']['incidence'],
        'HEADING_RASTER': scene['paths']['heading'], 'SURFACE': 1, 'RADIUS': 250.0,
        'OUTPUT': str(tmp_path / 'corrected.tif'), 'OUTPUT_SURFACE': str(tmp_path / 'surface.tif'),
        'OUTPUT_RESIDUALS': str(tmp_path / 'residuals.gpkg')})
    corrected = read_tif(result['OUTPUT'])[0][0]
    surface = read_tif(result['OUTPUT_SURFACE'])[0][0]
    assert result['N_STATIONS'] == N_STATIONS
    assert result['RMS_BEFORE'] > 4.0                           # measured: 6.8 mm/yr
    assert result['RMS_AFTER'] <= 1.5                           # measured: 1.00 mm/yr (GNSS noise 1 mm/yr)
    # against the simulated truth, over the whole raster (the 0.5 mm/yr pixel noise stays)
    assert rms(scene['observed'] - scene['truth']) > 4.0       # measured: 6.3 mm/yr
    assert rms(corrected - scene['truth']) <= 1.5              # measured: 0.72 mm/yr
    np.testing.assert_allclose(corrected, scene['observed'] + surface, atol=1e-4)
    table = residual_table(result['OUTPUT_RESIDUALS'])
    assert set(table) == set(scene['names'])                   # FAR1, FAR2 outside the raster: skipped
    assert table['S000']['outlier'] == 1
    assert sum(row['outlier'] for row in table.values()) == 1
    assert abs(table['S000']['residual_after']) > 10.0
    inliers = [row for name, row in table.items() if name != 'S000']
    assert rms([row['residual_after'] for row in inliers]) == pytest.approx(result['RMS_AFTER'], rel=1e-6)
    for row in inliers:
        assert row['residual_before'] == pytest.approx(row['insar_los'] - row['gnss_los'], abs=1e-9)
        assert row['n_pixels'] >= 10                           # 250 m radius on 100 m pixels: ~21
    assert (file_digest(scene['velocity']), file_digest(scene['gnss'])) == before


def test_offset_and_quadratic_surfaces(run_algorithm, scene, tmp_path):
    curved = scene['observed'] + ramp(scene['grid'], 0.0, 0.0, 0.0, curvature=0.08)
    path = write_tif(tmp_path / 'curved.tif', curved, scene['grid'].geotransform, epsg=32654)
    common = {'GNSS': scene['gnss'], 'INCIDENCE_RASTER': scene['paths']['incidence'],
              'HEADING_RASTER': scene['paths']['heading'], 'OUTPUT_RESIDUALS': 'memory:'}
    quadratic = run_algorithm('gnsscorrection', dict(common, INPUT=path, SURFACE=2,
                                                     OUTPUT=str(tmp_path / 'q.tif'),
                                                     OUTPUT_SURFACE=str(tmp_path / 'qs.tif')))
    plane = run_algorithm('gnsscorrection', dict(common, INPUT=path, SURFACE=1, OUTPUT=str(tmp_path / 'p.tif'),
                                                 OUTPUT_SURFACE=str(tmp_path / 'ps.tif')))
    assert quadratic['RMS_AFTER'] <= 1.5 < plane['RMS_AFTER']       # measured: 0.77 and 1.82 mm/yr
    assert rms(read_tif(quadratic['OUTPUT'])[0][0] - scene['truth']) <= 1.5
    offset = run_algorithm('gnsscorrection', dict(common, INPUT=scene['velocity'], SURFACE=0,
                                                  OUTPUT=str(tmp_path / 'o.tif'),
                                                  OUTPUT_SURFACE=str(tmp_path / 'os.tif')))
    surface = read_tif(offset['OUTPUT_SURFACE'])[0][0]
    assert np.ptp(surface) < 1e-4 and offset['RMS_AFTER'] < offset['RMS_BEFORE']


# -- time series ------------------------------------------------------------------
def test_time_series_gets_one_surface_per_date(run_algorithm, scene, tmp_path):
    """Truth series (constant velocities) + a random ramp per date; GNSS displacement = v_los·t."""
    truth = read_tif(scene['paths']['timeseries'])[0]
    rng = np.random.default_rng(5)
    noise = np.array([ramp(scene['grid'], *rng.normal(0.0, [5.0, 1.0, 1.0])) for _ in scene['dates']])
    noise -= noise[0]
    observed = truth + noise
    path = tmp_path / 'series.tif'
    with time_series_writer(path, scene['grid'], scene['dates']) as writer:
        writer.write(0, observed)
    result = run_algorithm('gnsscorrection', {
        'INPUT': str(path), 'GNSS': scene['gnss'], 'INCIDENCE_RASTER': scene['paths']['incidence'],
        'HEADING_RASTER': scene['paths']['heading'],
        'OUTPUT': str(tmp_path / 'corrected.tif'), 'OUTPUT_SURFACE': str(tmp_path / 'surface.tif'),
        'OUTPUT_RESIDUALS': str(tmp_path / 'residuals.gpkg')})
    corrected, names = read_tif(result['OUTPUT'])
    assert names == [d.isoformat() for d in scene['dates']]
    before, after = rms(observed[1:] - truth[1:]), rms(corrected[1:] - truth[1:])
    assert before > 5.0 and after < 1.0 and after < 0.15 * before    # measured: 9.5 mm → 0.15 mm
    assert np.max(np.abs(corrected[0])) < 1e-9                         # first date stays zero
    assert result['RMS_AFTER'] < 1.0 < result['RMS_BEFORE']
    table = residual_table(result['OUTPUT_RESIDUALS'])
    assert table['S000']['outlier'] == 1 and table['S000']['n_outlier_dates'] >= (len(scene['dates']) - 1) / 2
    assert sum(row['outlier'] for row in table.values()) == 1
    years = (scene['dates'][-1] - scene['dates'][0]).days / 365.25
    row = table['S001']
    assert row['gnss_sigma'] > 0 and row['rms_after'] < row['rms_before']
    # gnss_los at the last date is the station's LOS velocity times the time span
    geometry = GeometrySource(RasterStack([scene['paths']['incidence']]), RasterStack([scene['paths']['heading']]))
    unit = core.station_unit_vectors(geometry, scene['grid'], scene['station_xy'][0][1:2],
                                     scene['station_xy'][1][1:2])
    los = sum(v * u[0] for v, u in zip(scene['station_enu'][:, 1], unit))
    assert row['gnss_los'] == pytest.approx(los * years, abs=1e-3)


# -- errors and qgis_process -----------------------------------------------------------
def test_stations_outside_the_raster_give_a_clear_error(run_algorithm, scene, tmp_path):
    far = write_stations(tmp_path / 'far.gpkg', [(150.0, 45.0), (151.0, 44.0)], ['KUSH', 'NEMU'],
                         np.zeros((3, 2)))
    before = file_digest(far), file_digest(scene['velocity'])
    with pytest.raises(QgsProcessingException, match=r'GNSS: no station lies inside the raster: 2 of 2 stations '
                                                      r'lie outside "velocity.tif" \(KUSH, NEMU\)'):
        run_algorithm('gnsscorrection', {'INPUT': scene['velocity'], 'GNSS': far,
                                         'OUTPUT': str(tmp_path / 'c.tif'), 'OUTPUT_SURFACE': str(tmp_path / 's.tif'),
                                         'OUTPUT_RESIDUALS': str(tmp_path / 'r.gpkg')})
    assert (file_digest(far), file_digest(scene['velocity'])) == before
    assert not (tmp_path / 'c.tif').exists() and not (tmp_path / 's.tif').exists()
    # two stations inside cannot fit a plane: the message says which ones are outside
    sx, sy = scene['station_xy']
    inside = to_lon_lat(sx[1:3], sy[1:3])
    mixed = write_stations(tmp_path / 'mixed.gpkg', [(150.0, 45.0), *inside, (151.0, 44.0)],
                           ['KUSH', 'S001', 'S002', 'NEMU'], np.zeros((3, 4)))
    with pytest.raises(QgsProcessingException, match=r'GNSS: 2 station\(s\) with velocities inside the raster but '
                                                      r'a plane needs at least 3; 2 of 4 stations lie outside '
                                                      r'"velocity.tif" \(KUSH, NEMU\)'):
        run_algorithm('gnsscorrection', {'INPUT': scene['velocity'], 'GNSS': mixed,
                                         'OUTPUT': str(tmp_path / 'c.tif'), 'OUTPUT_SURFACE': str(tmp_path / 's.tif'),
                                         'OUTPUT_RESIDUALS': str(tmp_path / 'r.gpkg')})


def test_mismatched_geometry_raster_gives_a_clear_error(run_algorithm, scene, tmp_path):
    x0, dx, _, y0, _, dy = scene['grid'].geotransform
    coarse = write_tif(tmp_path / 'incidence_coarse.tif', np.full((70, 80), 39.0), (x0, 2 * dx, 0.0, y0, 0.0, 2 * dy),
                       epsg=32654)
    before = file_digest(coarse), file_digest(scene['velocity'])
    with pytest.raises(QgsProcessingException, match='INCIDENCE_RASTER: "incidence_coarse.tif" is not on the grid '
                                                     'of "velocity.tif": it has size 80×70 pixels instead of 160×140'):
        run_algorithm('gnsscorrection', {'INPUT': scene['velocity'], 'GNSS': scene['gnss'],
                                         'INCIDENCE_RASTER': coarse, 'OUTPUT': str(tmp_path / 'c.tif'),
                                         'OUTPUT_SURFACE': str(tmp_path / 's.tif'),
                                         'OUTPUT_RESIDUALS': str(tmp_path / 'r.gpkg')})
    assert (file_digest(coarse), file_digest(scene['velocity'])) == before
    assert not (tmp_path / 'c.tif').exists()


def test_qgis_process_run(qgis_process, scene, tmp_path):
    code, result, log = qgis_process.run(
        'gnsscorrection', INPUT=scene['velocity'], GNSS=scene['gnss'],
        INCIDENCE_RASTER=scene['paths']['incidence'], HEADING_RASTER=scene['paths']['heading'],
        OUTPUT=tmp_path / 'corrected.tif', OUTPUT_SURFACE=tmp_path / 'surface.tif',
        OUTPUT_RESIDUALS=tmp_path / 'residuals.gpkg')
    assert code == 0, log
    assert result['N_STATIONS'] == N_STATIONS and result['RMS_AFTER'] <= 1.5
    assert rms(read_tif(result['OUTPUT'])[0][0] - scene['truth']) <= 1.5
    assert residual_table(result['OUTPUT_RESIDUALS'])['S000']['outlier'] == 1
    assert 'FAR1' in log and 'outside' in log
