"""The documents: one extract, all extracts and the minutes of a 40-item × 30-paragraph meeting.

The floor is python-docx writing the same paragraphs with no logic, built the way the writer
builds a document: the template (the default layout's `auszug.docx` or `niederschrift.docx`)
read once and kept in memory (the writer keeps its template compiled), the package opened from
those bytes for each document, the body replaced by the paragraph texts the real writer produced
(read back from its output beforehand) in one XML parse (as the writer's rendered body), saved
with the same atomic, synced, private write. The ratio says what the writer's logic (context,
placeholders, styles, votes, dative wording, properties, checks) costs on top of what
python-docx and a safe write cost anyway — not what caching saves.
"""

from __future__ import annotations

import functools
import io
import shutil
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.archive import make_meeting
from benchmarks.common import Row, time_pair

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _texts(path: Path) -> list[str]:
    import docx

    return [p.text for p in docx.Document(str(path)).paragraphs]


@functools.lru_cache(maxsize=2)
def _template_bytes(kind: str) -> bytes:
    from secretary_app.documents import layout_files

    return layout_files("")[kind].read_bytes()  # type: ignore[index]


def _floor(texts: list[str], path: Path, kind: str = "auszug") -> None:
    """python-docx with no logic: the kept template, the paragraphs in one parse, save."""
    from xml.sax.saxutils import escape

    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    from secretary_app.fileio import write_private_atomic

    document = docx.Document(io.BytesIO(_template_bytes(kind)))
    body = document.element.body
    sect_pr = body.find(qn("w:sectPr"))
    for child in list(body):
        if child is not sect_pr:
            body.remove(child)
    paragraphs = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>' for text in texts
    )
    new_body = parse_xml(f'<w:body xmlns:w="{W_NS}">{paragraphs}</w:body>')
    for paragraph in list(new_body):
        if sect_pr is not None:
            sect_pr.addprevious(paragraph)
        else:
            body.append(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    write_private_atomic(path, buffer.getvalue())


def measure(quick: bool) -> list[Row]:
    from secretary_app.documents import write_all_extracts, write_extract, write_minutes

    items, paragraphs = (4, 6) if quick else (40, 30)
    repeat_one, repeat_all, repeat_minutes = (2, 1, 2) if quick else (15, 3, 7)
    meeting = make_meeting(items, paragraphs, seed=3)
    folder = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    try:
        # the item for "one extract": a public one with a vote, like 7.1 of the reference
        item = next(
            it for it in meeting.agenda if it.public and any(p.kind == "vote" for p in it.minutes)
        )
        one = folder / "one.docx"
        write_extract(meeting, item, one)  # warm-up: imports, template parsing
        one_texts = _texts(one)
        _floor(one_texts, folder / "floor-one.docx")  # warm-up as well: imports, the template
        one_samples, one_floor = time_pair(
            lambda: write_extract(meeting, item, one),
            lambda: _floor(one_texts, folder / "floor-one.docx"),
            repeat_one,
        )

        all_dir = folder / "all"
        all_dir.mkdir()
        write_all_extracts(meeting, all_dir)
        written = sorted(all_dir.glob("*.docx"))
        all_texts = [_texts(p) for p in written]

        def floor_all() -> None:
            for n, texts in enumerate(all_texts):
                _floor(texts, folder / f"floor-all-{n}.docx")

        all_samples, all_floor = time_pair(
            lambda: write_all_extracts(meeting, all_dir), floor_all, repeat_all
        )

        minutes = folder / "minutes.docx"
        write_minutes(meeting, minutes)
        minutes_texts = _texts(minutes)
        minutes_samples, minutes_floor = time_pair(
            lambda: write_minutes(meeting, minutes),
            lambda: _floor(minutes_texts, folder / "floor-minutes.docx", "niederschrift"),
            repeat_minutes,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    size = f"{items} items × {paragraphs} paragraphs"
    floor = "python-docx, same template (kept in memory) and paragraphs, no logic, same safe write"
    common: dict[str, Any] = {"unit": "ms", "target": "≤ 1.5×", "max_ratio": 1.5}
    all_row = Row(
        name="all extracts of a meeting",
        baseline=floor,
        samples=all_samples,
        baseline_samples=all_floor,
        extra={"meeting": size, "files": len(written)},
        **common,
    )
    all_row.target = "≤ 1.5×; < 2 s"
    all_row.limit = ("median", 2000.0)
    return [
        Row(
            name="one extract (Protokollauszug)",
            baseline=floor,
            samples=one_samples,
            baseline_samples=one_floor,
            extra={"item": f"TOP {item.number}", "paragraphs": len(one_texts)},
            **common,
        ),
        all_row,
        Row(
            name="minutes (Niederschrift)",
            baseline=floor,
            samples=minutes_samples,
            baseline_samples=minutes_floor,
            extra={"meeting": size, "paragraphs": len(minutes_texts)},
            **common,
        ),
    ]
