"""``deformation:importegms`` — EGMS L2a/L2b/L3 CSV (or the downloaded ZIP) to points and 100 m rasters."""
import tempfile

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from .base import advanced
from .core.geometry.line_of_sight import angles_from_unit_vector
from .core.products import egms
from .core.products.gridding import PointGridder
from .core.products.layers import dated_layer, single_layer
from .product_import import ProductImportAlgorithm
from .qgis_compat import field_type

#: integer fields of the point layer
INTEGER_FIELDS = ('mp_type', 'line', 'pixel')


class ImportEgmsAlgorithm(ProductImportAlgorithm):
    ALGORITHM_ID = 'importegms'

    OUTPUT_POINTS = 'OUTPUT_POINTS'
    POINT_SERIES = 'POINT_SERIES'
    N_POINTS, N_CELLS = 'N_POINTS', 'N_CELLS'
    RASTER_OUTPUTS = ('OUTPUT_VELOCITY', 'OUTPUT_VELOCITY_STD', 'OUTPUT_TIMESERIES', 'OUTPUT_INCIDENCE',
                      'OUTPUT_HEADING', 'OUTPUT_LOS_EAST', 'OUTPUT_LOS_NORTH', 'OUTPUT_LOS_UP', 'OUTPUT_COUNT')

    def displayName(self):  # noqa: N802
        return self.tr('Import EGMS products (L2a, L2b, L3 CSV)')

    def shortDescription(self):  # noqa: N802
        return self.tr('European Ground Motion Service CSV or ZIP files to a point layer and to rasters on the '
                       'EGMS 100 m grid: mean velocity, its 1σ, time series, incidence and heading.')

    def tags(self):
        return super().tags() + ['EGMS', 'Copernicus', 'CSV', 'L2a', 'L2b', 'L3', self.tr('ortho'),
                                 self.tr('grid')]

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input_files(self.tr('EGMS files (.csv, or the .zip as downloaded)'))
        self.add_grid_parameters(self.tr('Cell size of the rasters, in CRS units (EGMS L3: 100 m)'),
                                 self.tr('CRS of the rasters (EGMS: EPSG:3035)'),
                                 QgsCoordinateReferenceSystem(f'EPSG:{egms.EPSG}'))
        self.parameterDefinition(self.RESOLUTION).setDefaultValue(egms.L3_RESOLUTION)
        self.addParameter(advanced(QgsProcessingParameterBoolean(
            self.POINT_SERIES, self.tr('Keep the time series in the point layer (one field D<YYYYMMDD> per date)'),
            True)))
        self.add_block_rows_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POINTS, self.tr('EGMS points'), QgsProcessing.SourceType.TypeVectorPoint, optional=True,
            createByDefault=True))
        self.add_raster_outputs()
        self.addOutput(QgsProcessingOutputNumber(self.N_POINTS, self.tr('Number of points read')))
        self.addOutput(QgsProcessingOutputNumber(self.N_CELLS, self.tr('Number of raster cells with points')))

    # -- the point layer ----------------------------------------------------------------------------
    def _points_sink(self, parameters, context, layout):
        if parameters.get(self.OUTPUT_POINTS) in (None, ''):
            return None, None
        fields = QgsFields()
        fields.append(QgsField('pid', field_type('string')))
        for name in layout.numeric:
            fields.append(QgsField(name, field_type('int' if name in INTEGER_FIELDS else 'double')))
        for name in layout.date_fields:
            fields.append(QgsField(name, field_type('double')))
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT_POINTS, context, fields, QgsWkbTypes.Type.Point,
                                             QgsCoordinateReferenceSystem(f'EPSG:{egms.EPSG}'))
        return (None, None) if sink is None else ((sink, fields), sink_id)

    @staticmethod
    def _write_points(sink, pids, x, y, values, integers):
        sink, fields = sink
        rows = values.astype(object)
        for k in integers:
            rows[:, k] = [int(v) if np.isfinite(v) else None for v in values[:, k]]
        rows[~np.isfinite(values)] = None
        features = []
        for pid, px, py, row in zip(pids, x.tolist(), y.tolist(), rows.tolist()):
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(px, py)))
            feature.setAttributes([pid] + row)
            features.append(feature)
        sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)

    # -- run ----------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback, monitor):
        files = egms.open_products(self.input_files(parameters, context), self.INPUT)
        level, component = files[0].level, files[0].component
        with_series = self.parameterAsBoolean(parameters, self.POINT_SERIES, context)
        layout = egms.point_layout(files, with_series)
        dates = sorted({d for f in files for d in f.dates})
        feedback.pushInfo(self.tr('EGMS {0} ({1}): {2} file(s), {3} dates {4} … {5}').format(
            level, component, len(files), len(dates), dates[0].isoformat(), dates[-1].isoformat()))
        target = self.target_crs(parameters, context, egms.egms_crs_wkt())
        project = egms.projector(target)
        resolution = self.parameterAsDouble(parameters, self.RESOLUTION, context)
        paths = self.output_paths(parameters, context)
        sink, sink_id = self._points_sink(parameters, context, layout)
        integers = {k for k, name in enumerate(layout.numeric) if name in INTEGER_FIELDS}
        with tempfile.TemporaryDirectory(prefix='deformation_egms_') as folder:
            gridder = PointGridder(resolution, target, folder if paths.get('timeseries') else None, len(dates),
                                   self.RESOLUTION)
            total = 0
            for k, source in enumerate(files):
                part = monitor.sub(0.8 * k / len(files), 0.8 * (k + 1) / len(files))
                for chunk in source.chunks(part):
                    x, y = source.column(chunk, 'easting'), source.column(chunk, 'northing')
                    if sink is not None:
                        self._write_points(sink, chunk.pids, x, y, egms.point_values(source, chunk, layout), integers)
                    vectors = egms.unit_vectors(source, chunk) if level != 'L3' else None
                    series = egms.series_on(source, chunk, dates) if gridder.spill is not None else None
                    gridder.add(*project(x, y), source.column(chunk, 'velocity'),
                                source.column(chunk, 'velocity_std'), vectors, series)
                    total += len(chunk.pids)
            feedback.pushInfo(self.tr('{0} points read').format(total))
            results = {} if sink_id is None else {self.OUTPUT_POINTS: sink_id}
            if paths:
                grid = gridder.grid()
                layers = self._layers(gridder, level, dates)
                metadata = {'SOURCE': f'EGMS {level}', 'COMPONENT': component,
                            'FILES': ', '.join(f.name for f in files), 'CELL_SIZE': resolution}
                results.update(self.write_rasters(parameters, context, layers, grid, monitor.sub(0.8, 1.0), metadata))
        results.update({self.N_POINTS: total, self.N_CELLS: int(gridder.statistics.keys.size)})
        return results

    @staticmethod
    def _layers(gridder, level, dates):
        def dense(name):
            values = gridder.raster(name)
            return lambda row0, nrows: values[row0:row0 + nrows]

        layers = [single_layer(key, dense(key)) for key in ('velocity', 'velocity_std', 'count')]
        if level != 'L3':
            vectors = [gridder.raster(key) for key in ('los_east', 'los_north', 'los_up')]
            incidence, heading = angles_from_unit_vector(*vectors, 'right')
            layers += [single_layer(key, dense(key)) for key in ('los_east', 'los_north', 'los_up')]
            layers += [single_layer('incidence', lambda r0, n: incidence[r0:r0 + n]),
                       single_layer('heading', lambda r0, n: heading[r0:r0 + n])]
        if gridder.spill is not None:
            layers.append(dated_layer('timeseries', dates, gridder.series_rows))
        return layers
