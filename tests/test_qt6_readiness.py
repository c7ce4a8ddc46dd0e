"""Ready for QGIS 4 / Qt6: metadata, and no deprecated unscoped enum spelling anywhere in the sources.

Qt6 and QGIS 4 drop unscoped enum access (``Qt.AlignLeft``,
``QgsProcessing.TypeRaster``): only ``Qt.AlignmentFlag.AlignLeft`` and
``QgsProcessing.SourceType.TypeRaster`` remain, and both spellings exist in
QGIS 3.22.  The scan resolves every ``Class.NAME`` of a class imported from
``qgis.*`` against the running QGIS: it fails when ``NAME`` is an enum value
whose enum type is ``Class.Enum`` (so the scoped spelling exists).
"""
import ast
import configparser
import importlib
import re

from conftest import ROOT

SOURCES = [p for d in ('algorithms', 'plugin', 'scripts', 'tests', 'bench') for p in (ROOT / d).rglob('*.py')
           if (ROOT / 'bench' / 'output') not in p.parents]   # benchmark outputs hold third-party venvs
SOURCES.append(ROOT / '__init__.py')
#: spellings that break outside this scan's reach (strings, other libraries)
FORBIDDEN = {
    r"GetDriverByName\(\s*['\"]Memory['\"]": "OGR's 'Memory' driver is 'MEM' on GDAL ≥ 3.11 (use core.io helpers)",
    r"~\s*QgsMapTool\.\w+": "~flag is not valid on Python enums (Qt6): clear the flag with & and the other flags",
    r"\bQVariant\.(Int|Double|String|LongLong|Bool|Date|DateTime)\b":
        "field types go through algorithms.qgis_compat.field_type()",
}


def qgis_names(tree):
    """{local name: object} of the classes a module imports from qgis.*."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split('.')[0] == 'qgis':
            module = importlib.import_module(node.module)
            for alias in node.names:
                value = getattr(module, alias.name, None)
                if isinstance(value, type):
                    names[alias.asname or alias.name] = value
    return names


def unscoped(cls, attribute):
    """True when ``cls.attribute`` is an enum value reachable through a scoped ``cls.Enum.attribute``."""
    value = getattr(cls, attribute, None)
    if value is None or isinstance(value, type) or callable(value) and not isinstance(value, int):
        return False
    kind = type(value)
    if kind in (int, float, str, bool) or kind is cls:
        return False
    scoped = getattr(cls, kind.__name__, None)
    return scoped is kind and getattr(kind, attribute, None) is not None


def test_metadata_allows_qgis_4():
    parser = configparser.ConfigParser()
    parser.read(ROOT / 'metadata.txt', encoding='utf-8')
    general = parser['general']
    assert float(general['qgisMaximumVersion']) > 3.99
    assert general['supportsQt6'].lower() == 'true'


def test_no_unscoped_enum_and_no_deprecated_spelling(qgis_app):
    problems = []
    for path in SOURCES:
        text = path.read_text()
        tree = ast.parse(text)
        classes = qgis_names(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in classes and unscoped(classes[node.value.id], node.attr)):
                problems.append(f'{path.relative_to(ROOT)}:{node.lineno}: {node.value.id}.{node.attr} '
                                f'→ {node.value.id}.{type(getattr(classes[node.value.id], node.attr)).__name__}'
                                f'.{node.attr}')
        for pattern, why in FORBIDDEN.items():
            if path.name == 'test_qt6_readiness.py':
                continue
            for match in re.finditer(pattern, text):
                problems.append(f'{path.relative_to(ROOT)}:{text[:match.start()].count(chr(10)) + 1}: '
                                f'{match.group(0)}: {why}')
    assert not problems, '\n'.join(problems)


def test_the_scan_sees_unscoped_spellings(qgis_app):
    """The detector flags an enum value reached through its class, not the scoped name.

    A stand-in class shaped like a sip/PyQt enum holder checks the rule on every QGIS;
    the real classes are checked where their unscoped aliases still exist (QGIS < 3.40
    keeps them; newer builds with Python enums dropped several, which is what we want).
    """
    import enum

    class Holder:
        class Kind(enum.IntEnum):
            FIRST = 1
        FIRST = Kind.FIRST

    assert unscoped(Holder, 'FIRST')
    assert not unscoped(Holder, 'Kind')
    assert not unscoped(Holder, 'MISSING')

    from qgis.core import QgsProcessing, QgsProcessingParameterNumber
    from qgis.PyQt.QtCore import Qt
    for cls, attribute in ((QgsProcessing, 'TypeRaster'), (QgsProcessingParameterNumber, 'Double'),
                           (Qt, 'AlignLeft')):
        value = getattr(cls, attribute, None)
        # QGIS ≥ 3.36 moved several enums to Qgis (QgsProcessing.TypeRaster → Qgis.ProcessingSourceType) and
        # keeps the old spelling as an alias of the moved type: only an enum still scoped in ``cls`` counts
        if value is not None and hasattr(cls, type(value).__name__):
            assert unscoped(cls, attribute), f'{cls.__name__}.{attribute}'
    assert not unscoped(QgsProcessing, 'SourceType')
    assert not unscoped(QgsProcessingParameterNumber, 'Type')
