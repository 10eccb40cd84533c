"""„Tagesordnung einfügen“: paste, see the preview with its parts, correct it, take it over;
big inputs read in the background, a list of OParl meetings to choose from, suggested votes."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QFileDialog, QLineEdit

from secretary_app.domain.model import Vote
from secretary_app.formats.oparl import choices_of
from secretary_app.session import agenda as reading
from secretary_app.ui.dialogs.agenda_import_dialog import INLINE_LIMIT, AgendaImportDialog
from secretary_app.ui.dialogs.oparl_meeting_choice import MeetingChoiceDialog
from secretary_app.ui.models.agenda_preview_model import Column, Role
from tests.formats import oparl_vendor_fixtures as fx
from tests.typing_helper import type_text

from .window_fixtures import operations

pytestmark = pytest.mark.gui

AGENDA = (
    "Öffentlicher Teil\n"
    "1 Eröffnung\n"
    "7.1\tParkraumkonzept Innenstadt\t24/SVV/0422\n"
    "    Fraktion FDP\n"
    "Nichtöffentlicher Teil\n"
    "9 Grundstücksverkäufe DS 15/SVV/0743\n"
)


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp):
    QApplication.clipboard().setText("")
    yield
    QApplication.clipboard().setText("")


@pytest.fixture
def dialog(qtbot):
    d = AgendaImportDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _shown(d: AgendaImportDialog) -> list[tuple[str, ...]]:
    """What the preview table shows, row by row; part headings as one cell."""
    m = d.table.model()
    rows: list[tuple[str, ...]] = []
    for r in range(m.rowCount()):
        if m.index(r, 0).data(Role.IS_HEADING):
            rows.append((m.index(r, 0).data(),))
            continue
        public = m.index(r, Column.PUBLIC).data(Qt.ItemDataRole.CheckStateRole)
        rows.append(
            (
                m.index(r, Column.NUMBER).data(),
                m.index(r, Column.TITLE).data(),
                m.index(r, Column.PAPER).data(),
                "ö" if public == Qt.CheckState.Checked else "nö",
            )
        )
    return rows


EXPECTED = [
    ("Öffentlicher Teil",),
    ("1", "Eröffnung", "", "ö"),
    ("7.1", "Parkraumkonzept Innenstadt (Fraktion FDP)", "24/SVV/0422", "ö"),
    ("Nichtöffentlicher Teil",),
    ("9", "Grundstücksverkäufe", "15/SVV/0743", "nö"),
]


def test_typing_updates_the_preview_with_parts_and_notes(qtbot, dialog):
    assert dialog.windowTitle() == "Tagesordnung einfügen"
    assert not dialog.ok_button.isEnabled()
    dialog.text_edit.setFocus()
    # typed by hand: wide gaps instead of tabs (Tab moves on to the next field)
    type_text(dialog.text_edit, AGENDA.replace("\t", "   "))
    qtbot.waitUntil(lambda: _shown(dialog) == EXPECTED, timeout=3000)
    assert dialog.table.columnSpan(0, 0) == len(Column) == dialog.table.columnSpan(3, 0)
    assert "Fraktion FDP" in dialog.notes_label.text()
    assert dialog.count_label.text() == "3 Punkte (2 öffentlich, 1 nichtöffentlich)"
    assert dialog.ok_button.isEnabled()


def test_broken_input_shows_the_message_and_cannot_be_taken_over(qtbot, dialog):
    dialog.text_edit.setPlainText("TOP;Betreff;öffentlich\n1;Eröffnung;vielleicht\n")
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=3000)
    assert "Zeile 2" in dialog.error_label.text()
    assert _shown(dialog) == []
    assert not dialog.ok_button.isEnabled()
    dialog.text_edit.setPlainText("1 Eröffnung\n")
    qtbot.waitUntil(lambda: not dialog.error_label.isVisible(), timeout=3000)
    assert dialog.ok_button.isEnabled()


def test_cells_are_edited_by_keyboard_and_public_moves_the_part(qtbot, dialog):
    dialog.text_edit.setPlainText(AGENDA)
    dialog.refresh()
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(2, Column.TITLE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == QAbstractItemView.State.EditingState
    (editor,) = table.viewport().findChildren(QLineEdit)
    editor.selectAll()
    type_text(editor, "Parkraumkonzept Innenstadt – 2. Lesung")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on Return through the event loop
    qtbot.waitUntil(lambda: _shown(dialog)[2][1] == "Parkraumkonzept Innenstadt – 2. Lesung")
    assert dialog.isVisible()  # Return in a cell does not take the dialog's default button

    table.setCurrentIndex(table.model().index(2, Column.PUBLIC))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # 7.1 becomes non-public
    assert _shown(dialog) == [
        ("Öffentlicher Teil",),
        ("1", "Eröffnung", "", "ö"),
        ("Nichtöffentlicher Teil",),
        ("7.1", "Parkraumkonzept Innenstadt – 2. Lesung", "24/SVV/0422", "nö"),
        ("9", "Grundstücksverkäufe", "15/SVV/0743", "nö"),
    ]
    assert dialog.table.columnSpan(2, 0) == len(Column)


def test_a_title_cannot_be_emptied(qtbot, dialog):
    dialog.text_edit.setPlainText(AGENDA)
    dialog.refresh()
    index = dialog.table.model().index(1, Column.TITLE)
    assert not dialog.table.model().setData(index, "   ")
    assert index.data() == "Eröffnung"


def test_delete_key_removes_an_item(qtbot, dialog):
    dialog.text_edit.setPlainText(AGENDA)
    dialog.refresh()
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.table.model().index(1, Column.TITLE))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert [r[0] for r in _shown(dialog)] == [
        "Öffentlicher Teil",
        "7.1",
        "Nichtöffentlicher Teil",
        "9",
    ]


def test_clipboard_with_an_agenda_is_pasted_in_already(qtbot):
    QApplication.clipboard().setText(AGENDA)
    d = AgendaImportDialog()
    qtbot.addWidget(d)
    assert d.text_edit.toPlainText() == AGENDA
    assert _shown(d) == EXPECTED
    assert "Zwischenablage" in d.source_label.text()


def test_clipboard_with_other_text_is_left_alone(qtbot):
    QApplication.clipboard().setText("Sehr geehrte Frau Schulze, anbei die Unterlagen.")
    d = AgendaImportDialog()
    qtbot.addWidget(d)
    assert d.text_edit.toPlainText() == ""
    assert _shown(d) == []


def test_open_file_reads_csv_and_remembers_the_folder(qtbot, store, tmp_path, monkeypatch):
    f = tmp_path / "export" / "tagesordnung.csv"
    f.parent.mkdir()
    f.write_bytes(
        "Nr;Titel;Drucksache;öffentlich\n1;Eröffnung;;ja\n2;Vergabe;;nein\n".encode("cp1252")
    )
    asked: list[str] = []

    def fake_open(parent, caption, folder, filters):
        asked.append(folder)
        return str(f), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    d = AgendaImportDialog(None, operations(store))
    qtbot.addWidget(d)
    qtbot.mouseClick(d.open_button, Qt.MouseButton.LeftButton)
    assert _shown(d) == [
        ("Öffentlicher Teil",),
        ("1", "Eröffnung", "", "ö"),
        ("Nichtöffentlicher Teil",),
        ("2", "Vergabe", "", "nö"),
    ]
    assert "tagesordnung.csv" in d.source_label.text()
    assert "Windows-1252" in d.notes_label.text()
    d2 = AgendaImportDialog(None, operations(store))
    qtbot.addWidget(d2)
    qtbot.mouseClick(d2.open_button, Qt.MouseButton.LeftButton)
    assert asked == ["", str(f.parent)]


def test_open_file_that_is_not_an_agenda(qtbot, dialog, tmp_path, monkeypatch):
    f = tmp_path / "bild.docx"
    f.write_bytes(b"\x89PNG\r\n\x1a\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(f), "")))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible() and "keine Word-Datei" in dialog.error_label.text()


def test_ask_returns_items_and_replace_choice(qtbot, monkeypatch):
    def fill_and_accept(self):
        self.text_edit.setPlainText(AGENDA)
        self.replace_box.setChecked(True)
        self.accept()  # at once, before the typing timer: the text is still read
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AgendaImportDialog, "exec", fill_and_accept)
    answer = AgendaImportDialog.ask(None)
    assert answer is not None
    items, replace = answer
    assert replace is True
    assert [(i.number, i.public) for i in items] == [("1", True), ("7.1", True), ("9", False)]


def test_ask_cancelled_gives_none(qtbot, monkeypatch):
    def fill_and_cancel(self):
        self.text_edit.setPlainText(AGENDA)
        self.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AgendaImportDialog, "exec", fill_and_cancel)
    assert AgendaImportDialog.ask(None) is None


def test_preview_model_is_a_proper_qt_model(qtmodeltester, dialog):
    dialog.text_edit.setPlainText(AGENDA)
    dialog.refresh()
    qtmodeltester.check(dialog.model)


def test_screenshot(qtbot, dialog, tmp_path: Path):
    dialog.text_edit.setPlainText(AGENDA)
    dialog.refresh()
    target = tmp_path / "agenda_import_dialog.png"
    assert dialog.grab().save(str(target))
    assert target.stat().st_size > 0


def test_an_oparl_address_is_fetched_only_on_request(qtbot, dialog):
    from tests.formats.oparl_fixtures import oparl_server

    with oparl_server() as (host, routes):
        url = f"{host}/oparl/bodies/1/meetings/77"
        dialog.text_edit.setPlainText(url)
        dialog.refresh()
        assert dialog.fetch_button.isVisible()
        assert _shown(dialog) == [] and not dialog.error_label.isVisible()
        qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.model.item_count() == 7, timeout=5000)
        assert _shown(dialog)[2] == ("2", "Radverkehrskonzept Südstadt", "2024/0113", "ö")
        assert "Abgerufen" in dialog.source_label.text()

        dialog.text_edit.setPlainText(f"{host}/oparl/bodies/1/meetings/404")
        dialog.refresh()
        qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
        assert "Fehler 404" in dialog.error_label.text()


def test_window_menu_brings_the_pasted_agenda_into_the_meeting(
    qtbot, db_path, tmp_path, monkeypatch
):
    """Ctrl+Shift+I in the window: dialog, preview, „Übernehmen“ — the items are stored."""
    import datetime as dt

    from secretary_app.domain.model import AgendaItem, Meeting
    from secretary_app.session import Operations
    from secretary_app.store import Store
    from secretary_app.ui import messages
    from secretary_app.ui.main_window import MainWindow

    from .window_fixtures import key, prepare_store

    store = Store.open(db_path)
    prepare_store(store, tmp_path / "out")
    meeting_id = store.add_meeting(
        Meeting(
            committee=store.committees()[0],
            number=4,
            date=dt.date(2026, 11, 25),
            agenda=[AgendaItem(number="1", title="Alte Tagesordnung")],
        )
    )
    window = MainWindow(Operations(store), open_results=False)
    qtbot.addWidget(window)
    window.open_start_meeting()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def paste_and_take_over(self):
        self.text_edit.setPlainText(AGENDA)
        self.replace_box.setChecked(True)
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AgendaImportDialog, "exec", paste_and_take_over)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    try:
        key(
            window,
            Qt.Key.Key_I,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        stored = store.load_meeting(meeting_id).agenda
        assert [(i.number, i.title, i.paper, i.public) for i in stored] == [
            ("1", "Eröffnung", "", True),
            ("7.1", "Parkraumkonzept Innenstadt (Fraktion FDP)", "24/SVV/0422", True),
            ("9", "Grundstücksverkäufe", "15/SVV/0743", False),
        ]
    finally:
        window.close()
        store.close()


def test_format_can_be_forced_when_detection_guesses_wrong(qtbot, dialog):
    text = "TOP, Betreff, Drucksache\n1 Eröffnung\n2 Haushalt, 1. Lesung 24/SVV/0422\n"
    dialog.text_edit.setPlainText(text)
    dialog.refresh()
    assert dialog.error_label.isVisible()  # the first line looks like a CSV header
    assert "Zeile 2" in dialog.error_label.text()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("text"))
    assert not dialog.error_label.isVisible()
    assert _shown(dialog)[1:] == [
        ("1", "Eröffnung", "", "ö"),
        ("2", "Haushalt, 1. Lesung", "24/SVV/0422", "ö"),
    ]


def test_tab_leaves_the_text_area(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.text_edit.setFocus()
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Tab)
    assert dialog.text_edit.toPlainText() == ""
    assert not dialog.text_edit.hasFocus()


# -- issue 14: big inputs off the GUI thread, lists of OParl meetings, suggested votes --


def _big_agenda() -> str:
    """1900 items of 115 characters: more than is read in the GUI thread."""
    title = "Parkraumkonzept Innenstadt mit einem sehr langen Titel, wie ihn Verwaltungen lieben"
    text = "".join(
        f"{n // 100 + 1}.{n % 100 + 1}\t{title} und Nummer {n}\t24/SVV/{n:04d}\n"
        for n in range(1900)
    )
    assert len(text) > INLINE_LIMIT
    return text


def test_a_big_paste_is_read_in_the_background_with_a_busy_bar(qtbot, dialog, monkeypatch):
    release = threading.Event()
    real = reading.read_agenda

    def slow(*args, **kwargs):
        release.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(reading, "read_agenda", slow)
    dialog.text_edit.setPlainText(_big_agenda())
    dialog.refresh()
    assert dialog.is_reading() and dialog.progress.isVisible()
    assert dialog.cancel_read_button.isVisible() and not dialog.ok_button.isEnabled()
    dialog.text_edit.setFocus()
    assert dialog.text_edit.hasFocus()  # the window still answers
    release.set()
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=10000)
    assert not dialog.progress.isVisible()
    assert dialog.model.item_count() == 1900 and dialog.ok_button.isEnabled()


def test_cancel_stops_waiting_and_the_late_result_is_dropped(qtbot, dialog, monkeypatch):
    release, read = threading.Event(), threading.Event()
    real = reading.read_agenda

    def late(*args, **kwargs):
        release.wait(5)
        try:
            return real(*args, **kwargs)
        finally:
            read.set()

    monkeypatch.setattr(reading, "read_agenda", late)
    dialog.text_edit.setPlainText(_big_agenda())
    dialog.refresh()
    qtbot.mouseClick(dialog.cancel_read_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_reading() and not dialog.progress.isVisible()
    assert dialog.source_label.text() == "Lesen abgebrochen."
    release.set()
    assert read.wait(5)  # the worker has its result …
    QApplication.processEvents()  # … and whatever it could have caused has happened
    assert dialog.model.item_count() == 0  # what came too late is not shown


def test_a_file_with_several_meetings_asks_which_one(qtbot, dialog, tmp_path, monkeypatch):
    f = tmp_path / "sitzungen.json"
    f.write_text(json.dumps(fx.meeting_page(), ensure_ascii=False), "utf-8")
    offered: list[list[str]] = []

    def choose(parent, choices):
        offered.append([c.label for c in choices])
        return choices[1].id

    monkeypatch.setattr(MeetingChoiceDialog, "choose", classmethod(lambda cls, p, c: choose(p, c)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(f), "")))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert offered == [
        [
            "04.02.2025 17:00 – 5. Sitzung des Ausschusses für Stadtentwicklung",
            "04.03.2025 17:00 – 6. Sitzung des Ausschusses für Stadtentwicklung",
        ]
    ]
    assert [it.title for it in dialog.model.items()] == ["Haushalt", "Anfragen"]
    assert not dialog.error_label.isVisible()


def test_cancelling_the_choice_shows_what_the_file_holds(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(MeetingChoiceDialog, "choose", classmethod(lambda cls, p, c: None))
    dialog.text_edit.setPlainText(json.dumps(fx.two_meetings(), ensure_ascii=False))
    dialog.refresh()
    assert dialog.error_label.isVisible() and "enthält 2 Sitzungen" in dialog.error_label.text()


def test_meeting_choice_by_keyboard(qtbot):
    d = MeetingChoiceDialog(None, choices_of(fx.two_meetings()))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.list.setFocus()
    qtbot.keyClick(d.list, Qt.Key.Key_Down)
    assert d.chosen() is not None and d.chosen().endswith("/4712")


def test_prose_results_offer_a_vote_she_can_take(qtbot, dialog):
    dialog.text_edit.setPlainText(json.dumps(fx.prose_results(), ensure_ascii=False))
    dialog.refresh()
    assert not dialog.table.isColumnHidden(Column.VOTE)
    m = dialog.model
    row = next(r for r in range(m.rowCount()) if m.index(r, Column.NUMBER).data() == "2")
    cell = m.index(row, Column.VOTE)
    assert cell.data() == "Ja 16 · Nein 1 · Enthaltung 6"
    assert cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert all(not it.minutes for it in m.items())  # offered, not taken
    assert m.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    items, _ = dialog.result_value()
    assert [p.vote for p in items[1].minutes] == [Vote(yes=16, no=1, abstain=6)]
    assert items[1].outcome.startswith("Mehrheitlich bei 16 Ja-Stimmen")
    four = next(r for r in range(m.rowCount()) if m.index(r, Column.NUMBER).data() == "4")
    assert m.index(four, Column.VOTE).data(Qt.ItemDataRole.CheckStateRole) is None
    dialog.text_edit.setPlainText("1 Eröffnung\n2 Bericht\n")
    dialog.refresh()
    assert dialog.table.isColumnHidden(Column.VOTE)


def test_a_new_small_text_replaces_a_big_one_still_being_read(qtbot, dialog, monkeypatch):
    release = threading.Event()
    real = reading.read_agenda

    big_read = threading.Event()

    def slow_for_big(text, *args, **kwargs):
        if len(text) <= INLINE_LIMIT:
            return real(text, *args, **kwargs)
        release.wait(5)
        try:
            return real(text, *args, **kwargs)
        finally:
            big_read.set()

    monkeypatch.setattr(reading, "read_agenda", slow_for_big)
    dialog.text_edit.setPlainText(_big_agenda())
    dialog.refresh()
    assert dialog.is_reading()
    dialog.text_edit.setPlainText("1 Eröffnung\n2 Bericht\n")
    dialog.refresh()
    assert not dialog.is_reading() and dialog.model.item_count() == 2
    release.set()
    assert big_read.wait(5)  # the worker has the big text's result …
    QApplication.processEvents()  # … and whatever it could have caused has happened
    assert dialog.model.item_count() == 2  # the big text's late result is not shown


def test_the_preview_says_where_each_paper_came_from(qtbot, dialog, qtmodeltester, tmp_path):
    from tests.formats import oparl_paper_fixtures as papers

    dialog.load_file(papers.sdnet(tmp_path / "sdnet"))
    assert not dialog.table.isColumnHidden(Column.SOURCE)
    m = dialog.model
    found = {
        m.index(r, Column.NUMBER).data(): (
            m.index(r, Column.PAPER).data(),
            m.index(r, Column.SOURCE).data(),
        )
        for r in range(m.rowCount())
        if not m.index(r, 0).data(Role.IS_HEADING)
    }
    assert found == {
        "1": ("", "ohne Drucksache (Beratung ohne Vorlage)"),
        "12": ("DS 91/2022", "ds_91_2022.json – Beratung 7601 in der Drucksache"),
        "13": ("DS 103/2022", "ds_103_2022.json – Beratung 7612 in der Drucksache"),
        "13.1": ("DS 103/2022", "ds_103_2022.json – Beratung zu diesem Tagesordnungspunkt"),
        "23": ("DS 126/2022", "ds_126_2022.json – Beratung 7650 in der Drucksache"),
    }
    qtmodeltester.check(m)
    row = next(r for r in range(m.rowCount()) if m.index(r, Column.NUMBER).data() == "12")
    assert m.index(row, Column.PAPER).data(Qt.ItemDataRole.ToolTipRole) == "Beschlussvorlage"
    assert m.setData(m.index(row, Column.PAPER), "DS 92/2022")  # she corrects it by hand
    assert m.index(row, Column.SOURCE).data() == "von Hand"
    items, _ = dialog.result_value()
    assert (items[1].paper, items[1].paper_type) == ("DS 92/2022", "Beschlussvorlage")

    path = papers.sessionnet(tmp_path / "sessionnet")
    (tmp_path / "sessionnet" / "drucksachen.json").unlink()  # the list not downloaded
    dialog.load_file(path)
    missing = next(r for r in range(m.rowCount()) if m.index(r, Column.NUMBER).data() == "7.23")
    assert m.index(missing, Column.SOURCE).data() == "nicht gefunden (Beratung 236585)"
    assert m.index(missing, Column.SOURCE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Drucksache nicht gefunden für TOP 1, 7.23" in dialog.notes_label.text()

    dialog.text_edit.setPlainText("1 Eröffnung\n2 Bericht\n")
    dialog.refresh()
    assert dialog.table.isColumnHidden(Column.SOURCE)


def test_ctrl_v_right_after_opening_pastes_into_the_text_field(dialog, qtbot):
    # the field says "hier einfügen (Strg+V)": the keyboard is there when the dialog opens
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text_edit)
    QApplication.clipboard().setText(AGENDA)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text_edit.toPlainText() == AGENDA
    dialog.refresh()
    assert dialog.model.item_count() == 3
