"""Consistent, rotating copies of the database, and restoring one of them. No Qt.

A backup is made with SQLite's online backup API, so it is consistent even while the program
writes. Backups belong to the database they copy: they live in a `backups` folder beside it,
named `<database name>-<YYYYMMDD-HHMMSS-ffffff>-<reason>.sqlite`. For the default database this
is `paths.backup_dir()` (the user data folder's `backups`); for a database chosen with `--db`
it is the `backups` folder next to that file, and several databases in one folder keep apart
by their name prefix. Files are created readable only by their owner (0600), the folder 0700.

Rotation keeps the newest 20 backups plus the newest of each of the last 30 days.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import os_reason
from . import schema
from .store import StoreError

KEEP_LAST = 20
KEEP_DAYS = 30

REASONS = {
    "manual": "von Hand",
    "open": "beim Öffnen einer Sitzung",
    "close": "beim Schließen einer Sitzung",
    "timer": "automatisch (alle 10 Minuten)",
    "restore": "vor einer Wiederherstellung",
    "start": "beim Programmstart",
    "change": "vor dem Löschen oder Ersetzen von Protokoll",
}

_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    """One backup file of a database."""

    path: Path
    created: dt.datetime
    reason: str

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def describe(self) -> str:
        """One line for lists: "25.11.2026 12:03:07 – beim Öffnen einer Sitzung"."""
        return f"{self.created:%d.%m.%Y %H:%M:%S} – {self.reason_label}"


def backup_dir_for(db_path: str | os.PathLike[str]) -> Path:
    """The folder holding the backups of the database at `db_path`."""
    return Path(db_path).expanduser().absolute().parent / "backups"


def _pattern(db_path: Path) -> re.Pattern[str]:
    stem = re.escape(db_path.stem)
    return re.compile(rf"^{stem}-(\d{{8}}-\d{{6}}-\d{{6}})-([a-z]+)\.sqlite$")


def list_backups(db_path: str | os.PathLike[str]) -> list[Backup]:
    """The backups of the database at `db_path`, newest first."""
    db_path = Path(db_path).expanduser().absolute()
    folder = backup_dir_for(db_path)
    pattern = _pattern(db_path)
    found: list[Backup] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        m = pattern.match(name)
        if m is None:
            continue
        created = dt.datetime.strptime(m.group(1), _STAMP)
        found.append(Backup(folder / name, created, m.group(2)))
    found.sort(key=lambda b: b.created, reverse=True)
    return found


def latest_backup(db_path: str | os.PathLike[str]) -> Backup | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


def _private_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except FileExistsError as exc:
        raise StoreError(
            f"Der Sicherungsordner {folder} kann nicht angelegt werden: dort liegt eine Datei "
            "gleichen Namens. Bitte benennen Sie sie um."
        ) from exc
    except OSError as exc:
        raise StoreError(
            f"Der Sicherungsordner {folder} kann nicht angelegt werden ({os_reason(exc)}). "
            "Bitte prüfen Sie die Rechte des Ordners."
        ) from exc


def _new_private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_into_new_file(source: sqlite3.Connection, target: Path, journal_mode: str) -> None:
    """Copy a live database with the online backup API into a new 0600 file."""
    _new_private_file(target)
    dest = sqlite3.connect(str(target), isolation_level=None)
    try:
        source.backup(dest)
        dest.execute(f"PRAGMA journal_mode = {journal_mode}")
    finally:
        dest.close()
    _fsync(target)


def _unique_name(db_path: Path, reason: str, now: dt.datetime) -> Path:
    folder = backup_dir_for(db_path)
    while True:
        candidate = folder / f"{db_path.stem}-{now.strftime(_STAMP)}-{reason}.sqlite"
        if not candidate.exists():
            return candidate
        now += dt.timedelta(microseconds=1)


def _connect_existing(path: Path, *, threads: bool = False) -> sqlite3.Connection:
    """A connection that never creates the file (a missing database stays missing)."""
    return sqlite3.connect(
        f"{path.absolute().as_uri()}?mode=rw",
        uri=True,
        isolation_level=None,
        check_same_thread=not threads,
        timeout=5.0,
    )


def _remove_stale_partials(db_path: Path) -> None:
    """Half-written copies of a backup interrupted by a crash (one writer: none is running)."""
    pattern = _pattern(db_path)
    with contextlib.suppress(OSError):
        for name in os.listdir(backup_dir_for(db_path)):
            if name.startswith(".") and name.endswith(".partial") and pattern.match(name[1:-8]):
                with contextlib.suppress(OSError):
                    (backup_dir_for(db_path) / name).unlink()


def create_backup(
    db_path: str | os.PathLike[str],
    conn: sqlite3.Connection | None = None,
    reason: str = "manual",
    *,
    rotate_after: bool = True,
) -> Backup:
    """Copy the database at `db_path` (through `conn` if given) into its backup folder."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = Path(db_path).expanduser().absolute()
    folder = backup_dir_for(db_path)
    _private_folder(folder)
    now = dt.datetime.now()
    final = _unique_name(db_path, reason, now)
    partial = final.with_name("." + final.name + ".partial")
    _remove_stale_partials(db_path)
    own = conn is None
    try:
        source = conn if conn is not None else _connect_existing(db_path)
    except sqlite3.Error as exc:
        raise StoreError(f"Die Datenbank {db_path} kann nicht gelesen werden ({exc}).") from exc
    try:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        _copy_into_new_file(source, partial, "DELETE")
        os.replace(partial, final)
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if "full" in str(exc).lower():
            raise StoreError(
                f"Die Sicherung konnte nicht geschrieben werden: der Datenträger ist voll "
                f"({folder}). Ihre Daten in {db_path} sind unverändert."
            ) from exc
        raise StoreError(
            f"Die Datenbank {db_path} konnte nicht gesichert werden ({exc}). "
            "Ihre Daten sind unverändert."
        ) from exc
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(
            f"Die Sicherung nach {folder} ist fehlgeschlagen ({os_reason(exc)}). "
            f"Ihre Daten in {db_path} sind unverändert."
        ) from exc
    finally:
        if own:
            source.close()
    backup = Backup(final, now, reason)
    if rotate_after:
        rotate(db_path)
    return backup


def backups_to_keep(
    backups: list[Backup], now: dt.datetime | None = None
) -> tuple[list[Backup], list[Backup]]:
    """Split backups (any order) into those rotation keeps and those it deletes."""
    now = now or dt.datetime.now()
    newest_first = sorted(backups, key=lambda b: b.created, reverse=True)
    keep = set(b.path for b in newest_first[:KEEP_LAST])
    oldest_day = now.date() - dt.timedelta(days=KEEP_DAYS - 1)
    seen_days: set[dt.date] = set()
    for b in newest_first:
        day = b.created.date()
        if day >= oldest_day and day not in seen_days:
            seen_days.add(day)
            keep.add(b.path)
    kept = [b for b in newest_first if b.path in keep]
    dropped = [b for b in newest_first if b.path not in keep]
    return kept, dropped


def rotate(db_path: str | os.PathLike[str], now: dt.datetime | None = None) -> list[Backup]:
    """Delete the backups rotation does not keep; returns the deleted ones."""
    _, dropped = backups_to_keep(list_backups(db_path), now)
    for b in dropped:
        with contextlib.suppress(OSError):
            b.path.unlink()
    return dropped


# -- checking and restoring -------------------------------------------------------------------


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def check_backup(path: str | os.PathLike[str]) -> None:
    """Raise StoreError unless `path` is an intact Protokollant database this program can read."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreError(f"{path} ist ein Ordner. Bitte geben Sie eine Sicherungsdatei an.")
    if not path.is_file():
        raise StoreError(f"Die Sicherung {path} gibt es nicht.")
    try:
        with _read_only(path) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
    except sqlite3.Error as exc:
        raise StoreError(
            f"Die Datei {path} ist keine lesbare Sicherung ({exc}). Bitte wählen Sie eine andere."
        ) from exc
    if result != "ok":
        raise StoreError(f"Die Sicherung {path} ist beschädigt. Bitte wählen Sie eine andere.")
    if version > schema.SCHEMA_VERSION:
        raise StoreError(
            f"Die Sicherung {path} stammt von einer neueren Version von Protokollant "
            f"(Schema {version}). Bitte aktualisieren Sie das Programm."
        )
    if "meetings" not in tables:
        raise StoreError(f"Die Datei {path} ist keine Protokollant-Sicherung.")


def _set_aside_damaged(db_path: Path) -> Path:
    """Keep a byte copy of a database that SQLite cannot read (never rotated, never listed)."""
    folder = backup_dir_for(db_path)
    _private_folder(folder)
    stamp = dt.datetime.now().strftime(_STAMP)
    target = folder / f"{db_path.stem}-{stamp}.damaged"
    _new_private_file(target)
    shutil.copyfile(db_path, target)
    for suffix in ("-wal",):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            dest = target.with_name(target.name + suffix)
            _new_private_file(dest)
            shutil.copyfile(side, dest)
    return target


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    safety_copy: Path | None  # the state before the restore (a backup, or a damaged byte copy)


def _replace_file(db_path: Path, backup_path: Path) -> None:
    """Swap in a copy of the backup for a database SQLite cannot open (it is damaged)."""
    tmp = db_path.with_name("." + db_path.name + ".restoring")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    with _read_only(backup_path) as src:
        _copy_into_new_file(src, tmp, "WAL")
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            db_path.with_name(db_path.name + suffix).unlink()
    os.replace(tmp, db_path)


def restore(
    db_path: str | os.PathLike[str],
    backup_path: str | os.PathLike[str],
    conn: sqlite3.Connection | None = None,
) -> RestoreResult:
    """Replace the database's content with a backup, after backing up the current state.

    `conn` is the caller's open connection to the database (the window's store); without it a
    connection is opened here. The caller holds the writer lock. The result passes
    `PRAGMA integrity_check`, else StoreError.
    """
    db_path = Path(db_path).expanduser().absolute()
    backup_path = Path(backup_path).expanduser().absolute()
    check_backup(backup_path)
    if not db_path.exists():
        raise StoreError(f"Die Datenbank {db_path} gibt es nicht.")

    safety: Path | None
    try:
        safety = create_backup(db_path, conn, "restore").path
        healthy = True
    except StoreError:
        # The current file is unreadable (that is usually why one restores): keep its bytes.
        try:
            safety = _set_aside_damaged(db_path)
        except OSError as exc:
            raise StoreError(
                f"Vor der Wiederherstellung konnte der jetzige Stand von {db_path} nicht "
                f"gesichert werden ({os_reason(exc)}). Es wurde nichts verändert."
            ) from exc
        healthy = False

    if healthy:
        own = conn is None
        target = conn if conn is not None else _connect_existing(db_path)
        try:
            with _read_only(backup_path) as src:
                src.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
            ok = target.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.Error as exc:
            raise StoreError(
                f"Die Wiederherstellung ist fehlgeschlagen ({exc}). Der vorherige Stand liegt "
                f"in {safety}."
            ) from exc
        finally:
            if own:
                target.close()
    else:
        try:
            _replace_file(db_path, backup_path)
            with _read_only(db_path) as check:
                ok = check.execute("PRAGMA integrity_check").fetchone()[0]
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                f"Die Wiederherstellung ist fehlgeschlagen ({exc}). Der vorherige Stand liegt "
                f"in {safety}."
            ) from exc
    if ok != "ok":
        raise StoreError(
            f"Nach der Wiederherstellung meldet die Datenbank einen Fehler ({ok}). Der vorherige "
            f"Stand liegt in {safety}."
        )
    return RestoreResult(backup_path, safety)


class BackupKeeper:
    """Backups for one database while the window has it open: on opening and closing a
    meeting and every 10 minutes.

    It keeps its own read connection, so a backup may run in a worker thread (the window's
    typing never waits for a large copy); calls are serialised. The timed backup is skipped when
    nobody committed anything since the last one (`PRAGMA data_version`), so an idle window does
    not push older backups out of the rotation. Errors come as StoreError for the status bar.
    """

    INTERVAL_MS = 10 * 60 * 1000

    def __init__(self, db_path: str | os.PathLike[str]) -> None:
        self.db_path = Path(db_path).expanduser().absolute()
        try:
            self._conn = _connect_existing(self.db_path, threads=True)
        except sqlite3.Error as exc:
            raise StoreError(
                f"Die Datenbank {self.db_path} kann nicht gelesen werden ({exc})."
            ) from exc
        self._lock = threading.Lock()
        self._version_at_last: int | None = None

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def backup(self, reason: str) -> Backup:
        with self._lock:
            try:
                version = self._data_version()
            except sqlite3.Error as exc:
                raise StoreError(
                    f"Die Datenbank {self.db_path} kann nicht gesichert werden ({exc})."
                ) from exc
            b = create_backup(self.db_path, self._conn, reason)
            self._version_at_last = version
            return b

    def needs_backup(self) -> bool:
        """Whether anything was committed since the last backup."""
        with self._lock:
            try:
                return self._data_version() != self._version_at_last
            except sqlite3.Error:
                return True

    def backup_if_changed(self, reason: str) -> Backup | None:
        """Back up unless nothing was committed since this keeper's last backup.

        The first call always copies; after that, switching meetings or the 10-minute timer in
        an idle window copy nothing (a ten-year archive is ~130 MB, and identical copies would
        only push older ones out of the rotation).
        """
        if not self.needs_backup():
            return None
        return self.backup(reason)

    def periodic(self) -> Backup | None:
        return self.backup_if_changed("timer")

    def close(self) -> None:
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._conn.close()
