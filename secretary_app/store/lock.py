"""One writer per database: an OS file lock on `<database>.lock`. No Qt.

The lock is `fcntl.flock` on POSIX and `msvcrt.locking` on Windows. Both belong to the open
file, so the operating system drops them when the holder ends in any way, a crash or SIGKILL
included: a stale lock file never blocks anyone. The file names the holder (pid, host, since)
for the message the second instance shows; its content is informative only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from pathlib import Path
from types import TracebackType

from ..errors import os_reason
from .errors import StoreError


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


def lock_path_for(db_path: str | os.PathLike[str]) -> Path:
    p = Path(db_path).expanduser().absolute()
    return p.with_name(p.name + ".lock")


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


def _holder_text(path: Path) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            fields = dict(line.split("=", 1) for line in f.read(4096).splitlines() if "=" in line)
    except OSError:
        return ""
    pid, host, since = fields.get("pid"), fields.get("host"), fields.get("since")
    if not pid:
        return ""
    where = f" auf dem Rechner „{host}“" if host and host != _hostname() else ""
    when = ""
    if since:
        try:
            when = f", geöffnet am {dt.datetime.fromisoformat(since):%d.%m.%Y um %H:%M} Uhr"
        except ValueError:
            when = ""
    return f" (Prozess {pid}{where}{when})"


class WriterLock:
    """The right to write to one database file; `acquire()` raises LockedError if taken."""

    def __init__(self, db_path: str | os.PathLike[str]) -> None:
        self.db_path = Path(db_path).expanduser().absolute()
        self.path = lock_path_for(self.db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> WriterLock:
        if self._fd is not None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except FileExistsError as exc:  # a file stands where a folder of the path should be
            raise StoreError(
                f"Die Datenbank {self.db_path} kann dort nicht liegen: ein Teil des Pfades ist "
                "kein Ordner. Bitte wählen Sie mit --db einen anderen Ort."
            ) from exc
        except PermissionError as exc:
            raise StoreError(
                f"Im Ordner {self.path.parent} darf Protokollant nicht schreiben (der Ordner ist "
                "schreibgeschützt). Bitte prüfen Sie die Rechte oder wählen Sie mit --db einen "
                "anderen Ort."
            ) from exc
        except OSError as exc:
            raise StoreError(
                f"Die Sperrdatei {self.path} kann nicht angelegt werden ({os_reason(exc)}). "
                "Bitte prüfen Sie den Ordner der Datenbank."
            ) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise LockedError(
                f"Die Datenbank {self.db_path} ist bereits in einem anderen Protokollant-Fenster "
                f"geöffnet{_holder_text(self.path)}. Es darf immer nur ein Programm gleichzeitig "
                "in eine Datenbank schreiben. Bitte arbeiten Sie im anderen Fenster weiter oder "
                "schließen Sie es zuerst."
            )
        self._fd = fd
        info = (
            f"pid={os.getpid()}\nhost={_hostname()}\n"
            f"since={dt.datetime.now().isoformat(timespec='seconds')}\n"
        )
        # The holder line is informative; the lock itself is what protects.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, info.encode("utf-8"))
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):  # closing the file drops the lock as well
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def acquire_writer_lock(db_path: str | os.PathLike[str]) -> WriterLock:
    """Take the one-writer lock of the database at `db_path` or raise LockedError."""
    return WriterLock(db_path).acquire()
