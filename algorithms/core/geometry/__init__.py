"""Observation geometry: line-of-sight unit vectors, metric local frames, phase ↔ displacement.

``line_of_sight`` (incidence/heading → ground-to-satellite unit vector, ENU →
LOS), ``local_frame`` (metric projections centred on a network or source,
pyproj) and ``phase`` (d = −λ/(4π)·φ).
"""
