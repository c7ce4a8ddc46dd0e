"""Invented GNSS position time series with known truth, written in every supported format.

Run ``/usr/bin/python3 tests/data/gnss/samples.py`` to regenerate the sample files of
this folder; the tests also import the writers to build larger files (30-s kinematic
series) in temporary folders.

Truth: one monument at 36.1234° N, 138.4567° E, 1500 m (GRS80/WGS84), moving
``VELOCITY`` mm/yr with annual terms ``ANNUAL`` (amplitude mm, phase °: A·cos(2πτ − φ),
τ in years since 2000-01-01), a co-seismic step ``STEP`` (mm) on ``STEP_DATE``
(UTC day), Gaussian noise of ``NOISE`` mm (seed 7) and two outliers.  The local
east/north/up displacements are turned into ECEF with the rotation matrix of
reference 002 (written out here on purpose, as an independent check of the
readers' pyproj-based conversions).
"""
import datetime as dt
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))

LON, LAT, HEIGHT = 138.4567, 36.1234, 1500.0
VELOCITY = np.array([25.0, -12.0, 3.0])             # mm/yr east, north, up
ANNUAL = ((1.0, 40.0), (1.5, 200.0), (6.0, 120.0))   # (mm, degrees) east, north, up
STEP_DATE = dt.date(2016, 4, 16)
STEP = np.array([-300.0, 150.0, -80.0])             # mm
NOISE = np.array([1.5, 1.5, 5.0])                   # mm
OUTLIERS = {50: (30.0, 0.0, 0.0), 120: (0.0, 0.0, -60.0)}
FIRST_DAY = dt.date(2015, 1, 2)
N_DAYS = 183                                         # every 4 days: 2015-01-02 … 2016-12-27
EVENT_UTC = dt.datetime(2016, 4, 15, 16, 25, 5)      # kinematic sample event
KINEMATIC_STEP = np.array([520.0, -560.0, -190.0])  # mm
LEAP_2016 = 17                                       # GPS − UTC [s] in 2016


def daily_dates():
    return [FIRST_DAY + dt.timedelta(days=4 * i) for i in range(N_DAYS)]


def truth_mm(days, with_noise=True):
    """(n, 3) east, north, up [mm] on ``days`` (dates), relative to the first day's trend origin."""
    t = np.array([(d - FIRST_DAY).days for d in days]) / 365.25
    tau = np.array([(d - dt.date(2000, 1, 1)).days for d in days]) / 365.25
    enu = VELOCITY[None, :] * t[:, None]
    for c, (amplitude, phase) in enumerate(ANNUAL):
        enu[:, c] += amplitude * np.cos(2 * np.pi * tau - np.radians(phase))
    enu += STEP[None, :] * np.array([d >= STEP_DATE for d in days])[:, None]
    if with_noise:
        enu += np.random.default_rng(7).normal(0.0, 1.0, enu.shape) * NOISE
        for index, outlier in OUTLIERS.items():
            enu[index] += outlier
    return enu


def rotation(lon=LON, lat=LAT):
    """R with d(e, n, u) = R d(x, y, z) (reference 002)."""
    lam, phi = np.radians(lon), np.radians(lat)
    return np.array([[-np.sin(lam), np.cos(lam), 0.0],
                     [-np.sin(phi) * np.cos(lam), -np.sin(phi) * np.sin(lam), np.cos(phi)],
                     [np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)]])


def origin_xyz():
    from pyproj import Transformer
    return np.array(Transformer.from_crs('EPSG:4979', 'EPSG:4978', always_xy=True).transform(LON, LAT, HEIGHT))


def to_xyz(enu_m):
    return origin_xyz()[None, :] + enu_m @ rotation()


def to_geodetic(xyz):
    from pyproj import Transformer
    lon, lat, h = Transformer.from_crs('EPSG:4978', 'EPSG:4979', always_xy=True).transform(
        xyz[:, 0], xyz[:, 1], xyz[:, 2])
    return np.column_stack([lon, lat, h])


def _write(path, lines):
    with open(path, 'w', encoding='utf-8', newline='\n') as handle:
        handle.write('\n'.join(lines) + '\n')
    return path


def _mjd(day):
    return (day - dt.date(1858, 11, 17)).days


def _ngl_prefix(station, day):
    """NGL columns 1–6: site, YYMMMDD, decimal year, MJD, GPS week, day of week."""
    week, dow = divmod(_mjd(day) - 44244, 7)
    return (f'{station} {day.strftime("%y%b%d").upper()} {day.year + (day.timetuple().tm_yday - 0.5) / 365.25:.4f} '
            f'{_mjd(day):5d} {week:4d} {dow}')


def write_tenv3(path, station='SAMT'):
    days = daily_dates()
    enu = truth_mm(days) / 1000.0
    geo = to_geodetic(to_xyz(enu))
    e0, n0, u0 = -3890.0, 3998765.0, 1500.0
    lines = ['site YYMMMDD yyyy.yyyy __MJD week d reflon _e0(m) __east(m) ____n0(m) _north(m) u0(m) ____up(m) '
             '_ant(m) sig_e(m) sig_n(m) sig_u(m) __corr_en __corr_eu __corr_nu _latitude(deg) _longitude(deg) '
             '__height(m)']
    for i, day in enumerate(days):
        antenna = 0.0 if i < 30 else 0.1   # a permanent antenna change (height column only)
        lines.append(f'{_ngl_prefix(station, day)} {138.5:6.1f} {int(e0):6d} {enu[i, 0] + e0 - int(e0):9.6f} '
                     f'{int(n0):9d} {enu[i, 1] + n0 - int(n0):9.6f} {int(u0):5d} {enu[i, 2] + u0 - int(u0):9.6f} '
                     f'{antenna:7.4f} {NOISE[0] / 1000:8.6f} {NOISE[1] / 1000:8.6f} {NOISE[2] / 1000:8.6f} '
                     f'{0.05:9.6f} {-0.1:9.6f} {0.02:9.6f} {geo[i, 1]:14.10f} {geo[i, 0] - 360.0:15.10f} '
                     f'{geo[i, 2]:11.5f}')
    return _write(path, lines)


def write_tenv(path, station='SAMO'):
    days = daily_dates()
    enu = truth_mm(days) / 1000.0
    enu -= enu[0]
    lines = []
    for i, day in enumerate(days):
        lines.append(f'{_ngl_prefix(station, day)} {enu[i, 0]:10.6f} {enu[i, 1]:10.6f} {enu[i, 2]:10.6f} '
                     f'{0.0:7.4f} {NOISE[0] / 1000:8.6f} {NOISE[1] / 1000:8.6f} {NOISE[2] / 1000:8.6f} '
                     f'{0.05:9.6f} {-0.1:9.6f} {0.02:9.6f}')
    return _write(path, lines)


def write_neu(path, station='SAMS', header=True):
    days = daily_dates()
    enu = truth_mm(days) / 1000.0
    lines = []
    if header:
        xyz = origin_xyz()
        lines += ['#PBO Station Position Time Series. Reference Frame : IGS14', '#Format Version: 1.1.0',
                  f'#4-character ID: {station}', '#Station name  : Invented_Sample',
                  f'#XYZ Reference position : {xyz[0]:15.5f}{xyz[1]:15.5f}{xyz[2]:15.5f} (IGS14)',
                  f'#NEU Reference position : {LAT:16.10f}{LON:16.10f} {HEIGHT:10.5f} (IGS14/WGS84)',
                  '#End Field Description']
    else:
        lines += ['#* invented sample, SIO .neu without coordinates']
    for i, day in enumerate(days):
        doy = day.timetuple().tm_yday
        lines.append(f' {day.year + (doy - 0.5) / 365.0:.5f} {day.year} {doy:3d} {enu[i, 1]:10.7f} {enu[i, 0]:10.7f} '
                     f'{enu[i, 2]:10.7f} {NOISE[1] / 1000:10.7f} {NOISE[0] / 1000:10.7f} {NOISE[2] / 1000:10.7f}')
    return _write(path, lines)


def write_pbo(path, station='SAMP'):
    days = daily_dates()
    enu = truth_mm(days) / 1000.0
    xyz = to_xyz(enu)
    geo = to_geodetic(xyz)
    ref = origin_xyz()
    lines = ['PBO Station Position Time Series. Reference Frame : IGS14', 'Format Version: 1.1.0',
             f'4-character ID: {station}', 'Station name  : Invented_Sample',
             f'First Epoch   : {days[0]:%Y%m%d} 120000', f'Last Epoch    : {days[-1]:%Y%m%d} 120000',
             'Release Date  : 20170101 000000',
             f'XYZ Reference position : {ref[0]:15.5f}{ref[1]:15.5f}{ref[2]:15.5f} (IGS14)',
             f'NEU Reference position : {LAT:16.10f}{LON + 360.0 if LON < 0 else LON:16.10f} {HEIGHT:10.5f} '
             '(IGS14/WGS84)',
             'Start Field Description', 'YYYYMMDD      Year, month, day for the given position epoch',
             'dN            Difference in North component from NEU reference position, meters',
             'End Field Description',
             '*YYYYMMDD HHMMSS JJJJJ.JJJJ         X             Y             Z            Sx        Sy       Sz     '
             'Rxy   Rxz    Ryz            NLat         Elong         Height         dN        dE        dU         '
             'Sn       Se       Su      Rne    Rnu    Reu  Soln']
    for i, day in enumerate(days):
        lines.append(f' {day:%Y%m%d} 120000 {_mjd(day) + 0.5:10.4f} {xyz[i, 0]:14.5f} {xyz[i, 1]:14.5f} '
                     f'{xyz[i, 2]:14.5f}  0.00300  0.00400  0.00400  0.500 -0.500 -0.600 {geo[i, 1]:18.10f} '
                     f'{geo[i, 0]:15.10f} {geo[i, 2]:10.5f} {enu[i, 1]:11.5f} {enu[i, 0]:9.5f} {enu[i, 2]:9.5f} '
                     f'{NOISE[1] / 1000:10.5f} {NOISE[0] / 1000:8.5f} {NOISE[2] / 1000:8.5f} 0.050 -0.100  0.020 '
                     'final')
    return _write(path, lines)


def write_geonet(path, station_id='969999', rinex='SAMG'):
    days = daily_dates()
    enu = truth_mm(days) / 1000.0
    xyz = to_xyz(enu)
    geo = to_geodetic(xyz)
    lines = ['+SITE/INF', f' ID           {station_id}', f' RINEX        {rinex}', ' J_NAME       SAMPLE',
             ' E_NAME       INVENTED-SAMPLE', '-SITE/INF', '', '+SOLVER/INF', ' SOFT_NAME    Bernese',
             ' EPHEMERIS    IGS', ' SOLUTION_ID  F5(GPS)', ' VERSION      00',
             f' EPOCH        START={days[0]:%Y/%m/%d} END={days[-1]:%Y/%m/%d} COUNT={len(days)}',
             ' COORDINATE   ITRF2014', ' ELLIPSOID    GRS80', '-SOLVER/INF', '', '+DATA',
             '*yyyy mm dd HH:MM:SS       X (m)              Y (m)              Z (m)         Lat. (deg.)    '
             'Lon. (deg.)    Height (m)',
             '*----+--+--+--------+------------------+------------------+------------------+--------------+'
             '--------------+-----------']
    for i, day in enumerate(days):
        lines.append(f' {day:%Y %m %d} 12:00:00 {xyz[i, 0]:18.10E} {xyz[i, 1]:18.10E} {xyz[i, 2]:18.10E} '
                     f'{geo[i, 1]:14.9f} {geo[i, 0]:14.9f} {geo[i, 2]:10.4f}')
    lines += ['*----+--+--+--------+------------------+------------------+------------------+--------------+'
              '--------------+-----------', '-DATA']
    return _write(path, lines)


def write_csv(path, header='date,e,n,u,se,sn,su', scale=1.0, extra=None):
    """CSV in metres (``scale`` 1000 for millimetres); ``extra(day)`` → leading columns (station, lat, lon)."""
    days = daily_dates()
    enu = truth_mm(days) / 1000.0 * scale
    sigma = NOISE / 1000.0 * scale
    lines = [header] if header else []
    for i, day in enumerate(days):
        lead = extra(day) if extra else ''
        lines.append(f'{lead}{day.isoformat()},{enu[i, 0]:.6f},{enu[i, 1]:.6f},{enu[i, 2]:.6f},'
                     f'{sigma[0]:.6f},{sigma[1]:.6f},{sigma[2]:.6f}')
    return _write(path, lines)


def kinematic_enu(seconds_from_event, shaking=True):
    """(n, 3) [m] kinematic truth: step at the event, a 3-min transient (+0.2 m east) when shaking."""
    rng = np.random.default_rng(11)
    enu = np.zeros((len(seconds_from_event), 3))
    after = seconds_from_event >= 0
    enu[after] = KINEMATIC_STEP / 1000.0
    if shaking:
        shake = (seconds_from_event >= 0) & (seconds_from_event < 180)
        enu[shake, 0] += 0.2 * np.cos(2 * np.pi * seconds_from_event[shake] / 60.0) + 0.2
    return enu + rng.normal(0.0, 1.0, enu.shape) * np.array([0.005, 0.005, 0.012])


def write_rtklib(path, layout='llh', start=EVENT_UTC - dt.timedelta(hours=1), hours=2.0, interval=30.0,
                 system='GPST', base=None, shaking=True):
    """RTKLIB .pos around ``EVENT_UTC`` (layout llh, dms, xyz or enu with ``base`` = (lon, lat, h))."""
    n = int(round(hours * 3600 / interval))
    utc = [start + dt.timedelta(seconds=interval * i) for i in range(n)]
    seconds = np.array([(t - EVENT_UTC).total_seconds() for t in utc])
    enu = kinematic_enu(seconds, shaking)
    xyz = to_xyz(enu)
    shift = {'GPST': dt.timedelta(seconds=LEAP_2016), 'UTC': dt.timedelta(0), 'JST': dt.timedelta(hours=9)}[system]
    columns = {'llh': '  latitude(deg) longitude(deg)  height(m)',
               'dms': '  latitude(d\'") longitude(d\'")  height(m)',
               'xyz': '      x-ecef(m)      y-ecef(m)      z-ecef(m)',
               'enu': '  e-baseline(m)  n-baseline(m)  u-baseline(m)'}[layout]
    sd = {'llh': 'sdn(m)   sde(m)   sdu(m)  sdne(m)  sdeu(m)  sdun(m)',
          'dms': 'sdn(m)   sde(m)   sdu(m)  sdne(m)  sdeu(m)  sdun(m)',
          'xyz': 'sdx(m)   sdy(m)   sdz(m)  sdxy(m)  sdyz(m)  sdzx(m)',
          'enu': 'sde(m)   sdn(m)   sdu(m)  sden(m)  sdnu(m)  sdue(m)'}[layout]
    lines = ['% program   : RTKPOST ver.2.4.3 (invented sample)', '% inp file  : samk1060.16o',
             f'% obs start : {utc[0] + shift:%Y/%m/%d %H:%M:%S}.0 {system}', '% pos mode  : kinematic']
    if layout == 'enu':
        lines.append(f'% ref pos   : {base[1]:14.9f} {base[0]:14.9f} {base[2]:10.4f}')
    lines += ['%', f'%  {system:<22}{columns}   Q  ns   {sd} age(s)  ratio']
    if layout == 'enu':
        from pyproj import Transformer
        to_ecef = Transformer.from_crs('EPSG:4979', 'EPSG:4978', always_xy=True)
        base_xyz = np.array(to_ecef.transform(*base))
        values = (xyz - base_xyz) @ rotation(base[0], base[1]).T
    elif layout == 'xyz':
        values = xyz
    else:
        geo = to_geodetic(xyz)
        values = geo[:, [1, 0, 2]]
    for i, t in enumerate(utc):
        quality = 2 if i % 17 == 5 else 1
        stamp = f'{t + shift:%Y/%m/%d %H:%M:%S}.{(t + shift).microsecond // 1000:03d}'
        if layout == 'dms':
            position = f'{_dms(values[i, 0])} {_dms(values[i, 1])} {values[i, 2]:10.4f}'
        elif layout == 'llh':
            position = f'{values[i, 0]:14.9f} {values[i, 1]:14.9f} {values[i, 2]:10.4f}'
        else:
            position = f'{values[i, 0]:14.4f} {values[i, 1]:14.4f} {values[i, 2]:14.4f}'
        spread = ('  0.0050   0.0050   0.0120   0.0010  -0.0020   0.0030' if layout != 'xyz'
                  else '  0.0080   0.0090   0.0080   0.0040  -0.0050   0.0045')
        lines.append(f'{stamp} {position} {quality:3d} {9:3d} {spread}   0.00    3.2')
    return _write(path, lines)


def _dms(value):
    sign = '-' if value < 0 else ''
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = (value - degrees - minutes / 60.0) * 3600.0
    return f'{sign}{degrees} {minutes:02d} {seconds:09.6f}'


def main():
    write_tenv3(os.path.join(HERE, 'SAMT.tenv3'))
    write_tenv(os.path.join(HERE, 'SAMO.tenv'))
    write_neu(os.path.join(HERE, 'SAMS.icd.final_igs14.pos.neu'))
    write_neu(os.path.join(HERE, 'SAMN.neu'), station='SAMN', header=False)
    write_pbo(os.path.join(HERE, 'SAMP.pbo.final_igs14.pos'))
    write_geonet(os.path.join(HERE, '969999.16.pos'))
    write_csv(os.path.join(HERE, 'SAMC.csv'))
    write_rtklib(os.path.join(HERE, 'SAMK.pos'), hours=1.0, start=EVENT_UTC - dt.timedelta(minutes=30))


if __name__ == '__main__':
    main()
