"""Time and peak memory of reading an OParl meeting with its papers beside it (issue 27).

    .venv/bin/python benchmarks/bench_oparl_papers.py                  # this checkout
    .venv/bin/python benchmarks/bench_oparl_papers.py --code /tmp/old  # another checkout
    .venv/bin/python benchmarks/bench_oparl_papers.py --quick          # small sizes, seconds

A meeting of 100 items whose items point only at a Consultation; the papers lie beside it as
one SessionNet-like list (a JSON array, each paper with two consultations, one of them of an
older meeting) of 1,000 to 10,000 papers, or as 300 single Paper files (SD.NET-like, the most
files the reader looks at). Each reading runs in a fresh process (see bench_readers.py); peak
memory is the peak resident size while reading minus the size before; the outcome counts the
items that got a paper reference. Not part of `make bench` (`run.py`).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # (Windows' embeddable Python adds no script dir)
from bench_readers import run_case  # one child process and one measure for every reader  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
T = "https://schema.oparl.org/1.1/"
B = "https://ris.example.org/oparl/bodies/1"
ITEMS = 100


def _meeting() -> dict[str, object]:
    return {
        "id": f"{B}/meetings/1",
        "type": T + "Meeting",
        "name": "3. Sitzung des Bauausschusses",
        "start": "2026-03-10T17:00:00+01:00",
        "agendaItem": [
            {
                "id": f"{B}/agendaitems/{n}",
                "type": T + "AgendaItem",
                "number": str(n),
                "name": f"Punkt {n}",
                "public": True,
                "consultation": f"{B}/consultations/{n}",
            }
            for n in range(1, ITEMS + 1)
        ],
    }


def _paper(n: int) -> dict[str, object]:
    """Paper n; the first ITEMS of them are on this meeting's agenda."""
    return {
        "id": f"{B}/papers/{n}",
        "type": T + "Paper",
        "name": f"Drucksache Nummer {n} über eine Angelegenheit der Stadtentwicklung",
        "reference": f"A{n:05d}/26",
        "paperType": "Beschlussvorlage",
        "underDirectionOf": [f"{B}/organizations/61"],
        "consultation": [
            {
                "id": f"{B}/consultations/{n}",
                "type": T + "Consultation",
                "agendaItem": f"{B}/agendaitems/{n}",
                "meeting": f"{B}/meetings/1",
            },
            {
                "id": f"{B}/consultations/{n}",  # the same id again, an older meeting
                "type": T + "Consultation",
                "agendaItem": f"{B}/agendaitems/{100000 + n}",
                "meeting": f"{B}/meetings/0",
            },
        ],
    }


def make_folder(folder: Path, papers: int, single_files: bool) -> Path:
    folder.mkdir(parents=True)
    meeting = folder / "sitzung.json"
    meeting.write_text(json.dumps(_meeting()), "utf-8")
    if single_files:
        for n in range(1, papers + 1):
            (folder / f"vorlage_{n:05d}.json").write_text(json.dumps(_paper(n)), "utf-8")
    else:
        values = [_paper(n) for n in range(1, papers + 1)]
        (folder / "drucksachen.json").write_text(json.dumps(values), "utf-8")
    return meeting


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose reader runs")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds per reading")
    args = parser.parse_args()
    cases = [(300, True), (1000, False), (5000, False), (10000, False)]
    if args.quick:
        cases = [(100, True), (200, False)]
    with tempfile.TemporaryDirectory(prefix="bench-oparl-") as tmp:
        for i, (papers, single) in enumerate(cases):
            meeting = make_folder(Path(tmp) / str(i), papers, single)
            size = sum(f.stat().st_size for f in meeting.parent.iterdir()) - meeting.stat().st_size
            shape = f"{papers} Paper files" if single else f"list of {papers} papers"
            r = run_case(args.code.resolve(), "oparl-papers", meeting, args.limit)
            seconds = f"{r['seconds']:.2f} s" if r["seconds"] is not None else "—"
            peak = f"+{r['peak_mb']:.0f} MB" if r["peak_mb"] is not None else "—"
            print(
                f"{shape:24} {size / 2**20:6.1f} MB  {seconds:>8}  peak {peak:>8}  {r['outcome']}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
