"""Mogi point pressure source in an elastic half-space (reference 002): surface displacements.

Inputs in metres (coordinates, depth) and m³ (volume change); outputs in metres,
east/north/up.
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
