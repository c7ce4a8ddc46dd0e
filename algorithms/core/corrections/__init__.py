"""Corrections of InSAR observations: troposphere, ionosphere and the tie to GNSS.

``tropospheric_delay`` (Saastamoinen zenith and slant delays, reference 003),
``tropospheric_correction`` (weather-model ZTD or phase–elevation removal
from a time series), ``ionosphere`` (split-spectrum separation) and
``gnss_tie`` (offset/plane/quadratic surface fitted to InSAR − GNSS).
"""
