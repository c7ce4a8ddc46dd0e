def classFactory(iface):  # noqa: N802 - QGIS plugin entry point
    from .plugin.plugin import DeformationToolboxPlugin
    return DeformationToolboxPlugin(iface)
