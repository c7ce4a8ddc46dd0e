"""Loop closure and integer-cycle correction: core on exact jumps, sbasinversion on simulated unwrapping errors."""
import datetime as dt
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from deformation_toolbox.algorithms.core.geometry.phase import SENTINEL1_WAVELENGTH_MM
from deformation_toolbox.algorithms.core.insar.sbas import closure
from deformation_toolbox.algorithms.core.insar.sbas.network import Network, network_checks, sequential_network
from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack

CYCLE = SENTINEL1_WAVELENGTH_MM / 2.0
#: the noisy scene of test_sbas.py (5 mm atmosphere, 20 looks), 10 % of the interferograms with a jump region
NOISY = dict(width=50, height=50, pixel_size=400.0, n_dates=40, links=3, revisit_days=24, looks=20.0,
             atmosphere=5.0, seed=13)


def test_triangles_of_a_three_link_network():
    pairs = sequential_network(list(range(10)), 3)
    tri = closure.triangles(pairs)
    # triangles (i, j, k) with k − i ≤ 3: (i, i+1, i+2) 8, (i, i+1, i+3) 7, (i, i+2, i+3) 7
    assert len(tri) == 22
    c = closure.incidence(tri, len(pairs))
    dates = np.arange(10.0) ** 1.7
    d = np.array([dates[j] - dates[i] for i, j in pairs])
    np.testing.assert_allclose(c @ d, 0.0, atol=1e-12)


def test_exact_jumps_are_found_and_removed():
    rng = np.random.default_rng(4)
    pairs = np.array(sequential_network(list(range(30)), 3))
    series = np.cumsum(rng.normal(0, 5, (500, 30)), axis=1)
    truth = series[:, pairs[:, 1]] - series[:, pairs[:, 0]] + rng.normal(0, 1.0, (500, len(pairs)))
    jumps = np.zeros_like(truth)
    for p in range(500):   # one or two interferograms off by ±1 cycle at each pixel
        k = rng.choice(len(pairs), rng.integers(1, 3), replace=False)
        jumps[p, k] = rng.choice((-1.0, 1.0), len(k))
    observed = truth + jumps * CYCLE
    counts = closure.correct_cycles(observed, pairs, CYCLE)
    assert counts.bad_loops_before.min() >= 2
    assert np.count_nonzero(counts.bad_loops_after) <= 5
    wrong = np.any(np.abs(observed - truth) > CYCLE / 2, axis=1)
    assert wrong.sum() <= 5                    # ≥ 99 % of the pixels exactly corrected
    flagged = closure.correct_cycles(truth + jumps * CYCLE, pairs, CYCLE, correct=False)
    assert flagged.corrected.sum() == 0 and (flagged.bad_loops_after == flagged.bad_loops_before).all()


def test_noisy_triangles_are_left_alone():
    pairs = np.array(sequential_network(list(range(12)), 3))
    noise = np.random.default_rng(1).normal(0, 12.0, (300, len(pairs)))     # σ ≫ cycle / 5
    counts = closure.correct_cycles(noise.copy(), pairs, CYCLE, weights=np.full_like(noise, 1 / 12.0 ** 2))
    assert counts.corrected.sum() == 0 and counts.bad_loops_before.sum() == 0


@pytest.fixture(scope='module')
def error_stacks(tmp_path_factory):
    return {name: simulate_stack(SimulationConfig(**NOISY, unwrapping_errors=share), tmp_path_factory.mktemp(name))
            for name, share in (('clean', 0.0), ('errors', 0.1))}


def series_rmse(run_algorithm, stack, folder, closure_mode, **extra):
    folder.mkdir()
    results = run_algorithm('sbasinversion', dict({
        'INTERFEROGRAMS': stack.interferograms, 'COHERENCE': stack.coherence, 'CLOSURE': closure_mode,
        'OUTPUT_TIMESERIES': str(folder / 'ts.tif'), 'OUTPUT_VELOCITY': str(folder / 'v.tif'),
        'OUTPUT_QUALITY': str(folder / 'q.tif')}, **extra))
    ts = gdal.Open(results['OUTPUT_TIMESERIES']).ReadAsArray()
    truth = gdal.Open(stack.paths['timeseries']).ReadAsArray()
    meta = gdal.Open(results['OUTPUT_TIMESERIES']).GetMetadata()
    row, col, rad = (int(meta[k]) for k in ('REFERENCE_ROW', 'REFERENCE_COLUMN', 'REFERENCE_RADIUS'))
    truth = truth - truth[:, max(row - rad, 0):row + rad + 1, max(col - rad, 0):col + rad + 1].mean(
        axis=(1, 2), keepdims=True)
    return float(np.sqrt(np.nanmean((ts - truth) ** 2))), results


def test_simulated_errors_are_in_a_tenth_of_the_interferograms(error_stacks):
    cycles = [float(gdal.Open(p).GetMetadataItem('UNWRAPPING_ERROR_CYCLES')) for p in
              error_stacks['errors'].interferograms]
    assert sum(c != 0 for c in cycles) == round(0.1 * len(cycles))
    assert set(cycles) <= {-1.0, 0.0, 1.0}


def test_closure_correction_restores_the_error_free_series(run_algorithm, error_stacks, tmp_path):
    clean, _ = series_rmse(run_algorithm, error_stacks['clean'], tmp_path / 'clean', 0)
    raw, _ = series_rmse(run_algorithm, error_stacks['errors'], tmp_path / 'raw', 0)
    fixed, results = series_rmse(run_algorithm, error_stacks['errors'], tmp_path / 'fixed', 2,
                                 OUTPUT_CLOSURE=str(tmp_path / 'closure.tif'))
    print(f'time-series RMSE: no errors {clean:.3f} mm, errors uncorrected {raw:.3f}, corrected {fixed:.3f}')
    assert fixed <= 1.10 * clean           # acceptance: within 10 % of the stack without errors
    assert raw >= 1.15 * clean             # the errors do harm when left in
    counts = gdal.Open(results['OUTPUT_CLOSURE']).ReadAsArray()
    assert counts.shape[0] == 3
    assert counts[0].sum() > 5 * counts[1].sum() and counts[2].max() >= 1


def test_cancel_with_closure_leaves_no_output(run_algorithm, error_stacks, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 50 else None)
    out = tmp_path / 'out'
    out.mkdir()
    with pytest.raises(QgsProcessingException, match='Cancelled'):
        run_algorithm('sbasinversion', {
            'INTERFEROGRAMS': error_stacks['errors'].interferograms, 'CLOSURE': 2, 'BLOCK_ROWS': 2,
            'SMOOTHING': 0, 'OUTPUT_TIMESERIES': str(out / 'ts.tif'), 'OUTPUT_VELOCITY': str(out / 'v.tif'),
            'OUTPUT_QUALITY': str(out / 'q.tif'), 'OUTPUT_CLOSURE': str(out / 'c.tif')}, feedback)
    assert not os.listdir(out)


def test_qgis_process_runs_closure_correction(qgis_process, error_stacks, tmp_path):
    stack = error_stacks['errors']
    code, results, log = qgis_process.run(
        'sbasinversion', INTERFEROGRAMS=stack.interferograms, CLOSURE=2, SMOOTHING=0,
        OUTPUT_TIMESERIES=str(tmp_path / 'ts.tif'), OUTPUT_VELOCITY=str(tmp_path / 'v.tif'),
        OUTPUT_QUALITY=str(tmp_path / 'q.tif'), OUTPUT_CLOSURE=str(tmp_path / 'c.tif'))
    assert code == 0, log
    assert 'Loop closure (correct)' in log
    assert gdal.Open(results['OUTPUT_CLOSURE']).ReadAsArray()[2].max() >= 1


def test_network_checks_name_single_link_dates_and_loops():
    dates = [dt.date(2021, 1, 1) + dt.timedelta(days=12 * n) for n in range(6)]
    # 0-1, 0-2, 1-2 (one loop), 2-3, 3-4, 3-5, 4-5 (one loop): date 0 has 2 links, none single; add a tail
    net = Network(dates, [(0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (3, 5), (4, 5)])
    lines = network_checks(net, np.array([0.5, 0.4, 0.6, 0.2, 0.7, 0.3, 0.8]))
    assert '7 interferograms, 6 dates, 1 connected group(s), 2 independent loops' in lines[0]
    assert 'min 2' in lines[0] and 'max 3' in lines[0]
    assert lines[-1].split('lowest: ')[1].startswith('2021-01-25_2021-02-06 (0.20)')
    single = network_checks(Network(dates[:4], [(0, 1), (1, 2), (0, 2), (2, 3)]))
    assert single[1].endswith('2021-02-06') and '1 independent loops' in single[0]
