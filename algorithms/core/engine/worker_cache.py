"""Objects a process opens once and reuses across windows: stacks and readers, one set per thread.

A tile task reaching a Dask worker is unpickled for every window; opening its
rasters again each time would cost more than reading a window.  The task asks
:func:`cached` for its reader by a key (its paths and settings): one thread
reuses its own reader (GDAL datasets are never shared between threads), and a
thread keeps at most :data:`KEEP` of them (the oldest is closed).
"""
import sys
import threading

#: readers kept per thread
KEEP = 2
_LOCAL = threading.local()


def cached(key, factory):
    """The object made by ``factory()`` for ``key`` in this thread (made on first use)."""
    store = getattr(_LOCAL, 'store', None)
    if store is None:
        store = _LOCAL.store = {}
    if key not in store:
        while len(store) >= KEEP:
            oldest = next(iter(store))
            _close(store.pop(oldest))
        store[key] = factory()
    return store[key]


def _close(item):
    close = getattr(item, 'close', None)
    if close is not None:
        close()


def in_dask_worker():
    """Whether this runs in a task of a Dask worker: its tasks then use the one thread the worker gives
    each (the worker's ``--nthreads`` sets the parallelism, not extra threads of ours)."""
    distributed = sys.modules.get('distributed')   # a worker has imported it; nothing else needs to
    if distributed is None:
        return False
    try:
        distributed.get_worker()
    except ValueError:
        return False
    return True
