"""Shared base of the source inversions (``mogiinversion``, ``faultinversion``): data in, model rasters out.

Inputs handled here:

* LOS rasters, each with its own geometry.  ``MULTIPLE_LOS`` names the
  multiple-raster parameter (``LOS_RASTERS`` in mogiinversion, whose ``LOS``
  stays a single raster with ``INCIDENCE``/``HEADING``; ``LOS`` in
  faultinversion).  Their geometry: ``INCIDENCES`` and ``HEADINGS`` (text,
  comma-separated degrees: one per raster in the order of the layers, or one
  for all; empty = the ``INCIDENCE``/``HEADING`` numbers), overridden by
  ``INCIDENCE_RASTERS``/``HEADING_RASTERS`` (multiple rasters: one per LOS
  raster in the same order, or one for all), or by the LOS unit vector
  ``LOS_EAST_RASTERS``/``LOS_NORTH_RASTERS``/``LOS_UP_RASTERS`` (the same
  rule, all three components).  Each raster is down-sampled on
  its own (``MAX_POINTS`` each) and, for correlated noise, pixels are sampled
  to estimate its own covariance.  Rasters in different CRSs are all modelled
  in the metric frame of the first.
* ``GNSS`` points with de/dn/du and 1σ fields (mm).

Outputs: ``OUTPUT_MODEL``/``OUTPUT_RESIDUAL`` on the grid of the first LOS
raster and, with ``OUTPUT_FOLDER``, ``model_<k>_<name>.tif`` and
``residual_<k>_<name>.tif`` for every LOS raster.
"""
import os
import re
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from .base import DeformationAlgorithm, advanced, translate
from .core.common.errors import InputError
from .core.geometry.line_of_sight import GeometrySource
from .core.geometry.local_frame import frame_for, metric_frame
from .core.io.raster_stack import display_name, open_single_band
from .core.sources.downsampling import METHODS, downsample_los, sample_pixels
from .core.sources.joint import NUISANCE_TERMS, GnssData, LosData
from .core.sources.rasters import geometry_on_grid, grid_frame, write_model_rasters
from .qgis_compat import crs_wkt

Double = QgsProcessingParameterNumber.Type.Double
Integer = QgsProcessingParameterNumber.Type.Integer
#: default GNSS sigma (mm) where a sigma field is absent or NULL
DEFAULT_GNSS_SIGMA = 1.0
NOISE_MODELS = ('independent', 'exponential')


@dataclass
class LosInput:
    """One LOS raster on its grid: stack, geometry (on the grid), metric frame, down-sampled data."""

    name: str
    stack: object
    geometry: object
    frame: object
    data: LosData = None


@dataclass
class Inputs:
    """Everything an inversion needs: the metric frame and output CRS, the LOS inputs and GNSS data."""

    frame: object
    crs: object
    los: list
    gnss: GnssData


def split_numbers(text, name, count):
    """Comma/space-separated degrees of ``name``: ``count`` values (one given = all); [] for empty text."""
    text = (text or '').strip()
    if not text:
        return []
    try:
        values = [float(v) for v in re.split(r'[,;\s]+', text) if v]
    except ValueError:
        raise InputError('{0}: "{1}" is not a list of numbers; give degrees separated by commas, one per LOS raster '
                         'in the order of the layers (or one for all).', name, text) from None
    if len(values) == 1:
        return values * count
    if len(values) != count:
        raise InputError('{0}: {1} values for {2} LOS rasters; give one per raster, in the order of the layers, or '
                         'one for all.', name, len(values), count)
    return values


class SourceInversionAlgorithm(DeformationAlgorithm):
    """Base of the inversions of LOS rasters and GNSS displacements for a source model (abstract)."""

    GROUP_ID = 'strain'

    MULTIPLE_LOS = 'LOS_RASTERS'
    INCIDENCES = 'INCIDENCES'
    HEADINGS = 'HEADINGS'
    INCIDENCE_RASTERS = 'INCIDENCE_RASTERS'
    HEADING_RASTERS = 'HEADING_RASTERS'
    LOS_VECTOR_RASTERS = {'east': 'LOS_EAST_RASTERS', 'north': 'LOS_NORTH_RASTERS', 'up': 'LOS_UP_RASTERS'}
    GNSS = 'GNSS'
    FIELDS = {'de': 'DE_FIELD', 'dn': 'DN_FIELD', 'du': 'DU_FIELD'}
    SIGMA_FIELDS = {'sde': 'SDE_FIELD', 'sdn': 'SDN_FIELD', 'sdu': 'SDU_FIELD'}
    MAX_POINTS = 'MAX_POINTS'
    DOWNSAMPLING = 'DOWNSAMPLING'
    NUISANCE = 'NUISANCE'
    NOISE_MODEL = 'NOISE_MODEL'
    COVARIANCE_SAMPLES = 'COVARIANCE_SAMPLES'
    LOS_SIGMA = 'LOS_SIGMA'
    GNSS_WEIGHT = 'GNSS_WEIGHT'
    POISSON = 'POISSON'
    STARTS = 'STARTS'
    BOOTSTRAP = 'BOOTSTRAP'
    SEED = 'SEED'
    OUTPUT_MODEL = 'OUTPUT_MODEL'
    OUTPUT_RESIDUAL = 'OUTPUT_RESIDUAL'
    OUTPUT_FOLDER = 'OUTPUT_FOLDER'

    # -- parameters -----------------------------------------------------------------
    def add_multiple_los_parameters(self, description):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.MULTIPLE_LOS, description, QgsProcessing.SourceType.TypeRaster, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.INCIDENCES, translate('DeformationAlgorithm', 'Incidence of each of these LOS rasters (degrees, '
                                       'comma separated in layer order; empty = the incidence number)'),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.HEADINGS, translate('DeformationAlgorithm', 'Heading of each of these LOS rasters (degrees, comma '
                                     'separated in layer order; empty = the heading number)'), optional=True))
        for name, label in ((self.INCIDENCE_RASTERS, translate(
                'DeformationAlgorithm', 'Incidence rasters of these LOS rasters, one each in the same order')),
                            (self.HEADING_RASTERS, translate(
                'DeformationAlgorithm', 'Heading rasters of these LOS rasters, one each in the same order'))):
            self.addParameter(QgsProcessingParameterMultipleLayers(name, label, QgsProcessing.SourceType.TypeRaster,
                                                                   optional=True))
        components = {'east': translate('DeformationAlgorithm', 'east'),
                      'north': translate('DeformationAlgorithm', 'north'),
                      'up': translate('DeformationAlgorithm', 'up')}
        for component, name in self.LOS_VECTOR_RASTERS.items():
            self.addParameter(advanced(QgsProcessingParameterMultipleLayers(
                name, translate('DeformationAlgorithm', 'LOS unit vector, {0} component, of these LOS rasters (one '
                                'each, same order; overrides incidence and heading)').format(components[component]),
                QgsProcessing.SourceType.TypeRaster, optional=True)))

    def add_gnss_parameters(self):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.GNSS, translate('DeformationAlgorithm', 'GNSS displacements (points, mm)'),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        labels = {'de': translate('DeformationAlgorithm', 'East displacement field'),
                  'dn': translate('DeformationAlgorithm', 'North displacement field'),
                  'du': translate('DeformationAlgorithm', 'Up displacement field'),
                  'sde': translate('DeformationAlgorithm', 'East 1σ field'),
                  'sdn': translate('DeformationAlgorithm', 'North 1σ field'),
                  'sdu': translate('DeformationAlgorithm', 'Up 1σ field')}
        for default, name in {**self.FIELDS, **self.SIGMA_FIELDS}.items():
            self.addParameter(QgsProcessingParameterField(
                name, labels[default], default, self.GNSS, QgsProcessingParameterField.DataType.Numeric,
                optional=True))

    def add_data_parameters(self, starts=20):
        """Down-sampling, nuisance terms, noise, weights, Poisson's ratio, starts, bootstrap, seed, block rows."""
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_POINTS, translate('DeformationAlgorithm', 'Maximum number of down-sampled points per LOS raster'),
            Integer, 2000, minValue=10, maxValue=1000000))
        self.addParameter(QgsProcessingParameterEnum(
            self.DOWNSAMPLING, translate('DeformationAlgorithm', 'Down-sampling'),
            options=[translate('DeformationAlgorithm', 'quadtree'), translate('DeformationAlgorithm', 'uniform grid')],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.NUISANCE, translate('DeformationAlgorithm', 'LOS nuisance terms (each LOS raster its own)'),
            options=[translate('DeformationAlgorithm', 'none'), translate('DeformationAlgorithm', 'offset'),
                     translate('DeformationAlgorithm', 'offset and ramp')], defaultValue=2))
        self.addParameter(QgsProcessingParameterEnum(
            self.NOISE_MODEL, translate('DeformationAlgorithm', 'LOS noise'),
            options=[translate('DeformationAlgorithm', 'independent (LOS noise 1σ below)'),
                     translate('DeformationAlgorithm', 'correlated: exponential covariance of each LOS raster '
                               'estimated from its residuals')], defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.LOS_SIGMA, translate('DeformationAlgorithm', 'LOS noise of a down-sampled point, 1σ (mm or mm/yr; '
                                      'independent noise)'), Double, 5.0, minValue=1e-6))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.COVARIANCE_SAMPLES, translate('DeformationAlgorithm', 'Pixels sampled to estimate the noise '
                                               'covariance (per LOS raster)'), Integer, 2000, minValue=100,
            maxValue=20000)))
        self.addParameter(QgsProcessingParameterNumber(
            self.GNSS_WEIGHT, translate('DeformationAlgorithm', 'Relative weight of GNSS against LOS'), Double, 1.0,
            minValue=1e-9))
        self.addParameter(QgsProcessingParameterNumber(
            self.POISSON, translate('DeformationAlgorithm', "Poisson's ratio"), Double, 0.25, minValue=0.0,
            maxValue=0.4999))
        self.addParameter(QgsProcessingParameterNumber(
            self.STARTS, translate('DeformationAlgorithm', 'Number of starts (multi-start search)'), Integer, starts,
            minValue=1, maxValue=1000))
        self.addParameter(QgsProcessingParameterNumber(
            self.BOOTSTRAP, translate('DeformationAlgorithm', 'Bootstrap resamples for uncertainties (0 = none)'),
            Integer, 0, minValue=0, maxValue=10000))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.SEED, translate('DeformationAlgorithm', 'Random seed (starts and bootstrap)'), Integer, 0,
            minValue=0)))
        self.add_block_rows_parameter()

    def add_model_outputs(self):
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_MODEL, translate('DeformationAlgorithm', 'Model LOS (on the grid of the first LOS raster)'),
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_RESIDUAL, translate('DeformationAlgorithm', 'Residual LOS, data − model (first LOS raster)'),
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, translate('DeformationAlgorithm', 'Folder for the model and residual of every LOS '
                                          'raster'), optional=True, createByDefault=False))

    # -- LOS inputs -----------------------------------------------------------------------
    def single_los(self, parameters, context):
        """[(path, CRS, GeometrySource)] of a single-raster LOS input; none in the base (faultinversion)."""
        return []

    def multiple_los(self, parameters, context):
        """[(path, CRS, GeometrySource)] of ``MULTIPLE_LOS`` with the per-raster geometry."""
        los_layers = self.parameterAsLayerList(parameters, self.MULTIPLE_LOS, context)
        paths = [self._file_source(layer, self.MULTIPLE_LOS) for layer in los_layers]
        count = len(paths)
        if not count:
            return []
        look = self.look_direction(parameters, context) if self.parameterDefinition(self.LOOK_DIRECTION) else 'right'
        values = {}
        for name, number, rasters in ((self.INCIDENCES, 'INCIDENCE', self.INCIDENCE_RASTERS),
                                      (self.HEADINGS, 'HEADING', self.HEADING_RASTERS)):
            numbers = (split_numbers(self.parameterAsString(parameters, name, context), name, count)
                       or [self.parameterAsDouble(parameters, number, context)] * count)
            layers = self.parameterAsLayerList(parameters, rasters, context)
            if layers and len(layers) not in (1, count):
                raise InputError('{0}: {1} rasters for {2} LOS rasters; give one per LOS raster in the same order, or '
                                 'one for all.', rasters, len(layers), count)
            files = [self._file_source(layer, rasters) for layer in layers]
            files = files * count if len(files) == 1 else files
            values[number] = [open_single_band(files[k], rasters) if files else numbers[k] for k in range(count)]
        vectors = self.los_vector_rasters(parameters, context, count)
        return [(path, layer.crs(), GeometrySource(values['INCIDENCE'][k], values['HEADING'][k], look,
                                                    f'{self.MULTIPLE_LOS}[{k + 1}] ', vectors[k]))
                for k, (path, layer) in enumerate(zip(paths, los_layers))]

    def los_vector_rasters(self, parameters, context, count):
        """Per LOS raster, the (east, north, up) unit-vector rasters of ``LOS_*_RASTERS``, or None each."""
        files = {}
        for component, name in self.LOS_VECTOR_RASTERS.items():
            layers = self.parameterAsLayerList(parameters, name, context)
            if layers and len(layers) not in (1, count):
                raise InputError('{0}: {1} rasters for {2} LOS rasters; give one per LOS raster in the same order, or '
                                 'one for all.', name, len(layers), count)
            paths = [self._file_source(layer, name) for layer in layers]
            files[component] = paths * count if len(paths) == 1 else paths
        given = [name for component, name in self.LOS_VECTOR_RASTERS.items() if files[component]]
        if not given:
            return [None] * count
        if len(given) < 3:
            raise InputError('{0}: missing; the LOS unit vector needs all three components, or none to use incidence '
                             'and heading.', ', '.join(sorted(set(self.LOS_VECTOR_RASTERS.values()) - set(given))))
        return [[open_single_band(files[component][k], self.LOS_VECTOR_RASTERS[component])
                 for component in ('east', 'north', 'up')] for k in range(count)]

    def inputs(self, parameters, context, folder, feedback, monitor):
        """:class:`Inputs`: the LOS rasters down-sampled on their grids, GNSS in the same metric frame."""
        single = self.single_los(parameters, context)
        entries = single + self.multiple_los(parameters, context)
        roles = ['LOS'] * len(single) + [self.MULTIPLE_LOS] * (len(entries) - len(single))
        if entries:
            frame, crs = grid_frame(open_single_band(entries[0][0], roles[0]).grid), entries[0][1]
        else:
            gnss = self.gnss_table(parameters, context, None)
            if gnss is None:
                more = f' (LOS or {self.MULTIPLE_LOS})' if self.MULTIPLE_LOS != 'LOS' else ''
                raise InputError('LOS, GNSS: no data; give a LOS raster{0}, a GNSS point layer or both.', more)
            crs = self.parameterAsSource(parameters, self.GNSS, context).sourceCrs()
            frame = metric_frame(crs_wkt(crs), (float(np.mean(gnss[0])), float(np.mean(gnss[1]))))
        los = []
        for k, (path, layer_crs, geometry) in enumerate(entries):
            part = monitor.sub(k / max(1, len(entries)), (k + 1) / max(1, len(entries)))
            stack = open_single_band(path, roles[k])
            grid_geometry = geometry_on_grid(geometry, stack.grid, folder)
            local = frame_for(crs_wkt(layer_crs), frame, crs_wkt(crs))
            item = LosInput(display_name(path), stack, grid_geometry, local)
            item.data = self._los_data(parameters, context, item, part)
            feedback.pushInfo(translate('DeformationAlgorithm', '{0}: {1} down-sampled LOS points').format(
                item.name, len(item.data.points)))
            los.append(item)
        table = self.gnss_table(parameters, context, crs)
        gnss = None
        if table is not None:
            gnss = GnssData(*frame.forward(table[0], table[1]), table[2], table[3])
        return Inputs(frame, crs, los, gnss)

    def _los_data(self, parameters, context, item, monitor):
        block_rows = self.block_rows(parameters, context, item.stack.grid.width, 16)
        points = downsample_los(item.stack, item.geometry, item.frame,
                                self.parameterAsInt(parameters, self.MAX_POINTS, context),
                                METHODS[self.parameterAsEnum(parameters, self.DOWNSAMPLING, context)], block_rows,
                                monitor.sub(0.0, 0.8))
        sample = None
        if NOISE_MODELS[self.parameterAsEnum(parameters, self.NOISE_MODEL, context)] == 'exponential':
            sample = sample_pixels(item.stack, item.geometry, item.frame,
                                   self.parameterAsInt(parameters, self.COVARIANCE_SAMPLES, context),
                                   self.parameterAsInt(parameters, self.SEED, context), block_rows,
                                   monitor.sub(0.8, 1.0))
        return LosData(points, item.name, self.parameterAsDouble(parameters, self.LOS_SIGMA, context), sample)

    def nuisance(self, parameters, context):
        return NUISANCE_TERMS[self.parameterAsEnum(parameters, self.NUISANCE, context)]

    # -- GNSS -----------------------------------------------------------------------
    def gnss_table(self, parameters, context, crs):
        """(x, y, values (n, 3), sigmas (n, 3)) in ``crs`` (None: the layer's), or None without GNSS."""
        if not parameters.get(self.GNSS):
            return None
        names = {key: self.parameterAsString(parameters, name, context) or key
                 for key, name in {**self.FIELDS, **self.SIGMA_FIELDS}.items()}
        points = self.point_table(parameters, self.GNSS, context, names, crs,
                                  optional_fields=tuple(self.SIGMA_FIELDS))
        x, y, table = points.x, points.y, points.table
        values = np.column_stack([table[key] for key in self.FIELDS])
        sigmas = np.column_stack([table[key] for key in self.SIGMA_FIELDS])
        sigmas = np.where(np.isfinite(sigmas), sigmas, DEFAULT_GNSS_SIGMA)
        keep = np.isfinite(values).any(axis=1)
        if not keep.any():
            raise InputError('{0}: no station has a displacement value; fill the fields {1} (mm).',
                             self.GNSS, ', '.join((names[k] for k in self.FIELDS)))
        return x[keep], y[keep], values[keep], sigmas[keep]

    # -- outputs --------------------------------------------------------------------
    def write_models(self, parameters, context, inputs, model, monitor):
        """Model and residual rasters of every LOS input; ``model(k, x, y, e, n, u)`` is dataset k's model LOS."""
        results = {}
        if not inputs.los:
            return results
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context) if parameters.get(
            self.OUTPUT_FOLDER) else ''
        for k, item in enumerate(inputs.los):
            paths = {}
            if k == 0:
                paths = {'model': self.parameterAsOutputLayer(parameters, self.OUTPUT_MODEL, context),
                         'residual': self.parameterAsOutputLayer(parameters, self.OUTPUT_RESIDUAL, context)}
            if folder:
                os.makedirs(folder, exist_ok=True)
                stem = re.sub(r'[^A-Za-z0-9_.-]+', '_', os.path.splitext(item.name)[0])
                extra = {name: os.path.join(folder, f'{name}_{k + 1}_{stem}.tif') for name in ('model', 'residual')}
                if k == 0:
                    self._write_one(item, extra, model, k, parameters, context, monitor)
                else:
                    paths = extra
            written = self._write_one(item, paths, model, k, parameters, context,
                                      monitor.sub(k / len(inputs.los), (k + 1) / len(inputs.los)))
            if k == 0:
                results.update({f'OUTPUT_{name.upper()}': path for name, path in written.items()})
        if folder:
            results[self.OUTPUT_FOLDER] = folder
        return results

    def _write_one(self, item, paths, model, k, parameters, context, monitor):
        return write_model_rasters(item.stack, item.geometry, item.frame,
                                   lambda x, y, e, n, u: model(k, x, y, e, n, u), paths,
                                   self.block_rows(parameters, context, item.stack.grid.width, 16), monitor)
