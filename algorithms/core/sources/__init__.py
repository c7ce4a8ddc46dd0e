"""Deformation sources in an elastic half-space: forward models, rasters and inversion.

``mogi`` (point pressure source), ``okada`` (rectangular dislocation, Okada
1985), ``rasters`` (forward rasters on a grid), ``joint`` (the joint
nonlinear inversion of several LOS datasets and GNSS for any source model),
``inversion`` (Mogi sources on it), ``fault_inversion`` (a uniform-slip
rectangle on it), ``distributed_slip`` (slip on a fixed plane, smoothing by
ABIC), ``downsampling`` (quadtree/uniform reduction of a LOS raster) and
``noise_covariance`` (covariance of the data noise: covariogram and REML).
"""
