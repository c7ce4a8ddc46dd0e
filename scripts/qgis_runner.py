"""Run Deformation Toolbox algorithms through ``qgis_process.bin`` (used by ``make demo`` and the tests).

The plugin is found through ``QGIS_PLUGINPATH`` (a folder holding a
``deformation_toolbox`` link to this checkout) and enabled in an isolated
QGIS profile, so the user's own profile is never touched.
"""
import json
import os
import pathlib
import shutil
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[1]
PLUGINS = ROOT / '.build' / 'plugins'


class QgisProcess:
    """``qgis_process.bin`` with the plugin enabled in the profile folder ``config_dir``."""

    def __init__(self, config_dir):
        pathlib.Path(config_dir).mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ, QGIS_PLUGINPATH=str(PLUGINS), QGIS_CUSTOM_CONFIG_PATH=str(config_dir),
                        QT_QPA_PLATFORM='offscreen')
        self.executable = shutil.which('qgis_process.bin') or '/usr/bin/qgis_process.bin'
        enabled = self.call('plugins', 'enable', 'deformation_toolbox')
        if enabled.returncode != 0 and 'already enabled' not in enabled.stdout + enabled.stderr:
            raise RuntimeError(f'cannot enable the plugin:\n{enabled.stdout}\n{enabled.stderr}')

    def call(self, *args, timeout=600):
        return subprocess.run([self.executable, *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout)

    def run(self, algorithm_id, **parameters):
        """Run ``deformation:<algorithm_id>``; returns (returncode, results dict or None, log)."""
        return self.run_model(f'deformation:{algorithm_id}', **parameters)

    def run_model(self, algorithm, **parameters):
        """Run an algorithm id or a ``.model3`` path; list values repeat the parameter."""
        args = ['--json', 'run', str(algorithm), '--']
        for name, value in parameters.items():
            values = value if isinstance(value, (list, tuple)) else [value]
            args += [f'{name}={v}' for v in values]
        completed = self.call(*args)
        try:
            results = json.loads(completed.stdout[completed.stdout.index('{'):])['results']
        except (ValueError, KeyError):
            results = None
        return completed.returncode, results, completed.stdout + completed.stderr
