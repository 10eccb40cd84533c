"""Where the database and the log live on Linux: what platformdirs says, without loading it."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from secretary_app import paths

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG on Linux")

ENVIRONMENTS = [
    {"HOME": "/home/sekretariat"},
    {"HOME": "/home/sekretariat/"},
    {"HOME": "/home/s", "XDG_DATA_HOME": "/daten", "XDG_STATE_HOME": "/zustand/"},
    {"HOME": "/home/s", "XDG_DATA_HOME": "", "XDG_STATE_HOME": ""},
    {"HOME": "/home/s", "XDG_DATA_HOME": "relativ/daten", "XDG_STATE_HOME": "~/zustand"},
    {"HOME": "relativ", "XDG_DATA_HOME": "/daten"},
    {"XDG_DATA_HOME": "/daten", "XDG_STATE_HOME": "/zustand"},
]


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
