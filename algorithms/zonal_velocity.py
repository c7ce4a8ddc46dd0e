"""``deformation:zonalvelocity`` — velocity statistics per hazard / geology polygon."""
from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
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

from .base import DeformationAlgorithm, advanced, make_fields
from .core.analysis.zonal import STATISTICS, THRESHOLD_MODES, zonal_statistics
from .core.common.errors import InputError
from .core.io.sampling import RasterSampler


class ZonalVelocityAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'zonalvelocity'
    GROUP_ID = 'analysis'
    NO_BAND_INPUTS = ('INPUT',)   # its own BAND parameter

    INPUT = 'INPUT'
    BAND = 'BAND'
    ZONES = 'ZONES'
    THRESHOLD = 'THRESHOLD'
    THRESHOLD_MODE = 'THRESHOLD_MODE'
    PREFIX = 'PREFIX'
    OUTPUT = 'OUTPUT'

    def displayName(self):  # noqa: N802
        return self.tr('Velocity statistics per zone')

    def output_names(self):
        return {self.OUTPUT: self.tr('Velocity per zone')}

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
        existing = {name.lower() for name in source.fields().names()}
        for statistic in STATISTICS:
            name = prefix + statistic
            if name.lower() in existing:
                raise InputError('{0}: "{1}" already has a field "{2}"; set {3} (for example "v_") so the statistics '
                                 'get other names.', self.ZONES, source.sourceName(), name, self.PREFIX)
        return make_fields([(prefix + statistic, 'int' if statistic == 'count' else 'double')
                            for statistic in STATISTICS], base=source.fields())

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

    def _check_zones(self, zones, layer, source, feedback):
        """An empty layer, or zones all outside the raster, are errors; some outside give a warning."""
        if not zones:
            raise InputError('{0}: "{1}" has no feature; give a layer with hazard or geology polygons.',
                             self.ZONES, source.sourceName())
        extent = layer.extent()
        outside = []
        for feature, wkb in zones:
            geometry = QgsGeometry()
            if wkb is not None:
                geometry.fromWkb(wkb)
            if wkb is None or not geometry.boundingBox().intersects(extent):
                outside.append(str(feature.id()))
        if len(outside) == len(zones):
            raise InputError('{0}: none of the {1} zones of "{2}" overlaps {3} "{4}" (raster extent {5} in {6}); '
                             'check that both layers cover the same area and have the right CRS.',
                             self.ZONES, len(zones), source.sourceName(), self.INPUT, layer.name(), extent.toString(1),
                             layer.crs().authid() or 'its CRS')
        if outside:
            feedback.pushWarning(self.tr('Warning: {0} of {1} zones lie outside {2} or have no geometry (feature '
                                         'ids {3}); their statistics are NULL.').format(
                len(outside), len(zones), self.INPUT, ', '.join(outside[:10])))

    def process(self, parameters, context, feedback, monitor):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        path = self.raster_path(parameters, self.INPUT, context)
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            raise InputError('{0}: no polygon layer given.', self.ZONES)
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise InputError('{0}: "{1}" is not a polygon layer; choose hazard or geology polygons.',
                             self.ZONES, source.sourceName())
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        mode = THRESHOLD_MODES[self.parameterAsEnum(parameters, self.THRESHOLD_MODE, context)]
        prefix = self.parameterAsString(parameters, self.PREFIX, context) or ''
        fields = self._fields(source, prefix)
        sampler = RasterSampler(path, self.INPUT)
        zones = self._polygons(source, layer.crs(), context)
        self._check_zones(zones, layer, source, feedback)
        statistics = zonal_statistics(sampler, band, [wkb for _, wkb in zones], threshold, mode,
                                      monitor.sub(0.0, 0.95))
        output = self.feature_output(parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs())
        for (feature, _), stats in zip(zones, statistics):
            output.add_geometry(feature.geometry(), list(feature.attributes()) + [stats[name] for name in STATISTICS])
        empty = sum(1 for stats in statistics if stats['count'] == 0)
        feedback.pushInfo(self.tr('{0} zones; {1} without any valid pixel; share of pixels with {2} {3} mm/yr')
                          .format(len(zones), empty, {'absolute': '|v| >', 'above': 'v >', 'below': 'v <'}[mode],
                                  threshold))
        if empty == len(zones):
            feedback.pushWarning(self.tr('Warning: no zone holds a valid pixel of {0}: every statistic is NULL '
                                         '(count 0).').format(self.INPUT))
        monitor.update(1.0)
        return {self.OUTPUT: output.destination, 'N_ZONES': len(zones)}
