"""GNSS station series: file formats, trajectory models per station, co-seismic offsets.

``formats`` (NGL, SIO, PBO, GEONET F5, RTKLIB, CSV readers, geodetic
conversions), ``timeseries`` (velocity, seasonal terms, steps, outliers)
and ``coseismic`` (offsets from windows around an event, reference 004).
"""
