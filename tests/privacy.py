"""What "private" means on each system, for the tests: only the user may open the file."""

from __future__ import annotations

import stat
import sys
from pathlib import Path


def assert_private(path: Path) -> None:
    """Only the current user may open `path`: mode 0600 (a folder: 0700) on POSIX; on Windows,
    where modes mean nothing, an access list that lets her in and nobody else. (Wine lists the
    SYSTEM account, 'SY', on every file: the operating system itself, as on Windows.)"""
    if sys.platform == "win32":
        from secretary_app import winacl

        allowed = winacl.allowed_sids(path)
        assert allowed - {"SY"} == {winacl.current_user_sid()}, winacl.dacl_text(path)
    else:
        expected = 0o700 if path.is_dir() else 0o600
        assert oct(stat.S_IMODE(path.stat().st_mode)) == oct(expected), path


def is_private(path: Path) -> bool:
    try:
        assert_private(path)
    except AssertionError:
        return False
    return True
