"""The formal documents as Word files: Protokollauszug (one item) and Niederschrift (minutes).

Written from a layout: two Word templates with placeholders (`TEMPLATES.md`, rendered with
docxtpl) that a city edits in Word; shipped layouts live in `resources/templates/layouts/`.
A template without placeholders is a style template (the older kind): its named styles are
filled with the built-in wording. python-docx is imported only when a document is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from ..domain.model import AgendaItem, AuditEntry, Meeting
from ..errors import os_reason
from ..settings import Settings
from . import german
from .content import extract_blocks, minutes_blocks
from .errors import DocumentError
from .layouts import (
    DEFAULT_LAYOUT,
    LAYOUTS,
    Layout,
    TemplateKind,
    check_template,
    law_warnings,
    layout_files,
    prepared,
    shipped_layouts,
)
from .pdf import PdfError, convert_to_pdf
from .render import Finding, TemplateRefused
from .writer import (
    document_bytes,
    fill,
    load_template,
    read_template,
    set_properties,
    write_atomically,
)

__all__ = [
    "DEFAULT_LAYOUT",
    "LAYOUTS",
    "DocumentError",
    "Finding",
    "Layout",
    "PdfError",
    "TemplateKind",
    "TemplateRefused",
    "check_template",
    "convert_to_pdf",
    "extract_filename",
    "law_warnings",
    "layout_files",
    "shipped_layouts",
    "template_path",
    "write_all_extracts",
    "write_extract",
    "write_minutes",
]

# besides what file systems refuse: direction and invisible format characters (a right-to-left
# override turns "…‮cod.exe" into what reads as "…exe.doc")
_UNSAFE = re.compile(
    r'[\s<>:"/\\|?*\x00-\x1f\x7f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+'
)
_LEVEL = re.compile(r"(\d+)(.*)")
MAX_FILENAME = 120  # characters, ".docx" included: safe on every file system and in a zip


def template_path(
    settings: Settings | None = None,
    template: Path | None = None,
    *,
    kind: TemplateKind = "auszug",
    layout: str | None = None,
) -> Path:
    """The template to use: the explicit one, else the configured style template, else the
    layout's (the `layout` argument, the settings' layout, else the reference layout)."""
    if template is not None:
        return Path(template)
    if layout is None and settings is not None and settings.template.strip():
        return Path(settings.template.strip())
    name = layout if layout is not None else (settings.layout if settings is not None else "")
    return layout_files(name)[kind]


def file_name_part(text: str) -> str:
    """`text` as part of a file name: no separators, controls or direction characters."""
    return _UNSAFE.sub("-", text.strip()).strip("-.") or "x"


def _number_key(meeting: Meeting, number: str) -> str:
    """ "7.1" → "07.1", "6a" → "06a": the digits of each level padded to the widest of the
    agenda (at least two at the top), so file names sort as the agenda runs."""
    levels = [_LEVEL.fullmatch(level) for level in number.strip().split(".")]
    if not levels or not all(levels):
        return file_name_part(number)
    widths: dict[int, int] = {0: 2}
    for it in meeting.agenda:
        for depth, level in enumerate(it.number.strip().split(".")):
            match = _LEVEL.fullmatch(level)
            if match:
                widths[depth] = max(widths.get(depth, 0), len(match[1]))
    parts = []
    for depth, match in enumerate(levels):
        assert match is not None
        suffix = file_name_part(match[2]) if match[2].strip() else ""
        parts.append(match[1].zfill(widths.get(depth, 1)) + suffix)
    return ".".join(parts)


def extract_filename(meeting: Meeting, item: AgendaItem) -> str:
    """ "2016-06-14_TOP_07.1_15-SVV-0743.docx": date, item number, paper; sorts by item;
    at most 120 characters (a long paper reference is cut)."""
    name = f"{meeting.date.isoformat()}_TOP_{_number_key(meeting, item.number)}"
    room = MAX_FILENAME - len(".docx")
    name = name[:room]
    if item.paper.strip() and len(name) + 2 <= room:
        name += f"_{file_name_part(item.paper)}"[: room - len(name)]
        name = name.rstrip("-.")
    return name + ".docx"


def _meeting_subject(meeting: Meeting) -> str:
    return (
        f"{meeting.number}. Sitzung {german.genitive(meeting.committee.name)} "
        f"vom {german.date(meeting.date)}"
    )


def _extract_bytes(
    meeting: Meeting,
    item: AgendaItem,
    settings: Settings,
    template: Path,
    data: bytes,
) -> bytes:
    from .context import extract_context
    from .render import render

    if prepared(template, data):
        doc = render(data, extract_context(meeting, item, settings), template)
    else:
        doc = load_template(template, data)
        fill(doc, extract_blocks(meeting, item, settings), template)
    title = " ".join(w for w in ("Protokollauszug TOP", item.number, item.title) if w)
    set_properties(
        doc, title=title, subject=_meeting_subject(meeting), author=settings.secretary_name.strip()
    )
    return document_bytes(doc)


def write_extract(
    meeting: Meeting,
    item: AgendaItem,
    path: Path,
    *,
    settings: Settings | None = None,
    template: Path | None = None,
    layout: str | None = None,
) -> Path:
    """Write the Protokollauszug of one item to `path` (.docx); returns the path.

    `layout`: a shipped layout's name or a folder (else the settings'); `template`: one file
    that overrides the layout's extract template for this call.
    """
    settings = settings or Settings()
    source = template_path(settings, template, kind="auszug", layout=layout)
    data = read_template(source)
    content = _extract_bytes(meeting, item, settings, source, data)
    return write_atomically(Path(path), content)


def write_all_extracts(
    meeting: Meeting,
    folder: Path,
    *,
    settings: Settings | None = None,
    template: Path | None = None,
    layout: str | None = None,
    public_only: bool = False,
) -> list[Path]:
    """One extract per item into `folder` (created if needed), named by `extract_filename`.

    Every extract is rendered before the first file is written: a template that fails on
    any item leaves the folder as it was.
    """
    settings = settings or Settings()
    source = template_path(settings, template, kind="auszug", layout=layout)
    data = read_template(source)
    folder = Path(folder)
    rendered: list[tuple[str, bytes]] = []
    used: set[str] = set()
    for item in meeting.agenda:
        if public_only and not item.public:
            continue
        name = extract_filename(meeting, item)
        stem, counter = name[: -len(".docx")], 2
        while name in used:  # two items with the same number and paper: keep both
            name, counter = f"{stem}_{counter}.docx", counter + 1
        used.add(name)
        content = _extract_bytes(meeting, item, settings, source, data)
        rendered.append((name, content))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DocumentError(
            f"Der Ordner „{folder}“ kann nicht angelegt werden ({os_reason(exc)})."
        ) from exc
    return [write_atomically(folder / name, content) for name, content in rendered]


def write_minutes(
    meeting: Meeting,
    path: Path,
    *,
    public: bool = False,
    settings: Settings | None = None,
    template: Path | None = None,
    layout: str | None = None,
    audit: Sequence[AuditEntry] = (),
) -> Path:
    """Write the Niederschrift; `public=True` leaves every non-public item out entirely.

    `audit` appends the "Änderungsnachweis" (finalise, reopen and changes after the first
    export) to the full minutes; it is refused for the public version, whose readers must not
    see what it may say about non-public items.
    """
    from .context import minutes_context
    from .render import render

    if public and audit:
        raise DocumentError(
            "Der Änderungsnachweis kann nur der vollständigen Niederschrift angehängt werden."
        )
    settings = settings or Settings()
    source = template_path(settings, template, kind="niederschrift", layout=layout)
    data = read_template(source)
    if prepared(source, data):
        context = minutes_context(meeting, settings, public=public, audit=audit)
        doc = render(data, context, source)
    else:
        doc = load_template(source, data)
        fill(doc, minutes_blocks(meeting, settings, public=public, audit=audit), source)
    title = f"Niederschrift über die {_meeting_subject(meeting)}"
    if public:
        title += " – öffentlicher Teil"
    set_properties(
        doc, title=title, subject=meeting.committee.name, author=settings.secretary_name.strip()
    )
    return write_atomically(Path(path), document_bytes(doc))
