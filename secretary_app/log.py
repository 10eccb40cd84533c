"""Logging to a rotating file in the user's log folder (and to stderr with --debug).

The log holds item titles and dialog texts, some of them from non-public items: the folder is
0700 and every log file 0600, also the ones rotation starts.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from typing import cast

from . import paths

_configured = False


def _private_on_windows(path: os.PathLike[str] | str) -> None:
    """Windows ignores the modes above: there an access list for the user alone does it."""
    if sys.platform == "win32":
        from .fileio import make_private  # (not at import: fileio loads tempfile)

        make_private(path)


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log file only its owner can read, rotated by size into `.1` … `.N`.

    Not `logging.handlers.RotatingFileHandler`: that module brings sockets, pickle and queues
    along (~15 ms and 1.6 MB at every start-up) for rotation that takes a dozen lines.
    """

    def __init__(self, filename: os.PathLike[str] | str, max_bytes: int, backups: int) -> None:
        self.max_bytes, self.backups = max_bytes, backups
        super().__init__(filename, encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file an earlier version created world-readable
        _private_on_windows(self.baseFilename)
        handle = os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)
        return cast(io.TextIOWrapper, handle)

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        stream = self.stream
        if stream is not None and stream.tell() >= self.max_bytes:
            self.doRollover()

    def doRollover(self) -> None:  # noqa: N802 (the name RotatingFileHandler gives it)
        """protokollant.log → .1, .1 → .2, …; the oldest beyond `backups` is removed."""
        self.acquire()
        try:
            if self.stream is not None:
                self.stream.close()
                self.stream = None
            for n in range(self.backups - 1, 0, -1):
                older = f"{self.baseFilename}.{n}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{n + 1}")
            if os.path.exists(self.baseFilename):
                os.replace(self.baseFilename, f"{self.baseFilename}.1")
            self.stream = self._open()
        finally:
            self.release()


def setup_logging(debug: bool = False) -> None:
    """Configure the root logger once; a log folder that cannot be written is not fatal."""
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)
        _private_on_windows(folder)
        handler: logging.Handler = PrivateRotatingFileHandler(
            folder / "protokollant.log", max_bytes=1_000_000, backups=5
        )
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError:
        # Logging is a convenience; without a log folder the program still works, and the
        # NullHandler keeps Python's last-resort handler from printing tracebacks at the user.
        root.addHandler(logging.NullHandler())
    if debug:
        err = logging.StreamHandler(sys.stderr)
        err.setFormatter(fmt)
        root.addHandler(err)
