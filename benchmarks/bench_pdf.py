"""PDF of the minutes: the program's conversion against a cold `soffice --convert-to pdf`.

    .venv/bin/python benchmarks/bench_pdf.py [--rounds N]

Both convert the same written minutes (40 items × 30 paragraphs, reference layout). The
baseline is LibreOffice started from nothing with a fresh profile, as a city's IT would try it
by hand; the program's is `documents.convert_to_pdf`, as export "als PDF" calls it. Rounds
alternate (baseline, program, baseline, …) so a busy machine colours both alike. The first
program conversion of the run is reported apart: it is the one she waits for first.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> int:
    from benchmarks.archive import make_meeting
    from secretary_app.documents import write_minutes
    from secretary_app.documents.pdf import convert_to_pdf, find_soffice

    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    soffice = find_soffice()
    if soffice is None:
        print("LibreOffice (soffice) is not installed: nothing to measure.")
        return 1
    folder = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    try:
        minutes = write_minutes(make_meeting(40, 30, seed=3), folder / "minutes.docx")
        started = time.perf_counter()
        convert_to_pdf(minutes, folder / "first.pdf")
        first = time.perf_counter() - started
        cold: list[float] = []
        ours: list[float] = []
        for n in range(args.rounds):
            profile = folder / f"profile-{n}"
            started = time.perf_counter()
            subprocess.run(
                [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                 "--norestore", "--convert-to", "pdf", "--outdir", str(folder / "cold"),
                 str(minutes)],
                capture_output=True, check=False,
            )  # fmt: skip
            cold.append(time.perf_counter() - started)
            started = time.perf_counter()
            convert_to_pdf(minutes, folder / f"ours-{n}.pdf")
            ours.append(time.perf_counter() - started)
        ratio = statistics.median(ours) / statistics.median(cold)
        print(f"| PDF of the minutes (40 × 30) | cold soffice --convert-to pdf | "
              f"first {first:.2f} s; then median {statistics.median(ours):.2f} s "
              f"(min {min(ours):.2f}, max {max(ours):.2f}) | "
              f"median {statistics.median(cold):.2f} s | {ratio:.2f}× | "
              "≤ 1.5 s after the first |")  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
