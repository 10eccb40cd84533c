"""Automatic backups while the window is open: on opening and closing a meeting, every 10 min.

The window creates one `BackupScheduler(db_path, parent)` and calls `meeting_opened()` /
`meeting_closed()`; both only queue the request: one worker thread makes the copies, one after
another, so neither typing nor switching meetings waits for a copy of a large archive (the
window waits only when it closes, in `close()`). A copy is made only when the content changed
since the newest backup (`session.archive.backup_keeper`). `finished` reports a line for the
status bar ("Sicherung erstellt 12:10" or the German error).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..session.archive import backup_keeper, remove_leftovers
from ..session.background import guarded
from ..session.base import now_hhmm
from ..session.database import is_damaged

log = logging.getLogger(__name__)


class BackupScheduler(QObject):
    finished = Signal(str, bool)  # status text, whether it failed
    damaged = Signal(object)  # CorruptDatabaseError: found by the check at start

    def __init__(
        self,
        db_path: Path,
        parent: QObject | None = None,
        interval_ms: int | None = None,
        export_dirs: Sequence[Path] = (),
        start_delay_ms: int = 0,
    ) -> None:
        super().__init__(parent)
        self.keeper = backup_keeper(db_path)
        self._export_dirs = list(export_dirs)
        self._jobs: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._work, name="backup", daemon=True)
        self._thread.start()
        # the first jobs wait a moment at start-up: copying a large archive while the window
        # builds and paints competes for the two cores of her laptop (and for the GIL)
        self._pending: list[str] = []
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self._release)
        if start_delay_ms > 0:
            self._delay.start(start_delay_ms)
        self._queue("leftovers")  # what crashed runs left behind, off the GUI thread too
        self._queue("check")  # damage is named before she writes into it
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms or self.keeper.INTERVAL_MS)
        self.timer.timeout.connect(self._periodic)

    # -- what the window calls ---------------------------------------------------------------

    def meeting_opened(self) -> None:
        """Back up in the background (if something changed) and start the 10-minute timer."""
        self._queue("open")
        self.timer.start()

    def meeting_closed(self) -> None:
        """Back up what was written before the window lets go of the meeting, in the background."""
        self.timer.stop()
        self._queue("close")

    def wait(self) -> None:
        """Wait until every requested backup is done (restoring, closing the window)."""
        self._release()
        self._jobs.join()

    def close(self) -> None:
        self._release()
        self.timer.stop()
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
        self.keeper.close()

    # -- inside --------------------------------------------------------------------------------

    def _queue(self, reason: str) -> None:
        if self._delay.isActive():
            self._pending.append(reason)
        else:
            self._jobs.put(reason)

    def _release(self) -> None:
        """The start-up delay is over (or somebody waits): hand the held jobs to the worker."""
        self._delay.stop()
        pending, self._pending = self._pending, []
        for reason in pending:
            self._jobs.put(reason)

    def _periodic(self) -> None:
        self._jobs.put("timer")

    def _work(self) -> None:
        while True:
            reason = self._jobs.get()
            try:
                if reason is None:
                    return
                self._run(reason)
            finally:
                self._jobs.task_done()

    def _run(self, reason: str) -> None:
        if reason == "leftovers":
            outcome = guarded(
                lambda: remove_leftovers(self.keeper.db_path, self._export_dirs), "leftovers"
            )
            for path in outcome.value or []:
                log.info("removed leftover %s", path)
            return
        if reason == "check":
            try:
                self.keeper.check()
            except Exception as exc:
                if is_damaged(exc):
                    log.warning("damaged database: %s", exc)
                    self.damaged.emit(exc)
                else:  # a bug in the check must not stop the backups
                    log.exception("integrity check failed")
            return
        result = guarded(lambda: self.keeper.backup_if_changed(reason), f"backup ({reason})")
        if result.bug:
            self.finished.emit(
                self.tr("Sicherung fehlgeschlagen (interner Fehler: {error}).").format(
                    error=result.error
                ),
                True,
            )
            return
        if not result.ok:
            self.finished.emit(
                self.tr("Sicherung fehlgeschlagen: {error}").format(error=result.error), True
            )
            return
        done = result.value
        if done is not None:
            when = now_hhmm()
            self.finished.emit(self.tr("Sicherung erstellt {time}").format(time=when), False)
