"""Acquisition dates: parsing from names, metadata and text parameters.

Conventions (SPEC §2):

* an interferogram is named by its pair ``YYYYMMDD[_-]YYYYMMDD`` (first date
  earlier); a single acquisition by ``YYYYMMDD``;
* time-series bands carry the description ``YYYY-MM-DD`` and the metadata
  item ``DATE=YYYYMMDD``;
* time is expressed in decimal years since the first date::

      t = (date - date_0).days / 365.25        [yr]
"""
import datetime as dt
import re

import numpy as np

from .errors import InputError

DAYS_PER_YEAR = 365.25
#: origin of the seasonal phase: 1 January 2000 (phase 0 = peak on 1 January)
SEASONAL_EPOCH = dt.date(2000, 1, 1)

_PAIR = re.compile(r'(?<!\d)(\d{8})[_-](\d{8})(?!\d)')
_COMPACT = re.compile(r'(?<!\d)(\d{8})(?!\d)')
_ISO = re.compile(r'(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)')


def from_compact(text):
    """``'YYYYMMDD'`` → :class:`datetime.date`, or ``None`` when not a valid date."""
    try:
        return dt.datetime.strptime(text, '%Y%m%d').date()
    except (TypeError, ValueError):
        return None


def compact(date):
    """:class:`datetime.date` → ``'YYYYMMDD'``."""
    return date.strftime('%Y%m%d')


def iso(date):
    """:class:`datetime.date` → ``'YYYY-MM-DD'``."""
    return date.isoformat()


def find_pair(text):
    """First valid ``YYYYMMDD[_-]YYYYMMDD`` pair in ``text`` as two dates, or ``None``."""
    for match in _PAIR.finditer(text or ''):
        first, second = from_compact(match.group(1)), from_compact(match.group(2))
        if first is not None and second is not None:
            return first, second
    return None


def find_date(text):
    """A single acquisition date in ``text`` (``YYYYMMDD`` or ``YYYY-MM-DD``), or ``None``.

    Text holding a date pair is not a single date and gives ``None``.
    """
    text = text or ''
    if find_pair(text) is not None:
        return None
    for match in _ISO.finditer(text):
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
    for match in _COMPACT.finditer(text):
        date = from_compact(match.group(1))
        if date is not None:
            return date
    return None


def parse_date(text, what):
    """Parse one date written ``YYYY-MM-DD`` or ``YYYYMMDD``; ``what`` names it in errors."""
    token = (text or '').strip()
    for fmt in ('%Y-%m-%d', '%Y%m%d'):
        try:
            return dt.datetime.strptime(token, fmt).date()
        except ValueError:
            continue
    raise InputError('{0}: "{1}" is not a date; write YYYY-MM-DD (for example 2016-04-16).', what, token)


def parse_date_list(text, what):
    """Parse ``'YYYY-MM-DD,YYYY-MM-DD,...'`` (commas, semicolons or spaces) into sorted dates."""
    tokens = [t for t in re.split(r'[,;\s]+', text or '') if t]
    dates = sorted({parse_date(token, what) for token in tokens})
    return dates


def parse_band_dates(text, what='DATES'):
    """Parse one date per band, in band order (never sorted); a date given twice is an error."""
    tokens = [t for t in re.split(r'[,;\s]+', text or '') if t]
    dates = [parse_date(token, what) for token in tokens]
    seen = set()
    for date in dates:
        if date in seen:
            raise InputError('{0}: {1} is given twice; give one date per band, in band order.',
                             what, date.isoformat())
        seen.add(date)
    return dates


def parse_postseismic(text, what='POSTSEISMIC'):
    """Parse ``'YYYY-MM-DD:tau_days,...'`` into ``[(date, tau_days), ...]`` (tau > 0)."""
    terms = []
    for token in [t for t in re.split(r'[,;\s]+', text or '') if t]:
        date_text, sep, tau_text = token.partition(':')
        if not sep:
            raise InputError('{0}: "{1}" lacks a relaxation time; write YYYY-MM-DD:tau_days (for example '
                             '2016-04-16:30).', what, token)
        date = parse_date(date_text, what)
        try:
            tau = float(tau_text)
        except ValueError:
            tau = float('nan')
        if not np.isfinite(tau) or tau <= 0:
            raise InputError('{0}: relaxation time "{1}" of {2} must be a positive number of days.',
                             what, tau_text, date_text)
        terms.append((date, tau))
    return sorted(terms)


def years_since(dates, origin):
    """Decimal years of ``dates`` since ``origin``: (date − origin).days / 365.25 [yr]."""
    return np.array([(d - origin).days for d in dates], dtype=float) / DAYS_PER_YEAR


def seasonal_years(dates):
    """Decimal years since 2000-01-01, the argument of seasonal terms [yr]."""
    return years_since(dates, SEASONAL_EPOCH)
