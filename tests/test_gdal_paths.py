"""Raster inputs accept whatever GDAL opens: HDF5/NetCDF subdatasets, /vsizip/, VRT (not only file paths)."""
import zipfile

import h5py
import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException
from rasters import read_tif, write_tif

from deformation_toolbox.algorithms.core.io.raster_stack import RasterStack, display_name, is_gdal_string

FREQUENCIES = dict(CENTER_FREQUENCY=1257.5, LOW_FREQUENCY=1236.0, HIGH_FREQUENCY=1279.0)


def sub_bands():
    rows, cols = np.mgrid[0:12, 0:15].astype(float)
    return (0.3 * rows - 0.1 * cols).astype(np.float32), (0.25 * rows + 0.05 * cols).astype(np.float32)


def sub_band_file(folder):
    """The two sub-bands as datasets ``low`` and ``high`` of one HDF5 file (no georeferencing)."""
    low, high = sub_bands()
    h5 = folder / 'subbands.h5'
    with h5py.File(h5, 'w') as handle:
        handle.create_dataset('low', data=low)
        handle.create_dataset('high', data=high)
    return h5


def split(run_algorithm, low, high, folder, tag):
    return run_algorithm('splitspectrum', dict(LOW_BAND=low, HIGH_BAND=high, **FREQUENCIES,
                                               OUTPUT_IONOSPHERE=str(folder / f'{tag}_iono.tif'),
                                               OUTPUT_NONDISPERSIVE=str(folder / f'{tag}_nondisp.tif')))


def test_names_of_gdal_strings():
    assert display_name('HDF5:"/data/run/timeseries.h5"://timeseries') == 'timeseries.h5:timeseries'
    assert display_name('NETCDF:"/x/frame.nc":velocity') == 'frame.nc:velocity'
    assert display_name('/vsizip//a/b.zip/c/velocity.tif') == 'velocity.tif'
    assert is_gdal_string('/vsicurl/https://example.org/v.tif') and not is_gdal_string('/data/v.tif')


def test_hdf5_subdatasets_are_inputs_like_files(run_algorithm, tmp_path):
    h5 = sub_band_file(tmp_path)
    low, high = sub_bands()
    from_h5 = split(run_algorithm, f'HDF5:"{h5}"://low', f'HDF5:"{h5}"://high', tmp_path, 'h5')
    geotransform = (0.0, 1.0, 0.0, 0.0, 0.0, 1.0)            # what GDAL gives an HDF5 dataset without georeferencing
    tifs = [write_tif(tmp_path / f'{n}.tif', a, geotransform, epsg=None) for n, a in (('low', low), ('high', high))]
    from_tif = split(run_algorithm, *tifs, tmp_path, 'tif')
    for name in ('OUTPUT_IONOSPHERE', 'OUTPUT_NONDISPERSIVE'):
        expected = read_tif(from_tif[name])[0]
        assert np.abs(expected).max() > 0.1
        assert np.array_equal(read_tif(from_h5[name])[0], expected)


def test_vsizip_and_vrt_paths(run_algorithm, tmp_path):
    series = [np.full((6, 7), 2.0 * k) for k in range(5)]                # 2 mm per 12 days
    dates = ['2020-01-01', '2020-01-13', '2020-01-25', '2020-02-06', '2020-02-18']
    tif = write_tif(tmp_path / 'series.tif', series, descriptions=dates)
    with zipfile.ZipFile(tmp_path / 'series.zip', 'w') as archive:
        archive.write(tif, 'folder/series.tif')
    vrt = str(tmp_path / 'series.vrt')
    gdal.BuildVRT(vrt, [tif], separate=False)
    velocities = []
    for tag, path in (('zip', f'/vsizip/{tmp_path / "series.zip"}/folder/series.tif'), ('vrt', vrt), ('tif', tif)):
        if tag == 'vrt':   # a VRT keeps the bands, not their descriptions: date them through band metadata
            dataset = gdal.Open(vrt, gdal.GA_Update)
            for k, date in enumerate(dates):
                dataset.GetRasterBand(k + 1).SetMetadataItem('DATE', date.replace('-', ''))
            dataset = None
        fit = run_algorithm('timeseriesfit', {'INPUT': path, 'PERIODIC': [0], 'OUTPUT': str(tmp_path / f'{tag}.tif')})
        bands, names = read_tif(fit['OUTPUT'])
        velocities.append(bands[names.index('velocity')])
    assert np.allclose(velocities[0], 2.0 * 365.25 / 12.0, rtol=1e-6)
    assert np.array_equal(velocities[0], velocities[2]) and np.array_equal(velocities[1], velocities[2])


def test_subdataset_through_qgis_process(qgis_process, tmp_path):
    h5 = sub_band_file(tmp_path)
    code, results, log = qgis_process.run('splitspectrum', LOW_BAND=f'HDF5:"{h5}"://low',
                                          HIGH_BAND=f'HDF5:"{h5}"://high', **FREQUENCIES,
                                          OUTPUT_IONOSPHERE=tmp_path / 'iono.tif',
                                          OUTPUT_NONDISPERSIVE=tmp_path / 'nondisp.tif')
    assert code == 0, log
    assert read_tif(results['OUTPUT_IONOSPHERE'])[0].shape == (1, 12, 15)


def test_a_container_without_bands_names_its_subdatasets(tmp_path):
    h5 = tmp_path / 'two.h5'
    with h5py.File(h5, 'w') as handle:
        handle.create_dataset('velocity', data=np.zeros((4, 4), np.float32))
        handle.create_dataset('height', data=np.zeros((4, 4), np.float32))
    with pytest.raises(Exception) as error:
        RasterStack([str(h5)], 'INPUT')
    message = str(error.value)
    assert '"two.h5" has no raster band' in message and f'HDF5:"{h5}"://velocity' in message
    with pytest.raises(Exception, match='does not exist'):
        RasterStack([str(tmp_path / 'missing.tif')], 'INPUT')
    with pytest.raises(Exception, match='not a raster GDAL can read'):
        RasterStack([f'HDF5:"{h5}"://absent'], 'INPUT')


def test_algorithms_report_the_subdataset_hint(run_algorithm, tmp_path):
    h5 = tmp_path / 'velocity.h5'
    with h5py.File(h5, 'w') as handle:
        handle.create_dataset('velocity', data=np.zeros((4, 4), np.float32))
        handle.create_dataset('velocityStd', data=np.zeros((4, 4), np.float32))
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm('timeseriesfit', {'INPUT': str(h5), 'OUTPUT': str(tmp_path / 'fit.tif')})
    assert 'INPUT' in str(error.value)
