"""Multiple-raster inputs given as files: checked and read without a ``QgsRasterLayer`` per file (issue 13).

Processing checks a multiple-layer value by loading every item as a layer (QGIS 3.22 tries each
file as a vector first, then as a raster whose renderer needs statistics, which GDAL then writes
in an ``.aux.xml`` beside the input): ~15 ms a file, seconds for a stack of hundreds of
interferograms, and ``qgis_process`` does it for every parameter before the run starts.  For a
value made of files (or GDAL strings: subdatasets, ``/vsizip/``) only:

* :class:`RasterFilesParameter` checks it as Processing does without a context (the number of
  items, empty or not); :meth:`~.base.DeformationAlgorithm.parameter_problems` probes each file
  (missing, unreadable, truncated) with GDAL;
* :meth:`~.base.DeformationAlgorithm.raster_paths` reads the paths from the value.

Layers, layer ids and names (the GUI, models, scripts) go through Processing's layers as before.
The base class makes every multiple-raster input of an algorithm a :class:`RasterFilesParameter`
(``addParameter``); its type stays ``multilayer``, so names, widgets and models are unchanged.
"""
import os

from qgis.core import QgsProcessing, QgsProcessingParameterDefinition, QgsProcessingParameterMultipleLayers

from .core.io.raster_stack import is_gdal_string


def file_values(value):
    """The items of a multiple-layer ``value`` when every one is a file or a GDAL string, else ``None``."""
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, (list, tuple)) or not values:
        return None
    if all(isinstance(item, str) and (os.path.isfile(item) or is_gdal_string(item)) for item in values):
        return list(values)
    return None


def is_raster_list(definition):
    return (definition.type() == 'multilayer'
            and definition.layerType() == QgsProcessing.SourceType.TypeRaster)


class RasterFilesParameter(QgsProcessingParameterMultipleLayers):
    """A multiple-raster input whose files given as text are checked without loading them as layers."""

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802 - QGIS API
        if file_values(value) is not None:
            context = None   # Processing's checks without a context: count and emptiness, no layer loaded
        return super().checkValueIsAcceptable(value, context)

    def clone(self):
        return RasterFilesParameter.of(self)

    @staticmethod
    def of(definition):
        """A :class:`RasterFilesParameter` with everything of the multiple-layer ``definition``."""
        optional = bool(definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)
        copy = RasterFilesParameter(definition.name(), definition.description(), definition.layerType(),
                                    definition.defaultValue(), optional)
        copy.setFlags(definition.flags())
        copy.setMinimumNumberInputs(definition.minimumNumberInputs())
        copy.setMetadata(definition.metadata())
        copy.setHelp(definition.help())
        copy.setDynamicPropertyDefinition(definition.dynamicPropertyDefinition())
        copy.setIsDynamic(definition.isDynamic())
        copy.setDynamicLayerParameterName(definition.dynamicLayerParameterName())
        return copy
