"""Saastamoinen tropospheric delay and Berg's standard-atmosphere height reduction.

Zenith hydrostatic delay (Saastamoinen 1972, in the form of Davis et al. 1985)::

    ZHD = 0.0022768 · P / (1 − 0.00266·cos 2φ − 0.00028·H)        [m]

with P the ground pressure [hPa], φ the latitude and H the height [km].
Zenith wet delay (Saastamoinen 1972)::

    ZWD = 0.002277 · (1255 / T + 0.05) · e                          [m]

with T the ground temperature [K] and e the water-vapour pressure [hPa],
e = RH/100 · e_s(T).  Saturation vapour pressure (a Magnus–Tetens form over
water, the one used with the Saastamoinen model in GNSS processing)::

    e_s = 6.108 · exp((17.15·T − 4684) / (T − 38.45))               [hPa, T in K]

Slant delay along a ray of zenith angle z: ZTD / cos z (the bending term
−B·tan²z of reference 003 is neglected: below 1 mm for z < 45°).

Sea-level meteorology is reduced to a height h [m] with Berg's (1948)
standard-atmosphere formulas (reference 003)::

    P(h)  = P₀ · (1 − 0.0000226·h)^5.225
    T(h)  = T₀ − 0.0065·h
    RH(h) = RH₀ · exp(−0.0006396·h)
"""
import numpy as np
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError

from ..common.errors import InputError
from ..geometry.line_of_sight import GeometrySource
from ..io.raster_stack import iter_blocks

KELVIN = 273.15
#: standard sea-level meteorology (hPa, °C, %)
STANDARD_PRESSURE = 1013.25
STANDARD_TEMPERATURE = 15.0
STANDARD_HUMIDITY = 50.0

# accepted physical ranges: (minimum, maximum, unit, what)
RANGES = {
    'PRESSURE': (100.0, 1200.0, 'hPa', 'pressure'),
    'TEMPERATURE': (-90.0, 60.0, '°C', 'temperature'),
    'HUMIDITY': (0.0, 100.0, '%', 'relative humidity'),
}


def check_range(values, name, where=''):
    """Raise :class:`InputError` when finite ``values`` leave the physical range of ``name``."""
    low, high, unit, what = RANGES[name]
    values = np.asarray(values, dtype=float)
    finite = values[np.isfinite(values)]
    if finite.size and (finite.min() < low or finite.max() > high):
        bad = finite.min() if finite.min() < low else finite.max()
        raise InputError('{0}{1}: {2} {3:g} {4} is out of range; give values from {5:g} to {6:g} {4}.',
                         name, where, what, bad, unit, low, high)


def berg_pressure(sea_level_pressure, height):
    """Pressure [hPa] at ``height`` [m] from sea-level pressure [hPa] (Berg 1948); 0 above the model's top
    (44 km, where 1 − 2.26e-5·h reaches 0: heights in the wrong unit are refused by the caller)."""
    return sea_level_pressure * np.clip(1.0 - 0.0000226 * np.asarray(height, dtype=float), 0.0, None) ** 5.225


def berg_temperature(sea_level_temperature, height):
    """Temperature [°C] at ``height`` [m] from sea-level temperature [°C] (Berg 1948)."""
    return sea_level_temperature - 0.0065 * np.asarray(height, dtype=float)


def berg_humidity(sea_level_humidity, height):
    """Relative humidity [%] at ``height`` [m] from sea-level humidity [%] (Berg 1948)."""
    return sea_level_humidity * np.exp(-0.0006396 * np.asarray(height, dtype=float))


def saturation_vapour_pressure(temperature):
    """Saturation water-vapour pressure [hPa] over water at ``temperature`` [°C] (module docstring)."""
    kelvin = np.asarray(temperature, dtype=float) + KELVIN
    return 6.108 * np.exp((17.15 * kelvin - 4684.0) / (kelvin - 38.45))


def vapour_pressure(temperature, humidity):
    """Water-vapour pressure [hPa] from temperature [°C] and relative humidity [%]."""
    return np.asarray(humidity, dtype=float) / 100.0 * saturation_vapour_pressure(temperature)


def zenith_hydrostatic_delay(pressure, latitude, height):
    """Saastamoinen ZHD [m] from ground pressure [hPa], latitude [deg] and height [m]."""
    phi = np.radians(np.asarray(latitude, dtype=float))
    gravity = 1.0 - 0.00266 * np.cos(2.0 * phi) - 0.00028 * np.asarray(height, dtype=float) / 1000.0
    return 0.0022768 * np.asarray(pressure, dtype=float) / gravity


def zenith_wet_delay(temperature, humidity):
    """Saastamoinen ZWD [m] from ground temperature [°C] and relative humidity [%]."""
    kelvin = np.asarray(temperature, dtype=float) + KELVIN
    return 0.002277 * (1255.0 / kelvin + 0.05) * vapour_pressure(temperature, humidity)


def slant_factor(incidence):
    """Zenith-to-slant mapping 1 / cos θ for incidence θ [deg] (degrees from the vertical)."""
    return 1.0 / np.cos(np.radians(np.asarray(incidence, dtype=float)))


def saastamoinen(pressure, temperature, humidity, latitude, height, incidence=0.0):
    """Delays [m] from ground meteorology: ``(zhd, zwd, ztd, slant)``.

    ``pressure`` [hPa], ``temperature`` [°C], ``humidity`` [%] at the ground,
    ``latitude`` [deg], ``height`` [m], ``incidence`` [deg from the vertical].
    """
    zhd = zenith_hydrostatic_delay(pressure, latitude, height)
    zwd = zenith_wet_delay(temperature, humidity)
    ztd = zhd + zwd
    return zhd, zwd, ztd, ztd * slant_factor(incidence)


def standard_ground_meteorology(height, pressure=STANDARD_PRESSURE, temperature=STANDARD_TEMPERATURE,
                                humidity=STANDARD_HUMIDITY):
    """Ground (pressure, temperature, humidity) at ``height`` [m] from sea-level values (Berg)."""
    return (berg_pressure(pressure, height), berg_temperature(temperature, height),
            berg_humidity(humidity, height))


def latitudes(x, y, crs_wkt, role='DEM'):
    """Geodetic latitude [deg] of map coordinates ``x, y`` in the CRS ``crs_wkt`` (pyproj)."""
    return latitude_function(crs_wkt, role)(x, y)


def latitude_function(crs_wkt, role='DEM'):
    """``f(x, y)`` → geodetic latitude [deg] of map coordinates in the CRS ``crs_wkt`` (one transformer)."""
    if not crs_wkt:
        raise InputError('{0}: the raster has no CRS, so latitudes are unknown; assign its CRS (Layer Properties › '
                         'Source, or gdal_edit.py -a_srs) and run again.', role)
    try:
        crs = CRS.from_user_input(crs_wkt)
    except CRSError as error:
        raise InputError('{0}: its CRS cannot be read by PROJ ({1}); assign a standard CRS.', role, error) from None
    if crs.geodetic_crs is None:
        raise InputError('{0}: CRS "{1}" has no geodetic datum, so latitudes are unknown; assign a georeferenced CRS '
                         '(projected or geographic).', role, crs.name)
    transformer = Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True)

    def latitude(x, y):
        _, lat = transformer.transform(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        return np.asarray(lat, dtype=float)
    return latitude


DELAY_BANDS = ('ZHD', 'ZWD', 'ZTD', 'slant')
_REDUCTIONS = {'PRESSURE': berg_pressure, 'TEMPERATURE': berg_temperature, 'HUMIDITY': berg_humidity}


def ground_value(name, source, height, row0, nrows):
    """Ground value of meteorological quantity ``name`` for a block of rows.

    ``source`` is a number (a sea-level value, reduced to ``height`` with
    Berg's formulas) or a single-band stack of ground values (used as is).
    """
    if hasattr(source, 'read_band'):
        raster = source.read_band(0, row0, nrows)
        check_range(raster, name, '_RASTER')
        return raster
    return _REDUCTIONS[name](float(source), height)


def delay_map(dem, pressure, temperature, humidity, incidence, writer, block_rows, monitor):
    """Write ZHD, ZWD, ZTD and slant delay [mm] of every DEM pixel through ``writer``.

    ``dem`` is a single-band stack of heights [m]; ``pressure`` [hPa],
    ``temperature`` [°C] and ``humidity`` [%] are sea-level numbers or
    single-band stacks of ground values; ``incidence`` [deg] a number or a
    single-band stack.  Rasters must share the DEM grid.
    """
    grid = dem.grid
    geometry = GeometrySource(incidence, 0.0)
    for name, value in (('PRESSURE', pressure), ('TEMPERATURE', temperature), ('HUMIDITY', humidity)):
        if not hasattr(value, 'read_band'):
            check_range(value, name)
    latitude_of = latitude_function(grid.crs_wkt, dem.role)
    height_total, width = grid.shape
    for row0, nrows in iter_blocks(height_total, block_rows, monitor):
        height = dem.read_band(0, row0, nrows)
        x, y = grid.coordinates(row0, nrows)
        latitude = latitude_of(x, y)
        theta = geometry.angles(row0, nrows, width)[0]
        values = [ground_value(name, source, height, row0, nrows)
                  for name, source in (('PRESSURE', pressure), ('TEMPERATURE', temperature),
                                       ('HUMIDITY', humidity))]
        delays = saastamoinen(*values, latitude, height, theta)
        writer.write(row0, 1000.0 * np.stack(delays))
