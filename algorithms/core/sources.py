"""Analytic deformation sources in an elastic half-space (surface displacements).

All inputs in metres (coordinates, depth) and m³ (volume change); outputs in
the same length unit as the inputs (metres), east/north/up.
"""
import numpy as np


def mogi(x, y, x0, y0, depth, volume_change, poisson=0.25):
    """Mogi point pressure source (reference 002).

    With r the horizontal distance to (x0, y0), d the depth, ΔV the volume change
    and ν Poisson's ratio, R = √(r² + d²)::

        u_r = (1 − ν) ΔV / π · r / R³,     u_z = (1 − ν) ΔV / π · d / R³

    Returns (east, north, up) in metres.  ν = 0.25, ΔV = 10⁶ m³, d = 3 km gives
    u_z(0) = 26.53 mm.
    """
    dx = np.asarray(x, dtype=float) - x0
    dy = np.asarray(y, dtype=float) - y0
    factor = (1.0 - poisson) * volume_change / np.pi / (dx * dx + dy * dy + depth * depth) ** 1.5
    return factor * dx, factor * dy, factor * depth


def screw_dislocation(x, y, x0, y0, strike, slip, locking_depth):
    """Interseismic-style strike-slip screw dislocation across a vertical fault.

    A fault through (x0, y0) with azimuth ``strike`` (degrees clockwise from
    north), buried slip ``slip`` below ``locking_depth``; fault-parallel surface
    motion (Savage & Burford 1973)::

        u_∥(ξ) = slip / π · arctan(ξ / D),    ξ = distance across the fault

    Positive slip is right-lateral: the side to the right of the strike moves
    along −strike.  Used as a smooth co-seismic step field in simulations.
    Returns (east, north, up) in the unit of ``slip``.
    """
    azimuth = np.radians(strike)
    along = np.array([np.sin(azimuth), np.cos(azimuth)])
    across = np.array([np.cos(azimuth), -np.sin(azimuth)])  # to the right of the strike
    xi = (np.asarray(x, dtype=float) - x0) * across[0] + (np.asarray(y, dtype=float) - y0) * across[1]
    parallel = -slip / np.pi * np.arctan(xi / locking_depth)
    return parallel * along[0], parallel * along[1], np.zeros_like(parallel)
