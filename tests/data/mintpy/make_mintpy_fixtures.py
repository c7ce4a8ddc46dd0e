#!/usr/bin/env python3
"""Regenerate the MintPy fixtures of ``tests/data/mintpy`` with MintPy 1.6.4 itself.

Run with the Python of a MintPy 1.6.4 installation (``make bench`` builds one)::

    bench/output/mintpy-venv/bin/python tests/data/mintpy/make_mintpy_fixtures.py

A small simulated interferogram stack (22 × 18 pixels, 8 Sentinel-1 dates,
13 interferograms) is written as a MintPy ``ifgramStack.h5`` twice — in geo
coordinates (UTM 33N, ``X_FIRST``/``Y_FIRST`` …) and in radar coordinates
(latitude/longitude arrays in ``geometryRadar.h5``, rows running north as for
an ascending pass) — and MintPy's own programs write every fixture:
``reference_point`` (``REF_Y/REF_X/REF_LAT/REF_LON``), ``ifgram_inversion -w no``
(``timeseries.h5``, ``temporalCoherence.h5``), ``timeseries2velocity``
(``velocity.h5``), ``generate_mask`` (``maskTempCoh.h5``) and ``geocode``
(``geo_velocity.h5`` of the radar case).  Geometry files are written with
MintPy's ``writefile.write``.  The scene holds masked pixels (no valid phase →
MintPy's zeros), a noisy patch (low temporal coherence) and one "spike" pixel
whose position the tests look for.  ``expected.json`` records what MintPy's own
functions say about the geometry (LOS unit vector from ``incidenceAngle`` and
``azimuthAngle``) and where the spike is.

The tests only read the ``.h5`` files (no MintPy needed to run them).
"""
import json
import os
import pathlib
import shutil
import tempfile

import h5py
import numpy as np
from mintpy.cli import generate_mask, geocode, ifgram_inversion, reference_point, timeseries2velocity
from mintpy.utils import utils as ut
from mintpy.utils import writefile

HERE = pathlib.Path(__file__).resolve().parent
WIDTH, LENGTH = 22, 18
DATES = [f'2020{m:02d}{d:02d}' for m, d in ((1, 5), (1, 17), (1, 29), (2, 10), (2, 22), (3, 5), (3, 17), (3, 29))]
WAVELENGTH = 0.05546576          # m, Sentinel-1
SPIKE = (9, 13)                  # (row, column) of the spike pixel
MASKED = [(2, 3), (2, 4), (3, 3), (3, 4), (15, 19)]   # no valid phase: MintPy writes zeros
NOISY = (slice(12, 16), slice(2, 6))                  # strong phase noise: low temporal coherence
REFERENCE = (5, 17)              # (row, column) given to reference_point
UTM = dict(x_first=400000.0, y_first=4500000.0, step=90.0, epsg=32633, zone='33N')
RADAR = dict(lat0=40.50, lon0=14.20, spacing=60.0, heading=-12.0)   # first line in the south (ascending)
SEED = 7


def years(dates):
    days = np.array([(np.datetime64(f'{d[:4]}-{d[4:6]}-{d[6:]}') - np.datetime64(
        f'{dates[0][:4]}-{dates[0][4:6]}-{dates[0][6:]}')).astype(int) for d in dates])
    return days / 365.25


def displacement():
    """LOS displacement (m, towards the satellite) per date: a subsidence bowl, a spike and a gentle ramp."""
    rows, cols = np.mgrid[0:LENGTH, 0:WIDTH]
    bowl = -0.030 * np.exp(-(((rows - 9.0) / 5.0) ** 2 + ((cols - 8.0) / 6.0) ** 2))   # m/yr
    velocity = bowl + 0.002 * cols / WIDTH
    velocity[SPIKE] = 0.050
    t = years(DATES)
    return velocity[None] * t[:, None, None] + 0.003 * np.sin(2 * np.pi * t)[:, None, None]


def network():
    return [(i, j) for i in range(len(DATES)) for j in range(i + 1, min(i + 3, len(DATES)))]


def stack_attributes(geo):
    attributes = {
        'FILE_TYPE': 'ifgramStack', 'LENGTH': str(LENGTH), 'WIDTH': str(WIDTH), 'WAVELENGTH': str(WAVELENGTH),
        'UNIT': 'radian', 'PLATFORM': 'Sen', 'PROCESSOR': 'isce', 'ANTENNA_SIDE': '-1',
        'ORBIT_DIRECTION': 'ASCENDING', 'ALOOKS': '1', 'RLOOKS': '1', 'CENTER_LINE_UTC': '60000.0',
        'HEADING': str(RADAR['heading']), 'STARTING_RANGE': '800000.0', 'RANGE_PIXEL_SIZE': '2.3',
        'AZIMUTH_PIXEL_SIZE': '14.0', 'EARTH_RADIUS': '6371000.0', 'HEIGHT': '693000.0',
    }
    if geo:
        attributes.update({'X_FIRST': str(UTM['x_first']), 'Y_FIRST': str(UTM['y_first']),
                           'X_STEP': str(UTM['step']), 'Y_STEP': str(-UTM['step']), 'X_UNIT': 'meters',
                           'Y_UNIT': 'meters', 'EPSG': str(UTM['epsg']), 'UTM_ZONE': UTM['zone']})
    return attributes


def write_ifgram_stack(path, geo, rng):
    truth = displacement()
    pairs = network()
    phase = np.empty((len(pairs), LENGTH, WIDTH), dtype=np.float32)
    coherence = np.full((len(pairs), LENGTH, WIDTH), 0.9, dtype=np.float32)
    for k, (i, j) in enumerate(pairs):
        # MintPy convention: positive phase = away from the satellite, d = −λ/(4π)·φ
        phase[k] = -4.0 * np.pi / WAVELENGTH * (truth[j] - truth[i]) + rng.normal(0.0, 0.05, (LENGTH, WIDTH))
        phase[k][NOISY] += rng.normal(0.0, 2.5, phase[k][NOISY].shape)
        coherence[k][NOISY] = 0.3
    for row, col in MASKED:
        phase[:, row, col] = np.nan
    with h5py.File(path, 'w') as handle:
        handle.create_dataset('unwrapPhase', data=phase)
        handle.create_dataset('coherence', data=coherence)
        handle.create_dataset('date', data=np.array([[DATES[i], DATES[j]] for i, j in pairs], dtype=np.bytes_))
        handle.create_dataset('bperp', data=np.zeros(len(pairs), dtype=np.float32))
        handle.create_dataset('dropIfgram', data=np.ones(len(pairs), dtype=np.bool_))
        handle.attrs.update(stack_attributes(geo))


def radar_lat_lon():
    """Latitude/longitude of radar pixels: rows along the track (north-north-west), columns across."""
    rows, cols = np.mgrid[0:LENGTH, 0:WIDTH].astype(float)
    alpha = np.radians(RADAR['heading'])
    along = (np.sin(alpha), np.cos(alpha))             # (east, north) of increasing row
    across = (np.cos(alpha), -np.sin(alpha))           # increasing column: range, right of the track
    east = RADAR['spacing'] * (rows * along[0] + cols * across[0])
    north = RADAR['spacing'] * (rows * along[1] + cols * across[1])
    lat = RADAR['lat0'] + north / 111320.0
    lon = RADAR['lon0'] + east / (111320.0 * np.cos(np.radians(RADAR['lat0'])))
    return lat.astype(np.float32), lon.astype(np.float32)


def write_geometry(path, geo):
    rows, cols = np.mgrid[0:LENGTH, 0:WIDTH].astype(float)
    incidence = (33.0 + 10.0 * cols / (WIDTH - 1)).astype(np.float32)
    # LOS azimuth, anti-clockwise from north (ISCE/MintPy): 90° − heading for a right-looking sensor
    azimuth = (90.0 - RADAR['heading'] + 0.05 * rows).astype(np.float32)
    data = {'height': (100.0 + 5.0 * rows).astype(np.float32), 'incidenceAngle': incidence,
            'azimuthAngle': azimuth, 'slantRangeDistance': np.full((LENGTH, WIDTH), 850000.0, np.float32)}
    if not geo:
        data['latitude'], data['longitude'] = radar_lat_lon()
    attributes = stack_attributes(geo)
    attributes['FILE_TYPE'] = 'geometry'
    attributes.pop('UNIT')
    writefile.write(data, str(path), metadata=attributes)


def run_mintpy(folder, geo, rng):
    stack = folder / 'ifgramStack.h5'
    geometry = folder / ('geometryGeo.h5' if geo else 'geometryRadar.h5')
    write_ifgram_stack(stack, geo, rng)
    write_geometry(geometry, geo)
    lookup = [] if geo else ['--lookup', str(geometry)]
    reference_point.main([str(stack), '-y', str(REFERENCE[0]), '-x', str(REFERENCE[1]), *lookup])
    ifgram_inversion.main([str(stack), '-w', 'no', '-o', str(folder / 'timeseries.h5'),
                           str(folder / 'temporalCoherence.h5'), str(folder / 'numInvIfgram.h5')])
    timeseries2velocity.main([str(folder / 'timeseries.h5'), '-o', str(folder / 'velocity.h5')])
    generate_mask.main([str(folder / 'temporalCoherence.h5'), '-m', '0.7', '-o', str(folder / 'maskTempCoh.h5')])
    if not geo:
        geocode.main([str(folder / 'velocity.h5'), '-l', str(geometry), '--lalo', '-0.0005', '0.0007',
                     '--outdir', str(folder)])
    return geometry


def expected_geometry(geometry):
    """MintPy's own LOS unit vector (ground → satellite) at the spike pixel, from its angle conventions."""
    with h5py.File(geometry, 'r') as handle:
        incidence = float(handle['incidenceAngle'][SPIKE])
        azimuth = float(handle['azimuthAngle'][SPIKE])
    east, north, up = (float(ut.enu2los(*unit, incidence, az_angle=azimuth))
                       for unit in ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)))
    heading = float(ut.azimuth2heading_angle(azimuth))
    return {'incidence': incidence, 'azimuth': azimuth, 'heading': heading, 'unit_vector': [east, north, up]}


def main():
    rng = np.random.default_rng(SEED)
    expected = {'spike': list(SPIKE), 'masked': [list(p) for p in MASKED], 'reference': list(REFERENCE),
                'dates': DATES}
    keep = {'geo': ['timeseries.h5', 'velocity.h5', 'temporalCoherence.h5', 'maskTempCoh.h5', 'geometryGeo.h5'],
            'radar': ['timeseries.h5', 'velocity.h5', 'temporalCoherence.h5', 'geometryRadar.h5',
                      'geo_velocity.h5']}
    work = pathlib.Path(tempfile.mkdtemp(prefix='mintpy_fixtures_'))
    cwd = os.getcwd()
    try:
        for name, geo in (('geo', True), ('radar', False)):
            folder = work / name
            folder.mkdir()
            os.chdir(folder)                  # MintPy writes some side files into the working folder
            geometry = run_mintpy(folder, geo, rng)
            expected[name] = expected_geometry(geometry)
            if not geo:
                lat, lon = radar_lat_lon()
                expected[name]['spike_lat_lon'] = [float(lat[SPIKE]), float(lon[SPIKE])]
            target = HERE / name
            target.mkdir(exist_ok=True)
            for file in keep[name]:
                shutil.copyfile(folder / file, target / file)
    finally:
        os.chdir(cwd)
        shutil.rmtree(work, ignore_errors=True)
    (HERE / 'expected.json').write_text(json.dumps(expected, indent=1) + '\n')
    print('fixtures written to', HERE)


if __name__ == '__main__':
    main()
