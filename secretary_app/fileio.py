"""The one place that reads and writes files for the program.

- `read_bytes_german` / `read_text_german`: read a file; every OS fault becomes a `KnownError`
  (or the caller's subclass) with a German message naming the path; an optional size limit.
- `decode_json_german` / `load_json_german`: JSON with German messages for encoding and syntax
  faults, too-deep nesting and over-long integers.
- `write_private_atomic`: the file is either old or new, never half written; it is private
  (mode 0600 from its creation on, on Windows an access list for the user alone; an existing
  file never gets wider rights than it had), its bytes and its folder entry are on the disk
  when the function returns.
- `make_private_folder` / `make_private`: folders and files only the user may open.

No Qt here; nothing but the standard library.
"""

from __future__ import annotations

import errno
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from .errors import KnownError, os_reason

_JSON_REASONS = {
    "Expecting value": "Wert erwartet",
    "Expecting ',' delimiter": "Komma erwartet",
    "Expecting property name enclosed in double quotes": "Schlüssel in Anführungszeichen erwartet",
    "Unterminated string starting at": "Zeichenkette nicht abgeschlossen",
    "Extra data": "zusätzlicher Inhalt nach dem Ende",
    "Expecting ':' delimiter": "Doppelpunkt erwartet",
    "Invalid control character at": "ungültiges Steuerzeichen",
}


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def read_bytes_german(
    path: Path,
    *,
    limit: int | None = None,
    what: str = "Datei",
    error: type[KnownError] = KnownError,
) -> bytes:
    """The bytes of `path`; a missing, unreadable or too large file raises `error` in German.

    `what` names the kind of file in the size message ("zu groß für eine Tagesordnung").
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise error(f"{path} ist ein Ordner, keine Datei.")
        if limit is not None:
            size = path.stat().st_size
            if size > limit:
                raise error(
                    f"Die Datei {path} ist mit {_mb(size)} zu groß für eine {what} "
                    f"(Grenze: {_mb(limit)})."
                )
        with open(path, "rb") as handle:
            data = handle.read() if limit is None else handle.read(limit + 1)
        if limit is not None and len(data) > limit:  # grew since stat (or a device)
            raise error(f"Die Datei {path} ist zu groß für eine {what} (Grenze: {_mb(limit)}).")
        return data
    except FileNotFoundError as exc:
        raise error(f"Die Datei {path} gibt es nicht.") from exc
    except PermissionError as exc:
        raise error(f"Die Datei {path} darf nicht gelesen werden (fehlende Rechte).") from exc
    except IsADirectoryError as exc:
        raise error(f"{path} ist ein Ordner, keine Datei.") from exc
    except OSError as exc:
        raise error(f"Die Datei {path} kann nicht gelesen werden: {os_reason(exc)}.") from exc


def decode_utf8_german(data: bytes, source: str, *, error: type[KnownError] = KnownError) -> str:
    """UTF-8 bytes (with or without BOM) → text; anything else raises `error` in German."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(
            f"{source} ist keine UTF-8-Textdatei (Byte {exc.start}). "
            "Bitte speichern Sie die Datei als UTF-8."
        ) from exc


def read_text_german(
    path: Path,
    *,
    limit: int | None = None,
    what: str = "Datei",
    error: type[KnownError] = KnownError,
) -> str:
    """The UTF-8 text of `path` (a BOM is dropped); every fault raises `error` in German."""
    data = read_bytes_german(path, limit=limit, what=what, error=error)
    return decode_utf8_german(data, f"Die Datei {path}", error=error)


def json_reason(msg: str) -> str:
    """The German words for the JSON decoder's English message (unknown ones stay as they are)."""
    for en, de in _JSON_REASONS.items():
        if msg.startswith(en):
            return de
    return msg


def parse_json_german(text: str, source: str, *, error: type[KnownError] = KnownError) -> Any:
    """Text → JSON value, with German messages naming line and column of a syntax fault."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(
            f"{source} ist kein gültiges JSON: Zeile {exc.lineno}, Spalte {exc.colno}: "
            f"{json_reason(exc.msg)}."
        ) from exc
    except RecursionError as exc:
        raise error(f"{source} ist zu tief verschachtelt.") from exc
    except ValueError as exc:  # an integer of more than 4300 digits
        raise error(f"{source} enthält eine Zahl mit zu vielen Ziffern.") from exc


def decode_json_german(data: bytes, source: str, *, error: type[KnownError] = KnownError) -> Any:
    """UTF-8 bytes → JSON value, with German messages for encoding and syntax faults."""
    return parse_json_german(decode_utf8_german(data, source, error=error), source, error=error)


def load_json_german(
    path: Path,
    *,
    limit: int | None = None,
    what: str = "Datei",
    error: type[KnownError] = KnownError,
) -> Any:
    """The JSON value in the file `path`; every fault raises `error` with a German message."""
    data = read_bytes_german(path, limit=limit, what=what, error=error)
    return decode_json_german(data, f"Die Datei {path}", error=error)


def make_private(path: Path | str) -> None:
    """On Windows, let only the current user open `path` (a folder: also what is created in it
    later) — what mode 0600/0700 does elsewhere, where this does nothing. A drive without
    access control lists (FAT, some network shares) keeps its rights; that is logged."""
    if sys.platform != "win32":
        return
    from . import winacl

    try:
        winacl.owner_only(Path(path), inherit=os.path.isdir(path))
    except OSError as exc:
        import logging

        logging.getLogger(__name__).warning("cannot make %s private: %s", path, exc)


def make_private_folder(folder: Path) -> None:
    """Create `folder` and its parents (mode 0700 where POSIX modes exist).

    A file standing where a folder of the path should be raises `NotADirectoryError` naming
    that file, on every system: Linux says ENOTDIR itself, but Windows reports it as "the file
    exists" (for the file) or "the path was not found" (below it), which would read as a
    different fault. Other faults raise `OSError` as they come.
    """
    new = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if new:
            make_private(folder)
    except (FileExistsError, FileNotFoundError, NotADirectoryError) as exc:
        blocker = next(
            (p for p in reversed((folder, *folder.parents)) if p.exists() and not p.is_dir()),
            None,
        )
        if blocker is None:
            raise
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(blocker)) from exc


def private_mode(path: Path) -> int:
    """0600 for a new file; an existing file keeps at most its own rights (never wider)."""
    try:
        return os.stat(path).st_mode & 0o600
    except OSError:
        return 0o600


def fsync_folder(folder: Path) -> None:
    """Put a folder's entries (a rename, a new file) on the disk. Not possible on Windows,
    where the rename itself is durable once `MoveFileEx` returns."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network shares) refuse a folder's fsync
        pass
    finally:
        os.close(fd)


def write_private_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path`: the file is old or new, never half; private; on the disk.

    A temporary file in the same folder is created with mode 0600 (mkstemp), written and
    fsynced, given the target's (never wider) mode, renamed over `path` with `os.replace`
    (atomic on POSIX and Windows), then the folder is fsynced. Raises `OSError` with the
    temporary file removed; callers word the message (`errors.os_reason`).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    mode = private_mode(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".~{path.name[:40]}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode != 0o600:
            os.chmod(tmp_name, mode)
        else:
            make_private(tmp_name)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise
    fsync_folder(folder)
