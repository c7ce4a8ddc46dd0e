"""Progress reporting and cancellation without depending on QGIS.

Core functions take a :class:`Monitor`; the Processing layer builds one from
``QgsProcessingFeedback`` (``setProgress`` / ``isCanceled``).
"""
from .errors import Cancelled


class Monitor:
    """Reports progress in [0, 1] and raises :class:`Cancelled` when asked to stop.

    ``report(percent)`` receives 0–100; ``is_canceled()`` returns True to stop.
    ``info(text)`` receives log lines.  All three are optional.
    """

    def __init__(self, report=None, is_canceled=None, info=None, start=0.0, span=1.0):
        self._report = report
        self._is_canceled = is_canceled
        self._info = info
        self._start = start
        self._span = span

    def update(self, fraction):
        """Report ``fraction`` (0–1) of this monitor's span; raise if cancelled."""
        self.check()
        if self._report is not None:
            fraction = min(max(float(fraction), 0.0), 1.0)
            self._report(100.0 * (self._start + self._span * fraction))

    def check(self):
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self._is_canceled is not None and self._is_canceled():
            raise Cancelled('cancelled by the user')

    def info(self, text):
        if self._info is not None:
            self._info(text)

    def sub(self, start, stop):
        """A monitor covering ``[start, stop]`` of this one's span."""
        return Monitor(self._report, self._is_canceled, self._info,
                       self._start + self._span * start, self._span * (stop - start))


SILENT = Monitor()
