"""The window around the editor: agenda editing, finalising, shortcuts, layout, start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from argparse import Namespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from secretary_app import app as app_module
from secretary_app.domain.model import AgendaItem, Meeting
from secretary_app.session import Operations
from secretary_app.store import Store
from secretary_app.ui import messages
from secretary_app.ui.dialogs.item_dialog import ItemDialog
from secretary_app.ui.dialogs.shortcut_dialog import shortcut_rows
from secretary_app.ui.main_window import MainWindow
from secretary_app.ui.window_layout import window_settings
from tests.typing_helper import type_text

from .window_fixtures import add_meeting, key, prepare_store, show_main_window

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, db_path, tmp_path):
    store = Store.open(db_path)
    prepare_store(store, tmp_path / "out")
    agenda = [
        AgendaItem(number="1", title="Eröffnung"),
        AgendaItem(number="2", title="Haushalt 2027", paper="26/SVV/0100"),
        AgendaItem(number="3", title="Grundstück", public=False),
    ]
    add_meeting(store, 4, agenda, parts=["public", "non-public"])
    w = show_main_window(qtbot, store)
    yield w
    w.close()
    store.close()


def stored(window: MainWindow) -> Meeting:
    assert window.meeting is not None and window.meeting.id is not None
    return window.ops.store.load_meeting(window.meeting.id)


def test_every_menu_command_has_its_own_keys(window):
    rows = shortcut_rows(window.menuBar())
    assert len(rows) >= 40
    missing = [command for _menu, command, keys in rows if not keys]
    assert missing == []
    # the rare exports have no shortcut (none on Strg+Alt, which is AltGr on Windows): F1
    # shows their way through the menu, and that way opens them
    by_menu = {command: keys for _menu, command, keys in rows if ", dann " in keys}
    assert by_menu == {
        "Niederschrift mit Änderungsnachweis": "Alt+X, dann W",
        "Niederschrift als PDF": "Alt+X, dann D",
        "Ergebnisse für das Ratsinformationssystem (OParl)": "Alt+X, dann E",
        "Ergebnisse als CSV (Tabelle, Open Data)": "Alt+X, dann C",
        "Sitzungszeiten korrigieren": "Alt+Z, dann Z",
    }
    seen: dict[str, str] = {}
    for _menu, command, keys in rows:
        for k in [keys] if ", dann " in keys else keys.split(", "):
            assert k not in seen, f"{k} for both {seen[k]} and {command}"
            seen[k] = command
    commands = {command for _m, command, _k in rows}
    assert {
        "Nächster TOP",
        "Absatzart wechseln (Text → Antrag → Beschluss)",
        "Redner einfügen",
        "Einstimmig",
        "Abstimmung eintragen",
        "Ankunft erfassen",
        "Tastenkürzel",
    } <= commands


def test_insert_urgent_item_after_current_and_reorder_by_keyboard(window, monkeypatch):
    window.agenda.select_row(1)
    seen = {}

    def fake_ask(parent, draft, outcomes, heading):
        seen["number"], seen["title"] = draft.number, draft.title
        draft.title = "Dringlichkeitsantrag: Hitzeschutz"
        return draft

    monkeypatch.setattr(ItemDialog, "ask", staticmethod(fake_ask))
    key(window, Qt.Key.Key_D, CTRL | SHIFT)
    assert seen == {"number": "2a", "title": "Dringlichkeitsantrag: "}
    assert [i.number for i in stored(window).agenda] == ["1", "2", "2a", "3"]
    assert window.current.number == "2a"
    key(window, Qt.Key.Key_Up, ALT | SHIFT)
    key(window, Qt.Key.Key_Up, ALT | SHIFT)
    assert [i.number for i in stored(window).agenda] == ["2a", "1", "2", "3"]
    assert window.current.number == "2a"


def test_delete_asks_first_and_keeps_the_item_on_no(window, monkeypatch):
    window.agenda.select_row(1)
    type_text(window.editor, "Wichtiger Text.")
    answers = [False, True]
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: answers.pop(0))
    key(window, Qt.Key.Key_Delete, CTRL | SHIFT)
    assert len(stored(window).agenda) == 3
    key(window, Qt.Key.Key_Delete, CTRL | SHIFT)
    assert [i.title for i in stored(window).agenda] == ["Eröffnung", "Grundstück"]
    assert window.current.title == "Grundstück"


def test_finalised_meeting_is_read_only_and_reopening_needs_a_reason(window, monkeypatch):
    type_text(window.editor, "Letzter Satz.")
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    key(window, Qt.Key.Key_A, CTRL | SHIFT)
    assert stored(window).finalized
    assert window.editor.isReadOnly()
    type_text(window.editor, " Noch was?")
    assert window.editor.toPlainText() == "Letzter Satz."
    assert not window.actions_by_name["add_item"].isEnabled()
    assert "nur lesen" in window.state_label.text()

    monkeypatch.setattr(messages, "ask_text", lambda *a, **k: "Tippfehler in TOP 1")
    key(window, Qt.Key.Key_R, CTRL | SHIFT)
    assert not stored(window).finalized
    assert not window.editor.isReadOnly()
    audit = window.ops.store.audit(window.meeting.id)
    assert [(a["action"], a["detail"]) for a in audit][-1] == ("reopen", "Tippfehler in TOP 1")


def test_meeting_clock_start_interruption_end(window, monkeypatch):
    times = iter(["17:00", "18:10", "18:25", "19:40"])
    monkeypatch.setattr(window.meeting_bar, "_clock", lambda: next(times))
    key(window, Qt.Key.Key_B, CTRL | SHIFT)
    window.meeting_bar.toggle_pause()
    window.meeting_bar.toggle_pause()
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)  # yes, end it
    window.meeting_bar.end()
    m = stored(window)
    assert (m.start, m.end) == ("17:00", "19:40")
    assert window.ops.store.interruptions(m.id) == [{"from": "18:10", "until": "18:25"}]
    assert "Unterbrechung 18:10–18:25" in window.meeting_bar._times.text()


def test_layout_is_remembered(window, qtbot):
    # heights only: the offscreen screen is 800 px wide, narrower than the three panes want
    window.resize(window.width(), 700)
    window.side.splitter.setSizes([260, 380])
    sizes = window.side.splitter.sizes()
    window.close()
    stored_keys = set(window_settings().allKeys())
    assert {"geometry", "splitter", "side"} <= stored_keys
    again = MainWindow(Operations(window.ops.store), open_results=False)
    qtbot.addWidget(again)
    again.open_start_meeting()
    again.show()
    qtbot.waitExposed(again)
    assert again.height() == 700
    assert again.side.splitter.sizes() == sizes
    again.close()


def test_no_display_gives_a_german_message_not_an_abort(monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code = app_module.run(Namespace(db=None, demo=False, screenshot=None, debug=False))
    assert code == 1
    assert "keine grafische Oberfläche" in capsys.readouterr().err


def test_demo_screenshot_works_without_a_display(tmp_path):
    # (Windows always has its desktop; under Wine that is the X display, which stays)
    gone = ("QT_QPA_PLATFORM",) if sys.platform == "win32" else ("DISPLAY", "WAYLAND_DISPLAY")
    env = {k: v for k, v in os.environ.items() if k not in (*gone, "QT_QPA_PLATFORM")}
    target = tmp_path / "main.png"
    result = subprocess.run(
        [sys.executable, "-m", "secretary_app", "--demo", "--screenshot", str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 20_000


def test_clock_buttons_follow_the_meeting_state(window, monkeypatch):
    bar = window.meeting_bar
    assert bar.start_action.isEnabled()
    assert not bar.pause_action.isEnabled() and not bar.end_action.isEnabled()
    monkeypatch.setattr(bar, "_clock", lambda: "17:00")
    bar.start()
    assert not bar.start_action.isEnabled()
    assert bar.pause_action.isEnabled() and bar.end_action.isEnabled()


def test_export_menu_writes_minutes_public_minutes_and_all_extracts(window, tmp_path):
    docx = pytest.importorskip("docx")
    window.agenda.select_row(2)  # the non-public item
    type_text(window.editor, "Kaufpreis 1,2 Mio. Euro vertraulich.")
    window.agenda.select_row(1)
    type_text(window.editor, "Der Haushalt wird beraten.")
    key(window, Qt.Key.Key_M, CTRL | SHIFT)
    (full,) = window.export_commands.last_export
    key(window, Qt.Key.Key_O, CTRL | SHIFT)
    (public,) = window.export_commands.last_export

    def text(path):
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)

    assert "Der Haushalt wird beraten." in text(full)
    assert "Kaufpreis 1,2 Mio. Euro vertraulich." in text(full)
    assert "Der Haushalt wird beraten." in text(public)
    assert "Kaufpreis" not in text(public) and "Grundstück" not in text(public)
    assert full.parent == tmp_path / "out"
    key(window, Qt.Key.Key_L, CTRL | SHIFT)
    assert len(window.export_commands.last_export) == 3
    assert all(p.suffix == ".docx" and p.exists() for p in window.export_commands.last_export)


def test_shortcut_help_lists_every_command_with_its_keys(window):
    from secretary_app.ui.dialogs.shortcut_dialog import ShortcutDialog

    rows = shortcut_rows(window.menuBar())
    dialog = ShortcutDialog(window, rows)
    table = dialog.table
    shown = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert ("Absatzart wechseln (Text → Antrag → Beschluss)", "Strg+T") in shown
    assert ("Nächster TOP", "Strg+Bild ab") in shown
    assert table.rowCount() == len(rows)
    dialog.close()


def test_f1_also_lists_marking_a_member_absent_and_taking_a_name(window):
    from secretary_app.ui.dialogs.shortcut_dialog import help_rows

    rows = {(menu, command): keys for menu, command, keys in help_rows(window.menuBar())}
    assert (
        rows["Anwesenheit", "In der Liste: Mitglied anwesend / abwesend"] == "Pos1, dann Leertaste"
    )
    assert rows["Protokoll", "Vorgeschlagenen oder begonnenen Namen übernehmen"] == "Tab"
    assert rows["Protokoll", "Anderen Namen wählen und übernehmen"] == "Pfeil runter, dann Eingabe"
    assert rows["Bearbeiten", "Suchen"] == "Strg+F"
    assert rows["Protokoll", "Nächster Rechtschreibfehler"] == "Strg+."
    # as a German keyboard labels them, and only keys it has (no F14, no "Neu" key)
    assert rows["Datei", "Neue Sitzung"] == "Strg+N"
    assert rows["Datei", "Beenden"] == "Strg+Q"
    assert rows["Bearbeiten", "Rückgängig"].split(", ")[0] == "Strg+Z"
    assert rows["Sitzung", "Sitzung beenden"] == "Strg+Umschalt+X"
    every = " ".join(rows.values())
    for foreign in ("Ctrl", "Shift", "Return", "Herunter", "F14", "Neu", "Verlassen"):
        assert foreign not in every


def test_edit_item_with_f2_changes_outcome_and_header(window, monkeypatch):
    window.agenda.select_row(1)

    def fake_ask(parent, item, outcomes, heading):
        assert "vertagt" in outcomes and item is not window.current  # a copy is edited
        item.outcome = "vertagt"
        return item

    monkeypatch.setattr(ItemDialog, "ask", staticmethod(fake_ask))
    key(window, Qt.Key.Key_F2)
    assert stored(window).agenda[1].outcome == "vertagt"
    assert "vertagt" in window.item_header.text()


def test_empty_database_shows_the_first_run_page_and_its_demo_button_works(qtbot, tmp_path):
    store = Store.open(tmp_path / "leer.sqlite")
    w = MainWindow(Operations(store), open_results=False)
    qtbot.addWidget(w)
    w.open_start_meeting()
    w.show()
    assert w.meeting is None
    assert w.pages.currentWidget() is w.first_run
    if w.first_run is not None:
        w.first_run.demoRequested.emit()
    else:
        w.open_demo()
    assert w.meeting is not None and w.meeting.agenda[0].number == "7.1"
    assert w.pages.currentIndex() == 0
    assert "Flüchtlingen" in w.item_header.text()
    w.close()
    store.close()


def test_vote_message_is_gone_on_the_next_item(window):
    from secretary_app.domain.model import Vote

    window.agenda.select_row(1)
    window.minutes_commands.record_vote(Vote(yes=3, no=1, abstain=0, label="Änderungsantrag 1"))
    assert window.statusBar().currentMessage() == "Abstimmung eingetragen."
    key(window, Qt.Key.Key_PageDown, CTRL)
    assert window.current.number == "3"
    assert window.statusBar().currentMessage() == ""


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_export_as_pdf_converts_the_written_minutes(qtbot, window, tmp_path):
    from secretary_app.documents import pdf

    if pdf.find_soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed on this machine")
    # Alt+X, dann D: the way F1 shows, through the menu
    key(window, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    assert menu is not None
    key(menu, Qt.Key.Key_D)
    # converted in the background: the window answers meanwhile (she can type)
    assert window.export_commands.pdf_busy
    assert "PDF-Datei wird erstellt" in window.statusBar().currentMessage()
    type_text(window.editor, "Weiter")
    qtbot.waitUntil(lambda: not window.export_commands.pdf_busy, timeout=60_000)
    (made,) = window.export_commands.last_export
    assert made.suffix == ".pdf" and made.read_bytes().startswith(b"%PDF")
    assert made.with_suffix(".docx").exists()


def test_the_garbage_collector_is_on_again_when_the_start_returns(qtbot, tmp_path):
    """The start switches the collector off until the first frame (app.py): a start that ends
    early — here with a picture of the window — switches it on again."""
    import gc

    target = tmp_path / "fenster.png"
    args = Namespace(
        db=str(tmp_path / "demo.sqlite"), demo=True, screenshot=str(target), debug=False
    )
    assert gc.isenabled()
    assert app_module.run(args) == 0
    assert target.exists()
    assert gc.isenabled()


def test_the_item_header_names_the_papers_kind_lead_and_originator(qtbot, db_path, tmp_path):
    store = Store.open(db_path)
    prepare_store(store, tmp_path / "out")
    agenda = [
        AgendaItem(
            number="2",
            title="Neubau Kindertagesstätte",
            paper="BV/0042/2026",
            paper_type="Beschlussvorlage",
            department="Fachbereich III – Bauen",
            originator="Bürgermeisterin",
        )
    ]
    add_meeting(store, 5, agenda, location="Ratssaal", address="Hauptstraße 114, 31171 Nordstemmen")
    w = show_main_window(qtbot, store)
    try:
        assert w.item_header.text() == (
            "TOP 2  Neubau Kindertagesstätte\n"
            "Beschlussvorlage BV/0042/2026 · Federführung: Fachbereich III – Bauen · "
            "Verfasser: Bürgermeisterin"
        )
    finally:
        w.close()
        store.close()


def test_f2_edits_the_kind_of_paper_and_keeps_what_the_council_published(window, monkeypatch):
    window.agenda.select_row(1)  # TOP 2, paper 26/SVV/0100
    item = window.current
    item.department = "Kämmerei"  # as an OParl import leaves it
    window.ops.store.update_item(item)

    def fill(dialog):
        dialog.paper_type.setFocus()
        type_text(dialog.paper_type, "Beschlussvorlage")
        dialog.accept()
        return ItemDialog.DialogCode.Accepted

    monkeypatch.setattr(ItemDialog, "exec", fill)
    key(window, Qt.Key.Key_F2)
    again = stored(window).agenda[1]
    assert (again.paper_type, again.department) == ("Beschlussvorlage", "Kämmerei")
    assert "Beschlussvorlage 26/SVV/0100 · Federführung: Kämmerei" in window.item_header.text()


def test_exporting_again_asks_before_replacing_the_earlier_file(window, tmp_path, monkeypatch):
    window.agenda.select_row(1)
    type_text(window.editor, "Erste Fassung.")
    key(window, Qt.Key.Key_M, CTRL | SHIFT)
    (minutes,) = window.export_commands.last_export
    first = minutes.read_bytes()
    type_text(window.editor, " Zweite Fassung.")
    questions: list[str] = []

    def say_no(_parent: object, question: str, *args: object, **kwargs: object) -> bool:
        questions.append(question)
        return False

    monkeypatch.setattr(messages, "confirm", say_no)
    key(window, Qt.Key.Key_M, CTRL | SHIFT)
    assert len(questions) == 1 and f"„{minutes.name}“ gibt es schon" in questions[0]
    assert minutes.read_bytes() == first  # she said no: the earlier file stays as it was
    assert not [p for p in minutes.parent.iterdir() if p.name.startswith(".~")]
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    key(window, Qt.Key.Key_M, CTRL | SHIFT)
    assert minutes.read_bytes() != first


def test_the_layout_is_chosen_in_the_export_menu_and_remembered(window):
    docx = pytest.importorskip("docx")
    export_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "E&xport")
    layout_menu = next(a.menu() for a in export_menu.actions() if a.menu() is not None)
    karlsruhe = next(a for a in layout_menu.actions() if a.data() == "karlsruhe")
    karlsruhe.trigger()
    assert window.ops.stored_settings().layout == "karlsruhe"  # remembered
    layout_menu.aboutToShow.emit()
    assert karlsruhe.isChecked()
    window.agenda.select_row(1)
    key(window, Qt.Key.Key_M, CTRL | SHIFT)
    (minutes,) = window.export_commands.last_export
    assert docx.Document(str(minutes)).paragraphs[0].text == "NIEDERSCHRIFT"
