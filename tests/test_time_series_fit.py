"""deformation:timeseriesfit through processing.run against the registered provider."""
import datetime as dt
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from rasters import file_digest, read_tif, write_tif

from deformation_toolbox.algorithms.core.common import accel, dates

STEP = dt.date(2021, 3, 15)
SHAPE = (24, 31)


def acquisition_dates(n=50):
    gaps = np.random.default_rng(2).integers(6, 30, n - 1)
    return [dt.date(2019, 12, 1) + dt.timedelta(days=int(d)) for d in np.concatenate([[0], np.cumsum(gaps)])]


def truth_fields():
    """Per-pixel velocity (mm/yr), annual amplitude (mm), phase (deg) and step (mm)."""
    rows, cols = np.mgrid[0:SHAPE[0], 0:SHAPE[1]]
    return {'velocity': -14.0 + 28.0 * cols / (SHAPE[1] - 1),
            'annual_amplitude': 2.0 + 6.0 * rows / (SHAPE[0] - 1),
            'annual_phase': 30.0 + 200.0 * (rows + cols) / sum(SHAPE),
            'step': -25.0 + 20.0 * rows / (SHAPE[0] - 1)}


def synthetic_series(dates_, fields, noise=0.0, seed=0):
    t = dates.years_since(dates_, dates_[0])[:, None, None]
    tau = dates.seasonal_years(dates_)[:, None, None]
    after = np.array([d >= STEP for d in dates_], dtype=float)[:, None, None]
    series = (3.0 + fields['velocity'] * t + fields['step'] * after
              + fields['annual_amplitude'] * np.cos(2 * np.pi * tau - np.radians(fields['annual_phase'])))
    return series + np.random.default_rng(seed).normal(0.0, noise, series.shape) if noise else series


@pytest.fixture(scope='module')
def noise_free_raster(tmp_path_factory):
    dates_ = acquisition_dates()
    path = tmp_path_factory.mktemp('tsfit') / 'series.tif'
    return write_tif(path, list(synthetic_series(dates_, truth_fields())), dtype=gdal.GDT_Float64,
                     descriptions=[d.isoformat() for d in dates_])


def run_fit(run_algorithm, inputs, output, **extra):
    parameters = {'INPUT': inputs if isinstance(inputs, list) else [inputs], 'STEP_DATES': STEP.isoformat(),
                  'OUTPUT': str(output)}
    parameters.update(extra)
    result = run_algorithm('timeseriesfit', parameters)
    return read_tif(result['OUTPUT'])




def test_noise_free_series_recovered_to_1e6(run_algorithm, noise_free_raster, tmp_path):
    bands, names = run_fit(run_algorithm, noise_free_raster, tmp_path / 'fit.tif')
    assert names == ['velocity', 'velocity_std', 'annual_amplitude', 'annual_phase', 'step_20210315', 'rms_residual']
    product = dict(zip(names, bands))
    truth = truth_fields()
    assert np.max(np.abs(product['velocity'] - truth['velocity'])) < 1e-6          # mm/yr
    assert np.max(np.abs(product['annual_amplitude'] - truth['annual_amplitude'])) < 1e-6  # mm
    assert np.max(np.abs(product['step_20210315'] - truth['step'])) < 1e-6         # mm
    assert np.max(np.abs(product['annual_phase'] - truth['annual_phase'])) < 1e-4  # degrees
    assert np.max(product['rms_residual']) < 1e-6


def test_noisy_series_within_three_sigma(run_algorithm, tmp_path):
    dates_ = acquisition_dates()
    noisy = write_tif(tmp_path / 'noisy.tif', list(synthetic_series(dates_, truth_fields(), noise=4.0, seed=7)),
                      descriptions=[d.isoformat() for d in dates_])
    bands, names = run_fit(run_algorithm, noisy, tmp_path / 'fit.tif')
    product = dict(zip(names, bands))
    z = (product['velocity'] - truth_fields()['velocity']) / product['velocity_std']
    assert np.mean(np.abs(z) < 3.0) > 0.99          # 744 pixels: expect ~2 outside 3σ
    assert 0.9 < np.std(z) < 1.1                    # σ̂ is calibrated
    assert np.median(product['rms_residual']) == pytest.approx(4.0, rel=0.08)


def test_block_size_does_not_change_the_output(run_algorithm, noise_free_raster, tmp_path):
    results = [run_fit(run_algorithm, noise_free_raster, tmp_path / f'fit_{rows}.tif', BLOCK_ROWS=rows)[0]
               for rows in (1, 5, 0)]
    np.testing.assert_array_equal(results[0], results[1])
    np.testing.assert_array_equal(results[0], results[2])


@pytest.mark.skipif(not accel.HAVE_NUMBA, reason='numba not installed')
def test_numpy_fallback_gives_the_same_output(run_algorithm, tmp_path, monkeypatch):
    dates_ = acquisition_dates()
    series = synthetic_series(dates_, truth_fields(), noise=2.0, seed=3)
    series[:, 5, :10] = np.nan
    noisy = write_tif(tmp_path / 'noisy.tif', list(series), descriptions=[d.isoformat() for d in dates_])
    with_numba = run_fit(run_algorithm, noisy, tmp_path / 'numba.tif')[0]
    monkeypatch.setenv('DEFORMATION_TOOLBOX_NUMBA', '0')
    without = run_fit(run_algorithm, noisy, tmp_path / 'numpy.tif')[0]
    # the paths agree to ~1e-12 (tests/test_trajectory.py); here only float32 storage rounding remains
    np.testing.assert_allclose(with_numba, without, rtol=1.2e-7, atol=1e-9, equal_nan=True)


def test_dated_single_band_files_in_any_order(run_algorithm, tmp_path):
    dates_ = acquisition_dates(30)
    series = synthetic_series(dates_, truth_fields())
    files = [write_tif(tmp_path / f'disp_{d:%Y%m%d}.tif', band, dtype=gdal.GDT_Float64)
             for d, band in zip(dates_, series)]
    bands, names = run_fit(run_algorithm, files[::-1], tmp_path / 'fit.tif')
    assert np.max(np.abs(bands[0] - truth_fields()['velocity'])) < 1e-6


# -- bad input: a clear QgsProcessingException, inputs unchanged ---------------------------------

def assert_refused(run_algorithm, inputs, output, message, **extra):
    digests = {p: file_digest(p) for p in inputs}
    with pytest.raises(QgsProcessingException, match=message):
        run_fit(run_algorithm, inputs, output, **extra)
    assert {p: file_digest(p) for p in inputs} == digests
    assert not os.path.exists(str(output)) and not os.path.exists(str(output) + '.partial')


@pytest.fixture
def two_dates(tmp_path):
    return [write_tif(tmp_path / f'{d}.tif', np.full(SHAPE, float(i))) for i, d in
            enumerate(('20200101', '20200201', '20200301', '20200401'))]


def test_rasters_on_different_grids_are_refused(run_algorithm, two_dates, tmp_path):
    other = write_tif(tmp_path / '20200501.tif', np.zeros(SHAPE), geotransform=(500000.0, 60.0, 0.0, 4e6, 0.0, -60.0))
    assert_refused(run_algorithm, two_dates + [other], tmp_path / 'out.tif',
                   r'"20200501.tif" is not on the grid of "20200101.tif": it has geotransform')


def test_rasters_in_different_crs_are_refused(run_algorithm, two_dates, tmp_path):
    other = write_tif(tmp_path / '20200501.tif', np.zeros(SHAPE), epsg=6677)
    assert_refused(run_algorithm, two_dates + [other], tmp_path / 'out.tif', r'CRS "EPSG:6677')


def test_names_without_dates_are_refused(run_algorithm, two_dates, tmp_path):
    other = write_tif(tmp_path / 'velocity_final.tif', np.zeros(SHAPE))
    assert_refused(run_algorithm, two_dates + [other], tmp_path / 'out.tif',
                   r'"velocity_final.tif" has no acquisition date.*YYYYMMDD')


def test_band_count_not_matching_dates_is_refused(run_algorithm, tmp_path):
    undated = write_tif(tmp_path / 'stack.tif', [np.zeros(SHAPE)] * 4)
    assert_refused(run_algorithm, [undated], tmp_path / 'out.tif', r'DATES lists 3 dates but INPUT has 4 bands',
                   DATES='2020-01-01,2020-02-01,2020-03-01', STEP_DATES='')


def test_unwritable_output_is_refused(run_algorithm, two_dates, tmp_path):
    blocker = tmp_path / 'not_a_folder'
    blocker.write_text('x')
    assert_refused(run_algorithm, two_dates, blocker / 'out.tif', r'OUTPUT: cannot write .*not_a_folder/out.tif',
                   STEP_DATES='')


def test_step_outside_the_series_is_refused(run_algorithm, two_dates, tmp_path):
    assert_refused(run_algorithm, two_dates, tmp_path / 'out.tif', r'STEP_DATES: 2021-03-15 is outside the series')


class CancelAfterFirstBlock(QgsProcessingFeedback):
    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress > 0:
            self.cancel()


def test_cancelled_run_leaves_no_output(run_algorithm, noise_free_raster, tmp_path):
    output = tmp_path / 'cancelled.tif'
    with pytest.raises(QgsProcessingException, match='Cancelled'):
        run_algorithm('timeseriesfit', {'INPUT': [noise_free_raster], 'STEP_DATES': STEP.isoformat(),
                                        'BLOCK_ROWS': 2, 'OUTPUT': str(output)}, feedback=CancelAfterFirstBlock())
    assert os.listdir(tmp_path) == []
