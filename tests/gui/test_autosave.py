"""Saving without a save command: never per key, never blocking typing, never losing text."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication

from secretary_app.domain.model import AgendaItem, Meeting
from secretary_app.session import Operations
from secretary_app.store import DiskFullError, Store
from secretary_app.ui import autosave
from secretary_app.ui.main_window import MainWindow
from tests.typing_helper import type_text

from .window_fixtures import prepare_store

pytestmark = pytest.mark.gui


def _window(qtbot, db_path, tmp_path) -> tuple[MainWindow, Store]:
    store = Store.open(db_path)
    prepare_store(store, tmp_path / "out")
    committee = store.committees()[0]
    store.add_meeting(
        Meeting(
            committee=committee,
            number=3,
            date=__import__("datetime").date(2026, 11, 25),
            agenda=[AgendaItem(number="1", title="Haushalt"), AgendaItem("2", "Kita")],
        )
    )
    window = MainWindow(Operations(store), open_results=False)
    qtbot.addWidget(window)
    window.open_start_meeting()
    window.show()
    qtbot.waitExposed(window)
    return window, store


def _stored_text(db_path, item_index: int = 0) -> str:
    s = Store.open(db_path)
    try:
        m = s.load_meeting(s.list_meetings()[0].id)
        return "\n".join(p.text for p in m.agenda[item_index].minutes)
    finally:
        s.close()


def test_typing_goes_on_while_a_save_is_running(qtbot, db_path, tmp_path, monkeypatch):
    window, store = _window(qtbot, db_path, tmp_path)
    started, release = threading.Event(), threading.Event()
    calls: list[str] = []
    original = Store.save_paragraphs

    def slow_save(self, item_id, paragraphs):
        if threading.current_thread() is not threading.main_thread():
            calls.append(" ".join(p.text for p in paragraphs))
            started.set()
            release.wait(10)  # a disk that takes its time
        return original(self, item_id, paragraphs)

    monkeypatch.setattr(Store, "save_paragraphs", slow_save)
    editor = window.editor
    editor.setFocus()
    type_text(editor, "Herr Thomann macht deutlich, dass")
    assert calls == []  # not one save per key: nothing is written while she types
    qtbot.waitUntil(started.is_set)
    assert calls == ["Herr Thomann macht deutlich, dass"]

    # the writer is stuck in the database; the editor keeps taking keys
    type_text(editor, " die Rollenverteilung geklärt werden muss. Übergänge „sauber“ gestalten.")
    QApplication.processEvents()
    assert editor.toPlainText().endswith("Übergänge „sauber“ gestalten.")
    assert len(calls) == 1
    assert window.save_label.text().startswith("Nicht gespeichert")

    release.set()
    qtbot.waitUntil(lambda: window.save_label.text().startswith("Gespeichert"), timeout=5000)
    assert len(calls) == 2  # the second part written as one more job, not per key
    assert _stored_text(db_path).endswith("Übergänge „sauber“ gestalten.")
    window.close()
    store.close()


def test_disk_full_keeps_the_text_retries_and_says_so(qtbot, db_path, tmp_path, monkeypatch):
    monkeypatch.setattr(autosave, "RETRY_MS", 50)
    window, store = _window(qtbot, db_path, tmp_path)
    original = Store.save_paragraphs
    failures = [1]

    def full_disk(self, item_id, paragraphs):
        if failures:
            failures.pop()
            raise DiskFullError(
                "Der Datenträger ist voll – die Änderung konnte nicht gespeichert werden."
            )
        return original(self, item_id, paragraphs)

    monkeypatch.setattr(Store, "save_paragraphs", full_disk)
    editor = window.editor
    type_text(editor, "Frau Grasnik teilt mit, dass nichts verloren geht.")
    window.autosaver.flush()
    qtbot.waitUntil(lambda: "voll" in window.save_label.toolTip())
    assert "voll" in window.statusBar().currentMessage()
    assert window.save_label.text().startswith("Nicht gespeichert")
    assert editor.toPlainText() == "Frau Grasnik teilt mit, dass nichts verloren geht."
    qtbot.waitUntil(lambda: window.save_label.text().startswith("Gespeichert"), timeout=5000)
    assert _stored_text(db_path) == "Frau Grasnik teilt mit, dass nichts verloren geht."
    window.close()
    store.close()


def test_switching_items_writes_at_once_and_keeps_each_items_text(qtbot, db_path, tmp_path):
    window, store = _window(qtbot, db_path, tmp_path)
    window.autosaver._timer.setInterval(60_000)  # only the item change may trigger the write
    type_text(window.editor, "Zum Haushalt gibt es keine Wortmeldungen.")
    window.agenda.step(1)
    window.autosaver.flush_and_wait()
    assert _stored_text(db_path, 0) == "Zum Haushalt gibt es keine Wortmeldungen."
    type_text(window.editor, "Die Kita öffnet im März.")
    window.agenda.step(-1)
    assert window.editor.toPlainText() == "Zum Haushalt gibt es keine Wortmeldungen."
    window.close()  # close writes what is left
    assert _stored_text(db_path, 1) == "Die Kita öffnet im März."
    store.close()
