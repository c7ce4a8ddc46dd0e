"""The numerical core imports and works with qgis, processing and Qt blocked."""
import subprocess
import sys

from conftest import PLUGINS

BLOCKER = r'''
import importlib.abc, pkgutil, sys
BLOCKED = ('qgis', 'processing', 'PyQt5', 'PyQt6', 'sip')
class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in BLOCKED:
            raise ImportError(f'blocked: {name}')
sys.meta_path.insert(0, Blocker())
sys.path.insert(0, PLUGINS)
import deformation_toolbox.algorithms.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, core.__name__ + '.')]
for name in names:
    __import__(name)
leaked = sorted(m for m in sys.modules if m.split('.')[0] in BLOCKED)
assert not leaked, leaked
import datetime as dt, numpy as np
from deformation_toolbox.algorithms.core.insar.trajectory import TrajectoryModel, fit_trajectories
dates = [dt.date(2020, 1, 1) + dt.timedelta(days=12 * i) for i in range(30)]
model = TrajectoryModel()
design = model.design_matrix(dates)
fit = fit_trajectories(design, (design @ np.array([1.0, 7.0, 2.0, -1.0]))[None, :], use_numba=False)
assert abs(fit.coefficients[0, 1] - 7.0) < 1e-9
print('modules', len(names))
'''


def test_core_imports_and_fits_with_qgis_blocked():
    completed = subprocess.run([sys.executable, '-c', f'PLUGINS = {str(PLUGINS)!r}\n' + BLOCKER],
                               capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    assert int(completed.stdout.split()[-1]) >= 55  # every core module and subpackage was imported
