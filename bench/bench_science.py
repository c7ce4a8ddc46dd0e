#!/usr/bin/env python3
"""Science validations too long for the test suite (`make bench` or ``bench/run.py science``).

1. strain on the ellipsoid: a plate rotation and a uniform strain over 2000 km, each element in
   its own frame (the algorithm's model) against the old flat model with east/north taken along
   one network projection (the baseline): largest spurious strain and error, and their ratio;
2. GNSS velocity 1σ on 200 ten-year daily series of white + flicker noise: stated 1σ (white +
   flicker MLE, and AR(1)) against the Monte Carlo spread; seconds per station;
3. joint Mogi (asc + desc + GNSS, correlated noise): 1σ coverage over 3 × 50 noise draws;
4. fault inversion (asc + desc + 20 GNSS, correlated noise): errors and 1σ coverage over 20 draws.
"""
import pathlib
import sys
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / '.build' / 'plugins'))
sys.path.insert(0, str(HERE.parent / 'tests'))

from strain_fields import AeqdField, euler_vector, euler_velocities, local_gradient  # noqa: E402

from deformation_toolbox.algorithms.core.geometry.line_of_sight import unit_vector  # noqa: E402
from deformation_toolbox.algorithms.core.geometry.local_frame import LocalFrame  # noqa: E402
from deformation_toolbox.algorithms.core.gnss import formats, timeseries  # noqa: E402
from deformation_toolbox.algorithms.core.gnss.noise import simulate_noise  # noqa: E402
from deformation_toolbox.algorithms.core.sources.downsampling import LosPoints  # noqa: E402
from deformation_toolbox.algorithms.core.sources.fault_inversion import invert_fault  # noqa: E402
from deformation_toolbox.algorithms.core.sources.inversion import invert_mogi  # noqa: E402
from deformation_toolbox.algorithms.core.sources.joint import GnssData, LosData  # noqa: E402
from deformation_toolbox.algorithms.core.sources.mogi import mogi  # noqa: E402
from deformation_toolbox.algorithms.core.sources.noise_covariance import NoiseCovariance  # noqa: E402
from deformation_toolbox.algorithms.core.sources.okada import okada  # noqa: E402
from deformation_toolbox.algorithms.core.strain.delaunay import delaunay_strain  # noqa: E402
from deformation_toolbox.algorithms.core.strain.ellipsoidal import ElementFrames  # noqa: E402


# -- 1. strain ------------------------------------------------------------------------------------
def strain_on_the_ellipsoid():
    rng = np.random.default_rng(8)
    lon, lat = rng.uniform(0.0, 24.0, 300), rng.uniform(36.0, 54.0, 300)
    omega = euler_vector(-30.0, 45.0, 1.0)
    plate = euler_velocities(lon, lat, omega)
    field = AeqdField(12.0, 45.0, [[50.0, 20.0], [20.0, -30.0]])
    strain = field.velocities(lon, lat)
    frame = LocalFrame.around('EPSG:4326', lon, lat)
    x, y = frame.forward(lon, lat)
    nan = np.full(lon.size, np.nan)
    print(f'{"field":<34}{"model":<30}{"largest error (nanostrain/yr)":>30}')
    for label, (ve, vn), truth in (('plate rotation, 45–70 mm/yr', plate, None),
                                   ('uniform strain over the plate', (plate[0] + strain[0], plate[1] + strain[1]),
                                    field)):
        errors = []
        for model, frames in (('own frame on the ellipsoid', ElementFrames(frame, lon, lat)),
                              ('flat, one projection (old)', None)):
            result = delaunay_strain(x, y, ve, vn, nan, nan, max_edge=200e3, frames=frames, min_angle=10.0)
            products = result.products
            if truth is None:
                error = max(np.max(np.abs(products[k])) for k in ('exx', 'eyy', 'exy'))
            else:
                clon, clat = frame.to_geographic(*result.centroids.T)
                gradient = local_gradient(truth.velocities, clon, clat)
                expected = {'exx': gradient[:, 0, 0], 'eyy': gradient[:, 1, 1],
                            'exy': 0.5 * (gradient[:, 0, 1] + gradient[:, 1, 0])}
                error = max(np.max(np.abs(products[k] - expected[k])) for k in expected)
            errors.append(error)
            print(f'{label:<34}{model:<30}{error:>30.3g}')
        print(f'{"":<34}{"ratio old / new":<30}{errors[1] / max(errors[0], 1e-30):>30.3g}')


# -- 2. GNSS noise ----------------------------------------------------------------------------------
def gnss_noise(draws=200, days=3652):
    rng = np.random.default_rng(3)
    t = np.arange(days) / 365.25
    options = {'flicker': timeseries.GnssModelOptions(semiannual=False, outlier_threshold=0.0),
               'ar1': timeseries.GnssModelOptions(semiannual=False, outlier_threshold=0.0, noise_model='ar1')}
    noise = simulate_noise(days, 2.0, 6.0, -1.0, rng, count=draws * 3).reshape(draws, 3, days)
    times = (np.datetime64('2010-01-01T12:00') + np.arange(days) * np.timedelta64(1, 'D')).astype('datetime64[ms]')
    for name, option in options.items():
        rates, sigmas = [], []
        start = time.perf_counter()
        for draw in range(draws):
            enu = (4.0 * t[:, None] + noise[draw].T) / 1000.0
            series = formats.GnssSeries('SIMU', 'SIMU.csv', 'csv', times, enu, np.full(enu.shape, 0.002), None)
            fit = timeseries.fit_station(series, option)
            rates.append(fit.parameter('velocity')[0])
            sigmas.append(fit.parameter('velocity')[1])
        elapsed = (time.perf_counter() - start) / draws
        ratio = np.mean(sigmas, axis=0) / np.std(rates, axis=0, ddof=1)
        print(f'GNSS 10-yr daily, white 2 mm + flicker 6 mm/yr^0.25, {draws} series: {name:<8} stated 1σ / Monte '
              f'Carlo spread (e, n, u) {np.round(ratio, 3)}; {elapsed:.3f} s per station')


# -- 3. joint Mogi --------------------------------------------------------------------------------------
def joint_mogi(seeds=(0, 1, 2), draws=50):
    truth = np.array([-2000.0, 1500.0, 4000.0, 2e6])
    noise = NoiseCovariance(1.0, 4000.0, 1.0)
    for seed in seeds:
        rng = np.random.default_rng(seed)
        sets = []
        for incidence, heading in ((39.0, -10.0), (34.0, 190.0)):
            x, y = rng.uniform(-15e3, 15e3, (2, 1100))
            unit = [np.full(x.size, c) for c in unit_vector(incidence, heading)]
            clean = 1000.0 * sum(c * e for c, e in zip(mogi(x, y, *truth), unit))
            sets.append((x, y, unit, clean, noise.cholesky(x, y, np.ones(x.size))))
        sx, sy = rng.uniform(-12e3, 12e3, (2, 10))
        gnss_clean = 1000.0 * np.column_stack(mogi(sx, sy, *truth))
        sigma = np.tile([1.0, 1.0, 3.0], (10, 1))
        errors, sigmas = [], []
        start = time.perf_counter()
        for draw in range(draws):
            los = []
            for k, (x, y, unit, clean, factor) in enumerate(sets):
                value = clean + factor @ rng.standard_normal(x.size) + 2.0 * k
                parts = [slice(None, 400), slice(400, None)]
                points = [LosPoints(x[p], y[p], value[p], *(c[p] for c in unit), count=np.ones(x[p].size))
                          for p in parts]
                los.append(LosData(points[0], f'd{k}', sample=points[1]))
            gnss = GnssData(sx, sy, gnss_clean + sigma * rng.standard_normal(sigma.shape), sigma)
            solution = invert_mogi(los, gnss, n_starts=4, seed=draw)
            errors.append([solution.x, solution.y, solution.depth, solution.volume_change] - truth)
            sigmas.append(solution.sigma)
        errors, sigmas = np.array(errors), np.array(sigmas)
        print(f'joint Mogi seed {seed}: coverage of 1σ (x, y, depth, ΔV) {np.mean(np.abs(errors) <= sigmas, axis=0)}; '
              f'spread/σ {np.round(np.std(errors, axis=0) / np.mean(sigmas, axis=0), 3)}; '
              f'{(time.perf_counter() - start) / draws:.2f} s per inversion')


# -- 4. fault --------------------------------------------------------------------------------------------
def fault(draws=20):
    names = ('x', 'y', 'depth', 'strike', 'dip', 'length', 'width', 'slip', 'rake')
    truth = dict(zip(names, (1000.0, -2000.0, 2000.0, 30.0, 40.0, 20000.0, 10000.0, 2.0, 80.0)))
    noise = NoiseCovariance(4.0, 5000.0, 1.0)
    rng = np.random.default_rng(5)

    def displacement(x, y):
        return okada(x, y, truth['x'], truth['y'], truth['depth'], truth['strike'], truth['dip'], truth['length'],
                     truth['width'], rake=truth['rake'], slip=truth['slip'])

    sets = []
    for incidence, heading in ((39.0, -10.0), (34.0, 190.0)):
        x, y = rng.uniform(-40e3, 40e3, (2, 900))
        unit = [np.full(x.size, c) for c in unit_vector(incidence, heading)]
        clean = 1000.0 * sum(c * e for c, e in zip(displacement(x, y), unit))
        sets.append((x, y, unit, clean, noise.cholesky(x, y, np.ones(x.size))))
    sx, sy = rng.uniform(-35e3, 35e3, (2, 20))
    sigma = np.tile([2.0, 2.0, 5.0], (20, 1))
    gnss_clean = 1000.0 * np.column_stack(displacement(sx, sy))
    errors, sigmas = [], []
    start = time.perf_counter()
    for _ in range(draws):
        los = []
        for k, (x, y, unit, clean, factor) in enumerate(sets):
            value = clean + factor @ rng.standard_normal(x.size) + 3.0 * k
            points = [LosPoints(x[p], y[p], value[p], *(c[p] for c in unit), count=np.ones(x[p].size))
                      for p in (slice(None, 400), slice(400, None))]
            los.append(LosData(points[0], f'd{k}', sample=points[1]))
        solution = invert_fault(los, GnssData(sx, sy, gnss_clean + sigma * rng.standard_normal(sigma.shape), sigma),
                                n_starts=4)
        errors.append([solution.values[n] - truth[n] for n in names])
        sigmas.append([solution.sigmas[n] for n in names])
    errors, sigmas = np.array(errors), np.array(sigmas)
    print(f'fault, {draws} draws, {(time.perf_counter() - start) / draws:.1f} s per inversion:')
    for k, name in enumerate(names):
        print(f'  {name:<7} largest |error| {np.max(np.abs(errors[:, k])):10.3f}  1σ coverage '
              f'{np.mean(np.abs(errors[:, k]) <= sigmas[:, k]):.2f}')


def main():
    for step in (strain_on_the_ellipsoid, gnss_noise, joint_mogi, fault):
        start = time.perf_counter()
        step()
        print(f'({step.__name__}: {time.perf_counter() - start:.0f} s)\n', flush=True)


if __name__ == '__main__':
    main()
