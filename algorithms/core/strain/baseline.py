"""Uniform strain tensor from line-length changes (reference 002).

Linear strain along a line at θ counter-clockwise from east::

    e_θ = exx·cos²θ + eyy·sin²θ + exy·sin2θ

solved by (weighted) least squares over the lines; line directions from
geodesic azimuths (pyproj ``Geod``).
"""

import numpy as np
from pyproj import Geod

from ..common.errors import InputError
from ..geometry.local_frame import geographic


# -- baselines ----------------------------------------------------------------------------
def baseline_geometry(frame, x1, y1, x2, y2):
    """(θ [degrees counter-clockwise from east], geodesic length [m]) of lines between end points.

    End points in the layer CRS of ``frame``; θ is the direction of the line
    in the network's local frame (one east for the whole network, as for
    :func:`delaunay_strain`), the length is geodesic on the CRS's ellipsoid.
    """
    e1, n1 = frame.forward(x1, y1)
    e2, n2 = frame.forward(x2, y2)
    theta = np.mod(np.degrees(np.arctan2(n2 - n1, e2 - e1)), 360.0)
    lon1, lat1 = geographic(frame.crs, x1, y1)
    lon2, lat2 = geographic(frame.crs, x2, y2)
    geod = frame.crs.get_geod() or Geod(ellps='WGS84')
    _, _, length = geod.inv(lon1, lat1, lon2, lat2)
    return theta, np.asarray(length, dtype=float)


def baseline_strain(theta, strain, sigma=None, role='INPUT'):
    """Uniform strain tensor from linear strains e_θ along directions θ (degrees ccw from east).

    Weighted least squares of e_θ = exx·cos²θ + eyy·sin²θ + exy·sin2θ (units
    of ``strain`` in and out; 1σ ``sigma`` optional).  Without 1σ the
    covariance is scaled by the residual variance (needs more than 3 lines).
    Returns (tensor (exx, eyy, exy), covariance (3, 3), residuals).
    """
    theta = np.radians(np.asarray(theta, dtype=float))
    strain = np.asarray(strain, dtype=float)
    count = strain.size
    if count < 3:
        raise InputError('{0}: {1} line{2} with a length-change rate; the strain tensor needs at least 3 lines in 3 '
                         'different directions.', role, count, 's' if count != 1 else '')
    directions = np.unique(np.round(np.mod(np.degrees(theta), 180.0), 3) % 180.0)
    if directions.size < 3:
        raise InputError('{0}: the lines point in only {1} direction{2} ({3} counter-clockwise from east); the strain '
                         'tensor needs lines in at least 3 directions.',
                         role, directions.size, 's' if directions.size != 1 else '',
                         ', '.join((f'{d:g}°' for d in directions)))
    design = np.column_stack([np.cos(theta) ** 2, np.sin(theta) ** 2, np.sin(2.0 * theta)])
    if sigma is not None and np.all(np.isfinite(sigma)):
        sigma = np.asarray(sigma, dtype=float)
        weights = 1.0 / sigma ** 2
        scaled = True
    else:
        weights = np.ones(count)
        scaled = False
    normal = design.T @ (weights[:, None] * design)
    if np.linalg.cond(normal) > 1e12:
        raise InputError('{0}: the line directions do not determine the strain tensor; add lines in other directions.',
                         role)
    covariance = np.linalg.inv(normal)
    tensor = covariance @ design.T @ (weights * strain)
    residuals = strain - design @ tensor
    if not scaled:
        dof = count - 3
        covariance = covariance * (residuals @ residuals / dof) if dof > 0 else np.full((3, 3), np.nan)
    return tensor, covariance, residuals
