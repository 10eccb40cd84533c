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
from ..domain.model import ROLE_LABELS
from ..domain.rules import MAJORITY_RULES, Quorum

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


# -- labels that come from domain/ ------------------------------------------------------------
# The domain layer has no Qt, so its German labels are repeated here as literal translate()
# calls that pyside6-lupdate can collect; tests/gui/test_translations.py checks that the German
# wording stays identical to domain/.


def role_label(role: str) -> str:
    """A member's role ("chair" → "Vorsitz") in the interface language."""
    labels = {
        "chair": QCoreApplication.translate("domain", "Vorsitz"),
        "deputy": QCoreApplication.translate("domain", "stellv. Vorsitz"),
        "member": QCoreApplication.translate("domain", "Mitglied"),
        "advisory": QCoreApplication.translate("domain", "beratendes Mitglied"),
        "administration": QCoreApplication.translate("domain", "Verwaltung"),
        "guest": QCoreApplication.translate("domain", "Gast"),
    }
    return labels.get(role, ROLE_LABELS.get(role, role))


def majority_rule_label(rule: str) -> str:
    """A majority rule ("simple" → "einfache Mehrheit (…)") in the interface language."""
    labels = {
        "simple": QCoreApplication.translate(
            "domain", "einfache Mehrheit (mehr Ja- als Nein-Stimmen)"
        ),
        "two-thirds": QCoreApplication.translate(
            "domain", "Zweidrittelmehrheit der abgegebenen Stimmen"
        ),
    }
    return labels.get(rule, MAJORITY_RULES.get(rule, rule))


def quorum_text(quorum: Quorum) -> str:
    """ "7 von 7 Stimmberechtigten anwesend – beschlussfähig" in the interface language."""
    if quorum.reached:
        state = QCoreApplication.translate("domain", "beschlussfähig")
    else:
        state = QCoreApplication.translate("domain", "nicht beschlussfähig")
    return QCoreApplication.translate(
        "domain", "{present} von {total} Stimmberechtigten anwesend – {state}"
    ).format(present=quorum.present, total=quorum.total, state=state)
