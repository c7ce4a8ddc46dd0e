"""InSAR time series: the SBAS inversion (``sbas``), reference points, trajectory models, decomposition, mosaics.

``reference`` (automatic reference window), ``trajectory`` (per-pixel
polynomial/periodic/step/log models), ``decomposition`` (ascending +
descending LOS → quasi-East and quasi-Up), ``mosaic`` (overlapping frames
merged after a joint least-squares fit of per-frame offsets or planes, with
its report in ``mosaic_report``) and the ``sbas`` subpackage.
"""
