"""Velocity fields with known strain built on the ellipsoid (tests of ``deformation:strainrate``).

* :func:`euler_velocities` — a rigid plate rotation about an Euler pole: v = Ω × r with r the
  geocentric position on the ellipsoid, east/north components along each station's geodetic axes.
  Its strain is zero everywhere; its rotation about the local vertical is Ω·û.
* :func:`mapped_strain_velocities` — a uniform velocity gradient in the metres of an azimuthal
  equidistant projection centred on the network, V(X) = V₀ + G·X, taken back to each station's
  east/north through the projection's local Jacobian J (map metres per ground metre):
  v = J⁻¹ V.  At a point its ground gradient is J⁻¹ G J (to first order), so the strain
  tensor a correct tool reports in the local east/north frame is the symmetric part of J⁻¹GJ.
"""
import numpy as np
from pyproj import Geod, Transformer

WGS84_A, WGS84_E2 = 6378137.0, 0.00669437999014


def ecef(lon, lat, a=WGS84_A, e2=WGS84_E2):
    lam, phi = np.radians(lon), np.radians(lat)
    n = a / np.sqrt(1.0 - e2 * np.sin(phi) ** 2)
    return np.stack([n * np.cos(phi) * np.cos(lam), n * np.cos(phi) * np.sin(lam), n * (1 - e2) * np.sin(phi)], -1)


def axes(lon, lat):
    lam, phi = np.radians(lon), np.radians(lat)
    east = np.stack([-np.sin(lam), np.cos(lam), 0 * lam], -1)
    north = np.stack([-np.sin(phi) * np.cos(lam), -np.sin(phi) * np.sin(lam), np.cos(phi)], -1)
    up = np.stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)], -1)
    return east, north, up


def euler_vector(pole_lon, pole_lat, rate_deg_per_myr):
    """Rotation vector (rad/yr, geocentric) of an Euler pole."""
    lam, phi = np.radians(pole_lon), np.radians(pole_lat)
    return np.radians(rate_deg_per_myr) / 1e6 * np.array([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam),
                                                          np.sin(phi)])


def euler_velocities(lon, lat, omega, a=WGS84_A, e2=WGS84_E2):
    """East and north velocity (mm/yr) of v = Ω × r at stations on the ellipsoid (a, e2)."""
    velocity = np.cross(omega, ecef(lon, lat, a, e2)) * 1000.0
    east, north, _ = axes(lon, lat)
    return np.sum(velocity * east, -1), np.sum(velocity * north, -1)


def vertical_rotation(lon, lat, omega):
    """Rotation rate about the local vertical (nanoradian/yr, counter-clockwise) of the Euler rotation."""
    return np.sum(axes(lon, lat)[2] * omega, -1) * 1e9


def centroid_lonlat(lon, lat):
    """Longitude/latitude of the mean direction of points (the centroid of a triangle's vertices)."""
    xyz = ecef(np.asarray(lon, float), np.asarray(lat, float), 1.0, 0.0).mean(axis=-2)
    return (np.degrees(np.arctan2(xyz[..., 1], xyz[..., 0])),
            np.degrees(np.arctan2(xyz[..., 2], np.hypot(xyz[..., 0], xyz[..., 1]))))


class AeqdField:
    """Uniform gradient ``gradient`` (nanostrain/yr, 2×2) plus ``translation`` (mm/yr) in a centred aeqd frame."""

    def __init__(self, lon0, lat0, gradient, translation=(0.0, 0.0)):
        self.to_map = Transformer.from_crs('EPSG:4326', f'+proj=aeqd +lat_0={lat0} +lon_0={lon0} +ellps=WGS84',
                                           always_xy=True)
        self.gradient = np.asarray(gradient, dtype=float)
        self.translation = np.asarray(translation, dtype=float)
        self.geod = Geod(ellps='WGS84')

    def jacobian(self, lon, lat, step=10.0):
        """J (n, 2, 2): map metres per ground metre east (column 0) and north (column 1)."""
        lon, lat = np.atleast_1d(lon).astype(float), np.atleast_1d(lat).astype(float)
        x0, y0 = self.to_map.transform(lon, lat)
        columns = []
        for azimuth in (90.0, 0.0):
            lon1, lat1, _ = self.geod.fwd(lon, lat, np.full_like(lon, azimuth), np.full_like(lon, step))
            x1, y1 = self.to_map.transform(lon1, lat1)
            columns.append(np.stack([(x1 - x0) / step, (y1 - y0) / step], -1))
        return np.stack(columns, -1)

    def velocities(self, lon, lat):
        x, y = self.to_map.transform(lon, lat)
        mapped = self.translation[:, None] + self.gradient @ np.vstack([x, y]) * 1e-6     # mm/yr (nano × m)
        ground = np.linalg.solve(self.jacobian(lon, lat), mapped.T[..., None])[..., 0]
        return ground[:, 0], ground[:, 1]

    def local_tensor(self, lon, lat):
        """(exx, eyy, exy, rotation) in nanostrain/yr expected in the local east/north frame at lon, lat."""
        jac = self.jacobian(lon, lat)
        local = np.linalg.solve(jac, self.gradient @ jac)
        return (local[:, 0, 0], local[:, 1, 1], 0.5 * (local[:, 0, 1] + local[:, 1, 0]),
                0.5 * (local[:, 1, 0] - local[:, 0, 1]))


def local_gradient(field, lon, lat, step=1000.0):
    """Ground velocity gradient (n, 2, 2) of ``field(lon, lat) → (ve, vn)`` at points, in nanostrain/yr.

    Central differences over ``step`` m east and north along geodesics, each velocity carried to the
    point's own east/north axes as a 3-D vector (the truth a strain tool should find).
    """
    lon, lat = np.atleast_1d(lon).astype(float), np.atleast_1d(lat).astype(float)
    geod = Geod(ellps='WGS84')
    east_p, north_p, _ = axes(lon, lat)
    columns = []
    for azimuth in (90.0, 0.0):
        values = []
        for sign in (1.0, -1.0):
            lon1, lat1, _ = geod.fwd(lon, lat, np.full_like(lon, azimuth), np.full_like(lon, sign * step))
            ve, vn = field(lon1, lat1)
            e1, n1, _ = axes(lon1, lat1)
            vector = ve[:, None] * e1 + vn[:, None] * n1
            values.append(np.stack([np.sum(vector * east_p, -1), np.sum(vector * north_p, -1)], -1))
        columns.append((values[0] - values[1]) / (2.0 * step) * 1e6)      # mm/yr per m → nanostrain/yr
    return np.stack(columns, -1)
