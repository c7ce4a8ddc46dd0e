"""``deformation:ascdescdecomposition`` — East and Up from ascending + descending LOS velocities."""
import contextlib
import shutil
import tempfile

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from .base import DeformationAlgorithm, advanced
from .core.common.errors import InputError
from .core.geometry.line_of_sight import LOOK_DIRECTIONS, GeometrySource
from .core.insar.decomposition import check_pair, common_grid, decompose
from .core.io.raster_stack import (
    Grid,
    RasterWriter,
    check_north_up,
    display_name,
    iter_blocks,
    open_dataset,
    open_single_band,
)
from .core.io.resampling import RESAMPLING_METHODS, warp_to_grid


class AscDescDecompositionAlgorithm(DeformationAlgorithm):
    ALGORITHM_ID = 'ascdescdecomposition'
    GROUP_ID = 'decomposition'

    ASCENDING = 'ASCENDING'
    DESCENDING = 'DESCENDING'
    ASC_STD = 'ASC_STD'
    DESC_STD = 'DESC_STD'
    ASC_LOOK = 'ASC_LOOK'
    DESC_LOOK = 'DESC_LOOK'
    NORTH = 'NORTH'
    NORTH_RASTER = 'NORTH_RASTER'
    NORTH_STD = 'NORTH_STD'
    RESOLUTION = 'RESOLUTION'
    RESAMPLING = 'RESAMPLING'
    OUTPUT_EAST = 'OUTPUT_EAST'
    OUTPUT_UP = 'OUTPUT_UP'
    OUTPUT_EAST_STD = 'OUTPUT_EAST_STD'
    OUTPUT_UP_STD = 'OUTPUT_UP_STD'

    NORTH_OPTIONS = ('zero', 'raster')

    def displayName(self):  # noqa: N802
        return self.tr('Ascending/descending decomposition (East, Up)')

    def output_names(self):
        return {self.OUTPUT_EAST: self.tr('East velocity'), self.OUTPUT_UP: self.tr('Up velocity'),
                self.OUTPUT_EAST_STD: self.tr('East velocity 1σ'), self.OUTPUT_UP_STD: self.tr('Up velocity 1σ')}

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.ASCENDING, self.tr('Ascending LOS velocity (mm/yr, positive towards the satellite)')))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DESCENDING, self.tr('Descending LOS velocity (mm/yr, positive towards the satellite)')))
        self.add_geometry_parameters('ASC_', incidence=39.0, heading=-10.0, with_look=False)
        self.add_geometry_parameters('DESC_', incidence=39.0, heading=-170.0, with_look=True)
        look_options = [self.tr('as the look direction above'), self.tr('right'), self.tr('left')]
        self.addParameter(advanced(QgsProcessingParameterEnum(
            self.ASC_LOOK, self.tr('Look direction of the ascending geometry'), options=look_options,
            defaultValue=0)))
        self.addParameter(advanced(QgsProcessingParameterEnum(
            self.DESC_LOOK, self.tr('Look direction of the descending geometry'), options=look_options,
            defaultValue=0)))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.ASC_STD, self.tr('Ascending LOS velocity 1σ (mm/yr)'), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DESC_STD, self.tr('Descending LOS velocity 1σ (mm/yr)'), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.NORTH, self.tr('North velocity'),
            options=[self.tr('zero (quasi-East, quasi-Up)'), self.tr('from the north velocity raster')],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.NORTH_RASTER, self.tr('North velocity raster (mm/yr, e.g. interpolated GNSS)'), optional=True))
        self.addParameter(advanced(QgsProcessingParameterRasterLayer(
            self.NORTH_STD, self.tr('North velocity 1σ raster (mm/yr)'), optional=True)))
        self.addParameter(QgsProcessingParameterNumber(
            self.RESOLUTION, self.tr('Output pixel size in the CRS of the ascending velocity (0 = the coarser input)'),
            QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        self.addParameter(advanced(QgsProcessingParameterEnum(
            self.RESAMPLING, self.tr('Resampling onto the common grid'),
            options=[self.tr('automatic (average when coarsening, else bilinear)'), self.tr('nearest'),
                     self.tr('bilinear'), self.tr('cubic'), self.tr('average')], defaultValue=0)))
        self.add_block_rows_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_EAST, self.tr('East velocity')))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_UP, self.tr('Up velocity')))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_EAST_STD, self.tr('East 1σ')))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_UP_STD, self.tr('Up 1σ')))

    # -- parameters ---------------------------------------------------------
    def _looks(self, parameters, context):
        default = self.look_direction(parameters, context)
        looks = []
        for name in (self.ASC_LOOK, self.DESC_LOOK):
            index = self.parameterAsEnum(parameters, name, context)
            looks.append(default if index == 0 else LOOK_DIRECTIONS[index - 1])
        return looks

    def _north(self, parameters, context, feedback):
        mode = self.NORTH_OPTIONS[self.parameterAsEnum(parameters, self.NORTH, context)]
        north = self.raster_path(parameters, self.NORTH_RASTER, context)
        north_std = self.raster_path(parameters, self.NORTH_STD, context)
        if mode == 'raster' and north is None:
            raise InputError('{0}: no raster given but NORTH is "raster"; give the north velocity (mm/yr) or set '
                             'NORTH to zero.', 'NORTH_RASTER')
        if mode == 'zero':
            if north is not None or north_std is not None:
                feedback.pushWarning(self.tr('{0} is zero: {1} and {2} are ignored (choose "from the north velocity '
                                             'raster" to use them).').format(*map(self.quoted_label, (
                                                 self.NORTH, self.NORTH_RASTER, self.NORTH_STD))))
            return None, None
        return north, north_std

    def process(self, parameters, context, feedback, monitor):
        asc_path = self.raster_path(parameters, self.ASCENDING, context)
        desc_path = self.raster_path(parameters, self.DESCENDING, context)
        for name, path in ((self.ASCENDING, asc_path), (self.DESCENDING, desc_path)):
            if path is None:
                raise InputError('{0}: no raster given; choose a LOS velocity raster.', name)
        grids = [Grid.of(open_dataset(path, role))
                 for path, role in ((asc_path, self.ASCENDING), (desc_path, self.DESCENDING))]
        for grid_, path, role in zip(grids, (asc_path, desc_path), (self.ASCENDING, self.DESCENDING)):
            check_north_up(grid_, role, display_name(path))
        grid = common_grid(grids, [display_name(asc_path), display_name(desc_path)],
                           [self.ASCENDING, self.DESCENDING],
                           self.parameterAsDouble(parameters, self.RESOLUTION, context))
        feedback.pushInfo(self.tr('Common grid: {0}×{1} pixels of {2:g} CRS units').format(
            grid.width, grid.height, grid.pixel_size[0]))
        asc_look, desc_look = self._looks(parameters, context)
        north, north_std = self._north(parameters, context, feedback)
        resampling = RESAMPLING_METHODS[self.parameterAsEnum(parameters, self.RESAMPLING, context)]
        folder = tempfile.mkdtemp(prefix='deformation_decomposition_')
        try:
            def on_grid(name, path=None, method=resampling):
                path = path or self.raster_path(parameters, name, context)
                if path is None:
                    return None
                return open_single_band(warp_to_grid(path, grid, name, folder, method), name, grid)

            def geometry(prefix, look):
                values = {}
                for angle in ('INCIDENCE', 'HEADING'):
                    raster = on_grid(f'{prefix}{angle}_RASTER',
                                     method='nearest' if angle == 'HEADING' else resampling)
                    values[angle] = (raster if raster is not None
                                     else self.parameterAsDouble(parameters, f'{prefix}{angle}', context))
                los = self.los_vector_paths(parameters, context, prefix)
                if los is not None:
                    los = [on_grid(name, path) for name, path in los.items()]
                return GeometrySource(values['INCIDENCE'], values['HEADING'], look, prefix, los)

            sources = {
                'asc': on_grid(self.ASCENDING, asc_path), 'desc': on_grid(self.DESCENDING, desc_path),
                'asc_std': on_grid(self.ASC_STD), 'desc_std': on_grid(self.DESC_STD),
                'north': on_grid(self.NORTH_RASTER, north) if north else None,
                'north_std': on_grid(self.NORTH_STD, north_std) if north_std else None,
            }
            geometries = geometry('ASC_', asc_look), geometry('DESC_', desc_look)
            if (sources['asc_std'] is None) != (sources['desc_std'] is None):
                raise InputError('ASC_STD/DESC_STD: give both LOS 1σ rasters or neither.')
            self._decompose(parameters, context, feedback, monitor, grid, sources, geometries)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return {name: self.parameterAsOutputLayer(parameters, name, context)
                for name in (self.OUTPUT_EAST, self.OUTPUT_UP, self.OUTPUT_EAST_STD, self.OUTPUT_UP_STD)}

    def _decompose(self, parameters, context, feedback, monitor, grid, sources, geometries):
        with_std = sources['asc_std'] is not None
        if not with_std:
            feedback.pushWarning(self.tr('No LOS velocity 1σ rasters: the 1σ outputs are for 1 mm/yr of LOS noise '
                                         '(noise amplification factors).'))
        std_suffix = '_std' if with_std else '_std_per_mm_los'
        north_note = 'NORTH_RASTER' if sources['north'] is not None else 'zero (quasi-East, quasi-Up)'
        metadata = {'UNITS': 'mm/yr', 'NORTH': north_note,
                    'LOOK': f'ascending {geometries[0].look}, descending {geometries[1].look}'}
        outputs = ((self.OUTPUT_EAST, 'east'), (self.OUTPUT_UP, 'up'),
                   (self.OUTPUT_EAST_STD, 'east' + std_suffix), (self.OUTPUT_UP_STD, 'up' + std_suffix))
        block_rows = self.block_rows(parameters, context, grid.width, 20)
        with contextlib.ExitStack() as stack:
            writers = [stack.enter_context(RasterWriter(
                self.parameterAsOutputLayer(parameters, name, context), grid, [band], name,
                metadata=metadata, units='mm/yr')) for name, band in outputs]
            for row0, nrows in iter_blocks(grid.height, block_rows):
                monitor.check()
                block = {key: (source.read_band(0, row0, nrows) if source is not None else None)
                         for key, source in sources.items()}
                asc_unit = geometries[0].unit_vectors(row0, nrows, grid.width)
                desc_unit = geometries[1].unit_vectors(row0, nrows, grid.width)
                check_pair(asc_unit, desc_unit)
                results = decompose(block['asc'], block['desc'], asc_unit, desc_unit, block['asc_std'],
                                    block['desc_std'], block['north'], block['north_std'])
                for writer, result in zip(writers, results):
                    writer.write(row0, result)
                monitor.update((row0 + nrows) / grid.height)
