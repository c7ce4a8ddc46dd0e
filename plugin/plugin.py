"""The QGIS plugin object: the Processing provider (desktop and qgis_process) and, on the desktop, the docks."""
import importlib

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QAction

from ..algorithms.provider import DeformationProvider
from .i18n import install_translator, remove_translator

#: dock key → (module, class, theme icon)
DOCKS = {
    'time_series': ('time_series_dock', 'TimeSeriesDock', '/propertyicons/temporal.svg'),
    'profile': ('profile_dock', 'ProfileDock', '/mActionMeasure.svg'),
    'deformation_map': ('deformation_map_dock', 'DeformationMapDock', '/styleicons/singlebandpseudocolor.svg'),
}


class DeformationToolboxPlugin:
    """Created by ``classFactory``; QGIS calls ``initGui`` (desktop) or ``initProcessing`` (qgis_process).

    No widget is created before ``initGui``: ``qgis_process`` only runs
    ``__init__`` and ``initProcessing``.  Docks are built on first use.
    """

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = install_translator()
        self.actions = {}
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
        for key, (_module, _cls, icon) in DOCKS.items():
            text, tip = texts[key]
            action = QAction(QgsApplication.getThemeIcon(icon), text, self.iface.mainWindow())
            action.setObjectName(f'DeformationToolbox_{key}')
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, k=key: self.show_dock(k))
            self.toolbar.addAction(action)
            self.iface.addPluginToMenu(self.menu, action)
            self.actions[key] = action

    def dock(self, key):
        """The dock ``key`` ('time_series', 'profile', 'deformation_map'), built on first use."""
        if key not in self.docks:
            module_name, class_name, _icon = DOCKS[key]
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
        for action in self.actions.values():
            self.iface.removePluginMenu(self.menu, action)
            action.deleteLater()
        self.actions = {}
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
