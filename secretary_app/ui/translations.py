"""The user-interface language: German is the source language, English comes from a .qm file.

Call `install_translator(app, Settings.language)` once after the QApplication exists and
before the first window is built. Qt's own catalogue (qtbase_de/qtbase_en) is installed too,
so the standard buttons of message boxes and file dialogs speak the same language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import paths

log = logging.getLogger(__name__)

LANGUAGES = {"de": "Deutsch", "en": "English"}
DEFAULT_LANGUAGE = "de"
CATALOGUE = "protokollant"


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def catalogue_path(language: str) -> Path:
    """The compiled catalogue of the app for `language` (none exists for German)."""
    return translations_dir() / f"{CATALOGUE}_{language}.qm"


def install_translator(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language`; unknown or missing catalogues fall back to German.

    Returns the installed translators (they are parented to `app`, so they live as long as it).
    """
    if language not in LANGUAGES:
        log.warning("unknown interface language %r, using German", language)
        language = DEFAULT_LANGUAGE
    installed: list[QTranslator] = []
    if language != DEFAULT_LANGUAGE:
        own = QTranslator(app)
        if own.load(str(catalogue_path(language))):
            app.installTranslator(own)
            installed.append(own)
        else:
            log.warning("translation %s not found, using German", catalogue_path(language))
            language = DEFAULT_LANGUAGE
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    else:
        log.info("Qt's catalogue qtbase_%s not found in %s", language, qt_dir)
    if language == "de":
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    return installed
