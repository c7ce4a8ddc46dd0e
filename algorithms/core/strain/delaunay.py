"""Strain rate per Delaunay triangle of GNSS stations (reference 002).

In each triangle the velocity field is taken as linear, v(x) = v₀ + L·(x − x₀),
fitted exactly to its three stations (:func:`.tensor.velocity_gradients`);
the strain of L is assigned to the triangle (and rasterised on request).
"""

import numpy as np
from scipy.spatial import Delaunay, QhullError

from ..common.errors import InputError
from ..common.progress import SILENT
from .tensor import check_network, gradient_products, velocity_gradients


# -- Delaunay triangles -------------------------------------------------------------------
def triangulate(x, y, role='INPUT'):
    """Delaunay triangles of stations at ``x, y`` (metres): vertex indices (n, 3)."""
    check_network(x, y, role)
    try:
        triangulation = Delaunay(np.column_stack([x, y]))
    except QhullError as error:
        raise InputError(f'{role}: the stations cannot be triangulated ({str(error).splitlines()[0]}); '
                         'check for stations on one line or at the same place.') from None
    return triangulation


def triangle_areas(x, y, simplices):
    """Areas (m²) of triangles with vertex indices ``simplices`` (n, 3) of points ``x, y`` (m)."""
    px, py = x[simplices], y[simplices]
    return 0.5 * np.abs((px[:, 1] - px[:, 0]) * (py[:, 2] - py[:, 0]) - (px[:, 2] - px[:, 0]) * (py[:, 1] - py[:, 0]))


def delaunay_strain(x, y, ve, vn, se, sn, max_edge=0.0, role='INPUT', monitor=SILENT):
    """Uniform strain rate in each Delaunay triangle of the stations.

    ``x, y`` in metres (local frame), velocities and 1σ in mm/yr.  Triangles
    with an edge longer than ``max_edge`` metres (0 = no limit) are dropped.
    Returns (triangulation, kept simplex indices, centroids (n, 2), products).
    """
    triangulation = triangulate(x, y, role)
    simplices = triangulation.simplices
    px, py = x[simplices], y[simplices]
    edges = np.hypot(px - np.roll(px, 1, axis=1), py - np.roll(py, 1, axis=1))
    area = triangle_areas(x, y, simplices)
    keep = area > 1e-9 * edges.max(axis=1) ** 2
    if max_edge and max_edge > 0:
        keep &= edges.max(axis=1) <= max_edge
    kept = np.flatnonzero(keep)
    if kept.size == 0:
        raise InputError(f'MAX_EDGE: no triangle has all edges shorter than {max_edge:g} m; the shortest '
                         f'longest edge is {edges.max(axis=1).min():.0f} m.')
    centroids = np.column_stack([px[kept].mean(axis=1), py[kept].mean(axis=1)])
    chosen = simplices[kept]
    dx = (x[chosen] - centroids[:, :1]) / 1000.0
    dy = (y[chosen] - centroids[:, 1:]) / 1000.0
    monitor.update(0.5)
    gradient, covariance = velocity_gradients(dx, dy, ve[chosen], vn[chosen], se[chosen], sn[chosen],
                                              np.ones_like(dx))
    monitor.update(1.0)
    return triangulation, kept, centroids, gradient_products(gradient, covariance)


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
