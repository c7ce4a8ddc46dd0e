"""The desktop as a user meets it: a QgisInterface-like main window (tests/desktop.py) at 1366×768,
the plugin's docks, the SBAS dialog of Processing run and cancelled, and the outputs it loads.

Measured: window minimum height with all docks open, the velocity layer's renderer (single-band
pseudo-colour, min = −max), no RGB renderer on any loaded output, no "[OGR] Cannot open" message in
QGIS's message log during the SBAS run, cancel returning within 1 s.
"""
import time

import pytest
from desktop import SCREEN, DesktopInterface, install


def wait_until(app, condition, timeout):
    start = time.perf_counter()
    while not condition() and time.perf_counter() - start < timeout:
        app.processEvents()
        time.sleep(0.01)
    return condition()


@pytest.fixture(scope='module')
def desktop(qgis_app, provider):
    """A fresh plugin on a real main window, sharing the session's registered provider."""
    import processing.gui.AlgorithmDialog  # noqa: F401 - imported before install() hands them the interface

    from deformation_toolbox.plugin.plugin import DeformationToolboxPlugin
    iface = DesktopInterface()
    undo = install(iface)
    plugin = DeformationToolboxPlugin(iface)
    plugin.provider = provider            # initGui keeps it: one provider per registry
    plugin.initGui()
    iface.window.resize(*SCREEN)
    iface.window.show()
    qgis_app.processEvents()
    yield iface, plugin
    plugin.provider = None                # the session's plugin removes it at the end
    plugin.unload()
    iface.window.close()
    undo()


@pytest.fixture(scope='module')
def small_stack(run_algorithm, tmp_path_factory):
    return run_algorithm('simulatestack', {'WIDTH': 48, 'HEIGHT': 40, 'N_DATES': 16,
                                           'OUTPUT_FOLDER': str(tmp_path_factory.mktemp('desk') / 'stack')})


def test_all_docks_open_fit_a_1366x768_screen(desktop, qgis_app):
    iface, plugin = desktop
    for key in ('time_series', 'profile', 'deformation_map'):
        plugin.show_dock(key)
    qgis_app.processEvents()
    window = iface.window
    minimum = window.minimumSizeHint().height()
    heights = {key: dock.minimumSizeHint().height() for key, dock in plugin.docks.items()}
    print(f'window minimum height {minimum} px with 3 docks; dock minimum heights {heights}')
    assert minimum <= SCREEN[1]
    assert max(heights.values()) <= 400
    window.resize(*SCREEN)
    qgis_app.processEvents()
    assert window.height() <= SCREEN[1]            # a window can't shrink below its minimum
    docks = list(plugin.docks.values())
    assert all(window.dockWidgetArea(dock) == window.dockWidgetArea(docks[0]) for dock in docks)
    assert set(window.tabifiedDockWidgets(docks[0])) == set(docks[1:])    # one tabbed area


def sbas_dialog(iface, parameters):
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication
    algorithm = QgsApplication.processingRegistry().createAlgorithmById('deformation:sbasinversion')
    dialog = AlgorithmDialog(algorithm, parent=iface.window)
    dialog.setParameters(parameters)
    finished = []
    dialog.algorithmFinished.connect(lambda ok, results: finished.append((ok, results)))
    return dialog, finished


def close(dialog):
    """Close ``dialog`` unless it closed itself (Processing deletes it after a successful run)."""
    from qgis.PyQt import sip
    if not sip.isdeleted(dialog):
        dialog.close()


class MessageLog:
    def __init__(self):
        from qgis.core import QgsApplication
        self.messages = []
        self.log = QgsApplication.messageLog()
        self.log.messageReceived.connect(self.received)

    def received(self, message, tag, level):
        self.messages.append(f"[{tag}] {message}")

    def close(self):
        self.log.messageReceived.disconnect(self.received)


def project_rasters(paths):
    """The files as a user has them in the project: GDAL raster layers (dragged in or added)."""
    from qgis.core import QgsProject, QgsRasterLayer
    layers = [QgsRasterLayer(path, path.rsplit('/', 1)[-1], 'gdal') for path in paths]
    QgsProject.instance().addMapLayers(layers, False)
    return layers


def test_sbas_from_the_dialog_loads_styled_layers_quietly(desktop, qgis_app, small_stack, tmp_path):
    from qgis.core import QgsMultiBandColorRenderer, QgsProject, QgsSingleBandPseudoColorRenderer
    iface, _plugin = desktop
    log = MessageLog()
    interferograms = project_rasters(small_stack['OUTPUT_INTERFEROGRAMS'])
    coherence = project_rasters(small_stack['OUTPUT_COHERENCE'])
    dialog, finished = sbas_dialog(iface, {
        'INTERFEROGRAMS': interferograms, 'COHERENCE': coherence,
        'OUTPUT_TIMESERIES': str(tmp_path / 'ts.tif'), 'OUTPUT_VELOCITY': str(tmp_path / 'velocity.tif'),
        'OUTPUT_QUALITY': str(tmp_path / 'quality.tif')})
    before = set(QgsProject.instance().mapLayers())
    dialog.runAlgorithm()
    assert wait_until(qgis_app, lambda: finished, 120), 'SBAS did not finish'
    qgis_app.processEvents()
    log.close()
    assert finished[0][0], dialog.feedback
    ogr = [m for m in log.messages if 'Cannot open' in m]
    assert not ogr, ogr[:3]
    loaded = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    names = sorted(layer.name() for layer in loaded)
    print('loaded', names, 'log messages', len(log.messages))
    assert len(loaded) == 3, names
    assert not [layer.name() for layer in loaded if isinstance(layer.renderer(), QgsMultiBandColorRenderer)]
    velocity = next(layer for layer in loaded if layer.source().endswith('velocity.tif'))
    assert velocity.name() == 'SBAS velocity'
    renderer = velocity.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer) and renderer.band() == 1
    assert renderer.classificationMin() == pytest.approx(-renderer.classificationMax())
    assert renderer.classificationMax() > 0
    QgsProject.instance().removeMapLayers([layer.id() for layer in loaded + interferograms + coherence])
    close(dialog)


def test_simulatestack_from_the_dialog_loads_truth_interferogram_coherence(desktop, qgis_app, tmp_path):
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication, QgsMultiBandColorRenderer, QgsProject
    iface, _plugin = desktop
    algorithm = QgsApplication.processingRegistry().createAlgorithmById('deformation:simulatestack')
    dialog = AlgorithmDialog(algorithm, parent=iface.window)
    dialog.setParameters({'WIDTH': 32, 'HEIGHT': 32, 'N_DATES': 8, 'OUTPUT_FOLDER': str(tmp_path / 'sim')})
    finished = []
    dialog.algorithmFinished.connect(lambda ok, results: finished.append(ok))
    before = set(QgsProject.instance().mapLayers())
    dialog.runAlgorithm()
    assert wait_until(qgis_app, lambda: finished, 60) and finished[0]
    loaded = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    assert sorted(layer.name() for layer in loaded) == ['Coherence', 'Interferogram', 'Truth LOS velocity']
    assert not any(isinstance(layer.renderer(), QgsMultiBandColorRenderer) for layer in loaded)
    for layer in loaded:
        QgsProject.instance().removeMapLayer(layer.id())
    close(dialog)


def test_cancel_from_the_dialog_returns_within_a_second(desktop, qgis_app, run_algorithm, tmp_path):
    from qgis.core import QgsApplication
    iface, _plugin = desktop
    stack = run_algorithm('simulatestack', {'WIDTH': 160, 'HEIGHT': 160, 'N_DATES': 40,
                                            'OUTPUT_FOLDER': str(tmp_path / 'stack')})
    dialog, finished = sbas_dialog(iface, {
        'INTERFEROGRAMS': stack['OUTPUT_INTERFEROGRAMS'], 'COHERENCE': stack['OUTPUT_COHERENCE'],
        'BLOCK_ROWS': 8, 'OUTPUT_TIMESERIES': str(tmp_path / 'ts.tif'),
        'OUTPUT_VELOCITY': str(tmp_path / 'velocity.tif'), 'OUTPUT_QUALITY': str(tmp_path / 'quality.tif')})
    progress = []
    dialog.runAlgorithm()
    dialog.feedback.progressChanged.connect(progress.append)
    started = time.perf_counter()
    assert wait_until(qgis_app, lambda: (progress and progress[-1] > 20) or finished, 120)
    assert not finished, 'the run ended before it could be cancelled; use a larger stack'
    first_progress = progress[0]
    requested = time.perf_counter()
    dialog.cancelButton().click()
    # QGIS 3.22 reports the cancelled run through algorithmFinished(False, …); 3.40+ ends the task quietly
    tasks = QgsApplication.taskManager()
    assert wait_until(qgis_app, lambda: finished or tasks.countActiveTasks() == 0, 30)
    delay = time.perf_counter() - requested
    print(f'cancel returned {delay:.2f} s after the request ({requested - started:.1f} s into the run; first '
          f'progress {first_progress:.1f} %)')
    assert not finished or not finished[0][0]
    assert delay < 1.0
    assert not (tmp_path / 'velocity.tif').exists()
    close(dialog)


def test_plugins_menu_opens_the_toolbox_the_model_and_the_help(desktop, qgis_app):
    import os

    from deformation_toolbox.plugin.plugin import HELP_INDEX, SHOWCASE_MODEL
    iface, plugin = desktop
    names = {action.objectName() for action in iface.menus[plugin.menu].actions()}
    assert {f'DeformationToolbox_{key}' for key in ('time_series', 'profile', 'deformation_map', 'toolbox', 'model',
                                                   'help')} <= names
    for key in ('time_series', 'profile', 'deformation_map', 'model', 'help'):
        action = plugin.actions.get(key) or plugin.menu_actions[key]
        assert not action.icon().pixmap(32, 32).toImage().isNull(), key
    dialog = plugin.open_model()
    qgis_app.processEvents()
    model = dialog.model()
    assert model.name().startswith('Showcase') and len(model.childAlgorithms()) == 8
    assert all(model.childAlgorithm(child).algorithm() is not None for child in model.childAlgorithms())
    dialog.close()
    assert os.path.isfile(HELP_INDEX) and os.path.isfile(SHOWCASE_MODEL)
