"""One writer per database file, whatever its name. No Qt.

Two locks, both taken before the database is opened:
- `<real path>.lock` beside the database, the path with every symlink resolved: a second
  opener through a symlink (to the file or to a folder above it) meets the same lock file;
  so does another computer on a shared folder.
- the file's identity: a lock file named after its device and inode (on Windows the volume
  serial and file index, which `os.stat` reads with GetFileInformationByHandle) in this
  user's data folder, so a hard link (another name in any folder) meets it as well.

The locks are `fcntl.flock` on POSIX and `msvcrt.locking` on Windows. Both belong to the open
file, so the operating system drops them when the holder ends in any way, a crash or SIGKILL
included: a stale lock file never blocks anyone. The files name the holder (pid, host, since,
the name it opened) for the message the second instance shows; their content is informative.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from ..errors import os_reason
from ..fileio import make_private, make_private_folder
from .errors import StoreError

log = logging.getLogger(__name__)


def _hostname() -> str:
    """This computer's name (without importing `socket` on the way to the first frame)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


# Windows locks are mandatory: lock a byte far beyond the holder line, so it stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20


class LockedError(StoreError):
    """Another Protokollant instance is writing to the database."""


def real_path(db_path: str | os.PathLike[str]) -> Path:
    """The database's path with every symlink resolved (the file need not exist)."""
    p = Path(db_path).expanduser().absolute()
    try:
        return p.resolve()
    except (OSError, RuntimeError):  # a symlink loop: the name as given
        return p


def lock_path_for(db_path: str | os.PathLike[str]) -> Path:
    p = real_path(db_path)
    return p.with_name(p.name + ".lock")


def identity_lock_dir() -> Path:
    from .. import paths

    return paths.data_dir() / "sperren"


def identity_lock_path(db_path: str | os.PathLike[str]) -> Path | None:
    """The lock file of the database file's identity (device and inode); None while the file
    does not exist."""
    try:
        st = os.stat(real_path(db_path))
    except OSError:
        return None
    return identity_lock_dir() / f"{st.st_dev:x}-{st.st_ino:x}.lock"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _holder_text(path: Path, ours: Path) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            fields = dict(line.split("=", 1) for line in f.read(4096).splitlines() if "=" in line)
    except OSError:
        return ""
    pid, host, since = fields.get("pid"), fields.get("host"), fields.get("since")
    if not pid:
        return ""
    opened = fields.get("db", "")
    name = f", unter dem Namen „{opened}“" if opened and opened != str(ours) else ""
    where = f" auf dem Rechner „{host}“" if host and host != _hostname() else ""
    when = ""
    if since:
        try:
            when = f", geöffnet am {dt.datetime.fromisoformat(since):%d.%m.%Y um %H:%M} Uhr"
        except ValueError:
            when = ""
    return f" (Prozess {pid}{where}{when}{name})"


class WriterLock:
    """The right to write to one database file; `acquire()` raises LockedError if taken.

    `create`: a database that does not exist yet is created empty (mode 0600) so that its
    identity can be locked before anyone else could make a second name for it."""

    def __init__(self, db_path: str | os.PathLike[str], *, create: bool = True) -> None:
        self.db_path = Path(db_path).expanduser().absolute()
        self.path = lock_path_for(self.db_path)
        self._create = create
        self._fd: int | None = None
        self._identity: tuple[int, Path] | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> WriterLock:
        if self._fd is not None:
            return self
        fd = _open_lock_file(self.path, self.db_path)
        if not _try_lock(fd):
            os.close(fd)
            raise self._refusal(self.path)
        self._fd = fd
        _write_holder(fd, self.db_path)
        try:
            self._lock_identity()
        except BaseException:
            self.release()
            raise
        return self

    def _lock_identity(self) -> None:
        if self._create:
            _create_empty_database(real_path(self.db_path))
        while True:
            path = identity_lock_path(self.db_path)
            if path is None:
                return  # (not created: nothing to lock, nobody can open it either)
            try:
                make_private_folder(path.parent)
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:  # this account's data folder unusable: the path lock holds
                log.warning("no identity lock for %s: %s", self.db_path, exc)
                return
            if not _try_lock(fd):
                os.close(fd)
                raise self._refusal(path)
            try:  # the file may have been removed by its last holder in the meantime
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except OSError:
                same = False
            if same:
                self._identity = (fd, path)
                _write_holder(fd, self.db_path)
                return
            os.close(fd)

    def _refusal(self, lock_file: Path) -> LockedError:
        return LockedError(
            f"Die Datenbank {self.db_path} ist bereits in einem anderen Protokollant-Fenster "
            f"geöffnet{_holder_text(lock_file, self.db_path)}. Es darf immer nur ein Programm "
            "gleichzeitig in eine Datenbankdatei schreiben, auch unter einem anderen Namen "
            "(Verknüpfung). Bitte arbeiten Sie im anderen Fenster weiter oder schließen Sie "
            "es zuerst."
        )

    def release(self) -> None:
        identity, self._identity = self._identity, None
        if identity is not None:
            fd, path = identity
            with contextlib.suppress(OSError):  # not on Windows (open files stay)
                os.unlink(path)
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)
        fd_, self._fd = self._fd, None
        if fd_ is None:
            return
        with contextlib.suppress(OSError):  # closing the file drops the lock as well
            _unlock(fd_)
        os.close(fd_)

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _open_lock_file(path: Path, db_path: Path) -> int:
    try:
        make_private_folder(path.parent)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        make_private(path)
        return fd
    except NotADirectoryError as exc:  # a file stands where a folder of the path should be
        raise StoreError(
            f"Die Datenbank {db_path} kann dort nicht liegen: ein Teil des Pfades ist "
            f"kein Ordner ({exc.filename} ist eine Datei). Bitte wählen Sie mit --db einen "
            "anderen Ort."
        ) from exc
    except PermissionError as exc:
        raise StoreError(
            f"Im Ordner {path.parent} darf Protokollant nicht schreiben (der Ordner ist "
            "schreibgeschützt). Bitte prüfen Sie die Rechte oder wählen Sie mit --db einen "
            "anderen Ort."
        ) from exc
    except OSError as exc:
        raise StoreError(
            f"Die Sperrdatei {path} kann nicht angelegt werden ({os_reason(exc)}). "
            "Bitte prüfen Sie den Ordner der Datenbank."
        ) from exc


def _write_holder(fd: int, db_path: Path) -> None:
    info = (
        f"pid={os.getpid()}\nhost={_hostname()}\n"
        f"since={dt.datetime.now().isoformat(timespec='seconds')}\ndb={db_path}\n"
    )
    # The holder line is informative; the lock itself is what protects.
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, info.encode("utf-8"))


def _create_empty_database(path: Path) -> None:
    """An empty, private database file (SQLite reads a 0-byte file as an empty database)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        make_private(path)
    except (FileExistsError, IsADirectoryError):
        pass  # there already (a folder there is refused when the store opens it)
    except OSError as exc:
        raise StoreError(
            f"Die Datenbank {path} kann nicht angelegt werden ({os_reason(exc)}). Bitte "
            "prüfen Sie die Rechte oder wählen Sie mit --db einen anderen Ort."
        ) from exc


def acquire_writer_lock(db_path: str | os.PathLike[str]) -> WriterLock:
    """Take the one-writer lock of the database at `db_path` or raise LockedError."""
    return WriterLock(db_path).acquire()
