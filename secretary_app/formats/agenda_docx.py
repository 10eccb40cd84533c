"""The agenda part of an invitation written in Word (.docx): a table or numbered paragraphs.

The document is turned into Tagesordnung lines and read like pasted text: Word's automatic
numbering becomes the item number, a table's columns are found by its header row, and a
change in a table's "öffentlich" column becomes a part heading.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from .agenda_common import (
    AgendaFormatError,
    AgendaReadResult,
    clean,
    mb,
    public_cell,
)
from .agenda_csv import header_columns
from .agenda_text import read_text_agenda

# A Word invitation unpacks to a few MB; a "zip bomb" of 1 MB to 2 GB is refused unread.
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one part of the .docx (a picture), unpacked
MAX_XML_PART_BYTES = 16 * 1024 * 1024  # one XML part (the text: hundreds of pages), unpacked
MAX_UNPACKED_BYTES = 128 * 1024 * 1024  # all parts together, unpacked
MAX_MEMBERS = 2000

_AGENDA_HEADING = re.compile(r"^\s*(?:vorläufige\s+)?Tagesordnung\s*:?\s*$", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx_agenda(data: bytes, source: str, notes: list[str]) -> AgendaReadResult:
    """Read the agenda of a Word invitation; raises AgendaFormatError."""
    document = _open(data, source)
    lines = _lines(document, source, notes)
    start = next((i for i, ln in enumerate(lines) if _AGENDA_HEADING.match(ln)), None)
    if start is not None:
        lines = lines[start + 1 :]
    result = read_text_agenda("\n".join(lines), source, notes)
    result.fmt = "docx"
    return result


def _open(data: bytes, source: str) -> Any:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise AgendaFormatError(
            f"{source} ist im alten Word-Format (.doc). Bitte in Word als .docx speichern."
        )
    if not data.startswith(b"PK"):
        raise AgendaFormatError(f"{source} ist keine Word-Datei (.docx).")
    check_unpacked_size(data, source)
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    # python-docx and lxml raise many kinds of errors on damaged files; all mean the same here.
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise AgendaFormatError(
            f"{source} ist keine lesbare Word-Datei (.docx): beschädigt oder ein anderes Format."
        ) from exc
    except Exception as exc:  # noqa: BLE001 - lxml syntax errors and package errors
        raise AgendaFormatError(
            f"{source} ist keine lesbare Word-Datei (.docx): beschädigt oder ein anderes Format."
        ) from exc


def check_unpacked_size(data: bytes, source: str) -> None:
    """Refuse a .docx whose parts unpack to more than the limits, before anything is unpacked.

    The sizes come from the zip directory; zipfile never unpacks more than a part declares.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise AgendaFormatError(
            f"{source} ist keine lesbare Word-Datei (.docx): beschädigt oder ein anderes Format."
        ) from exc
    if len(infos) > MAX_MEMBERS:
        raise AgendaFormatError(
            f"{source} besteht aus {len(infos)} Teilen; eine Word-Einladung hat weit weniger "
            f"(Grenze: {MAX_MEMBERS} Teile)."
        )
    for info in infos:
        xml = info.filename.lower().endswith((".xml", ".rels"))
        limit = MAX_XML_PART_BYTES if xml else MAX_MEMBER_BYTES
        if info.file_size > limit:
            raise AgendaFormatError(
                f"{source}: Der Teil {info.filename[:60]} wäre entpackt {mb(info.file_size)} "
                f"groß (Grenze: {mb(limit)} je {'XML-Teil' if xml else 'Teil'}). Die Datei "
                "wurde nicht gelesen."
            )
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise AgendaFormatError(
            f"{source} wäre entpackt {mb(total)} groß (Grenze: {mb(MAX_UNPACKED_BYTES)}). "
            "Die Datei wurde nicht gelesen."
        )


def _lines(document: Any, source: str, notes: list[str]) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    counters: dict[str, list[int]] = {}
    auto_numbered = False
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = clean(block.text).strip()
            if not text:
                continue
            level = _numbering(block)
            if level is not None:
                num_id, ilvl = level
                counts = counters.setdefault(num_id, [0] * 9)
                counts[ilvl] += 1
                for deeper in range(ilvl + 1, 9):
                    counts[deeper] = 0
                number = ".".join(str(max(c, 1)) for c in counts[: ilvl + 1])
                text = f"{number}\t{text}"
                auto_numbered = True
            lines.append(text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block, source))
    if auto_numbered:
        notes.append("Nummern aus der automatischen Nummerierung von Word übernommen.")
    return lines


def _numbering(paragraph: Any) -> tuple[str, int] | None:
    """(numId, level) of an automatically numbered paragraph, else None."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    if num_pr is None:
        style = paragraph.style
        while style is not None and num_pr is None:
            s_pr = style.element.pPr
            num_pr = s_pr.numPr if s_pr is not None else None
            style = style.base_style
    if num_pr is None or num_pr.numId is None:
        return None
    num_id = str(num_pr.numId.val)
    if num_id == "0":
        return None
    ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    return num_id, max(0, min(int(ilvl), 8))


def _cell_texts(row: Any) -> list[str]:
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:  # a merged cell appears once per grid column
            continue
        seen.add(id(cell._tc))
        parts = [clean(p.text).strip() for p in cell.paragraphs]
        cells.append("\t".join(p for p in parts if p))
    return cells


def _table_lines(table: Any, source: str) -> list[str]:
    """Rows as Tagesordnung lines; a header row maps the columns."""
    lines: list[str] = []
    columns: dict[str, int] | None = None
    part: bool | None = None
    for r, row in enumerate(table.rows, start=1):
        cells = _cell_texts(row)
        if not any(cells):
            continue
        if columns is None:
            found = header_columns(cells)
            if found is not None:
                columns = found
                continue
        if columns is None or len([c for c in cells if c]) == 1:
            lines.append("\t".join(c for c in cells if c))
            continue

        def cell(name: str, cells: list[str] = cells, columns: dict[str, int] = columns) -> str:
            i = columns.get(name)
            return cells[i] if i is not None and i < len(cells) else ""

        if "public" in columns:
            raw = cell("public")
            if raw:
                flag = public_cell(raw, f"{source}, Tabellenzeile {r}")
                if flag != part:
                    lines.append("Öffentlicher Teil" if flag else "Nichtöffentlicher Teil")
                    part = flag
        number = cell("number").replace("\t", " ").strip()
        title = cell("title")
        paper = cell("paper").replace("\t", " ")
        if number and not re.match(r"^(?:TOP\s*)?[ÖN]?\s*\d", number, re.IGNORECASE):
            number = ""
        originator = cell("originator").replace("\t", ", ")
        if originator:
            title = f"{title} ({originator})"
        line = "\t".join(p for p in (number or "", title, paper) if p)
        if title and not number:
            line = "\t" + line  # no number: continues the item above
        lines.append(line)
    return lines
