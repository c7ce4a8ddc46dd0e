#!/usr/bin/env python3
"""EGMS import benchmark: peak memory on a large generated CSV, and real products against EGMS L3.

1. Writes an EGMS L2b-like CSV of ``EGMS_BENCH_MB`` MB (default 2048; 0 skips steps 1–2: ≈ 1.3 million points × 300
   dates, every column of the 2018–2022 release) and a quarter-size one into ``bench/output/egms``.
2. Runs ``deformation:importegms`` on each in a fresh ``qgis_process``-like Python process (QGIS,
   processing.run) and reports time, points/s and peak RSS (VmHWM): once with the rasters only
   (velocity, 1σ, time series, geometry on the 100 m grid) and once with the point layer too
   (without the date fields, else the GeoPackage is as large as the CSV). Peak memory must not grow
   with the file size.
3. When ``EGMS_SAMPLES`` names a folder holding real EGMS downloads — an ascending and a descending
   L2b burst and the L3 East and Up tiles of the same area, e.g. ``EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip``,
   ``EGMS_L2b_117_0227_IW2_VV_2020_2024_1.zip``, ``EGMS_L3_E45N17_100km_E_2020_2024_1.zip``,
   ``EGMS_L3_E45N17_100km_U_2020_2024_1.zip`` — imports both L2b, decomposes them with
   ``ascdescdecomposition`` and prints the RMS difference to the L3 East and Up velocities over the
   common cells (acceptance: ≤ 0.1 mm/yr, the products' printed precision).  The project does not
   ship these files.
"""
import glob
import json
import os
import pathlib
import subprocess
import sys
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
PLUGINS = HERE.parent / '.build' / 'plugins'
OUTPUT = HERE / 'output' / 'egms'
N_DATES = 300
HEADER = ('pid,mp_type,latitude,longitude,easting,northing,height,height_wgs84,line,pixel,rmse,temporal_coherence,'
          'amplitude_dispersion,incidence_angle,track_angle,los_east,los_north,los_up,mean_velocity,'
          'mean_velocity_std,acceleration,acceleration_std,seasonality,seasonality_std')


def write_csv(path, megabytes, seed=5):
    """An EGMS L2b-like CSV of about ``megabytes`` MB over a 100 km × 20 km burst strip."""
    marker = path.with_suffix('.json')
    if path.exists() and marker.exists() and json.loads(marker.read_text()) == {'mb': megabytes}:
        return path
    rng = np.random.default_rng(seed)
    day = np.datetime64('2018-01-02')
    dates = [str(day + np.timedelta64(6 * k, 'D')).replace('-', '') for k in range(N_DATES)]
    tails = [','.join(f'{v:.1f}' for v in rng.normal(0, 3, N_DATES).cumsum() * 0.2) for _ in range(500)]
    start = time.perf_counter()
    written, n = 0, 0
    with open(path, 'w') as handle:
        handle.write(HEADER + ',' + ','.join(dates) + '\n')
        while written < megabytes * 1024 * 1024:
            x = 4500000.0 + rng.uniform(0, 100000, 20000)
            y = 1700000.0 + rng.uniform(0, 20000, 20000)
            v = rng.normal(-1.0, 2.0, 20000)
            lines = [f'P{n + k:09d},0,38.5,12.3,{x[k]:.2f},{y[k]:.2f},120.0,165.0,{k % 9000},{k % 12000},1.2,0.83,'
                     f'0.41,38.97,-8.94,-0.621,-0.098,0.777,{v[k]:.1f},0.2,0.05,0.1,1.5,0.3,{tails[k % 500]}\n'
                     for k in range(20000)]
            text = ''.join(lines)
            handle.write(text)
            written += len(text)
            n += len(lines)
    marker.write_text(json.dumps({'mb': megabytes}))
    print(f'  wrote {path.name}: {written / 2**20:.0f} MB, {n} points in {time.perf_counter() - start:.0f} s',
          flush=True)
    return path


#: the start of both child programs: QGIS, Processing and the provider
PREAMBLE = r'''
import json, os, sys, time
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
sys.path.insert(0, '/usr/share/qgis/python/plugins')
sys.path.insert(0, {plugins!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
import processing
from processing.core.Processing import Processing
Processing.initialize()
from deformation_toolbox.algorithms.provider import DeformationProvider
provider = DeformationProvider()
QgsApplication.processingRegistry().addProvider(provider)
'''

CHILD = PREAMBLE + r'''

def peak_rss_mb():
    with open('/proc/self/status') as status:
        return next(int(line.split()[1]) for line in status if line.startswith('VmHWM')) / 1024

baseline = peak_rss_mb()
parameters = json.loads({parameters!r})
start = time.perf_counter()
results = processing.run('deformation:importegms', parameters)
print(json.dumps({{'seconds': time.perf_counter() - start, 'rss_mb': peak_rss_mb(), 'baseline_mb': baseline,
                  'points': results['N_POINTS'], 'cells': results['N_CELLS']}}))
'''


def run_import(parameters):
    code = CHILD.format(plugins=str(PLUGINS), parameters=json.dumps(parameters))
    completed = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    if completed.returncode != 0:
        raise RuntimeError(completed.stdout[-3000:] + completed.stderr[-3000:])
    return json.loads(completed.stdout.strip().splitlines()[-1])


def memory_table(megabytes):
    sizes = [max(64, megabytes // 4), megabytes]
    print(f'peak memory of importegms on generated L2b CSVs ({N_DATES} dates):')
    for size in sizes:
        path = write_csv(OUTPUT / f'EGMS_L2b_999_{size:05d}_IW2_VV_bench.csv', size)
        folder = OUTPUT / f'out_{size}'
        folder.mkdir(parents=True, exist_ok=True)
        rasters = {name: str(folder / f'{name.lower()}.tif') for name in (
            'OUTPUT_VELOCITY', 'OUTPUT_VELOCITY_STD', 'OUTPUT_TIMESERIES', 'OUTPUT_INCIDENCE', 'OUTPUT_HEADING')}
        for label, extra in (('rasters', {}),
                             ('rasters + points', {'OUTPUT_POINTS': str(folder / 'points.gpkg'),
                                                   'POINT_SERIES': False})):
            for stale in glob.glob(str(folder / '*')):
                os.remove(stale)
            result = run_import({'INPUT': [str(path)], **rasters, **extra})
            mb = path.stat().st_size / 2**20
            print(f'  {mb:6.0f} MB CSV  {result["points"]:>9,} points  {label:17s} {result["seconds"]:7.1f} s  '
                  f'{result["points"] / result["seconds"]:>8,.0f} points/s  {mb / result["seconds"]:5.1f} MB/s  '
                  f'peak RSS {result["rss_mb"]:5.0f} MB (QGIS started: {result["baseline_mb"]:.0f} MB)', flush=True)


def real_products(folder):
    files = {key: glob.glob(os.path.join(folder, pattern)) for key, pattern in (
        ('l2b', 'EGMS_L2b_*.zip'), ('E', 'EGMS_L3_*_E_*.zip'), ('U', 'EGMS_L3_*_U_*.zip'))}
    if len(files['l2b']) != 2 or not files['E'] or not files['U']:
        print(f'EGMS_SAMPLES={folder}: need two EGMS_L2b_*.zip and the L3 _E_ and _U_ zips; skipped.')
        return
    code = REAL.format(plugins=str(PLUGINS), files=json.dumps(files), output=str(OUTPUT / 'real'))
    completed = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    print(completed.stdout.strip() or completed.stderr[-3000:])


REAL = PREAMBLE + r'''
import numpy as np
from osgeo import gdal
files, out = json.loads({files!r}), {output!r}
os.makedirs(out, exist_ok=True)
imported = {{}}
for path in files['l2b']:
    tag = os.path.basename(path)[:16]
    imported[path] = processing.run('deformation:importegms', {{
        'INPUT': [path], **{{n: os.path.join(out, tag + n + '.tif') for n in
                          ('OUTPUT_VELOCITY', 'OUTPUT_INCIDENCE', 'OUTPUT_HEADING')}}}})
east = [(p, r) for p, r in imported.items()
        if abs(np.nanmedian(gdal.Open(r['OUTPUT_HEADING']).ReadAsArray())) > 90]   # descending
asc = [(p, r) for p, r in imported.items() if (p, r) not in east]
(desc_path, desc), (asc_path, asc) = east[0], asc[0]
decomposed = processing.run('deformation:ascdescdecomposition', {{
    'ASCENDING': asc['OUTPUT_VELOCITY'], 'DESCENDING': desc['OUTPUT_VELOCITY'],
    'ASC_INCIDENCE_RASTER': asc['OUTPUT_INCIDENCE'], 'ASC_HEADING_RASTER': asc['OUTPUT_HEADING'],
    'DESC_INCIDENCE_RASTER': desc['OUTPUT_INCIDENCE'], 'DESC_HEADING_RASTER': desc['OUTPUT_HEADING'],
    **{{n: os.path.join(out, n + '.tif') for n in ('OUTPUT_EAST', 'OUTPUT_UP', 'OUTPUT_EAST_STD', 'OUTPUT_UP_STD')}}}})
print('real EGMS: ascending', os.path.basename(asc_path), '+ descending', os.path.basename(desc_path))
for output, key in (('OUTPUT_EAST', 'E'), ('OUTPUT_UP', 'U')):
    l3 = processing.run('deformation:importegms', {{'INPUT': files[key],
                                                   'OUTPUT_VELOCITY': os.path.join(out, key + '_l3.tif')}})
    a, b = gdal.Open(decomposed[output]), gdal.Open(l3['OUTPUT_VELOCITY'])
    ga, gb = a.GetGeoTransform(), b.GetGeoTransform()
    A, B = a.ReadAsArray().astype(float), b.ReadAsArray().astype(float)
    rows, cols = np.mgrid[0:B.shape[0], 0:B.shape[1]]
    c = np.floor((gb[0] + (cols + 0.5) * gb[1] - ga[0]) / ga[1]).astype(int)
    r = np.floor((gb[3] + (rows + 0.5) * gb[5] - ga[3]) / ga[5]).astype(int)
    ok = (c >= 0) & (c < A.shape[1]) & (r >= 0) & (r < A.shape[0]) & np.isfinite(B)
    ours = np.full(B.shape, np.nan)
    ours[ok] = A[r[ok], c[ok]]
    both = np.isfinite(ours) & np.isfinite(B)
    d = ours[both] - B[both]
    print(f'  {{key}}: {{both.sum()}} L3 cells, RMS {{np.sqrt(np.mean(d ** 2)):.3f}} mm/yr, mean {{d.mean():+.3f}}, '
          f'max |d| {{np.abs(d).max():.2f}} (acceptance: RMS <= 0.1 mm/yr)')
'''


def main():
    OUTPUT.mkdir(parents=True, exist_ok=True)
    megabytes = int(os.environ.get('EGMS_BENCH_MB', '2048'))
    if megabytes > 0:                      # EGMS_BENCH_MB=0: only the real products
        memory_table(megabytes)
    samples = os.environ.get('EGMS_SAMPLES')
    if samples:
        real_products(samples)
    else:
        print('EGMS_SAMPLES not set: the comparison of real L2b products with EGMS L3 is skipped.')


if __name__ == '__main__':
    main()
