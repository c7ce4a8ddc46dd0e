#!/usr/bin/env python3
"""Build the example Processing models in resources/models/ with the QGIS model API.

simulate_and_fit.model3: deformation:simulatestack → deformation:timeseriesfit on the
truth series, with the co-seismic step date as a model input.

showcase_asc_desc.model3: the whole chain on simulated data — simulate an ascending and a
descending stack (with simulated GNSS stations) → SBAS inversion of each → GNSS correction of
each SBAS velocity (band 1) → ascending/descending decomposition → velocity statistics of the
Up velocity per hazard zone.
"""
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / '.build' / 'plugins'))
os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
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


SHOWCASE_HELP = {
    'ALG_DESC': 'The whole Deformation Toolbox chain on simulated data, to learn the tools or check an '
                'installation: an ascending and a descending interferogram stack are simulated over the same '
                'scene (a Mogi source and a subsidence bowl), each is inverted by SBAS, each SBAS velocity is '
                'tied to simulated GNSS stations, the two corrected LOS velocities are decomposed into East and '
                'Up, and the Up velocity is summarised per hazard zone. Compare the East and Up outputs with the '
                'simulated truth in the truth folder of each stack.',
    'hazard_zones': 'Polygons (hazard or geology zones) over the scene; the sample hazard zones of the plugin '
                    'fit the default scene.',
    'scene_pixels': 'Width and height of the simulated scene in pixels (200 m each).',
    'ALG_CREATOR': 'Deformation Toolbox',
}


def child(model, child_id, algorithm_id, description, position, sources):
    """Add the child ``algorithm_id`` with its parameter ``sources`` ({name: source}), the rest at their defaults."""
    step = QgsProcessingModelChildAlgorithm(algorithm_id)
    step.setChildId(child_id)
    step.setDescription(description)
    step.setPosition(QPointF(*position))
    for name, source in sources.items():
        step.addParameterSources(name, [source])
    model.addChildAlgorithm(with_defaults(step))
    return step


def model_output(model, child_id, output_name, name, description, position):
    step = model.childAlgorithm(child_id)
    output = QgsProcessingModelOutput(name, description)
    output.setChildId(child_id)
    output.setChildOutputName(output_name)
    output.setPosition(QPointF(*position))
    step.setModelOutputs({**step.modelOutputs(), name: output})
    model.setChildAlgorithm(step)


def showcase_asc_desc():
    model = QgsProcessingModelAlgorithm('Showcase: ascending + descending SBAS to East/Up per hazard zone',
                                        'Deformation examples', 'showcase_asc_desc')
    zones = QgsProcessingParameterVectorLayer('hazard_zones', 'Hazard zones (polygons)',
                                              [QgsProcessing.SourceType.TypeVectorPolygon])
    pixels = QgsProcessingParameterNumber('scene_pixels', 'Scene size (pixels)',
                                          QgsProcessingParameterNumber.Type.Integer, 80, minValue=16, maxValue=2000)
    for parameter, position in ((zones, (120, 40)), (pixels, (420, 40))):
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(*position))
        model.addModelParameter(parameter, component)
    size = Source.fromModelParameter('scene_pixels')
    for track, heading, seed, x in (('asc', -10.0, 1, 120), ('desc', -170.0, 2, 520)):
        label = 'ascending' if track == 'asc' else 'descending'
        child(model, f'simulate_{track}', 'deformation:simulatestack', f'1 Simulate the {label} stack', (x, 140), {
            'WIDTH': size, 'HEIGHT': size, 'PIXEL_SIZE': Source.fromStaticValue(200.0),
            'N_DATES': Source.fromStaticValue(40), 'HEADING': Source.fromStaticValue(heading),
            'SEED': Source.fromStaticValue(seed), 'OUTPUT_GNSS': Source.fromStaticValue('TEMPORARY_OUTPUT')})
        child(model, f'sbas_{track}', 'deformation:sbasinversion', f'2 SBAS inversion ({label})', (x, 240), {
            'INTERFEROGRAMS': Source.fromChildOutput(f'simulate_{track}', 'OUTPUT_INTERFEROGRAMS'),
            'COHERENCE': Source.fromChildOutput(f'simulate_{track}', 'OUTPUT_COHERENCE')})
        child(model, f'gnss_{track}', 'deformation:gnsscorrection', f'3 GNSS correction ({label})', (x, 340), {
            'INPUT': Source.fromChildOutput(f'sbas_{track}', 'OUTPUT_VELOCITY'),
            'INPUT_BAND': Source.fromStaticValue(1),
            'GNSS': Source.fromChildOutput(f'simulate_{track}', 'OUTPUT_GNSS'),
            'INCIDENCE_RASTER': Source.fromChildOutput(f'simulate_{track}', 'OUTPUT_INCIDENCE'),
            'HEADING_RASTER': Source.fromChildOutput(f'simulate_{track}', 'OUTPUT_HEADING'),
            'SURFACE': Source.fromStaticValue(0)})
    geometry = {f'{prefix}{angle}_RASTER': Source.fromChildOutput(f'simulate_{track}', f'OUTPUT_{angle}')
                for prefix, track in (('ASC_', 'asc'), ('DESC_', 'desc')) for angle in ('INCIDENCE', 'HEADING')}
    child(model, 'decompose', 'deformation:ascdescdecomposition', '4 East and Up from ascending + descending',
          (320, 440), {'ASCENDING': Source.fromChildOutput('gnss_asc', 'OUTPUT'),
                       'DESCENDING': Source.fromChildOutput('gnss_desc', 'OUTPUT'), **geometry})
    child(model, 'zones', 'deformation:zonalvelocity', '5 Up velocity per hazard zone', (320, 540), {
        'INPUT': Source.fromChildOutput('decompose', 'OUTPUT_UP'), 'ZONES': Source.fromModelParameter('hazard_zones')})
    model_output(model, 'decompose', 'OUTPUT_EAST', 'east', 'East velocity (mm/yr)', (560, 470))
    model_output(model, 'decompose', 'OUTPUT_UP', 'up', 'Up velocity (mm/yr)', (560, 510))
    model_output(model, 'zones', 'OUTPUT', 'zone_statistics', 'Up velocity per hazard zone', (560, 580))
    model_output(model, 'simulate_asc', 'OUTPUT_FOLDER', 'ascending_stack', 'Simulated ascending stack and truth',
                 (-120, 180))
    model_output(model, 'simulate_desc', 'OUTPUT_FOLDER', 'descending_stack', 'Simulated descending stack and truth',
                 (760, 180))
    model.setHelpContent(SHOWCASE_HELP)
    return model


MODELS = {'simulate_and_fit.model3': simulate_and_fit, 'showcase_asc_desc.model3': showcase_asc_desc}


def main():
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(app.pkgDataPath(), 'python', 'plugins'))
    from processing.core.Processing import Processing
    Processing.initialize()
    from deformation_toolbox import classFactory
    plugin = classFactory(None)
    plugin.initProcessing()
    for file_name, build in MODELS.items():
        target = ROOT / 'resources' / 'models' / file_name
        model = build()
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
