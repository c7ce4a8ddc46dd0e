"""The report of a frame mosaic (:mod:`.mosaic`): corrections per frame, statistics per overlap.

Two tables, in HTML (a page to read, the default) or CSV (``.csv``: one
table, a ``table`` column telling ``frame`` rows from ``overlap`` rows):

* frames: per band, the correction c = a + b·x + e·y subtracted from each
  frame (a in the data units, b and e in data units per km east and north of
  the mosaic centre), the reference frame marked;
* overlaps: per pair and band, the pixels valid in both, mean and RMS of
  f_first − f_second before and after the correction (every pixel), and the
  samples of the fit (used, dropped as outliers, lattice step).

The file is written under a ``.partial`` name and staged like every output
(:mod:`..io.staging`): a failed or cancelled run leaves nothing.
"""
import csv
import html
import io
import math
import os

from ..io import staging

FRAME_COLUMNS = ('band', 'frame', 'name', 'reference', 'offset', 'gradient_east', 'gradient_north', 'valid_pixels')
OVERLAP_COLUMNS = ('band', 'frame', 'other_frame', 'pixels', 'mean_before', 'rms_before', 'mean_after',
                   'rms_after', 'samples_used', 'samples_rejected', 'sampling_step')


def frame_rows(result):
    """One dict per band and frame (frames numbered from 1)."""
    rows = []
    for band, label in enumerate(result.band_names):
        for k, frame in enumerate(result.frames):
            a, b, e = result.corrections[band, k]
            rows.append({'band': label, 'frame': k + 1, 'name': frame.name,
                         'reference': 'yes' if k == result.settings.reference else '',
                         'offset': a, 'gradient_east': b if result.settings.surface == 'plane' else math.nan,
                         'gradient_north': e if result.settings.surface == 'plane' else math.nan,
                         'valid_pixels': int(frame.valid[band])})
    return rows


def overlap_rows(result):
    """One dict per band and overlap with pixels in common."""
    rows = []
    for band, label in enumerate(result.band_names):
        for overlap in result.overlaps:
            statistics = overlap.statistics(band)
            if not statistics['pixels']:
                continue
            rows.append({'band': label, 'frame': overlap.first + 1, 'other_frame': overlap.second + 1,
                         **statistics, 'samples_used': int(overlap.used[band]),
                         'samples_rejected': int(overlap.rejected[band]), 'sampling_step': overlap.step})
    return rows


def _number(value, digits=4):
    if isinstance(value, float):
        return '' if math.isnan(value) else f'{value:.{digits}f}'
    return str(value)


def csv_text(result):
    """The report as one CSV table (``table`` = frame | overlap)."""
    columns = ('table',) + tuple(dict.fromkeys(FRAME_COLUMNS + OVERLAP_COLUMNS))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, lineterminator='\n')
    writer.writeheader()
    for table, rows in (('frame', frame_rows(result)), ('overlap', overlap_rows(result))):
        for row in rows:
            writer.writerow({'table': table, **{key: _number(value, 6) for key, value in row.items()}})
    return buffer.getvalue()


def _table(columns, headers, rows):
    if rows and len({row['band'] for row in rows}) == 1:     # one band: no band column
        columns, headers = columns[1:], headers[1:]
    head = ''.join(f'<th>{html.escape(h)}</th>' for h in headers)
    body = ''.join('<tr>' + ''.join(f'<td>{html.escape(_number(row[c]))}</td>' for c in columns) + '</tr>\n'
                   for row in rows)
    return f'<table border="1" cellpadding="3" style="border-collapse:collapse">\n<tr>{head}</tr>\n{body}</table>\n'


def html_text(result):
    """The report as an HTML page: summary, frames, overlaps."""
    units = html.escape(result.units)
    summary = result.summary()
    names = ''.join(f'<li>{k + 1}: {html.escape(f.name)}{" (reference)" if k == result.settings.reference else ""}'
                    '</li>' for k, f in enumerate(result.frames))
    frame_headers = ('band', 'frame', 'name', 'reference', f'offset a ({units})', f'east gradient b ({units}/km)',
                     f'north gradient e ({units}/km)', 'valid pixels')
    overlap_headers = ('band', 'frame', 'other frame', 'pixels in common', f'mean before ({units})',
                       f'RMS before ({units})', f'mean after ({units})', f'RMS after ({units})', 'samples used',
                       'samples rejected', 'sampling step (pixels)')
    grid = result.grid
    centre = grid.centre_of(grid.width / 2.0 - 0.5, grid.height / 2.0 - 0.5)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Frame mosaic report</title></head><body>\n'
        '<h1>Frame mosaic report</h1>\n'
        f'<p>{summary["frames"]} frames, {summary["overlaps"]} overlaps, surface <b>{result.settings.surface}</b>; '
        f'mosaic {grid.width}×{grid.height} pixels of {grid.pixel_size[0]:g} × {grid.pixel_size[1]:g} CRS units. '
        f'Differences between overlapping frames (every pixel valid in both, {summary["overlap_pixels"]} in the '
        f'first band): RMS {_number(summary["rms_before"])} {units} before the correction, '
        f'{_number(summary["rms_after"])} {units} after; largest mean after: '
        f'{_number(summary["max_mean_after"])} {units}.</p>\n<ol style="list-style:none">{names}</ol>\n'
        '<h2>Corrections</h2>\n<p>Subtracted from each frame: c = a + b·x + e·y, x and y in km east and north '
        f'of the mosaic centre (x = {centre[0]:.3f}, y = {centre[1]:.3f} in the CRS of the mosaic); the reference '
        'frame keeps its values.</p>\n'
        + _table(FRAME_COLUMNS, frame_headers, frame_rows(result))
        + '<h2>Overlaps</h2>\n<p>Differences frame − other frame over their common pixels, before and after '
          'the correction; samples: the lattice of pixels the fit used (outliers beyond 5 MAD dropped).</p>\n'
        + _table(OVERLAP_COLUMNS, overlap_headers, overlap_rows(result))
        + '</body></html>\n')


def write_report(path, result):
    """Write the report ``path`` (CSV for ``.csv``, else HTML), staged with the run's other outputs."""
    path = os.fspath(path)
    text = csv_text(result) if path.lower().endswith('.csv') else html_text(result)
    staging.create_folder(os.path.dirname(os.path.abspath(path)))
    temp = path + '.partial'
    with open(temp, 'w', encoding='utf-8') as handle:
        handle.write(text)
    staging.publish(temp, path)
    return path
