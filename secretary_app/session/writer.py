"""Saving the minutes in a background thread with its own database connection (no Qt).

The window hands over one item's paragraphs per job; a slow disk never blocks typing. A failed
write keeps the text where it is (the job says why); a bug is logged whole and reported in the
job, never allowed to end the thread, since the next keystroke must still be saved.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import rules
from ..domain.model import Member, Paragraph
from ..store import FinalizedError, Store, StoreError

log = logging.getLogger(__name__)


@dataclass
class SaveJob:
    """One item's paragraphs to write; `pairs` carry the editor's block data beside each."""

    item_id: int
    pairs: list[tuple[Any, Paragraph]]
    error: str = ""
    retry: bool = True
    done: threading.Event = field(default_factory=threading.Event)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for _, p in self.pairs]


def assign_speakers(paragraphs: Sequence[Paragraph], members: Sequence[Member]) -> None:
    """A paragraph's speaker is who it names first (never the one of the paragraph before)."""
    if not members:
        return
    for p in paragraphs:
        if p.kind != "vote":
            p.speaker = rules.speaker_at_start(p.text, members)


class BackgroundWriter:
    """A thread that writes SaveJobs in order; `on_done(job)` is called after each."""

    def __init__(self, db_path: Path, on_done: Callable[[SaveJob], None]) -> None:
        self._path = db_path
        self._on_done = on_done
        self.members: list[Member] = []  # the open meeting's committee, for speakers
        self._jobs: queue.Queue[SaveJob | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="paragraph-writer", daemon=True)
        self._thread.start()

    def submit(self, job: SaveJob) -> None:
        self._jobs.put(job)

    def wait_idle(self) -> None:
        """Block until every submitted job is written (or failed)."""
        self._jobs.join()

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=10)

    def _write(self, store: Store | None, job: SaveJob) -> Store | None:
        try:
            if store is None:
                store = Store.open(self._path, create=False)
                store.check_before_write = True  # in this thread: damage named, not written
            assign_speakers(job.paragraphs, self.members)
            store.save_paragraphs(job.item_id, job.paragraphs)
        except FinalizedError as exc:
            job.error, job.retry = str(exc), False
        except StoreError as exc:
            job.error = str(exc)
            if store is not None:
                store.close()
            return None
        except Exception as exc:  # a bug: keep the text, tell the user, log the details
            log.exception("saving the minutes of item %s failed", job.item_id)
            job.error = f"Interner Fehler beim Speichern ({type(exc).__name__}: {exc})."
        return store

    def _run(self) -> None:
        store: Store | None = None
        while True:
            job = self._jobs.get()
            if job is None:
                self._jobs.task_done()
                break
            store = self._write(store, job)
            job.done.set()
            # report before task_done: `wait_idle` returns on task_done, and the window then
            # processes events once; the result must already be queued for it by then
            self._on_done(job)
            self._jobs.task_done()
        if store is not None:
            store.close()
