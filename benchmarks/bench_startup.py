"""Start-up and memory, each in fresh processes.

- start-up: from just before the parent starts `python … secretary-app --demo` to the moment the
  window is ready for typing (see `probe.py`), next to a bare PySide6 window holding one
  `QPlainTextEdit`, started and probed the same way.
- peak memory: the process's peak resident set (VmHWM) when the window is ready with a meeting
  of 100 items × 50 paragraphs open, next to the bare window.
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
from benchmarks.common import Row
from secretary_app.store import Store

PROBE = Path(__file__).resolve().parent / "probe.py"


def probe(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Start the probe; its report plus `ms`, the time from before the start to ready."""
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
    repeat = 2 if quick else 9
    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(folder / name.lower())  # no user's settings or database involved
    try:
        probe(["bare"], env)  # warm the file cache for both
        probe(["app", "--", "--demo"], env)
        app: list[dict[str, Any]] = []
        bare: list[dict[str, Any]] = []
        for _ in range(repeat):
            app.append(probe(["app", "--", "--demo"], env))
            bare.append(probe(["bare"], env))

        items, paragraphs = (5, 8) if quick else (100, 50)
        db = folder / "big.sqlite"
        store = Store.open(db)
        store.add_meeting(make_meeting(items, paragraphs, seed=2))
        store.close()
        big: list[dict[str, Any]] = []
        for _ in range(2 if quick else 3):
            big.append(probe(["app", "--", "--db", str(db)], env))
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    return [
        Row(
            name="start-up to window ready for typing, demo meeting",
            baseline="bare PySide6 window with a QPlainTextEdit",
            target="≤ 1.5×",
            unit="ms",
            samples=[r["ms"] for r in app],
            baseline_samples=[r["ms"] for r in bare],
            max_ratio=1.5,
            extra={"focus": app[-1]["focus"], "window": app[-1]["window"]},
        ),
        Row(
            name="peak memory, 100-item meeting open",
            baseline="bare PySide6 window with a QPlainTextEdit",
            target="≤ 1.5×",
            unit="MB",
            samples=[r["peak_rss_kb"] / 1024 for r in big],
            baseline_samples=[r["peak_rss_kb"] / 1024 for r in bare],
            max_ratio=1.5,
            extra={
                "meeting": f"{items} items × {paragraphs} paragraphs",
                "window": big[-1]["window"],
            },
        ),
    ]
