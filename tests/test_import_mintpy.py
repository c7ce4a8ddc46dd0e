"""``deformation:importmintpy`` against files written by MintPy 1.6.4 itself (``tests/data/mintpy``).

The fixtures were made by ``tests/data/mintpy/make_mintpy_fixtures.py`` (MintPy's
``ifgram_inversion``, ``timeseries2velocity``, ``generate_mask``,
``geocode``); ``expected.json`` holds what MintPy's own functions computed
(the LOS unit vector of the geometry, the spike pixel).  MintPy is not needed
to run these tests.
"""
import json
import os
import pathlib
import shutil

import h5py
import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingFeedback
from rasters import assert_refused, read_tif

from deformation_toolbox.algorithms.core.geometry.line_of_sight import unit_vector
from deformation_toolbox.algorithms.core.products.mintpy import azimuth_to_heading

DATA = os.path.join(os.path.dirname(__file__), 'data', 'mintpy')
EXPECTED = json.loads(pathlib.Path(os.path.join(DATA, 'expected.json')).read_text())
GEO = {name: os.path.join(DATA, 'geo', f'{name}.h5')
       for name in ('timeseries', 'velocity', 'temporalCoherence', 'maskTempCoh', 'geometryGeo')}
RADAR = {name: os.path.join(DATA, 'radar', f'{name}.h5')
         for name in ('timeseries', 'velocity', 'temporalCoherence', 'geometryRadar', 'geo_velocity')}
OUTPUTS = ('OUTPUT_TIMESERIES', 'OUTPUT_VELOCITY', 'OUTPUT_VELOCITY_STD', 'OUTPUT_COHERENCE', 'OUTPUT_INCIDENCE',
           'OUTPUT_HEADING', 'OUTPUT_HEIGHT')


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.warnings.append(warning)


def mintpy(path, dataset):
    with h5py.File(path, 'r') as handle:
        return handle[dataset][()].astype(np.float64)


def outputs(tmp_path, tag=''):
    return {name: str(tmp_path / f'{tag}{name.lower()}.tif') for name in OUTPUTS}


@pytest.fixture(scope='module')
def geo_import(run_algorithm, tmp_path_factory):
    folder = tmp_path_factory.mktemp('mintpy_geo')
    return run_algorithm('importmintpy', {'INPUT': [GEO[n] for n in ('timeseries', 'velocity', 'temporalCoherence',
                                                                        'geometryGeo')], **outputs(folder)})


def expected_mask(threshold=0.7):
    """MintPy's masked pixels: zero on every date (not the reference pixel) or low temporal coherence."""
    series = mintpy(GEO['timeseries'], 'timeseries')
    zero = np.all(series == 0.0, axis=0)
    zero[tuple(EXPECTED['reference'])] = False
    return zero | (mintpy(GEO['temporalCoherence'], 'temporalCoherence') < threshold)


def test_geo_time_series_equals_mintpy_in_mm_with_nan_where_masked(geo_import):
    bands, names = read_tif(geo_import['OUTPUT_TIMESERIES'])
    series = mintpy(GEO['timeseries'], 'timeseries') * 1000.0
    masked = expected_mask()
    assert masked.sum() == 20          # 5 pixels without phase + 15 of the 16 noisy ones (γ < 0.7)
    assert np.all(np.isnan(bands[:, masked]))
    # float32 metres × 1000 stored as float32 mm: equal to float32 rounding (≤ 1e-7 relative)
    assert np.allclose(bands[:, ~masked], series[:, ~masked], rtol=1e-6, atol=1e-9)
    assert names == [f'{d[:4]}-{d[4:6]}-{d[6:]}' for d in EXPECTED['dates']]
    dataset = gdal.Open(geo_import['OUTPUT_TIMESERIES'])
    assert dataset.GetRasterBand(3).GetMetadataItem('DATE') == EXPECTED['dates'][2]
    reference = tuple(EXPECTED['reference'])
    assert np.all(bands[:, reference[0], reference[1]] == 0.0)      # the reference pixel stays 0, not NaN


def test_geo_grid_is_mintpys_to_the_pixel(geo_import):
    dataset = gdal.Open(geo_import['OUTPUT_VELOCITY'])
    with h5py.File(GEO['velocity'], 'r') as handle:
        attrs = {k: float(handle.attrs[k]) for k in ('X_FIRST', 'X_STEP', 'Y_FIRST', 'Y_STEP')}
    assert dataset.GetGeoTransform() == (attrs['X_FIRST'], attrs['X_STEP'], 0.0, attrs['Y_FIRST'], 0.0,
                                         attrs['Y_STEP'])
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == '32633'
    # the spike pixel: MintPy's pixel centre X_FIRST + (col + ½)·X_STEP must fall in the spike of our raster
    row, col = EXPECTED['spike']
    x = attrs['X_FIRST'] + (col + 0.5) * attrs['X_STEP']
    y = attrs['Y_FIRST'] + (row + 0.5) * attrs['Y_STEP']
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    velocity = dataset.ReadAsArray()
    assert velocity[int((y - y0) / dy), int((x - x0) / dx)] == pytest.approx(
        1000.0 * mintpy(GEO['velocity'], 'velocity')[row, col], rel=1e-6)
    r, c = int((y - y0) / dy), int((x - x0) / dx)
    neighbours = np.delete(velocity[r - 1:r + 2, c - 1:c + 2].ravel(), 4)
    assert velocity[r, c] > 45.0 and np.all(neighbours < 5.0)      # the 50 mm/yr spike, not a neighbour


def test_geo_velocity_and_its_sigma_in_mm_per_year(geo_import):
    masked = expected_mask()
    for output, dataset in (('OUTPUT_VELOCITY', 'velocity'), ('OUTPUT_VELOCITY_STD', 'velocityStd')):
        values = read_tif(geo_import[output])[0][0]
        assert np.all(np.isnan(values[masked]))
        assert np.allclose(values[~masked], 1000.0 * mintpy(GEO['velocity'], dataset)[~masked], rtol=1e-6)


def test_geometry_gives_the_heading_and_mintpys_own_unit_vector(geo_import):
    incidence = read_tif(geo_import['OUTPUT_INCIDENCE'])[0][0]
    heading = read_tif(geo_import['OUTPUT_HEADING'])[0][0]
    assert np.allclose(heading, 90.0 - mintpy(GEO['geometryGeo'], 'azimuthAngle'), atol=1e-4)
    row, col = EXPECTED['spike']
    known = EXPECTED['geo']
    assert heading[row, col] == pytest.approx(known['heading'], abs=1e-4)   # MintPy's azimuth2heading_angle
    # MintPy's enu2los with (incidence, azimuth) and SPEC's vector with (incidence, heading) agree
    ours = unit_vector(incidence[row, col], heading[row, col], 'right')
    assert np.allclose(ours, known['unit_vector'], atol=1e-6)
    # descending right-looking (a = −102°) and left-looking NISAR ascending (a = −78°), MintPy's table
    assert azimuth_to_heading(-102.0) == pytest.approx(-168.0)
    assert azimuth_to_heading(-78.0, 'left') == pytest.approx(-12.0)
    assert azimuth_to_heading(102.0) == pytest.approx(-12.0)


def test_time_series_feeds_timeseriesfit_and_gives_mintpys_velocity(geo_import, run_algorithm, tmp_path):
    fit = run_algorithm('timeseriesfit', {'INPUT': geo_import['OUTPUT_TIMESERIES'], 'PERIODIC': [0],
                                          'OUTPUT': str(tmp_path / 'fit.tif')})
    bands, names = read_tif(fit['OUTPUT'])
    velocity = bands[names.index('velocity')]
    mintpy_velocity = read_tif(geo_import['OUTPUT_VELOCITY'])[0][0]
    valid = np.isfinite(mintpy_velocity)
    # the same linear least squares on the same dates (MintPy: polynomial 1): equal to float32 rounding
    assert np.allclose(velocity[valid], mintpy_velocity[valid], atol=2e-4)


def test_coherence_threshold_zero_keeps_the_noisy_patch(run_algorithm, tmp_path):
    results = run_algorithm('importmintpy', {'INPUT': [GEO['velocity'], GEO['temporalCoherence']],
                                             'MIN_TEMPORAL_COHERENCE': 0.0,
                                             'OUTPUT_VELOCITY': str(tmp_path / 'v.tif')})
    values = read_tif(results['OUTPUT_VELOCITY'])[0][0]
    assert np.isnan(values).sum() == 5                                   # only MintPy's zeros
    assert set(results) == {'OUTPUT_VELOCITY', 'REFERENCE_X', 'REFERENCE_Y'}
    assert (results['REFERENCE_X'], results['REFERENCE_Y']) == (401575.0, 4499505.0)   # REF_LON/REF_LAT (UTM)


def test_mask_file_is_applied(run_algorithm, tmp_path):
    results = run_algorithm('importmintpy', {'INPUT': [GEO['velocity'], GEO['maskTempCoh']],
                                             'OUTPUT_VELOCITY': str(tmp_path / 'v.tif')})
    values = read_tif(results['OUTPUT_VELOCITY'])[0][0]
    assert np.array_equal(np.isnan(values), ~mintpy(GEO['maskTempCoh'], 'mask').astype(bool))


def test_radar_coordinates_are_geocoded_with_the_spike_in_its_pixel(qgis_process, tmp_path):
    """Through qgis_process: a known point (the spike's latitude/longitude) falls in the right pixel."""
    paths = {name: str(tmp_path / f'{name}.tif') for name in ('ts', 'v', 'h')}
    code, results, log = qgis_process.run(
        'importmintpy', INPUT=[RADAR['timeseries'], RADAR['velocity'], RADAR['geometryRadar']],
        RESOLUTION=0.00025, OUTPUT_TIMESERIES=paths['ts'], OUTPUT_VELOCITY=paths['v'], OUTPUT_HEADING=paths['h'])
    assert code == 0, log
    dataset = gdal.Open(results['OUTPUT_VELOCITY'])
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    assert dataset.GetSpatialRef().IsGeographic() and dx == 0.00025
    velocity = dataset.ReadAsArray().astype(float)
    lat, lon = EXPECTED['radar']['spike_lat_lon']
    spike = 1000.0 * mintpy(RADAR['velocity'], 'velocity')[tuple(EXPECTED['spike'])]
    # output pixels half the radar spacing: the pixel holding the spike's centre is nearest to the spike
    assert velocity[int((lat - y0) / dy), int((lon - x0) / dx)] == pytest.approx(spike, rel=1e-6)
    # nearest neighbour: every geocoded value is one of MintPy's (float32 mm), masked zeros are NaN
    radar = 1000.0 * mintpy(RADAR['velocity'], 'velocity').astype(np.float32)
    finite = velocity[np.isfinite(velocity)]
    assert np.isin(finite.astype(np.float32), radar.astype(np.float32)).all()
    assert 0.0 in finite                                                    # the reference pixel
    series = read_tif(results['OUTPUT_TIMESERIES'])[0]
    assert series.shape[0] == 8 and np.array_equal(np.isnan(series[-1]), np.isnan(velocity))
    heading = read_tif(results['OUTPUT_HEADING'])[0][0]
    assert np.nanmax(np.abs(heading - (-12.0))) < 1.0                        # ascending, a ≈ 102°
    # the reference: the latitude/longitude of MintPy's REF_Y/REF_X radar pixel
    with h5py.File(RADAR['geometryRadar'], 'r') as handle:
        ref = tuple(EXPECTED['reference'])
        assert (results['REFERENCE_X'], results['REFERENCE_Y']) == pytest.approx(
            (float(handle['longitude'][ref]), float(handle['latitude'][ref])), abs=1e-9)
    assert 'Traceback' not in log


def test_mintpys_own_geocoded_file_and_its_stale_ref_x(run_algorithm, tmp_path):
    feedback = Recorder()
    results = run_algorithm('importmintpy', {'INPUT': [RADAR['geo_velocity']], 'MIN_TEMPORAL_COHERENCE': 0.0,
                                             'OUTPUT_VELOCITY': str(tmp_path / 'v.tif')}, feedback)
    values = read_tif(results['OUTPUT_VELOCITY'])[0][0]
    # MintPy's geocode wrote REF_X 20 but REF_LON falls in column 19, where the zero of the reference is
    assert any('REF_Y/REF_X = 14/20 disagree' in w for w in feedback.warnings), feedback.warnings
    assert values[14, 19] == 0.0 and np.isnan(values[3, 19])              # reference kept, masked zero NaN
    assert np.isfinite(values[14, 20])


def run_expecting_error(run_algorithm, parameters, fragment):
    return assert_refused(run_algorithm, 'importmintpy', parameters, fragment, inputs=parameters['INPUT'])


def test_file_without_geotransform_attributes_is_refused(run_algorithm, tmp_path):
    message = run_expecting_error(run_algorithm, {'INPUT': [RADAR['timeseries']], **outputs(tmp_path)},
                                  '"timeseries.h5" lacks the geotransform attribute(s) X_FIRST, X_STEP, Y_FIRST, '
                                  'Y_STEP')
    assert 'geometryRadar.h5' in message


def test_file_without_its_dataset_is_refused(run_algorithm, tmp_path):
    broken = str(tmp_path / 'timeseries.h5')
    shutil.copyfile(GEO['timeseries'], broken)
    with h5py.File(broken, 'a') as handle:
        del handle['timeseries']
    message = run_expecting_error(run_algorithm, {'INPUT': [broken], **outputs(tmp_path)},
                                  '"timeseries.h5" has no dataset "timeseries" (FILE_TYPE timeseries)')
    assert 'it holds: bperp, date' in message


def test_files_that_are_not_mintpy_are_refused(run_algorithm, tmp_path):
    text = tmp_path / 'notes.h5'
    text.write_text('not an HDF5 file')
    run_expecting_error(run_algorithm, {'INPUT': [str(text)], **outputs(tmp_path)}, 'is not an HDF5 file')
    other = str(tmp_path / 'other.h5')
    with h5py.File(other, 'w') as handle:
        handle.create_dataset('phase', data=np.zeros((3, 3)))
    run_expecting_error(run_algorithm, {'INPUT': [other], **outputs(tmp_path)},
                        'holds none of the MintPy datasets')
    run_expecting_error(run_algorithm, {'INPUT': [GEO['velocity'], RADAR['velocity']], **outputs(tmp_path)},
                        'are both MintPy velocity files')
