"""Profile dock: draw a line → chosen rasters (velocity, East, Up, DEM) and nearby points versus distance.

Sampling geometry (core :mod:`profile`): one sample per pixel step along the
line in each raster's own CRS, exact pixel values, distance in metres in a
local azimuthal equidistant frame whatever the CRS; points within a buffer
(metres) placed at the distance of their projection on the line.  Curves with
the same units share an axis; other units get twin axes.
"""
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayerType,
    QgsPointXY,
    QgsRectangle,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox, QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
)

from ..algorithms.core.analysis.profile import ProfileLine
from ..algorithms.core.common.errors import InputError, translated
from ..algorithms.core.io.sampling import RasterSampler
from ..algorithms.qgis_compat import crs_wkt
from .dock_base import COLOURS, DockBase, PlotWidget, guarded, number, write_csv
from .map_tools import SketchTool

try:  # QgsMapLayerProxyModel and QgsFieldProxyModel moved to qgis.core in QGIS 3.34
    from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel
except ImportError:  # pragma: no cover - QGIS < 3.34
    from qgis.gui import QgsFieldProxyModel, QgsMapLayerProxyModel

#: rasters with at most this many bands are listed band by band
MAX_LISTED_BANDS = 4


@dataclass
class ProfileCurve:
    """One plotted layer along the line."""

    name: str
    layer_id: str
    kind: str                # 'raster' or 'points'
    band: int
    units: str
    distance: np.ndarray     # m along the line
    values: np.ndarray
    x: np.ndarray            # layer CRS
    y: np.ndarray
    crs: str                 # authid
    colour: str
    ids: np.ndarray = None   # feature ids (points)
    offset: np.ndarray = None  # m, signed, left of the line positive (points)


class ProfileDock(DockBase):
    """Values of rasters and points along a drawn line, against distance in metres."""

    def __init__(self, canvas, parent=None):
        super().__init__(self.tr('Deformation profile'), canvas, parent)
        self.setObjectName('DeformationProfileDock')
        self.curves = []
        self.line_vertices = None
        self.line_crs = None
        self._build()
        self.line_tool = SketchTool(canvas, polygon=False, colour='#e31a1c')
        self.use_map_tools([self.line_tool], [self.draw_button])
        self.line_tool.finished.connect(self._on_line)
        self.line_band = self.add_canvas_item(QgsRubberBand(canvas, QgsWkbTypes.GeometryType.LineGeometry))
        self.line_band.setStrokeColor(QColor('#e31a1c'))
        self.line_band.setWidth(3)
        self.connect(self.project.legendLayersAdded, lambda _layers: self.refresh_layers())
        self.connect(self.project.layerTreeRoot().layerOrderChanged, self.refresh_layers)
        self.connect(self.project.layersWillBeRemoved, self._on_layers_removed)
        self.connect(canvas.destinationCrsChanged, self._place_line)
        self.refresh_layers()
        self.redraw()

    # -- widgets ------------------------------------------------------------
    def _build(self):
        layout = self.body_layout
        layout.addWidget(QLabel(self.tr('Rasters (ticked ones are sampled)')))
        self.raster_list = QListWidget()
        self.raster_list.setMaximumHeight(110)
        self.raster_list.itemChanged.connect(lambda _item: self._resample())
        layout.addWidget(self.raster_list)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr('Points')), 0, 0)
        self.point_combo = QgsMapLayerComboBox()
        self.point_combo.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        self.point_combo.setAllowEmptyLayer(True)
        self.point_combo.setLayer(None)
        grid.addWidget(self.point_combo, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr('Value')), 1, 0)
        self.field_combo = QgsFieldComboBox()
        self.field_combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        grid.addWidget(self.field_combo, 1, 1)
        grid.addWidget(QLabel(self.tr('Buffer')), 1, 2)
        self.buffer_spin = QDoubleSpinBox()
        self.buffer_spin.setRange(0.0, 1e6)
        self.buffer_spin.setDecimals(1)
        self.buffer_spin.setValue(100.0)
        self.buffer_spin.setSuffix(self.tr(' m'))
        grid.addWidget(self.buffer_spin, 1, 3)
        grid.addWidget(QLabel(self.tr('Units')), 2, 0)
        self.point_units_edit = QLineEdit('mm/yr')
        self.point_units_edit.setToolTip(self.tr('Units of the point values: the points share the axis of '
                                                 'rasters in the same units'))
        grid.addWidget(self.point_units_edit, 2, 1)
        layout.addLayout(grid)
        self.point_combo.layerChanged.connect(self.field_combo.setLayer)
        self.point_combo.layerChanged.connect(lambda _layer: self._resample())
        self.field_combo.fieldChanged.connect(lambda _field: self._resample())
        self.buffer_spin.editingFinished.connect(self._resample)
        self.point_units_edit.editingFinished.connect(self._resample)

        row = QHBoxLayout()
        self.draw_button = QToolButton()
        self.draw_button.setText(self.tr('Draw line'))
        self.draw_button.setToolTip(self.tr('Click the vertices of the profile; right click (or double click) '
                                            'to finish'))
        self.draw_button.setCheckable(True)
        self.draw_button.toggled.connect(self._activate)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr('Clear'))
        self.clear_button.clicked.connect(lambda _c=False: self.clear())
        self.length_label = QLabel()
        row.addWidget(self.draw_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.length_label)
        layout.addLayout(row)

        self.plot = PlotWidget()
        layout.addWidget(self.plot, 1)
        layout.addLayout(self.export_buttons())

    def _activate(self, on):
        if on:
            self.canvas.setMapTool(self.line_tool)
        else:
            self.release_map_tool()

    # -- layer list -----------------------------------------------------------
    def refresh_layers(self):
        """List the project's rasters in layer-tree order (band by band when they have few bands), keeping ticks."""
        checked = {key: state for key, state in self._list_states()}
        self.raster_list.blockSignals(True)
        self.raster_list.clear()
        for layer in self.project.layerTreeRoot().layerOrder():
            if layer.type() != QgsMapLayerType.RasterLayer:
                continue
            count = layer.bandCount()
            bands = range(1, count + 1) if count <= MAX_LISTED_BANDS else [1]
            for band in bands:
                text = layer.name() if count == 1 else f'{layer.name()} — {layer.bandName(band)}'
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (layer.id(), band))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                default = Qt.CheckState.Checked if count == 1 else Qt.CheckState.Unchecked
                item.setCheckState(checked.get((layer.id(), band), default))
                self.raster_list.addItem(item)
        self.raster_list.blockSignals(False)

    def _list_states(self):
        for row in range(self.raster_list.count()):
            item = self.raster_list.item(row)
            yield tuple(item.data(Qt.ItemDataRole.UserRole)), item.checkState()

    def set_checked(self, layer, band=1, checked=True):
        """Tick (or untick) ``layer``'s ``band`` in the raster list."""
        for row in range(self.raster_list.count()):
            item = self.raster_list.item(row)
            if tuple(item.data(Qt.ItemDataRole.UserRole)) == (layer.id(), band):
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise InputError(self.tr('"{0}" band {1} is not in the list of rasters.').format(layer.name(), band))

    def checked_rasters(self):
        found = []
        for (layer_id, band), state in self._list_states():
            layer = self.project.mapLayer(layer_id)
            if state == Qt.CheckState.Checked and layer is not None:
                found.append((layer, band))
        return found

    # -- line -------------------------------------------------------------------
    def _on_line(self, vertices):
        self.set_line(vertices)

    @guarded
    def set_line(self, vertices, crs=None):
        """Use the polyline ``vertices`` (``crs``, default the canvas CRS) and sample the layers along it."""
        self.line_vertices = [QgsPointXY(v) for v in vertices]
        self.line_crs = crs or self.canvas.mapSettings().destinationCrs()
        self._place_line()
        self.update_profile()

    def line_geometry(self):
        return QgsGeometry.fromPolylineXY(self.line_vertices) if self.line_vertices else None

    def _place_line(self):
        if self.line_vertices:
            self.line_band.setToGeometry(self.line_geometry(), self.line_crs)
        else:
            self.line_band.reset(QgsWkbTypes.GeometryType.LineGeometry)

    def clear(self):
        self.line_vertices = None
        self.curves = []
        self._place_line()
        self.length_label.clear()
        self.clear_message()
        self.redraw()

    def _resample(self):
        if self.line_vertices:
            self.update_profile()

    # -- sampling -----------------------------------------------------------------
    def sampler(self, layer):
        if layer.providerType() != 'gdal':
            raise InputError(self.tr('"{0}" is a {1} layer; the profile samples rasters stored in files.')
                             .format(layer.name(), layer.providerType()))
        return self.layer_reader(layer, lambda: RasterSampler(layer.source(), layer.name()))

    @guarded
    def update_profile(self):
        """Sample every ticked raster and the point layer along the current line, then plot."""
        if not self.line_vertices:
            raise InputError(self.tr('Draw a line first (Draw line, click vertices, right click to finish).'))
        line = ProfileLine([(p.x(), p.y()) for p in self.line_vertices], crs_wkt(self.line_crs))
        self.length_label.setText(self.tr('Length {0:.0f} m').format(line.length))
        curves, notes = [], []
        for layer, band in self.checked_rasters():
            try:
                curve = self._raster_curve(line, layer, band, COLOURS[len(curves) % len(COLOURS)])
            except InputError as error:
                notes.append(translated(error, QCoreApplication.translate))
                continue
            if not np.isfinite(curve.values).any():
                notes.append(self.tr('"{0}": no data along the line (outside the raster or NaN).')
                             .format(curve.name))
            curves.append(curve)
        point_layer, field = self.point_combo.currentLayer(), self.field_combo.currentField()
        if point_layer is not None and field:
            curve = self._point_curve(line, point_layer, field, COLOURS[len(curves) % len(COLOURS)])
            if curve.values.size == 0:
                notes.append(self.tr('"{0}": no point within {1:g} m of the line.')
                             .format(point_layer.name(), self.buffer_spin.value()))
            curves.append(curve)
        if not curves:
            notes.append(self.tr('Tick rasters in the list or choose a point layer and its value field.'))
        self.curves = curves
        self.redraw()
        if notes:
            self.show_message(' '.join(notes), Qgis.MessageLevel.Warning)
        else:
            self.clear_message()
        return curves

    def _raster_curve(self, line, layer, band, colour):
        sampler = self.sampler(layer)
        samples = line.sample_grid(sampler.grid)
        values = sampler.values_at(samples.column, samples.row, band)
        name = layer.name() if layer.bandCount() == 1 else f'{layer.name()} — {layer.bandName(band)}'
        units = sampler.dataset.GetRasterBand(band).GetUnitType() or ''
        return ProfileCurve(name, layer.id(), 'raster', band, units, samples.distance, values, samples.x,
                            samples.y, layer.crs().authid(), colour)

    def _point_curve(self, line, layer, field, colour):
        rect = self._search_rect(layer)
        request = QgsFeatureRequest().setFilterRect(rect).setSubsetOfAttributes([field], layer.fields())
        xs, ys, values, ids = [], [], [], []
        for feature in layer.getFeatures(request):
            geometry = feature.geometry()
            value = feature[field]
            if geometry.isNull() or value is None:
                continue
            try:
                value = float(value)
            except (TypeError, ValueError):
                continue
            point = geometry.centroid().asPoint()
            xs.append(point.x())
            ys.append(point.y())
            values.append(value)
            ids.append(feature.id())
        keep, along, offset = line.points_within(xs, ys, crs_wkt(layer.crs()), self.buffer_spin.value())
        kept = [np.asarray(a, dtype=float)[keep] for a in (values, xs, ys)]
        units = self.point_units_edit.text().strip()
        return ProfileCurve(f'{layer.name()} — {field}', layer.id(), 'points', 0, units, along, *kept,
                            layer.crs().authid(), colour, ids=np.asarray(ids, dtype=np.int64)[keep], offset=offset)

    def _search_rect(self, layer):
        """Bounding box of the line in the layer CRS, grown by 1.5 × the buffer (a coarse pre-filter)."""
        geometry = self.line_geometry()
        geometry.transform(self.transform(self.line_crs, layer.crs()))
        rect = QgsRectangle(geometry.boundingBox())
        factor = QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceUnit.DistanceMeters, layer.crs().mapUnits())
        if layer.crs().isGeographic():  # degrees of longitude shrink with cos(latitude)
            latitude = min(max(abs(rect.yMinimum()), abs(rect.yMaximum())), 85.0)
            factor /= np.cos(np.radians(latitude))
        rect.grow(1.5 * self.buffer_spin.value() * factor + 1e-9)
        return rect

    # -- events -------------------------------------------------------------------
    @guarded
    def _on_layers_removed(self, layer_ids):
        removed = set(layer_ids)
        gone = [curve.name for curve in self.curves if curve.layer_id in removed]
        self.curves = [curve for curve in self.curves if curve.layer_id not in removed]
        rows = [row for row in range(self.raster_list.count())
                if self.raster_list.item(row).data(Qt.ItemDataRole.UserRole)[0] in removed]
        self.raster_list.blockSignals(True)
        for row in reversed(rows):
            self.raster_list.takeItem(row)
        self.raster_list.blockSignals(False)
        if gone:
            self.redraw()
            self.show_message(self.tr('Layer removed: {0} taken off the profile.').format(', '.join(gone)),
                              Qgis.MessageLevel.Info)

    # -- plotting -------------------------------------------------------------------
    def axis_keys(self):
        """Axis of each curve: curves with the same (non-empty) units share one."""
        return [f'units:{curve.units}' if curve.units else f'curve:{index}'
                for index, curve in enumerate(self.curves)]

    @guarded
    def redraw(self):
        figure = self.plot.figure
        figure.clear()
        main = figure.add_subplot()
        axes_by_key = {}
        handles = []
        keys = self.axis_keys()
        for index, (curve, key) in enumerate(zip(self.curves, keys)):
            if key not in axes_by_key:
                axes = main if not axes_by_key else main.twinx()
                if len(axes_by_key) >= 2:
                    axes.spines['right'].set_position(('axes', 1.0 + 0.16 * (len(axes_by_key) - 1)))
                axes_by_key[key] = axes
                if keys.count(key) > 1:          # curves in the same units share the axis
                    axes.set_ylabel(curve.units)
                else:
                    with_units = curve.units and f'({curve.units})' not in curve.name
                    axes.set_ylabel(f'{curve.name} ({curve.units})' if with_units else curve.name,
                                    color=curve.colour)
            axes = axes_by_key[key]
            if curve.kind == 'raster':
                handle, = axes.plot(curve.distance, curve.values, color=curve.colour, linewidth=1.2,
                                    label=curve.name)
            else:
                handle = axes.scatter(curve.distance, curve.values, color=curve.colour, marker='^', s=14,
                                      label=self.tr('{0} (±{1:g} m)').format(curve.name, self.buffer_spin.value()))
            handle.set_gid(f'curve:{index}')
            handles.append(handle)
        main.set_xlabel(self.tr('Distance along the profile (m)'))
        main.grid(True, linewidth=0.3)
        if handles:
            self.plot.legend_below(main, handles)
        else:
            main.text(0.5, 0.5, self.tr('Tick rasters, press Draw line and click the map'), ha='center',
                      va='center', transform=main.transAxes, color='#666666')
        self.plot.draw()

    # -- export ---------------------------------------------------------------------
    def has_results(self):
        return bool(self.curves)

    def export_csv(self, path):
        """One row per sample (rasters) or point: distance (m), coordinates, value."""
        rows = []
        for curve in self.curves:
            for k in range(curve.distance.size):
                rows.append([curve.name, curve.kind, curve.band or '', number(curve.distance[k]),
                             number(curve.x[k]), number(curve.y[k]), curve.crs, number(curve.values[k]),
                             curve.units, int(curve.ids[k]) if curve.ids is not None else '',
                             number(curve.offset[k]) if curve.offset is not None else ''])
        return write_csv(path, ['layer', 'kind', 'band', 'distance_m', 'x', 'y', 'crs', 'value', 'units',
                                'feature_id', 'offset_m'], rows)
