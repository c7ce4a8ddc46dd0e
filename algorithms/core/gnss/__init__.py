"""GNSS station series: file formats, trajectory models per station, noise, robust velocities, co-seismic offsets.

``formats`` (NGL, SIO, PBO, GEONET F5, RTKLIB, CSV readers, geodetic
conversions), ``timeseries`` (velocity, seasonal terms, steps, outliers),
``noise`` (white + power-law noise by maximum likelihood, GLS trajectories),
``midas`` (robust median of one-year slopes) and ``coseismic`` (offsets from
windows around an event, reference 004).
"""
