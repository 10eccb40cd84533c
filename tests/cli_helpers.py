"""Running the command line in-process, and comparing a database's content before and after."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from secretary_app.cli import main
from secretary_app.store import Store


def run_cli(*args: str, capsys: Any) -> tuple[int, str, str]:
    """`secretary-app ARGS` in this process: exit status, stdout, stderr."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def split_command(line: str) -> list[str]:
    """The arguments a program receives for a command line typed into a terminal: on Windows
    as cmd.exe hands it on (CommandLineToArgvW, the rule of every C runtime there), elsewhere
    as a POSIX shell splits it."""
    import sys

    if sys.platform != "win32":
        import shlex

        return shlex.split(line)
    import ctypes
    from ctypes import wintypes

    shell32 = ctypes.WinDLL("shell32")
    shell32.CommandLineToArgvW.restype = ctypes.POINTER(wintypes.LPWSTR)
    count = ctypes.c_int()
    argv = shell32.CommandLineToArgvW(ctypes.c_wchar_p(line), ctypes.byref(count))
    try:
        return [argv[i] for i in range(count.value)]
    finally:
        ctypes.windll.kernel32.LocalFree(argv)


def db_digest(db: Path) -> list:
    """Every row of every table of the database at `db`."""
    s = Store.open(db)
    try:
        return s.content_digest()
    finally:
        s.close()


def as_before_search(db: Path) -> None:
    """Turn a current database back into one written before search existed (schema 2)."""
    import sqlite3

    from secretary_app.store import schema

    conn = sqlite3.connect(db, isolation_level=None)
    try:
        schema.forget_search(conn)  # and m004's columns, which came between m003 and m005
    finally:
        conn.close()


def another_name(db: Path, kind: str) -> Path:
    """Another name for the database file in another folder: a symlink to it ("symlink"),
    to its folder ("folder-symlink"), or a hard link ("hardlink")."""
    import os

    folder = db.parent / "anderer-ordner"
    folder.mkdir(exist_ok=True)
    if kind in ("symlink", "folder-symlink"):
        link, target = (
            (folder / "alias.sqlite", db) if kind == "symlink" else (folder / "link", db.parent)
        )
        try:
            link.symlink_to(target, target_is_directory=target.is_dir())
        except OSError as exc:  # Windows: only with Developer Mode or administrator rights
            import pytest

            pytest.skip(f"this account cannot make symbolic links here ({exc})")
        if not link.resolve().exists():  # Wine 8.0 makes links that lead nowhere
            import pytest

            pytest.skip("this system's symbolic links lead nowhere")
        return link if kind == "symlink" else link / db.name
    os.link(db, folder / "hart.sqlite")
    return folder / "hart.sqlite"
