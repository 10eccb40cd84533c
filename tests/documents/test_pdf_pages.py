"""The PDF keeps together what the document keeps together: no page ends with a heading, a
"Beschluss:" or the first line of a vote or signature block, in any layout.

LibreOffice honours Word's "keep with next" (`w:keepNext`) as Word does; a block split in the
PDF was a paragraph that did not carry it. This reads the converted pages (pdftotext, one page
per form feed) and checks the last line of every page but the last against the document's own
keep-with-next paragraphs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from benchmarks.archive import make_meeting
from secretary_app.documents import LAYOUTS, pdf, write_minutes
from secretary_app.settings import Settings

from .conftest import read_docx
from .test_layouts import _keep_next

pytestmark = pytest.mark.skipif(
    pdf.find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and pdftotext",
)
FOOTER = re.compile(r"^(Seite \d+( von \d+)?|- ?\d+ ?-|\d+)$")


def _pages(path: Path) -> list[list[str]]:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in text.split("\f"):
        lines = [" ".join(line.split()) for line in page.splitlines()]
        lines = [line for line in lines if line and not FOOTER.match(line)]
        if lines:
            pages.append(lines)
    return pages


@pytest.mark.parametrize("layout", [layout.name for layout in LAYOUTS])
def test_no_page_ends_with_what_keeps_with_the_next(layout, tmp_path):
    meeting = make_meeting(14, 5, seed=7)
    written = write_minutes(
        meeting, tmp_path / f"{layout}.docx", settings=Settings(layout=layout, place="Potsdam")
    )
    paragraphs = read_docx(written).paragraphs
    loose = {  # lines of paragraphs that may end a page (the agenda lists the papers too)
        " ".join(line.split())
        for p in paragraphs
        if not _keep_next(p)
        for line in p.text.split("\n")
    }
    kept = {
        " ".join(p.text.split())
        for p in paragraphs
        if p.text.strip() and _keep_next(p) and len(p.text) <= 70  # one line on the page
    } - loose
    assert kept, "the layout keeps nothing together: nothing was checked"
    pages = _pages(pdf.convert_to_pdf(written))
    assert len(pages) >= 3, "too short a document to test page ends"
    split = [(n + 1, page[-1]) for n, page in enumerate(pages[:-1]) if page[-1] in kept]
    assert split == [], f"{layout}: page ends with a line kept with the next: {split}"
