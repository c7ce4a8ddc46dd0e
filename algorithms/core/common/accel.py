"""Optional numba acceleration.

numba accelerates, it never decides: every kernel has a numpy twin giving the
same numbers, used when numba is missing (many Windows/macOS QGIS installs) or
when ``DEFORMATION_TOOLBOX_NUMBA=0`` is set.
"""
import os

try:  # pragma: no cover - depends on the install
    import numba
except ImportError:  # pragma: no cover
    numba = None

HAVE_NUMBA = numba is not None


def numba_enabled(use_numba=None):
    """Whether to take the numba path: ``use_numba`` if given, else numba present and not disabled."""
    if use_numba is not None:
        return bool(use_numba) and HAVE_NUMBA
    return HAVE_NUMBA and os.environ.get('DEFORMATION_TOOLBOX_NUMBA', '1') != '0'


def jit(**options):
    """``numba.njit(cache=True, **options)`` when numba exists, else the plain function."""
    def decorate(function):
        if numba is None:
            return function
        return numba.njit(cache=True, **options)(function)
    return decorate


#: ``numba.prange`` inside kernels, ``range`` without numba
prange = numba.prange if numba is not None else range

#: pixels per block of a kernel that turns band-major (K, n) arrays into pixel-major (n, K) ones: the
#: block's values of one band are read from one or two cache lines (2.6× faster than a pixel at a time)
TRANSPOSE_BLOCK = 32
