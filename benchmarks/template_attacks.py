"""What each hostile template costs before it is refused: wall time and peak memory.

    .venv/bin/python benchmarks/template_attacks.py [--markdown]

Each attack of `tests/documents/test_template_safety.py` runs in a fresh Python process that
imports the writer, builds the template and runs `template check` and one extract export with
it, as the secretary's "Vorlage prüfen" and export would. The baseline is the same process with
a correct template (the reference layout's extract). Peak memory is the child's maximum
resident set size (Linux/macOS); the report goes to docs/vorlagen-sicherheit.md by hand.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, {root!r})
from secretary_app.documents import DocumentError, check_template, layout_files, write_extract
from tests.documents.conftest import rich_meeting

paragraphs = json.loads(sys.argv[1])
folder = Path(tempfile.mkdtemp(prefix="attack-"))
if paragraphs:
    from tests.documents.template_helpers import template_with

    template = template_with(folder, *paragraphs, name="t.docx")
else:
    template = layout_files("referenz")["auszug"]
meeting = rich_meeting.__wrapped__()
started = time.perf_counter()
findings = check_template(template, "auszug")
try:
    write_extract(meeting, meeting.item("2"), folder / "a.docx", template=template)
    written = True
except DocumentError:
    written = False
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": elapsed, "peak_mb": peak, "written": written,
                  "finding": str(findings[0]) if findings else ""}}))
"""


def _attacks() -> list[tuple[str, list[str]]]:
    sys.path.insert(0, str(ROOT))
    from tests.documents.test_template_safety import BOUNDED, ESCAPES

    out: list[tuple[str, list[str]]] = [("(correct template: the baseline)", [])]
    for expression in ESCAPES:
        out.append((expression, ["{{ top.titel }}", expression.replace("CANARY", "x")]))
    for paragraphs in BOUNDED:
        out.append((" ¶ ".join(paragraphs), ["{{ top.titel }}", *paragraphs]))
    out.append(("2,000 nested {% if %}", ["{% if true %}" * 2000 + "x" + "{% endif %}" * 2000]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    code = CHILD.format(root=str(ROOT))
    rows = []
    for label, paragraphs in _attacks():
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code, json.dumps(paragraphs)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        wall = time.perf_counter() - started
        try:
            result = json.loads(done.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            result = {"seconds": wall, "peak_mb": float("nan"), "written": None,
                      "finding": done.stderr[-300:]}  # fmt: skip
        rows.append((label, result))
        if not args.markdown:
            outcome = "GESCHRIEBEN" if result["written"] else "verweigert"
            print(f"{result['seconds']:7.2f} s {result['peak_mb']:7.0f} MB  "
                  f"{outcome}  {label[:60]}")  # fmt: skip
    if args.markdown:
        print("| template | check + export | peak memory | written? | the check says |")
        print("|---|---|---|---|---|")
        for label, r in rows:
            label_md = label.replace("|", "\\|")
            finding = r["finding"].split(" – im Text")[0].replace("|", "\\|")
            print(f"| `{label_md[:80]}` | {r['seconds']:.2f} s | {r['peak_mb']:.0f} MB | "
                  f"{'yes' if r['written'] else 'no'} | {finding[:140]} |")  # fmt: skip


if __name__ == "__main__":
    main()
