"""Saastamoinen delays and Berg's height reduction (core), and ``deformation:troposphericdelay``."""
import hashlib
import math
import pathlib

import numpy as np
import pytest
from osgeo import gdal
from pyproj import Transformer
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from rasters import read_tif, write_tif

from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.corrections import tropospheric_delay as troposphere

#: RTKLIB's tropmodel test values (slant delay at 75° elevation = incidence 15°, RH 50 %), metres
RTKLIB_CASES = [  # latitude, height, slant delay
    (35.0, 100.0, 2.44799870144088),
    (-80.0, 1000.0, 2.1730),
]
TOLERANCE_M = 0.002


def standard_atmosphere(height):
    """Ground P [hPa], T [°C] as RTKLIB's tropmodel derives them (not Berg): the published test inputs."""
    return 1013.25 * (1.0 - 2.2557e-5 * height) ** 5.2568, 15.0 - 6.5e-3 * height


def md5(path):
    return hashlib.md5(pathlib.Path(path).read_bytes()).hexdigest()


# -- core ---------------------------------------------------------------------
@pytest.mark.parametrize('latitude, height, expected', RTKLIB_CASES)
def test_slant_delay_matches_rtklib_test_values(latitude, height, expected):
    pressure, temperature = standard_atmosphere(height)
    zhd, zwd, ztd, slant = troposphere.saastamoinen(pressure, temperature, 50.0, latitude, height, 15.0)
    assert abs(slant - expected) < TOLERANCE_M          # measured: 0.05 mm and 0.04 mm
    assert ztd == pytest.approx(zhd + zwd)
    assert slant == pytest.approx(ztd / math.cos(math.radians(15.0)))


def test_vapour_pressure_of_the_rtklib_case():
    # 1001.29 hPa, 14.35 °C, RH 50 % → e = 8.2265 hPa in the published case
    assert troposphere.vapour_pressure(14.35, 50.0) == pytest.approx(8.2265, abs=0.01)


@pytest.mark.parametrize('temperature, expected', [(0.0, 6.1121), (10.0, 12.279), (20.0, 23.388), (30.0, 42.455)])
def test_saturation_vapour_pressure_against_goff_gratch_table(temperature, expected):
    # WMO (Goff–Gratch) table over water; the Magnus–Tetens form agrees within 1 % from 0 to 30 °C
    assert troposphere.saturation_vapour_pressure(temperature) == pytest.approx(expected, rel=0.01)


@pytest.mark.parametrize('height, pressure, temperature', [(1000.0, 898.76, 8.5), (2000.0, 795.01, 2.0),
                                                          (3000.0, 701.21, -4.5)])
def test_berg_reduction_against_the_icao_standard_atmosphere(height, pressure, temperature):
    assert troposphere.berg_pressure(1013.25, height) == pytest.approx(pressure, abs=1.0)
    assert troposphere.berg_temperature(15.0, height) == pytest.approx(temperature, abs=1e-9)
    humidity = troposphere.berg_humidity(50.0, height)
    assert humidity == pytest.approx(50.0 * math.exp(-0.0006396 * height))
    assert troposphere.berg_pressure(1013.25, 0.0) == 1013.25 and troposphere.berg_humidity(50.0, 0.0) == 50.0


def test_latitude_from_projected_and_geographic_crs():
    x, y = Transformer.from_crs('EPSG:4326', 'EPSG:3031', always_xy=True).transform(-50.0, -80.0)
    assert troposphere.latitudes([x], [y], 'EPSG:3031')[0] == pytest.approx(-80.0, abs=1e-9)
    assert troposphere.latitudes([139.0], [35.0], 'EPSG:4326')[0] == pytest.approx(35.0, abs=1e-12)
    with pytest.raises(InputError, match='DEM: the raster has no CRS'):
        troposphere.latitudes([0.0], [0.0], '')


def test_out_of_range_meteorology_is_refused():
    with pytest.raises(InputError, match='HUMIDITY_RASTER: relative humidity 150 % is out of range; give values '
                                         'from 0 to 100 %'):
        troposphere.check_range([50.0, 150.0, np.nan], 'HUMIDITY', '_RASTER')


# -- algorithm ------------------------------------------------------------------
def geographic_grid(latitude, longitude, size=(6, 8), step=0.001):
    return (longitude - step * size[1] / 2, step, 0.0, latitude + step * size[0] / 2, 0.0, -step)


def polar_grid(latitude, longitude, size=(6, 8), step=30.0):
    x, y = Transformer.from_crs('EPSG:4326', 'EPSG:3031', always_xy=True).transform(longitude, latitude)
    return (x - step * size[1] / 2, step, 0.0, y + step * size[0] / 2, 0.0, -step)


@pytest.mark.parametrize('case, epsg, grid', [(RTKLIB_CASES[0], 4326, geographic_grid(35.0, 139.0)),
                                              (RTKLIB_CASES[1], 3031, polar_grid(-80.0, -50.0))])
def test_raster_twins_hold_ground_values_rtklib_cases(run_algorithm, tmp_path, case, epsg, grid):
    latitude, height, expected = case
    pressure, temperature = standard_atmosphere(height)
    shape = (6, 8)
    paths = {name: write_tif(tmp_path / f'{name.lower()}.tif', np.full(shape, value), grid, epsg=epsg,
                             dtype=gdal.GDT_Float64)
             for name, value in (('DEM', height), ('PRESSURE_RASTER', pressure),
                                 ('TEMPERATURE_RASTER', temperature), ('HUMIDITY_RASTER', 50.0),
                                 ('INCIDENCE_RASTER', 15.0))}
    before = {name: md5(path) for name, path in paths.items()}
    # the sea-level numbers are deliberately wrong: the raster twins must override them
    result = run_algorithm('troposphericdelay', dict(paths, PRESSURE=900.0, TEMPERATURE=40.0, HUMIDITY=5.0,
                                                     INCIDENCE=60.0, OUTPUT=str(tmp_path / 'delay.tif')))
    bands, names = read_tif(result['OUTPUT'])
    assert names == ['ZHD', 'ZWD', 'ZTD', 'slant']
    assert np.max(np.abs(bands[3] - 1000.0 * expected)) < 1000.0 * TOLERANCE_M
    np.testing.assert_allclose(bands[2], bands[0] + bands[1], atol=1e-3)
    assert {name: md5(path) for name, path in paths.items()} == before


def test_sea_level_numbers_are_reduced_with_berg(run_algorithm, tmp_path):
    heights = np.linspace(0.0, 3000.0, 6 * 8).reshape(6, 8)
    heights[2, 3] = np.nan
    dem = write_tif(tmp_path / 'dem.tif', heights, geographic_grid(36.4, 138.5), epsg=4326, dtype=gdal.GDT_Float64)
    result = run_algorithm('troposphericdelay', {'DEM': dem, 'PRESSURE': 1013.25, 'TEMPERATURE': 15.0,
                                                 'HUMIDITY': 50.0, 'INCIDENCE': 39.0,
                                                 'OUTPUT': str(tmp_path / 'delay.tif')})
    bands, _ = read_tif(result['OUTPUT'])
    assert np.all(np.isnan(bands[:, 2, 3]))
    _, latitude = np.meshgrid(np.arange(8), 36.4 + 0.003 - 0.001 * (np.arange(6) + 0.5))
    ground = troposphere.standard_ground_meteorology(heights)
    expected = troposphere.saastamoinen(*ground, latitude, heights, 39.0)
    for band, values in zip(bands, expected):
        np.testing.assert_allclose(band, 1000.0 * values, rtol=1e-6)
    # the hydrostatic delay at sea level is the textbook 2.2768 mm/hPa × 1013.25 hPa ≈ 2.31 m, and it
    # falls with the pressure (ICAO: 701.2 hPa at 3000 m)
    assert bands[0, 0, 0] == pytest.approx(2307.0, abs=3.0)
    assert bands[0, -1, -1] / bands[0, 0, 0] == pytest.approx(701.21 / 1013.25, rel=0.003)
    # Berg's standard humidity profile dries the air: the wet delay falls much faster
    assert bands[1, -1, -1] < 0.2 * bands[1, 0, 0]


def test_mismatched_incidence_raster_gives_a_clear_error(run_algorithm, tmp_path):
    dem = write_tif(tmp_path / 'dem.tif', np.full((6, 8), 100.0))
    incidence = write_tif(tmp_path / 'incidence.tif', np.full((6, 9), 39.0))
    before = md5(dem), md5(incidence)
    with pytest.raises(QgsProcessingException, match='INCIDENCE_RASTER: "incidence.tif" is not on the grid of '
                                                     '"DEM": it has size 9×6 pixels instead of 8×6'):
        run_algorithm('troposphericdelay', {'DEM': dem, 'INCIDENCE_RASTER': incidence,
                                            'OUTPUT': str(tmp_path / 'delay.tif')})
    assert (md5(dem), md5(incidence)) == before
    assert not list(tmp_path.glob('delay.tif*'))


def test_qgis_process_run_and_bad_humidity_raster(qgis_process, tmp_path):
    grid = geographic_grid(35.0, 139.0)
    dem = write_tif(tmp_path / 'dem.tif', np.full((6, 8), 100.0), grid, epsg=4326)
    code, result, log = qgis_process.run('troposphericdelay', DEM=dem, INCIDENCE=15.0, OUTPUT=tmp_path / 'd.tif')
    assert code == 0, log
    bands, names = read_tif(result['OUTPUT'])
    pressure, temperature, humidity = troposphere.standard_ground_meteorology(100.0)
    expected = troposphere.saastamoinen(pressure, temperature, humidity, 35.0, 100.0, 15.0)[3]
    assert np.max(np.abs(bands[3] - 1000.0 * expected)) < 1e-3
    wet = write_tif(tmp_path / 'humidity_percent.tif', np.full((6, 8), 150.0), grid, epsg=4326)
    code, _, log = qgis_process.run('troposphericdelay', DEM=dem, HUMIDITY_RASTER=wet, OUTPUT=tmp_path / 'e.tif')
    assert code != 0 and 'Traceback' not in log
    assert 'HUMIDITY_RASTER: relative humidity 150 % is out of range' in log
    assert not (tmp_path / 'e.tif').exists()


def test_cancelled_run_leaves_no_output(run_algorithm, tmp_path):
    dem = write_tif(tmp_path / 'dem.tif', np.full((40, 30), 500.0))
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match='Cancelled: no output was written'):
        run_algorithm('troposphericdelay', {'DEM': dem, 'BLOCK_ROWS': 7, 'OUTPUT': str(tmp_path / 'delay.tif')},
                      feedback)
    assert not list(tmp_path.glob('delay.tif*'))
