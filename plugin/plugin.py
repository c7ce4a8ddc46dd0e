"""The QGIS plugin object: registers the Processing provider (desktop and qgis_process)."""
from qgis.core import QgsApplication

from ..algorithms.provider import DeformationProvider
from .i18n import install_translator, remove_translator


class DeformationToolboxPlugin:
    """Created by ``classFactory``; QGIS calls ``initGui`` (desktop) or ``initProcessing`` (qgis_process)."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = install_translator()

    def initProcessing(self):  # noqa: N802 - QGIS API
        if self.provider is None:
            self.provider = DeformationProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
