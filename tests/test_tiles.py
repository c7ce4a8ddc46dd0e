"""Windows bounded in rows and columns (core.engine.tiles), ENGINE texts, and the MEMORY_MB budget of row blocks."""
import numpy as np
import pytest

from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.engine import tiles
from deformation_toolbox.algorithms.core.engine.dask_engine import parse_engine, tile_groups

MB = tiles.MB


def coverage(windows, height, width):
    count = np.zeros((height, width), dtype=np.uint8)
    for window in windows:
        count[window.slices] += 1
    return count


@pytest.mark.parametrize('height, width', [(6000, 6000), (600, 600), (300, 100000), (100000, 300), (7, 5)])
@pytest.mark.parametrize('bytes_per_pixel, budget_mb', [(8 * 1000, 512), (8 * 30, 512), (8 * 1000, 1)])
def test_windows_cover_the_grid_once_within_the_budget(height, width, bytes_per_pixel, budget_mb):
    if budget_mb == 1 and height * width > 1e6:
        height, width = height // 20 or 1, width // 20 or 1   # ~40-pixel windows: keep the count small
    windows = tiles.plan_windows(height, width, bytes_per_pixel, budget_mb * MB)
    assert (coverage(windows, height, width) == 1).all()
    largest = max(w.size for w in windows)
    assert largest * bytes_per_pixel * tiles.IN_FLIGHT <= max(budget_mb * MB, bytes_per_pixel * tiles.IN_FLIGHT)
    # bounded in both directions: the window does not grow with the width or the height of the image
    reference = tiles.window_shape(600, 600, bytes_per_pixel, budget_mb * MB)
    shape = tiles.window_shape(height, width, bytes_per_pixel, budget_mb * MB)
    assert shape[0] * shape[1] <= max(reference[0] * reference[1], tiles.TILE * tiles.TILE) or \
        shape[0] * shape[1] * bytes_per_pixel * tiles.IN_FLIGHT <= budget_mb * MB


def test_a_wide_stack_gets_windows_narrower_than_the_image():
    """6000 px wide, 114 interferograms, 512 MB: windows smaller than a 256 × 256 tile, listed tile by tile."""
    bytes_per_pixel = 8 * (6 * 114 + 7 * 60 + 16)
    windows = tiles.plan_windows(6000, 6000, bytes_per_pixel, 512 * MB)
    first = windows[0]
    assert first.ncols < 6000 and first.nrows < 6000
    assert first.size * bytes_per_pixel * tiles.IN_FLIGHT <= 512 * MB
    per_tile = (tiles.TILE // first.nrows) * (tiles.TILE // first.ncols)
    assert all(w.row0 < tiles.TILE and w.col0 < tiles.TILE for w in windows[:per_tile])
    complete = [n for n, w in enumerate(windows[:3 * per_tile]) if tiles.completes_tiles(w, 6000, 6000)]
    assert complete == [per_tile - 1, 2 * per_tile - 1, 3 * per_tile - 1]


def test_large_budget_gives_whole_tiles_then_rows():
    windows = tiles.plan_windows(2000, 1000, 8, 512 * MB)
    assert len(windows) == 1 and windows[0].size == 2000 * 1000
    shape = tiles.window_shape(5000, 5000, 8 * 200, 3 * 8 * 200 * 1024 * 256)   # room for 4 tiles
    assert shape == (256, 1024)


def test_row_blocks_and_plan():
    windows = tiles.plan(10, 7, 8, block_rows=3)
    assert [(w.row0, w.nrows, w.col0, w.ncols) for w in windows] == [(0, 3, 0, 7), (3, 3, 0, 7), (6, 3, 0, 7),
                                                                      (9, 1, 0, 7)]


def test_default_budget_is_a_quarter_of_free_memory_at_least_512_mb(monkeypatch):
    assert tiles.memory_budget_mb(700) == 700
    monkeypatch.setattr(tiles, 'available_memory_mb', lambda: 16000)
    assert tiles.memory_budget_mb(0) == 4000
    monkeypatch.setattr(tiles, 'available_memory_mb', lambda: 1000)
    assert tiles.memory_budget_mb(0) == 512


@pytest.mark.parametrize('text, expected', [('', None), ('local', None), (' Local ', None),
                                            ('tcp://127.0.0.1:8786', 'tcp://127.0.0.1:8786'),
                                            ('tls://scheduler.example.org:8786', 'tls://scheduler.example.org:8786')])
def test_engine_texts(text, expected):
    assert parse_engine(text) == expected


@pytest.mark.parametrize('text', ['dask', '127.0.0.1:8786', 'http://host:8786', 'tcp://'])
def test_engine_refuses_other_texts(text):
    with pytest.raises(InputError, match='ENGINE: .* local, or the address of a Dask scheduler'):
        parse_engine(text)


def test_every_block_streaming_algorithm_takes_the_memory_budget(provider):
    """Algorithms with BLOCK_ROWS size their automatic blocks by MEMORY_MB (issue 13, item 1)."""
    streaming = [a for a in provider.algorithms() if a.parameterDefinition('BLOCK_ROWS')]
    assert len(streaming) >= 10
    missing = [a.id() for a in streaming if not a.parameterDefinition('MEMORY_MB')]
    assert not missing


@pytest.mark.parametrize('memory_mb, expected_rows', [(512, 512 * MB // 4 // (100000 * 24 * 8)),
                                                      (4096, 4096 * MB // 4 // (100000 * 24 * 8))])
def test_row_blocks_follow_the_budget_and_give_the_same_output(provider, run_algorithm, tmp_path, memory_mb,
                                                               expected_rows):
    from osgeo import gdal
    from qgis.core import QgsProcessingContext
    from rasters import read_tif, write_tif
    algorithm = next(a for a in provider.algorithms() if a.name() == 'troposphericdelay').create()
    rows = algorithm.block_rows({'MEMORY_MB': memory_mb}, QgsProcessingContext(), 100000, 24)
    assert rows == expected_rows   # a quarter of the budget per block of 24 float64 values per pixel
    heights = np.linspace(0.0, 3000.0, 40 * 30).reshape(40, 30)
    dem = write_tif(tmp_path / 'dem.tif', heights, (138.5, 0.001, 0.0, 36.4, 0.0, -0.001), epsg=4326,
                    dtype=gdal.GDT_Float64)
    outputs = []
    for name, extra in (('rows', {'BLOCK_ROWS': 3}), ('budget', {'MEMORY_MB': memory_mb})):
        result = run_algorithm('troposphericdelay', dict(DEM=dem, INCIDENCE=39.0, OUTPUT=str(tmp_path / f'{name}.tif'),
                                                         **extra))
        outputs.append(read_tif(result['OUTPUT'])[0])
    np.testing.assert_array_equal(outputs[0], outputs[1])


def test_dask_tasks_group_the_windows_of_one_tile():
    """Sub-tile windows of one tile make one Dask task (each tile decompressed by one worker, once);
    tile-sized or larger windows stay one per task; order and coverage are kept."""
    windows = tiles.windows_of_shape(600, 520, 128, 128)
    groups = tile_groups(windows)
    assert [w for g in groups for w in g] == windows
    assert len(groups) == 3 * 3
    for group in groups:
        assert len({(w.row0 // tiles.TILE, w.col0 // tiles.TILE) for w in group}) == 1
    big = tiles.windows_of_shape(600, 520, 256, 512)
    assert [len(g) for g in tile_groups(big)] == [1] * len(big)


def test_a_small_image_still_gets_several_windows_for_the_pipeline():
    """500 × 400 px with a large budget: about MIN_WINDOWS windows (not one), covering the grid once."""
    windows = tiles.plan(400, 500, 8 * 1000, memory_mb=8000)
    assert len(windows) >= tiles.MIN_WINDOWS
    assert (coverage(windows, 400, 500) == 1).all()
    assert max(w.size for w in windows) <= 400 * 500 / tiles.MIN_WINDOWS


def test_the_pipeline_runs_blas_on_one_thread_and_restores_it():
    """Inside the window pipeline OpenBLAS has one thread (nested runs too); the count is restored after."""
    from deformation_toolbox.algorithms.core.common import resources
    from deformation_toolbox.algorithms.core.common.progress import SILENT
    from deformation_toolbox.algorithms.core.engine.executor import run_local
    libraries = resources._openblas_libraries()
    if not libraries:
        pytest.skip('no OpenBLAS loaded in this process')
    before = [getter() for _, getter in libraries]
    seen = []

    class Task:
        def load(self, window):
            return window

        def compute(self, window, loaded):
            seen.append([getter() for _, getter in libraries])
            with resources.single_threaded_blas():
                seen.append([getter() for _, getter in libraries])
            a = np.arange(64.0 * 64).reshape(64, 64)
            return True, {'product': (a @ a.T)[None]}

    products = []
    run_local(Task(), tiles.plan(64, 64, 8, 512), lambda window, result: products.append(result), SILENT)
    assert seen and all(counts == [1] * len(libraries) for counts in seen)
    assert [getter() for _, getter in libraries] == before
    a = np.arange(64.0 * 64).reshape(64, 64)
    assert all(np.array_equal(p[1]['product'][0], a @ a.T) for p in products)


def _anonymous_resident_mb():
    with open('/proc/self/status', encoding='ascii') as status:
        return next(int(line.split()[1]) for line in status if line.startswith('RssAnon')) / 1024


def test_free_heap_pages_go_back_to_the_system_between_windows():
    """1 500 arrays of 64 kB (under the mmap threshold: heap) with one in ten kept: the 83 MB freed between
    them stay resident until :func:`return_free_memory`, which gives back at least half of them (glibc)."""
    import os

    from deformation_toolbox.algorithms.core.common import resources
    if not os.path.exists('/proc/self/status'):
        pytest.skip('needs Linux /proc')
    resources.return_free_memory()
    blocks = [np.ones(8192) for _ in range(1500)]        # 64 kB each, pages touched
    kept = blocks[::10]
    del blocks
    before = _anonymous_resident_mb()
    resources.return_free_memory()
    after = _anonymous_resident_mb()
    if resources._libc_trim is False:
        pytest.skip('no glibc malloc_trim here')
    freed_mb = 1350 * 65536 / 2 ** 20
    assert before - after >= 0.5 * freed_mb, (before, after)
    assert all(block.sum() == 8192 for block in kept)


def test_a_run_bounds_gdal_cache_by_its_budget_from_the_start():
    """budget_cache: GDAL's block cache at most a quarter of MEMORY_MB inside a run, the user's value after."""
    from osgeo import gdal

    from deformation_toolbox.algorithms.core.insar.sbas.stack import budget_cache
    previous = gdal.GetCacheMax()
    gdal.SetCacheMax(1024 * 2 ** 20)
    try:
        with budget_cache(512):
            assert gdal.GetCacheMax() == 128 * 2 ** 20
        assert gdal.GetCacheMax() == 1024 * 2 ** 20
        gdal.SetCacheMax(64 * 2 ** 20)
        with budget_cache(512):                      # a smaller cache is kept
            assert gdal.GetCacheMax() == 64 * 2 ** 20
    finally:
        gdal.SetCacheMax(previous)
