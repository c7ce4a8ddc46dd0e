"""``deformation:importlicsbas`` on a LiCSAR frame and a LiCSBAS run written in their own layouts.

The fixture (``tests/data/licsbas/make_licsbas_fixtures.py``) writes GEOC/ (LiCSAR
GeoTIFFs), GEOCml1/ (LiCSBAS02 raw files, EQA.dem_par) and TS_GEOCml1/
(cum.h5, results/, info/EQA.dem_par) from a known truth.
"""
import glob
import os
import shutil
import sys

import numpy as np
import pytest
from osgeo import gdal
from rasters import assert_refused, read_tif, write_tif

sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'data', 'licsbas'))
import make_licsbas_fixtures as licsbas  # noqa: E402

from deformation_toolbox.algorithms.core.products.licsbas import read_dem_par  # noqa: E402

GEOTRANSFORM = (licsbas.CORNER_LON - licsbas.POST_LON / 2, licsbas.POST_LON, 0.0,
                licsbas.CORNER_LAT - licsbas.POST_LAT / 2, 0.0, licsbas.POST_LAT)


@pytest.fixture(scope='module')
def run(tmp_path_factory):
    folder = tmp_path_factory.mktemp('licsbas')
    return folder, licsbas.make(folder)


def outputs(tmp_path, names, tag=''):
    return {name: str(tmp_path / f'{tag}{name.lower()}.tif') for name in names}


def pixel_holding(path, lat, lon):
    dataset = gdal.Open(path)
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    return dataset.ReadAsArray()[..., int(np.floor((lat - y0) / dy)), int(np.floor((lon - x0) / dx))]


def test_dem_par_corner_is_the_pixel_centre(run):
    folder, _ = run
    dem_par = read_dem_par(str(folder / 'GEOCml1' / 'EQA.dem_par'))
    assert dem_par.grid().geotransform == GEOTRANSFORM
    # the LiCSAR GeoTIFF LiCSBAS02 made it from has exactly this geotransform
    unw = sorted(glob.glob(str(folder / 'GEOC' / '*' / '*.geo.unw.tif')))[0]
    assert gdal.Open(unw).GetGeoTransform() == GEOTRANSFORM


def test_cum_h5_imports_on_the_pixel_centre_grid(run_algorithm, run, tmp_path):
    folder, truth = run
    names = ('OUTPUT_TIMESERIES', 'OUTPUT_VELOCITY', 'OUTPUT_HEADING', 'OUTPUT_INCIDENCE', 'OUTPUT_LOS_EAST')
    results = run_algorithm('importlicsbas', {'INPUT': [str(folder / 'TS_GEOCml1' / 'cum.h5')],
                                              **outputs(tmp_path, names)})
    dataset = gdal.Open(results['OUTPUT_VELOCITY'])
    assert dataset.GetGeoTransform() == GEOTRANSFORM          # half a pixel off would fail here
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == '4326'
    lat, lon = truth['spike_lat_lon']
    assert pixel_holding(results['OUTPUT_VELOCITY'], lat, lon) == pytest.approx(truth['velocity'][truth['spike']],
                                                                               rel=1e-6)
    # the spike a quarter post from its centre is still in it; half a post further is the neighbour
    assert pixel_holding(results['OUTPUT_VELOCITY'], lat - 0.25 * licsbas.POST_LAT, lon) > 30.0
    assert pixel_holding(results['OUTPUT_VELOCITY'], lat - 0.75 * licsbas.POST_LAT, lon) < 10.0
    series, names_ = read_tif(results['OUTPUT_TIMESERIES'])
    assert names_[0] == '2020-01-05' and series.shape == (6, licsbas.LENGTH, licsbas.WIDTH)
    expected = truth['displacement'].copy()
    for pixel in truth['no_data']:
        expected[:, pixel[0], pixel[1]] = np.nan
    assert np.allclose(series, expected, atol=1e-5, equal_nan=True)              # mm, float32
    assert series[:, truth['reference'][0], truth['reference'][1]].tolist() == [0.0] * 6
    assert (results['REFERENCE_X'], results['REFERENCE_Y']) == pytest.approx(
        (licsbas.CORNER_LON + licsbas.POST_LON * truth['reference'][1],
         licsbas.CORNER_LAT + licsbas.POST_LAT * truth['reference'][0]))
    heading = read_tif(results['OUTPUT_HEADING'])[0][0]
    incidence = read_tif(results['OUTPUT_INCIDENCE'])[0][0]
    valid = np.isfinite(heading)
    # angles from float32 unit vectors: 1e-4° (float32 rounding of the components is 6e-8)
    assert np.allclose(heading[valid], truth['heading'][valid], atol=1e-4)
    assert np.allclose(incidence[valid], truth['incidence'][valid], atol=1e-4)


def test_raw_results_with_dem_par_found_in_info(run_algorithm, run, tmp_path):
    folder, truth = run
    files = [str(folder / 'TS_GEOCml1' / 'results' / n) for n in ('vel', 'vstd', 'coh_avg', 'mask')]
    results = run_algorithm('importlicsbas', {'INPUT': files, **outputs(
        tmp_path, ('OUTPUT_VELOCITY', 'OUTPUT_VELOCITY_STD', 'OUTPUT_COHERENCE'))})
    assert gdal.Open(results['OUTPUT_VELOCITY']).GetGeoTransform() == GEOTRANSFORM
    velocity = read_tif(results['OUTPUT_VELOCITY'])[0][0]
    expected = truth['velocity'].copy()
    for pixel in truth['no_data'] + truth['masked']:          # results/mask = 0 → NaN
        expected[pixel] = np.nan
    assert np.allclose(velocity, expected, atol=1e-5, equal_nan=True)
    assert set(results) == {'OUTPUT_VELOCITY', 'OUTPUT_VELOCITY_STD', 'OUTPUT_COHERENCE'}


def test_licsar_frame_gives_stacks_sbasinversion_reads(run_algorithm, qgis_process, run, tmp_path):
    """Through qgis_process: a LiCSAR frame folder → interferogram and coherence stacks → SBAS → the truth."""
    folder, truth = run
    names = ('OUTPUT_INTERFEROGRAMS', 'OUTPUT_IFG_COHERENCE', 'OUTPUT_LOS_EAST', 'OUTPUT_LOS_NORTH', 'OUTPUT_LOS_UP',
             'OUTPUT_HEADING', 'OUTPUT_HEIGHT')
    code, results, log = qgis_process.run('importlicsbas', FOLDER=folder / 'GEOC', **outputs(tmp_path, names))
    assert code == 0, log
    assert 'Coherence is 8-bit (0–255): divided by 255.' in log
    stack = gdal.Open(results['OUTPUT_INTERFEROGRAMS'])
    assert stack.RasterCount == 9 and stack.GetGeoTransform() == GEOTRANSFORM
    assert stack.GetRasterBand(1).GetMetadataItem('DATE12') == '20200105_20200117'
    coherence = read_tif(results['OUTPUT_IFG_COHERENCE'])[0]
    assert np.nanmax(coherence) <= 1.0 and np.allclose(coherence[0, 1], np.round(255 * truth['coherence'][1]) / 255)
    sbas = run_algorithm('sbasinversion', {
        'INTERFEROGRAMS': [results['OUTPUT_INTERFEROGRAMS']], 'COHERENCE': [results['OUTPUT_IFG_COHERENCE']],
        'WAVELENGTH': truth['wavelength_mm'], 'SMOOTHING': 0, 'WEIGHTING': 0,
        'REFERENCE_POINT': f'{licsbas.CORNER_LON + licsbas.POST_LON * truth["reference"][1]},'
                           f'{licsbas.CORNER_LAT + licsbas.POST_LAT * truth["reference"][0]} [EPSG:4326]',
        'REFERENCE_RADIUS': 0, 'OUTPUT_TIMESERIES': str(tmp_path / 'ts.tif'),
        'OUTPUT_VELOCITY': str(tmp_path / 'v.tif'), 'OUTPUT_QUALITY': str(tmp_path / 'q.tif')})
    series = read_tif(sbas['OUTPUT_TIMESERIES'])[0]
    valid = np.all(np.isfinite(series), axis=0)
    assert valid.sum() >= licsbas.WIDTH * licsbas.LENGTH - 2
    # noise-free phase stored as float32 radians (rel. 6e-8): the SBAS series equals the truth to 1e-4 mm
    assert np.allclose(series[:, valid], truth['displacement'][:, valid], atol=1e-4)
    # the LOS components feed LOS_EAST/NORTH/UP of other algorithms directly
    east, north, up = (read_tif(results[f'OUTPUT_LOS_{c}'])[0][0] for c in ('EAST', 'NORTH', 'UP'))
    assert np.nanmax(np.abs(np.sqrt(east ** 2 + north ** 2 + up ** 2) - 1.0)) < 1e-6
    assert np.nanmin(east) > 0.5                                                     # descending: looks west
    assert np.isnan(read_tif(results['OUTPUT_HEIGHT'])[0][0][truth['no_data'][0]])   # LiCSAR 0 → NaN


def run_expecting_error(run_algorithm, parameters, fragment):
    return assert_refused(run_algorithm, 'importlicsbas', parameters, fragment, inputs=parameters.get('INPUT', []))


def test_raw_results_without_dem_par_are_refused(run_algorithm, run, tmp_path):
    folder, _ = run
    lonely = tmp_path / 'copied' / 'results'
    lonely.mkdir(parents=True)
    shutil.copyfile(folder / 'TS_GEOCml1' / 'results' / 'vel', lonely / 'vel')
    message = run_expecting_error(run_algorithm, {'INPUT': [str(lonely / 'vel')],
                                                  'OUTPUT_VELOCITY': str(tmp_path / 'v.tif')},
                                  'no EQA.dem_par for "vel"')
    assert 'add the EQA.dem_par of the run' in message


def test_raw_file_of_another_size_is_refused(run_algorithm, run, tmp_path):
    folder, _ = run
    other = tmp_path / 'results'
    other.mkdir()
    np.zeros((5, 5), '<f4').tofile(other / 'vel')
    run_expecting_error(run_algorithm, {'INPUT': [str(other / 'vel'), str(folder / 'GEOCml1' / 'EQA.dem_par')],
                                        'OUTPUT_VELOCITY': str(tmp_path / 'v.tif')},
                        '"vel" has 100 bytes but EQA.dem_par (16 × 12 pixels of 4 byte(s)) needs 768')


def test_coherence_neither_unit_nor_8bit_is_refused(run_algorithm, run, tmp_path):
    folder, _ = run
    name = '20200105_20200117'
    unw = str(folder / 'GEOC' / name / f'{name}.geo.unw.tif')
    bad = write_tif(tmp_path / f'{name}.geo.cc.tif', np.full((licsbas.LENGTH, licsbas.WIDTH), 730.5), GEOTRANSFORM,
                    epsg=4326)
    message = run_expecting_error(run_algorithm, {'INPUT': [unw, bad],
                                                  'OUTPUT_IFG_COHERENCE': str(tmp_path / 'cc.tif'),
                                                  'OUTPUT_INTERFEROGRAMS': str(tmp_path / 'ifg.tif')},
                                  f'coherence "{name}.geo.cc.tif" ranges 730.5 … 730.5')
    assert 'neither within [0, 1] nor 8-bit' in message


def test_unknown_files_and_other_grids_are_refused(run_algorithm, run, tmp_path):
    folder, _ = run
    notes = tmp_path / 'notes.txt'
    notes.write_text('x')
    run_expecting_error(run_algorithm, {'INPUT': [str(notes)], 'OUTPUT_VELOCITY': str(tmp_path / 'v.tif')},
                        '"notes.txt" is not a file of LiCSBAS or LiCSAR')
    shifted = write_tif(tmp_path / f'{licsbas.FRAME}.geo.hgt.tif', np.ones((licsbas.LENGTH, licsbas.WIDTH)),
                        (GEOTRANSFORM[0] + 0.01,) + GEOTRANSFORM[1:], epsg=4326)
    run_expecting_error(run_algorithm, {'INPUT': [str(folder / 'TS_GEOCml1' / 'cum.h5'), shifted],
                                        'OUTPUT_VELOCITY': str(tmp_path / 'v.tif')}, 'is not on the grid of "cum.h5"')
