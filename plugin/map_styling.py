"""Styling of deformation maps: velocity ramps symmetric about zero, hazard and geology layers.

Pure QGIS core (no widgets), so the demo, tests and the deformation-map action share it.
Colour convention (as EGMS): red = negative (away from the satellite / subsidence),
blue = positive (towards the satellite / uplift).
"""
import os

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsBasicNumericFormat,
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsLineSymbol,
    QgsMapLayerLegendUtils,
    QgsProject,
    QgsRasterShader,
    QgsRendererCategory,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..algorithms.core.common.statistics import symmetric_limit
from ..algorithms.core.io.raster_stack import band_values

SAMPLE_GPKG = os.path.join(os.path.dirname(os.path.dirname(__file__)), 'resources', 'sample', 'sample_layers.gpkg')
#: ColorBrewer RdBu, 11 classes, dark red → white → dark blue
RDBU = ('#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#f7f7f7',
        '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061')
HAZARD_COLOURS = {'volcanic': '#d7301f', 'subsidence': '#6a51a3', 'fault': '#252525', 'landslide': '#8c510a'}
HAZARD_LABELS = {'volcanic': 'Volcanic hazard zone', 'subsidence': 'Land subsidence area',
                 'fault': 'Active fault zone', 'landslide': 'Landslide-prone slope'}
GEOLOGY_COLOURS = {'Qv': '#f4a6a6', 'Ha': '#fff7bc', 'Ns': '#c7e9c0', 'Kg': '#fbb4d9'}
SAMPLE_OVERVIEW_PIXELS = 1024


def diverging_ramp():
    """The red–white–blue ramp used for velocities."""
    colours = [QColor(c) for c in RDBU]
    stops = [QgsGradientStop(i / (len(colours) - 1), colour) for i, colour in enumerate(colours[1:-1], 1)]
    return QgsGradientColorRamp(colours[0], colours[-1], False, stops)


def band_sample(layer, band=1, max_pixels=SAMPLE_OVERVIEW_PIXELS):
    """Values of ``band`` read at reduced resolution (at most ``max_pixels`` per side), nodata → NaN, scaled."""
    dataset = gdal.Open(layer.source())
    if dataset is None:
        return np.array([])
    raster_band = dataset.GetRasterBand(band)
    scale = max(1.0, max(dataset.RasterXSize, dataset.RasterYSize) / max_pixels)
    return band_values(raster_band, raster_band.ReadAsArray(buf_xsize=max(1, int(dataset.RasterXSize / scale)),
                                                       buf_ysize=max(1, int(dataset.RasterYSize / scale))))


def robust_limit(layer, band=1, percentile=98.0):
    """Half-width of the symmetric ramp: the ``percentile`` of |v| over ``band`` (reduced-resolution read)."""
    return symmetric_limit(band_sample(layer, band), percentile)


def style_velocity_layer(layer, band=1, limit=None, percentile=98.0, units='mm/yr', opacity=0.85):
    """Pseudo-colour ``layer`` from −L to +L (L = ``limit`` or the robust percentile of |v|).

    Returns L.  The legend is a continuous ramp labelled with the units and
    the meaning of each end (towards / away from the satellite).
    """
    if limit is None:
        limit = robust_limit(layer, band, percentile)
    limit = float(limit)
    shader_function = QgsColorRampShader(-limit, limit)
    shader_function.setColorRampType(QgsColorRampShader.Type.Interpolated)
    ramp = diverging_ramp()
    shader_function.setSourceColorRamp(ramp.clone())
    items = []
    for i, colour in enumerate(RDBU):
        value = -limit + 2.0 * limit * i / (len(RDBU) - 1)
        items.append(QgsColorRampShader.ColorRampItem(value, QColor(colour), f'{value:.3g} {units}'))
    shader_function.setColorRampItemList(items)
    legend = shader_function.legendSettings()
    number_format = QgsBasicNumericFormat()
    number_format.setNumberDecimalPlaces(1)
    number_format.setShowTrailingZeros(True)
    legend.setNumericFormat(number_format)
    legend.setMaximumLabel(f'+{limit:.1f} {units} towards satellite')
    legend.setMinimumLabel(f'−{limit:.1f} {units} away from satellite')
    shader_function.setLegendSettings(legend)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(-limit)
    renderer.setClassificationMax(limit)
    renderer.setOpacity(opacity)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    return limit


def _categorized(layer, field, colours, make_symbol, label=str):
    categories = []
    for value in sorted({f[field] for f in layer.getFeatures()}, key=str):
        categories.append(QgsRendererCategory(value, make_symbol(colours.get(value, '#999999'), value), label(value)))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))
    layer.triggerRepaint()


def style_hazard_layer(layer, field='hazard'):
    """Hazard zones: coloured outlines by hazard type, no fill (the velocity stays readable).

    A layer without the ``field`` (the user's own hazard map) gets plain red outlines.
    """
    if field not in layer.fields().names():
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {'style': 'no', 'outline_color': HAZARD_COLOURS['volcanic'], 'outline_width': '0.7'})))
        layer.triggerRepaint()
        return

    def symbol(colour, value):
        style = 'dash' if value == 'fault' else 'solid'
        return QgsFillSymbol.createSimple({'style': 'no', 'outline_color': colour, 'outline_width': '0.7',
                                           'outline_style': style})
    _categorized(layer, field, HAZARD_COLOURS, symbol, lambda v: HAZARD_LABELS.get(v, str(v)))


def style_geology_layer(layer, field='code', name_field='unit', opacity=0.75):
    """Geologic units: conventional pale fills, thin grey boundaries; legend 'code — unit name'.

    A layer without the ``field`` keeps its own symbology; only its opacity is set.
    """
    if field not in layer.fields().names():
        layer.setOpacity(opacity)
        layer.triggerRepaint()
        return

    def symbol(colour, _value):
        return QgsFillSymbol.createSimple({'color': colour, 'outline_color': '#808080', 'outline_width': '0.2'})
    names = {}
    if name_field in layer.fields().names():
        names = {f[field]: f[name_field] for f in layer.getFeatures()}
    _categorized(layer, field, GEOLOGY_COLOURS, symbol,
                 lambda v: f'{v} — {names[v]}' if v in names else str(v))
    layer.setOpacity(opacity)


def style_fault_layer(layer):
    layer.setRenderer(layer.renderer().defaultRenderer(layer.geometryType()))
    layer.renderer().setSymbol(QgsLineSymbol.createSimple({'line_color': '#000000', 'line_width': '0.8'}))
    layer.triggerRepaint()


def sample_layers(path=SAMPLE_GPKG):
    """The bundled sample layers: (hazard zones, geologic units, active faults) as vector layers."""
    layers = []
    for name, title in (('hazard_zones', 'Hazard zones (sample)'), ('geologic_units', 'Geologic units (sample)'),
                        ('active_faults', 'Active faults (sample)')):
        layer = QgsVectorLayer(f'{path}|layername={name}', title, 'ogr')
        if not layer.isValid():
            raise RuntimeError(f'cannot open {name} in {path}')
        layers.append(layer)
    return tuple(layers)


def build_deformation_map(velocity_layer, hazard_layers=(), geology_layers=(), line_layers=(),
                          project=None, band=1, limit=None, units='mm/yr'):
    """Style ``velocity_layer`` and stack the overlays in ``project``; return the layers top → bottom.

    Order (top to bottom): faults/lines, hazard zones (outlines), velocity
    (85 % opaque), geologic units (75 % opaque).  Layers not yet in the project
    are added.
    """
    project = project or QgsProject.instance()
    style_velocity_layer(velocity_layer, band=band, limit=limit, units=units)
    for layer in hazard_layers:
        style_hazard_layer(layer)
    for layer in geology_layers:
        style_geology_layer(layer)
    for layer in line_layers:
        style_fault_layer(layer)
    ordered = [*line_layers, *hazard_layers, velocity_layer, *geology_layers]
    root = project.layerTreeRoot()
    for position, layer in enumerate(ordered):
        if project.mapLayer(layer.id()) is None:
            project.addMapLayer(layer, False)
        node = root.findLayer(layer.id())
        if node is not None:
            clone = node.clone()
            root.insertChildNode(position, clone)
            node.parent().removeChildNode(node)
        else:
            root.insertLayer(position, layer)
    return ordered


# -- additions for the deformation-map dock -------------------------------------------------------
SAMPLE_PROPERTY = 'deformation_toolbox/sample'


def set_legend_title(layer, title, project=None):
    """Show ``title`` (e.g. 'LOS velocity (mm/yr)') as the first legend line of ``layer`` in ``project``'s tree.

    For a pseudo-colour raster that line is the band name ('Band 1: …'); it becomes the title above the ramp.
    """
    project = project or QgsProject.instance()
    node = project.layerTreeRoot().findLayer(layer.id())
    if node is None:
        return False
    QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, 0, title)
    layer.legendChanged.emit()  # layer-tree models rebuild the legend nodes
    return True


def project_sample_layers(project=None):
    """The bundled sample layers already in ``project`` (hazard, geology, faults), loading them when absent."""
    project = project or QgsProject.instance()
    found = {layer.customProperty(SAMPLE_PROPERTY): layer for layer in project.mapLayers().values()
             if layer.customProperty(SAMPLE_PROPERTY)}
    if set(found) >= {'hazard', 'geology', 'faults'}:
        return found['hazard'], found['geology'], found['faults']
    layers = sample_layers()
    for key, layer in zip(('hazard', 'geology', 'faults'), layers):
        layer.setCustomProperty(SAMPLE_PROPERTY, key)
    return layers
