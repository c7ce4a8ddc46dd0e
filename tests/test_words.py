"""Words users read: no parameter id in capitals (ASCENDING, VE_FIELD, …) in any label, choice, help,
short description, feedback or dock text; every algorithm has a short description, search tags
and a current help page (docs/help/<id>.html, scripts/make_help.py).

User-visible strings are the algorithms' definitions (read from the registered provider) and every
literal passed to ``tr()``/``translate()`` in algorithms/ and plugin/ (feedback, warnings, dock texts).
Ids stay allowed inside ``<code>`` (qgis_process examples, the "name for scripts" column).
"""
import ast
import re

import pytest
from conftest import ROOT

#: capitals that are words, not ids
ACRONYMS = {'CRS', 'DEM', 'LOS', 'GNSS', 'ZTD', 'ZWD', 'ZHD', 'SBAS', 'ABIC', 'RMS', 'GDAL', 'EGMS', 'MAD', 'NaN'}
ID_SHAPE = re.compile(r'\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b')      # FOO_BAR: the shape of an internal id
WORD = re.compile(r'\b[A-Z][A-Z0-9]{2,}\b')
SOURCES = [path for folder in ('algorithms', 'plugin') for path in (ROOT / folder).rglob('*.py')
           if 'core' not in path.relative_to(ROOT).parts]
#: capitals that are no parameter ids: date formats, EGMS field names, Processing's TEMPORARY_OUTPUT keyword,
#: MintPy attribute names
FORMAT_WORDS = {'YYYYMMDD_YYYYMMDD', 'YYYY_MM_DD', 'D_YYYYMMDD', 'TEMPORARY_OUTPUT', 'X_FIRST', 'X_STEP', 'Y_FIRST',
                'Y_STEP', 'ANTENNA_SIDE'}


@pytest.fixture(scope='module')
def parameter_ids(provider):
    ids = set()
    for algorithm in provider.algorithms():
        ids |= {d.name() for d in algorithm.parameterDefinitions()} | {o.name() for o in algorithm.outputDefinitions()}
    return ids - ACRONYMS


def ids_in(text, parameter_ids):
    text = re.sub(r'<code>.*?</code>', '', text, flags=re.S)
    found = {word for word in ID_SHAPE.findall(text) if word not in FORMAT_WORDS}
    found |= {word for word in WORD.findall(text) if word in parameter_ids}
    return sorted(found)


def algorithm_texts(algorithm):
    yield 'display name', algorithm.displayName()
    yield 'group', algorithm.group()
    yield 'short description', algorithm.shortDescription()
    yield 'help', algorithm.shortHelpString()
    for definition in algorithm.parameterDefinitions():
        yield definition.name(), definition.description()
        yield f'{definition.name()} help', definition.help()
        if definition.type() == 'enum':
            for option in definition.options():
                yield f'{definition.name()} choice', option
    for output in algorithm.outputDefinitions():
        yield output.name(), output.description()


def translated_literals(path):
    """(line, text) of every string literal given to tr()/translate() in ``path``."""
    tree = ast.parse(path.read_text(encoding='utf-8'))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, 'id', '')
        if name not in ('tr', 'translate'):
            continue
        for argument in node.args[-1:] if name == 'translate' else node.args[:1]:
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                yield node.lineno, argument.value


def test_no_parameter_id_in_what_the_algorithms_show(provider, parameter_ids):
    found = []
    for algorithm in provider.algorithms():
        for where, text in algorithm_texts(algorithm):
            ids = ids_in(text or '', parameter_ids)
            if ids:
                found.append(f'{algorithm.id()} {where}: {ids}')
    assert not found, '\n'.join(found)


def test_no_parameter_id_in_translated_messages_and_dock_texts(parameter_ids):
    found = [f'{path.relative_to(ROOT)}:{line}: {ids}' for path in SOURCES
             for line, text in translated_literals(path) if (ids := ids_in(text, parameter_ids))]
    assert not found, '\n'.join(found)


def test_the_scan_finds_ids(parameter_ids):
    assert ids_in('Choose ASCENDING and VE_FIELD', parameter_ids) == ['ASCENDING', 'VE_FIELD']
    assert ids_in('<code>--ASCENDING=a.tif</code> the CRS of the DEM', parameter_ids) == []


def test_every_algorithm_has_short_description_tags_and_a_current_help_page(provider):
    from make_help import PAGES, index_page
    assert (PAGES / 'index.html').read_text(encoding='utf-8') == index_page(provider.algorithms())
    for algorithm in provider.algorithms():
        assert 20 < len(algorithm.shortDescription()) < len(algorithm.shortHelpString()), algorithm.id()
        assert len(algorithm.tags()) > 3, algorithm.id()
        page = PAGES / f'{algorithm.name()}.html'
        assert page.is_file(), f'{page} missing: run scripts/make_help.py'
        assert page.read_text(encoding='utf-8') == algorithm.help_page(), f'{page} is stale: run scripts/make_help.py'
        assert algorithm.helpUrl().endswith(f'docs/help/{algorithm.name()}.html')
        assert '[[' not in algorithm.shortHelpString()


def test_groups_are_numbered_in_the_order_of_the_work(provider):
    groups = {algorithm.groupId(): algorithm.group() for algorithm in provider.algorithms()}
    ordered = [groups[key] for key in ('import', 'insar', 'gnss', 'corrections', 'decomposition', 'strain',
                                       'analysis')]
    assert ordered == sorted(ordered) and ordered[0].startswith('1 ')
    from deformation_toolbox.algorithms.base import WORK_ORDER
    for group_id, algorithm_ids in WORK_ORDER.items():      # the toolbox sorts by name: names follow the work
        algorithms = [provider.algorithm(algorithm_id) for algorithm_id in algorithm_ids]
        assert {algorithm.groupId() for algorithm in algorithms} == {group_id}
        names = [algorithm.displayName() for algorithm in algorithms]
        assert names == sorted(names), names
    assert {a.name() for a in provider.algorithms()} == {i for ids in WORK_ORDER.values() for i in ids}
    assert provider.algorithm('simulatestack').displayName().startswith('2.1 ')
    assert all(re.match(r'\d\.\d ', a.displayName()) for a in provider.algorithms())
