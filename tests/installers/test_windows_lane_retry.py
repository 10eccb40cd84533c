"""The Windows lane runs a step again only when Wine failed to start a child process.

CI once failed in PyInstaller's hook-lxml with `OSError: [WinError 1359] Internal error`
from subprocess.Popen under Wine: the emulator's, not the project's. The lane retries such a
step, says so, and still fails at once on every other error.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

LANE = Path(__file__).resolve().parents[2] / "ci" / "windows_lane.py"


@pytest.fixture()
def lane(monkeypatch):
    spec = importlib.util.spec_from_file_location("windows_lane_under_test", LANE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "wait_wineserver", lambda: None)
    return module


def scripted(lane, monkeypatch, outcomes):
    calls = []

    def fake_wine(cmd, **kw):
        calls.append((list(cmd), kw))
        return outcomes[len(calls) - 1]

    monkeypatch.setattr(lane, "wine", fake_wine)
    return calls


WINE_FAILURE = (
    1,
    'File "subprocess.py", line 1538, in _execute_child\nOSError: [WinError 1359] Internal error',
)


def test_a_wine_start_failure_runs_the_step_again_and_says_so(lane, monkeypatch, capsys):
    calls = scripted(lane, monkeypatch, [WINE_FAILURE, (0, "built")])
    assert lane.wine_again("PyInstaller", ["python.exe", "-m", "PyInstaller"]) == (0, "built")
    assert len(calls) == 2
    assert all(kw["check"] is False for _, kw in calls)
    assert lane.RETRIES == ["PyInstaller (attempt 2)"]
    assert "Wine could not start a child process" in capsys.readouterr().out


def test_any_other_failure_fails_the_lane_at_once(lane, monkeypatch):
    calls = scripted(lane, monkeypatch, [(1, "ModuleNotFoundError: No module named 'docx'")])
    with pytest.raises(SystemExit, match="FAILED \\(1\\): PyInstaller"):
        lane.wine_again("PyInstaller", ["python.exe"])
    assert len(calls) == 1
    assert lane.RETRIES == []


def test_the_lane_gives_up_after_three_wine_start_failures(lane, monkeypatch):
    calls = scripted(lane, monkeypatch, [WINE_FAILURE] * 5)
    with pytest.raises(SystemExit, match="FAILED \\(1\\): Inno Setup"):
        lane.wine_again("Inno Setup", ["ISCC.exe"])
    assert len(calls) == lane.ATTEMPTS == 3


def test_tests_that_failed_on_a_wine_start_run_again_alone(lane, monkeypatch):
    runs = []
    first = (
        1,
        "FAILED tests/test_crash_safety.py::test_kill - OSError: [WinError 1359] Internal error\n"
        "1 failed, 1020 passed in 300.00s",
    )
    outcomes = [first, (0, "1 passed in 20.00s")]

    def fake(args, minutes):
        runs.append(list(args))
        return outcomes[len(runs) - 1]

    monkeypatch.setattr(lane, "pytest_under_wine", fake)
    summary = lane.suite([])
    assert runs[1] == ["tests/test_crash_safety.py::test_kill"]
    assert summary == "1 failed, 1020 passed in 300.00s; 1 passed again"
    assert lane.RETRIES == ["test suite: tests/test_crash_safety.py::test_kill"]


def test_a_test_that_fails_for_its_own_reason_fails_the_lane(lane, monkeypatch):
    runs = []

    def fake(args, minutes):
        runs.append(args)
        return 1, "FAILED tests/test_x.py::test_y - assert 2 == 3\n1 failed, 1020 passed"

    monkeypatch.setattr(lane, "pytest_under_wine", fake)
    with pytest.raises(SystemExit, match="exit code 1"):
        lane.suite([])
    assert len(runs) == 1
