"""Deformation sources in an elastic half-space: forward models, rasters and inversion.

``mogi`` (point pressure source), ``okada`` (rectangular dislocation, Okada
1985), ``rasters`` (forward rasters on a grid), ``inversion`` (nonlinear
least squares for source parameters), ``downsampling`` (quadtree/uniform
reduction of a LOS raster) and ``noise_covariance`` (covariogram of the data
noise).
"""
