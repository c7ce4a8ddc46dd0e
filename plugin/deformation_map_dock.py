"""Deformation-map dock: one action styles a velocity raster over hazard and geology layers; velocity per zone.

The velocity gets a red–white–blue ramp symmetric about zero, from −L to +L
with L the robust percentile of |v| (editable), a legend title with units, and
the overlays are stacked (top → bottom): faults/lines, hazard outlines,
velocity (85 % opaque), geologic units (75 % opaque) — see
:func:`.map_styling.build_deformation_map`.  ``deformation:zonalvelocity``
summarises the velocity per hazard / geology polygon.
"""
from qgis.core import Qgis, QgsMapLayer, QgsMapLayerType, QgsProcessingContext, QgsProcessingFeedback, QgsWkbTypes
from qgis.gui import QgsCheckableComboBox, QgsMapLayerComboBox, QgsRasterBandComboBox
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
)

from ..algorithms.core.common.errors import InputError
from ..algorithms.core.common.statistics import symmetric_limit
from .dock_base import DockBase, guarded
from .map_styling import band_sample, build_deformation_map, project_sample_layers, set_legend_title

try:  # QgsMapLayerProxyModel moved to qgis.core in QGIS 3.34
    from qgis.core import QgsMapLayerProxyModel
except ImportError:  # pragma: no cover - QGIS < 3.34
    from qgis.gui import QgsMapLayerProxyModel

#: columns of the zone table: (output field, header)
TABLE_FIELDS = (('count', 'n'), ('mean', 'mean'), ('median', 'median'), ('p5', 'p5'), ('p95', 'p95'),
                ('share_above', '% > T'))
#: attribute naming a zone in the table, first found wins
NAME_FIELDS = ('name', 'unit', 'code', 'hazard', 'id')


def cell_text(value, locale=None):
    """Table text: strings as they are, integers exactly, floats to 0.1, NULL empty; numbers written as the
    locale QGIS runs in writes them (``QLocale()``: QGIS sets it from its own locale; French: 12,3)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ''
    locale = locale or QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value) if isinstance(value, int) else locale.toString(float(value), 'f', 1)


class DeformationMapDock(DockBase):
    """Style a velocity map over hazard/geology layers and summarise the velocity per zone."""

    def __init__(self, canvas, parent=None):
        super().__init__(self.tr('Deformation map'), canvas, parent)
        self.setObjectName('DeformationMapDock')
        self.zone_layers = []
        self._build()
        self.connect(self.project.legendLayersAdded, lambda _layers: self.refresh_layers())
        self.connect(self.project.layersRemoved, lambda _ids: self.refresh_layers())
        self.refresh_layers()
        self.update_limit()

    # -- widgets ------------------------------------------------------------
    def _build(self):
        form = QFormLayout()
        self.velocity_combo = QgsMapLayerComboBox()
        self.velocity_combo.setFilters(QgsMapLayerProxyModel.Filter.RasterLayer)
        self.band_combo = QgsRasterBandComboBox()
        self.velocity_combo.layerChanged.connect(self.band_combo.setLayer)
        self.band_combo.setLayer(self.velocity_combo.currentLayer())
        form.addRow(self.tr('Velocity raster'), self.velocity_combo)
        form.addRow(self.tr('Band'), self.band_combo)

        row = QHBoxLayout()
        self.percentile_spin = QDoubleSpinBox()
        self.percentile_spin.setRange(50.0, 100.0)
        self.percentile_spin.setValue(98.0)
        self.percentile_spin.setSuffix(' %')
        self.percentile_spin.setToolTip(self.tr('The ramp runs from −L to +L, L = this percentile of |v|'))
        self.limit_spin = QDoubleSpinBox()
        self.limit_spin.setRange(0.001, 1e6)
        self.limit_spin.setDecimals(2)
        self.limit_spin.setPrefix('± ')
        self.limit_spin.setToolTip(self.tr('Limit of the colour ramp; edit it to fix the scale'))
        self.auto_button = QToolButton()
        self.auto_button.setText(self.tr('Auto'))
        self.auto_button.setToolTip(self.tr('Recompute the limit from the percentile'))
        row.addWidget(self.percentile_spin)
        row.addWidget(self.limit_spin, 1)
        row.addWidget(self.auto_button)
        form.addRow(self.tr('Robust limit'), row)
        self.units_edit = QLineEdit('mm/yr')
        form.addRow(self.tr('Units'), self.units_edit)
        self.title_edit = QLineEdit(self.tr('LOS velocity'))
        form.addRow(self.tr('Legend title'), self.title_edit)
        for signal in (self.velocity_combo.layerChanged, self.band_combo.bandChanged,
                       self.percentile_spin.editingFinished, self.auto_button.clicked):
            signal.connect(lambda *_: self.update_limit())
        self.units_edit.textChanged.connect(lambda text: self.limit_spin.setSuffix(f' {text}'))
        self.limit_spin.setSuffix(' mm/yr')

        self.hazard_combo = QgsCheckableComboBox()
        self.geology_combo = QgsCheckableComboBox()
        self.line_combo = QgsCheckableComboBox()
        for combo, tip in ((self.hazard_combo, self.tr('Hazard zones: drawn as outlines above the velocity')),
                           (self.geology_combo, self.tr('Geologic units: pale fills under the velocity')),
                           (self.line_combo, self.tr('Faults and other lines: on top'))):
            combo.setToolTip(tip)
            combo.setDefaultText(self.tr('none'))
        form.addRow(self.tr('Hazard layers'), self.hazard_combo)
        form.addRow(self.tr('Geology layers'), self.geology_combo)
        form.addRow(self.tr('Faults / lines'), self.line_combo)
        self.sample_check = QCheckBox(self.tr('Use the bundled sample layers when none is chosen'))
        self.sample_check.setChecked(True)
        form.addRow(self.sample_check)
        self.body_layout.addLayout(form)
        self.apply_button = QPushButton(self.tr('Apply deformation map'))
        self.apply_button.clicked.connect(lambda _c=False: self.apply())
        self.body_layout.addWidget(self.apply_button)

        group = QGroupBox(self.tr('Velocity per zone (deformation:zonalvelocity)'))
        zone_form = QFormLayout(group)
        row = QHBoxLayout()
        self.threshold_spin = QDoubleSpinBox()
        self.threshold_spin.setRange(-1e6, 1e6)
        self.threshold_spin.setValue(5.0)
        self.mode_combo = QComboBox()
        self.mode_combo.addItems([self.tr('|v| > T'), self.tr('v > T'), self.tr('v < T')])
        row.addWidget(self.threshold_spin, 1)
        row.addWidget(self.mode_combo)
        zone_form.addRow(self.tr('Threshold T'), row)
        self.zones_button = QPushButton(self.tr('Compute velocity per zone'))
        self.zones_button.clicked.connect(lambda _c=False: self.compute_zones())
        zone_form.addRow(self.zones_button)
        self.zone_table = QTableWidget(0, len(TABLE_FIELDS) + 1)
        headers = {'mean': self.tr('mean'), 'median': self.tr('median')}
        self.zone_table.setHorizontalHeaderLabels([self.tr('zone')] + [headers.get(header, header)
                                                                       for _, header in TABLE_FIELDS])
        self.zone_table.verticalHeader().setVisible(False)
        self.zone_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.zone_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.zone_table.setMinimumHeight(150)
        zone_form.addRow(self.zone_table)
        self.body_layout.addWidget(group, 1)

    # -- layers ---------------------------------------------------------------
    def refresh_layers(self):
        """Fill the hazard / geology / line lists with the project's polygon and line layers (keeping ticks)."""
        lists = ((self.hazard_combo, QgsWkbTypes.GeometryType.PolygonGeometry),
                 (self.geology_combo, QgsWkbTypes.GeometryType.PolygonGeometry),
                 (self.line_combo, QgsWkbTypes.GeometryType.LineGeometry))
        layers = self.project.layerTreeRoot().layerOrder()
        for combo, geometry_type in lists:
            checked = set(combo.checkedItemsData())
            combo.blockSignals(True)
            combo.clear()
            for layer in layers:
                if layer.type() == QgsMapLayerType.VectorLayer and layer.geometryType() == geometry_type:
                    combo.addItemWithCheckState(layer.name(), Qt.CheckState.Checked if layer.id() in checked
                                                else Qt.CheckState.Unchecked, layer.id())
            combo.blockSignals(False)

    def set_checked_layers(self, hazard=(), geology=(), lines=()):
        """Tick exactly these layers in the three lists."""
        for combo, chosen in ((self.hazard_combo, hazard), (self.geology_combo, geology), (self.line_combo, lines)):
            ids = {layer.id() for layer in chosen}
            for index in range(combo.count()):
                combo.setItemCheckState(index, Qt.CheckState.Checked if combo.itemData(index) in ids
                                        else Qt.CheckState.Unchecked)

    def _checked(self, combo):
        return [layer for layer in (self.project.mapLayer(i) for i in combo.checkedItemsData()) if layer]

    def overlays(self):
        """(hazard, geology, line) layers: the ticked ones, or the bundled sample when none is ticked."""
        hazard, geology, lines = (self._checked(self.hazard_combo), self._checked(self.geology_combo),
                                  self._checked(self.line_combo))
        if not (hazard or geology or lines) and self.sample_check.isChecked():
            sample_hazard, sample_geology, sample_faults = project_sample_layers(self.project)
            return [sample_hazard], [sample_geology], [sample_faults]
        return hazard, geology, lines

    def velocity_layer(self):
        layer = self.velocity_combo.currentLayer()
        if layer is None:
            raise InputError(self.tr('Choose the velocity raster first (add one to the project).'))
        return layer

    # -- actions ------------------------------------------------------------
    @guarded
    def update_limit(self):
        """Set the editable limit to the robust percentile of |v|."""
        layer = self.velocity_combo.currentLayer()
        if layer is None or layer.providerType() != 'gdal':
            return None
        band = max(1, self.band_combo.currentBand())
        # one reduced-resolution read per layer and band, not per signal (a layer change also changes the band)
        sample = self.layer_reader(layer, lambda: band_sample(layer, band), band)
        limit = symmetric_limit(sample, self.percentile_spin.value())
        self.limit_spin.setValue(limit)
        return limit

    @guarded
    def apply(self):
        """Style the velocity, stack the overlays; returns the layers top → bottom."""
        velocity = self.velocity_layer()
        units = self.units_edit.text().strip() or 'mm/yr'
        hazard, geology, lines = self.overlays()
        ordered = build_deformation_map(velocity, hazard, geology, lines, self.project,
                                        band=max(1, self.band_combo.currentBand()), limit=self.limit_spin.value(),
                                        units=units)
        title = self.title_edit.text().strip() or velocity.name()
        set_legend_title(velocity, f'{title} ({units})', self.project)
        self.refresh_layers()
        self.canvas.refresh()
        self.show_message(self.tr('Velocity styled from −{0:g} to +{0:g} {1}; {2} layers stacked.')
                          .format(self.limit_spin.value(), units, len(ordered)), Qgis.MessageLevel.Success)
        return ordered

    @guarded
    def compute_zones(self):
        """Run ``deformation:zonalvelocity`` on every hazard and geology layer; add the outputs and fill the table."""
        import processing
        velocity = self.velocity_layer()
        hazard, geology, _lines = self.overlays()
        zones = hazard + geology
        if not zones:
            raise InputError(self.tr('Tick hazard or geology layers (or allow the sample layers).'))
        outputs = []
        for zone_layer in zones:
            context = QgsProcessingContext()
            context.setProject(self.project)
            result = processing.run('deformation:zonalvelocity', {
                'INPUT': velocity, 'BAND': max(1, self.band_combo.currentBand()), 'ZONES': zone_layer,
                'THRESHOLD': self.threshold_spin.value(), 'THRESHOLD_MODE': self.mode_combo.currentIndex(),
                'OUTPUT': 'TEMPORARY_OUTPUT'}, context=context, feedback=QgsProcessingFeedback())
            output = result['OUTPUT']
            layer = output if isinstance(output, QgsMapLayer) else context.takeResultLayer(output)
            layer.setName(self.tr('Velocity per zone — {0}').format(zone_layer.name()))
            self.project.addMapLayer(layer)
            outputs.append(layer)
        self.zone_layers = outputs
        self.fill_table(outputs)
        self.show_message(self.tr('Velocity statistics for {0} zone layer(s) added to the project.')
                          .format(len(outputs)), Qgis.MessageLevel.Success)
        return outputs

    def fill_table(self, layers):
        rows = []
        for layer in layers:
            names = layer.fields().names()
            name_field = next((f for f in NAME_FIELDS if f in names), None)
            for feature in layer.getFeatures():
                label = str(feature[name_field]) if name_field else str(feature.id())
                rows.append([label] + [feature[field] for field, _ in TABLE_FIELDS])
        self.zone_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(cell_text(value))
                item.setToolTip(cell_text(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.zone_table.setItem(r, c, item)
