"""A QgisInterface-like desktop: a real main window with the map canvas in the centre, docks, toolbars,
menus and a status bar, as the plugin and Processing's dialogs use them."""
from qgis.core import QgsLayerTreeModel, QgsProject
from qgis.gui import QgsBrowserGuiModel, QgsLayerTreeView, QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtWidgets import QMainWindow, QMenu, QToolBar

#: the smallest common laptop screen
SCREEN = (1366, 768)


class DesktopInterface:
    """The parts of ``QgisInterface`` the plugin and Processing's dialogs call, on a real ``QMainWindow``."""

    def __init__(self):
        self.window = QMainWindow()
        self.window.setObjectName('QgisApp')
        self.canvas = QgsMapCanvas(self.window)
        self.window.setCentralWidget(self.canvas)
        self.window.statusBar().showMessage('ready')
        self.bar = QgsMessageBar(self.window)
        self.plugin_menu = self.window.menuBar().addMenu('&Plugins')
        self.menus = {}
        self.browser = QgsBrowserGuiModel(self.window)
        # the Layers panel: Processing (QGIS ≥ 3.34) inserts loaded outputs at its current node
        self.layer_tree_model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), self.window)
        self.layer_tree_view = QgsLayerTreeView(self.window)
        self.layer_tree_view.setModel(self.layer_tree_model)

    def browserModel(self):  # noqa: N802
        return self.browser

    def activeLayer(self):  # noqa: N802
        return None

    def setActiveLayer(self, layer):  # noqa: N802
        return False

    def layerTreeView(self):  # noqa: N802
        return self.layer_tree_view

    def iconSize(self, dock_widget=False):  # noqa: N802
        return QSize(24, 24)

    def mainWindow(self):  # noqa: N802
        return self.window

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def messageBar(self):  # noqa: N802
        return self.bar

    def pluginMenu(self):  # noqa: N802
        return self.plugin_menu

    def addDockWidget(self, area, dock_widget):  # noqa: N802
        self.window.addDockWidget(area, dock_widget)

    def removeDockWidget(self, dock_widget):  # noqa: N802
        self.window.removeDockWidget(dock_widget)

    def addToolBar(self, name):  # noqa: N802
        toolbar = name if isinstance(name, QToolBar) else QToolBar(name, self.window)
        self.window.addToolBar(toolbar)
        return toolbar

    def addPluginToMenu(self, name, action):  # noqa: N802
        if name not in self.menus:
            self.menus[name] = self.plugin_menu.addMenu(name)
        self.menus[name].addAction(action)

    def removePluginMenu(self, name, action):  # noqa: N802
        menu = self.menus.get(name)
        if isinstance(menu, QMenu):
            menu.removeAction(action)


def install(iface):
    """Make ``iface`` the interface of ``qgis.utils`` and of every module that imported it; returns an undo."""
    import sys

    import qgis.utils
    previous = qgis.utils.iface
    modules = [module for name, module in list(sys.modules.items())
               if (name.startswith('processing') or name == 'qgis.utils')
               and getattr(module, 'iface', None) is previous]
    for module in modules:
        module.iface = iface

    def undo():
        for module in modules:
            module.iface = previous
    return undo
