"""``deformation:mosaicframes`` against simulated truth: three overlapping frames with offsets and ramps.

Scene: a smooth velocity field v (a 25 mm/yr bowl, a sine, a tilt) sampled by three frames with white
noise σ = 1 mm/yr: A (reference, no correction) and B on one 100 m UTM 32N lattice, C in UTM 33N with
150 m pixels (warped onto the output grid), each of B and C with an offset and a ramp (or an offset only).
A, B and C overlap pairwise (a loop), so the fit closes the loop by least squares.

Bounds, derived:

* mosaic − truth: at a pixel, Σw·n/Σw of independent frame noises (each of variance ≤ σ²: bilinear warping
  only lowers it) has variance ≤ σ²; corrections are fitted from ≥ 5000 samples per overlap, with errors
  ≈ √2σ/√5000 = 0.02 mm/yr: RMS ≤ σ·(1 + 4/√(2n)) + 0.05 ≈ 1.07σ for n ≈ 60 000 pixels;
* offsets at the mosaic centre within 0.1 mm/yr (5 × 0.02); gradients: the overlaps span ≥ 4 km
  (standard deviation of the sample coordinates ≥ 1.1 km), √2σ/(√5000·1.1 km) ≈ 0.02 mm/yr/km: within
  0.06 mm/yr/km;
* seams: across each side of each frame, the mean of (mosaic − truth) just inside minus just outside:
  pairs of pixels with independent errors (variance ≤ 2σ²), at most doubled by the along-edge
  correlation of warped pixels: |jump| ≤ 4σ·√(4/n) = 8σ/√n for n pairs.
"""
import csv
import math
import os
import tracemalloc

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
)
from rasters import assert_refused, read_tif, write_tif

from deformation_toolbox.algorithms.core.common.errors import InputError
from deformation_toolbox.algorithms.core.insar import mosaic

X0, Y0, PIXEL = 700000.0, 5000000.0, 100.0       # UTM 32N, upper-left corner of frame A
SIGMA = 1.0                                        # mm/yr
#: true corrections of B and C: offset at the point P, gradients east, north (mm/yr/km)
P = (X0 + 15000.0, Y0 - 11000.0)
TRUE = {'plane': [(0.0, 0.0, 0.0), (6.0, 0.3, -0.2), (-8.0, -0.25, 0.4)],
        'offset': [(0.0, 0.0, 0.0), (6.0, 0.0, 0.0), (-8.0, 0.0, 0.0)]}


def srs(epsg):
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(epsg)
    reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return reference


def truth(x, y):
    dx, dy = (x - (X0 + 14000.0)) / 1000.0, (y - (Y0 - 9000.0)) / 1000.0
    return -25.0 * np.exp(-(dx * dx + dy * dy) / 32.0) + 6.0 * np.sin(dx / 5.0) + 0.2 * dy


def ramp(x, y, correction):
    a, b, e = correction
    return a + b * (x - P[0]) / 1000.0 + e * (y - P[1]) / 1000.0


def centres(geotransform, width, height):
    cols, rows = np.meshgrid(np.arange(width) + 0.5, np.arange(height) + 0.5)
    return geotransform[0] + cols * geotransform[1], geotransform[3] + rows * geotransform[5]


def frame_c_grid():
    """UTM 33N, 150 m pixels, covering x 2–28 km, y −10…−20 km of the UTM 32N scene."""
    to33 = osr.CoordinateTransformation(srs(32632), srs(32633))
    xs, ys = zip(*[to33.TransformPoint(X0 + a, Y0 + b)[:2] for a in (2000, 28000) for b in (-10000, -20000)])
    size = 150.0
    return ((min(xs), size, 0.0, max(ys), 0.0, -size), int((max(xs) - min(xs)) / size),
            int((max(ys) - min(ys)) / size))


def utm32_of_utm33(x, y):
    back = osr.CoordinateTransformation(srs(32633), srs(32632))
    points = np.array(back.TransformPoints(np.column_stack([x.ravel(), y.ravel()]).tolist()))
    return points[:, 0].reshape(x.shape), points[:, 1].reshape(x.shape)


def frame_fields(seed=1):
    """(geotransform, epsg, x, y in UTM 32N, noise) of the three frames."""
    rng = np.random.default_rng(seed)
    frames = []
    for c0, c1 in ((0, 160), (120, 300)):
        geotransform = (X0 + c0 * PIXEL, PIXEL, 0.0, Y0, 0.0, -PIXEL)
        x, y = centres(geotransform, c1 - c0, 130)
        frames.append((geotransform, 32632, x, y, rng.normal(0.0, SIGMA, x.shape)))
    geotransform, width, height = frame_c_grid()
    x, y = utm32_of_utm33(*centres(geotransform, width, height))
    frames.append((geotransform, 32633, x, y, rng.normal(0.0, SIGMA, x.shape)))
    return frames


@pytest.fixture(scope='module')
def scene(tmp_path_factory):
    folder = tmp_path_factory.mktemp('mosaic_frames')
    paths = {}
    for surface, corrections in TRUE.items():
        paths[surface] = [write_tif(folder / f'{surface}_{"abc"[k]}.tif', truth(x, y) + ramp(x, y, corrections[k])
                                    + noise, geotransform, epsg, nodata=float('nan'))
                          for k, (geotransform, epsg, x, y, noise) in enumerate(frame_fields())]
    return {'folder': folder, 'paths': paths}


def read_mosaic(path):
    dataset = gdal.Open(str(path))
    geotransform = dataset.GetGeoTransform()
    values = dataset.GetRasterBand(1).ReadAsArray().astype(float)
    return values, geotransform, dataset.RasterXSize, dataset.RasterYSize


def expected_at_centre(correction, geotransform, width, height):
    """(a, b, e) of a true correction at the mosaic centre (the algorithm's origin of x, y)."""
    cx, cy = geotransform[0] + geotransform[1] * width / 2.0, geotransform[3] + geotransform[5] * height / 2.0
    return ramp(cx, cy, correction), correction[1], correction[2]


def warped_frames(paths, geotransform, width, height):
    """Each frame on the output grid (warped like the algorithm: bilinear, exact), NaN outside it."""
    target = srs(32632).ExportToWkt()
    bounds = (geotransform[0], geotransform[3] + geotransform[5] * height, geotransform[0] + geotransform[1] * width,
              geotransform[3])
    frames = []
    for path in paths:
        warped = gdal.Warp('', path, format='MEM', outputBounds=bounds, width=width, height=height, dstSRS=target,
                           resampleAlg='bilinear', srcNodata=float('nan'), dstNodata=float('nan'),
                           outputType=gdal.GDT_Float64, errorThreshold=0.0)
        frames.append(warped.GetRasterBand(1).ReadAsArray())
    return np.array(frames)


def edge_jumps(error, masks):
    """{(frame, side): (jump, pairs)}: mean of ``error`` just inside the frame minus just outside it, over
    pixel pairs across the frame's edge where the mosaic has a value on both sides (another frame outside)."""
    valid = np.isfinite(error)
    jumps = {}
    for k, mask in enumerate(masks):
        sides = {'east': (mask[:, :-1] & ~mask[:, 1:], (slice(None), slice(None, -1)), (slice(None), slice(1, None))),
                 'west': (~mask[:, :-1] & mask[:, 1:], (slice(None), slice(1, None)), (slice(None), slice(None, -1))),
                 'south': (mask[:-1] & ~mask[1:], (slice(None, -1), slice(None)), (slice(1, None), slice(None))),
                 'north': (~mask[:-1] & mask[1:], (slice(1, None), slice(None)), (slice(None, -1), slice(None)))}
        for side, (edge, inside, outside) in sides.items():
            pairs = edge & valid[inside] & valid[outside]
            if pairs.sum() >= 20:
                difference = error[inside][pairs] - error[outside][pairs]
                jumps[(k, side)] = (float(difference.mean()), int(pairs.sum()))
    return jumps


def read_report(path):
    with open(path, encoding='utf-8') as handle:
        rows = list(csv.DictReader(handle))
    return [r for r in rows if r['table'] == 'frame'], [r for r in rows if r['table'] == 'overlap']


# -- the acceptance test -------------------------------------------------------------------------------
def test_three_frames_with_ramps_mosaic_equals_truth_and_is_seam_free(run_algorithm, scene, tmp_path):
    paths = scene['paths']['plane']
    results = run_algorithm('mosaicframes', {'INPUT': paths, 'SURFACE': 1, 'OUTPUT': str(tmp_path / 'mosaic.tif'),
                                             'OUTPUT_REPORT': str(tmp_path / 'report.csv')})
    values, geotransform, width, height = read_mosaic(results['OUTPUT'])
    assert geotransform[:2] == (X0, PIXEL) and geotransform[3] == Y0 and width == 300   # union, on A's lattice
    error = values - truth(*centres(geotransform, width, height))
    n = int(np.isfinite(error).sum())
    rms = float(np.sqrt(np.nanmean(error ** 2)))
    print(f'mosaic − truth: RMS {rms:.3f} mm/yr (σ = {SIGMA}), mean {np.nanmean(error):+.4f} over {n} pixels')
    assert n > 55_000
    assert rms <= SIGMA * (1 + 4 / math.sqrt(2 * n)) + 0.05
    assert abs(np.nanmean(error)) < 4 * SIGMA / math.sqrt(n) + 0.05

    frames, overlaps = read_report(results['OUTPUT_REPORT'])
    for row in frames:
        k = int(row['frame']) - 1
        expected = expected_at_centre(TRUE['plane'][k], geotransform, width, height)
        estimated = float(row['offset']), float(row['gradient_east']), float(row['gradient_north'])
        print(f'frame {k + 1}: offset {estimated[0]:+.4f} (true {expected[0]:+.4f}), gradients '
              f'{estimated[1]:+.4f} {estimated[2]:+.4f} (true {expected[1]:+.4f} {expected[2]:+.4f}) mm/yr/km')
        assert abs(estimated[0] - expected[0]) < 0.1
        assert abs(estimated[1] - expected[1]) < 0.06 and abs(estimated[2] - expected[2]) < 0.06
    assert len(overlaps) == 3 and all(int(o['pixels']) > 5000 for o in overlaps)
    for row in overlaps:   # differences of two noisy frames: RMS ≤ √2σ, mean ≈ 0
        assert float(row['rms_after']) < math.sqrt(2) * SIGMA * 1.05 < float(row['rms_before'])
        assert abs(float(row['mean_after'])) < 0.1
    assert results['OVERLAPS'] == 3 and results['FRAMES'] == 3
    assert results['RMS_AFTER'] < results['RMS_BEFORE'] / 5 and results['MAX_MEAN_AFTER'] < 0.1

    warped = warped_frames(paths, geotransform, width, height)
    masks = np.isfinite(warped)
    jumps = edge_jumps(error, masks)
    assert len(jumps) >= 5, jumps   # A east, B west, C north (at least) and the edges of A, B over C
    for (k, side), (jump, pairs) in jumps.items():
        print(f'seam frame {k + 1} {side}: {jump:+.3f} mm/yr over {pairs} pixel pairs '
              f'(bound {8 * SIGMA / math.sqrt(pairs):.3f})')
        assert abs(jump) <= 8 * SIGMA / math.sqrt(pairs), (k, side, jump, pairs)
    # the measure sees seams: the plain mean of the uncorrected frames jumps by several mm/yr at the edges
    with np.errstate(invalid='ignore'):
        plain = np.nansum(np.where(masks, warped, 0.0), axis=0) / masks.sum(axis=0)
    plain_jumps = edge_jumps(plain - truth(*centres(geotransform, width, height)), masks)
    print('seams of the plain mean:', {key: round(jump, 2) for key, (jump, _) in plain_jumps.items()})
    assert sum(abs(jump) > 8 * SIGMA / math.sqrt(pairs) for jump, pairs in plain_jumps.values()) >= 5


def test_offsets_through_qgis_process_with_an_html_report(qgis_process, scene, tmp_path):
    output, report = tmp_path / 'mosaic.tif', tmp_path / 'report.html'
    code, results, log = qgis_process.run('mosaicframes', INPUT=scene['paths']['offset'], SURFACE=0,
                                          OUTPUT=str(output), OUTPUT_REPORT=str(report))
    assert code == 0, log
    values, geotransform, width, height = read_mosaic(output)
    error = values - truth(*centres(geotransform, width, height))
    n = int(np.isfinite(error).sum())
    assert float(np.sqrt(np.nanmean(error ** 2))) <= SIGMA * (1 + 4 / math.sqrt(2 * n)) + 0.05
    page = report.read_text(encoding='utf-8')
    assert 'Frame mosaic report' in page and 'offset_c.tif' in page and 'mm/yr' in page
    assert float(results['RMS_AFTER']) < 1.5 * SIGMA < float(results['RMS_BEFORE'])
    assert int(results['OVERLAPS']) == 3


def test_time_series_frames_get_one_correction_per_date(plugin, tmp_path):
    """Two frames of three dates (the second lists them in another order) with offsets 0, 2, 5 mm."""
    dates = ['2020-01-01', '2020-02-01', '2020-03-01']
    rng = np.random.default_rng(7)
    offsets = [0.0, 2.0, 5.0]
    paths = []
    for k, (c0, c1) in enumerate(((0, 80), (60, 140))):
        geotransform = (X0 + c0 * PIXEL, PIXEL, 0.0, Y0, 0.0, -PIXEL)
        x, y = centres(geotransform, c1 - c0, 50)
        bands = [(t + 1) * truth(x, y) / 3 + (offsets[t] if k else 0.0) + rng.normal(0, SIGMA, x.shape)
                 for t in range(3)]
        order = [0, 1, 2] if k == 0 else [2, 0, 1]
        paths.append(write_tif(tmp_path / f'series_{k}.tif', [bands[t] for t in order], geotransform, 32632,
                               descriptions=[dates[t] for t in order],
                               metadata=[{'DATE': dates[t].replace('-', '')} for t in order]))
    import processing  # found once QGIS runs (the plugin fixture)
    out = tmp_path / 'out'
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.run('deformation:mosaicframes', {
        'INPUT': paths, 'OUTPUT': QgsProcessingOutputLayerDefinition(str(out / 'series.tif'), QgsProject.instance()),
        'OUTPUT_REPORT': str(out / 'report.csv')}, context=context, feedback=QgsProcessingFeedback())
    style = context.layerToLoadOnCompletionDetails(results['OUTPUT']).postProcessor()
    layer = QgsRasterLayer(results['OUTPUT'], 'mosaic', 'gdal')
    style.postProcessLayer(layer, context, None)
    assert layer.renderer().band() == 3 and layer.name() == 'Mosaic'     # drawn at its last date
    del style, context
    values, names = read_tif(results['OUTPUT'])
    assert names == dates
    dataset = gdal.Open(results['OUTPUT'])
    assert dataset.GetRasterBand(3).GetMetadataItem('DATE') == '20200301'
    x, y = centres(dataset.GetGeoTransform(), dataset.RasterXSize, dataset.RasterYSize)
    for t in range(3):
        error = values[t] - (t + 1) * truth(x, y) / 3
        assert np.sqrt(np.nanmean(error ** 2)) <= SIGMA * 1.05
    frames, _ = read_report(results['OUTPUT_REPORT'])
    estimated = {row['band']: float(row['offset']) for row in frames if row['frame'] == '2'}
    for date, offset in zip(dates, offsets):   # 1000 samples: √2σ/√1000 = 0.045 mm
        assert abs(estimated[date] - offset) < 0.2, (date, estimated)


# -- bad input, cancel ------------------------------------------------------------------------------------
def test_error_frame_that_overlaps_no_other(run_algorithm, scene, tmp_path):
    values = np.random.default_rng(2).normal(0, 1, (40, 40))
    far = write_tif(tmp_path / 'far_frame.tif', values, (X0 + 80_000.0, PIXEL, 0.0, Y0, 0.0, -PIXEL), 32632)
    message = assert_refused(run_algorithm, 'mosaicframes',
                             {'INPUT': scene['paths']['offset'][:2] + [far], 'OUTPUT': str(tmp_path / 'm.tif'),
                              'OUTPUT_REPORT': str(tmp_path / 'r.csv')},
                             'does not overlap the reference frame', inputs=[far])
    assert 'far_frame.tif' in message and 'offset_a.tif' in message


def test_error_time_series_with_other_dates(run_algorithm, tmp_path):
    arrays = list(np.random.default_rng(4).normal(0, 1, (2, 20, 30)))
    first = write_tif(tmp_path / 'ts_a.tif', arrays, (X0, PIXEL, 0.0, Y0, 0.0, -PIXEL), 32632,
                      descriptions=['2020-01-01', '2020-02-01'])
    second = write_tif(tmp_path / 'ts_b.tif', arrays, (X0 + 2000.0, PIXEL, 0.0, Y0, 0.0, -PIXEL), 32632,
                       descriptions=['2020-01-01', '2020-02-13'])
    message = assert_refused(run_algorithm, 'mosaicframes',
                             {'INPUT': [first, second], 'OUTPUT': str(tmp_path / 'out' / 'm.tif')},
                             'do not share their dates', inputs=[first, second])
    assert '2020-02-01' in message and '2020-02-13' in message and 'ts_b.tif' in message


def test_cancel_leaves_no_output(run_algorithm, scene, tmp_path):
    class Cancelling(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 60:   # while the mosaic is being written
                self.cancel()

    parameters = {'INPUT': scene['paths']['offset'], 'BLOCK_ROWS': 16, 'OUTPUT': str(tmp_path / 'mosaic.tif'),
                  'OUTPUT_REPORT': str(tmp_path / 'report.html')}
    assert_refused(run_algorithm, 'mosaicframes', parameters, 'Cancelled', feedback=Cancelling())
    assert not list(tmp_path.iterdir())


# -- core: robustness, identifiability, memory ---------------------------------------------------------------
def two_frames(folder, height=60, width=(0, 100, 70, 170), offset=3.0, seed=3, outliers=None):
    rng = np.random.default_rng(seed)
    paths = []
    for k, (c0, c1) in enumerate((width[:2], width[2:])):
        geotransform = (X0 + c0 * PIXEL, PIXEL, 0.0, Y0, 0.0, -PIXEL)
        x, y = centres(geotransform, c1 - c0, height)
        values = truth(x, y) + (offset if k else 0.0) + rng.normal(0, SIGMA, x.shape)
        if k and outliers is not None:
            values[outliers] += 40.0          # an unwrapping error in the overlap
        paths.append(write_tif(folder / f'two_{k}.tif', values, geotransform, 32632, nodata=float('nan')))
    return paths


def test_outliers_in_an_overlap_are_dropped(tmp_path):
    patch = (slice(10, 30), slice(5, 25))     # 400 pixels of the 30 × 60 overlap shifted by 40 mm/yr
    paths = two_frames(tmp_path, outliers=patch)
    result = mosaic.mosaic_frames(paths, str(tmp_path / 'm.tif'))
    overlap = result.overlaps[0]
    # a plain mean would be off by 40·400/1800 = 8.9 mm/yr; the fit after dropping them by √2σ/√1400
    assert abs(result.corrections[0, 1, 0] - 3.0) < 0.2
    assert overlap.rejected[0] >= 400 and overlap.used[0] >= 1350


def test_a_plane_needs_overlaps_that_are_not_on_a_line(tmp_path):
    paths = two_frames(tmp_path, width=(0, 100, 99, 170))      # one column in common
    with pytest.raises(InputError, match='cannot fix a plane'):
        mosaic.mosaic_frames(paths, str(tmp_path / 'm.tif'), mosaic.MosaicSettings(surface='plane'))
    with pytest.raises(InputError, match='REFERENCE_FRAME: frame 3 does not exist'):
        mosaic.mosaic_frames(paths, str(tmp_path / 'm.tif'), mosaic.MosaicSettings(reference=2))
    assert not os.path.exists(tmp_path / 'm.tif')


def test_peak_memory_is_flat_in_rows(tmp_path):
    """Numpy's peak during a run (tracemalloc) for frames of 100 and 400 rows, same windows and sample cap."""
    peaks = []
    for height in (100, 400):
        folder = tmp_path / str(height)
        folder.mkdir()
        paths = two_frames(folder, height=height)
        settings = mosaic.MosaicSettings(max_samples=1000, block_rows=16)
        tracemalloc.start()
        mosaic.mosaic_frames(paths, str(folder / 'm.tif'), settings)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    print(f'peak numpy memory: {peaks[0] / 1e6:.2f} MB (100 rows), {peaks[1] / 1e6:.2f} MB (400 rows)')
    assert peaks[1] < 1.3 * peaks[0]


def test_output_crs_and_resolution(scene, tmp_path):
    """The mosaic in UTM 33N with 200 m pixels (every frame warped, A and B averaged 2 × 2) still equals the truth."""
    settings = mosaic.MosaicSettings(surface='plane', crs_wkt=srs(32633).ExportToWkt(), resolution=200.0)
    result = mosaic.mosaic_frames(scene['paths']['plane'], str(tmp_path / 'm.tif'), settings)
    values, geotransform, width, height = read_mosaic(tmp_path / 'm.tif')
    assert result.grid.same_crs(mosaic.Grid(1, 1, geotransform, srs(32633).ExportToWkt()))
    assert geotransform[1] == 200.0 and geotransform[0] % 200.0 == 0.0
    error = values - truth(*utm32_of_utm33(*centres(geotransform, width, height)))
    n = int(np.isfinite(error).sum())
    rms = float(np.sqrt(np.nanmean(error ** 2)))
    print(f'UTM 33N, 200 m: mosaic − truth RMS {rms:.3f} mm/yr over {n} pixels')
    assert n > 12_000 and rms <= SIGMA * (1 + 4 / math.sqrt(2 * n)) + 0.05
