"""``deformation:zonalvelocity`` — velocity statistics per hazard / geology polygon."""
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from .base import DeformationAlgorithm, advanced
from .core.analysis.zonal import STATISTICS, THRESHOLD_MODES, zonal_statistics
from .core.common.errors import InputError
from .core.io.sampling import RasterSampler
from .qgis_compat import field_type


class ZonalVelocityAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'zonalvelocity'
    GROUP_ID = 'analysis'

    INPUT = 'INPUT'
    BAND = 'BAND'
    ZONES = 'ZONES'
    THRESHOLD = 'THRESHOLD'
    THRESHOLD_MODE = 'THRESHOLD_MODE'
    PREFIX = 'PREFIX'
    OUTPUT = 'OUTPUT'

    def displayName(self):  # noqa: N802
        return self.tr('Velocity statistics per zone')

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr('Velocity raster (mm/yr)')))
        # optional with a default: QGIS 3.22 rejects a missing non-optional band even when it has a default
        self.addParameter(QgsProcessingParameterBand(self.BAND, self.tr('Band'), 1, self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr('Zones: hazard or geology polygons'), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr('Threshold for the share of pixels (mm/yr)'),
            QgsProcessingParameterNumber.Type.Double, 5.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.THRESHOLD_MODE, self.tr('Share of pixels with'),
            options=[self.tr('|v| > threshold (either direction)'), self.tr('v > threshold'),
                     self.tr('v < threshold')], defaultValue=0))
        self.addParameter(advanced(QgsProcessingParameterString(
            self.PREFIX, self.tr('Prefix of the statistics fields'), defaultValue='', optional=True)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr('Zones with velocity statistics'), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber('N_ZONES', self.tr('Number of zones')))

    def _fields(self, source, prefix):
        fields = QgsFields(source.fields())
        existing = {name.lower() for name in source.fields().names()}
        for statistic in STATISTICS:
            name = prefix + statistic
            if name.lower() in existing:
                raise InputError(f'{self.ZONES}: "{source.sourceName()}" already has a field "{name}"; '
                                 f'set {self.PREFIX} (for example "v_") so the statistics get other names.')
            fields.append(QgsField(name, field_type('int') if statistic == 'count' else field_type('double')))
        return fields

    def _polygons(self, source, raster_crs, context):
        """(feature, WKB in the raster CRS or None) for every zone."""
        transform = None
        if raster_crs.isValid() and source.sourceCrs().isValid() and raster_crs != source.sourceCrs():
            transform = QgsCoordinateTransform(source.sourceCrs(), raster_crs, context.transformContext())
        zones = []
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                zones.append((feature, None))
                continue
            if QgsWkbTypes.isCurvedType(geometry.wkbType()):
                geometry = QgsGeometry(geometry.constGet().segmentize())
            if transform is not None:
                geometry.transform(transform)
            zones.append((feature, bytes(geometry.asWkb())))
        return zones

    def process(self, parameters, context, feedback, monitor):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        path = self.raster_path(parameters, self.INPUT, context)
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            raise InputError(f'{self.ZONES}: no polygon layer given.')
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise InputError(f'{self.ZONES}: "{source.sourceName()}" is not a polygon layer; choose hazard '
                             'or geology polygons.')
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        mode = THRESHOLD_MODES[self.parameterAsEnum(parameters, self.THRESHOLD_MODE, context)]
        prefix = self.parameterAsString(parameters, self.PREFIX, context) or ''
        fields = self._fields(source, prefix)
        sampler = RasterSampler(path, self.INPUT)
        zones = self._polygons(source, layer.crs(), context)
        statistics = zonal_statistics(sampler, band, [wkb for _, wkb in zones], threshold, mode,
                                      monitor.sub(0.0, 0.95))
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                                 source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for (feature, _), stats in zip(zones, statistics):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + [stats[name] for name in STATISTICS])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        empty = sum(1 for stats in statistics if stats['count'] == 0)
        feedback.pushInfo(self.tr('{0} zones; {1} without any valid pixel; share of pixels with {2} {3} mm/yr')
                          .format(len(zones), empty, {'absolute': '|v| >', 'above': 'v >', 'below': 'v <'}[mode],
                                  threshold))
        monitor.update(1.0)
        return {self.OUTPUT: destination, 'N_ZONES': len(zones)}
