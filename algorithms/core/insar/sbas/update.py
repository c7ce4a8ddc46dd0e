"""Incremental SBAS update: a previous run's state (``PREVIOUS``) + new interferograms → the whole series.

The update reads only the new interferograms (and their coherence) and the
state folder (:mod:`.state`), solves per pixel the small system of the
boundary unknowns and the new dates (:mod:`.incremental`), and writes

* the time series of every date (old dates moved by D_n = D_n⁰ + K_n (u_b − u_b⁰)),
* the velocity (offset + rate + steps fit of the whole series, as a full run),
* the quality bands of the **new** interferograms (residuals, temporal coherence, count),
* optionally a new state (``OUTPUT_STATE``) for the next update.

The result equals the inversion of the whole stack with the same κ², ρ,
reference window, weighting and steps (taken from the state) to rounding.
Refused: a state of another grid, new interferograms already in the previous
run, pairs that start before the boundary date of the state or that put a new
date between old ones, a missing or damaged state.  Pixels that the previous
run could not solve stay unsolved.  The update runs on this machine (no Dask).
"""
import contextlib
import dataclasses

import numpy as np

from ...common import dates as dates_mod
from ...common.errors import InputError
from ...common.progress import SILENT
from ...engine import tiles
from ...engine.executor import WindowWriters, gdal_cache, run_tiles
from ...engine.tiles import MB, TILE
from ...io.raster_stack import RasterWriter, check_same_grid, display_name
from ..reference import Reference, window_bounds
from ..trajectory import TrajectoryModel, fit_trajectories, trajectory_products
from . import incremental, state
from .network import Network, build_network
from .solution import residual_quality
from .stack import (
    QUALITY_BANDS,
    InterferogramReader,
    SbasResult,
    _output_metadata,
    budget_cache,
    output_options,
    series_and_velocity_writers,
    validate_options,
)


def update_stack(interferograms, coherence, previous, options, outputs, monitor=SILENT, warn=None):
    """Continue the run whose state folder is ``previous`` with ``interferograms``; returns :class:`SbasResult`.

    ``options``: the run's :class:`.stack.SbasOptions`; the model settings (units, wavelength,
    weighting, looks, κ², ρ, steps, minimum coherence, reference window) come from the state,
    only ``memory_mb``, ``block_rows`` and ``use_numba`` are used.  ``outputs``: ``timeseries``,
    ``velocity``, ``quality``, ``state`` (others are not written by an update).
    """
    warn = warn or (lambda text: monitor.info('Warning: ' + text))
    spec = state.read_spec(previous)
    if outputs.get('state'):
        state.check_destination(outputs['state'])
    options = dataclasses.replace(
        options, units=spec['units'], wavelength=spec['wavelength'], weighting=spec['weighting'],
        looks=spec['looks'], min_coherence=spec['min_coherence'], closure='none', smoothing='fixed',
        smoothing_factor=spec['kappa2'], atmosphere='fixed' if spec['rho'] > 0 else 'none',
        atmosphere_sigma=spec['sigma_atmosphere'] if spec['rho'] > 0 else 0.0, atmosphere_filter=False,
        steps=tuple(spec['network'].steps))
    validate_options(options)
    with budget_cache(options.memory_mb):
        reader = InterferogramReader(interferograms, coherence, options, warn)
        try:
            return _update(reader, spec, previous, options, outputs, monitor, warn)
        finally:
            reader.close()


def combined_network(old, new_pairs, role='INTERFEROGRAMS', boundary_date=None):
    """The network of the old and the new pairs; refuses pairs an update cannot take."""
    old_pairs = {(old.dates[i], old.dates[j]) for i, j in old.pairs}
    again = [p for p in new_pairs if p in old_pairs]
    if again:
        raise InputError(f'{role}: {len(again)} interferogram(s) were already in the previous run: '
                         f'{_names(again)}; give only new interferograms.')
    last = old.dates[-1]
    old_dates = set(old.dates)
    inserted = sorted({d for p in new_pairs for d in p if d not in old_dates and d < last})
    if inserted:
        raise InputError(f'{role}: new acquisition date(s) {", ".join(d.isoformat() for d in inserted)} fall '
                         f'before the last date of the previous run ({last.isoformat()}); an update adds dates '
                         'after it only (run the whole stack again).')
    first_allowed = old.dates[boundary_date]
    early = [p for p in new_pairs if p[0] < first_allowed]
    if early:
        raise InputError(f'{role}: {len(early)} new interferogram(s) start before {first_allowed.isoformat()}, '
                         f'the earliest date the state of the previous run can take: {_names(early)}; leave them '
                         'out or run the whole stack again.')
    if not any(p[1] > last for p in new_pairs):
        raise InputError(f'{role}: no interferogram uses a date after {last.isoformat()} (the last date of the '
                         'previous run); an update needs new acquisitions.')
    pairs = [(old.dates[i], old.dates[j]) for i, j in old.pairs] + list(new_pairs)
    return build_network(pairs, old.steps, role)


def _names(pairs):
    text = ', '.join(f'{dates_mod.compact(a)}_{dates_mod.compact(b)}' for a, b in pairs[:10])
    return text + (' …' if len(pairs) > 10 else '')


def reference_values(reader, spec):
    """Mean of the reference window of the state in each new interferogram [mm] (as :func:`.reference_at`)."""
    ref = spec['reference']
    r0, r1, c0, c1 = window_bounds(reader.grid, ref['row'], ref['column'], ref['radius'])
    displacement = reader.raw(r0, r1 - r0, False, c0, c1 - c0)[0] * reader.scale     # the window's columns only
    valid = np.isfinite(displacement)
    count = valid.sum(axis=(1, 2))
    total = np.where(valid, displacement, 0.0).sum(axis=(1, 2))
    return np.where(count > 0, total / np.maximum(count, 1), np.nan)


class UpdateTask:
    """One window of an update: read new interferograms and the state, solve, products (local)."""

    def __init__(self, reader, spec, previous, network, values, model, design, with_state):
        old = spec['network']
        self.reader, self.values, self.model, self.design = reader, values, model, design
        self.old, self.network = old, network
        self.state_reader = state.StateReader(previous)
        kappa2, rho = spec['kappa2'], spec['rho']
        old_layout = incremental.build_layout(old, kappa2, rho)
        layout = incremental.build_layout(network, kappa2, rho)
        self.start = incremental.date_start(old_layout, old, spec['boundary_date'])
        self.s = spec['boundary_unknowns']
        if old_layout.size - self.start != self.s:
            raise InputError('PREVIOUS: the state does not match its own network (boundary size); run the '
                             'previous stack again with OUTPUT_STATE.')
        self.layout = layout
        prior = layout.prior[self.start:, self.start:].copy()
        prior[:self.s, :self.s] -= old_layout.prior[self.start:, self.start:]
        n_old = old.n_dates
        self.new_rows = np.arange(len(old.pairs), len(network.pairs))
        smap = incremental.displacement_map(network, layout)
        shared = np.zeros((network.n_dates, layout.size - self.start))
        shared[n_old:] = (smap[n_old:] - smap[n_old - 1])[:, self.start:]      # D_n − D_{N−1}, new dates
        self.boundary_dates = state.boundary_dates(network)
        self.next_start = incremental.date_start(layout, network, network.n_dates - self.boundary_dates)
        # without a new state, nothing is marginalised (no boundary, no gain): only u and the series
        self.problem = incremental.problem(layout, self.start, self.new_rows, prior,
                                           layout.size - self.next_start if with_state else 0, shared,
                                           network.n_dates if with_state else 0, require_data=False,
                                           n_previous=self.s)
        self.with_state = with_state
        # the quality of the new interferograms needs only the dates they use, the last ones
        self.quality_first = int(network.pairs[self.new_rows].min()) if len(self.new_rows) else network.n_dates
        self.quality_network = Network(network.dates[self.quality_first:],
                                       network.pairs[self.new_rows] - self.quality_first, ())
        self.quality_atmosphere = (layout.pos_a[self.quality_first:] - self.start) if layout.pos_a.size else None

    @property
    def next_boundary(self):
        return self.layout.size - self.next_start

    def load(self, window):
        displacement, weights = self.reader.pixels(window, self.values)
        return displacement, weights, self.state_reader.read(window)

    def compute(self, window, loaded):
        displacement, weights, previous = loaded
        marginal = incremental.solve_pixels(self.problem, displacement, weights, previous,
                                            self.reader.options.use_numba)
        out_series = marginal.series
        any_valid = bool(np.isfinite(out_series[:, -1]).any())
        shape = (window.nrows, window.ncols)
        products = {'timeseries': out_series.T.reshape(-1, *shape)}
        products['velocity'] = trajectory_products(self.model, fit_trajectories(self.design, out_series,
                                                                                self.reader.options.use_numba))
        apparent = out_series[:, self.quality_first:]     # + the atmosphere: what the interferograms see
        if self.quality_atmosphere is not None:
            apparent = apparent + marginal.u[:, self.quality_atmosphere]
        products['quality'] = np.vstack(residual_quality(self.quality_network, apparent, displacement, weights,
                                                         self.reader.options.wavelength,
                                                         self.reader.options.use_numba))
        products = {name: np.asarray(a, dtype=np.float32).reshape(-1, *shape) for name, a in products.items()}
        if self.with_state:
            products.update(state.state_products(marginal, marginal.u[:, self.next_start - self.start:], shape))
        return any_valid, products


def _update(reader, spec, previous, options, outputs, monitor, warn):
    old = spec['network']
    grid = spec['grid']
    check_same_grid(grid, f'the state "{display_name(previous)}"', reader.grid, display_name(reader.stack.paths[0]),
                    'INTERFEROGRAMS')
    network = combined_network(old, reader.pairs, 'INTERFEROGRAMS', spec['boundary_date'])
    # the new pairs in the combined network keep the order of the reader
    values = reference_values(reader, spec)
    missing = [reader.stack.bands[k].label for k in np.flatnonzero(~np.isfinite(values))]
    if missing:
        warn(f'the reference window has no valid value in {len(missing)} new interferogram(s), which are left '
             f'out: {", ".join(missing[:10])}{" …" if len(missing) > 10 else ""}.')
    ref = spec['reference']
    reference = Reference(ref['row'], ref['column'], ref['radius'], ref['x'], ref['y'], values, auto=False)
    hyper = (spec['kappa2'], spec['rho'], spec['sigma_atmosphere'])
    monitor.info(f'Update of a previous run: {old.n_dates} dates ({old.dates[0].isoformat()} to '
                 f'{old.dates[-1].isoformat()}) + {network.n_dates - old.n_dates} new date(s) from '
                 f'{len(reader)} new interferogram(s); κ² = {hyper[0]:.6g}, ρ = {hyper[1]:.6g} (from the state).')
    model = TrajectoryModel(polynomial=1, annual=False, steps=network.steps)
    model.validate(network.dates, 'INTERFEROGRAMS')
    design = model.design_matrix(network.dates)
    with_state = bool(outputs.get('state'))
    task = UpdateTask(reader, spec, previous, network, values, model, design, with_state)
    n, s = network.n_dates, task.next_boundary
    per_pixel = 8 * (6 * len(reader) + 4 * n * (s + 2) + 3 * (task.layout.size - task.start) ** 2 // 8 + 64)
    budget = tiles.memory_budget_mb(options.memory_mb)
    cache = int(min((2 * len(reader) * 2 + 2 * n) * TILE * TILE * 4 + 16 * MB, budget * MB // 4))
    windows = tiles.plan(grid.height, grid.width, per_pixel, options.memory_mb, options.block_rows, cache,
                         min_windows=1)
    metadata = dict(_output_metadata(network, hyper, reference, options), INCREMENTAL_FROM=old.dates[-1].isoformat())
    reader.release(cache // MB)   # the reference window's tiles stay cached for the windows that hold them
    with contextlib.ExitStack() as stack:
        writers = series_and_velocity_writers(stack, outputs, grid, network.dates, model, metadata,
                                              output_options(options))
        if outputs.get('quality'):
            writers['quality'] = stack.enter_context(RasterWriter(
                outputs['quality'], grid, QUALITY_BANDS, 'OUTPUT_QUALITY',
                metadata=dict(metadata, UNITS='-, mm, count', COVERS='new interferograms'),
                creation_options=output_options(options)))
        if with_state:
            folder = stack.enter_context(state.state_folder(outputs['state']))
            files = state.StateWindows(folder, grid, n, s)
            stack.callback(files.close)
            writers.update(files.writers)
        write = WindowWriters(writers, grid)
        stack.enter_context(gdal_cache(cache))
        run_tiles(task, windows, write, monitor)
        task.state_reader.close()
        if not write.any_valid:
            raise InputError('INTERFEROGRAMS: no pixel could be solved (every pixel lacks valid '
                             'interferograms); check the rasters, their nodata value and MIN_COHERENCE.')
        if with_state:
            files.close()
            state.write_spec(folder, state.make_spec(network, grid, hyper, reference, options, s,
                                                     network.n_dates - task.boundary_dates))
    return SbasResult(network, reference, hyper[0], [], [], dict(outputs), hyper[1], hyper[2])
