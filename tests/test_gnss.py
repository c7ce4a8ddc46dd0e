"""GNSS trajectory model and co-seismic offsets: core science, ``deformation:gnsstimeseries`` and
``deformation:coseismicoffset`` (real-data check values, simulated truth, qgis_process, errors)."""
import datetime as dt
import importlib.util
import json
import pathlib

import numpy as np
import pytest
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from rasters import file_digest

from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.gnss import coseismic
from deformation_toolbox.algorithms.core.gnss import formats as gnss_formats
from deformation_toolbox.algorithms.core.gnss import timeseries as gnss_timeseries

DATA = pathlib.Path(__file__).parent / 'data' / 'gnss'
_spec = importlib.util.spec_from_file_location('gnss_samples', DATA / 'samples.py')
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)

#: published check values (issue 4): KKN4, 2015-04-25 Gorkha earthquake, metres → mm
KKN4_STEP_MM = {'e': -444.0, 'n': -1845.0, 'u': 1268.0}
KKN4_TOLERANCE_MM = 20.0
GORKHA_UTC = '2015-04-25 06:11'
KKN4_LOCATION = (85.3, 27.8)   # Kakani, Nepal (approximate; KKN4 files carry no coordinates)
SAMPLE_FILES = ['SAMT.tenv3', 'SAMO.tenv', 'SAMS.icd.final_igs14.pos.neu', 'SAMN.neu', 'SAMP.pbo.final_igs14.pos',
                '969999.16.pos', 'SAMC.csv']
NO_COORDINATES = ['SAMO', 'SAMN', 'SAMC']




def stations_layer(names, lon=samples.LON, lat=samples.LAT):
    layer = QgsVectorLayer('Point?crs=EPSG:4326&field=station:string&field=note:string', 'stations', 'memory')
    features = []
    for name in names:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, 'test'])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def stations_geojson(path, names, lon, lat):
    path.write_text(json.dumps({'type': 'FeatureCollection', 'features': [
        {'type': 'Feature', 'properties': {'station': name}, 'geometry': {'type': 'Point', 'coordinates': [lon, lat]}}
        for name in names]}))
    return str(path)


def read_points(path):
    """{station: (attributes dict, (x, y), crs authid)} of an output layer."""
    layer = QgsVectorLayer(str(path), 'out', 'ogr')
    assert layer.isValid(), path
    rows = {}
    for feature in layer.getFeatures():
        point = feature.geometry().asPoint()
        attributes = [None if value == NULL else value for value in feature.attributes()]
        rows[feature['station']] = (dict(zip(layer.fields().names(), attributes)), (point.x(), point.y()))
    return rows, layer.crs().authid()


def series_from_truth(days, enu_mm, sigma_mm=1.0, antenna=None, station='TRUE'):
    times = np.array([dt.datetime(d.year, d.month, d.day, 12) for d in days], dtype='datetime64[ms]')
    return gnss_formats.GnssSeries(station, f'{station}.csv', 'csv', times, np.asarray(enu_mm) / 1000.0,
                                   np.full((len(days), 3), sigma_mm / 1000.0), (138.0, 36.0, 0.0),
                                   antenna=antenna)


def ar1_noise(rng, n, rho):
    """(n, 3) unit-variance AR(1) noise with lag-1 correlation ``rho``."""
    white = rng.normal(size=(n, 3))
    noise = np.empty_like(white)
    noise[0] = white[0]
    for i in range(1, n):
        noise[i] = rho * noise[i - 1] + np.sqrt(1 - rho ** 2) * white[i]
    return noise


# -- core: trajectory model -------------------------------------------------------------------------

def test_noise_free_trajectory_recovered_exactly():
    days = [dt.date(2012, 1, 1) + dt.timedelta(days=i) for i in range(0, 1500, 3)]
    t = np.array([(d - days[0]).days for d in days]) / 365.25
    tau = np.array([(d - dt.date(2000, 1, 1)).days for d in days]) / 365.25
    step, quake = dt.date(2013, 6, 1), dt.date(2014, 2, 1)
    velocity, amplitude, phase = np.array([12.0, -7.5, 2.0]), np.array([1.0, 2.0, 6.0]), np.radians([30, 100, 200])
    after = np.array([d >= quake for d in days])
    log_term = np.where(after, np.log1p(np.clip([(d - quake).days for d in days], 0, None) / 50.0), 0.0)
    enu = (5.0 + velocity * t[:, None] + amplitude * np.cos(2 * np.pi * tau[:, None] - phase)
           + np.array([d >= step for d in days])[:, None] * np.array([-40.0, 25.0, -10.0])
           + log_term[:, None] * np.array([8.0, -3.0, 1.0]))
    options = gnss_timeseries.GnssModelOptions(steps=(step, dt.date(2030, 1, 1)), postseismic=((quake, 50.0),))
    fit = gnss_timeseries.fit_station(series_from_truth(days, enu), options)
    record = gnss_timeseries.station_record(fit, options)
    assert [record[k] for k in ('ve', 'vn', 'vu')] == pytest.approx(velocity, abs=1e-6)
    assert [record[f'annual_amp_{c}'] for c in 'enu'] == pytest.approx(amplitude, abs=1e-6)
    assert [record[f'annual_phase_{c}'] for c in 'enu'] == pytest.approx([30, 100, 200], abs=1e-4)
    assert [record[f'semiannual_amp_{c}'] for c in 'enu'] == pytest.approx([0, 0, 0], abs=1e-6)
    assert [record[f'step_20130601_{c}'] for c in 'enu'] == pytest.approx([-40.0, 25.0, -10.0], abs=1e-6)
    assert [record[f'postseismic_20140201_{c}'] for c in 'enu'] == pytest.approx([8.0, -3.0, 1.0], abs=1e-6)
    assert all(np.isnan(record[f'step_20300101_{c}']) for c in 'enu')   # outside the data: NULL
    assert fit.n_rejected == 0 and max(fit.rms) < 1e-6


def test_outlier_rejection_rule():
    rng = np.random.default_rng(3)
    days = [dt.date(2015, 1, 1) + dt.timedelta(days=i) for i in range(400)]
    t = np.arange(400) / 365.25
    enu = np.column_stack([10.0 * t, -5.0 * t, 0.0 * t]) + rng.normal(0.0, 1.0, (400, 3))
    bad = [17, 150, 333]
    enu[bad, [0, 1, 2]] += [25.0, -30.0, 40.0]     # one gross error per component
    series = series_from_truth(days, enu)
    fit = gnss_timeseries.fit_station(series, gnss_timeseries.GnssModelOptions(annual=False, semiannual=False))
    assert fit.n_obs + fit.n_rejected == 400
    assert 3 <= fit.n_rejected <= 8                 # the three + at most a few > 3σ Gaussian days
    assert fit.coefficients[0, 1] == pytest.approx(10.0, abs=0.3)
    kept_all = gnss_timeseries.fit_station(series, gnss_timeseries.GnssModelOptions(
        annual=False, semiannual=False, outlier_threshold=0.0))
    assert kept_all.n_rejected == 0 and kept_all.rms[2] > fit.rms[2]


@pytest.mark.parametrize('rho', [0.0, 0.7])
def test_velocity_sigma_matches_the_scatter_of_estimates_for_correlated_noise(rho):
    # Monte Carlo: 150 two-year daily series with AR(1) noise (2 mm); the reported σ of the rate
    # (AR(1)-inflated) must match the spread of the estimates (measured ratio 0.94–1.08 with 300 runs)
    days = [dt.date(2015, 1, 1) + dt.timedelta(days=i) for i in range(730)]
    rng = np.random.default_rng(5)
    options = gnss_timeseries.GnssModelOptions(annual=False, semiannual=False, outlier_threshold=0.0,
                                               noise_model='ar1')
    estimates, sigmas = [], []
    for _ in range(150):
        noise = ar1_noise(rng, 730, rho)
        fit = gnss_timeseries.fit_station(series_from_truth(days, 2.0 * noise, sigma_mm=2.0), options)
        estimates.append(fit.coefficients[:, 1])
        sigmas.append(fit.sigmas[:, 1])
    ratio = np.mean(sigmas, axis=0) / np.std(estimates, axis=0)
    assert np.all(np.abs(ratio - 1.0) < 0.25), ratio


def test_antenna_height_steps_need_a_lasting_change():
    days = [dt.date(2015, 1, 1) + dt.timedelta(days=i) for i in range(200)]
    antenna = np.zeros(200)
    antenna[50:53] = 0.1         # three days: left to outlier rejection
    antenna[120:] = 0.25         # lasting change: a step
    series = series_from_truth(days, np.zeros((200, 3)), antenna=antenna)
    assert gnss_timeseries.equipment_steps(series, days) == (days[120],)
    (sample,) = gnss_formats.read_file(str(DATA / 'SAMT.tenv3'))
    fit = gnss_timeseries.fit_station(sample, gnss_timeseries.GnssModelOptions())
    assert fit.equipment_steps == (dt.date(2015, 5, 2),)      # sample epoch 30, 4-day spacing


def test_short_series_drop_seasonal_terms_with_a_note():
    days = [dt.date(2015, 1, 1) + dt.timedelta(days=i) for i in range(120)]
    enu = np.outer(np.arange(120) / 365.25, [20.0, 10.0, -3.0])
    fit = gnss_timeseries.fit_station(series_from_truth(days, enu), gnss_timeseries.GnssModelOptions())
    assert fit.model.columns() == ['offset', 'velocity']
    assert 'seasonal terms were not fitted' in fit.notes[0]
    assert fit.coefficients[:, 1] == pytest.approx([20.0, 10.0, -3.0], abs=1e-6)


def test_kinematic_epochs_reduced_to_daily_means():
    times = np.arange(np.datetime64('2020-03-01T00:00:15'), np.datetime64('2020-03-04'), np.timedelta64(30, 's'))
    day = (times - times[0]).astype('timedelta64[s]').astype(float) // 86400
    enu = np.column_stack([day * 0.01, np.zeros(len(day)), (np.arange(len(day)) % 2) * 0.002])
    series = gnss_formats.GnssSeries('KINE', 'k.pos', 'rtklib', times.astype('datetime64[ms]'), enu,
                                     np.full(enu.shape, 0.005), None)
    dates, values, sigmas = gnss_timeseries.daily_positions(series)
    assert dates == [dt.date(2020, 3, d) for d in (1, 2, 3)]
    assert values[:, 0] == pytest.approx([0.0, 10.0, 20.0]) and values[:, 2] == pytest.approx([1.0, 1.0, 1.0])
    assert sigmas[:, 0] == pytest.approx(5.0 / np.sqrt(2880))     # formal σ of the mean (scatter is zero)


def test_trajectory_error_too_few_days():
    days = [dt.date(2020, 1, 1), dt.date(2020, 1, 2), dt.date(2020, 1, 3)]
    with pytest.raises(InputError, match=r'station TRUE \("TRUE.csv"\) has 3 days of data'):
        gnss_timeseries.fit_station(series_from_truth(days, np.zeros((3, 3))), gnss_timeseries.GnssModelOptions())


# -- core: co-seismic windows ------------------------------------------------------------------------

def test_window_rule_for_daily_and_kinematic_epochs():
    event = dt.datetime(2016, 4, 15, 16, 25, 5)
    daily = np.array(['2016-04-13T12:00', '2016-04-14T12:00', '2016-04-15T12:00', '2016-04-16T12:00',
                      '2016-04-17T12:00'], dtype='datetime64[ms]')
    before, after = coseismic.window_masks(daily, event, 72.0, 72.0, 0.0, 86400.0)
    assert before.tolist() == [True, True, False, False, False]      # the event day is mixed: neither
    assert after.tolist() == [False, False, False, True, True]
    kinematic = np.datetime64(event, 'ms') + np.arange(-4, 5) * np.timedelta64(30, 's')
    before, after = coseismic.window_masks(kinematic, event, 1.0, 1.0, 60 / 3600, 30.0)
    assert before.tolist() == [True] * 4 + [False] * 5
    assert after.tolist() == [False] * 7 + [True] * 2                 # 60-s gap: the +60 s epoch overlaps it


def test_offset_statistics_and_direction():
    times = np.arange(np.datetime64('2020-01-01T00:00'), np.datetime64('2020-01-01T02:00'),
                      np.timedelta64(60, 's')).astype('datetime64[ms]')
    enu = np.zeros((120, 3))
    enu[60:] = [0.3, -0.3, 0.1]
    enu[:, 0] += np.tile([0.001, -0.001], 60)
    enu[70, 0] += 5.0                                 # one wild epoch: the median ignores it
    series = gnss_formats.GnssSeries('DIRC', 'd.pos', 'rtklib', times, enu, np.full(enu.shape, 0.002), None)
    event = dt.datetime(2020, 1, 1, 0, 59, 30)
    median = coseismic.coseismic_offset(series, event, 1.0, 1.0, 0.0, 'median')
    assert median.displacement == pytest.approx([300.0, -300.0, 100.0], abs=1e-6)
    assert median.azimuth == pytest.approx(135.0) and median.horizontal == pytest.approx(300.0 * np.sqrt(2))
    mean = coseismic.coseismic_offset(series, event, 1.0, 1.0, 0.0, 'mean')
    assert mean.displacement[0] == pytest.approx(300.0 + 5000.0 / 60, abs=1e-6)
    assert mean.sigma[1] == pytest.approx(0.0, abs=1e-9) and mean.sigma[0] > 5.0
    assert (mean.n_before, mean.n_after) == (60, 60)


def test_offset_sigma_matches_the_scatter_for_correlated_kinematic_noise():
    # Monte Carlo: 150 four-hour 30-s series with AR(1) noise, ρ = 0.9 (5 mm); reported σ ≈ spread of the
    # offsets (measured ratio 0.91–0.99 with 300 runs; without the AR(1) inflation it would be ~0.23)
    times = (np.datetime64('2020-01-01T00:00:15') + np.arange(480) * np.timedelta64(30, 's')).astype('datetime64[ms]')
    rng = np.random.default_rng(2)
    estimates, sigmas = [], []
    for _ in range(150):
        series = gnss_formats.GnssSeries('MC', 'mc.pos', 'rtklib', times, 0.005 * ar1_noise(rng, 480, 0.9),
                                         np.full((480, 3), 0.005), None)
        offset = coseismic.coseismic_offset(series, dt.datetime(2020, 1, 1, 2, 0), 2.0, 2.0)
        estimates.append(offset.displacement)
        sigmas.append(offset.sigma)
    ratio = np.mean(sigmas, axis=0) / np.std(estimates, axis=0)
    assert np.all(np.abs(ratio - 1.0) < 0.25), ratio


def test_offset_error_empty_window():
    (series,) = gnss_formats.read_file(str(DATA / 'SAMK.pos'))
    with pytest.raises(InputError, match='no epoch in the window after EVENT_TIME 2016-04-15 16:25:05'):
        coseismic.coseismic_offset(series, samples.EVENT_UTC, 1.0, 1.0, gap_after_h=2.0)


# -- deformation:gnsstimeseries ------------------------------------------------------------------------

def test_lhas_east_velocity_and_vertical_annual_amplitude(run_algorithm, real_data, tmp_path):
    path = real_data / 'gnss' / 'LHAS.tenv3'
    before = file_digest(path)
    output = tmp_path / 'lhas.gpkg'
    result = run_algorithm('gnsstimeseries', {'INPUT_FILES': [str(path)], 'OUTPUT': str(output)})
    assert file_digest(path) == before
    rows, crs = read_points(output)
    values, (x, y) = rows['LHAS']
    assert crs == 'EPSG:4326' and (x, y) == pytest.approx((91.10399, 29.65734), abs=1e-5)
    # check values: east velocity 45.7 ± 0.5 mm/yr, vertical annual amplitude 5.6 ± 0.5 mm (measured with
    # white + flicker GLS: 45.79, 5.83; with the weighted fit of white noise: 45.88, 5.47)
    assert values['ve'] == pytest.approx(45.7, abs=0.5)
    assert values['annual_amp_u'] == pytest.approx(5.6, abs=0.5)
    assert values['vn'] == pytest.approx(15.6, abs=1.0)
    # 12 years of coloured noise: the flicker 1σ (0.17 mm/yr east) is several times the AR(1) one (0.025)
    assert 3.0 * values['se_ar1'] < values['se'] < 0.5 and values['noise_method'] == 'white + flicker (MLE)'
    assert 2.0 < values['powerlaw_e'] < 12.0 and values['kappa_e'] == -1.0
    assert values['equipment_steps'] == '1995-08-23'          # antenna height 0 → 0.058 m
    assert values['n_obs'] + values['n_rejected'] == 3631 and values['n_rejected'] < 0.05 * 3631
    assert values['format'] == 'tenv3' and values['location'] == 'file'
    assert result['N_STATIONS'] == 1


def test_lhas_start_end_window(run_algorithm, real_data, tmp_path):
    output = tmp_path / 'lhas_window.gpkg'
    run_algorithm('gnsstimeseries', {'INPUT_FILES': [str(real_data / 'gnss' / 'LHAS.tenv3')], 'START': '2000-01-01',
                                     'END': '2004-12-31', 'PERIODIC': [1], 'OUTPUT': str(output)})
    values = read_points(output)[0]['LHAS'][0]
    assert values['first_date'] >= '2000-01-01' and values['last_date'] <= '2004-12-31'
    assert values['n_obs'] + values['n_rejected'] <= 1827
    assert values['ve'] == pytest.approx(45.7, abs=1.5) and 'semiannual_amp_u' not in values


def test_kkn4_step_with_stations_layer(run_algorithm, real_data, tmp_path):
    output = tmp_path / 'kkn4.gpkg'
    run_algorithm('gnsstimeseries', {
        'INPUT_FILES': [str(real_data / 'gnss' / 'KKN4.icd.final_igs08.pos.neu')], 'STEP_DATES': '2015-04-25',
        'STATIONS': stations_layer(['KKN4'], *KKN4_LOCATION), 'OUTPUT': str(output)})
    values, (x, y) = read_points(output)[0]['KKN4']
    assert (x, y) == pytest.approx(KKN4_LOCATION) and values['location'] == 'stations'
    # check values N −1.845, E −0.444, U +1.268 m within 2 cm (measured −1.8475, −0.4457, +1.2672)
    for c in 'enu':
        assert values[f'step_20150425_{c}'] == pytest.approx(KKN4_STEP_MM[c], abs=KKN4_TOLERANCE_MM)
        assert 0 < values[f'step_20150425_s{c}'] < 5.0
    assert values['annual_amp_u'] is None                    # 4 months: no seasonal terms


def test_samples_in_every_format_recover_the_simulated_truth(run_algorithm, tmp_path):
    output = tmp_path / 'samples.gpkg'
    result = run_algorithm('gnsstimeseries', {
        'INPUT_FILES': [str(DATA / name) for name in SAMPLE_FILES], 'STEP_DATES': '2016-04-16',
        'STATIONS': stations_layer(NO_COORDINATES), 'OUTPUT': str(output)})
    rows, _ = read_points(output)
    assert sorted(rows) == ['SAMC', 'SAMG', 'SAMN', 'SAMO', 'SAMP', 'SAMS', 'SAMT'] and result['N_STATIONS'] == 7
    for station, (values, (x, y)) in rows.items():
        assert (x, y) == pytest.approx((samples.LON, samples.LAT), abs=1e-6), station
        for c, sigma_name, truth in zip('enu', ('se', 'sn', 'su'), samples.VELOCITY):
            assert abs(values[f'v{c}'] - truth) < 4 * values[sigma_name], (station, c)
        for c, truth in zip('enu', samples.STEP):
            assert abs(values[f'step_20160416_{c}'] - truth) < 4 * values[f'step_20160416_s{c}'] + 0.5, (station, c)
        assert values['annual_amp_u'] == pytest.approx(samples.ANNUAL[2][0], abs=2.0)
        assert values['n_rejected'] >= 2                     # the two invented outliers
        assert values['rms_e'] == pytest.approx(samples.NOISE[0], rel=0.3)


def test_gnsstimeseries_through_qgis_process(qgis_process, tmp_path):
    output = tmp_path / 'qp.gpkg'
    stations = stations_geojson(tmp_path / 'stations.geojson', NO_COORDINATES, samples.LON, samples.LAT)
    code, results, log = qgis_process.run(
        'gnsstimeseries', INPUT_FILES=[str(DATA / name) for name in ('SAMP.pbo.final_igs14.pos', 'SAMC.csv')],
        FORMAT=0, STEP_DATES='2016-04-16', PERIODIC='1,2', STATIONS=stations, OUTPUT=str(output))
    assert code == 0, log
    assert results['N_STATIONS'] == 2
    rows, crs = read_points(output)
    assert crs == 'EPSG:4326' and sorted(rows) == ['SAMC', 'SAMP']
    assert rows['SAMC'][0]['ve'] == pytest.approx(rows['SAMP'][0]['ve'], abs=0.05)   # same series, two formats
    assert rows['SAMC'][0]['location'] == 'stations'


# -- deformation:coseismicoffset ------------------------------------------------------------------------

def test_kkn4_coseismic_offset(run_algorithm, real_data, tmp_path):
    path = real_data / 'gnss' / 'KKN4.icd.final_igs08.pos.neu'
    before = file_digest(path)
    output = tmp_path / 'kkn4_offset.gpkg'
    result = run_algorithm('coseismicoffset', {
        'INPUT_FILES': [str(path)], 'EVENT_TIME': GORKHA_UTC, 'STATIONS': stations_layer(['KKN4'], *KKN4_LOCATION),
        'OUTPUT': str(output)})
    assert file_digest(path) == before and result['N_STATIONS'] == 1
    values, _ = read_points(output)[0]['KKN4']
    # check values N −1.845, E −0.444, U +1.268 m within 2 cm (measured −1.8410, −0.4462, +1.2632, 7/6 days)
    for c in 'enu':
        assert values[f'd{c}'] == pytest.approx(KKN4_STEP_MM[c], abs=KKN4_TOLERANCE_MM)
        assert 0 < values[f'sd{c}'] < 5.0
    assert (values['n_before'], values['n_after']) == (7, 6)  # day 115 (the event day) has no solution anyway
    assert values['horizontal'] == pytest.approx(np.hypot(values['de'], values['dn']))
    assert values['azimuth'] == pytest.approx(193.6, abs=0.5)  # south-south-west


def test_kinematic_30s_offset_needs_the_gap(run_algorithm, tmp_path):
    outputs = {}
    for gap in (0.0, 0.1):
        outputs[gap] = tmp_path / f'samk_{gap}.gpkg'
        run_algorithm('coseismicoffset', {
            'INPUT_FILES': [str(DATA / 'SAMK.pos')], 'EVENT_TIME': '2016-04-15T16:25:05', 'WINDOW_BEFORE': 0.5,
            'WINDOW_AFTER': 0.5, 'GAP_AFTER': gap, 'STATISTIC': 0, 'OUTPUT': str(outputs[gap])})
    with_gap, _ = read_points(outputs[0.1])[0]['SAMK']
    without_gap, _ = read_points(outputs[0.0])[0]['SAMK']
    error = np.array([with_gap[f'd{c}'] for c in 'enu']) - samples.KINEMATIC_STEP
    sigma = np.array([with_gap[f'sd{c}'] for c in 'enu'])
    assert np.all(np.abs(error) < 4 * sigma + 0.5) and np.all(np.abs(error) < 5.0)   # noise 5/5/12 mm, 60/47 epochs
    assert (with_gap['n_before'], with_gap['n_after']) == (60, 47)
    assert without_gap['de'] - samples.KINEMATIC_STEP[0] > 10.0     # the 3-min shaking transient biases it


def test_kinematic_baselines_rotated_and_fix_only(run_algorithm, tmp_path):
    path = samples.write_rtklib(tmp_path / 'samk_enu.pos', layout='enu', base=(137.9, 35.7, 50.0), hours=6,
                                start=samples.EVENT_UTC - dt.timedelta(hours=3), system='JST')
    output = tmp_path / 'enu.gpkg'
    run_algorithm('coseismicoffset', {
        'INPUT_FILES': [str(path)], 'EVENT_TIME': '2016-04-15 16:25:05', 'WINDOW_BEFORE': 2.0, 'WINDOW_AFTER': 2.0,
        'GAP_AFTER': 0.1, 'STATISTIC': 1, 'FIX_ONLY': True, 'OUTPUT': str(output)})
    values, (x, y) = read_points(output)[0]['SAMK']          # file name up to '_'
    assert (x, y) == pytest.approx((samples.LON, samples.LAT), abs=1e-6)
    for c, truth in zip('enu', samples.KINEMATIC_STEP):   # noise 5/5/12 mm over ~220 epochs a window
        assert abs(values[f'd{c}'] - truth) < 4 * values[f'sd{c}'] + 0.5
    assert values['n_before'] < 240                                # float epochs (Q = 2) left out


def test_coseismicoffset_through_qgis_process(qgis_process, real_data, tmp_path):
    output = tmp_path / 'qp_offset.gpkg'
    stations = stations_geojson(tmp_path / 'stations.geojson', ['KKN4'], *KKN4_LOCATION)
    code, results, log = qgis_process.run(
        'coseismicoffset', INPUT_FILES=str(real_data / 'gnss' / 'KKN4.icd.final_igs08.pos.neu'),
        EVENT_TIME=GORKHA_UTC, WINDOW_BEFORE=120, WINDOW_AFTER=120, GAP_AFTER=0, STATISTIC=1, STATIONS=stations,
        OUTPUT=str(output))
    assert code == 0, log
    values, _ = read_points(output)[0]['KKN4']
    for c in 'enu':
        assert values[f'd{c}'] == pytest.approx(KKN4_STEP_MM[c], abs=KKN4_TOLERANCE_MM)
    assert results['N_STATIONS'] == 1


def test_coseismicoffset_kinematic_sample_through_qgis_process(qgis_process, tmp_path):
    """Runs without ../shared: the bundled 30-s RTKLIB sample (invented), median windows around the event."""
    output = tmp_path / 'qp_samk.gpkg'
    code, results, log = qgis_process.run(
        'coseismicoffset', INPUT_FILES=str(DATA / 'SAMK.pos'), EVENT_TIME='2016-04-15T16:25:05',
        WINDOW_BEFORE=0.5, WINDOW_AFTER=0.5, GAP_AFTER=0.1, STATISTIC=1, OUTPUT=str(output))
    assert code == 0, log
    assert results['N_STATIONS'] == 1
    values, _ = read_points(output)[0]['SAMK']
    for c, truth in zip('enu', samples.KINEMATIC_STEP):      # noise 5/5/12 mm, ~50 epochs a window
        assert abs(values[f'd{c}'] - truth) < 4 * values[f'sd{c}'] + 0.5


# -- errors ---------------------------------------------------------------------------------------------

def run_error(run_algorithm, algorithm, parameters):
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(algorithm, parameters)
    return str(error.value)


def test_error_unknown_format(run_algorithm, tmp_path):
    path = tmp_path / 'readme.txt'
    path.write_text('GNSS campaign 2016\nReceivers: 12\n')
    before = file_digest(path)
    message = run_error(run_algorithm, 'gnsstimeseries', {'INPUT_FILES': [str(path)], 'OUTPUT': 'TEMPORARY_OUTPUT'})
    assert 'INPUT_FILES: cannot recognise the format of "readme.txt"' in message
    assert 'NGL .tenv3' in message and 'RTKLIB .pos' in message and 'FORMAT' in message
    assert file_digest(path) == before


def test_error_empty_file(run_algorithm, tmp_path):
    path = tmp_path / 'KKN5.pos.neu'
    path.write_text('')
    message = run_error(run_algorithm, 'coseismicoffset', {'INPUT_FILES': [str(path)], 'EVENT_TIME': GORKHA_UTC,
                                                           'OUTPUT': 'TEMPORARY_OUTPUT'})
    assert 'INPUT_FILES: "KKN5.pos.neu" is empty' in message


def test_error_malformed_line_through_the_algorithm(run_algorithm, tmp_path):
    lines = (DATA / 'SAMP.pbo.final_igs14.pos').read_text().splitlines()
    lines[30] = lines[30].replace('120000', '12h00m')
    path = tmp_path / 'SAMP.pos'
    path.write_text('\n'.join(lines) + '\n')
    message = run_error(run_algorithm, 'gnsstimeseries', {'INPUT_FILES': [str(path)], 'OUTPUT': 'TEMPORARY_OUTPUT'})
    assert '"SAMP.pos" line 31:' in message and 'PBO/EarthScope .pos' in message


def test_error_station_without_coordinates(run_algorithm, real_data, tmp_path):
    path = str(real_data / 'gnss' / 'KKN4.icd.final_igs08.pos.neu')
    message = run_error(run_algorithm, 'gnsstimeseries', {'INPUT_FILES': [path], 'OUTPUT': 'TEMPORARY_OUTPUT'})
    assert 'carries no station coordinates and no STATIONS layer was given' in message and 'KKN4' in message
    message = run_error(run_algorithm, 'coseismicoffset', {
        'INPUT_FILES': [path], 'EVENT_TIME': GORKHA_UTC, 'STATIONS': stations_layer(['LHAS', 'CHLM']),
        'OUTPUT': 'TEMPORARY_OUTPUT'})
    assert 'station KKN4 is not in the STATIONS layer (IDs: LHAS, CHLM)' in message


def test_error_bad_event_time_and_dates(run_algorithm):
    message = run_error(run_algorithm, 'coseismicoffset', {
        'INPUT_FILES': [str(DATA / 'SAMK.pos')], 'EVENT_TIME': 'April 15', 'OUTPUT': 'TEMPORARY_OUTPUT'})
    assert 'EVENT_TIME: "April 15" is not a UTC date and time' in message
    message = run_error(run_algorithm, 'gnsstimeseries', {
        'INPUT_FILES': [str(DATA / 'SAMP.pbo.final_igs14.pos')], 'START': '2016-05-01', 'END': '2016-01-01',
        'OUTPUT': 'TEMPORARY_OUTPUT'})
    assert 'START/END: 2016-05-01 is after 2016-01-01' in message


def test_error_no_station_fitted_lists_the_reasons(run_algorithm):
    message = run_error(run_algorithm, 'gnsstimeseries', {
        'INPUT_FILES': [str(DATA / 'SAMK.pos')], 'OUTPUT': 'TEMPORARY_OUTPUT'})
    assert 'INPUT_FILES: no station could be processed' in message
    assert 'SAMK ("SAMK.pos") has 1 days of data' in message
