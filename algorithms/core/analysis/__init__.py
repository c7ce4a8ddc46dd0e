"""What the docks and the zonal algorithm compute: point/pixel series, profiles, zonal statistics.

``series`` (time series of pixels and of points with date fields),
``profile`` (values along a line against distance in metres) and ``zonal``
(statistics per polygon).
"""
