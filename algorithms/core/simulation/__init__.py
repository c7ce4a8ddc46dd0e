"""Synthetic interferogram stacks with known truth, for training, demos and tests.

``stack`` (Mogi inflation, subsidence bowl, co-seismic step, irregular dates,
small-baseline network, coherence-dependent noise) and ``atmosphere``
(power-law turbulent and stratified delay screens).
"""
