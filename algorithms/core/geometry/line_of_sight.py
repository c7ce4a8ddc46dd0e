"""Radar line-of-sight geometry (SPEC §2).

Incidence θ: degrees from the vertical at the ground.  Heading α: satellite
flight azimuth, degrees clockwise from north.  The unit vector from the ground
to the satellite is::

    right-looking:  (E, N, U) = (−sin θ cos α,  sin θ sin α, cos θ)
    left-looking:   (E, N, U) = ( sin θ cos α, −sin θ sin α, cos θ)

and LOS displacement (positive towards the satellite) is d = ê·(E, N, U).

The same geometry may come as the unit vector itself (LiCSAR/LiCSBAS
``E/N/U`` rasters, EGMS ``los_east/north/up``): its angles follow by
inverting the equations above::

    θ = arccos(U / ‖ê‖)
    right-looking:  α = atan2(N, −E)        left-looking:  α = atan2(−N, E)

A vector is accepted when its length is within :data:`UNIT_LENGTH_TOLERANCE`
of 1 (products round the components to 3 decimals or float32) and it points
upwards (U > 0: from the ground to the satellite); it is then normalised.
"""
import numpy as np

from ..common.errors import InputError

LOOK_DIRECTIONS = ('right', 'left')
#: largest accepted | ‖ê‖ − 1 | of a given LOS unit vector (3-decimal rounding gives < 0.001)
UNIT_LENGTH_TOLERANCE = 0.01
#: the names of the three components, as in the ``LOS_EAST``/``LOS_NORTH``/``LOS_UP`` parameters
LOS_COMPONENTS = ('EAST', 'NORTH', 'UP')


def check_incidence(incidence, what='INCIDENCE'):
    """Raise :class:`InputError` unless 0 ≤ θ < 90° wherever θ is finite."""
    values = np.asarray(incidence, dtype=float)
    finite = values[np.isfinite(values)]
    if finite.size and (finite.min() < 0.0 or finite.max() >= 90.0):
        bad = finite.min() if finite.min() < 0.0 else finite.max()
        raise InputError('{0}: incidence {1:g}° is impossible; it must be at least 0° and below 90° (degrees '
                         'from the vertical at the ground).', what, bad)


def unit_vector(incidence, heading, look='right'):
    """Ground-to-satellite unit vector (east, north, up) for θ, α in degrees."""
    if look not in LOOK_DIRECTIONS:
        raise InputError('LOOK_DIRECTION: "{0}" is not accepted; choose right or left.', look)
    theta = np.radians(np.asarray(incidence, dtype=float))
    alpha = np.radians(np.asarray(heading, dtype=float))
    sign = 1.0 if look == 'right' else -1.0
    east = -sign * np.sin(theta) * np.cos(alpha)
    north = sign * np.sin(theta) * np.sin(alpha)
    up = np.cos(theta) * np.ones_like(east)
    return east, north, up


def check_unit_vectors(east, north, up, what='LOS_EAST/LOS_NORTH/LOS_UP'):
    """Raise :class:`InputError` unless (east, north, up) are ground-to-satellite unit vectors where finite.

    Accepted: | ‖ê‖ − 1 | ≤ :data:`UNIT_LENGTH_TOLERANCE` and up > 0.
    """
    east, north, up = np.broadcast_arrays(*(np.asarray(c, dtype=float) for c in (east, north, up)))
    finite = np.isfinite(east) & np.isfinite(north) & np.isfinite(up)
    if not finite.any():
        return
    e, n, u = east[finite], north[finite], up[finite]
    length = np.sqrt(e * e + n * n + u * u)
    bad = np.abs(length - 1.0) > UNIT_LENGTH_TOLERANCE
    if bad.any():
        k = int(np.flatnonzero(bad)[0])
        raise InputError(
            '{0}: the LOS vector ({1:.4g}, {2:.4g}, {3:.4g}) has length {4:.4g}, not 1; give the east, north '
            'and up components of the unit vector from the ground to the satellite (length 1 within {5:g}), '
            'e.g. LiCSAR *.geo.E/N/U.tif.', what, e[k], n[k], u[k], length[k], UNIT_LENGTH_TOLERANCE)
    down = u <= 0.0
    if down.any():
        k = int(np.flatnonzero(down)[0])
        raise InputError(
            '{0}: the LOS vector ({1:.4g}, {2:.4g}, {3:.4g}) points downwards (up ≤ 0); give the vector from '
            'the ground to the satellite (up > 0). A satellite-to-ground vector must be negated.',
            what, e[k], n[k], u[k])


def normalised(east, north, up):
    """(east, north, up) divided by their length."""
    east, north, up = (np.asarray(c, dtype=float) for c in (east, north, up))
    length = np.sqrt(east * east + north * north + up * up)
    with np.errstate(invalid='ignore', divide='ignore'):
        return east / length, north / length, up / length


def angles_from_unit_vector(east, north, up, look='right'):
    """Incidence θ and heading α (degrees, α in (−180°, 180°]) of ground-to-satellite unit vectors.

    Inverse of :func:`unit_vector` (module docstring); vectors are normalised first.
    """
    if look not in LOOK_DIRECTIONS:
        raise InputError('LOOK_DIRECTION: "{0}" is not accepted; choose right or left.', look)
    east, north, up = normalised(east, north, up)
    incidence = np.degrees(np.arccos(np.clip(up, -1.0, 1.0)))
    heading = np.degrees(np.arctan2(north, -east) if look == 'right' else np.arctan2(-north, east))
    return incidence, heading


def wrap_heading(heading):
    """Heading in degrees wrapped to (−180°, 180°]."""
    wrapped = np.mod(np.asarray(heading, dtype=float) + 180.0, 360.0) - 180.0
    return np.where(wrapped == -180.0, 180.0, wrapped)


def enu_to_los(east, north, up, incidence, heading, look='right'):
    """Project (east, north, up) displacement onto the LOS (positive towards the satellite)."""
    ue, un, uu = unit_vector(incidence, heading, look)
    return east * ue + north * un + up * uu


class GeometrySource:
    """The LOS geometry per block: incidence and heading, or the unit vector itself.

    ``incidence``/``heading`` are floats or opened single-band
    :class:`~.raster_stack.RasterStack` objects on the processing grid.
    ``los`` — ``(east, north, up)``, each a float or such a raster — is the
    ground-to-satellite unit vector and, when given, overrides the angles
    (checked by :func:`check_unit_vectors`, then normalised).
    """

    def __init__(self, incidence, heading, look='right', role_prefix='', los=None):
        self.incidence = incidence
        self.heading = heading
        self.look = look
        self.role_prefix = role_prefix
        self.los = None if los is None else tuple(los)
        if look not in LOOK_DIRECTIONS:
            raise InputError('LOOK_DIRECTION: "{0}" is not accepted; choose right or left.', look)
        if self.los is not None:
            if len(self.los) != 3:
                raise ValueError('los must hold (east, north, up)')
            if not any(hasattr(c, 'read_band') for c in self.los):
                check_unit_vectors(*self.los, what=self._los_role())
        elif not hasattr(incidence, 'read_band'):
            check_incidence(incidence, f'{role_prefix}INCIDENCE')

    def _los_role(self):
        return '/'.join(f'{self.role_prefix}LOS_{name}' for name in LOS_COMPONENTS)

    @staticmethod
    def _block(value, row0, nrows, width):
        if hasattr(value, 'read_band'):
            return value.read_band(0, row0, nrows)
        return np.full((nrows, width), float(value))

    def rasters(self):
        """``{role: raster}`` of the rasters this geometry reads (parameter names as roles)."""
        values = ({f'LOS_{name}': value for name, value in zip(LOS_COMPONENTS, self.los)} if self.los is not None
                  else {'INCIDENCE_RASTER': self.incidence, 'HEADING_RASTER': self.heading})
        return {f'{self.role_prefix}{role}': value for role, value in values.items() if hasattr(value, 'read_band')}

    def with_rasters(self, replace):
        """A copy whose rasters are ``replace(role, raster)`` (e.g. resampled onto another grid)."""
        def swap(value, role):
            return replace(f'{self.role_prefix}{role}', value) if hasattr(value, 'read_band') else value
        los = (None if self.los is None
               else tuple(swap(value, f'LOS_{name}') for name, value in zip(LOS_COMPONENTS, self.los)))
        return GeometrySource(swap(self.incidence, 'INCIDENCE_RASTER'), swap(self.heading, 'HEADING_RASTER'),
                              self.look, self.role_prefix, los)

    def angles(self, row0, nrows, width):
        """(incidence, heading) arrays of shape (nrows, width), degrees."""
        if self.los is not None:
            return angles_from_unit_vector(*self.unit_vectors(row0, nrows, width), self.look)
        incidence = self._block(self.incidence, row0, nrows, width)
        check_incidence(incidence, f'{self.role_prefix}INCIDENCE_RASTER')
        return incidence, self._block(self.heading, row0, nrows, width)

    def unit_vectors(self, row0, nrows, width):
        """Ground-to-satellite (east, north, up) components for a block of rows."""
        if self.los is None:
            return unit_vector(*self.angles(row0, nrows, width), self.look)
        east, north, up = (self._block(value, row0, nrows, width) for value in self.los)
        check_unit_vectors(east, north, up, self._los_role())
        return normalised(east, north, up)
