"""Velocity gradient of an element (triangle or grid node) fitted in its own local frame on the ellipsoid.

Station velocities are given as east/north components at each station, and
over a continental network the stations' east/north axes turn against each
other (meridian convergence) and against the axes of any one map projection.
Treating them as components along one projection's axes makes a rigid plate
rotation look like strain (nanostrain/yr over 1000 km).  So every element is
fitted in its own frame (Savage et al. 2001, "strain on a sphere"): around its
centre c, with geodetic axes e_c, n_c, u_c (:func:`..geometry.local_frame.enu_axes`),
the velocity field is a rigid rotation plus a uniform strain::

    v(r) = Ω × r + e_c (E_ee x_e + E_en x_n) + n_c (E_en x_e + E_nn x_n)

r the geocentric position (km, on the CRS's ellipsoid, :class:`..geometry.local_frame.Ellipsoid`),
x_e = (r − r_c)·e_c, x_n = (r − r_c)·n_c the station's offsets in the tangent
plane of c, Ω = Ω_e e_c + Ω_n n_c + Ω_u u_c the rotation vector and E the
symmetric horizontal strain-rate tensor.  Each station contributes its two
observed components along its *own* axes::

    v_e,i = e_i · v(r_i),   v_n,i = n_i · v(r_i)      (mm/yr)

six unknowns (Ω_e, Ω_n, Ω_u, E_ee, E_nn, E_en), linear, solved by weighted
least squares (weights w/σ²).  A rigid rotation of the ellipsoid is exactly
in the model, so it gives E = 0 to rounding; Ω_u is the rotation rate about
the local vertical (ω, counter-clockwise positive), and Ω_e, Ω_n carry the
element's translation.  Over a small element the model is the flat one,
v = v₀ + L·x, with L = [[E_ee, E_en − ω], [E_en + ω, E_nn]].

Units: r in km, velocities in mm/yr, so Ω and E come out in mm/yr per km
(microstrain/yr), as :func:`.tensor.velocity_gradients`; results are returned
in its convention (L_xx, L_xy, L_yx, L_yy) with their covariance, so
:func:`.tensor.gradient_products` applies unchanged.
"""
from dataclasses import dataclass

import numpy as np

from ..geometry.local_frame import enu_axes

#: gradient (Lxx, Lxy, Lyx, Lyy) = TO_GRADIENT · (Ω_e, Ω_n, Ω_u, E_ee, E_nn, E_en)
TO_GRADIENT = np.array([[0.0, 0.0, 0.0, 1.0, 0.0, 0.0],
                        [0.0, 0.0, -1.0, 0.0, 0.0, 1.0],
                        [0.0, 0.0, 1.0, 0.0, 0.0, 1.0],
                        [0.0, 0.0, 0.0, 0.0, 1.0, 0.0]])

#: largest condition number of the (column-scaled) normal matrix of a solvable element
MAX_CONDITION = 1e12


@dataclass
class Points:
    """Points on the ellipsoid: geocentric positions (km) and their geodetic east/north/up axes, each (n, 3)."""

    xyz: np.ndarray
    east: np.ndarray
    north: np.ndarray
    up: np.ndarray

    @classmethod
    def at(cls, ellipsoid, lon, lat):
        """Points at longitudes/latitudes (degrees) on ``ellipsoid`` (:class:`..geometry.local_frame.Ellipsoid`)."""
        xyz = ellipsoid.ecef(np.ravel(lon), np.ravel(lat)) / 1000.0
        return cls(xyz, *enu_axes(np.ravel(lon), np.ravel(lat)))

    def __len__(self):
        return len(self.xyz)


def _dot(vectors, bases):
    """a·b of station vectors (m, 3) or (k, m, 3) with one basis vector per element (k, 3): (k, m)."""
    return np.einsum('mi,ki->km' if vectors.ndim == 2 else 'kmi,ki->km', vectors, bases)


def _picked(array, index):
    return array if index is None else array[index]


def tangent_offsets(stations, centres, index=None):
    """Offsets (x_e, x_n), km, of stations in the tangent plane of each centre, each (k, m).

    ``index`` (k, m) picks the stations of each element; without it every
    station is used for every centre (m = n).
    """
    xyz = _picked(stations.xyz, index)
    shift = np.einsum('ki,ki->k', centres.xyz, centres.east)[:, None], np.einsum(
        'ki,ki->k', centres.xyz, centres.north)[:, None]
    return _dot(xyz, centres.east) - shift[0], _dot(xyz, centres.north) - shift[1]


def _design(stations, centres, index, offsets):
    """Design matrix (k, 2m, 6): rows east components of the m stations, then their north components."""
    xe, xn = offsets if offsets is not None else tangent_offsets(stations, centres, index)
    xyz = _picked(stations.xyz, index)
    blocks = []
    for axis in (stations.east, stations.north):
        axis = _picked(axis, index)
        moment = np.cross(xyz, axis)                        # a·(Ω × r) = Ω·(r × a)
        along_e, along_n = _dot(axis, centres.east), _dot(axis, centres.north)
        columns = [_dot(moment, basis) for basis in (centres.east, centres.north, centres.up)]
        columns += [along_e * xe, along_n * xn, along_e * xn + along_n * xe]
        blocks.append(np.stack(columns, axis=-1))
    return np.concatenate(blocks, axis=1)


def element_gradients(stations, centres, ve, vn, se, sn, weights, index=None, offsets=None):
    """Weighted least-squares velocity gradient of each element in its own frame (module docstring).

    ``stations``, ``centres``: :class:`Points` (n stations, k element
    centres); ``ve, vn, se, sn``: station velocities and 1σ (mm/yr; 1σ NaN →
    unit weights and NaN covariance); ``weights`` (k, m): extra weights (0
    excludes a station); ``index`` (k, m): the stations of each element (all
    when None); ``offsets``: :func:`tangent_offsets` when already computed.
    Returns ``gradient`` (k, 4) = (L_xx, L_xy, L_yx, L_yy) in mm/yr/km and its
    covariance (k, 4, 4) (exact linear propagation of the station 1σ), NaN
    where the stations leave the element undetermined.
    """
    design = _design(stations, centres, index, offsets)
    k = design.shape[0]
    pick = (lambda a: np.asarray(a, dtype=float)[index]) if index is not None else (
        lambda a: np.broadcast_to(np.asarray(a, dtype=float), (k, len(stations))))
    values = np.concatenate([pick(ve), pick(vn)], axis=1)
    sigma = np.concatenate([pick(se), pick(sn)], axis=1)
    weights = np.broadcast_to(np.asarray(weights, dtype=float), values.shape[:1] + (values.shape[1] // 2,))
    weights = np.concatenate([weights, weights], axis=1)
    known = np.isfinite(sigma)
    variance = np.where(known, sigma * sigma, 1.0)
    w = weights / variance
    normal = np.einsum('km,kmi,kmj->kij', w, design, design)
    inverse = _scaled_inverse(normal)
    estimate = np.einsum('kij,kj->ki', inverse, np.einsum('km,kmi,km->ki', w, design, np.where(w > 0, values, 0.0)))
    middle = np.einsum('km,kmi,kmj->kij', w * w * np.where(known, variance, np.nan), design, design)
    covariance6 = inverse @ middle @ inverse
    gradient = estimate @ TO_GRADIENT.T
    covariance = TO_GRADIENT @ covariance6 @ TO_GRADIENT.T
    undetermined = ~np.all(np.isfinite(gradient), axis=1)
    covariance[undetermined] = np.nan
    return gradient, covariance


def _scaled_inverse(normal):
    """Inverse of each normal matrix after scaling its diagonal to 1 (NaN where singular or ill-conditioned)."""
    diagonal = np.einsum('kii->ki', normal)
    with np.errstate(divide='ignore', invalid='ignore'):
        scale = np.where(diagonal > 0, 1.0 / np.sqrt(diagonal), 0.0)
    scaled = normal * scale[:, :, None] * scale[:, None, :]
    good = np.all(diagonal > 0, axis=1) & np.all(np.isfinite(scaled), axis=(1, 2))
    inverse = np.full_like(normal, np.nan)
    if good.any():
        good[good] = np.linalg.cond(scaled[good]) < MAX_CONDITION
    if good.any():
        inverse[good] = np.linalg.inv(scaled[good]) * scale[good][:, :, None] * scale[good][:, None, :]
    return inverse


class ElementFrames:
    """Stations on the ellipsoid and the map frame that places the elements (triangle centroids, grid nodes).

    ``frame`` is the network's :class:`..geometry.local_frame.LocalFrame`
    (element centres are given in its metres); ``lon, lat`` the stations.
    """

    def __init__(self, frame, lon, lat):
        self.frame = frame
        self.stations = Points.at(frame.ellipsoid, lon, lat)

    def centres(self, cx, cy):
        """:class:`Points` of element centres at frame coordinates ``cx, cy`` (m)."""
        lon, lat = self.frame.to_geographic(np.ravel(cx), np.ravel(cy))
        return Points.at(self.frame.ellipsoid, lon, lat)
