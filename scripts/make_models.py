#!/usr/bin/env python3
"""Build the example Processing models in resources/models/ with the QGIS model API.

simulate_and_fit.model3: deformation:simulatestack → deformation:timeseriesfit on the
truth series, with the co-seismic step date as a model input.
"""
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / '.build' / 'plugins'))
os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterString,
)
from qgis.core import QgsProcessingModelChildParameterSource as Source  # noqa: E402
from qgis.PyQt.QtCore import QPointF  # noqa: E402


def with_defaults(child):
    """Give every unset, non-destination parameter its default, as the modeler dialog does."""
    algorithm = QgsApplication.processingRegistry().algorithmById(child.algorithmId())
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or definition.name() in child.parameterSources():
            continue
        if definition.defaultValue() is not None:
            child.addParameterSources(definition.name(), [Source.fromStaticValue(definition.defaultValue())])
    return child


def simulate_and_fit():
    model = QgsProcessingModelAlgorithm('Simulate a stack and fit its truth series', 'Deformation examples',
                                        'simulate_and_fit')
    step = QgsProcessingParameterString('step_date', 'Co-seismic step date (YYYY-MM-DD)', '2020-09-01')
    component = QgsProcessingModelParameter('step_date')
    component.setPosition(QPointF(120, 60))
    model.addModelParameter(step, component)

    simulate = QgsProcessingModelChildAlgorithm('deformation:simulatestack')
    simulate.setChildId('simulate')
    simulate.setDescription('Simulate interferogram stack')
    simulate.setPosition(QPointF(120, 180))
    simulate.addParameterSources('STEP_DATE', [Source.fromModelParameter('step_date')])
    model.addChildAlgorithm(with_defaults(simulate))

    fit = QgsProcessingModelChildAlgorithm('deformation:timeseriesfit')
    fit.setChildId('fit')
    fit.setDescription('Fit trajectory model to time series')
    fit.setPosition(QPointF(120, 300))
    fit.addParameterSources('INPUT', [Source.fromChildOutput('simulate', 'OUTPUT_TRUTH_TIMESERIES')])
    fit.addParameterSources('STEP_DATES', [Source.fromModelParameter('step_date')])
    fit.addParameterSources('PERIODIC', [Source.fromStaticValue([1])])
    output = QgsProcessingModelOutput('velocity', 'Velocity and trajectory parameters')
    output.setChildId('fit')
    output.setChildOutputName('OUTPUT')
    output.setPosition(QPointF(320, 360))
    fit.setModelOutputs({'velocity': output})
    model.addChildAlgorithm(with_defaults(fit))
    return model


def main():
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(app.pkgDataPath(), 'python', 'plugins'))
    from processing.core.Processing import Processing
    Processing.initialize()
    from deformation_toolbox import classFactory
    plugin = classFactory(None)
    plugin.initProcessing()
    target = ROOT / 'resources' / 'models' / 'simulate_and_fit.model3'
    model = simulate_and_fit()
    valid, errors = model.validate()
    if not valid:
        sys.exit('\n'.join(errors))
    if not model.toFile(str(target)):
        sys.exit(f'cannot write {target}')
    print(f'Wrote {target}')
    plugin.unload()
    app.exitQgis()


if __name__ == '__main__':
    main()
