"""Profiles: rasters sampled along a polyline and points near it, against distance in metres.

Geometry
--------
Distances are measured in a local azimuthal equidistant projection (AEQD, on
the ellipsoid of the line's CRS) centred on the middle of the line's bounding
box (in longitude/latitude), whatever
the CRS of the line or of the layers.  AEQD keeps distances from its centre
exact; the transverse scale is (ρ/R)/sin(ρ/R) ≈ 1 + ρ²/(6R²) at a distance ρ
from the centre, so lengths are within 1e-5 (relative) up to 50 km from the
centre and within 1e-4 up to 150 km.  A line or layer without a CRS is taken
to be in metres already.

Raster sampling
---------------
Each segment of the line, expressed in the raster's CRS, is cut into
n = max(1, round(L / s)) equal steps, s = the smaller pixel size, so samples
fall once per pixel along the line (at the raster resolution); each sample
takes the value of the pixel containing it (no interpolation: exact stored
values).  The distance of a sample is the length, in AEQD metres, of the line
from its first vertex to the sample.

Points within a buffer
----------------------
A point p is kept when its distance to the polyline is ≤ the buffer b (metres).
Its *distance along* is that of its orthogonal projection on the nearest
segment [a, c]: along = L(a) + t·|c − a|, t = clamp((p − a)·(c − a)/|c − a|², 0, 1);
its *offset* is |p − (a + t(c − a))|, signed positive to the left of the line.
"""
from dataclasses import dataclass

import numpy as np
from osgeo import osr

from ..common.errors import InputError

#: sub-pieces per segment when a straight line of one CRS is carried into another
CURVE_PIECES = 64
#: points located per vectorised batch (memory: batch × segments)
POINT_BATCH = 4096


def spatial_reference(crs_wkt):
    """OSR spatial reference (x = easting/longitude first) of a WKT, or ``None`` when empty."""
    if not crs_wkt:
        return None
    srs = osr.SpatialReference()
    if srs.SetFromUserInput(crs_wkt) != 0:
        raise InputError('CRS: "{0}…" is not a coordinate reference system GDAL understands.', crs_wkt[:60])
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def transformer(source_wkt, target_wkt):
    """OSR transformation between two CRS given as WKT; ``None`` (identity) if either is missing or both agree."""
    source, target = spatial_reference(source_wkt), spatial_reference(target_wkt)
    if source is None or target is None or source.IsSame(target):
        return None
    return osr.CoordinateTransformation(source, target)


def _apply(transform, x, y):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if transform is None or x.size == 0:
        return x, y
    out = np.asarray(transform.TransformPoints(np.column_stack([x.ravel(), y.ravel()])), dtype=float)
    return out[:, 0].reshape(x.shape), out[:, 1].reshape(y.shape)


def densify(vertices, pieces):
    """Cut every segment of ``vertices`` (N, 2) into ``pieces`` equal parts; returns (M, 2)."""
    vertices = np.asarray(vertices, dtype=float)
    fractions = np.arange(pieces) / pieces
    parts = [a + fractions[:, None] * (b - a) for a, b in zip(vertices[:-1], vertices[1:])]
    return np.vstack(parts + [vertices[-1:]])


def cumulative_length(x, y):
    """Length from the first vertex to each vertex of the path (x, y)."""
    return np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(x), np.diff(y)))])


@dataclass
class GridSamples:
    """Samples of a line on a raster grid."""

    distance: np.ndarray   # metres from the start of the line
    x: np.ndarray          # raster CRS
    y: np.ndarray
    column: np.ndarray     # pixel containing the sample
    row: np.ndarray


class ProfileLine:
    """A polyline (vertices in ``crs_wkt``) and its metric frame."""

    def __init__(self, vertices, crs_wkt=''):
        vertices = np.asarray(vertices, dtype=float)
        if vertices.ndim != 2 or vertices.shape[1] != 2 or len(vertices) < 2:
            raise InputError('profile: draw a line of at least two vertices.')
        keep = np.concatenate([[True], np.any(np.diff(vertices, axis=0) != 0, axis=1)])
        vertices = vertices[keep]
        if len(vertices) < 2:
            raise InputError('profile: the line has no length; click two different places.')
        self.vertices = vertices
        self.crs_wkt = crs_wkt or ''
        self.metric_wkt = self._metric_frame()
        path = densify(vertices, CURVE_PIECES)
        self.path_x, self.path_y = self.to_metric(path[:, 0], path[:, 1], self.crs_wkt)
        self.path_length = cumulative_length(self.path_x, self.path_y)

    def _metric_frame(self):
        """WKT of the local AEQD frame on the ellipsoid of the line's CRS (no datum shift involved)."""
        srs = spatial_reference(self.crs_wkt)
        if srs is None:
            return ''
        geographic = srs.CloneGeogCS()
        geographic.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        lon, lat = _apply(osr.CoordinateTransformation(srs, geographic), self.vertices[:, 0], self.vertices[:, 1])
        local = osr.SpatialReference()
        local.CopyGeogCSFrom(geographic)
        local.SetAE((np.min(lat) + np.max(lat)) / 2.0, (np.min(lon) + np.max(lon)) / 2.0, 0.0, 0.0)
        return local.ExportToWkt()

    @property
    def length(self):
        """Length of the line [m]."""
        return float(self.path_length[-1])

    def to_metric(self, x, y, crs_wkt):
        """Coordinates in ``crs_wkt`` → the line's metric frame [m]."""
        if not self.crs_wkt or not crs_wkt:
            return _apply(None, x, y)
        return _apply(transformer(crs_wkt, self.metric_wkt), x, y)

    def sample_grid(self, grid):
        """Samples of the line on ``grid`` (a :class:`.raster_stack.Grid`), one per pixel step."""
        x, y = _apply(transformer(self.crs_wkt, grid.crs_wkt), self.vertices[:, 0], self.vertices[:, 1])
        step = min(grid.pixel_size)
        xs, ys = [x[:1]], [y[:1]]
        for k in range(len(x) - 1):
            n = max(1, int(round(np.hypot(x[k + 1] - x[k], y[k + 1] - y[k]) / step)))
            fractions = np.arange(1, n + 1) / n
            xs.append(x[k] + fractions * (x[k + 1] - x[k]))
            ys.append(y[k] + fractions * (y[k + 1] - y[k]))
        sx, sy = np.concatenate(xs), np.concatenate(ys)
        mx, my = self.to_metric(sx, sy, grid.crs_wkt)
        column, row = grid.pixel_of(sx, sy)
        return GridSamples(cumulative_length(mx, my), sx, sy, np.floor(column).astype(int),
                           np.floor(row).astype(int))

    def locate(self, x, y, crs_wkt=''):
        """(along, offset) [m] of points (in ``crs_wkt``): see the module docstring."""
        px, py = self.to_metric(x, y, crs_wkt or self.crs_wkt)
        ax, ay = self.path_x[:-1], self.path_y[:-1]
        dx, dy = np.diff(self.path_x), np.diff(self.path_y)
        length2 = dx * dx + dy * dy
        length2[length2 == 0] = np.inf
        along = np.empty(px.shape)
        offset = np.empty(px.shape)
        for start in range(0, px.size, POINT_BATCH):
            qx, qy = px[start:start + POINT_BATCH, None], py[start:start + POINT_BATCH, None]
            t = np.clip(((qx - ax) * dx + (qy - ay) * dy) / length2, 0.0, 1.0)
            ex, ey = qx - (ax + t * dx), qy - (ay + t * dy)
            distance = np.hypot(ex, ey)
            nearest = np.argmin(distance, axis=1)
            rows = np.arange(nearest.size)
            side = np.sign(dx[nearest] * ey[rows, nearest] - dy[nearest] * ex[rows, nearest])
            along[start:start + POINT_BATCH] = (self.path_length[nearest]
                                                + t[rows, nearest] * np.sqrt(length2[nearest]))
            offset[start:start + POINT_BATCH] = np.where(side < 0, -1.0, 1.0) * distance[rows, nearest]
        return along, offset

    def points_within(self, x, y, crs_wkt, buffer):
        """Indices, along and offset of the points within ``buffer`` metres, sorted by distance along."""
        if buffer < 0:
            raise InputError('buffer: {0} m is negative; give a distance ≥ 0 m.', buffer)
        x, y = np.asarray(x, dtype=float).ravel(), np.asarray(y, dtype=float).ravel()
        if x.size == 0:
            return np.array([], dtype=int), np.array([]), np.array([])
        along, offset = self.locate(x, y, crs_wkt)
        keep = np.flatnonzero(np.abs(offset) <= buffer)
        keep = keep[np.argsort(along[keep], kind='stable')]
        return keep, along[keep], offset[keep]
