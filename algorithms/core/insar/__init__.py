"""InSAR time series: the SBAS inversion (``sbas``), reference points, trajectory models, decomposition.

``reference`` (automatic reference window), ``trajectory`` (per-pixel
polynomial/periodic/step/log models), ``decomposition`` (ascending +
descending LOS → quasi-East and quasi-Up) and the ``sbas`` subpackage.
"""
