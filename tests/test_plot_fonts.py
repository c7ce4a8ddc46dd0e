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
