"""Reading raster values at pixels, in windows and at map points (for docks and zonal statistics).

Interactive tools read a handful of pixels, not whole rows: :class:`RasterSampler`
reads GDAL windows of any bands, turning nodata into NaN and applying the band
scale/offset (as :meth:`.raster_stack.RasterStack.read_band` does for rows).

Pixel of a map point (north-up grid, geotransform x0, dx, 0, y0, 0, dy)::

    column = ⌊(x − x0) / dx⌋,   row = ⌊(y − y0) / dy⌋

i.e. the pixel whose area contains the point (nearest-pixel sampling, no
interpolation, so sampled values are exactly the stored ones).
"""

import numpy as np

from ..common.errors import InputError
from .raster_stack import Grid, band_values, check_north_up, open_dataset

#: largest window (pixels × bands) read at once by interactive tools
MAX_WINDOW_VALUES = 50_000_000


class RasterSampler:
    """Random access to the pixels of one raster file (all bands)."""

    def __init__(self, path, role='INPUT'):
        self.path = path
        self.role = role
        self.dataset = open_dataset(path, role)
        self.grid = Grid.of(self.dataset)
        check_north_up(self.grid, role, path)
        self.band_count = self.dataset.RasterCount

    def pixel_of(self, x, y):
        """Integer (column, row) of the pixel containing map point ``x, y`` (raster CRS); arrays allowed."""
        column, row = self.grid.pixel_of(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        return np.floor(column).astype(int), np.floor(row).astype(int)

    def contains(self, column, row):
        """True where (column, row) lies on the grid."""
        column, row = np.asarray(column), np.asarray(row)
        return (column >= 0) & (column < self.grid.width) & (row >= 0) & (row < self.grid.height)

    def window(self, column0, row0, ncols, nrows, bands=None):
        """Values of ``bands`` (1-based, default all) in a window: float64 (n_bands, nrows, ncols), NaN = nodata."""
        bands = list(range(1, self.band_count + 1)) if bands is None else list(bands)
        if ncols * nrows * len(bands) > MAX_WINDOW_VALUES:
            raise InputError('{0}: the area covers {1}×{2} pixels × {3} bands, too many to read at once; choose a '
                             'smaller area.', self.role, ncols, nrows, len(bands))
        out = np.empty((len(bands), nrows, ncols), dtype=np.float64)
        for k, index in enumerate(bands):
            band = self.dataset.GetRasterBand(index)
            data = band.ReadAsArray(int(column0), int(row0), int(ncols), int(nrows))
            if data is None:
                raise InputError('{0}: could not read band {1} of "{2}" at column {3}, row {4}.',
                                 self.role, index, self.path, column0, row0)
            out[k] = band_values(band, data)
        return out

    def pixel_series(self, column, row):
        """All bands at one pixel: float64 (n_bands,), NaN = nodata."""
        return self.window(column, row, 1, 1)[:, 0, 0]

    def values_at(self, columns, rows, band=1):
        """Values of ``band`` at integer pixels (NaN off the grid), one read per pixel."""
        columns, rows = np.asarray(columns, dtype=int), np.asarray(rows, dtype=int)
        values = np.full(columns.shape, np.nan)
        gdal_band = self.dataset.GetRasterBand(band)
        for k in np.flatnonzero(self.contains(columns, rows)):
            values[k] = band_values(gdal_band, gdal_band.ReadAsArray(int(columns[k]), int(rows[k]), 1, 1))[0, 0]
        return values
