"""``deformation:comparepoints`` on constructed cases against an independent computation."""
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException
from rasters import file_digest, read_tif, write_tif
from vectors import write_gpkg

from deformation_toolbox.algorithms.core.analysis.comparison import compare
from deformation_toolbox.algorithms.core.geometry.line_of_sight import unit_vector

GEOTRANSFORM = (300000.0, 100.0, 0.0, 4000000.0, 0.0, -100.0)     # UTM 54N, 100 m pixels
SHAPE = (60, 80)


def point_layer(path, x, y, epsg, fields):
    columns = {name: [v if isinstance(v, str) else float(v) for v in values] for name, values in fields.items()}
    return write_gpkg(path, 'points', [[(a, b)] for a, b in zip(x, y)], columns, epsg)


def centres():
    rows, cols = np.mgrid[0:SHAPE[0], 0:SHAPE[1]]
    return GEOTRANSFORM[0] + (cols + 0.5) * 100.0, GEOTRANSFORM[3] - (rows + 0.5) * 100.0


def field(x, y):
    """A velocity field (mm/yr) with structure at the 100 m scale."""
    return 3.0 * np.sin((x - 300000.0) / 700.0) + 0.002 * (y - 3994000.0) + np.cos((x + y) / 230.0)


@pytest.fixture(scope='module')
def scene(tmp_path_factory):
    folder = tmp_path_factory.mktemp('compare')
    rng = np.random.default_rng(4)
    x, y = centres()
    raster = write_tif(folder / 'velocity.tif', field(x, y), GEOTRANSFORM, dtype=gdal.GDT_Float64)
    px = GEOTRANSFORM[0] + rng.uniform(300, 7700, 40)
    py = GEOTRANSFORM[3] - rng.uniform(300, 5700, 40)
    truth = field(px, py) + rng.normal(0.0, 0.7, 40) - 1.3           # levelling with noise and an offset
    benchmarks = point_layer(folder / 'benchmarks.gpkg', px, py, 32654,
                             {'station': [f'BM{k:02d}' for k in range(40)], 'levelling': truth})
    return dict(folder=folder, raster=raster, x=px, y=py, truth=truth, benchmarks=benchmarks)


def pixel_values(raster, x, y):
    data = gdal.Open(raster).ReadAsArray()
    rows = np.floor((GEOTRANSFORM[3] - y) / 100.0).astype(int)
    return data[rows, np.floor((x - GEOTRANSFORM[0]) / 100.0).astype(int)]


def test_statistics_match_an_independent_computation_through_qgis_process(qgis_process, scene, tmp_path):
    code, results, log = qgis_process.run('comparepoints', INPUT=scene['raster'], TRUTH=scene['benchmarks'],
                                          TRUTH_FIELD='levelling', RADIUS=0, OUTPUT=tmp_path / 'out.gpkg',
                                          OUTPUT_PLOT=tmp_path / 'plot.png')
    assert code == 0, log
    sampled = pixel_values(scene['raster'], scene['x'], scene['y'])
    d = sampled - scene['truth']
    independent = {'COUNT': 40, 'CORRELATION': np.corrcoef(sampled, scene['truth'])[0, 1],
                   'MEAN_DIFFERENCE': d.mean(), 'STD_DIFFERENCE': np.std(d, ddof=1), 'MIN_DIFFERENCE': d.min(),
                   'MAX_DIFFERENCE': d.max(), 'RMS': np.sqrt(np.mean(d ** 2))}
    for name, value in independent.items():
        # float64 pixels and fields: the same numbers to 1e-9 (JSON keeps 15–17 digits)
        assert float(results[name]) == pytest.approx(value, abs=1e-9), name
    assert abs(independent['MEAN_DIFFERENCE'] - 1.3) < 0.5
    with open(results['OUTPUT_PLOT'], 'rb') as handle:
        assert handle.read(8) == b'\x89PNG\r\n\x1a\n'


def test_radius_mean_and_offset_removal(run_algorithm, scene, tmp_path):
    results = run_algorithm('comparepoints', {'INPUT': scene['raster'], 'TRUTH': scene['benchmarks'],
                                              'TRUTH_FIELD': 'levelling', 'RADIUS': 150.0, 'REMOVE_OFFSET': True,
                                              'OUTPUT': str(tmp_path / 'out.gpkg')})
    x, y = centres()
    values = field(x, y)
    sampled = []
    for px, py in zip(scene['x'], scene['y']):
        near = np.hypot(x - px, y - py) <= 150.0
        holding = (np.floor((GEOTRANSFORM[3] - py) / 100.0).astype(int), np.floor((px - GEOTRANSFORM[0]) / 100.0)
                   .astype(int))
        near[holding] = True
        sampled.append(values[near].mean())
    d = np.array(sampled) - scene['truth']
    e = d - d.mean()
    assert results['MEAN_DIFFERENCE'] == pytest.approx(d.mean(), abs=1e-9)
    assert results['STD_DIFFERENCE'] == pytest.approx(np.std(d, ddof=1), abs=1e-9)
    assert results['RMS'] == pytest.approx(np.sqrt(np.mean(e ** 2)), abs=1e-9)
    assert results['MAX_DIFFERENCE'] == pytest.approx(e.max(), abs=1e-9)
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(results['OUTPUT'], 'out', 'ogr')
    feature = next(layer.getFeatures())
    assert feature['station'] == 'BM00' and feature['n_samples'] >= 5
    assert feature['residual'] == pytest.approx(e[0], abs=1e-9)


def test_gnss_projected_into_the_los_with_angles_or_vectors(run_algorithm, tmp_path):
    x, y = centres()
    incidence = 35.0 + 8.0 * (x - x.min()) / (x.max() - x.min())
    velocity = (4.0, -2.0, -6.0)                                      # uniform ve, vn, vu (mm/yr)
    e, n, u = unit_vector(incidence, -12.0)
    los = write_tif(tmp_path / 'los.tif', e * velocity[0] + n * velocity[1] + u * velocity[2], GEOTRANSFORM,
                    dtype=gdal.GDT_Float64)
    incidence_path = write_tif(tmp_path / 'incidence.tif', incidence, GEOTRANSFORM, dtype=gdal.GDT_Float64)
    vectors = {f'LOS_{name}': write_tif(tmp_path / f'{name}.tif', c, GEOTRANSFORM, dtype=gdal.GDT_Float64)
               for name, c in (('EAST', e), ('NORTH', n), ('UP', u))}
    rng = np.random.default_rng(1)
    px, py = GEOTRANSFORM[0] + rng.uniform(100, 7900, 12), GEOTRANSFORM[3] - rng.uniform(100, 5900, 12)
    noise = rng.normal(0, 0.5, (3, 12))
    gnss = point_layer(tmp_path / 'gnss.gpkg', px, py, 32654, {'ve': velocity[0] + noise[0],
                                                                'vn': velocity[1] + noise[1],
                                                                'vu': velocity[2] + noise[2]})
    truths = []
    for geometry in ({'INCIDENCE_RASTER': incidence_path, 'HEADING': -12.0}, {**vectors, 'INCIDENCE': 10.0}):
        results = run_algorithm('comparepoints', {'INPUT': los, 'TRUTH': gnss, 'RADIUS': 0.0, **geometry,
                                                  'OUTPUT': str(tmp_path / f'out{len(truths)}.gpkg')})
        sampled = pixel_values(los, px, py)
        pe, pn, pu = (pixel_values(vectors[f'LOS_{c}'], px, py) for c in ('EAST', 'NORTH', 'UP'))
        truth = pe * (velocity[0] + noise[0]) + pn * (velocity[1] + noise[1]) + pu * (velocity[2] + noise[2])
        assert results['MEAN_DIFFERENCE'] == pytest.approx(np.mean(sampled - truth), abs=1e-9)
        assert results['COUNT'] == 12
        truths.append(results['RMS'])
    assert truths[0] == pytest.approx(truths[1], abs=1e-9)


def test_insar_points_against_benchmarks(run_algorithm, scene, tmp_path):
    rng = np.random.default_rng(9)
    qx = GEOTRANSFORM[0] + rng.uniform(0, 8000, 3000)
    qy = GEOTRANSFORM[3] - rng.uniform(0, 6000, 3000)
    values = field(qx, qy) + rng.normal(0, 0.3, 3000)
    insar = point_layer(tmp_path / 'egms.gpkg', qx, qy, 32654, {'velocity': values})
    results = run_algorithm('comparepoints', {'INPUT': insar, 'TRUTH': scene['benchmarks'],
                                              'TRUTH_FIELD': 'levelling', 'RADIUS': 200.0,
                                              'OUTPUT': str(tmp_path / 'out.gpkg')})
    sampled = np.array([values[np.hypot(qx - px, qy - py) <= 200.0].mean()
                        for px, py in zip(scene['x'], scene['y'])])
    expected = compare(sampled, scene['truth'])
    # distances in a local azimuthal frame vs UTM: equal within 1e-3 relative, far from any 200 m boundary
    assert results['COUNT'] == 40
    assert results['CORRELATION'] == pytest.approx(expected.correlation, abs=1e-9)
    assert results['MEAN_DIFFERENCE'] == pytest.approx(expected.mean_difference, abs=1e-9)


def test_bad_input_is_named(run_algorithm, scene, tmp_path):
    digest = file_digest(scene['raster'])
    output = tmp_path / 'out.gpkg'
    with pytest.raises(QgsProcessingException, match='TRUTH_FIELD: no field given'):
        run_algorithm('comparepoints', {'INPUT': scene['raster'], 'TRUTH': scene['benchmarks'], 'TRUTH_MODE': 1,
                                        'OUTPUT': str(output)})
    with pytest.raises(QgsProcessingException, match='field "ve" is not in'):
        run_algorithm('comparepoints', {'INPUT': scene['raster'], 'TRUTH': scene['benchmarks'],
                                        'OUTPUT': str(output)})
    far = point_layer(tmp_path / 'far.gpkg', [100.0, 200.0, 300.0], [100.0, 200.0, 300.0], 32654,
                      {'levelling': [1.0, 2.0, 3.0]})
    with pytest.raises(QgsProcessingException, match='0 point.s. have both an InSAR value and a truth'):
        run_algorithm('comparepoints', {'INPUT': scene['raster'], 'TRUTH': far, 'TRUTH_FIELD': 'levelling',
                                        'OUTPUT': str(output)})
    assert file_digest(scene['raster']) == digest and not os.path.exists(output)
    assert read_tif(scene['raster'])[0].shape == (1,) + SHAPE
