"""Strain rate per Delaunay triangle of GNSS stations (reference 002).

In each triangle the velocity field is taken as linear, fitted exactly to its
three stations: on the ellipsoid in the triangle's own local frame (rigid
rotation + uniform strain, :mod:`.ellipsoidal`) when the stations' geodetic
positions are given, else on the plane, v(x) = v₀ + L·(x − x₀)
(:func:`.tensor.velocity_gradients`).  The strain is assigned to the triangle
(and rasterised on request).

Sliver triangles — an interior angle below ``min_angle`` (default
:data:`MIN_ANGLE`), such as three stations nearly on one line at the edge
of a network — amplify velocity errors by ~1/sin(angle) and are dropped;
the number dropped is returned so that callers can say so.
"""
from dataclasses import dataclass

import numpy as np
from scipy.spatial import Delaunay, QhullError

from ..common.errors import InputError
from ..common.progress import SILENT
from .ellipsoidal import element_gradients
from .tensor import check_network, gradient_products, velocity_gradients

#: triangles with an interior angle below this many degrees are slivers and are dropped
MIN_ANGLE = 1.0


@dataclass
class TriangleStrain:
    """Result of :func:`delaunay_strain`: triangulation, kept simplex indices, centroids (k, 2), products."""

    triangulation: Delaunay
    kept: np.ndarray
    centroids: np.ndarray
    products: dict
    slivers: int = 0            # triangles dropped for an angle below min_angle
    too_long: int = 0           # triangles dropped for an edge above max_edge

    def __iter__(self):         # (triangulation, kept, centroids, products), as unpacked by callers
        return iter((self.triangulation, self.kept, self.centroids, self.products))


# -- Delaunay triangles -------------------------------------------------------------------
def triangulate(x, y, role='INPUT'):
    """Delaunay triangles of stations at ``x, y`` (metres): vertex indices (n, 3)."""
    check_network(x, y, role)
    try:
        triangulation = Delaunay(np.column_stack([x, y]))
    except QhullError as error:
        raise InputError('{0}: the stations cannot be triangulated ({1}); check for stations on one line or at the '
                         'same place.', role, str(error).splitlines()[0]) from None
    return triangulation


def triangle_areas(x, y, simplices):
    """Areas (m²) of triangles with vertex indices ``simplices`` (n, 3) of points ``x, y`` (m)."""
    px, py = x[simplices], y[simplices]
    return 0.5 * np.abs((px[:, 1] - px[:, 0]) * (py[:, 2] - py[:, 0]) - (px[:, 2] - px[:, 0]) * (py[:, 1] - py[:, 0]))


def smallest_angles(x, y, simplices):
    """Smallest interior angle (degrees) of each triangle, from its edge lengths (law of cosines)."""
    px, py = x[simplices], y[simplices]
    edges = np.hypot(px - np.roll(px, 1, axis=1), py - np.roll(py, 1, axis=1))     # edge k opposite vertex k−2
    a, b, c = edges[:, 0], edges[:, 1], edges[:, 2]
    with np.errstate(invalid='ignore', divide='ignore'):
        cosines = np.stack([(b * b + c * c - a * a) / (2 * b * c), (a * a + c * c - b * b) / (2 * a * c),
                            (a * a + b * b - c * c) / (2 * a * b)], axis=1)
    angles = np.degrees(np.arccos(np.clip(cosines, -1.0, 1.0)))
    return np.where(np.isfinite(angles), angles, 0.0).min(axis=1)


def delaunay_strain(x, y, ve, vn, se, sn, max_edge=0.0, role='INPUT', monitor=SILENT, frames=None,
                    min_angle=MIN_ANGLE):
    """Uniform strain rate in each Delaunay triangle of the stations.

    ``x, y`` in metres (the network's map frame), velocities and 1σ in mm/yr.
    ``frames``: :class:`.ellipsoidal.ElementFrames` of the same stations (fit
    on the ellipsoid in each triangle's own frame); None fits on the plane.
    Triangles with an edge longer than ``max_edge`` metres (0 = no limit) or an
    angle below ``min_angle`` degrees are dropped.  Returns a :class:`TriangleStrain`.
    """
    triangulation = triangulate(x, y, role)
    simplices = triangulation.simplices
    px, py = x[simplices], y[simplices]
    edges = np.hypot(px - np.roll(px, 1, axis=1), py - np.roll(py, 1, axis=1))
    sliver = smallest_angles(x, y, simplices) < min_angle
    too_long = (edges.max(axis=1) > max_edge) if max_edge and max_edge > 0 else np.zeros(len(simplices), bool)
    kept = np.flatnonzero(~sliver & ~too_long)
    if kept.size == 0:
        if too_long.all():
            raise InputError('MAX_EDGE: no triangle has all edges shorter than {0:g} m; the shortest longest edge is '
                             '{1:.0f} m.', max_edge, edges.max(axis=1).min())
        raise InputError('{0}: every Delaunay triangle of the {1} stations is a sliver (an angle below {2:g}°): the '
                         'stations lie nearly on one line, which does not determine a strain rate; add stations off '
                         'the line.', role, len(x), min_angle)
    centroids = np.column_stack([px[kept].mean(axis=1), py[kept].mean(axis=1)])
    chosen = simplices[kept]
    monitor.update(0.5)
    if frames is not None:
        gradient, covariance = element_gradients(frames.stations, frames.centres(centroids[:, 0], centroids[:, 1]),
                                                 ve, vn, se, sn, np.ones(chosen.shape), index=chosen)
    else:
        dx = (x[chosen] - centroids[:, :1]) / 1000.0
        dy = (y[chosen] - centroids[:, 1:]) / 1000.0
        gradient, covariance = velocity_gradients(dx, dy, ve[chosen], vn[chosen], se[chosen], sn[chosen],
                                                  np.ones_like(dx))
    monitor.update(1.0)
    return TriangleStrain(triangulation, kept, centroids, gradient_products(gradient, covariance),
                          int((sliver & ~too_long).sum()), int(too_long.sum()))


def rasterize_triangles(triangulation, kept, products, xs, ys):
    """Products of the triangles containing points ``xs, ys`` (NaN outside the kept triangles)."""
    simplex = triangulation.find_simplex(np.column_stack([np.ravel(xs), np.ravel(ys)]))
    lookup = np.full(triangulation.simplices.shape[0], -1)
    lookup[kept] = np.arange(kept.size)
    index = np.where(simplex >= 0, lookup[simplex], -1)
    out = {}
    for name, values in products.items():
        column = np.where(index >= 0, values[np.maximum(index, 0)], np.nan)
        out[name] = column.reshape(np.shape(xs))
    return out
