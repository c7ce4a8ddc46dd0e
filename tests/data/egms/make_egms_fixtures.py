#!/usr/bin/env python3
"""A faithful imitation of EGMS products over one small area, with known East/Up truth (a test fixture).

``make(folder)`` writes four downloads as the EGMS Explorer gives them — a
``.zip`` holding ``<name>.csv`` and ``<name>.xml`` — of the 2018–2022 release:

* ``EGMS_L2b_146_0300_IW2_VV_2018_2022_1.zip``: ascending L2b (track angle ≈ −10.6°);
* ``EGMS_L2b_022_0301_IW3_VV_2018_2022_1.zip``: descending L2b (track angle ≈ 190.5°);
* ``EGMS_L3_E45N17_100km_E_2018_2022_1.zip`` and ``…_U_…``: L3 East and Up on the 100 m grid.

L2b columns: pid, mp_type, latitude, longitude, easting, northing, height,
height_wgs84, line, pixel, rmse, temporal_coherence, amplitude_dispersion,
incidence_angle, track_angle, los_east, los_north, los_up, mean_velocity,
mean_velocity_std, acceleration, acceleration_std, seasonality,
seasonality_std, then one column per date (YYYYMMDD, 12-day sampling,
displacement in mm).  L3: pid, easting, northing, height, rmse,
mean_velocity, mean_velocity_std, acceleration, acceleration_std,
seasonality, seasonality_std, dates.  Values are printed as EGMS prints them
(velocities to 0.1 mm/yr, the LOS vector to 3 decimals).

Truth: smooth East and Up velocity fields (mm/yr, North = 0, as EGMS L3
assumes); each L2b point measures ê·(E, 0, U) + noise (σ = 0.1 mm/yr) at a
random position in its cell; L3 holds the truth at the cell centres.  The
function returns the truth and the cell layout.  Run as a script to write
the files into a folder.
"""
import datetime as dt
import pathlib
import sys
import zipfile

import numpy as np
from pyproj import Transformer

X0, Y0 = 4521000.0, 1732000.0            # lower-left corner (EPSG:3035), on the 100 m lattice
COLUMNS, ROWS = 30, 20                   # cells of 100 m
POINTS_PER_CELL = 10
NOISE = 0.1                              # mm/yr per point
START = dt.date(2018, 1, 2)
N_DATES = 60
RELEASE = '2018_2022_1'
L2B = ('pid,mp_type,latitude,longitude,easting,northing,height,height_wgs84,line,pixel,rmse,temporal_coherence,'
       'amplitude_dispersion,incidence_angle,track_angle,los_east,los_north,los_up,mean_velocity,mean_velocity_std,'
       'acceleration,acceleration_std,seasonality,seasonality_std').split(',')
L3 = ('pid,easting,northing,height,rmse,mean_velocity,mean_velocity_std,acceleration,acceleration_std,seasonality,'
      'seasonality_std').split(',')
TRACKS = {'asc': dict(track=146, burst=300, swath=2, heading=-10.6, incidence=(36.0, 40.0)),
          'desc': dict(track=22, burst=301, swath=3, heading=190.5, incidence=(41.0, 37.0))}


def dates():
    return [START + dt.timedelta(days=12 * k) for k in range(N_DATES)]


def years():
    return np.array([(d - START).days for d in dates()]) / 365.25


def east_up(x, y):
    """Truth (mm/yr) at EPSG:3035 coordinates: gentle gradients (≤ 0.3 mm/yr per 100 m)."""
    u = (x - X0) / (100.0 * COLUMNS)
    v = (y - Y0) / (100.0 * ROWS)
    east = 2.0 + 3.0 * np.sin(np.pi * u) * v
    up = -6.0 * np.exp(-((u - 0.5) ** 2 + (v - 0.5) ** 2) / 0.18) + 1.0
    return east, up


def xml(level, track=None):
    body = f'  <product_level>{level}</product_level>\n'
    if track:
        body += f'  <track>{track["track"]:03d}</track>\n  <burst_id>{track["burst"]:04d}</burst_id>\n'
    tag = 'BURST' if track else 'TILE'
    return (f"<?xml version='1.0' encoding='UTF-8'?>\n<{tag}>\n{body}"
            f"  <production_facility>1</production_facility>\n</{tag}>\n")


def write_zip(folder, name, header, lines, xml_text):
    path = folder / f'{name}.zip'
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f'{name}.xml', xml_text)
        archive.writestr(f'{name}.csv', ','.join(header) + '\n' + '\n'.join(lines) + '\n')
    return path


def fmt(value, digits):
    return f'{value:.{digits}f}'


def l2b_lines(track, rng, to_lonlat):
    t = years()
    lines, truth = [], []
    for row in range(ROWS):
        for col in range(COLUMNS):
            x = X0 + 100.0 * (col + rng.uniform(0.05, 0.95, POINTS_PER_CELL))
            y = Y0 + 100.0 * (row + rng.uniform(0.05, 0.95, POINTS_PER_CELL))
            fraction = (x - X0) / (100.0 * COLUMNS)
            incidence = track['incidence'][0] + (track['incidence'][1] - track['incidence'][0]) * fraction
            theta, alpha = np.radians(incidence), np.radians(track['heading'])
            e, n, u = -np.sin(theta) * np.cos(alpha), np.sin(theta) * np.sin(alpha), np.cos(theta)
            east, up = east_up(x, y)
            velocity = e * east + u * up + rng.normal(0.0, NOISE, POINTS_PER_CELL)
            lon, lat = to_lonlat(x, y)
            for k in range(POINTS_PER_CELL):
                series = velocity[k] * t + 1.5 * np.sin(2 * np.pi * t) + rng.normal(0.0, 1.0, t.size)
                pid = f'{track["track"]:03d}{row:02d}{col:02d}{k:02d}'
                values = [pid, str(int(k % 3 == 0)), fmt(lat[k], 6), fmt(lon[k], 6), fmt(x[k], 2), fmt(y[k], 2),
                          fmt(120.0 + row, 1), fmt(165.0 + row, 1), str(1000 + row * 12 + k), str(5000 + col * 8 + k),
                          '1.2', '0.83', '0.41', fmt(incidence[k], 2), fmt(track['heading'], 2), fmt(e[k], 3),
                          fmt(n[k], 3), fmt(u[k], 3), fmt(velocity[k], 1), '0.2', '0.05', '0.1', '1.5', '0.3']
                lines.append(','.join(values + [fmt(d, 1) for d in series]))
                truth.append((x[k], y[k], velocity[k]))
    return lines, np.array(truth)


def l3_lines(component):
    t = years()
    lines = []
    for row in range(ROWS):
        for col in range(COLUMNS):
            x, y = X0 + 100.0 * (col + 0.5), Y0 + 100.0 * (row + 0.5)     # cell centres
            value = east_up(x, y)[0 if component == 'E' else 1]
            values = [f'L3{component}{row:02d}{col:02d}', fmt(x, 0), fmt(y, 0), fmt(120.0 + row, 1), '0.9',
                      fmt(value, 1), '0.1', '0.01', '0.05', '0.8', '0.2']
            lines.append(','.join(values + [fmt(value * d, 1) for d in t]))
    return lines


def make(folder, seed=3):
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    to_lonlat = Transformer.from_crs('EPSG:3035', 'EPSG:4326', always_xy=True).transform
    header_dates = [d.strftime('%Y%m%d') for d in dates()]
    files, points = {}, {}
    for name, track in TRACKS.items():
        lines, points[name] = l2b_lines(track, rng, to_lonlat)
        stem = f'EGMS_L2b_{track["track"]:03d}_{track["burst"]:04d}_IW{track["swath"]}_VV_{RELEASE}'
        files[name] = write_zip(folder, stem, L2B + header_dates, lines, xml('L2b', track))
    for component in ('E', 'U'):
        stem = f'EGMS_L3_E45N17_100km_{component}_{RELEASE}'
        files[f'l3_{component}'] = write_zip(folder, stem, L3 + header_dates, l3_lines(component), xml('L3'))
    return dict(files=files, points=points, origin=(X0, Y0), shape=(ROWS, COLUMNS), dates=dates())


if __name__ == '__main__':
    made = make(sys.argv[1] if len(sys.argv) > 1 else 'egms_fixture')
    print('\n'.join(str(path) for path in made['files'].values()))
