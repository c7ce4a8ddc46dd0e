"""``deformation:troposphericcorrection`` on a simulated stack with a height-correlated delay added."""
import hashlib
import pathlib

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException
from rasters import read_tif, write_tif

from deformation_toolbox.algorithms.core.common import dates as dates_mod
from deformation_toolbox.algorithms.core.io.raster_stack import RasterStack, time_series_writer, write_raster
from deformation_toolbox.algorithms.core.simulation import atmosphere
from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack

N_DATES = 30
SIZE = 100
PIXEL = 150.0
TURBULENCE_MM = 2.0


def md5(path):
    return hashlib.md5(pathlib.Path(path).read_bytes()).hexdigest()


def reduction(corrected, truth, observed):
    """1 − RMS(corrected − truth) / RMS(observed − truth), both without their per-date scene mean."""
    def score(series):
        error = series[1:] - truth[1:]
        error = error - np.nanmean(error, axis=(1, 2), keepdims=True)
        return np.sqrt(np.nanmean(error ** 2))
    return 1.0 - score(corrected) / score(observed), score(observed), score(corrected)


@pytest.fixture(scope='module')
def scene(tmp_path_factory):
    """Simulated truth (volcano inflation, subsidence bowl, seasonal term) plus a stratified delay of
    30 mm/km RMS per date (simulatestack's STRATIFIED) and a turbulent delay of 2 mm RMS per date."""
    folder = tmp_path_factory.mktemp('troposphere_correction')
    config = SimulationConfig(width=SIZE, height=SIZE, pixel_size=PIXEL, n_dates=N_DATES, atmosphere=0.0,
                              stratified=30.0, looks=0.0, seed=7)
    result = simulate_stack(config, folder / 'stack')
    paths = result.paths
    truth = read_tif(paths['timeseries'])[0]
    stratified = read_tif(paths['atmosphere'])[0]
    rng = np.random.default_rng(11)
    turbulence = np.array([atmosphere.power_law_screen((SIZE, SIZE), PIXEL, TURBULENCE_MM, rng)
                           for _ in range(N_DATES)])
    observed = truth + (stratified - stratified[0]) + (turbulence - turbulence[0])
    grid = RasterStack([paths['timeseries']]).grid
    with time_series_writer(folder / 'observed.tif', grid, result.dates) as writer:
        writer.write(0, observed)
    return {'folder': folder, 'dates': result.dates, 'grid': grid, 'truth': truth, 'stratified': stratified,
            'observed': read_tif(folder / 'observed.tif')[0], 'series': str(folder / 'observed.tif'),
            'dem': paths['dem'], 'incidence': paths['incidence'], 'velocity': paths['velocity']}


def ztd_files(scene, folder, field_for_date, factor=2, units='m'):
    """One ZTD GeoTIFF per date (``YYYYMMDD_ztd.tif``) on a grid ``factor`` times coarser (block means)."""
    grid = scene['grid']
    x0, dx, _, y0, _, dy = grid.geotransform
    folder.mkdir(exist_ok=True)
    paths = []
    for k, date in enumerate(scene['dates']):
        field = field_for_date(k)
        coarse = field.reshape(SIZE // factor, factor, SIZE // factor, factor).mean(axis=(1, 3))
        path = write_tif(folder / f'{dates_mod.compact(date)}_ztd.tif', coarse,
                         (x0, dx * factor, 0.0, y0, 0.0, dy * factor), epsg=None, dtype=gdal.GDT_Float64)
        dataset = gdal.Open(path, gdal.GA_Update)
        dataset.SetProjection(grid.crs_wkt)
        dataset.GetRasterBand(1).SetUnitType(units)
        dataset = None
        paths.append(path)
    return paths


def test_phase_elevation_halves_the_rms_error(run_algorithm, scene, tmp_path):
    before = md5(scene['series']), md5(scene['dem'])
    result = run_algorithm('troposphericcorrection', {
        'INPUT': [scene['series']], 'METHOD': 1, 'DEM': scene['dem'],
        'OUTPUT': str(tmp_path / 'corrected.tif'), 'OUTPUT_DELAY': str(tmp_path / 'delay.tif')})
    corrected, names = read_tif(result['OUTPUT'])
    signal = read_tif(result['OUTPUT_DELAY'])[0]
    assert names == [d.isoformat() for d in scene['dates']]
    share, rms_before, rms_after = reduction(corrected, scene['truth'], scene['observed'])
    assert share >= 0.5, (rms_before, rms_after)          # measured: 12.6 mm → 2.8 mm (78 %)
    np.testing.assert_allclose(corrected, scene['observed'] - signal, atol=1e-3)
    assert np.all(signal[0] == 0.0)
    assert (md5(scene['series']), md5(scene['dem'])) == before


def test_phase_elevation_with_stable_mask_and_coherence(run_algorithm, scene, tmp_path):
    velocity = read_tif(scene['velocity'])[0][0]
    mask = write_raster(tmp_path / 'stable.tif', scene['grid'], [(np.abs(velocity) < 3.0).astype(float)], ['stable'])
    coherence = write_raster(tmp_path / 'coherence.tif', scene['grid'], [np.full((SIZE, SIZE), 0.9)], ['coh'])
    result = run_algorithm('troposphericcorrection', {
        'INPUT': [scene['series']], 'METHOD': 1, 'DEM': scene['dem'], 'MASK': mask, 'COHERENCE': coherence,
        'MIN_COHERENCE': 0.8, 'DETREND': False,
        'OUTPUT': str(tmp_path / 'corrected.tif'), 'OUTPUT_DELAY': str(tmp_path / 'delay.tif')})
    share, _, _ = reduction(read_tif(result['OUTPUT'])[0], scene['truth'], scene['observed'])
    assert share >= 0.5                                       # measured: 76 %
    low_coherence = write_raster(tmp_path / 'low.tif', scene['grid'], [np.full((SIZE, SIZE), 0.3)], ['coh'])
    with pytest.raises(QgsProcessingException, match='DEM: only 0 pixels are stable, coherent and valid'):
        run_algorithm('troposphericcorrection', {
            'INPUT': [scene['series']], 'METHOD': 1, 'DEM': scene['dem'], 'COHERENCE': low_coherence,
            'OUTPUT': str(tmp_path / 'c2.tif'), 'OUTPUT_DELAY': str(tmp_path / 'd2.tif')})


def test_weather_model_on_a_coarser_grid_halves_the_rms_error(run_algorithm, scene, tmp_path):
    """The weather model resolves the stratified delay (2× coarser grid, metres), not the turbulence."""
    cosine = np.cos(np.radians(read_tif(scene['incidence'])[0][0]))
    dem = read_tif(scene['dem'])[0][0]
    base = 2300.0 * np.exp(-dem / 8000.0)        # mm, the same on every date: cancels in the differences
    # apparent LOS displacement a = −slant delay change → zenith delay Z = base − a·cosθ (mm), written in m
    paths = ztd_files(scene, tmp_path / 'ztd', lambda k: (base - scene['stratified'][k] * cosine) / 1000.0)
    result = run_algorithm('troposphericcorrection', {
        'INPUT': [scene['series']], 'METHOD': 0, 'ZTD': paths, 'INCIDENCE_RASTER': scene['incidence'],
        'OUTPUT': str(tmp_path / 'corrected.tif'), 'OUTPUT_DELAY': str(tmp_path / 'delay.tif')})
    corrected = read_tif(result['OUTPUT'])[0]
    share, rms_before, rms_after = reduction(corrected, scene['truth'], scene['observed'])
    assert share >= 0.5, (rms_before, rms_after)          # measured: 12.6 mm → 2.8 mm (78 %)


def test_weather_model_sign_and_reference_are_exact(run_algorithm, scene, tmp_path):
    """Z_k = 2300 mm + s_k·h: higher pixels get more delay on dates with s_k > 0 and must look like they
    moved away from the satellite; with that delay added, the correction returns the truth exactly."""
    dem = read_tif(scene['dem'])[0][0]
    theta = read_tif(scene['incidence'])[0][0]
    slopes = np.linspace(0.0, 30.0, N_DATES) * np.where(np.arange(N_DATES) % 2, 1.0, -1.0)  # mm/km
    ztd = [2300.0 + s * dem / 1000.0 for s in slopes]
    row, col = 70, 20
    slant = np.array([(z - ztd[0]) / np.cos(np.radians(theta)) for z in ztd])
    apparent = -(slant - slant[:, row, col][:, None, None])
    observed = scene['truth'] + apparent
    with time_series_writer(tmp_path / 'observed.tif', scene['grid'], scene['dates']) as writer:
        writer.write(0, observed)
    paths = ztd_files(scene, tmp_path / 'ztd', lambda k: ztd[k], factor=1, units='')
    x, y = scene['grid'].centre_of(col, row)
    result = run_algorithm('troposphericcorrection', {
        'INPUT': [str(tmp_path / 'observed.tif')], 'METHOD': 0, 'ZTD': paths, 'ZTD_UNITS': 1,
        'INCIDENCE_RASTER': scene['incidence'], 'REFERENCE_POINT': f'{x},{y} [EPSG:32654]',
        'OUTPUT': str(tmp_path / 'corrected.tif'), 'OUTPUT_DELAY': str(tmp_path / 'delay.tif')})
    corrected = read_tif(result['OUTPUT'])[0]
    signal = read_tif(result['OUTPUT_DELAY'])[0]
    np.testing.assert_allclose(corrected, scene['truth'], atol=2e-4)   # float32 rounding of ≤ 100 mm
    assert np.all(signal[:, row, col] == 0.0)
    high = np.unravel_index(np.argmax(dem), dem.shape)
    assert dem[high] > dem[row, col] + 500.0
    last = N_DATES - 1
    assert slopes[last] > 0 and signal[last][high] < -10.0    # more delay up high → apparent motion away


def test_qgis_process_run_and_missing_ztd_date(qgis_process, scene, tmp_path):
    code, result, log = qgis_process.run(
        'troposphericcorrection', INPUT=scene['series'], METHOD=1, DEM=scene['dem'],
        OUTPUT=tmp_path / 'corrected.tif', OUTPUT_DELAY=tmp_path / 'delay.tif')
    assert code == 0, log
    share, _, _ = reduction(read_tif(result['OUTPUT'])[0], scene['truth'], scene['observed'])
    assert share >= 0.5
    paths = ztd_files(scene, tmp_path / 'ztd', lambda k: np.full((SIZE, SIZE), 2.3))[:-2]
    code, _, log = qgis_process.run(
        'troposphericcorrection', INPUT=scene['series'], METHOD=0, ZTD=paths,
        OUTPUT=tmp_path / 'c2.tif', OUTPUT_DELAY=tmp_path / 'd2.tif')
    assert code != 0 and 'Traceback' not in log
    missing = ', '.join(d.isoformat() for d in scene['dates'][-2:])
    assert f'ZTD: no zenith total delay for {missing}; give one ZTD raster for every date' in log
    assert not (tmp_path / 'c2.tif').exists()


def test_mismatched_dem_gives_a_clear_error(run_algorithm, scene, tmp_path):
    x0, dx, _, y0, _, dy = scene['grid'].geotransform
    shifted = write_tif(tmp_path / 'dem_shifted.tif', read_tif(scene['dem'])[0][0],
                        (x0 + 3 * dx, dx, 0.0, y0, 0.0, dy), epsg=32654)
    before = md5(scene['series']), md5(shifted)
    with pytest.raises(QgsProcessingException, match='DEM: "dem_shifted.tif" is not on the grid of "observed.tif": '
                                                     'it has geotransform'):
        run_algorithm('troposphericcorrection', {
            'INPUT': [scene['series']], 'METHOD': 1, 'DEM': shifted,
            'OUTPUT': str(tmp_path / 'corrected.tif'), 'OUTPUT_DELAY': str(tmp_path / 'delay.tif')})
    assert (md5(scene['series']), md5(shifted)) == before
    assert not list(tmp_path.glob('corrected.tif*')) and not list(tmp_path.glob('delay.tif*'))


def test_troposphericdelay_outputs_serve_as_ztd(run_algorithm, scene, tmp_path):
    """Per-date Saastamoinen delays on the DEM (different weather each date) feed the weather-model method:
    their ZTD band is used, dated by the file name, in mm; without a reference point the scene mean is."""
    dates = scene['dates'][:4]
    weather = [(1013.0, 15.0, 60.0), (1003.0, 24.0, 85.0), (1021.0, 5.0, 30.0), (1009.0, 18.0, 70.0)]
    ztd_paths = []
    for date, (pressure, temperature, humidity) in zip(dates, weather):
        result = run_algorithm('troposphericdelay', {
            'DEM': scene['dem'], 'PRESSURE': pressure, 'TEMPERATURE': temperature, 'HUMIDITY': humidity,
            'OUTPUT': str(tmp_path / f'{dates_mod.compact(date)}_saastamoinen.tif')})
        ztd_paths.append(result['OUTPUT'])
    ztd = np.array([read_tif(path)[0][2] for path in ztd_paths])          # mm
    slant = (ztd - ztd[0]) / np.cos(np.radians(read_tif(scene['incidence'])[0][0]))
    apparent = -(slant - slant.mean(axis=(1, 2), keepdims=True))
    assert np.ptp(apparent[1]) > 20.0                                      # a strong height-correlated signal
    with time_series_writer(tmp_path / 'observed.tif', scene['grid'], dates) as writer:
        writer.write(0, scene['truth'][:4] + apparent)
    result = run_algorithm('troposphericcorrection', {
        'INPUT': [str(tmp_path / 'observed.tif')], 'METHOD': 0, 'ZTD': list(reversed(ztd_paths)),
        'INCIDENCE_RASTER': scene['incidence'],
        'OUTPUT': str(tmp_path / 'corrected.tif'), 'OUTPUT_DELAY': str(tmp_path / 'delay.tif')})
    np.testing.assert_allclose(read_tif(result['OUTPUT'])[0], scene['truth'][:4], atol=2e-4)
    np.testing.assert_allclose(read_tif(result['OUTPUT_DELAY'])[0], apparent, atol=2e-4)
