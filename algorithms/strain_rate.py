"""``deformation:strainrate`` — horizontal strain rate from GNSS velocities (Delaunay or gridded)."""
import contextlib
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from .base import DeformationAlgorithm, advanced, error_text
from .core.common.errors import InputError
from .core.geometry.local_frame import LocalFrame
from .core.io.raster_stack import RasterWriter, grid_from_origin
from .core.strain.delaunay import MIN_ANGLE, delaunay_strain, rasterize_triangles, triangle_areas
from .core.strain.ellipsoidal import ElementFrames
from .core.strain.gridded import (
    CUTOFF_FACTOR,
    AdaptiveSmoothing,
    automatic_smoothing,
    automatic_spacing,
    grid_over,
    iter_gridded_strain,
)
from .core.strain.tensor import QUANTITIES, axes_scale, check_network, check_sigmas, duplicate_stations, principal_axes
from .qgis_compat import crs_wkt

Double = QgsProcessingParameterNumber.Type.Double
#: the per-element fields of the polygon layer and bands of the raster, in order
PRODUCT_NAMES = list(QUANTITIES) + [f'sigma_{name}' for name in QUANTITIES] + ['smoothing_distance']


def product_fields(names, leading=()):
    """Field specification: ``leading`` (name, kind) pairs, then ``names`` as doubles."""
    return list(leading) + [(name, 'double') for name in names]


#: fields of the principal-axes lines
AXES_FIELDS = [('element', 'int'), ('axis', 'string'), ('strain', 'double'), ('azimuth', 'double'),
               ('kind', 'string')]


def add_axes(output, frame, centres_x, centres_y, products, scale, element_ids):
    """Principal-axes lines (local frame → layer CRS) for elements with finite e1/e2 into ``output``."""
    e1, e2, azimuth = products['e1'], products['e2'], products['azimuth_e1']
    valid = np.isfinite(e1) & np.isfinite(e2) & np.isfinite(azimuth)
    if not valid.any() or scale <= 0:
        return
    starts, ends, names, values, azimuths = principal_axes(
        np.asarray(centres_x)[valid], np.asarray(centres_y)[valid], e1[valid], e2[valid], azimuth[valid], scale)
    sx, sy = frame.inverse(starts[:, 0], starts[:, 1])
    ex, ey = frame.inverse(ends[:, 0], ends[:, 1])
    ids = np.tile(np.asarray(element_ids)[valid], 2)
    for k in range(len(names)):
        output.add_line([(sx[k], sy[k]), (ex[k], ey[k])],
                        [int(ids[k]), names[k], values[k], azimuths[k],
                         'extension' if values[k] >= 0 else 'contraction'])


class StrainRateAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'strainrate'
    GROUP_ID = 'strain'

    INPUT = 'INPUT'
    STATION_FIELD = 'STATION_FIELD'
    VE_FIELD = 'VE_FIELD'
    VN_FIELD = 'VN_FIELD'
    SE_FIELD = 'SE_FIELD'
    SN_FIELD = 'SN_FIELD'
    METHOD = 'METHOD'
    SPACING = 'SPACING'
    SMOOTHING_DISTANCE = 'SMOOTHING_DISTANCE'
    MIN_STATIONS = 'MIN_STATIONS'
    SMOOTHING = 'SMOOTHING'
    WEIGHT_THRESHOLD = 'WEIGHT_THRESHOLD'
    SMOOTHING_MIN = 'SMOOTHING_MIN'
    SMOOTHING_MAX = 'SMOOTHING_MAX'
    MAX_EDGE = 'MAX_EDGE'
    MIN_ANGLE = 'MIN_ANGLE'
    AXES_LENGTH = 'AXES_LENGTH'
    OUTPUT = 'OUTPUT'
    OUTPUT_RASTER = 'OUTPUT_RASTER'
    OUTPUT_AXES = 'OUTPUT_AXES'

    METHODS = ('delaunay', 'gridded')
    SMOOTHING_OPTIONS = ('fixed', 'adaptive')

    def displayName(self):  # noqa: N802
        return self.tr('Strain rate from GNSS velocities')

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr('GNSS velocities (points)'), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.STATION_FIELD, self.tr('Station name field'), 'station', self.INPUT, optional=True))
        numeric = QgsProcessingParameterField.DataType.Numeric
        # optional so that the defaults apply when a field is not named (qgis_process, models);
        # a velocity field missing from the layer is a clear error when the algorithm runs
        for name, label, default in (
                (self.VE_FIELD, self.tr('East velocity field (mm/yr)'), 've'),
                (self.VN_FIELD, self.tr('North velocity field (mm/yr)'), 'vn'),
                (self.SE_FIELD, self.tr('East 1σ field (mm/yr, optional)'), 'se'),
                (self.SN_FIELD, self.tr('North 1σ field (mm/yr, optional)'), 'sn')):
            self.addParameter(QgsProcessingParameterField(name, label, default, self.INPUT, numeric,
                                                          optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr('Method'),
            options=[self.tr('Delaunay triangles'), self.tr('gridded (Gaussian distance weighting)')],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SPACING, self.tr('Grid spacing (m, 0 = about 100 cells across the network)'), Double, 0.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SMOOTHING_DISTANCE, self.tr('Smoothing distance D of the gridded method (m, 0 = automatic)'),
            Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.SMOOTHING, self.tr('Smoothing distance of the gridded method'),
            options=[self.tr('fixed (the distance D above)'),
                     self.tr('adaptive per node (Shen et al. 2015: total weight reaches the threshold)')],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.WEIGHT_THRESHOLD, self.tr('Weighting threshold Wt of the adaptive smoothing (total weight)'),
            Double, 24.0, minValue=0.001))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.SMOOTHING_MIN, self.tr('Smallest adaptive smoothing distance (m)'), Double, 1000.0,
            minValue=0.001)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.SMOOTHING_MAX, self.tr('Largest adaptive smoothing distance (m, 0 = the network size)'), Double,
            0.0, minValue=0.0)))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_STATIONS, self.tr('Minimum number of stations within 2·D of a grid cell'),
            QgsProcessingParameterNumber.Type.Integer, 3, minValue=3))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.MAX_EDGE, self.tr('Drop triangles with an edge longer than (m, 0 = keep all)'), Double, 0.0,
            minValue=0.0)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.MIN_ANGLE, self.tr('Drop sliver triangles with an angle below (degrees)'), Double, MIN_ANGLE,
            minValue=0.0, maxValue=59.0)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.AXES_LENGTH, self.tr('Half-length of a typical principal axis (m, 0 = automatic)'), Double, 0.0,
            minValue=0.0)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr('Strain rate (polygons)'), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_RASTER, self.tr('Strain rate (raster bands)'), optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_AXES, self.tr('Principal strain-rate axes'), QgsProcessing.SourceType.TypeVectorLine))
        for name, label in (('N_STATIONS', self.tr('Number of stations used')),
                            ('N_ELEMENTS', self.tr('Number of triangles or grid cells with a strain rate')),
                            ('SPACING_USED', self.tr('Grid spacing used (m)')),
                            ('SMOOTHING_DISTANCE_USED', self.tr('Smoothing distance used (m)')),
                            ('MAX_SHEAR_PEAK', self.tr('Largest maximum shear strain rate (nanostrain/yr)'))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # -- input ----------------------------------------------------------------
    def stations(self, parameters, context, feedback):
        """Valid stations: (x, y in the layer CRS, table, names, layer CRS)."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise InputError('{0}: no point layer given.', self.INPUT)
        fields = {key: self.parameterAsString(parameters, name, context) or default
                  for key, name, default in (('ve', self.VE_FIELD, 've'), ('vn', self.VN_FIELD, 'vn'),
                                             ('se', self.SE_FIELD, 'se'), ('sn', self.SN_FIELD, 'sn'))}
        points = self.point_table(parameters, self.INPUT, context, fields, optional_fields=('se', 'sn'),
                                  label=self.STATION_FIELD)
        x, y, table = points.x, points.y, points.table
        labels = np.array(points.labels, dtype=object)
        valid = np.isfinite(table['ve']) & np.isfinite(table['vn']) & np.isfinite(x) & np.isfinite(y)
        if not valid.all():
            feedback.pushWarning(self.tr('{0} station(s) without east/north velocity skipped: {1}').format(
                int((~valid).sum()), ', '.join(labels[~valid][:10])))
        table = {key: values[valid] for key, values in table.items()}
        return x[valid], y[valid], table, list(labels[valid]), source.sourceCrs()

    def unique_stations(self, x, y, east, north, table, names, feedback):
        """Stations listed twice merged when identical (a warning), refused when they conflict."""
        keep, note = duplicate_stations(east, north, table['ve'], table['vn'], names, self.INPUT)
        if note:
            feedback.pushWarning(error_text(note))
        return (x[keep], y[keep], east[keep], north[keep], {key: values[keep] for key, values in table.items()},
                [names[k] for k in keep])

    def smoothing(self, parameters, context, east, north, method):
        """The gridded method's smoothing: a distance (m) or an :class:`AdaptiveSmoothing`; None for Delaunay."""
        if method != 'gridded':
            return None
        if self.SMOOTHING_OPTIONS[self.parameterAsEnum(parameters, self.SMOOTHING, context)] == 'adaptive':
            largest = (self.parameterAsDouble(parameters, self.SMOOTHING_MAX, context)
                       or max(np.ptp(east), np.ptp(north)))
            adaptive = AdaptiveSmoothing(self.parameterAsDouble(parameters, self.WEIGHT_THRESHOLD, context),
                                         self.parameterAsDouble(parameters, self.SMOOTHING_MIN, context), largest)
            adaptive.check(len(east))
            return adaptive
        return self.parameterAsDouble(parameters, self.SMOOTHING_DISTANCE, context) or automatic_smoothing(east, north)

    # -- run --------------------------------------------------------------------
    def process(self, parameters, context, feedback, monitor):
        x, y, table, names, crs = self.stations(parameters, context, feedback)
        if len(x) < 3:
            check_network(x, y, self.INPUT, names)
        frame = LocalFrame.around(crs_wkt(crs), x, y, self.INPUT)
        east, north = frame.forward(x, y)
        x, y, east, north, table, names = self.unique_stations(x, y, east, north, table, names, feedback)
        check_network(east, north, self.INPUT, names if len(names) < 3 else None)
        frames = ElementFrames(frame, *frame.to_geographic(east, north))
        if not check_sigmas(table['se'], table['sn'], names, self.INPUT):
            feedback.pushWarning(self.tr('No station 1σ (se, sn): stations weigh equally and the sigma_* '
                                         'outputs are empty.'))
        method = self.METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        spacing = self.parameterAsDouble(parameters, self.SPACING, context) or automatic_spacing(east, north)
        smoothing = self.smoothing(parameters, context, east, north, method)
        feedback.pushInfo(self.tr('{0} stations; elements in their own local frames on the ellipsoid, placed on a '
                                  'local azimuthal equidistant grid centred on {1:.4f}°E {2:.4f}°N; method {3}; '
                                  'spacing {4:g} m').format(len(x), frame.lon0, frame.lat0, method, spacing))
        x0, y_top, width, height = grid_over(east, north, spacing, self.SPACING)
        grid = grid_from_origin(x0, y_top, spacing, width, height, crs_wkt=frame.wkt)
        stations = (east, north, table['ve'], table['vn'], table['se'], table['sn'])
        fields = product_fields(PRODUCT_NAMES, (('stations', 'string'), ('n_stations', 'int'),
                                                ('area_km2', 'double')))
        sink = self.feature_output(parameters, self.OUTPUT, context, fields, 'polygon', crs)
        axes_sink = self.feature_output(parameters, self.OUTPUT_AXES, context, AXES_FIELDS, 'line', crs)
        raster = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context)
        outputs = _Outputs(frame, frames, grid, sink, axes_sink, raster,
                           self.parameterAsDouble(parameters, self.AXES_LENGTH, context))
        if method == 'delaunay':
            count, peak = self._delaunay(stations, x, y, names, outputs, feedback, monitor,
                                         max_edge=self.parameterAsDouble(parameters, self.MAX_EDGE, context),
                                         min_angle=self.parameterAsDouble(parameters, self.MIN_ANGLE, context))
        else:
            min_stations = self.parameterAsInt(parameters, self.MIN_STATIONS, context)
            if isinstance(smoothing, AdaptiveSmoothing):
                feedback.pushInfo(self.tr('Adaptive smoothing distance (Shen et al. 2015): total weight {0:g}, D '
                                          'between {1:g} and {2:g} m').format(
                    smoothing.threshold, smoothing.minimum, smoothing.maximum))
            else:
                feedback.pushInfo(self.tr('Smoothing distance {0:g} m; cells need {1} stations within {2:g} m').format(
                    smoothing, min_stations, CUTOFF_FACTOR * smoothing))
            count, peak, smoothing = self._gridded(stations, outputs, smoothing, min_stations, monitor)
        if count == 0:
            feedback.pushWarning(self.tr('No triangle or grid cell has a strain rate: add stations, or raise '
                                         '{0} or lower {1}.').format(self.quoted_label('SMOOTHING_DISTANCE'),
                                                                     self.quoted_label('MIN_STATIONS')))
        results = {self.OUTPUT: sink.destination, self.OUTPUT_AXES: axes_sink.destination, 'N_STATIONS': len(x),
                   'N_ELEMENTS': count, 'SPACING_USED': spacing, 'SMOOTHING_DISTANCE_USED': smoothing,
                   'MAX_SHEAR_PEAK': peak}
        if raster:
            results[self.OUTPUT_RASTER] = raster
        return results

    def _delaunay(self, stations, x, y, names, out, feedback, monitor, max_edge, min_angle):
        result = delaunay_strain(*stations, max_edge=max_edge, role=self.INPUT, monitor=monitor.sub(0.0, 0.2),
                                 frames=out.frames, min_angle=min_angle)
        triangulation, kept, centroids, products = result
        if result.slivers:
            feedback.pushWarning(self.tr('{0} sliver triangle(s) with an angle below {1:g}° dropped (their strain '
                                         'would be noise amplified; {2})').format(result.slivers, min_angle,
                                                                      self.quoted_label('MIN_ANGLE')))
        products = dict(products, smoothing_distance=np.full(len(kept), np.nan))
        simplices = triangulation.simplices[kept]
        area = triangle_areas(stations[0], stations[1], simplices)
        step = max(1, len(kept) // 50)
        for k, vertices in enumerate(simplices):
            out.sink.add_polygon([(x[v], y[v]) for v in vertices],
                                 [','.join(names[v] for v in vertices), 3, area[k] / 1e6]
                                 + [products[name][k] for name in PRODUCT_NAMES])
            if k % step == 0:
                monitor.update(0.2 + 0.4 * k / len(kept))
        scale = axes_scale(np.median(np.sqrt(area)), products['e1'], products['e2'], out.axes_length)
        add_axes(out.axes_sink, out.frame, centroids[:, 0], centroids[:, 1], products, scale, np.arange(len(kept)))
        if out.raster:
            with RasterWriter(out.raster, out.grid, PRODUCT_NAMES, self.OUTPUT_RASTER, units='nanostrain/yr',
                              metadata={'METHOD': 'delaunay'}) as writer:
                for row0 in range(out.grid.height):
                    xs, ys = out.grid.coordinates(row0, 1)
                    block = rasterize_triangles(triangulation, kept, products, xs, ys)
                    writer.write(row0, np.stack([block[name] for name in PRODUCT_NAMES]))
                    monitor.update(0.6 + 0.4 * (row0 + 1) / out.grid.height)
        return len(kept), float(np.nanmax(products['max_shear']))

    def _gridded(self, stations, out, smoothing, min_stations, monitor):
        """Grid cells as polygons, axes and raster bands; (count, peak max_shear, smoothing distance used)."""
        grid = out.grid
        spacing = grid.pixel_size[0]
        half = spacing / 2.0
        count, peak, scale, distances = 0, np.nan, None, []
        adaptive = isinstance(smoothing, AdaptiveSmoothing)
        label = f'adaptive Wt={smoothing.threshold:g}' if adaptive else f'{smoothing:g}'
        writer = (RasterWriter(out.raster, grid, PRODUCT_NAMES, self.OUTPUT_RASTER, units='nanostrain/yr',
                               metadata={'METHOD': 'gridded', 'SMOOTHING_DISTANCE': label})
                  if out.raster else None)
        with writer or contextlib.nullcontext():
            for row0, _nrows, gx, gy, products, counts in iter_gridded_strain(
                    *stations, (grid.geotransform[0], grid.geotransform[3], grid.width, grid.height, spacing),
                    smoothing, min_stations, monitor=monitor, frames=out.frames):
                if writer is not None:
                    writer.write(row0, np.stack([products[name] for name in PRODUCT_NAMES]))
                flat = {name: values.ravel() for name, values in products.items()}
                valid = np.flatnonzero(np.isfinite(flat['exx']))
                if valid.size == 0:
                    continue
                if scale is None:
                    # fixed on the first rows with values so all axes share one scale
                    scale = axes_scale(spacing, flat['e1'][valid], flat['e2'][valid], out.axes_length)
                cx, cy = gx.ravel()[valid], gy.ravel()[valid]
                corners_x = np.stack([cx - half, cx + half, cx + half, cx - half], axis=1)
                corners_y = np.stack([cy + half, cy + half, cy - half, cy - half], axis=1)
                lx, ly = out.frame.inverse(corners_x, corners_y)
                element_ids = row0 * grid.width + valid
                for k, index in enumerate(valid):
                    out.sink.add_polygon([(lx[k, c], ly[k, c]) for c in (0, 1, 2, 3)],
                                         [None, int(counts.ravel()[index]), spacing * spacing / 1e6]
                                         + [flat[name][index] for name in PRODUCT_NAMES])
                add_axes(out.axes_sink, out.frame, cx, cy, {k: flat[k][valid] for k in ('e1', 'e2', 'azimuth_e1')},
                         scale, element_ids)
                count += valid.size
                peak = np.fmax(peak, np.nanmax(flat['max_shear'][valid]))
                distances.append(flat['smoothing_distance'][valid])
        used = float(np.median(np.concatenate(distances))) if distances else (None if adaptive else smoothing)
        return count, float(peak), used


@dataclass
class _Outputs:
    """Where :class:`StrainRateAlgorithm` writes: frames, grid, feature outputs, raster path."""

    frame: object
    frames: object
    grid: object
    sink: object
    axes_sink: object
    raster: str
    axes_length: float
