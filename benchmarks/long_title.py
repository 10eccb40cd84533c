"""The window's peak memory opening a meeting whose item title is huge (issue 23).

No reader takes such a title now (`domain/limits.py`), but an old database may hold one: the
title is written straight into the database, then the window is started on it the way she
starts it (it reopens the newest meeting), painted once on the laptop-sized offscreen screen
and saved as a picture (`--screenshot`). The title has no space, so nothing can wrap.

    python benchmarks/long_title.py                 # this checkout
    python benchmarks/long_title.py --code /work/main   # another checkout's code (before/after)

Run only under `flock /work/.bench.lock`. Prints one row per title length: peak resident
memory of the window process (VmHWM) and the seconds until the picture was written.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LENGTHS = (60, 20_000, 100_000, 1_000_000)

MAKE = r"""
import sys
from pathlib import Path
from secretary_app.formats import meeting_file
from secretary_app.store import Store
from secretary_app.store.meetings import import_meeting
db, length, demo = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
meeting = meeting_file.read_file(demo).meeting
meeting.agenda[0].title = ("Xx" * (length // 2 + 1))[:length]
store = Store.open(db)
import_meeting(store, meeting)
store.close()
"""

WINDOW = r"""
import atexit, sys, time
started = time.perf_counter()

def peak() -> None:
    with open("/proc/self/status") as f:
        kb = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    sys.__stderr__.write(f"@@ {kb} {time.perf_counter() - started:.2f}\n")

atexit.register(peak)
from secretary_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def measure(code: Path, length: int, folder: Path) -> dict[str, object]:
    env = dict(
        os.environ,
        PYTHONPATH=str(code),
        QT_QPA_PLATFORM=f"offscreen:configfile={HERE / 'offscreen-1366x768.json'}",
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_STATE_HOME=str(folder / "state"),
    )
    db = folder / f"titel-{length}.sqlite"
    demo = code / "resources" / "demo" / "reference-meeting.json"
    subprocess.run(
        [sys.executable, "-c", MAKE, str(db), str(length), str(demo)], env=env, cwd=code, check=True
    )
    picture = folder / f"titel-{length}.png"
    try:
        done = subprocess.run(
            [sys.executable, "-c", WINDOW, "--db", str(db), "--screenshot", str(picture)],
            env=env,
            cwd=code,
            capture_output=True,
            text=True,
            timeout=300,
        )
    except subprocess.TimeoutExpired:
        return {"title_chars": length, "peak_mb": None, "seconds": None, "outcome": "> 300 s"}
    line = next((x for x in done.stderr.splitlines() if x.startswith("@@ ")), "")
    if not line:
        return {
            "title_chars": length,
            "peak_mb": None,
            "seconds": None,
            "outcome": f"exit {done.returncode}: {done.stderr.strip()[-200:]}",
        }
    kb, seconds = line.split()[1:]
    return {
        "title_chars": length,
        "peak_mb": round(int(kb) / 1024, 1),
        "seconds": float(seconds),
        "outcome": "shown" if picture.exists() else f"exit {done.returncode}",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose code is run")
    parser.add_argument("--limit-mb", type=int, default=4096, help="address-space limit")
    args = parser.parse_args()
    import resource

    limit = args.limit_mb * 1024 * 1024  # a runaway layout is stopped, not the machine
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-long-title-") as tmp:
        for length in LENGTHS:
            rows.append(measure(args.code.resolve(), length, Path(tmp)))
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
