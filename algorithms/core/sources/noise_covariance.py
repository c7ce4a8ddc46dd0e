"""Spatially correlated InSAR noise: an exponential covariance model estimated from residuals.

Atmospheric delay makes LOS errors correlated over kilometres.  The model
(Hanssen 2001; Lohman & Simons 2005; Sudhaus & Jónsson 2009)::

    C(r) = s² exp(−r / λ)            between two points r apart   (r > 0)
    C(0) = s² + n² / N                for a point averaging N pixels

with sill s² (correlated variance), range λ (e-folding distance) and nugget
n² (per-pixel uncorrelated variance), is fitted by weighted least squares to
the empirical covariogram of residuals at randomly sampled pixels (pairs
binned by distance up to half the largest separation).
"""
from dataclasses import dataclass

import numpy as np
from scipy.linalg import cholesky
from scipy.optimize import least_squares

from ..common.errors import InputError

#: distance bins of the empirical covariogram
N_BINS = 20
#: pairs a bin needs to enter the fit
MIN_PAIRS = 20


@dataclass
class NoiseCovariance:
    """Exponential covariance: sill (mm²), range (m), nugget (mm², per pixel)."""

    sill: float
    range: float
    nugget: float

    def matrix(self, x, y, count):
        """Covariance (mm²) of points at metric ``x, y`` averaging ``count`` pixels each."""
        distance = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
        matrix = self.sill * np.exp(-distance / self.range)
        matrix[np.diag_indices_from(matrix)] += self.nugget / np.asarray(count, dtype=float)
        return matrix

    def cholesky(self, x, y, count):
        """Lower Cholesky factor of :meth:`matrix` (a tiny jitter is added if it is not positive definite)."""
        matrix = self.matrix(x, y, count)
        jitter = 1e-10 * (self.sill + self.nugget)
        for _ in range(6):
            try:
                return cholesky(matrix, lower=True)
            except np.linalg.LinAlgError:
                matrix[np.diag_indices_from(matrix)] += jitter
                jitter *= 100.0
        raise InputError('LOS: the noise covariance of the points is singular; lower MAX_POINTS.')


def covariogram(x, y, residual, n_bins=N_BINS):
    """Empirical covariogram: bin centres (m), mean products r_i r_j (mm²), pair counts; and the variance."""
    residual = residual - residual.mean()
    upper = np.triu_indices(len(residual), 1)
    distance = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])[upper]
    products = np.outer(residual, residual)[upper]
    edges = np.linspace(0.0, distance.max() / 2.0, n_bins + 1)
    index = np.digitize(distance, edges) - 1
    inside = (index >= 0) & (index < n_bins)
    counts = np.bincount(index[inside], minlength=n_bins)
    sums = np.bincount(index[inside], weights=products[inside], minlength=n_bins)
    centres = 0.5 * (edges[:-1] + edges[1:])
    return centres, sums / np.maximum(counts, 1), counts, float(np.mean(residual * residual))


def estimate_covariance(x, y, residual):
    """Fit :class:`NoiseCovariance` to residuals (mm) at sampled pixels (metric ``x, y``)."""
    if len(residual) < 50:
        raise InputError(f'LOS: only {len(residual)} valid pixels to estimate the noise covariance; '
                         'give a raster with more valid pixels or choose independent noise.')
    centres, covariance, counts, variance = covariogram(x, y, residual)
    variance = max(variance, 1e-12)
    use = counts >= MIN_PAIRS
    weights = np.sqrt(counts[use])
    extent = 4.0 * centres[-1]
    start = (float(np.clip(covariance[use][0], 1e-6 * variance, 1.9 * variance)), extent / 10.0)
    fit = least_squares(lambda p: weights * (p[0] * np.exp(-centres[use] / p[1]) - covariance[use]), start,
                        bounds=([0.0, 1e-3 * extent], [2.0 * variance, 10.0 * extent]))
    sill, length = fit.x
    nugget = max(variance - sill, 0.01 * variance)
    return NoiseCovariance(float(sill), float(length), float(nugget))
