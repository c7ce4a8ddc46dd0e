"""`make demo` as the README runs it: scripts/demo.py in its own process, end to end."""
import pathlib
import subprocess
import sys

import numpy as np
from rasters import read_tif

ROOT = pathlib.Path(__file__).resolve().parents[1]


def test_demo_runs_and_writes_its_products(tmp_path):
    completed = subprocess.run([sys.executable, str(ROOT / 'scripts' / 'demo.py'), '--output', str(tmp_path)],
                               capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-3000:]
    for name in ('velocity_map.png', 'volcano_timeseries.png'):
        assert (tmp_path / name).stat().st_size > 20000, name
    velocity, _ = read_tif(str(tmp_path / 'sbas_velocity.tif'))
    truth, _ = read_tif(str(tmp_path / 'stack' / 'truth' / 'velocity.tif'))
    assert velocity.shape[1:] == truth.shape[1:]
    # the SBAS velocity follows the simulated truth (up to the reference offset): measured r = 0.90, the
    # rest is the demo's 5 mm per-date atmosphere projected onto the trend
    finite = np.isfinite(velocity[0]) & np.isfinite(truth[0])
    assert finite.mean() > 0.95
    assert np.corrcoef(velocity[0][finite], truth[0][finite])[0, 1] > 0.8
