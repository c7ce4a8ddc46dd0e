#!/usr/bin/env python3
"""Screenshots of the docks and of the styled deformation map, rendered offscreen from the real widgets.

Runs the real plugin (``classFactory`` → ``initGui`` → its actions) in a
QGIS main window on a simulated Sentinel-1 scene (``core.simulation``: volcano
inflation, subsidence basin with a seasonal term, co-seismic step on
2020-09-01, turbulent atmosphere) plus simulated PS points with ``D_YYYYMMDD``
fields, then saves ``QWidget.grab()`` images::

    /usr/bin/python3 scripts/screenshots.py [--output docs]

Writes dock_time_series.png, dock_profile.png, dock_deformation_map.png and
deformation_map.png; then the work flow: toolbox.png (the toolbox groups), sbas_dialog.png,
styled_outputs.png (SBAS run and loaded as Processing loads it), model.png (the showcase model in
the modeler), docks_ja.png / docks_fr.png (the three docks tabified, in Japanese and French, on a 1366×768
window) and sbas_dialog_ja.png / sbas_dialog_fr.png.
Under xvfb for real screen sizes: ``xvfb-run -s "-screen 0 1366x768x24" /usr/bin/python3 scripts/screenshots.py``.
"""
import argparse
import datetime as dt
import os
import pathlib
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
PLUGINS = ROOT / '.build' / 'plugins'
STEP_DATE = dt.date(2020, 9, 1)
N_POINTS = 500


def link_plugin():
    PLUGINS.mkdir(parents=True, exist_ok=True)
    link = PLUGINS / 'deformation_toolbox'
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(PLUGINS))


class Iface:
    """The part of QgisInterface the plugin's initGui and docks use, over a real QMainWindow and canvas."""

    def __init__(self, window, canvas):
        self.window, self.canvas = window, canvas

    def mainWindow(self):  # noqa: N802 - QGIS API
        return self.window

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def addToolBar(self, name):  # noqa: N802
        return self.window.addToolBar(name)

    def addPluginToMenu(self, menu, action):  # noqa: N802
        self.window.menuBar().addAction(action)

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)

    def removePluginMenu(self, menu, action):  # noqa: N802
        self.window.menuBar().removeAction(action)


def simulate(folder):
    """Simulated scene; returns paths and an 'observed' series = truth + atmosphere + noise (mm)."""
    import numpy as np

    from deformation_toolbox.algorithms.core.io.raster_stack import RasterStack, time_series_writer
    from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack
    result = simulate_stack(SimulationConfig(step_date=STEP_DATE, links=1, atmosphere=2.5), folder)
    paths = result.paths
    truth, atmosphere = RasterStack(paths['timeseries']), RasterStack(paths['atmosphere'])
    dates = truth.dates()
    rng = np.random.default_rng(7)
    observed = os.path.join(folder, 'observed_timeseries.tif')
    series = np.empty((len(dates),) + truth.grid.shape)
    first_atmosphere = atmosphere.read_band(0)                     # read once, not once per date
    with time_series_writer(observed, truth.grid, dates) as writer:
        for i in range(len(dates)):
            series[i] = (truth.read_band(i) + atmosphere.read_band(i) - first_atmosphere
                         + rng.normal(0.0, 1.5, truth.grid.shape))
            writer.write_band(i, 0, series[i])
    return paths, observed, dates, series, truth.grid


def ps_layer(dates, series, grid, velocity_path):
    """Memory layer of simulated PS points: pid, mean_velocity, and one D_YYYYMMDD field per date."""
    import numpy as np
    from osgeo import gdal
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer

    from deformation_toolbox.algorithms.qgis_compat import field_type
    rng = np.random.default_rng(11)
    velocity = gdal.Open(velocity_path).ReadAsArray()
    layer = QgsVectorLayer('Point?crs=EPSG:32654', 'PS points (D_YYYYMMDD)', 'memory')
    fields = [QgsField('pid', field_type('string')), QgsField('mean_velocity', field_type('double'))]
    fields += [QgsField(f'D_{d:%Y%m%d}', field_type('double')) for d in dates]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    features = []
    for k in range(N_POINTS):
        row, column = rng.integers(0, grid.height), rng.integers(0, grid.width)
        x, y = grid.centre_of(column, row)
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x + rng.uniform(-40, 40), y + rng.uniform(-40, 40))))
        values = series[:, row, column] + rng.normal(0.0, 1.0, len(dates))
        feature.setAttributes([f'PS{k:04d}', float(velocity[row, column] + rng.normal(0.0, 0.8))]
                              + [round(float(v), 2) for v in values])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    from qgis.core import QgsMarkerSymbol
    layer.renderer().setSymbol(QgsMarkerSymbol.createSimple({'name': 'circle', 'size': '1.4', 'color': '#404040',
                                                             'outline_color': '#ffffff', 'outline_width': '0.2'}))
    return layer


def settle(app, canvas=None, rounds=5):
    """Let Qt lay out and QGIS render before a grab."""
    for _ in range(rounds):
        app.processEvents()
    if canvas is not None:
        canvas.refresh()
        canvas.waitWhileRendering()
        for _ in range(rounds):
            app.processEvents()


def grab(widget, path, app, canvas=None):
    settle(app, canvas)
    if not widget.grab().save(str(path)):
        raise RuntimeError(f'could not save {path}')
    print(f'  {path}')


def workflow_screens(app, output, window, canvas, iface_class):
    """Toolbox, SBAS dialog, styled SBAS outputs, the showcase model, the docks and the dialog in ja and fr."""
    import processing
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from processing.modeler.ModelerDialog import ModelerDialog
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsProject, QgsSettings
    from qgis.gui import QgsProcessingToolboxProxyModel, QgsProcessingToolboxTreeView
    from qgis.PyQt.QtCore import QSize

    from deformation_toolbox import classFactory
    from deformation_toolbox.plugin.i18n import install_translator, remove_translator
    registry = QgsApplication.processingRegistry()
    plugin = classFactory(iface_class(window, canvas))
    plugin.initProcessing()
    print('Toolbox, SBAS dialog, styled outputs …', flush=True)
    tree = QgsProcessingToolboxTreeView(None, registry)
    tree.setFilters(QgsProcessingToolboxProxyModel.Filter.FilterToolbox)
    tree.setFilterString('deformation')
    tree.expandAll()
    tree.resize(QSize(520, 760))
    tree.show()
    grab(tree, output / 'toolbox.png', app)
    tree.close()
    with tempfile.TemporaryDirectory(prefix='deformation-flow-') as folder:
        stack = processing.run('deformation:simulatestack', {'WIDTH': 120, 'HEIGHT': 120, 'N_DATES': 30,
                                                             'OUTPUT_FOLDER': os.path.join(folder, 'stack')})
        parameters = {'INTERFEROGRAMS': stack['OUTPUT_INTERFEROGRAMS'], 'COHERENCE': stack['OUTPUT_COHERENCE'],
                      'OUTPUT_TIMESERIES': os.path.join(folder, 'ts.tif'),
                      'OUTPUT_VELOCITY': os.path.join(folder, 'velocity.tif'),
                      'OUTPUT_QUALITY': os.path.join(folder, 'quality.tif')}
        dialog = AlgorithmDialog(registry.createAlgorithmById('deformation:sbasinversion'), parent=window)
        dialog.resize(QSize(900, 720))
        dialog.show()
        grab(dialog, output / 'sbas_dialog.png', app)
        dialog.close()
        processing.runAndLoadResults('deformation:sbasinversion', parameters)
        project = QgsProject.instance()
        layer_names = ('SBAS velocity', 'SBAS time series')
        velocity = project.mapLayersByName(layer_names[0])[0]
        for layer in project.mapLayers().values():
            project.layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(layer is velocity)
        canvas.setDestinationCrs(velocity.crs())
        canvas.setExtent(velocity.extent())
        window.resize(QSize(1180, 760))
        grab(window, output / 'styled_outputs.png', app, canvas)
        model = QgsProcessingModelAlgorithm()
        model.fromFile(str(ROOT / 'resources' / 'models' / 'showcase_asc_desc.model3'))
        modeler = ModelerDialog.create(model) if hasattr(ModelerDialog, 'create') else ModelerDialog(model)
        modeler.resize(QSize(1280, 860))
        modeler.show()
        settle(app)
        modeler.view().centerOn(400, 330)
        grab(modeler, output / 'model.png', app)
        modeler.close()

        for language in ('ja', 'fr'):
            print(f'Docks and the SBAS dialog in {language} …', flush=True)
            settings = QgsSettings()
            locale = settings.value('locale/userLocale', '')
            settings.setValue('locale/userLocale', language)    # as a Japanese/French QGIS: translation, plot font
            translator = install_translator(language)
            try:
                dialog = AlgorithmDialog(registry.createAlgorithmById('deformation:sbasinversion'), parent=window)
                dialog.resize(QSize(900, 720))
                dialog.show()
                grab(dialog, output / f'sbas_dialog_{language}.png', app)
                dialog.close()
                window.resize(QSize(1366, 768))
                docks = classFactory(iface_class(window, canvas))    # a plugin per language, as at a start
                docks.provider = plugin.provider                   # sharing the registered provider
                docks.initGui()
                for key in ('deformation_map', 'profile', 'time_series'):
                    docks.show_dock(key)
                docks.docks['time_series'].layer_combo.setLayer(project.mapLayersByName(layer_names[1])[0])
                docks.docks['time_series'].pick(velocity.extent().center())
                grab(window, output / f'docks_{language}.png', app, canvas)
                docks.provider = None                              # keep it registered for the next language
                docks.unload()
                settle(app)
            finally:
                remove_translator(translator)
                settings.setValue('locale/userLocale', locale)
        project.clear()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--output', default=str(ROOT / 'docs'), help='folder for the PNG files [docs]')
    args = parser.parse_args()
    output = pathlib.Path(args.output).resolve()
    output.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
    os.environ.setdefault('XDG_RUNTIME_DIR', f'/tmp/runtime-{os.getuid()}')
    os.makedirs(os.environ['XDG_RUNTIME_DIR'], mode=0o700, exist_ok=True)
    link_plugin()

    from qgis.core import QgsApplication, QgsLayerTreeModel, QgsPointXY, QgsProject, QgsRasterLayer
    from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsLayerTreeView, QgsMapCanvas
    from qgis.PyQt.QtCore import QSize, Qt
    from qgis.PyQt.QtGui import QColor
    from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow

    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append(os.path.join(app.pkgDataPath(), 'python', 'plugins'))
    from processing.core.Processing import Processing
    Processing.initialize()
    try:
        window = QMainWindow()
        window.setWindowTitle('Deformation Toolbox')
        window.resize(QSize(1560, 900))
        canvas = QgsMapCanvas(window)
        canvas.setCanvasColor(QColor('#ffffff'))
        window.setCentralWidget(canvas)
        project = QgsProject.instance()
        # the bridge keeps the map in layer-tree order
        bridge = QgsLayerTreeMapCanvasBridge(project.layerTreeRoot(), canvas)  # noqa: F841
        tree_dock = QDockWidget('Layers', window)
        tree_view = QgsLayerTreeView()
        tree_model = QgsLayerTreeModel(project.layerTreeRoot(), tree_view)
        tree_view.setModel(tree_model)
        tree_dock.setWidget(tree_view)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, tree_dock)
        tree_dock.setMinimumWidth(360)
        window.show()

        from deformation_toolbox import classFactory
        plugin = classFactory(Iface(window, canvas))
        plugin.initGui()
        with tempfile.TemporaryDirectory(prefix='deformation-screens-') as folder:
            print('Simulating the scene …', flush=True)
            paths, observed, dates, series, grid = simulate(folder)
            layers = {
                'dem': QgsRasterLayer(paths['dem'], 'DEM (m)'),
                'up': QgsRasterLayer(paths['up_velocity'], 'Up velocity'),
                'east': QgsRasterLayer(paths['east_velocity'], 'East velocity'),
                'series': QgsRasterLayer(observed, 'LOS displacement series'),
                'velocity': QgsRasterLayer(paths['velocity'], 'LOS velocity'),
            }
            for layer in layers.values():
                project.addMapLayer(layer)
            for key in ('dem', 'up', 'east', 'series'):
                project.layerTreeRoot().findLayer(layers[key].id()).setItemVisibilityChecked(False)
            points = ps_layer(dates, series, grid, paths['velocity'])
            project.addMapLayer(points)
            project.setCrs(layers['velocity'].crs())
            canvas.setDestinationCrs(layers['velocity'].crs())
            canvas.setExtent(layers['velocity'].extent())

            print('Deformation map …', flush=True)
            plugin.actions['deformation_map'].trigger()
            map_dock = plugin.docks['deformation_map']
            map_dock.setMinimumWidth(560)
            map_dock.velocity_combo.setLayer(layers['velocity'])
            map_dock.update_limit()
            map_dock.apply()
            map_dock.threshold_spin.setValue(5.0)
            map_dock.compute_zones()
            root = project.layerTreeRoot()
            for hidden in map_dock.zone_layers + [points]:
                root.findLayer(hidden.id()).setItemVisibilityChecked(False)
            for key in ('dem', 'up', 'east', 'series'):
                root.findLayer(layers[key].id()).setExpanded(False)
            grab(map_dock, output / 'dock_deformation_map.png', app, canvas)
            map_dock.hide()
            window.resize(QSize(1180, 860))                         # a near-square map for the map view
            grab(window, output / 'deformation_map.png', app, canvas)
            window.resize(QSize(1560, 900))

            print('Time series …', flush=True)
            node = root.findLayer(points.id())                     # PS points on top, visible
            root.insertChildNode(0, node.clone())
            node.parent().removeChildNode(node)
            root.findLayer(points.id()).setItemVisibilityChecked(True)
            plugin.actions['time_series'].trigger()
            series_dock = plugin.docks['time_series']
            series_dock.setMinimumWidth(620)
            centre_x, centre_y = 277600.0, 4031200.0
            series_dock.layer_combo.setLayer(layers['series'])
            series_dock.add_check.setChecked(True)
            series_dock.steps_edit.setText(STEP_DATE.isoformat())
            series_dock.fit_group.setChecked(True)
            series_dock.pick_reference(QgsPointXY(centre_x - 7500.0, centre_y + 7500.0))
            series_dock.pick(QgsPointXY(centre_x - 3000.0, centre_y + 2000.0))      # volcano summit
            series_dock.pick(QgsPointXY(centre_x + 4000.0, centre_y - 3500.0))      # subsidence basin
            series_dock.pick(QgsPointXY(centre_x + 2600.0, centre_y - 300.0))       # east of the fault
            series_dock.pick_button.setChecked(True)
            grab(window, output / 'dock_time_series.png', app, canvas)
            series_dock.pick_button.setChecked(False)
            series_dock.hide()

            print('Profile …', flush=True)
            plugin.actions['profile'].trigger()
            profile_dock = plugin.docks['profile']
            profile_dock.setMinimumWidth(620)
            for key in ('series',):
                profile_dock.set_checked(layers[key], 1, False)
            profile_dock.point_combo.setLayer(points)
            profile_dock.field_combo.setField('mean_velocity')
            profile_dock.buffer_spin.setValue(300.0)
            profile_dock.set_line([QgsPointXY(centre_x - 8000.0, centre_y + 5000.0),
                                   QgsPointXY(centre_x - 3000.0, centre_y + 2000.0),
                                   QgsPointXY(centre_x + 7000.0, centre_y - 5000.0)])
            grab(window, output / 'dock_profile.png', app, canvas)
            plugin.unload()
            project.clear()
        workflow_screens(app, output, window, canvas, Iface)
    finally:
        app.exitQgis()


if __name__ == '__main__':
    main()
