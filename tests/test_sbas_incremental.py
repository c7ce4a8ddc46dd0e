"""Incremental SBAS (PREVIOUS / OUTPUT_STATE): a 30-date run updated with 10 more dates equals the 40-date run."""
import datetime as dt
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from deformation_toolbox.algorithms.core.common.accel import HAVE_NUMBA
from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.insar.sbas import incremental, state
from deformation_toolbox.algorithms.core.insar.sbas.network import build_network, sequential_network
from deformation_toolbox.algorithms.core.insar.sbas.solution import time_series
from deformation_toolbox.algorithms.core.insar.sbas.solve import solve
from deformation_toolbox.algorithms.core.insar.sbas.stack import SbasOptions, invert_stack
from deformation_toolbox.algorithms.core.insar.sbas.update import update_stack
from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack

STEP = dt.date(2020, 9, 1)
N_OLD = 30
TOLERANCE = 0.1   # mm (acceptance); the method is exact, what is left is float32 rounding of the outputs


def read(path):
    return gdal.Open(str(path)).ReadAsArray().astype(np.float64)


@pytest.fixture(scope='module')
def stack(tmp_path_factory):
    folder = tmp_path_factory.mktemp('incremental')
    result = simulate_stack(SimulationConfig(width=60, height=50, n_dates=40, links=3, seed=5, step_date=STEP),
                            str(folder))
    cut = result.dates[N_OLD - 1]
    old = [k for k, (a, b) in enumerate(result.pairs) if b <= cut]
    new = [k for k, (a, b) in enumerate(result.pairs) if b > cut]
    ds = gdal.Open(result.interferograms[0])
    gt = ds.GetGeoTransform()
    reference = (gt[0] + 10.5 * gt[1], gt[3] + 10.5 * gt[5])
    pick = lambda paths, ks: [paths[k] for k in ks]   # noqa: E731
    return dict(result=result, reference=reference, old=(pick(result.interferograms, old), pick(result.coherence, old)),
                new=(pick(result.interferograms, new), pick(result.coherence, new)), all=(result.interferograms,
                                                                                         result.coherence))


def options(stack, atmosphere='fixed', steps=(), **extra):
    return SbasOptions(smoothing='fixed', smoothing_factor=0.01, atmosphere=atmosphere, atmosphere_sigma=3.0,
                       reference_point=stack['reference'], steps=steps, **extra)


def full_and_update(stack, folder, atmosphere='fixed', steps=(), **extra):
    opt = options(stack, atmosphere, steps, **extra)
    full = {'timeseries': str(folder / 'full.tif'), 'velocity': str(folder / 'full_v.tif')}
    invert_stack(*stack['all'], opt, full)
    invert_stack(*stack['old'], opt, {'timeseries': str(folder / 'old.tif'), 'state': str(folder / 'state')})
    updated = {'timeseries': str(folder / 'upd.tif'), 'velocity': str(folder / 'upd_v.tif'),
               'quality': str(folder / 'upd_q.tif'), 'state': str(folder / 'state2')}
    update_stack(*stack['new'], str(folder / 'state'), SbasOptions(**extra), updated)
    return full, updated


@pytest.mark.parametrize('atmosphere, steps', [('fixed', ()), ('none', ()), ('fixed', (STEP,))])
def test_update_equals_the_full_run(stack, tmp_path, atmosphere, steps):
    full, updated = full_and_update(stack, tmp_path, atmosphere, steps)
    a, b = read(full['timeseries']), read(updated['timeseries'])
    assert a.shape == b.shape == (40, 50, 60)
    assert np.array_equal(np.isnan(a), np.isnan(b))
    difference = np.nanmax(np.abs(a - b))
    print(f'{atmosphere} steps={steps}: max |update − full| = {difference:.2e} mm')
    assert difference <= TOLERANCE
    assert np.nanmax(np.abs(read(full['velocity']) - read(updated['velocity']))) <= TOLERANCE
    quality = read(updated['quality'])
    assert np.nanmax(quality[2]) == len(stack['new'][0])        # quality covers the new interferograms
    assert os.path.isfile(tmp_path / 'state2' / 'state.json')
    assert not [n for n in os.listdir(tmp_path) if n.startswith('.sbas-state-')]


def test_estimated_atmosphere_state_continues_with_its_rho(stack, tmp_path):
    opt = options(stack, 'estimate')
    result = invert_stack(*stack['old'], opt, {'timeseries': str(tmp_path / 'old.tif'), 'state': str(tmp_path / 's')})
    assert result.rho > 0
    update_stack(*stack['new'], str(tmp_path / 's'), SbasOptions(), {'timeseries': str(tmp_path / 'upd.tif')})
    full = options(stack, 'fixed')
    full.atmosphere_sigma = float(np.sqrt(result.rho))
    invert_stack(*stack['all'], full, {'timeseries': str(tmp_path / 'full.tif')})
    assert np.nanmax(np.abs(read(tmp_path / 'full.tif') - read(tmp_path / 'upd.tif'))) <= TOLERANCE


def test_window_size_does_not_change_the_update(stack, tmp_path):
    opt = options(stack)
    invert_stack(*stack['old'], opt, {'state': str(tmp_path / 'state'), 'timeseries': str(tmp_path / 'o.tif')})
    for name, block_rows in (('a', 7), ('b', 0)):
        update_stack(*stack['new'], str(tmp_path / 'state'), SbasOptions(block_rows=block_rows, memory_mb=64),
                     {'timeseries': str(tmp_path / f'{name}.tif')})
    assert np.array_equal(read(tmp_path / 'a.tif'), read(tmp_path / 'b.tif'), equal_nan=True)


def test_algebra_is_exact_on_random_pixels():
    """The Schur complement + gain reproduce the joint solve of the whole network to rounding."""
    rng = np.random.default_rng(1)
    dates = [dt.date(2020, 1, 1) + dt.timedelta(days=int(d)) for d in np.cumsum(np.r_[0, rng.choice([12, 24], 19)])]
    pairs = [(dates[i], dates[j]) for i, j in sequential_network(dates, 3)]
    net = build_network(pairs)
    d = rng.normal(0, 5, (200, len(pairs)))
    w = rng.uniform(0.5, 2, d.shape)
    layout = incremental.build_layout(net, 0.1, 4.0)
    normal, rhs = incremental.normal_equations(layout, d, w)
    normal += layout.prior
    start = incremental.date_start(layout, net, net.n_dates - 3)
    smap = incremental.displacement_map(net, layout)
    marginal = incremental.marginalise(normal, rhs, layout.size - start, smap, np.zeros(net.n_dates), net.n_dates)
    reference = time_series(net, solve(net, d, w, 0.1, use_numba=False, rho=4.0).x)
    assert np.max(np.abs(marginal.series - reference)) < 1e-9
    u_b = marginal.u[:, start:]
    assert np.allclose(np.einsum('nab,nb->na', marginal.information, u_b), marginal.vector, atol=1e-8)


def _assert_same(a, b, name):
    """numba and numpy twin: same NaN pattern, values equal to 1e-9 relative to the array's scale."""
    x, y = getattr(a, name), getattr(b, name)
    assert x.shape == y.shape, name
    assert np.array_equal(np.isnan(x), np.isnan(y)), name
    scale = np.nanmax(np.abs(y), initial=0.0)
    assert np.nanmax(np.abs(x - y), initial=0.0) <= 1e-9 * max(scale, 1e-30), name


@pytest.mark.skipif(not HAVE_NUMBA, reason='numba is not installed')
def test_numba_kernel_and_numpy_twin_agree():
    """The state pass and the update (with and without a new state) give the same numbers on both paths."""
    rng = np.random.default_rng(7)
    dates = [dt.date(2020, 1, 1) + dt.timedelta(days=int(d)) for d in np.cumsum(np.r_[0, rng.choice([12, 24], 23)])]
    pairs = [(dates[i], dates[j]) for i, j in sequential_network(dates, 3)]
    pairs = [p for p in pairs if p[1] <= dates[17]] + [p for p in pairs if p[1] > dates[17]]   # old, then new
    steps = (dates[6] + dt.timedelta(days=2),)
    full = build_network(pairs, steps)
    old = build_network([p for p in pairs if p[1] <= dates[17]], steps)
    n_old = len(old.pairs)
    d = rng.normal(0, 5, (300, len(pairs)))
    w = rng.uniform(0.5, 2, d.shape)
    d[3] = np.nan                          # no observation: unsolved
    w[5, :n_old] = 0.0                     # no old observation: unsolved by the state pass
    d[7, ::3] = np.nan
    w[9, n_old:] = 0.0                     # no new observation: the update still solves it
    kappa2, rho = 0.1, 4.0
    old_layout = incremental.build_layout(old, kappa2, rho)
    start = incremental.date_start(old_layout, old, old.n_dates - state.boundary_dates(old))
    s = old_layout.size - start
    old_problem = incremental.problem(old_layout, 0, None, old_layout.prior, s,
                                      incremental.displacement_map(old, old_layout), old.n_dates)
    runs = [incremental.solve_pixels(old_problem, d[:, :n_old], w[:, :n_old], use_numba=flag) for flag in (True, False)]
    for name in ('u', 'information', 'vector', 'gain', 'series', 'dropped'):
        _assert_same(*runs, name)
    assert np.isnan(runs[0].series[[3, 5]]).all() and np.isfinite(runs[0].series[9]).all()
    previous = incremental.previous_of(runs[1], runs[1].u[:, start:])
    previous.information[:, 11] = np.nan   # a pixel the previous run could not solve
    previous = incremental.Previous(previous.information, previous.gain.astype(np.float32),
                                    previous.series.astype(np.float32))
    layout = incremental.build_layout(full, kappa2, rho)
    prior = layout.prior[start:, start:].copy()
    prior[:s, :s] -= old_layout.prior[start:, start:]
    smap = incremental.displacement_map(full, layout)
    shared = np.zeros((full.n_dates, layout.size - start))
    shared[old.n_dates:] = (smap[old.n_dates:] - smap[old.n_dates - 1])[:, start:]
    next_start = incremental.date_start(layout, full, full.n_dates - state.boundary_dates(full))
    for boundary, kept in ((layout.size - next_start, full.n_dates), (0, 0)):
        update = incremental.problem(layout, start, np.arange(n_old, len(pairs)), prior, boundary, shared, kept,
                                     require_data=False, n_previous=s)
        runs = [incremental.solve_pixels(update, d[:, n_old:], w[:, n_old:], previous, use_numba=flag)
                for flag in (True, False)]
        for name in ('u', 'information', 'vector', 'gain', 'series', 'dropped'):
            _assert_same(*runs, name)
        assert np.isnan(runs[0].series[[3, 5, 11]]).all() and np.isfinite(runs[0].series[9]).all()
    reference = time_series(full, solve(full, d, w, kappa2, use_numba=False, rho=rho).x)
    solved = np.isfinite(runs[0].series).all(axis=1)
    assert np.max(np.abs(runs[0].series[solved] - reference[solved])) < 1e-5   # float32 K⁰, D⁰ of the state


def test_refusals(stack, tmp_path):
    opt = options(stack)
    state = tmp_path / 'state'
    invert_stack(*stack['old'], opt, {'state': str(state)})
    before = {name: os.path.getmtime(state / name) for name in os.listdir(state)}
    with pytest.raises(InputError, match='already in the previous run'):
        update_stack(stack['old'][0][:3] + stack['new'][0], None, str(state), SbasOptions(), {})
    early = [p for p in stack['old'][0] if os.path.basename(p).startswith(os.path.basename(stack['old'][0][0])[:8])]
    with pytest.raises(InputError, match='already in the previous run'):
        update_stack(early + stack['new'][0], None, str(state), SbasOptions(), {})
    with pytest.raises(InputError, match='not the state folder'):
        update_stack(*stack['new'], str(tmp_path), SbasOptions(), {})
    (tmp_path / 'broken').mkdir()
    (tmp_path / 'broken' / 'state.json').write_text('{"version": 1')
    with pytest.raises(InputError, match='damaged'):
        update_stack(*stack['new'], str(tmp_path / 'broken'), SbasOptions(), {})
    with pytest.raises(InputError, match='not an empty folder'):
        invert_stack(*stack['old'], opt, {'state': str(tmp_path / 'broken')})
    with pytest.raises(InputError, match='needs temporal smoothing'):
        invert_stack(*stack['old'], SbasOptions(smoothing='none', reference_point=stack['reference']),
                     {'state': str(tmp_path / 'fresh')})
    assert not (tmp_path / 'fresh').exists()
    assert before == {name: os.path.getmtime(state / name) for name in os.listdir(state)}   # PREVIOUS untouched


def test_update_through_processing_and_qgis_process(run_algorithm, qgis_process, stack, tmp_path):
    reference = '{0},{1}'.format(*stack['reference'])
    common = dict(SMOOTHING=1, SMOOTHING_FACTOR=0.01, ATMOSPHERE=2, ATMOSPHERE_SIGMA=3.0, REFERENCE_POINT=reference)
    run_algorithm('sbasinversion', dict(
        common, INTERFEROGRAMS=stack['old'][0], COHERENCE=stack['old'][1], OUTPUT_TIMESERIES=str(tmp_path / 'o.tif'),
        OUTPUT_VELOCITY=str(tmp_path / 'ov.tif'), OUTPUT_QUALITY=str(tmp_path / 'oq.tif'),
        OUTPUT_STATE=str(tmp_path / 'state')))
    code, results, log = qgis_process.run(
        'sbasinversion', INTERFEROGRAMS=stack['new'][0], COHERENCE=stack['new'][1], PREVIOUS=str(tmp_path / 'state'),
        OUTPUT_TIMESERIES=str(tmp_path / 'u.tif'), OUTPUT_VELOCITY=str(tmp_path / 'uv.tif'),
        OUTPUT_QUALITY=str(tmp_path / 'uq.tif'))
    assert code == 0, log
    assert 'Update of a previous run' in log
    assert gdal.Open(results['OUTPUT_TIMESERIES']).RasterCount == 40
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 30 else None)
    out = tmp_path / 'cancelled'
    out.mkdir()
    with pytest.raises(QgsProcessingException, match='Cancelled'):
        run_algorithm('sbasinversion', {
            'INTERFEROGRAMS': stack['new'][0], 'COHERENCE': stack['new'][1], 'PREVIOUS': str(tmp_path / 'state'),
            'BLOCK_ROWS': 2, 'OUTPUT_TIMESERIES': str(out / 'ts.tif'), 'OUTPUT_VELOCITY': str(out / 'v.tif'),
            'OUTPUT_QUALITY': str(out / 'q.tif'), 'OUTPUT_STATE': str(out / 'state')}, feedback)
    assert not os.listdir(out)


def test_state_windows_are_read_past_gdal_block_cache(stack, tmp_path):
    """A state window is read straight into the arrays: GDAL's block cache (which holds the interferograms'
    tiles for the next windows) does not grow by the state's blocks, and the values are the files' values."""
    from deformation_toolbox.algorithms.core.engine.executor import gdal_cache
    from deformation_toolbox.algorithms.core.engine.tiles import Window
    invert_stack(*stack['old'], options(stack), {'state': str(tmp_path / 'state')})
    folder = tmp_path / 'state'
    window = Window(10, 20, 25, 30)
    reader = state.StateReader(str(folder))
    with gdal_cache(256 * 1024 * 1024):
        before = gdal.GetCacheUsed()
        previous = reader.read(window)
        grown = gdal.GetCacheUsed() - before
    reader.close()
    state_bytes = sum(os.path.getsize(folder / name) for name in state.FILES)
    assert state_bytes > 1_000_000 and grown < 0.01 * state_bytes, (grown, state_bytes)
    for name, array in zip(state.FILES, (previous.information, previous.gain, previous.series)):
        expected = gdal.Open(str(folder / name)).ReadAsArray(window.col0, window.row0, window.ncols, window.nrows)
        assert np.array_equal(array, expected.reshape(len(expected), -1)), name
