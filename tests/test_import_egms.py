"""``deformation:importegms`` on a faithful imitation of EGMS downloads (``tests/data/egms/make_egms_fixtures.py``).

The real-product check (EGMS L2b tracks 022/117 against the EGMS L3 E45N17
tile: 0.086/0.083 mm/yr RMS) is ``bench/bench_egms.py``; it needs the
downloads, which the project does not ship.
"""
import csv
import io
import os
import sys
import zipfile

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingFeedback, QgsVectorLayer
from rasters import assert_refused, read_tif

sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'data', 'egms'))
import make_egms_fixtures as egms_fixture  # noqa: E402

from deformation_toolbox.algorithms.core.analysis.series import date_fields  # noqa: E402

RASTERS = ('OUTPUT_VELOCITY', 'OUTPUT_VELOCITY_STD', 'OUTPUT_TIMESERIES', 'OUTPUT_INCIDENCE', 'OUTPUT_HEADING',
           'OUTPUT_LOS_EAST', 'OUTPUT_LOS_NORTH', 'OUTPUT_LOS_UP', 'OUTPUT_COUNT')


@pytest.fixture(scope='module')
def products(tmp_path_factory):
    return egms_fixture.make(tmp_path_factory.mktemp('egms'))


def outputs(folder, tag, names=RASTERS, points=True):
    values = {name: str(folder / f'{tag}_{name.lower()}.tif') for name in names}
    if points:
        values['OUTPUT_POINTS'] = str(folder / f'{tag}_points.gpkg')
    return values


@pytest.fixture(scope='module')
def imported(run_algorithm, products, tmp_path_factory):
    folder = tmp_path_factory.mktemp('egms_out')
    results = {}
    for name in ('asc', 'desc'):
        results[name] = run_algorithm('importegms', {'INPUT': [str(products['files'][name])], **outputs(folder, name)})
    for component in ('E', 'U'):
        results[component] = run_algorithm('importegms', {'INPUT': [str(products['files'][f'l3_{component}'])],
                                                          **outputs(folder, component, ('OUTPUT_VELOCITY',))})
    return results


def csv_rows(path):
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith('.csv'))
        return list(csv.DictReader(io.StringIO(archive.read(name).decode())))


def sample(raster, reference):
    """Values of ``raster`` at the cell centres of ``reference`` (both north-up), and the reference values."""
    a, b = gdal.Open(raster), gdal.Open(reference)
    ga, gb = a.GetGeoTransform(), b.GetGeoTransform()
    values_a, values_b = a.ReadAsArray().astype(float), b.ReadAsArray().astype(float)
    rows, cols = np.mgrid[0:values_b.shape[0], 0:values_b.shape[1]]
    x, y = gb[0] + (cols + 0.5) * gb[1], gb[3] + (rows + 0.5) * gb[5]
    c, r = np.floor((x - ga[0]) / ga[1]).astype(int), np.floor((y - ga[3]) / ga[5]).astype(int)
    inside = (c >= 0) & (c < values_a.shape[1]) & (r >= 0) & (r < values_a.shape[0])
    sampled = np.full(values_b.shape, np.nan)
    sampled[inside] = values_a[r[inside], c[inside]]
    both = np.isfinite(sampled) & np.isfinite(values_b)
    return sampled[both], values_b[both]


def test_l2b_pair_decomposed_reproduces_l3(run_algorithm, imported, tmp_path):
    asc, desc = imported['asc'], imported['desc']
    results = {}
    for tag, geometry in (
            ('angles', dict(ASC_INCIDENCE_RASTER=asc['OUTPUT_INCIDENCE'], ASC_HEADING_RASTER=asc['OUTPUT_HEADING'],
                            DESC_INCIDENCE_RASTER=desc['OUTPUT_INCIDENCE'],
                            DESC_HEADING_RASTER=desc['OUTPUT_HEADING'])),
            ('vectors', {f'{prefix}LOS_{c}': source[f'OUTPUT_LOS_{c}'] for prefix, source in (('ASC_', asc),
                                                                                               ('DESC_', desc))
                         for c in ('EAST', 'NORTH', 'UP')})):
        results[tag] = run_algorithm('ascdescdecomposition', dict(
            ASCENDING=asc['OUTPUT_VELOCITY'], DESCENDING=desc['OUTPUT_VELOCITY'], **geometry,
            **{name: str(tmp_path / f'{tag}_{name}.tif') for name in ('OUTPUT_EAST', 'OUTPUT_UP', 'OUTPUT_EAST_STD',
                                                                        'OUTPUT_UP_STD')}))
    for output, component in (('OUTPUT_EAST', 'E'), ('OUTPUT_UP', 'U')):
        ours, l3 = sample(results['angles'][output], imported[component]['OUTPUT_VELOCITY'])
        assert ours.size == 600                                   # every L3 cell
        # 10 points per cell and geometry with 0.1 mm/yr noise, printed to 0.1 mm/yr, L3 printed to 0.1:
        # expected RMS ≈ 0.045 mm/yr; the acceptance figure is the products' printed precision, 0.1 mm/yr
        rms = np.sqrt(np.mean((ours - l3) ** 2))
        print(f"{component}: RMS {rms:.4f} mm/yr over {ours.size} cells")
        assert rms < 0.1, component
        vectors, _ = sample(results['vectors'][output], imported[component]['OUTPUT_VELOCITY'])
        assert np.allclose(vectors, ours, atol=2e-3)              # LOS vector or angles: the same geometry


def cells(points, rows, cols):
    """(row, col) of points on the fixture grid (edges on multiples of 100 m, row 0 at the top)."""
    x0, y0 = egms_fixture.X0, egms_fixture.Y0
    col = np.floor((points[:, 0] - x0) / 100.0).astype(int)
    row = rows - 1 - np.floor((points[:, 1] - y0) / 100.0).astype(int)
    return row, col


def test_cell_values_are_the_means_of_their_points(imported, products):
    rows, cols = products['shape']
    table = csv_rows(products['files']['asc'])
    xy = np.array([[float(r['easting']), float(r['northing'])] for r in table])
    velocity = np.array([float(r['mean_velocity']) for r in table])
    sigma = np.array([float(r['mean_velocity_std']) for r in table])
    row, col = cells(xy, rows, cols)
    raster = read_tif(imported['asc']['OUTPUT_VELOCITY'])[0][0]
    std = read_tif(imported['asc']['OUTPUT_VELOCITY_STD'])[0][0]
    count = read_tif(imported['asc']['OUTPUT_COUNT'])[0][0]
    series, names = read_tif(imported['asc']['OUTPUT_TIMESERIES'])
    assert raster.shape == (rows, cols) and names[0] == '2018-01-02' and len(names) == 60
    for r, c in ((0, 0), (7, 19), (19, 29)):
        inside = (row == r) & (col == c)
        n = inside.sum()
        assert count[r, c] == n == 10
        assert raster[r, c] == pytest.approx(velocity[inside].mean(), abs=1e-5)
        expected_std = np.sqrt(max(velocity[inside].var(ddof=1), np.mean(sigma[inside] ** 2)) / n)
        assert std[r, c] == pytest.approx(expected_std, rel=1e-5)
        first = np.array([float(table[k]['20180114']) for k in np.flatnonzero(inside)])
        assert series[1, r, c] == pytest.approx(first.mean(), abs=1e-5)


def test_grid_geometry_and_time_series(imported, run_algorithm, tmp_path):
    dataset = gdal.Open(imported['asc']['OUTPUT_VELOCITY'])
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    assert (dx, dy) == (100.0, -100.0) and x0 % 100.0 == 0.0 and y0 % 100.0 == 0.0       # the EGMS L3 lattice
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == '3035'
    assert gdal.Open(imported['E']['OUTPUT_VELOCITY']).GetGeoTransform() == dataset.GetGeoTransform()
    heading = read_tif(imported['asc']['OUTPUT_HEADING'])[0][0]
    incidence = read_tif(imported['asc']['OUTPUT_INCIDENCE'])[0][0]
    # track angle −10.60° printed to 2 decimals, LOS vectors to 3 decimals: the mean vector's angles to 0.1°
    assert np.allclose(heading, -10.6, atol=0.1) and np.all((incidence > 35.9) & (incidence < 40.1))
    series = gdal.Open(imported['asc']['OUTPUT_TIMESERIES'])
    assert series.GetRasterBand(2).GetMetadataItem('DATE') == '20180114'
    fit = run_algorithm('timeseriesfit', {'INPUT': imported['asc']['OUTPUT_TIMESERIES'],
                                          'OUTPUT': str(tmp_path / 'fit.tif')})
    bands, names = read_tif(fit['OUTPUT'])
    velocity = read_tif(imported['asc']['OUTPUT_VELOCITY'])[0][0]
    # the cell series (mean of 10 points with 1 mm noise per date over 2 years) give the velocity to ~0.2 mm/yr
    assert np.sqrt(np.nanmean((bands[names.index('velocity')] - velocity) ** 2)) < 0.3


def test_point_layer_has_egms_fields_and_date_fields(imported, products):
    layer = QgsVectorLayer(imported['asc']['OUTPUT_POINTS'], 'points', 'ogr')
    assert layer.isValid() and layer.featureCount() == 6000
    assert layer.crs().authid() == 'EPSG:3035'
    names = layer.fields().names()
    for field in ('pid', 'mp_type', 'velocity', 'velocity_std', 'acceleration', 'seasonality', 'incidence',
                  'heading', 'los_east', 'los_north', 'los_up', 'height', 'rmse', 'temporal_coherence'):
        assert field in names, field
    found = date_fields(names)                                    # what the time-series dock reads
    assert len(found) == 60 and found[0] == ('D20180102', products['dates'][0])
    first = csv_rows(products['files']['asc'])[0]
    feature = next(layer.getFeatures())
    assert feature['pid'] == first['pid'] and feature['velocity'] == float(first['mean_velocity'])
    assert feature['D20180114'] == float(first['20180114'])
    assert feature.geometry().asPoint().x() == pytest.approx(float(first['easting']))


def test_l3_through_qgis_process(qgis_process, products, tmp_path):
    code, results, log = qgis_process.run('importegms', INPUT=products['files']['l3_U'],
                                          OUTPUT_VELOCITY=tmp_path / 'up.tif', OUTPUT_TIMESERIES=tmp_path / 'ts.tif',
                                          OUTPUT_POINTS=tmp_path / 'l3.gpkg')
    assert code == 0, log
    assert 'EGMS L3 (Up)' in log
    up = read_tif(results['OUTPUT_VELOCITY'])[0][0]
    rows = csv_rows(products['files']['l3_U'])
    expected = np.array([float(r['mean_velocity']) for r in rows]).reshape(products['shape'])[::-1]
    assert np.array_equal(up, expected.astype(np.float32))      # one L3 point per cell, on its own grid
    assert int(results['N_POINTS']) == 600 and int(results['N_CELLS']) == 600
    assert 'OUTPUT_INCIDENCE' not in results                    # L3 has no LOS geometry


def rewrite(source, target, transform):
    """A copy of the CSV in zip ``source`` as plain CSV ``target`` with ``transform(header, lines)``."""
    with zipfile.ZipFile(source) as archive:
        name = next(n for n in archive.namelist() if n.endswith('.csv'))
        text = archive.read(name).decode()
    header, *lines = text.strip().split('\n')
    header, lines = transform(header.split(','), lines)
    target.write_text('\n'.join([header] + lines) + '\n')
    return str(target)


def test_csv_semicolons_and_newer_column_names(run_algorithm, products, tmp_path):
    def newer(header, lines):    # 2020–2024 release names
        renamed = {'height': 'height_ortho', 'height_wgs84': 'height_ellipse', 'rmse': 'rmse_ts'}
        return ','.join(renamed.get(h, h) for h in header), lines

    def semicolons(header, lines):
        return ';'.join(header), [line.replace(',', ';') for line in lines]

    zipped = run_algorithm('importegms', {'INPUT': [str(products['files']['desc'])],
                                          **outputs(tmp_path, 'zip', ('OUTPUT_VELOCITY',), False)})
    expected = read_tif(zipped['OUTPUT_VELOCITY'])[0]
    for tag, transform in (('newer', newer), ('semicolons', semicolons)):
        path = rewrite(products['files']['desc'], tmp_path / f'EGMS_L2b_022_0301_IW3_VV_{tag}.csv', transform)
        results = run_algorithm('importegms', {'INPUT': [path], **outputs(tmp_path, tag, ('OUTPUT_VELOCITY',))})
        assert np.array_equal(read_tif(results['OUTPUT_VELOCITY'])[0], expected), tag
        layer = QgsVectorLayer(results['OUTPUT_POINTS'], 'points', 'ogr')
        assert 'height' in layer.fields().names() and 'rmse' in layer.fields().names()


def test_empty_fields_are_null(run_algorithm, products, tmp_path):
    def blank(header, lines):
        cut = lines[0].split(',')
        cut[header.index('acceleration')] = ''
        cut[header.index('20180114')] = ''
        return ','.join(header), [','.join(cut)] + lines[1:]

    path = rewrite(products['files']['asc'], tmp_path / 'EGMS_L2b_146_0300_IW2_VV_blank.csv', blank)
    results = run_algorithm('importegms', {'INPUT': [path], 'OUTPUT_POINTS': str(tmp_path / 'p.gpkg')})
    feature = next(QgsVectorLayer(results['OUTPUT_POINTS'], 'p', 'ogr').getFeatures())
    assert feature['acceleration'] is None or feature['acceleration'].isNull()
    assert float(feature['D20180126']) == float(csv_rows(products['files']['asc'])[0]['20180126'])


def run_expecting_error(run_algorithm, parameters, fragment, feedback=None):
    return assert_refused(run_algorithm, 'importegms', parameters, fragment, feedback, parameters['INPUT'],
                          outputs_kept=('OUTPUT_POINTS',))


def test_missing_columns_are_named(run_algorithm, products, tmp_path):
    def drop(header, lines):
        gone = [header.index('track_angle'), header.index('mean_velocity_std')]
        keep = [k for k in range(len(header)) if k not in gone]
        return (','.join(header[k] for k in keep),
                [','.join(line.split(',')[k] for k in keep) for line in lines])

    path = rewrite(products['files']['asc'], tmp_path / 'EGMS_L2b_146_0300_IW2_VV_cut.csv', drop)
    message = run_expecting_error(run_algorithm, {'INPUT': [path], **outputs(tmp_path, 'cut')},
                                  '"EGMS_L2b_146_0300_IW2_VV_cut.csv" (L2b) lacks the column(s) mean_velocity_std, '
                                  'track_angle')
    assert 'one column per date (YYYYMMDD)' in message


def test_zip_without_csv_and_mixed_levels_are_refused(run_algorithm, products, tmp_path):
    archive = tmp_path / 'EGMS_L2b_000_0000_IW1_VV_2018_2022_1.zip'
    with zipfile.ZipFile(archive, 'w') as handle:
        handle.writestr('readme.xml', '<BURST/>')
    run_expecting_error(run_algorithm, {'INPUT': [str(archive)], **outputs(tmp_path, 'zip')}, 'holds 0 CSV files')
    run_expecting_error(run_algorithm, {'INPUT': [str(products['files']['asc']), str(products['files']['l3_E'])],
                                        **outputs(tmp_path, 'mixed')}, 'the files mix L2b LOS, L3 East')


class CancelAfterStart(QgsProcessingFeedback):
    def setProgress(self, progress):  # noqa: N802 (QGIS API)
        super().setProgress(progress)
        if progress > 0:
            self.cancel()


def test_cancel_leaves_no_raster(run_algorithm, products, tmp_path):
    parameters = {'INPUT': [str(products['files']['asc'])], **outputs(tmp_path, 'cancel', points=False)}
    message = run_expecting_error(run_algorithm, parameters, 'Cancelled', CancelAfterStart())
    assert 'no output was written' in message


def test_fast_and_field_by_field_parse_agree(products):
    from deformation_toolbox.algorithms.core.products.egms import EgmsFile
    source = EgmsFile(products['files']['desc'])
    assert (source.level, source.component, len(source.dates)) == ('L2b', 'LOS', 60)
    chunks = list(source.chunks(chunk_bytes=256 * 1024))              # many chunks: lines split across reads
    fast = np.concatenate([c.values for c in chunks])
    assert fast.shape == (6000, len(source.columns))
    lines = csv_rows(products['files']['desc'])
    slow = source._parse_slowly([','.join(row.values()) for row in lines[:50]])
    assert np.array_equal(slow.values[:, 1:], fast[:50, 1:]) and slow.pids == [c for c in chunks[0].pids[:50]]


def test_geographic_grid_needs_degrees(run_algorithm, products, tmp_path):
    message = run_expecting_error(run_algorithm, {'INPUT': [str(products['files']['asc'])], 'CRS': 'EPSG:4326',
                                                  'OUTPUT_VELOCITY': str(tmp_path / 'v.tif')},
                                  'RESOLUTION: 100 is in degrees in a geographic CRS')
    assert 'EPSG:3035' in message
    results = run_algorithm('importegms', {'INPUT': [str(products['files']['asc'])], 'CRS': 'EPSG:4326',
                                           'RESOLUTION': 0.002, 'OUTPUT_VELOCITY': str(tmp_path / 'geo.tif')})
    dataset = gdal.Open(results['OUTPUT_VELOCITY'])
    assert dataset.GetSpatialRef().IsGeographic() and dataset.GetGeoTransform()[1] == 0.002
    # the 3 km × 2 km area in degrees at 38.6° N: about 17 × 10 cells of 0.002°
    assert 15 <= dataset.RasterXSize <= 20 and 9 <= dataset.RasterYSize <= 12
