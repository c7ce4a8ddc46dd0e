"""Time-series dock with real QGIS widgets (offscreen): clicks on the canvas plot exact band values."""
import csv
import datetime as dt

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from test_dock_support import click, is_png, point_layer, show_layer, shown_canvas  # noqa: F401 - fixture

from deformation_toolbox.algorithms.core.io.raster_stack import grid_from_origin, time_series_writer, write_raster

DATES = [dt.date(2020, 1, 7), dt.date(2020, 1, 19), dt.date(2020, 2, 12), dt.date(2020, 3, 1),
         dt.date(2020, 4, 6), dt.date(2020, 6, 17), dt.date(2020, 9, 9)]
X0, Y0, PIXEL = 500000.0, 4000000.0, 100.0
WIDTH, HEIGHT = 8, 6
NAN_PIXEL = (5, 4)       # (column, row): every date NaN
GAP_PIXEL = (6, 1)       # one date NaN


def pixel_values():
    """value[b, r, c] = 1000·b + 10·r + c + 0.25 (mm): every pixel/date unique."""
    b, r, c = np.meshgrid(np.arange(len(DATES)), np.arange(HEIGHT), np.arange(WIDTH), indexing='ij')
    values = 1000.0 * b + 10.0 * r + c + 0.25
    values[:, NAN_PIXEL[1], NAN_PIXEL[0]] = np.nan
    values[3, GAP_PIXEL[1], GAP_PIXEL[0]] = np.nan
    return values


def centre(column, row):
    return QgsPointXY(X0 + (column + 0.5) * PIXEL, Y0 - (row + 0.5) * PIXEL)


@pytest.fixture(scope='module')
def series_raster(tmp_path_factory):
    path = tmp_path_factory.mktemp('ts') / 'timeseries.tif'
    grid = grid_from_origin(X0, Y0, PIXEL, WIDTH, HEIGHT, epsg=32654)
    # bands written out of date order: the dock must sort them by their dates
    order = [0, 2, 1, 3, 4, 6, 5]
    values = pixel_values()
    with time_series_writer(str(path), grid, [DATES[i] for i in order]) as writer:
        for band, index in enumerate(order):
            writer.write_band(band, 0, values[index])
    return str(path)


@pytest.fixture()
def raster_layer(series_raster, shown_canvas):
    layer = QgsRasterLayer(series_raster, 'displacement series')
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    show_layer(shown_canvas, layer)
    layer_id = layer.id()
    yield layer
    if QgsProject.instance().mapLayer(layer_id) is not None:
        QgsProject.instance().removeMapLayer(layer_id)


@pytest.fixture()
def dock(plugin):
    dock = plugin.show_dock('time_series')
    dock.clear()
    dock.fit_group.setChecked(False)
    dock.add_check.setChecked(False)
    yield dock
    dock.clear()
    dock.pick_button.setChecked(False)


def test_click_plots_exactly_the_pixel_band_values_against_band_dates(dock, raster_layer, shown_canvas):
    dock.layer_combo.setLayer(raster_layer)
    dock.pick_button.setChecked(True)
    assert shown_canvas.mapTool() is dock.point_tool
    click(shown_canvas, centre(3, 2))
    [(label, xs, ys)] = dock.plotted()
    assert xs == DATES
    np.testing.assert_array_equal(ys, pixel_values()[:, 2, 3])
    assert label == 'Pixel 3, 2'
    # Shift+click adds a second pixel, plain click replaces both
    click(shown_canvas, centre(0, 5), Qt.KeyboardModifier.ShiftModifier)
    assert [s[0] for s in dock.plotted()] == ['Pixel 3, 2', 'Pixel 0, 5']
    np.testing.assert_array_equal(dock.plotted()[1][2], pixel_values()[:, 5, 0])
    click(shown_canvas, centre(7, 0))
    [(label, _, ys)] = dock.plotted()
    np.testing.assert_array_equal(ys, pixel_values()[:, 0, 7])
    assert len(dock.picks[0].items) == 2  # one marker (over a white halo) on the canvas
    dock.hide()                           # markers are on the map only while the dock is shown
    assert not any(item.isVisible() for item in dock.picks[0].items)
    dock.show()
    assert all(item.isVisible() for item in dock.picks[0].items)


def pick_two(dock, layer, first, second):
    """Plot the pixels ``first`` and ``second`` ((column, row)) of ``layer`` together."""
    dock.layer_combo.setLayer(layer)
    dock.pick(centre(*first))
    dock.add_check.setChecked(True)
    dock.pick(centre(*second))


def test_reference_pick_subtracts_its_series(dock, raster_layer, shown_canvas):
    pick_two(dock, raster_layer, (4, 3), (1, 1))
    dock.reference_button.setChecked(True)
    click(shown_canvas, centre(2, 0))
    assert dock.pick_button.isChecked() and dock.mode == 'pick'       # back to picking
    values = pixel_values()
    series = dock.plotted()
    np.testing.assert_allclose(series[0][2], values[:, 3, 4] - values[:, 0, 2], rtol=0, atol=1e-9)
    np.testing.assert_allclose(series[1][2], values[:, 1, 1] - values[:, 0, 2], rtol=0, atol=1e-9)
    assert series[0][2][0] == pytest.approx(32.0)  # 10·(3−0) + (4−2)
    dock.set_reference(None)
    np.testing.assert_array_equal(dock.plotted()[0][2], values[:, 3, 4])


def test_fitted_trajectory_recovers_a_known_rate(dock, raster_layer):
    dock.layer_combo.setLayer(raster_layer)
    dock.pick(centre(3, 2))
    dock.annual_check.setChecked(False)
    dock.fit_group.setChecked(True)
    # the series 1000·b + c: fit a line through (t_b, values) and compare with numpy's polyfit
    values = pixel_values()[:, 2, 3]
    t = np.array([(d - DATES[0]).days for d in DATES]) / 365.25
    expected_rate = np.polyfit(t, values, 1)[0]
    [(label, days, curve)] = dock.plotted('fit')
    assert label.startswith(f'fit: v = {expected_rate:.2f} ± ')
    assert days[0] == DATES[0] and days[-1] == DATES[-1] and len(days) == (DATES[-1] - DATES[0]).days + 1
    assert dock.fits[id(dock.picks[0])].velocity == pytest.approx(expected_rate, rel=1e-10)
    dock.annual_check.setChecked(True)


def test_point_layer_with_d_yyyymmdd_fields_plots_the_nearest_feature(dock, shown_canvas, raster_layer):
    fields = ['pid'] + [f'D_{d:%Y%m%d}' for d in DATES] + ['mean_velocity']
    rng = np.random.default_rng(3)
    truth = {name: rng.normal(0, 20, len(DATES)).round(2) for name in ('A', 'B', 'C')}
    features = [(500150.0, 3999850.0, {'pid': 'A', **dict(zip(fields[1:], truth['A']))}),
                (500400.0, 3999700.0, {'pid': 'B', **dict(zip(fields[1:], truth['B'])), 'mean_velocity': 3.0}),
                (500700.0, 3999450.0, {'pid': 'C', **dict(zip(fields[1:], truth['C']))})]
    layer = point_layer(fields, features)
    QgsProject.instance().addMapLayer(layer)
    try:
        dock.layer_combo.setLayer(layer)
        dock.pick_button.setChecked(True)
        click(shown_canvas, QgsPointXY(500405.0, 3999695.0))   # a few metres from B
        [(label, xs, ys)] = dock.plotted()
        assert label == 'Point B'
        assert xs == DATES
        np.testing.assert_array_equal(ys, truth['B'])
        # far from any point (tolerance 8 px ≈ a few tens of metres): a message, the plot is unchanged
        click(shown_canvas, QgsPointXY(500790.0, 3999990.0))
        assert any('No point' in text for text in dock.messages())
        assert [s[0] for s in dock.plotted()] == ['Point B']
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_yyyymmdd_and_dyyyymmdd_fields_in_another_crs(dock, shown_canvas, raster_layer):
    """EGMS-like fields (YYYYMMDD) and PS fields (DYYYYMMDD), layer in WGS84, canvas in UTM."""
    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem('EPSG:32654'),
                                      QgsCoordinateReferenceSystem('EPSG:4326'), QgsProject.instance())
    where = centre(2, 2)
    lonlat = to_wgs84.transform(where)
    for fmt in ('{:%Y%m%d}', 'D{:%Y%m%d}'):
        fields = ['pid'] + [fmt.format(d) for d in DATES]
        values = [1.5 * k - 2.0 for k in range(len(DATES))]
        layer = point_layer(fields, [(lonlat.x(), lonlat.y(), {'pid': 'E1', **dict(zip(fields[1:], values))})],
                            crs='EPSG:4326')
        QgsProject.instance().addMapLayer(layer)
        try:
            dock.layer_combo.setLayer(layer)
            dock.pick(QgsPointXY(where.x() + 5.0, where.y()))
            [(label, xs, ys)] = dock.plotted()
            assert (label, xs) == ('Point E1', DATES)
            np.testing.assert_array_equal(ys, values)
        finally:
            QgsProject.instance().removeMapLayer(layer.id())


def test_egms_csv_loaded_as_delimited_text(dock, shown_canvas, raster_layer, tmp_path):
    """EGMS L2b/L3 CSV: pid, easting, northing, …, then one YYYYMMDD column per date."""
    path = tmp_path / 'EGMS_L2b_sample.csv'
    header = ['pid', 'easting', 'northing', 'mean_velocity'] + [f'{d:%Y%m%d}' for d in DATES]
    rows = [['1a2B', 500355.0, 3999745.0, -4.1] + [round(-0.7 * k, 1) for k in range(len(DATES))],
            ['7cD9', 500560.0, 3999430.0, 1.2] + [round(0.3 * k, 1) for k in range(len(DATES))]]
    path.write_text('\n'.join(','.join(map(str, row)) for row in [header] + rows) + '\n', encoding='utf-8')
    layer = QgsVectorLayer(f'file://{path}?delimiter=,&xField=easting&yField=northing&crs=EPSG:32654',
                           'EGMS L2b', 'delimitedtext')
    assert layer.isValid() and layer.featureCount() == 2
    QgsProject.instance().addMapLayer(layer)
    try:
        dock.layer_combo.setLayer(layer)
        dock.pick(QgsPointXY(500562.0, 3999428.0))
        [(label, xs, ys)] = dock.plotted()
        assert (label, xs) == ('Point 7cD9', DATES)
        np.testing.assert_array_equal(ys, [round(0.3 * k, 1) for k in range(len(DATES))])
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_polygon_mean_of_pixels(dock, raster_layer):
    dock.layer_combo.setLayer(raster_layer)
    # polygon around the centres of columns 1–2, rows 1–3 (6 pixels)
    vertices = [QgsPointXY(X0 + 110, Y0 - 110), QgsPointXY(X0 + 290, Y0 - 110), QgsPointXY(X0 + 290, Y0 - 390),
                QgsPointXY(X0 + 110, Y0 - 390)]
    dock.pick_polygon(vertices)
    [(label, xs, ys)] = dock.plotted()
    assert label == 'Mean of 6 pixels'
    np.testing.assert_allclose(ys, pixel_values()[:, 1:4, 1:3].mean(axis=(1, 2)), rtol=1e-12)


def test_nan_pixel_outside_click_and_gaps_give_messages(dock, raster_layer, shown_canvas):
    dock.layer_combo.setLayer(raster_layer)
    dock.pick(centre(*NAN_PIXEL))
    assert dock.plotted() == []
    assert any('No data at pixel (column 5, row 4)' in text for text in dock.messages())
    dock.pick(QgsPointXY(X0 - 500.0, Y0 + 500.0))
    assert any('outside' in text for text in dock.messages())
    dock.pick(centre(*GAP_PIXEL))
    [(_, _, ys)] = dock.plotted()
    assert np.isnan(ys[3]) and np.isfinite(np.delete(ys, 3)).all()
    assert any('1 of 7 dates have no data' in text for text in dock.messages())


def test_single_band_and_no_date_layers_are_refused_with_a_message(dock, shown_canvas, tmp_path):
    grid = grid_from_origin(X0, Y0, PIXEL, WIDTH, HEIGHT, epsg=32654)
    path = write_raster(str(tmp_path / 'velocity.tif'), grid, [np.zeros((HEIGHT, WIDTH))], ['velocity'])
    layer = QgsRasterLayer(path, 'velocity')
    QgsProject.instance().addMapLayer(layer)
    plain = point_layer(['pid', 'velocity'], [(X0 + 50, Y0 - 50, {'pid': 'x', 'velocity': 1.0})])
    QgsProject.instance().addMapLayer(plain)
    try:
        dock.layer_combo.setLayer(layer)
        dock.pick(centre(1, 1))
        assert any('single band' in text for text in dock.messages())
        dock.layer_combo.setLayer(plain)
        dock.pick(centre(0, 0))
        assert any('no date fields' in text for text in dock.messages())
        assert dock.plotted() == []
    finally:
        QgsProject.instance().removeMapLayers([layer.id(), plain.id()])


def test_layer_removal_and_crs_change_are_survived(dock, raster_layer, shown_canvas):
    dock.layer_combo.setLayer(raster_layer)
    dock.pick(centre(3, 2))
    marker = dock.picks[0].items[-1]
    # project/canvas CRS to WGS84: the marker follows, a click at the same place gives the same pixel
    wgs84 = QgsCoordinateReferenceSystem('EPSG:4326')
    transform = QgsCoordinateTransform(raster_layer.crs(), wgs84, QgsProject.instance())
    QgsProject.instance().setCrs(wgs84)
    shown_canvas.setDestinationCrs(wgs84)
    shown_canvas.setExtent(transform.transformBoundingBox(raster_layer.extent()))
    expected = transform.transform(centre(3, 2))
    assert marker.center().x() == pytest.approx(expected.x(), abs=1e-9)
    assert marker.center().y() == pytest.approx(expected.y(), abs=1e-9)
    dock.add_check.setChecked(True)
    dock.pick(transform.transform(centre(6, 4)))
    np.testing.assert_array_equal(dock.plotted()[1][2], pixel_values()[:, 4, 6])
    # removing the layer clears its series with a message, and later clicks say what to do
    QgsProject.instance().removeMapLayer(raster_layer.id())
    assert dock.picks == [] and dock.plotted() == []
    assert any('Layer removed' in text for text in dock.messages())
    dock.pick(expected)
    assert any('Choose a time-series raster' in text for text in dock.messages())
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem('EPSG:32654'))
    shown_canvas.setDestinationCrs(QgsCoordinateReferenceSystem('EPSG:32654'))


def test_csv_and_png_export(dock, raster_layer, tmp_path):
    pick_two(dock, raster_layer, (3, 2), (1, 4))
    dock.fit_group.setChecked(True)
    dock.annual_check.setChecked(False)
    path = dock.export_csv(str(tmp_path / 'series.csv'))
    with open(path, encoding='utf-8') as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2 * len(DATES)
    assert [r['date'] for r in rows[:len(DATES)]] == [d.isoformat() for d in DATES]
    np.testing.assert_array_equal([float(r['displacement_mm']) for r in rows[len(DATES):]],
                                  pixel_values()[:, 4, 1])
    assert rows[0]['x'] == repr(X0 + 350.0) and rows[0]['crs'] == 'EPSG:32654'
    assert all(r['fit_mm'] for r in rows)
    png = dock.plot.save_png(str(tmp_path / 'series.png'))
    assert is_png(png)
    dock.annual_check.setChecked(True)
