"""Every visible string of the window is marked for translation and translated to English.

Two checks that complement each other:
- the sources of `secretary_app/ui/` and `app.py` give no text literal straight to a widget
  (setText, setWindowTitle, QAction(...), addMenu, message boxes, ...) without tr()/translate();
- with the English catalogue installed, the main window (first-run page and an open meeting)
  shows no German interface text: neither a German source string of the catalogue (marked but
  not translated, or looked up in the wrong context) nor, where no meeting data is on screen,
  any text with umlauts or common German interface words.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QWidget,
)

from secretary_app.ui.translations import catalogue_path, install_translator

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = sorted((ROOT / "secretary_app" / "ui").glob("*.py")) + [
    ROOT / "secretary_app" / "app.py"
]
TS_FILE = ROOT / "resources" / "translations" / "protokollant_en.ts"

# methods whose text argument the user reads
TEXT_METHODS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setLabelText",
    "setInformativeText",
    "setIconText",
    "addMenu",
    "addTab",
    "setTabText",
    "showMessage",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "addRow",
    "warning",
    "information",
    "question",
    "critical",
    "getText",
    "getItem",
    "getInt",
    "getOpenFileName",
    "getSaveFileName",
    "getExistingDirectory",
}
# widgets whose constructor takes the visible text
TEXT_CONSTRUCTORS = {
    "QAction",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QMenu",
    "QToolButton",
    "QCommandLinkButton",
}
TRANSLATING = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
LETTERS = re.compile(r"[A-Za-zÄÖÜäöüß]{2}")


# not language: markup, the product's name, the time format hint
NOT_LANGUAGE = re.compile(r"<[^>]*>|&\w+;|Protokollant|hh:mm")
LOGGERS = {"log", "logger", "logging", "warnings"}


def _is_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(LETTERS.search(NOT_LANGUAGE.sub("", node.value)))
    if isinstance(node, ast.JoinedStr):
        return any(_is_text(v) for v in node.values)
    if isinstance(node, ast.BinOp):  # "a" + "b", "..." % x
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_is_text(e) for e in node.elts)
    if isinstance(node, ast.IfExp):
        return _is_text(node.body) or _is_text(node.orelse)
    return False


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def unmarked_strings(source: str, filename: str) -> list[str]:
    """file:line: call for every visible text literal handed to a widget untranslated."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name not in TEXT_METHODS and name not in TEXT_CONSTRUCTORS:
            continue
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(owner, ast.Name) and owner.id in LOGGERS:
            continue  # log.warning(...) is for the log file, not for the user
        args = list(node.args) + [k.value for k in node.keywords if k.arg in ("text", "title")]
        for arg in args:
            if _is_text(arg):
                found.append(f"{filename}:{node.lineno}: {name}({ast.unparse(arg)[:60]})")
    return found


def test_the_scanner_finds_unmarked_texts():
    sample = (
        "w.setWindowTitle('Sitzung öffnen')\n"
        "a = QAction(f'{n} Sitzungen', self)\n"
        "QMessageBox.warning(self, self.tr('Fehler'), 'Nicht gespeichert')\n"
        "log.warning('not shown to the user')\n"
        "label = QLabel('<b>Protokollant</b>')\n"
        "w.setText(self.tr('Gut'))\n"
        "b = QPushButton('+')\n"
        "m = bar.addMenu(self.tr('&Datei'))\n"
    )
    found = unmarked_strings(sample, "x.py")
    assert [f.split(":")[1] for f in found] == ["1", "2", "3"]


def test_no_visible_text_in_the_ui_sources_bypasses_translation():
    found = []
    for path in UI_SOURCES:
        found += unmarked_strings(path.read_text(encoding="utf-8"), path.name)
    assert found == [], "Nicht übersetzbar markierte Texte:\n" + "\n".join(found)


def test_catalogue_is_complete_and_compiled(tmp_path):
    root = ET.parse(TS_FILE).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if (m.find("translation").get("type") == "unfinished")
    ]
    assert unfinished == [], "Ohne englische Übersetzung (make translations):\n" + "\n".join(
        str(u) for u in unfinished
    )
    compiled = catalogue_path("en")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    fresh = tmp_path / "fresh.qm"
    command = [str(lrelease), str(TS_FILE), "-qm", str(fresh)]
    subprocess.run(command, check=True, capture_output=True)
    assert compiled.read_bytes() == fresh.read_bytes(), "Die .qm ist veraltet: make translations"


# -- the running window in English ------------------------------------------------------------

GERMAN_WORDS = re.compile(
    r"\b(Sitzung\w*|Tagesordnung|Abstimmung|Anwesenheit|Einstellungen|Beenden|Datei|"
    r"Bearbeiten|Hilfe|Gremi\w+|Mitglied\w*|Speichern|Gespeichert|Öffnen|Einfügen|Neue[rs]?|"
    r"Rückgängig|Wiederholen|Zustimmung|Ablehnung|Stimmenthaltung|einstimmig|Abbrechen|"
    r"Schließen|öffentlich\w*|nichtöffentlich\w*|und|oder|der|die|das|Noch|keine?)\b"
)
UMLAUTS = re.compile("[ÄÖÜäöüß]")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _german_sources() -> set[str]:
    root = ET.parse(TS_FILE).getroot()
    german = set()
    for m in root.iter("message"):
        source = _plain(m.findtext("source") or "")
        translation = _plain(m.findtext("translation") or "")
        if source != translation and LETTERS.search(source):
            german.add(source)
    return german


def _visible_texts(window: QMainWindow, with_data: bool) -> list[tuple[str, str]]:
    """(where, text) of the interface: actions, menus, and visible widgets' own texts."""
    texts: list[tuple[str, str]] = [("Fenstertitel", window.windowTitle())]
    for action in window.findChildren(QMenu) + [window]:
        for act in action.actions():
            for kind, text in (("Befehl", act.text()), ("Tooltip", act.toolTip())):
                if text and kind == "Befehl" or (text and text != act.text().replace("&", "")):
                    texts.append((f"{kind} {act.objectName()}", text))
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(("Menü", menu.title()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.objectName()}"
        if widget.toolTip():
            texts.append((f"Tooltip {name}", widget.toolTip()))
        if isinstance(widget, QAbstractButton):
            texts.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            texts.append((name, widget.placeholderText()))
        elif isinstance(widget, QLabel) and not with_data:
            texts.append((name, widget.text()))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                header = widget.model().headerData(section, widget.orientation())
                if isinstance(header, str):
                    texts.append((f"Spalte {name}", header))
    return [(where, _plain(t)) for where, t in texts if t and LETTERS.search(t)]


def _german_texts(texts: list[tuple[str, str]], with_data: bool) -> list[str]:
    german = _german_sources()
    bad = []
    for where, text in texts:
        if text in german:
            bad.append(f"{where}: {text!r} (nicht übersetzt)")
        elif not with_data and (UMLAUTS.search(text) or GERMAN_WORDS.search(text)):
            bad.append(f"{where}: {text!r} (deutsch, nicht im Katalog?)")
    return bad


@pytest.fixture
def english(qapp):
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translator(app, "en")
    assert translators, "englischer Katalog fehlt"
    yield
    for translator in translators:
        QApplication.removeTranslator(translator)


def _window(qtbot, store):
    from secretary_app.session import Operations
    from secretary_app.ui.main_window import MainWindow

    window = MainWindow(Operations(store), open_results=False)
    qtbot.addWidget(window)
    window.resize(1360, 820)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_run_window_is_english(qtbot, store, english):
    window = _window(qtbot, store)
    window.open_start_meeting()
    texts = _visible_texts(window, with_data=False)
    assert any(t == "Open the sample meeting" for _, t in texts)
    assert _german_texts(texts, with_data=False) == []


def test_window_with_a_meeting_is_english(qtbot, store, english, demo_meeting):
    from secretary_app.store.meetings import import_meeting

    meeting_id = import_meeting(store, demo_meeting)
    window = _window(qtbot, store)
    assert window.open_meeting(meeting_id)
    texts = _visible_texts(window, with_data=True)
    assert any(t == "Record vote" for _, t in texts)
    assert _german_texts(texts, with_data=True) == []


def test_german_is_the_default(qtbot, store):
    window = _window(qtbot, store)
    titles = [_plain(m.title()) for m in window.menuBar().findChildren(QMenu)]
    assert "Datei" in titles and "Hilfe" in titles


def test_domain_labels_keep_the_domain_wording_in_german():
    from secretary_app.domain.model import ROLE_LABELS
    from secretary_app.domain.rules import MAJORITY_RULES, Quorum
    from secretary_app.ui.translations import majority_rule_label, quorum_text, role_label

    assert {role: role_label(role) for role in ROLE_LABELS} == ROLE_LABELS
    assert {rule: majority_rule_label(rule) for rule in MAJORITY_RULES} == MAJORITY_RULES
    for present in (3, 4, 7):
        q = Quorum(present=present, total=7)
        assert quorum_text(q) == q.describe()


def test_domain_labels_in_english(english):
    from secretary_app.domain.rules import Quorum
    from secretary_app.ui.translations import majority_rule_label, quorum_text, role_label

    assert role_label("chair") == "Chair"
    assert majority_rule_label("simple").startswith("simple majority")
    assert quorum_text(Quorum(present=3, total=7)) == "3 of 7 voting members present – no quorum"
