import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from i18n_scan import algorithm_texts, untranslated, widget_texts


def test_diag(provider, qgis_canvas, qgis_parent):
    import os; tr = QTranslator(); assert tr.load(os.environ.get('QM', '/tmp/i18n/pseudo.qm')); QCoreApplication.installTranslator(tr)
    try:
        for a in provider.algorithms():
            a = a.create()
            texts = [t for t in algorithm_texts(a) if t[0] not in ('shortHelpString', 'shortDescription')]
            for where, words, text in untranslated(texts):
                print('ALG', a.name(), where, '|', text)
        import importlib
        from deformation_toolbox.plugin.plugin import DOCKS
        for key, (mod, cls) in DOCKS.items():
            m = importlib.import_module(f'deformation_toolbox.plugin.{mod}')
            d = getattr(m, cls)(qgis_canvas, qgis_parent)
            for where, words, text in untranslated(widget_texts(d)):
                print('DOCK', key, where, '|', text)
            d.unload()
    finally:
        QCoreApplication.removeTranslator(tr)
