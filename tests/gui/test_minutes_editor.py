"""The minutes editor on its own: paragraph kinds, vote blocks, moving, verbs, undo."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor

from secretary_app.domain.model import Member, Paragraph, Vote
from secretary_app.settings import DEFAULT_VERBS
from secretary_app.text import completion
from secretary_app.ui.panes import minutes_document as md
from secretary_app.ui.panes.minutes_editor import MinutesEditor
from tests.typing_helper import type_text

from .window_fixtures import key

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qtbot) -> MinutesEditor:
    e = MinutesEditor()
    qtbot.addWidget(e)
    e.resize(700, 400)
    e.show()
    qtbot.waitExposed(e)
    e.setFocus()
    return e


def paragraphs(editor: MinutesEditor) -> list[Paragraph]:
    return [p for _, p in md.snapshot(editor.document())]


def test_toggle_cycles_kind_bold_and_is_undone(editor):
    type_text(editor, "Der Ausschuss empfiehlt die Annahme.")
    assert editor.current_kind() == "text"
    editor.toggle_kind()
    assert editor.current_kind() == "motion"
    assert editor.textCursor().charFormat().fontWeight() == QFont.Weight.Bold
    editor.toggle_kind()
    assert editor.current_kind() == "resolution"
    editor.toggle_kind()
    assert editor.current_kind() == "text"
    assert editor.textCursor().charFormat().fontWeight() != QFont.Weight.Bold
    editor.undo()
    assert editor.current_kind() == "resolution"
    assert [p.kind for p in paragraphs(editor)] == ["resolution"]


def test_enter_after_motion_wording_goes_back_to_text(editor):
    editor.new_paragraph("motion")
    type_text(editor, "Antragstext.\nHerr Thomann fragt nach.")
    assert [(p.kind, p.text) for p in paragraphs(editor)] == [
        ("motion", "Antragstext."),
        ("text", "Herr Thomann fragt nach."),
    ]


def test_vote_block_is_not_editable_but_movable_deletable_and_undoable(editor):
    type_text(editor, "Erster Absatz.\nZweiter Absatz.")
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.insert_vote(Vote(yes=5, no=1, label="zum Änderungsantrag"))
    kinds = [p.kind for p in paragraphs(editor)]
    assert kinds == ["text", "vote", "text"]
    # typing goes below the vote, into an empty text paragraph, never into the vote
    type_text(editor, "Danach.")
    assert [p.text for p in paragraphs(editor)] == [
        "Erster Absatz.",
        "",
        "Danach.",
        "Zweiter Absatz.",
    ]
    # put the cursor on the vote and type: a new paragraph appears, the vote stays whole
    vote_block = editor.document().findBlockByNumber(1)
    editor.setTextCursor(QTextCursor(vote_block))
    type_text(editor, "Davor.")
    got = paragraphs(editor)
    assert [p.kind for p in got] == ["text", "text", "vote", "text", "text"]
    assert got[1].text == "Davor." and got[2].vote == Vote(yes=5, no=1, label="zum Änderungsantrag")
    # move the vote up
    editor.setTextCursor(QTextCursor(editor.document().findBlockByNumber(2)))
    editor.move_paragraph(-1)  # Alt+Up in the window
    assert [p.kind for p in paragraphs(editor)] == ["text", "vote", "text", "text", "text"]
    # delete it with the Delete key (selected as one character), then undo
    cursor = QTextCursor(editor.document().findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    key(editor, Qt.Key.Key_Delete)
    assert [p.kind for p in paragraphs(editor)] == ["text", "text", "text", "text"]
    key(editor, Qt.Key.Key_Z, CTRL)
    assert [p.kind for p in paragraphs(editor)] == ["text", "vote", "text", "text", "text"]


def test_paragraph_moves_keep_their_stored_ids(editor):
    md.fill_document(
        editor.document(),
        [Paragraph(text="eins", id=11), Paragraph(kind="motion", text="zwei", id=12)],
    )
    editor.setTextCursor(QTextCursor(editor.document().findBlockByNumber(1)))
    editor.move_paragraph(-1)
    got = paragraphs(editor)
    assert [(p.id, p.kind, p.text) for p in got] == [(12, "motion", "zwei"), (11, "text", "eins")]
    editor.undo()
    assert [p.text for p in paragraphs(editor)] == ["eins", "zwei"]


def test_speaker_completion_offers_present_members_with_salutation(editor):
    editor.set_speakers(
        [
            Member(key="krueger", salutation="Herr", title="Dr.", name="Krüger"),
            Member(key="schulze", salutation="Frau", name="Schulze"),
        ]
    )
    type_text(editor, "Sc")
    assert editor.speaker_popup_visible()
    key(editor, Qt.Key.Key_Escape)
    assert not editor.speaker_popup_visible()
    type_text(editor, "hön ist es. Kr")  # "Schön" is no name: the list closes
    assert editor.speaker_popup_visible()
    key(editor, Qt.Key.Key_Tab)
    type_text(editor, "betont, dass")
    assert editor.toPlainText() == "Schön ist es. Herr Dr. Krüger betont, dass"
    # lower-case words never open the list
    type_text(editor, " kr")
    assert not editor.speaker_popup_visible()


def test_verb_palette_inserts_and_selects_the_gap(editor):
    editor.set_verbs(list(DEFAULT_VERBS))
    type_text(editor, "Frau Schulze")
    editor.show_verbs()  # Ctrl+R in the window
    assert editor.verb_popup_visible()
    key(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "Frau Schulze erklärt, dass "
    editor.show_verbs()
    for _ in range(DEFAULT_VERBS.index("stellt … zur Abstimmung.")):
        key(editor, Qt.Key.Key_Down)
    key(editor, Qt.Key.Key_Return)
    type_text(editor, "den Antrag")
    assert editor.toPlainText().endswith("stellt den Antrag zur Abstimmung.")


def test_ctrl_space_lists_every_present_speaker(editor):
    editor.set_speakers(
        [
            Member(key="eisenblaetter", salutation="Frau", name="Eisenblätter"),
            Member(key="thomann", salutation="Herr", name="Thomann"),
        ]
    )
    editor.show_speakers()  # Ctrl+Space in the window
    assert editor.speaker_popup_visible()
    key(editor, Qt.Key.Key_Down)
    key(editor, Qt.Key.Key_Return)
    type_text(editor, "macht deutlich, dass")
    assert editor.toPlainText() == "Herr Thomann macht deutlich, dass"
    assert paragraphs(editor)[0].speaker == "thomann"


def shown_names(editor: MinutesEditor) -> list[str]:
    model = editor._speaker_completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_open_list_narrows_as_a_name_is_typed(editor):
    """Letters that leave the same names fitting change nothing in the list; one that fits
    fewer narrows it; after Ctrl+Space (every name shown) the first letters narrow it too."""
    editor.set_speakers(
        [
            Member(key="schulze", salutation="Frau", name="Schulze"),
            Member(key="schubert", salutation="Herr", name="Schubert"),
            Member(key="krueger", salutation="Herr", name="Krüger"),
        ]
    )
    type_text(editor, "Sch")
    assert shown_names(editor) == ["Frau Schulze", "Herr Schubert"]
    type_text(editor, "u")  # both still fit
    assert shown_names(editor) == ["Frau Schulze", "Herr Schubert"]
    type_text(editor, "l")
    assert shown_names(editor) == ["Frau Schulze"]
    key(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "Frau Schulze "
    type_text(editor, "erklärt. ")
    for letter in "Schu":  # closed after each letter: it opens again on the next one
        key(editor, Qt.Key.Key_Escape)
        type_text(editor, letter)
    assert shown_names(editor) == ["Frau Schulze", "Herr Schubert"]
    type_text(editor, "l")
    assert shown_names(editor) == ["Frau Schulze"]
    type_text(editor, "ze fragt. ")
    editor.show_speakers()  # Ctrl+Space: every present member
    assert len(shown_names(editor)) == 3


_NAMES = ("Schulze", "SCHULZE", "Krüger", "KRüger", "Özdemir", "Müller-Wanda", "Zy", "ZY")
_TYPED = st.one_of(
    # running text: rarely a name
    st.text(alphabet="SchulzeKrügerÖzdemir-Wanda ÄÜ._'„\"(–xyZ", min_size=1, max_size=24),
    # some text, then the beginning of a name (cut anywhere, in any case)
    st.builds(
        lambda lead, name, cut: lead + name[:cut],
        st.text(alphabet="abc XY.,;:_-'’„\"(–!?1", max_size=8).map(lambda t: t + _separator(t)),
        st.sampled_from(_NAMES),
        st.integers(min_value=1, max_value=12),
    ),
)


def _separator(text: str) -> str:
    """A separator after the lead most of the time, so that many beginnings are names."""
    return (". ", "Frau ", "Herr Dr. ", "", "-", "_")[len(text) % 6]


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(before=_TYPED)
def test_the_letter_fast_path_never_skips_a_name_the_list_would_offer(editor, before):
    # a letter typed in running text asks `_Typing` before the full (regex) test: wherever the
    # full test finds a present member's name prefix ending at the cursor, it must say yes,
    # whether the run of letters began with this letter or earlier in the word
    editor.set_speakers(
        [
            Member(key="schulze", salutation="Frau", name="Schulze"),
            Member(key="krueger", salutation="Herr", title="Dr.", name="Krüger"),
            Member(key="oezdemir", salutation="Frau", name="Özdemir"),
            Member(key="mw", salutation="Frau", name="Müller-Wanda"),
            Member(key="zy", salutation="Herr", name="Zy"),
        ]
    )
    found = completion.speaker_prefix(before)
    run = editor._typing
    armed = run.arm(before)
    # a run is begun at a letter and goes on with letters and spaces
    keys = " abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"
    for start in range(len(before.rstrip(keys)), len(before)):
        if not before[start].isalpha():
            continue
        run.arm(before[: start + 1])
        added = [run.add(key) for key in before[start + 1 :]]
        assert (added[-1] if added else run.arm(before[: start + 1])) == armed
    if found is not None and found.name.lower() in editor._typing.prefixes:
        assert armed


def test_a_read_only_editor_neither_completes_nor_replaces(editor):
    # a finalised meeting: typing changes nothing and opens no list, even where the text
    # before the cursor would (a name begun, a straight quote typed with typography off)
    editor.set_speakers([Member(key="schulze", salutation="Frau", name="Schulze")])
    editor.typography = False
    type_text(editor, 'Er sagt "')
    editor.typography = True
    editor.setReadOnly(True)
    type_text(editor, ".")
    assert editor.toPlainText() == 'Er sagt "'
    editor.setReadOnly(False)
    type_text(editor, " Frau Sc")
    key(editor, Qt.Key.Key_Escape)
    editor.setReadOnly(True)
    type_text(editor, "h")
    assert not editor.speaker_popup_visible()
    assert editor.toPlainText() == 'Er sagt " Frau Sc'


def _text_then_vote(editor: MinutesEditor) -> None:
    """A text paragraph, a vote, and the cursor in a text paragraph after typing letters there."""
    type_text(editor, "Die Vorsitzende stellt den Antrag zur Abstimmung.")
    editor.insert_vote(Vote(yes=5, no=1))
    type_text(editor, "Damit")  # letters in a row: the short path of keyPressEvent


def _vote_is_whole(editor: MinutesEditor) -> None:
    got = paragraphs(editor)
    votes = [p for p in got if p.kind == "vote"]
    assert votes == [Paragraph(kind="vote", vote=Vote(yes=5, no=1), id=votes[0].id)]
    block = editor.document().firstBlock()
    while md.block_kind(block) != "vote":
        block = block.next()
    assert block.text() == md.OBJECT_CHAR  # nothing typed into the vote paragraph
    assert "x" in "".join(p.text for p in got)  # what was typed went into a text paragraph


def test_a_click_onto_the_vote_ends_a_run_of_letters(editor, qtbot):
    _text_then_vote(editor)
    vote_block = editor.document().findBlockByNumber(1)
    assert md.block_kind(vote_block) == "vote"
    at = editor.cursorRect(QTextCursor(vote_block)).center()
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert editor.textCursor().block() == vote_block  # the click moved nothing in the document
    type_text(editor, "x")
    _vote_is_whole(editor)


def test_undo_from_the_menu_ends_a_run_of_letters(editor):
    # Bearbeiten → Rückgängig calls the editor's undo() without a key in the editor
    _text_then_vote(editor)
    editor.setTextCursor(QTextCursor(editor.document().findBlockByNumber(1)))  # on the vote
    type_text(editor, "xyz")  # a new paragraph above the vote, then letters in a row
    for _ in range(5):  # until the cursor is back on the vote, the document as before
        if md.block_kind(editor.textCursor().block()) == "vote":
            break
        editor.undo()
    assert md.block_kind(editor.textCursor().block()) == "vote"
    type_text(editor, "x")
    _vote_is_whole(editor)


def test_moving_the_cursor_from_outside_ends_a_run_of_letters(editor):
    # the find bar, a search hit, the spelling's next mistake: setTextCursor / moveCursor
    _text_then_vote(editor)
    editor.setTextCursor(QTextCursor(editor.document().findBlockByNumber(1)))
    type_text(editor, "x")  # a new paragraph above the vote
    _vote_is_whole(editor)
    type_text(editor, "yz")
    editor.moveCursor(QTextCursor.MoveOperation.NextBlock)
    assert md.block_kind(editor.textCursor().block()) == "vote"
    type_text(editor, "w")
    _vote_is_whole(editor)
