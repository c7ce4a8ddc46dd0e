"""The plugin through qgis_process.bin: provider listed, README example runs, errors are clear."""
import numpy as np
from rasters import read_tif


def test_list_shows_the_provider_and_algorithms(qgis_process):
    listing = qgis_process.call('list').stdout
    assert 'Deformation' in listing
    for algorithm_id in ('deformation:simulatestack', 'deformation:timeseriesfit'):
        assert algorithm_id in listing


def test_readme_example_simulate_then_fit(qgis_process, tmp_path):
    code, stack, log = qgis_process.run('simulatestack', OUTPUT_FOLDER=tmp_path / 'stack', STEP_DATE='2020-09-01',
                                        WIDTH=80, HEIGHT=60)
    assert code == 0, log
    code, fit, log = qgis_process.run('timeseriesfit', INPUT=stack['OUTPUT_TRUTH_TIMESERIES'],
                                      STEP_DATES='2020-09-01', OUTPUT=tmp_path / 'velocity_fit.tif')
    assert code == 0, log
    bands, names = read_tif(fit['OUTPUT'])
    velocity_truth = read_tif(stack['OUTPUT_TRUTH_VELOCITY'])[0][0]
    step_truth = read_tif(stack['OUTPUT_TRUTH_STEP'])[0][0]
    # the truth series is stored as float32 (≤ 40 mm → 4e-6 mm rounding): recovery to a few 1e-6
    assert np.max(np.abs(bands[names.index('velocity')] - velocity_truth)) < 1e-5
    assert np.max(np.abs(bands[names.index('step_20200901')] - step_truth)) < 1e-5


def test_bad_input_gives_a_clear_error_and_exit_code(qgis_process, tmp_path):
    from rasters import write_tif
    undated = write_tif(tmp_path / 'final_velocity.tif', np.zeros((5, 5)))
    code, _, log = qgis_process.run('timeseriesfit', INPUT=undated, OUTPUT=tmp_path / 'out.tif')
    assert code != 0
    assert '"final_velocity.tif" has no acquisition date' in log
    assert 'Traceback' not in log


def test_example_model_runs_and_matches_the_truth(qgis_process, tmp_path):
    """resources/models/simulate_and_fit.model3 (built with the model API) runs like any algorithm."""
    from conftest import ROOT
    model = ROOT / 'resources' / 'models' / 'simulate_and_fit.model3'
    code, results, log = qgis_process.run_model(model, step_date='2020-09-01', **{'fit:velocity': tmp_path / 'v.tif'})
    assert code == 0, log
    code, stack, log = qgis_process.run('simulatestack', OUTPUT_FOLDER=tmp_path / 'stack', STEP_DATE='2020-09-01')
    assert code == 0, log
    velocity = read_tif(results['fit:velocity'])[0][0]
    truth = read_tif(stack['OUTPUT_TRUTH_VELOCITY'])[0][0]          # same defaults and seed → same scene
    assert np.max(np.abs(velocity - truth)) < 1e-5
