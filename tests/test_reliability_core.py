"""Issue 16 mechanisms, tested directly: staged outputs, path overlap, simulatestack's folder rule,
plausibility checks, resource limits, and the same errors through qgis_process."""
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsApplication
from rasters import file_digest, write_tif

from deformation_toolbox.algorithms.core.common import resources
from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.io import input_checks, paths, staging
from deformation_toolbox.algorithms.core.io.raster_stack import RasterStack, grid_from_origin, write_raster
from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, memory_needed, simulate_stack

GRID = grid_from_origin(500000.0, 4000000.0, 100.0, 6, 4, epsg=32654)


# -- staged outputs ---------------------------------------------------------------------------------------
def test_outputs_wait_for_the_whole_run_and_replace_stale_sidecars(tmp_path):
    (tmp_path / 'a.tif.aux.xml').write_text('<stale/>')
    with staging.staged_outputs():
        write_raster(tmp_path / 'a.tif', GRID, [np.ones(GRID.shape)], ['a'])
        write_raster(tmp_path / 'new' / 'b.tif', GRID, [np.ones(GRID.shape)], ['b'])
        assert sorted(os.listdir(tmp_path)) == ['a.tif.aux.xml', 'a.tif.partial', 'new']   # nothing published yet
    assert sorted(os.listdir(tmp_path)) == ['a.tif', 'new'] and os.listdir(tmp_path / 'new') == ['b.tif']


def test_a_failure_after_the_first_output_leaves_nothing(tmp_path):
    with pytest.raises(InputError, match='the second output failed'):
        with staging.staged_outputs():
            write_raster(tmp_path / 'made' / 'deeper' / 'a.tif', GRID, [np.ones(GRID.shape)], ['a'])
            raise InputError('the second output failed')
    assert os.listdir(tmp_path) == []          # the folders made for it are gone too


def test_outside_a_run_outputs_are_published_at_once(tmp_path):
    write_raster(tmp_path / 'a.tif', GRID, [np.ones(GRID.shape)], ['a'])
    assert os.listdir(tmp_path) == ['a.tif']


def test_staged_folder_contents_move_and_close_first(tmp_path):
    temp, final = tmp_path / '.partial-x', tmp_path / 'final'
    temp.mkdir()
    final.mkdir()
    (temp / 'layer.gpkg').write_text('data')
    closed = []
    with staging.staged_outputs() as run:
        run.stage_folder_content(str(temp), str(final), close=lambda: closed.append(True))
    assert closed == [True] and (final / 'layer.gpkg').read_text() == 'data' and not temp.exists()


# -- paths ------------------------------------------------------------------------------------------------
def test_hard_links_symbolic_links_and_input_folders_are_overlaps(tmp_path):
    source = tmp_path / 'input.tif'
    source.write_bytes(b'data')
    os.link(source, tmp_path / 'hard.tif')
    os.symlink(tmp_path, tmp_path.parent / f'{tmp_path.name}-link')
    linked_folder = tmp_path.parent / f'{tmp_path.name}-link'
    for output in (tmp_path / 'hard.tif', linked_folder / 'input.tif', tmp_path / '.' / 'input.tif'):
        with pytest.raises(InputError, match='is also the input INPUT'):
            paths.check_outputs_against_inputs([('OUTPUT', str(output))], [('INPUT', str(source))])
    with pytest.raises(InputError, match='lies inside the input folder PREVIOUS'):
        paths.check_outputs_against_inputs([('OUTPUT', str(linked_folder / 'x.tif'))],
                                           [('PREVIOUS', str(tmp_path))])
    paths.check_outputs_against_inputs([('OUTPUT', str(tmp_path / 'other.tif'))], [('INPUT', str(source))])


def test_output_file_and_folder_problems(tmp_path):
    (tmp_path / 'file').write_text('x')
    with pytest.raises(InputError, match=r'^OUTPUT: ".*" is a folder'):
        paths.check_output_file('OUTPUT', tmp_path)
    with pytest.raises(InputError, match=r'^OUTPUT: cannot write .*file" is a file'):
        paths.check_output_file('OUTPUT', tmp_path / 'file' / 'x.tif')
    with pytest.raises(InputError, match=r'^OUTPUT_FOLDER: ".*file" is a file, not a folder'):
        paths.check_output_folder('OUTPUT_FOLDER', tmp_path / 'file')
    paths.check_output_file('OUTPUT', tmp_path / 'missing' / 'parents' / 'x.tif')   # made when written


# -- simulatestack never deletes ----------------------------------------------------------------------------
def test_simulate_stack_keeps_what_is_there_and_uses_new_sub_folders(tmp_path):
    config = SimulationConfig(width=8, height=8, n_dates=3, links=1, atmosphere=0.0)
    (tmp_path / 'interferograms').mkdir()
    mine = tmp_path / 'interferograms' / '20200107_20200119.tif'
    mine.write_bytes(b'my own interferogram')
    first = simulate_stack(config, tmp_path)
    second = simulate_stack(config, tmp_path)
    assert mine.read_bytes() == b'my own interferogram' and os.listdir(tmp_path / 'interferograms') == [mine.name]
    assert (first.folder, second.folder) == (str(tmp_path / 'simulatestack-2'), str(tmp_path / 'simulatestack-3'))
    assert all(os.path.isfile(p) for p in first.interferograms + second.interferograms)
    assert not [name for name in os.listdir(tmp_path) if name.startswith('.')]


def test_simulate_stack_memory_estimate_scales_with_the_scene():
    small, large = SimulationConfig(width=100, height=100), SimulationConfig(width=1000, height=1000)
    assert memory_needed(large) == 100 * memory_needed(small)
    with pytest.raises(InputError, match=r'^WIDTH: .* need about 1 TB of memory, but only .*; lower WIDTH'):
        resources.check_memory(1024 ** 4 * 1.0, 'WIDTH: big', 'lower WIDTH')


# -- plausibility ------------------------------------------------------------------------------------------
def test_interferogram_units_thresholds():
    rng = np.random.default_rng(0)
    values = rng.normal(0.0, 3.0, (4, 8, 10))                        # ~10 mm spread: plausible in mm
    assert input_checks.interferogram_units_warning(values, 'millimetres', 1.0) is None
    assert 'set UNITS to metres' in input_checks.interferogram_units_warning(values / 1000, 'millimetres', 1.0)
    assert 'set UNITS to millimetres' in input_checks.interferogram_units_warning(values * 30, 'metres', 1000.0)
    assert input_checks.interferogram_units_warning(np.full((2, 3, 3), np.nan), 'radians', 4.4) is None


def test_dem_units_and_declared_metres():
    heights = np.linspace(0.2, 3.7, 50)
    assert 'kilometres' in input_checks.dem_units_warning(heights)
    assert input_checks.dem_units_warning(heights, 'm') is None                  # the raster says metres
    assert input_checks.dem_units_warning(heights * 1000) is None
    assert 'feet or centimetres' in input_checks.dem_units_warning(heights * 1e5)
    assert input_checks.dem_units_warning(np.array([1.0, 1.02])) is None         # flat coast in metres


def test_velocity_units_against_gnss():
    gnss = np.array([3.0, -2.0, 5.0, 1.0, -4.0])
    assert input_checks.velocity_units_warning(gnss + 0.5, gnss) is None
    assert 'is it in metres' in input_checks.velocity_units_warning(gnss / 1000.0, gnss)
    assert 'in m/yr' in input_checks.velocity_units_warning(gnss * 1000.0, gnss)


def test_eight_bit_coherence_is_scaled_and_other_ranges_refused(tmp_path):
    coherence = np.array([[0, 128, 255], [64, 200, 30]], dtype=np.uint8)
    byte = write_tif(tmp_path / '20200101_20200113.tif', coherence, dtype=gdal.GDT_Byte)
    stack = RasterStack([byte], 'COHERENCE')
    warnings = []
    factors = input_checks.coherence_scales(stack, warnings.append)
    assert factors.tolist() == [1 / 255] and 'scaled to 0–1' in warnings[0]
    values = input_checks.check_coherence(stack.read(0, 2), factors, stack, [0])
    np.testing.assert_allclose(values[0], coherence / 255.0)
    wrong = write_tif(tmp_path / '20200101_20200125.tif', coherence * 0.01 - 0.5)
    with pytest.raises(InputError, match=r'^COHERENCE: ".*" holds coherence from -0.5 to 2.05'):
        input_checks.coherence_scales(RasterStack([wrong], 'COHERENCE'))


def test_all_nan_rasters_are_refused_before_anything_runs(tmp_path):
    empty = write_tif(tmp_path / 'empty.tif', np.full((4, 4), np.nan))
    sparse = np.full((40, 40), np.nan)
    sparse[33, 7] = 1.0
    one_pixel = write_tif(tmp_path / 'one.tif', sparse)
    with pytest.raises(InputError, match=r'^INPUT: empty.tif has no valid pixel'):
        input_checks.require_values([empty], 'INPUT')
    assert input_checks.require_values([empty, one_pixel], 'INPUT') == ['empty.tif']
    assert not [name for name in os.listdir(tmp_path) if name.endswith('.aux.xml')]   # nothing written by GDAL


# -- through Processing ----------------------------------------------------------------------------------------
def test_memory_message_names_a_parameter_the_algorithm_has(plugin):
    for algorithm_id in ('simulatestack', 'timeseriesfit', 'baselinestrain'):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(f'deformation:{algorithm_id}')
        hint = algorithm.memory_hint()
        parameters = [word.strip(' ,()') for word in hint.split() if word.strip(' ,()').isupper()]
        assert all(algorithm.parameterDefinition(name) is not None for name in parameters), hint
    assert 'WIDTH and HEIGHT' in QgsApplication.processingRegistry().createAlgorithmById(
        'deformation:simulatestack').memory_hint()


def test_qgis_process_refuses_to_overwrite_the_input(qgis_process, tmp_path):
    series = write_tif(tmp_path / 'series.tif', [np.full((4, 5), float(k)) for k in range(4)],
                       descriptions=['2020-01-01', '2020-02-01', '2020-03-01', '2020-04-01'])
    before = file_digest(series)
    code, _, log = qgis_process.run('timeseriesfit', INPUT=series, OUTPUT=series, PERIODIC=0)
    assert code != 0 and 'OUTPUT: "' in log and 'is also the input INPUT' in log, log
    assert 'Traceback' not in log and file_digest(series) == before
    code, _, log = qgis_process.run('simulatestack', OUTPUT_FOLDER=series, WIDTH=8, HEIGHT=8, N_DATES=3)
    assert code != 0 and 'OUTPUT_FOLDER: ' in log and 'is a file, not a folder' in log and 'Traceback' not in log


def test_staged_vector_outputs_are_loaded_from_their_final_place(plugin, tmp_path):
    """A destination loaded into the project (the dialog's case) and a shapefile with its side-cars."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject, QgsVectorLayer
    from reliability_inputs import Inputs
    inputs = Inputs(tmp_path / 'inputs')
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    strain = str(tmp_path / 'out' / 'strain.shp')
    result = processing.run('deformation:strainrate', {
        'INPUT': inputs.stations, 'OUTPUT': QgsProcessingOutputLayerDefinition(strain, QgsProject.instance()),
        'OUTPUT_AXES': str(tmp_path / 'out' / 'axes.gpkg'), 'OUTPUT_RASTER': str(tmp_path / 'out' / 'strain.tif')},
        context=context)
    assert result['OUTPUT'] == strain
    assert {'strain.shp', 'strain.dbf', 'strain.shx', 'strain.prj'} <= set(os.listdir(tmp_path / 'out'))
    assert not [name for name in os.listdir(tmp_path / 'out') if name.startswith('.')]
    assert list(context.layersToLoadOnCompletion()) == [strain]
    assert QgsVectorLayer(strain, 'strain', 'ogr').featureCount() > 0
    del context
