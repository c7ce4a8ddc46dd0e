#!/usr/bin/env python3
"""Scale benchmark (issue 13): peak memory against image size at a fixed MEMORY_MB budget, and Dask workers.

1. simulates a 600 × 600 stack (40 dates, ~114 interferograms, coherence) with simulatestack's core and
   mosaics it ×1, ×3, ×10 in each direction as VRTs (600², 1800², 6000² pixels: disk stays at one stack;
   the 6000² stack is 33 GB of input values, 60× the budget), then wide and tall (4 and 16 copies across or
   down: 2400 × 600, 600 × 2400, 9600 × 600, 600 × 9600);
2. runs the core of sbasinversion (coherence weighting, fixed κ², fixed atmosphere term) on each in a fresh
   process with ``memory_mb`` = BUDGET_MB, writing velocity and quality, and reports the peak RSS (VmHWM),
   seconds and pixels/s;
3. runs a stack simulated whole at 1200² (``--dask-side``; or the 1800² mosaic with ``--dask-side 0``)
   through ENGINE on a loopback Dask cluster (scheduler and workers started here as separate processes,
   one thread and one numba thread each) with 1 and 2 workers: throughput ratio.

    python3 bench/bench_scale.py [--sizes 1,3,10] [--shapes 4x1,1x4,16x1,1x16] [--no-dask]
                                  [--dask-side 1200] [--dask-repeat 3]
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
PLUGINS = ROOT / '.build' / 'plugins'
OUTPUT = HERE / 'output' / 'scale'
TILE = 600
BUDGET_MB = 512
sys.path.insert(0, str(PLUGINS))
sys.path.insert(0, str(ROOT / 'scripts'))


def source_stack(side=TILE, name='source'):
    """A stack simulated by simulatestack's core, ``side`` × ``side`` pixels (kept between runs)."""
    from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack
    folder = OUTPUT / name
    marker = folder / 'complete'
    if not marker.exists():
        simulate_stack(SimulationConfig(width=side, height=side, pixel_size=40.0, n_dates=40, links=3,
                                        looks=20.0, seed=11), str(folder))
        marker.write_text('ok')
    return folder


def mosaic(source, repeat, rows=None):
    """VRTs repeating every file of ``source`` ``repeat`` times across and ``rows`` (default ``repeat``)
    times down (same names, so same dates)."""
    from osgeo import gdal
    rows = repeat if rows is None else rows
    folder = OUTPUT / (f'mosaic_{repeat}' if rows == repeat else f'mosaic_{repeat}x{rows}')
    for sub in ('interferograms', 'coherence'):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        for name in sorted(n for n in os.listdir(source / sub) if n.endswith('.tif')):
            path = source / sub / name
            target = folder / sub / (pathlib.Path(name).stem + '.vrt')
            if target.exists():
                continue
            dataset = gdal.Open(str(path))
            x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
            width, height = TILE * repeat, TILE * rows
            sources = ''.join(
                f'<SimpleSource><SourceFilename relativeToVRT="0">{path}</SourceFilename><SourceBand>1</SourceBand>'
                f'<SrcRect xOff="0" yOff="0" xSize="{TILE}" ySize="{TILE}"/>'
                f'<DstRect xOff="{c * TILE}" yOff="{r * TILE}" xSize="{TILE}" ySize="{TILE}"/></SimpleSource>'
                for r in range(rows) for c in range(repeat))
            band = dataset.GetRasterBand(1)
            nodata = band.GetNoDataValue()
            nodata_xml = f'<NoDataValue>{nodata}</NoDataValue>' if nodata is not None else ''
            dtype = gdal.GetDataTypeName(band.DataType)
            target.write_text(
                f'<VRTDataset rasterXSize="{width}" rasterYSize="{height}"><SRS>{dataset.GetProjection()}</SRS>'
                f'<GeoTransform>{x0}, {dx}, 0, {y0}, 0, {dy}</GeoTransform>'
                f'<VRTRasterBand dataType="{dtype}" band="1">{nodata_xml}{sources}</VRTRasterBand></VRTDataset>')
    return folder


def files(folder):
    names = sorted(os.listdir(folder / 'interferograms'))
    return [str(folder / 'interferograms' / n) for n in names], [str(folder / 'coherence' / n) for n in names]


CHILD = r'''
import json, sys, time
sys.path.insert(0, {plugins!r})

def peak_rss_mb():
    with open('/proc/self/status') as status:
        return next(int(line.split()[1]) for line in status if line.startswith('VmHWM')) / 1024

from deformation_toolbox.algorithms.core.engine import dask_engine, executor
from deformation_toolbox.algorithms.core.insar.sbas.stack import SbasOptions, invert_stack
interferograms, coherence, outputs, options = json.loads({arguments!r})
loop = {{}}

def timed(run):   # the window loop's start and end: what comes before it is the serial start of a run
    def wrapper(*args, **kwargs):
        loop.setdefault('start', time.perf_counter())
        try:
            return run(*args, **kwargs)
        finally:
            loop['end'] = time.perf_counter()
    return wrapper

dask_engine.DaskEngine.run = timed(dask_engine.DaskEngine.run)
executor.LocalEngine.run = timed(executor.LocalEngine.run)
baseline = peak_rss_mb()
cpu = time.process_time()
start = time.perf_counter()
invert_stack(interferograms, coherence, SbasOptions(**options), outputs)
end = time.perf_counter()
print(json.dumps({{'seconds': end - start, 'baseline_mb': baseline, 'rss_mb': peak_rss_mb(),
                  'before_loop': loop.get('start', end) - start, 'loop': loop.get('end', end) - loop.get('start', end),
                  'cpu': time.process_time() - cpu}}))
'''


def run(folder, name, environment=None, **options):
    interferograms, coherence = files(folder)
    out = OUTPUT / 'runs' / name
    out.mkdir(parents=True, exist_ok=True)
    outputs = {key: str(out / f'{key}.tif') for key in ('velocity', 'quality')}
    options = dict(dict(weighting='coherence', smoothing='fixed', smoothing_factor=1e-4, atmosphere='fixed',
                        atmosphere_sigma=3.0), **options)
    code = CHILD.format(plugins=str(PLUGINS), arguments=json.dumps([interferograms, coherence, outputs, options]))
    env = dict(os.environ, **(environment or {}))
    completed = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, env=env)
    if completed.returncode != 0:
        raise RuntimeError(completed.stderr)
    return json.loads(completed.stdout.strip().splitlines()[-1])


def memory(source, shapes):
    """Peak RSS of mosaics of ``shapes`` [(copies across, copies down)] of the source stack."""
    print(f'Peak RSS at MEMORY_MB = {BUDGET_MB} (weighted, fixed κ², fixed atmosphere; velocity + quality written)')
    results = {}
    run(mosaic(source, 1), 'warm', memory_mb=BUDGET_MB)   # numba cache loaded once
    for across, down in shapes:
        folder = mosaic(source, across, down)
        result = run(folder, f'rss_{across}x{down}', memory_mb=BUDGET_MB)
        width, height = TILE * across, TILE * down
        results[across, down] = result
        print(f'  {width:>5} × {height:<5} ({width * height / 1e6:6.2f} Mpx, ×{across * down} pixels): peak RSS '
              f'{result["rss_mb"]:7.0f} MB (imports {result["baseline_mb"]:.0f} MB), {result["seconds"]:7.1f} s, '
              f'{width * height / result["seconds"]:9.0f} px/s', flush=True)
    if (1, 1) in results:
        for (across, down), result in results.items():
            print(f'  {TILE * across} × {TILE * down}: RSS / RSS(600²) = '
                  f'{result["rss_mb"] / results[1, 1]["rss_mb"]:.3f}; RSS − budget = '
                  f'{result["rss_mb"] - BUDGET_MB:.0f} MB')
    return results


def parse_shapes(sizes, shapes):
    """[(across, down)]: the squares of ``sizes`` ('1,3,10') then the rectangles of ``shapes`` ('4x1,1x4')."""
    squares = [(int(n), int(n)) for n in sizes.split(',') if n.strip()]
    rectangles = [tuple(int(v) for v in item.lower().split('x')) for item in shapes.split(',') if item.strip()]
    return squares + rectangles


def dask_scaling(source, repeat=3, side=0):
    """1 and 2 workers on the mosaic of ``source`` (``repeat``² copies) or, with ``side`` > 0, on a stack
    simulated whole at ``side``² pixels: in a mosaic every copy reads the same source tiles, which one
    worker's GDAL cache shares between copies and two workers each decompress."""
    from dask_loopback import LoopbackCluster
    if side > 0:
        folder, pixels = source_stack(side, f'simulated_{side}'), side * side
        print(f'Dask on a simulated {side} × {side} stack (no repeated tiles)')
    else:
        folder, pixels = mosaic(source, repeat), (TILE * repeat) ** 2
        print(f'Dask on the {TILE * repeat} × {TILE * repeat} mosaic ({repeat}² copies of one stack)')
    single = {'NUMBA_NUM_THREADS': '1', 'OMP_NUM_THREADS': '1', 'OPENBLAS_NUM_THREADS': '1'}
    rates, loops = {}, {}
    for workers in (1, 2):
        previous = {key: os.environ.get(key) for key in single}
        os.environ.update(single)
        try:
            with LoopbackCluster(workers=workers, folder=OUTPUT / f'dask{workers}') as cluster:
                pids = [cluster.scheduler.pid] + [w.pid for w in cluster.workers]
                cpu0 = [cpu_seconds(pid) for pid in pids]
                result = run(folder, f'dask_{workers}', single, memory_mb=BUDGET_MB, engine=cluster.address)
                cpu = [cpu_seconds(pid) - c for pid, c in zip(pids, cpu0)]
        finally:
            for key, value in previous.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        rates[workers] = pixels / result['seconds']
        loops[workers] = result['loop']
        print(f'  Dask, {workers} worker(s) × 1 thread: {result["seconds"]:.1f} s, {rates[workers]:.0f} px/s '
              f'({result["before_loop"]:.1f} s before the window loop — reference search —, '
              f'{result["loop"]:.1f} s in it; CPU s: client {result["cpu"]:.1f}, scheduler {cpu[0]:.1f}, '
              f'workers {" + ".join(f"{c:.1f}" for c in cpu[1:])}; load average {os.getloadavg()[0]:.1f})',
              flush=True)
    print(f'  2 workers / 1 worker = {rates[2] / rates[1]:.2f}× (window loop alone: {loops[1] / loops[2]:.2f}×)')
    return rates


def cpu_seconds(pid):
    """User + system CPU seconds of process ``pid`` so far (Linux ``/proc``; 0 elsewhere)."""
    try:
        with open(f'/proc/{pid}/stat') as stat:
            fields = stat.read().rsplit(')', 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')
    except (OSError, ValueError, IndexError):
        return 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--sizes', default='1,3,10', help='square mosaics: copies of the 600² stack each way')
    parser.add_argument('--shapes', default='4x1,1x4,16x1,1x16',
                        help='wide and tall mosaics, copies across × down [4x1,1x4,16x1,1x16: 4× and 16× the pixels]')
    parser.add_argument('--no-dask', action='store_true')
    parser.add_argument('--dask-side', type=int, default=1200,
                        help='side of the stack simulated for the Dask runs [1200]; 0: the mosaic of --dask-repeat')
    parser.add_argument('--dask-repeat', type=int, default=3, help='mosaic factor of the Dask stack when '
                        '--dask-side is 0 [3: 1800²]')
    args, _ = parser.parse_known_args()
    source = source_stack()
    shapes = parse_shapes(args.sizes, args.shapes)
    if shapes:
        memory(source, shapes)
    if not args.no_dask:
        dask_scaling(source, args.dask_repeat, args.dask_side)


if __name__ == '__main__':
    main()
