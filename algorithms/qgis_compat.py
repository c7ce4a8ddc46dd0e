"""Spellings that differ between QGIS 3.22 and newer QGIS (3.38+, QGIS 4 with Qt6).

Field types: QGIS ≥ 3.38 takes ``QMetaType.Type`` (``QVariant.Type`` is
deprecated there and gone with Qt6); QGIS 3.22 takes ``QVariant.Type``.
"""
from qgis.core import Qgis
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
