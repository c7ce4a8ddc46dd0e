"""Horizontal strain rate from GNSS velocities and from line-length changes (reference 002).

``tensor`` (velocity gradient → strain-rate tensor, invariants, principal
axes, 1σ, network checks), ``ellipsoidal`` (each element fitted in its own
local frame on the ellipsoid: rigid rotation + uniform strain), ``delaunay``
(per triangle), ``gridded`` (distance-weighted per node, fixed or adaptive
smoothing distance) and ``baseline`` (uniform tensor from line-length changes).
"""
