#!/usr/bin/env python3
"""Write docs/help/<id>.html for every algorithm from its help source (algorithms/help/<id>.html),
and docs/help/<language>/<id>.html from the translated sources (algorithms/help/<language>/<id>.html)
with the plugin's translation of that language installed (labels, group names, table headers).

The panel (shortHelpString) and these pages render the same source: ``[[NAME]]`` becomes the
parameter's displayed label.  tests/test_words.py and tests/test_i18n.py fail when a page is not current.
"""
import html
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / '.build' / 'plugins'))
os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')

from qgis.core import QgsApplication  # noqa: E402

PAGES = ROOT / 'docs' / 'help'
#: languages with translated help pages (as the .ts files of the Makefile's LANGUAGES)
LANGUAGES = ('ja', 'fr')


def index_texts():
    """The words of the index page, translated (``make ts`` extracts them from this file)."""
    from qgis.PyQt.QtCore import QCoreApplication
    translate = QCoreApplication.translate
    return {'title': translate('HelpIndex', 'Deformation Toolbox help'),
            'heading': translate('HelpIndex', 'Deformation Toolbox'),
            'intro': translate('HelpIndex', 'Algorithms in the Processing toolbox, group by group in the order of '
                               'the work. The showcase model (resources/models/showcase_asc_desc.model3) chains them '
                               'on simulated data.')}


def index_page(algorithms, language='en'):
    """docs/help/[<language>/]index.html: every algorithm by toolbox group, in the order of the work."""
    texts = index_texts()
    lines = ['<!DOCTYPE html>', f'<html lang="{language}"><head><meta charset="utf-8"><title>'
             f'{html.escape(texts["title"])}</title></head><body>', f'<h1>{html.escape(texts["heading"])}</h1>',
             f'<p>{html.escape(texts["intro"])}</p>']
    group = None
    for algorithm in sorted(algorithms, key=lambda a: (a.group(), a.displayName())):
        if algorithm.group() != group:
            group = algorithm.group()
            lines += (['</ul>'] if lines[-1].startswith('<li>') else []) + [f'<h2>{html.escape(group)}</h2>', '<ul>']
        lines.append(f'<li><a href="{algorithm.name()}.html">{html.escape(algorithm.displayName())}</a>: '
                     f'{html.escape(algorithm.shortDescription())}</li>')
    lines += ['</ul>', '</body></html>', '']
    return '\n'.join(lines)


def write_pages(provider, folder=PAGES, language='en'):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / 'index.html').write_text(index_page(provider.algorithms(), language), encoding='utf-8')
    written = [folder / 'index.html']
    for algorithm in provider.algorithms():
        path = folder / f'{algorithm.name()}.html'
        path.write_text(algorithm.help_page(), encoding='utf-8')
        written.append(path)
    return written


def write_translated_pages(provider, languages=LANGUAGES, folder=PAGES):
    """docs/help/<language>/… for every language, its translation installed while they are written."""
    from deformation_toolbox.plugin.i18n import install_translator, remove_translator
    written = []
    for language in languages:
        translator = install_translator(language)
        if translator is None:
            raise SystemExit(f'no compiled translation for {language}: run make translations')
        try:
            algorithms = [algorithm.create() for algorithm in provider.algorithms()]   # labels in that language
            target = folder / language
            target.mkdir(parents=True, exist_ok=True)
            (target / 'index.html').write_text(index_page(algorithms, language), encoding='utf-8')
            written.append(target / 'index.html')
            for algorithm in algorithms:
                path = target / f'{algorithm.name()}.html'
                path.write_text(algorithm.help_page(), encoding='utf-8')
                written.append(path)
        finally:
            remove_translator(translator)
    return written


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from deformation_toolbox.algorithms.provider import DeformationProvider
    provider = DeformationProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    for path in write_pages(provider) + write_translated_pages(provider):
        print(f'Wrote {path.relative_to(ROOT)}')
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


if __name__ == '__main__':
    main()
