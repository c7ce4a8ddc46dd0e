"""The rasters an import writes: one :class:`Layer` per product quantity, streamed by blocks of rows.

A layer reads blocks of rows on the product's own grid, already in the
toolbox's units (mm, mm/yr, degrees, metres; NaN where the product has no
value) and is written as a float32, NaN-nodata, tiled DEFLATE GeoTIFF
(:class:`~.raster_stack.RasterWriter`, atomic).  Time series carry one band
per date (description ``YYYY-MM-DD``, metadata ``DATE=YYYYMMDD``), which is
what ``timeseriesfit`` and the time-series dock read; velocities, their 1σ,
incidence and heading are single bands that ``ascdescdecomposition`` and
the geometry parameters take directly.
"""
import os
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..common import dates as dates_mod
from ..io import staging
from ..io.raster_stack import GTIFF_OPTIONS, RasterStack, RasterWriter, iter_blocks
from .geolocation import geocode, radar_grid

#: output key → units written in the band metadata
UNITS = {'timeseries': 'mm', 'velocity': 'mm/yr', 'velocity_std': 'mm/yr', 'coherence': '',
         'incidence': 'degrees', 'heading': 'degrees', 'height': 'm', 'los_east': '', 'los_north': '',
         'los_up': '', 'count': '', 'interferograms': 'radians', 'ifg_coherence': ''}


@dataclass
class Layer:
    """One output quantity: ``read(row0, nrows)`` → float64 (n_bands, nrows, width) on the product grid."""

    key: str
    band_names: list
    read: Callable
    band_metadata: list = None
    metadata: dict = field(default_factory=dict)

    @property
    def units(self):
        return UNITS.get(self.key, '')


def dated_layer(key, acquisition_dates, read, metadata=None):
    """A time-series :class:`Layer`: band descriptions ``YYYY-MM-DD``, band metadata ``DATE=YYYYMMDD``."""
    return Layer(key, [dates_mod.iso(d) for d in acquisition_dates], read,
                 [{'DATE': dates_mod.compact(d)} for d in acquisition_dates], dict(metadata or {}))


def single_layer(key, read, name=None, metadata=None):
    """A one-band :class:`Layer` whose ``read`` returns (nrows, width)."""
    return Layer(key, [name or key], lambda row0, nrows: read(row0, nrows)[np.newaxis], None, dict(metadata or {}))


#: rows of one GeoTIFF tile (the writers' BLOCKYSIZE)
TILE_ROWS = int(next(o.split('=')[1] for o in GTIFF_OPTIONS if o.startswith('BLOCKYSIZE=')))


def tile_aligned(block_rows):
    """``block_rows`` rounded down to a divisor or a multiple of :data:`TILE_ROWS` (blocks never split tiles)."""
    block_rows = max(1, int(block_rows))
    if block_rows >= TILE_ROWS:
        return block_rows - block_rows % TILE_ROWS
    divisor = 1
    while divisor * 2 <= block_rows and TILE_ROWS % (divisor * 2) == 0:
        divisor *= 2
    return divisor


def stream_rows(writers, read, height, block_rows, monitor):
    """Write ``read(row0, nrows)`` blocks through ``writers`` (one per output of ``read``'s list).

    Blocks follow the tiles; at the end of each row of tiles the writers are
    flushed, so GDAL's block cache never holds more than one row of tiles.
    """
    for row0, nrows in iter_blocks(height, tile_aligned(block_rows), monitor):
        for writer, block in zip(writers, read(row0, nrows)):
            writer.write(row0, block)
        if (row0 + nrows) % TILE_ROWS == 0 or row0 + nrows == height:
            for writer in writers:
                writer.flush()


def write_layers(layers, grid, paths, block_rows, monitor, metadata=None, roles=None):
    """Stream every layer with a path in ``paths`` (key → file) onto ``grid``; returns {key: path} written.

    ``roles`` maps keys to the parameter names shown in errors.
    """
    wanted = [layer for layer in layers if paths.get(layer.key)]
    if not wanted:
        return {}
    roles = roles or {}
    with ExitStack() as stack:
        writers = [stack.enter_context(RasterWriter(
            paths[layer.key], grid, layer.band_names, roles.get(layer.key, layer.key),
            band_metadata=layer.band_metadata, metadata={**(metadata or {}), **layer.metadata},
            units=layer.units or None)) for layer in wanted]
        stream_rows(writers, lambda row0, nrows: [layer.read(row0, nrows) for layer in wanted], grid.height,
                    block_rows, monitor)
    return {layer.key: paths[layer.key] for layer in wanted}


def write_geocoded_layers(layers, width, height, positions, grid, paths, folder, block_rows, monitor,
                          metadata=None, roles=None):
    """Radar-coordinate layers (``width`` × ``height`` pixels) geocoded onto ``grid`` and written.

    ``positions`` is the (latitude, longitude) pair of temporary rasters from
    :func:`.geolocation.write_positions`.  Each layer is written natively to
    ``folder``, warped (nearest) and streamed into its output.
    """
    wanted = [layer for layer in layers if paths.get(layer.key)]
    native = radar_grid(width, height)
    geocoded = []
    for k, layer in enumerate(wanted):
        part = monitor.sub(0.5 * k / len(wanted), 0.5 * (k + 1) / len(wanted))
        source = os.path.join(folder, f'{layer.key}_radar.tif')
        with staging.immediate(), RasterWriter(source, native, layer.band_names, layer.key) as writer:
            stream_rows([writer], lambda row0, nrows, read=layer.read: [read(row0, nrows)], height, block_rows, part)
        target = geocode(source, *positions, grid, os.path.join(folder, f'{layer.key}_geo.tif'),
                         (roles or {}).get(layer.key, layer.key))
        stack = RasterStack([target], layer.key)
        geocoded.append(Layer(layer.key, layer.band_names, _reader(stack), layer.band_metadata, layer.metadata))
    return write_layers(geocoded, grid, paths, block_rows, monitor.sub(0.5, 1.0), metadata, roles)


def _reader(stack):
    return lambda row0, nrows: stack.read(row0, nrows)
