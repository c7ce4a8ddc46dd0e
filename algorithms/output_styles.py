"""Styles of the outputs Processing loads when a run ends (one post-processor per kind of output).

Every raster output is drawn as a single band, never as an RGB composite:

* ``diverging``: velocities and displacements, red–white–blue symmetric about
  zero, limit = the 98th percentile of |v| (legend with units, towards/away);
* ``series``: a time series, its last date on the diverging ramp;
* ``sequential``: σ, quality, amplitudes (values of one sign), a viridis-like ramp
  from the 2nd to the 98th percentile;
* ``graduated``: points and polygons, classes symmetric about zero on a numeric field.

Layers get short names ("SBAS velocity") instead of the long parameter labels.
"""
import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsColorRampShader,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererRange,
    QgsSingleBandPseudoColorRenderer,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ..plugin.map_styling import RDBU, band_sample, style_velocity_layer
from .core.common.statistics import symmetric_limit

#: viridis, dark blue → yellow
VIRIDIS = ('#440154', '#3b528b', '#21918c', '#5ec962', '#fde725')
#: numeric fields graduated on vector outputs, first present wins
GRADUATED_FIELDS = ('residual_after', 'residual', 'difference', 'mean', 'median', 'velocity', 'vu', 'dilatation',
                    'slip', 'volume_rate')
#: post-processors alive until Processing has used them (Processing keeps only a pointer)
_KEEP_ALIVE = []


def kind_of_output(name, layer_type):
    """The style kind of output ``name`` from its name: σ/quality sequential, series, else diverging."""
    if layer_type == 'vector':
        return 'graduated'
    upper = name.upper()
    if any(word in upper for word in ('STD', 'SIGMA', 'QUALITY', 'COHERENCE', 'AMPLITUDE', 'INCIDENCE', 'HEADING',
                                      'DEM')):
        return 'sequential'
    if any(word in upper for word in ('TIMESERIES', 'ATMOSPHERE', 'DELAY')):
        return 'series'
    return 'diverging'


def band_units(layer, band):
    dataset = gdal.Open(layer.source())
    units = dataset.GetRasterBand(band).GetUnitType() if dataset is not None else ''
    return units or 'mm/yr'


def sequential_ramp():
    colours = [QColor(c) for c in VIRIDIS]
    stops = [QgsGradientStop(i / (len(colours) - 1), colour) for i, colour in enumerate(colours[1:-1], 1)]
    return QgsGradientColorRamp(colours[0], colours[-1], False, stops)


def style_sequential(layer, band=1):
    """Pseudo-colour ``band`` from its 2nd to 98th percentile on a sequential ramp; returns (low, high)."""
    values = band_sample(layer, band)
    values = values[np.isfinite(values)]
    low, high = (np.percentile(values, [2.0, 98.0]) if values.size else (0.0, 1.0))
    low, high = float(low), float(high) if high > low else float(low) + 1.0
    function = QgsColorRampShader(low, high)
    function.setColorRampType(QgsColorRampShader.Type.Interpolated)
    function.setSourceColorRamp(sequential_ramp())
    function.classifyColorRamp(len(VIRIDIS), -1)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    return low, high


def style_raster(layer, kind):
    """Style raster ``layer`` as ``kind`` (see the module docstring); always one band."""
    band = layer.bandCount() if kind == 'series' else 1
    if kind == 'sequential':
        return style_sequential(layer, band)
    values = band_sample(layer, band)
    return style_velocity_layer(layer, band, limit=symmetric_limit(values), units=band_units(layer, band),
                                opacity=1.0)


def style_vector(layer):
    """Graduated classes symmetric about zero on the first field of :data:`GRADUATED_FIELDS` present."""
    names = layer.fields().names()
    field = next((name for name in GRADUATED_FIELDS if name in names), None)
    if field is None:
        return None
    values = np.array([f[field] for f in layer.getFeatures() if isinstance(f[field], (int, float))], dtype=float)
    limit = symmetric_limit(values)
    colours = RDBU[1:-1]
    edges = np.linspace(-limit, limit, len(colours) + 1)
    edges[0], edges[-1] = min(edges[0], np.nanmin(values, initial=edges[0])), max(
        edges[-1], np.nanmax(values, initial=edges[-1]))
    ranges = []
    for i, colour in enumerate(colours):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(colour))
        if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
            symbol.setOpacity(0.8)
        ranges.append(QgsRendererRange(float(edges[i]), float(edges[i + 1]), symbol,
                                       f'{edges[i]:.1f} – {edges[i + 1]:.1f}'))
    layer.setRenderer(QgsGraduatedSymbolRenderer(field, ranges))
    layer.triggerRepaint()
    return field


class OutputStyle(QgsProcessingLayerPostProcessorInterface):
    """Name and style a loaded output: ``kind`` as in :func:`kind_of_output`, ``name`` the short layer name."""

    def __init__(self, kind, name):
        super().__init__()
        self.kind = kind
        self.name = name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if self.name:
            layer.setName(self.name)
        if isinstance(layer, QgsRasterLayer) and layer.isValid():
            style_raster(layer, self.kind)
        elif isinstance(layer, QgsVectorLayer) and layer.isValid():
            style_vector(layer)


def post_processor(kind, name):
    """A kept-alive :class:`OutputStyle` (Processing holds post-processors by pointer only)."""
    style = OutputStyle(kind, name)
    _KEEP_ALIVE.append(style)
    del _KEEP_ALIVE[:-200]
    return style
