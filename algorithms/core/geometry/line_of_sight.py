"""Radar line-of-sight geometry (SPEC §2).

Incidence θ: degrees from the vertical at the ground.  Heading α: satellite
flight azimuth, degrees clockwise from north.  The unit vector from the ground
to the satellite is::

    right-looking:  (E, N, U) = (−sin θ cos α,  sin θ sin α, cos θ)
    left-looking:   (E, N, U) = ( sin θ cos α, −sin θ sin α, cos θ)

and LOS displacement (positive towards the satellite) is d = ê·(E, N, U).
"""
import numpy as np

from ..common.errors import InputError

LOOK_DIRECTIONS = ('right', 'left')


def check_incidence(incidence, what='INCIDENCE'):
    """Raise :class:`InputError` unless 0 ≤ θ < 90° wherever θ is finite."""
    values = np.asarray(incidence, dtype=float)
    finite = values[np.isfinite(values)]
    if finite.size and (finite.min() < 0.0 or finite.max() >= 90.0):
        bad = finite.min() if finite.min() < 0.0 else finite.max()
        raise InputError(f'{what}: incidence {bad:g}° is impossible; it must be at least 0° and below 90° '
                         '(degrees from the vertical at the ground).')


def unit_vector(incidence, heading, look='right'):
    """Ground-to-satellite unit vector (east, north, up) for θ, α in degrees."""
    if look not in LOOK_DIRECTIONS:
        raise InputError(f'LOOK_DIRECTION: "{look}" is not accepted; choose right or left.')
    theta = np.radians(np.asarray(incidence, dtype=float))
    alpha = np.radians(np.asarray(heading, dtype=float))
    sign = 1.0 if look == 'right' else -1.0
    east = -sign * np.sin(theta) * np.cos(alpha)
    north = sign * np.sin(theta) * np.sin(alpha)
    up = np.cos(theta) * np.ones_like(east)
    return east, north, up


def enu_to_los(east, north, up, incidence, heading, look='right'):
    """Project (east, north, up) displacement onto the LOS (positive towards the satellite)."""
    ue, un, uu = unit_vector(incidence, heading, look)
    return east * ue + north * un + up * uu


class GeometrySource:
    """Incidence and heading per block: a constant number or a single-band raster each.

    ``incidence``/``heading`` are floats or opened single-band
    :class:`~.raster_stack.RasterStack` objects on the processing grid.
    """

    def __init__(self, incidence, heading, look='right', role_prefix=''):
        self.incidence = incidence
        self.heading = heading
        self.look = look
        self.role_prefix = role_prefix
        if look not in LOOK_DIRECTIONS:
            raise InputError(f'LOOK_DIRECTION: "{look}" is not accepted; choose right or left.')
        if not hasattr(incidence, 'read_band'):
            check_incidence(incidence, f'{role_prefix}INCIDENCE')

    @staticmethod
    def _block(value, row0, nrows, width):
        if hasattr(value, 'read_band'):
            return value.read_band(0, row0, nrows)
        return np.full((nrows, width), float(value))

    def angles(self, row0, nrows, width):
        """(incidence, heading) arrays of shape (nrows, width), degrees."""
        incidence = self._block(self.incidence, row0, nrows, width)
        check_incidence(incidence, f'{self.role_prefix}INCIDENCE_RASTER')
        return incidence, self._block(self.heading, row0, nrows, width)

    def unit_vectors(self, row0, nrows, width):
        """Ground-to-satellite (east, north, up) components for a block of rows."""
        return unit_vector(*self.angles(row0, nrows, width), self.look)
