"""Perpendicular baselines of an interferogram network, per acquisition date.

An interferogram of dates (a, b) has the perpendicular baseline

    B⊥_ab = B_b − B_a        [m]

with B_n the position of acquisition n across the line of sight relative to
a common orbit.  Baselines come either per interferogram (metadata item of
each interferogram, or lines ``YYYYMMDD YYYYMMDD bperp`` of a table) or per
date (``YYYYMMDD bperp``; the LiCSAR/LiCSBAS ``baselines`` file, whose lines
``primary secondary bperp btemp`` are pair equations from one primary date).
:func:`date_baselines` solves all of them at once for B_n by least squares;
each group of dates the equations link gets its datum from a per-date value
when there is one, else B = 0 on the date every equation shares (the
primary of a LiCSAR file), else on its earliest date.
"""
import re
from dataclasses import dataclass

import numpy as np

from ...common import dates as dates_mod
from ...common.errors import InputError
from ...io.raster_stack import open_dataset
from .network import connected_components

#: metadata items holding an interferogram's perpendicular baseline [m], first present wins (band, then file)
BASELINE_KEYS = ('BPERP', 'B_PERP', 'PERPENDICULAR_BASELINE', 'P_BASELINE', 'BASELINE_PERP')
#: ROI_PAC/ISCE/MintPy items of the baseline at the top and bottom of the scene: their mean is used
TOP_BOTTOM_KEYS = ('P_BASELINE_TOP_HDR', 'P_BASELINE_BOTTOM_HDR')
#: what a line of a baselines table may look like (error messages)
ACCEPTED_LINES = ('"YYYYMMDD YYYYMMDD bperp [btemp]" (LiCSAR/LiCSBAS baselines, or one line per interferogram), '
                  '"YYYYMMDD_YYYYMMDD bperp" or "YYYYMMDD bperp" (per date), separated by spaces, tabs, commas '
                  'or semicolons; lines starting with # and header lines are skipped')

_SEPARATORS = re.compile(r'[\s,;]+')
_DATE_TOKEN = re.compile(r'^(\d{8}|\d{4}-\d{2}-\d{2})$')
_PAIR_TOKEN = re.compile(r'^(\d{8})[_-](\d{8})$')


@dataclass
class Baselines:
    """Per-date perpendicular baselines B_n [m] of the network's dates and how they were found."""

    values: np.ndarray       # (N,) m
    source: str              # 'metadata' or the table's path
    rms_misfit: float        # RMS of (B_b − B_a) − B⊥_ab over the pair equations [m]
    groups: int              # groups of dates the equations link (each has its own datum)


def _number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if np.isfinite(value) else None


def _date(text):
    if not _DATE_TOKEN.match(text):
        return None
    return dates_mod.from_compact(text.replace('-', ''))


def parse_baselines_line(tokens):
    """One table line → ``('pair', a, b, bperp)``, ``('date', d, bperp)`` or ``None`` (not a data line)."""
    if len(tokens) >= 2:
        pair = _PAIR_TOKEN.match(tokens[0])
        if pair:
            first, second = dates_mod.from_compact(pair.group(1)), dates_mod.from_compact(pair.group(2))
            value = _number(tokens[1])
            if first and second and value is not None:
                return ('pair', first, second, value)
            return None
        first = _date(tokens[0])
        if first is None:
            return None
        second = _date(tokens[1])
        if second is not None and len(tokens) >= 3 and _number(tokens[2]) is not None:
            return ('pair', first, second, _number(tokens[2]))
        if second is None and _number(tokens[1]) is not None:
            return ('date', first, _number(tokens[1]))
    return None


def read_baselines_file(path, role='BASELINES'):
    """Equations of a baselines table: ``[('pair', a, b, B⊥_ab) | ('date', d, B_d)]`` (see the module doc).

    Raises :class:`InputError` for an unreadable file, a line starting with a
    date that is not understood, or a file without any equation.
    """
    try:
        with open(path, encoding='utf-8', errors='replace') as handle:
            lines = handle.read().splitlines()
    except OSError as error:
        raise InputError(f'{role}: "{path}" cannot be read ({error.strerror}); give a text table of '
                         'perpendicular baselines.') from None
    equations = []
    for number, line in enumerate(lines, 1):
        text = line.split('#', 1)[0].strip()
        if not text:
            continue
        tokens = [t for t in _SEPARATORS.split(text) if t]
        equation = parse_baselines_line(tokens)
        if equation is None:
            if tokens and (_date(tokens[0]) or _PAIR_TOKEN.match(tokens[0])):
                raise InputError(f'{role}: line {number} of "{path}" ("{text[:80]}") is not understood; '
                                 f'accepted lines: {ACCEPTED_LINES}.')
            continue   # a header line
        equations.append(equation)
    if not equations:
        raise InputError(f'{role}: "{path}" holds no perpendicular baseline; accepted lines: {ACCEPTED_LINES}.')
    return equations


def _metadata_value(metadata):
    upper = {str(k).upper(): v for k, v in (metadata or {}).items()}
    for key in BASELINE_KEYS:
        value = _number(upper.get(key))
        if value is not None:
            return value
    top, bottom = (_number(upper.get(key)) for key in TOP_BOTTOM_KEYS)
    if top is not None and bottom is not None:
        return 0.5 * (top + bottom)
    return None


def interferogram_baselines(stack):
    """(K,) perpendicular baseline of each band of ``stack`` from its metadata [m], NaN where none is found.

    Band metadata first, then the file's metadata (:data:`BASELINE_KEYS`, or
    the mean of :data:`TOP_BOTTOM_KEYS`).
    """
    file_metadata = {}
    values = np.full(len(stack), np.nan)
    for index, band in enumerate(stack.bands):
        value = _metadata_value(band.metadata)
        if value is None:
            if band.path not in file_metadata:
                file_metadata[band.path] = dict(open_dataset(band.path, stack.role).GetMetadata() or {})
            value = _metadata_value(file_metadata[band.path])
        if value is not None:
            values[index] = value
    return values


def pair_equations(pairs, values):
    """``[('pair', a, b, B⊥)]`` for the date pairs with a finite baseline."""
    return [('pair', a, b, float(v)) for (a, b), v in zip(pairs, values) if np.isfinite(v)]


def _datum(dates, equations, members):
    """Index (into ``dates``) of the date fixed to B = 0 in the group ``members`` (no per-date value there)."""
    position = {d: n for n, d in enumerate(dates)}
    shared = None
    for equation in equations:
        if equation[0] == 'pair' and position[equation[1]] in members:
            ends = {equation[1], equation[2]}
            shared = ends if shared is None else shared & ends
    if shared:
        return position[min(shared)]
    return min(members)


def date_baselines(dates, equations, role='BASELINES', source='metadata'):
    """:class:`Baselines` of the sorted ``dates`` from pair and per-date ``equations`` (least squares).

    Raises :class:`InputError` when some of ``dates`` appear in no equation.
    """
    known = sorted(set(dates) | {d for eq in equations for d in eq[1:-1]})
    position = {d: n for n, d in enumerate(known)}
    pair_rows = [(position[eq[1]], position[eq[2]], eq[3]) for eq in equations if eq[0] == 'pair']
    date_rows = [(position[eq[1]], eq[2]) for eq in equations if eq[0] == 'date']
    labels = connected_components(len(known), [(i, j) for i, j, _ in pair_rows])
    linked = np.zeros(len(known), dtype=bool)
    for i, j, _ in pair_rows:
        linked[[i, j]] = True
    for i, _ in date_rows:
        linked[i] = True
    missing = [d.isoformat() for d in dates if not linked[position[d]]]
    if missing:
        raise InputError(f'{role}: no perpendicular baseline for {len(missing)} acquisition(s) of the '
                         f'interferograms ({", ".join(missing[:10])}{" …" if len(missing) > 10 else ""}); give '
                         'a baseline for every date (or every interferogram).')
    anchored = {labels[i] for i, _ in date_rows}
    datums = [_datum(known, equations, set(np.flatnonzero(labels == g).tolist()))
              for g in sorted(set(labels.tolist()) - anchored)]
    rows = len(pair_rows) + len(date_rows) + len(datums)
    matrix, target = np.zeros((rows, len(known))), np.zeros(rows)
    for r, (i, j, value) in enumerate(pair_rows):
        matrix[r, i], matrix[r, j], target[r] = -1.0, 1.0, value
    for r, (i, value) in enumerate(date_rows, len(pair_rows)):
        matrix[r, i], target[r] = 1.0, value
    for r, i in enumerate(datums, len(pair_rows) + len(date_rows)):
        matrix[r, i] = 1.0
    solution = np.linalg.lstsq(matrix, target, rcond=None)[0]
    misfit = matrix[:len(pair_rows)] @ solution - target[:len(pair_rows)]
    rms = float(np.sqrt(np.mean(misfit ** 2))) if len(misfit) else 0.0
    groups = len({labels[position[d]] for d in dates})
    return Baselines(solution[[position[d] for d in dates]], source, rms, groups)


def layout_positions(n_dates):
    """Stand-in vertical positions when no baseline is known: a repeating 0, 2, −1, 1, −2 (legible edges)."""
    pattern = np.array([0.0, 2.0, -1.0, 1.0, -2.0])
    return pattern[np.arange(n_dates) % len(pattern)]


def decimal_years(dates):
    """Calendar-like decimal years 2000 + (date − 2000-01-01)/365.25 (the toolbox's year length)."""
    return 2000.0 + dates_mod.seasonal_years(dates)

