"""QGIS-free science behind the docks: date fields, relative series, fits, profile geometry, sampling."""
import datetime as dt

import numpy as np
import pytest
from osgeo import osr
from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsPointXY, QgsProject

from deformation_toolbox.algorithms.core.analysis.profile import ProfileLine
from deformation_toolbox.algorithms.core.analysis.series import (
    as_values,
    date_fields,
    field_date,
    fit_series,
    relative_to,
)
from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.insar.trajectory import TrajectoryModel
from deformation_toolbox.algorithms.core.io.raster_stack import grid_from_origin, write_raster
from deformation_toolbox.algorithms.core.io.sampling import RasterSampler


def wkt(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def geodesic(a, b, crs='EPSG:4326'):
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem(crs), QgsProject.instance().transformContext())
    measure.setEllipsoid('WGS84')
    return measure.measureLine(QgsPointXY(*a), QgsPointXY(*b))


def test_date_field_names_of_egms_and_ps_layers():
    assert field_date('20200114') == dt.date(2020, 1, 14)
    assert field_date('D20200114') == field_date('d_20200114') == field_date('D_20200114') == dt.date(2020, 1, 14)
    for name in ('pid', 'D_2020011', '20201301', 'DD20200114', 'X_20200114', 'D_20200114_std', ''):
        assert field_date(name) is None, name
    names = ['pid', 'mean_velocity', 'D_20200126', 'D_20200102', 'D_20200114', 'rmse']
    assert date_fields(names) == [('D_20200102', dt.date(2020, 1, 2)), ('D_20200114', dt.date(2020, 1, 14)),
                                  ('D_20200126', dt.date(2020, 1, 26))]
    with pytest.raises(InputError, match='"D20200114" and "20200114" both name 2020-01-14'):
        date_fields(['D20200114', '20200114'], 'PS')


def test_values_reference_and_fit():
    np.testing.assert_array_equal(as_values([1, '2.5', None, '', 'x']), [1.0, 2.5, np.nan, np.nan, np.nan])
    np.testing.assert_array_equal(relative_to([5.0, np.nan, 3.0], [1.0, 1.0, np.nan]), [4.0, np.nan, np.nan])
    with pytest.raises(InputError, match='same layer'):
        relative_to([1.0, 2.0], [1.0])
    dates = [dt.date(2020, 1, 1) + dt.timedelta(days=12 * k) for k in range(40)]
    model = TrajectoryModel(polynomial=1, annual=True, steps=(dt.date(2020, 9, 1),))
    truth = np.array([3.0, -17.5, 4.0, -2.0, 11.0])             # offset, rate, cos, sin, step
    values = model.design_matrix(dates) @ truth
    values[7] = np.nan
    fit = fit_series(dates, values, model)
    assert fit.velocity == pytest.approx(-17.5, abs=1e-9)
    assert fit.rms == pytest.approx(0.0, abs=1e-9)
    np.testing.assert_allclose(fit.evaluate(dates[:3]), (model.design_matrix(dates) @ truth)[:3], atol=1e-9)
    with pytest.raises(InputError, match='outside the series'):
        fit_series(dates, values, TrajectoryModel(steps=(dt.date(2030, 1, 1),)))
    with pytest.raises(InputError, match='no value'):
        fit_series(dates, np.full(len(dates), np.nan), model)


def test_profile_length_is_geodesic_in_any_crs():
    # one degree of longitude on the equator: AEQD centred on the midpoint measures it exactly
    line = ProfileLine([(138.0, 0.0), (139.0, 0.0)], wkt(4326))
    assert line.length == pytest.approx(geodesic((138.0, 0.0), (139.0, 0.0)), rel=1e-9)
    assert line.length == pytest.approx(111319.49, abs=0.01)
    # a 30 km oblique polyline at 36°N in degrees: within 1e-6 of the ellipsoidal length
    vertices = [(138.40, 36.30), (138.55, 36.38), (138.62, 36.45)]
    expected = geodesic(*vertices[:2]) + geodesic(*vertices[1:])
    assert ProfileLine(vertices, wkt(4326)).length == pytest.approx(expected, rel=1e-6)
    # no CRS: coordinates are metres
    assert ProfileLine([(0.0, 0.0), (300.0, 400.0)]).length == 500.0
    with pytest.raises(InputError, match='two different places'):
        ProfileLine([(1.0, 1.0), (1.0, 1.0)])


def test_points_within_buffer_along_and_signed_offset():
    line = ProfileLine([(0.0, 0.0), (1000.0, 0.0), (1000.0, 1000.0)])
    x = [500.0, 300.0, 1100.0, 1050.0, -80.0]
    y = [20.0, -60.0, 500.0, 300.0, 0.0]
    keep, along, offset = line.points_within(x, y, '', 75.0)
    # (1100, 500) is 100 m and (−80, 0) is 80 m from the line: outside; the others sorted by distance along
    assert list(keep) == [1, 0, 3]
    np.testing.assert_allclose(along, [300.0, 500.0, 1300.0])
    np.testing.assert_allclose(offset, [-60.0, 20.0, -50.0])    # left of the direction of travel positive
    with pytest.raises(InputError, match='negative'):
        line.points_within(x, y, '', -1.0)


def test_grid_samples_one_per_pixel_with_exact_values(tmp_path):
    grid = grid_from_origin(1000.0, 5000.0, 10.0, 30, 20)          # no CRS: metres
    values = np.arange(600, dtype=float).reshape(20, 30)
    sampler = RasterSampler(write_raster(str(tmp_path / 'v.tif'), grid, [values], ['v']))
    line = ProfileLine([(1005.0, 4995.0), (1295.0, 4995.0), (1295.0, 4805.0)])
    samples = line.sample_grid(sampler.grid)
    assert samples.column.size == 30 + 19                         # 29 steps east, then 19 steps south
    np.testing.assert_array_equal(sampler.values_at(samples.column, samples.row),
                                  np.r_[values[0, :], values[1:, 29]])
    np.testing.assert_allclose(samples.distance, 10.0 * np.arange(48 + 1))
    assert np.isnan(sampler.values_at([-1, 30], [0, 0])).all()
    np.testing.assert_array_equal(sampler.pixel_series(4, 7), [values[7, 4]])
