"""``ENGINE`` = a Dask distributed scheduler: windows become tasks of the cluster.

The windows of one tile (:func:`tile_groups`) are one task
``run_windows(task, windows)``: the worker reads their pixels from storage
every worker sees (file paths, ``/vsicurl/``,
object storage through GDAL), computes its products and returns them; the
client writes them in plan order.  At most :data:`TASKS_PER_THREAD` tasks per
worker thread are in flight, so the client holds a bounded number of results.
A worker that dies has its tasks run again elsewhere by the scheduler (Dask's
own fault tolerance; a task is retried up to :data:`RETRIES` times on errors);
the output does not depend on which worker computed a window.  Cancelling
cancels the futures, which the scheduler removes from the workers.
:meth:`DaskEngine.map` runs other independent pieces of a run as tasks (the
automatic reference search and the ABIC sample: otherwise serial on the client
before the first window).

The workers need Python with numpy, GDAL (and numba, optional) and this
package importable (the plugin folder's parent on ``PYTHONPATH``).
"""
import collections
import re
import uuid

from ..common.errors import InputError
from ..common.resources import return_free_memory
from .tiles import TILE

#: ENGINE texts meaning this machine
LOCAL = ('', 'local')
#: a scheduler address: protocol, host and optional port
ADDRESS = re.compile(r'^(tcp|tls|ws|wss)://[A-Za-z0-9_.\-\[\]:]+$')
#: seconds to wait for the scheduler (and for a first worker) before giving up
CONNECT_TIMEOUT = 10
#: tasks in flight per worker thread
TASKS_PER_THREAD = 2
#: re-runs of a task that raised (a dead worker's tasks are re-run by the scheduler anyway)
RETRIES = 1
#: seconds between cancellation checks while waiting for a task
POLL = 0.2


def parse_engine(text):
    """``None`` for the local engine, else the scheduler address; :class:`InputError` for other texts."""
    text = (text or '').strip()
    if text.lower() in LOCAL:
        return None
    if ADDRESS.match(text):
        return text
    raise InputError(f'ENGINE: "{text}" is not accepted; give local, or the address of a Dask scheduler '
                     'such as tcp://192.168.1.10:8786.')


def run_window(task, window):
    """One window: ``task.compute(window, task.load(window))``."""
    return task.compute(window, task.load(window))


def run_windows(task, windows):
    """The windows of one task, in order (what a worker runs): their results, a list; the worker's heap is
    trimmed after them, as the local pipeline trims between windows (:func:`.resources.return_free_memory`)."""
    results = [run_window(task, window) for window in windows]
    return_free_memory()
    return results


def tile_groups(windows, tile=TILE):
    """Consecutive windows of one tile as one group (windows smaller than a tile, :mod:`.tiles`): a
    worker then decompresses each tile of the inputs once, not once per window on whichever worker."""
    groups = []
    for window in windows:
        key = (window.row0 // tile, window.col0 // tile)
        if groups and groups[-1][0] == key and window.nrows < tile and window.ncols < tile:
            groups[-1][1].append(window)
        else:
            groups.append((key, [window]))
    return [group for _, group in groups]


def connect_dask(address, timeout=CONNECT_TIMEOUT):
    """A :class:`DaskEngine` connected to the scheduler at ``address``; clear errors before any output."""
    try:   # imported here: dask is optional and slow to import, and only ENGINE addresses need it
        import distributed
    except ImportError:
        raise InputError(f'ENGINE: {address} needs dask.distributed, which is not installed; install it '
                         '(Debian/Ubuntu: python3-distributed; pip: distributed) or set ENGINE to local.') from None
    return DaskEngine(distributed, address, timeout)


class DaskEngine:
    """A client of one scheduler, running tile tasks (see the module docstring)."""

    #: tasks run in other processes: work the client would do alone (the reference search) is worth sending
    remote = True

    def __init__(self, distributed, address, timeout=CONNECT_TIMEOUT):
        self.distributed = distributed
        self.address = address
        try:
            self.client = distributed.Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as error:
            raise InputError(f'ENGINE: no Dask scheduler answers at {address} ({error}); start one '
                             '(dask scheduler) and its workers (dask worker ADDRESS), or set ENGINE to local.') \
                from None
        try:
            self.client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError):
            self.client.close()
            raise InputError(f'ENGINE: the Dask scheduler at {address} has no worker; start workers '
                             f'(dask worker {address}) or set ENGINE to local.') from None
        self._check_workers()

    def _check_workers(self):
        try:
            self.client.run(_probe)
        except Exception as error:   # noqa: BLE001 - any failure to unpickle or run on a worker
            self.client.close()
            raise InputError(f'ENGINE: the Dask workers at {self.address} cannot run the toolbox ({error}); '
                             'give them numpy and GDAL and put the plugin folder\'s parent on their '
                             'PYTHONPATH.') from None

    @property
    def threads(self):
        workers = self.client.scheduler_info().get('workers', {})
        return max(1, sum(int(w.get('nthreads', 1)) for w in workers.values()))

    def run(self, task, windows, write, monitor):
        """Submit ``windows`` as tasks, ``write(window, result)`` in plan order; cancel all on any error."""
        total = float(sum(w.size for w in windows)) or 1.0
        limit = max(2, TASKS_PER_THREAD * self.threads)
        groups = tile_groups(windows)
        pending = collections.deque()
        submitted = done = 0
        try:
            while pending or submitted < len(groups):
                while submitted < len(groups) and len(pending) < limit:
                    group = groups[submitted]
                    pending.append((group, self.client.submit(run_windows, task, group, pure=False,
                                                              retries=RETRIES)))
                    submitted += 1
                group, future = pending.popleft()
                for window, result in zip(group, self._result(future, monitor)):
                    write(window, result)
                    done += window.size
                monitor.update(done / total)
        except BaseException:
            self.client.cancel([future for _, future in pending])
            raise

    def map(self, function, items, monitor):
        """``function(*args)`` for every ``args`` of ``items``, all submitted at once as tasks (small
        results: the pieces of a search); yields the results in order; cancels the rest on any error."""
        name = getattr(function, '__name__', type(function).__name__)   # short keys, not the task's repr
        futures = [self.client.submit(function, *args, key=f'{name}-{uuid.uuid4().hex}', retries=RETRIES)
                   for args in items]
        try:
            for future in futures:
                yield self._result(future, monitor)
        except BaseException:
            self.client.cancel(futures)
            raise

    def _result(self, future, monitor):
        """The result of ``future``, checking for cancellation while waiting."""
        while True:
            monitor.check()
            try:
                return future.result(timeout=POLL)
            except TimeoutError:
                continue

    def close(self):
        self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _probe():
    """Run on every worker at connection: proves the worker imports this module."""
    return True
