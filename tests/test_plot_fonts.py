"""Japanese text in plots: with the ja locale the docks' plots pick an installed CJK font, so matplotlib
draws every glyph (no "Glyph … missing from font" warning); the default font would miss them."""
import io
import warnings

import matplotlib
import pytest
from matplotlib.figure import Figure

JAPANESE = '変位の時系列 (mm) — 基準点からの相対値'


def missing_glyph_warnings():
    figure = Figure(figsize=(3, 2))
    axes = figure.add_subplot()
    axes.set_title(JAPANESE)
    axes.set_xlabel('日付')
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        figure.savefig(io.BytesIO(), format='png')
    return [str(w.message) for w in caught if 'missing from' in str(w.message) or 'Glyph' in str(w.message)]


@pytest.fixture
def restored_rc():
    saved = matplotlib.rcParams.copy()
    yield
    matplotlib.rcParams.update(saved)


def test_default_font_misses_japanese_glyphs(restored_rc):
    matplotlib.rcParams['font.family'] = ['sans-serif']
    matplotlib.rcParams['font.sans-serif'] = ['DejaVu Sans']
    assert missing_glyph_warnings()          # the check below can fail


def test_ja_locale_picks_a_cjk_font_and_draws_every_glyph(restored_rc):
    from deformation_toolbox.plugin.i18n import installed_cjk_font, use_plot_font
    if installed_cjk_font() is None:
        pytest.fail('no CJK font installed: make deps installs fonts-ipafont-gothic')
    font = use_plot_font('ja')
    assert font and matplotlib.rcParams['font.sans-serif'][0] == font
    assert missing_glyph_warnings() == []


def test_other_locales_keep_the_default_font(restored_rc):
    from deformation_toolbox.plugin.i18n import use_plot_font
    before = list(matplotlib.rcParams['font.sans-serif'])
    assert use_plot_font('fr') is None
    assert list(matplotlib.rcParams['font.sans-serif']) == before


def test_the_plot_widget_uses_the_cjk_font_in_japanese(qgis_app, restored_rc):
    from qgis.core import QgsSettings

    from deformation_toolbox.plugin.dock_base import PlotWidget
    from deformation_toolbox.plugin.i18n import install_translator, remove_translator
    settings = QgsSettings()
    previous = settings.value('locale/userLocale', '')
    settings.setValue('locale/userLocale', 'ja')
    translator = install_translator('ja')
    try:
        widget = PlotWidget()
        axes = widget.figure.add_subplot()
        axes.set_title(JAPANESE)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            widget.figure.savefig(io.BytesIO(), format='png')
        assert not [w for w in caught if 'missing from' in str(w.message)]
        widget.deleteLater()
    finally:
        remove_translator(translator)
        settings.setValue('locale/userLocale', previous)


def plot_labels(context):
    """The translated labels the docks and the comparison plot draw (QCoreApplication.translate)."""
    from qgis.PyQt.QtCore import QCoreApplication
    tr = QCoreApplication.translate
    return [tr('TimeSeriesDock', 'Displacement (mm)'), tr('TimeSeriesDock', 'Relative to {0}').format('P1'),
            tr('TimeSeriesDock', 'fit: v = {0:.2f} ± {1:.2f} mm/yr').format(-12.3, 0.4),
            tr('ProfileDock', 'Distance along the profile (m)'), tr('ProfileDock', '{0} (±{1:g} m)').format('GNSS', 50),
            tr('ComparePointsAlgorithm', '1:1 + mean difference ({0:+.2f})').format(-1.5),
            tr('ComparePointsAlgorithm', 'GNSS in the LOS')]


@pytest.mark.parametrize('language', ['ja', 'fr'])
def test_translated_plot_labels_draw_every_glyph(qgis_app, restored_rc, language):
    """Labels in Japanese and French (accents, ±, −) drawn with the font the plot widget picks."""
    from deformation_toolbox.plugin.i18n import install_translator, remove_translator, use_plot_font
    translator = install_translator(language)
    try:
        labels = plot_labels(language)
        assert labels[0] != 'Displacement (mm)'          # the translation is in use
        use_plot_font(language)
        figure = Figure(figsize=(4, 3))
        axes = figure.add_subplot()
        axes.set_ylabel(labels[0])
        axes.set_title(labels[1])
        axes.set_xlabel(labels[3])
        for k, label in enumerate(labels[2:]):
            axes.plot([0, 1], [k, k + 1], label=label)
        axes.legend()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            figure.savefig(io.BytesIO(), format='png')
        assert not [str(w.message) for w in caught if 'missing from' in str(w.message)]
    finally:
        remove_translator(translator)


def test_the_comparison_png_in_japanese_has_every_glyph(qgis_app, restored_rc, tmp_path):
    """The scatter plot comparepoints writes (qgis_process too): Japanese labels with the CJK font it is given."""
    from deformation_toolbox.algorithms.core.analysis import comparison
    from deformation_toolbox.algorithms.core.analysis.comparison_plot import write_scatter_plot
    from deformation_toolbox.plugin.i18n import install_translator, plot_font, remove_translator
    translator = install_translator('ja')
    try:
        from qgis.PyQt.QtCore import QCoreApplication
        tr = QCoreApplication.translate
        result = comparison.compare([1.0, 2.0, 3.5, 4.0], [1.1, 2.2, 3.0, 4.2], True)
        texts = {key: tr('ComparePointsAlgorithm', text) for key, text in (
            ('offset_line', '1:1 + mean difference ({0:+.2f})'), ('mean', 'mean'), ('std', 'std'), ('min', 'min'),
            ('max', 'max'))}
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            write_scatter_plot(tmp_path / 'plot.png', [1.1, 2.2, 3.0, 4.2], [1.0, 2.0, 3.5, 4.0], result, True,
                               tr('ComparePointsAlgorithm', 'GNSS up'), '視線方向速度', texts=texts,
                               font=plot_font('ja'))
        assert (tmp_path / 'plot.png').stat().st_size > 1000
        assert texts['mean'] == '平均'
        assert not [str(w.message) for w in caught if 'missing from' in str(w.message)]
    finally:
        remove_translator(translator)
