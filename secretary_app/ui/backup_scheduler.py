"""Automatic backups while the window is open: on opening and closing a meeting, every 10 min.

The window creates one `BackupScheduler(db_path, parent)` and calls `meeting_opened()` /
`meeting_closed()`; the copy runs in a worker thread so typing never waits for it. `finished`
reports a line for the status bar ("Sicherung erstellt 12:10" or the German error).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..errors import KnownError
from ..store.backup import Backup, BackupKeeper

log = logging.getLogger(__name__)


class BackupScheduler(QObject):
    finished = Signal(str, bool)  # status text, whether it failed

    def __init__(
        self, db_path: Path, parent: QObject | None = None, interval_ms: int | None = None
    ) -> None:
        super().__init__(parent)
        self.keeper = BackupKeeper(db_path)
        self._threads: list[threading.Thread] = []
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms or BackupKeeper.INTERVAL_MS)
        self.timer.timeout.connect(self._periodic)

    # -- what the window calls ---------------------------------------------------------------

    def meeting_opened(self) -> None:
        """Back up in the background and start the 10-minute timer."""
        self._start("open")
        self.timer.start()

    def meeting_closed(self) -> None:
        """Back up before the window lets go of the meeting; waits for the copy."""
        self.timer.stop()
        self.wait()
        self._run("close")

    def wait(self) -> None:
        """Wait for backups running in the background (closing, restoring)."""
        for t in self._threads:
            t.join()
        self._threads.clear()

    def close(self) -> None:
        self.timer.stop()
        self.wait()
        self.keeper.close()

    # -- inside --------------------------------------------------------------------------------

    def _periodic(self) -> None:
        self._start("timer")

    def _start(self, reason: str) -> None:
        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=self._run, args=(reason,), name="backup", daemon=True)
        self._threads.append(thread)
        thread.start()

    def _run(self, reason: str) -> None:
        done: Backup | None
        try:
            if reason == "close":
                done = self.keeper.backup(reason)
            else:  # opening another meeting or the timer: only when something changed
                done = self.keeper.backup_if_changed(reason)
        except KnownError as exc:
            self.finished.emit(
                self.tr("Sicherung fehlgeschlagen: {error}").format(error=str(exc)), True
            )
            return
        except Exception as exc:  # a bug must not end the window; the log has the details
            log.exception("backup (%s) failed", reason)
            self.finished.emit(
                self.tr("Sicherung fehlgeschlagen (interner Fehler: {error}).").format(
                    error=type(exc).__name__
                ),
                True,
            )
            return
        if done is not None:
            when = dt.datetime.now().strftime("%H:%M")
            self.finished.emit(self.tr("Sicherung erstellt {time}").format(time=when), False)
