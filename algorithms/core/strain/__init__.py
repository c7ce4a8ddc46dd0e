"""Horizontal strain rate from GNSS velocities and from line-length changes (reference 002).

``tensor`` (velocity gradient → strain-rate tensor, invariants, principal
axes, 1σ), ``delaunay`` (per triangle), ``gridded`` (Gaussian-weighted per
node) and ``baseline`` (uniform tensor from line-length changes).
"""
