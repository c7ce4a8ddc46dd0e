"""deformation:networkplot: network checks (groups, loops, single-link dates), mean coherence, baselines,
the PNG and the line layer, against a network built by hand and a simulated stack; bad input."""
import datetime as dt
import struct
import warnings

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingFeedback, QgsSettings, QgsVectorLayer
from rasters import assert_refused, write_tif

from deformation_toolbox.algorithms.base import feature_value
from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.insar.sbas.baselines import (
    date_baselines,
    decimal_years,
    parse_baselines_line,
    read_baselines_file,
)
from deformation_toolbox.algorithms.core.insar.sbas.network import build_network
from deformation_toolbox.algorithms.core.insar.sbas.network_plot import summarise, time_ordered_groups
from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack
from deformation_toolbox.algorithms.network_plot import NetworkPlotAlgorithm

#: 8 dates, 12 days apart; group A (dates 0–4: triangles 012 and 123, date 4 hangs on one interferogram)
#: and group B (dates 5–7: one triangle), no interferogram between them
DATES = [dt.date(2021, 1, 3) + dt.timedelta(days=12 * n) for n in range(8)]
PAIRS = [(0, 1), (0, 2), (1, 2), (1, 3), (2, 3), (3, 4), (5, 6), (6, 7), (5, 7)]
#: perpendicular baselines of the dates [m]; 0 on the earliest date of each group (the datum of pair baselines)
B = np.array([0.0, 30.0, -20.0, 45.0, 10.0, 0.0, -35.0, 12.0])
#: K − N + C = 9 − 8 + 2 independent loops; date 4 has a single interferogram
EXPECTED = {'N_DATES': 8, 'N_INTERFEROGRAMS': 9, 'N_GROUPS': 2, 'N_LOOPS': 3, 'N_SINGLE_LINK_DATES': 1}
SHAPE = (6, 8)


def compact(date):
    return date.strftime('%Y%m%d')


def name(i, j):
    return f'{compact(DATES[i])}_{compact(DATES[j])}'


@pytest.fixture(scope='module')
def network(tmp_path_factory):
    """Interferograms (zeros, BPERP in their band metadata) and coherence rasters with NaN holes."""
    folder = tmp_path_factory.mktemp('network')
    rng = np.random.default_rng(5)
    ifg, coh, truth = [], [], []
    for k, (i, j) in enumerate(PAIRS):
        ifg.append(write_tif(folder / f'{name(i, j)}.tif', np.zeros(SHAPE),
                             metadata=[{'BPERP': f'{B[j] - B[i]:.6f}'}]))
        values = rng.uniform(0.1, 0.9, SHAPE) * (0.6 if k == 3 else 1.0)
        values[rng.uniform(size=SHAPE) < 0.2] = np.nan
        coh.append(write_tif(folder / f'coh_{name(i, j)}.tif', values))
        truth.append(float(np.nanmean(values.astype(np.float32).astype(np.float64))))   # as stored
    return {'folder': folder, 'ifg': ifg, 'coh': coh, 'coherence': np.array(truth)}


def plot_parameters(scene, folder, **extra):
    return {'INTERFEROGRAMS': scene['ifg'], 'OUTPUT_PLOT': str(folder / 'network.png'),
            'OUTPUT': str(folder / 'network.gpkg'), **extra}


def png_size(path):
    with open(path, 'rb') as handle:
        header = handle.read(24)
    assert header[:8] == b'\x89PNG\r\n\x1a\n'
    return struct.unpack('>II', header[16:24])


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):  # noqa: N802
        self.lines.append(text)
        super().pushInfo(text)

    def pushWarning(self, text):  # noqa: N802
        self.lines.append(text)
        super().pushWarning(text)


# -- core ---------------------------------------------------------------------------------------------
def test_groups_are_numbered_in_time_order():
    assert time_ordered_groups(6, [(4, 5), (0, 1), (2, 3), (1, 2)]).tolist() == [0, 0, 0, 0, 1, 1]
    assert time_ordered_groups(4, [(2, 3)]).tolist() == [0, 1, 2, 2]


def test_summary_counts_of_the_hand_built_network():
    network = build_network([(DATES[i], DATES[j]) for i, j in PAIRS])
    summary = summarise(network)
    assert (summary.n_dates, summary.n_interferograms, summary.n_groups, summary.loops) == (8, 9, 2, 3)
    assert summary.groups.tolist() == [0, 0, 0, 0, 0, 1, 1, 1]
    assert np.flatnonzero(summary.single).tolist() == [4]
    assert summary.links.tolist() == [2, 3, 3, 3, 1, 2, 2, 2]
    assert np.isnan(summary.mean_coherence)


def test_baseline_lines_are_read_in_every_accepted_form():
    a, b = dt.date(2020, 1, 7), dt.date(2020, 1, 19)
    assert parse_baselines_line(['20200107', '20200119', '-12.5', '12']) == ('pair', a, b, -12.5)
    assert parse_baselines_line(['20200107_20200119', '3']) == ('pair', a, b, 3.0)
    assert parse_baselines_line(['2020-01-19', '7.25']) == ('date', b, 7.25)
    assert parse_baselines_line(['master', 'slave', 'bperp', 'btemp']) is None
    assert parse_baselines_line(['20200107']) is None


def test_date_baselines_from_pairs_dates_and_a_licsar_primary():
    dates = DATES[:4]
    pairs = [('pair', dates[i], dates[j], B[j] - B[i]) for i, j in [(0, 1), (1, 2), (2, 3), (0, 3)]]
    solved = date_baselines(dates, pairs)
    np.testing.assert_allclose(solved.values, B[:4], atol=1e-9)   # datum: the earliest date
    assert solved.rms_misfit < 1e-9 and solved.groups == 1
    licsar = [('pair', dates[2], d, B[n] - B[2]) for n, d in enumerate(dates)]   # primary = date 2
    np.testing.assert_allclose(date_baselines(dates, licsar).values, B[:4] - B[2], atol=1e-9)
    absolute = [('date', d, B[n] + 100.0) for n, d in enumerate(dates)]
    np.testing.assert_allclose(date_baselines(dates, absolute).values, B[:4] + 100.0)
    noisy = pairs[:3] + [('pair', dates[0], dates[3], B[3] - B[0] + 4.0)]    # one loop misses by 4 m
    assert date_baselines(dates, noisy).rms_misfit == pytest.approx(1.0)    # 4 m spread over 4 equations
    with pytest.raises(InputError, match='no perpendicular baseline for 1 acquisition'):
        date_baselines(DATES[:5], pairs)


def test_baselines_file_errors(tmp_path):
    bad = tmp_path / 'baselines'
    bad.write_text('# header\n20210103 20210115 abc\n')
    with pytest.raises(InputError, match='line 2 .* is not understood'):
        read_baselines_file(str(bad))
    empty = tmp_path / 'empty.txt'
    empty.write_text('primary secondary bperp\n')
    with pytest.raises(InputError, match='holds no perpendicular baseline'):
        read_baselines_file(str(empty))


# -- algorithm ------------------------------------------------------------------------------------------
def test_counts_coherence_baselines_plot_and_lines(run_algorithm, network, tmp_path):
    feedback = RecordingFeedback()
    shuffled = network['coh'][::-1]                     # matched by date pair, not by order
    results = run_algorithm('networkplot', plot_parameters(network, tmp_path, COHERENCE=shuffled,
                                                           OUTPUT_DATES=str(tmp_path / 'dates.gpkg')), feedback)
    assert {key: results[key] for key in EXPECTED} == EXPECTED
    assert results['MEAN_COHERENCE'] == pytest.approx(network['coherence'].mean(), abs=1e-9)
    width, height = png_size(results['OUTPUT_PLOT'])
    assert (width, height) == (1100, 616) and (tmp_path / 'network.png').stat().st_size > 20_000
    log = '\n'.join(feedback.lines)
    assert 'dates with a single interferogram (no loop checks them): ' + DATES[4].isoformat() in log
    assert 'split into 2 groups' in log
    assert f'lowest: {DATES[1].isoformat()}_{DATES[3].isoformat()}' in log   # its coherence × 0.6

    layer = QgsVectorLayer(results['OUTPUT'], 'lines', 'ogr')
    assert layer.isValid() and layer.featureCount() == 9
    assert layer.crs().description().startswith('Interferogram network') and not layer.crs().isGeographic()
    assert [f.name() for f in layer.fields()][-7:] == ['pair', 'reference_date', 'secondary_date', 'days', 'bperp',
                                                        'coherence', 'group_id']
    x = decimal_years(DATES)
    for feature in layer.getFeatures():
        k = [name(i, j) for i, j in PAIRS].index(feature['pair'])
        i, j = PAIRS[k]
        assert feature['reference_date'].toPyDate() == DATES[i] and feature['secondary_date'].toPyDate() == DATES[j]
        assert feature['days'] == 12 * (j - i) and feature['group_id'] == (1 if i < 5 else 2)
        assert feature['bperp'] == pytest.approx(B[j] - B[i], abs=1e-6)
        assert feature['coherence'] == pytest.approx(network['coherence'][k], abs=1e-9)
        vertices = [(p.x(), p.y()) for p in feature.geometry().asPolyline()]
        np.testing.assert_allclose(vertices, [(x[i], B[i]), (x[j], B[j])], atol=1e-6)

    dates = QgsVectorLayer(results['OUTPUT_DATES'], 'dates', 'ogr')
    rows = sorted((f['date'].toPyDate(), f['links'], f['single_link'], f['group_id'], f['bperp'])
                  for f in dates.getFeatures())
    assert [r[0] for r in rows] == DATES and [r[1] for r in rows] == [2, 3, 3, 3, 1, 2, 2, 2]
    assert [r[2] for r in rows] == [0, 0, 0, 0, 1, 0, 0, 0] and [r[3] for r in rows] == [1] * 5 + [2] * 3
    np.testing.assert_allclose([r[4] for r in rows], B, atol=1e-6)


def test_licsar_baselines_file_sets_one_datum_and_order_matched_coherence(run_algorithm, network, tmp_path):
    """The LiCSAR file links both groups through its primary (date 2 → 0 m); unnamed coherence goes by order."""
    table = tmp_path / 'baselines'
    table.write_text('master slave bperp btemp\n' + ''.join(
        f'{compact(DATES[2])} {compact(d)} {B[n] - B[2]:.4f} {(d - DATES[2]).days}\n' for n, d in enumerate(DATES)))
    unnamed = [write_tif(tmp_path / f'cc_{k:02d}.tif', np.full(SHAPE, 0.05 * (k + 1))) for k in range(9)]
    results = run_algorithm('networkplot', plot_parameters(network, tmp_path, BASELINES=str(table),
                                                           COHERENCE=unnamed))
    assert results['MEAN_COHERENCE'] == pytest.approx(0.05 * np.arange(1, 10).mean(), abs=1e-6)
    layer = QgsVectorLayer(results['OUTPUT'], 'lines', 'ogr')
    starts = {f['pair']: f.geometry().asPolyline()[0].y() for f in layer.getFeatures()}
    assert starts[name(2, 3)] == pytest.approx(0.0, abs=1e-6)
    assert starts[name(5, 6)] == pytest.approx(B[5] - B[2], abs=1e-6)


def test_without_baselines_or_coherence_the_plot_says_so(run_algorithm, tmp_path):
    ifg = [write_tif(tmp_path / f'{name(i, j)}.tif', np.zeros(SHAPE)) for i, j in PAIRS[:6]]
    feedback = RecordingFeedback()
    results = run_algorithm('networkplot', {'INTERFEROGRAMS': ifg, 'OUTPUT_PLOT': str(tmp_path / 'n.png'),
                                            'OUTPUT': str(tmp_path / 'n.gpkg')}, feedback)
    assert (results['N_GROUPS'], results['N_LOOPS'], results['MEAN_COHERENCE']) == (1, 2, None)
    assert any('spread vertically' in line for line in feedback.lines)
    layer = QgsVectorLayer(results['OUTPUT'], 'lines', 'ogr')
    assert all(feature_value(f['bperp']) is None and feature_value(f['coherence']) is None
               for f in layer.getFeatures())
    assert png_size(results['OUTPUT_PLOT'])[0] == 1100


def test_japanese_labels_are_drawn_with_a_cjk_font(run_algorithm, network, tmp_path):
    from deformation_toolbox.plugin.i18n import install_translator, remove_translator
    settings = QgsSettings()
    previous = settings.value('locale/userLocale', '')
    settings.setValue('locale/userLocale', 'ja')
    translator = install_translator('ja')
    try:
        algorithm = NetworkPlotAlgorithm()
        assert algorithm.plot_font() is not None                       # make deps installs an IPA font
        assert algorithm._plot_text()['x'] == '観測日'                 # the labels are translated
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            results = run_algorithm('networkplot', plot_parameters(network, tmp_path, COHERENCE=network['coh']))
    finally:
        remove_translator(translator)
        settings.setValue('locale/userLocale', previous)
    assert not [str(w.message) for w in caught if 'missing from' in str(w.message)]
    assert png_size(results['OUTPUT_PLOT']) == (1100, 616)


def test_simulated_stack_through_qgis_process(qgis_process, tmp_path):
    """A simulatestack network cut by a gap date: two groups, loops K − N + C, metadata without baselines."""
    config = SimulationConfig(width=24, height=16, n_dates=10, links=2, gap_date=dt.date(2020, 3, 7), seed=4)
    stack = simulate_stack(config, str(tmp_path / 'stack'))   # dates from 2020-01-07, ≥ 12 days apart
    coherence = [float(np.mean(gdal.Open(path).ReadAsArray().astype(np.float64))) for path in stack.coherence]
    code, results, log = qgis_process.run('networkplot', INTERFEROGRAMS=stack.interferograms,
                                          COHERENCE=stack.coherence, OUTPUT_PLOT=str(tmp_path / 'net.png'),
                                          OUTPUT=str(tmp_path / 'net.gpkg'))
    assert code == 0, log
    n_pairs = len(stack.pairs)
    assert (results['N_DATES'], results['N_INTERFEROGRAMS'], results['N_GROUPS']) == (10, n_pairs, 2)
    assert results['N_LOOPS'] == n_pairs - 10 + 2
    assert results['MEAN_COHERENCE'] == pytest.approx(np.mean(coherence), rel=1e-6)
    assert png_size(str(tmp_path / 'net.png'))[0] == 1100
    assert QgsVectorLayer(str(tmp_path / 'net.gpkg'), 'lines', 'ogr').featureCount() == n_pairs


# -- bad input ------------------------------------------------------------------------------------------
def test_one_interferogram_is_refused(run_algorithm, network, tmp_path):
    assert_refused(run_algorithm, 'networkplot', plot_parameters({'ifg': network['ifg'][:1]}, tmp_path),
                   '1 interferogram given', inputs=network['ifg'][:1])


def test_undated_interferogram_is_refused(run_algorithm, network, tmp_path):
    undated = write_tif(tmp_path / 'interferogram_a.tif', np.zeros(SHAPE))
    assert_refused(run_algorithm, 'networkplot', plot_parameters({'ifg': network['ifg'][:3] + [undated]}, tmp_path),
                   'has no date pair', inputs=[undated])


def test_baselines_missing_a_date_are_refused(run_algorithm, network, tmp_path):
    table = tmp_path / 'baselines.txt'
    table.write_text(''.join(f'{compact(d)} {B[n]:.3f}\n' for n, d in enumerate(DATES[:-1])))
    assert_refused(run_algorithm, 'networkplot', plot_parameters(network, tmp_path, BASELINES=str(table)),
                   f'no perpendicular baseline for 1 acquisition(s) of the interferograms ({DATES[-1].isoformat()})',
                   inputs=[str(table)])


def test_coherence_count_mismatch_is_refused(run_algorithm, network, tmp_path):
    unnamed = [write_tif(tmp_path / f'cc_{k}.tif', np.full(SHAPE, 0.5)) for k in range(3)]
    assert_refused(run_algorithm, 'networkplot', plot_parameters(network, tmp_path, COHERENCE=unnamed),
                   '3 coherence band(s) for 9 interferograms', inputs=unnamed)
