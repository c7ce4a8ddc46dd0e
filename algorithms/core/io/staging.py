"""Staged outputs: every output of a run is published together, only when the run succeeds.

Writers put their data under a temporary name (``<file>.partial``, a hidden
``.partial-*`` folder next to a vector output, a hidden staging folder inside
an output folder).  Inside :func:`staged_outputs` (the Processing base class
opens one around each run) a finished writer does not rename its file: it
*stages* it here, and the staging publishes every staged file and folder when
the whole run has succeeded, or deletes them all when it fails or is
cancelled.  So a run that fails after its first output was complete leaves no
output that looks finished, and a run never removes a file it did not create.

Outside :func:`staged_outputs` (core functions called directly) a writer
publishes at once, as before.
"""
import contextlib
import contextvars
import os
import shutil

from ..common.errors import InputError

_ACTIVE = contextvars.ContextVar('deformation_toolbox_staging', default=None)

#: GDAL side-car of a raster: a stale one from an earlier output would describe the old data
SIDECAR_SUFFIXES = ('.aux.xml',)


def replace_file(temp, final):
    """Move the finished file ``temp`` onto ``final`` (dropping a stale GDAL side-car of ``final``).

    An earlier ``final`` is deleted first, then ``temp`` renamed: a rename over an existing file makes
    ext4 (``auto_da_alloc``) write the new file's data to disk before it returns (0.1 s for the
    series, velocity and quality of a 200 000-pixel SBAS run); a rename to a free name does not.
    """
    for suffix in SIDECAR_SUFFIXES:
        if os.path.exists(final + suffix):
            os.remove(final + suffix)
    if os.path.isfile(final):
        os.remove(final)
    os.replace(temp, final)


def remove_quietly(path):
    """Delete the file or folder ``path`` if it exists (cleaning up after a failure never fails)."""
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    elif os.path.lexists(path):
        with contextlib.suppress(OSError):
            os.remove(path)


def _move_folder_content(temp, final):
    """Move every file of the folder ``temp`` into the folder ``final``, then remove ``temp``."""
    for name in os.listdir(temp):
        replace_file(os.path.join(temp, name), os.path.join(final, name))
    os.rmdir(temp)


class Staging:
    """Outputs of one run waiting to be published (see the module docstring)."""

    def __init__(self):
        self._items = []          # (publish(), discard()) in the order staged
        self._created = []        # folders made for outputs, removed again (when empty) on failure
        self.renames = []         # (temporary name, final name) of outputs known by name elsewhere
        self.published = False

    # -- staging ------------------------------------------------------------
    def stage(self, publish, discard):
        """Stage an output: ``publish()`` on success, ``discard()`` on failure (both called once)."""
        self._items.append((publish, discard))

    def stage_file(self, temp, final, close=None):
        """``temp`` becomes ``final`` on success and is deleted on failure; ``close()`` first."""
        self._stage_move(replace_file, temp, final, close)

    def stage_folder_content(self, temp, final, close=None):
        """The files of the folder ``temp`` move into the folder ``final`` on success; ``temp`` goes."""
        self._stage_move(_move_folder_content, temp, final, close)

    def _stage_move(self, move, temp, final, close):
        def run(action):
            if close is not None:
                close()
            action()
        self.stage(lambda: run(lambda: move(temp, final)), lambda: run(lambda: remove_quietly(temp)))

    def stage_folder(self, temp, final):
        """The folder ``temp`` is renamed ``final`` (which must not exist) on success."""
        self.stage(lambda: os.rename(temp, final), lambda: remove_quietly(temp))

    def create_folder(self, folder):
        """``os.makedirs(folder)``, remembering the folders made so a failed run removes them."""
        missing = []
        path = os.path.abspath(folder)
        while path and not os.path.exists(path):
            missing.append(path)
            parent = os.path.dirname(path)
            if parent == path:
                break
            path = parent
        os.makedirs(folder, exist_ok=True)
        self._created.extend(missing)   # deepest first

    # -- ending -------------------------------------------------------------
    def publish(self):
        """Publish everything staged, in the order staged."""
        items, self._items = self._items, []
        for index, (publish, _) in enumerate(items):
            try:
                publish()
            except OSError as error:
                for _, discard in items[index + 1:]:
                    discard()
                raise InputError('the outputs could not be moved to their place: "{0}": {1}. Check that the output '
                                 'folder is writable and has space.', error.filename, error.strerror) from None
        self._created = []
        self.published = True

    def discard(self):
        """Delete everything staged and the folders made for it (when they are empty)."""
        items, self._items = self._items, []
        for _, discard in reversed(items):
            discard()
        for folder in self._created:
            with contextlib.suppress(OSError):
                os.rmdir(folder)
        self._created = []


def active():
    """The :class:`Staging` of the run in progress, or ``None`` (outputs are then published at once)."""
    return _ACTIVE.get()


def publish(temp, final):
    """``temp`` (written completely) becomes ``final``: at once, or when the run in progress succeeds."""
    run = active()
    if run is not None:
        run.stage_file(temp, final)
    else:
        replace_file(temp, final)


def create_folder(folder):
    """Make ``folder`` (and its parents); the run in progress removes them again if it fails."""
    staging = active()
    if staging is None:
        os.makedirs(folder, exist_ok=True)
    else:
        staging.create_folder(folder)


@contextlib.contextmanager
def staged_outputs():
    """Run the body with a :class:`Staging`: publish on success, discard on any exception."""
    staging = Staging()
    token = _ACTIVE.set(staging)
    try:
        yield staging
    except BaseException:
        staging.discard()
        raise
    finally:
        _ACTIVE.reset(token)
    staging.publish()


@contextlib.contextmanager
def immediate():
    """Writers in the body publish at once: intermediate files a later step of the same run reads."""
    token = _ACTIVE.set(None)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
