"""The scatter plot of a ground-truth comparison (:mod:`.comparison`): InSAR against truth, as a PNG.

Truth on the horizontal axis, InSAR on the vertical one, the 1:1 line, the
1:1 line shifted by the mean difference when the offset is removed, and the
numbers of the comparison in a box.  Drawn with matplotlib's Agg canvas (no
window, safe in ``qgis_process``).
"""
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


def write_scatter_plot(path, truth, sampled, result, remove_offset, truth_label, insar_label):
    """Write the PNG ``path`` for a :class:`~.comparison.Comparison` ``result``."""
    truth, sampled = np.asarray(truth, dtype=float), np.asarray(sampled, dtype=float)
    used = np.isfinite(truth) & np.isfinite(sampled)
    figure = Figure(figsize=(6.0, 6.0), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    axes.scatter(truth[used], sampled[used], s=18, color='#1f77b4', edgecolor='white', linewidth=0.4)
    values = np.concatenate([truth[used], sampled[used]])
    low, high = float(values.min()), float(values.max())
    pad = 0.05 * max(high - low, 1e-9)
    line = np.array([low - pad, high + pad])
    axes.plot(line, line, color='0.3', linewidth=1.0, label='1:1')
    if remove_offset:
        axes.plot(line, line + result.mean_difference, color='#d62728', linewidth=1.0, linestyle='--',
                  label=f'1:1 + mean difference ({result.mean_difference:+.2f})')
    axes.set_xlim(line)
    axes.set_ylim(line)
    axes.set_aspect('equal')
    axes.set_xlabel(truth_label)
    axes.set_ylabel(insar_label)
    axes.grid(True, color='0.9')
    text = (f'n = {result.count}\nr = {result.correlation:.3f}\nmean = {result.mean_difference:+.3f}\n'
            f'std = {result.std_difference:.3f}\nmin = {result.min_difference:+.3f}\n'
            f'max = {result.max_difference:+.3f}\nRMS = {result.rms:.3f}')
    axes.text(0.03, 0.97, text, transform=axes.transAxes, va='top', ha='left', family='monospace', fontsize=9,
              bbox={'facecolor': 'white', 'edgecolor': '0.7', 'alpha': 0.9})
    axes.legend(loc='lower right', fontsize=8)
    figure.tight_layout()
    figure.savefig(path, format='png')
    return path
