"""``deformation:networkplot`` — checks and picture of an interferogram network before the SBAS inversion."""
import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
)
from qgis.PyQt.QtCore import QDate

from ..plugin.i18n import CJK_LANGUAGES, installed_cjk_font, qgis_language
from .base import DeformationAlgorithm
from .core.insar.sbas.baselines import (
    date_baselines,
    interferogram_baselines,
    pair_equations,
    read_baselines_file,
)
from .core.insar.sbas.network import build_network, network_checks
from .core.io.input_checks import coherence_scales
from .core.io.raster_stack import RasterStack
from .lazy_core import core_module

#: the summary and the plot: imported when a run needs them (matplotlib: not at plugin load)
network_core = core_module('insar.sbas.network_plot')

#: pair misfit of the baselines [m] above which they are reported as inconsistent
BASELINE_MISFIT_WARNING = 1.0


def qdate(date):
    return QDate(date.year, date.month, date.day)


class NetworkPlotAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'networkplot'
    GROUP_ID = 'insar'

    INTERFEROGRAMS = 'INTERFEROGRAMS'
    COHERENCE = 'COHERENCE'
    BASELINES = 'BASELINES'
    OUTPUT_PLOT = 'OUTPUT_PLOT'
    OUTPUT = 'OUTPUT'
    OUTPUT_DATES = 'OUTPUT_DATES'
    N_DATES = 'N_DATES'
    N_INTERFEROGRAMS = 'N_INTERFEROGRAMS'
    N_GROUPS = 'N_GROUPS'
    N_SINGLE_LINK_DATES = 'N_SINGLE_LINK_DATES'
    N_LOOPS = 'N_LOOPS'
    MEAN_COHERENCE = 'MEAN_COHERENCE'
    #: only the dates and metadata of the interferograms are used (their pixels may all be NaN)
    GRID_ONLY_INPUTS = (INTERFEROGRAMS,)

    def displayName(self):  # noqa: N802
        return self.tr('Interferogram network plot and checks')

    def output_names(self):
        return {self.OUTPUT: self.tr('Interferogram network'), self.OUTPUT_DATES: self.tr('Network dates')}

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INTERFEROGRAMS, self.tr('Interferograms (named or described YYYYMMDD_YYYYMMDD)'),
            QgsProcessing.SourceType.TypeRaster))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.COHERENCE, self.tr('Coherence rasters, matched to the interferograms by date pair or order'),
            QgsProcessing.SourceType.TypeRaster, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.BASELINES, self.tr('Perpendicular baselines table (LiCSAR baselines, or date/pair and metres)'),
            optional=True, fileFilter=self.tr('Text tables (*.txt *.csv *.dat baselines);;All files (*)')))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PLOT, self.tr('Network plot'), self.tr('PNG files (*.png)')))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr('Interferograms as lines (decimal year × perpendicular baseline)'),
            QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_DATES, self.tr('Acquisition dates as points (decimal year × perpendicular baseline)'),
            QgsProcessing.SourceType.TypeVectorPoint, optional=True, createByDefault=False))
        for name, label in ((self.N_DATES, self.tr('Number of acquisition dates')),
                            (self.N_INTERFEROGRAMS, self.tr('Number of interferograms')),
                            (self.N_GROUPS, self.tr('Number of connected groups of dates')),
                            (self.N_SINGLE_LINK_DATES, self.tr('Number of dates with a single interferogram')),
                            (self.N_LOOPS, self.tr('Number of independent loops')),
                            (self.MEAN_COHERENCE, self.tr('Mean coherence of the interferograms'))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # -- inputs -------------------------------------------------------------------------------------
    def _baselines(self, parameters, context, stack, network, pairs, feedback):
        """:class:`Baselines` from the table, else from the interferograms' metadata, else ``None``."""
        path = self.parameterAsFile(parameters, self.BASELINES, context)
        if path:
            return date_baselines(network.dates, read_baselines_file(path, self.BASELINES), self.BASELINES, path)
        values = interferogram_baselines(stack)
        found = int(np.isfinite(values).sum())
        if found == len(values):
            return date_baselines(network.dates, pair_equations(pairs, values), self.INTERFEROGRAMS)
        if found:
            feedback.pushWarning(self.tr('Warning: only {0} of {1} interferograms carry a perpendicular baseline '
                                         'in their metadata; the network is drawn without baselines. Give {2}.')
                                 .format(found, len(values), self.quoted_label(self.BASELINES)))
        else:
            feedback.pushInfo(self.tr('No perpendicular baseline in the metadata of the interferograms and no {0}: '
                                      'the dates are spread vertically for legibility.')
                              .format(self.quoted_label(self.BASELINES)))
        return None

    def _report_baselines(self, baselines, feedback):
        source = (self.tr('interferogram metadata') if baselines.source == 'metadata'
                  else baselines.source)
        feedback.pushInfo(self.tr('Perpendicular baselines from {0}: {1:.1f} to {2:.1f} m; misfit of the pair '
                                  'equations {3:.3g} m RMS').format(source, float(np.min(baselines.values)),
                                                                    float(np.max(baselines.values)),
                                                                    baselines.rms_misfit))
        if baselines.groups > 1:
            feedback.pushInfo(self.tr('The baselines link {0} separate groups of dates: each group has its own '
                                      'datum (0 m on its earliest date).').format(baselines.groups))
        if baselines.rms_misfit > BASELINE_MISFIT_WARNING:
            feedback.pushWarning(self.tr('Warning: the perpendicular baselines are not consistent between '
                                         'interferograms ({0:.3g} m RMS misfit); check their source.')
                                 .format(baselines.rms_misfit))

    def _coherence(self, parameters, context, pairs, feedback, monitor):
        paths = self.raster_paths(parameters, self.COHERENCE, context, required=False)
        if not paths:
            return None
        stack = RasterStack(paths, self.COHERENCE)

        def warn(text):
            feedback.pushWarning(self.tr('Warning: {0}').format(text))

        index = network_core.match_coherence(pairs, stack, warn)
        means = network_core.coherence_means(stack, index, coherence_scales(stack, warn), monitor)
        stack.close()
        return means

    def _plot_text(self):
        return {
            'title': self.tr('{0} interferograms, {1} dates, {2} connected group(s), {3} independent loops, '
                             '{4} date(s) with a single interferogram'),
            'x': self.tr('Acquisition date'),
            'y': self.tr('Perpendicular baseline (m)'),
            'y_layout': self.tr('No perpendicular baseline known: dates spread vertically for legibility'),
            'colour': self.tr('Mean coherence of the interferogram'),
            'no_coherence': self.tr('No coherence given: interferograms in grey'),
            'acquisition': self.tr('acquisition'),
            'group': self.tr('group {0} ({1} dates)'),
            'more_groups': self.tr('… {0} more groups'),
            'single': self.tr('date with a single interferogram'),
            'gap': self.tr('interval spanned by no interferogram'),
        }

    @staticmethod
    def plot_font():
        """A CJK font when QGIS runs in Japanese (…), so matplotlib draws the translated labels."""
        return installed_cjk_font() if qgis_language() in CJK_LANGUAGES else None

    # -- run ----------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback, monitor):
        stack = RasterStack(self.raster_paths(parameters, self.INTERFEROGRAMS, context), self.INTERFEROGRAMS)
        pairs = stack.pairs()
        network = build_network(pairs, role=self.INTERFEROGRAMS)
        baselines = self._baselines(parameters, context, stack, network, pairs, feedback)
        stack.close()
        if baselines is not None:
            self._report_baselines(baselines, feedback)
        monitor.update(0.05)
        coherence = self._coherence(parameters, context, pairs, feedback, monitor.sub(0.05, 0.85))
        summary = network_core.summarise(network, coherence, baselines)
        for line in network_checks(network, coherence):
            feedback.pushInfo(line)
        disconnection = network.describe_disconnection()
        if disconnection:
            feedback.pushWarning(self.tr('Warning: {0}').format(disconnection))
        plot = self.parameterAsFileOutput(parameters, self.OUTPUT_PLOT, context)
        network_core.write_network_plot(plot, summary, self._plot_text(), self.plot_font())
        monitor.update(0.9)
        results = {self.OUTPUT_PLOT: plot, self.OUTPUT: self._write_lines(parameters, context, summary),
                   self.OUTPUT_DATES: None}
        if parameters.get(self.OUTPUT_DATES):
            results[self.OUTPUT_DATES] = self._write_dates(parameters, context, summary)
        monitor.update(1.0)
        mean = summary.mean_coherence
        results.update({self.N_DATES: summary.n_dates, self.N_INTERFEROGRAMS: summary.n_interferograms,
                        self.N_GROUPS: summary.n_groups, self.N_SINGLE_LINK_DATES: int(summary.single.sum()),
                        self.N_LOOPS: summary.loops, self.MEAN_COHERENCE: mean if np.isfinite(mean) else None})
        return results

    def _write_lines(self, parameters, context, summary):
        output = self.feature_output(
            parameters, self.OUTPUT, context,
            [('pair', 'string'), ('reference_date', 'date'), ('secondary_date', 'date'), ('days', 'int'),
             ('bperp', 'double'), ('coherence', 'double'), ('group_id', 'int')], 'line',
            QgsCoordinateReferenceSystem.fromWkt(network_core.NETWORK_CRS_WKT))
        for row in summary.interferograms():
            output.add_line(row['vertices'], [row['pair'], qdate(row['first']), qdate(row['second']), row['days'],
                                              row['bperp'], row['coherence'], row['group']])
        return output.destination

    def _write_dates(self, parameters, context, summary):
        output = self.feature_output(
            parameters, self.OUTPUT_DATES, context,
            [('date', 'date'), ('bperp', 'double'), ('links', 'int'), ('group_id', 'int'), ('single_link', 'int')],
            'point', QgsCoordinateReferenceSystem.fromWkt(network_core.NETWORK_CRS_WKT))
        for row in summary.acquisitions():
            output.add_point(row['x'], row['y'], [qdate(row['date']), row['bperp'], row['links'], row['group'],
                                                  int(row['single'])])
        return output.destination
