#!/usr/bin/env python3
"""A small LiCSAR frame and the LiCSBAS run made from it, written in their own layouts (a test fixture).

``make(folder)`` writes, for a 16 × 12 pixel frame with 6 Sentinel-1 dates and
9 interferograms::

    GEOC/                         LiCSAR frame as downloaded by LiCSBAS01
      yyyymmdd_yyyymmdd/yyyymmdd_yyyymmdd.geo.unw.tif   float32 radians, 0 = no data
      yyyymmdd_yyyymmdd/yyyymmdd_yyyymmdd.geo.cc.tif    uint8 0–255
      FRAME.geo.E.tif, .N.tif, .U.tif                   LOS unit vector, ground → satellite
      FRAME.geo.hgt.tif                                  heights (m)
    GEOCml1/                      LiCSBAS02 output (no multilooking)
      EQA.dem_par                 corner_lat/corner_lon = centre of the first pixel
      E.geo, N.geo, U.geo, hgt    raw little-endian float32, NaN for no data
      yyyymmdd_yyyymmdd/yyyymmdd_yyyymmdd.unw, .cc   float32 radians / uint8
    TS_GEOCml1/                   LiCSBAS13–15 output
      cum.h5                      imdates, cum (mm), vel, vintercept, refarea, corner_*, post_*, coh_avg,
                                  hgt, E.geo, N.geo, U.geo (LiCSBAS13 datasets)
      results/vel, vstd, coh_avg, hgt, mask   raw float32
      info/EQA.dem_par            copy (LiCSBAS11)

and returns the truth (velocity, displacement, geometry, the spike pixel and
its coordinates).  Run as a script to write the fixture into a folder.
"""
import json
import pathlib
import sys

import h5py
import numpy as np
from osgeo import gdal, osr

WIDTH, LENGTH = 16, 12
POST_LAT, POST_LON = -0.001, 0.00125
CORNER_LAT, CORNER_LON = 35.0, 139.0          # centre of the first pixel (LiCSBAS grid registration)
DATES = ['20200105', '20200117', '20200129', '20200210', '20200222', '20200305']
WAVELENGTH_M = 299792458.0 / 5.405e9          # LiCSBAS: speed of light / radar frequency
SPIKE = (7, 11)                               # (row, column)
REFERENCE = (2, 3)
NO_DATA = [(0, 15), (11, 0)]                  # LiCSAR zeros / LiCSBAS NaN
MASKED = [(5, 5), (5, 6)]                     # LiCSBAS15 mask = 0
FRAME = '046D_05155_131313'
HEADING, INCIDENCE = -169.0, (33.0, 43.0)     # descending, right-looking


def years():
    days = np.array([(np.datetime64(f'{d[:4]}-{d[4:6]}-{d[6:]}') - np.datetime64('2020-01-05')).astype(int)
                     for d in DATES])
    return days / 365.25


def pairs():
    return [(i, j) for i in range(len(DATES)) for j in range(i + 1, min(i + 3, len(DATES)))]


def truth():
    rows, cols = np.mgrid[0:LENGTH, 0:WIDTH].astype(float)
    velocity = -12.0 * np.exp(-(((rows - 6) / 3.5) ** 2 + ((cols - 6) / 4.0) ** 2)) + 0.3 * cols   # mm/yr
    velocity[SPIKE] = 40.0
    velocity -= velocity[REFERENCE]
    displacement = velocity[None] * years()[:, None, None]                                          # mm
    incidence = INCIDENCE[0] + (INCIDENCE[1] - INCIDENCE[0]) * cols / (WIDTH - 1)
    theta, alpha = np.radians(incidence), np.radians(HEADING + 0.02 * rows)
    east, north, up = -np.sin(theta) * np.cos(alpha), np.sin(theta) * np.sin(alpha), np.cos(theta)
    height = 50.0 + 10.0 * rows
    coherence = 0.35 + 0.6 * (cols / (WIDTH - 1))
    return dict(velocity=velocity, displacement=displacement, incidence=incidence,
                heading=HEADING + 0.02 * rows, los=(east, north, up), height=height, coherence=coherence)


def geotiff(path, array, dtype=gdal.GDT_Float32):
    """A LiCSAR GeoTIFF: pixel registration, origin half a post outside LiCSBAS's corner."""
    path.parent.mkdir(parents=True, exist_ok=True)
    dataset = gdal.GetDriverByName('GTiff').Create(str(path), WIDTH, LENGTH, 1, dtype, ['COMPRESS=DEFLATE'])
    dataset.SetGeoTransform((CORNER_LON - POST_LON / 2, POST_LON, 0.0, CORNER_LAT - POST_LAT / 2, 0.0, POST_LAT))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(array)
    dataset = None


def raw(path, array, dtype=np.float32):
    path.parent.mkdir(parents=True, exist_ok=True)
    np.asarray(array, dtype=dtype).astype(np.dtype(dtype).newbyteorder('<')).tofile(path)


def dem_par_text():
    return '\n'.join([
        'Gamma DIFF&GEO DEM/MAP parameter file', 'title: DEM', 'DEM_projection:     EQA', 'data_format:        REAL*4',
        'DEM_hgt_offset:          0.00000', 'DEM_scale:               1.00000', f'width: {WIDTH}',
        f'nlines: {LENGTH}', f'corner_lat:     {CORNER_LAT}  decimal degrees',
        f'corner_lon:    {CORNER_LON}  decimal degrees', f'post_lat: {POST_LAT} decimal degrees',
        f'post_lon: {POST_LON} decimal degrees', '', 'ellipsoid_name: WGS 84',
        'ellipsoid_ra:        6378137.000   m', 'ellipsoid_reciprocal_flattening:  298.2572236', '',
        'datum_name: WGS 1984', 'datum_country_list: Global Definition, WGS84, World\n'])


def with_nan(array, where=NO_DATA, value=np.nan):
    array = np.array(array, dtype=float)
    for pixel in where:
        array[pixel] = value
    return array


def make(folder):
    folder = pathlib.Path(folder)
    scene = truth()
    geoc, ml, ts = folder / 'GEOC', folder / 'GEOCml1', folder / 'TS_GEOCml1'
    for index, (i, j) in enumerate(pairs()):
        name = f'{DATES[i]}_{DATES[j]}'
        # LOS displacement (mm, towards the satellite) → phase: d = −λ/(4π)·φ
        phase = -4.0 * np.pi / (WAVELENGTH_M * 1000.0) * (scene['displacement'][j] - scene['displacement'][i])
        phase += 0.37 * (index + 1)             # unwrapped phase has an arbitrary offset per interferogram
        cc = np.round(255 * scene['coherence']).astype(np.uint8)
        geotiff(geoc / name / f'{name}.geo.unw.tif', with_nan(phase, value=0.0))
        geotiff(geoc / name / f'{name}.geo.cc.tif', with_nan(cc, value=0), gdal.GDT_Byte)
        raw(ml / name / f'{name}.unw', with_nan(phase))
        raw(ml / name / f'{name}.cc', with_nan(cc, value=0), np.uint8)
    for component, values in zip('ENU', scene['los']):
        geotiff(geoc / f'{FRAME}.geo.{component}.tif', with_nan(values, value=0.0))
        raw(ml / f'{component}.geo', with_nan(values))
    geotiff(geoc / f'{FRAME}.geo.hgt.tif', with_nan(scene['height'], value=0.0))
    raw(ml / 'hgt', with_nan(scene['height']))
    (ml / 'EQA.dem_par').write_text(dem_par_text())
    (ts / 'info').mkdir(parents=True, exist_ok=True)
    (ts / 'info' / 'EQA.dem_par').write_text(dem_par_text())
    velocity = with_nan(scene['velocity'])
    mask = with_nan(np.ones((LENGTH, WIDTH)), MASKED, 0.0)
    results = {'vel': velocity, 'vstd': with_nan(np.full((LENGTH, WIDTH), 0.8)),
               'coh_avg': with_nan(scene['coherence']), 'hgt': with_nan(scene['height']), 'mask': mask}
    for name, values in results.items():
        raw(ts / 'results' / name, values)
    cum = np.stack([with_nan(d) for d in scene['displacement']]).astype(np.float32)
    with h5py.File(ts / 'cum.h5', 'w') as handle:     # as LiCSBAS13_sb_inv writes it
        handle.create_dataset('imdates', data=[np.int32(d) for d in DATES])
        handle.create_dataset('gap', data=np.zeros((len(DATES) - 1, LENGTH, WIDTH), np.int8), compression='gzip')
        handle.create_dataset('corner_lat', data=CORNER_LAT)
        handle.create_dataset('corner_lon', data=CORNER_LON)
        handle.create_dataset('post_lat', data=POST_LAT)
        handle.create_dataset('post_lon', data=POST_LON)
        handle.create_dataset('refarea', data=f'{REFERENCE[1]}:{REFERENCE[1] + 1}/{REFERENCE[0]}:{REFERENCE[0] + 1}')
        handle.create_dataset('cum', data=cum, compression='gzip')
        handle.create_dataset('vel', data=velocity.astype(np.float32), compression='gzip')
        handle.create_dataset('vintercept', data=np.zeros((LENGTH, WIDTH), np.float32), compression='gzip')
        for name in ('coh_avg', 'hgt'):
            handle.create_dataset(name, data=results[name].astype(np.float32), compression='gzip')
        for component, values in zip('ENU', scene['los']):
            handle.create_dataset(f'{component}.geo', data=with_nan(values).astype(np.float32), compression='gzip')
    spike_lat = CORNER_LAT + POST_LAT * SPIKE[0]         # the spike's pixel centre
    spike_lon = CORNER_LON + POST_LON * SPIKE[1]
    return dict(scene, spike=SPIKE, spike_lat_lon=(spike_lat, spike_lon), dates=DATES, pairs=pairs(),
                reference=REFERENCE, no_data=NO_DATA, masked=MASKED, frame=FRAME, wavelength_mm=WAVELENGTH_M * 1000)


if __name__ == '__main__':
    target = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else 'licsbas_fixture')
    made = make(target)
    print(json.dumps({k: v for k, v in made.items() if isinstance(v, (str, float))}, indent=1))
