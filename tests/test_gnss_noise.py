"""GNSS noise and velocity 1σ: white + flicker MLE against Monte Carlo, MIDAS, horizontal-only stations."""
import datetime as dt

import numpy as np
import pytest
from test_gnss import read_points
from vectors import write_gpkg

from deformation_toolbox.algorithms.core.gnss import formats as gnss_formats
from deformation_toolbox.algorithms.core.gnss import timeseries as gnss_timeseries
from deformation_toolbox.algorithms.core.gnss.midas import midas_velocity
from deformation_toolbox.algorithms.core.gnss.noise import Bins, fit_noise, hosking, power_law_block, simulate_noise

#: ten years of daily positions, 5 % of the days missing at random
N_DAYS = 3652
START = dt.date(2010, 1, 1)


def series_of(enu_mm, keep, station='SIMU'):
    days = np.flatnonzero(keep)
    times = np.array([np.datetime64(START + dt.timedelta(days=int(d))) + np.timedelta64(12, 'h') for d in days],
                     dtype='datetime64[ms]')
    return gnss_formats.GnssSeries(station, f'{station}.csv', 'csv', times, enu_mm[days] / 1000.0,
                                   np.full((days.size, 3), 0.002), None)


def test_core_power_law_block_is_the_covariance_of_bin_means():
    """P of 3-day bins equals A·(ΔT^(−κ/2) H Hᵀ)·Aᵀ built densely for a short series with gaps."""
    days = np.array([0, 1, 2, 4, 5, 7, 8, 9, 10, 13])
    bins = Bins.of(days, size=3)
    kappa = -1.3
    h = hosking(kappa, 14)
    filter_matrix = np.array([[h[i - j] if i >= j else 0.0 for j in range(14)] for i in range(14)])
    daily = (1 / 365.25) ** (-kappa / 2) * filter_matrix @ filter_matrix.T
    averaging = np.zeros((bins.counts.size, 14))
    for observation, day in enumerate(days):
        averaging[bins.index[observation], day] = 1.0 / bins.counts[bins.index[observation]]
    assert power_law_block(bins, kappa) == pytest.approx(averaging @ daily @ averaging.T, rel=1e-12)


def test_flicker_velocity_sigma_matches_the_monte_carlo_spread():
    """40 ten-year daily series of 2 mm white + 6 mm/yr^¼ flicker noise (5 % days missing), rate + annual term.

    The stated 1σ of the rate (MLE noise, GLS fit) must be within 30 % of the spread of the 40 rates
    (the spread itself is known to ±11 % with 40 draws); the AR(1) 1σ of the same fits is reported and
    is far too small.  Amplitudes of the noise within 25 % of the truth on average.
    """
    rng = np.random.default_rng(21)
    keep = rng.random(N_DAYS) > 0.05
    t = np.arange(N_DAYS) / 365.25
    signal = 4.0 * t + 3.0 * np.cos(2 * np.pi * t)
    noise = simulate_noise(N_DAYS, 2.0, 6.0, -1.0, rng, count=40 * 3).reshape(40, 3, N_DAYS)
    options = gnss_timeseries.GnssModelOptions(semiannual=False, outlier_threshold=0.0)
    rates, sigmas, ar1, white, flicker = [], [], [], [], []
    for draw in range(40):
        fit = gnss_timeseries.fit_station(series_of(signal[:, None] + noise[draw].T, keep), options)
        rates.append(fit.parameter('velocity')[0])
        sigmas.append(fit.parameter('velocity')[1])
        ar1.append(fit.velocity_sigma_ar1)
        white.append([fit.noise[f'white_{c}'] for c in 'enu'])
        flicker.append([fit.noise[f'powerlaw_{c}'] for c in 'enu'])
    spread = np.std(rates, axis=0, ddof=1)
    ratio = np.mean(sigmas, axis=0) / spread
    print(f'\nrate: Monte Carlo spread {spread} mm/yr; stated 1σ (flicker MLE) / spread {ratio}; AR(1) 1σ / spread '
          f'{np.mean(ar1, axis=0) / spread}; white {np.mean(white):.2f} mm (2), flicker {np.mean(flicker):.2f} (6)')
    assert np.all(np.abs(ratio - 1.0) < 0.3), ratio
    assert np.all(np.mean(ar1, axis=0) < 0.5 * spread)
    assert np.mean(white) == pytest.approx(2.0, rel=0.25)
    assert np.mean(flicker) == pytest.approx(6.0, rel=0.25)
    assert np.mean(rates, axis=0) == pytest.approx(4.0, abs=3 * spread.max() / np.sqrt(40))


def test_power_law_index_is_estimated():
    rng = np.random.default_rng(4)
    days = np.arange(2000)
    design = np.column_stack([np.ones(2000), days / 365.25])
    y = simulate_noise(2000, 1.0, 8.0, -1.5, rng)[0]
    fit = fit_noise(days, y, design, 'powerlaw')
    print(f'κ {fit.kappa:.2f} (−1.5), white {fit.white:.2f} (1), power law {fit.power_law:.2f} (8)')
    assert fit.kappa == pytest.approx(-1.5, abs=0.25)


def test_midas_ignores_an_undetected_step_seasonal_terms_and_outliers():
    rng = np.random.default_rng(8)
    t = np.arange(2500) / 365.25
    values = 7.0 * t + 4.0 * np.sin(2 * np.pi * t) + 1.5 * rng.standard_normal(t.size)
    values[1200:] += 25.0                                   # a step nobody told MIDAS about
    values[rng.choice(t.size, 60, replace=False)] += 80.0   # gross outliers
    velocity, sigma, kept, removed = midas_velocity(t, values)
    print(f'MIDAS {velocity:.3f} ± {sigma:.3f} mm/yr from {kept} slopes ({removed} removed)')
    assert velocity == pytest.approx(7.0, abs=0.3)
    assert 0.0 < sigma < 1.0 and removed > 0
    # with the step date known, pairs never span it and the bias vanishes
    known, _, _, _ = midas_velocity(t, values, steps=[t[1200]])
    assert known == pytest.approx(7.0, abs=0.15)


def test_gnsstimeseries_reports_methods_ar1_sigma_and_midas(run_algorithm, tmp_path):
    rng = np.random.default_rng(2)
    keep = np.ones(1500, dtype=bool)
    t = np.arange(1500) / 365.25
    enu = np.column_stack([12.0 * t, -3.0 * t, 1.0 * t]) + simulate_noise(1500, 1.5, 4.0, -1.0, rng, 3).T
    enu[:, 2] = np.nan                                     # horizontal-only station
    csv = tmp_path / 'HORZ.csv'
    lines = ['"Dates","dE","dN","dU"']
    for day in np.flatnonzero(keep):
        date = (START + dt.timedelta(days=int(day))).isoformat()
        lines.append(f'{date},{enu[day, 0] / 1000:.6f},{enu[day, 1] / 1000:.6f},')
    csv.write_text('\n'.join(lines) + '\n')
    location = tmp_path / 'stations.csv'
    for method, name in ((0, 'trajectory model'), (1, 'MIDAS (robust)')):
        output = tmp_path / f'v{method}.gpkg'
        run_algorithm('gnsstimeseries', {'INPUT_FILES': [str(csv)], 'VELOCITY_METHOD': method,
                                         'STATIONS': write_station(location), 'OUTPUT': str(output)})
        values = read_points(output)[0]['HORZ'][0]
        assert values['velocity_method'] == name
        assert values['noise_method'] == ('white + flicker (MLE)' if method == 0 else 'MIDAS')
        assert values['ve'] == pytest.approx(12.0, abs=4 * values['se'])
        assert values['vn'] == pytest.approx(-3.0, abs=4 * values['sn'])
        assert values['vu'] is None and values['su'] is None       # no vertical: NULL, the rest fitted
        assert values['se_ar1'] > 0 and values['se'] > values['se_ar1']


def write_station(path):
    return write_gpkg(str(path).replace('.csv', '.gpkg'), 'stations', [[(138.0, 36.0)]], {'station': ['HORZ']},
                      4326)
