"""Profile dock with real QGIS widgets: exact raster values along a drawn line, distances in metres."""
import csv

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import Qt
from test_dock_support import click, is_png, point_layer, show_layer, shown_canvas  # noqa: F401 - fixture

from deformation_toolbox.algorithms.core.io.raster_stack import grid_from_origin, write_raster

X0, Y0, PIXEL = 500000.0, 4000000.0, 100.0
WIDTH, HEIGHT = 12, 8
UTM = QgsCoordinateReferenceSystem('EPSG:32654')
WGS84 = QgsCoordinateReferenceSystem('EPSG:4326')


def velocity_values():
    rows, columns = np.mgrid[0:HEIGHT, 0:WIDTH]
    values = 10.0 * rows + columns - 40.5
    values[2, 9] = np.nan
    return values


def dem_values():
    rows, columns = np.mgrid[0:HEIGHT, 0:WIDTH]
    return 1000.0 + 7.0 * columns - 3.0 * rows


def centre(column, row):
    return QgsPointXY(X0 + (column + 0.5) * PIXEL, Y0 - (row + 0.5) * PIXEL)


@pytest.fixture(scope='module')
def rasters(tmp_path_factory):
    folder = tmp_path_factory.mktemp('profile')
    grid = grid_from_origin(X0, Y0, PIXEL, WIDTH, HEIGHT, epsg=32654)
    rows, columns = np.mgrid[0:HEIGHT, 0:WIDTH]
    return {
        'velocity': write_raster(str(folder / 'velocity.tif'), grid, [velocity_values()], ['velocity'],
                                 units='mm/yr'),
        'east': write_raster(str(folder / 'east.tif'), grid, [0.5 * columns], ['east'], units='mm/yr'),
        'dem': write_raster(str(folder / 'dem.tif'), grid, [dem_values()], ['height'], units='m'),
    }


@pytest.fixture()
def layers(rasters, shown_canvas):
    project = QgsProject.instance()
    loaded = {name: QgsRasterLayer(path, name) for name, path in rasters.items()}
    for layer in loaded.values():
        assert layer.isValid()
        project.addMapLayer(layer)
    show_layer(shown_canvas, loaded['velocity'])
    ids = [layer.id() for layer in loaded.values()]
    yield loaded
    project.removeMapLayers([i for i in ids if project.mapLayer(i) is not None])
    project.setCrs(UTM)
    shown_canvas.setDestinationCrs(UTM)


@pytest.fixture()
def dock(plugin, layers):
    dock = plugin.show_dock('profile')
    dock.clear()
    dock.point_combo.setLayer(None)
    for name, layer in layers.items():
        dock.set_checked(layer, 1, name == 'velocity')
    yield dock
    dock.clear()
    dock.draw_button.setChecked(False)


def ellipsoidal(a, b, crs=UTM):
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, QgsProject.instance().transformContext())
    measure.setEllipsoid('WGS84')
    return measure.measureLine(a, b)


def test_line_drawn_with_clicks_returns_the_exact_row_values(dock, shown_canvas):
    dock.draw_button.setChecked(True)
    assert shown_canvas.mapTool() is dock.line_tool
    click(shown_canvas, centre(0, 3))
    click(shown_canvas, centre(11, 3))
    click(shown_canvas, centre(11, 3), button=Qt.MouseButton.RightButton)
    [curve] = dock.curves
    np.testing.assert_array_equal(curve.values, velocity_values()[3])
    # clicks land on screen pixels (≈ 1.7 m here): one sample per raster pixel, at its centre ± that
    np.testing.assert_allclose(curve.x, [centre(c, 3).x() for c in range(WIDTH)], rtol=0,
                               atol=shown_canvas.mapUnitsPerPixel())
    # distances: metres on the ellipsoid (UTM grid metres are 0.9996 of them near the central meridian)
    vertices = dock.line_vertices
    total = ellipsoidal(vertices[0], vertices[1])
    assert curve.distance[-1] == pytest.approx(total, rel=1e-6)
    np.testing.assert_allclose(np.diff(curve.distance), total / 11, rtol=1e-6)
    assert curve.distance[-1] != pytest.approx(1100.0, rel=1e-5)
    [(_, plotted_x, plotted_y)] = [(line.get_gid(), line.get_xdata(), line.get_ydata())
                                   for line in dock.plot.figure.axes[0].get_lines()]
    np.testing.assert_array_equal(plotted_y, velocity_values()[3])
    np.testing.assert_array_equal(plotted_x, curve.distance)


def test_nan_pixels_and_diagonal_sampling_at_raster_resolution(dock):
    dock.set_line([centre(9, 0), centre(9, 7)])            # column 9 crosses the NaN pixel (9, 2)
    [curve] = dock.curves
    expected = velocity_values()[:, 9]
    np.testing.assert_array_equal(curve.values, expected)   # NaN kept as a gap
    dock.set_line([centre(0, 0), centre(5, 5)])
    [curve] = dock.curves
    steps = round(np.hypot(5, 5))                           # one sample per pixel step: 7 steps
    fractions = np.arange(steps + 1) / steps
    index = np.floor(0.5 + 5 * fractions).astype(int)
    np.testing.assert_array_equal(curve.values, velocity_values()[index, index])
    assert curve.values.size == steps + 1


def test_several_layers_on_twin_axes_and_points_within_the_buffer(dock, layers):
    dock.set_checked(layers['dem'])
    dock.set_checked(layers['east'])
    points = point_layer(['pid', 'mean_velocity'], [
        (X0 + 250.0, Y0 - 350.0 + 40.0, {'pid': 'in-left', 'mean_velocity': -3.5}),    # 40 m left of the line
        (X0 + 610.0, Y0 - 350.0 - 90.0, {'pid': 'in-right', 'mean_velocity': 2.25}),   # 90 m right
        (X0 + 400.0, Y0 - 350.0 + 150.0, {'pid': 'out', 'mean_velocity': 9.0}),        # 150 m: outside
    ], name='PS velocity')
    QgsProject.instance().addMapLayer(points)
    try:
        dock.point_combo.setLayer(points)
        dock.field_combo.setField('mean_velocity')
        dock.buffer_spin.setValue(100.0)
        dock.set_line([centre(0, 3), centre(11, 3)])
        by_name = {curve.name: curve for curve in dock.curves}
        assert set(by_name) == {'velocity', 'east', 'dem', 'PS velocity — mean_velocity'}
        np.testing.assert_array_equal(by_name['dem'].values, dem_values()[3])
        np.testing.assert_array_equal(by_name['east'].values, 0.5 * np.arange(WIDTH))
        cloud = by_name['PS velocity — mean_velocity']
        np.testing.assert_array_equal(cloud.values, [-3.5, 2.25])
        start = centre(0, 3)
        expected_along = [ellipsoidal(start, QgsPointXY(X0 + 250.0, start.y())),
                          ellipsoidal(start, QgsPointXY(X0 + 610.0, start.y()))]
        np.testing.assert_allclose(cloud.distance, expected_along, rtol=1e-6)
        np.testing.assert_allclose(cloud.offset, [ellipsoidal(QgsPointXY(X0 + 250, start.y()),
                                                              QgsPointXY(X0 + 250, start.y() + 40)),
                                                  -ellipsoidal(QgsPointXY(X0 + 610, start.y()),
                                                               QgsPointXY(X0 + 610, start.y() - 90))], rtol=1e-5)
        # velocity, east and the points (all mm/yr) share the left axis; the DEM (m) gets a twin axis
        axes = {tuple(sorted(line.get_label() for line in a.get_lines())): a for a in dock.plot.figure.axes}
        assert set(axes) == {('east', 'velocity'), ('dem',)}
        assert axes[('east', 'velocity')].get_ylabel() == 'mm/yr'
        assert axes[('dem',)].get_ylabel() == 'dem (m)'
        np.testing.assert_array_equal(axes[('east', 'velocity')].collections[0].get_offsets()[:, 1], [-3.5, 2.25])
        # points in other units get their own axis
        dock.point_units_edit.setText('')
        dock.update_profile()
        assert len(dock.plot.figure.axes) == 3
    finally:
        QgsProject.instance().removeMapLayer(points.id())


def test_distance_in_metres_whatever_the_canvas_crs(dock, shown_canvas, layers):
    dock.set_line([centre(0, 3), centre(11, 3)])
    utm_distance = dock.curves[0].distance.copy()
    to_wgs84 = QgsCoordinateTransform(UTM, WGS84, QgsProject.instance())
    QgsProject.instance().setCrs(WGS84)
    shown_canvas.setDestinationCrs(WGS84)
    shown_canvas.setExtent(to_wgs84.transformBoundingBox(layers['velocity'].extent()))
    # the drawn line follows the CRS change on the map
    band_start = dock.line_band.asGeometry().vertexAt(0)
    expected_start = to_wgs84.transform(centre(0, 3))
    assert (band_start.x(), band_start.y()) == pytest.approx((expected_start.x(), expected_start.y()), abs=1e-9)
    # a line drawn in degrees gives the same values and the same metres
    dock.set_line([to_wgs84.transform(centre(0, 3)), to_wgs84.transform(centre(11, 3))])
    [curve] = dock.curves
    np.testing.assert_array_equal(curve.values, velocity_values()[3])
    np.testing.assert_allclose(curve.distance, utm_distance, rtol=1e-6, atol=1e-6)


def test_layer_removal_outside_line_and_exports(dock, layers, tmp_path):
    dock.set_checked(layers['dem'])
    dock.set_line([centre(0, 3), centre(11, 3)])
    path = dock.export_csv(str(tmp_path / 'profile.csv'))
    with open(path, encoding='utf-8') as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2 * WIDTH                          # one row per sample and layer
    dem_rows = [r for r in rows if r['layer'] == 'dem']
    np.testing.assert_array_equal([float(r['value']) for r in dem_rows], dem_values()[3])
    assert [float(r['distance_m']) for r in dem_rows] == list(dock.curves[1].distance)
    assert {r['units'] for r in dem_rows} == {'m'} and dem_rows[0]['crs'] == 'EPSG:32654'
    assert is_png(dock.plot.save_png(str(tmp_path / 'profile.png')))
    QgsProject.instance().removeMapLayer(layers['dem'].id())
    assert [curve.name for curve in dock.curves] == ['velocity']
    assert any('Layer removed' in text for text in dock.messages())
    dock.set_line([QgsPointXY(X0 - 5000, Y0 + 5000), QgsPointXY(X0 - 4000, Y0 + 5000)])
    assert any('no data along the line' in text for text in dock.messages())
    assert np.isnan(dock.curves[0].values).all()
