"""Time-series dock: click the map → displacement versus date (InSAR Explorer / PS Time Series Viewer style).

Sources: a time-series raster (one band per date: description ``YYYY-MM-DD`` or
metadata ``DATE=YYYYMMDD``) or a point layer whose fields are dates
(``YYYYMMDD``, ``DYYYYMMDD``, ``D_YYYYMMDD``: PS, EGMS).  Several picks are
overlaid; a reference pick is subtracted from the others; a trajectory model
(core :mod:`trajectory`) can be fitted and drawn with its velocity; a polygon
gives the mean series of the pixels / points inside.
"""
from dataclasses import dataclass, field

import numpy as np
from matplotlib import dates as mdates
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayerType,
    QgsPointXY,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsMapLayerComboBox, QgsRubberBand, QgsVertexMarker
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QToolButton

from ..algorithms.core.analysis.series import as_values, daily_dates, date_fields, fit_series, relative_to
from ..algorithms.core.analysis.zonal import nan_mean, polygon_mean_series, to_geometry
from ..algorithms.core.common import dates as dates_mod
from ..algorithms.core.common.errors import InputError, translated
from ..algorithms.core.insar.trajectory import TrajectoryModel
from ..algorithms.core.io.raster_stack import RasterStack
from ..algorithms.core.io.sampling import RasterSampler
from .dock_base import COLOURS, DockBase, PlotWidget, guarded, number, write_csv
from .map_tools import PointPickTool, SketchTool

try:  # QgsMapLayerProxyModel moved to qgis.core in QGIS 3.34
    from qgis.core import QgsMapLayerProxyModel
except ImportError:  # pragma: no cover - QGIS < 3.34
    from qgis.gui import QgsMapLayerProxyModel

#: fields used to name a picked point, first found wins
LABEL_FIELDS = ('pid', 'code', 'name', 'station', 'id', 'fid')


@dataclass
class Pick:
    """One plotted series: where it comes from and its raw values (mm)."""

    label: str
    layer_id: str
    layer_name: str
    kind: str                 # 'pixel', 'point' or 'polygon'
    dates: list
    values: np.ndarray
    x: float                  # layer CRS: pixel centre, point, or polygon centroid
    y: float
    crs: QgsCoordinateReferenceSystem
    geometry: QgsGeometry = None   # polygon, layer CRS
    colour: str = COLOURS[0]
    items: list = field(default_factory=list)


class RasterSeriesSource:
    """Series of a time-series raster layer: band dates from description/metadata (SPEC §2)."""

    def __init__(self, layer):
        if layer.providerType() != 'gdal':
            raise InputError(self.tr('"{0}" is a {1} layer; choose a time-series raster stored in a file.')
                             .format(layer.name(), layer.providerType()))
        stack = RasterStack([layer.source()], layer.name())
        if len(stack) < 2:
            raise InputError(self.tr('"{0}" has a single band; a time-series raster has one band per date '
                                     '(band description YYYY-MM-DD or metadata DATE=YYYYMMDD).')
                             .format(layer.name()))
        band_dates = stack.dates()
        self.order = np.argsort(band_dates)
        self.dates = [band_dates[i] for i in self.order]
        self.sampler = RasterSampler(layer.source(), layer.name())
        self.layer = layer

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def at(self, point, _tolerance_rect, _canvas_point, _to_canvas):
        """Series of the pixel containing ``point`` (layer CRS)."""
        column, row = self.sampler.pixel_of(point.x(), point.y())
        if not self.sampler.contains(column, row):
            raise InputError(self.tr('The click is outside "{0}".').format(self.layer.name()))
        column, row = int(column), int(row)
        values = self.sampler.pixel_series(column, row)[self.order]
        if not np.isfinite(values).any():
            raise InputError(self.tr('No data at pixel (column {0}, row {1}) of "{2}": every date is empty '
                                     '(NaN / nodata).').format(column, row, self.layer.name()))
        x, y = self.sampler.grid.centre_of(column, row)
        return self.tr('Pixel {0}, {1}').format(column, row), values, x, y

    def in_polygon(self, geometry):
        """Mean series of the pixels whose centre is inside ``geometry`` (layer CRS)."""
        means, count = polygon_mean_series(self.sampler, to_geometry(geometry.asWkb(), self.layer.name()))
        if count == 0 or not np.isfinite(means).any():
            raise InputError(self.tr('The polygon holds no valid pixel of "{0}".').format(self.layer.name()))
        return self.tr('Mean of {0} pixels').format(count), means[self.order]


class PointSeriesSource:
    """Series of a point layer with one field per date (YYYYMMDD, DYYYYMMDD, D_YYYYMMDD)."""

    def __init__(self, layer):
        self.fields = date_fields(layer.fields().names(), layer.name())
        if len(self.fields) < 2:
            raise InputError(self.tr('"{0}" has no date fields; a point time series has one field per date '
                                     'named YYYYMMDD, DYYYYMMDD or D_YYYYMMDD (EGMS, PS).').format(layer.name()))
        self.dates = [date for _, date in self.fields]
        names = [name.lower() for name in layer.fields().names()]
        self.label_field = next((layer.fields().names()[names.index(f)] for f in LABEL_FIELDS if f in names), None)
        self.layer = layer

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def values(self, feature):
        return as_values([feature[name] for name, _ in self.fields])

    def label(self, feature):
        value = feature[self.label_field] if self.label_field else None
        return self.tr('Point {0}').format(value if value not in (None, '') else feature.id())

    def at(self, _point, tolerance_rect, canvas_point, to_canvas):
        """Series of the feature nearest to ``canvas_point`` within the tolerance rectangle (layer CRS)."""
        best, best_distance = None, None
        request = QgsFeatureRequest().setFilterRect(tolerance_rect)
        for feature in self.layer.getFeatures(request):
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull():
                continue
            geometry.transform(to_canvas)
            distance = geometry.distance(QgsGeometry.fromPointXY(canvas_point))
            if best_distance is None or distance < best_distance:
                best, best_distance = feature, distance
        if best is None:
            raise InputError(self.tr('No point of "{0}" near the click; click closer or raise the tolerance.')
                             .format(self.layer.name()))
        point = best.geometry().centroid().asPoint()
        values = self.values(best)
        if not np.isfinite(values).any():
            raise InputError(self.tr('{0} of "{1}" has no value at any date.').format(self.label(best),
                                                                                   self.layer.name()))
        return self.label(best), values, point.x(), point.y()

    def in_polygon(self, geometry):
        rows = [self.values(f) for f in self.layer.getFeatures(QgsFeatureRequest().setFilterRect(
            geometry.boundingBox())) if geometry.contains(f.geometry())]
        if not rows:
            raise InputError(self.tr('The polygon holds no point of "{0}".').format(self.layer.name()))
        return self.tr('Mean of {0} points').format(len(rows)), nan_mean(np.vstack(rows), axis=0)


class TimeSeriesDock(DockBase):
    """Displacement versus date at clicked pixels / points."""

    def __init__(self, canvas, parent=None):
        super().__init__(self.tr('Deformation time series'), canvas, parent)
        self.setObjectName('DeformationTimeSeriesDock')
        self.picks = []
        self.reference = None
        self.fits = {}
        self._colour_index = 0
        self.mode = 'pick'
        self._build()
        self.point_tool = PointPickTool(canvas)
        self.polygon_tool = SketchTool(canvas, polygon=True, colour='#6a3d9a')
        self.use_map_tools([self.point_tool, self.polygon_tool], self.mode_buttons.values())
        self.point_tool.picked.connect(self._on_point)
        self.polygon_tool.finished.connect(self._on_polygon)
        self.connect(self.project.layersWillBeRemoved, self._on_layers_removed)
        self.connect(canvas.destinationCrsChanged, self._on_crs_changed)
        self.redraw()

    # -- widgets ------------------------------------------------------------
    def _build(self):
        layout = self.body_layout
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr('Layer')))
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.RasterLayer | QgsMapLayerProxyModel.Filter.PointLayer)
        self.layer_combo.setToolTip(self.tr('Time-series raster (one band per date) or point layer with date '
                                            'fields (YYYYMMDD, DYYYYMMDD, D_YYYYMMDD)'))
        row.addWidget(self.layer_combo, 1)
        layout.addLayout(row)

        row = QHBoxLayout()
        self.pick_button = self._tool_button(self.tr('Pick'), self.tr('Click the map to plot the series there '
                                                                      '(Shift+click adds a series)'))
        self.reference_button = self._tool_button(self.tr('Reference'), self.tr(
            'Click the map to choose a reference pixel/point; its series is subtracted from the others'))
        self.polygon_button = self._tool_button(self.tr('Polygon mean'), self.tr(
            'Draw a polygon (right click to finish): mean series of the pixels/points inside'))
        self.mode_buttons = {'pick': self.pick_button, 'reference': self.reference_button,
                             'polygon': self.polygon_button}
        for mode, button in self.mode_buttons.items():
            button.toggled.connect(lambda on, m=mode: self._activate(m, on))
        self.clear_reference_button = QToolButton()
        self.clear_reference_button.setText(self.tr('No reference'))
        self.clear_reference_button.clicked.connect(lambda _c=False: self.set_reference(None))
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr('Clear'))
        self.clear_button.clicked.connect(lambda _c=False: self.clear())
        for button in (self.pick_button, self.reference_button, self.polygon_button, self.clear_reference_button,
                       self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        row = QHBoxLayout()
        self.add_check = QCheckBox(self.tr('Add picks'))
        self.add_check.setToolTip(self.tr('Keep earlier series when picking (same as Shift+click)'))
        row.addWidget(self.add_check)
        row.addWidget(QLabel(self.tr('Point tolerance')))
        self.tolerance_spin = QSpinBox()
        self.tolerance_spin.setRange(1, 100)
        self.tolerance_spin.setValue(8)
        self.tolerance_spin.setSuffix(self.tr(' px'))
        row.addWidget(self.tolerance_spin)
        row.addStretch(1)
        layout.addLayout(row)

        self.fit_group = QGroupBox(self.tr('Fitted trajectory'))
        self.fit_group.setCheckable(True)
        self.fit_group.setChecked(False)
        grid = QGridLayout(self.fit_group)
        grid.addWidget(QLabel(self.tr('Polynomial degree')), 0, 0)
        self.degree_spin = QSpinBox()
        self.degree_spin.setRange(1, 3)
        grid.addWidget(self.degree_spin, 0, 1)
        self.annual_check = QCheckBox(self.tr('Annual'))
        self.annual_check.setChecked(True)
        self.semiannual_check = QCheckBox(self.tr('Semi-annual'))
        grid.addWidget(self.annual_check, 0, 2)
        grid.addWidget(self.semiannual_check, 0, 3)
        grid.addWidget(QLabel(self.tr('Steps')), 1, 0)
        self.steps_edit = QLineEdit()
        self.steps_edit.setPlaceholderText(self.tr('YYYY-MM-DD, comma separated'))
        grid.addWidget(self.steps_edit, 1, 1, 1, 3)
        layout.addWidget(self.fit_group)
        for signal in (self.fit_group.toggled, self.degree_spin.valueChanged, self.annual_check.toggled,
                       self.semiannual_check.toggled, self.steps_edit.editingFinished):
            signal.connect(lambda *_: self.redraw())

        self.plot = PlotWidget()
        layout.addWidget(self.plot, 1)
        layout.addLayout(self.export_buttons())

    def _tool_button(self, text, tip):
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        return button

    def _activate(self, mode, on):
        if not on:
            if self.mode == mode:        # unticked by the user, not by choosing another mode
                self.release_map_tool()
            return
        self.mode = mode
        for name, button in self.mode_buttons.items():
            if name != mode and button.isChecked():
                button.setChecked(False)
        self.canvas.setMapTool(self.polygon_tool if mode == 'polygon' else self.point_tool)

    # -- sources ------------------------------------------------------------
    def source(self, layer=None):
        layer = layer or self.layer_combo.currentLayer()
        if layer is None:
            raise InputError(self.tr('Choose a time-series raster or a point layer with date fields first.'))
        return self.layer_reader(layer, lambda: self._new_source(layer))

    def _new_source(self, layer):
        if layer.type() == QgsMapLayerType.RasterLayer:
            return RasterSeriesSource(layer)
        if (layer.type() == QgsMapLayerType.VectorLayer
                and layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry):
            return PointSeriesSource(layer)
        raise InputError(self.tr('"{0}" is neither a raster nor a point layer.').format(layer.name()))

    def model(self):
        """The trajectory model chosen in the dock."""
        steps = tuple(dates_mod.parse_date_list(self.steps_edit.text(), self.tr('Steps')))
        return TrajectoryModel(polynomial=self.degree_spin.value(), annual=self.annual_check.isChecked(),
                               semiannual=self.semiannual_check.isChecked(), steps=steps)

    # -- picking ------------------------------------------------------------
    def _on_point(self, point, add):
        if self.mode == 'reference':
            if self.pick_reference(point) is not None:
                self.pick_button.setChecked(True)       # back to picking once the reference is set
        else:
            self.pick(point, add=add or None)

    def _on_polygon(self, vertices):
        self.pick_polygon(vertices, add=True)

    def _series_at(self, point):
        """(layer, source, label, values, x, y) at ``point`` (canvas CRS)."""
        layer = self.layer_combo.currentLayer()
        source = self.source(layer)
        to_layer = self.canvas_to(layer.crs())
        layer_point = to_layer.transform(point)
        radius = self.tolerance_spin.value() * self.canvas.mapUnitsPerPixel()
        rect = QgsRectangle(point.x() - radius, point.y() - radius, point.x() + radius, point.y() + radius)
        label, values, x, y = source.at(layer_point, to_layer.transformBoundingBox(rect), point,
                                        self.to_canvas(layer.crs()))
        return layer, source, label, values, x, y

    @guarded
    def pick(self, point, add=None):
        """Plot the series at ``point`` (canvas CRS); keep earlier picks when ``add`` (default: 'Add picks')."""
        layer, source, label, values, x, y = self._series_at(point)
        if not (self.add_check.isChecked() if add is None else add):
            self._remove_picks(list(self.picks))
        kind = 'pixel' if isinstance(source, RasterSeriesSource) else 'point'
        pick = Pick(label, layer.id(), layer.name(), kind, list(source.dates), values, x, y, layer.crs(),
                    colour=self._next_colour())
        self._add_marker(pick, QgsVertexMarker.IconType.ICON_CIRCLE)
        self.picks.append(pick)
        self.redraw()
        self._report_gaps(pick)
        return pick

    @guarded
    def pick_reference(self, point):
        """Use the series at ``point`` (canvas CRS) as the reference subtracted from the others."""
        layer, source, label, values, x, y = self._series_at(point)
        reference = Pick(self.tr('reference {0}').format(label), layer.id(), layer.name(), 'reference',
                         list(source.dates), values, x, y, layer.crs(), colour='#000000')
        self.set_reference(reference)
        return reference

    @guarded
    def pick_polygon(self, vertices, add=True):
        """Plot the mean series inside the polygon ``vertices`` (canvas CRS)."""
        layer = self.layer_combo.currentLayer()
        source = self.source(layer)
        geometry = QgsGeometry.fromPolygonXY([list(vertices)])
        geometry.transform(self.canvas_to(layer.crs()))
        label, values = source.in_polygon(geometry)
        if not add:
            self._remove_picks(list(self.picks))
        centre = geometry.centroid().asPoint()
        pick = Pick(label, layer.id(), layer.name(), 'polygon', list(source.dates), values, centre.x(),
                    centre.y(), layer.crs(), geometry=geometry, colour=self._next_colour())
        self._add_band(pick)
        self.picks.append(pick)
        self.redraw()
        return pick

    def set_reference(self, reference):
        if self.reference is not None:
            self.remove_canvas_items(self.reference.items)
        self.reference = reference
        if reference is not None:
            self._add_marker(reference, QgsVertexMarker.IconType.ICON_BOX)
        self.redraw()

    def clear(self):
        self._remove_picks(list(self.picks))
        self.set_reference(None)
        self._colour_index = 0
        self.clear_message()

    def _next_colour(self):
        colour = COLOURS[self._colour_index % len(COLOURS)]
        self._colour_index += 1
        return colour

    def _remove_picks(self, picks):
        for pick in picks:
            self.remove_canvas_items(pick.items)
            self.picks.remove(pick)
            self.fits.pop(id(pick), None)

    def _report_gaps(self, pick):
        missing = int(np.count_nonzero(~np.isfinite(pick.values)))
        if missing:
            self.show_message(self.tr('{0}: {1} of {2} dates have no data (gaps in the line).')
                              .format(pick.label, missing, len(pick.values)), Qgis.MessageLevel.Info)

    # -- canvas items ---------------------------------------------------------
    def _add_marker(self, pick, icon):
        """A coloured marker over a white halo (visible on dark velocities)."""
        pick.items = []
        for colour, size, width in (('#ffffff', 14, 6), (pick.colour, 12, 3)):
            marker = self.add_canvas_item(QgsVertexMarker(self.canvas))
            marker.setIconType(icon)
            marker.setColor(QColor(colour))
            marker.setIconSize(size)
            marker.setPenWidth(width)
            pick.items.append(marker)
        self._place(pick)

    def _add_band(self, pick):
        band = self.add_canvas_item(QgsRubberBand(self.canvas, QgsWkbTypes.GeometryType.PolygonGeometry))
        colour = QColor(pick.colour)
        band.setStrokeColor(colour)
        colour.setAlpha(50)
        band.setFillColor(colour)
        band.setWidth(2)
        pick.items = [band]
        self._place(pick)

    def _place(self, pick):
        """Put the pick's marker / polygon at its place in the current canvas CRS."""
        for item in pick.items:
            if isinstance(item, QgsRubberBand):
                item.setToGeometry(pick.geometry, pick.crs)
            else:
                transform = self.to_canvas(pick.crs)
                item.setCenter(transform.transform(QgsPointXY(pick.x, pick.y)))

    # -- project events ---------------------------------------------------------
    def _on_crs_changed(self):
        for pick in self.picks + ([self.reference] if self.reference else []):
            self._place(pick)

    @guarded
    def _on_layers_removed(self, layer_ids):
        removed = set(layer_ids)
        gone = [pick for pick in self.picks if pick.layer_id in removed]
        if self.reference is not None and self.reference.layer_id in removed:
            self.set_reference(None)
        if gone:
            names = sorted({pick.layer_name for pick in gone})
            self._remove_picks(gone)
            self.redraw()
            self.show_message(self.tr('Layer removed ({0}): its series were taken off the plot.')
                              .format(', '.join(names)), Qgis.MessageLevel.Info)

    # -- plotting -------------------------------------------------------------
    def _reference_of(self, pick):
        """The reference subtracted from ``pick``: ``None`` without one or when its dates differ."""
        return self.reference if self.reference is not None and self.reference.dates == pick.dates else None

    def relative(self, pick):
        """Values of ``pick`` minus the reference (when it shares the dates)."""
        reference = self._reference_of(pick)
        return pick.values if reference is None else relative_to(pick.values, reference.values)

    @guarded
    def redraw(self):
        figure = self.plot.figure
        figure.clear()
        axes = figure.add_subplot()
        self.fits = {}
        model = self.model() if self.fit_group.isChecked() else None
        for pick in self.picks:
            values = self.relative(pick)
            line, = axes.plot(pick.dates, values, marker='o', markersize=3, linewidth=1.0, color=pick.colour,
                              label=pick.label)
            line.set_gid('series')
            if model is not None:
                self._draw_fit(axes, pick, values, model)
        axes.axhline(0.0, color='#999999', linewidth=0.6, zorder=0)
        axes.set_ylabel(self.tr('Displacement (mm)'))
        locator = mdates.AutoDateLocator()
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        if self.reference is not None:
            axes.set_title(self.tr('Relative to {0}').format(self.reference.label), fontsize=9)
        if self.picks:
            handles = axes.get_legend_handles_labels()[0]
            # series in the first column, their fits beside them
            handles = [h for h in handles if h.get_gid() == 'series'] + [h for h in handles if h.get_gid() == 'fit']
            self.plot.legend_below(axes, handles)
        else:
            axes.text(0.5, 0.5, self.tr('Choose a layer, press Pick and click the map'), ha='center',
                      va='center', transform=axes.transAxes, color='#666666')
        axes.grid(True, linewidth=0.3)
        self.plot.draw()

    def _draw_fit(self, axes, pick, values, model):
        try:
            fit = fit_series(pick.dates, values, model)
        except InputError as error:
            reason = translated(error, QCoreApplication.translate)
            self.show_message(self.tr('{0}: no fit ({1})').format(pick.label, reason), Qgis.MessageLevel.Warning)
            return
        self.fits[id(pick)] = fit
        days = daily_dates(pick.dates[0], pick.dates[-1])
        line, = axes.plot(days, fit.evaluate(days), linestyle='--', linewidth=1.2, color=pick.colour,
                          label=self.tr('fit: v = {0:.2f} ± {1:.2f} mm/yr').format(fit.velocity,
                                                                                   fit.velocity_sigma))
        line.set_gid('fit')

    def plotted(self, gid='series'):
        """[(label, x data, y data)] of the plotted series (``gid`` 'fit' for the fitted curves)."""
        axes = self.plot.figure.axes[0]
        return [(line.get_label(), list(line.get_xdata()), np.asarray(line.get_ydata(), dtype=float))
                for line in axes.get_lines() if line.get_gid() == gid]

    # -- export ---------------------------------------------------------------
    def has_results(self):
        return bool(self.picks)

    def export_csv(self, path):
        """One row per series and date: displacement after the reference, and the fit when drawn."""
        rows = []
        for pick in self.picks:
            values = self.relative(pick)
            fit = self.fits.get(id(pick))
            fitted = fit.evaluate(pick.dates) if fit is not None else [None] * len(values)
            reference = self._reference_of(pick)
            reference_label = reference.label if reference is not None else ''
            for date, value, model_value in zip(pick.dates, values, fitted):
                rows.append([pick.label, pick.layer_name, pick.kind, number(pick.x), number(pick.y),
                             pick.crs.authid(), date.isoformat(), number(value), reference_label,
                             number(model_value)])
        return write_csv(path, ['series', 'layer', 'kind', 'x', 'y', 'crs', 'date', 'displacement_mm',
                                'reference', 'fit_mm'], rows)
