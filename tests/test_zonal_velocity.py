"""deformation:zonalvelocity — exact statistics on a raster with known values per zone."""
import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import NULL, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from deformation_toolbox.algorithms.core.analysis.zonal import zone_statistics
from deformation_toolbox.algorithms.core.io.raster_stack import grid_from_origin, write_raster

X0, Y0, PIXEL = 600000.0, 3900000.0, 50.0
WIDTH, HEIGHT = 20, 10
NAN_PIXELS = [(3, 14), (7, 18)]     # (row, column) in zone B


def raster_values():
    """Zone A (columns 0–9): 1 … 100 row by row; zone B (columns 10–19): −3 except two NaN and one −12."""
    values = np.empty((HEIGHT, WIDTH))
    values[:, :10] = np.arange(1, 101, dtype=float).reshape(10, 10)
    values[:, 10:] = -3.0
    values[5, 15] = -12.0
    for row, column in NAN_PIXELS:
        values[row, column] = np.nan
    return values


def ring(*corners):
    return 'POLYGON((' + ', '.join(f'{x} {y}' for x, y in corners + (corners[0],)) + '))'


ZONES = {  # name → WKT in the raster CRS (EPSG:32654); edges on pixel boundaries
    'A': ring((X0, Y0), (X0 + 500, Y0), (X0 + 500, Y0 - 500), (X0, Y0 - 500)),
    'B': ring((X0 + 500, Y0), (X0 + 1000, Y0), (X0 + 1000, Y0 - 500), (X0 + 500, Y0 - 500)),
    'triangle': ring((X0 + 120, Y0 - 40), (X0 + 930, Y0 - 260), (X0 + 210, Y0 - 470)),
    'outside': ring((X0 - 900, Y0), (X0 - 600, Y0), (X0 - 600, Y0 - 300)),
}


@pytest.fixture(scope='module')
def velocity(tmp_path_factory):
    grid = grid_from_origin(X0, Y0, PIXEL, WIDTH, HEIGHT, epsg=32654)
    return write_raster(str(tmp_path_factory.mktemp('zonal') / 'velocity.tif'), grid, [raster_values()],
                        ['velocity'], units='mm/yr')


def write_zones(path, epsg=32654, extra_fields=()):
    """Zones as a GeoPackage in ``epsg`` (reprojected from the raster CRS) with a 'name' field."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32654)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(utm, srs)
    dataset = ogr.GetDriverByName('GPKG').CreateDataSource(str(path))
    layer = dataset.CreateLayer('zones', srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn('name', ogr.OFTString))
    for name in extra_fields:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    for name, wkt in ZONES.items():
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField('name', name)
        geometry = ogr.CreateGeometryFromWkt(wkt)
        geometry.Segmentize(10.0)
        geometry.Transform(transform)
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def pixels_inside(wkt):
    """Values of the pixels whose centre is inside ``wkt`` (raster CRS), by QGIS geometry (independent of GDAL)."""
    geometry = QgsGeometry.fromWkt(wkt)
    values = raster_values()
    return np.array([values[r, c] for r in range(HEIGHT) for c in range(WIDTH)
                     if geometry.contains(QgsPointXY(X0 + (c + 0.5) * PIXEL, Y0 - (r + 0.5) * PIXEL))])


def by_name(layer):
    return {f['name']: f for f in layer.getFeatures()}


def read_output(path):
    """(field names, features by zone name) of an output file; the layer is closed on return.

    A failed Processing run leaks its Python frames in QGIS 3.22 (and with them the
    locals of the calling test): an OGR layer held there would be destroyed after
    QGIS exits and crash the interpreter, so tests with a failing run read outputs here.
    """
    layer = QgsVectorLayer(str(path), 'out', 'ogr')
    return layer.fields().names(), by_name(layer)


def test_core_statistics_follow_the_documented_formulas():
    values = np.arange(1.0, 101.0)
    stats = zone_statistics(np.append(values, [np.nan, np.inf]), threshold=90.0, mode='absolute')
    assert stats['count'] == 100
    assert stats['mean'] == 50.5 and stats['median'] == 50.5
    assert stats['p5'] == pytest.approx(1 + 0.05 * 99, abs=1e-12)       # h = (n−1)q: 5.95
    assert stats['p95'] == pytest.approx(1 + 0.95 * 99, abs=1e-12)      # 95.05
    assert stats['std'] == pytest.approx(np.sqrt((100 ** 2 - 1) / 12.0), abs=1e-12)
    assert (stats['min'], stats['max'], stats['share_above']) == (1.0, 100.0, 10.0)
    signed = np.array([-8.0, -6.0, -5.0, -1.0, 2.0, 7.0])
    assert zone_statistics(signed, 5.0, 'absolute')['share_above'] == pytest.approx(100 * 3 / 6)
    assert zone_statistics(signed, 5.0, 'above')['share_above'] == pytest.approx(100 * 1 / 6)
    assert zone_statistics(signed, -5.0, 'below')['share_above'] == pytest.approx(100 * 2 / 6)
    empty = zone_statistics([np.nan], 5.0)
    assert empty['count'] == 0 and empty['mean'] is None and empty['share_above'] is None


def test_exact_statistics_per_zone_through_processing(run_algorithm, velocity, tmp_path):
    zones = write_zones(tmp_path / 'zones.gpkg')
    result = run_algorithm('zonalvelocity', {'INPUT': velocity, 'ZONES': zones, 'THRESHOLD': 50.0,
                                             'OUTPUT': str(tmp_path / 'out.gpkg')})
    assert result['N_ZONES'] == 4
    features = read_output(result['OUTPUT'])[1]
    a = features['A']
    assert a['count'] == 100
    assert (a['mean'], a['median'], a['min'], a['max']) == (50.5, 50.5, 1.0, 100.0)
    assert a['p5'] == pytest.approx(5.95, abs=1e-12) and a['p95'] == pytest.approx(95.05, abs=1e-12)
    assert a['share_above'] == 50.0                                      # 51 … 100 have |v| > 50
    b = features['B']
    assert b['count'] == 98                                             # two NaN pixels left out
    assert b['mean'] == pytest.approx((97 * -3.0 - 12.0) / 98, abs=1e-12)
    assert (b['median'], b['min'], b['max'], b['share_above']) == (-3.0, -12.0, -3.0, 0.0)
    triangle = pixels_inside(ZONES['triangle'])
    finite = triangle[np.isfinite(triangle)]
    t = features['triangle']
    assert t['count'] == finite.size > 20
    assert t['mean'] == pytest.approx(finite.mean(), abs=1e-12)
    assert t['median'] == pytest.approx(np.median(finite), abs=1e-12)
    assert t['p95'] == pytest.approx(np.percentile(finite, 95), abs=1e-12)
    assert t['share_above'] == pytest.approx(100.0 * np.count_nonzero(np.abs(finite) > 50) / finite.size)
    outside = features['outside']
    assert outside['count'] == 0
    assert all(outside[name] in (None, NULL) for name in ('mean', 'median', 'p5', 'p95', 'share_above'))
    assert not isinstance(outside['mean'], float)


def test_zones_in_another_crs_are_reprojected(run_algorithm, velocity, tmp_path):
    zones = write_zones(tmp_path / 'zones_wgs84.gpkg', epsg=4326)
    result = run_algorithm('zonalvelocity', {'INPUT': velocity, 'ZONES': zones, 'THRESHOLD': -20.0,
                                             'THRESHOLD_MODE': 1, 'OUTPUT': 'TEMPORARY_OUTPUT'})
    layer = result['OUTPUT']
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, 'out', 'ogr')
    assert layer.crs().authid() == 'EPSG:4326'                          # output keeps the zones' CRS
    features = by_name(layer)
    assert features['A']['count'] == 100 and features['A']['mean'] == 50.5
    assert features['A']['share_above'] == 100.0                         # every v > −20
    assert features['B']['count'] == 98
    t = pixels_inside(ZONES['triangle'])
    assert features['triangle']['count'] == np.isfinite(t).sum()


def test_qgis_process_runs_zonalvelocity(qgis_process, velocity, tmp_path):
    zones = write_zones(tmp_path / 'zones.gpkg')
    output = tmp_path / 'by_zone.gpkg'
    code, results, log = qgis_process.run('zonalvelocity', INPUT=velocity, ZONES=zones, THRESHOLD=-5,
                                          THRESHOLD_MODE=2, OUTPUT=str(output))
    assert code == 0, log
    assert results['N_ZONES'] == 4
    features = read_output(output)[1]
    assert features['A']['mean'] == 50.5 and features['A']['share_above'] == 0.0
    assert features['B']['share_above'] == pytest.approx(100.0 / 98)     # only the −12 pixel is < −5
    assert features['B']['p5'] == pytest.approx(np.percentile(np.r_[np.full(97, -3.0), -12.0], 5), abs=1e-12)


def test_field_clash_needs_a_prefix(run_algorithm, velocity, tmp_path):
    zones = write_zones(tmp_path / 'zones_mean.gpkg', extra_fields=('mean',))
    with pytest.raises(QgsProcessingException, match='already has a field "mean".*PREFIX'):
        run_algorithm('zonalvelocity', {'INPUT': velocity, 'ZONES': zones, 'OUTPUT': 'TEMPORARY_OUTPUT'})
    result = run_algorithm('zonalvelocity', {'INPUT': velocity, 'ZONES': zones, 'PREFIX': 'v_',
                                             'OUTPUT': str(tmp_path / 'prefixed.gpkg')})
    names, features = read_output(result['OUTPUT'])
    assert {'mean', 'v_mean', 'v_count', 'v_share_above'} <= set(names)
    assert features['A']['v_median'] == 50.5


def test_bad_band_and_point_zones_are_refused(run_algorithm, velocity, tmp_path):
    zones = write_zones(tmp_path / 'zones.gpkg')
    with pytest.raises(QgsProcessingException, match='band 2 does not exist'):
        run_algorithm('zonalvelocity', {'INPUT': velocity, 'BAND': 2, 'ZONES': zones,
                                        'OUTPUT': 'TEMPORARY_OUTPUT'})
    points = QgsVectorLayer('Point?crs=EPSG:32654', 'stations', 'memory')
    with pytest.raises(QgsProcessingException):
        run_algorithm('zonalvelocity', {'INPUT': velocity, 'ZONES': points, 'OUTPUT': 'TEMPORARY_OUTPUT'})
    assert len(read_output(zones)[1]) == 4                                # input unchanged
