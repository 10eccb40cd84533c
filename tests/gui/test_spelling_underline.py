"""Misspelt words get a wavy line; members' names and paper references never do."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from secretary_app.text.spelling import SpellChecker
from secretary_app.ui.panes.minutes_editor import MinutesEditor
from tests.typing_helper import type_text

from .session_window import stored_texts
from .window_fixtures import key

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _german_dictionary():
    checker = SpellChecker(None)
    if not checker.available:
        pytest.fail(f"the shipped German dictionary does not load: {checker.problem}")


def test_misspelling_underlined_names_and_papers_not_and_ctrl_period_corrects(
    typing_window,
    qtbot,
):
    window = typing_window
    editor = window.editor
    type_text(
        editor,
        "Frau Müller-Preinesberger erläutert die Vorlage 26/SVV/0100 der SPD und den "
        "Haushaltsplahn. Herr Thomann stimmt zu.",
    )
    assert editor.extraSelections() == []  # nothing checked on the keystroke path
    qtbot.waitUntil(lambda: editor.spelling.misspelt_words() == ["Haushaltsplahn"], timeout=3000)
    selection = editor.extraSelections()[0]
    assert selection.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline

    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    key(editor, Qt.Key.Key_Period, CTRL)  # to the next misspelling, with its suggestions
    assert editor.textCursor().selectedText() == "Haushaltsplahn"
    menu = editor.spelling.menu
    assert menu is not None and menu.isVisible()
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Haushaltsplan"
    assert "Zum &Wörterbuch hinzufügen" in texts
    menu.actions()[0].trigger()
    menu.hide()
    expected = (
        "Frau Müller-Preinesberger erläutert die Vorlage 26/SVV/0100 der SPD und den "
        "Haushaltsplan. Herr Thomann stimmt zu."
    )
    qtbot.waitUntil(lambda: stored_texts(window, 0) == [expected], timeout=3000)
    assert editor.spelling.misspelt_words() == []
    key(editor, Qt.Key.Key_Z, CTRL)  # the correction is one undo step
    assert "Haushaltsplahn" in editor.toPlainText()


def checked_editor(qtbot, words: Path) -> MinutesEditor:
    """An editor of its own, checked with a personal word list in `words`."""
    editor = MinutesEditor()
    qtbot.addWidget(editor)
    editor.spelling.set_checker(SpellChecker(words))
    editor.resize(600, 300)
    editor.show()
    return editor


def test_add_to_dictionary_is_remembered_in_the_personal_word_list(qtbot, tmp_path):
    editor = checked_editor(qtbot, tmp_path / "woerterbuch.txt")
    type_text(editor, "Die Schlaatzviertel kommt.")
    qtbot.waitUntil(lambda: editor.spelling.misspelt_words() == ["Schlaatzviertel"])
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    assert editor.spelling.next_misspelling()
    add = next(a for a in editor.spelling.menu.actions() if a.objectName() == "add_to_dictionary")
    add.trigger()
    assert editor.spelling.misspelt_words() == []
    assert "Schlaatzviertel" in (tmp_path / "woerterbuch.txt").read_text(encoding="utf-8")
    assert editor.toPlainText() == "Die Schlaatzviertel kommt."


def test_without_a_dictionary_the_editor_works_and_says_spelling_is_off(qtbot, tmp_path):
    editor = MinutesEditor()
    qtbot.addWidget(editor)
    editor.spelling.set_checker(SpellChecker(tmp_path / "w.txt", "xx_XX"))
    editor.show()
    type_text(editor, "Haushaltsplahn")
    qtbot.waitUntil(lambda: not editor.spelling.state_label.isHidden(), timeout=3000)
    assert "Rechtschreibprüfung aus" in editor.spelling.state_label.text()
    assert editor.toPlainText() == "Haushaltsplahn"
    assert editor.extraSelections() == []


def test_spelling_off_in_the_settings_removes_the_lines(typing_window, qtbot):
    window = typing_window
    type_text(window.editor, "Der Haushaltsplahn")
    qtbot.waitUntil(lambda: window.editor.spelling.misspelt_words() == ["Haushaltsplahn"])
    window.settings.spelling = False
    window.apply_settings()
    assert window.editor.extraSelections() == []


def test_hunspell_is_imported_after_the_first_frame_not_at_start_up(tmp_path):
    import os
    import subprocess
    import sys

    script = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from secretary_app.store import Store
from secretary_app.ui.main_window import MainWindow
from secretary_app.session import Operations
w = MainWindow(Operations(Store.open(sys.argv[1])), open_results=False)
w.show()
app.processEvents()
print("shown", "hunspell" in sys.modules)
end = time.monotonic() + 1.5
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.02)
print("later", "hunspell" in sys.modules, "enchant" in sys.modules)
w.close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "t.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert done.stdout.split("\n")[:2] == ["shown False", "later True False"]


def test_ctrl_period_selects_the_first_suggestion_and_never_stacks_menus(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication, QMenu

    editor = checked_editor(qtbot, tmp_path / "w.txt")
    qtbot.waitExposed(editor)
    editor.setFocus()
    type_text(editor, "Der Haushaltsplahn und die Sitzungsordnunng.")
    qtbot.waitUntil(lambda: len(editor.spelling.misspelt_words()) == 2, timeout=3000)
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    key(editor, Qt.Key.Key_Period, CTRL)
    first = editor.spelling.menu
    assert first is not None and first.isVisible()
    assert first.activeAction() is first.actions()[0]  # Return takes it
    key(editor, Qt.Key.Key_Period, CTRL)  # again: the next word, still one menu
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert menus == [editor.spelling.menu]
    assert editor.textCursor().selectedText() == "Sitzungsordnunng"
    second = editor.spelling.menu
    assert second is not None
    key(second, Qt.Key.Key_Return)
    assert "Sitzungsordnung." in editor.toPlainText()
