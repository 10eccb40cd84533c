"""Automatic backups from the window: on open, on close and on the timer, each only after a
change of content, always in a worker thread."""

from __future__ import annotations

import datetime as dt
import threading

from secretary_app.store import backup as bk
from secretary_app.store.meetings import import_meeting
from secretary_app.ui.backup_scheduler import BackupScheduler


def _reasons(db_path):
    return [b.reason for b in bk.list_backups(db_path)]


def test_open_timer_and_close_make_backups_only_after_changes(qtbot, store, db_path, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    scheduler = BackupScheduler(db_path, interval_ms=50)
    try:
        with qtbot.waitSignal(scheduler.finished, timeout=5000) as opened:
            scheduler.meeting_opened()
        assert opened.args[0].startswith("Sicherung erstellt") and opened.args[1] is False
        assert scheduler.timer.isActive()

        ticks: list[None] = []
        scheduler.timer.timeout.connect(lambda: ticks.append(None))
        qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)  # ticks without any change
        store.set_setting("last_meeting", meeting_id)  # a setting is no content
        seen = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= seen + 3, timeout=5000)
        scheduler.wait()  # every tick's check has run
        assert _reasons(db_path) == ["open"]

        store.set_interruptions(meeting_id, [{"from": "18:10", "until": "18:25"}])
        qtbot.waitUntil(lambda: len(bk.list_backups(db_path)) == 2, timeout=5000)
        assert _reasons(db_path)[0] == "timer"

        scheduler.meeting_closed()  # nothing changed since the timer's copy
        assert not scheduler.timer.isActive()
        scheduler.wait()
        assert _reasons(db_path) == ["timer", "open"]
    finally:
        scheduler.close()


def test_switching_meetings_copies_only_after_a_change(qtbot, store, db_path, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    scheduler = BackupScheduler(db_path, interval_ms=60_000)
    try:
        scheduler.meeting_opened()
        scheduler.wait()
        for _ in range(10):  # she clicks through ten meetings, typing nothing
            scheduler.meeting_closed()
            store.set_setting("last_meeting", meeting_id)
            scheduler.meeting_opened()
        scheduler.wait()
        assert _reasons(db_path) == ["open"]

        store.set_interruptions(meeting_id, [{"from": "18:10", "until": None}])
        scheduler.meeting_closed()
        scheduler.wait()
        assert _reasons(db_path) == ["close", "open"]
    finally:
        scheduler.close()
    # a new window on the same database knows the content is already backed up
    again = BackupScheduler(db_path)
    try:
        again.meeting_opened()
        again.wait()
        assert _reasons(db_path) == ["close", "open"]
    finally:
        again.close()


def test_the_copy_never_runs_in_the_gui_thread(qtbot, store, db_path, demo_meeting, monkeypatch):
    import_meeting(store, demo_meeting)
    release = threading.Event()
    threads: list[threading.Thread] = []
    real = bk.create_backup

    def slow_copy(*args, **kwargs):
        threads.append(threading.current_thread())
        release.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(bk, "create_backup", slow_copy)
    scheduler = BackupScheduler(db_path)
    try:
        started = dt.datetime.now()
        scheduler.meeting_opened()
        scheduler.meeting_closed()  # returns while the copy is still held up
        assert (dt.datetime.now() - started).total_seconds() < 1
        qtbot.waitUntil(lambda: bool(threads), timeout=5000)
        assert threads[0] is not threading.main_thread()
        release.set()
        scheduler.wait()
        assert _reasons(db_path) == ["open"]
    finally:
        release.set()
        scheduler.close()


def test_a_failing_backup_is_reported_not_raised(qtbot, store, db_path):
    blocker = db_path.parent / "backups"
    blocker.write_text("eine Datei, wo der Sicherungsordner hin soll")
    scheduler = BackupScheduler(db_path)
    try:
        with qtbot.waitSignal(scheduler.finished, timeout=5000) as failed:
            scheduler.meeting_opened()
        text, is_error = failed.args
        assert is_error and text.startswith("Sicherung fehlgeschlagen")
        assert "Sicherungsordner" in text
    finally:
        scheduler.close()


def test_the_window_removes_leftovers_of_crashed_runs_at_start(qtbot, store, db_path, tmp_path):
    import os
    import time

    folder = db_path.parent / "backups"
    folder.mkdir()
    partial = folder / ".test-000007-20261125-101010-close.sqlite.partial-journal"
    partial.write_bytes(b"halb")
    exports = tmp_path / "Protokollant"
    exports.mkdir()
    stale = exports / ".~Niederschrift-x1.tmp"
    stale.write_bytes(b"halb")
    old = time.time() - 2 * bk.STALE_SECONDS
    os.utime(stale, (old, old))
    scheduler = BackupScheduler(db_path, export_dirs=[exports])
    try:
        scheduler.wait()  # the clean-up runs in the worker thread, before any backup
        assert not partial.exists() and not stale.exists()
    finally:
        scheduler.close()
