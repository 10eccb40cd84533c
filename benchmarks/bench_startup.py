"""Start-up and memory, each in fresh processes.

- start-up: from just before the parent starts `python … secretary-app` to the moment the
  window is ready for typing (see `probe.py`), next to a bare PySide6 window holding one
  `QPlainTextEdit`, started and probed the same way, alternately. Three starts of the app:
  the daily one (a database that holds the demo meeting, opened where the secretary left it),
  `--demo` as documented (a fresh throw-away database each time: schema, import), and the
  ten-year archive (its newest meeting, 40 items × 30 paragraphs). The window's first frame is
  the editor with the current item; the panes follow right after its first paint: a fourth row
  times the daily start until the whole window is built.
- peak memory: the process's peak resident set (VmHWM) when the whole window is built with a
  meeting of 100 items × 50 paragraphs open, next to the bare window.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.archive import make_meeting
from benchmarks.common import Row, headless_platform
from secretary_app.store import Store

PROBE = Path(__file__).resolve().parent / "probe.py"


def probe(args: list[str], env: dict[str, str], complete: bool = False) -> dict[str, Any]:
    """Start the probe; its report plus `ms`, the time from before the start to ready.

    `complete`: ready only once the whole window is built (the panes follow the first frame)."""
    if complete:
        env = dict(env, PROBE_UNTIL_COMPLETE="1")
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, str(PROBE), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"probe {' '.join(args)} failed ({proc.returncode}): {proc.stderr[-2000:]}"
        )
    report: dict[str, Any] = json.loads(lines[-1])
    if not report["ready_for_typing"]:
        raise RuntimeError(f"window never ready for typing (focus: {report['focus']})")
    report["ms"] = (report["ready"] - started) * 1000
    return report


def measure(quick: bool) -> list[Row]:
    from benchmarks.archive import FULL_SIZE, archive_db

    repeat = 2 if quick else 15
    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM=headless_platform())
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(folder / name.lower())  # no user's settings or database involved
    archive = archive_db(*((10, 5, 4) if quick else FULL_SIZE))
    demo_db = folder / "demo.sqlite"
    daily = ["app", "--", "--db", str(demo_db)]
    fresh = ["app", "--", "--demo"]
    on_archive = ["app", "--", "--db", str(archive)]
    # the probe ends each `--demo` window at once, before it can remove its throw-away folder
    demo_folders = set(Path(tempfile.gettempdir()).glob("protokollant-demo-*"))
    runs: dict[str, list[dict[str, Any]]] = {
        "daily": [],
        "fresh": [],
        "archive": [],
        "bare": [],
        "complete": [],
    }
    try:
        probe(["app", "--", "--demo", "--db", str(demo_db)], env)  # the demo, imported once
        for args in (["bare"], daily, fresh, on_archive):
            probe(args, env)  # warm the file cache (and Python's bytecode cache)
        for _ in range(repeat):
            # the bare window before each start of the app: as many baseline samples as
            # app samples, each taken next to one (a machine that gets busier or quieter
            # during the run touches both alike)
            runs["bare"].append(probe(["bare"], env))
            runs["daily"].append(probe(daily, env))
            runs["bare"].append(probe(["bare"], env))
            runs["fresh"].append(probe(fresh, env))
            runs["bare"].append(probe(["bare"], env))
            runs["archive"].append(probe(on_archive, env))
            runs["bare"].append(probe(["bare"], env))
            runs["complete"].append(probe(daily, env, complete=True))
            # the window starts a backup of the archive (135 MB) on opening and the probe ends
            # the process mid-copy: drop the partial copy and let the disk settle, untimed,
            # so that the next start does not pay for this one's writes
            shutil.rmtree(archive.parent / "backups", ignore_errors=True)
            if hasattr(os, "sync"):  # (Windows has none)
                os.sync()

        items, paragraphs = (5, 8) if quick else (100, 50)
        db = folder / "big.sqlite"
        store = Store.open(db)
        store.add_meeting(make_meeting(items, paragraphs, seed=2))
        store.close()
        # memory with the whole window built, not only its first frame
        big = [
            probe(["app", "--", "--db", str(db)], env, complete=True)
            for _ in range(2 if quick else 3)
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        for left in set(Path(tempfile.gettempdir()).glob("protokollant-demo-*")) - demo_folders:
            shutil.rmtree(left, ignore_errors=True)
        # the window's backup on opening lands next to the database
        shutil.rmtree(archive.parent / "backups", ignore_errors=True)

    bare = [r["ms"] for r in runs["bare"]]
    common: dict[str, Any] = {
        "baseline": "bare PySide6 window with a QPlainTextEdit",
        "target": "≤ 1.5×",
        "unit": "ms",
        "baseline_samples": bare,
        "max_ratio": 1.5,
    }
    return [
        Row(
            name="start-up to window ready for typing, demo meeting",
            samples=[r["ms"] for r in runs["daily"]],
            extra={"focus": runs["daily"][-1]["focus"], "window": runs["daily"][-1]["window"]},
            **common,
        ),
        Row(
            name="start-up with --demo (fresh throw-away database)",
            samples=[r["ms"] for r in runs["fresh"]],
            extra={"focus": runs["fresh"][-1]["focus"], "window": runs["fresh"][-1]["window"]},
            **common,
        ),
        Row(
            name="start-up on the archive",
            samples=[r["ms"] for r in runs["archive"]],
            extra={
                "focus": runs["archive"][-1]["focus"],
                "window": runs["archive"][-1]["window"],
                "archive": "500 meetings × 40 items × 30 paragraphs" if not quick else "tiny",
            },
            **common,
        ),
        Row(
            name="start-up until the whole window is built (agenda, tally, attendance, menus)",
            samples=[r["ms"] for r in runs["complete"]],
            extra={"focus": runs["complete"][-1]["focus"]},
            baseline="bare PySide6 window with a QPlainTextEdit",
            # no slower than the window built in one go was before the first frame (2.2–2.4×)
            target="≤ 2.5×",
            unit="ms",
            baseline_samples=bare,
            max_ratio=2.5,
        ),
        Row(
            name="peak memory, 100-item meeting open",
            baseline="bare PySide6 window with a QPlainTextEdit",
            target="≤ 1.5×",
            unit="MB",
            samples=[r["peak_rss_kb"] / 1024 for r in big],
            baseline_samples=[r["peak_rss_kb"] / 1024 for r in runs["bare"]],
            max_ratio=1.5,
            extra={
                "meeting": f"{items} items × {paragraphs} paragraphs",
                "window": big[-1]["window"],
            },
        ),
    ]
