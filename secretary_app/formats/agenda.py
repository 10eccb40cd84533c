"""Bringing an agenda in: pasted Tagesordnung text, CSV, OParl 1.1 and the invitation .docx.

`read_agenda` is the one entry point. Every reader either returns all items it read, with
German notes on what it assumed, or raises `AgendaFormatError` naming the line or JSON path;
nothing is ever half read. No Qt here.

This module only detects the format and dispatches; what the readers share lives in
`agenda_common` (re-exported here for callers), so the readers never import this module.
"""

from __future__ import annotations

import re
from pathlib import Path

from .agenda_common import (
    FORMATS,
    MAX_BYTES,
    MAX_ITEMS,
    MAX_LINE_CHARS,
    MAX_NOTES,
    MAX_ROWS,
    MAX_TITLE_CHARS,
    AgendaFormatError,
    AgendaReadResult,
    check_item_count,
    check_items,
    check_unicode,
    clean,
    de_number,
    decode_text,
    mb,
    paper_only,
    parse_public,
    public_cell,
    read_source,
    split_paper,
)

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "MAX_ITEMS",
    "MAX_ROWS",
    "MAX_LINE_CHARS",
    "MAX_TITLE_CHARS",
    "MAX_NOTES",
    "de_number",
    "mb",
    "AgendaFormatError",
    "AgendaReadResult",
    "paper_only",
    "split_paper",
    "parse_public",
    "public_cell",
    "clean",
    "decode_text",
    "read_source",
    "check_item_count",
    "check_unicode",
    "check_items",
    "detect_format",
    "detect_text_format",
    "read_agenda",
    "looks_like_agenda",
]

# -- detection and dispatch ----------------------------------------------------------------

_SUFFIX_FORMAT = {
    ".txt": "text",
    ".text": "text",
    ".csv": "csv",
    ".json": "oparl",
    ".docx": "docx",
    ".tsv": "csv",
}


def detect_format(data: bytes, name: str = "") -> str:
    """Guess the format from the file name, else from the content."""
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in _SUFFIX_FORMAT:
        return _SUFFIX_FORMAT[suffix]
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")):
        return "oparl"
    text = data[:8192].decode("utf-8-sig", errors="replace")
    from .agenda_csv import looks_like_csv

    return "csv" if looks_like_csv(text) else "text"


def detect_text_format(text: str) -> str:
    """Pasted text: OParl JSON, CSV with a header, or the Tagesordnung as text."""
    head = text.lstrip()
    if head.startswith(("{", "[{")) or re.match(r"\[\s*\{", head[:200]):
        return "oparl"
    from .agenda_csv import looks_like_csv

    return "csv" if looks_like_csv(text) else "text"


def read_agenda(
    source: bytes | str | Path, fmt: str | None = None, meeting: str | None = None
) -> AgendaReadResult:
    """Read an agenda from a file (Path), file content (bytes) or pasted text (str).

    `fmt` is one of "text", "csv", "oparl", "docx", or None to detect it; `meeting` chooses
    one meeting of an OParl file that lists several. Raises `AgendaFormatError` with a German
    message (`oparl.MeetingListError` when a meeting must be chosen); never returns part of
    an agenda.
    """
    if fmt is not None and fmt not in FORMATS:
        raise AgendaFormatError(f"Unbekanntes Format „{fmt}“. Möglich sind: {', '.join(FORMATS)}.")
    notes: list[str] = []
    base_dir: Path | None = None
    if isinstance(source, Path):
        label = f"Die Datei {source.name}"
        data = read_source(source)
        base_dir = source.parent
        fmt = fmt or detect_format(data, source.name)
        text: str | None = None
    elif isinstance(source, bytes):
        label = "Die Eingabe"
        data = source
        if len(data) > MAX_BYTES:
            raise AgendaFormatError(
                f"Die Eingabe ist mit {mb(len(data))} zu groß für eine Tagesordnung "
                f"(Grenze: {mb(MAX_BYTES)})."
            )
        fmt = fmt or detect_format(data)
        text = None
    else:
        label = "Der eingefügte Text"
        if len(source) > MAX_BYTES:
            raise AgendaFormatError(
                f"Der eingefügte Text ist mit {de_number(len(source))} Zeichen zu lang für eine "
                f"Tagesordnung (Grenze: {de_number(MAX_BYTES)} Zeichen)."
            )
        check_unicode(source, label)  # a broken clipboard can hand over a lone surrogate
        text = source
        data = b""
        fmt = fmt or detect_text_format(text)
    try:
        result = _dispatch(fmt, data, text, label, notes, base_dir, meeting)
    except RecursionError as exc:
        raise AgendaFormatError(f"{label} ist zu tief verschachtelt.") from exc
    result.fmt = fmt
    if len(result.notes) > MAX_NOTES:  # one note per line of a long paste helps nobody
        more = len(result.notes) - MAX_NOTES
        result.notes[MAX_NOTES:] = [f"… und {more} weitere Hinweise dieser Art."]
    return result


def _dispatch(
    fmt: str,
    data: bytes,
    text: str | None,
    label: str,
    notes: list[str],
    base_dir: Path | None,
    meeting: str | None = None,
) -> AgendaReadResult:
    if fmt == "docx":
        if text is not None:
            raise AgendaFormatError("Eine Word-Datei kann nicht als Text eingefügt werden.")
        from .agenda_docx import read_docx_agenda

        return read_docx_agenda(data, label, notes)
    if text is None:
        text = decode_text(data, label, notes)
    if fmt == "csv":
        from .agenda_csv import read_csv_agenda

        return read_csv_agenda(text, label, notes)
    if fmt == "oparl":
        from .oparl import read_oparl_agenda

        return read_oparl_agenda(text, label, notes, base_dir=base_dir, meeting_id=meeting)
    from .agenda_text import read_text_agenda

    return read_text_agenda(text, label, notes)


def looks_like_agenda(text: str) -> bool:
    """Whether clipboard text is worth showing as an agenda: at least two items read."""
    if not text.strip() or len(text) > 200_000:
        return False
    try:
        return len(read_agenda(text).items) >= 2
    except AgendaFormatError:
        return False
