"""Split-spectrum separation of dispersive (ionospheric) and non-dispersive phase.

An unwrapped interferometric phase at radar frequency f is modelled as a
non-dispersive part proportional to f (geometry, deformation, troposphere) and
a dispersive part proportional to 1/f (ionosphere, Gomba et al. 2016)::

    φ(f) = a·f + b/f

From the low and high sub-band phases φ_L, φ_H at f_L, f_H, the two parts at
the centre frequency f₀ are::

    φ_iono    = f_L·f_H / (f₀·(f_H² − f_L²)) · (φ_L·f_H − φ_H·f_L)
    φ_nondisp = f₀ / (f_H² − f_L²) · (φ_H·f_H − φ_L·f_L)

so that φ_iono + φ_nondisp = φ(f₀).  Only frequency ratios matter: any unit
works when the three frequencies share it.
"""
import numpy as np

from ..common.errors import InputError
from ..io.raster_stack import iter_blocks


def check_frequencies(center, low, high):
    """Raise :class:`InputError` unless all frequencies are positive and ``low < high``."""
    for name, value in (('CENTER_FREQUENCY', center), ('LOW_FREQUENCY', low), ('HIGH_FREQUENCY', high)):
        if not np.isfinite(value) or value <= 0:
            raise InputError('{0}: {1:g} is not a frequency; give a positive number (the same unit for all three, '
                             'e.g. MHz).', name, value)
    if not low < high:
        raise InputError('LOW_FREQUENCY {0:g} must be below HIGH_FREQUENCY {1:g}; the low sub-band has the lower '
                         'centre frequency.', low, high)


def split_spectrum(low_phase, high_phase, center, low, high):
    """``(ionosphere, non_dispersive)`` phase [rad] at ``center`` from sub-band phases [rad]."""
    check_frequencies(center, low, high)
    low_phase = np.asarray(low_phase, dtype=float)
    high_phase = np.asarray(high_phase, dtype=float)
    denominator = high * high - low * low
    ionosphere = low * high / (center * denominator) * (low_phase * high - high_phase * low)
    non_dispersive = center / denominator * (high_phase * high - low_phase * low)
    return ionosphere, non_dispersive


def split_spectrum_stacks(low_stack, high_stack, center, low, high, writers, block_rows, monitor):
    """Stream two stacks of sub-band phases into ionosphere / non-dispersive writers, band by band."""
    height = low_stack.grid.height
    for row0, nrows in iter_blocks(height, block_rows, monitor):
        outputs = split_spectrum(low_stack.read(row0, nrows), high_stack.read(row0, nrows), center, low, high)
        for writer, output in zip(writers, outputs):
            writer.write(row0, output)
