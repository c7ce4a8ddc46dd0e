"""Trajectory model (core): exact recovery, noise calibration, numba == numpy."""
import datetime as dt

import numpy as np
import pytest

from deformation_toolbox.algorithms.core.common import accel, dates
from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.insar.trajectory import (
    TrajectoryModel,
    fit_trajectories,
    product_names,
    trajectory_products,
)

STEP = dt.date(2021, 3, 15)


def irregular_dates(n=60, seed=3):
    gaps = np.random.default_rng(seed).integers(6, 36, n - 1)
    return [dt.date(2019, 11, 2) + dt.timedelta(days=int(d)) for d in np.concatenate([[0], np.cumsum(gaps)])]


def series(model, dates_, velocity=12.5, amplitude=6.0, phase=75.0, step=-23.0, offset=4.0):
    """Analytic series d = offset + v t + A cos(2πτ − φ) + S H(t − t_s) [mm]."""
    t = dates.years_since(dates_, dates_[0])
    tau = dates.seasonal_years(dates_)
    values = offset + velocity * t + amplitude * np.cos(2 * np.pi * tau - np.radians(phase))
    return values + step * np.array([d >= STEP for d in dates_])


def test_noise_free_recovery_is_exact():
    dates_ = irregular_dates()
    model = TrajectoryModel(steps=(STEP,))
    fit = fit_trajectories(model.design_matrix(dates_), series(model, dates_)[None, :], use_numba=False)
    products = dict(zip(product_names(model), trajectory_products(model, fit)[:, 0]))
    assert products['velocity'] == pytest.approx(12.5, abs=1e-9)
    assert products['annual_amplitude'] == pytest.approx(6.0, abs=1e-9)
    assert products['annual_phase'] == pytest.approx(75.0, abs=1e-7)
    assert products['step_20210315'] == pytest.approx(-23.0, abs=1e-9)
    assert products['rms_residual'] < 1e-9


def test_acceleration_semiannual_and_postseismic_terms():
    dates_ = irregular_dates(90)
    quake = dt.date(2021, 1, 10)
    model = TrajectoryModel(polynomial=2, annual=True, semiannual=True, steps=(quake,), postseismic=((quake, 40.0),))
    truth = np.array([1.0, 5.0, 0.75, 2.0, -3.0, 1.0, 0.5, 30.0, 12.0])
    design = model.design_matrix(dates_)
    fit = fit_trajectories(design, (design @ truth)[None, :], use_numba=False)
    np.testing.assert_allclose(fit.coefficients[0], truth, atol=1e-8)
    products = dict(zip(product_names(model), trajectory_products(model, fit)[:, 0]))
    assert products['acceleration'] == pytest.approx(1.5, abs=1e-8)
    assert products['semiannual_amplitude'] == pytest.approx(np.hypot(1.0, 0.5), abs=1e-8)
    assert products['postseismic_20210110'] == pytest.approx(12.0, abs=1e-8)


def test_noise_estimates_within_three_sigma_and_calibrated():
    """With σ = 3 mm white noise, (v̂ − v)/σ̂_v is ~N(0, 1): 99 % within 3σ, std ≈ 1."""
    dates_ = irregular_dates()
    model = TrajectoryModel(steps=(STEP,))
    rng = np.random.default_rng(11)
    data = series(model, dates_)[None, :] + rng.normal(0, 3.0, (4000, len(dates_)))
    fit = fit_trajectories(model.design_matrix(dates_), data)
    products = dict(zip(product_names(model), trajectory_products(model, fit)))
    z = (products['velocity'] - 12.5) / products['velocity_std']
    assert np.mean(np.abs(z) < 3) > 0.99
    assert 0.93 < np.std(z) < 1.07
    assert np.median(products['rms_residual']) == pytest.approx(3.0, rel=0.05)


@pytest.mark.skipif(not accel.HAVE_NUMBA, reason='numba not installed')
def test_numba_and_numpy_paths_agree():
    dates_ = irregular_dates()
    model = TrajectoryModel(polynomial=2, semiannual=True, steps=(STEP,))
    rng = np.random.default_rng(5)
    data = series(model, dates_)[None, :] + rng.normal(0, 2.0, (3000, len(dates_)))
    data[rng.random(data.shape) < 0.2] = np.nan          # scattered gaps
    data[1000:2000] = series(model, dates_)[None, :] + rng.normal(0, 2.0, (1000, len(dates_)))   # complete
    data[7] = np.nan                                     # an empty pixel
    data[9, :40] = np.nan                                # too few dates for the model → NaN
    design = model.design_matrix(dates_)
    numpy_fit = fit_trajectories(design, data, use_numba=False)
    numba_fit = fit_trajectories(design, data, use_numba=True)
    for a, b in ((numpy_fit.coefficients, numba_fit.coefficients), (numpy_fit.rss, numba_fit.rss),
                 (trajectory_products(model, numpy_fit), trajectory_products(model, numba_fit))):
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-9, equal_nan=True)
    np.testing.assert_array_equal(numpy_fit.n_obs, numba_fit.n_obs)
    assert np.isnan(numpy_fit.coefficients[7]).all() and np.isnan(numba_fit.coefficients[9]).all()


def test_unconstrained_step_gives_nan_not_garbage():
    dates_ = irregular_dates()
    model = TrajectoryModel(steps=(STEP,))
    data = series(model, dates_)[None, :].repeat(2, axis=0)
    data[1, [d >= STEP for d in dates_]] = np.nan        # no date after the step
    for use_numba in (False, True) if accel.HAVE_NUMBA else (False,):
        fit = fit_trajectories(model.design_matrix(dates_), data, use_numba=use_numba)
        assert np.isfinite(fit.coefficients[0]).all() and np.isnan(fit.coefficients[1]).all()


@pytest.mark.parametrize('steps, message', [((dt.date(2030, 1, 1),), 'outside the series'),
                                            ((dt.date(2019, 11, 2),), 'outside the series')])
def test_step_outside_series_is_refused(steps, message):
    with pytest.raises(InputError, match=message):
        TrajectoryModel(steps=steps).validate(irregular_dates())


def test_date_parsing():
    assert dates.find_pair('S1_20200102-20200114_unw.tif') == (dt.date(2020, 1, 2), dt.date(2020, 1, 14))
    assert dates.find_pair('20201302_20200114') is None
    assert dates.find_date('disp_20200114.tif') == dt.date(2020, 1, 14)
    assert dates.find_date('2020-01-14') == dt.date(2020, 1, 14)
    assert dates.find_date('20200102_20200114') is None
    assert dates.parse_date_list('2021-03-15, 20200101;2021-03-15', 'STEP_DATES') == [dt.date(2020, 1, 1), STEP]
    assert dates.parse_postseismic('2016-04-16:30') == [(dt.date(2016, 4, 16), 30.0)]
    with pytest.raises(InputError, match='STEP_DATES: "2021-02-30" is not a date'):
        dates.parse_date_list('2021-02-30', 'STEP_DATES')
    with pytest.raises(InputError, match='positive'):
        dates.parse_postseismic('2016-04-16:-3')


def test_complete_series_shared_matrix_equals_the_per_pixel_cholesky_fit():
    """Complete series take the shared-(GᵀG)⁻¹ path; it equals per-pixel normal equations + Cholesky."""
    from deformation_toolbox.algorithms.core.insar.trajectory import _fit_with_gaps
    dates_ = irregular_dates()
    design = TrajectoryModel(polynomial=1, annual=False, steps=(STEP,)).design_matrix(dates_)
    series = np.random.default_rng(3).normal(0, 5, (200, len(dates_)))
    series[5, 7] = np.nan
    series[6] = np.nan
    coefficients, inverse_diagonal, rss = _fit_with_gaps(design, series, np.isfinite(series).sum(axis=1),
                                                         use_numba=False)
    assert np.isnan(coefficients[6]).all() and np.isnan(inverse_diagonal[6]).all() and np.isnan(rss[6])
    for use_numba in (False, True) if accel.HAVE_NUMBA else (False,):
        fast = fit_trajectories(design, series, use_numba=use_numba)
        np.testing.assert_allclose(fast.coefficients, coefficients, rtol=1e-9, atol=1e-9)
        np.testing.assert_allclose(fast.inverse_diagonal, inverse_diagonal, rtol=1e-9, atol=1e-9)
        np.testing.assert_allclose(fast.rss, rss, rtol=1e-9, atol=1e-9)
        np.testing.assert_array_equal(fast.n_obs, np.isfinite(series).sum(axis=1))
