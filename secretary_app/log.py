"""Logging to a rotating file in the user's log folder (and to stderr with --debug)."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from . import paths

_configured = False


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
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
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
