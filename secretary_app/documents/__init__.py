"""The formal documents as Word files: Protokollauszug (one item) and Niederschrift (minutes).

Written over a template with named styles (`resources/templates/protokoll.docx` or the
city's own); python-docx is imported only when a document is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from .. import paths
from ..domain.model import AgendaItem, AuditEntry, Meeting
from ..settings import Settings
from . import german
from .content import extract_blocks, minutes_blocks
from .errors import DocumentError
from .writer import fill, load_template, read_template, save_atomically, set_properties

__all__ = [
    "DocumentError",
    "extract_filename",
    "template_path",
    "write_all_extracts",
    "write_extract",
    "write_minutes",
]

_UNSAFE = re.compile(r'[\s<>:"/\\|?*\x00-\x1f]+')


def template_path(settings: Settings | None = None, template: Path | None = None) -> Path:
    """The template to use: the explicit one, else the configured one, else the built-in one."""
    if template is not None:
        return Path(template)
    if settings is not None and settings.template.strip():
        return Path(settings.template.strip())
    return paths.default_template_path()


def _safe(text: str) -> str:
    return _UNSAFE.sub("-", text.strip()).strip("-.") or "x"


def _number_key(meeting: Meeting, number: str) -> str:
    """ "7.1" → "07.1": numeric levels padded to the widest of the agenda, so names sort."""
    levels = number.strip().split(".")
    if not all(level.isdigit() for level in levels):
        return _safe(number)
    widths: dict[int, int] = {}
    for it in meeting.agenda:
        other = it.number.strip().split(".")
        if all(level.isdigit() for level in other):
            for depth, level in enumerate(other):
                widths[depth] = max(widths.get(depth, 0), len(level))
    widths[0] = max(widths.get(0, 0), 2)
    return ".".join(level.zfill(widths.get(d, 1)) for d, level in enumerate(levels))


def extract_filename(meeting: Meeting, item: AgendaItem) -> str:
    """ "2016-06-14_TOP_07.1_15-SVV-0743.docx": date, item number, paper; sorts by item."""
    name = f"{meeting.date.isoformat()}_TOP_{_number_key(meeting, item.number)}"
    if item.paper.strip():
        name += f"_{_safe(item.paper)}"
    return name + ".docx"


def _meeting_subject(meeting: Meeting) -> str:
    return (
        f"{meeting.number}. Sitzung {german.genitive(meeting.committee.name)} "
        f"vom {german.date(meeting.date)}"
    )


def _write_extract(
    meeting: Meeting, item: AgendaItem, path: Path, settings: Settings, template: Path, data: bytes
) -> Path:
    doc = load_template(template, data)
    fill(doc, extract_blocks(meeting, item, settings), template)
    title = " ".join(w for w in ("Protokollauszug TOP", item.number, item.title) if w)
    set_properties(
        doc, title=title, subject=_meeting_subject(meeting), author=settings.secretary_name.strip()
    )
    return save_atomically(doc, Path(path))


def write_extract(
    meeting: Meeting,
    item: AgendaItem,
    path: Path,
    *,
    settings: Settings | None = None,
    template: Path | None = None,
) -> Path:
    """Write the Protokollauszug of one item to `path` (.docx); returns the path."""
    settings = settings or Settings()
    source = template_path(settings, template)
    return _write_extract(meeting, item, path, settings, source, read_template(source))


def write_all_extracts(
    meeting: Meeting,
    folder: Path,
    *,
    settings: Settings | None = None,
    template: Path | None = None,
    public_only: bool = False,
) -> list[Path]:
    """One extract per item into `folder` (created if needed), named by `extract_filename`."""
    settings = settings or Settings()
    source = template_path(settings, template)
    data = read_template(source)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DocumentError(
            f"Der Ordner „{folder}“ kann nicht angelegt werden ({exc.strerror or exc})."
        ) from exc
    written: list[Path] = []
    used: set[str] = set()
    for item in meeting.agenda:
        if public_only and not item.public:
            continue
        name = extract_filename(meeting, item)
        stem, counter = name[: -len(".docx")], 2
        while name in used:  # two items with the same number and paper: keep both
            name, counter = f"{stem}_{counter}.docx", counter + 1
        used.add(name)
        written.append(_write_extract(meeting, item, folder / name, settings, source, data))
    return written


def write_minutes(
    meeting: Meeting,
    path: Path,
    *,
    public: bool = False,
    settings: Settings | None = None,
    template: Path | None = None,
    audit: Sequence[AuditEntry] = (),
) -> Path:
    """Write the Niederschrift; `public=True` leaves every non-public item out entirely.

    `audit` appends the "Änderungsnachweis" (finalise, reopen and changes after the first
    export) to the full minutes; it is refused for the public version, whose readers must not
    see what it may say about non-public items.
    """
    if public and audit:
        raise DocumentError(
            "Der Änderungsnachweis kann nur der vollständigen Niederschrift angehängt werden."
        )
    settings = settings or Settings()
    source = template_path(settings, template)
    doc = load_template(source)
    fill(doc, minutes_blocks(meeting, settings, public=public, audit=audit), source)
    title = f"Niederschrift über die {_meeting_subject(meeting)}"
    if public:
        title += " – öffentlicher Teil"
    set_properties(
        doc, title=title, subject=meeting.committee.name, author=settings.secretary_name.strip()
    )
    return save_atomically(doc, Path(path))
