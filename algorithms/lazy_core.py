"""Core modules an algorithm uses only while it runs, imported on their first use (issue 13).

Loading the plugin (the desktop, and every ``qgis_process`` command) imports every
algorithm module; a core module that pulls a costly library only needed by one run
(matplotlib for the plots, ~0.5 s) is named here by the algorithm module instead of
imported, and Python imports it on the first attribute read, i.e. inside ``process``::

    comparison_plot = core_module('analysis.comparison_plot')   # nothing imported yet
    ...
    comparison_plot.write_scatter_plot(...)                      # imported here, once

The core itself keeps its imports at module level (``tests/test_core_structure.py``);
only this one place of the algorithm layer defers them.  ``importlib.import_module``
holds the import lock, so two runs in threads import a module once.
"""
import importlib


class LazyModule:
    """A module imported when one of its attributes is first read (then from ``sys.modules``)."""

    def __init__(self, name):
        self.module_name = name

    def __getattr__(self, attribute):
        return getattr(importlib.import_module(self.module_name), attribute)

    def __repr__(self):
        return f'<lazy module {self.module_name!r}>'


def core_module(name):
    """The core module ``name`` (``'insar.sbas.network_plot'``), imported on its first use."""
    return LazyModule(f'{__package__}.core.{name}')
