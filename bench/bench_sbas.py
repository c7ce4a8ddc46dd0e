#!/usr/bin/env python3
"""SBAS benchmark: deformation:sbasinversion against MintPy 1.6.4 ``ifgram_inversion`` on one stack.

1. builds a stack with simulatestack's core (≥ 200 000 pixels, ≥ 100 interferograms) and a
   second one with twice the rows (for peak memory);
2. times merely reading the stack with GDAL;
3. times the inversion (core of deformation:sbasinversion, same code path as the algorithm,
   outputs written) for: unweighted without smoothing, coherence weighting + fixed κ² (the
   per-date atmosphere estimated with ρ chosen by ABIC at that κ², the default; and with the
   atmospheric term off), coherence weighting + ABIC over (κ², ρ) — each in a fresh process
   that reports its peak RSS;
4. installs MintPy 1.6.4 into its own venv (``bench/output/mintpy-venv``), writes the same
   stack as a MintPy ``ifgramStack.h5``, times ``ifgram_inversion -w no`` and ``-w var``
   (and ``-w fim``, whose weight 2Lγ²/(1−γ²) is ours up to a constant) with the same reference
   pixel, and compares the time series (max difference, mm);
5. prints pixels/second and the ratios of the acceptance list, for our runs on the stack as
   simulatestack writes it (DEFLATE GeoTIFF: decompression is a good part of a fast run) and on
   an uncompressed GeoTIFF copy, the same bytes as MintPy reads from its uncompressed HDF5 — there
   also with uncompressed outputs (``OUTPUT_COMPRESSION`` none), as MintPy writes plain HDF5.

Timings exclude interpreter start-up and imports on both sides (each side times its own
call); fast configurations run REPEAT times and the best time is kept, on both sides.  MintPy
runs with its defaults (no dask cluster; it limits numpy to one thread).
"""
import json
import os
import pathlib
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
PLUGINS = ROOT / '.build' / 'plugins'
OUTPUT = HERE / 'output' / 'sbas'
VENV = HERE / 'output' / 'mintpy-venv'
MINTPY_VERSION = '1.6.4'
WIDTH, HEIGHT, N_DATES, LINKS, LOOKS = 500, 400, 40, 3, 20
SEED = 11
FIXED_KAPPA2 = 1e-4
#: runs of each fast configuration; the best time is kept (the machine is shared and noisy)
REPEAT = 3

if str(PLUGINS) not in sys.path:
    sys.path.insert(0, str(PLUGINS))


# -- the stack -----------------------------------------------------------------------------------

def build_stack(height, folder=None):
    """Simulated stack of WIDTH × height pixels (cached in bench/output/sbas)."""
    from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack
    folder = pathlib.Path(folder or OUTPUT / f'stack_{WIDTH}x{height}')
    marker = folder / 'complete.json'
    config = dict(width=WIDTH, height=height, pixel_size=40.0, n_dates=N_DATES, links=LINKS, looks=LOOKS,
                  seed=SEED)
    if marker.exists() and json.loads(marker.read_text()) == config:
        return folder
    start = time.perf_counter()
    simulate_stack(SimulationConfig(**config), folder)
    marker.write_text(json.dumps(config))
    print(f'  simulated {WIDTH}×{height} px stack in {time.perf_counter() - start:.0f} s', flush=True)
    return folder


def uncompressed_copy(folder):
    """The stack as uncompressed tiled GeoTIFFs (the bytes MintPy reads from its uncompressed HDF5)."""
    from osgeo import gdal
    folder = pathlib.Path(folder)
    target = folder.parent / f'{folder.name}_raw'
    marker = target / 'complete'
    if marker.exists():
        return target
    for sub in ('interferograms', 'coherence'):
        (target / sub).mkdir(parents=True, exist_ok=True)
        for name in sorted(os.listdir(folder / sub)):
            gdal.Translate(str(target / sub / name), str(folder / sub / name),
                           creationOptions=['TILED=YES', 'BLOCKXSIZE=256', 'BLOCKYSIZE=256', 'COMPRESS=NONE'])
    marker.write_text('ok')
    return target


def stack_files(folder):
    folder = pathlib.Path(folder)
    names = sorted(os.listdir(folder / 'interferograms'))
    return ([str(folder / 'interferograms' / n) for n in names], [str(folder / 'coherence' / n) for n in names])


def gdal_read_seconds(folder):
    """Plain sequential read of every interferogram and coherence raster, whole files."""
    from osgeo import gdal
    interferograms, coherence = stack_files(folder)
    start = time.perf_counter()
    for path in interferograms + coherence:
        dataset = gdal.Open(path)
        dataset.GetRasterBand(1).ReadAsArray()
        dataset = None
    return time.perf_counter() - start


def reference_pixel(folder):
    """The automatic reference pixel of our inversion (row, column, x, y), used by every run."""
    from deformation_toolbox.algorithms.core.insar.reference import choose_reference
    from deformation_toolbox.algorithms.core.insar.sbas.stack import InterferogramReader, SbasOptions
    interferograms, coherence = stack_files(folder)
    reader = InterferogramReader(interferograms, coherence, SbasOptions(), lambda text: None)
    try:
        chosen = choose_reference(reader.scan, reader.grid, 0, tile=reader.block_shape(),
                                  n_values=2 * len(reader))
    finally:
        reader.close()
    return chosen.row, chosen.column, chosen.x, chosen.y


# -- our inversion, in a fresh process -------------------------------------------------------------

CHILD = r'''
import json, sys, time
sys.path.insert(0, {plugins!r})

def peak_rss_mb():
    # VmHWM: high-water mark of this program's memory (ru_maxrss would include the parent's at fork)
    with open('/proc/self/status') as status:
        return next(int(line.split()[1]) for line in status if line.startswith('VmHWM')) / 1024

from deformation_toolbox.algorithms.core.insar.sbas.stack import SbasOptions, invert_stack
options = json.loads({options!r})
options['reference_point'] = tuple(options['reference_point'])
interferograms, coherence, outputs = json.loads({files!r})
# load the numba cache on a small run first
invert_stack(interferograms[:3], coherence[:3], SbasOptions(smoothing='fixed', smoothing_factor=1.0, block_rows=16))
baseline = peak_rss_mb()
start = time.perf_counter()
result = invert_stack(interferograms, coherence, SbasOptions(**options), outputs)
seconds = time.perf_counter() - start
print(json.dumps({{'seconds': seconds, 'kappa2': result.kappa2, 'sigma_a': result.sigma_atmosphere,
                  'baseline_mb': baseline, 'rss_mb': peak_rss_mb()}}))
'''


def run_ours(folder, name, reference_xy, **options):
    interferograms, coherence = stack_files(folder)
    out = OUTPUT / 'ours' / f'{pathlib.Path(folder).name}_{name}'
    out.mkdir(parents=True, exist_ok=True)
    outputs = {key: str(out / f'{key}.tif') for key in ('timeseries', 'velocity', 'quality')}
    options = dict(options, reference_point=list(reference_xy), reference_radius=0)
    code = CHILD.format(plugins=str(PLUGINS), options=json.dumps(options),
                        files=json.dumps([interferograms, coherence, outputs]))
    completed = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    if completed.returncode != 0:
        raise RuntimeError(completed.stderr)
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    result['timeseries'] = outputs['timeseries']
    return result


# -- MintPy ----------------------------------------------------------------------------------------

def mintpy_python():
    """Python of the MintPy venv, created and filled on first use (PyPI)."""
    python = VENV / 'bin' / 'python'
    check = [str(python), '-c', f'import mintpy, sys; sys.exit(mintpy.__version__ != "{MINTPY_VERSION}")']
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return python
    print(f'  installing MintPy {MINTPY_VERSION} into {VENV} …', flush=True)
    subprocess.run([sys.executable, '-m', 'venv', str(VENV)], check=True)
    subprocess.run([str(python), '-m', 'pip', 'install', '--quiet', '--disable-pip-version-check',
                    f'mintpy=={MINTPY_VERSION}'], check=True)
    return python


def write_ifgram_stack(folder, path, reference_row, reference_column):
    """The stack as a MintPy ``ifgramStack.h5`` (unwrapPhase [rad], coherence, dates, REF_Y/X)."""
    import h5py
    import numpy as np
    from osgeo import gdal
    interferograms, coherence = stack_files(folder)
    first = gdal.Open(interferograms[0])
    length, width = first.RasterYSize, first.RasterXSize
    wavelength_m = float(first.GetMetadataItem('WAVELENGTH_MM')) / 1000.0
    pairs = [os.path.splitext(os.path.basename(p))[0].split('_') for p in interferograms]
    with h5py.File(path, 'w') as handle:
        for name, paths in (('unwrapPhase', interferograms), ('coherence', coherence)):
            dataset = handle.create_dataset(name, (len(paths), length, width), dtype=np.float32)
            for k, p in enumerate(paths):
                dataset[k] = gdal.Open(p).ReadAsArray().astype(np.float32)
        handle.create_dataset('date', data=np.array(pairs, dtype=np.bytes_))
        handle.create_dataset('bperp', data=np.zeros(len(pairs), dtype=np.float32))
        handle.create_dataset('dropIfgram', data=np.ones(len(pairs), dtype=np.bool_))
        handle.attrs.update({'FILE_TYPE': 'ifgramStack', 'LENGTH': str(length), 'WIDTH': str(width),
                             'REF_Y': str(reference_row), 'REF_X': str(reference_column),
                             'WAVELENGTH': str(wavelength_m), 'UNIT': 'radian', 'ALOOKS': str(LOOKS),
                             'RLOOKS': '1', 'PROCESSOR': 'isce', 'PLATFORM': 'Sen'})
    return path


MINTPY_CHILD = r'''
import json, sys, time
from mintpy.cli import ifgram_inversion
args = json.loads({args!r})
start = time.perf_counter()
ifgram_inversion.main(args)
print(json.dumps({{'seconds': time.perf_counter() - start}}))
'''


def run_mintpy(python, stack_h5, weight, workdir):
    workdir = pathlib.Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    names = ('timeseries', 'temporalCoherence', 'numInvIfgram')
    outputs = [str(workdir / f'{name}_{weight}.h5') for name in names]
    args = [str(stack_h5), '-w', weight, '-o', *outputs]
    completed = subprocess.run([str(python), '-c', MINTPY_CHILD.format(args=json.dumps(args))], cwd=workdir,
                               capture_output=True, text=True, env=dict(os.environ, OMP_NUM_THREADS='1'))
    if completed.returncode != 0:
        raise RuntimeError(completed.stdout[-3000:] + completed.stderr[-3000:])
    seconds = json.loads(completed.stdout.strip().splitlines()[-1])['seconds']
    return seconds, outputs[0]


def mintpy_dropped_pixels(stack_h5, reference_row, reference_column):
    """Pixels where MintPy dropped an observation: a phase equal (float32) to the reference pixel's.

    MintPy turns the value 0 of the referred phase into NaN (its no-data convention), so an
    interferogram whose phase equals the reference phase exactly is left out for that pixel.
    """
    import h5py
    with h5py.File(stack_h5, 'r') as handle:
        phase = handle['unwrapPhase'][:]
    dropped = ((phase - phase[:, reference_row, reference_column][:, None, None]) == 0).any(axis=0)
    dropped[reference_row, reference_column] = False
    return dropped


def max_difference_mm(ours_tif, mintpy_h5, reference_row, reference_column, exclude=None):
    """Largest and RMS |ours − MintPy| over pixels and dates [mm] (MintPy metres → mm).

    The reference pixel (0 on both sides, MintPy by masking) and ``exclude`` (2-D bool) are left out.
    """
    import h5py
    import numpy as np
    from osgeo import gdal
    ours = gdal.Open(ours_tif).ReadAsArray().astype(np.float64)
    with h5py.File(mintpy_h5, 'r') as handle:
        theirs = handle['timeseries'][:].astype(np.float64) * 1000.0
    difference = np.abs(ours - theirs)
    difference[:, reference_row, reference_column] = 0.0
    if exclude is not None:
        difference[:, exclude] = 0.0
    return float(np.nanmax(difference)), float(np.sqrt(np.nanmean(difference ** 2)))


def compare_with_mintpy_in_process(folder, workdir):
    """For tests where MintPy is importable here: max |ours − MintPy -w no| [mm] on ``folder``."""
    from mintpy.cli import ifgram_inversion

    from deformation_toolbox.algorithms.core.insar.sbas.stack import SbasOptions, invert_stack
    row, column, x, y = reference_pixel(folder)
    workdir = pathlib.Path(workdir)
    stack_h5 = write_ifgram_stack(folder, str(workdir / 'ifgramStack.h5'), row, column)
    timeseries = str(workdir / 'timeseries.h5')
    ifgram_inversion.main([stack_h5, '-w', 'no', '-o', timeseries, str(workdir / 'tcoh.h5'),
                           str(workdir / 'num.h5')])
    interferograms, coherence = stack_files(folder)
    ours = str(workdir / 'ours.tif')
    invert_stack(interferograms, coherence, SbasOptions(weighting='none', smoothing='none',
                                                        reference_point=(x, y), reference_radius=0),
                 {'timeseries': ours})
    return max_difference_mm(ours, timeseries, row, column, mintpy_dropped_pixels(stack_h5, row, column))[0]


# -- main ------------------------------------------------------------------------------------------

def _seconds(values):
    return ', '.join(f'{value:.2f}' for value in values)


def main():
    OUTPUT.mkdir(parents=True, exist_ok=True)
    folder = build_stack(HEIGHT)
    tall = build_stack(2 * HEIGHT)
    interferograms, _ = stack_files(folder)
    pixels = WIDTH * HEIGHT
    print(f'stack: {WIDTH}×{HEIGHT} = {pixels} pixels, {len(interferograms)} interferograms, {N_DATES} dates')

    read_seconds = gdal_read_seconds(folder)
    print(f'GDAL read only (interferograms + coherence, DEFLATE GeoTIFF): {read_seconds:.2f} s '
          f'({pixels / read_seconds:,.0f} px/s)')

    row, column, x, y = reference_pixel(folder)
    print(f'reference pixel: row {row}, column {column}')
    runs = {
        'unweighted, none': dict(weighting='none', smoothing='none'),
        'coherence, fixed κ²': dict(weighting='coherence', smoothing='fixed', smoothing_factor=FIXED_KAPPA2,
                                    looks=LOOKS),
        'coherence, fixed κ², no atm.': dict(weighting='coherence', smoothing='fixed',
                                             smoothing_factor=FIXED_KAPPA2, looks=LOOKS, atmosphere='none'),
        'coherence, ABIC': dict(weighting='coherence', smoothing='ABIC', looks=LOOKS),
        'coherence, none': dict(weighting='coherence', smoothing='none', looks=LOOKS),
    }
    ours = {}
    for name, options in runs.items():
        tag = name.replace(', ', '_').replace(' ', '').replace('κ²', 'k2')
        tries = [run_ours(folder, tag, (x, y), **options) for _ in range(REPEAT)]
        ours[name] = result = min(tries, key=lambda r: r['seconds'])
        print(f'ours  {name:28s} {result["seconds"]:7.2f} s  {pixels / result["seconds"]:>10,.0f} px/s  '
              f'peak RSS {result["rss_mb"]:.0f} MB  κ² = {result["kappa2"]:.4g}  σ_a = {result["sigma_a"]:.3g} mm   '
              f'(best of {REPEAT}: {_seconds(t["seconds"] for t in tries)})', flush=True)

    raw = uncompressed_copy(folder)
    print(f'GDAL read only, uncompressed copy: {gdal_read_seconds(raw):.2f} s')
    ours_raw = {}
    # uncompressed in and out (OUTPUT_COMPRESSION none): the bytes MintPy reads and writes (plain HDF5)
    runs_raw = {name: runs[name]
                for name in ('unweighted, none', 'coherence, fixed κ²', 'coherence, fixed κ², no atm.')}
    runs_raw.update({f'{name}, out none': dict(runs[name], compression='none')
                     for name in ('unweighted, none', 'coherence, fixed κ²')})
    for name in runs_raw:
        tag = 'raw_' + name.replace(', ', '_').replace(' ', '').replace('κ²', 'k2')
        tries = [run_ours(raw, tag, (x, y), **runs_raw[name]) for _ in range(REPEAT)]
        ours_raw[name] = result = min(tries, key=lambda r: r['seconds'])
        print(f'ours  {name:28s} {result["seconds"]:7.2f} s  {pixels / result["seconds"]:>10,.0f} px/s  '
              f'(uncompressed GeoTIFF; best of {REPEAT}: {_seconds(t["seconds"] for t in tries)})', flush=True)

    python = mintpy_python()
    stack_h5 = write_ifgram_stack(folder, str(OUTPUT / 'ifgramStack.h5'), row, column)
    mintpy = {}
    for weight in ('no', 'var', 'fim'):
        repeat = REPEAT if weight == 'no' else 1   # the weighted runs take ~40 s each
        tries = [run_mintpy(python, stack_h5, weight, OUTPUT / 'mintpy') for _ in range(repeat)]
        mintpy[weight] = min(tries)
        seconds = mintpy[weight][0]
        print(f'MintPy -w {weight:3s} {"":21s} {seconds:7.2f} s  {pixels / seconds:>10,.0f} px/s   '
              f'(best of {len(tries)}: {_seconds(t[0] for t in tries)})', flush=True)

    dropped = mintpy_dropped_pixels(stack_h5, row, column)
    print(f'\nagreement (time series, mm; reference pixel and the {int(dropped.sum())} pixel(s) where MintPy '
          'dropped a phase equal to the reference one are excluded):')
    for ours_name, weight, note in (('unweighted, none', 'no', 'must agree to 0.01 mm'),
                                    ('coherence, none', 'fim', 'same weights up to a constant'),
                                    ('coherence, none', 'var', 'MintPy var: phase PDF of Tough et al., '
                                                               'not the Cramér–Rao variance')):
        worst, typical = max_difference_mm(ours[ours_name]['timeseries'], mintpy[weight][1], row, column, dropped)
        print(f'  ours {ours_name:18s} vs MintPy -w {weight:3s}: max {worst:.5f}  RMS {typical:.5f}   ({note})')

    print('\nacceptance ratios (MintPy reads its uncompressed HDF5; ours the same stack as DEFLATE GeoTIFF, '
          'as written by simulatestack, and as uncompressed GeoTIFF, the same bytes as MintPy reads):')
    mint = {weight: pixels / seconds for weight, (seconds, _) in mintpy.items()}
    for label, table in (('DEFLATE GeoTIFF', ours), ('uncompressed GeoTIFF', ours_raw)):
        speed = {name: pixels / result['seconds'] for name, result in table.items()}
        print(f'  {label}:')
        print(f'    coherence + fixed κ² (atmosphere on) vs MintPy -w var: '
              f'{speed["coherence, fixed κ²"] / mint["var"]:6.1f}×  (target ≥ 20; atmosphere off: '
              f'{speed["coherence, fixed κ², no atm."] / mint["var"]:.1f}×)')
        print(f'    unweighted none vs MintPy -w no                      : '
              f'{speed["unweighted, none"] / mint["no"]:6.1f}×  (target ≥ 5)')
        if 'unweighted, none, out none' in speed:
            print(f'    the same, outputs uncompressed too (OUTPUT_COMPRESSION none; MintPy writes plain HDF5): '
                  f'weighted {speed["coherence, fixed κ², out none"] / mint["var"]:.1f}×, unweighted '
                  f'{speed["unweighted, none, out none"] / mint["no"]:.1f}×')
    abic_over_fixed = ours['coherence, ABIC']['seconds'] / ours['coherence, fixed κ²']['seconds']
    print(f'  ABIC total / fixed κ² total: {abic_over_fixed:6.2f}   (target ≤ 3)')

    print('\npeak RSS (coherence + fixed κ², fresh process per size):')
    tall_xy = reference_pixel(tall)[2:]
    for height, stack in ((HEIGHT, folder), (2 * HEIGHT, tall)):
        xy = (x, y) if height == HEIGHT else tall_xy
        result = run_ours(stack, f'rss_{height}', xy, **runs['coherence, fixed κ²'])
        print(f'  {WIDTH}×{height:<5d} peak {result["rss_mb"]:5.0f} MB (after imports and numba warm-up: '
              f'{result["baseline_mb"]:.0f} MB)   {result["seconds"]:.2f} s')


if __name__ == '__main__':
    main()
