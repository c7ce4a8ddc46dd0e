"""White + power-law noise of GNSS position series by maximum likelihood (Hector-style), and GLS trajectories.

Daily GNSS positions carry white noise and power-law ("coloured") noise with
spectrum P(f) ∝ f^κ (flicker κ = −1, random walk κ = −2; Williams 2003).  The
covariance of n daily positions (ΔT = 1 day in years)::

    C = σ_w² I + σ_pl² ΔT^(−κ/2) H Hᵀ

H lower-triangular Toeplitz, H_ij = h_(i−j), with Hosking's (1981)
fractional-differencing coefficients h_0 = 1, h_k = h_(k−1)·(k − 1 − κ/2)/k;
σ_w in mm, σ_pl in mm/yr^(−κ/4) (the units of Hector and CATS).  The noise
filter starts at the station's first day; missing days are simply not
observed.

Speed: the likelihood is evaluated on means over bins of b consecutive days
(b = ⌈N_days / :data:`MAX_BINS`⌉; 1 for series up to about a year).  Binning
is an exact linear map A of the data (y_b = A y, G_b = A G, C_b = A C Aᵀ), so
the model and its likelihood stay exact for the binned data; only
information at periods below 2b days is given up, which carries almost none
about rates, seasonal terms or steps.  With D = diag(1/n_k) (white part of a
bin mean) and P = ΔT^(−κ/2) (AH)(AH)ᵀ, the eigen-decomposition
D^(−½) P D^(−½) = Q Λ Qᵀ turns C_b into a diagonal matrix,
σ_w² I + σ_pl² Λ, after the whitening z = Qᵀ D^(−½) y.  For fixed κ the
log-likelihood (trajectory parameters β profiled by GLS)::

    ln L = −½ [ Σ ln v_i + Σ r_i²/v_i + n ln 2π ],   v_i = σ²((1 − φ) + φ λ_i/λ̄)

is maximised over the power-law share φ ∈ [0, 1] (σ² in closed form,
σ̂² = (1/n) Σ r_i²/ψ_i); κ, when estimated, by a bounded outer search in
[:data:`KAPPA_RANGE`].  Parameter covariance: (Xᵀ V⁻¹ X)⁻¹ of the GLS fit
at the maximum (β and their 1σ for every trajectory term).
"""
import hashlib
import math
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize_scalar

#: most bins the likelihood is evaluated on
MAX_BINS = 400
#: spectral index search interval of the power-law model
KAPPA_RANGE = (-2.0, -0.2)
#: one day in years
DAY_YEARS = 1.0 / 365.25
#: noise models: key → description
NOISE_MODELS = {'flicker': 'white + flicker (MLE)', 'powerlaw': 'white + power law (MLE)', 'ar1': 'white + AR(1)'}
#: grid of the power-law share φ before the bounded refinement
_SHARE_GRID = 1.0 / (1.0 + np.exp(-np.linspace(-9.0, 9.0, 37)))


@dataclass
class NoiseFit:
    """Maximum-likelihood noise of one component and the GLS trajectory under it (mm, mm/yr)."""

    white: float                  # σ_w, mm (daily)
    power_law: float              # σ_pl, mm/yr^(−κ/4)
    kappa: float                  # spectral index
    coefficients: np.ndarray      # GLS trajectory parameters
    sigmas: np.ndarray            # their 1σ
    log_likelihood: float
    n_bins: int


def hosking(kappa, count):
    """Fractional-differencing filter h_0 … h_(count−1) of a power-law process with index κ."""
    k = np.arange(1, count, dtype=float)
    factors = (k - 1.0 - kappa / 2.0) / k
    return np.concatenate([[1.0], np.cumprod(factors)])


@dataclass
class Bins:
    """Bin means of the observed days: design (m, p), counts (m,), the averaging map for :func:`power_law_block`."""

    index: np.ndarray             # bin of each observation
    counts: np.ndarray            # observations per non-empty bin
    starts: np.ndarray            # first day of each non-empty bin
    offsets: np.ndarray           # (m, b) weight 1/n_k of day start + o, 0 where not observed
    n_days: int

    @classmethod
    def of(cls, days, size=None):
        """Bins of ``size`` days (default ⌈span/MAX_BINS⌉) over observation days ``days`` (integers from 0)."""
        days = np.asarray(days, dtype=int)
        n_days = int(days.max()) + 1
        size = size or max(1, math.ceil(n_days / MAX_BINS))
        raw = days // size
        occupied, index, counts = np.unique(raw, return_inverse=True, return_counts=True)
        offsets = np.zeros((occupied.size, size))
        np.add.at(offsets, (index, days - raw * size), 1.0)
        offsets /= counts[:, None]
        return cls(index, counts, occupied * size, offsets, n_days)

    def mean(self, values):
        """Bin means of per-observation ``values`` (n,) or (n, p)."""
        values = np.asarray(values, dtype=float)
        total = np.zeros((self.counts.size,) + values.shape[1:])
        np.add.at(total, self.index, values)
        return total / self.counts.reshape((-1,) + (1,) * (values.ndim - 1))


def power_law_block(bins, kappa):
    """P = ΔT^(−κ/2) (AH)(AH)ᵀ: covariance of the bin means for unit power-law amplitude.

    Row k of AH is Σ_o w_(k,o) h_(s_k + o − j) over the days j: each term is a
    contiguous window of the reversed filter, so rows are copied, not gathered.
    """
    n = bins.n_days
    h = hosking(kappa, n)
    reversed_filter = np.concatenate([np.zeros(n), h[::-1], np.zeros(n)])   # u[2n − 1 − m + j] = h[m − j]
    windows = np.lib.stride_tricks.sliding_window_view(reversed_filter, n)
    averaged = np.zeros((bins.starts.size, n))
    for o in range(bins.offsets.shape[1]):
        weights = bins.offsets[:, o]
        rows = np.flatnonzero(weights)
        averaged[rows] += weights[rows, None] * windows[2 * n - 1 - (bins.starts[rows] + o)]
    return DAY_YEARS ** (-kappa / 2.0) * (averaged @ averaged.T)


#: eigen-decompositions of recent (observation days, κ): the three components of a station, and
#: repeated series on the same days, share one
_EIGEN_CACHE = {}
_EIGEN_CACHE_SIZE = 8


def _eigen(bins, days, kappa):
    """(eigenvalues, eigenvectors) of D^(−½) P D^(−½) for these observation days and κ (cached)."""
    key = (hashlib.sha1(np.ascontiguousarray(days, dtype=np.int64).tobytes()).hexdigest(), round(kappa, 12))
    if key not in _EIGEN_CACHE:
        scale = np.sqrt(bins.counts)                                   # D^(−½)
        block = power_law_block(bins, kappa) * scale[:, None] * scale[None, :]
        if len(_EIGEN_CACHE) >= _EIGEN_CACHE_SIZE:
            _EIGEN_CACHE.pop(next(iter(_EIGEN_CACHE)))
        _EIGEN_CACHE[key] = np.linalg.eigh(block)
    return _EIGEN_CACHE[key]


class _Whitened:
    """Bin data and design in the eigenbasis of D^(−½) P D^(−½) for one κ."""

    def __init__(self, bins, days, y, design, kappa):
        scale = np.sqrt(bins.counts)                                   # D^(−½)
        eigenvalues, vectors = _eigen(bins, days, kappa)
        self.eigenvalues = np.clip(eigenvalues, 0.0, None)
        self.mean_eigenvalue = max(float(np.mean(self.eigenvalues)), 1e-300)
        self.z = vectors.T @ (scale * y)
        self.x = vectors.T @ (scale[:, None] * design)
        self.kappa = kappa

    def profile(self, share):
        """(−ln L, σ², GLS β, covariance of β) for power-law share φ of the variance."""
        psi = (1.0 - share) + share * self.eigenvalues / self.mean_eigenvalue
        psi = np.maximum(psi, 1e-12)
        weighted = self.x / psi[:, None]
        normal = self.x.T @ weighted
        beta = np.linalg.solve(normal, weighted.T @ self.z)
        residual = self.z - self.x @ beta
        n = self.z.size
        variance = float(np.sum(residual * residual / psi) / n)
        variance = max(variance, 1e-300)
        cost = 0.5 * (np.sum(np.log(variance * psi)) + n + n * math.log(2.0 * math.pi))
        return cost, variance, beta, variance * np.linalg.inv(normal)

    def best_share(self):
        costs = [self.profile(s)[0] for s in _SHARE_GRID]
        k = int(np.argmin(costs))
        low, high = _SHARE_GRID[max(k - 1, 0)], _SHARE_GRID[min(k + 1, len(_SHARE_GRID) - 1)]
        if high > low:
            result = minimize_scalar(lambda s: self.profile(s)[0], bounds=(low, high), method='bounded',
                                     options={'xatol': 1e-6})
            if result.fun < costs[k]:
                return float(result.x)
        return float(_SHARE_GRID[k])


def fit_noise(days, y, design, model='flicker'):
    """MLE of white + power-law noise of one component and the GLS trajectory (module docstring).

    ``days`` (n,) integer day numbers from the first day; ``y`` (n,) mm;
    ``design`` (n, p) trajectory design rows of those days; ``model``
    'flicker' (κ = −1 fixed) or 'powerlaw' (κ estimated).  Returns a :class:`NoiseFit`.
    """
    bins = Bins.of(days)
    y_bins, design_bins = bins.mean(y), bins.mean(design)

    def solve(kappa):
        whitened = _Whitened(bins, days, y_bins, design_bins, kappa)
        share = whitened.best_share()
        return whitened.profile(share) + (share, whitened)

    if model == 'powerlaw':
        search = minimize_scalar(lambda k: solve(k)[0], bounds=KAPPA_RANGE, method='bounded',
                                 options={'xatol': 0.01})
        kappa = float(search.x)
    else:
        kappa = -1.0
    cost, variance, beta, covariance, share, whitened = solve(kappa)
    # back to amplitudes: v_i = σ²(1 − φ) + σ² φ λ_i/λ̄  ⇒  σ_w² = σ²(1 − φ), σ_pl² = σ² φ/λ̄
    white = math.sqrt(variance * (1.0 - share))
    power = math.sqrt(variance * share / whitened.mean_eigenvalue)
    return NoiseFit(white, power, kappa, beta, np.sqrt(np.clip(np.diag(covariance), 0.0, None)), -cost,
                    bins.counts.size)


def simulate_noise(n_days, white, power_law, kappa, rng, count=1):
    """``count`` daily series (count, n_days) of white (mm) + power-law (mm/yr^(−κ/4)) noise (tests, benchmarks)."""
    h = hosking(kappa, n_days)
    driving = rng.standard_normal((count, n_days))
    length = 1 << int(math.ceil(math.log2(2 * n_days)))
    coloured = np.fft.irfft(np.fft.rfft(driving, length) * np.fft.rfft(h, length), length)[:, :n_days]
    return white * rng.standard_normal((count, n_days)) + power_law * DAY_YEARS ** (-kappa / 4.0) * coloured
