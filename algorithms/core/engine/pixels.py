"""Per-pixel functions over a raster stack, window by window (timeseriesfit and friends).

``function(pixels)`` receives the pixels of a window as an array
(n_pixels, n_bands) — bands in ``indices`` order — and returns one array
(n_out, n_pixels) per writer.  With a Dask engine ``function`` travels to the
workers, so it must be picklable (a module-level function or a
``functools.partial`` of one).
"""
from dataclasses import dataclass, field

import numpy as np

from ..io.raster_stack import RasterStack
from .executor import WindowWriters, run_tiles
from .worker_cache import cached


@dataclass
class PixelTask:
    """Tile task of :func:`map_pixels`: read a window of the stack, apply ``function``."""

    paths: tuple
    role: str
    indices: tuple
    function: object
    stack: object = field(default=None, repr=False, compare=False)   # this process's stack (not pickled)

    def __getstate__(self):
        state = dict(self.__dict__)
        state['stack'] = None
        return state

    def _stack(self):
        if self.stack is not None:
            return self.stack
        return cached(('stack', self.paths, self.role), lambda: RasterStack(list(self.paths), self.role))

    def load(self, window):
        return self._stack().read_window(window, self.indices)

    def compute(self, window, block):
        outputs = self.function(block.reshape(block.shape[0], -1).T)
        return True, {str(n): np.asarray(output, dtype=np.float32).reshape(-1, window.nrows, window.ncols)
                      for n, output in enumerate(outputs)}


def map_pixels(stack, function, writers, windows, monitor, indices=None, engine=None):
    """Stream ``stack`` through ``function`` into ``writers`` window by window (module docstring).

    ``engine``: from :func:`.executor.connect` (``None`` = local).
    """
    indices = None if indices is None else tuple(int(i) for i in indices)
    task = PixelTask(tuple(stack.paths), stack.role, indices, function, stack)
    grid = stack.grid
    run_tiles(task, windows, WindowWriters({str(n): w for n, w in enumerate(writers)}, grid), monitor, engine)
