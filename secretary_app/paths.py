"""Where things live: platformdirs and the bundled resources, nothing else."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "secretary-app"
DB_FILENAME = "protokollant.sqlite"


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
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


def resources_dir() -> Path:
    """The `resources/` folder: inside a PyInstaller bundle or beside the package."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def demo_meeting_path() -> Path:
    return resources_dir() / "demo" / "reference-meeting.json"


def default_template_path() -> Path:
    return resources_dir() / "templates" / "protokoll.docx"
