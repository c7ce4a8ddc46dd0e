#!/usr/bin/env python3
"""Incremental SBAS benchmark: a 40-date stack (400×300 px, ``--size``) inverted whole vs 30 dates + an update of 10.

Prints the full run's time, the update's time (only the update: the 30-date run with OUTPUT_STATE is
done before, untimed), their ratio (acceptance ≤ 0.35) and the largest difference of the series (≤ 0.1 mm);
then the 30-date run without and with OUTPUT_STATE (the cost of writing a state, aim ≤ 1.5×).
Same fixed κ², ρ and reference point in all.  Each is run four times, the first warms numba and the page
cache, and the best of the other three is kept (as :mod:`bench_sbas`).
"""
import argparse
import glob
import os
import pathlib
import shutil
import sys
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / 'output' / 'sbas_incremental'
PLUGINS = HERE.parent / '.build' / 'plugins'
if str(PLUGINS) not in sys.path:
    sys.path.insert(0, str(PLUGINS))
SCENE = dict(width=400, height=300, n_dates=40, links=3, seed=3)


def keep(times, name, attempt, seconds):
    """Best of the attempts after the first (the first one warms up)."""
    if attempt > 0:
        times[name] = min(times.get(name, seconds), seconds)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--size', default='400x300', help='width x height of the simulated stack [px]')
    width, height = (int(v) for v in parser.parse_args().size.lower().split('x'))
    from osgeo import gdal

    from deformation_toolbox.algorithms.core.insar.sbas.stack import SbasOptions, invert_stack
    from deformation_toolbox.algorithms.core.insar.sbas.update import update_stack
    from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack
    scene = dict(SCENE, width=width, height=height)
    stack = OUTPUT / ('stack' if (width, height) == (SCENE['width'], SCENE['height']) else f'stack_{width}x{height}')
    if not (stack / 'interferograms').is_dir():
        simulate_stack(SimulationConfig(**scene), str(stack))
    ifg = sorted(glob.glob(str(stack / 'interferograms' / '*.tif')))
    coh = sorted(glob.glob(str(stack / 'coherence' / '*.tif')))
    dates = sorted({os.path.basename(p)[:8] for p in ifg} | {os.path.basename(p)[9:17] for p in ifg})
    cut = dates[29]
    late = [os.path.basename(p)[9:17] > cut for p in ifg]
    gt = gdal.Open(ifg[0]).GetGeoTransform()
    options = SbasOptions(smoothing='fixed', smoothing_factor=0.01, atmosphere='fixed', atmosphere_sigma=3.0,
                          reference_point=(gt[0] + 20.5 * gt[1], gt[3] + 20.5 * gt[5]))
    runs = OUTPUT / 'runs'
    shutil.rmtree(runs, ignore_errors=True)
    runs.mkdir(parents=True)
    invert_stack([p for p, n in zip(ifg, late) if not n], [p for p, n in zip(coh, late) if not n], options,
                 {'timeseries': str(runs / 'old.tif'), 'state': str(runs / 'state')})
    times = {}
    for attempt in range(4):
        start = time.perf_counter()
        invert_stack(ifg, coh, options, {'timeseries': str(runs / f'full{attempt}.tif'),
                                         'velocity': str(runs / f'fullv{attempt}.tif'),
                                         'quality': str(runs / f'fullq{attempt}.tif')})
        keep(times, 'full', attempt, time.perf_counter() - start)
        start = time.perf_counter()
        update_stack([p for p, n in zip(ifg, late) if n], [p for p, n in zip(coh, late) if n], str(runs / 'state'),
                     SbasOptions(), {'timeseries': str(runs / f'upd{attempt}.tif'),
                                     'velocity': str(runs / f'updv{attempt}.tif'),
                                     'quality': str(runs / f'updq{attempt}.tif')})
        keep(times, 'update', attempt, time.perf_counter() - start)
        early = ([p for p, n in zip(ifg, late) if not n], [p for p, n in zip(coh, late) if not n])
        start = time.perf_counter()
        invert_stack(*early, options, {'timeseries': str(runs / f'old{attempt}.tif')})
        keep(times, 'old', attempt, time.perf_counter() - start)
        start = time.perf_counter()
        invert_stack(*early, options, {'timeseries': str(runs / f'olds{attempt}.tif'),
                                       'state': str(runs / f'state{attempt}')})
        keep(times, 'old_state', attempt, time.perf_counter() - start)
    a = gdal.Open(str(runs / 'full3.tif')).ReadAsArray().astype(float)
    b = gdal.Open(str(runs / 'upd3.tif')).ReadAsArray().astype(float)
    print(f'full 40-date run {times["full"]:.2f} s; update (+10 dates) {times["update"]:.2f} s; '
          f'ratio {times["update"] / times["full"]:.3f} (acceptance ≤ 0.35); '
          f'max |update − full| {np.nanmax(np.abs(a - b)):.2e} mm')
    print(f'30-date run {times["old"]:.2f} s; with OUTPUT_STATE {times["old_state"]:.2f} s; '
          f'ratio {times["old_state"] / times["old"]:.2f} (aim ≤ 1.5)')


if __name__ == '__main__':
    main()
