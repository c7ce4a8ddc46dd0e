"""Memory and disk limits known before a run, so a run too large for the machine is refused up front.

:func:`available_memory` is the memory a new allocation may take (Linux
``MemAvailable``; elsewhere the physical memory), :func:`check_memory`
refuses a run whose estimated peak exceeds it, naming the size and the
parameters that would make it smaller.
"""
import os

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
