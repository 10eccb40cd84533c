"""The archive from the window: search (Strg+Umschalt+F), the register, the index built once."""

from __future__ import annotations

import csv
import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressBar

from secretary_app.domain.model import AgendaItem, Meeting, Paragraph
from secretary_app.session import Operations
from secretary_app.store import Store, schema, search
from secretary_app.ui.dialogs.register_dialog import FollowUpDialog, RegisterDialog
from secretary_app.ui.dialogs.search_dialog import SearchDialog
from secretary_app.ui.main_window import MainWindow
from tests.cli_helpers import as_before_search

from .window_fixtures import key, operations, prepare_store

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _fill(store: Store, out) -> None:
    prepare_store(store, out)
    committee = store.committees()[0]
    store.add_meeting(
        Meeting(
            committee=committee,
            number=3,
            date=dt.date(2016, 5, 10),
            agenda=[
                AgendaItem(
                    "4",
                    "Verkehrsberuhigung Lindenstraße",
                    paper="16/SVV/0412",
                    minutes=[
                        Paragraph(text="Frau Schulze eröffnet die Aussprache."),
                        Paragraph(text="Herr Thomann erläutert das Parkraumkonzept der Strasse."),
                        Paragraph(
                            kind="resolution",
                            text="Der SVV ist bis zum 30.09.2016 über den Stand zu berichten.",
                        ),
                    ],
                ),
                AgendaItem(
                    "9",
                    "Grundstücksangelegenheit",
                    public=False,
                    minutes=[Paragraph(text="Der Kaufpreis für das Grundstück an der Straße.")],
                ),
            ],
        )
    )
    store.add_meeting(
        Meeting(
            committee=committee,
            number=4,
            date=dt.date(2026, 11, 25),
            agenda=[AgendaItem("1", "Eröffnung", minutes=[Paragraph(text="Begrüßung.")])],
        )
    )


def _window(qtbot, store: Store) -> MainWindow:
    w = MainWindow(Operations(store), open_results=False)
    qtbot.addWidget(w)
    w.open_start_meeting()
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    return w


@pytest.fixture
def window(qtbot, db_path, tmp_path):
    store = Store.open(db_path)
    _fill(store, tmp_path / "out")
    w = _window(qtbot, store)
    yield w
    w.close()
    store.close()


def _dialog(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


def test_search_from_the_keyboard_opens_the_meeting_at_the_paragraph(qtbot, window):
    assert window.meeting.number == 4
    key(window, Qt.Key.Key_F, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _dialog(SearchDialog) is not None)
    dialog = _dialog(SearchDialog)
    qtbot.waitUntil(lambda: dialog.query.hasFocus())
    QTest.keyClicks(dialog.query, "strasse")
    # the whole words first; then, below a line of their own, "Lindenstraße" in a title
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 3, timeout=3000)
    assert dialog.results.topLevelItem(1).text(0) == "In zusammengesetzten Wörtern:"
    inside = dialog.results.topLevelItem(2).child(0)
    assert inside.text(0).startswith("TOP 4 Verkehrsberuhigung <b>Lindenstraße</b>")
    meeting_row = dialog.results.topLevelItem(0)
    assert meeting_row.text(0).startswith("<b>10.05.2016 · 3. Sitzung")
    items = [meeting_row.child(i) for i in range(meeting_row.childCount())]
    assert items[0].text(0).startswith("TOP 4 Verkehrsberuhigung Lindenstraße")
    assert "nichtöffentlich" not in items[0].text(0)
    assert "nichtöffentlich" in items[1].text(0)
    assert items[0].child(0).text(0).endswith("das Parkraumkonzept der <b>Strasse</b>.")
    assert "3 Treffer in 1 Sitzungen" in dialog.status.text()

    key(dialog.query, Qt.Key.Key_Return)  # to the first hit
    QTest.keyClick(dialog.results, Qt.Key.Key_Down)  # TOP 4 → its paragraph
    QTest.keyClick(dialog.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.meeting.number == 3
    assert window.current.number == "4"
    cursor = window.editor.textCursor()
    assert cursor.block().text() == "Herr Thomann erläutert das Parkraumkonzept der Strasse."
    qtbot.waitUntil(window.editor.hasFocus)  # she types on where the hit is


def _cell(dialog, row, col):
    return dialog.model.index(row, col).data()


def test_register_lists_resolutions_and_keeps_the_secretarys_follow_up(
    qtbot, qtmodeltester, window, tmp_path, monkeypatch
):
    key(window, Qt.Key.Key_K, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _dialog(RegisterDialog) is not None)
    dialog = _dialog(RegisterDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.windowTitle() == "Beschlusskontrolle"
    assert dialog.model.rowCount() == 1
    qtmodeltester.check(dialog.model)
    assert [_cell(dialog, 0, c) for c in (0, 2, 3, 6)] == [
        "10.05.2016",
        "TOP 4 Verkehrsberuhigung Lindenstraße",
        "16/SVV/0412",
        "30.09.2016 fällig\nStichtag",
    ]
    # the words that gave the date, marked in the wording
    assert "<b>30.09.2016</b>" in _cell(dialog, 0, 5)
    dialog.due_only.setChecked(True)
    assert dialog.windowTitle() == "Wiedervorlagen" and dialog.model.rowCount() == 1

    monkeypatch.setattr(
        FollowUpDialog, "ask", classmethod(lambda cls, r, p: (dt.date(2099, 1, 31), False))
    )
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_F2)
    assert dialog.model.rowCount() == 0  # no longer due
    dialog.due_only.setChecked(False)
    assert _cell(dialog, 0, 6) == "31.01.2099 (geändert)"
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)
    assert _cell(dialog, 0, 7) == "erledigt"

    target = tmp_path / "register.csv"
    monkeypatch.setattr(RegisterDialog, "ask_target", classmethod(lambda cls, p, s, k: target))
    dialog.csv_button.click()
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][3] == "4" and rows[1][9] == "31.01.2099" and rows[1][10] == "ja"
    dialog.close()


def test_the_window_says_at_start_what_is_due_this_week_one_key_from_the_list(
    qtbot, db_path, tmp_path
):
    store = Store.open(db_path)
    _fill(store, tmp_path / "out")
    # she has read the register before (the 2016 resolution is older than the two years of
    # meetings the start reads for new resolutions)
    assert len(operations(store).resolutions()) == 1
    w = _window(qtbot, store)
    try:
        notice = w.due_notice
        assert notice is not None and notice.isVisible()
        assert notice.text() == "1 Wiedervorlage fällig (Strg+Umschalt+T)"
        key(w, Qt.Key.Key_T, CTRL | SHIFT)
        qtbot.waitUntil(lambda: _dialog(RegisterDialog) is not None)
        dialog = _dialog(RegisterDialog)
        assert dialog.windowTitle() == "Wiedervorlagen" and dialog.model.rowCount() == 1
        dialog.close()
    finally:
        w.close()
        store.close()


def test_the_register_marks_the_wording_and_moves_a_yearly_duty_on(qtbot, db_path, tmp_path):
    store = Store.open(db_path)
    prepare_store(store, tmp_path / "out")
    wording = (
        "Der Oberbürgermeister wird beauftragt, die Wohnungslosenhilfe in freier Trägerschaft "
        "fortzuführen und dabei die Träger der Kältehilfe einzubeziehen. Dem Ausschuss ist "
        "jährlich, erstmals im März 2027, über die Belegung zu berichten."
    )
    store.add_meeting(
        Meeting(
            committee=store.committees()[0],
            number=9,
            date=dt.date(2026, 11, 4),
            agenda=[
                AgendaItem(
                    "6",
                    "Wohnungslosenhilfe im Winter",
                    minutes=[Paragraph(kind="resolution", text=wording)],
                )
            ],
        )
    )
    w = _window(qtbot, store)
    try:
        dialog = RegisterDialog(w.ops, w, today=dt.date(2026, 12, 7))
        qtbot.addWidget(dialog)
        shown = _cell(dialog, 0, 5)
        assert shown.startswith("… ")  # from shortly before the words, so they are in view
        assert "<b>jährlich</b>" in shown and "<b>im März 2027</b>" in shown
        assert _cell(dialog, 0, 6) == "31.03.2027\nEnde · jährlich"
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.table.setFocus()
        QTest.keyClick(dialog.table, Qt.Key.Key_Space)
        assert _cell(dialog, 0, 6).startswith("31.03.2028 (geändert)")
        assert _cell(dialog, 0, 7) == ""  # still open: the next report
        assert "Nächste Wiedervorlage (jährlich) am 31.03.2028" in dialog.summary.text()
        dialog.close()
    finally:
        w.close()
        store.close()


def test_an_old_archive_gets_its_index_in_the_background_with_a_progress_bar(
    qtbot, db_path, tmp_path, monkeypatch
):
    store = Store.open(db_path)
    _fill(store, tmp_path / "out")
    store.close()
    as_before_search(db_path)
    monkeypatch.setattr(schema, "BACKGROUND_INDEX_ROWS", 2)
    release = threading.Event()
    real_build = search.build_index

    def held_build(*args, **kwargs):
        release.wait(10)  # so the test sees the bar before the (tiny) index is done
        return real_build(*args, **kwargs)

    monkeypatch.setattr(search, "build_index", held_build)
    store = Store.open(db_path)
    assert store.search_index_pending
    w = _window(qtbot, store)
    try:
        builder = w.search_index_builder
        bars = w.statusBar().findChildren(QProgressBar)
        assert len(bars) == 1 and bars[0].isVisible()
        assert "Suchindex" in bars[0].text()
        release.set()
        qtbot.waitUntil(lambda: not store.search_index_pending, timeout=10000)
        qtbot.waitUntil(lambda: not w.statusBar().findChildren(QProgressBar))
        assert "Suchindex fertig" in w.statusBar().currentMessage()
        builder.wait()
        key(w, Qt.Key.Key_F, CTRL | SHIFT)
        qtbot.waitUntil(lambda: _dialog(SearchDialog) is not None)
        dialog = _dialog(SearchDialog)
        QTest.keyClicks(dialog.query, "Kaufpreis")
        qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=3000)
        dialog.close()
    finally:
        w.close()
        store.close()
