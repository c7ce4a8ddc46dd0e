"""Shared foundations of the core: errors, progress and cancellation, the numba switch, dates, linear algebra.

``errors`` (InputError, Cancelled), ``progress`` (Monitor), ``accel`` (optional
numba with a numpy twin for every kernel), ``dates`` (parsing, decimal years,
date pairs from names), ``linalg`` (batched dense Cholesky), ``banded``
(envelope Cholesky for banded normal matrices) and ``statistics`` (robust
summaries for styling).  Nothing here knows about InSAR or GNSS.
"""
