"""The agenda as a table: CSV from Excel (`;` or `,`, UTF-8 or Windows-1252) and Word tables.

Columns number, title, paper, public (and optionally result), found by a German or English
header row; without a header the order number, title, paper, public is assumed.
"""

from __future__ import annotations

import csv
import io
import itertools
import re

from ..domain.model import AgendaItem
from .agenda_common import (
    MAX_ROWS,
    AgendaFormatError,
    AgendaReadResult,
    check_items,
    clean,
    de_number,
    public_cell,
    split_paper,
)

COLUMN_LABELS = {
    "number": "Nummer",
    "title": "Titel",
    "paper": "Drucksache",
    "public": "öffentlich",
    "outcome": "Ergebnis",
}
_HEADER_WORDS = {
    "number": {
        "nr",
        "nummer",
        "top",
        "topnr",
        "tagesordnungspunkt",
        "punkt",
        "lfdnr",
        "number",
        "no",
        "num",
        "item",
        "itemno",
        "agendaitem",
        "tag",
        "pos",
        "position",
    },
    "title": {
        "titel",
        "betreff",
        "gegenstand",
        "bezeichnung",
        "beratungsgegenstand",
        "thema",
        "title",
        "name",
        "subject",
        "topic",
        "inhalt",
        "tagesordnung",
        "text",
    },
    "paper": {
        "drucksache",
        "ds",
        "dsnr",
        "drs",
        "drsnr",
        "drucksachennr",
        "drucksachennummer",
        "vorlage",
        "vorlagennr",
        "vorlagennummer",
        "vorlagenr",
        "paper",
        "reference",
        "ref",
        "document",
        "vorgang",
        "aktenzeichen",
    },
    "public": {
        "öffentlich",
        "oeffentlich",
        "öff",
        "öffentlichkeit",
        "ön",
        "önö",
        "status",
        "public",
        "ispublic",
        "teil",
        "sitzungsteil",
        "part",
        "nö",
        "nichtöffentlich",
    },
    "outcome": {"ergebnis", "beschluss", "result", "outcome", "beschlussergebnis"},
    "originator": {
        "einreicher",
        "einreicherin",
        "antragsteller",
        "antragstellerin",
        "berichterstatter",
        "federführung",
        "originator",
        "submittedby",
    },
}
_NON_HEADER_PUBLIC = {"nö", "nichtöffentlich"}  # a column "nö" marks the non-public items


def _key(cell: str) -> str:
    return re.sub(r"[^\wäöüß]", "", cell.lower())


def header_columns(row: list[str]) -> dict[str, int] | None:
    """Map the columns of a header row; None if the row is not a header."""
    found: dict[str, int] = {}
    for i, cell in enumerate(row):
        k = _key(cell)
        for column, words in _HEADER_WORDS.items():
            if k in words and column not in found:
                found[column] = i
                break
    if "title" in found and len(found) >= 2:
        return found
    return None


def looks_like_csv(text: str) -> bool:
    """A header row with `;` or `,` — pasted Tagesordnung text never has one."""
    for line in text.splitlines()[:5]:
        if not line.strip():
            continue
        for delim in (";", ",", "\t"):
            if delim in line:
                cells = next(csv.reader([line], delimiter=delim), [])
                if header_columns(cells) is not None:
                    return True
        return False
    return False


def _sniff_delimiter(lines: list[str]) -> str:
    sample = [ln for ln in lines if ln.strip()][:20]
    best, best_score = ";", -1
    for delim in (";", ",", "\t"):
        counts = [ln.count(delim) for ln in sample]
        if not counts or min(counts) == 0:
            continue
        score = min(counts) * 10 - (max(counts) - min(counts))
        if score > best_score:
            best, best_score = delim, score
    if best_score < 0:
        header = sample[0] if sample else ""
        best = max((";", ",", "\t"), key=header.count)
    return best


def _csv_reason(exc: csv.Error) -> str:
    """The csv module's English reason in German."""
    text = str(exc)
    if "field larger than field limit" in text:
        return f"ein Feld ist länger als {de_number(csv.field_size_limit())} Zeichen"
    if "NUL" in text:
        return "sie enthält Nullzeichen (keine Textdatei?)"
    if "new-line character" in text:
        return "ein Zeilenumbruch steht in einem Feld ohne Anführungszeichen"
    return "die Anführungszeichen oder Trennzeichen passen nicht zusammen"


def read_csv_agenda(text: str, source: str, notes: list[str]) -> AgendaReadResult:
    """Parse CSV text; raises AgendaFormatError naming the line and column."""
    text = clean(text.replace("\r\n", "\n").replace("\r", "\n"))
    delim = _sniff_delimiter(text[:65536].split("\n")[:200])
    try:
        # one row beyond the limit is enough to know it is passed; the rest is never parsed
        reader = csv.reader(io.StringIO(text), delimiter=delim, strict=False)
        rows = list(itertools.islice(reader, MAX_ROWS + 1))
    except csv.Error as exc:
        raise AgendaFormatError(
            f"{source} ist keine lesbare CSV-Tabelle: {_csv_reason(exc)} (Zeile {reader.line_num})."
        ) from exc
    if len(rows) > MAX_ROWS:
        raise AgendaFormatError(
            f"{source} hat mehr als {de_number(MAX_ROWS)} Zeilen; das ist keine Tagesordnung "
            f"(Grenze: {de_number(MAX_ROWS)} Zeilen)."
        )
    numbered = [(i + 1, r) for i, r in enumerate(rows) if any(c.strip() for c in r)]
    items = records_to_items(numbered, source, notes, "Zeile")
    return AgendaReadResult(items=items, notes=notes, fmt="csv")


def records_to_items(
    rows: list[tuple[int, list[str]]], source: str, notes: list[str], unit: str
) -> list[AgendaItem]:
    """Table rows (with their line or row numbers) → items; header row optional."""
    if not rows:
        check_items([], notes, source)
    first = rows[0][1]
    columns = header_columns(first)
    inverted = False
    if columns is not None:
        rows = rows[1:]
        if "public" in columns:
            inverted = _key(first[columns["public"]]) in _NON_HEADER_PUBLIC
    else:
        columns = {"number": 0, "title": 1, "paper": 2, "public": 3}
        notes.append(
            "Keine Kopfzeile erkannt; angenommen wird die Spaltenfolge Nummer, Titel, "
            "Drucksache, öffentlich."
        )
    if "number" not in columns:
        notes.append("Keine Spalte mit Nummern; die Punkte werden 1, 2, 3 … durchgezählt.")
    if "public" not in columns:
        notes.append("Keine Spalte „öffentlich“; alle Punkte gelten als öffentlich.")
    items: list[AgendaItem] = []
    blank_public = 0
    for lineno, row in rows:

        def cell(column: str, row: list[str] = row) -> str:
            i = columns.get(column)
            if i is None or i >= len(row):
                return ""
            return " ".join(row[i].split())

        where = f"{source}, {unit} {lineno}"
        title = cell("title")
        if not title:
            if all(not c.strip() for c in row):
                continue
            raise AgendaFormatError(
                f"{where}: Spalte „{COLUMN_LABELS['title']}“ ist leer. Jeder Punkt braucht "
                "einen Titel."
            )
        if "number" in columns:
            number = cell("number").rstrip(".").strip()
            if number.upper().startswith("TOP"):
                number = number[3:].strip(" .:")
            if not number:
                raise AgendaFormatError(f"{where}: Spalte „Nummer“ ist leer.")
        else:
            number = str(len(items) + 1)
        paper = cell("paper")
        if not paper and "paper" not in columns:
            title, paper = split_paper(title)
        public = True
        if "public" in columns:
            raw = cell("public")
            if raw:
                parsed = public_cell(raw, where)
                public = not parsed if inverted else parsed
            elif not inverted:
                blank_public += 1
        if cell("originator"):  # kept with the title, as in the pasted text
            title = f"{title} ({cell('originator')})"
        items.append(
            AgendaItem(
                number=number, title=title, paper=paper, public=public, outcome=cell("outcome")
            )
        )
    if blank_public:
        notes.append(f"{blank_public} Punkt(e) ohne Angabe „öffentlich“ gelten als öffentlich.")
    check_items(items, notes, source)
    return items
