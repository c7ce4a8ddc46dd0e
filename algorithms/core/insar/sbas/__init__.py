"""SBAS inversion of an interferogram network (GSI's GSITSA, reference 000).

``network`` (dates, pairs, steps, design and roughness operators,
connectivity), ``solve`` (the weighted, smoothed least-squares problem per
pixel), ``atmosphere`` (the same problem with a per-date atmospheric term),
``solution`` (the Solution type, the batch dispatch both solvers share, time
series and quality products), ``abic`` (choice of κ² and ρ) and ``stack``
(the driver that streams a raster stack through them); ``baselines``
(perpendicular baselines per date) and ``network_plot`` (network checks and
the baseline/time plot of ``networkplot``).
"""
