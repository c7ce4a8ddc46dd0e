"""Japanese and French throughout (issue 14): with the translation of ja or fr installed, nothing a user
reads in the toolbox, the algorithm dialogs (labels, choices, help) or the three docks is English, except
units, ids and proper names (:data:`i18n_scan.ALLOWED`).

How it checks: for every algorithm (created after the translator is installed, as QGIS does at start-up):
display name, group, short description, help panel, every parameter description and enum option, every
output description, the names of loaded layers; for every dock, built offscreen, the widget tree (labels,
buttons, group boxes, tool tips, combo items, table headers, toolbar actions).  Japanese: any ASCII word of
3 letters or more is English unless allowed.  French: a word counts when it is a word of the English
sources and not a French word too (:data:`i18n_scan.FRENCH_ALSO`).
"""
import importlib
import pathlib
import re
import xml.etree.ElementTree as ET

import pytest
from i18n_scan import (
    ALLOWED,
    algorithm_texts,
    english_vocabulary,
    english_words,
    figure_texts,
    untranslated,
    widget_texts,
)

from deformation_toolbox.algorithms.base import HELP_DIR
from deformation_toolbox.plugin.i18n import I18N_DIR, install_translator, remove_translator

LANGUAGES = ('ja', 'fr')


@pytest.fixture(scope='module')
def english(provider):
    """Words of every English source: the .ts sources and the English help pages."""
    tree = ET.parse(pathlib.Path(I18N_DIR) / 'deformation_toolbox_fr.ts')
    sources = [message.findtext('source') for message in tree.iter('message')]
    sources += [path.read_text(encoding='utf-8') for path in pathlib.Path(HELP_DIR).glob('*.html')]
    return english_vocabulary(sources)


@pytest.fixture
def translated(request):
    """QGIS in ``request.param``: its translator and its locale setting (plot fonts follow the locale)."""
    from qgis.core import QgsSettings
    settings = QgsSettings()
    locale = settings.value('locale/userLocale', '')
    settings.setValue('locale/userLocale', request.param)
    translator = install_translator(request.param)
    try:
        assert translator is not None, f'no compiled translation for {request.param}: make translations'
        yield request.param
    finally:
        remove_translator(translator)
        settings.setValue('locale/userLocale', locale)


def report(found):
    return '\n'.join(f'{where}: {words} in {text!r}' for where, words, text in found)


@pytest.mark.parametrize('translated', LANGUAGES, indirect=True)
def test_no_english_in_the_toolbox_and_the_dialogs(provider, translated, english):
    vocabulary = english if translated == 'fr' else None
    found = []
    for registered in provider.algorithms():
        algorithm = registered.create()            # labels are made in initAlgorithm, as QGIS does
        found += [(f'{algorithm.id()} {where}', words, text)
                  for where, words, text in untranslated(algorithm_texts(algorithm), english=vocabulary)]
    assert not found, report(found)


@pytest.mark.parametrize('translated', LANGUAGES, indirect=True)
def test_no_english_in_the_docks(plugin, qgis_canvas, qgis_parent, translated, english):
    from deformation_toolbox.plugin.plugin import DOCKS
    vocabulary = english if translated == 'fr' else None
    found = []
    for key, (module_name, class_name) in DOCKS.items():
        module = importlib.import_module(f'deformation_toolbox.plugin.{module_name}')
        dock = getattr(module, class_name)(qgis_canvas, qgis_parent)
        try:
            found += [(f'{key} {where}', words, text)
                      for where, words, text in untranslated(widget_texts(dock), english=vocabulary)]
        finally:
            dock.unload()
    assert not found, report(found)


@pytest.mark.parametrize('translated', LANGUAGES, indirect=True)
def test_no_english_in_the_comparison_plot(translated, english, tmp_path, monkeypatch):
    """The PNG the comparison writes: axis labels, legend and statistics box in the language of QGIS."""
    from matplotlib.figure import Figure

    from deformation_toolbox.algorithms.core.analysis import comparison
    from deformation_toolbox.algorithms.core.analysis import comparison_plot as plot
    from deformation_toolbox.plugin.i18n import plot_font
    drawn = []
    original = Figure.savefig

    def keep(figure, *args, **kwargs):
        drawn.append(figure_texts(figure))
        return original(figure, *args, **kwargs)

    monkeypatch.setattr(Figure, 'savefig', keep)
    from qgis.PyQt.QtCore import QCoreApplication
    tr = QCoreApplication.translate
    result = comparison.compare([1.0, 2.0, 3.5], [1.1, 2.2, 3.0], True)
    plot.write_scatter_plot(tmp_path / 'plot.png', [1.1, 2.2, 3.0], [1.0, 2.0, 3.5], result, True,
                            tr('ComparePointsAlgorithm', 'GNSS up'), 'LOS', texts={
                                'offset_line': tr('ComparePointsAlgorithm', '1:1 + mean difference ({0:+.2f})'),
                                'mean': tr('ComparePointsAlgorithm', 'mean'),
                                'std': tr('ComparePointsAlgorithm', 'std'),
                                'min': tr('ComparePointsAlgorithm', 'min'), 'max': tr('ComparePointsAlgorithm', 'max')},
                            font=plot_font(translated))   # as comparepoints does: the CJK font for ja
    found = untranslated(drawn[0], english=english if translated == 'fr' else None)
    assert not found, report(found)


def test_every_help_page_has_its_translations(provider):
    missing = [f'{language}/{algorithm.name()}.html' for algorithm in provider.algorithms() for language in LANGUAGES
               if not (pathlib.Path(HELP_DIR) / language / f'{algorithm.name()}.html').is_file()]
    assert not missing, f'help pages without translation (algorithms/help/<language>/<id>.html): {missing}'


@pytest.mark.parametrize('translated', LANGUAGES, indirect=True)
def test_translated_help_names_the_same_parameters_and_keeps_the_equations(provider, translated):
    """Same ``[[NAME]]`` references as the English source, tags line kept, and no English left."""
    problems = []
    for algorithm in provider.algorithms():
        english_source = algorithm.help_source('en')
        source = algorithm.help_source(translated)
        if source == english_source:
            continue                                   # reported by the test above
        names = sorted(set(re.findall(r'\[\[([A-Z0-9_]+)\]\]', english_source)))
        if sorted(set(re.findall(r'\[\[([A-Z0-9_]+)\]\]', source))) != names:
            problems.append(f'{algorithm.id()}: [[NAME]] references differ from the English page')
        if not source.lstrip().startswith('<!-- tags:'):
            problems.append(f'{algorithm.id()}: no tags line')
        if source.count('<sub>') != english_source.count('<sub>'):
            problems.append(f'{algorithm.id()}: equations changed ({source.count("<sub>")} subscripts, English '
                            f'{english_source.count("<sub>")})')
    assert not problems, '\n'.join(problems)


@pytest.mark.parametrize('translated', LANGUAGES, indirect=True)
def test_help_panels_and_pages_are_in_the_language(provider, translated):
    """The panel QGIS shows (shortHelpString) and the page Help opens (helpUrl) follow the translator."""
    for registered in provider.algorithms():
        algorithm = registered.create()
        assert algorithm.shortHelpString() == algorithm.render_help(algorithm.help_source(translated)), algorithm.id()
        assert algorithm.help_source(translated) != algorithm.help_source('en'), algorithm.id()
        assert algorithm.helpUrl().endswith(f'docs/help/{translated}/{algorithm.name()}.html'), algorithm.id()


@pytest.mark.parametrize('translated', LANGUAGES, indirect=True)
def test_translated_help_pages_are_current(provider, translated):
    from make_help import PAGES, index_page
    algorithms = [registered.create() for registered in provider.algorithms()]
    folder = PAGES / translated
    assert (folder / 'index.html').read_text(encoding='utf-8') == index_page(algorithms, translated)
    for algorithm in algorithms:
        page = folder / f'{algorithm.name()}.html'
        assert page.is_file() and page.read_text(encoding='utf-8') == algorithm.help_page(), (
            f'{page} is stale: run scripts/make_help.py')


def test_the_scan_flags_english_and_allows_units_names_and_ids():
    assert english_words('速度 (mm/yr) InSAR Sentinel-1 <code>OUTPUT_EAST</code> velocity') == ['velocity']
    assert english_words('Vitesse LOS (mm/an) du satellite', english={'velocity', 'satellite'}) == []
    assert english_words('Vitesse LOS velocity', english={'velocity'}) == ['velocity']
    assert english_words('step_YYYYMMDD deformation:zonalvelocity 2.9e-6') == []
    assert 'GNSS' in ALLOWED and 'Okada' in ALLOWED
