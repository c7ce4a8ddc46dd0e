"""Memory and disk limits known before a run, so a run too large for the machine is refused up front.

:func:`available_memory` is the memory a new allocation may take (Linux
``MemAvailable``; elsewhere the physical memory), :func:`check_memory`
refuses a run whose estimated peak exceeds it, naming the size and the
parameters that would make it smaller.
"""
import contextlib
import ctypes
import os
import threading

from .errors import InputError


def available_memory():
    """Bytes of memory available for a new allocation, or ``None`` when unknown."""
    try:
        with open('/proc/meminfo', encoding='ascii') as handle:
            for line in handle:
                if line.startswith('MemAvailable:'):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES')
    except (ValueError, OSError, AttributeError):
        return None


def format_bytes(count):
    """``count`` bytes as text: '1.5 GB', '320 MB'."""
    for unit, size in (('TB', 1024 ** 4), ('GB', 1024 ** 3), ('MB', 1024 ** 2), ('kB', 1024)):
        if count >= size:
            return f'{count / size:.3g} {unit}'
    return f'{int(count)} bytes'


def check_memory(needed, what, change):
    """Raise :class:`InputError` when ``needed`` bytes exceed the available memory.

    ``what`` says what needs it ("WIDTH, HEIGHT: 20000×20000 pixels"), ``change`` which parameter to lower.
    """
    available = available_memory()
    if available is not None and needed > available:
        raise InputError('{0} need about {1} of memory, but only {2} is available; {3}.',
                         what, format_bytes(needed), format_bytes(available), change)


#: glibc mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
#: arrays at least this large get their own memory map, returned to the system when freed [bytes]
MMAP_THRESHOLD = 1024 * 1024
_heap_steadied = False


def steady_heap():
    """Make freed large arrays go back to the system at once (glibc), so peak memory does not creep.

    glibc raises its mmap threshold each time a large block is freed, after which
    blocks of that size come from the heap, whose holes (a window's arrays of many
    sizes, freed by several threads) are kept by the process: the resident memory of
    a long run grows with the number of windows.  A fixed threshold of
    :data:`MMAP_THRESHOLD` keeps every window array in its own map (freed at once)
    and the heap small.  Called once per process; elsewhere than glibc, nothing.
    """
    global _heap_steadied
    if _heap_steadied:
        return
    _heap_steadied = True
    try:
        libc = ctypes.CDLL('libc.so.6')
        libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
        libc.mallopt(_M_TRIM_THRESHOLD, 4 * MMAP_THRESHOLD)
    except (OSError, AttributeError):
        pass


_libc_trim = None


def return_free_memory():
    """Give the free pages inside the heap back to the system (glibc ``malloc_trim``); elsewhere nothing.

    Blocks under :data:`MMAP_THRESHOLD` (GDAL's decompressed tiles, a window's smaller
    arrays) come from the heap, and the holes they leave between blocks still in use
    stay resident: without a trim the resident memory of a window loop creeps up with
    the number of windows (1200² stack, 88 windows: 645 MB against 520 MB with a trim
    after each window; a 6000² run has 2 209).  A trim takes about 2 ms, and the pages
    it returns fault back in when used again, so the pipeline trims at most once a second.
    """
    global _libc_trim
    if _libc_trim is None:
        try:
            _libc_trim = ctypes.CDLL('libc.so.6').malloc_trim
            _libc_trim.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):
            _libc_trim = False
    if _libc_trim:
        _libc_trim(0)


_blas_lock = threading.Lock()
_blas_users = [0, []]   # runs inside :func:`single_threaded_blas`, saved (library, thread count) pairs
_blas_libraries = None


def _openblas_libraries():
    """(set, get) thread-count functions of the OpenBLAS libraries loaded in this process (Linux), cached."""
    global _blas_libraries
    if _blas_libraries is None:
        _blas_libraries = []
        try:
            with open('/proc/self/maps', encoding='utf-8', errors='replace') as handle:
                paths = sorted({line.split()[-1] for line in handle
                                if 'openblas' in line.lower() and '.so' in line.split()[-1]})
        except OSError:
            paths = []
        for path in paths:
            try:
                library = ctypes.CDLL(path)
            except OSError:
                continue
            for suffix in ('', '64_'):   # numpy's own wheels build OpenBLAS with 64-bit symbol names
                setter = getattr(library, 'openblas_set_num_threads' + suffix, None)
                getter = getattr(library, 'openblas_get_num_threads' + suffix, None)
                if setter is not None and getter is not None:
                    setter.argtypes, setter.restype, getter.restype = [ctypes.c_int], None, ctypes.c_int
                    _blas_libraries.append((setter, getter))
                    break
    return _blas_libraries


@contextlib.contextmanager
def single_threaded_blas():
    """OpenBLAS on one thread for the duration (restored after the last run using it leaves).

    The window pipeline already keeps the cores busy (a reading, a solving and a
    writing thread).  A multi-threaded matrix product inside it spins (``sched_yield``)
    waiting for BLAS threads that those threads keep off the cores: about a tenth
    of the CPU of an unweighted run.  Results do not depend on it (OpenBLAS splits
    products by rows and columns, never along the summed dimension).  Without
    OpenBLAS (or outside Linux) nothing changes.
    """
    with _blas_lock:
        if _blas_users[0] == 0:
            _blas_users[1] = [(setter, getter()) for setter, getter in _openblas_libraries()]
            for setter, _ in _blas_users[1]:
                setter(1)
        _blas_users[0] += 1
    try:
        yield
    finally:
        with _blas_lock:
            _blas_users[0] -= 1
            if _blas_users[0] == 0:
                for setter, count in _blas_users[1]:
                    setter(count)
