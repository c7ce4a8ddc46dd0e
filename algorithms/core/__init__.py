"""QGIS-free numerical core of Deformation Toolbox.

Everything in this package is plain numpy/scipy/numba/pyproj/GDAL so it can be
imported, tested and reused without QGIS (docks, scripts, notebooks).  The
Processing algorithms in the parent package are thin wrappers around it.
"""
