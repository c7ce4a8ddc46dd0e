"""Map tools of the docks: pick a point, sketch a line or a polygon."""
from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsMapToolEmitPoint, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor


class PointPickTool(QgsMapToolEmitPoint):
    """Left click → ``picked(point in canvas CRS, add)``; ``add`` is True with Shift held."""

    picked = pyqtSignal(QgsPointXY, bool)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def flags(self):
        """No Shift+drag zoom rectangle: Shift+click adds a pick."""
        flags = super().flags()
        return flags ^ (flags & QgsMapTool.Flag.AllowZoomRect)   # clears the bit (~ is not valid on Qt6 enums)

    def canvasReleaseEvent(self, event):  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            add = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.picked.emit(QgsPointXY(event.mapPoint()), add)


class SketchTool(QgsMapTool):
    """Click vertices; right click (or double click) finishes, Esc cancels.

    Emits ``finished(vertices in canvas CRS)`` with at least 2 (line) or 3
    (polygon) vertices; the owner draws the finished shape (the sketch band is
    cleared).
    """

    finished = pyqtSignal(list)

    def __init__(self, canvas, polygon=False, colour='#e31a1c'):
        super().__init__(canvas)
        self.polygon = polygon
        self.rubber_band = QgsRubberBand(canvas, self.geometry_type())
        colour = QColor(colour)
        self.rubber_band.setStrokeColor(colour)
        fill = QColor(colour)
        fill.setAlpha(40)
        self.rubber_band.setFillColor(fill)
        self.rubber_band.setWidth(2)
        self.vertices = []
        self.setCursor(Qt.CursorShape.CrossCursor)

    @property
    def minimum_vertices(self):
        return 3 if self.polygon else 2

    def geometry_type(self):
        return QgsWkbTypes.GeometryType.PolygonGeometry if self.polygon else QgsWkbTypes.GeometryType.LineGeometry

    def clear(self):
        self.vertices = []
        self.rubber_band.reset(self.geometry_type())

    def _show(self, extra=None):
        points = list(self.vertices) + ([extra] if extra is not None else [])
        if self.polygon and len(points) >= 3:
            geometry = QgsGeometry.fromPolygonXY([points])
        else:
            geometry = QgsGeometry.fromPolylineXY(points)
        self.rubber_band.setToGeometry(geometry, None)

    def canvasMoveEvent(self, event):  # noqa: N802
        if self.vertices:
            self._show(QgsPointXY(event.mapPoint()))

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
        elif event.button() == Qt.MouseButton.LeftButton:
            self.add_vertex(QgsPointXY(event.mapPoint()))

    def canvasDoubleClickEvent(self, event):  # noqa: N802
        self.finish()

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.clear()

    def add_vertex(self, point):
        if self.vertices and self.vertices[-1] == point:
            return
        self.vertices.append(QgsPointXY(point))
        self._show()

    def finish(self):
        """End the sketch and emit the vertices if there are enough (else keep sketching)."""
        if len(self.vertices) < self.minimum_vertices:
            return
        vertices = list(self.vertices)
        self.clear()
        self.finished.emit(vertices)

    def deactivate(self):
        self.clear()
        super().deactivate()

    def remove(self):
        """Take the rubber band off the canvas (plugin unload)."""
        scene = self.rubber_band.scene()
        if scene is not None:
            scene.removeItem(self.rubber_band)
