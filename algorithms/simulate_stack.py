"""``deformation:simulatestack`` — synthetic interferogram stack with known truth."""
import os

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingOutputRasterLayer,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
    QgsProject,
    QgsUnitTypes,
)

from .base import DeformationAlgorithm, advanced
from .core.common import dates
from .core.common.errors import InputError
from .core.common.resources import check_memory
from .core.simulation.stack import Scene, SimulationConfig, memory_needed, simulate_stack
from .qgis_compat import crs_wkt

#: default scene centre (longitude, latitude): an inland volcanic area in central Japan
DEFAULT_CENTER_LONLAT = (138.52, 36.40)

Double = QgsProcessingParameterNumber.Type.Double
Integer = QgsProcessingParameterNumber.Type.Integer


class SimulateStackAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'simulatestack'
    GROUP_ID = 'insar'
    MEMORY_HINT = 'lower WIDTH and HEIGHT (or LINKS) and run again'
    OUTPUT_GNSS = 'OUTPUT_GNSS'
    #: simulated GNSS stations: a 4×4 grid inside the scene, 1σ of each velocity component (mm/yr)
    GNSS_GRID, GNSS_SIGMA = 4, 0.3

    OUTPUT_FOLDER = 'OUTPUT_FOLDER'
    CRS = 'CRS'
    CENTER = 'CENTER'
    START_DATE = 'START_DATE'
    GAP_DATE = 'GAP_DATE'
    STEP_DATE = 'STEP_DATE'
    INCIDENCE = 'INCIDENCE'
    HEADING = 'HEADING'

    # name → (config attribute, type, default, min, max, advanced)
    NUMBERS = {
        'WIDTH': ('width', Integer, 200, 8, 20000, False),
        'HEIGHT': ('height', Integer, 200, 8, 20000, False),
        'PIXEL_SIZE': ('pixel_size', Double, 100.0, 1.0, 10000.0, False),
        'N_DATES': ('n_dates', Integer, 40, 3, 2000, False),
        'REVISIT': ('revisit_days', Integer, 12, 1, 366, False),
        'LINKS': ('links', Integer, 3, 1, 100, False),
        'INCIDENCE': ('incidence', Double, 39.0, 0.0, 89.0, True),
        'HEADING': ('heading', Double, -10.0, -360.0, 360.0, True),
        'MOGI_DEPTH': ('mogi_depth', Double, 4000.0, 10.0, 100000.0, True),
        'MOGI_VOLUME_RATE': ('mogi_volume_rate', Double, 1.5e6, -1e12, 1e12, True),
        'SUBSIDENCE_RATE': ('subsidence_rate', Double, -30.0, -1e5, 1e5, True),
        'SEASONAL_AMPLITUDE': ('seasonal_amplitude', Double, 8.0, 0.0, 1e5, True),
        'STEP_SLIP': ('step_slip', Double, 150.0, -1e6, 1e6, True),
        'ATMOSPHERE': ('atmosphere', Double, 5.0, 0.0, 1e4, False),
        'STRATIFIED': ('stratified', Double, 0.0, 0.0, 1e4, True),
        'LOOKS': ('looks', Double, 20.0, 0.0, 1e6, False),
        'COHERENCE_DECAY': ('coherence_decay_days', Double, 180.0, 1.0, 1e6, True),
        'UNWRAPPING_ERRORS': ('unwrapping_errors', Double, 0.0, 0.0, 1.0, True),
        'SEED': ('seed', Integer, 1, 0, 2 ** 31 - 1, False),
    }

    def displayName(self):  # noqa: N802
        return self.tr('Simulate interferogram stack')

    def output_names(self):
        return {'OUTPUT_TRUTH_VELOCITY': self.tr('Truth LOS velocity'),
                'OUTPUT_INTERFEROGRAMS': self.tr('Interferogram'), 'OUTPUT_COHERENCE': self.tr('Coherence'),
                'OUTPUT_GNSS': self.tr('Simulated GNSS stations')}

    def initAlgorithm(self, config=None):  # noqa: N802
        descriptions = {
            'WIDTH': self.tr('Width (pixels)'),
            'HEIGHT': self.tr('Height (pixels)'),
            'PIXEL_SIZE': self.tr('Pixel size (m)'),
            'N_DATES': self.tr('Number of acquisitions'),
            'REVISIT': self.tr('Revisit interval (days; some acquisitions are missed)'),
            'LINKS': self.tr('Interferograms per date (links to the next dates)'),
            'INCIDENCE': self.tr('Incidence angle at the scene centre (degrees)'),
            'HEADING': self.tr('Satellite heading (degrees clockwise from north)'),
            'MOGI_DEPTH': self.tr('Mogi source depth (m)'),
            'MOGI_VOLUME_RATE': self.tr('Mogi volume change rate (m³/yr)'),
            'SUBSIDENCE_RATE': self.tr('Subsidence bowl vertical rate (mm/yr)'),
            'SEASONAL_AMPLITUDE': self.tr('Subsidence bowl annual amplitude (mm)'),
            'STEP_SLIP': self.tr('Co-seismic slip across the fault (mm)'),
            'ATMOSPHERE': self.tr('Turbulent atmosphere RMS per date (mm)'),
            'STRATIFIED': self.tr('Stratified atmosphere RMS per date (mm per km of height)'),
            'LOOKS': self.tr('Number of looks for phase noise (0 = no noise)'),
            'COHERENCE_DECAY': self.tr('Coherence decay time (days)'),
            'UNWRAPPING_ERRORS': self.tr('Share of interferograms with an unwrapping error (a region off by ±2π)'),
            'SEED': self.tr('Random seed'),
        }
        # optional with a default: qgis_process 3.22 rejects a mandatory CRS left at its default
        self.addParameter(QgsProcessingParameterCrs(self.CRS, self.tr('Projected CRS of the scene'),
                                                    'EPSG:32654', optional=True))
        self.addParameter(QgsProcessingParameterPoint(
            self.CENTER, self.tr('Scene centre (default: 138.52°E 36.40°N)'), optional=True))
        self.addParameter(QgsProcessingParameterString(self.START_DATE, self.tr('First acquisition (YYYY-MM-DD)'),
                                                       '2020-01-07'))
        for name, (_, kind, default, low, high, is_advanced) in self.NUMBERS.items():
            parameter = QgsProcessingParameterNumber(name, descriptions[name], kind, default,
                                                     minValue=low, maxValue=high)
            self.addParameter(advanced(parameter) if is_advanced else parameter)
        self.addParameter(QgsProcessingParameterString(
            self.STEP_DATE, self.tr('Co-seismic step date (YYYY-MM-DD, empty = none)'), optional=True))
        self.addParameter(advanced(QgsProcessingParameterString(
            self.GAP_DATE, self.tr('Network gap: no interferogram spans this date (YYYY-MM-DD)'),
            optional=True)))
        self.addParameter(advanced(QgsProcessingParameterEnum(
            self.LOOK_DIRECTION, self.tr('Look direction'), options=[self.tr('right'), self.tr('left')],
            defaultValue=0)))
        self.add_wavelength_parameter()
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr('Output folder')))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_GNSS, self.tr('Simulated GNSS stations (true velocity + noise, mm/yr)'), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputMultipleLayers('OUTPUT_INTERFEROGRAMS', self.tr('Interferograms')))
        self.addOutput(QgsProcessingOutputMultipleLayers('OUTPUT_COHERENCE', self.tr('Coherence')))
        for name, label in (('OUTPUT_TRUTH_TIMESERIES', self.tr('Truth time series (mm)')),
                            ('OUTPUT_TRUTH_VELOCITY', self.tr('Truth LOS velocity (mm/yr)')),
                            ('OUTPUT_TRUTH_STEP', self.tr('Truth co-seismic step (mm)')),
                            ('OUTPUT_INCIDENCE', self.tr('Incidence (degrees)')),
                            ('OUTPUT_HEADING', self.tr('Heading (degrees)')),
                            ('OUTPUT_DEM', self.tr('DEM (m)'))):
            self.addOutput(QgsProcessingOutputRasterLayer(name, label))
        self.addOutput(QgsProcessingOutputNumber('N_INTERFEROGRAMS', self.tr('Number of interferograms')))
        self.addOutput(QgsProcessingOutputNumber('N_DATES_OUT', self.tr('Number of acquisitions')))

    def _config(self, parameters, context):
        values = {attribute: (self.parameterAsInt if kind == Integer else self.parameterAsDouble)(
            parameters, name, context) for name, (attribute, kind, *_rest) in self.NUMBERS.items()}
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid() and not parameters.get(self.CRS):
            crs = QgsCoordinateReferenceSystem('EPSG:32654')
        if not crs.isValid() or crs.isGeographic() or crs.mapUnits() != QgsUnitTypes.DistanceUnit.DistanceMeters:
            given = crs.authid() or crs.description() or str(parameters.get(self.CRS))
            raise InputError('CRS: "{0}" is not accepted; choose a projected CRS in metres (for example a UTM zone '
                             'such as EPSG:32654).', given)
        if parameters.get(self.CENTER):
            center = self.parameterAsPoint(parameters, self.CENTER, context, crs)
        else:
            transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem('EPSG:4326'), crs,
                                               QgsProject.instance())
            center = transform.transform(QgsPointXY(*DEFAULT_CENTER_LONLAT))
        step_text = self.parameterAsString(parameters, self.STEP_DATE, context).strip()
        gap_text = self.parameterAsString(parameters, self.GAP_DATE, context).strip()
        return SimulationConfig(
            center=(center.x(), center.y()),
            crs_wkt=crs_wkt(crs),
            start_date=dates.parse_date(self.parameterAsString(parameters, self.START_DATE, context), 'START_DATE'),
            step_date=dates.parse_date(step_text, self.STEP_DATE) if step_text else None,
            gap_date=dates.parse_date(gap_text, self.GAP_DATE) if gap_text else None,
            wavelength=self.parameterAsDouble(parameters, self.WAVELENGTH, context),
            look=self.look_direction(parameters, context), **values)

    def _gnss_stations(self, parameters, context, config):
        """Stations on a regular grid with the true East/North/Up velocity plus Gaussian noise of 1σ GNSS_SIGMA."""
        scene = Scene(config, np.random.default_rng(config.seed))   # the true velocities depend on config only
        transform = scene.grid.geotransform
        arrays = scene.velocity_enu
        rng = np.random.default_rng(config.seed + 7919)
        output = self.feature_output(parameters, self.OUTPUT_GNSS, context, [
            ('station', 'string'), ('ve', 'double'), ('vn', 'double'), ('vu', 'double'), ('se', 'double'),
            ('sn', 'double'), ('su', 'double')], 'point', QgsCoordinateReferenceSystem.fromWkt(config.crs_wkt))
        fractions = (np.arange(self.GNSS_GRID) + 0.5) / self.GNSS_GRID
        for row_fraction in fractions:
            for column_fraction in fractions:
                row, column = int(row_fraction * config.height), int(column_fraction * config.width)
                x = transform[0] + (column + 0.5) * transform[1]
                y = transform[3] + (row + 0.5) * transform[5]
                velocity = [float(array[row, column]) + rng.normal(0.0, self.GNSS_SIGMA) for array in arrays]
                output.add_point(x, y, [f'SIM{output.count + 1:02d}', *velocity, *[self.GNSS_SIGMA] * 3])
        return output.destination

    def process(self, parameters, context, feedback, monitor):
        config = self._config(parameters, context)
        check_memory(memory_needed(config), f'WIDTH, HEIGHT: {config.width}×{config.height} pixels',
                     'lower WIDTH and HEIGHT')
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        feedback.pushInfo(self.tr('Simulating {0}×{1} pixels, {2} dates…').format(
            config.width, config.height, config.n_dates))
        result = simulate_stack(config, folder, monitor)
        if os.path.normpath(result.folder) != os.path.normpath(os.path.abspath(folder)):
            feedback.pushWarning(self.tr('{2}: "{0}" already holds a stack (or folders of the same '
                                         'names); nothing there was touched: this stack is in "{1}".').format(
                folder, result.folder, self.quoted_label(self.OUTPUT_FOLDER)))
        first, last = result.dates[0].isoformat(), result.dates[-1].isoformat()
        feedback.pushInfo(self.tr('{0} acquisitions from {1} to {2}; {3} interferograms in {4}').format(
            len(result.dates), first, last, len(result.pairs), result.folder))
        paths = result.paths
        for path, name in ((paths['velocity'], 'OUTPUT_TRUTH_VELOCITY'), (result.interferograms[-1],
                           'OUTPUT_INTERFEROGRAMS'), (result.coherence[-1], 'OUTPUT_COHERENCE')):
            self.load_on_completion(context, path, name)
        gnss = self._gnss_stations(parameters, context, config) if parameters.get(self.OUTPUT_GNSS) else None
        return {
            self.OUTPUT_GNSS: gnss,
            self.OUTPUT_FOLDER: result.folder,
            'OUTPUT_INTERFEROGRAMS': result.interferograms,
            'OUTPUT_COHERENCE': result.coherence,
            'OUTPUT_TRUTH_TIMESERIES': paths['timeseries'],
            'OUTPUT_TRUTH_VELOCITY': paths['velocity'],
            'OUTPUT_TRUTH_STEP': paths['step'],
            'OUTPUT_INCIDENCE': paths['incidence'],
            'OUTPUT_HEADING': paths['heading'],
            'OUTPUT_DEM': paths['dem'],
            'N_INTERFEROGRAMS': len(result.interferograms),
            'N_DATES_OUT': len(result.dates),
        }
