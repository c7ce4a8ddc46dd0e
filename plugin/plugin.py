"""The QGIS plugin object: the Processing provider (desktop and qgis_process) and, on the desktop, the docks."""
import importlib
import os

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction, QDockWidget

from ..algorithms.provider import DeformationProvider
from .i18n import active_language, install_translator, remove_translator

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
ICONS = os.path.join(PLUGIN_DIR, 'resources', 'icons')
SHOWCASE_MODEL = os.path.join(PLUGIN_DIR, 'resources', 'models', 'showcase_asc_desc.model3')
HELP_INDEX = os.path.join(PLUGIN_DIR, 'docs', 'help', 'index.html')
#: dock key → (module, class); their icons are resources/icons/<key>.svg
DOCKS = {
    'time_series': ('time_series_dock', 'TimeSeriesDock'),
    'profile': ('profile_dock', 'ProfileDock'),
    'deformation_map': ('deformation_map_dock', 'DeformationMapDock'),
}


def icon(name):
    return QIcon(os.path.join(ICONS, f'{name}.svg'))


class DeformationToolboxPlugin:
    """Created by ``classFactory``; QGIS calls ``initGui`` (desktop) or ``initProcessing`` (qgis_process).

    No widget is created before ``initGui``: ``qgis_process`` only runs
    ``__init__`` and ``initProcessing``.  Docks are built on first use.
    """

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = install_translator()
        self.actions = {}          # the docks' actions (toolbar and menu)
        self.menu_actions = {}     # menu only: toolbox, model, help
        self.docks = {}
        self.toolbar = None
        self.menu = None

    def tr(self, text):
        return QCoreApplication.translate('DeformationToolboxPlugin', text)

    def initProcessing(self):  # noqa: N802 - QGIS API
        if self.provider is None:
            self.provider = DeformationProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()
        self.menu = self.tr('&Deformation Toolbox')
        self.toolbar = self.iface.addToolBar(self.tr('Deformation Toolbox'))
        self.toolbar.setObjectName('DeformationToolboxToolbar')
        texts = {
            'time_series': (self.tr('Time series on click'),
                            self.tr('Plot displacement versus date at clicked pixels or points')),
            'profile': (self.tr('Deformation profile'),
                        self.tr('Draw a line: velocity, East, Up, DEM and nearby points versus distance')),
            'deformation_map': (self.tr('Deformation map'),
                                self.tr('Style a velocity raster symmetric about zero over hazard and '
                                        'geology layers; velocity per zone')),
        }
        for key in DOCKS:
            text, tip = texts[key]
            action = QAction(icon(key), text, self.iface.mainWindow())
            action.setObjectName(f'DeformationToolbox_{key}')
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, k=key: self.show_dock(k))
            self.toolbar.addAction(action)
            self.iface.addPluginToMenu(self.menu, action)
            self.actions[key] = action
        for key, name, text, slot in (
                ('toolbox', 'icon', self.tr('Open the Deformation algorithms in the Processing toolbox'),
                 self.open_toolbox),
                ('model', 'model', self.tr('Open the showcase model (asc + desc → East/Up) in the modeler'),
                 self.open_model),
                ('help', 'help', self.tr('Deformation Toolbox help'), self.open_help)):
            action = QAction(QIcon(os.path.join(PLUGIN_DIR, 'resources', 'icon.svg')) if name == 'icon' else icon(name),
                             text, self.iface.mainWindow())
            action.setObjectName(f'DeformationToolbox_{key}')
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.iface.addPluginToMenu(self.menu, action)
            self.menu_actions[key] = action

    def open_toolbox(self):
        """Show the Processing toolbox filtered on this plugin's algorithms; returns the toolbox (or ``None``)."""
        toolbox = self.iface.mainWindow().findChild(QDockWidget, 'ProcessingToolbox')
        if toolbox is None:
            return None
        toolbox.show()
        toolbox.raise_()
        search = getattr(toolbox, 'searchBox', None)
        if search is not None:
            search.setText('deformation')
        return toolbox

    def open_model(self, path=SHOWCASE_MODEL):
        """Open the model file ``path`` in the graphical modeler; returns the dialog."""
        from processing.modeler.ModelerDialog import ModelerDialog  # the desktop's Processing GUI, loaded late
        model = QgsProcessingModelAlgorithm()
        model.fromFile(path)
        dialog = ModelerDialog.create(model) if hasattr(ModelerDialog, 'create') else ModelerDialog(model)
        dialog.show()
        return dialog

    def open_help(self):
        """Open the help index in the language of the plugin's texts when it has one."""
        translated = os.path.join(os.path.dirname(HELP_INDEX), active_language(), 'index.html')
        url = QUrl.fromLocalFile(translated if os.path.exists(translated) else HELP_INDEX)
        QDesktopServices.openUrl(url)
        return url

    def dock(self, key):
        """The dock ``key`` ('time_series', 'profile', 'deformation_map'), built on first use."""
        if key not in self.docks:
            module_name, class_name = DOCKS[key]
            module = importlib.import_module(f'{__package__}.{module_name}')
            dock = getattr(module, class_name)(self.iface.mapCanvas(), self.iface.mainWindow())
            dock.setObjectName(f'DeformationToolbox_{key}_dock')
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.tabify(dock)
            self.docks[key] = dock
        return self.docks[key]

    def tabify(self, dock):
        """Put ``dock`` in a tab beside the plugin's other docks (one dock area, not a stack of docks)."""
        window = self.iface.mainWindow()
        others = [other for other in self.docks.values() if window.dockWidgetArea(other) == window.dockWidgetArea(dock)]
        if others and hasattr(window, 'tabifyDockWidget'):
            window.tabifyDockWidget(others[0], dock)

    def show_dock(self, key):
        dock = self.dock(key)
        dock.show()
        dock.raise_()
        return dock

    def unload(self):
        for dock in self.docks.values():
            dock.unload()          # deletes the dock, which takes it out of the main window
        self.docks = {}
        for action in [*self.actions.values(), *self.menu_actions.values()]:
            self.iface.removePluginMenu(self.menu, action)
            action.deleteLater()
        self.actions, self.menu_actions = {}, {}
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
