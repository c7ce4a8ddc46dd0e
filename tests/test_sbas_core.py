"""SBAS core (QGIS-free): exactness, minimum norm, numba = numpy, smoothing, steps, ABIC, reference."""
import datetime as dt

import numpy as np
import pytest

from deformation_toolbox.algorithms.core.common.accel import HAVE_NUMBA
from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.insar import reference
from deformation_toolbox.algorithms.core.insar.sbas.abic import abic_curve, abic_search, abic_values
from deformation_toolbox.algorithms.core.insar.sbas.network import build_network, sequential_network
from deformation_toolbox.algorithms.core.insar.sbas.solution import residual_quality, time_series
from deformation_toolbox.algorithms.core.insar.sbas.solve import phase_weights, solve
from deformation_toolbox.algorithms.core.io.raster_stack import grid_from_origin

START = dt.date(2020, 1, 7)


def make_network(n_dates=30, links=3, gap=None, steps=(), seed=0):
    rng = np.random.default_rng(seed)
    days = np.concatenate([[0], np.cumsum(rng.choice([12, 12, 12, 24, 36], n_dates - 1))])
    dates = [START + dt.timedelta(days=int(d)) for d in days]
    gap_date = dates[gap] if gap is not None else None
    pairs = sequential_network(dates, links, gap_date)
    return build_network([(dates[i], dates[j]) for i, j in pairs], [dates[s] for s in steps])


def observe(network, series):
    return series[:, network.pairs[:, 1]] - series[:, network.pairs[:, 0]]


def noisy_problem(network, n_pix=400, missing=0.1, seed=1):
    rng = np.random.default_rng(seed)
    series = np.cumsum(rng.normal(0.0, 3.0, (n_pix, network.n_dates)), axis=1)
    series -= series[:, :1]
    data = observe(network, series) + rng.normal(0.0, 1.0, (n_pix, len(network.pairs)))
    data[rng.random(data.shape) < missing] = np.nan
    weights = rng.uniform(0.2, 3.0, data.shape)
    return data, weights


def test_noise_free_network_is_recovered_exactly_without_smoothing():
    network = make_network()
    rng = np.random.default_rng(2)
    truth = np.cumsum(rng.normal(0, 5, (50, network.n_dates)), axis=1)
    truth -= truth[:, :1]
    solution = solve(network, observe(network, truth), None, 0.0)
    np.testing.assert_allclose(time_series(network, solution.x), truth, atol=1e-9)


@pytest.mark.parametrize('use_numba', [False, True] if HAVE_NUMBA else [False])
def test_minimum_norm_equals_pseudo_inverse_with_gap_and_missing_data(use_numba):
    network = make_network(gap=14)
    data, weights = noisy_problem(network, n_pix=120)
    solution = solve(network, data, weights, 0.0, use_numba=use_numba)
    design = network.design()
    for p in range(len(data)):
        ok = np.isfinite(data[p])
        root = np.sqrt(weights[p, ok])
        expected = np.linalg.pinv(design[ok] * root[:, None]) @ (data[p, ok] * root)
        np.testing.assert_allclose(solution.x[p], expected, atol=1e-8)
    # across the gap the minimum-norm velocity is zero
    gap = network.gaps()
    assert len(gap) == 1 and gap[0] == (network.dates[14 - 1], network.dates[14])
    np.testing.assert_allclose(solution.x[:, 13], 0.0, atol=1e-9)


def test_unweighted_shared_operator_equals_per_pixel_solution():
    network = make_network(steps=(12,))
    data, _ = noisy_problem(network, n_pix=300, missing=0.0)
    data[:5, 3] = np.nan  # a few pixels go through the per-pixel path
    for kappa2 in (0.0, 1e-3):
        shared = solve(network, data, None, kappa2)
        one_by_one = np.vstack([solve(network, data[p:p + 1], None, kappa2).x for p in range(len(data))])
        np.testing.assert_allclose(shared.x, one_by_one, atol=1e-8)


@pytest.mark.skipif(not HAVE_NUMBA, reason='numba not installed')
@pytest.mark.parametrize('kappa2', [0.0, 1e-4, 10.0])
def test_numba_and_numpy_paths_give_the_same_numbers(kappa2):
    network = make_network(gap=9, steps=(5, 20))
    data, weights = noisy_problem(network, n_pix=500, missing=0.2)
    data[7] = np.nan                       # a pixel without observations
    data[8, network.step_columns()[:, 0] != 0] = np.nan   # a pixel whose first step is not spanned
    fast = solve(network, data, weights, kappa2, use_numba=True, abic=True)
    slow = solve(network, data, weights, kappa2, use_numba=False, abic=True)
    np.testing.assert_allclose(fast.x, slow.x, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(fast.logdet, slow.logdet, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(fast.objective, slow.objective, rtol=1e-8)
    np.testing.assert_array_equal(fast.n_free, slow.n_free)
    assert np.isnan(fast.x[7]).all() and np.isnan(slow.x[7]).all()
    if kappa2 > 0:
        assert fast.n_free[8] == network.n_params - 1 and fast.x[8, network.n_intervals] == 0.0


@pytest.mark.skipif(not HAVE_NUMBA, reason='numba not installed')
def test_series_and_counts_numba_and_numpy_agree_with_steps_and_complete_pixels():
    """time_series (steps, unsolved pixels) and the valid counts of the dispatch: numba = numpy."""
    from deformation_toolbox.algorithms.core.insar.sbas.solution import valid_counts
    network = make_network(gap=9, steps=(5, 20))
    data, weights = noisy_problem(network, n_pix=500, missing=0.2)
    data[100:300] = noisy_problem(network, n_pix=200, missing=0.0, seed=4)[0]   # complete: the shared operator
    weights[50, 3] = 0.0
    for w in (weights, None):
        for a, b in zip(valid_counts(data, w, use_numba=True), valid_counts(data, w, use_numba=False)):
            np.testing.assert_array_equal(a, b)
        solution = solve(network, data, w, 1e-3, use_numba=False)
        solution.x[7] = np.nan
        fast = time_series(network, solution.x, use_numba=True)
        slow = time_series(network, solution.x, use_numba=False)
        np.testing.assert_allclose(fast, slow, rtol=1e-12, atol=1e-9)
        assert np.isnan(fast[7]).all() and np.isnan(slow[7]).all()
    unit = [solve(network, data, None, 0.0, use_numba=n) for n in (True, False)]
    np.testing.assert_allclose(unit[0].x, unit[1].x, rtol=1e-9, atol=1e-9)
    np.testing.assert_array_equal(unit[0].n_used, np.isfinite(data).sum(axis=1))


def test_smoothing_recovers_linear_motion_and_steps_exactly():
    """A linear trajectory with steps has zero roughness: any κ² returns it exactly."""
    network = make_network(gap=20, steps=(8, 25))
    velocity = np.array([[-12.0], [3.5], [40.0]])
    steps = np.array([[25.0, -7.0], [0.0, 3.0], [-15.0, 11.0]])
    truth = velocity * network.t + steps @ network.after_step()
    for kappa2 in (1e-6, 1.0, 1e4):
        solution = solve(network, observe(network, truth), None, kappa2)
        np.testing.assert_allclose(time_series(network, solution.x), truth, atol=1e-6)
        np.testing.assert_allclose(solution.x[:, network.n_intervals:], steps, atol=1e-6)


def test_smoothing_bridges_a_gap_with_continuous_velocity():
    network = make_network(gap=15)
    truth = 20.0 * network.t[None, :]
    data = observe(network, truth)
    none = time_series(network, solve(network, data, None, 0.0).x)
    smooth = time_series(network, solve(network, data, None, 1e-2).x)
    np.testing.assert_allclose(smooth, truth, atol=1e-6)
    assert abs(none[0, -1] - truth[0, -1]) > 1.0   # min-norm loses the gap's displacement


def test_abic_picks_a_near_optimal_smoothing_factor():
    """On a smooth signal with white interferogram noise, ABIC's κ² is within 3 % of the best RMSE."""
    network = make_network(n_dates=40)
    rng = np.random.default_rng(5)
    n = 300
    seasonal = 10.0 * np.sin(2 * np.pi * network.t)[None, :] * rng.uniform(0.5, 1.5, (n, 1))
    truth = rng.normal(0, 20, (n, 1)) * network.t[None, :] + seasonal
    truth -= truth[:, :1]
    data = observe(network, truth) + rng.normal(0.0, 3.0, (n, len(network.pairs)))
    kappa2, curve = abic_curve(network, data, None)
    values = dict(curve)
    assert values[kappa2] == min(values.values())
    assert curve[0][0] < kappa2 < curve[-1][0]

    def rmse(k2):
        series = time_series(network, solve(network, data, None, k2).x)
        return np.sqrt(np.mean((series - truth) ** 2))

    best = min(rmse(k2) for k2 in kappa2 * 10.0 ** np.arange(-3.0, 3.01, 0.25))
    assert rmse(kappa2) <= 1.03 * best
    assert rmse(kappa2) < 0.97 * rmse(0.0)


def test_phase_weights_follow_the_cramer_rao_variance():
    wavelength = 55.465763
    weight = phase_weights(np.array([0.5, 0.0, np.nan]), 20.0, wavelength)
    sigma_phase2 = (1 - 0.25) / (2 * 20 * 0.25)
    sigma_mm2 = (wavelength / (4 * np.pi)) ** 2 * sigma_phase2
    assert weight[0] == pytest.approx(1.0 / sigma_mm2)
    assert weight[1] == 0.0 and np.isnan(weight[2])


def test_residual_quality_of_a_consistent_network():
    network = make_network()
    truth = 10.0 * network.t[None, :].repeat(3, axis=0)
    data = observe(network, truth)
    data[1, :] += 1.0   # inconsistent by 1 mm everywhere
    data[2, 3] = np.nan
    coherence, rms, used = residual_quality(network, truth, data, np.ones_like(data), 55.465763)
    assert coherence[0] == pytest.approx(1.0) and rms[0] == pytest.approx(0.0, abs=1e-12)
    assert rms[1] == pytest.approx(1.0)
    assert used.tolist() == [len(network.pairs), len(network.pairs), len(network.pairs) - 1]


@pytest.mark.skipif(not HAVE_NUMBA, reason='numba not installed')
def test_quality_numba_and_numpy_agree():
    network = make_network(gap=9)
    data, weights = noisy_problem(network, n_pix=300, missing=0.2)
    series = time_series(network, solve(network, data, weights, 1e-3).x)
    series[3] = np.nan
    for w in (weights, None):
        fast = residual_quality(network, series, data, w, 55.465763, use_numba=True)
        slow = residual_quality(network, series, data, w, 55.465763, use_numba=False)
        for a, b in zip(fast, slow):
            np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-6)
        assert np.isnan(fast[0][3]) and np.isnan(slow[0][3])


@pytest.mark.skipif(not HAVE_NUMBA, reason='numba not installed')
def test_phasor_sums_by_polynomials_match_double_precision_trigonometry():
    """The numba kernel's branch-free cos/sin (half angle, Taylor to degree 17): 1e-9 of libm's, any phase."""
    from deformation_toolbox.algorithms.core.insar.sbas.solution import _phasor_sums_kernel
    rng = np.random.default_rng(5)
    phase = np.concatenate([rng.uniform(-np.pi, np.pi, (50, 114)), rng.uniform(-1e3, 1e3, (50, 114)),
                            np.full((1, 114), np.pi), np.zeros((1, 114))])
    real, imag = np.empty(len(phase)), np.empty(len(phase))
    _phasor_sums_kernel(phase, real, imag)
    np.testing.assert_allclose(real, np.cos(phase).sum(axis=1), rtol=0, atol=1e-9)
    np.testing.assert_allclose(imag, np.sin(phase).sum(axis=1), rtol=0, atol=1e-9)


@pytest.mark.skipif(not HAVE_NUMBA, reason='numba not installed')
def test_to_pixels_numba_and_numpy_agree():
    from deformation_toolbox.algorithms.core.insar.sbas.stack import to_pixels
    values = np.random.default_rng(4).normal(0, 3, (7, 5, 6))
    values[2, 1, 3] = np.nan
    offset = np.arange(7.0)
    fast = to_pixels(values, -4.4, offset, use_numba=True)
    slow = to_pixels(values, -4.4, offset, use_numba=False)
    np.testing.assert_array_equal(fast, slow)
    np.testing.assert_allclose(fast, values.reshape(7, -1).T * -4.4 - offset)


@pytest.mark.skipif(not HAVE_NUMBA, reason='numba not installed')
def test_pixel_weights_numba_and_numpy_are_bit_identical_to_phase_weights():
    """Coherence with NaN, 0, negative and > 0.999 values: the weights of a window's pixels (n, K) are
    phase_weights (σ_φ² = (1 − γ²)/(2Lγ²), γ clipped to [0, 0.999]) transposed, bit for bit, on both paths."""
    from deformation_toolbox.algorithms.core.insar.sbas.solve import phase_weights_of_pixels
    coherence = np.random.default_rng(9).uniform(-0.1, 1.0, (7, 5, 6))
    coherence[0, 0, :3] = [np.nan, 0.0, 1.0]
    expected = phase_weights(coherence, 20.0, 55.465763).reshape(7, -1).T
    for use_numba in (True, False):
        weights = phase_weights_of_pixels(coherence, 20.0, 55.465763, use_numba)
        assert weights.flags.c_contiguous and weights.shape == (30, 7)
        np.testing.assert_array_equal(weights, expected)
    assert np.isnan(expected[0, 0]) and expected[1, 0] == 0.0
    gamma2 = 0.999 ** 2
    assert expected[2, 0] == pytest.approx((4 * np.pi / 55.465763) ** 2 * 2 * 20 * gamma2 / (1 - gamma2))


def test_network_errors_name_the_problem():
    d = [START + dt.timedelta(days=12 * i) for i in range(5)]
    with pytest.raises(InputError, match='1 interferogram given'):
        build_network([(d[0], d[1])])
    with pytest.raises(InputError, match='STEP_DATES: 2019-01-01 is outside'):
        build_network([(d[0], d[1]), (d[1], d[2])], [dt.date(2019, 1, 1)])
    with pytest.raises(InputError, match='both fall between'):
        build_network([(d[0], d[1]), (d[1], d[2])], [d[1] - dt.timedelta(days=3), d[1]])
    split = build_network([(d[0], d[1]), (d[1], d[2]), (d[3], d[4])])
    assert 'gap between 2020-01-31 and 2020-02-12' in split.describe_disconnection()


def test_reference_prefers_the_most_coherent_fully_covered_window():
    grid = grid_from_origin(0.0, 1000.0, 10.0, 40, 30, epsg=32654)
    rng = np.random.default_rng(0)
    displacement = rng.normal(0, 1, (6, 30, 40))
    coherence = np.full((6, 30, 40), 0.5)
    coherence[:, 20:25, 30:35] = 0.9          # most coherent window centred on row 22, column 32 …
    displacement[2, 8, 8] = np.nan
    coherence[:, 6:11, 6:11] = 0.95           # … but this one has a hole, so it is not taken

    def read(row0, nrows, col0=0, ncols=None):
        cols = slice(col0, None if ncols is None else col0 + ncols)
        return displacement[:, row0:row0 + nrows, cols].copy(), coherence[:, row0:row0 + nrows, cols].copy()

    chosen = reference.choose_reference(read, grid, 2)
    assert (chosen.row, chosen.column) == (22, 32) and chosen.fully_covered
    np.testing.assert_allclose(chosen.values, displacement[:, 20:25, 30:35].mean(axis=(1, 2)))
    with pytest.raises(InputError, match='outside the grid'):
        reference.reference_at(read, grid, 5000.0, 500.0, 2)
    displacement[:, 0, 0] = np.nan
    with pytest.raises(InputError, match='no valid value'):
        reference.reference_at(read, grid, 1.0, 999.0, 2)



def test_automatic_reference_reads_a_bounded_share_of_the_stack_in_bounded_slabs():
    """A tall tiled stack: the search reads only its share of the bands of tiles, each tile's rows
    together, slabs within SLAB_BYTES; every window of the searched band is a candidate; without a
    fully covered window there, every band is searched."""
    height, width, k, tile = 2048, 700, 40, (256, 256)
    grid = grid_from_origin(0.0, 1e5, 10.0, width, height, epsg=32654)
    rng = np.random.default_rng(1)
    coherence = np.full((k, height, width), 0.5, dtype=np.float32)
    plan = reference.search_plan(grid, 2, 2 * k, tile)
    bands = sorted({p.rows[0] // tile[0] for p in plan})
    assert bands == reference.search_bands(height, tile[0]) and len(bands) == 1   # 8 bands, ⅛ of them
    band0 = bands[0] * tile[0]
    coherence[:, band0 + 100:band0 + 105, 433:438] = 0.9        # best window of the searched band, off-row
    coherence[:, 10:15, 10:15] = 0.99                           # better, but in a band not searched
    reads = []

    def read(row0, nrows, col0=0, ncols=None):
        ncols = width - col0 if ncols is None else ncols
        reads.append((row0, nrows, col0, ncols))
        d = rng.normal(0, 1, (k, nrows, ncols))
        return d, coherence[:, row0:row0 + nrows, col0:col0 + ncols].astype(float)

    chosen = reference.choose_reference(read, grid, 2, n_values=2 * k, tile=tile)
    assert (chosen.row, chosen.column) == (band0 + 102, 435) and chosen.fully_covered
    rows_read = sum(n * c for _, n, _, c in reads)
    assert rows_read <= 1.1 * tile[0] * width        # one band of tiles (+ the window margins)
    assert max(8 * 2 * k * n * c for _, n, _, c in reads) <= reference.SLAB_BYTES
    assert {r // tile[0] for r0, n, _, _ in reads for r in (r0 + 2, r0 + n - 3)} == set(bands)

    # a hole in every pixel of the searched band at one date: the other bands are searched too
    def holed(row0, nrows, col0=0, ncols=None):
        d, c = read(row0, nrows, col0, ncols)
        inside = (np.arange(row0, row0 + nrows) // tile[0]) == bands[0]
        d[0, inside] = np.nan
        return d, c

    reads.clear()
    chosen = reference.choose_reference(holed, grid, 2, n_values=2 * k, tile=tile)
    assert (chosen.row, chosen.column) == (12, 12) and chosen.fully_covered
    assert sum(n * c for _, n, _, c in reads) >= height * width

# -- per-date atmosphere (joint model) and its ABIC ----------------------------------------------

def incidence(network):
    """A (K, N): +1 at the second date of each interferogram, −1 at the first."""
    a = np.zeros((len(network.pairs), network.n_dates))
    rows = np.arange(len(network.pairs))
    a[rows, network.pairs[:, 1]] = 1.0
    a[rows, network.pairs[:, 0]] = -1.0
    return a


def test_abic_equals_a_brute_force_marginal_likelihood():
    """ABIC(κ², ρ) − ABIC(κ²', ρ') equals −2 ln p(d | κ², ρ, σ̂²) differences of the Gaussian d.

    d ~ N(0, σ²(W⁻¹ + ρAAᵀ + G(κ²LᵀL)⁺Gᵀ) + V·GZZᵀGᵀ), Z the null space of LᵀL
    (constant velocity, steps) with a very wide prior V; σ² maximised numerically.
    """
    from scipy.optimize import minimize_scalar
    network = make_network(n_dates=8, links=2, steps=(4,), seed=3)
    rng = np.random.default_rng(8)
    data = rng.normal(0.0, 3.0, (1, len(network.pairs)))
    weights = rng.uniform(0.3, 2.0, data.shape)
    g, lap, a = network.design(), network.roughness(), incidence(network)
    ltl = lap.T @ lap
    eigenvalues, vectors = np.linalg.eigh(ltl)
    null = vectors[:, eigenvalues < 1e-9 * eigenvalues.max()]
    assert null.shape[1] == network.n_params - (network.n_dates - 2)
    wide = 1e10   # the error of the finite prior falls as 1/V (1e6: 1e-3; 1e10: 1e-7)

    def brute(kappa2, rho):
        base = np.diag(1.0 / weights[0]) + rho * a @ a.T + g @ np.linalg.pinv(kappa2 * ltl) @ g.T
        fixed = wide * g @ null @ null.T @ g.T

        def minus_two_log_p(log_sigma2):
            cov = np.exp(log_sigma2) * base + fixed
            sign, logdet = np.linalg.slogdet(cov)
            return logdet + data[0] @ np.linalg.solve(cov, data[0])
        best = minimize_scalar(minus_two_log_p, bounds=(-10.0, 10.0), method='bounded',
                               options={'xatol': 1e-10})
        return best.fun

    points = [(1e-3, 0.0), (1e-3, 2.0), (0.3, 0.5), (30.0, 8.0)]
    abic = [abic_values(network, data, weights, k, use_numba=False, rho=r)[0] for k, r in points]
    reference = [brute(k, r) for k, r in points]
    np.testing.assert_allclose(np.diff(abic), np.diff(reference), atol=1e-5)


def test_joint_estimate_equals_an_augmented_least_squares_solution():
    network = make_network(n_dates=20, gap=9, steps=(5,))
    data, weights = noisy_problem(network, n_pix=6, missing=0.2)
    kappa2, rho = 0.05, 3.0
    solution = solve(network, data, weights, kappa2, use_numba=False, rho=rho)
    g, lap, a = network.design(), network.roughness(), incidence(network)
    m, n = network.n_params, network.n_dates
    for p in range(len(data)):
        ok = np.isfinite(data[p])
        root = np.sqrt(weights[p, ok])[:, None]
        system = np.vstack([np.hstack([g[ok], a[ok]]) * root,
                            np.hstack([np.sqrt(kappa2) * lap, np.zeros((len(lap), n))]),
                            np.hstack([np.zeros((n, m)), np.eye(n) / np.sqrt(rho)])])
        rhs = np.concatenate([data[p, ok] * root[:, 0], np.zeros(len(lap) + n)])
        expected = np.linalg.lstsq(system, rhs, rcond=None)[0]
        np.testing.assert_allclose(solution.x[p], expected[:m], atol=1e-8)
        np.testing.assert_allclose(solution.atmosphere[p], expected[m:], atol=1e-8)


@pytest.mark.skipif(not HAVE_NUMBA, reason='numba not installed')
@pytest.mark.parametrize('kappa2, rho', [(1e-4, 0.5), (10.0, 30.0)])
def test_joint_numba_and_numpy_paths_give_the_same_numbers(kappa2, rho):
    network = make_network(gap=9, steps=(5, 20))
    data, weights = noisy_problem(network, n_pix=300, missing=0.2)
    data[7] = np.nan                                      # a pixel without observations
    data[8, network.step_columns()[:, 0] != 0] = np.nan   # a pixel whose first step is not spanned
    fast = solve(network, data, weights, kappa2, use_numba=True, abic=True, rho=rho)
    slow = solve(network, data, weights, kappa2, use_numba=False, abic=True, rho=rho)
    for name in ('x', 'atmosphere', 'logdet', 'objective'):
        np.testing.assert_allclose(getattr(fast, name), getattr(slow, name), rtol=1e-9, atol=1e-9)
    np.testing.assert_array_equal(fast.n_free, slow.n_free)
    assert np.isnan(fast.x[7]).all() and np.isnan(fast.atmosphere[7]).all()
    assert fast.n_free[8] == network.n_params - 1 and fast.x[8, network.n_intervals] == 0.0


def test_joint_shared_operator_equals_per_pixel_solution():
    network = make_network(steps=(12,))
    data, _ = noisy_problem(network, n_pix=200, missing=0.0)
    data[:5, 3] = np.nan
    shared = solve(network, data, None, 1e-3, abic=True, rho=2.0)
    one_by_one = [solve(network, data[p:p + 1], None, 1e-3, abic=True, rho=2.0) for p in range(len(data))]
    for name in ('x', 'atmosphere'):
        np.testing.assert_allclose(getattr(shared, name), np.vstack([getattr(s, name) for s in one_by_one]),
                                   atol=1e-8)
    for name in ('logdet', 'objective'):
        np.testing.assert_allclose(getattr(shared, name), [getattr(s, name)[0] for s in one_by_one], rtol=1e-9)


@pytest.mark.parametrize('use_numba', [False, True] if HAVE_NUMBA else [False])
def test_envelope_cholesky_of_a_banded_matrix(use_numba):
    from deformation_toolbox.algorithms.core.common import banded
    rng = np.random.default_rng(2)
    size, band = 30, 4
    matrices = []
    for _ in range(5):
        a = np.tril(rng.normal(0, 1, (size, size))) * (np.subtract.outer(np.arange(size), np.arange(size)) <= band)
        matrices.append(a @ a.T + size * np.eye(size))
    normal = np.array(matrices)
    first = banded.envelope(normal[0])
    assert first.max() >= size - band - 1 and np.all(np.arange(size) - first <= 2 * band)
    rhs = rng.normal(0, 1, (5, size))
    if use_numba:
        logdet, x = np.empty(5), rhs.copy()
        for p in range(5):
            lower = normal[p].copy()
            logdet[p] = banded.envelope_cholesky(lower, first, size, 1e-10)
            banded.envelope_solve(lower, first, size, x[p])
    else:
        lower = normal.copy()
        logdet = banded.envelope_cholesky_batch(lower, first)
        x = banded.envelope_solve_batch(lower, first, rhs.copy())
    np.testing.assert_allclose(logdet, np.linalg.slogdet(normal)[1], rtol=1e-12)
    np.testing.assert_allclose(x, np.linalg.solve(normal, rhs[..., None])[..., 0], atol=1e-12)


def test_abic_separates_per_date_atmosphere_from_smooth_motion():
    """Linear + seasonal motion, 5 mm white atmosphere per date, 1 mm interferogram noise.

    ABIC recovers σ_a and σ², and its κ² is near the best for the time series (measured: RMSE
    4.96 mm against 4.74 at the best κ² and 7.09 without the atmospheric term).
    """
    network = make_network(n_dates=40)
    rng = np.random.default_rng(6)
    n = 400
    truth = rng.normal(0, 20, (n, 1)) * network.t[None, :] + 6.0 * np.sin(2 * np.pi * network.t)[None, :]
    truth -= truth[:, :1]
    delay = rng.normal(0.0, 5.0, (n, network.n_dates))
    data = observe(network, truth + delay) + rng.normal(0.0, 1.0, (n, len(network.pairs)))
    choice = abic_search(network, data, None)
    assert 4.0 < choice.sigma_atmosphere < 6.0, choice
    assert 0.8 < choice.sigma2 < 1.25, choice
    kappa2_old, _ = abic_curve(network, data, None)

    def rmse(kappa2, rho):
        series = time_series(network, solve(network, data, None, kappa2, rho=rho).x)
        return np.sqrt(np.mean((series - truth) ** 2))
    # the first date's delay a_0 offsets the whole series relative to it: a floor of a few mm
    best = min(rmse(choice.kappa2 * 10.0 ** e, choice.rho) for e in np.arange(-3.0, 3.01, 0.5))
    assert rmse(choice.kappa2, choice.rho) <= 1.1 * best
    assert rmse(choice.kappa2, choice.rho) < 0.75 * min(rmse(kappa2_old, 0.0), rmse(0.0, 0.0))


def test_abic_search_survives_points_where_every_factorisation_fails():
    """A tree network (no closure) pushes ρ up to where the Cholesky pivots fail: those points are skipped."""
    network = make_network(n_dates=12, links=1)
    data, weights = noisy_problem(network, n_pix=100, missing=0.0)
    choice = abic_search(network, data, weights, kappa2=1.0)
    assert np.isfinite(choice.rho) and choice.rho > 0
    assert all(np.isfinite(value) for *_, value in choice.points)
