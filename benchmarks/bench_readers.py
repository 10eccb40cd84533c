"""Time and peak memory of the agenda and meeting-file readers on big inputs (issue 14).

    .venv/bin/python benchmarks/bench_readers.py                   # this checkout
    .venv/bin/python benchmarks/bench_readers.py --code /tmp/old    # another checkout ("before")
    .venv/bin/python benchmarks/bench_readers.py --quick            # tiny sizes, seconds

Each case is read at three sizes, each reading in a fresh Python process (so that one input's
heap does not colour the next) with a time limit. Peak memory is the process's peak resident
size while reading minus its size before (after the imports; the input file is read inside the
measured call, as when the secretary opens it). A reader that refuses the input with its limit
message counts as "refused"; the time is then the time until the refusal.

Not part of `make bench` (`run.py`): these rows compare two versions of the code, not this
version with a baseline.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LINE = "Fortsetzung des Titels mit einigen Wörtern über den Haushalt der Stadt und mehr\n"


def _text_one_item(n: int) -> bytes:
    """The issue's shape: one item and n continuation lines (≈ 80 bytes each)."""
    return ("1 Erster Punkt\n" + LINE * n).encode()


def _text_one_item_short(n: int) -> bytes:
    """The same with short lines (20 bytes), as from a narrow table column: many more joins."""
    return ("1 Erster Punkt\n" + "Wort Wort Wort Wort\n" * n).encode()


def _text_items(k: int) -> bytes:
    """A valid agenda: 2000 items (the limit) with k continuation lines each."""
    return "".join(
        f"{1 + n // 100}.{n % 100 + 1} Punkt {n}\n" + LINE * k for n in range(2000)
    ).encode()


def _csv_rows(n: int) -> bytes:
    """Short rows (≈ 12 bytes), so that 10⁶ of them stay under the 20 MB file limit."""
    return ("Nr;Titel\n" + "".join(f"{i};Punkt\n" for i in range(n))).encode()


def _meeting_file(n: int) -> bytes:
    items = [{"number": str(i), "title": f"Punkt {i}", "public": True} for i in range(n)]
    value = {
        "format": "secretary-app/meeting",
        "version": 1,
        "committee": {"name": "Hauptausschuss"},
        "meeting": {"number": 1, "date": "2025-01-01"},
        "agenda": items,
    }
    return json.dumps(value).encode()


def _docx_bomb(size: int) -> bytes:
    """A .docx whose word/document.xml unpacks to `size` bytes (padded with spaces)."""
    import docx

    d = docx.Document()
    d.add_paragraph("Tagesordnung")
    d.add_paragraph("1 Eröffnung")
    buf = io.BytesIO()
    d.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data + b" " * (size - len(data))
            dst.writestr(info.filename, data)
    return out.getvalue()


MB = 1024 * 1024
CASES = {
    # name: (make input, suffix, reader, full sizes, quick sizes, size label)
    "text, one item + continuation lines": (
        _text_one_item,
        ".txt",
        "agenda",
        (16_000, 32_000, 64_000),
        (500, 1000, 2000),
    ),
    "text, one item + short continuation lines": (
        _text_one_item_short,
        ".txt",
        "agenda",
        (65_000, 130_000, 260_000),
        (500, 1000, 2000),
    ),
    "text, 2000 items with continuation lines": (
        _text_items,
        ".txt",
        "agenda",
        (8, 16, 32),
        (1, 2, 4),
    ),
    "CSV rows": (_csv_rows, ".csv", "agenda", (250_000, 500_000, 1_000_000), (100, 200, 400)),
    "meeting file items": (
        _meeting_file,
        ".json",
        "meeting",
        (10_000, 100_000, 1_000_000),
        (10, 20, 40),
    ),
    ".docx unpacking to": (
        _docx_bomb,
        ".docx",
        "agenda",
        (50 * MB, 100 * MB, 200 * MB),
        (MB, 2 * MB, 4 * MB),
    ),
}

CHILD = r"""
import json, sys, time
from pathlib import Path

def status_kb(key):
    # VmHWM (peak) starts afresh with the new process image; ru_maxrss would carry the
    # parent's peak over the fork
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0

reader, path = sys.argv[1], Path(sys.argv[2])
from secretary_app.errors import KnownError
from secretary_app.formats import agenda, agenda_csv, agenda_docx, agenda_text, meeting_file, oparl
import docx  # imported before the baseline, as in the running program
base = status_kb("VmRSS")
t = time.perf_counter()
outcome = "read"
try:
    if reader == "meeting":
        result = meeting_file.read_file(path)
        outcome = f"read, {len(result.meeting.agenda)} items"
    else:
        result = agenda.read_agenda(path)
        outcome = f"read, {len(result.items)} items"
        if reader == "oparl-papers":  # bench_oparl_papers.py: how many got their paper
            outcome += f", {sum(1 for i in result.items if i.paper)} with a paper"
except KnownError as exc:
    outcome = "refused: " + str(exc)[:110]
seconds = time.perf_counter() - t
peak = status_kb("VmHWM")
print(json.dumps({"seconds": seconds, "peak_mb": max(0, peak - base) / 1024, "outcome": outcome}))
"""


def run_case(code: Path, reader: str, path: Path, limit: float) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(code), QT_QPA_PLATFORM="offscreen")
    try:
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, reader, str(path)],
            cwd=code,
            env=env,
            capture_output=True,
            text=True,
            timeout=limit,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": None, "peak_mb": None, "outcome": f"still reading after {limit:g} s"}
    if proc.returncode != 0:
        return {"seconds": None, "peak_mb": None, "outcome": "crashed: " + proc.stderr[-200:]}
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "--code", type=Path, default=ROOT, help="checkout whose readers are measured"
    )
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds per reading")
    parser.add_argument("--only", help="run the cases whose name contains this")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-readers-") as tmp:
        for name, (make, suffix, reader, full, quick) in CASES.items():
            if args.only and args.only not in name:
                continue
            for size in quick if args.quick else full:
                data = make(size)
                path = Path(tmp) / f"input{suffix}"
                path.write_bytes(data)
                size_in = len(data)
                del data
                r = run_case(args.code.resolve(), reader, path, args.limit)
                path.unlink()
                label = f"{size / MB:.0f} MB unpacked" if name.startswith(".docx") else f"{size:,}"
                row = {"case": name, "size": label, "bytes": size_in, **r}
                rows.append(row)
                seconds = f"{r['seconds']:.2f} s" if r["seconds"] is not None else "—"
                peak = f"{r['peak_mb']:.0f} MB" if r["peak_mb"] is not None else "—"
                print(
                    f"{name:42} {label:>18} {size_in / MB:7.1f} MB in  {seconds:>9}  "
                    f"peak +{peak:>7}  {r['outcome']}",
                    flush=True,
                )
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
