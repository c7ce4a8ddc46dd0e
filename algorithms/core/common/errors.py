"""Exceptions raised by the numerical core.

The Processing layer turns :class:`InputError` into ``QgsProcessingException``
so users see the message, never a traceback.  Messages name the layer, the
offending value and what would be accepted.
"""


class InputError(ValueError):
    """Invalid user input (layer, value or parameter)."""


class Cancelled(RuntimeError):  # noqa: N818 (a cancellation, not an error)
    """The user cancelled the run; partial outputs have been removed."""
