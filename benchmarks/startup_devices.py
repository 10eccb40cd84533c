"""What each start-up device saves: the start with all of them against the start with one
switched off (benchmarks/probe.py PROBE_WITHOUT=…), alternately, on the demo meeting.

    flock /work/.bench.lock .venv/bin/python benchmarks/startup_devices.py [ROUNDS]

Prints one line per device: median start-up with it, without it, and the difference (what it
saves). docs/performance.md ("Start-up devices") records the result; a device that saves less
than 3 ms is not worth the reading it costs and goes.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_startup import probe  # noqa: E402 (needs the path above)
from benchmarks.common import headless_platform  # noqa: E402
from benchmarks.probe import DEVICES  # noqa: E402


def main(rounds: int) -> int:
    folder = Path(tempfile.mkdtemp(prefix="bench-devices-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": headless_platform(),
        **{
            name: str(folder / name.lower())
            for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
        },
    }
    db = folder / "demo.sqlite"
    args = ["app", "--", "--db", str(db)]
    probe(["app", "--", "--demo", "--db", str(db)], env)  # the demo meeting, imported once
    for _ in range(2):
        probe(args, env)  # warm the file cache and the bytecode cache
    with_all: list[float] = []
    without: dict[str, list[float]] = {d: [] for d in DEVICES}
    saved: dict[str, list[float]] = {d: [] for d in DEVICES}  # per back-to-back pair
    for n in range(rounds):
        order = list(DEVICES) if n % 2 else list(reversed(DEVICES))
        for k, device in enumerate(order):  # all devices and one off, in turn which first
            off = dict(env, PROBE_WITHOUT=device)
            if (n + k) % 2:
                b = probe(args, off)["ms"]
                a = probe(args, env)["ms"]
            else:
                a = probe(args, env)["ms"]
                b = probe(args, off)["ms"]
            with_all.append(a)
            without[device].append(b)
            saved[device].append(b - a)
    base = statistics.median(with_all)
    print(f"with every device: median {base:.1f} ms ({len(with_all)} starts)")
    for device in DEVICES:
        print(
            f"{device:14s} off: median {statistics.median(without[device]):.1f} ms; "
            f"it saves {statistics.median(saved[device]):+.1f} ms (median of the pairs)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10))
