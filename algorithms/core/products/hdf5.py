"""HDF5 files of InSAR packages (MintPy, LiCSBAS): opening, attributes, datasets, blocks of rows.

Attributes are returned as text (h5py gives bytes or numpy scalars depending
on the writer); scalar datasets (LiCSBAS stores ``corner_lat`` … that way)
as Python numbers.  Missing datasets give an :class:`InputError` naming the
file, the dataset and what the file holds.
"""
import os

import h5py
import numpy as np

from ..common.errors import InputError


def open_hdf5(path, role):
    """``h5py.File`` opened read-only, or :class:`InputError` naming ``role``."""
    if not os.path.isfile(path):
        raise InputError('{0}: file "{1}" does not exist.', role, path)
    try:
        return h5py.File(path, 'r')
    except OSError:
        raise InputError('{0}: "{1}" is not an HDF5 file (.h5) h5py can read.', role, os.path.basename(path)) from None


def text(value):
    """An attribute value as text (bytes decoded, arrays of one element unwrapped)."""
    if isinstance(value, bytes):
        return value.decode('utf-8', 'replace')
    if isinstance(value, np.ndarray):
        if value.size == 1:
            return text(value.reshape(-1)[0])
        return ' '.join(text(v) for v in value.reshape(-1))
    if isinstance(value, np.generic):
        return str(value.item())
    return str(value)


def attributes(handle):
    """All root attributes of ``handle`` as ``{name: text}``."""
    return {str(key): text(value) for key, value in handle.attrs.items()}


def datasets(handle):
    """Names of the datasets at the root of ``handle``."""
    return [name for name, item in handle.items() if isinstance(item, h5py.Dataset)]


def require(handle, name, role, what=''):
    """The dataset ``name`` of ``handle`` or :class:`InputError` listing what the file holds."""
    if name in handle and isinstance(handle[name], h5py.Dataset):
        return handle[name]
    held = ', '.join(datasets(handle)) or 'no dataset'
    raise InputError('{0}: "{1}" has no dataset "{2}"{3}; it holds: {4}.',
                     role, os.path.basename(handle.filename), name, what, held)


def scalar(handle, name, role):
    """A scalar dataset (or attribute) ``name`` as a float."""
    if name in handle.attrs:
        value = handle.attrs[name]
    else:
        value = require(handle, name, role)[()]
    try:
        return float(np.asarray(value).reshape(-1)[0])
    except (TypeError, ValueError, IndexError):
        raise InputError('{0}: "{1}" of "{2}" is "{3}", not a number.',
                         role, name, os.path.basename(handle.filename), text(value)) from None


def string(handle, name):
    """A string dataset ``name`` (e.g. LiCSBAS ``refarea``) as text, or ``None`` when absent."""
    if name not in handle:
        return None
    return text(handle[name][()])
