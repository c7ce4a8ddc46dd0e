"""Parameter values checked before an algorithm runs, with messages naming parameter, value and what is accepted.

:class:`~.base.DeformationAlgorithm` calls these from ``checkParameterValues``
(before Processing's own checks, whose messages say only "Incorrect parameter
value for X") and again at the start of every run (models and scripts may skip
``checkParameterValues``).  They read the parameter *definitions*, so every
algorithm gets them without code of its own:

* numbers: not a number, NaN/∞, outside the definition's range (with a hint
  saying what the quantity is, from :data:`NUMBER_HINTS` or the algorithm's
  ``NUMBER_HINTS``);
* raster, vector and file inputs given as paths: missing, unreadable,
  truncated or not a raster/vector;
* CRS given as text that QGIS does not know;
* output paths (:func:`output_paths`) and input paths (:func:`input_paths`)
  for the overlap check of :mod:`.core.io.paths`.
"""
import math
import os
import re

from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: the shared strings are translated in the ``DeformationAlgorithm`` context
translate = QCoreApplication.translate
#: what a number parameter means, by parameter name or name ending (ASC_INCIDENCE ends with INCIDENCE)
NUMBER_HINTS = {
    'WAVELENGTH': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'the radar wavelength in mm: 55.47 (Sentinel-1, C '
                                    'band), 31.2 (TerraSAR-X, X band), 229 (ALOS-2, L band)'),
    'INCIDENCE': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'the incidence angle from vertical in degrees, below 90 '
                                   '(SAR incidence is about 20–50°)'),
    'HEADING': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'the satellite heading in degrees clockwise from north '
                                 '(about −10 ascending, −170 descending for Sentinel-1)'),
    'PRESSURE': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'the sea-level air pressure in hPa (about 1013)'),
    'TEMPERATURE': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'the sea-level air temperature in °C'),
    'HUMIDITY': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'the relative humidity in %'),
    'POISSON': QT_TRANSLATE_NOOP('DeformationAlgorithm', "Poisson's ratio of the crust, below 0.5 (0.25 is usual)"),
    'BLOCK_ROWS': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'rows read per block (0 = chosen from the memory)'),
    'RESOLUTION': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'the output pixel size in metres'),
    'DEPTH': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'the source depth below the surface in metres'),
    'MIN_COHERENCE': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'a coherence threshold from 0 to 1'),
}
#: how a file the user gave is named in the messages (translated)
KINDS = {'file': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'file'),
         'folder': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'folder'),
         'raster': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'raster'),
         'vector layer': QT_TRANSLATE_NOOP('DeformationAlgorithm', 'vector layer')}
#: parameter types holding layers or files read by the algorithm
LAYER_TYPES = ('raster', 'vector', 'source', 'layer', 'mesh', 'multilayer', 'file')
#: a GDAL subdataset or driver prefix (NETCDF:"a.nc":var, HDF5:…); not a Windows drive letter
_GDAL_PREFIX = re.compile(r'^[A-Za-z][A-Za-z0-9_]+:')
#: data sources that are not files (outputs written elsewhere are not compared with inputs)
_NON_FILE_PREFIXES = ('memory:', 'postgres:', 'postgis:', 'spatialite:', 'mssql:', 'oracle:', 'wfs:', 'http:',
                      'https:', 'TEMPORARY_OUTPUT')


def number_hint(name, hints):
    for key, text in hints.items():
        if name == key or name.endswith('_' + key):
            return translate('DeformationAlgorithm', text)
    return ''


def accepted_range(definition, hint):
    """'a number from 0 to 89.999: <hint>' from the definition's range."""
    low, high = definition.minimum(), definition.maximum()
    whole = definition.dataType() == definition.Type.Integer
    bounded_low, bounded_high = low > -1e300, high < 1e300
    if bounded_low and bounded_high:
        text = (translate('DeformationAlgorithm', 'a whole number from {0:g} to {1:g}') if whole
                else translate('DeformationAlgorithm', 'a number from {0:g} to {1:g}')).format(low, high)
    elif bounded_low:
        text = (translate('DeformationAlgorithm', 'a whole number of at least {0:g}') if whole
                else translate('DeformationAlgorithm', 'a number of at least {0:g}')).format(low)
    elif bounded_high:
        text = (translate('DeformationAlgorithm', 'a whole number of at most {0:g}') if whole
                else translate('DeformationAlgorithm', 'a number of at most {0:g}')).format(high)
    else:
        text = (translate('DeformationAlgorithm', 'a whole number') if whole
                else translate('DeformationAlgorithm', 'a number'))
    return (translate('DeformationAlgorithm', '{0}: {1}').format(text, hint) if hint
            else translate('DeformationAlgorithm', '{0} ({1})').format(text, definition.description()))


def number_problem(definition, value, hints):
    """Why ``value`` is not accepted by the number ``definition``, or ``None``."""
    if value is None or isinstance(value, (QgsProperty, bool)) or (isinstance(value, str) and not value.strip()):
        return None
    name = definition.name()
    accepted = accepted_range(definition, number_hint(name, hints))
    try:
        number = float(value)
    except (TypeError, ValueError):
        return translate('DeformationAlgorithm', '{0}: "{1}" is not a number; give {2}.').format(name, value, accepted)
    if not math.isfinite(number):
        return translate('DeformationAlgorithm', '{0}: {1} is not a usable number; give {2}.').format(
            name, number, accepted)
    if number < definition.minimum() or number > definition.maximum():
        return translate('DeformationAlgorithm', '{0}: {1:g} is not accepted; give {2}.').format(name, number, accepted)
    return None


def _file_part(path):
    """The file behind a GDAL/OGR path: the part before ``|``, the quoted file of a subdataset."""
    path = str(path).split('|')[0].strip()
    if os.path.exists(path):
        return path
    for candidate in re.findall(r'"([^"]+)"', path) + path.split(':'):
        if candidate and os.path.exists(candidate):
            return candidate
    return path


def _is_virtual(path):
    return path.startswith('/vsi') or (_GDAL_PREFIX.match(path) is not None and not re.match(r'^[A-Za-z]:[\\/]', path))


#: readable rasters already probed: (path, size, modification time) — the checks run twice per run
_READABLE = set()


def raster_path_problem(name, path):
    """Why the raster file ``path`` cannot be used as ``name``, or ``None`` (missing, unreadable, truncated)."""
    path = str(path)
    key = _file_key(path)
    if key in _READABLE:
        return None
    problem = _raster_problem(name, path)
    if problem is None and key is not None:
        if len(_READABLE) > 100_000:
            _READABLE.clear()
        _READABLE.add(key)
    return problem


def _file_key(path):
    try:
        status = os.stat(path.split('|')[0])
    except (OSError, ValueError):
        return None
    return path, status.st_size, status.st_mtime_ns


def _raster_problem(name, path):
    if not _is_virtual(path.split('|')[0]):
        path = path.split('|')[0]
        problem = _file_problem(name, path, 'raster')
        if problem:
            return problem
    with _QuietGdal():
        try:
            dataset = gdal.Open(path, gdal.GA_ReadOnly)
        except RuntimeError:
            dataset = None
        if dataset is None:
            return translate('DeformationAlgorithm', '{0}: "{1}" is truncated or not a raster GDAL can read ({2}); '
                             'give a GeoTIFF or another GDAL raster.').format(name, path, _gdal_message())
        if dataset.RasterCount == 0:
            return translate('DeformationAlgorithm', '{0}: "{1}" holds no raster band; give a raster with at least '
                             'one band.').format(name, path)
        if not _last_block_readable(dataset):
            return translate('DeformationAlgorithm', '{0}: "{1}" is truncated or not a raster: its last rows cannot '
                             'be read ({2}); write the file again or give another one.').format(
                name, path, _gdal_message())
    return None


def _last_block_readable(dataset):
    """Whether the last block of the last band can be read: a truncated file fails here.

    A GeoTIFF needs no read: that block must lie inside the file (its offset and byte count against
    the file size; ~0.01 ms instead of ~2.5 ms to decompress a block, for each
    of hundreds of interferograms).  Other formats, TIFFs whose layout GDAL does not report, and
    truncated TIFFs (for GDAL's message) read it.
    """
    if _tiff_block_inside(dataset):
        return True
    band = dataset.GetRasterBand(dataset.RasterCount)
    block_x, block_y = band.GetBlockSize()
    width, height = dataset.RasterXSize, dataset.RasterYSize
    x0 = (width - 1) // max(1, block_x) * max(1, block_x)
    y0 = (height - 1) // max(1, block_y) * max(1, block_y)
    try:
        return band.ReadRaster(x0, y0, width - x0, min(max(1, block_y), height - y0)) is not None
    except RuntimeError:
        return False


def _tiff_block_inside(dataset):
    """For a GeoTIFF: whether the last block of its last band lies inside the file; ``None`` when unknown."""
    files = dataset.GetFileList() if dataset.GetDriver().ShortName == 'GTiff' else None
    status = gdal.VSIStatL(files[0]) if files else None
    if status is None:
        return None
    band = dataset.GetRasterBand(dataset.RasterCount)
    block_x, block_y = band.GetBlockSize()
    column = (dataset.RasterXSize - 1) // max(1, block_x)
    row = (dataset.RasterYSize - 1) // max(1, block_y)
    offset = band.GetMetadataItem(f'BLOCK_OFFSET_{column}_{row}', 'TIFF')
    size = band.GetMetadataItem(f'BLOCK_SIZE_{column}_{row}', 'TIFF')
    if not offset or not size:
        return None   # not reported (sparse block, another layout): read it
    return int(offset) + int(size) <= status.size


def vector_path_problem(name, path):
    """Why the vector file ``path`` cannot be used as ``name``, or ``None``."""
    file_path = _file_part(path)
    problem = _file_problem(name, file_path, 'vector layer')
    if problem:
        return problem
    with _QuietGdal():
        try:
            source = ogr.Open(file_path)
        except RuntimeError:
            source = None
        if source is None:
            return translate('DeformationAlgorithm', '{0}: "{1}" is truncated or not a vector layer OGR can read '
                             '({2}); give a GeoPackage, shapefile or another vector file.').format(
                name, file_path, _gdal_message())
    return None


def file_path_problem(name, path):
    """Why the file ``path`` cannot be read as ``name``, or ``None``."""
    return _file_problem(name, str(path), 'file')


def _file_problem(name, path, what):
    kind = translate('DeformationAlgorithm', KINDS[what])
    if not os.path.exists(path):
        return translate('DeformationAlgorithm', '{0}: "{1}" does not exist; choose an existing {2}.').format(
            name, path, kind)
    if os.path.isdir(path) and what != 'folder' and not path.lower().endswith('.gdb'):
        return translate('DeformationAlgorithm', '{0}: "{1}" is a folder; choose a {2}, not a folder.').format(
            name, path, kind)
    if not os.access(path, os.R_OK):
        return translate('DeformationAlgorithm', '{0}: "{1}" cannot be read (permission denied); choose a {2} you '
                         'can read.').format(name, path, kind)
    return None


class _QuietGdal:
    def __enter__(self):
        gdal.PushErrorHandler('CPLQuietErrorHandler')
        gdal.ErrorReset()

    def __exit__(self, *exc):
        gdal.PopErrorHandler()
        return False


def _gdal_message():
    return gdal.GetLastErrorMsg().strip().rstrip('.') or translate('DeformationAlgorithm', 'GDAL could not open it')


def crs_problem(name, value):
    """Why the CRS text ``value`` is not a CRS QGIS knows, or ``None``."""
    if not isinstance(value, str) or not value.strip():
        return None
    if QgsCoordinateReferenceSystem(value.strip()).isValid():
        return None
    return translate('DeformationAlgorithm', '{0}: "{1}" is not a CRS that QGIS knows; give an EPSG code such as '
                     'EPSG:32654 (UTM zone 54N) or a WKT/PROJ definition.').format(name, value)


def path_values(value, context=None):
    """The paths in a parameter value given as text (one path, a list, or a source definition).

    Layers, layer ids and names of layers in the project or ``context`` are skipped.
    """
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue() if hasattr(value.source, 'staticValue') else value.source
    values = value if isinstance(value, (list, tuple)) else [value]
    paths = []
    for item in values:
        if isinstance(item, QgsMapLayer) or not isinstance(item, str) or not item.strip():
            continue
        item = item.strip()
        separated = os.sep in item or '/' in item
        if not separated and (not os.path.splitext(item.split('|')[0])[1] or _is_layer(item, context)):
            continue   # a layer id or name, not a path
        paths.append(item)
    return paths


def _is_layer(text, context):
    if context is None:
        return False
    return QgsProcessingUtils.mapLayerFromString(text, context, False) is not None


def input_value_problems(definition, value, context=None):
    """Problems of the paths given for the input ``definition`` (missing, unreadable …)."""
    kind = definition.type()
    name = definition.name()
    problems = []
    for path in path_values(value, context):
        if kind == 'raster' or (kind == 'multilayer' and definition.layerType() == QgsProcessing.SourceType.TypeRaster):
            problems.append(raster_path_problem(name, path))
        elif kind in ('vector', 'source') or (kind == 'multilayer' and definition.layerType() in (
                QgsProcessing.SourceType.TypeVector, QgsProcessing.SourceType.TypeVectorAnyGeometry,
                QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorLine,
                QgsProcessing.SourceType.TypeVectorPolygon)):
            problems.append(vector_path_problem(name, path))
        elif kind == 'file' or kind == 'multilayer':
            folder = kind == 'file' and definition.behavior() == definition.Behavior.Folder
            problems.append(_file_problem(name, path, 'folder' if folder else 'file'))
    return [problem for problem in problems if problem]


# -- paths read and written by a run ----------------------------------------------------------------------
def layer_file(layer):
    """The file (or folder) behind a layer, or ``None`` for layers not stored in files."""
    if layer is None:
        return None
    return source_file(layer.providerType(), layer.source())


def source_file(provider, source):
    """The file (or folder) behind the data source ``source`` of ``provider`` ('gdal', 'ogr' …), or ``None``."""
    try:
        parts = QgsProviderRegistry.instance().decodeUri(provider, source)
    except Exception:   # a provider without decodeUri: fall back to the source text
        parts = {}
    path = _file_part(parts.get('path') or source)
    return path if path and os.path.exists(path) else None


def input_paths(algorithm, parameters, context):
    """[(parameter, path)] of every file and folder the run reads (layers resolved to their files)."""
    found = []
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if definition.isDestination() or definition.type() not in LAYER_TYPES or parameters.get(name) in (None, ''):
            continue
        for path in _definition_inputs(algorithm, definition, parameters, context):
            if path:
                found.append((name, path))
    return found


def _definition_inputs(algorithm, definition, parameters, context):
    name, kind = definition.name(), definition.type()
    try:
        if kind == 'file':
            return [algorithm.parameterAsFile(parameters, name, context)]
        if kind == 'multilayer' and definition.layerType() == QgsProcessing.SourceType.TypeFile:
            return list(algorithm.parameterAsFileList(parameters, name, context))
        if kind == 'multilayer' and definition.layerType() == QgsProcessing.SourceType.TypeRaster:
            return [source_file('gdal', path) for path in algorithm.raster_paths(parameters, name, context)]
        if kind == 'multilayer':
            layers = algorithm.parameterAsLayerList(parameters, name, context)
        elif kind == 'raster':
            layers = [algorithm.parameterAsRasterLayer(parameters, name, context)]
        elif kind in ('vector', 'source'):
            layers = [algorithm.parameterAsVectorLayer(parameters, name, context)]
        else:
            layers = [algorithm.parameterAsLayer(parameters, name, context)]
    except Exception:   # an unusable value is reported by the checks of its own parameter
        return []
    return [layer_file(layer) for layer in layers]


def is_temporary(value):
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        sink = value.sink
        value = sink.staticValue() if hasattr(sink, 'staticValue') else sink
    return value is None or value == '' or str(value).startswith('TEMPORARY_OUTPUT')


def output_file(destination):
    """The file a destination string writes, or ``None`` for non-file destinations (memory, databases)."""
    text = str(destination or '').strip()
    if not text or text.startswith(_NON_FILE_PREFIXES):
        return None
    if text.startswith('ogr:'):
        match = re.search(r"dbname='([^']+)'", text) or re.search(r'dbname="([^"]+)"', text)
        return match.group(1) if match else None
    path = text.split('|')[0]
    if _GDAL_PREFIX.match(path) and not re.match(r'^[A-Za-z]:[\\/]', path):
        return None
    return path


def output_paths(algorithm, parameters, context):
    """[(parameter, path, kind)] of the files (kind 'file') and folders ('folder') the run writes.

    Temporary outputs (chosen by Processing) and outputs left empty are not listed.
    """
    found = []
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        value = parameters.get(name)
        if is_temporary(value):
            continue
        kind = definition.type()
        if kind == 'folderDestination':
            path = algorithm.parameterAsString(parameters, name, context)
            if path:
                found.append((name, path, 'folder'))
            continue
        if kind == 'fileDestination':
            destination = algorithm.parameterAsFileOutput(parameters, name, context)
        else:
            destination = algorithm.parameterAsOutputLayer(parameters, name, context)
        path = output_file(destination)
        if path:
            found.append((name, path, 'file'))
    return found
