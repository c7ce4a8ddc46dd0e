#!/usr/bin/env python3
"""Build ``sample_layers.gpkg``: hazard zones, geologic units and a fault around the simulated scene.

The layers are invented (no real survey) and laid out around the default scene
of ``deformation:simulatestack`` (centre 138.52°E 36.40°N, UTM 54N): a volcano
3 km west / 2 km north of the centre, a subsidence basin 4 km east / 3.5 km
south, and a fault through 1.5 km east striking N30°E.  Hazard zones and the
fault are in UTM 54N (EPSG:32654); geologic units in JGD2011 geographic
(EPSG:6668), so a map exercises on-the-fly reprojection.

Run ``make sample`` (or this script) to rebuild; only GDAL/OGR and pyproj are used.
"""
import math
import os
import sys

from osgeo import ogr, osr
from pyproj import Transformer

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, 'sample_layers.gpkg')
CENTER_LONLAT = (138.52, 36.40)
UTM = 32654
GEOGRAPHIC = 6668
VOLCANO = (-3000.0, 2000.0)
BASIN = (4000.0, -3500.0)
FAULT = (1500.0, 0.0, 30.0)


def scene_center():
    x, y = Transformer.from_crs(4326, UTM, always_xy=True).transform(*CENTER_LONLAT)
    return x, y


def blob(cx, cy, radius, lobes=((3, 0.12, 0.0), (5, 0.06, 1.0)), stretch=(1.0, 1.0), n=96):
    """A smooth irregular closed polygon: r(θ) = R (1 + Σ a_k cos(kθ + φ_k))."""
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for i in range(n + 1):
        theta = 2 * math.pi * (i % n) / n
        r = radius * (1 + sum(a * math.cos(k * theta + phase) for k, a, phase in lobes))
        ring.AddPoint_2D(cx + stretch[0] * r * math.cos(theta), cy + stretch[1] * r * math.sin(theta))
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def fault_trace(cx, cy, length=16000.0):
    x0, y0, strike = cx + FAULT[0], cy + FAULT[1], math.radians(FAULT[2])
    line = ogr.Geometry(ogr.wkbLineString)
    for i in range(21):
        s = -length / 2 + length * i / 20
        bend = 150.0 * math.sin(s / 2500.0)
        line.AddPoint_2D(x0 + s * math.sin(strike) + bend * math.cos(strike),
                         y0 + s * math.cos(strike) - bend * math.sin(strike))
    return line


def hazard_zones(cx, cy):
    vx, vy = cx + VOLCANO[0], cy + VOLCANO[1]
    bx, by = cx + BASIN[0], cy + BASIN[1]
    flow = blob(vx + 900, vy - 700, 4800, lobes=((2, 0.18, 2.3), (3, 0.10, 0.4), (7, 0.05, 0.0)))
    return [
        ('Crater area', 'volcanic', 3, 'Entry prohibited within about 1 km of the active crater.',
         blob(vx, vy, 1000, lobes=((4, 0.05, 0.0),))),
        ('Ballistic ejecta zone', 'volcanic', 2, 'Large volcanic blocks may reach this zone in an eruption.',
         blob(vx, vy, 2500, lobes=((3, 0.08, 0.7), (5, 0.04, 0.0)))),
        ('Pyroclastic flow and lahar zone', 'volcanic', 1,
         'Pyroclastic flows and lahars may follow the valleys down to this line.', flow),
        ('Land subsidence area', 'subsidence', 2,
         'Groundwater withdrawal; seasonal and long-term subsidence monitored by levelling and InSAR.',
         blob(bx, by, 2600, lobes=((2, 0.10, 0.3), (4, 0.05, 1.2)), stretch=(1.25, 0.85))),
        ('Active fault zone', 'fault', 2, 'Surface rupture may occur within 500 m of the mapped trace.',
         fault_trace(cx, cy).Buffer(500.0, 8)),
        ('Landslide-prone slope (west flank)', 'landslide', 1, 'Steep weathered pyroclastic slope.',
         blob(vx - 3400, vy - 600, 900, lobes=((2, 0.25, 0.0),))),
        ('Landslide-prone slope (north flank)', 'landslide', 1, 'Steep weathered pyroclastic slope.',
         blob(vx + 400, vy + 3600, 800, lobes=((2, 0.3, 1.2),))),
    ]


def geologic_units(cx, cy):
    vx, vy = cx + VOLCANO[0], cy + VOLCANO[1]
    bx, by = cx + BASIN[0], cy + BASIN[1]
    half = 12500.0
    frame = ogr.CreateGeometryFromWkt(
        f'POLYGON(({cx - half} {cy - half},{cx + half} {cy - half},{cx + half} {cy + half},'
        f'{cx - half} {cy + half},{cx - half} {cy - half}))')
    volcanic = blob(vx, vy, 6200, lobes=((3, 0.15, 0.5), (5, 0.07, 2.0), (9, 0.03, 0.0))).Intersection(frame)
    valley = ogr.CreateGeometryFromWkt(
        f'LINESTRING({bx - 2500} {by + 9000},{bx - 800} {by + 4000},{bx} {by},{bx + 2000} {by - 9000})').Buffer(900, 8)
    alluvium = blob(bx, by, 3800, lobes=((2, 0.15, 0.4), (4, 0.06, 0.0)), stretch=(1.3, 0.9)).Union(valley)
    alluvium = alluvium.Intersection(frame).Difference(volcanic)
    granite = ogr.CreateGeometryFromWkt(
        f'POLYGON(({cx + 5000} {cy - half},{cx + half} {cy - half},{cx + half} {cy + 2000},'
        f'{cx + 9000} {cy + 500},{cx + 6500} {cy - 4000},{cx + 5000} {cy - half}))')
    granite = granite.Difference(volcanic).Difference(alluvium)
    sedimentary = frame.Difference(volcanic).Difference(alluvium).Difference(granite)
    return [
        ('Qv', 'Quaternary volcanic rocks', 'Pleistocene–Holocene', 'andesite lava and pyroclastic deposits', volcanic),
        ('Ha', 'Alluvium', 'Holocene', 'gravel, sand and mud (compressible clay layers)', alluvium),
        ('Ns', 'Neogene sedimentary rocks', 'Miocene–Pliocene', 'mudstone, sandstone and tuff', sedimentary),
        ('Kg', 'Granite', 'Late Cretaceous', 'biotite granite', granite),
    ]


def srs(epsg):
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(epsg)
    reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return reference


def write_layer(dataset, name, epsg, geometry_type, fields, rows, transform=None):
    layer = dataset.CreateLayer(name, srs(epsg), geometry_type, ['GEOMETRY_NAME=geom'])
    for field_name, field_type in fields:
        layer.CreateField(ogr.FieldDefn(field_name, field_type))
    for *values, geometry in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for (field_name, _), value in zip(fields, values):
            feature.SetField(field_name, value)
        geometry = geometry.Clone()
        if transform is not None:
            geometry.Transform(transform)
        if geometry_type == ogr.wkbMultiPolygon:
            geometry = ogr.ForceToMultiPolygon(geometry)
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)


def main(output=OUTPUT):
    cx, cy = scene_center()
    if os.path.exists(output):
        os.remove(output)
    dataset = ogr.GetDriverByName('GPKG').CreateDataSource(output)
    write_layer(dataset, 'hazard_zones', UTM, ogr.wkbMultiPolygon,
                [('name', ogr.OFTString), ('hazard', ogr.OFTString), ('level', ogr.OFTInteger),
                 ('description', ogr.OFTString)], hazard_zones(cx, cy))
    to_geographic = osr.CoordinateTransformation(srs(UTM), srs(GEOGRAPHIC))
    write_layer(dataset, 'geologic_units', GEOGRAPHIC, ogr.wkbMultiPolygon,
                [('code', ogr.OFTString), ('unit', ogr.OFTString), ('age', ogr.OFTString),
                 ('lithology', ogr.OFTString)], geologic_units(cx, cy), to_geographic)
    write_layer(dataset, 'active_faults', UTM, ogr.wkbLineString,
                [('name', ogr.OFTString), ('type', ogr.OFTString)],
                [('Sample fault', 'right-lateral strike-slip', fault_trace(cx, cy))])
    dataset = None
    print(f'Wrote {output}')


if __name__ == '__main__':
    main(*sys.argv[1:])
