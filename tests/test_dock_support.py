"""Helpers and fixtures shared by the dock tests (no tests here).

The pytest-qgis canvas is a hidden child widget; a click needs it shown and
sized like a real map, so :func:`shown_canvas` does that once.
"""
import numpy as np
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from deformation_toolbox.algorithms.qgis_compat import field_type


@pytest.fixture()
def shown_canvas(qgis_canvas, qgis_parent):
    """The session canvas, visible (offscreen) at 600 × 600 pixels."""
    qgis_parent.resize(640, 640)
    qgis_parent.show()
    qgis_canvas.show()
    qgis_canvas.resize(600, 600)
    QApplication.processEvents()
    return qgis_canvas


def show_layer(canvas, layer):
    """Canvas in the layer's CRS, zoomed to it."""
    canvas.setDestinationCrs(layer.crs())
    canvas.setExtent(layer.extent())
    canvas.refresh()


def click(canvas, point, modifier=Qt.KeyboardModifier.NoModifier, button=Qt.MouseButton.LeftButton):
    """A real mouse click on the canvas viewport at map point ``point`` (canvas CRS)."""
    device = canvas.getCoordinateTransform().transform(point)
    QTest.mouseClick(canvas.viewport(), button, modifier, QPoint(round(device.x()), round(device.y())))


def point_layer(fields, features, crs='EPSG:32654', name='PS points'):
    """Memory point layer; ``features`` = [(x, y, {field: value})]; 'pid' is text, other fields double."""
    layer = QgsVectorLayer(f'Point?crs={crs}', name, 'memory')
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(n, field_type('string') if n == 'pid' else field_type('double')) for n in fields])
    layer.updateFields()
    for x, y, attributes in features:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        for field, value in attributes.items():
            feature[field] = value if isinstance(value, str) or value is None else float(value)
        assert provider.addFeature(feature)
    layer.updateExtents()
    return layer


def is_png(path):
    with open(path, 'rb') as handle:
        return handle.read(8) == b'\x89PNG\r\n\x1a\n'


def assert_values(actual, expected):
    np.testing.assert_array_equal(np.asarray(actual, dtype=float), np.asarray(expected, dtype=float))
