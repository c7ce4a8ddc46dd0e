"""Users' own InSAR products read into the toolbox's conventions (SPEC §2): EGMS, MintPy, LiCSBAS/LiCSAR.

``egms`` (EGMS L2a/L2b/L3 CSV, also zipped as downloaded, streamed in
chunks), ``gridding`` (points onto a grid: cell means, their 1σ and time
series, bounded memory), ``hdf5`` (HDF5 files and attributes), ``mintpy``
(MintPy 1.6 ``timeseries``/``velocity``/``temporalCoherence``/``mask``/
``geometry`` files: geotransform, CRS, masks, reference, azimuth → heading),
``licsbas`` (``cum.h5``, raw ``results/`` files with ``EQA.dem_par``, LiCSAR
frame folders), ``geolocation`` (radar-coordinate data geocoded through
latitude/longitude arrays with GDAL) and ``layers`` (the rasters an import
writes: mm, mm/yr, NaN nodata, dated bands).  Products come in metres,
radians, 8-bit or with zeros for no data; everything leaves here in mm,
mm/yr, degrees and NaN.
"""
