"""deformation:simulatestack: the stack is consistent with its truth, reproducible and realistic."""
import os

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from rasters import read_tif

from deformation_toolbox.algorithms.core.insar.sbas.network import connected_components
from deformation_toolbox.algorithms.core.io.raster_stack import RasterStack

SMALL = {'WIDTH': 64, 'HEIGHT': 48, 'PIXEL_SIZE': 300.0, 'N_DATES': 16}
WAVELENGTH = 55.465763


def simulate(run_algorithm, folder, **parameters):
    return run_algorithm('simulatestack', {**SMALL, 'OUTPUT_FOLDER': str(folder), **parameters})


def test_noise_free_interferograms_equal_truth_differences(run_algorithm, tmp_path):
    result = simulate(run_algorithm, tmp_path, LOOKS=0, ATMOSPHERE=0, STEP_DATE='2020-04-01')
    truth = RasterStack([result['OUTPUT_TRUTH_TIMESERIES']])
    dates = truth.dates()
    series = truth.read(0, truth.grid.height)
    assert np.all(series[0] == 0.0)                          # first date = 0
    stack = RasterStack(result['OUTPUT_INTERFEROGRAMS'], 'INTERFEROGRAMS')
    for index, (first, second) in enumerate(stack.pairs()):
        phase = stack.read_band(index)
        expected = -4 * np.pi / WAVELENGTH * (series[dates.index(second)] - series[dates.index(first)])
        np.testing.assert_allclose(phase, expected, atol=1e-5)   # float32 storage of ≤ 20 rad
    step = read_tif(result['OUTPUT_TRUTH_STEP'])[0][0]
    assert 20.0 < np.ptp(step) < 150.0                         # the fault offset projected on the LOS


def test_network_dates_and_counts(run_algorithm, tmp_path):
    result = simulate(run_algorithm, tmp_path, LINKS=3, REVISIT=12)
    stack = RasterStack(result['OUTPUT_INTERFEROGRAMS'], 'INTERFEROGRAMS')
    pairs = stack.pairs()
    dates = RasterStack([result['OUTPUT_TRUTH_TIMESERIES']]).dates()
    assert len(dates) == 16 and result['N_DATES_OUT'] == 16
    assert len(pairs) == result['N_INTERFEROGRAMS'] == 15 + 14 + 13          # sequential, 3 links per date
    intervals = {(b - a).days for a, b in zip(dates, dates[1:])}
    assert intervals <= {12, 24, 36} and len(intervals) > 1                  # irregular, on the revisit grid
    assert len(result['OUTPUT_COHERENCE']) == len(pairs)
    coherence = RasterStack(result['OUTPUT_COHERENCE'], 'COHERENCE')
    assert coherence.pairs() == pairs
    values = coherence.read(0, coherence.grid.height)
    assert 0.05 <= values.min() and values.max() <= 0.99


def test_gap_date_cuts_the_network_in_two(run_algorithm, tmp_path):
    result = simulate(run_algorithm, tmp_path, GAP_DATE='2020-04-01')
    pairs = RasterStack(result['OUTPUT_INTERFEROGRAMS'], 'INTERFEROGRAMS').pairs()
    dates = RasterStack([result['OUTPUT_TRUTH_TIMESERIES']]).dates()
    assert not any(a < np.datetime64('2020-04-01').astype(object) <= b for a, b in pairs)
    labels = connected_components(len(dates), [(dates.index(a), dates.index(b)) for a, b in pairs])
    assert labels.max() == 1


def test_phase_noise_follows_the_coherence(run_algorithm, tmp_path):
    """Phase − truth has the Cramér–Rao std √((1−γ²)/(2Lγ²)) (L = 10 looks), pixel by pixel."""
    result = simulate(run_algorithm, tmp_path, LOOKS=10, ATMOSPHERE=0, WIDTH=128, HEIGHT=128)
    truth = RasterStack([result['OUTPUT_TRUTH_TIMESERIES']])
    dates, series = truth.dates(), truth.read(0, 128)
    stack = RasterStack(result['OUTPUT_INTERFEROGRAMS'])
    coherence = RasterStack(result['OUTPUT_COHERENCE'])
    z = []
    for index, (first, second) in enumerate(stack.pairs()):
        expected = -4 * np.pi / WAVELENGTH * (series[dates.index(second)] - series[dates.index(first)])
        gamma = coherence.read_band(index)
        sigma = np.sqrt((1 - gamma ** 2) / (2 * 10 * gamma ** 2))
        z.append((stack.read_band(index) - expected) / sigma)
    z = np.concatenate([a.ravel() for a in z])
    assert abs(z.mean()) < 0.01 and z.std() == pytest.approx(1.0, abs=0.01)


def test_atmosphere_has_the_requested_rms_and_is_spatially_correlated(run_algorithm, tmp_path):
    result = simulate(run_algorithm, tmp_path, ATMOSPHERE=7.0, WIDTH=96, HEIGHT=96)
    screens = read_tif(os.path.join(result['OUTPUT_FOLDER'], 'truth', 'atmosphere.tif'))[0]
    assert np.std(screens, axis=(1, 2)) == pytest.approx(np.full(16, 7.0), rel=1e-4)
    lag1 = np.mean([np.corrcoef(s[:, :-1].ravel(), s[:, 1:].ravel())[0, 1] for s in screens])
    assert lag1 > 0.9                                            # power-law screens are smooth


def test_same_seed_same_stack_other_seed_other_noise(run_algorithm, tmp_path):
    first = simulate(run_algorithm, tmp_path / 'a', SEED=4)
    again = simulate(run_algorithm, tmp_path / 'b', SEED=4)
    other = simulate(run_algorithm, tmp_path / 'c', SEED=5)
    a, b, c = (read_tif(r['OUTPUT_INTERFEROGRAMS'][3])[0] for r in (first, again, other))
    np.testing.assert_array_equal(a, b)
    assert np.abs(a - c).mean() > 0.1


def test_geographic_crs_is_refused(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match=r'CRS: "EPSG:4326" is not accepted; choose a projected CRS'):
        simulate(run_algorithm, tmp_path / 'out', CRS='EPSG:4326')
    assert not (tmp_path / 'out' / 'interferograms').exists()


def test_cancelled_simulation_leaves_no_stack(run_algorithm, tmp_path):
    class CancelHalfway(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 50:
                self.cancel()

    with pytest.raises(QgsProcessingException, match='Cancelled'):
        run_algorithm('simulatestack', {**SMALL, 'OUTPUT_FOLDER': str(tmp_path)}, feedback=CancelHalfway())
    assert os.listdir(tmp_path) == []
