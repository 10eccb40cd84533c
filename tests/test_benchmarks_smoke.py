"""The benchmark script works: a quick run on tiny data produces every row with numbers.

No timing is asserted here (speed is judged by `make bench`, not by the test suite).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EXPECTED_ROWS = {
    "start-up to window ready for typing, demo meeting",
    "start-up with --demo (fresh throw-away database)",
    "start-up on the archive",
    "start-up until the whole window is built (agenda, tally, attendance, menus)",
    "keystroke in the minutes editor, saving on",
    "save one edited paragraph",
    "one extract (Protokollauszug)",
    "all extracts of a meeting",
    "minutes (Niederschrift)",
    "open a meeting and switch items, archive",
    "open a meeting, store only, archive",
    "integrity check before the first write, archive",
    "switch to another meeting and its items, archive",
    "peak memory, 100-item meeting open",
    "two-word search, archive",
    "one-word search in compounds",
    "search index size, archive",
    "build the search index once, archive",
    "meeting switch, GUI thread in the backup scheduler, nothing typed, archive",
    "meeting switch after typing, GUI thread in the backup scheduler, archive",
    "one backup of the archive on disk",
}


def _has_dbstat() -> bool:
    """Whether this SQLite has the dbstat table the index size is measured with (python.org's
    Windows build of SQLite has not)."""
    import sqlite3

    try:
        sqlite3.connect(":memory:").execute("SELECT count(*) FROM dbstat").fetchone()
    except sqlite3.OperationalError:
        return False
    return True


def test_quick_benchmark_run_produces_every_row(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--quick", "--output", str(output)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(output.read_text("utf-8"))
    rows = {r["name"]: r for r in result["rows"]}
    expected = EXPECTED_ROWS if _has_dbstat() else EXPECTED_ROWS - {"search index size, archive"}
    assert set(rows) == expected, proc.stderr[-3000:]
    for name, row in rows.items():
        assert row["samples"], name
        assert row["baseline_samples"], name
        for key in ("median", "min", "max", "baseline_median", "ratio"):
            assert isinstance(row[key], float) and math.isfinite(row[key]), (name, key)
            assert row[key] > 0, (name, key)
        assert row["met"] in (True, False), name
    # the table on stdout names every row, with the machine it ran on
    for name in expected:
        assert name in proc.stdout
    assert result["machine"]["python"] and result["machine"]["cores"]
    # the keystroke row reports its p99, the window really had a text editor focused
    assert rows["keystroke in the minutes editor, saving on"]["extra"]["p99_ms"] > 0
    assert rows["start-up to window ready for typing, demo meeting"]["extra"]["focus"]


def test_reader_benchmark_quick_run(tmp_path: Path) -> None:
    """benchmarks/bench_readers.py (issue 14) measures every case at three sizes."""
    output = tmp_path / "readers.json"
    proc = subprocess.run(
        [sys.executable, "benchmarks/bench_readers.py", "--quick", "--json", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(output.read_text("utf-8"))
    assert len(rows) == 18 and all(isinstance(r["seconds"], float) for r in rows)
    assert all(r["outcome"].startswith(("read", "refused: ")) for r in rows)


def test_oparl_papers_benchmark_quick_run() -> None:
    """benchmarks/bench_oparl_papers.py (issue 27): every item finds its paper beside it."""
    proc = subprocess.run(
        [sys.executable, "benchmarks/bench_oparl_papers.py", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    rows = proc.stdout.strip().splitlines()
    assert len(rows) == 2 and all(r.endswith("read, 100 items, 100 with a paper") for r in rows)
