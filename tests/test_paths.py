"""Where the database and the log live: on Linux what platformdirs says, without loading it; on
Windows in the user's local application data (%LOCALAPPDATA%), never beside the program."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs
import pytest

from secretary_app import paths

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG on Linux")

ENVIRONMENTS = [
    {"HOME": "/home/sekretariat"},
    {"HOME": "/home/sekretariat/"},
    {"HOME": "/home/s", "XDG_DATA_HOME": "/daten", "XDG_STATE_HOME": "/zustand/"},
    {"HOME": "/home/s", "XDG_DATA_HOME": "", "XDG_STATE_HOME": ""},
    {"HOME": "/home/s", "XDG_DATA_HOME": "relativ/daten", "XDG_STATE_HOME": "~/zustand"},
    {"HOME": "relativ", "XDG_DATA_HOME": "/daten"},
    {"XDG_DATA_HOME": "/daten", "XDG_STATE_HOME": "/zustand"},
]


@linux_only
@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_data_and_log_folders_are_where_platformdirs_puts_them(monkeypatch, environment):
    for name in ("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    expected_data = Path(platformdirs.user_data_dir(paths.APP_NAME, appauthor=False))
    expected_log = Path(platformdirs.user_log_dir(paths.APP_NAME, appauthor=False))
    assert paths.data_dir() == expected_data
    assert paths.log_dir() == expected_log
    assert paths.default_db_path() == expected_data / "protokollant.sqlite"


@pytest.mark.skipif(sys.platform != "win32", reason="Windows' known folders")
def test_on_windows_everything_lives_in_the_users_local_application_data(monkeypatch):
    """The real folders (conftest.py redirects them for every other test): the database, its
    backups and the log below %LOCALAPPDATA%\\secretary-app, exports in her Documents."""
    for name in ("LOCAL_APPDATA", "APPDATA", "PERSONAL"):
        monkeypatch.delenv(f"WIN_PD_OVERRIDE_{name}", raising=False)
    local = Path(os.environ["LOCALAPPDATA"])
    assert paths.data_dir() == local / "secretary-app"
    assert paths.default_db_path() == local / "secretary-app" / "protokollant.sqlite"
    assert paths.backup_dir() == local / "secretary-app" / "backups"
    assert paths.log_dir() == local / "secretary-app" / "Logs"
    assert paths.documents_dir().parent == Path(os.environ["USERPROFILE"])


@pytest.mark.skipif(sys.platform != "win32", reason="Windows' known folders")
def test_on_windows_the_tests_folders_are_redirected(tmp_path):
    """Every test runs with its own folders (conftest.py), none of them the user's."""
    local = Path(os.environ["LOCALAPPDATA"])
    for folder in (paths.data_dir(), paths.log_dir(), paths.documents_dir()):
        assert local not in folder.parents, folder
        assert Path(os.environ["WIN_PD_OVERRIDE_LOCAL_APPDATA"]).parent in folder.parents
