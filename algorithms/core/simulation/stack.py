"""Synthetic interferogram stacks with known truth.

The scene (metres in a projected CRS) holds

* a Mogi source inflating at a constant rate under a volcano (reference 002);
* a Gaussian subsidence bowl (groundwater) with a linear rate and an annual
  vertical term;
* optionally a co-seismic step: a strike-slip screw dislocation across a fault;
* per date, a turbulent atmosphere (power-law screen) and a stratified term
  proportional to the DEM height;
* per interferogram, coherence γ = γ₀(x, y)·exp(−Δt/T) and phase noise with the
  Cramér–Rao variance σ²_φ = (1 − γ²)/(2Lγ²) for L looks;
* optionally, unwrapping errors: in a share of the interferograms, an
  elliptical region (not touching the scene centre) is off by ±2π; the
  interferogram's metadata ``UNWRAPPING_ERROR_CYCLES`` says by how much.

Truth LOS displacement (positive towards the satellite, mm) at date i is::

    D_i = v·t_i + A[cos(2πτ_i − φ) − cos(2πτ_0 − φ)] + S·H(t_i − t_s)

and the interferogram of dates (i, j) is, in radians::

    φ_ij = −4π/λ · ((D_j + a_j) − (D_i + a_i)) + n_ij

with a_i the atmospheric (apparent LOS) displacement.  Everything is
reproducible from ``seed``.
"""
import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass, field

import numpy as np

from ..common import dates as dates_mod
from ..common.errors import InputError
from ..common.progress import SILENT
from ..geometry import line_of_sight
from ..geometry.phase import SENTINEL1_WAVELENGTH_MM, displacement_to_phase
from ..insar.sbas.network import sequential_network
from ..io import staging
from ..io.raster_stack import grid_from_origin, time_series_writer, write_raster
from ..sources.mogi import mogi
from ..sources.okada import screw_dislocation
from . import atmosphere

#: incidence change across the swath, degrees per km of ground range (Sentinel-1 IW)
INCIDENCE_GRADIENT = 0.065
#: acquisitions are missed with these multiples of the revisit (irregular dates)
REVISIT_MULTIPLES = (1, 1, 1, 1, 1, 2, 2, 3)


@dataclass
class SimulationConfig:
    """Scene, acquisition and noise settings; lengths in metres, displacements in mm."""

    width: int = 200
    height: int = 200
    pixel_size: float = 100.0
    center: tuple = (277600.0, 4031200.0)
    epsg: int = 32654
    crs_wkt: str = ''
    start_date: dt.date = dt.date(2020, 1, 7)
    n_dates: int = 40
    revisit_days: int = 12
    links: int = 3
    gap_date: dt.date = None
    wavelength: float = SENTINEL1_WAVELENGTH_MM
    incidence: float = 39.0
    heading: float = -10.0
    look: str = 'right'
    mogi_offset: tuple = (-3000.0, 2000.0)
    mogi_depth: float = 4000.0
    mogi_volume_rate: float = 1.5e6          # m³/yr
    poisson: float = 0.25
    subsidence_offset: tuple = (4000.0, -3500.0)
    subsidence_radius: float = 2000.0
    subsidence_rate: float = -30.0           # mm/yr, vertical, at the centre
    seasonal_amplitude: float = 8.0          # mm, vertical, at the centre
    seasonal_phase: float = 60.0             # degrees, see trajectory.py
    step_date: dt.date = None
    step_slip: float = 150.0                 # mm across the fault
    fault_offset: tuple = (1500.0, 0.0)
    fault_strike: float = 30.0
    fault_locking_depth: float = 1500.0
    atmosphere: float = 5.0                  # mm RMS per date (turbulent)
    stratified: float = 0.0                  # mm/km RMS per date
    looks: float = 20.0                      # 0 = no decorrelation noise
    coherence_decay_days: float = 180.0
    unwrapping_errors: float = 0.0           # share of interferograms with a region off by ±1 cycle (2π)
    seed: int = 1

    def grid(self):
        x_min = self.center[0] - self.width * self.pixel_size / 2.0
        y_max = self.center[1] + self.height * self.pixel_size / 2.0
        if self.crs_wkt:
            return grid_from_origin(x_min, y_max, self.pixel_size, self.width, self.height,
                                    crs_wkt=self.crs_wkt)
        return grid_from_origin(x_min, y_max, self.pixel_size, self.width, self.height, epsg=self.epsg)

    def location(self, offset):
        return self.center[0] + offset[0], self.center[1] + offset[1]


@dataclass
class SimulationResult:
    """Paths of everything written, plus the acquisition dates and network."""

    folder: str
    dates: list
    pairs: list
    interferograms: list = field(default_factory=list)
    coherence: list = field(default_factory=list)
    paths: dict = field(default_factory=dict)


def acquisition_dates(config, rng):
    """Irregular dates: revisit × a random multiple (missed acquisitions)."""
    steps = rng.choice(REVISIT_MULTIPLES, size=config.n_dates - 1) * config.revisit_days
    offsets = np.concatenate([[0], np.cumsum(steps)])
    return [config.start_date + dt.timedelta(days=int(d)) for d in offsets]


class Scene:
    """The static fields of a simulation: geometry, DEM, deformation rates, coherence."""

    def __init__(self, config, rng):
        self.config = config
        self.grid = config.grid()
        x, y = self.grid.coordinates()
        self.x, self.y = x, y
        cx, cy = config.center
        look_azimuth = np.radians(config.heading + (90.0 if config.look == 'right' else -90.0))
        ground_range = (x - cx) * np.sin(look_azimuth) + (y - cy) * np.cos(look_azimuth)
        self.incidence = config.incidence + INCIDENCE_GRADIENT * ground_range / 1000.0
        along_track = (x - cx) * np.sin(np.radians(config.heading)) + (y - cy) * np.cos(np.radians(config.heading))
        self.heading = config.heading + 0.002 * along_track / 1000.0
        line_of_sight.check_incidence(self.incidence)
        self.dem = self._dem(rng)
        self.velocity_enu = self._velocity_enu()
        self.seasonal_up = self._bowl(config.seasonal_amplitude)
        self.step_enu = self._step_enu()
        self.los = line_of_sight.unit_vector(self.incidence, self.heading, config.look)
        self.velocity = self.project(*self.velocity_enu)
        self.seasonal = self.seasonal_up * self.los[2]
        self.step = self.project(*self.step_enu)
        self.coherence0 = self._coherence(rng)

    def project(self, east, north, up):
        return east * self.los[0] + north * self.los[1] + up * self.los[2]

    def _bowl(self, amplitude):
        c = self.config
        sx, sy = c.location(c.subsidence_offset)
        r2 = (self.x - sx) ** 2 + (self.y - sy) ** 2
        return amplitude * np.exp(-r2 / (2.0 * c.subsidence_radius ** 2))

    def _velocity_enu(self):
        c = self.config
        mx, my = c.location(c.mogi_offset)
        east, north, up = mogi(self.x, self.y, mx, my, c.mogi_depth, c.mogi_volume_rate, c.poisson)
        return 1000.0 * east, 1000.0 * north, 1000.0 * up + self._bowl(c.subsidence_rate)

    def _step_enu(self):
        c = self.config
        if c.step_date is None:
            zero = np.zeros_like(self.x)
            return zero, zero, zero
        fx, fy = c.location(c.fault_offset)
        return screw_dislocation(self.x, self.y, fx, fy, c.fault_strike, c.step_slip,
                                         c.fault_locking_depth)

    def _dem(self, rng):
        c = self.config
        mx, my = c.location(c.mogi_offset)
        r2 = (self.x - mx) ** 2 + (self.y - my) ** 2
        relief = atmosphere.power_law_screen(self.x.shape, c.pixel_size, 40.0, rng, beta=3.0)
        slope = 150.0 * (self.y - c.center[1]) / 10000.0
        return np.clip(300.0 + 1800.0 * np.exp(-r2 / (2.0 * 2500.0 ** 2)) + slope + relief, 0.0, None)

    def _coherence(self, rng):
        c = self.config
        field_ = atmosphere.power_law_screen(self.x.shape, c.pixel_size, 1.0, rng, beta=3.5)
        mx, my = c.location(c.mogi_offset)
        summit = np.exp(-((self.x - mx) ** 2 + (self.y - my) ** 2) / (2.0 * 1200.0 ** 2))
        return np.clip(0.6 + 0.2 * field_ - 0.35 * summit, 0.15, 0.95)

    def truth(self, t, seasonal_term, after_step):
        """Truth LOS displacement [mm] at one date."""
        return self.velocity * t + self.seasonal * seasonal_term + (self.step if after_step else 0.0)


SUBFOLDERS = ('interferograms', 'coherence', 'geometry', 'truth')
#: float64 arrays of the scene size held at the peak of a simulation (static fields, FFT screens, dates in flight)
ARRAYS_AT_PEAK = 50


def memory_needed(config):
    """Estimated peak memory of :func:`simulate_stack` [bytes]: ~50 + links scene-size float64 arrays."""
    return 8 * config.width * config.height * (ARRAYS_AT_PEAK + config.links)


def simulate_stack(config, folder, monitor=SILENT):
    """Write a synthetic stack and its truth into ``folder``; return a :class:`SimulationResult`.

    The stack goes into four new sub-folders of ``folder`` (made if missing).
    Nothing already there is touched: when ``folder`` already holds one of
    those sub-folders (an earlier run, or the user's own files), the stack goes
    into a new sub-folder ``simulatestack-N`` instead (``result.folder`` says
    where).  Files are written into a hidden staging folder and moved into
    place only when everything is written, so a cancelled run leaves no stack
    that looks complete (inside :func:`.staging.staged_outputs` the move waits
    for the whole run).

    Layout::

        interferograms/YYYYMMDD_YYYYMMDD.tif   unwrapped phase [rad]
        coherence/YYYYMMDD_YYYYMMDD.tif        coherence [0–1]
        geometry/incidence.tif, heading.tif [deg], dem.tif [m]
        truth/timeseries.tif                   LOS displacement [mm], first date = 0
        truth/velocity.tif, step.tif, annual_amplitude.tif   LOS [mm/yr, mm, mm]
        truth/east_velocity.tif, north_velocity.tif, up_velocity.tif [mm/yr]
        truth/atmosphere.tif                   apparent LOS displacement per date [mm]
    """
    folder = output_folder(folder)
    try:
        staging_folder = tempfile.mkdtemp(prefix='.simulatestack-', dir=folder)
    except OSError as error:
        raise InputError('OUTPUT_FOLDER: cannot write into "{0}" ({1}); choose a folder you can write to.',
                         folder, error.strerror) from None
    try:
        result = _simulate_into(config, staging_folder, monitor)
    except BaseException:
        shutil.rmtree(staging_folder, ignore_errors=True)
        raise
    run = staging.active()
    for sub in SUBFOLDERS:
        temp, final = os.path.join(staging_folder, sub), os.path.join(folder, sub)
        if run is None:
            os.rename(temp, final)
        else:
            run.stage_folder(temp, final)
    if run is None:
        os.rmdir(staging_folder)
    else:
        run.stage(lambda: os.rmdir(staging_folder), lambda: staging.remove_quietly(staging_folder))
    return _relocate(result, staging_folder, folder)


def output_folder(folder):
    """The folder the stack goes into: ``folder`` when it holds none of :data:`SUBFOLDERS`, else a new
    ``folder/simulatestack-N``; made (with its parents) here.  Clear errors for files and read-only folders."""
    folder = os.path.abspath(os.fspath(folder))
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise InputError('OUTPUT_FOLDER: "{0}" is a file, not a folder; give a folder (a new one is made when it does '
                         'not exist).', folder)
    if os.path.isdir(folder) and any(os.path.lexists(os.path.join(folder, sub)) for sub in SUBFOLDERS):
        number = 2
        while os.path.lexists(os.path.join(folder, f'simulatestack-{number}')):
            number += 1
        folder = os.path.join(folder, f'simulatestack-{number}')
    try:
        staging.create_folder(folder)
    except OSError as error:
        raise InputError('OUTPUT_FOLDER: cannot create "{0}" ({1}); choose a folder you can write to.',
                         folder, error.strerror) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError('OUTPUT_FOLDER: "{0}" is not writable; choose a folder you can write to.', folder)
    return folder


def unwrapping_error_region(scene, rng):
    """(cycles ±1, mask) of a random elliptical region, 8–20 % of the scene wide, away from the centre."""
    c = scene.config
    half_w, half_h = c.width * c.pixel_size / 2.0, c.height * c.pixel_size / 2.0
    while True:
        cx, cy = rng.uniform(-0.75, 0.75) * half_w, rng.uniform(-0.75, 0.75) * half_h
        a, b = rng.uniform(0.08, 0.2) * 2 * half_w, rng.uniform(0.08, 0.2) * 2 * half_h
        if (cx / a) ** 2 + (cy / b) ** 2 > 1.5:
            break
    x, y = scene.x - c.center[0] - cx, scene.y - c.center[1] - cy
    return float(rng.choice((-1.0, 1.0))), (x / a) ** 2 + (y / b) ** 2 <= 1.0


def _write_interferogram(config, scene, dates, i, j, observed, seed, path, metadata, result, n, jump=None):
    """Interferogram and coherence of dates (i, j) from the apparent LOS change ``observed`` [mm].

    ``jump`` = (cycles, mask): an unwrapping error of cycles·2π inside mask.
    """
    days = (dates[j] - dates[i]).days
    coherence = np.clip(scene.coherence0 * np.exp(-days / config.coherence_decay_days), 0.05, 0.99)
    phase = displacement_to_phase(observed, config.wavelength)
    if config.looks > 0:
        sigma = np.sqrt((1.0 - coherence ** 2) / (2.0 * config.looks * coherence ** 2))
        phase = phase + sigma * np.random.default_rng(seed).standard_normal(scene.grid.shape)
    metadata = dict(metadata, UNWRAPPING_ERROR_CYCLES=0 if jump is None else jump[0])
    if jump is not None:
        phase = phase + 2.0 * np.pi * jump[0] * jump[1]
    name = f'{dates_mod.compact(dates[i])}_{dates_mod.compact(dates[j])}'
    pair_meta = [{'DATE12': name}]
    result.interferograms[n] = write_raster(path('interferograms', name + '.tif'), scene.grid, [phase], [name],
                                            units='rad', band_metadata=pair_meta, metadata=metadata)
    result.coherence[n] = write_raster(path('coherence', name + '.tif'), scene.grid, [coherence], [name],
                                       band_metadata=pair_meta)


def _relocate(result, old, new):
    def move(path):
        return os.path.join(new, os.path.relpath(path, old))
    result.folder = new
    result.interferograms = [move(p) for p in result.interferograms]
    result.coherence = [move(p) for p in result.coherence]
    result.paths = {k: move(p) for k, p in result.paths.items()}
    return result


def _simulate_into(config, folder, monitor):
    seeds = np.random.SeedSequence(config.seed)
    scene_seed, dates_seed, strat_seed, date_seeds_root, pair_seeds_root, error_seed = seeds.spawn(6)
    dates = acquisition_dates(config, np.random.default_rng(dates_seed))
    pairs = sequential_network(dates, config.links, config.gap_date)
    scene = Scene(config, np.random.default_rng(scene_seed))
    grid = scene.grid
    result = SimulationResult(os.fspath(folder), dates, [(dates[i], dates[j]) for i, j in pairs])
    paths = result.paths
    for sub in SUBFOLDERS:
        os.makedirs(os.path.join(folder, sub), exist_ok=True)

    def path(*parts):
        return os.path.join(folder, *parts)

    paths['incidence'] = write_raster(path('geometry', 'incidence.tif'), grid, [scene.incidence], ['incidence'],
                                      units='deg')
    paths['heading'] = write_raster(path('geometry', 'heading.tif'), grid, [scene.heading], ['heading'],
                                    units='deg')
    paths['dem'] = write_raster(path('geometry', 'dem.tif'), grid, [scene.dem], ['height'], units='m')
    for name, array, units in (('velocity', scene.velocity, 'mm/yr'), ('step', scene.step, 'mm'),
                               ('annual_amplitude', np.abs(scene.seasonal), 'mm'),
                               ('east_velocity', scene.velocity_enu[0], 'mm/yr'),
                               ('north_velocity', scene.velocity_enu[1], 'mm/yr'),
                               ('up_velocity', scene.velocity_enu[2], 'mm/yr')):
        paths[name] = write_raster(path('truth', f'{name}.tif'), grid, [array], [name], units=units)

    t = dates_mod.years_since(dates, dates[0])
    phase = np.radians(config.seasonal_phase)
    seasonal = np.cos(2 * np.pi * dates_mod.seasonal_years(dates) - phase)
    seasonal -= seasonal[0]
    after = [config.step_date is not None and d >= config.step_date for d in dates]
    n_work = len(dates) + len(pairs)
    stratified = np.random.default_rng(strat_seed).normal(0.0, config.stratified, len(dates))
    date_seeds = date_seeds_root.spawn(len(dates))
    pair_seeds = pair_seeds_root.spawn(len(pairs))
    ending_at = {}
    for n, (i, j) in enumerate(pairs):
        ending_at.setdefault(j, []).append((n, i))
    longest = max((j - i for i, j in pairs), default=0)
    error_rng = np.random.default_rng(error_seed)
    with_error = set(error_rng.choice(len(pairs), int(round(config.unwrapping_errors * len(pairs))),
                                      replace=False).tolist())
    result.interferograms = [None] * len(pairs)
    result.coherence = [None] * len(pairs)
    apparent = {}  # date index → truth + atmosphere [mm], for the last ``longest`` dates only
    metadata = {'WAVELENGTH_MM': config.wavelength, 'SEED': config.seed}
    paths['timeseries'] = path('truth', 'timeseries.tif')
    paths['atmosphere'] = path('truth', 'atmosphere.tif')
    done = 0
    with time_series_writer(paths['timeseries'], grid, dates, metadata=metadata) as truth_writer, \
            time_series_writer(paths['atmosphere'], grid, dates, metadata=metadata) as atm_writer:
        for j in range(len(dates)):
            truth = scene.truth(t[j], seasonal[j], after[j])
            screen = (atmosphere.power_law_screen(grid.shape, config.pixel_size, config.atmosphere,
                                                  np.random.default_rng(date_seeds[j]))
                      + atmosphere.stratified_delay(scene.dem - scene.dem.mean(), stratified[j]))
            truth_writer.write_band(j, 0, truth)
            atm_writer.write_band(j, 0, screen)
            apparent[j] = truth + screen
            for old in [k for k in apparent if k < j - longest]:
                del apparent[old]
            done += 1
            monitor.update(done / n_work)
            for n, i in ending_at.get(j, ()):
                jump = unwrapping_error_region(scene, error_rng) if n in with_error else None
                _write_interferogram(config, scene, dates, i, j, apparent[j] - apparent[i], pair_seeds[n],
                                     path, metadata, result, n, jump)
                done += 1
                monitor.update(done / n_work)
    return result
