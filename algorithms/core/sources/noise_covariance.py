"""Spatially correlated InSAR noise: an exponential covariance model estimated from residuals.

Atmospheric delay makes LOS errors correlated over kilometres.  The model
(Hanssen 2001; Lohman & Simons 2005; Sudhaus & Jónsson 2009)::

    C(r) = s² exp(−r / λ)            between two points r apart   (r > 0)
    C(0) = s² + n² / N                for a point averaging N pixels

with sill s² (correlated variance), range λ (e-folding distance) and nugget
n² (per-pixel uncorrelated variance), is estimated from the residuals at randomly sampled pixels in two steps:

1. a weighted least-squares fit to the empirical covariogram (pairs binned
   by distance up to half the largest separation) gives a first model;
2. restricted maximum likelihood (REML, Patterson & Thompson 1971) refines
   it on up to :data:`REML_POINTS` of the pixels, with the offset and ramp
   that the inversion removes as fixed effects::

       −2 ln L_R = ln|C| + ln|Xᵀ C⁻¹ X| + rᵀ (C⁻¹ − C⁻¹X(XᵀC⁻¹X)⁻¹XᵀC⁻¹) r

   X = [1, x, y] at the pixels; with C = s²(exp(−r/λ) + τI) the sill is
   profiled out (s² = rᵀPr/(n − 3)) and λ, τ found by bounded quasi-Newton.  The covariogram of ramp-removed residuals
   decays faster than the noise (the ramp absorbs its longest wavelengths),
   so step 1 alone halves the range and the parameter 1σ come out too small;
   REML does not have that bias.
"""
from dataclasses import dataclass

import numpy as np
from scipy.linalg import cho_solve, cholesky
from scipy.optimize import least_squares, minimize

from ..common.errors import InputError

#: distance bins of the empirical covariogram
N_BINS = 20
#: pairs a bin needs to enter the fit
MIN_PAIRS = 20
#: most pixels of the REML refinement (its cost grows as their cube)
REML_POINTS = 700


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
        raise InputError('{0}: the noise covariance of the points is singular; lower MAX_POINTS.', 'LOS')


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


def estimate_covariance(x, y, residual, trend=True, refine=True):
    """:class:`NoiseCovariance` of residuals (mm) at sampled pixels (metric ``x, y``): covariogram, then REML.

    ``trend``: an offset and ramp are fixed effects of the REML step (the
    inversion's nuisance terms); ``refine`` False stops after the covariogram fit.
    """
    first = covariogram_fit(x, y, residual)
    if not refine:
        return first
    return reml_refine(x, y, residual, first, trend)


def reml_refine(x, y, residual, start, trend=True, size=REML_POINTS):
    """REML estimate (module docstring) from ``start``, on at most ``size`` of the points (every k-th)."""
    step = max(1, int(np.ceil(len(residual) / size)))
    x, y, r = (np.asarray(a, dtype=float)[::step] for a in (x, y, residual))
    scale_x = max(np.ptp(x), np.ptp(y), 1.0)
    design = (np.column_stack([np.ones_like(x), (x - x.mean()) / scale_x, (y - y.mean()) / scale_x]) if trend
              else np.ones((len(x), 1)))
    distance = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    variance = max(float(np.var(r)), 1e-12)

    def profiled(log_parameters):
        """−2 ln L_R with the sill profiled out: C = s²(exp(−r/λ) + τ I), s² = q/(n − p); (value, s²)."""
        length, ratio = np.exp(log_parameters)
        matrix = np.exp(-distance / length)
        matrix[np.diag_indices_from(matrix)] += ratio + 1e-9
        try:
            factor = cholesky(matrix, lower=True)
        except np.linalg.LinAlgError:
            return 1e30, np.nan
        inverse_design = cho_solve((factor, True), design)
        inverse_r = cho_solve((factor, True), r)
        small = design.T @ inverse_design
        sign, log_small = np.linalg.slogdet(small)
        if sign <= 0:
            return 1e30, np.nan
        beta = np.linalg.solve(small, design.T @ inverse_r)
        quadratic = max(float(r @ inverse_r - (design.T @ inverse_r) @ beta), 1e-300)
        dof = len(r) - design.shape[1]
        return dof * np.log(quadratic) + 2.0 * np.sum(np.log(np.diag(factor))) + log_small, quadratic / dof

    # bounds: a range beyond twice the area is a ramp, which X absorbs; the nugget share from 10⁻⁴ to 10³
    limits = np.log([(1e-3 * scale_x, 2.0 * scale_x), (1e-4, 1e3)])
    start_vector = np.clip(np.log([start.range, max(start.nugget, 1e-4 * variance) / max(start.sill, 1e-4 * variance)]),
                           limits[:, 0] + 1e-6, limits[:, 1] - 1e-6)
    best = minimize(lambda p: profiled(p)[0], start_vector, method='L-BFGS-B', bounds=limits,
                    options={'ftol': 1e-10, 'maxiter': 40})
    if not np.isfinite(best.fun) or best.fun >= profiled(start_vector)[0]:
        return start
    length, ratio = (float(v) for v in np.exp(best.x))
    sill = float(profiled(best.x)[1])
    return NoiseCovariance(sill, length, sill * ratio)


def covariogram_fit(x, y, residual):
    """Fit :class:`NoiseCovariance` to the empirical covariogram of residuals (mm) at sampled pixels."""
    if len(residual) < 50:
        raise InputError('LOS: only {0} valid pixels to estimate the noise covariance; give a raster with more valid '
                         'pixels or choose independent noise.', len(residual))
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
