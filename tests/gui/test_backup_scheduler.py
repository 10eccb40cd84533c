"""Automatic backups from the window: on open, on close, and on the timer only after changes."""

from __future__ import annotations

from secretary_app.store import backup as bk
from secretary_app.store.meetings import import_meeting
from secretary_app.ui.backup_scheduler import BackupScheduler


def test_open_timer_and_close_make_backups(qtbot, store, db_path, demo_meeting):
    import_meeting(store, demo_meeting)
    scheduler = BackupScheduler(db_path, interval_ms=50)
    try:
        with qtbot.waitSignal(scheduler.finished, timeout=5000) as opened:
            scheduler.meeting_opened()
        assert opened.args[0].startswith("Sicherung erstellt") and opened.args[1] is False
        assert scheduler.timer.isActive()

        qtbot.wait(300)  # several timer ticks without any change: no new backup
        scheduler.wait()
        assert [b.reason for b in bk.list_backups(db_path)] == ["open"]

        store.set_setting("place", "Potsdam")
        qtbot.waitUntil(lambda: len(bk.list_backups(db_path)) == 2, timeout=5000)
        assert bk.list_backups(db_path)[0].reason == "timer"

        scheduler.meeting_closed()
        assert not scheduler.timer.isActive()
        assert bk.list_backups(db_path)[0].reason == "close"
    finally:
        scheduler.close()


def test_opening_another_meeting_copies_only_after_a_change(qtbot, store, db_path, demo_meeting):
    import_meeting(store, demo_meeting)
    scheduler = BackupScheduler(db_path, interval_ms=60_000)
    try:
        scheduler.meeting_opened()
        scheduler.wait()
        scheduler.meeting_opened()  # she switches to another meeting, nothing typed meanwhile
        scheduler.wait()
        assert [b.reason for b in bk.list_backups(db_path)] == ["open"]

        store.set_setting("place", "Potsdam")
        scheduler.meeting_opened()
        scheduler.wait()
        assert [b.reason for b in bk.list_backups(db_path)] == ["open", "open"]
    finally:
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
