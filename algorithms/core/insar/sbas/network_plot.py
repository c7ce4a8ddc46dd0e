"""Checks and picture of an interferogram network before the SBAS inversion.

For N dates, K interferograms and C connected groups of dates the network has
K − N + C independent loops (the cycle rank of its graph: loops are what
closure checks and redundancy rest on).  A date used by a single
interferogram is fixed by it alone: no loop checks an error there.  The mean
coherence of interferogram k is the mean of its coherence raster over the
valid pixels, streamed by blocks of rows.

The plot (matplotlib's Agg canvas: no window, safe in ``qgis_process``) puts
the acquisitions at (date, B_n) — B_n the perpendicular baseline
(:mod:`.baselines`), or stand-in positions when none is known — joins each
pair by a segment coloured by its mean coherence, colours dates by group,
rings single-link dates and shades intervals no interferogram spans.  The
line layer uses the same picture in pseudo-coordinates x = decimal year,
y = B_n [m], in the engineering CRS :data:`NETWORK_CRS_WKT` (not a place on
Earth: never reprojected onto a map).
"""
import contextlib
from dataclasses import dataclass

import matplotlib
import numpy as np
from matplotlib import dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ...common import dates as dates_mod
from ...common.errors import InputError
from ...common.progress import SILENT
from ...io import staging
from ...io.raster_stack import iter_blocks, rows_per_block
from .baselines import decimal_years, layout_positions
from .network import connected_components, links_per_date

#: engineering (local) CRS of the network layers: x = decimal year, y = perpendicular baseline [m]
NETWORK_CRS_WKT = ('ENGCRS["Interferogram network: decimal year x perpendicular baseline",'
                   'EDATUM["Interferogram network"],CS[Cartesian,2],'
                   'AXIS["time",east,ORDER[1],LENGTHUNIT["metre",1]],'
                   'AXIS["perpendicular baseline",north,ORDER[2],LENGTHUNIT["metre",1]]]')
#: English texts of the plot; the algorithm passes translated ones ({0}, {1}… are filled in)
PLOT_TEXT = {
    'title': '{0} interferograms, {1} dates, {2} connected group(s), {3} independent loops, '
             '{4} date(s) with a single interferogram',
    'x': 'Acquisition date',
    'y': 'Perpendicular baseline (m)',
    'y_layout': 'No perpendicular baseline known: dates spread vertically for legibility',
    'colour': 'Mean coherence of the interferogram',
    'no_coherence': 'No coherence given: interferograms in grey',
    'acquisition': 'acquisition',
    'group': 'group {0} ({1} dates)',
    'more_groups': '… {0} more groups',
    'single': 'date with a single interferogram',
    'gap': 'interval spanned by no interferogram',
}
#: marker colours of the groups of dates (cycled)
GROUP_COLOURS = ('#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22',
                 '#7f7f7f', '#d62728')
#: groups named one by one in the legend
LEGEND_GROUPS = 8
#: single-link dates labelled with their date when there are at most this many
LABELLED_SINGLE = 15


@dataclass
class NetworkSummary:
    """What the checks found in a :class:`~.network.Network` (with coherence and baselines when known)."""

    network: object
    groups: np.ndarray            # (N,) group of each date: 0, 1, … in the time order of their first date
    links: np.ndarray             # (N,) interferograms using each date
    coherence: np.ndarray = None  # (K,) mean coherence per interferogram, or None
    baselines: object = None      # .baselines.Baselines, or None

    @property
    def n_dates(self):
        return self.network.n_dates

    @property
    def n_interferograms(self):
        return len(self.network.pairs)

    @property
    def n_groups(self):
        return int(self.groups.max()) + 1

    @property
    def loops(self):
        """Independent loops K − N + C."""
        return self.n_interferograms - self.n_dates + self.n_groups

    @property
    def single(self):
        """(N,) True on dates used by exactly one interferogram."""
        return self.links == 1

    @property
    def mean_coherence(self):
        """Mean over the interferograms of their mean coherence (NaN without coherence)."""
        if self.coherence is None or not np.isfinite(self.coherence).any():
            return float('nan')
        return float(np.nanmean(self.coherence))

    def positions(self):
        """(N,) vertical position of each date: B_n [m], or :func:`.baselines.layout_positions`."""
        if self.baselines is None:
            return layout_positions(self.n_dates)
        return np.asarray(self.baselines.values, dtype=float)

    def interferograms(self):
        """One dict per interferogram: dates, days, B⊥ [m] (NaN without baselines), coherence, group, vertices."""
        x, y = decimal_years(self.network.dates), self.positions()
        rows = []
        for k, (i, j) in enumerate(self.network.pairs):
            first, second = self.network.dates[i], self.network.dates[j]
            rows.append({
                'pair': f'{dates_mod.compact(first)}_{dates_mod.compact(second)}',
                'first': first, 'second': second, 'days': (second - first).days,
                'bperp': float(y[j] - y[i]) if self.baselines is not None else float('nan'),
                'coherence': float(self.coherence[k]) if self.coherence is not None else float('nan'),
                'group': int(self.groups[i]) + 1,
                'vertices': ((float(x[i]), float(y[i])), (float(x[j]), float(y[j])))})
        return rows

    def acquisitions(self):
        """One dict per date: date, decimal year, B_n (NaN without baselines), links, group, single link."""
        x, y = decimal_years(self.network.dates), self.positions()
        return [{'date': date, 'x': float(x[n]), 'y': float(y[n]),
                 'bperp': float(y[n]) if self.baselines is not None else float('nan'),
                 'links': int(self.links[n]), 'group': int(self.groups[n]) + 1, 'single': bool(self.single[n])}
                for n, date in enumerate(self.network.dates)]


def time_ordered_groups(n_dates, pairs):
    """(N,) connected group of each (sorted) date, numbered 0, 1, … in the order of their first date."""
    labels = connected_components(n_dates, [tuple(p) for p in pairs])
    _, first = np.unique(labels, return_index=True)
    order = np.argsort(first)                 # label values sorted by their first date
    renumber = np.empty(len(order), dtype=np.int64)
    renumber[order] = np.arange(len(order))
    return renumber[labels]


def summarise(network, coherence=None, baselines=None):
    """:class:`NetworkSummary` of ``network`` with the (K,) mean ``coherence`` and :class:`Baselines`."""
    groups = time_ordered_groups(network.n_dates, network.pairs)
    coherence = None if coherence is None else np.asarray(coherence, dtype=float)
    return NetworkSummary(network, groups, links_per_date(network), coherence, baselines)


# -- coherence --------------------------------------------------------------------------------------
def match_coherence(pairs, coherence, warn=None):
    """Band of the coherence stack for each interferogram ``pairs[k]``.

    By date pair when every coherence band carries one (as sbasinversion
    matches them), else by order when the counts agree.
    """
    own = [band.pair() for band in coherence.bands]
    role = coherence.role
    if all(pair is not None for pair in own):
        by_pair = {pair: n for n, pair in enumerate(own)}
        missing = [f'{dates_mod.compact(a)}_{dates_mod.compact(b)}' for a, b in pairs if (a, b) not in by_pair]
        if missing:
            raise InputError(f'{role}: no coherence raster for the interferogram pair(s) {", ".join(missing[:5])}'
                             f'{" …" if len(missing) > 5 else ""}; give one coherence raster per interferogram, '
                             'dated by the same pair (or in the same order), or leave it empty.')
        index = [by_pair[pair] for pair in pairs]
        unused = len(own) - len(index)
        if unused and warn is not None:
            warn(f'{role}: {unused} coherence raster(s) match no interferogram and are ignored.')
        return index
    if len(own) != len(pairs):
        raise InputError(f'{role}: {len(own)} coherence band(s) for {len(pairs)} interferograms, and not all are '
                         'dated by a pair YYYYMMDD_YYYYMMDD; give one coherence raster per interferogram, in the '
                         'same order or named by the same pair.')
    return list(range(len(pairs)))


def coherence_means(stack, index, scales=None, monitor=SILENT, budget_mb=64):
    """(K,) mean over the valid pixels of the bands ``index`` of the coherence ``stack`` (× ``scales``).

    Streamed band by band in blocks of rows (memory independent of the
    raster size); NaN for a band without a valid pixel.
    """
    width, height = stack.grid.width, stack.grid.height
    block = rows_per_block(width, 1, budget_mb)
    means = np.full(len(index), np.nan)
    for k, band in enumerate(index):
        total, count = 0.0, 0
        for row0, nrows in iter_blocks(height, block, monitor.sub(k / len(index), (k + 1) / len(index))):
            values = stack.read_band(band, row0, nrows)
            valid = np.isfinite(values)
            total += float(values[valid].sum())
            count += int(valid.sum())
        if count:
            means[k] = total / count * (1.0 if scales is None else float(scales[band]))
    return means


# -- plot -------------------------------------------------------------------------------------------
def _font_context(font):
    if not font:
        return contextlib.nullcontext()
    fonts = [font] + [name for name in matplotlib.rcParams['font.sans-serif'] if name != font]
    return matplotlib.rc_context({'font.family': ['sans-serif'], 'font.sans-serif': fonts,
                                  'axes.unicode_minus': False})


def _draw_edges(axes, summary, x, y, text):
    pairs = summary.network.pairs
    segments = np.stack([np.column_stack([x[pairs[:, 0]], y[pairs[:, 0]]]),
                         np.column_stack([x[pairs[:, 1]], y[pairs[:, 1]]])], axis=1)
    coherence = summary.coherence
    if coherence is not None and np.isfinite(coherence).any():
        low, high = float(np.nanmin(coherence)), float(np.nanmax(coherence))
        if high - low < 0.05:
            low, high = max(0.0, 0.5 * (low + high) - 0.025), min(1.0, 0.5 * (low + high) + 0.025)
        edges = LineCollection(segments, cmap='viridis', norm=Normalize(low, high), linewidths=1.4, zorder=1)
        edges.set_array(np.where(np.isfinite(coherence), coherence, low))
        axes.add_collection(edges)
        colour_bar = axes.figure.colorbar(edges, ax=axes, pad=0.02)
        colour_bar.set_label(text['colour'])
    else:
        axes.add_collection(LineCollection(segments, colors='0.55', linewidths=1.2, zorder=1))
        axes.text(0.99, 0.01, text['no_coherence'], transform=axes.transAxes, ha='right', va='bottom',
                  fontsize=8, color='0.35')


def _draw_dates(axes, summary, x, y, text):
    handles = []
    for g in range(summary.n_groups):
        members = summary.groups == g
        colour = GROUP_COLOURS[g % len(GROUP_COLOURS)]
        axes.scatter(x[members], y[members], s=28, color=colour, edgecolor='black', linewidth=0.5, zorder=3)
        if summary.n_groups == 1:
            label = text['acquisition']
        elif g < LEGEND_GROUPS:
            label = text['group'].format(g + 1, int(members.sum()))
        else:
            continue
        handles.append(Line2D([], [], marker='o', linestyle='none', markerfacecolor=colour,
                              markeredgecolor='black', label=label))
    if summary.n_groups > LEGEND_GROUPS:
        handles.append(Line2D([], [], linestyle='none', label=text['more_groups'].format(
            summary.n_groups - LEGEND_GROUPS)))
    single = summary.single
    if single.any():
        axes.scatter(x[single], y[single], s=130, facecolor='none', edgecolor='#d62728', linewidth=1.6, zorder=4)
        handles.append(Line2D([], [], marker='o', markersize=10, linestyle='none', markerfacecolor='none',
                              markeredgecolor='#d62728', markeredgewidth=1.6, label=text['single']))
        if single.sum() <= LABELLED_SINGLE:
            middle = 0.5 * (x.min() + x.max())
            for n in np.flatnonzero(single):
                left = x[n] > middle   # labels point inwards, never out of the axes
                axes.annotate(summary.network.dates[n].isoformat(), (x[n], y[n]), xytext=(-6 if left else 6, 7),
                              textcoords='offset points', ha='right' if left else 'left', fontsize=7,
                              color='#d62728', zorder=5)
    return handles


def write_network_plot(path, summary, text=None, font=None):
    """Write the PNG ``path`` of the network of ``summary`` (texts: :data:`PLOT_TEXT`, ``font``: a family
    to draw with first, e.g. a CJK font for Japanese labels); staged during a run."""
    text = {**PLOT_TEXT, **(text or {})}
    network = summary.network
    x = mdates.date2num(network.dates)
    y = summary.positions()
    with _font_context(font):
        figure = Figure(figsize=(10.0, 5.6), dpi=110)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot(1, 1, 1)
        gaps = network.gaps()
        for first, second in gaps:
            axes.axvspan(mdates.date2num(first), mdates.date2num(second), color='#f6d5d5', zorder=0, linewidth=0)
        _draw_edges(axes, summary, x, y, text)
        handles = _draw_dates(axes, summary, x, y, text)
        if gaps:
            handles.append(Patch(facecolor='#f6d5d5', label=text['gap']))
        locator = mdates.AutoDateLocator()
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        axes.autoscale_view()
        axes.margins(0.05, 0.1)
        axes.set_xlabel(text['x'])
        if summary.baselines is None:
            axes.set_ylabel(text['y_layout'], fontsize=8)
            axes.set_yticks([])
        else:
            axes.set_ylabel(text['y'])
        axes.grid(True, color='0.92', zorder=-1)
        axes.set_title(text['title'].format(summary.n_interferograms, summary.n_dates, summary.n_groups,
                                            summary.loops, int(summary.single.sum())), fontsize=9)
        axes.legend(handles=handles, loc='upper center', bbox_to_anchor=(0.5, -0.13), ncol=min(len(handles), 4),
                    fontsize=8, frameon=False)
        figure.tight_layout()
        temp = f'{path}.partial'
        figure.savefig(temp, format='png')
    staging.publish(temp, path)
    return path
