"""Issue 16, "lose nothing, say why": a catalogue of bad inputs across every algorithm.

Each row of :data:`CASES` spoils one parameter of a valid run (:data:`BASE`) and names the outcome
it must get:

* ``error``   — ``QgsProcessingException`` whose message names the parameter (its ID first), the value
  and what is accepted (the row's pattern); no Processing boiler-plate, no traceback, no leftover;
* ``warning`` — the run succeeds and a warning (the row's pattern) says what looks wrong;
* ``handled`` — the run does the sensible thing (the row's ``check`` proves it);
* ``science`` — cases in the strain, GNSS-format and source modules, listed for the count and tested with
  their science in tests/test_reliability_science.py, test_mogi.py and test_okada.py (skipped here).

Every case also checks that the inputs are byte-identical afterwards and that no output, ``.partial``
file or staging folder is left after an error or a cancel.  :func:`test_catalogue_counts` prints the
count per outcome class (the table of the report).
"""
import collections
import dataclasses
import os
import re

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from rasters import file_digest, read_tif
from reliability_inputs import GEOTRANSFORM, SERIES_DATES, X0, Y0, Inputs, velocity_field

ERROR, WARNING, HANDLED, SCIENCE = 'error', 'warning', 'handled', 'science'
#: a message must start with the parameter ID(s) it is about
PARAMETER_FIRST = re.compile(r'^[A-Z][A-Z0-9_]*([,/] ?[A-Z][A-Z0-9_]*)*:? ')
#: what a clear message never contains
VAGUE = ('Incorrect parameter value', 'Traceback', 'Unexpected error', 'Unable to load', 'Error executing')
READ_ONLY = '/sys/deformation-toolbox-test'   # not writable, not even by root


@dataclasses.dataclass
class Case:
    name: str
    algorithm: str
    change: object                 # (inputs, out) → {parameter: value (None: remove)}
    outcome: str
    expect: str = ''               # regex: the error message, or a warning (warning), or a log line
    check: object = None           # (results, inputs, out, log) → assertions (handled)
    cancel_at: float = None        # cancel when the progress passes this percentage
    setup: object = None           # (inputs, out) → prepare the output folder
    note: str = ''


def forward_outputs(out):
    return {f'OUTPUT_{c}': str(out / f'{c.lower()}.tif') for c in ('EAST', 'NORTH', 'UP', 'LOS')}


def decomposition_outputs(out):
    return {name: str(out / f'{name.lower()}.tif')
            for name in ('OUTPUT_EAST', 'OUTPUT_UP', 'OUTPUT_EAST_STD', 'OUTPUT_UP_STD')}


SOURCE = f'{X0 + 1000},{Y0 - 800} [EPSG:32654]'
EXTENT = f'{X0},{X0 + 2000},{Y0 - 1600},{Y0} [EPSG:32654]'

#: a valid run of every algorithm on the small inputs
BASE = {
    'simulatestack': lambda f, out: {'WIDTH': 12, 'HEIGHT': 10, 'N_DATES': 4, 'LINKS': 1, 'OUTPUT_FOLDER': str(
        out / 'stack')},
    'timeseriesfit': lambda f, out: {'INPUT': [f.series], 'PERIODIC': [0], 'OUTPUT': str(out / 'fit.tif')},
    'sbasinversion': lambda f, out: {
        'INTERFEROGRAMS': f.interferograms, 'COHERENCE': f.coherence, 'SMOOTHING': 0, 'ATMOSPHERE': 0,
        'OUTPUT_TIMESERIES': str(out / 'ts.tif'), 'OUTPUT_VELOCITY': str(out / 'velocity.tif'),
        'OUTPUT_QUALITY': str(out / 'quality.tif')},
    'gnsstimeseries': lambda f, out: {'INPUT_FILES': [f.gnss_file], 'OUTPUT': str(out / 'velocities.gpkg')},
    'coseismicoffset': lambda f, out: {'INPUT_FILES': [f.gnss_file], 'EVENT_TIME': '2016-04-16 00:00',
                                       'WINDOW_BEFORE': 240, 'WINDOW_AFTER': 240,
                                       'OUTPUT': str(out / 'offsets.gpkg')},
    'troposphericdelay': lambda f, out: {'DEM': f.dem, 'OUTPUT': str(out / 'delay.tif')},
    'troposphericcorrection': lambda f, out: {'INPUT': [f.series], 'METHOD': 1, 'DEM': f.dem,
                                              'OUTPUT': str(out / 'corrected.tif'),
                                              'OUTPUT_DELAY': str(out / 'delay.tif')},
    'gnsscorrection': lambda f, out: {'INPUT': f.velocity, 'GNSS': f.stations, 'SURFACE': 0,
                                      'OUTPUT': str(out / 'corrected.tif'), 'OUTPUT_SURFACE': str(out / 'surface.tif'),
                                      'OUTPUT_RESIDUALS': str(out / 'residuals.gpkg')},
    'splitspectrum': lambda f, out: {'LOW_BAND': f.interferograms[0], 'HIGH_BAND': f.interferograms[1],
                                     'CENTER_FREQUENCY': 1257.5, 'LOW_FREQUENCY': 1236.5, 'HIGH_FREQUENCY': 1278.5,
                                     'OUTPUT_IONOSPHERE': str(out / 'iono.tif'),
                                     'OUTPUT_NONDISPERSIVE': str(out / 'nondispersive.tif')},
    'zonalvelocity': lambda f, out: {'INPUT': f.velocity, 'ZONES': f.zones, 'OUTPUT': str(out / 'zones.gpkg')},
    'mogiforward': lambda f, out: {'SOURCE': SOURCE, 'EXTENT': EXTENT, 'RESOLUTION': 100.0, **forward_outputs(out)},
    'okadaforward': lambda f, out: {'SOURCE': SOURCE, 'EXTENT': EXTENT, 'RESOLUTION': 100.0, 'LENGTH': 1000.0,
                                    'WIDTH': 500.0, **forward_outputs(out)},
    'mogiinversion': lambda f, out: {'LOS': f.mogi_los, 'STARTS': 2, 'NOISE_MODEL': 0, 'MAX_POINTS': 100,
                                     'OUTPUT_SOURCE': str(out / 'source.gpkg'), 'OUTPUT_MODEL': str(out / 'model.tif'),
                                     'OUTPUT_RESIDUAL': str(out / 'residual.tif')},
    'ascdescdecomposition': lambda f, out: {'ASCENDING': f.velocity, 'DESCENDING': f.desc_velocity,
                                            **decomposition_outputs(out)},
    'strainrate': lambda f, out: {'INPUT': f.stations, 'OUTPUT': str(out / 'strain.gpkg'),
                                  'OUTPUT_AXES': str(out / 'axes.gpkg'), 'OUTPUT_RASTER': str(out / 'strain.tif')},
    'baselinestrain': lambda f, out: {'INPUT': f.baselines, 'OUTPUT': str(out / 'tensor.gpkg'),
                                      'OUTPUT_AXES': str(out / 'axes.gpkg')},
    'networkplot': lambda f, out: {'INTERFEROGRAMS': f.interferograms, 'COHERENCE': f.coherence,
                                   'OUTPUT_PLOT': str(out / 'network.png'), 'OUTPUT': str(out / 'network.gpkg')},
    'mosaicframes': lambda f, out: {'INPUT': [f.velocity, f.desc_velocity], 'SURFACE': 0,
                                    'OUTPUT': str(out / 'mosaic.tif')},
}

#: the main input of each algorithm: (parameter, kind), kind raster | rasters | vector | files
MAIN_INPUT = {
    'timeseriesfit': ('INPUT', 'rasters'), 'sbasinversion': ('INTERFEROGRAMS', 'rasters'),
    'gnsstimeseries': ('INPUT_FILES', 'files'), 'coseismicoffset': ('INPUT_FILES', 'files'),
    'troposphericdelay': ('DEM', 'raster'), 'troposphericcorrection': ('INPUT', 'rasters'),
    'gnsscorrection': ('INPUT', 'raster'), 'splitspectrum': ('LOW_BAND', 'raster'),
    'zonalvelocity': ('INPUT', 'raster'), 'mogiinversion': ('LOS', 'raster'),
    'ascdescdecomposition': ('ASCENDING', 'raster'), 'strainrate': ('INPUT', 'vector'),
    'baselinestrain': ('INPUT', 'vector'), 'mogiforward': ('TEMPLATE', 'raster'),
    'okadaforward': ('TEMPLATE', 'raster'), 'networkplot': ('INTERFEROGRAMS', 'rasters'),
    'mosaicframes': ('INPUT', 'rasters'),
}
#: the first file output of each algorithm, and its extension
MAIN_OUTPUT = {
    'timeseriesfit': 'OUTPUT', 'sbasinversion': 'OUTPUT_TIMESERIES', 'gnsstimeseries': 'OUTPUT',
    'coseismicoffset': 'OUTPUT', 'troposphericdelay': 'OUTPUT', 'troposphericcorrection': 'OUTPUT',
    'gnsscorrection': 'OUTPUT', 'splitspectrum': 'OUTPUT_IONOSPHERE', 'zonalvelocity': 'OUTPUT',
    'mogiforward': 'OUTPUT_EAST', 'okadaforward': 'OUTPUT_EAST', 'mogiinversion': 'OUTPUT_SOURCE',
    'ascdescdecomposition': 'OUTPUT_EAST', 'strainrate': 'OUTPUT', 'baselinestrain': 'OUTPUT',
    'networkplot': 'OUTPUT', 'mosaicframes': 'OUTPUT',
}
VECTOR_OUTPUTS = {('gnsstimeseries', 'OUTPUT'), ('coseismicoffset', 'OUTPUT'), ('zonalvelocity', 'OUTPUT'),
                  ('mogiinversion', 'OUTPUT_SOURCE'), ('strainrate', 'OUTPUT'), ('baselinestrain', 'OUTPUT'),
                  ('networkplot', 'OUTPUT')}
#: a number parameter of each algorithm: (name, a value outside its range, the pattern of what is accepted)
NUMBERS = {
    'simulatestack': ('N_DATES', 2, 'a whole number from 3 to 2000'),
    'timeseriesfit': ('POLYNOMIAL', 7, 'a whole number from 1 to 3'),
    'sbasinversion': ('WAVELENGTH', 0, 'of at least 1: the radar wavelength in mm'),
    'gnsstimeseries': ('OUTLIER_THRESHOLD', -1, 'of at least 0'),
    'coseismicoffset': ('WINDOW_BEFORE', 0, 'of at least 1e-06'),
    'troposphericdelay': ('HUMIDITY', 150, 'from 0 to 100: the relative humidity in %'),
    'troposphericcorrection': ('INCIDENCE', 90, 'from 0 to 89.999: the incidence angle'),
    'gnsscorrection': ('RADIUS', -5, 'of at least 0'),
    'splitspectrum': ('LOW_FREQUENCY', -1, 'of at least 0'),
    'zonalvelocity': ('THRESHOLD', 'fast', 'a number'),
    'mogiforward': ('DEPTH', 0, 'of at least 1: the source depth below the surface in metres'),
    'okadaforward': ('DIP', 95, 'from 0 to 90'),
    'mogiinversion': ('POISSON', 0.6, "from 0 to 0.4999: Poisson's ratio"),
    'ascdescdecomposition': ('DESC_INCIDENCE', 90, 'from 0 to 89.999: the incidence angle'),
    'strainrate': ('MIN_STATIONS', 2, 'a whole number of at least 3'),
    'baselinestrain': ('AXES_LENGTH', -1, 'of at least 0'),
    'mosaicframes': ('SAMPLES', 5, 'a whole number of at least 100'),
}
NAN_NUMBERS = {
    'simulatestack': 'PIXEL_SIZE', 'timeseriesfit': 'BLOCK_ROWS', 'sbasinversion': 'LOOKS',
    'gnsstimeseries': 'OUTLIER_THRESHOLD', 'coseismicoffset': 'WINDOW_AFTER', 'troposphericdelay': 'TEMPERATURE',
    'troposphericcorrection': 'INCIDENCE', 'gnsscorrection': 'HEADING', 'splitspectrum': 'CENTER_FREQUENCY',
    'zonalvelocity': 'THRESHOLD', 'mogiforward': 'HEADING', 'okadaforward': 'STRIKE', 'mogiinversion': 'LOS_SIGMA',
    'ascdescdecomposition': 'ASC_HEADING', 'strainrate': 'SPACING', 'baselinestrain': 'AXES_LENGTH',
    'mosaicframes': 'RESOLUTION',
}


# -- checks of handled cases ----------------------------------------------------------------------------------
def output_exists(name):
    def check(results, f, out, log):
        assert os.path.isfile(str(results[name]).split('|')[0]), results[name]
    return check


def velocity_recovered(results, f, out, log):
    bands, names = read_tif(results['OUTPUT'])
    velocity = bands[names.index('velocity')]
    np.testing.assert_allclose(velocity, velocity_field(), atol=1e-3)   # float32 series: ~1e-5 mm/yr


def user_files_kept(results, f, out, log):
    folder = out / 'project'
    assert (folder / 'interferograms' / 'my_notes.txt').read_text() == 'keep me'
    assert (folder / 'interferograms' / '20990101_20990113.tif').read_bytes() == b'mine'
    assert results['OUTPUT_FOLDER'] == str(folder / 'simulatestack-2')
    assert len(results['OUTPUT_INTERFEROGRAMS']) == 3


def prepare_project(f, out):
    folder = out / 'project' / 'interferograms'
    folder.mkdir(parents=True)
    (folder / 'my_notes.txt').write_text('keep me')
    (folder / '20990101_20990113.tif').write_bytes(b'mine')


def prepare_file(name):
    def setup(f, out):
        (out / name).write_text('not a folder')
    return setup


def template_grid_used(results, f, out, log):
    data, _ = read_tif(results['OUTPUT_EAST'])
    assert data.shape[1:] == (16, 20) and np.isfinite(data).all()


def zonal_partly_outside(results, f, out, log):
    layer = QgsVectorLayer(results['OUTPUT'], 'zones', 'ogr')
    counts = {feature['name']: feature['count'] for feature in layer.getFeatures()}
    assert counts['west'] > 0 and counts['east'] > 0 and counts['far'] == 0


def nan_station_skipped(results, f, out, log):
    assert results['N_STATIONS'] == 7


# -- the catalogue ----------------------------------------------------------------------------------------------
def generic_cases():
    """The same bad inputs for every algorithm (inputs, outputs, numbers, cancel)."""
    cases = []
    for algorithm, (name, kind) in MAIN_INPUT.items():
        many = kind in ('rasters', 'files')
        extension = {'raster': '.tif', 'rasters': '.tif', 'vector': '.gpkg', 'files': '.tenv3'}[kind]

        def value(path, many=many):
            return [path] if many else path
        cases.append(Case(f'{algorithm}-missing-input', algorithm,
                          lambda f, out, n=name, v=value, e=extension: {n: v(f.path('missing' + e))},
                          ERROR, rf'^{name}: ".*missing{extension}" does not exist; choose an existing'))
        if kind in ('raster', 'rasters'):
            cases.append(Case(f'{algorithm}-text-file-named-tif', algorithm,
                              lambda f, out, n=name, v=value: {n: v(f.text_tif)}, ERROR,
                              rf'^{name}: ".*not_a_raster.tif" is truncated or not a raster GDAL can read'))
            cases.append(Case(f'{algorithm}-truncated-geotiff', algorithm,
                              lambda f, out, n=name, v=value: {n: v(f.truncated)}, ERROR,
                              rf'^{name}: ".*truncated.tif" is truncated or not a raster'))
        elif kind == 'vector':
            cases.append(Case(f'{algorithm}-text-file-named-gpkg', algorithm,
                              lambda f, out, n=name: {n: f.text_gpkg}, ERROR,
                              rf'^{name}: ".*not_a_layer.gpkg" is truncated or not a vector layer'))
        else:
            cases.append(Case(f'{algorithm}-binary-file', algorithm, lambda f, out, n=name: {n: [f.gnss_binary]},
                              ERROR, rf'^{name}: .*BINR.tenv3'))
        if kind in ('raster', 'rasters') and algorithm not in ('mogiforward', 'okadaforward'):
            nan = 'series_all_nan' if algorithm in ('timeseriesfit', 'troposphericcorrection') else 'all_nan'
            if algorithm not in ('sbasinversion', 'networkplot'):   # a whole-NaN file has no date pair
                cases.append(Case(f'{algorithm}-all-nan-input', algorithm,
                                  lambda f, out, n=name, v=value, a=nan: {n: v(getattr(f, a))}, ERROR,
                                  rf'^{name}: .* has no valid pixel'))
    for algorithm, output in MAIN_OUTPUT.items():
        vector = (algorithm, output) in VECTOR_OUTPUTS
        extension = '.gpkg' if vector else '.tif'
        if algorithm in MAIN_INPUT and MAIN_INPUT[algorithm][1] != 'files':
            name = MAIN_INPUT[algorithm][0]
            cases.append(Case(f'{algorithm}-output-is-the-input', algorithm,
                              lambda f, out, a=algorithm, n=name, o=output: _over_input(BASE[a](f, out), n, o, f),
                              ERROR, rf'^{output}: ".*" is also the input {name}; writing it would destroy the '
                                     'input'))
        cases.append(Case(f'{algorithm}-output-is-a-folder', algorithm, lambda f, out, o=output: {o: str(out)},
                          ERROR, rf'^{output}: ".*" is a folder; give a file name'))
        cases.append(Case(f'{algorithm}-output-read-only', algorithm,
                          lambda f, out, o=output, e=extension: {o: f'{READ_ONLY}/result{e}'},
                          ERROR, rf'^{output}: cannot write ".*": the folder "/sys" is not writable'))
        cases.append(Case(f'{algorithm}-output-in-missing-folder', algorithm,
                          lambda f, out, o=output, e=extension: {o: str(out / 'new' / 'deeper' / f'result{e}')},
                          HANDLED, check=output_exists(output), note='missing parent folders are made'))
        cases.append(Case(f'{algorithm}-output-beside-a-file-blocking-its-folder', algorithm,
                          lambda f, out, o=output, e=extension: {o: str(out / 'blocker' / f'result{e}')},
                          ERROR, rf'^{output}: cannot write ".*": ".*blocker" is a file',
                          setup=prepare_file('blocker')))
    for algorithm in BASE:
        cases.append(Case(f'{algorithm}-cancelled', algorithm, lambda f, out: {}, ERROR, '^Cancelled: no output',
                          cancel_at=0.0))
        if algorithm not in NUMBERS:   # networkplot has no number parameter
            continue
        name, bad, accepted = NUMBERS[algorithm]
        cases.append(Case(f'{algorithm}-{name.lower()}-out-of-range', algorithm,
                          lambda f, out, n=name, b=bad: {n: b}, ERROR,
                          rf'^{name}: "?{re.escape(str(bad))}"? is not (accepted|a number); give '
                          rf'.*{re.escape(accepted)}'))
        nan_name = NAN_NUMBERS[algorithm]
        cases.append(Case(f'{algorithm}-{nan_name.lower()}-nan', algorithm, lambda f, out, n=nan_name: {n: 'nan'},
                          ERROR, rf'^{nan_name}: nan is not a usable number; give '))
    return cases


def _over_input(parameters, name, output, f):
    """The output ``output`` pointed at the (first) file of the input ``name``."""
    value = parameters.get(name)
    if value is None:   # TEMPLATE is optional: give one for the case
        return {name: f.velocity, 'EXTENT': None, output: f.velocity}
    return {output: value[0] if isinstance(value, list) else value}


def with_template(f, out):
    return {'TEMPLATE': f.velocity, 'EXTENT': None}


SPECIFIC = [
    # -- data loss (the three of the issue) and overlaps
    Case('sbasinversion-output-is-an-interferogram', 'sbasinversion',
         lambda f, out: {'OUTPUT_VELOCITY': f.interferograms[2]}, ERROR,
         r'^OUTPUT_VELOCITY: ".*\.tif" is also the input INTERFEROGRAMS'),
    Case('sbasinversion-output-is-a-coherence-raster', 'sbasinversion',
         lambda f, out: {'OUTPUT_QUALITY': f.coherence[0]}, ERROR,
         r'^OUTPUT_QUALITY: ".*" is also the input COHERENCE'),
    Case('sbasinversion-output-through-a-symbolic-link', 'sbasinversion',
         lambda f, out: {'OUTPUT_TIMESERIES': str(out / 'link.tif')}, ERROR,
         r'^OUTPUT_TIMESERIES: ".*link.tif" is also the input INTERFEROGRAMS',
         setup=lambda f, out: os.symlink(f.interferograms[1], out / 'link.tif')),
    Case('timeseriesfit-output-relative-path-of-the-input', 'timeseriesfit',
         lambda f, out: {'OUTPUT': os.path.relpath(f.series)}, ERROR,
         r'^OUTPUT: ".*series.tif" is also the input INPUT'),
    Case('timeseriesfit-output-through-dot-dot', 'timeseriesfit',
         lambda f, out: {'OUTPUT': os.path.join(f.folder, 'stack', '..', 'series.tif')}, ERROR,
         r'^OUTPUT: .* is also the input INPUT'),
    Case('sbasinversion-two-outputs-one-file', 'sbasinversion',
         lambda f, out: {'OUTPUT_QUALITY': str(out / 'velocity.tif')}, ERROR,
         r'^OUTPUT_(QUALITY|VELOCITY): ".*velocity.tif" is also the output OUTPUT_(VELOCITY|QUALITY)'),
    Case('gnsscorrection-residuals-over-the-stations', 'gnsscorrection',
         lambda f, out: {'OUTPUT_RESIDUALS': f.stations}, ERROR, r'^OUTPUT_RESIDUALS: ".*stations.gpkg" is also the '
                                                                 'input GNSS'),
    Case('zonalvelocity-output-over-the-zones', 'zonalvelocity', lambda f, out: {'OUTPUT': f.zones}, ERROR,
         r'^OUTPUT: ".*zones.gpkg" is also the input ZONES'),
    Case('troposphericcorrection-delay-over-the-dem', 'troposphericcorrection',
         lambda f, out: {'OUTPUT_DELAY': f.dem}, ERROR, r'^OUTPUT_DELAY: ".*dem.tif" is also the input DEM'),
    Case('simulatestack-folder-with-users-interferograms', 'simulatestack',
         lambda f, out: {'OUTPUT_FOLDER': str(out / 'project')}, WARNING,
         r'"Output folder": ".*project" already holds a stack .* nothing there was touched', check=user_files_kept,
         setup=prepare_project, note='the user files stay; the stack goes into a new sub-folder'),
    Case('simulatestack-folder-is-a-file', 'simulatestack', lambda f, out: {'OUTPUT_FOLDER': str(out / 'afile')},
         ERROR, r'^OUTPUT_FOLDER: ".*afile" is a file, not a folder', setup=prepare_file('afile')),
    Case('simulatestack-folder-read-only', 'simulatestack', lambda f, out: {'OUTPUT_FOLDER': READ_ONLY}, ERROR,
         r'^OUTPUT_FOLDER: cannot write ".*": the folder "/sys" is not writable'),
    Case('simulatestack-cancel-late', 'simulatestack', lambda f, out: {'OUTPUT_FOLDER': str(out / 'late')}, ERROR,
         '^Cancelled', cancel_at=90.0),
    # -- vague messages of Processing replaced
    Case('simulatestack-unknown-crs', 'simulatestack', lambda f, out: {'CRS': 'EPSG:999999'}, ERROR,
         r'^CRS: "EPSG:999999" is not a CRS that QGIS knows; give an EPSG code'),
    Case('simulatestack-geographic-crs', 'simulatestack', lambda f, out: {'CRS': 'EPSG:4326'}, ERROR,
         r'^CRS: "EPSG:4326" is not accepted; choose a projected CRS in metres'),
    Case('simulatestack-too-large-for-memory', 'simulatestack', lambda f, out: {'WIDTH': 20000, 'HEIGHT': 20000},
         ERROR, r'^WIDTH, HEIGHT: 20000×20000 pixels need about .* of memory, but only .* lower WIDTH and HEIGHT'),
    Case('simulatestack-start-date-garbage', 'simulatestack', lambda f, out: {'START_DATE': '7 Jan 2020'}, ERROR,
         r'^START_DATE: "7 Jan 2020" is not a date; write YYYY-MM-DD'),
    Case('simulatestack-look-direction-enum', 'simulatestack', lambda f, out: {'LOOK_DIRECTION': 5}, ERROR,
         r'^LOOK_DIRECTION: "5" is not accepted; choose one of 0 \(right\), 1 \(left\)'),
    Case('sbasinversion-wavelength-in-cm', 'sbasinversion', lambda f, out: {'WAVELENGTH': 5.5465763}, WARNING,
         r'"Radar wavelength \(mm\)" 5.54658 mm is not a radar wavelength'),
    Case('sbasinversion-units-enum', 'sbasinversion', lambda f, out: {'UNITS': 7}, ERROR,
         r'^UNITS: "7" is not accepted; choose one of 0 \(radians\), 1 \(millimetres\), 2 \(metres\)'),
    Case('troposphericdelay-pressure-zero', 'troposphericdelay', lambda f, out: {'PRESSURE': 0}, ERROR,
         r'^PRESSURE: 0 is not accepted; give a number from 100 to 1200: the sea-level air pressure in hPa'),
    Case('troposphericdelay-temperature-kelvin', 'troposphericdelay', lambda f, out: {'TEMPERATURE': 288}, ERROR,
         r'^TEMPERATURE: 288 is not accepted; give a number from -90 to 60: the sea-level air temperature in °C'),
    Case('troposphericdelay-incidence-90', 'troposphericdelay', lambda f, out: {'INCIDENCE': 90}, ERROR,
         r'^INCIDENCE: 90 is not accepted; give a number from 0 to 89.999'),
    Case('troposphericdelay-humidity-raster-150', 'troposphericdelay',
         lambda f, out: {'HUMIDITY_RASTER': f.humidity_150}, ERROR,
         r'^HUMIDITY.*150 % is out of range; give values from 0 to 100 %'),
    Case('troposphericdelay-pressure-raster-other-grid', 'troposphericdelay',
         lambda f, out: {'PRESSURE_RASTER': f.small_grid}, ERROR, r'^PRESSURE_RASTER: "small_grid.tif" is not on the '
                                                                  'grid of'),
    Case('mogiforward-no-grid', 'mogiforward', lambda f, out: {'EXTENT': None}, ERROR,
         r'^TEMPLATE, EXTENT: no output grid; give a template raster, or an extent'),
    Case('mogiforward-geographic-extent', 'mogiforward', lambda f, out: {'EXTENT': '138,139,36,37 [EPSG:4326]'},
         ERROR, r'^EXTENT: the extent is in "EPSG:4326", not a projected CRS in metres'),
    Case('mogiforward-poisson-half', 'mogiforward', lambda f, out: {'POISSON': 0.5}, ERROR,
         r"^POISSON: 0.5 is not accepted; give a number from 0 to 0.4999: Poisson's ratio"),
    Case('okadaforward-length-zero', 'okadaforward', lambda f, out: {'LENGTH': 0}, ERROR,
         r'^LENGTH: 0 is not accepted; give a number from 0.001 to 1e\+07'),
    Case('okadaforward-slip-text', 'okadaforward', lambda f, out: {'SLIP': '1 m'}, ERROR,
         r'^SLIP: "1 m" is not a number; give a number from -10000 to 10000'),
    Case('mogiinversion-starts-zero', 'mogiinversion', lambda f, out: {'STARTS': 0}, ERROR,
         r'^STARTS: 0 is not accepted; give a whole number from 1 to 1000'),
    Case('strainrate-method-enum', 'strainrate', lambda f, out: {'METHOD': 'kriging'}, ERROR,
         r'^METHOD: "kriging" is not accepted; choose one of 0 \(Delaunay triangles\)'),
    Case('strainrate-missing-axes-output', 'strainrate', lambda f, out: {'OUTPUT_AXES': None}, ERROR,
         r'^OUTPUT_AXES: no output given; give a file name'),
    Case('gnsstimeseries-format-enum', 'gnsstimeseries', lambda f, out: {'FORMAT': 42}, ERROR,
         r'^FORMAT: "42" is not accepted; choose one of 0 \(auto'),
    # -- hang / resource limits
    Case('mogiforward-100000-square-template', 'mogiforward',
         lambda f, out: {'TEMPLATE': f.huge_template, 'EXTENT': None}, ERROR,
         r'^TEMPLATE: the grid of "huge_template" has 100000×100000 = 1e\+10 pixels, more than the 4e\+08 .* '
         r'about .* hours\); choose a coarser template'),
    Case('okadaforward-100000-square-template', 'okadaforward',
         lambda f, out: {'TEMPLATE': f.huge_template, 'EXTENT': None}, ERROR,
         r'^TEMPLATE: the grid of "huge_template" has 100000×100000 = 1e\+10 pixels, more than the 4e\+08'),
    Case('mogiforward-millimetre-resolution', 'mogiforward', lambda f, out: {'RESOLUTION': 0.01}, ERROR,
         r'^RESOLUTION: 0.01 m over this extent gives 200000×160000 pixels, more than 400 million'),
    Case('mogiforward-all-nan-template', 'mogiforward', with_template, HANDLED, check=template_grid_used,
         note='only the grid of a template is used: NaN pixels are fine'),
    # -- plausibility: units, ranges, geometry
    Case('sbasinversion-metres-declared-millimetres', 'sbasinversion',
         lambda f, out: {'INTERFEROGRAMS': f.interferograms_m, 'UNITS': 1}, WARNING,
         r'INTERFEROGRAMS: with UNITS millimetres the interferograms vary by only .* mm .* set UNITS to metres'),
    Case('sbasinversion-millimetres-declared-metres', 'sbasinversion',
         lambda f, out: {'INTERFEROGRAMS': f.interferograms_mm, 'UNITS': 2}, WARNING,
         r'INTERFEROGRAMS: with UNITS metres the interferograms vary by .* m .* set UNITS to millimetres'),
    Case('sbasinversion-millimetres-right', 'sbasinversion',
         lambda f, out: {'INTERFEROGRAMS': f.interferograms_mm, 'UNITS': 1}, HANDLED,
         check=output_exists('OUTPUT_VELOCITY'), note='no warning when UNITS fit'),
    Case('sbasinversion-coherence-8-bit', 'sbasinversion', lambda f, out: {'COHERENCE': f.coherence_255}, WARNING,
         r'COHERENCE: \d+ coherence raster\(s\) are 8-bit \(0–255\) and were scaled to 0–1'),
    Case('sbasinversion-coherence-above-one', 'sbasinversion', lambda f, out: {'COHERENCE': f.coherence_bad},
         ERROR, r'^COHERENCE: ".*" holds coherence from .* to 1\.\d+; coherence must lie between 0 and 1'),
    Case('sbasinversion-min-coherence-without-coherence', 'sbasinversion',
         lambda f, out: {'COHERENCE': None, 'MIN_COHERENCE': 0.3}, ERROR, r'^MIN_COHERENCE: 0.3 needs COHERENCE'),
    Case('sbasinversion-missing-coherence-pair', 'sbasinversion', lambda f, out: {'COHERENCE': f.coherence[1:]},
         ERROR, r'^COHERENCE: no coherence raster for the interferogram'),
    Case('sbasinversion-undated-interferogram', 'sbasinversion',
         lambda f, out: {'INTERFEROGRAMS': f.interferograms[1:] + [f.interferogram_undated], 'COHERENCE': None},
         ERROR, r'^INTERFEROGRAMS: "unwrapped_a.tif" has no date pair'),
    Case('sbasinversion-step-before-the-data', 'sbasinversion', lambda f, out: {'STEP_DATES': '2019-01-01'},
         ERROR, r'^STEP_DATES: 2019-01-01 is outside'),
    Case('sbasinversion-reference-outside', 'sbasinversion',
         lambda f, out: {'REFERENCE_POINT': '100,100 [EPSG:32654]'}, ERROR, r'^REFERENCE_POINT: .* outside'),
    Case('gnsscorrection-raster-in-metres-per-year', 'gnsscorrection', lambda f, out: {'INPUT': f.velocity_m},
         WARNING, r'INPUT: the raster values at the stations are about .*× smaller than the GNSS .* in metres'),
    Case('gnsscorrection-rotated-raster', 'gnsscorrection', lambda f, out: {'INPUT': f.velocity_rotated}, ERROR,
         r'^INPUT: "velocity_rotated.tif" has a rotated geotransform'),
    Case('gnsscorrection-heading-raster-nan-at-stations', 'gnsscorrection',
         lambda f, out: {'HEADING_RASTER': f.heading_nan}, ERROR,
         r'^HEADING_RASTER: the line of sight is undefined \(NaN incidence or heading\) at 8 of 8 station'),
    Case('gnsscorrection-heading-raster-all-nan', 'gnsscorrection', lambda f, out: {'HEADING_RASTER': f.all_nan},
         ERROR, r'^HEADING_RASTER: all_nan.tif has no valid pixel'),
    Case('gnsscorrection-stations-outside', 'gnsscorrection', lambda f, out: {'GNSS': f.stations_outside}, ERROR,
         r'^GNSS: no station lies inside the raster'),
    Case('gnsscorrection-no-station', 'gnsscorrection', lambda f, out: {'GNSS': f.stations_empty}, ERROR,
         r'^GNSS: the layer has no point'),
    Case('gnsscorrection-missing-field', 'gnsscorrection', lambda f, out: {'VE_FIELD': 'east'}, ERROR,
         r'^GNSS: field "east" is not in ".*"; available fields'),
    Case('gnsscorrection-two-outputs-one-file', 'gnsscorrection',
         lambda f, out: {'OUTPUT_SURFACE': str(out / 'corrected.tif')}, ERROR, r'is also the output OUTPUT'),
    Case('gnsscorrection-cancel-after-the-rasters', 'gnsscorrection', lambda f, out: {}, ERROR, '^Cancelled',
         cancel_at=45.0, note='the rasters are complete when the residual points are written: nothing is published'),
    Case('troposphericdelay-dem-in-kilometres', 'troposphericdelay', lambda f, out: {'DEM': f.dem_km}, WARNING,
         r'DEM: heights range from 0.4\d* to 1.49; if these are kilometres'),
    Case('troposphericdelay-dem-in-centimetres', 'troposphericdelay', lambda f, out: {'DEM': f.dem_cm}, WARNING,
         r'DEM: heights range from 4.\d+e\+04 to 1.49\d*e\+05, beyond any height on Earth'),
    Case('troposphericcorrection-dem-in-kilometres', 'troposphericcorrection', lambda f, out: {'DEM': f.dem_km},
         WARNING, r'DEM: heights range from 0.4\d* to 1.49; if these are kilometres'),
    Case('troposphericcorrection-no-dem', 'troposphericcorrection', lambda f, out: {'DEM': None}, ERROR,
         r'^DEM: no DEM given; the phase–elevation method needs a DEM'),
    Case('troposphericcorrection-weather-model-without-ztd', 'troposphericcorrection', lambda f, out: {'METHOD': 0},
         ERROR, r'^ZTD: '),
    Case('troposphericcorrection-reference-outside', 'troposphericcorrection',
         lambda f, out: {'REFERENCE_POINT': '100,100 [EPSG:32654]'}, ERROR,
         r'^REFERENCE_POINT: \(100.000, 100.000\) in EPSG:32654 is outside the time-series raster'),
    Case('troposphericcorrection-dates-in-other-order', 'troposphericcorrection',
         lambda f, out: {'DATES': ','.join(d.isoformat() for d in SERIES_DATES[::-1])}, ERROR,
         r'^DATES: the same dates in another order than the bands of INPUT'),
    Case('troposphericcorrection-single-date', 'troposphericcorrection',
         lambda f, out: {'INPUT': [f.single_band_dated]},
         ERROR, r'^INPUT: ".*" has 1 date; a time series needs at least two'),
    Case('splitspectrum-centre-in-ghz', 'splitspectrum', lambda f, out: {'CENTER_FREQUENCY': 1.2575}, ERROR,
         r'^CENTER_FREQUENCY, LOW_FREQUENCY, HIGH_FREQUENCY: 1.2575, 1236.5 and 1278.5 differ by a factor 1.02e\+03'
         r'.* same unit'),
    Case('splitspectrum-centre-outside-the-sub-bands', 'splitspectrum', lambda f, out: {'CENTER_FREQUENCY': 1290.0},
         ERROR, r'^CENTER_FREQUENCY: 1290 is not between LOW_FREQUENCY 1236.5 and HIGH_FREQUENCY 1278.5'),
    Case('splitspectrum-sub-bands-swapped', 'splitspectrum',
         lambda f, out: {'LOW_FREQUENCY': 1278.5, 'HIGH_FREQUENCY': 1236.5}, ERROR,
         r'^LOW_FREQUENCY 1278.5 must be below HIGH_FREQUENCY 1236.5'),
    Case('splitspectrum-centre-zero', 'splitspectrum', lambda f, out: {'CENTER_FREQUENCY': 0}, ERROR,
         r'^CENTER_FREQUENCY: 0 is not a frequency; give a positive number'),
    Case('splitspectrum-high-band-other-grid', 'splitspectrum', lambda f, out: {'HIGH_BAND': f.velocity}, ERROR,
         r'^HIGH_BAND: "velocity.tif" is not on the grid of'),
    Case('zonalvelocity-zones-outside', 'zonalvelocity', lambda f, out: {'ZONES': f.zones_far}, ERROR,
         r'^ZONES: none of the 1 zones of ".*" overlaps INPUT "velocity" .* check that both layers cover'),
    Case('zonalvelocity-empty-zone-layer', 'zonalvelocity', lambda f, out: {'ZONES': f.zones_empty}, ERROR,
         r'^ZONES: ".*" has no feature; give a layer with hazard or geology polygons'),
    Case('zonalvelocity-some-zones-outside', 'zonalvelocity', lambda f, out: {'ZONES': f.zones_mixed}, WARNING,
         r'1 of 3 zones lie outside INPUT', check=zonal_partly_outside),
    Case('zonalvelocity-rotated-raster', 'zonalvelocity', lambda f, out: {'INPUT': f.velocity_rotated}, ERROR,
         r'^INPUT: ".*velocity_rotated.tif" has a rotated geotransform'),
    Case('zonalvelocity-band-too-high', 'zonalvelocity', lambda f, out: {'BAND': 4}, ERROR,
         r'^BAND: '),
    Case('zonalvelocity-points-as-zones', 'zonalvelocity', lambda f, out: {'ZONES': f.stations}, ERROR,
         r'^ZONES: '),
    Case('zonalvelocity-field-names-collide', 'zonalvelocity', lambda f, out: {'ZONES': f.zones_with_mean}, ERROR,
         r'^ZONES: ".*" already has a field "mean"; set PREFIX'),
    Case('zonalvelocity-prefix-avoids-the-collision', 'zonalvelocity',
         lambda f, out: {'ZONES': f.zones_with_mean, 'PREFIX': 'v_'}, HANDLED, check=output_exists('OUTPUT')),
    Case('ascdescdecomposition-rotated-ascending', 'ascdescdecomposition',
         lambda f, out: {'ASCENDING': f.velocity_rotated}, ERROR,
         r'^ASCENDING: "velocity_rotated.tif" has a rotated geotransform'),
    Case('ascdescdecomposition-north-raster-missing', 'ascdescdecomposition', lambda f, out: {'NORTH': 1}, ERROR,
         r'^NORTH_RASTER: no raster given but NORTH is "raster"'),
    Case('ascdescdecomposition-one-sigma-raster', 'ascdescdecomposition', lambda f, out: {'ASC_STD': f.velocity},
         ERROR, r'^ASC_STD/DESC_STD: give both LOS 1σ rasters or neither'),
    Case('ascdescdecomposition-same-geometry', 'ascdescdecomposition', lambda f, out: {'DESC_HEADING': -10.0},
         ERROR, r'^ASCENDING and DESCENDING look the same way: both lines of sight point westwards'),
    Case('ascdescdecomposition-heading-raster-all-nan', 'ascdescdecomposition',
         lambda f, out: {'DESC_HEADING_RASTER': f.all_nan}, ERROR, r'^DESC_HEADING_RASTER: all_nan.tif has no valid'),
    Case('timeseriesfit-newest-first-with-dates', 'timeseriesfit',
         lambda f, out: {'INPUT': [f.series_newest_first],
                         'DATES': ','.join(d.isoformat() for d in SERIES_DATES[::-1])}, HANDLED,
         check=velocity_recovered, note='DATES are taken in band order (was: re-sorted, velocity error 45 mm/yr)'),
    Case('timeseriesfit-dates-disagree-with-bands', 'timeseriesfit',
         lambda f, out: {'DATES': ','.join(d.isoformat() for d in SERIES_DATES[::-1])}, ERROR,
         r'^DATES: the same dates in another order than the bands of INPUT: band 1 .* is dated 2020-01-07, DATES '
         r'gives 2020-05-06'),
    Case('timeseriesfit-dates-count', 'timeseriesfit',
         lambda f, out: {'INPUT': [f.series_undated], 'DATES': '2020-01-07,2020-02-01'}, ERROR,
         r'^DATES lists 2 dates but INPUT has 6 bands'),
    Case('timeseriesfit-dates-twice', 'timeseriesfit',
         lambda f, out: {'INPUT': [f.series_undated], 'DATES': '2020-01-07,2020-01-07,2020-03-01,2020-04-01,'
                                                                  '2020-05-01,2020-06-01'}, ERROR,
         r'^DATES: 2020-01-07 is given twice'),
    Case('timeseriesfit-undated-bands', 'timeseriesfit', lambda f, out: {'INPUT': [f.series_undated]}, ERROR,
         r'^INPUT: ".*series_undated.tif band 1" has no acquisition date'),
    Case('timeseriesfit-step-before-start', 'timeseriesfit', lambda f, out: {'STEP_DATES': '2019-06-01'}, ERROR,
         r'^STEP_DATES: 2019-06-01 is outside the series of INPUT \(2020-01-07 to 2020-05-06\)'),
    Case('timeseriesfit-step-garbage', 'timeseriesfit', lambda f, out: {'STEP_DATES': '2020-13-01'}, ERROR,
         r'^STEP_DATES: "2020-13-01" is not a date'),
    Case('timeseriesfit-postseismic-without-tau', 'timeseriesfit', lambda f, out: {'POSTSEISMIC': '2020-03-01'},
         ERROR, r'^POSTSEISMIC: "2020-03-01" lacks a relaxation time'),
    Case('timeseriesfit-postseismic-negative-tau', 'timeseriesfit',
         lambda f, out: {'POSTSEISMIC': '2020-03-01:-5'}, ERROR, r'^POSTSEISMIC: relaxation time "-5" .* positive'),
    Case('timeseriesfit-single-band', 'timeseriesfit', lambda f, out: {'INPUT': [f.single_band_dated]}, ERROR,
         r'^INPUT: 1 dates cannot constrain the 2 parameters'),
    Case('timeseriesfit-rasters-on-two-grids', 'timeseriesfit', lambda f, out: {'INPUT': [f.series, f.small_grid]},
         ERROR, r'^INPUT: "small_grid.tif" is not on the grid of "series.tif"'),
    Case('timeseriesfit-periodic-enum', 'timeseriesfit', lambda f, out: {'PERIODIC': [5]}, ERROR,
         r'^PERIODIC: .* is not accepted; choose one of 0 \(none\), 1 \(annual\), 2 \(semi-annual\)'),
    Case('mogiinversion-no-data', 'mogiinversion', lambda f, out: {'LOS': None}, ERROR,
         r'^LOS, GNSS: no data; give a LOS raster'),
    Case('mogiinversion-gnss-without-fields', 'mogiinversion', lambda f, out: {'GNSS': f.zones}, ERROR, r'^GNSS: '),
    Case('mogiinversion-output-over-the-los', 'mogiinversion', lambda f, out: {'OUTPUT_MODEL': f.mogi_los}, ERROR,
         r'^OUTPUT_MODEL: ".*mogi_los.tif" is also the input LOS'),
    Case('mogiinversion-all-zero-raster', 'mogiinversion', lambda f, out: {}, SCIENCE,
         note='issue 11: a source reported for an all-zero raster'),
    Case('okadaforward-depth-zero-dip-zero', 'okadaforward', lambda f, out: {}, SCIENCE,
         note='issue 11: zeros for 1 m of slip at depth 0 and dip 0'),
    Case('strainrate-two-stations', 'strainrate', lambda f, out: {'INPUT': f.stations_two}, ERROR, r'^INPUT: '),
    Case('strainrate-station-without-velocity', 'strainrate', lambda f, out: {'INPUT': f.stations_nan}, WARNING,
         r'1 station\(s\) without east/north velocity skipped: S03', check=nan_station_skipped),
    Case('strainrate-missing-velocity-field', 'strainrate', lambda f, out: {'VE_FIELD': 'v_east'}, ERROR,
         r'^INPUT: field "v_east" is not in'),
    Case('strainrate-cancel-after-the-polygons', 'strainrate', lambda f, out: {}, ERROR, '^Cancelled',
         cancel_at=30.0, note='was: output layers left behind on cancel'),
    Case('strainrate-raster-output-is-a-folder', 'strainrate', lambda f, out: {'OUTPUT_RASTER': str(out)}, ERROR,
         r'^OUTPUT_RASTER: ".*" is a folder', note='was: output layers left behind on error'),
    Case('strainrate-gridded-in-missing-folder', 'strainrate',
         lambda f, out: {'METHOD': 1, 'OUTPUT': str(out / 'sub' / 'strain.gpkg')}, HANDLED,
         check=output_exists('OUTPUT'), note='GeoPackage outputs get their folder made, like rasters'),
    Case('strainrate-collinear-sliver-triangles', 'strainrate', lambda f, out: {}, SCIENCE,
         note='issue 11: collinearity ratio and sliver triangles'),
    Case('strainrate-duplicate-station-conflicting', 'strainrate', lambda f, out: {}, SCIENCE,
         note='issue 11: duplicate station with a conflicting velocity'),
    Case('baselinestrain-two-lines', 'baselinestrain', lambda f, out: {'INPUT': f.baselines_two}, ERROR, r'^INPUT: '),
    Case('baselinestrain-closed-line', 'baselinestrain', lambda f, out: {'INPUT': f.baselines_loop}, ERROR,
         r'^INPUT: line \d+ starts and ends at the same point'),
    Case('baselinestrain-missing-rate-field', 'baselinestrain', lambda f, out: {'RATE_FIELD': 'speed'}, ERROR,
         r'^INPUT: field "speed" is not in'),
    Case('baselinestrain-text-rates', 'baselinestrain', lambda f, out: {'INPUT': f.baselines_text}, ERROR,
         r'^INPUT: line \d+ holds "fast" in "rate", not a number'),
    Case('baselinestrain-units-enum', 'baselinestrain', lambda f, out: {'UNITS': 3}, ERROR,
         r'^UNITS: "3" is not accepted; choose one of 0 \(mm/yr'),
    Case('gnsstimeseries-empty-file', 'gnsstimeseries', lambda f, out: {'INPUT_FILES': [f.gnss_empty]}, ERROR,
         r'^INPUT_FILES: .*EMPT.tenv3'),
    Case('gnsstimeseries-start-after-end', 'gnsstimeseries', lambda f, out: {'START': '2016-06-01',
                                                                             'END': '2016-01-01'}, ERROR,
         r'^START/END: 2016-06-01 is after 2016-01-01'),
    Case('gnsstimeseries-start-garbage', 'gnsstimeseries', lambda f, out: {'START': 'yesterday'}, ERROR,
         r'^START: "yesterday" is not a date'),
    Case('gnsstimeseries-step-outside-the-data', 'gnsstimeseries', lambda f, out: {'STEP_DATES': '2019-01-01'},
         WARNING, r'2019-01-01'),
    Case('gnsstimeseries-european-csv', 'gnsstimeseries', lambda f, out: {}, SCIENCE,
         note='issue 11: semicolons and decimal commas'),
    Case('gnsstimeseries-duplicate-epochs', 'gnsstimeseries', lambda f, out: {}, SCIENCE,
         note='issue 11: duplicated epochs with different values'),
    Case('gnsstimeseries-truncated-mid-line', 'gnsstimeseries', lambda f, out: {}, SCIENCE,
         note='issue 11: a file truncated mid-line'),
    Case('coseismicoffset-event-garbage', 'coseismicoffset', lambda f, out: {'EVENT_TIME': 'the big one'}, ERROR,
         r'^EVENT_TIME: "the big one"'),
    Case('coseismicoffset-event-outside-the-data', 'coseismicoffset',
         lambda f, out: {'EVENT_TIME': '2030-01-01 00:00'}, ERROR, r'^INPUT_FILES: no station could be processed'),
]


CASES = generic_cases() + SPECIFIC


# -- running -----------------------------------------------------------------------------------------------------
class Recorder(QgsProcessingFeedback):
    """Keeps warnings and log lines; cancels when the progress passes ``cancel_at``."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.cancel_at = cancel_at
        self.warnings, self.lines = [], []

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if self.cancel_at is not None and progress >= self.cancel_at and progress > 0:
            self.cancel()

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)

    def reportError(self, text, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.warnings.append(text)
        super().reportError(text, fatalError)

    def pushInfo(self, text):  # noqa: N802
        self.lines.append(text)
        super().pushInfo(text)


def snapshot(folder):
    """{relative path: md5} of every file below ``folder`` (GDAL statistics side-cars left out)."""
    found = {}
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith('.aux.xml'):   # written by QGIS when it loads a raster layer (statistics)
                continue
            path = os.path.join(root, name)
            found[os.path.relpath(path, folder)] = file_digest(path) if os.path.isfile(path) else 'link'
    return found


def leftovers(folder):
    return [os.path.join(root, name) for root, dirs, files in os.walk(folder) for name in dirs + files
            if '.partial' in name or name.startswith(('.simulatestack-', '.deformation-'))]


@pytest.fixture(scope='module')
def inputs(tmp_path_factory):
    return Inputs(tmp_path_factory.mktemp('catalogue_inputs'))


def parameters_of(case, inputs, out):
    parameters = BASE[case.algorithm](inputs, out)
    for name, value in case.change(inputs, out).items():
        if value is None:
            parameters.pop(name, None)
        else:
            parameters[name] = value
    return parameters


@pytest.mark.parametrize('case', CASES, ids=[case.name for case in CASES])
def test_catalogue(case, inputs, run_algorithm, tmp_path):
    if case.outcome == SCIENCE:
        pytest.skip('tested with its science (test_reliability_science.py, test_mogi.py, test_okada.py): '
                    f'{case.note}')
    out = tmp_path / 'out'
    out.mkdir()
    if case.setup:
        case.setup(inputs, out)
    inputs_before, out_before = snapshot(inputs.folder), snapshot(out)
    parameters = parameters_of(case, inputs, out)
    feedback = Recorder(case.cancel_at)
    if case.outcome == ERROR:
        with pytest.raises(QgsProcessingException) as raised:
            run_algorithm(case.algorithm, parameters, feedback=feedback)
        message = str(raised.value).replace('Unable to execute algorithm\n', '')
        if os.environ.get('SHOW_MESSAGES'):
            print(f'\n@@ {case.name}: {message}')
        assert re.search(case.expect, message), message
        assert not any(text in message for text in VAGUE), message
        assert message.startswith('Cancelled') or PARAMETER_FIRST.match(message), message
        assert snapshot(out) == out_before, 'an error left output files'
    else:
        results = run_algorithm(case.algorithm, parameters, feedback=feedback)
        if case.outcome == WARNING:
            assert any(re.search(case.expect, text) for text in feedback.warnings), feedback.warnings
        if case.check:
            case.check(results, inputs, out, feedback.lines)
    assert snapshot(inputs.folder) == inputs_before, 'an input was modified'
    assert leftovers(out) == [] and leftovers(inputs.folder) == []


def test_catalogue_counts(capsys):
    """The catalogue has 150+ cases over every algorithm; the count per outcome class is the report's table."""
    counts = collections.Counter(case.outcome for case in CASES)
    per_algorithm = collections.Counter(case.algorithm for case in CASES)
    assert len(CASES) >= 150 and set(per_algorithm) == set(BASE)
    assert len({case.name for case in CASES}) == len(CASES)
    with capsys.disabled():
        print('\ncatalogue: ' + ', '.join(f'{outcome} {counts[outcome]}' for outcome in
                                          (ERROR, WARNING, HANDLED, SCIENCE)) + f', total {len(CASES)}')


def test_gdal_reads_the_truncated_file_header(inputs):
    """The truncated fixture is the hard case: GDAL opens it, only reading its last rows fails."""
    dataset = gdal.Open(inputs.truncated)
    assert dataset is not None and dataset.RasterXSize == 512
    assert GEOTRANSFORM[1] == 100.0
