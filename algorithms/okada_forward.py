"""``deformation:okadaforward`` — East/North/Up/LOS of a rectangular dislocation (Okada 1985)."""
from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterNumber

from .core.sources.okada import okada, top_edge_from_centroid
from .source_forward import SourceForwardAlgorithm

Double = QgsProcessingParameterNumber.Type.Double


class OkadaForwardAlgorithm(SourceForwardAlgorithm):
    ALGORITHM_ID = 'okadaforward'
    PIXELS_PER_SECOND = 5e5   # measured on 2 cores (Mogi: 1.2e6)

    STRIKE = 'STRIKE'
    DIP = 'DIP'
    RAKE = 'RAKE'
    SLIP = 'SLIP'
    OPENING = 'OPENING'
    LENGTH = 'LENGTH'
    WIDTH = 'WIDTH'
    REFERENCE = 'REFERENCE'
    REFERENCES = ('top-edge centre', 'centroid')

    def displayName(self):  # noqa: N802
        return self.tr('Okada rectangular dislocation forward model')

    def shortDescription(self):  # noqa: N802
        return self.tr('East, north, up and LOS displacement of a rectangular fault (Okada 1985), placed by its '
                       'top-edge centre or its centroid.')

    def tags(self):
        return [self.tr('Okada'), self.tr('fault'), self.tr('earthquake'), self.tr('dislocation'), self.tr('dike'),
                self.tr('sill'), self.tr('forward model')]

    def source_description(self):
        return self.tr("Source: surface projection of the centre of the fault's top edge, or of its centroid "
                       "(see Reference point)")

    def add_source_parameters(self):
        self.addParameter(QgsProcessingParameterEnum(
            self.REFERENCE, self.tr('Reference point of the source point and depth'),
            options=[self.tr('top-edge centre'), self.tr('centroid (centre of the fault plane)')], defaultValue=0))
        for name, label, default, low, high in (
                (self.DEPTH, self.tr('Depth of the reference point: top edge or centroid (m)'), 1000.0, 0.0, 1e6),
                (self.STRIKE, self.tr('Strike, clockwise from north; the fault dips to its right (degrees)'),
                 0.0, -360.0, 360.0),
                (self.DIP, self.tr('Dip (degrees)'), 45.0, 0.0, 90.0),
                (self.RAKE, self.tr('Rake (degrees; 0 left-lateral, 90 reverse, 180 right-lateral, -90 normal)'),
                 90.0, -360.0, 360.0),
                (self.SLIP, self.tr('Slip (m)'), 1.0, -1e4, 1e4),
                (self.OPENING, self.tr('Opening, tensile (m)'), 0.0, -1e4, 1e4),
                (self.LENGTH, self.tr('Length along strike (m)'), 10000.0, 0.001, 1e7),
                (self.WIDTH, self.tr('Width along dip (m)'), 5000.0, 0.001, 1e7)):
            self.addParameter(QgsProcessingParameterNumber(name, label, Double, default, minValue=low,
                                                           maxValue=high))

    def source_model(self, parameters, context, x0, y0):
        values = {name: self.parameterAsDouble(parameters, name, context)
                  for name in (self.DEPTH, self.STRIKE, self.DIP, self.RAKE, self.SLIP, self.OPENING,
                               self.LENGTH, self.WIDTH, self.POISSON)}
        depth = values[self.DEPTH]
        if self.REFERENCES[self.parameterAsEnum(parameters, self.REFERENCE, context)] == 'centroid':
            x0, y0, depth = top_edge_from_centroid(x0, y0, depth, values[self.STRIKE], values[self.DIP],
                                                   values[self.WIDTH], self.DEPTH)
        return lambda x, y: okada(
            x, y, x0, y0, depth, values[self.STRIKE], values[self.DIP], values[self.LENGTH],
            values[self.WIDTH], rake=values[self.RAKE], slip=values[self.SLIP], opening=values[self.OPENING],
            poisson=values[self.POISSON])
