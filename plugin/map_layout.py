"""Export a deformation map (map, legend, scale bar, title) to PNG with a QGIS print layout."""
import math

from osgeo import gdal
from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QFont


def nice_segment(length):
    """The largest of 1, 2, 2.5 or 5 × 10ⁿ not above ``length`` (> 0)."""
    power = 10.0 ** math.floor(math.log10(length))
    return max(step * power for step in (1.0, 2.0, 2.5, 5.0) if step * power <= length)


def export_map_png(layers, path, title, extent, crs, subtitle='', dpi=150, legend_title='Legend'):
    """Render ``layers`` (top → bottom, already in the project) over ``extent`` (in ``crs``) to ``path``.

    A4 landscape: map on the left, legend on the right, scale bar and title.
    Returns ``path``; raises ``RuntimeError`` when the export fails.
    """
    project = QgsProject.instance()
    if not project.crs().isValid():
        project.setCrs(crs)
    if project.ellipsoid() in ('', 'NONE'):
        project.setEllipsoid(crs.ellipsoidAcronym() or 'EPSG:7019')
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(title)
    page = layout.pageCollection().page(0)
    page.setPageSize('A4', page.Landscape)

    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(8, 22, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(185, 180, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.setCrs(crs)
    map_item.setLayers(list(layers))
    map_item.setExtent(extent)
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)

    label = QgsLayoutItemLabel(layout)
    label.setText(title + (f'\n{subtitle}' if subtitle else ''))
    label.setFont(QFont('DejaVu Sans', 14))
    label.attemptMove(QgsLayoutPoint(8, 4, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(280, 16, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(label)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(legend_title)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        node = root.addLayer(layer)
        titled = bool(QgsMapLayerLegendUtils.legendNodeUserLabel(node, 0))  # set_legend_title() was used
        if layer.type() == layer.RasterLayer and not titled:
            count = len(legend.model().layerOriginalLegendNodes(node))
            if count > 1:  # drop the 'Band 1: … (Gray)' line, keep the colour ramp
                QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, count)))
                legend.model().refreshLayerLegend(node)
    legend.updateLegend()
    legend.setStyleFont(QgsLegendStyle.Style.Title, QFont('DejaVu Sans', 12))
    legend.attemptMove(QgsLayoutPoint(198, 22, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(legend)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle('Single Box')
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    if crs.isGeographic():
        scalebar.applyDefaultSize()
    else:
        width_km = extent.width() * QgsUnitTypes.fromUnitToUnitFactor(
            crs.mapUnits(), QgsUnitTypes.DistanceUnit.DistanceKilometers)
        scalebar.setUnitsPerSegment(nice_segment(width_km / 8.0))   # the bar spans about half the map
    scalebar.setUnitLabel('km')
    scalebar.attemptMove(QgsLayoutPoint(10, 192, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(scalebar)

    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.exportMetadata = False  # PNG cannot take GDAL metadata in place
    gdal.PushErrorHandler('CPLQuietErrorHandler')  # QGIS tries to georeference the PNG in place
    try:
        status = exporter.exportToImage(path, settings)
    finally:
        gdal.PopErrorHandler()
    if status != QgsLayoutExporter.ExportResult.Success:
        raise RuntimeError(f'map export to {path} failed (status {status})')
    return path
