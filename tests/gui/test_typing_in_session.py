"""She types and presses Return: what is stored is what she typed, with German quotes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from secretary_app.domain.model import Paragraph
from secretary_app.settings import Settings
from secretary_app.ui.panes import minutes_document as md
from tests.typing_helper import type_text

from .session_window import stored_texts
from .window_fixtures import key

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]

CTRL = Qt.KeyboardModifier.ControlModifier


def test_return_keeps_what_she_typed_and_tab_takes_the_name(typing_window, qtbot):
    window = typing_window
    editor = window.editor
    type_text(editor, "Frau Sch")
    assert editor.speaker_popup_visible()  # offered ...
    type_text(editor, "\n")  # ... but Return is a new paragraph, not "Frau Frau Schäfer"
    assert not editor.speaker_popup_visible()
    type_text(editor, "Frau Sch")
    key(editor, Qt.Key.Key_Tab)  # Tab takes it and replaces the typed salutation
    type_text(editor, "verweist auf den Rat\n")  # "Rat" is no speaker: Return stays Return
    type_text(editor, "Herr Rat")
    key(editor, Qt.Key.Key_Down)  # a row chosen with the arrows ...
    type_text(editor, "\n")  # ... is taken by Return
    type_text(editor, "sagt: \"Das ist 'nur' ein Entwurf - mehr nicht...\"\n")
    expected = [
        "Frau Sch",
        "Frau Schäfer verweist auf den Rat",
        "Herr Rathmann sagt: „Das ist ‚nur‘ ein Entwurf – mehr nicht…“",
    ]
    qtbot.waitUntil(lambda: stored_texts(window, 0) == expected, timeout=3000)
    meeting = window.ops.store.load_meeting(window.meeting.id)
    assert [p.speaker for p in meeting.agenda[0].minutes] == [None, "schaefer", "rathmann"]


def test_one_undo_takes_a_replacement_back(typing_window, qtbot):
    window = typing_window
    editor = window.editor
    type_text(editor, 'Das Wort "')
    assert editor.toPlainText() == "Das Wort „"
    key(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == 'Das Wort "'
    type_text(editor, "Ende...")
    key(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == 'Das Wort "Ende...'


def test_typography_off_in_the_settings_keeps_straight_quotes(typing_window, qtbot):
    window = typing_window
    settings = Settings.load(window.ops.store)
    assert settings.typography  # on by default
    settings.typography = False
    settings.save(window.ops.store)
    window.settings = Settings.load(window.ops.store)
    window.apply_settings()
    type_text(window.editor, 'Er sagt "ja" - oder...')
    qtbot.waitUntil(lambda: stored_texts(window, 0) == ['Er sagt "ja" - oder...'], timeout=3000)


def test_imported_text_is_left_as_it_is(typing_window, qtbot):
    window = typing_window
    doc = window.editor.document()
    md.fill_document(doc, [Paragraph(kind="text", text='Alt: "so" - und...')])
    assert window.editor.toPlainText() == 'Alt: "so" - und...'
