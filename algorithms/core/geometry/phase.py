"""Interferometric phase ↔ LOS displacement (SPEC §2, the MintPy convention).

    d = −λ / (4π) · φ        [mm, positive towards the satellite]

with φ the unwrapped phase [rad] and λ the radar wavelength [mm].
"""
import numpy as np

SENTINEL1_WAVELENGTH_MM = 55.465763
ALOS2_WAVELENGTH_MM = 229.0


def phase_to_displacement(phase, wavelength=SENTINEL1_WAVELENGTH_MM):
    """Unwrapped phase [rad] → LOS displacement [mm]."""
    return -wavelength / (4.0 * np.pi) * np.asarray(phase)


def displacement_to_phase(displacement, wavelength=SENTINEL1_WAVELENGTH_MM):
    """LOS displacement [mm] → unwrapped phase [rad]."""
    return -4.0 * np.pi / wavelength * np.asarray(displacement)
