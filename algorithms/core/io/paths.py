"""Output paths against input paths: a run must never write over what it reads.

Paths are compared after resolving them (absolute, ``~`` expanded, symbolic
links followed, case folded where the platform folds it); two existing paths
are also compared by identity (``os.path.samefile``: hard links, and names
that differ only in case on a case-insensitive file system).  An output may
not be an input file, may not lie inside an input folder, and two outputs may
not share one file.
"""
import os
import tempfile

from ..common.errors import InputError


def resolved(path):
    """``path`` absolute, with ``~`` expanded, links followed and case folded where the platform does."""
    return os.path.normcase(os.path.realpath(os.path.abspath(os.path.expanduser(os.fspath(path)))))


def same_path(first, second):
    """Whether ``first`` and ``second`` name the same file or folder."""
    if resolved(first) == resolved(second):
        return True
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):
        return False


def _identity(path):
    """(device, inode) of an existing ``path`` (what ``os.path.samefile`` compares), else ``None``."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def is_inside(path, folder):
    """Whether ``path`` lies (at any depth) inside the folder ``folder``."""
    inner, outer = resolved(path), resolved(folder)
    return inner != outer and inner.startswith(outer.rstrip(os.sep) + os.sep)


def check_outputs_against_inputs(outputs, inputs):
    """Raise :class:`InputError` when an output overlaps an input or another output.

    ``outputs``: [(parameter, path)] of files (or folders) a run writes;
    ``inputs``: [(parameter, path)] of files and folders it reads.  An output
    folder may hold inputs (the run writes only into new sub-folders); an
    output file may not be an input, lie inside an input folder or be shared
    by two outputs.
    """
    inputs = [(input_name, input_path, resolved(input_path), _identity(input_path), os.path.isdir(input_path))
              for input_name, input_path in inputs]   # each resolved once: hundreds of interferograms
    for name, path in outputs:
        target, identity = resolved(path), _identity(path)
        for input_name, input_path, input_resolved, input_identity, input_is_folder in inputs:
            if target == input_resolved or (identity is not None and identity == input_identity):
                raise InputError(
                    '{0}: "{1}" is also the input {2}; writing it would destroy the input. Choose another '
                    'output file (inputs are never modified).', name, path, input_name)
            if input_is_folder and is_inside(path, input_path):
                raise InputError(
                    '{0}: "{1}" lies inside the input folder {2} ("{3}"); writing there would change the '
                    'input. Choose an output outside it.', name, path, input_name, input_path)
    seen = []
    for name, path in outputs:
        for other_name, other in seen:
            if same_path(path, other):
                raise InputError('{0}: "{1}" is also the output {2}; give each output its own file.',
                                 name, path, other_name)
        seen.append((name, path))


def check_output_file(name, path):
    """Raise :class:`InputError` when the output file ``path`` cannot be written (folder, read-only, blocked)."""
    path = os.path.abspath(os.path.expanduser(os.fspath(path)))
    if os.path.isdir(path):
        raise InputError('{0}: "{1}" is a folder; give a file name for the output (for example "{2}" with its '
                         'extension).', name, path, os.path.join(path, name.lower()))
    _check_writable_folder(name, path, os.path.dirname(path))


def check_output_folder(name, path):
    """Raise :class:`InputError` when the output folder ``path`` cannot be made or written into."""
    path = os.path.abspath(os.path.expanduser(os.fspath(path)))
    if os.path.lexists(path) and not os.path.isdir(path):
        raise InputError('{0}: "{1}" is a file, not a folder; give a folder (a new one is made when it does '
                         'not exist).', name, path)
    _check_writable_folder(name, path, path)


def _writable(folder):
    """Whether a file can be created in ``folder`` (tried: permissions, ACLs and read-only mounts all count)."""
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    try:
        with tempfile.TemporaryFile(dir=folder, prefix='.deformation-write-test-'):
            return True
    except OSError:
        return False


def _check_writable_folder(name, path, folder):
    existing = folder
    while existing and not os.path.exists(existing):
        parent = os.path.dirname(existing)
        if parent == existing:
            break
        existing = parent
    if not os.path.isdir(existing):
        raise InputError('{0}: cannot write "{1}": "{2}" is a file, so the folder "{3}" cannot be made. Choose '
                         'another folder.', name, path, existing, folder)
    if not _writable(existing):
        raise InputError('{0}: cannot write "{1}": the folder "{2}" is not writable. Choose a folder you can '
                         'write to.', name, path, existing)
