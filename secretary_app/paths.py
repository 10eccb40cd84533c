"""Where things live: platformdirs and the bundled resources, nothing else."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "secretary-app"
DB_FILENAME = "protokollant.sqlite"


def _xdg_home(variable: str, default: str) -> str | None:
    """On Linux, the XDG base directory platformdirs names, without loading it (it loads
    `tempfile`: ~5 ms of the first frame); None where only platformdirs knows (elsewhere, or
    without an absolute HOME). `tests/test_paths.py` holds both equal."""
    if not sys.platform.startswith("linux"):
        return None
    given = os.environ.get(variable, "")
    if given.startswith("/"):
        return given
    home = os.environ.get("HOME", "")
    return home.rstrip("/") + default if home.startswith("/") else None


def data_dir() -> Path:
    base = _xdg_home("XDG_DATA_HOME", "/.local/share")
    if base is not None:
        return Path(base, APP_NAME)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    base = _xdg_home("XDG_STATE_HOME", "/.local/state")
    if base is not None:
        return Path(base, APP_NAME, "log")
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def documents_dir() -> Path:
    """The user's documents folder (exports go below it unless the settings say otherwise)."""
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def backup_dir() -> Path:
    return data_dir() / "backups"


def program_command() -> str:
    """What a person types to start this program's command line: in the Windows bundle the
    console twin `protokollant-cli.exe` beside the window program (the installer puts neither
    on PATH, so its full path), in another bundle the bundle's program, else the command that
    installing the package `secretary-app` provides."""
    if not getattr(sys, "frozen", False):
        return APP_NAME
    if sys.platform == "win32":
        import ntpath

        return ntpath.join(ntpath.dirname(sys.executable), "protokollant-cli.exe")
    return sys.executable


# characters that need no quotes in cmd.exe, PowerShell and a POSIX shell alike
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:/\\+")


def command_line(*args: str) -> str:
    """The program's command with `args`, as one line to paste into a terminal: on Windows
    for cmd.exe and PowerShell (double quotes, which both read alike for a path; PowerShell
    wants „& “ before a quoted program, see `command_hint`), elsewhere for a POSIX shell."""
    words = [program_command(), *args]
    if sys.platform != "win32":
        import shlex

        return shlex.join(words)
    # (a quoted word's trailing backslashes are doubled: before a quote they would escape it)
    return " ".join(
        w if w and set(w) <= _PLAIN else '"' + w + "\\" * (len(w) - len(w.rstrip("\\"))) + '"'
        for w in words
    )


def command_hint(*args: str) -> str:
    """„command“, with PowerShell's „& “ named where the program's path needs quotes."""
    line = command_line(*args)
    if line.startswith('"'):
        return f"„{line}“ (in der PowerShell mit „& “ davor)"
    return f"„{line}“"


def resources_dir() -> Path:
    """The `resources/` folder: inside a PyInstaller bundle or beside the package."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def bundled_dictionaries() -> Path:
    """The German Hunspell dictionary the program ships (`hunspell/de_DE.*` below), read in
    place: Hunspell never writes beside it."""
    return resources_dir() / "dictionaries"


def demo_meeting_path() -> Path:
    return resources_dir() / "demo" / "reference-meeting.json"


def default_template_path() -> Path:
    return resources_dir() / "templates" / "protokoll.docx"


def personal_word_list() -> Path:
    """The secretary's own words for the spelling check ("Zum Wörterbuch hinzufügen")."""
    return data_dir() / "woerterbuch.txt"
