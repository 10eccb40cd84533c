"""Issue 14 in „Tagesordnung einfügen“: big inputs off the GUI thread with a busy bar and
cancel, choosing one meeting of an OParl list, suggested votes from prose results."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from secretary_app.domain.model import Vote
from secretary_app.formats.oparl import choices_of
from secretary_app.ui import agenda_import_dialog as module
from secretary_app.ui.agenda_import_dialog import INLINE_LIMIT, AgendaImportDialog, Column
from secretary_app.ui.oparl_meeting_choice import MeetingChoiceDialog
from tests.formats import oparl_vendor_fixtures as fx

pytestmark = pytest.mark.gui


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
    real = module.read_agenda

    def slow(*args, **kwargs):
        release.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "read_agenda", slow)
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
    release = threading.Event()
    real = module.read_agenda
    monkeypatch.setattr(module, "read_agenda", lambda *a, **k: (release.wait(5), real(*a, **k))[1])
    dialog.text_edit.setPlainText(_big_agenda())
    dialog.refresh()
    qtbot.mouseClick(dialog.cancel_read_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_reading() and not dialog.progress.isVisible()
    assert dialog.source_label.text() == "Lesen abgebrochen."
    release.set()
    qtbot.wait(300)
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
