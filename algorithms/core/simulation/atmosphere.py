"""Synthetic atmospheric delay screens.

Turbulent delay is a Gaussian random field with a power-law spectrum
P(k) ∝ k^(−β) (β = 8/3 for Kolmogorov turbulence at InSAR scales, Hanssen
2001), scaled to a given RMS.  Stratified delay is proportional to height.
"""
import numpy as np


def power_law_screen(shape, pixel_size, rms, rng, beta=8.0 / 3.0, outer_scale=None):
    """Zero-mean random field of ``shape`` with spectrum ∝ k^(−β) and RMS ``rms``.

    ``pixel_size`` in metres; wavelengths longer than ``outer_scale`` (default:
    twice the scene) are damped so the screen has no infinite-variance mean.
    The field is generated on a grid padded ×2 to avoid periodic wrap-around.
    """
    rows, cols = shape
    if rms == 0:
        return np.zeros(shape)
    pad_rows, pad_cols = 2 * rows, 2 * cols
    ky = np.fft.fftfreq(pad_rows, d=pixel_size)
    kx = np.fft.rfftfreq(pad_cols, d=pixel_size)
    k = np.hypot(*np.meshgrid(kx, ky))
    outer = outer_scale if outer_scale else 2.0 * max(rows, cols) * pixel_size
    k_outer = 1.0 / outer
    amplitude = (k * k + k_outer * k_outer) ** (-beta / 4.0)
    amplitude[0, 0] = 0.0
    noise = rng.standard_normal((pad_rows, pad_cols))
    field = np.fft.irfft2(np.fft.rfft2(noise) * amplitude, s=(pad_rows, pad_cols))[:rows, :cols]
    field -= field.mean()
    return field * (rms / field.std())


def stratified_delay(height, coefficient_mm_per_km):
    """Height-correlated delay [mm] = coefficient [mm/km] × height [m] / 1000."""
    return coefficient_mm_per_km * np.asarray(height, dtype=float) / 1000.0
