"""Shared inputs and outputs of the GNSS station algorithms (gnsstimeseries, coseismicoffset).

* ``INPUT_FILES`` (position time series files) and ``FORMAT`` (auto or one of
  :data:`~.core.gnss.formats.FORMATS`); files of the same station are joined.
* ``STATIONS`` (optional point layer) with ``STATION_FIELD`` [station]: the
  location of stations whose files carry no coordinates, matched to the
  station ID (exactly, else on its first four characters).
* ``OUTPUT``: points in EPSG:4326 at each station's reference position.
"""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
)

from .base import DeformationAlgorithm, error_text, translate
from .core.common.errors import InputError
from .core.gnss import formats as gnss_formats
from .qgis_compat import field_type

OUTPUT_CRS = 'EPSG:4326'
DOUBLE = field_type('double')
INT = field_type('int')
STRING = field_type('string')
#: fields every station record ends with
COMMON_FIELDS = [('longitude', DOUBLE), ('latitude', DOUBLE), ('location', STRING), ('file', STRING),
                 ('format', STRING)]



def format_label(key):
    """The choice shown for GNSS file format ``key`` (translated where it holds words)."""
    labels = {'tenv': translate('DeformationAlgorithm', 'NGL .tenv (old)'),
              'csv': translate('DeformationAlgorithm', 'CSV (date,e,n,u[,se,sn,su])')}
    return labels.get(key, gnss_formats.FORMATS[key])

class GnssAlgorithm(DeformationAlgorithm):
    """Base of the algorithms reading GNSS position time series files."""

    GROUP_ID = 'gnss'

    INPUT_FILES = 'INPUT_FILES'
    FORMAT = 'FORMAT'
    STATIONS = 'STATIONS'
    STATION_FIELD = 'STATION_FIELD'
    OUTPUT = 'OUTPUT'
    N_STATIONS = 'N_STATIONS'

    FORMAT_KEYS = ('auto',) + tuple(gnss_formats.FORMATS)

    # -- parameters ---------------------------------------------------------------------
    def add_input_parameters(self):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT_FILES, translate('DeformationAlgorithm', 'GNSS position time series files'),
            QgsProcessing.SourceType.TypeFile))
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, translate('DeformationAlgorithm', 'File format'),
            options=([translate('DeformationAlgorithm', 'auto (from the content)')]
                     + [format_label(key) for key in gnss_formats.FORMATS]),
            defaultValue=0))

    def add_station_parameters(self):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STATIONS,
            translate('DeformationAlgorithm', 'Station locations for files without coordinates (points)'),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STATION_FIELD, translate('DeformationAlgorithm', 'Station ID field of the station locations'),
            'station',
            self.STATIONS, QgsProcessingParameterField.DataType.Any, optional=True))

    def add_output_parameters(self, description):
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, description, QgsProcessing.SourceType.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber(
            self.N_STATIONS, translate('DeformationAlgorithm', 'Number of stations')))

    # -- reading ------------------------------------------------------------------------
    def read_series(self, parameters, context, monitor):
        """All station series of ``INPUT_FILES`` (one per station, parts joined)."""
        paths = self.parameterAsFileList(parameters, self.INPUT_FILES, context)
        if not paths:
            raise InputError('{0}: no file given; select GNSS position time series files ({1}).',
                             self.INPUT_FILES, ', '.join(gnss_formats.FORMATS.values()))
        fmt = self.FORMAT_KEYS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        series = []
        for i, path in enumerate(paths):
            monitor.update(i / len(paths))
            series += gnss_formats.read_file(path, fmt)
        return gnss_formats.merge_stations(series)

    def station_locations(self, parameters, context):
        """{station ID as written in STATIONS: (lon, lat)} in EPSG:4326 (empty without a layer)."""
        if self.parameterAsSource(parameters, self.STATIONS, context) is None:
            return {}
        points = self.point_table(parameters, self.STATIONS, context, {}, QgsCoordinateReferenceSystem(OUTPUT_CRS),
                                  label=self.STATION_FIELD, label_required=True)
        return {label: (x, y) for label, x, y in zip(points.labels, points.x, points.y) if label}

    def locate(self, series, locations):
        """(lon, lat, source) of a station: the file's reference position, else the STATIONS layer."""
        if series.reference is not None:
            return series.reference[0], series.reference[1], 'file'
        names = list(locations)
        index = gnss_formats.match_station(series.station, names)
        if index is None:
            kind = gnss_formats.FORMATS[series.format]
            if not names:
                raise InputError('{0}: "{1}" ({2}) carries no station coordinates and no {3} layer was given; give a '
                                 'point layer with a "station" field holding {4}.',
                                 self.INPUT_FILES, series.name, kind, self.STATIONS, series.station)
            raise InputError('{0}: "{1}" ({2}) carries no station coordinates and station {3} is not in the {4} layer '
                             '(IDs: {5}); give a point layer with a "station" field holding {3}.',
                             self.INPUT_FILES, series.name, kind, series.station, self.STATIONS,
                             ', '.join(names[:12]) + (', ...' if len(names) > 12 else ''))
        lon, lat = locations[names[index]]
        return lon, lat, 'stations'

    # -- per station ----------------------------------------------------------------------
    def station_rows(self, parameters, context, feedback, monitor, compute):
        """[(lon, lat, record)] with ``record = compute(series)`` for every station of INPUT_FILES.

        A station whose ``compute`` raises :class:`InputError` is reported and left out; the
        run fails only when no station is left.  Records get the fields of ``COMMON_FIELDS``.
        """
        all_series = self.read_series(parameters, context, monitor.sub(0.0, 0.3))
        locations = self.station_locations(parameters, context)
        placed = [(series, self.locate(series, locations)) for series in all_series]
        rows, failures = [], []
        progress = monitor.sub(0.3, 1.0)
        for i, (series, (lon, lat, source)) in enumerate(placed):
            progress.update(i / len(placed))
            try:
                record = compute(series)
            except InputError as error:
                failures.append(error_text(error))
                feedback.reportError(error_text(error), fatalError=False)
                continue
            record.update(station=series.station, longitude=lon, latitude=lat, location=source, file=series.name,
                          format=series.format)
            rows.append((lon, lat, record))
        progress.update(1.0)
        if not rows:
            raise InputError('{0}: no station could be processed:\n{1}', self.INPUT_FILES, '\n'.join(failures))
        return rows

    # -- writing ------------------------------------------------------------------------
    def write_points(self, parameters, context, fields, rows):
        """Write ``rows`` [(lon, lat, {field: value})] as EPSG:4326 points; the results dict.

        ``fields`` is [(name, QVariant type)] (``station`` first, ``COMMON_FIELDS`` appended);
        non-finite numbers become NULL.
        """
        output = self.feature_output(parameters, self.OUTPUT, context, [('station', STRING)] + list(fields)
                                     + COMMON_FIELDS, 'point', QgsCoordinateReferenceSystem(OUTPUT_CRS))
        names = output.fields.names()
        for lon, lat, record in rows:
            output.add_point(lon, lat, [record.get(name) for name in names])
        return {self.OUTPUT: output.destination, self.N_STATIONS: len(rows)}
