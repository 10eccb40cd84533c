"""Consistent, rotating copies of the database, and restoring one of them. No Qt.

A backup is made with SQLite's online backup API, so it is consistent even while the program
writes; the copy must pass `PRAGMA quick_check` before it is kept (a damaged database never
pushes healthy backups out), and it is stored gzip-compressed (a ten-year archive of 135 MB
becomes about a quarter of that). Backups belong to the database they copy: they live in a
`backups` folder beside it, named `<database name>-<sequence>-<YYYYMMDD-HHMMSS>-<reason>.sqlite.gz`.
For the default database this is `paths.backup_dir()` (the user data folder's `backups`); for a
database chosen with `--db` it is the `backups` folder next to that file, and several databases
in one folder keep apart by their name prefix. Files are created readable only by their owner
(0600), the folder 0700.

Order is the sequence number, never the clock: a clock that was a year ahead and then corrected
neither reorders the list nor lets rotation delete the backups made after the correction.
Rotation keeps the 20 highest sequence numbers plus the newest of each of the last 30 days (days
in the future do not count). Backups of earlier versions (`<name>-<stamp>-<reason>.sqlite`,
uncompressed) are listed, restored and rotated as the oldest.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import os_reason, sqlite_reason
from ..fileio import make_private, make_private_folder, write_private_atomic
from . import schema
from .errors import CorruptDatabaseError, StoreError

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


def _now() -> dt.datetime:
    """The clock; named so that tests can set it wrong."""
    return dt.datetime.now()


_STAMP = "%Y%m%d-%H%M%S-%f"  # backups of earlier versions
_NEW_STAMP = "%Y%m%d-%H%M%S"
COMPRESS_LEVEL = 3  # gzip: level 3 is within 10 % of level 9's size at a third of its time
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Backup:
    """One backup file of a database."""

    path: Path
    created: dt.datetime  # by the clock at the time: shown, but never used for order
    reason: str
    sequence: int = 0  # 0 for backups of earlier versions

    @property
    def compressed(self) -> bool:
        return self.path.name.endswith(".gz")

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
    """Backups of earlier versions: `<stem>-<YYYYMMDD-HHMMSS-ffffff>-<reason>.sqlite`."""
    stem = re.escape(db_path.stem)
    return re.compile(rf"^{stem}-(\d{{8}}-\d{{6}}-\d{{6}})-([a-z]+)\.sqlite$")


def _seq_pattern(db_path: Path) -> re.Pattern[str]:
    stem = re.escape(db_path.stem)
    return re.compile(rf"^{stem}-(\d{{6,}})-(\d{{8}}-\d{{6}})-([a-z]+)\.sqlite\.gz$")


def _order(b: Backup) -> tuple[int, dt.datetime]:
    return (b.sequence, b.created if b.sequence == 0 else dt.datetime.min)


def list_backups(db_path: str | os.PathLike[str]) -> list[Backup]:
    """The backups of the database at `db_path`, newest (highest sequence number) first."""
    db_path = Path(db_path).expanduser().absolute()
    folder = backup_dir_for(db_path)
    old, new = _pattern(db_path), _seq_pattern(db_path)
    found: list[Backup] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        m = new.match(name)
        if m is not None:
            created = dt.datetime.strptime(m.group(2), _NEW_STAMP)
            found.append(Backup(folder / name, created, m.group(3), int(m.group(1))))
            continue
        m = old.match(name)
        if m is not None:
            created = dt.datetime.strptime(m.group(1), _STAMP)
            found.append(Backup(folder / name, created, m.group(2)))
    found.sort(key=_order, reverse=True)
    return found


def latest_backup(db_path: str | os.PathLike[str]) -> Backup | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


def _private_folder(folder: Path) -> None:
    try:
        make_private_folder(folder)
    except NotADirectoryError as exc:
        raise StoreError(
            f"Der Sicherungsordner {folder} kann nicht angelegt werden: {exc.filename} ist eine "
            "Datei, kein Ordner. Bitte benennen Sie sie um."
        ) from exc
    except OSError as exc:
        raise StoreError(
            f"Der Sicherungsordner {folder} kann nicht angelegt werden ({os_reason(exc)}). "
            "Bitte prüfen Sie die Rechte des Ordners."
        ) from exc


def _new_private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    make_private(path)


def _fsync(path: Path) -> None:
    """Flush a file (or a folder: its entries) to the disk."""
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
        # one step: a snapshot under one read transaction (WAL: writers go on meanwhile); a
        # copy in steps would start over after every autosave and never finish while she types
        source.backup(dest)
        dest.execute(f"PRAGMA journal_mode = {journal_mode}")
    finally:
        dest.close()
    _fsync(target)


def _connect_existing(path: Path, *, threads: bool = False) -> sqlite3.Connection:
    """A connection that never creates the file (a missing database stays missing)."""
    return sqlite3.connect(
        f"{path.absolute().as_uri()}?mode=rw",
        uri=True,
        isolation_level=None,
        check_same_thread=not threads,
        timeout=5.0,
    )


def _is_leftover(name: str, db_path: Path, *, unpacked: bool = False) -> bool:
    """A half-written copy (and its journal) of a backup cut off by a crash or a full disk, or
    (`unpacked`, only at start-up) a backup unpacked for a restore that did not finish; never
    another database's."""
    if name.startswith(".entpackt-") and name.endswith((".sqlite", ".sqlite-journal")):
        return unpacked
    if not name.startswith(".") or ".partial" not in name:
        return False
    base = name[1:].split(".partial", 1)[0]
    return bool(
        _seq_pattern(db_path).match(base + ".gz" if base.endswith(".sqlite") else base)
    ) or bool(_pattern(db_path).match(base))


def _remove_stale_partials(db_path: Path, *, unpacked: bool = False) -> list[Path]:
    """Half-written copies of a backup interrupted by a crash (one writer: none is running)."""
    removed = []
    folder = backup_dir_for(db_path)
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            if _is_leftover(name, db_path, unpacked=unpacked):
                with contextlib.suppress(OSError):
                    (folder / name).unlink()
                    removed.append(folder / name)
    return removed


def _next_sequence(db_path: Path) -> int:
    return max((b.sequence for b in list_backups(db_path)), default=0) + 1


def _quick_check(path: Path) -> str:
    with _read_only(path) as conn:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    return "; ".join(str(r[0]) for r in rows[:3])


def _compress(source: Path, target: Path) -> None:
    _new_private_file(target)
    with open(source, "rb") as src, open(target, "wb") as raw:
        with gzip.GzipFile(
            filename="", mode="wb", fileobj=raw, compresslevel=COMPRESS_LEVEL, mtime=0
        ) as out:
            shutil.copyfileobj(src, out, _CHUNK)
        raw.flush()
        os.fsync(raw.fileno())


# One backup at a time in this program: the scheduler's worker and an operation's backup before
# a deletion must not pick the same sequence number, nor remove each other's half-written copy
# as a leftover of a crash.
_ONE_AT_A_TIME = threading.Lock()


def create_backup(
    db_path: str | os.PathLike[str],
    conn: sqlite3.Connection | None = None,
    reason: str = "manual",
    *,
    rotate_after: bool = True,
) -> Backup:
    """Copy the database at `db_path` (through `conn` if given) into its backup folder.

    The copy is checked (`PRAGMA quick_check`) before it is compressed and named; a damaged
    database raises StoreError and leaves the existing backups alone.
    """
    with _ONE_AT_A_TIME:
        return _create_backup(db_path, conn, reason, rotate_after=rotate_after)


def _create_backup(
    db_path: str | os.PathLike[str],
    conn: sqlite3.Connection | None,
    reason: str,
    *,
    rotate_after: bool,
) -> Backup:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = Path(db_path).expanduser().absolute()
    folder = backup_dir_for(db_path)
    _private_folder(folder)
    _remove_stale_partials(db_path)
    now = _now().replace(microsecond=0)
    sequence = _next_sequence(db_path)
    while True:
        final = folder / f"{db_path.stem}-{sequence:06d}-{now:{_NEW_STAMP}}-{reason}.sqlite.gz"
        if not final.exists():
            break
        sequence += 1
    plain = folder / f".{final.name[: -len('.gz')]}.partial"
    packed = folder / f".{final.name}.partial"
    own = conn is None
    try:
        source = conn if conn is not None else _connect_existing(db_path)
    except sqlite3.Error as exc:
        raise StoreError(
            f"Die Datenbank {db_path} kann nicht gelesen werden ({sqlite_reason(exc)})."
        ) from exc
    try:
        _copy_into_new_file(source, plain, "DELETE")
        verdict = _quick_check(plain)
        if verdict != "ok":
            raise CorruptDatabaseError(
                f"Die Datenbank {db_path} ist beschädigt ({verdict[:200]}). Es wurde keine "
                "Sicherung angelegt, damit die vorhandenen Sicherungen erhalten bleiben. Bitte "
                "stellen Sie eine Sicherung wieder her." + backup_hint(db_path)
            )
        _compress(plain, packed)
        os.replace(packed, final)
        _fsync(folder)  # the rename itself
    except sqlite3.Error as exc:
        if "full" in str(exc).lower():
            raise StoreError(
                f"Die Sicherung konnte nicht geschrieben werden: der Datenträger ist voll "
                f"({folder}). Ihre Daten in {db_path} sind unverändert."
            ) from exc
        raise StoreError(
            f"Die Datenbank {db_path} konnte nicht gesichert werden ({sqlite_reason(exc)}). "
            "Ihre Daten sind unverändert."
        ) from exc
    except OSError as exc:
        raise StoreError(
            f"Die Sicherung nach {folder} ist fehlgeschlagen ({os_reason(exc)}). "
            f"Ihre Daten in {db_path} sind unverändert."
        ) from exc
    finally:
        for leftover in (plain, packed, Path(f"{plain}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if own:
            source.close()
    backup = Backup(final, now, reason, sequence)
    if rotate_after:
        rotate(db_path)
    return backup


def backups_to_keep(
    backups: list[Backup], now: dt.datetime | None = None
) -> tuple[list[Backup], list[Backup]]:
    """Split backups (any order) into those rotation keeps and those it deletes.

    The newest are the highest sequence numbers; the clock only says which day a backup
    belongs to, and a day after today (a clock that was ahead) earns no extra place.
    """
    now = now or _now()
    newest_first = sorted(backups, key=_order, reverse=True)
    keep = set(b.path for b in newest_first[:KEEP_LAST])
    oldest_day = now.date() - dt.timedelta(days=KEEP_DAYS - 1)
    seen_days: set[dt.date] = set()
    for b in newest_first:
        day = b.created.date()
        if oldest_day <= day <= now.date() and day not in seen_days:
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


@contextlib.contextmanager
def opened_backup(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A backup as a plain SQLite file: compressed ones are unpacked into a private temporary
    file beside it (removed afterwards), older uncompressed ones are used as they are."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreError(f"{path} ist ein Ordner. Bitte geben Sie eine Sicherungsdatei an.")
    if not path.is_file():
        raise StoreError(f"Die Sicherung {path} gibt es nicht.")
    if not path.name.endswith(".gz"):
        yield path
        return
    fd, name = tempfile.mkstemp(prefix=".entpackt-", suffix=".sqlite", dir=path.parent)
    plain = Path(name)
    try:
        try:
            with os.fdopen(fd, "wb") as out, gzip.open(path, "rb") as src:
                shutil.copyfileobj(src, out, _CHUNK)
        except (OSError, EOFError) as exc:
            reason = os_reason(exc) if isinstance(exc, OSError) and exc.errno else str(exc)
            raise StoreError(
                f"Die Sicherung {path} kann nicht entpackt werden ({reason}). Bitte wählen Sie "
                "eine andere."
            ) from exc
        yield plain
    finally:
        for leftover in (plain, Path(f"{plain}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def check_backup(path: str | os.PathLike[str]) -> None:
    """Raise StoreError unless `path` is an intact Protokollant database this program can read."""
    with opened_backup(path) as plain:
        _check_plain(plain, Path(path).expanduser())


def _check_plain(plain: Path, path: Path) -> None:
    try:
        with _read_only(plain) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
    except sqlite3.Error as exc:
        raise StoreError(
            f"Die Datei {path} ist keine lesbare Sicherung ({sqlite_reason(exc)}). "
            "Bitte wählen Sie eine andere."
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
    """The database restored, and where the state before the restore was kept."""

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
    with opened_backup(backup_path) as plain:
        _check_plain(plain, backup_path)
        if not db_path.exists():
            raise StoreError(f"Die Datenbank {db_path} gibt es nicht.")
        safety = _restore_plain(db_path, plain, conn)
    forget_backed_up_content(db_path)
    return RestoreResult(backup_path, safety)


def _restore_plain(db_path: Path, backup_path: Path, conn: sqlite3.Connection | None) -> Path:
    safety: Path
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
                f"Die Wiederherstellung ist fehlgeschlagen ({sqlite_reason(exc)}). Der vorherige "
                "Stand liegt "
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
            reason = os_reason(exc) if isinstance(exc, OSError) else sqlite_reason(exc)
            raise StoreError(
                f"Die Wiederherstellung ist fehlgeschlagen ({reason}). Der vorherige Stand liegt "
                f"in {safety}."
            ) from exc
    if ok != "ok":
        raise StoreError(
            f"Nach der Wiederherstellung meldet die Datenbank einen Fehler ({ok}). Der vorherige "
            f"Stand liegt in {safety}."
        )
    return safety


# -- what the last backup holds ------------------------------------------------------------------


def _state_file(db_path: Path) -> Path:
    return backup_dir_for(db_path) / f".{db_path.stem}.gesichert"


def content_version(conn: sqlite3.Connection) -> int:
    """The database's content change counter (kept by triggers; settings do not move it)."""
    try:
        row = conn.execute("SELECT changes FROM content_version WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # a database before migration m002: any commit counts
        return -int(conn.execute("PRAGMA data_version").fetchone()[0])
    return int(row[0]) if row else 0


def backed_up_content(db_path: Path) -> int | None:
    """The content counter the newest backup was taken at (None: unknown)."""
    try:
        return int(_state_file(db_path).read_text().strip())
    except (OSError, ValueError):
        return None


def _remember_backed_up_content(db_path: Path, version: int) -> None:
    target = _state_file(db_path)
    with contextlib.suppress(OSError):
        write_private_atomic(target, str(version).encode("ascii"))


def forget_backed_up_content(db_path: str | os.PathLike[str]) -> None:
    """After a restore the counter may repeat an old value with other content."""
    with contextlib.suppress(OSError):
        _state_file(Path(db_path).expanduser().absolute()).unlink(missing_ok=True)


# -- leftovers -------------------------------------------------------------------------------------

STALE_SECONDS = 3600  # a temporary file this old belongs to no running export
DEMO_PREFIX = "protokollant-demo-"


def remove_leftovers(
    db_path: str | os.PathLike[str], export_dirs: Sequence[Path] = ()
) -> list[Path]:
    """What crashes left behind: half-written backups, export temporaries, demo folders.

    Called at start-up while holding the database's writer lock: half-written backups of this
    database belong to no running program. Export temporaries (`.~*.tmp`, see
    documents/writer.py) and `--demo` folders are removed only when an hour old and, for demo
    folders, not in use by a running window (its database lock is free).
    """
    from .lock import WriterLock

    db_path = Path(db_path).expanduser().absolute()
    removed = _remove_stale_partials(db_path, unpacked=True)
    now = time.time()
    for folder in export_dirs:
        for candidate in (folder, *_subfolders(folder)):
            # a document half written (`fileio`), staged for its audit row (`.pending`), or a
            # staging folder of all extracts (session/operations.py): non-public text, 0600
            for tmp in (*_glob(candidate, ".~*.tmp"), *_glob(candidate, ".~*.pending*")):
                if _age(tmp, now) > STALE_SECONDS:
                    with contextlib.suppress(OSError):
                        tmp.unlink()
                        removed.append(tmp)
            for staging in _glob(candidate, ".~protokollant-*"):
                if staging.is_dir() and _age(staging, now) > STALE_SECONDS:
                    shutil.rmtree(staging, ignore_errors=True)
                    removed.append(staging)
    for demo in _glob(Path(tempfile.gettempdir()), f"{DEMO_PREFIX}*"):
        if demo == db_path.parent or not demo.is_dir() or _age(demo, now) < STALE_SECONDS:
            continue
        lock = WriterLock(demo / "demo.sqlite", create=False)
        try:
            lock.acquire()
        except (StoreError, OSError):
            continue  # a demo window is open on it
        lock.release()
        shutil.rmtree(demo, ignore_errors=True)
        removed.append(demo)
    from ..helper_process import remove_stale_workfolders

    removed += remove_stale_workfolders()
    return removed


def remove_leftovers_at_command_start(db_path: str | os.PathLike[str]) -> list[Path]:
    """What a killed command or window left: a restore's unpacked copy, half-written backups,
    a PDF conversion's folder. Backups are looked at only when nobody holds the database
    (its writer lock is free, taken for the moment), so a running backup is never touched."""
    from ..helper_process import remove_stale_workfolders
    from .lock import WriterLock

    removed = remove_stale_workfolders()
    db_path = Path(db_path).expanduser().absolute()
    if not backup_dir_for(db_path).is_dir():
        return removed
    lock = WriterLock(db_path, create=False)
    try:
        lock.acquire()
    except (StoreError, OSError):
        return removed
    try:
        removed += _remove_stale_partials(db_path, unpacked=True)
    finally:
        lock.release()
    return removed


def _glob(folder: Path, pattern: str) -> list[Path]:
    try:
        return list(folder.glob(pattern))
    except OSError:
        return []


def _subfolders(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_dir()]
    except OSError:
        return []


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0


class BackupKeeper:
    """Backups for one database while the window has it open: on opening and closing a
    meeting and every 10 minutes, each only when the content changed since the last backup.

    It keeps its own read connection, so a backup runs in a worker thread (the window's
    typing never waits for a large copy); calls are serialised. "Changed" is the content
    counter of migration m002, compared with the one the newest backup was taken at (kept
    beside the backups, so it holds across program starts): writing a setting (the last open
    meeting, the window layout) is no reason to copy a 135 MB archive. Errors come as
    StoreError for the status bar.
    """

    INTERVAL_MS = 10 * 60 * 1000

    def __init__(self, db_path: str | os.PathLike[str]) -> None:
        self.db_path = Path(db_path).expanduser().absolute()
        try:
            self._conn = _connect_existing(self.db_path, threads=True)
        except sqlite3.Error as exc:
            raise StoreError(
                f"Die Datenbank {self.db_path} kann nicht gelesen werden ({sqlite_reason(exc)})."
            ) from exc
        self._lock = threading.Lock()

    def _content_version(self) -> int:
        return content_version(self._conn)

    def backup(self, reason: str) -> Backup:
        with self._lock:
            try:
                version = self._content_version()
            except sqlite3.Error as exc:
                raise StoreError(
                    f"Die Datenbank {self.db_path} kann nicht gesichert werden "
                    f"({sqlite_reason(exc)})."
                ) from exc
            b = create_backup(self.db_path, self._conn, reason)
            _remember_backed_up_content(self.db_path, version)
            return b

    def check(self) -> None:
        """The window's quick integrity check at start (in the worker thread: ~0.3 s on a
        ten-year archive). Raises CorruptDatabaseError naming the latest backup."""
        with self._lock:
            try:
                rows = self._conn.execute("PRAGMA quick_check").fetchall()
            except (sqlite3.Error, UnicodeDecodeError) as exc:
                text = str(exc).lower()
                if "locked" in text or "busy" in text:
                    return  # a write of the window in the way: the next start checks
                raise damaged_error(
                    self.db_path, "" if "malformed" in text else sqlite_reason(exc)
                ) from exc
        verdict = "; ".join(str(r[0]) for r in rows[:3])
        if verdict != "ok":
            error: CorruptDatabaseError = damaged_error(self.db_path, verdict)
            raise error

    def needs_backup(self) -> bool:
        """Whether the content changed since the newest backup (or there is none)."""
        with self._lock:
            try:
                version = self._content_version()
            except sqlite3.Error:
                return True
            if backed_up_content(self.db_path) != version:
                return True
            return latest_backup(self.db_path) is None

    def backup_if_changed(self, reason: str) -> Backup | None:
        """Back up unless the content is what the newest backup holds."""
        if not self.needs_backup():
            return None
        return self.backup(reason)

    def periodic(self) -> Backup | None:
        return self.backup_if_changed("timer")

    def close(self) -> None:
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._conn.close()


def backup_hint(path: Path) -> str:
    """Where the latest backup of a damaged database is and how to bring it back."""
    from .. import paths

    try:
        backup = latest_backup(path)
    except OSError:
        backup = None
    if backup is None:
        return " Eine Sicherung dieser Datenbank gibt es nicht."
    db_option = [] if path.absolute() == paths.default_db_path() else ["--db", str(path)]
    command = paths.command_hint(*db_option, "restore", str(backup.path))
    return (
        f" Die letzte Sicherung ist vom {backup.created:%d.%m.%Y um %H:%M} Uhr: {backup.path}. "
        f"Wiederherstellen mit {command} oder im "
        "Programmfenster über „Sicherung wiederherstellen …“."
    )


def damaged_error(path: Path, detail: str = "") -> CorruptDatabaseError:
    """The German refusal for a database whose content SQLite reports as damaged."""
    found = f" (die Prüfung meldet: {detail[:200]})" if detail else ""
    return CorruptDatabaseError(
        f"Die Datenbank {path} ist beschädigt{found}. Protokollant schreibt nichts hinein, "
        "damit nichts weiter verloren geht. Bitte stellen Sie eine Sicherung wieder her."
        + backup_hint(path)
    )
