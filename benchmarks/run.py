"""Every measurement behind docs/performance.md, in one command (`make bench`).

    .venv/bin/python benchmarks/run.py            # full run (≈ 3 minutes on 2 cores)
    .venv/bin/python benchmarks/run.py --quick    # smoke run on tiny data (seconds)
    .venv/bin/python benchmarks/run.py --only store

Each module (`bench_*.py`, `measure(quick) -> list[Row]`) runs in its own Python process, so
one module's imports, caches and heap do not colour the next. Every row carries its baseline,
measured in the same run; the table shows median, min, max, the baseline's median, the ratio of
the medians and whether the target is met. The rows also go to `benchmarks/results.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import headless_platform  # noqa: E402 (needs the path above)

MODULES = ("startup", "typing", "window", "store", "documents", "archive", "installed")
RESULTS = HERE / "results.json"


def _run_module(name: str, quick: bool, out: Path) -> None:
    """In the child process: measure one module and write its rows as JSON."""
    import importlib

    os.environ["QT_QPA_PLATFORM"] = headless_platform()
    module = importlib.import_module(f"benchmarks.bench_{name}")
    rows = module.measure(quick)
    out.write_text(
        json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=1), "utf-8"
    )


def _module_rows(name: str, quick: bool, timeout: float) -> list[dict[str, Any]]:
    """Run one module in a child process; a failure becomes a row that says so."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.json"
        cmd = [sys.executable, str(Path(__file__)), "--child", name, "--out", str(out)]
        if quick:
            cmd.append("--quick")
        env = dict(os.environ, QT_QPA_PLATFORM=headless_platform())
        # an installed app starts from cached bytecode; a development shell may forbid writing
        # it, which would make every start compile the whole package again (~100 ms)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        t = time.perf_counter()
        try:
            proc = subprocess.run(
                cmd, cwd=ROOT, env=env, timeout=timeout, capture_output=True, text=True
            )
            error = None if proc.returncode == 0 else (proc.stderr.strip() or proc.stdout)
        except subprocess.TimeoutExpired:
            error = f"timed out after {timeout:.0f} s"
            proc = None
        seconds = time.perf_counter() - t
        if proc is not None and proc.stderr and error is None:
            sys.stderr.write(proc.stderr)
        if error is None and out.exists():
            rows: list[dict[str, Any]] = json.loads(out.read_text("utf-8"))
            for r in rows:
                r["module"] = name
                r["module_seconds"] = round(seconds, 1)
            return rows
        last = (error or "no output").strip().splitlines()[-12:]
        return [{"module": name, "name": f"{name}: FAILED", "error": "\n".join(last)}]


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6
        from PySide6 import QtCore

        qt = f"Qt {QtCore.qVersion()}, PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "Qt not installed"
    import sqlite3

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "qt": qt,
        "sqlite": sqlite3.sqlite_version,
        "qpa": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }


def _fmt(value: Any, unit: str = "") -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "–"
    if isinstance(value, float):
        text = f"{value:.3g}" if abs(value) < 10 else f"{value:.0f}"
        if abs(value) < 0.01:
            text = f"{value:.4f}"
        return f"{text} {unit}".strip()
    return str(value)


_NOTES = ("meeting", "archive", "item", "files", "p99_ms", "baseline_p99_ms")  # shown in the table


def table(rows: list[dict[str, Any]]) -> str:
    """The rows as a Markdown table (what docs/performance.md shows)."""
    head = (
        "| measurement | median | min | max | baseline | baseline median | ratio | target | met |"
    )
    lines = [head, "|---|---:|---:|---:|---|---:|---:|---|---|"]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['name']} | – | – | – | – | – | – | – | error |")
            continue
        unit = r["unit"]
        met = {True: "yes", False: "**no**", None: "–"}[r["met"]]
        name = r["name"]
        notes = [
            f"{key.removesuffix('_ms').replace('_', ' ')} {_fmt(r['extra'][key], unit)}"
            for key in _NOTES
            if key in r["extra"]
        ]
        if notes:
            name += " (" + "; ".join(notes) + ")"
        lines.append(
            f"| {name} | {_fmt(r['median'], unit)} | {_fmt(r['min'], unit)} | "
            f"{_fmt(r['max'], unit)} | {r['baseline']} | {_fmt(r['baseline_median'], unit)} | "
            f"{r['ratio']:.2f}× | {r['target']} | {met} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run on tiny data")
    parser.add_argument("--only", action="append", choices=MODULES, help="run only this module")
    parser.add_argument("--output", type=Path, default=None, help="where to write the JSON")
    parser.add_argument(
        "--table", action="store_true", help="print the table of the last results.json only"
    )
    parser.add_argument("--child", choices=MODULES, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _run_module(args.child, args.quick, args.out)
        return 0

    if args.table:
        last = json.loads((args.output or RESULTS).read_text("utf-8"))
        m = last["machine"]
        print(table(last["rows"]))
        print(
            f"\n{m['cores']} cores, {m['cpu']}, {m['system']}, Python {m['python']}, {m['qt']}, "
            f"SQLite {m['sqlite']}, QPA {m['qpa']}; {last['date']}, {last['seconds']:.0f} s"
        )
        return 0

    from benchmarks.archive import FULL_SIZE, archive_db

    started = time.perf_counter()
    archive_db(*((10, 5, 4) if args.quick else FULL_SIZE))  # build the cache outside any timing
    rows: list[dict[str, Any]] = []
    for name in args.only or MODULES:
        print(f"… {name}", file=sys.stderr, flush=True)
        rows.extend(_module_rows(name, args.quick, timeout=120 if args.quick else 240))
    seconds = time.perf_counter() - started
    result = {
        "quick": args.quick,
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "seconds": round(seconds, 1),
        "machine": machine(),
        "rows": rows,
    }
    # only a full run replaces results.json (docs/performance.md); partial ones go to out/
    if args.output:
        output = args.output
    elif args.quick or args.only:
        output = HERE / "out" / ("results-quick.json" if args.quick else "results-partial.json")
    else:
        output = RESULTS
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")
    m = result["machine"]
    if hasattr(sys.stdout, "reconfigure"):  # Windows' cp1252 lacks → (a pipe, a file)
        sys.stdout.reconfigure(errors="replace")
    print(table(rows))
    print(
        f"\n{m['cores']} cores, {m['cpu']}, Python {m['python']}, {m['qt']}, "
        f"SQLite {m['sqlite']}, QPA {m['qpa']}; {seconds:.0f} s in all → {output}"
    )
    for r in rows:
        if "error" in r:
            print(f"\n{r['name']}\n{r['error']}", file=sys.stderr)
    return 1 if any("error" in r for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
