"""Test fixtures: real QGIS (pytest-qgis 2.1.0), the real plugin and its provider.

The repository root *is* the plugin folder; QGIS finds plugins as folders named
after the package, so a link ``.build/plugins/deformation_toolbox`` → root is
made here and used both for imports and for ``qgis_process.bin`` (through
``QGIS_PLUGINPATH``).
"""
import gc
import os
import pathlib
import sys

import pytest

os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
os.environ.setdefault('XDG_RUNTIME_DIR', f'/tmp/runtime-{os.getuid()}')
os.makedirs(os.environ['XDG_RUNTIME_DIR'], mode=0o700, exist_ok=True)
# pyproj in the .venv looks for PROJ data under the venv prefix; use the system's
if os.path.isdir('/usr/share/proj'):
    os.environ.setdefault('PROJ_DATA', '/usr/share/proj')

ROOT = pathlib.Path(__file__).resolve().parents[1]
PLUGINS = ROOT / '.build' / 'plugins'
SHARED = ROOT.parent / 'shared'
REAL_DATA = SHARED / 'real-data'


def _link_plugin():
    link = PLUGINS / 'deformation_toolbox'
    PLUGINS.mkdir(parents=True, exist_ok=True)
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)


_link_plugin()
for folder in (PLUGINS, ROOT / 'scripts'):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
os.environ['QGIS_PLUGINPATH'] = str(PLUGINS)


@pytest.fixture(scope='session', autouse=True)
def release_qgis_objects_before_exit(qgis_app):
    """Destroy layers, contexts and widgets while QGIS still runs (else: segfault at interpreter exit)."""
    yield
    from qgis.core import QgsProject
    QgsProject.instance().removeAllMapLayers()
    gc.collect()
    if qgis_app is not None:
        qgis_app.processEvents()


@pytest.fixture(scope='session')
def plugin(qgis_iface, qgis_processing):
    """The real plugin from ``classFactory``, GUI initialised (provider registered)."""
    from deformation_toolbox import classFactory
    if not hasattr(qgis_iface, 'removePluginMenu'):   # the pytest-qgis 2.1.0 stub lacks it; QGIS has it
        qgis_iface.removePluginMenu = lambda menu, action: None
    instance = classFactory(qgis_iface)
    instance.initGui()
    yield instance
    instance.unload()


@pytest.fixture(scope='session')
def provider(plugin):
    return plugin.provider


@pytest.fixture(scope='session')
def run_algorithm(plugin):
    """``run_algorithm('timeseriesfit', {...})`` → ``processing.run('deformation:timeseriesfit', …)``."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    def run(algorithm_id, parameters, feedback=None):
        context = QgsProcessingContext()
        try:
            return processing.run(f'deformation:{algorithm_id}', parameters, context=context,
                                  feedback=feedback or QgsProcessingFeedback())
        except QgsProcessingException as error:
            message = str(error)
        # re-raise without the traceback: its frames hold the context and sinks, which must
        # be destroyed before QGIS exits (pytest.raises keeps the exception alive)
        del context
        raise QgsProcessingException(message)
    return run


@pytest.fixture(scope='session')
def qgis_process(tmp_path_factory):
    """``qgis_process.bin`` with the plugin enabled in an isolated profile (``scripts/qgis_runner.py``)."""
    from qgis_runner import QgisProcess
    return QgisProcess(tmp_path_factory.mktemp('qgis_profile'))


@pytest.fixture(scope='session')
def real_data():
    """``../shared/real-data`` or skip when it is absent."""
    if not REAL_DATA.is_dir():
        pytest.skip('../shared/real-data is not available')
    return REAL_DATA
