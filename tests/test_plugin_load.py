"""Loading the plugin stays light, and lists of rasters given as files are read as paths (issue 13).

Every ``qgis_process`` command loads the plugin (every algorithm module), so what they import at
load is paid by each run: matplotlib (the plots of networkplot and comparepoints) is imported only
when a run draws (``algorithms/lazy_core.py``).  A stack given as files gets no ``QgsRasterLayer``
per file: QGIS would compute statistics for each (~15 ms a file) and write them next to the input.
"""
import ast
import importlib
import os
import subprocess
import sys

import numpy as np
from conftest import PLUGINS, ROOT

LOAD = r'''
import sys
sys.path.insert(0, {plugins!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from deformation_toolbox import classFactory
plugin = classFactory(None)
plugin.initProcessing()
algorithms = [a.id() for a in plugin.provider.algorithms()]
print(len(algorithms), 'matplotlib' in sys.modules,
      any(name.endswith(('comparison_plot', 'sbas.network_plot')) for name in sys.modules))
'''


def test_loading_the_plugin_imports_no_matplotlib():
    completed = subprocess.run([sys.executable, '-c', LOAD.format(plugins=str(PLUGINS))], capture_output=True,
                               text=True, env=dict(os.environ, QT_QPA_PLATFORM='offscreen'), timeout=300)
    assert completed.returncode == 0, completed.stderr[-3000:]
    count, matplotlib, plot_modules = completed.stdout.split()[-3:]
    assert int(count) >= 20   # every algorithm registered
    assert matplotlib == 'False' and plot_modules == 'False', 'the plugin load imports matplotlib'


def lazy_modules(path):
    """{variable: core module} of the ``core_module('…')`` assignments of an algorithm file, and the tree."""
    tree = ast.parse(path.read_text())
    found = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, 'id', None) == 'core_module'):
            found[node.targets[0].id] = node.value.args[0].value
    return found, tree


def test_every_name_read_from_a_lazy_core_module_exists():
    """A misspelt name would fail only when a run reaches it: every ``module.name`` is checked here."""
    checked = 0
    for path in sorted((ROOT / 'algorithms').glob('*.py')):
        found, tree = lazy_modules(path)
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in found:
                module = importlib.import_module(f'deformation_toolbox.algorithms.core.{found[node.value.id]}')
                assert hasattr(module, node.attr), f'{path.name}: {found[node.value.id]} has no {node.attr}'
                checked += 1
    assert checked >= 10


def test_a_stack_given_as_files_is_read_without_layers_or_side_files(run_algorithm, tmp_path):
    """SBAS on a stack given as file paths: the same inversion, no file appears beside the inputs."""
    from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack
    stack = simulate_stack(SimulationConfig(width=30, height=20, n_dates=12, looks=0.0, atmosphere=0.0, seed=5),
                           str(tmp_path / 'stack'))
    folders = {os.path.dirname(p) for p in stack.interferograms + stack.coherence}
    before = {folder: sorted(os.listdir(folder)) for folder in folders}
    results = run_algorithm('sbasinversion', {
        'INTERFEROGRAMS': stack.interferograms, 'COHERENCE': stack.coherence, 'SMOOTHING': 0, 'ATMOSPHERE': 0,
        'OUTPUT_TIMESERIES': str(tmp_path / 'ts.tif'), 'OUTPUT_VELOCITY': str(tmp_path / 'v.tif'),
        'OUTPUT_QUALITY': str(tmp_path / 'q.tif')})
    assert {folder: sorted(os.listdir(folder)) for folder in folders} == before   # no .aux.xml written
    from osgeo import gdal
    series = gdal.Open(results['OUTPUT_TIMESERIES']).ReadAsArray().astype(float)
    truth = gdal.Open(str(tmp_path / 'stack' / 'truth' / 'timeseries.tif')).ReadAsArray().astype(float)
    difference = series - truth   # per date, the truth at the reference window (one number per date)
    # noise-free scene: the series is recovered to float32 rounding of the inputs (as in test_sbas)
    assert np.nanmax(np.abs(difference - np.nanmedian(difference, axis=(1, 2), keepdims=True))) < 0.01



def test_qgis_process_builds_no_layer_per_input_file(qgis_process, tmp_path):
    """qgis_process checks every parameter with a context before the run: the stack is not loaded as layers
    (a layer's statistics would be written as ``.aux.xml`` beside each input when the command ends)."""
    from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack
    stack = simulate_stack(SimulationConfig(width=24, height=16, n_dates=8, looks=0.0, atmosphere=0.0, seed=3),
                           str(tmp_path / 'stack'))
    folders = {os.path.dirname(p) for p in stack.interferograms + stack.coherence}
    before = {folder: sorted(os.listdir(folder)) for folder in folders}
    code, results, log = qgis_process.run('sbasinversion', INTERFEROGRAMS=stack.interferograms,
                                          COHERENCE=stack.coherence, SMOOTHING=0, ATMOSPHERE=0,
                                          OUTPUT_TIMESERIES=tmp_path / 'ts.tif', OUTPUT_VELOCITY=tmp_path / 'v.tif',
                                          OUTPUT_QUALITY=tmp_path / 'q.tif')
    assert code == 0, log
    assert {folder: sorted(os.listdir(folder)) for folder in folders} == before
    assert os.path.exists(results['OUTPUT_VELOCITY'])


def test_raster_files_parameter_keeps_what_processing_accepts(plugin, tmp_path):
    """Files: accepted without layers (count checks kept); layers and missing files: Processing's checks."""
    from qgis.core import QgsProcessing, QgsProcessingContext, QgsProcessingParameterMultipleLayers, QgsRasterLayer

    from deformation_toolbox.algorithms.raster_list import RasterFilesParameter
    path = write_rows(tmp_path / '20200101_20200113.tif', 8, 8, [])
    definition = RasterFilesParameter.of(QgsProcessingParameterMultipleLayers(
        'INPUT', 'Rasters', QgsProcessing.SourceType.TypeRaster))   # required: the minimum holds
    definition.setMinimumNumberInputs(2)
    context = QgsProcessingContext()
    assert definition.checkValueIsAcceptable([path, path], context)
    assert not definition.checkValueIsAcceptable([path], context)           # fewer than the minimum
    assert not context.temporaryLayerStore().mapLayers()                    # nothing loaded
    assert not definition.checkValueIsAcceptable([path, str(tmp_path / 'missing.tif')], context)
    layer = QgsRasterLayer(path, 'r', 'gdal')
    assert definition.checkValueIsAcceptable([layer, layer], context)      # layers as before
    copy = definition.clone()
    assert isinstance(copy, RasterFilesParameter) and copy.type() == 'multilayer'
    assert (copy.name(), copy.minimumNumberInputs(), copy.layerType(), copy.flags()) == (
        'INPUT', 2, QgsProcessing.SourceType.TypeRaster, definition.flags())
    sbas = plugin.provider.algorithm('sbasinversion')
    assert all(isinstance(sbas.parameterDefinition(name), RasterFilesParameter)
               for name in ('INTERFEROGRAMS', 'COHERENCE'))


def write_rows(path, height, width, options):
    """A GeoTIFF whose every pixel holds its row number."""
    from osgeo import gdal
    dataset = gdal.GetDriverByName('GTiff').Create(str(path), width, height, 1, gdal.GDT_Float32, options=options)
    dataset.SetGeoTransform((0.0, 1.0, 0.0, 0.0, 0.0, -1.0))
    dataset.GetRasterBand(1).WriteArray(np.repeat(np.arange(height, dtype=np.float32)[:, None], width, axis=1))
    dataset = None
    return str(path)


def test_units_sample_reads_one_block_row_per_band(tmp_path):
    """The units warning's sample: band k within block row k (mod 3 here), all block rows covered."""
    from deformation_toolbox.algorithms.core.io.input_checks import sample_block_rows, sample_rows
    from deformation_toolbox.algorithms.core.io.raster_stack import RasterStack
    tiled = [write_rows(tmp_path / f'202001{day:02d}_202002{day:02d}.tif', 40, 20,
                        ['TILED=YES', 'BLOCKXSIZE=16', 'BLOCKYSIZE=16']) for day in range(1, 9)]
    stack = RasterStack(tiled, 'INTERFEROGRAMS')
    values = sample_block_rows(stack)
    assert values.shape == (8, 8, 20)
    rows = values[:, :, 0]   # the row numbers read
    for k in range(8):
        block_row = k % 3     # 40 rows in blocks of 16: block rows 0–15, 16–31, 32–39
        assert rows[k].min() >= 16 * block_row and rows[k].max() <= min(39, 16 * block_row + 15)
        if block_row < 2:   # a full block row: 8 distinct rows
            assert len(np.unique(rows[k])) == 8
    assert rows.min() == 0 and rows.max() == 39
    stack.close()
    striped = [write_rows(tmp_path / f'strip_202003{day:02d}_202004{day:02d}.tif', 40, 20, ['TILED=NO',
                                                                                        'BLOCKYSIZE=1'])
               for day in range(1, 4)]
    stack = RasterStack(striped, 'INTERFEROGRAMS')   # one-row strips: rows spread over the height
    np.testing.assert_array_equal(sample_block_rows(stack), sample_rows(stack))
    stack.close()
