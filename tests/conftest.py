"""Shared test set-up: headless Qt, isolated user folders, the reference meeting."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "reference-meeting.json"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--long", action="store_true", help="run long versions (crash harness: 200)")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test away from the real user's data, log and config folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("HOME", str(home))
    yield


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A private copy of the reference meeting file."""
    target = tmp_path / "reference-meeting.json"
    shutil.copy(DEMO, target)
    return target


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def store(db_path: Path):
    from secretary_app.store import Store

    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def demo_meeting():
    """The reference meeting as domain objects."""
    from secretary_app.formats import meeting_file

    return meeting_file.read_file(DEMO).meeting
