"""Local metric frames: map coordinates of a CRS ↔ metres east/north of a centre (pyproj).

Strain rates and analytic source models work in metres with x east and y
north.  :class:`LocalFrame` maps any CRS to a local projection centred on
(``lon0``, ``lat0``) on the CRS's own datum:

* ``aeqd`` — azimuthal equidistant (the strain frame, whatever the input CRS:
  never degrees scaled by a constant);
* ``tmerc`` — transverse Mercator with scale 1 (the source-model frame).

Scale and convergence errors of either are negligible over a volcano or a
fault (< 10⁻³ within 50 km), but not over a continental GNSS network: there
the map axes turn away from local east/north by the meridian convergence
(degrees at 1000 km).  Strain rates therefore use the frame only to place
stations; each element is computed in its own local frame on the ellipsoid
(:class:`Ellipsoid`, :func:`enu_axes`, :mod:`..strain.ellipsoidal`).
:func:`metric_frame` (source models) keeps a projected CRS in metres as it is
(east/north along its axes).

Geocentric (ECEF) coordinates on an ellipsoid of semi-major axis a and first
eccentricity squared e² at geodetic longitude λ, latitude φ (height 0)::

    N = a / √(1 − e² sin²φ)
    X = N cos φ cos λ,   Y = N cos φ sin λ,   Z = N (1 − e²) sin φ

and the local axes east = (−sin λ, cos λ, 0), north = (−sin φ cos λ,
−sin φ sin λ, cos φ), up = (cos φ cos λ, cos φ sin λ, sin φ) (geodetic normal).
"""
import math
from dataclasses import dataclass

import numpy as np
from pyproj import CRS, Transformer
from pyproj.crs import ProjectedCRS
from pyproj.crs.coordinate_operation import AzimuthalEquidistantConversion, TransverseMercatorConversion
from pyproj.exceptions import CRSError

from ..common.errors import InputError

#: projection of a local frame → (pyproj conversion from (lat0, lon0), CRS name)
PROJECTIONS = {
    'aeqd': (AzimuthalEquidistantConversion, 'Deformation Toolbox local azimuthal equidistant'),
    'tmerc': (lambda lat0, lon0: TransverseMercatorConversion(lat0, lon0, scale_factor_natural_origin=1.0),
              'Deformation Toolbox local transverse Mercator'),
}


@dataclass(frozen=True)
class Ellipsoid:
    """Semi-major axis ``a`` (m) and first eccentricity squared ``e2`` of a CRS's ellipsoid (e2 = 0: a sphere)."""

    a: float = 6378137.0
    e2: float = 0.00669437999014

    @classmethod
    def of(cls, crs):
        """The ellipsoid of pyproj ``crs`` (WGS84 when the CRS names none)."""
        ellipsoid = crs.ellipsoid
        if ellipsoid is None:
            return cls()
        a, b = ellipsoid.semi_major_metre, ellipsoid.semi_minor_metre
        return cls(float(a), float(1.0 - (b / a) ** 2))

    def ecef(self, lon, lat):
        """Geocentric X, Y, Z (m) of points at longitude/latitude (degrees) on the ellipsoid, shape (..., 3)."""
        lam, phi = np.radians(np.asarray(lon, dtype=float)), np.radians(np.asarray(lat, dtype=float))
        radius = self.a / np.sqrt(1.0 - self.e2 * np.sin(phi) ** 2)
        return np.stack([radius * np.cos(phi) * np.cos(lam), radius * np.cos(phi) * np.sin(lam),
                         radius * (1.0 - self.e2) * np.sin(phi)], axis=-1)


def enu_axes(lon, lat):
    """Unit vectors (east, north, up), each of shape (..., 3), at geodetic longitude/latitude (degrees)."""
    lam, phi = np.radians(np.asarray(lon, dtype=float)), np.radians(np.asarray(lat, dtype=float))
    zero = np.zeros_like(lam)
    east = np.stack([-np.sin(lam), np.cos(lam), zero], axis=-1)
    north = np.stack([-np.sin(phi) * np.cos(lam), -np.sin(phi) * np.sin(lam), np.cos(phi) + zero], axis=-1)
    up = np.stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi) + zero], axis=-1)
    return east, north, up


class LocalFrame:
    """Layer CRS ↔ local metres (``projection`` of :data:`PROJECTIONS`) centred on (``lon0``, ``lat0``)."""

    def __init__(self, crs, lon0, lat0, projection='aeqd'):
        self.crs = crs
        self.lon0, self.lat0 = float(lon0), float(lat0)
        conversion, name = PROJECTIONS[projection]
        self.local = ProjectedCRS(conversion(self.lat0, self.lon0), name=name,
                                  geodetic_crs=crs.geodetic_crs or CRS.from_epsg(4326))
        self._forward = Transformer.from_crs(crs, self.local, always_xy=True)
        self._inverse = Transformer.from_crs(self.local, crs, always_xy=True)
        self._geographic = Transformer.from_crs(self.local, self.local.geodetic_crs, always_xy=True)
        self.ellipsoid = Ellipsoid.of(self.local)

    @classmethod
    def around(cls, crs_text, x, y, role='INPUT'):
        """The frame centred on points ``x, y`` (coordinates in ``crs_text``: WKT, ``EPSG:n``, PROJ)."""
        crs = layer_crs(crs_text, role)
        lon, lat = geographic(crs, x, y)
        # centre: mean direction on the sphere (safe across the antimeridian)
        phi, lam = np.radians(lat), np.radians(lon)
        vx, vy, vz = (np.mean(np.cos(phi) * np.cos(lam)), np.mean(np.cos(phi) * np.sin(lam)),
                      np.mean(np.sin(phi)))
        return cls(crs, math.degrees(math.atan2(vy, vx)), math.degrees(math.atan2(vz, math.hypot(vx, vy))))

    @property
    def wkt(self):
        return self.local.to_wkt()

    def forward(self, x, y):
        """Layer coordinates → local (east, north) metres."""
        return _transform(self._forward, x, y)

    def inverse(self, east, north):
        """Local metres → layer coordinates."""
        return _transform(self._inverse, east, north)

    def to_geographic(self, east, north):
        """Local metres → (longitude, latitude) in degrees on the frame's datum."""
        return _transform(self._geographic, east, north)


class IdentityFrame:
    """Map coordinates that already are metres east/north: both directions return them as floats."""

    @staticmethod
    def forward(x, y):
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    inverse = forward


class ReprojectedFrame:
    """Map coordinates of ``crs_text`` in an existing metric ``frame`` whose map CRS is ``frame_crs_text``.

    For a second raster (another CRS) in the frame of the first: forward
    reprojects to the first CRS (pyproj), then applies ``frame``.
    """

    def __init__(self, crs_text, frame, frame_crs_text):
        self.frame = frame
        source, target = layer_crs(crs_text), layer_crs(frame_crs_text)
        self._to = Transformer.from_crs(source, target, always_xy=True)
        self._from = Transformer.from_crs(target, source, always_xy=True)

    def forward(self, x, y):
        return self.frame.forward(*_transform(self._to, x, y))

    def inverse(self, east, north):
        return _transform(self._from, *self.frame.inverse(east, north))


def frame_for(crs_text, frame, frame_crs_text):
    """``frame`` itself for map coordinates in the frame's CRS, else a :class:`ReprojectedFrame`."""
    if not crs_text or not frame_crs_text or layer_crs(crs_text) == layer_crs(frame_crs_text):
        return frame
    return ReprojectedFrame(crs_text, frame, frame_crs_text)


def metric_frame(crs_wkt, centre):
    """Frame of the source models for map coordinates in ``crs_wkt``.

    No CRS (``''``) or a projected CRS in metres: :class:`IdentityFrame`;
    any other (geographic, feet): a ``tmerc`` :class:`LocalFrame` centred on
    ``centre`` (map coordinates).
    """
    if not crs_wkt:
        return IdentityFrame()
    crs = layer_crs(crs_wkt)
    if crs.is_projected and abs(crs.axis_info[0].unit_conversion_factor - 1.0) < 1e-12:
        return IdentityFrame()
    lon, lat = geographic(crs, *centre)
    return LocalFrame(crs, lon, lat, 'tmerc')


def _transform(transformer, x, y):
    x, y = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    u, v = transformer.transform(x, y)
    return np.asarray(u, dtype=float), np.asarray(v, dtype=float)


def layer_crs(crs_text, role='INPUT'):
    """A pyproj CRS from WKT/authority text, or :class:`InputError` naming ``role``."""
    if not crs_text:
        raise InputError('{0}: the layer has no CRS; set its CRS (Layer Properties › Source) and run again.', role)
    try:
        return CRS.from_user_input(crs_text)
    except CRSError as error:
        raise InputError('{0}: the CRS of the layer is not understood ({1}).', role, error) from None


def geographic(crs, x, y):
    """(longitude, latitude) in degrees of points ``x, y`` in ``crs``."""
    to_geographic = Transformer.from_crs(crs, crs.geodetic_crs or CRS.from_epsg(4326), always_xy=True)
    lon, lat = _transform(to_geographic, x, y)
    if not (np.all(np.isfinite(lon)) and np.all(np.abs(lat) <= 90.0)):
        raise InputError('{0}: some coordinates cannot be converted to longitude/latitude; check the CRS of the layer.',
                         'INPUT')
    return lon, lat
