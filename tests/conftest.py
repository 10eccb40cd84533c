"""Shared test set-up: headless Qt, isolated user folders, the reference meeting."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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


@pytest.fixture(autouse=True)
def _every_written_document_is_valid(monkeypatch: pytest.MonkeyPatch):
    """Every .docx the documents package writes during a test passes the Open XML validator
    (openxml-audit, as `openxml-audit -q -m 0`) when the test ends, while it still exists."""
    from secretary_app import documents
    from secretary_app.documents import writer

    written: list[Path] = []
    original = writer.write_atomically

    def recording(path: Path, data: bytes) -> Path:
        result = original(path, data)
        if Path(path).suffix == ".docx":
            written.append(Path(path))
        return result

    monkeypatch.setattr(writer, "write_atomically", recording)
    monkeypatch.setattr(documents, "write_atomically", recording)
    yield
    from tests.docx_validator import errors

    seen: set[bytes] = set()
    for path in written:
        if not path.is_file():
            continue  # the test removed it or replaced it by a folder
        content = path.read_bytes()
        if content in seen:
            continue
        seen.add(content)
        found = errors(path)
        assert found == [], f"Open XML validator: {path.name}: {found}"


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


@pytest.fixture
def small_filesystem(tmp_path: Path):
    """A 2 MB tmpfs, mounted for the test (needs root on Linux; skipped elsewhere)."""
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a size-limited filesystem needs root on Linux")
    mnt = tmp_path / "small"
    mnt.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mnt)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"mount not permitted here: {done.stderr!r}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


@pytest.fixture(autouse=True)
def _no_converter_outlives_its_test():
    """A test that made a PDF leaves no LibreOffice running for the next (each test starts as
    the program does: without a kept converter)."""
    yield
    kept = sys.modules.get("secretary_app.documents.kept_converter")
    if kept is not None:
        kept.shutdown()
