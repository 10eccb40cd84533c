"""Logging to a rotating file in the user's log folder (and to stderr with --debug).

The log holds item titles and dialog texts, some of them from non-public items: the folder is
0700 and every log file 0600, also the ones rotation starts.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
from typing import cast

from . import paths

_configured = False


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file an earlier version created world-readable
        handle = os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)
        return cast(io.TextIOWrapper, handle)


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
        handler: logging.Handler = _PrivateRotatingFileHandler(
            folder / "protokollant.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
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
