"""Raster-stack I/O (core): dating, grid checks, block streaming, atomic writes."""
import datetime as dt
import hashlib
import os

import numpy as np
import pytest
from osgeo import gdal
from rasters import read_tif, write_tif

from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.common.progress import Monitor
from deformation_toolbox.algorithms.core.engine.pixels import map_pixels
from deformation_toolbox.algorithms.core.engine.tiles import row_block_windows
from deformation_toolbox.algorithms.core.io import raster_stack as rs

DATES = [dt.date(2020, 1, 2) + dt.timedelta(days=12 * i) for i in range(5)]


@pytest.fixture
def dated_files(tmp_path):
    rng = np.random.default_rng(0)
    paths = []
    for date in DATES:
        data = rng.normal(size=(37, 23))
        data[3, 4] = np.nan
        paths.append(write_tif(tmp_path / f'disp_{date:%Y%m%d}.tif', data))
    return paths


def test_dates_from_names_descriptions_and_metadata(tmp_path, dated_files):
    assert rs.RasterStack(dated_files).dates() == DATES
    arrays = [np.zeros((4, 4))] * 3
    by_description = write_tif(tmp_path / 'series.tif', arrays, descriptions=['2020-01-02', '2020-01-14', '2020-01-26'])
    assert rs.RasterStack([by_description]).dates() == DATES[:3]
    by_metadata = write_tif(tmp_path / 'meta.tif', arrays, metadata=[{'DATE': d.strftime('%Y%m%d')} for d in DATES[:3]])
    assert rs.RasterStack([by_metadata]).dates() == DATES[:3]
    pairs = write_tif(tmp_path / 'ifg.tif', arrays[:2], descriptions=['20200102_20200114', 'x'],
                      metadata=[{}, {'DATE12': '20200114_20200126'}])
    assert rs.RasterStack([pairs]).pairs() == [(DATES[0], DATES[1]), (DATES[1], DATES[2])]


def test_reading_applies_nodata_and_scale(tmp_path):
    data = np.arange(12, dtype=np.int16).reshape(3, 4)
    path = write_tif(tmp_path / '20200102.tif', data, dtype=gdal.GDT_Int16, nodata=5)
    dataset = gdal.Open(path, gdal.GA_Update)
    dataset.GetRasterBand(1).SetScale(0.5)
    dataset.GetRasterBand(1).SetOffset(-1.0)
    dataset = None
    values = rs.RasterStack([path]).read(0, 3)[0]
    expected = data * 0.5 - 1.0
    expected[data == 5] = np.nan
    np.testing.assert_array_equal(values, expected)


@pytest.mark.parametrize('block_rows', [1, 4, 7, 37, 1000])
def test_streaming_copy_is_identical_for_any_block_size(tmp_path, dated_files, block_rows):
    """Read by blocks and write a time series: bytes of the pixel data identical for every block size."""
    stack = rs.RasterStack(dated_files)
    output = tmp_path / f'copy_{block_rows}.tif'
    with rs.time_series_writer(output, stack.grid, stack.dates()) as writer:
        map_pixels(stack, lambda pixels: [pixels.T], [writer], row_block_windows(*stack.grid.shape, block_rows),
                   Monitor())
    copied, names = read_tif(output)
    original = np.stack([read_tif(p)[0][0] for p in dated_files])
    np.testing.assert_array_equal(copied, original.astype(np.float32))
    assert names == [d.isoformat() for d in DATES]
    dataset = gdal.Open(str(output))
    band = dataset.GetRasterBand(2)
    assert band.GetMetadataItem('DATE') == '20200114' and np.isnan(band.GetNoDataValue())
    digest = hashlib.sha256(copied.tobytes()).hexdigest()
    reference = tmp_path / 'reference.tif'
    with rs.time_series_writer(reference, stack.grid, stack.dates()) as writer:
        map_pixels(stack, lambda pixels: [pixels.T], [writer], row_block_windows(*stack.grid.shape, 37), Monitor())
    assert hashlib.sha256(read_tif(reference)[0].tobytes()).hexdigest() == digest


def test_output_format_is_tiled_deflate_float32(tmp_path, dated_files):
    stack = rs.RasterStack(dated_files)
    output = rs.write_raster(tmp_path / 'out.tif', stack.grid, [np.ones(stack.grid.shape)], ['velocity'])
    dataset = gdal.Open(output)
    structure = dataset.GetMetadata('IMAGE_STRUCTURE')
    assert structure['COMPRESSION'] == 'DEFLATE'
    assert dataset.GetRasterBand(1).GetBlockSize() == [256, 256]
    assert dataset.GetRasterBand(1).DataType == gdal.GDT_Float32
    assert dataset.GetGeoTransform() == stack.grid.geotransform


def test_different_grid_and_crs_are_refused(tmp_path, dated_files):
    shifted = write_tif(tmp_path / '20200301.tif', np.zeros((37, 23)),
                        geotransform=(500030.0, 30.0, 0.0, 4000000.0, 0.0, -30.0))
    with pytest.raises(InputError, match='"20200301.tif" is not on the grid of "disp_20200102.tif".*geotransform'):
        rs.RasterStack(dated_files + [shifted], 'INPUT')
    other_crs = write_tif(tmp_path / '20200302.tif', np.zeros((37, 23)), epsg=32653)
    with pytest.raises(InputError, match='CRS "EPSG:32653'):
        rs.RasterStack(dated_files + [other_crs], 'INPUT')
    smaller = write_tif(tmp_path / '20200303.tif', np.zeros((36, 23)))
    with pytest.raises(InputError, match='size 23×36'):
        rs.RasterStack(dated_files + [smaller], 'INPUT')


def test_undated_duplicate_and_reversed_names_are_refused(tmp_path, dated_files):
    undated = write_tif(tmp_path / 'displacement.tif', np.zeros((37, 23)))
    with pytest.raises(InputError, match='"displacement.tif" has no acquisition date'):
        rs.RasterStack(dated_files + [undated]).dates()
    with pytest.raises(InputError, match='DATES lists 2 dates but INPUT has 5 bands'):
        rs.RasterStack(dated_files, 'INPUT').dates(DATES[:2])
    with pytest.raises(InputError, match='date 2020-01-02 appears twice'):
        rs.RasterStack(dated_files + [dated_files[0]]).dates()
    reversed_pair = write_tif(tmp_path / '20200114_20200102.tif', np.zeros((37, 23)))
    with pytest.raises(InputError, match='first date must be earlier'):
        rs.RasterStack([reversed_pair], 'INTERFEROGRAMS').pairs()


def test_writer_is_atomic_and_reports_unwritable_folders(tmp_path, dated_files):
    grid = rs.RasterStack(dated_files).grid
    target = tmp_path / 'velocity.tif'
    with pytest.raises(RuntimeError):
        with rs.RasterWriter(target, grid, ['velocity']) as writer:
            writer.write(0, np.ones((10, 23)))
            assert os.path.exists(str(target) + '.partial') and not target.exists()
            raise RuntimeError('simulated failure mid-way')
    assert sorted(os.listdir(tmp_path)) == sorted(os.path.basename(p) for p in dated_files)
    blocker = tmp_path / 'a_file'
    blocker.write_text('not a folder')
    with pytest.raises(InputError, match='OUTPUT: cannot write .*a_file/out.tif'):
        rs.RasterWriter(blocker / 'out.tif', grid, ['velocity'])


def test_block_iteration_covers_every_row_once():
    rows = [r for row0, n in rs.iter_blocks(103, 10) for r in range(row0, row0 + n)]
    assert rows == list(range(103))
    assert rs.rows_per_block(1000, 100, budget_mb=8) == 10


def test_dataset_pool_is_raised_for_large_stacks_and_a_user_value_is_kept():
    """GDAL's pool of VRT sources (default 100 files) is raised to hold every file of a stack."""
    previous = gdal.GetConfigOption('GDAL_MAX_DATASET_POOL_SIZE')
    try:
        gdal.SetConfigOption('GDAL_MAX_DATASET_POOL_SIZE', None)
        rs.reserve_dataset_pool(228)
        assert int(gdal.GetConfigOption('GDAL_MAX_DATASET_POOL_SIZE')) == 260
        rs.reserve_dataset_pool(10)   # never lowered
        assert int(gdal.GetConfigOption('GDAL_MAX_DATASET_POOL_SIZE')) == 260
        gdal.SetConfigOption('GDAL_MAX_DATASET_POOL_SIZE', '5000')
        rs.reserve_dataset_pool(300)
        assert gdal.GetConfigOption('GDAL_MAX_DATASET_POOL_SIZE') == '5000'
    finally:
        gdal.SetConfigOption('GDAL_MAX_DATASET_POOL_SIZE', previous)


@pytest.mark.parametrize('options', [[], ['BIGTIFF=YES'], ['ENDIANNESS=BIG'], ['BIGTIFF=YES', 'ENDIANNESS=BIG']])
def test_crs_fingerprint_reads_the_geokeys_of_classic_big_and_big_endian_tiffs(tmp_path, options):
    """Same CRS → same fingerprint (the WKT is then reused); another CRS, a PAM side-car or a non-TIFF → GDAL."""
    from deformation_toolbox.algorithms.core.io.geotiff_keys import crs_fingerprint

    def write(name, epsg):
        srs = rs.osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        dataset = gdal.GetDriverByName('GTiff').Create(str(tmp_path / name), 6, 5, 1, gdal.GDT_Float32, options)
        dataset.SetGeoTransform((500000.0, 10.0, 0.0, 3900000.0, 0.0, -10.0))
        dataset.SetProjection(srs.ExportToWkt())
        dataset.GetRasterBand(1).Fill(1.5)
        dataset = None
        return str(tmp_path / name)

    first, second, other = write('20200102_20200114.tif', 32654), write('20200114_20200126.tif', 32654), \
        write('20200126_20200207.tif', 32653)
    prints = [crs_fingerprint(p, gdal.Open(p)) for p in (first, second, other)]
    assert prints[0] is not None and prints[0] == prints[1] and prints[2] not in (None, prints[0])
    stack = rs.RasterStack([first, second])
    assert rs.Grid.of(gdal.Open(second)).crs_wkt == stack.grid.crs_wkt and 'UTM zone 54N' in stack.grid.crs_wkt
    with pytest.raises(InputError, match='CRS "EPSG:32653'):
        rs.RasterStack([first, second, other], 'INTERFEROGRAMS')
    gdal.Translate(str(tmp_path / 'copy.vrt'), first, format='VRT')
    assert crs_fingerprint(str(tmp_path / 'copy.vrt'), gdal.Open(str(tmp_path / 'copy.vrt'))) is None
    dataset = gdal.Open(second, gdal.GA_ReadOnly)   # a CRS in a PAM side-car overrides the GeoKeys
    srs = rs.osr.SpatialReference()
    srs.ImportFromEPSG(32653)
    dataset.SetProjection(srs.ExportToWkt())
    dataset = None
    assert os.path.exists(second + '.aux.xml') and crs_fingerprint(second, gdal.Open(second)) is None
    with pytest.raises(InputError, match='CRS "EPSG:32653'):
        rs.RasterStack([first, second], 'INTERFEROGRAMS')
