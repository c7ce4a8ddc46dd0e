#!/usr/bin/env python3
"""Write docs/help/<id>.html for every algorithm from its help source (algorithms/help/<id>.html).

The panel (shortHelpString) and these pages render the same source: ``[[NAME]]`` becomes the
parameter's displayed label.  tests/test_words.py fails when a page is not current.
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


def index_page(algorithms):
    """docs/help/index.html: every algorithm by toolbox group, in the order of the work."""
    lines = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>Deformation Toolbox help</title></head>'
             '<body>', '<h1>Deformation Toolbox</h1>',
             '<p>Algorithms in the Processing toolbox, group by group in the order of the work. The showcase model '
             '(resources/models/showcase_asc_desc.model3) chains them on simulated data.</p>']
    group = None
    for algorithm in sorted(algorithms, key=lambda a: (a.group(), a.displayName())):
        if algorithm.group() != group:
            group = algorithm.group()
            lines += (['</ul>'] if lines[-1].startswith('<li>') else []) + [f'<h2>{html.escape(group)}</h2>', '<ul>']
        lines.append(f'<li><a href="{algorithm.name()}.html">{html.escape(algorithm.displayName())}</a>: '
                     f'{html.escape(algorithm.shortDescription())}</li>')
    lines += ['</ul>', '</body></html>', '']
    return '\n'.join(lines)


def write_pages(provider, folder=PAGES):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / 'index.html').write_text(index_page(provider.algorithms()), encoding='utf-8')
    written = [folder / 'index.html']
    for algorithm in provider.algorithms():
        path = folder / f'{algorithm.name()}.html'
        path.write_text(algorithm.help_page(), encoding='utf-8')
        written.append(path)
    return written


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from deformation_toolbox.algorithms.provider import DeformationProvider
    provider = DeformationProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    for path in write_pages(provider):
        print(f'Wrote {path.relative_to(ROOT)}')
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


if __name__ == '__main__':
    main()
