"""Load the plugin's translation for the QGIS locale."""
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), 'i18n')


def qgis_language():
    """Two-letter language QGIS runs in ('en', 'ja', 'fr', …)."""
    locale = QgsSettings().value('locale/userLocale', '') or QgsApplication.locale() or 'en'
    return str(locale)[:2]


#: languages of the installed translators, last installed last (the help pages follow the last one)
_INSTALLED = []


def install_translator(language=None):
    """Install and return a ``QTranslator`` for ``language`` (default: QGIS's), or ``None``."""
    language = language or qgis_language()
    path = os.path.join(I18N_DIR, f'deformation_toolbox_{language}.qm')
    if not os.path.exists(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    _INSTALLED.append((translator, language))
    return translator


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
        _INSTALLED[:] = [(t, language) for t, language in _INSTALLED if t is not translator]


def active_language():
    """The language the plugin's texts are shown in: that of the last installed translator, else 'en'.

    The plugin installs the translator of the QGIS locale when it loads (``locale/userLocale``), so help
    pages (``algorithms/help/<language>/<id>.html``) and labels always come in the same language.
    """
    return _INSTALLED[-1][1] if _INSTALLED else 'en'


#: languages whose plot text needs CJK glyphs, and fonts that have them (Debian: fonts-noto-cjk, fonts-ipafont-gothic)
CJK_LANGUAGES = ('ja', 'zh', 'ko')
CJK_FONTS = ('Noto Sans CJK JP', 'Noto Sans CJK SC', 'IPAexGothic', 'IPAGothic', 'IPAPGothic', 'TakaoGothic',
             'Source Han Sans JP', 'Hiragino Sans', 'Yu Gothic', 'MS Gothic')
CJK_FILE_HINTS = ('cjk', 'ipa', 'takao', 'sourcehan', 'hiragino', 'yugoth', 'msgothic')


def installed_cjk_font():
    """The first font of :data:`CJK_FONTS` matplotlib can use (font files installed after its cache was built
    are added), or ``None``."""
    from matplotlib import font_manager
    names = {font.name for font in font_manager.fontManager.ttflist}
    if not names.intersection(CJK_FONTS):
        for path in font_manager.findSystemFonts():
            if any(hint in os.path.basename(path).lower() for hint in CJK_FILE_HINTS):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue
        names = {font.name for font in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in names), None)


def use_plot_font(language=None):
    """Make matplotlib draw with a CJK font first when ``language`` (default: QGIS's) needs one; returns it."""
    import matplotlib
    language = language or qgis_language()
    if language not in CJK_LANGUAGES:
        return None
    font = installed_cjk_font()
    if font is not None:
        fonts = [name for name in matplotlib.rcParams['font.sans-serif'] if name != font]
        matplotlib.rcParams['font.sans-serif'] = [font, *fonts]
        matplotlib.rcParams['font.family'] = ['sans-serif']
        matplotlib.rcParams['axes.unicode_minus'] = False   # U+2212 is missing in some CJK fonts
    return font


def plot_font(language=None):
    """The CJK font plots written in ``language`` (default: QGIS's) need, or ``None`` (the default font draws it)."""
    language = language or qgis_language()
    return installed_cjk_font() if language in CJK_LANGUAGES else None
