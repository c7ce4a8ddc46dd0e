#!/usr/bin/env python3
"""Write docs/help/<id>.html for every algorithm from its help source (algorithms/help/<id>.html).

The panel (shortHelpString) and these pages render the same source: ``[[NAME]]`` becomes the
parameter's displayed label.  tests/test_words.py fails when a page is not current.
"""
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / '.build' / 'plugins'))
os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')

from qgis.core import QgsApplication  # noqa: E402

PAGES = ROOT / 'docs' / 'help'


def write_pages(provider, folder=PAGES):
    folder.mkdir(parents=True, exist_ok=True)
    written = []
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
