"""Tiles and engines end to end: outputs bit-identical for any window size and on a real Dask cluster.

The cluster is real: a ``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1
(:mod:`dask_loopback`, subprocesses stopped after the tests); sbasinversion and
timeseriesfit run through ``processing.run`` with ``ENGINE`` set to its address.
"""
import datetime as dt
import os
import socket

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from rasters import write_tif

from deformation_toolbox.algorithms.core.common.progress import Monitor
from deformation_toolbox.algorithms.core.insar.sbas.stack import SbasOptions, invert_stack
from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack

distributed = pytest.importorskip('distributed')
from dask_loopback import LoopbackCluster  # noqa: E402  (needs distributed)

OUTPUTS = ('OUTPUT_TIMESERIES', 'OUTPUT_VELOCITY', 'OUTPUT_QUALITY', 'OUTPUT_ATMOSPHERE')
#: weighted, ABIC over (κ², ρ) with the atmosphere term; unweighted minimum-norm (shared operator path)
SETTINGS = {'weighted': dict(WEIGHTING=1, SMOOTHING=2, ATMOSPHERE=1),
            'unweighted': dict(WEIGHTING=0, SMOOTHING=0, ATMOSPHERE=0)}


def read(path):
    return gdal.Open(path).ReadAsArray()


@pytest.fixture(scope='module')
def stack(tmp_path_factory):
    folder = tmp_path_factory.mktemp('engine_stack')
    result = simulate_stack(SimulationConfig(width=70, height=45, n_dates=14, links=3, seed=5), str(folder))
    # holes: a pixel block missing in a few interferograms (per-pixel networks, null space)
    for path in result.interferograms[::5]:
        dataset = gdal.Open(path, gdal.GA_Update)
        band = dataset.GetRasterBand(1)
        values = band.ReadAsArray()
        values[10:20, 30:50] = np.nan
        band.WriteArray(values)
        dataset = None
    return result


@pytest.fixture(scope='module')
def cluster(tmp_path_factory):
    with LoopbackCluster(workers=2, folder=tmp_path_factory.mktemp('dask')) as running:
        yield running


def invert(run_algorithm, stack, folder, feedback=None, **parameters):
    os.makedirs(folder, exist_ok=True)
    params = {'INTERFEROGRAMS': stack.interferograms, 'COHERENCE': stack.coherence,
              **{key: str(folder / f'{key.lower()}.tif') for key in OUTPUTS}}
    params.update(parameters)
    results = run_algorithm('sbasinversion', params, feedback)
    return {key: read(results[key]) for key in OUTPUTS}, results


def assert_identical(first, second):
    for key in first:
        np.testing.assert_array_equal(first[key], second[key], err_msg=key)


@pytest.mark.parametrize('setting', sorted(SETTINGS))
def test_sbas_outputs_are_bit_identical_for_any_window_size(run_algorithm, stack, tmp_path, setting):
    """Row blocks, windows of a few pixels (1 MB budget), ~2 MB windows and the automatic budget."""
    reference, results = invert(run_algorithm, stack, tmp_path / 'rows', BLOCK_ROWS=3, **SETTINGS[setting])
    assert np.isfinite(reference['OUTPUT_TIMESERIES']).mean() > 0.9
    for name, extra in (('tiny', dict(MEMORY_MB=1)), ('small', dict(MEMORY_MB=3)), ('auto', {})):
        outputs, other = invert(run_algorithm, stack, tmp_path / name, **SETTINGS[setting], **extra)
        assert_identical(reference, outputs)
        assert other['SMOOTHING_FACTOR_USED'] == results['SMOOTHING_FACTOR_USED']


def test_core_windows_are_bounded_in_rows_and_columns(stack, tmp_path, monkeypatch):
    """With a 1 MB budget the windows the core reads are narrower than the image and shorter than it."""
    seen = []
    from deformation_toolbox.algorithms.core.insar.sbas import stack as sbas_stack
    original = sbas_stack.InterferogramReader.pixels

    def spy(self, window, offset):
        seen.append(window)
        return original(self, window, offset)

    monkeypatch.setattr(sbas_stack.InterferogramReader, 'pixels', spy)
    outputs = {'velocity': str(tmp_path / 'v.tif')}
    invert_stack(stack.interferograms, stack.coherence, SbasOptions(memory_mb=1, smoothing='fixed',
                                                                    smoothing_factor=1e-3), outputs, Monitor())
    assert len(seen) > 4 and max(w.ncols for w in seen) < 70 and max(w.nrows for w in seen) < 45
    count = np.zeros((45, 70), dtype=int)
    for window in seen:
        count[window.slices] += 1
    assert (count == 1).all()


def series_raster(folder):
    dates_ = [dt.date(2020, 1, 1) + dt.timedelta(days=12 * n) for n in range(30)]
    t = np.array([(d - dates_[0]).days / 365.25 for d in dates_])[:, None, None]
    rows, cols = np.mgrid[0:33, 0:57]
    series = 2.0 + (cols - 20.0) * 0.3 * t + np.random.default_rng(3).normal(0, 1.0, (30, 33, 57))
    series[4, 5:9, 7:30] = np.nan
    return write_tif(folder / 'series.tif', list(series), dtype=gdal.GDT_Float32,
                     descriptions=[d.isoformat() for d in dates_])


def fit(run_algorithm, raster, output, **extra):
    result = run_algorithm('timeseriesfit', {'INPUT': [raster], 'PERIODIC': [1], 'OUTPUT': str(output), **extra})
    return read(result['OUTPUT'])


def test_timeseriesfit_is_bit_identical_for_any_window_size(run_algorithm, tmp_path):
    raster = series_raster(tmp_path)
    reference = fit(run_algorithm, raster, tmp_path / 'rows.tif', BLOCK_ROWS=4)
    assert np.isfinite(reference).all() and reference[0].std() > 1.0
    for budget in (1, 2, 0):
        np.testing.assert_array_equal(fit(run_algorithm, raster, tmp_path / f'm{budget}.tif', MEMORY_MB=budget),
                                      reference)


def test_sbas_through_dask_is_bit_identical_to_local(run_algorithm, stack, tmp_path, cluster):
    for setting in sorted(SETTINGS):
        local, results = invert(run_algorithm, stack, tmp_path / f'local_{setting}', MEMORY_MB=1,
                                **SETTINGS[setting])
        remote, remote_results = invert(run_algorithm, stack, tmp_path / f'dask_{setting}', MEMORY_MB=1,
                                        ENGINE=cluster.address, **SETTINGS[setting])
        assert_identical(local, remote)
        for key in ('SMOOTHING_FACTOR_USED', 'ATMOSPHERE_RATIO_USED', 'REFERENCE_X', 'REFERENCE_Y'):
            assert remote_results[key] == results[key]


def test_reference_search_and_abic_sample_are_tasks_of_the_workers(stack, tmp_path, cluster):
    """The automatic reference search (and the ABIC sample drawn with it, or alone for a given point) is
    read and scored by the workers: the same window, values, sample and κ², ρ as the local run."""
    options = dict(memory_mb=1, smoothing='ABIC', atmosphere='estimate')
    local = invert_stack(stack.interferograms, stack.coherence, SbasOptions(**options), {}, Monitor())
    point = (local.reference.x + 200.0, local.reference.y - 300.0)
    local_point = invert_stack(stack.interferograms, stack.coherence, SbasOptions(reference_point=point, **options),
                               {}, Monitor())
    with distributed.Client(cluster.address, set_as_default=False) as client:
        with distributed.get_task_stream(client) as tasks:
            remote = invert_stack(stack.interferograms, stack.coherence,
                                  SbasOptions(engine=cluster.address, **options), {}, Monitor())
            remote_point = invert_stack(stack.interferograms, stack.coherence,
                                        SbasOptions(engine=cluster.address, reference_point=point, **options),
                                        {}, Monitor())
    for first, second in ((local, remote), (local_point, remote_point)):
        assert (first.reference.row, first.reference.column) == (second.reference.row, second.reference.column)
        np.testing.assert_array_equal(first.reference.values, second.reference.values)
        assert (first.kappa2, first.rho, first.abic_curve) == (second.kappa2, second.rho, second.abic_curve)
    assert local_point.reference.auto is False and local.reference.auto
    kinds = {record['key'].split('-')[0] for record in tasks.data}
    assert {'ReferenceScan', 'RowReads'} <= kinds, kinds


def test_a_task_on_a_worker_reads_with_its_one_thread_and_the_clients_coherence_scale(stack, cluster):
    """A worker's task reads its files one after the other (the worker's --nthreads sets the parallelism)
    and takes the coherence factors the client found, not checking every file again; here, threads read."""
    from deformation_toolbox.algorithms.core.insar.sbas import stack as sbas_stack
    scale = tuple([0.5] * len(stack.coherence))   # not what the files give (1): proves nothing was recomputed

    def probe():
        reader = sbas_stack._task_reader(stack.interferograms, stack.coherence,
                                         SbasOptions(weighting='coherence'), scale)
        try:
            return reader.read_threads, tuple(reader.coherence_scale)
        finally:
            reader.close()

    with distributed.Client(cluster.address, set_as_default=False) as client:
        on_worker = client.submit(probe, pure=False).result()
    assert on_worker == (1, scale)
    assert probe() == (sbas_stack.READ_THREADS, scale)


def test_timeseriesfit_through_dask_is_bit_identical_to_local(run_algorithm, tmp_path, cluster):
    raster = series_raster(tmp_path)
    local = fit(run_algorithm, raster, tmp_path / 'local.tif', MEMORY_MB=1)
    remote = fit(run_algorithm, raster, tmp_path / 'dask.tif', MEMORY_MB=1, ENGINE=cluster.address)
    np.testing.assert_array_equal(local, remote)


def test_a_worker_killed_mid_run_changes_nothing(run_algorithm, stack, tmp_path, tmp_path_factory):
    """SIGKILL one of two workers at 40 % progress: its tasks run again on the other; output identical."""
    local, _ = invert(run_algorithm, stack, tmp_path / 'local', MEMORY_MB=1, **SETTINGS['weighted'])
    with LoopbackCluster(workers=2, folder=tmp_path_factory.mktemp('dask_kill')) as doomed:
        feedback = QgsProcessingFeedback()
        killed = []

        def kill(value):
            if value > 40 and not killed:
                doomed.kill_worker(0)
                killed.append(value)

        feedback.progressChanged.connect(kill)
        remote, _ = invert(run_algorithm, stack, tmp_path / 'dask', feedback, MEMORY_MB=1, ENGINE=doomed.address,
                           **SETTINGS['weighted'])
        assert killed and doomed.workers[0].poll() is not None and doomed.workers[1].poll() is None
    assert_identical(local, remote)


def free_port():
    with socket.socket() as probe:
        probe.bind(('127.0.0.1', 0))
        return probe.getsockname()[1]


def test_unreachable_scheduler_is_a_clear_error_before_any_output(run_algorithm, stack, tmp_path):
    address = f'tcp://127.0.0.1:{free_port()}'
    with pytest.raises(QgsProcessingException, match=f'ENGINE: no Dask scheduler answers at {address}'):
        invert(run_algorithm, stack, tmp_path / 'out', ENGINE=address)
    assert not os.listdir(tmp_path / 'out')


def test_engine_text_is_checked(run_algorithm, stack, tmp_path):
    with pytest.raises(QgsProcessingException, match='ENGINE: "dask" is not accepted'):
        invert(run_algorithm, stack, tmp_path / 'out', ENGINE='dask')
    assert not os.listdir(tmp_path / 'out')


def test_cancel_through_dask_leaves_no_output(run_algorithm, stack, tmp_path, cluster):
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 50 else None)
    with pytest.raises(QgsProcessingException, match='Cancelled'):
        invert(run_algorithm, stack, tmp_path / 'out', feedback, MEMORY_MB=1, ENGINE=cluster.address,
               SMOOTHING=1, SMOOTHING_FACTOR=1e-3)
    assert not os.listdir(tmp_path / 'out')
    with distributed.Client(cluster.address, set_as_default=False) as client:   # workers left clean
        assert not any(client.processing().values())


def test_uncompressed_outputs_hold_the_same_values(run_algorithm, stack, tmp_path):
    """OUTPUT_COMPRESSION none: plain tiled GeoTIFFs with the values of the DEFLATE run; DEFLATE by default."""
    settings = dict(SMOOTHING=1, SMOOTHING_FACTOR=1e-3, ATMOSPHERE=0, WEIGHTING=0)
    deflate, results = invert(run_algorithm, stack, tmp_path / 'deflate', **settings)
    plain, other = invert(run_algorithm, stack, tmp_path / 'none', OUTPUT_COMPRESSION=1, **settings)
    assert_identical(deflate, plain)
    for key in OUTPUTS:
        assert gdal.Open(results[key]).GetMetadata('IMAGE_STRUCTURE').get('COMPRESSION') == 'DEFLATE', key
        dataset = gdal.Open(other[key])
        assert 'COMPRESSION' not in dataset.GetMetadata('IMAGE_STRUCTURE'), key
        assert dataset.GetRasterBand(1).GetBlockSize() == [256, 256], key
