"""Exceptions raised by the numerical core.

The Processing layer turns :class:`InputError` into ``QgsProcessingException``
so users see the message, never a traceback.  Messages name the layer, the
offending value and what would be accepted.

Translatable messages (the core has no Qt): give a *stable template* and its
values, ``InputError('{0}: "{1}" is not a date; write YYYY-MM-DD.', name, token)``.
``str(error)`` is the English text; the algorithm layer looks the template up
in the ``CoreMessages`` context (:func:`translated` with Qt's ``translate``)
and formats the values into the translation.  ``make ts`` collects every
literal template of the core (``scripts/core_messages.py``).  An f-string
message (no values) stays English.  Warnings and notes for the log: :class:`Message`, the same way.
"""

#: translation context of the core's message templates
CONTEXT = 'CoreMessages'


class TemplateMessage:
    """A message as ``template.format(*values)``, kept apart so it can be translated."""

    def __init__(self, template, values):
        self.template = template
        self.values = tuple(values)

    def text(self, template=None):
        """The message in ``template`` (a translation of :attr:`template`; default: English)."""
        template = template or self.template
        if not self.values:
            return template
        try:
            return template.format(*self.values)
        except (IndexError, KeyError, ValueError):   # a broken translation never hides the message
            return self.template.format(*self.values)


def translated(error, translate):
    """The message of ``error`` in the user's language: ``translate(CONTEXT, template)`` with its values."""
    message = getattr(error, 'message', None)
    if not isinstance(message, TemplateMessage):
        return str(error)
    return message.text(translate(CONTEXT, message.template))


class Message(str):
    """A translatable note or warning for the log: the English text as a ``str``, with its template and values.

    ``Message('{0}: heights range from {1:.3g} …', role, low)`` behaves as its English text everywhere; the
    algorithm layer shows ``error_text(message)`` (its translation in ``CoreMessages``).
    """

    def __new__(cls, template, *values):
        message = TemplateMessage(str(template), values)
        self = super().__new__(cls, message.text())
        self.message = message
        return self


class InputError(ValueError):
    """Invalid user input (layer, value or parameter).

    ``InputError(text)``: a finished message; ``InputError(template, *values)``: a translatable one.
    """

    def __init__(self, template, *values):
        self.message = TemplateMessage(str(template), values)
        super().__init__(self.message.text())


class Cancelled(RuntimeError):  # noqa: N818 (a cancellation, not an error)
    """The user cancelled the run; partial outputs have been removed."""
