"""The keys she types by habit in the minutes: no tab, no double space, a name taken as F1 says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from secretary_app.domain.model import Member, Paragraph
from secretary_app.ui.panes import minutes_document as md
from secretary_app.ui.panes.minutes_editor import MinutesEditor
from tests.typing_helper import type_text

from .window_fixtures import key

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]

MEMBERS = [
    Member(key="haeberle", salutation="Frau", name="Häberle"),
    Member(key="krueger", salutation="Herr", title="Dr.", name="Krüger"),
    Member(key="schulze", salutation="Frau", name="Schulze"),
    Member(key="schubert", salutation="Herr", name="Schubert"),
    Member(key="hoffmann", salutation="Herr", name="Hoffmann"),
]


@pytest.fixture
def editor(qtbot) -> Iterator[MinutesEditor]:
    # beside another field, so that a Tab that moved the focus would be seen
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    e = MinutesEditor()
    layout.addWidget(e)
    layout.addWidget(QLineEdit())
    host.resize(700, 400)
    host.show()
    qtbot.waitExposed(host)
    e.setFocus()
    e.set_speakers(MEMBERS)
    yield e  # (the host lives as long as the test)
    host.close()


def paragraphs(editor: MinutesEditor) -> list[Paragraph]:
    return [p for _, p in md.snapshot(editor.document())]


def list_key(editor: MinutesEditor, k: Qt.Key) -> None:
    """A key as a real window delivers it while the list is open: to the list itself."""
    popup = editor._speaker_completer.popup()
    assert popup is not None and popup.isVisible()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(popup, QKeyEvent(kind, k, Qt.KeyboardModifier.NoModifier))


def test_return_backspace_tab_puts_no_tab_into_the_minutes_but_the_speaker(editor):
    type_text(editor, "Frau Hä")
    assert editor.speaker_popup_visible()
    key(editor, Qt.Key.Key_Return)  # a new paragraph: she did not choose from the list
    assert editor.toPlainText() == "Frau Hä\n"
    key(editor, Qt.Key.Key_Backspace)
    key(editor, Qt.Key.Key_Tab)  # the name begun at the cursor is the one name: taken
    type_text(editor, "beantragt die Vertagung.")
    assert editor.hasFocus()
    assert "\t" not in editor.toPlainText()
    assert paragraphs(editor) == [
        Paragraph(kind="text", text="Frau Häberle beantragt die Vertagung.", speaker="haeberle")
    ]


def test_tab_where_no_name_is_begun_types_nothing_and_keeps_the_focus(editor):
    type_text(editor, "Die Verwaltung erläutert")
    key(editor, Qt.Key.Key_Tab)
    key(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    type_text(editor, " die Vorlage.")
    assert editor.hasFocus()
    assert editor.toPlainText() == "Die Verwaltung erläutert die Vorlage."


def test_tab_on_a_name_several_members_share_opens_the_list(editor):
    type_text(editor, "Sch")
    key(editor, Qt.Key.Key_Escape)
    assert not editor.speaker_popup_visible()
    key(editor, Qt.Key.Key_Tab)
    assert editor.speaker_popup_visible()
    assert editor.toPlainText() == "Sch"


def test_her_habitual_space_after_a_taken_name_is_not_doubled(editor):
    type_text(editor, "Herr Dr. Krü")
    key(editor, Qt.Key.Key_Tab)
    type_text(editor, " eröffnet die Sitzung. Frau Schul")
    key(editor, Qt.Key.Key_Tab)
    type_text(editor, ", die Vorsitzende, begrüßt alle.")
    assert editor.toPlainText() == (
        "Herr Dr. Krüger eröffnet die Sitzung. Frau Schulze, die Vorsitzende, begrüßt alle."
    )
    assert "  " not in paragraphs(editor)[0].text
    # a space typed later, not right after the name, is hers
    type_text(editor, "  ")
    assert editor.toPlainText().endswith("alle.  ")


def test_a_name_completed_before_her_text_takes_no_second_space(editor):
    type_text(editor, "Frau Hä beantragt.")
    cursor = editor.textCursor()
    cursor.setPosition(len("Frau Hä"))
    editor.setTextCursor(cursor)
    key(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "Frau Häberle beantragt."


def test_down_then_return_takes_the_only_name_in_the_open_list(editor):
    type_text(editor, "Frau Hä")
    assert editor.speaker_popup_visible()
    list_key(editor, Qt.Key.Key_Down)
    list_key(editor, Qt.Key.Key_Return)
    type_text(editor, "beantragt.")
    assert paragraphs(editor) == [
        Paragraph(kind="text", text="Frau Häberle beantragt.", speaker="haeberle")
    ]


def test_down_in_the_open_list_moves_and_return_takes(editor):
    type_text(editor, "Sch")
    list_key(editor, Qt.Key.Key_Down)
    list_key(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "Herr Schubert "
    type_text(editor, "fragt. Sch")
    list_key(editor, Qt.Key.Key_Escape)
    assert not editor.speaker_popup_visible()
    assert editor.toPlainText() == "Herr Schubert fragt. Sch"


def test_one_letter_after_a_salutation_offers_the_names(editor):
    type_text(editor, "Frau H")
    assert editor.speaker_popup_visible()
    names = editor._speaker_completer.completionModel()
    assert [names.index(r, 0).data() for r in range(names.rowCount())] == [
        "Frau Häberle",
        "Herr Hoffmann",
    ]
    key(editor, Qt.Key.Key_Escape)
    type_text(editor, "äberle sagt. H")  # one capital without salutation: no list yet
    assert not editor.speaker_popup_visible()


def test_pasted_tabs_become_spaces(editor, qtbot):
    QApplication.clipboard().setText("TOP 4\tAnfrage\t \tder Fraktion")
    key(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "TOP 4 Anfrage der Fraktion"
    QApplication.clipboard().setText("")
