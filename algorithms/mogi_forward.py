"""``deformation:mogiforward`` — East/North/Up/LOS of a Mogi point pressure source."""
from qgis.core import QgsProcessingParameterNumber

from .core.sources.mogi import mogi
from .source_forward import SourceForwardAlgorithm

Double = QgsProcessingParameterNumber.Type.Double


class MogiForwardAlgorithm(SourceForwardAlgorithm):
    ALGORITHM_ID = 'mogiforward'

    VOLUME_CHANGE = 'VOLUME_CHANGE'

    def displayName(self):  # noqa: N802
        return self.tr('Mogi source forward model')

    def source_description(self):
        return self.tr('Source: the point above the centre of the pressure source')

    def add_source_parameters(self):
        self.addParameter(QgsProcessingParameterNumber(
            self.DEPTH, self.tr('Source depth below the surface (m)'), Double, 3000.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.VOLUME_CHANGE, self.tr('Volume change (m³; positive = inflation)'), Double, 1e6,
            minValue=-1e15, maxValue=1e15))

    def source_model(self, parameters, context, x0, y0):
        depth = self.parameterAsDouble(parameters, self.DEPTH, context)
        volume = self.parameterAsDouble(parameters, self.VOLUME_CHANGE, context)
        poisson = self.parameterAsDouble(parameters, self.POISSON, context)
        return lambda x, y: mogi(x, y, x0, y0, depth, volume, poisson)
