"""Shared base class of every Deformation Toolbox Processing algorithm.

Subclasses set ``ALGORITHM_ID`` and ``GROUP_ID``, implement ``displayName``,
``initAlgorithm`` and ``run``; help text lives in ``help/<id>.html``.  Errors
of the numerical core (:class:`~.core.errors.InputError`) and cancellation are
turned into ``QgsProcessingException`` here, so users never see a traceback.

Every run is guarded here, from the parameter definitions, for every algorithm:

* before anything runs, parameter values are checked with messages naming
  parameter, value and what is accepted (:mod:`.parameter_checks`), output
  paths are checked (folder, read-only, blocked parent) and compared with
  every input file and folder (:mod:`.core.io.paths`): an output may never
  overwrite an input;
* outputs are staged (:mod:`.core.io.staging`): rasters keep their
  ``.partial`` name and vector layers are written in a hidden folder next to
  their destination (:meth:`DeformationAlgorithm.parameterAsSink`) until the
  whole run has succeeded; a failed or cancelled run deletes them all.
"""
import html
import math
import numbers
import os
import re
import tempfile
import traceback
from dataclasses import dataclass

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterBand,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProperty,
    QgsRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QIcon

from ..plugin.i18n import active_language
from . import output_styles, parameter_checks
from .core.common import dates
from .core.common.errors import Cancelled, InputError, translated
from .core.common.progress import Monitor
from .core.engine import tiles
from .core.engine.dask_engine import parse_engine
from .core.geometry.line_of_sight import LOOK_DIRECTIONS, LOS_COMPONENTS, GeometrySource
from .core.geometry.phase import SENTINEL1_WAVELENGTH_MM
from .core.io import input_checks, staging
from .core.io import paths as output_paths
from .core.io.raster_stack import display_name, is_gdal_string, open_single_band, rows_per_block
from .qgis_compat import field_type
from .raster_list import RasterFilesParameter, file_values, is_raster_list

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
HELP_DIR = os.path.join(os.path.dirname(__file__), 'help')
ICON_PATH = os.path.join(PLUGIN_DIR, 'resources', 'icon.svg')
HELP_URL = 'https://github.com/deformation-toolbox/deformation_toolbox#algorithms'
HELP_PAGES = os.path.join(PLUGIN_DIR, 'docs', 'help')
#: ``[[NAME]]``: a parameter named in a help source; ``<!-- tags: a, b -->``: its search tags
HELP_REFERENCE = re.compile(r'\[\[([A-Z][A-Z0-9_]*)\]\]')
HELP_TAGS = re.compile(r'<!--\s*tags:(.*?)-->', re.S)


CONTEXT = 'DeformationAlgorithm'
#: the label field of station layers when none is named
STATION_LABEL = 'station'
#: strings shared by several algorithms are translated in the ``DeformationAlgorithm`` context;
#: literal ``translate('DeformationAlgorithm', '…')`` calls are what pylupdate5 extracts
translate = QCoreApplication.translate


#: toolbox groups in the order of the work
GROUP_ORDER = ('import', 'insar', 'gnss', 'corrections', 'decomposition', 'strain', 'analysis')


#: algorithms within their group in the order of the work: the toolbox sorts by name, so names get "2.1 …"
WORK_ORDER = {
    'import': ('importegms', 'importlicsbas', 'importmintpy'),
    'insar': ('simulatestack', 'networkplot', 'sbasinversion', 'timeseriesfit', 'mosaicframes'),
    'gnss': ('gnsstimeseries', 'coseismicoffset'),
    'corrections': ('splitspectrum', 'troposphericdelay', 'troposphericcorrection', 'gnsscorrection'),
    'decomposition': ('ascdescdecomposition',),
    'strain': ('strainrate', 'baselinestrain', 'mogiforward', 'mogiinversion', 'okadaforward', 'faultinversion'),
    'analysis': ('zonalvelocity', 'comparepoints'),
}


def help_path(algorithm_id, language='en'):
    """``help/<language>/<id>.html`` when it exists (not for English), else the English ``help/<id>.html``."""
    if language and language != 'en':
        path = os.path.join(HELP_DIR, language, f'{algorithm_id}.html')
        if os.path.exists(path):
            return path
    return os.path.join(HELP_DIR, f'{algorithm_id}.html')


def work_step(group_id, algorithm_id):
    """``"2.1"``: the place of ``algorithm_id`` in the work (group number, rank in the group), or ``''``."""
    order = WORK_ORDER.get(group_id, ())
    if algorithm_id not in order:
        return ''
    return f'{GROUP_ORDER.index(group_id) + 1}.{order.index(algorithm_id) + 1}'


def group_name(group_id):
    """The toolbox group, numbered in the order of the work ("1 Import", "2 InSAR time series", …)."""
    names = {
        'insar': translate('DeformationAlgorithm', 'InSAR time series'),
        'corrections': translate('DeformationAlgorithm', 'Corrections'),
        'decomposition': translate('DeformationAlgorithm', 'Decomposition'),
        'gnss': translate('DeformationAlgorithm', 'GNSS'),
        'strain': translate('DeformationAlgorithm', 'Strain and sources'),
        'analysis': translate('DeformationAlgorithm', 'Analysis'),
        'import': translate('DeformationAlgorithm', 'Import'),
    }
    return f'{GROUP_ORDER.index(group_id) + 1} {names[group_id]}'


def error_text(error):
    """The message of an :class:`InputError` in the user's language (core templates: ``CoreMessages``)."""
    return translated(error, QCoreApplication.translate)


def geometry_label(prefix):
    """`` (asc)``: what tells geometry parameters of ``prefix`` ('ASC_', 'DESC_', …) apart in their labels."""
    name = prefix.rstrip('_').lower()
    names = {'asc': translate('DeformationAlgorithm', 'asc'), 'desc': translate('DeformationAlgorithm', 'desc')}
    return f' ({names.get(name, name)})' if name else ''


def attribute_value(value):
    """A Python/numpy value as a feature attribute: numbers as int/float, NaN and ±inf as NULL."""
    if value is None:
        return None
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        value = float(value)
        return value if math.isfinite(value) else None
    return value


def feature_value(value):
    """A feature attribute as a Python value: NULL (a null QVariant) → ``None``."""
    if value is not None and getattr(value, 'isNull', lambda: False)():
        return None
    return value


def label_text(value):
    """A station label from a feature attribute ('' for NULL)."""
    value = feature_value(value)
    return '' if value is None else str(value).strip()


@dataclass
class PointTable:
    """A point layer read by :meth:`DeformationAlgorithm.point_table`."""

    x: np.ndarray        # (n,) coordinates in the requested CRS
    y: np.ndarray
    table: dict          # {key: (n,) float array, NaN for NULL}
    ids: list            # feature ids
    labels: list         # station labels (the feature id as text without a label field)


#: geometry kinds of :meth:`DeformationAlgorithm.feature_output`
GEOMETRY_TYPES = {'point': QgsWkbTypes.Type.Point, 'line': QgsWkbTypes.Type.LineString,
                  'polygon': QgsWkbTypes.Type.Polygon}


def make_fields(specification, base=None):
    """``QgsFields``: those of ``base`` (optional), then [(name, kind)] pairs, kind a
    :func:`~.qgis_compat.field_type` name or a field type."""
    fields = QgsFields() if base is None else QgsFields(base)
    for name, kind in specification:
        fields.append(QgsField(name, field_type(kind) if isinstance(kind, str) else kind))
    return fields


class FeatureOutput:
    """A vector output being written (:meth:`DeformationAlgorithm.feature_output`).

    Attribute values go through :func:`attribute_value` (NaN → NULL);
    ``destination`` is what the results dict returns for the output.
    """

    def __init__(self, sink, fields, destination):
        self.sink = sink
        self.fields = fields
        self.destination = destination
        self.count = 0

    def add_geometry(self, geometry, values):
        feature = QgsFeature(self.fields)
        feature.setGeometry(geometry)
        feature.setAttributes([attribute_value(value) for value in values])
        self.sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        self.count += 1

    def add_point(self, x, y, values):
        self.add_geometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))), values)

    def add_line(self, vertices, values):
        self.add_geometry(QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in vertices]), values)

    def add_polygon(self, ring, values):
        """A polygon from its outer ring [(x, y), …] (closed here when open)."""
        points = [QgsPointXY(float(x), float(y)) for x, y in ring]
        if points and points[0] != points[-1]:
            points.append(points[0])
        self.add_geometry(QgsGeometry.fromPolygonXY([points]), values)


def feedback_monitor(feedback):
    """A core :class:`Monitor` reporting to a ``QgsProcessingFeedback``."""
    if feedback is None:
        return Monitor()
    return Monitor(report=feedback.setProgress, is_canceled=feedback.isCanceled, info=feedback.pushInfo)


def advanced(parameter):
    """Flag ``parameter`` as advanced and return it."""
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return parameter


class DeformationAlgorithm(QgsProcessingAlgorithm):
    """Base of all algorithms: naming, translation, help, shared parameters, errors."""

    ALGORITHM_ID = ''
    GROUP_ID = ''

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if 'run' in cls.__dict__:  # would silently break processing.run, which calls QgsProcessingAlgorithm.run
            raise TypeError(f'{cls.__name__}: implement process(parameters, context, feedback, monitor), not run().')
        if 'displayName' in cls.__dict__:
            cls.displayName = _numbered(cls.__dict__['displayName'])

    STEP_DATES = 'STEP_DATES'
    BLOCK_ROWS = 'BLOCK_ROWS'
    MEMORY_MB = 'MEMORY_MB'
    ENGINE = 'ENGINE'
    WAVELENGTH = 'WAVELENGTH'
    LOOK_DIRECTION = 'LOOK_DIRECTION'

    # -- identity -----------------------------------------------------------
    def name(self):
        return self.ALGORITHM_ID

    def group(self):
        return group_name(self.GROUP_ID)

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def tr(self, text):
        """``text`` translated in the context of this class, else of the class that defines the call
        (pylupdate5 files ``self.tr`` under the class it is written in: base classes' strings are found too)."""
        for cls in type(self).__mro__:
            if cls is DeformationAlgorithm:
                break
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return QCoreApplication.translate(CONTEXT, text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def icon(self):
        return QIcon(ICON_PATH)

    # -- help: one source per algorithm (help/<id>.html) for the panel and docs/help/<id>.html ----------
    def help_source(self, language=None):
        """The help source: HTML with parameters written ``[[NAME]]`` and a ``<!-- tags: … -->`` line.

        In the language of the plugin's texts (:func:`~..plugin.i18n.active_language`, i.e. the QGIS
        locale): ``help/<language>/<id>.html`` when it exists, else the English ``help/<id>.html``.
        """
        path = help_path(self.ALGORITHM_ID, language or active_language())
        with open(path, encoding='utf-8') as handle:
            return handle.read()

    def parameter_label(self, name):
        """The label a user sees for parameter or output ``name`` (translated)."""
        definition = self.parameterDefinition(name) or self.outputDefinition(name)
        if definition is None:
            raise KeyError(f'{self.ALGORITHM_ID}: the help names [[{name}]], which is no parameter or output')
        return definition.description()

    def quoted_label(self, name):
        """``"label"`` of parameter ``name``, for messages that name a parameter."""
        return f'"{self.parameter_label(name)}"'

    def render_help(self, text):
        """``text`` with every ``[[NAME]]`` replaced by the parameter's displayed label, in italics."""
        return HELP_REFERENCE.sub(lambda match: f'<i>{self.parameter_label(match.group(1))}</i>',
                                  HELP_TAGS.sub('', text)).strip()

    def shortHelpString(self):  # noqa: N802
        return self.render_help(self.help_source())

    def shortDescription(self):  # noqa: N802
        """The first sentence of the help, without markup (Japanese sentences end with 。)."""
        text = re.sub(r'<[^>]+>', '', self.shortHelpString().split('</p>')[0]).strip()
        if '。' in text:
            return text.split('。')[0].strip() + '。'
        sentence = re.split(r'(?<=[a-zé)])\.\s', text, maxsplit=1)[0].strip()
        return sentence.rstrip('.') + '.'

    def tags(self):
        match = HELP_TAGS.search(self.help_source('en'))
        words = match.group(1).split(',') if match else []
        translated = HELP_TAGS.search(self.help_source())
        words += translated.group(1).split(',') if translated and translated is not match else []
        return [word.strip() for word in words if word.strip()] + ['deformation', 'InSAR', 'GNSS']

    def help_page(self):
        """The standalone help page ``docs/help/<id>.html``: the panel's help, then parameters and outputs."""
        rows = []
        kinds = {'input': translate('DeformationAlgorithm', 'input'),
                 'output': translate('DeformationAlgorithm', 'output')}
        for definition in self.parameterDefinitions():
            kind = kinds['output' if definition.isDestination() else 'input']
            notes = [translate('DeformationAlgorithm', 'optional')] if (
                definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional) else []
            if definition.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced:
                notes.append(translate('DeformationAlgorithm', 'advanced'))
            default = definition.defaultValue()
            if definition.type() == 'enum' and isinstance(default, int):
                default = definition.options()[default]
            rows.append((kind, definition.description(), definition.type(), '' if default is None else default,
                         ', '.join(notes), definition.name()))
        rows += [(kinds['output'], output.description(), output.type(), '', '', output.name())
                 for output in self.outputDefinitions() if self.parameterDefinition(output.name()) is None]
        table = ''.join(f'<tr><td>{html.escape(str(label))}</td><td>{kind}</td><td>{html.escape(str(value_type))}'
                        f'</td><td>{html.escape(str(default))}</td><td>{notes}</td><td><code>{name}</code></td></tr>\n'
                        for kind, label, value_type, default, notes, name in rows)
        title = html.escape(self.displayName())
        headers = ''.join(f'<th>{html.escape(header)}</th>' for header in (
            translate('DeformationAlgorithm', 'Label'), translate('DeformationAlgorithm', 'Kind'),
            translate('DeformationAlgorithm', 'Type'), translate('DeformationAlgorithm', 'Default'),
            translate('DeformationAlgorithm', 'Notes'),
            translate('DeformationAlgorithm', 'Name for scripts and qgis_process')))
        language = active_language()
        return (f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8"><title>{title}</title></head>'
                f'<body>\n<h1>{title}</h1>\n<p><i>{html.escape(self.group())}</i> — <code>{self.id()}</code></p>\n'
                f'{self.shortHelpString()}\n<h2>{translate("DeformationAlgorithm", "Parameters and outputs")}</h2>\n'
                f'<table border="1" cellpadding="3">\n<tr>{headers}</tr>\n{table}</table>\n</body></html>\n')

    def helpUrl(self):  # noqa: N802
        """The local help page made from the same source (``docs/help/[<language>/]<id>.html``,
        ``scripts/make_help.py``), in the language of the plugin's texts when it has one."""
        language = active_language()
        for folder in ([os.path.join(HELP_PAGES, language)] if language != 'en' else []) + [HELP_PAGES]:
            path = os.path.join(folder, f'{self.ALGORITHM_ID}.html')
            if os.path.exists(path):
                return QUrl.fromLocalFile(path).toString()
        return HELP_URL

    # -- band choice (one band of a multi-band raster input) ------------------------
    #: single-raster inputs read whole (time series): their ``<NAME>_BAND`` is empty by default (= every band)
    WHOLE_RASTER_INPUTS = ()
    #: raster inputs without a band choice (templates whose grid only is used)
    NO_BAND_INPUTS = ()
    BAND_SUFFIX = '_BAND'

    def addParameter(self, definition, createOutput=True):  # noqa: N802, N803
        """Processing's ``addParameter``; a single-raster input gets its ``<NAME>_BAND`` right after it; a
        multiple-raster input becomes a :class:`~.raster_list.RasterFilesParameter` (files checked without layers)."""
        if is_raster_list(definition) and not isinstance(definition, RasterFilesParameter):
            definition = RasterFilesParameter.of(definition)
        added = super().addParameter(definition, createOutput)
        name = definition.name()
        if (definition.type() == 'raster' and name not in self.NO_BAND_INPUTS
                and self.parameterDefinition(name + self.BAND_SUFFIX) is None):
            whole = name in self.WHOLE_RASTER_INPUTS
            label = (translate('DeformationAlgorithm', 'Band of "{0}" (empty = every band)') if whole
                     else translate('DeformationAlgorithm', 'Band of "{0}"')).format(definition.description())
            band = QgsProcessingParameterBand(name + self.BAND_SUFFIX, label, None if whole else 1, name,
                                              optional=True)
            band.setFlags(band.flags() | (definition.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced))
            super().addParameter(band)
        return added

    def chosen_band(self, parameters, name, context):
        """The 1-based band chosen for raster input ``name``, or ``None`` (whole raster)."""
        band_name = name + self.BAND_SUFFIX
        if self.parameterDefinition(band_name) is None or parameters.get(band_name) in (None, ''):
            return None
        return self.parameterAsInt(parameters, band_name, context) or None

    def _one_band_source(self, path, name, band):
        """``path`` itself when it has one band, else a virtual raster of its band ``band`` (description kept)."""
        dataset = gdal.Open(path)
        if dataset is None:
            return path
        count = dataset.RasterCount
        if band is None or (count == 1 and band == 1):
            return path
        if not 1 <= band <= count:
            raise InputError(translate('DeformationAlgorithm', '{0}: band {1} does not exist in "{2}", which has {3} '
                                       'band(s); choose a band from 1 to {3}.').format(
                self.parameterDefinition(name + self.BAND_SUFFIX).description(), band, display_name(path), count))
        cache = self.__dict__.setdefault('_band_sources', {})
        if (path, band) not in cache:
            folder = QgsProcessingUtils.tempFolder()
            target = os.path.join(folder, f'{os.path.splitext(os.path.basename(path))[0]}_band{band}_{id(self)}.vrt')
            gdal.Translate(target, dataset, format='VRT', bandList=[band])
            cache[(path, band)] = target
        return cache[(path, band)]

    # -- outputs loaded when the run ends (:mod:`.output_styles`) --------------------
    def output_names(self):
        """{output name: short layer name (translated)}; other outputs are named after their label, parenthesis cut."""
        return {}

    def output_layer_name(self, name):
        names = self.output_names()
        if name in names:
            return names[name]
        definition = self.parameterDefinition(name) or self.outputDefinition(name)
        label = definition.description() if definition is not None else name
        return label.split(' (')[0]

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Every output Processing will load gets a short name and its style (never an RGB composite)."""
        for key, details in context.layersToLoadOnCompletion().items():
            name = details.outputName
            if not name or context.layerToLoadOnCompletionDetails(key).postProcessor() is not None:
                continue
            definition = self.parameterDefinition(name)
            layer_type = 'vector' if definition is not None and definition.type() in ('sink', 'vectorDestination') \
                else 'raster'
            context.layerToLoadOnCompletionDetails(key).setPostProcessor(
                output_styles.post_processor(output_styles.kind_of_output(name, layer_type),
                                             self.output_layer_name(name)))
        return {}

    def load_on_completion(self, context, path, name):
        """Load raster ``path`` when the run ends (desktop), named and styled as output ``name``."""
        details = QgsProcessingContext.LayerDetails(self.output_layer_name(name), context.project(), name,
                                                    QgsProcessingUtils.LayerHint.Raster)
        context.addLayerToLoadOnCompletion(path, details)

    # -- running ------------------------------------------------------------
    #: what to lower when memory runs out, for algorithms without BLOCK_ROWS
    MEMORY_HINT = ''
    #: {parameter name or ending: what the number means} added to parameter_checks.NUMBER_HINTS
    NUMBER_HINTS = {}
    #: raster inputs whose grid only is used (they may be all NaN)
    GRID_ONLY_INPUTS = ()
    #: plausible radar wavelengths [mm]: Ka band (8 mm) … P band (~700 mm)
    WAVELENGTH_RANGE = (7.0, 800.0)

    def _load_gdal_rasters(self, parameters, context, names=None):
        """Raster inputs given as text (files, HDF5/NetCDF subdatasets, ``/vsizip/``, ``/vsicurl/``) become layers.

        QGIS 3.22 loads a raster parameter given as text only when it names a
        file, and tries it as a vector first (one "[OGR] Cannot open" warning
        per file); such strings are loaded here as GDAL rasters into the
        context's layer store, where the parameters then find them by their source.
        Lists of rasters given as files only (:meth:`raster_list_files`) are read
        as paths and get layers only when asked for (:meth:`parameterAsLayerList`).
        ``names``: only these parameters (default: every raster input).
        """
        for definition in self.parameterDefinitions():
            if definition.type() not in ('raster', 'multilayer') or (
                    definition.type() == 'multilayer' and definition.layerType() == QgsProcessing.SourceType.TypeFile):
                continue
            if names is None and self.raster_list_files(parameters, definition.name()) is not None:
                continue
            if names is not None and definition.name() not in names:
                continue
            values = parameters.get(definition.name())
            for value in values if isinstance(values, (list, tuple)) else [values]:
                if not (isinstance(value, str) and (is_gdal_string(value) or os.path.isfile(value))):
                    continue
                if QgsProcessingUtils.mapLayerFromString(value, context, False) is not None:
                    continue
                name = (os.path.splitext(os.path.basename(value))[0] if os.path.isfile(value)   # as QGIS names it
                        else display_name(value))
                layer = QgsRasterLayer(value, name, 'gdal')
                if layer.isValid():
                    context.temporaryLayerStore().addMapLayer(layer)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        run = None
        try:
            self._load_gdal_rasters(parameters, context)   # model children get no checkParameterValues call
            problems = self.parameter_problems(parameters, context)
            if problems:
                raise InputError(problems[0])
            self.check_output_paths(parameters, context)
            self.check_input_values(parameters, context)
            self.warn_implausible(parameters, context, feedback)
            with staging.staged_outputs() as run:
                results = self.process(parameters, context, feedback, feedback_monitor(feedback))
                if feedback is not None and feedback.isCanceled():   # cancelled after the last check: publish nothing
                    raise Cancelled('cancelled by the user')
            return results
        except InputError as error:
            raise QgsProcessingException(error_text(error)) from None
        except Cancelled:
            raise QgsProcessingException(
                translate('DeformationAlgorithm', 'Cancelled: no output was written.')) from None
        except MemoryError:
            raise QgsProcessingException(translate('DeformationAlgorithm', 'Out of memory: {0}.').format(
                self.memory_hint())) from None
        except QgsProcessingException:
            raise
        except OSError as error:
            raise QgsProcessingException(self.os_error_message(error)) from None
        except Exception as error:   # a bug: say what happened, keep the traceback for the log
            feedback.pushDebugInfo(traceback.format_exc())
            raise QgsProcessingException(translate(
                'DeformationAlgorithm', 'Unexpected error in {0}: {1}: {2}. No output was written; please '
                'report this with the log.').format(self.ALGORITHM_ID, type(error).__name__, error)) from None
        finally:
            if run is not None:
                self._rename_layers_to_load(context, run)

    def memory_hint(self):
        if self.parameterDefinition(self.BLOCK_ROWS) is not None:
            return translate('DeformationAlgorithm', 'lower {0} (advanced parameters) and run again').format(
                self.quoted_label(self.BLOCK_ROWS))
        return self.MEMORY_HINT or translate('DeformationAlgorithm', 'use smaller inputs and run again')

    @staticmethod
    def os_error_message(error):
        where = f' "{error.filename}"' if error.filename else ''
        return translate('DeformationAlgorithm', 'Could not read or write{0}: {1}. Check the path, its '
                         'permissions and the free disk space; no output was written.').format(
            where, error.strerror or error)

    # -- checks before running -------------------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Our own checks first (clear messages), then Processing's (messages made clearer)."""
        self._load_gdal_rasters(parameters, context)
        problems = self.parameter_problems(parameters, context)
        if problems:
            return False, problems[0]
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            message = self.explain_rejection(parameters, message)
        return ok, message

    def parameter_problems(self, parameters, context):
        """Messages for values no run can use: numbers, CRS, missing or unreadable input files."""
        hints = {**parameter_checks.NUMBER_HINTS, **self.NUMBER_HINTS}
        problems = []
        for definition in self.parameterDefinitions():
            if definition.isDestination():
                if parameters.get(definition.name()) in (None, '') and not (
                        definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional):
                    problems.append(translate('DeformationAlgorithm', '{0}: no output given; give a file name for '
                                              '"{1}" (or TEMPORARY_OUTPUT for a temporary file).').format(
                        definition.name(), definition.description()))
                continue
            value = parameters.get(definition.name())
            kind = definition.type()
            if kind == 'number':
                problems.append(parameter_checks.number_problem(definition, value, hints))
            elif kind == 'crs':
                problems.append(parameter_checks.crs_problem(definition.name(), value))
            elif kind in parameter_checks.LAYER_TYPES:
                problems += parameter_checks.input_value_problems(definition, value, context)
        return [problem for problem in problems if problem]

    def explain_rejection(self, parameters, message):
        """Processing's "Incorrect parameter value for X" with the value and what X accepts."""
        for definition in self.parameterDefinitions():
            name = definition.name()
            if not message.rstrip().endswith(name):
                continue
            value = parameters.get(name)
            if (value is None or value == '') and definition.isDestination():
                return translate('DeformationAlgorithm', '{0}: no output given; give a file name for "{1}" (or '
                                 'TEMPORARY_OUTPUT for a temporary file).').format(name, definition.description())
            if value is None or value == '':
                return translate('DeformationAlgorithm', '{0}: no value given; "{1}" is required.').format(
                    name, definition.description())
            if definition.type() == 'enum':
                options = ', '.join(f'{i} ({option})' for i, option in enumerate(definition.options()))
                return translate('DeformationAlgorithm', '{0}: "{1}" is not accepted; choose one of {2}.').format(
                    name, value, options)
            return translate('DeformationAlgorithm', '{0}: "{1}" is not accepted for "{2}".').format(
                name, value, definition.description())
        return message

    def check_output_paths(self, parameters, context):
        """Outputs must be writable files (or folders) and never overlap an input or each other."""
        outputs = parameter_checks.output_paths(self, parameters, context)
        for name, path, kind in outputs:
            if kind == 'folder':
                output_paths.check_output_folder(name, path)
            else:
                output_paths.check_output_file(name, path)
        output_paths.check_outputs_against_inputs([(name, path) for name, path, kind in outputs if kind == 'file'],
                                                  parameter_checks.input_paths(self, parameters, context))

    def check_input_values(self, parameters, context):
        """Every raster input must hold at least one valid pixel (all NaN or nodata is an error)."""
        for definition in self.parameterDefinitions():
            name = definition.name()
            if definition.isDestination() or name in self.GRID_ONLY_INPUTS or not parameters.get(name):
                continue
            if definition.type() == 'raster':
                paths = [self.raster_path(parameters, name, context)]
            elif (definition.type() == 'multilayer'
                  and definition.layerType() == QgsProcessing.SourceType.TypeRaster):
                paths = self.raster_paths(parameters, name, context, required=False)
            else:
                continue
            paths = [path for path in paths if path]
            if paths:
                input_checks.require_values(paths, name)

    def warn_implausible(self, parameters, context, feedback):
        """Warnings for values that are accepted but unusual enough to be a mistake of units."""
        if self.parameterDefinition(self.WAVELENGTH) is not None and parameters.get(self.WAVELENGTH) is not None:
            wavelength = self.parameterAsDouble(parameters, self.WAVELENGTH, context)
            low, high = self.WAVELENGTH_RANGE
            if not low <= wavelength <= high:
                feedback.pushWarning(translate(
                    'DeformationAlgorithm', 'Warning: {3} {0:g} mm is not a radar wavelength (SAR: {1:g}–{2:g} '
                    'mm; Sentinel-1 55.47, ALOS-2 229); is it in cm or m? It must be in millimetres.').format(
                    wavelength, low, high, self.quoted_label(self.WAVELENGTH)))

    @staticmethod
    def warn_dem_units(dem, feedback):
        """Warn when the heights of the single-band stack ``dem`` look like km, feet or cm rather than m."""
        warning = input_checks.dem_units_warning(input_checks.sample_rows(dem, rows=32), dem.gdal_band(0).GetUnitType(),
                                                 dem.role)
        if warning:
            feedback.pushWarning(translate('DeformationAlgorithm', 'Warning: {0}').format(error_text(warning)))

    # -- vector outputs ---------------------------------------------------------
    def parameterAsSink(self, parameters, name, context, *args, **kwargs):  # noqa: N802
        """Processing's sink, staged: a file output is written in a hidden folder next to its destination
        and moved there only when the whole run succeeds (:mod:`.core.io.staging`)."""
        run = staging.active()
        value = parameters.get(name)
        destination = (None if run is None or parameter_checks.is_temporary(value)
                       else self.parameterAsOutputLayer(parameters, name, context))
        path = parameter_checks.output_file(destination) if destination else None
        if path is None or '|' in destination or destination.startswith('ogr:'):
            return self._sink(parameters, name, context, args, kwargs)
        path = os.path.abspath(path)
        folder = os.path.dirname(path)
        try:
            staging.create_folder(folder)
            temp_folder = tempfile.mkdtemp(prefix='.partial-', dir=folder)
        except OSError as error:
            raise InputError('{0}: cannot write "{1}" ({2}); choose a folder you can write to.',
                             name, path, error.strerror) from None
        redirected = dict(parameters)
        redirected[name] = _redirected_destination(value, os.path.join(temp_folder, os.path.basename(path)))
        try:
            sink, temp_id = self._sink(redirected, name, context, args, kwargs)
        except BaseException:
            staging.remove_quietly(temp_folder)
            raise
        run.stage_folder_content(temp_folder, folder, close=lambda: _close_sink(sink))
        final_id = temp_id.replace(temp_folder, folder)
        run.renames.append((temp_id, final_id))
        return sink, final_id

    def _sink(self, parameters, name, context, args, kwargs):
        try:
            sink, destination = super().parameterAsSink(parameters, name, context, *args, **kwargs)
        except QgsProcessingException as error:
            raise InputError('{0}: the output layer cannot be created ({1}); choose another destination.',
                             name, error) from None
        if sink is None:
            raise InputError('{0}: the output layer cannot be created; choose another destination.', name)
        return sink, destination

    def feature_output(self, parameters, name, context, fields, geometry, crs):
        """A :class:`FeatureOutput` for the sink ``name``: the one writer of point, line and polygon outputs.

        ``fields``: [(name, kind)] (kinds of :func:`~.qgis_compat.field_type`) or ``QgsFields``;
        ``geometry``: 'point', 'line', 'polygon' or a ``QgsWkbTypes.Type``.
        """
        fields = fields if isinstance(fields, QgsFields) else make_fields(fields)
        sink, destination = self.parameterAsSink(parameters, name, context, fields,
                                                 GEOMETRY_TYPES.get(geometry, geometry), crs)
        return FeatureOutput(sink, fields, destination)

    @staticmethod
    def _rename_layers_to_load(context, run):
        """Layers Processing loads when the run ends: their staged names become the final ones (or go)."""
        if not run.renames:
            return
        renames = dict(run.renames)
        layers = {}
        for key, details in context.layersToLoadOnCompletion().items():
            if key in renames:
                if not run.published:
                    continue
                key = renames[key]
            layers[key] = details
        context.setLayersToLoadOnCompletion(layers)

    def process(self, parameters, context, feedback, monitor):
        raise NotImplementedError

    # -- shared parameters --------------------------------------------------
    def add_step_dates_parameter(self, description=None):
        self.addParameter(QgsProcessingParameterString(
            self.STEP_DATES,
            description or translate('DeformationAlgorithm', 'Co-seismic step dates (YYYY-MM-DD, comma separated)'),
            optional=True))

    def add_wavelength_parameter(self):
        self.addParameter(QgsProcessingParameterNumber(
            self.WAVELENGTH, translate('DeformationAlgorithm', 'Radar wavelength (mm)'),
            QgsProcessingParameterNumber.Type.Double, SENTINEL1_WAVELENGTH_MM, minValue=1.0))

    def add_block_rows_parameter(self):
        """``BLOCK_ROWS`` (0 = automatic) and the ``MEMORY_MB`` budget that sizes automatic blocks."""
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.BLOCK_ROWS, translate('DeformationAlgorithm', 'Rows per processing block (0 = automatic)'),
            QgsProcessingParameterNumber.Type.Integer, 0, minValue=0)))
        self.add_memory_parameter()

    def add_geometry_parameters(self, prefix='', incidence=39.0, heading=-10.0, with_look=True):
        """``<prefix>INCIDENCE``/``<prefix>HEADING`` numbers with optional ``_RASTER`` twins (SPEC §2)."""
        label = geometry_label(prefix)
        self.addParameter(QgsProcessingParameterNumber(
            f'{prefix}INCIDENCE',
            translate('DeformationAlgorithm', 'Incidence angle from vertical (degrees)') + label,
            QgsProcessingParameterNumber.Type.Double, incidence, minValue=0.0, maxValue=89.999))
        self.addParameter(QgsProcessingParameterRasterLayer(
            f'{prefix}INCIDENCE_RASTER',
            translate('DeformationAlgorithm', 'Incidence raster, overrides the number (degrees)') + label,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            f'{prefix}HEADING',
            translate('DeformationAlgorithm', 'Satellite heading, clockwise from north (degrees)') + label,
            QgsProcessingParameterNumber.Type.Double, heading, minValue=-360.0, maxValue=360.0))
        self.addParameter(QgsProcessingParameterRasterLayer(
            f'{prefix}HEADING_RASTER',
            translate('DeformationAlgorithm', 'Heading raster, overrides the number (degrees)') + label,
            optional=True))
        if with_look:
            self.addParameter(QgsProcessingParameterEnum(
                self.LOOK_DIRECTION, translate('DeformationAlgorithm', 'Look direction'),
                options=[translate('DeformationAlgorithm', 'right'), translate('DeformationAlgorithm', 'left')],
                defaultValue=0))
        self.add_los_vector_parameters(prefix)

    def add_los_vector_parameters(self, prefix=''):
        """``<prefix>LOS_EAST``/``LOS_NORTH``/``LOS_UP``: the ground-to-satellite unit vector as rasters (SPEC §6)."""
        label = geometry_label(prefix)
        texts = {
            'EAST': translate('DeformationAlgorithm', 'LOS unit vector, east component (ground to satellite; '
                                                      'overrides incidence and heading)'),
            'NORTH': translate('DeformationAlgorithm', 'LOS unit vector, north component'),
            'UP': translate('DeformationAlgorithm', 'LOS unit vector, up component'),
        }
        for component in LOS_COMPONENTS:
            self.addParameter(advanced(QgsProcessingParameterRasterLayer(
                f'{prefix}LOS_{component}', texts[component] + label, optional=True)))

    # -- scale (issue 13): MEMORY_MB and ENGINE, SPEC §5–6 --------------------
    def add_memory_parameter(self):
        """``MEMORY_MB`` (0 = a quarter of the free memory, ≥ 512 MB), once."""
        if self.parameterDefinition(self.MEMORY_MB):
            return
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.MEMORY_MB, translate('DeformationAlgorithm', 'Memory budget in MB (0 = automatic: a quarter of '
                                                              'the free memory, at least 512 MB)'),
            QgsProcessingParameterNumber.Type.Integer, 0, minValue=0)))

    def add_scale_parameters(self):
        """``MEMORY_MB`` (:meth:`add_memory_parameter`) and ``ENGINE`` (local | tcp://host:port)."""
        self.add_memory_parameter()
        self.addParameter(advanced(QgsProcessingParameterString(
            self.ENGINE, translate('DeformationAlgorithm', 'Engine: local, or the address of a Dask scheduler '
                                                           '(tcp://host:8786)'),
            defaultValue='local', optional=True)))

    def scale_settings(self, parameters, context):
        """(memory budget [MB], engine: ``None`` = local or a scheduler address), checked."""
        memory = (self.parameterAsInt(parameters, self.MEMORY_MB, context)
                  if self.parameterDefinition(self.MEMORY_MB) else 0)
        engine = (self.parameterAsString(parameters, self.ENGINE, context)
                  if self.parameterDefinition(self.ENGINE) else '')
        return tiles.memory_budget_mb(memory), parse_engine(engine)

    def windows(self, parameters, context, grid, values_per_pixel):
        """Windows of ``grid`` for ``values_per_pixel`` float64 values per pixel: BLOCK_ROWS, else MEMORY_MB."""
        rows = (self.parameterAsInt(parameters, self.BLOCK_ROWS, context)
                if self.parameterDefinition(self.BLOCK_ROWS) else 0)
        memory, _ = self.scale_settings(parameters, context)
        return tiles.plan(grid.height, grid.width, 8 * values_per_pixel, memory, rows)
    # -- end of scale ---------------------------------------------------------

    # -- parameter readers --------------------------------------------------
    def block_rows(self, parameters, context, width, values_per_pixel):
        """Rows per block: ``BLOCK_ROWS`` when > 0, else a quarter of the ``MEMORY_MB`` budget per block.

        A quarter: a block read, its results and the writers' buffers are in memory together.
        """
        rows = (self.parameterAsInt(parameters, self.BLOCK_ROWS, context)
                if self.parameterDefinition(self.BLOCK_ROWS) else 0)
        if rows > 0:
            return rows
        memory, _ = self.scale_settings(parameters, context)
        return rows_per_block(width, values_per_pixel, budget_mb=max(64, memory // 4))

    def look_direction(self, parameters, context):
        return LOOK_DIRECTIONS[self.parameterAsEnum(parameters, self.LOOK_DIRECTION, context)]

    def date_list(self, parameters, name, context):
        """Sorted dates of a text parameter (STEP_DATES …)."""
        return dates.parse_date_list(self.parameterAsString(parameters, name, context), name)

    def band_dates(self, parameters, name, context):
        """One date per band from a text parameter (DATES), in the order given: never re-sorted."""
        return dates.parse_band_dates(self.parameterAsString(parameters, name, context), name)

    @staticmethod
    def _file_source(layer, name):
        """The file behind raster ``layer`` of parameter ``name``; clear error for other layers."""
        if not isinstance(layer, QgsRasterLayer):
            raise InputError('{0}: "{1}" is not a raster layer; choose rasters.', name, layer.name())
        if layer.providerType() != 'gdal':
            raise InputError('{0}: "{1}" is a {2} layer; choose rasters stored in files (GeoTIFF or any GDAL format).',
                             name, layer.name(), layer.providerType())
        return layer.source()

    def raster_list_files(self, parameters, name):
        """The values of the multiple-raster input ``name`` when every one is a file or a GDAL string, else
        ``None``: read as paths, no layer built per file (:mod:`.raster_list`)."""
        definition = self.parameterDefinition(name)
        if definition is None or not is_raster_list(definition):
            return None
        return file_values(parameters.get(name))

    def parameterAsLayerList(self, parameters, name, context, *args):  # noqa: N802
        """Processing's layers of ``name``; files given as text are loaded as GDAL rasters first
        (:meth:`_load_gdal_rasters`: lists of files are not loaded before a caller asks for layers)."""
        if self.raster_list_files(parameters, name) is not None:
            self._load_gdal_rasters(parameters, context, (name,))
        return super().parameterAsLayerList(parameters, name, context, *args)

    def raster_paths(self, parameters, name, context, required=True):
        """File paths of a multiple-raster parameter (files given as text are taken as they are, no layer is
        built: :meth:`raster_list_files`); clear error for non-file layers, and for none given when ``required``
        (else an empty list)."""
        paths = self.raster_list_files(parameters, name)
        if paths is None:
            paths = [self._file_source(layer, name) for layer in self.parameterAsLayerList(parameters, name, context)]
        if not paths and required:
            raise InputError('{0}: no raster given; select at least one raster layer.', name)
        return paths

    def raster_path(self, parameters, name, context):
        """File path of an optional single-raster parameter, or ``None``; the band chosen in ``<name>_BAND``
        of a multi-band raster comes as a one-band virtual raster."""
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None:
            return None
        return self._one_band_source(self._file_source(layer, name), name, self.chosen_band(parameters, name, context))

    def number_or_raster(self, parameters, name, context, grid, grid_name):
        """The single-band raster of ``<name>_RASTER`` on ``grid`` when given, else the number ``name`` (SPEC §2)."""
        path = self.raster_path(parameters, f'{name}_RASTER', context)
        if path:
            return open_single_band(path, f'{name}_RASTER', grid, grid_name)
        return self.parameterAsDouble(parameters, name, context)

    def geometry(self, parameters, context, grid, grid_name, prefix=''):
        """A core :class:`GeometrySource` from ``<prefix>INCIDENCE``/``HEADING`` and their raster twins.

        Rasters must sit on ``grid`` (the grid of the layer named ``grid_name``).
        """
        values = {name: self.number_or_raster(parameters, f'{prefix}{name}', context, grid, grid_name)
                  for name in ('INCIDENCE', 'HEADING')}
        look = (self.look_direction(parameters, context) if self.parameterDefinition(self.LOOK_DIRECTION)
                else 'right')
        los = self.los_vector_paths(parameters, context, prefix)
        if los is not None:
            los = [open_single_band(path, name, grid, grid_name) for name, path in los.items()]
        return GeometrySource(values['INCIDENCE'], values['HEADING'], look, prefix, los)

    def los_vector_paths(self, parameters, context, prefix=''):
        """``{name: path}`` of ``<prefix>LOS_EAST/NORTH/UP`` when given (all three or an error), else ``None``."""
        names = [f'{prefix}LOS_{component}' for component in LOS_COMPONENTS]
        if not any(self.parameterDefinition(name) for name in names):
            return None
        paths = {name: self.raster_path(parameters, name, context) for name in names}
        given = [name for name, path in paths.items() if path]
        if not given:
            return None
        if len(given) < 3:
            missing = [name for name in names if name not in given]
            raise InputError('{0}: missing; the LOS unit vector needs all three rasters ({1}), or none to use '
                             'incidence and heading.', ', '.join(missing), ', '.join(names))
        return paths

    def point_table(self, parameters, name, context, fields, crs=None, optional_fields=(), label=None,
                    label_required=False):
        """Read a point layer into a :class:`PointTable` (the one reader of station layers).

        ``fields`` maps a key to the parameter holding the field name (or to a
        literal field name); coordinates are in ``crs`` (default: the
        layer's), ``table[key]`` float arrays (NaN for NULL).  Missing fields
        give a clear error; keys in ``optional_fields`` may be absent (all NaN).
        ``label``: the parameter naming the station-label field.  A field named
        there must exist; left empty, the field ``station`` is used when the
        layer has one (required with ``label_required``), else the feature ids.
        """
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise InputError('{0}: no point layer given.', name)
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
            raise InputError('{0}: "{1}" is not a point layer; choose GNSS stations as points.',
                             name, source.sourceName())
        available = source.fields().names()

        def missing(parameter, field):
            return InputError('{0}: field "{1}" is not in "{2}"; available fields: {3}.',
                              parameter, field, source.sourceName(), ', '.join(available))

        field_names = {}
        for key, parameter in fields.items():
            field = (self.parameterAsString(parameters, parameter, context) if parameter in parameters
                     else parameter) or parameter
            if field not in available:
                if key not in optional_fields:
                    raise missing(name, field)
                field = None
            field_names[key] = field
        label_field = None
        if label is not None:
            named = self.parameterAsString(parameters, label, context) if parameters.get(label) else ''
            label_field = named or STATION_LABEL
            if label_field not in available:
                if named or label_required:
                    raise missing(label, label_field)
                label_field = None
        transform = None
        if crs is not None and crs != source.sourceCrs():
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        xs, ys, ids, labels, rows = [], [], [], [], {key: [] for key in fields}
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            if transform is not None:
                geometry.transform(transform)
            point = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
            xs.append(point.x())
            ys.append(point.y())
            ids.append(feature.id())
            labels.append(label_text(feature[label_field]) if label_field else str(feature.id()))
            for key, field in field_names.items():
                value = feature_value(feature[field]) if field else None
                try:
                    rows[key].append(float(value) if value is not None else np.nan)
                except (TypeError, ValueError):
                    raise InputError('{0}: field "{1}" of feature {2} holds "{3}", not a number.',
                                     name, field, feature.id(), value) from None
        table = {key: np.asarray(values, dtype=float) for key, values in rows.items()}
        return PointTable(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), table, ids, labels)


def _numbered(display_name):
    """``displayName`` prefixed with the algorithm's place in the work ("2.2 SBAS inversion …")."""
    def numbered(self):
        step = work_step(self.GROUP_ID, self.ALGORITHM_ID)
        name = display_name(self)
        return f'{step} {name}' if step else name
    numbered.__doc__ = display_name.__doc__
    numbered.unnumbered = display_name
    return numbered


def _redirected_destination(value, path):
    """The destination ``value`` of a sink pointed at ``path`` (name, project and options kept)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        redirected = QgsProcessingOutputLayerDefinition(value)
        redirected.sink = QgsProperty.fromValue(path)
        return redirected
    return path


def _close_sink(sink):
    """Close a sink's file (the writer is deleted; any other reference to it becomes invalid)."""
    if not sip.isdeleted(sink):
        sip.delete(sink)
