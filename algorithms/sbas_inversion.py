"""``deformation:sbasinversion`` — SBAS inversion of an interferogram stack (SPEC §3)."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterRasterDestination,
)

from .base import DeformationAlgorithm, advanced, error_text
from .core.geometry.phase import phase_to_displacement
from .core.insar.sbas.stack import (
    ATMOSPHERES,
    CLOSURES,
    COMPRESSIONS,
    SMOOTHINGS,
    UNITS,
    WEIGHTINGS,
    SbasOptions,
    invert_stack,
)
from .core.insar.sbas.update import update_stack
from .core.io.input_checks import interferogram_units_warning, sample_block_rows
from .core.io.raster_stack import RasterStack

Double = QgsProcessingParameterNumber.Type.Double
Integer = QgsProcessingParameterNumber.Type.Integer


class SbasInversionAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'sbasinversion'
    GROUP_ID = 'insar'

    INTERFEROGRAMS = 'INTERFEROGRAMS'
    COHERENCE = 'COHERENCE'
    UNITS = 'UNITS'
    REFERENCE_POINT = 'REFERENCE_POINT'
    REFERENCE_RADIUS = 'REFERENCE_RADIUS'
    WEIGHTING = 'WEIGHTING'
    LOOKS = 'LOOKS'
    SMOOTHING = 'SMOOTHING'
    SMOOTHING_FACTOR = 'SMOOTHING_FACTOR'
    ATMOSPHERE = 'ATMOSPHERE'
    ATMOSPHERE_SIGMA = 'ATMOSPHERE_SIGMA'
    MIN_COHERENCE = 'MIN_COHERENCE'
    ABIC_SAMPLE = 'ABIC_SAMPLE'
    CLOSURE = 'CLOSURE'
    OUTPUT_COMPRESSION = 'OUTPUT_COMPRESSION'
    OUTPUT_CLOSURE = 'OUTPUT_CLOSURE'
    OUTPUT_TIMESERIES = 'OUTPUT_TIMESERIES'
    OUTPUT_VELOCITY = 'OUTPUT_VELOCITY'
    OUTPUT_QUALITY = 'OUTPUT_QUALITY'
    OUTPUT_ATMOSPHERE = 'OUTPUT_ATMOSPHERE'
    ATMOSPHERE_FILTER = 'ATMOSPHERE_FILTER'
    FILTER_TIME_DAYS = 'FILTER_TIME_DAYS'
    FILTER_SPACE_M = 'FILTER_SPACE_M'
    OUTPUT_ATMOSPHERE_FILTER = 'OUTPUT_ATMOSPHERE_FILTER'
    FILTER_TIME_DAYS_USED = 'FILTER_TIME_DAYS_USED'
    FILTER_SPACE_M_USED = 'FILTER_SPACE_M_USED'
    SMOOTHING_FACTOR_USED = 'SMOOTHING_FACTOR_USED'
    ATMOSPHERE_SIGMA_USED = 'ATMOSPHERE_SIGMA_USED'
    ATMOSPHERE_RATIO_USED = 'ATMOSPHERE_RATIO_USED'
    REFERENCE_X = 'REFERENCE_X'
    PREVIOUS = 'PREVIOUS'
    OUTPUT_STATE = 'OUTPUT_STATE'
    REFERENCE_Y = 'REFERENCE_Y'

    def displayName(self):  # noqa: N802
        return self.tr('SBAS inversion (time series from interferograms)')

    def output_names(self):
        return {self.OUTPUT_VELOCITY: self.tr('SBAS velocity'), self.OUTPUT_TIMESERIES: self.tr('SBAS time series'),
                self.OUTPUT_QUALITY: self.tr('SBAS quality'), self.OUTPUT_ATMOSPHERE: self.tr('SBAS atmosphere'),
                self.OUTPUT_ATMOSPHERE_FILTER: self.tr('SBAS filtered atmosphere')}

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INTERFEROGRAMS, self.tr('Unwrapped interferograms (named or described YYYYMMDD_YYYYMMDD)'),
            QgsProcessing.SourceType.TypeRaster))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.COHERENCE, self.tr('Coherence rasters, matched to the interferograms by date pair'),
            QgsProcessing.SourceType.TypeRaster, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNITS, self.tr('Units of the interferograms'),
            options=[self.tr('radians'), self.tr('millimetres'), self.tr('metres')], defaultValue=0))
        self.add_wavelength_parameter()
        self.addParameter(QgsProcessingParameterPoint(
            self.REFERENCE_POINT, self.tr('Reference point (empty = automatic: coherent, fully covered window)'),
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.REFERENCE_RADIUS, self.tr('Reference window radius (pixels)'), Integer, 2, minValue=0,
            maxValue=1000))
        self.addParameter(QgsProcessingParameterEnum(
            self.WEIGHTING, self.tr('Weighting'), options=[self.tr('none'), self.tr('coherence')],
            defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.LOOKS, self.tr('Number of looks of the interferograms (coherence weighting)'), Double, 20.0,
            minValue=1.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.SMOOTHING, self.tr('Temporal smoothing'),
            options=[self.tr('none'), self.tr('fixed'), self.tr('ABIC')], defaultValue=2))
        self.addParameter(advanced(QgsProcessingParameterNumber(   # used only when the smoothing is fixed
            self.SMOOTHING_FACTOR, self.tr('Smoothing factor κ² when fixed (yr⁴/mm²)'), Double, 0.0,
            minValue=0.0)))
        self.addParameter(QgsProcessingParameterEnum(
            self.ATMOSPHERE, self.tr('Atmospheric delay per date (estimated with the displacement when smoothing)'),
            options=[self.tr('none'), self.tr('estimate'), self.tr('fixed')], defaultValue=1))
        self.addParameter(advanced(QgsProcessingParameterNumber(   # used only when the atmosphere is fixed
            self.ATMOSPHERE_SIGMA, self.tr('Atmospheric delay standard deviation per date when fixed (mm)'),
            Double, 0.0, minValue=0.0)))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ATMOSPHERE_FILTER, self.tr('Spatio-temporal atmospheric filter of the time series'), False))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.FILTER_TIME_DAYS, self.tr('Atmospheric filter: width in time (days, 0 = from the data)'), Double,
            0.0, minValue=0.0)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.FILTER_SPACE_M, self.tr('Atmospheric filter: width in space (m, 0 = from the data)'), Double,
            0.0, minValue=0.0)))
        self.add_step_dates_parameter()
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_COHERENCE, self.tr('Minimum coherence (observations below are dropped)'), Double, 0.0,
            minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.CLOSURE, self.tr('Loop closure of the network (unwrapping errors)'),
            options=[self.tr('none'), self.tr('flag (count bad loops)'),
                     self.tr('correct integer-cycle jumps by closure')], defaultValue=0))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.ABIC_SAMPLE, self.tr('Pixels sampled to choose κ² by ABIC'), Integer, 2000, minValue=50)))
        self.addParameter(QgsProcessingParameterFile(
            self.PREVIOUS, self.tr('Previous run to continue (its state folder; only new interferograms are read)'),
            behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.add_block_rows_parameter()
        self.add_scale_parameters()
        self.addParameter(advanced(QgsProcessingParameterEnum(
            self.OUTPUT_COMPRESSION, self.tr('Compression of the raster outputs'),
            options=[self.tr('DEFLATE (smaller files)'), self.tr('none (faster to write and to read)')],
            defaultValue=0)))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_TIMESERIES, self.tr('Displacement time series (mm)')))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_VELOCITY, self.tr('Velocity (mm/yr) and steps (mm)')))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_QUALITY, self.tr('Quality (temporal coherence, RMS residual, interferograms used)')))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_ATMOSPHERE, self.tr('Estimated atmospheric delay per date (mm)'), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_ATMOSPHERE_FILTER, self.tr('Atmosphere removed by the filter, per date (mm)'), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_CLOSURE, self.tr('Loop closure counts (bad loops before, after, corrected interferograms)'),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_STATE, self.tr('State for incremental updates (new folder)'), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.SMOOTHING_FACTOR_USED, self.tr('Smoothing factor κ² used')))
        self.addOutput(QgsProcessingOutputNumber(
            self.ATMOSPHERE_SIGMA_USED, self.tr('Atmospheric delay standard deviation used (mm)')))
        self.addOutput(QgsProcessingOutputNumber(
            self.ATMOSPHERE_RATIO_USED, self.tr('Atmosphere variance ratio ρ used (mm²)')))
        self.addOutput(QgsProcessingOutputNumber(
            self.FILTER_TIME_DAYS_USED, self.tr('Atmospheric filter width in time used (days)')))
        self.addOutput(QgsProcessingOutputNumber(
            self.FILTER_SPACE_M_USED, self.tr('Atmospheric filter width in space used (m)')))
        self.addOutput(QgsProcessingOutputNumber(self.REFERENCE_X, self.tr('Reference point X (CRS of the grid)')))
        self.addOutput(QgsProcessingOutputNumber(self.REFERENCE_Y, self.tr('Reference point Y (CRS of the grid)')))

    def _options(self, parameters, context, interferograms):
        point = None
        if parameters.get(self.REFERENCE_POINT):   # in the CRS of the interferograms
            crs_wkt = RasterStack(interferograms[:1], self.INTERFEROGRAMS).grid.crs_wkt
            crs = QgsCoordinateReferenceSystem.fromWkt(crs_wkt) if crs_wkt else QgsCoordinateReferenceSystem()
            xy = self.parameterAsPoint(parameters, self.REFERENCE_POINT, context, crs)
            point = (xy.x(), xy.y())
        memory_mb, engine = self.scale_settings(parameters, context)
        return SbasOptions(
            memory_mb=memory_mb, engine=engine or 'local',
            units=UNITS[self.parameterAsEnum(parameters, self.UNITS, context)],
            wavelength=self.parameterAsDouble(parameters, self.WAVELENGTH, context),
            weighting=WEIGHTINGS[self.parameterAsEnum(parameters, self.WEIGHTING, context)],
            looks=self.parameterAsDouble(parameters, self.LOOKS, context),
            smoothing=SMOOTHINGS[self.parameterAsEnum(parameters, self.SMOOTHING, context)],
            smoothing_factor=self.parameterAsDouble(parameters, self.SMOOTHING_FACTOR, context),
            atmosphere=ATMOSPHERES[self.parameterAsEnum(parameters, self.ATMOSPHERE, context)],
            atmosphere_sigma=self.parameterAsDouble(parameters, self.ATMOSPHERE_SIGMA, context),
            steps=tuple(self.date_list(parameters, self.STEP_DATES, context)),
            min_coherence=self.parameterAsDouble(parameters, self.MIN_COHERENCE, context),
            reference_point=point,
            reference_radius=self.parameterAsInt(parameters, self.REFERENCE_RADIUS, context),
            block_rows=self.parameterAsInt(parameters, self.BLOCK_ROWS, context),
            abic_sample=self.parameterAsInt(parameters, self.ABIC_SAMPLE, context),
            closure=CLOSURES[self.parameterAsEnum(parameters, self.CLOSURE, context)],
            atmosphere_filter=self.parameterAsBoolean(parameters, self.ATMOSPHERE_FILTER, context),
            filter_time_days=self.parameterAsDouble(parameters, self.FILTER_TIME_DAYS, context),
            filter_space_m=self.parameterAsDouble(parameters, self.FILTER_SPACE_M, context),
            compression=COMPRESSIONS[self.parameterAsEnum(parameters, self.OUTPUT_COMPRESSION, context)])

    #: interferograms sampled (evenly spaced) for the units warning: its thresholds are 4 orders of magnitude
    #: apart; each sampled file is read in one row of its tiles (``sample_block_rows``)
    UNITS_SAMPLE = 8

    def _warn_units(self, interferograms, options, feedback):
        """Interferogram values implausible for UNITS and WAVELENGTH (metres declared as mm, …) get a warning."""
        step = max(1, -(-len(interferograms) // self.UNITS_SAMPLE))
        stack = RasterStack(interferograms[::step], self.INTERFEROGRAMS)   # the reader checks all of them
        to_mm = {'radians': float(phase_to_displacement(1.0, options.wavelength)), 'millimetres': 1.0,
                 'metres': 1000.0}[options.units]
        warning = interferogram_units_warning(sample_block_rows(stack), options.units, to_mm, self.INTERFEROGRAMS)
        stack.close()
        if warning:
            feedback.pushWarning(self.tr('Warning: {0}').format(error_text(warning)))

    def process(self, parameters, context, feedback, monitor):
        interferograms = self.raster_paths(parameters, self.INTERFEROGRAMS, context)
        coherence = self.raster_paths(parameters, self.COHERENCE, context, required=False) or None
        options = self._options(parameters, context, interferograms)
        self._warn_units(interferograms, options, feedback)
        outputs = {name: self.parameterAsOutputLayer(parameters, key, context)
                   for name, key in (('timeseries', self.OUTPUT_TIMESERIES), ('velocity', self.OUTPUT_VELOCITY),
                                     ('quality', self.OUTPUT_QUALITY), ('atmosphere', self.OUTPUT_ATMOSPHERE),
                                     ('closure', self.OUTPUT_CLOSURE),
                                     ('atmosphere_filter', self.OUTPUT_ATMOSPHERE_FILTER))}
        if not options.atmosphere_filter:
            if outputs['atmosphere_filter']:
                feedback.pushWarning(self.tr('Warning: {0} is written only with {1}; it is left out.').format(
                    self.quoted_label(self.OUTPUT_ATMOSPHERE_FILTER), self.quoted_label(self.ATMOSPHERE_FILTER)))
            outputs['atmosphere_filter'] = None
        feedback.pushInfo(self.tr('{0} interferograms; weighting {1}, smoothing {2}').format(
            len(interferograms), options.weighting, options.smoothing))
        outputs['state'] = (self.parameterAsString(parameters, self.OUTPUT_STATE, context)
                            if parameters.get(self.OUTPUT_STATE) else None)
        previous = self.parameterAsFile(parameters, self.PREVIOUS, context) if parameters.get(self.PREVIOUS) else None
        def warn(text):
            feedback.pushWarning(self.tr('Warning: {0}').format(text))
        if previous:
            for name, key in (('atmosphere', self.OUTPUT_ATMOSPHERE), ('closure', self.OUTPUT_CLOSURE),
                              ('atmosphere_filter', self.OUTPUT_ATMOSPHERE_FILTER)):
                if outputs[name]:
                    text = self.tr('Warning: {0} is not written by an update of {1}; it is left out.')
                    feedback.pushWarning(text.format(self.quoted_label(key), self.quoted_label(self.PREVIOUS)))
                outputs[name] = None
            feedback.pushInfo(self.tr('Update of the previous run in {0}: model settings are taken from its state; '
                                      'quality covers the new interferograms.').format(previous))
            result = update_stack(interferograms, coherence, previous, options, outputs, monitor, warn=warn)
        else:
            result = invert_stack(interferograms, coherence, options, outputs, monitor, warn=warn)
        network = result.network
        feedback.pushInfo(self.tr('{0} acquisitions from {1} to {2}; κ² = {3:.6g}; atmosphere σ_a = {4:.3g} mm '
                                  '(ρ = {5:.4g}); reference ({6:.3f}, {7:.3f})')
                          .format(network.n_dates, network.dates[0].isoformat(), network.dates[-1].isoformat(),
                                  result.kappa2, result.sigma_atmosphere, result.rho, result.reference.x,
                                  result.reference.y))
        return {self.OUTPUT_TIMESERIES: outputs['timeseries'], self.OUTPUT_VELOCITY: outputs['velocity'],
                self.OUTPUT_QUALITY: outputs['quality'], self.OUTPUT_ATMOSPHERE: outputs['atmosphere'] or None,
                self.OUTPUT_CLOSURE: (outputs['closure'] or None) if options.closure != 'none' else None,
                self.OUTPUT_ATMOSPHERE_FILTER: outputs['atmosphere_filter'] or None,
                self.OUTPUT_STATE: outputs['state'] or None,
                self.FILTER_TIME_DAYS_USED: result.filter_time_days, self.FILTER_SPACE_M_USED: result.filter_space_m,
                self.SMOOTHING_FACTOR_USED: result.kappa2, self.ATMOSPHERE_SIGMA_USED: result.sigma_atmosphere,
                self.ATMOSPHERE_RATIO_USED: result.rho, self.REFERENCE_X: result.reference.x,
                self.REFERENCE_Y: result.reference.y}
