"""Plugin wiring of the docks: actions in initGui, no widget where qgis_process runs, clean unload."""
import json
import os
import subprocess
import sys

from qgis.core import QgsApplication, QgsPointXY, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from test_dock_support import shown_canvas  # noqa: F401 - fixture

# What qgis_process does with a plugin: classFactory(None) then initProcessing() (no initGui).
QGIS_PROCESS_PATH = r'''
import json, os, sys
sys.path.insert(0, os.environ['PLUGINS'])
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QApplication
app = QgsApplication([], True)
app.initQgis()
before = (len(QApplication.allWidgets()), len(QApplication.topLevelWidgets()))
from deformation_toolbox import classFactory
plugin = classFactory(None)
plugin.initProcessing()
after = (len(QApplication.allWidgets()), len(QApplication.topLevelWidgets()))
algorithms = [a.id() for a in QgsApplication.processingRegistry().providerById('deformation').algorithms()]
docks_imported = [m for m in sys.modules if m.endswith(('_dock', 'map_tools', 'dock_base'))]
plugin.unload()
print(json.dumps({'before': before, 'after': after, 'algorithms': algorithms, 'docks_imported': docks_imported,
                  'matplotlib_qt': any(m.startswith('matplotlib.backends.backend_qt') for m in sys.modules)}))
app.exitQgis()
'''


def test_no_widget_is_created_on_the_qgis_process_path():
    plugins = os.environ['QGIS_PLUGINPATH']
    completed = subprocess.run([sys.executable, '-c', QGIS_PROCESS_PATH], capture_output=True, text=True,
                               timeout=300, env=dict(os.environ, PLUGINS=plugins, QT_QPA_PLATFORM='offscreen'))
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    assert report['after'] == report['before']
    assert 'deformation:zonalvelocity' in report['algorithms']
    assert report['docks_imported'] == [] and not report['matplotlib_qt']


def test_init_gui_adds_actions_and_unload_removes_docks_tools_and_canvas_items(plugin, qgis_iface, shown_canvas,
                                                                                monkeypatch):
    from deformation_toolbox import classFactory
    instance = classFactory(qgis_iface)
    monkeypatch.setattr(instance, 'initProcessing', lambda: None)   # the session plugin owns the provider
    widgets_before = len(QApplication.allWidgets())
    instance.initGui()
    assert set(instance.actions) == {'time_series', 'profile', 'deformation_map'}
    assert instance.docks == {}                                      # docks are built on first use
    assert [a.text() for a in instance.toolbar.actions()] == ['Time series on click', 'Deformation profile',
                                                             'Deformation map']
    for action in instance.actions.values():
        action.trigger()
    docks = dict(instance.docks)
    assert all(isinstance(d, QDockWidget) and d.isVisible() for d in docks.values())
    # leave things on the canvas: a pick marker, a drawn line, an active map tool
    series, profile = docks['time_series'], docks['profile']
    series.pick(QgsPointXY(0, 0))                                    # no layer: a message, no exception
    assert any('Choose a time-series raster' in t for t in series.messages())
    profile.set_line([QgsPointXY(0, 0), QgsPointXY(100, 0)])
    profile.draw_button.setChecked(True)
    assert shown_canvas.mapTool() is profile.line_tool
    items_with_line = len(shown_canvas.scene().items())
    instance.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    assert all(sip.isdeleted(d) for d in docks.values())
    assert shown_canvas.mapTool() is None
    assert len(shown_canvas.scene().items()) < items_with_line
    assert instance.toolbar is None and instance.actions == {} and instance.docks == {}
    assert len(QApplication.allWidgets()) <= widgets_before
    # the session plugin's provider is untouched
    assert QgsApplication.processingRegistry().providerById('deformation') is plugin.provider
    assert QgsProject.instance() is not None
