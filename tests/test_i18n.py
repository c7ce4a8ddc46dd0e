"""Translations: .ts produced by pylupdate5, compiled .qm loaded for the QGIS locale."""
import pathlib
import re
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


LANGUAGES = ('ja', 'fr')
TS_FILES = [pathlib.Path(I18N_DIR) / f'deformation_toolbox_{language}.ts' for language in LANGUAGES]


@pytest.mark.parametrize('path', TS_FILES, ids=LANGUAGES)
def test_ts_files_have_no_unfinished_or_obsolete_message(path):
    from ts_status import status
    total, unfinished, obsolete = status(path)
    assert total > 700
    assert not unfinished, f'{len(unfinished)} unfinished in {path.name} (translate them, then make translations): ' \
                           + '; '.join(f'[{c}] {s}' for c, s in unfinished[:20])
    assert not obsolete, f'{len(obsolete)} obsolete in {path.name}: run make ts'


def test_ts_files_hold_every_string_of_the_sources(tmp_path):
    """What ``make ts`` would extract now is all there and translated: a new tr() string fails here."""
    import shutil
    import subprocess
    import sys

    from conftest import ROOT
    from ts_status import status
    if shutil.which('pylupdate5') is None:
        pytest.skip('pylupdate5 missing: make deps installs pyqt5-dev-tools')
    subprocess.run([sys.executable, str(ROOT / 'scripts' / 'core_messages.py')], check=True, capture_output=True)
    sources = [str(path) for folder in ('algorithms', 'plugin') for path in sorted((ROOT / folder).rglob('*.py'))]
    sources += [str(ROOT / '__init__.py'), str(ROOT / 'scripts' / 'make_help.py'),
                str(ROOT / '.build' / 'i18n' / 'core_messages.py')]
    copies = []
    for path in TS_FILES:
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        copies.append(str(copy))
    subprocess.run(['pylupdate5', '-noobsolete', *sources, '-ts', *copies], check=True, capture_output=True)
    for copy in copies:
        total, unfinished, _ = status(copy)
        assert not unfinished, f'{pathlib.Path(copy).name}: strings in the sources not translated (make ts, ' \
                               'translate, make translations): ' + '; '.join(f'[{c}] {s}' for c, s in unfinished[:20])


def test_core_messages_are_translated_in_the_algorithm_layer(provider):
    from deformation_toolbox.algorithms.base import error_text
    from deformation_toolbox.algorithms.core.common.dates import parse_date
    from deformation_toolbox.algorithms.core.common.errors import InputError
    with pytest.raises(InputError) as caught:
        parse_date('2016-13-45', 'STEP_DATES')
    assert str(caught.value) == 'STEP_DATES: "2016-13-45" is not a date; write YYYY-MM-DD (for example 2016-04-16).'
    translator = install_translator('fr')
    try:
        assert error_text(caught.value) == ('STEP_DATES : « 2016-13-45 » n\'est pas une date ; écrivez AAAA-MM-JJ '
                                            '(par exemple 2016-04-16).')
    finally:
        remove_translator(translator)
    assert error_text(InputError('a finished message {not a field}')) == 'a finished message {not a field}'


def test_a_run_reports_core_errors_in_the_language(run_algorithm, tmp_path):
    """A core InputError (a bad date) raised in a real run comes back in Japanese (ids, values and QGIS's
    own prefix aside)."""
    import numpy as np
    from osgeo import gdal
    from qgis.core import QgsProcessingException
    path = str(tmp_path / 'series.tif')
    dataset = gdal.GetDriverByName('GTiff').Create(path, 4, 3, 3, gdal.GDT_Float32)
    dataset.SetGeoTransform((500000, 100, 0, 4000000, 0, -100))
    for band, date in enumerate(('2016-01-01', '2016-06-01', '2017-01-01'), start=1):
        dataset.GetRasterBand(band).WriteArray(np.full((3, 4), float(band), dtype=np.float32))
        dataset.GetRasterBand(band).SetDescription(date)
    dataset = None
    translator = install_translator('ja')
    try:
        with pytest.raises(QgsProcessingException) as caught:
            run_algorithm('timeseriesfit', {'INPUT': [path], 'STEP_DATES': '2016-13-45',
                                            'OUTPUT': str(tmp_path / 'out.tif')})
    finally:
        remove_translator(translator)
    message = str(caught.value).replace('Unable to execute algorithm', '')
    assert '日付ではありません' in message, message
    assert not re.search(r'[a-z]{4,}', re.sub(r'"[^"]*"|「[^」]*」|[A-Z_]{3,}|\S+\.tif', '', message)), message


def test_zone_table_numbers_follow_the_locale(qgis_app):
    from qgis.PyQt.QtCore import QLocale

    from deformation_toolbox.plugin.deformation_map_dock import cell_text
    assert cell_text(-12.34, QLocale(QLocale.Language.French)) == '-12,3'
    assert cell_text(-12.34, QLocale(QLocale.Language.English)) == '-12.3'
    assert cell_text(12345, QLocale(QLocale.Language.French)) == '12345'
    assert cell_text(None) == '' and cell_text('Qv') == 'Qv'


def _run_error_in(language, run_algorithm, algorithm, parameters):
    """The message of the QgsProcessingException a run raises with ``language`` installed."""
    from qgis.core import QgsProcessingException
    translator = install_translator(language)
    try:
        with pytest.raises(QgsProcessingException) as caught:
            run_algorithm(algorithm, parameters)
    finally:
        remove_translator(translator)
    return str(caught.value).replace('Unable to execute algorithm', '')


def _english_left(message):
    """Lower-case English words of 4+ letters left once quoted values, ids, file names and lists in brackets
    (format names, values) are taken out."""
    values = r'"[^"]*"|「[^」]*」|« [^»]* »|[A-Z_]{3,}|\S+\.\w+|\([^)]*\)|（[^）]*）'
    return re.findall(r'[a-z]{4,}', re.sub(values, '', message))


def test_gnss_format_errors_come_back_in_japanese_and_french(run_algorithm, tmp_path):
    """core/gnss/formats.py: an empty GNSS file, through processing.run, in the user's language."""
    path = tmp_path / 'KKN5.pos.neu'
    path.write_text('')
    parameters = {'INPUT_FILES': [str(path)], 'OUTPUT': 'TEMPORARY_OUTPUT'}
    message = _run_error_in('ja', run_algorithm, 'gnsstimeseries', parameters)
    assert 'INPUT_FILES：「KKN5.pos.neu」は空です' in message, message
    assert 'GNSS の座標時系列' in message and not _english_left(message), message
    message = _run_error_in('fr', run_algorithm, 'gnsstimeseries', parameters)
    assert 'INPUT_FILES : « KKN5.pos.neu » est vide ; donnez une série temporelle de positions GNSS' in message, message


def test_strain_errors_come_back_in_japanese(run_algorithm, tmp_path):
    """core/strain/tensor.py: too few stations, through processing.run, in Japanese."""
    from test_strain import write_points
    path = write_points(tmp_path / 'two.gpkg', [138.5, 138.6], [36.4, 36.5], [1.0, 2.0], [0.0, 1.0])
    parameters = {'INPUT': path, 'OUTPUT': 'TEMPORARY_OUTPUT', 'OUTPUT_AXES': 'TEMPORARY_OUTPUT',
                  'OUTPUT_RASTER': 'TEMPORARY_OUTPUT'}
    message = _run_error_in('ja', run_algorithm, 'strainrate', parameters)
    assert 'INPUT：有効な速度をもつ観測点は 2 点です' in message, message
    assert 'ひずみ速度には一直線上にない 3 点以上の観測点が必要です' in message, message
    assert not _english_left(message), message


def test_parameter_check_messages_come_back_in_japanese(run_algorithm, tmp_path):
    """parameter_checks.py: a missing input file, checked before the run, in Japanese."""
    missing = str(tmp_path / 'nothing.tif')
    message = _run_error_in('ja', run_algorithm, 'timeseriesfit', {'INPUT': [missing],
                                                                   'OUTPUT': str(tmp_path / 'out.tif')})
    assert '存在しません' in message and 'ラスタを選んでください' in message, message


def test_core_warnings_are_translatable_messages(provider):
    """A core warning (Message) is its English text as a str, and error_text gives its translation."""
    import numpy as np

    from deformation_toolbox.algorithms.base import error_text
    from deformation_toolbox.algorithms.core.io.input_checks import dem_units_warning
    warning = dem_units_warning(np.array([0.1, 2.5, 3.0]), '', 'DEM')
    assert warning == ('DEM: heights range from 0.1 to 3; if these are kilometres, convert the DEM to metres '
                       '(heights must be in metres).')
    assert 'kilometres' in warning and isinstance(warning, str)
    translator = install_translator('ja')
    try:
        assert error_text(warning) == ('DEM：高さが 0.1 から 3 の範囲です。キロメートル単位であれば DEM をメートルに'
                                       '変換してください（高さはメートル単位でなければなりません）。')
    finally:
        remove_translator(translator)
