"""Saving without a save command: typing reaches the database at most 500 ms after a keystroke.

Per keystroke nothing runs here: the first change after a save flips the document's modified
flag, which marks the item dirty and starts a single-shot timer (so continuous typing is still
saved twice a second, never on every key).
When the timer fires, or at once on an item change, a focus change and on close, the item's
paragraphs are snapshot (cheap) and handed to the `ParagraphWriter`, which writes them with its
own database connection in a background thread: a slow disk never blocks typing. A failed write
(disk full, database locked) keeps the text in the editor, is retried and shown in the status bar.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from ..domain.model import Member
from ..session.writer import BackgroundWriter, SaveJob
from .panes import minutes_document as md

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 500
RETRY_MS = 5000


class ParagraphWriter(QObject):
    """The background writer (session/writer.py), its results delivered in the GUI thread."""

    finished = Signal(object)  # SaveJob, queued to the GUI thread

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = BackgroundWriter(db_path, self.finished.emit)

    @property
    def members(self) -> list[Member]:
        return self._writer.members

    @members.setter
    def members(self, value: list[Member]) -> None:
        self._writer.members = value

    def submit(self, job: SaveJob) -> None:
        self._writer.submit(job)

    def wait_idle(self) -> None:
        self._writer.wait_idle()

    def stop(self) -> None:
        self._writer.stop()


class Autosaver(QObject):
    """Decides when an item's minutes are written; reports the state for the status bar."""

    statusChanged = Signal(str, bool)  # text, whether something is wrong
    snapshotTaken = Signal(int, object)  # item id, list[Paragraph] (the in-memory minutes)

    def __init__(self, writer: ParagraphWriter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = writer
        self._docs: dict[int, QTextDocument] = {}
        self._dirty: set[int] = set()
        self._in_flight: set[int] = set()
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)
        self.jobs_submitted = 0
        writer.finished.connect(self._job_finished)

    # -- what is watched -------------------------------------------------------------------

    def watch(self, item_id: int, doc: QTextDocument) -> None:
        if self._docs.get(item_id) is doc:
            return
        self._docs[item_id] = doc
        # Not contentsChanged (a Python call per key): the document's modified flag is
        # cleared at every snapshot, so it flips — and calls us — once per save cycle.
        doc.modificationChanged.connect(
            lambda modified: self.changed(item_id) if modified else None
        )

    def forget(self, item_id: int) -> None:
        """An item was deleted: nothing of it is written any more."""
        self._dirty.discard(item_id)
        doc = self._docs.pop(item_id, None)
        if doc is not None:
            doc.modificationChanged.disconnect()

    def has_unsaved(self) -> bool:
        return bool(self._dirty or self._in_flight)

    # -- the per-keystroke path: keep it tiny -----------------------------------------------

    def changed(self, item_id: int) -> None:
        if item_id not in self._dirty:
            self._dirty.add(item_id)
            if not self._failing:
                self.statusChanged.emit(self.tr("Nicht gespeicherte Änderungen …"), False)
        if not self._timer.isActive():
            self._timer.start()

    # -- writing ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Hand every dirty item to the writer now (not waiting for the timer)."""
        self._timer.stop()
        for item_id in list(self._dirty):
            if item_id in self._in_flight:
                continue  # written again when the running job is done
            doc = self._docs.get(item_id)
            self._dirty.discard(item_id)
            if doc is None:
                continue
            doc.setModified(False)  # the next keystroke marks it dirty again
            pairs = md.snapshot(doc)
            self.snapshotTaken.emit(item_id, [p for _, p in pairs])
            self._in_flight.add(item_id)
            self.jobs_submitted += 1
            self._writer.submit(SaveJob(item_id, pairs))

    def flush_and_wait(self) -> bool:
        """Write everything and wait for it (close, export); False if something is unsaved."""
        for _ in range(3):  # a job running for an item may leave it dirty once more
            self.flush()
            self._writer.wait_idle()
            QCoreApplication.processEvents()  # deliver `finished` (queued from the thread)
            if not self._dirty and not self._in_flight:
                return True
            if self._failing:
                break
        return False

    def _job_finished(self, job: SaveJob) -> None:
        self._in_flight.discard(job.item_id)
        if job.error:
            self._failing = True
            if job.item_id in self._docs and job.retry:
                self._dirty.add(job.item_id)
                self._retry.start()
                self.statusChanged.emit(
                    self.tr("Nicht gespeichert – {error} Neuer Versuch in {s} s.").format(
                        error=job.error, s=RETRY_MS // 1000
                    ),
                    True,
                )
            else:
                self.statusChanged.emit(
                    self.tr("Nicht gespeichert – {error}").format(error=job.error), True
                )
            return
        for data, paragraph in job.pairs:
            # a block deleted meanwhile keeps its (now unused) data object; its row is
            # deleted by the next save, which no longer lists it
            with contextlib.suppress(RuntimeError):
                data.id = paragraph.id
        if job.item_id in self._dirty:
            if not self._timer.isActive():
                self._timer.start()
            return
        if not self._in_flight and not self._dirty:
            self._failing = False
            self.statusChanged.emit(
                self.tr("Gespeichert {time}").format(time=dt.datetime.now().strftime("%H:%M:%S")),
                False,
            )
