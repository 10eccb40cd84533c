"""Opening a database for the operations: the door the command line and the window come in by.

`opened(path, interaction, writing=...)` yields `Operations` over the database at `path`,
with the one-writer lock held while it changes something; `open_operations` is the window's
(app.py holds the lock for the window's lifetime and closes the store at the end).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .interaction import Interaction
from .operations import Operations

if TYPE_CHECKING:
    from ..store.lock import WriterLock


def open_operations(
    db_path: Path, interaction: Interaction | None = None, *, durable: bool = True
) -> Operations:
    """Operations over the database at `db_path` (created if new, migrated if old); the caller
    closes it with `close()`. `durable=False`: a throw-away database (--demo) that need not
    wait for the disk. A damaged database raises `CorruptDatabaseError` (see `is_damaged`)."""
    from ..store import Store

    return Operations(Store.open(db_path, durable=durable), interaction)


def lock_database(db_path: Path) -> WriterLock:
    """The one-writer lock of a database (a second window or writing command is refused);
    the operating system drops it if this process dies."""
    from ..store.lock import acquire_writer_lock

    return acquire_writer_lock(db_path)


def is_damaged(exc: BaseException) -> bool:
    """Whether `exc` says the database file is damaged (its latest backup can be offered)."""
    from ..store import CorruptDatabaseError

    return isinstance(exc, CorruptDatabaseError)


@contextlib.contextmanager
def opened(
    db_path: Path, interaction: Interaction | None = None, *, writing: bool = False
) -> Iterator[Operations]:
    """Operations over the database at `db_path`, closed afterwards.

    `writing`: under the one-writer lock (an open window on the database refuses it). Reading
    needs no lock: exports stay possible while the window has the meeting open (their one
    audit INSERT is serialised by SQLite with the window's writes).
    """
    lock = lock_database(db_path) if writing else None
    try:
        ops = open_operations(db_path, interaction)
        # before its first write, a quick integrity check: damage is named, with the latest
        # backup, instead of written into
        ops.store.check_before_write = True
        try:
            yield ops
        finally:
            ops.close()
    finally:
        if lock is not None:
            lock.release()


def remove_leftovers(db_path: Path) -> list[Path]:
    """What a killed command or window left beside the database (a restore's unpacked copy,
    half-written backups, a conversion's work folder) — removed when nobody is using them."""
    from ..store.backup import remove_leftovers_at_command_start

    return list(remove_leftovers_at_command_start(db_path))
