"""Small inputs for the bad-input catalogue (tests/test_reliability_catalogue.py): good and bad rasters,
stacks, station, zone and baseline layers and GNSS files, all in one folder built once per module.

Grid: EPSG:32654, 20 × 16 pixels of 100 m from (500000, 4000000).  Stations sit inside it; the
velocity raster is the line of sight of the stations' constant ENU velocity plus a 2 mm/yr offset,
so every algorithm has a consistent, valid run to spoil one parameter at a time.
"""
import datetime as dt
import os
import pathlib
import shutil

import numpy as np
from osgeo import gdal, ogr, osr
from pyproj import Transformer
from rasters import write_tif

from deformation_toolbox.algorithms.core.geometry.line_of_sight import unit_vector
from deformation_toolbox.algorithms.core.simulation.stack import SimulationConfig, simulate_stack
from deformation_toolbox.algorithms.core.sources.mogi import mogi

EPSG = 32654
X0, Y0, PIXEL = 500000.0, 4000000.0, 100.0
HEIGHT, WIDTH = 16, 20
GEOTRANSFORM = (X0, PIXEL, 0.0, Y0, 0.0, -PIXEL)
SERIES_DATES = [dt.date(2020, 1, 7) + dt.timedelta(days=24 * k) for k in range(6)]
ENU_VELOCITY = (4.0, -3.0, -6.0)          # mm/yr, every station and pixel
GNSS_DIR = os.path.join(os.path.dirname(__file__), 'data', 'gnss')


def pixel_centres():
    cols, rows = np.meshgrid(np.arange(WIDTH) + 0.5, np.arange(HEIGHT) + 0.5)
    return X0 + cols * PIXEL, Y0 - rows * PIXEL


def velocity_field():
    """Per-pixel LOS velocity [mm/yr]: constant ENU velocity on default geometry, a west-east trend, +2 offset."""
    x, _ = pixel_centres()
    east, north, up = unit_vector(39.0, -10.0, 'right')
    return ENU_VELOCITY[0] * east + ENU_VELOCITY[1] * north + ENU_VELOCITY[2] * up + 2.0 + 0.0 * x


def series_bands(velocity):
    years = np.array([(d - SERIES_DATES[0]).days for d in SERIES_DATES]) / 365.25
    return [velocity * t for t in years]


def to_lon_lat(x, y):
    return Transformer.from_crs(f'EPSG:{EPSG}', 'EPSG:4326', always_xy=True).transform(x, y)


def write_layer(path, kind, features, fields, epsg=4326):
    """A GeoPackage layer of ``kind`` (ogr.wkbPoint/LineString/Polygon) from [(wkt, {field: value})]."""
    driver = ogr.GetDriverByName('GPKG')
    source = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = source.CreateLayer(os.path.splitext(os.path.basename(str(path)))[0], srs, kind)
    for name, field_kind in fields:
        layer.CreateField(ogr.FieldDefn(name, field_kind))
    for wkt, values in features:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in values.items():
            if value is not None:
                feature.SetField(name, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    source = None
    return str(path)


STATION_FIELDS = [('station', ogr.OFTString)] + [(k, ogr.OFTReal) for k in ('ve', 'vn', 'vu', 'se', 'sn', 'su')]


def write_stations(path, xy, velocity=ENU_VELOCITY, names=None):
    lon, lat = to_lon_lat(np.array([p[0] for p in xy]), np.array([p[1] for p in xy]))
    features = []
    for n, (lo, la) in enumerate(zip(lon, lat)):
        values = dict(zip(('ve', 'vn', 'vu'), velocity[n] if np.ndim(velocity) == 2 else velocity))
        values.update(station=(names or [f'S{k:02d}' for k in range(len(xy))])[n], se=1.0, sn=1.0, su=2.0)
        features.append((f'POINT ({lo} {la})', values))
    return write_layer(path, ogr.wkbPoint, features, STATION_FIELDS)


def box(x0, y0, x1, y1):
    return f'POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))'


def truncated_copy(source, path):
    """``source`` with its last third cut off: GDAL opens it, its last rows cannot be read."""
    data = pathlib.Path(source).read_bytes()
    with open(path, 'wb') as handle:
        handle.write(data[:2 * len(data) // 3])
    return str(path)


class Inputs:
    """Every input file of the catalogue, as attributes (paths as text)."""

    def __init__(self, folder):
        self.folder = str(folder)
        os.makedirs(self.folder, exist_ok=True)
        self._rasters()
        self._stacks()
        self._vectors()
        self._files()

    def path(self, name):
        return os.path.join(self.folder, name)

    def tif(self, name, arrays, **options):
        options.setdefault('geotransform', GEOTRANSFORM)
        options.setdefault('epsg', EPSG)
        return write_tif(self.path(name), arrays, **options)

    def _rasters(self):
        velocity = velocity_field()
        described = [d.isoformat() for d in SERIES_DATES]
        self.velocity = self.tif('velocity.tif', velocity)
        self.velocity_m = self.tif('velocity_m_per_yr.tif', velocity / 1000.0)
        self.desc_velocity = self.tif('desc_velocity.tif', velocity - 1.0)
        rotated = (X0, PIXEL * 0.98, PIXEL * 0.17, Y0, PIXEL * 0.17, -PIXEL * 0.98)
        self.velocity_rotated = self.tif('velocity_rotated.tif', velocity, geotransform=rotated)
        self.all_nan = self.tif('all_nan.tif', np.full((HEIGHT, WIDTH), np.nan))
        self.small_grid = self.tif('small_grid.tif', velocity[:8, :8])
        self.series = self.tif('series.tif', series_bands(velocity), descriptions=described)
        self.series_newest_first = self.tif('series_newest_first.tif', series_bands(velocity)[::-1])
        self.series_undated = self.tif('series_undated.tif', series_bands(velocity))
        self.series_all_nan = self.tif('series_all_nan.tif', [np.full((HEIGHT, WIDTH), np.nan)] * 6,
                                       descriptions=described)
        self.single_band_dated = self.tif('single_band_series.tif', velocity, descriptions=['2020-01-07'])
        x, y = pixel_centres()
        relief = 300.0 + 1200.0 * np.exp(-((x - x.mean()) ** 2 + (y - y.mean()) ** 2) / (2 * 600.0 ** 2))
        self.dem = self.tif('dem.tif', relief)
        self.dem_km = self.tif('dem_km.tif', relief / 1000.0)
        self.dem_cm = self.tif('dem_cm.tif', relief * 100.0)
        self.humidity_150 = self.tif('humidity_150.tif', np.full((HEIGHT, WIDTH), 150.0))
        heading = np.full((HEIGHT, WIDTH), np.nan)
        heading[0, 0] = -10.0                                   # valid somewhere, NaN at every station
        self.heading_nan = self.tif('heading_nan_at_stations.tif', heading)
        east, north, up = mogi(x, y, x.mean(), y.mean(), 800.0, 2e5, 0.25)
        ue, un, uu = unit_vector(39.0, -10.0, 'right')
        self.mogi_los = self.tif('mogi_los.tif', 1000.0 * (east * ue + north * un + up * uu))
        self.text_tif = self.path('not_a_raster.tif')
        with open(self.text_tif, 'w', encoding='utf-8') as handle:
            handle.write('velocity,mm/yr\n1,2\n')
        big = write_tif(self.path('big_source.tif'), [np.random.default_rng(1).normal(size=(512, 512))] * 2,
                        geotransform=GEOTRANSFORM, epsg=EPSG)
        self.truncated = truncated_copy(big, self.path('truncated.tif'))
        os.remove(big)
        self.huge_template = self.path('huge_template.tif')
        dataset = gdal.GetDriverByName('GTiff').Create(self.huge_template, 100000, 100000, 1, gdal.GDT_Float32,
                                                       ['TILED=YES', 'SPARSE_OK=TRUE', 'COMPRESS=DEFLATE'])
        dataset.SetGeoTransform((X0, 1.0, 0.0, Y0, 0.0, -1.0))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(EPSG)
        dataset.SetProjection(srs.ExportToWkt())
        dataset = None
        self.template_all_nan = self.tif('template_all_nan.tif', np.full((HEIGHT, WIDTH), np.nan))

    def _stacks(self):
        config = SimulationConfig(width=16, height=12, pixel_size=300.0, n_dates=5, links=2, atmosphere=4.0,
                                  looks=0.0, seed=2)
        result = simulate_stack(config, self.path('stack'))
        self.interferograms, self.coherence = result.interferograms, result.coherence
        self.stack_dates = result.dates
        grid_of = gdal.Open(self.interferograms[0])
        geotransform = grid_of.GetGeoTransform()
        grid_of = None

        def copy_stack(sub, paths, transform, dtype=gdal.GDT_Float32, suffix=''):
            folder = self.path(sub)
            os.makedirs(folder, exist_ok=True)
            out = []
            for path in paths:
                data = gdal.Open(path).ReadAsArray().astype(float)
                name = os.path.splitext(os.path.basename(path))[0] + suffix
                out.append(write_tif(os.path.join(folder, name + '.tif'), transform(data), geotransform, EPSG,
                                     dtype=dtype))
            return out

        to_mm = -55.465763 / (4 * np.pi)
        self.interferograms_m = copy_stack('ifg_metres', self.interferograms, lambda p: p * to_mm / 1000.0)
        self.interferograms_mm = copy_stack('ifg_mm', self.interferograms, lambda p: p * to_mm)
        self.coherence_255 = copy_stack('coh_8bit', self.coherence, lambda c: np.round(c * 255), gdal.GDT_Byte)
        self.coherence_bad = copy_stack('coh_1_5', self.coherence, lambda c: c * 1.5)
        self.interferogram_undated = write_tif(self.path('unwrapped_a.tif'), gdal.Open(self.interferograms[0])
                                               .ReadAsArray(), geotransform, EPSG)

    def _vectors(self):
        x, y = pixel_centres()
        picks = [(2, 3), (5, 15), (10, 8), (13, 17), (3, 10), (12, 2), (8, 12), (6, 5)]
        xy = [(x[r, c], y[r, c]) for r, c in picks]
        self.station_xy = xy
        self.stations = write_stations(self.path('stations.gpkg'), xy)
        self.stations_outside = write_stations(self.path('stations_far.gpkg'), [(px + 80000.0, py) for px, py in xy])
        self.stations_two = write_stations(self.path('stations_two.gpkg'), xy[:2])
        with_nan = [ENU_VELOCITY] * len(xy)
        with_nan[3] = (None, None, None)
        self.stations_nan = write_stations(self.path('stations_nan.gpkg'), xy, velocity=with_nan)
        self.stations_empty = write_layer(self.path('stations_empty.gpkg'), ogr.wkbPoint, [], STATION_FIELDS)
        zone_fields = [('name', ogr.OFTString)]
        inside = [(box(X0 + 100, Y0 - 900, X0 + 900, Y0 - 100), {'name': 'west'}),
                  (box(X0 + 1000, Y0 - 1500, X0 + 1900, Y0 - 600), {'name': 'east'})]
        far = [(box(X0 + 50000, Y0 - 900, X0 + 50900, Y0 - 100), {'name': 'far'})]
        self.zones = write_layer(self.path('zones.gpkg'), ogr.wkbPolygon, inside, zone_fields, EPSG)
        self.zones_far = write_layer(self.path('zones_far.gpkg'), ogr.wkbPolygon, far, zone_fields, EPSG)
        self.zones_mixed = write_layer(self.path('zones_mixed.gpkg'), ogr.wkbPolygon, inside + far, zone_fields,
                                       EPSG)
        self.zones_with_mean = write_layer(self.path('zones_with_mean.gpkg'), ogr.wkbPolygon,
                                           [(wkt, {**values, 'mean': 1.0}) for wkt, values in inside],
                                           zone_fields + [('mean', ogr.OFTReal)], EPSG)
        self.zones_empty = write_layer(self.path('zones_empty.gpkg'), ogr.wkbPolygon, [], zone_fields, EPSG)
        lon, lat = to_lon_lat(np.array([p[0] for p in xy[:4]]), np.array([p[1] for p in xy[:4]]))
        lines = [(i, j) for i in range(4) for j in range(i + 1, 4)]
        baseline = [(f'LINESTRING ({lon[i]} {lat[i]}, {lon[j]} {lat[j]})', {'rate': 0.5 * (i + 1) - 0.3 * j})
                    for i, j in lines]
        self.baselines = write_layer(self.path('baselines.gpkg'), ogr.wkbLineString, baseline,
                                     [('rate', ogr.OFTReal)])
        self.baselines_two = write_layer(self.path('baselines_two.gpkg'), ogr.wkbLineString, baseline[:2],
                                         [('rate', ogr.OFTReal)])
        loop = [(f'LINESTRING ({lon[0]} {lat[0]}, {lon[1]} {lat[1]}, {lon[0]} {lat[0]})', {'rate': 1.0})]
        self.baselines_loop = write_layer(self.path('baselines_loop.gpkg'), ogr.wkbLineString,
                                          baseline[:3] + loop, [('rate', ogr.OFTReal)])
        self.baselines_text = write_layer(self.path('baselines_text.gpkg'), ogr.wkbLineString,
                                          [(wkt, {'rate': 'fast'}) for wkt, _ in baseline],
                                          [('rate', ogr.OFTString)])
        self.text_gpkg = self.path('not_a_layer.gpkg')
        with open(self.text_gpkg, 'w', encoding='utf-8') as handle:
            handle.write('station,ve\nA,1\n')

    def _files(self):
        self.gnss_file = shutil.copy(os.path.join(GNSS_DIR, 'SAMT.tenv3'), self.path('SAMT.tenv3'))
        self.gnss_empty = self.path('EMPT.tenv3')
        open(self.gnss_empty, 'w', encoding='ascii').close()
        self.gnss_binary = self.path('BINR.tenv3')
        with open(self.gnss_binary, 'wb') as handle:
            handle.write(bytes(range(256)) * 8)
