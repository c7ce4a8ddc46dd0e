"""Run a tile task over windows: a local pipeline of threads, or a Dask cluster.

A *tile task* has ``load(window)`` (reads from storage) and
``compute(window, loaded)`` (returns ``(any_valid, products)``, products a dict
name → array (n_bands, nrows, ncols)).  Locally, the next window is read while
the current one is computed and the previous one written (three windows in
flight, :data:`.tiles.IN_FLIGHT`); with a Dask engine the windows are tasks
and the client writes their products as they arrive, in plan order.
Cancellation is checked before every window; progress is the share of pixels
written.
"""
import contextlib
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from osgeo import gdal

from ..common.resources import return_free_memory, single_threaded_blas
from .dask_engine import connect_dask, parse_engine
from .tiles import completes_tiles

#: the heap is trimmed at most this often [s]: a trim costs ~2 ms (and the pages it returns fault back in),
#: which a short run of many small windows notices; the creep it stops is one window's arrays a second
TRIM_INTERVAL = 1.0


class WindowWriters:
    """Writes products of windows into :class:`~..io.raster_stack.RasterWriter` s; flushes complete tiles."""

    def __init__(self, writers, grid):
        self.writers = writers
        self.grid = grid
        self.any_valid = False

    def __call__(self, window, result):
        any_valid, products = result
        self.any_valid = self.any_valid or bool(any_valid)
        for name, array in products.items():
            writer = self.writers.get(name)
            if writer is None:
                continue
            writer.write(window.row0, np.asarray(array).reshape(-1, window.nrows, window.ncols), window.col0)
            if completes_tiles(window, self.grid.height, self.grid.width):
                writer.flush()


class LocalEngine:
    """``ENGINE`` local: the pipeline of :func:`run_local` on this machine."""

    remote = False
    threads = 1

    def run(self, task, windows, write, monitor):
        run_local(task, windows, write, monitor)

    def map(self, function, items, monitor):
        """``function(*args)`` for every ``args`` of ``items``, in order, here (as :meth:`.DaskEngine.map`)."""
        for args in items:
            monitor.check()
            yield function(*args)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def connect(engine=None):
    """The engine for an ``ENGINE`` text (local, or a scheduler address), connected: use it in ``with``.

    Connect before writing any output: an unreachable scheduler is then reported before anything exists.
    An engine object is returned as it is.
    """
    if hasattr(engine, 'run'):
        return engine
    address = parse_engine(engine)
    return LocalEngine() if address is None else connect_dask(address)


def run_tiles(task, windows, write, monitor, engine=None):
    """Process ``windows`` with ``task`` and hand each result to ``write(window, result)`` in plan order.

    ``engine``: an engine from :func:`connect` (``None`` = local).
    """
    (engine or LocalEngine()).run(task, windows, write, monitor)


def run_local(task, windows, write, monitor):
    """The local pipeline: read the next window and write the previous one while computing this one."""
    if not windows:
        return
    total = float(sum(w.size for w in windows))
    done = 0
    return_free_memory()   # what the checks and the reference search freed, before the first window
    trimmed = time.monotonic()
    with contextlib.ExitStack() as stack:
        stack.enter_context(single_threaded_blas())   # the pipeline's threads use the cores
        loader, storer = ThreadPoolExecutor(max_workers=1), ThreadPoolExecutor(max_workers=1)
        for executor in (loader, storer):   # finish (or drop) their work before the outputs close
            stack.callback(executor.shutdown, wait=True, cancel_futures=True)
        loading = loader.submit(task.load, windows[0])
        storing = []
        for index, window in enumerate(windows):
            monitor.check()
            loaded = loading.result()
            if index + 1 < len(windows):
                loading = loader.submit(task.load, windows[index + 1])
            result = task.compute(window, loaded)
            del loaded
            storing.append(storer.submit(write, window, result))
            del result
            while len(storing) > 1:
                storing.pop(0).result()
            if time.monotonic() - trimmed >= TRIM_INTERVAL:   # freed arrays and tiles leave no resident holes
                return_free_memory()
                trimmed = time.monotonic()
            done += window.size
            monitor.update(done / total)
        for future in storing:
            future.result()


@contextlib.contextmanager
def gdal_cache(max_bytes):
    """GDAL's block cache limited to ``max_bytes`` for the duration (restored after)."""
    previous = gdal.GetCacheMax()
    gdal.SetCacheMax(int(max_bytes))
    try:
        yield
    finally:
        gdal.SetCacheMax(previous)
