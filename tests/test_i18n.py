"""Translations: .ts produced by pylupdate5, compiled .qm loaded for the QGIS locale."""
import pathlib
import xml.etree.ElementTree as ET

import pytest

from deformation_toolbox.plugin.i18n import I18N_DIR, install_translator, remove_translator

EXPECTED = {'fr': 'Ajuster un modèle de trajectoire aux séries temporelles',
            'ja': '時系列への軌跡モデルのあてはめ'}


@pytest.mark.parametrize('language', ['fr', 'ja'])
def test_translation_is_loaded_for_the_locale(provider, language):
    algorithm = next(a for a in provider.algorithms() if a.name() == 'timeseriesfit')
    assert algorithm.displayName() == '2.4 Fit trajectory model to time series'
    translator = install_translator(language)
    try:
        assert translator is not None
        assert algorithm.displayName() == f'2.4 {EXPECTED[language]}'
        assert algorithm.group() != 'InSAR time series'
    finally:
        remove_translator(translator)
    assert algorithm.displayName() == '2.4 Fit trajectory model to time series'


def test_ts_files_cover_every_display_name(provider):
    for language in ('fr', 'ja'):
        tree = ET.parse(pathlib.Path(I18N_DIR) / f'deformation_toolbox_{language}.ts')
        sources = {m.findtext('source') for m in tree.iter('message')}
        for algorithm in provider.algorithms():
            assert type(algorithm).displayName.unnumbered(algorithm) in sources, (language, algorithm.id())


def test_unknown_language_falls_back_to_english():
    assert install_translator('xx') is None
