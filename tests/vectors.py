"""Small helper to write test vector layers (points, lines) as GeoPackages with OGR."""
import math
import os

from osgeo import ogr, osr


def write_gpkg(path, layer_name, geometries, fields, epsg=4326):
    """Write a one-layer GeoPackage (replacing ``path``) and return ``str(path)``.

    ``geometries``: per feature its vertices ``[(x, y), …]``: one vertex makes
    a point layer, more a line layer.  ``fields``: field name → one value per
    feature, in field order; a field of strings is a text field, else a real
    field; ``None`` and NaN values stay NULL.
    """
    driver = ogr.GetDriverByName('GPKG')
    if os.path.exists(path):
        driver.DeleteDataSource(str(path))
    source = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    kind = ogr.wkbPoint if len(geometries[0]) == 1 else ogr.wkbLineString
    layer = source.CreateLayer(layer_name, srs, kind)
    for name, values in fields.items():
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString if isinstance(values[0], str) else ogr.OFTReal))
    for k, vertices in enumerate(geometries):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, values in fields.items():
            value = values[k]
            if isinstance(value, str):
                feature.SetField(name, value)
            elif value is not None and not math.isnan(value):
                feature.SetField(name, float(value))
        geometry = ogr.Geometry(kind)
        for x, y in vertices:
            geometry.AddPoint_2D(float(x), float(y))
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    source = None
    return str(path)
