"""The scatter plot of a ground-truth comparison (:mod:`.comparison`): InSAR against truth, as a PNG.

Truth on the horizontal axis, InSAR on the vertical one, the 1:1 line, the
1:1 line shifted by the mean difference when the offset is removed, and the
numbers of the comparison in a box.  Drawn with matplotlib's Agg canvas (no
window, safe in ``qgis_process``).
"""
import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

#: the words of the plot; the algorithm passes them translated (``texts``), with the font that has their glyphs
PLOT_TEXTS = {'offset_line': '1:1 + mean difference ({0:+.2f})', 'mean': 'mean', 'std': 'std', 'min': 'min',
              'max': 'max'}


def write_scatter_plot(path, truth, sampled, result, remove_offset, truth_label, insar_label, texts=None, font=None):
    """Write the PNG ``path`` for a :class:`~.comparison.Comparison` ``result``.

    ``texts``: :data:`PLOT_TEXTS` in the user's language (templates keep their ``{0}``); ``font``: a font
    family drawn first (CJK labels need one with their glyphs).
    """
    texts = {**PLOT_TEXTS, **(texts or {})}
    fonts = {'font.family': ['sans-serif'], 'axes.unicode_minus': False,
             'font.sans-serif': [font, *matplotlib.rcParams['font.sans-serif']]} if font else {}
    with matplotlib.rc_context(fonts):
        return _draw(path, truth, sampled, result, remove_offset, truth_label, insar_label, texts, font)


def _draw(path, truth, sampled, result, remove_offset, truth_label, insar_label, texts, font):
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
                  label=texts['offset_line'].format(result.mean_difference))
    axes.set_xlim(line)
    axes.set_ylim(line)
    axes.set_aspect('equal')
    axes.set_xlabel(truth_label)
    axes.set_ylabel(insar_label)
    axes.grid(True, color='0.9')
    text = (f'n = {result.count}\nr = {result.correlation:.3f}\n{texts["mean"]} = {result.mean_difference:+.3f}\n'
            f'{texts["std"]} = {result.std_difference:.3f}\n{texts["min"]} = {result.min_difference:+.3f}\n'
            f'{texts["max"]} = {result.max_difference:+.3f}\nRMS = {result.rms:.3f}')
    axes.text(0.03, 0.97, text, transform=axes.transAxes, va='top', ha='left',
              family=[font, 'monospace'] if font else 'monospace', fontsize=9,
              bbox={'facecolor': 'white', 'edgecolor': '0.7', 'alpha': 0.9})
    axes.legend(loc='lower right', fontsize=8)
    figure.tight_layout()
    figure.savefig(path, format='png')
    return path
