"""Small helpers shared by the tests: write/read test rasters with GDAL, fingerprint input files."""
import hashlib

import numpy as np
from osgeo import gdal, osr


def write_tif(path, arrays, geotransform=(500000.0, 30.0, 0.0, 4000000.0, 0.0, -30.0), epsg=32654,
              descriptions=None, metadata=None, dtype=gdal.GDT_Float32, nodata=None):
    """Write ``arrays`` (one 2-D array per band) as a GeoTIFF and return ``str(path)``."""
    arrays = [np.asarray(a) for a in (arrays if isinstance(arrays, (list, tuple)) else [arrays])]
    height, width = arrays[0].shape
    dataset = gdal.GetDriverByName('GTiff').Create(str(path), width, height, len(arrays), dtype)
    dataset.SetGeoTransform(geotransform)
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        dataset.SetProjection(srs.ExportToWkt())
    for index, array in enumerate(arrays):
        band = dataset.GetRasterBand(index + 1)
        band.WriteArray(array)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        if descriptions:
            band.SetDescription(descriptions[index])
        if metadata:
            band.SetMetadata(metadata[index])
    dataset = None
    return str(path)


def read_tif(path):
    """All bands of ``path`` as float64 (n_bands, rows, cols) and the band descriptions."""
    dataset = gdal.Open(str(path))
    data = dataset.ReadAsArray().astype(float)
    if data.ndim == 2:
        data = data[np.newaxis]
    names = [dataset.GetRasterBand(i + 1).GetDescription() for i in range(dataset.RasterCount)]
    return data, names


def file_digest(path):
    """MD5 of the file at ``path``: inputs must be unchanged by a run."""
    with open(path, 'rb') as handle:
        return hashlib.md5(handle.read()).hexdigest()


def assert_refused(run_algorithm, algorithm_id, parameters, fragment, feedback=None, inputs=(),
                   outputs_kept=()):
    """Run ``algorithm_id`` expecting a clear error containing ``fragment``; return the message.

    The files ``inputs`` (paths) must be unchanged and no ``OUTPUT*`` file
    written (except the parameters named in ``outputs_kept``).
    """
    import os

    import pytest
    from qgis.core import QgsProcessingException
    digests = {path: file_digest(path) for path in inputs}
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(algorithm_id, parameters, feedback)
    message = str(error.value)
    assert fragment in message, message
    assert 'Traceback' not in message, message
    for path, digest in digests.items():
        assert file_digest(path) == digest, f'{path} was modified'
    for name, value in parameters.items():
        if name.startswith('OUTPUT') and name not in outputs_kept and isinstance(value, str):
            assert not os.path.exists(value), f'{name} written despite the error'
    return message
