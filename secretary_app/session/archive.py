"""The archive: search, the resolution register, the audit trail, backups and restoring one.

The backup functions that need no open database (listing, the latest one, restoring at the
command line or for a damaged database at start-up, the window's background keeper) are
module functions here, so that the window and the command line reach them through the session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..settings import Settings
from .base import OperationsBase

if TYPE_CHECKING:  # the backup and search modules load when first used, not with the window
    from ..domain.followups import Resolution
    from ..store.backup import Backup, BackupKeeper, RestoreResult
    from ..store.search import SearchHit, SearchResult

__all__ = [
    "ArchiveOperations",
    "SearchHit",
    "SearchResult",
    "backup_folder",
    "backup_keeper",
    "build_search_index",
    "search_marks",
    "latest_backup",
    "list_backups",
    "remove_leftovers",
    "restore_backup",
]


def backup_keeper(db_path: Path) -> BackupKeeper:
    """The window's keeper of backups: a copy when the content changed since the newest one
    (its own connection: it runs in the backup thread)."""
    from ..store.backup import BackupKeeper

    return BackupKeeper(db_path)


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of the database at `db_path`, newest first."""
    from ..store.backup import list_backups as listed

    return listed(db_path)


def latest_backup(db_path: Path) -> Backup | None:
    """The newest backup of the database at `db_path` (None: there is none)."""
    from ..store.backup import latest_backup as latest

    return latest(db_path)


def backup_folder(db_path: Path) -> Path:
    """Where the backups of the database at `db_path` are kept."""
    from ..store.backup import backup_dir_for

    return backup_dir_for(db_path)


def restore_backup(db_path: Path, backup: Path, *, locked: bool = False) -> RestoreResult:
    """Bring a backup back without an open database (the command line, a damaged database at
    start-up): under the one-writer lock, the current state backed up first.

    `locked`: the caller already holds the lock (the window's start)."""
    from ..store.backup import restore
    from ..store.lock import acquire_writer_lock

    if locked:
        return restore(db_path, Path(backup))
    lock = acquire_writer_lock(db_path)
    try:
        return restore(db_path, Path(backup))
    finally:
        lock.release()


def remove_leftovers(db_path: Path, export_dirs: Sequence[Path]) -> list[Path]:
    """Temporary files of crashed runs beside the database and in the export folders."""
    from ..store.backup import remove_leftovers as remove

    return remove(db_path, export_dirs)


def search_marks() -> tuple[str, str]:
    """The characters a search hit's snippet marks its matching words with (start, end)."""
    from ..store.search import MARK_END, MARK_START

    return MARK_START, MARK_END


def build_search_index(db_path: Path, progress: Callable[[float], None] | None = None) -> float:
    """The search index of an archive from before search existed (seconds taken); opens its
    own connection, so a worker thread can build it while the window works."""
    from ..store.search import build_index

    return build_index(db_path, progress)


class ArchiveOperations(OperationsBase):
    """The archive: the resolution register, backups and restoring one."""

    def resolutions(self, due_only: bool = False, today: dt.date | None = None) -> list[Resolution]:
        """Every resolution with its follow-up (suggested from the wording or set by her)."""
        from .followups import FollowUps

        return FollowUps(self).resolutions(due_only=due_only, today=today)

    def set_followup(self, item_id: int, due: dt.date | None, done: bool = False) -> None:
        """Her follow-up date for a resolution (None: none), and whether it is done."""
        from ..store import register

        register.set_followup(self.store, item_id, due, done)

    def restore(self, backup: Path) -> RestoreResult:
        """Bring a backup back; the current state is backed up first."""
        from ..store.backup import restore

        result = restore(self.store.path, Path(backup), self.store.conn)
        self.settings = Settings.load(self.store)  # the backup's settings are the ones now
        return result

    # -- search ----------------------------------------------------------------------------

    @property
    def search_index_pending(self) -> bool:
        """The archive's search index is still to be built (`build_search_index`)."""
        return self.store.search_index_pending

    def search_index_built(self) -> None:
        """The index was built (in the background): searching works from now on."""
        self.store.search_index_pending = False

    def search(
        self,
        text: str,
        *,
        committee: str | None = None,
        since: dt.date | None = None,
        exact_committee: bool = False,
        build_index: bool = False,
    ) -> SearchResult:
        """Paragraphs and item heads matching every word of `text`, newest meeting first.

        `build_index`: build a missing index first, here and now (the command line); else a
        pending index raises StoreError (the window builds it in the background).
        """
        from ..store import search

        if build_index and self.store.search_index_pending:
            search.build_index(self.store.path)
            self.store.search_index_pending = False
        return search.search(
            self.store, text, committee=committee, since=since, exact_committee=exact_committee
        )

    # -- the audit trail -------------------------------------------------------------------

    def audit(self, meeting_id: int) -> list[dict[str, Any]]:
        """The meeting's audit trail (finalising, changes after it, exports), oldest first;
        KnownError for an unknown meeting."""
        self.store.load_meeting(meeting_id)  # a clear message for an unknown meeting
        return list(self.store.audit(meeting_id))
