"""QGIS-side helpers shared by algorithms and docks, written once for QGIS 3.22 to QGIS 4 (Qt6).

CRS text: :func:`crs_wkt` is the one way a QGIS CRS is handed to GDAL or pyproj.

Field types: QGIS ≥ 3.38 takes ``QMetaType.Type`` (``QVariant.Type`` is
deprecated there and gone with Qt6); QGIS 3.22 takes ``QVariant.Type``.
"""
from qgis.core import Qgis, QgsCoordinateReferenceSystem
from qgis.PyQt.QtCore import QMetaType, QVariant

#: the first QGIS version whose QgsField takes QMetaType.Type
METATYPE_VERSION = 33800

_METATYPES = {'double': 'Double', 'int': 'Int', 'long': 'LongLong', 'string': 'QString', 'bool': 'Bool',
              'date': 'QDate', 'datetime': 'QDateTime'}
_VARIANTS = {'double': 'Double', 'int': 'Int', 'long': 'LongLong', 'string': 'String', 'bool': 'Bool',
             'date': 'Date', 'datetime': 'DateTime'}


def field_type(kind):
    """Type of a ``QgsField`` of ``kind`` ('double', 'int', 'long', 'string', 'bool', 'date', 'datetime')."""
    if Qgis.QGIS_VERSION_INT >= METATYPE_VERSION:
        return getattr(QMetaType.Type, _METATYPES[kind])
    return getattr(QVariant.Type, _VARIANTS[kind])


def crs_wkt(crs):
    """The one text form of a QGIS CRS for GDAL and pyproj: its WKT ('' for no or an invalid CRS)."""
    if crs is None or not crs.isValid():
        return ''
    return crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL)
