"""Rasters in and out: stacks of GDAL rasters read by blocks, grids, writers, resampling and sampling.

``raster_stack`` (RasterStack, Grid, block iteration, atomic float32 writers),
``resampling`` (one raster onto another grid) and ``sampling`` (values at
pixels and map points, for docks and zonal statistics).  Peak memory never
grows with the number of rows.
"""
