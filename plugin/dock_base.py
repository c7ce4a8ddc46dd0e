"""What the docks share: a message bar, a matplotlib plot, exports, error guard and clean unloading.

Widgets are only ever created from ``initGui`` (through the plugin's actions),
never in code that ``qgis_process`` runs.
"""
import csv
import functools
import traceback

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT  # follows the Qt of QGIS
from matplotlib.figure import Figure
from qgis.core import Qgis, QgsCoordinateTransform, QgsMessageLog, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..algorithms.core.common.errors import InputError, translated
from .i18n import use_plot_font
from .map_tools import SketchTool

LOG_TAG = 'Deformation Toolbox'
#: colours of successive picks / layers (matplotlib tab10)
COLOURS = ('#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf',
           '#bcbd22', '#7f7f7f')


def guarded(method):
    """Run a slot; show an :class:`InputError` (or any failure) in the dock's message line, never a traceback."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except InputError as error:
            self.show_message(translated(error, QCoreApplication.translate), Qgis.MessageLevel.Warning)
        except Exception as error:  # noqa: BLE001 - a dock must never raise into the Qt event loop
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            self.show_message(QCoreApplication.translate('DockBase', 'Unexpected error: {0} (details in the '
                                                         'log messages panel)').format(error),
                              Qgis.MessageLevel.Critical)
        return None
    return wrapper


def toolbar_texts():
    """{matplotlib's English text: translated} for the navigation toolbar's buttons and tips."""
    translate = QCoreApplication.translate
    return {
        'Home': translate('PlotWidget', 'Home'),
        'Reset original view': translate('PlotWidget', 'Reset original view'),
        'Back': translate('PlotWidget', 'Back'),
        'Back to previous view': translate('PlotWidget', 'Back to previous view'),
        'Forward': translate('PlotWidget', 'Forward'),
        'Forward to next view': translate('PlotWidget', 'Forward to next view'),
        'Pan': translate('PlotWidget', 'Pan'),
        'Left button pans, Right button zooms\nx/y fixes axis, CTRL fixes aspect': translate(
            'PlotWidget', 'Left button pans, right button zooms\nx/y fixes the axis, Ctrl fixes the aspect'),
        'Zoom': translate('PlotWidget', 'Zoom'),
        'Zoom to rectangle\nx/y fixes axis': translate('PlotWidget', 'Zoom to rectangle\nx/y fixes the axis'),
        'Subplots': translate('PlotWidget', 'Subplots'),
        'Configure subplots': translate('PlotWidget', 'Configure subplots'),
        'Customize': translate('PlotWidget', 'Customize'),
        'Edit axis, curve and image parameters': translate('PlotWidget', 'Edit axis, curve and image parameters'),
        'Save': translate('PlotWidget', 'Save'), 'Save the figure': translate('PlotWidget', 'Save the figure'),
    }


def translate_toolbar(toolbar):
    """Matplotlib's navigation toolbar in the language of QGIS (matplotlib itself is English only)."""
    texts = toolbar_texts()
    for action in toolbar.actions():
        if action.text() in texts:
            action.setText(texts[action.text()])
        if action.toolTip() in texts:
            action.setToolTip(texts[action.toolTip()])
        action.setIconText(action.text())


class PlotWidget(QWidget):
    """A matplotlib figure in the Qt5Agg canvas, with the navigation toolbar (zoom, pan)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        use_plot_font()          # Japanese (…) labels need a font with their glyphs
        self.figure = Figure(figsize=(5.0, 3.4), dpi=100, layout='constrained')
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(220)
        self.toolbar = NavigationToolbar2QT(self.canvas, self)
        translate_toolbar(self.toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)

    def draw(self):
        self.canvas.draw_idle()

    @staticmethod
    def legend_below(axes, handles=None):
        """Legend under the axes, never over the data; two columns when it is long."""
        handles = axes.get_legend_handles_labels()[0] if handles is None else handles
        if handles:
            axes.legend(handles=handles, fontsize=7, loc='upper center', bbox_to_anchor=(0.5, -0.13),
                        ncol=2 if len(handles) > 2 else 1, frameon=False)

    def save_png(self, path, dpi=150):
        self.figure.savefig(path, dpi=dpi)
        return path


def write_csv(path, header, rows):
    """Write ``rows`` under ``header`` as UTF-8 CSV; returns ``path``."""
    with open(path, 'w', newline='', encoding='utf-8') as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def number(value):
    """A CSV cell: empty for NaN/None, otherwise repr-exact float text."""
    if value is None or value != value:
        return ''
    return repr(float(value))


#: message colours (background, border) per level
MESSAGE_STYLES = {
    Qgis.MessageLevel.Info: ('#e8f0fe', '#4a7bd0'),
    Qgis.MessageLevel.Warning: ('#fff4e5', '#e08a00'),
    Qgis.MessageLevel.Critical: ('#fdecea', '#c62828'),
    Qgis.MessageLevel.Success: ('#e6f4ea', '#2e7d32'),
}


class MessageLabel(QLabel):
    """A word-wrapped message line (long layer names stay readable in a narrow dock); hidden when empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level = None
        self.hide()

    def show_message(self, text, level=Qgis.MessageLevel.Info):
        background, border = MESSAGE_STYLES.get(level, MESSAGE_STYLES[Qgis.MessageLevel.Info])
        self.setStyleSheet(f'QLabel {{ background: {background}; border: 1px solid {border}; '
                           'border-radius: 3px; padding: 4px; }')
        self.level = level
        self.setText(text)
        self.show()

    def clear_message(self):
        self.level = None
        self.clear()
        self.hide()


#: minimum height of a dock's scroll area (px): three docks tabified fit a 768 px screen with the map
DOCK_MINIMUM_HEIGHT = 300


def scrolled(body, parent):
    """``body`` in a frameless scroll area: the dock may get shorter than its content (it scrolls)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setMinimumHeight(DOCK_MINIMUM_HEIGHT)
    area.setWidget(body)
    return area


class DockBase(QgsDockWidget):
    """Base of the docks: a message line on top, CSV/PNG export buttons, unload."""

    def __init__(self, title, canvas, parent=None):
        super().__init__(title, parent)
        self.canvas = canvas
        self.project = QgsProject.instance()
        self._connections = []
        self._canvas_items = []
        self._readers = {}
        self.map_tools = []
        self.tool_buttons = []
        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(4, 4, 4, 4)
        self.message_label = MessageLabel(body)
        self.body_layout.addWidget(self.message_label)
        self.setWidget(scrolled(body, self))
        self.visibilityChanged.connect(self._show_canvas_items)
        self.connect(self.project.layersRemoved, self._forget_readers)

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    # -- messages -----------------------------------------------------------
    def show_message(self, text, level=Qgis.MessageLevel.Info):
        self.message_label.show_message(text, level)

    def clear_message(self):
        self.message_label.clear_message()

    def messages(self):
        """Text currently shown in the dock's message line (a list, empty when none)."""
        return [self.message_label.text()] if self.message_label.level is not None else []

    # -- plumbing -----------------------------------------------------------
    def connect(self, signal, slot):
        """Connect and remember, so :meth:`unload` can disconnect."""
        signal.connect(slot)
        self._connections.append((signal, slot))

    def transform(self, source, target):
        return QgsCoordinateTransform(source, target, self.project)

    def canvas_to(self, crs):
        """Transform canvas CRS → ``crs``."""
        return self.transform(self.canvas.mapSettings().destinationCrs(), crs)

    def to_canvas(self, crs):
        """Transform ``crs`` → canvas CRS."""
        return self.transform(crs, self.canvas.mapSettings().destinationCrs())

    def layer_reader(self, layer, build, *key):
        """``build()`` once per ``layer`` (and ``key``), kept until the layer leaves the project.

        For readers that hold their file open (samplers, series sources), so a
        click or a redraw never re-opens the raster.
        """
        key = (layer.id(), *key)
        reader = self._readers.get(key)
        if reader is None:
            reader = self._readers[key] = build()
        return reader

    def _forget_readers(self, layer_ids):
        removed = set(layer_ids)
        for key in [key for key in self._readers if key[0] in removed]:
            del self._readers[key]

    # -- map tools ----------------------------------------------------------
    def use_map_tools(self, tools, buttons):
        """The dock's map ``tools`` and the checkable ``buttons`` choosing them.

        The buttons pop up (without emitting) when another map tool takes the canvas.
        """
        self.map_tools = list(tools)
        self.tool_buttons = list(buttons)
        self.connect(self.canvas.mapToolSet, self._on_map_tool_set)

    def _on_map_tool_set(self, new_tool, _old_tool=None):
        if new_tool not in self.map_tools:
            for button in self.tool_buttons:
                button.blockSignals(True)
                button.setChecked(False)
                button.blockSignals(False)

    def release_map_tool(self):
        """Unset the canvas map tool when it is one of the dock's."""
        tool = self.canvas.mapTool()
        if tool in self.map_tools:
            self.canvas.unsetMapTool(tool)

    # -- canvas items ---------------------------------------------------------
    def add_canvas_item(self, item):
        self._canvas_items.append(item)
        item.setVisible(self.isVisible())
        return item

    def _show_canvas_items(self, visible):
        """The dock's markers and lines are on the map only while the dock is shown."""
        for item in self._canvas_items:
            item.setVisible(visible)

    def remove_canvas_items(self, items=None):
        items = list(self._canvas_items) if items is None else list(items)
        for item in items:
            if item in self._canvas_items:
                self._canvas_items.remove(item)
            scene = item.scene()
            if scene is not None:
                scene.removeItem(item)

    # -- export -------------------------------------------------------------
    # subclasses provide ``plot`` (a PlotWidget), ``export_csv(path)`` and ``has_results()``
    def export_buttons(self):
        """A row of 'Export CSV…' and 'Export PNG…' buttons."""
        row = QHBoxLayout()
        self.csv_button = QPushButton(QCoreApplication.translate('DockBase', 'Export CSV…'))
        self.png_button = QPushButton(QCoreApplication.translate('DockBase', 'Export PNG…'))
        self.csv_button.clicked.connect(lambda _checked=False: self._export_clicked('csv'))
        self.png_button.clicked.connect(lambda _checked=False: self._export_clicked('png'))
        row.addStretch(1)
        row.addWidget(self.csv_button)
        row.addWidget(self.png_button)
        return row

    @guarded
    def _export_clicked(self, kind):
        if not self.has_results():
            raise InputError(QCoreApplication.translate('DockBase', 'Nothing to export yet: plot something first.'))
        if kind == 'csv':
            file_filter, suffix = QCoreApplication.translate('DockBase', 'CSV files (*.csv)'), '.csv'
        else:
            file_filter, suffix = QCoreApplication.translate('DockBase', 'PNG images (*.png)'), '.png'
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate('DockBase', 'Export'), '',
                                              file_filter)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        if kind == 'csv':
            self.export_csv(path)
        else:
            self.plot.save_png(path)
        self.show_message(QCoreApplication.translate('DockBase', 'Saved {0}').format(path),
                          Qgis.MessageLevel.Success)

    def unload(self):
        """Deactivate map tools, remove canvas items, disconnect signals and delete the dock."""
        self.release_map_tool()
        for tool in self.map_tools:
            if isinstance(tool, SketchTool):
                tool.remove()
            tool.deleteLater()
        self.map_tools = []
        self._readers = {}
        self.remove_canvas_items()
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._connections = []
        self.close()
        self.deleteLater()
