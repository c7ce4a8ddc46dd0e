"""Load the plugin's translation for the QGIS locale."""
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), 'i18n')


def qgis_language():
    """Two-letter language QGIS runs in ('en', 'ja', 'fr', …)."""
    locale = QgsSettings().value('locale/userLocale', '') or QgsApplication.locale() or 'en'
    return str(locale)[:2]


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
    return translator


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
