"""The resolution register (Beschlusskontrolle) as a Word document over the protocol template.

Self-contained on purpose: it uses only the writer machinery (template, named styles, atomic
save), so the layout work on documents/ can re-route it to its own template later.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..domain.followups import Resolution
from .content import Block
from .styles import S
from .writer import fill, load_template, read_template, save_atomically, set_properties


def register_blocks(rows: Sequence[Resolution], title: str) -> list[Block]:
    blocks = [Block(S.TITLE, ((title, None),))]
    for r in rows:
        part = "" if r.public else " (nichtöffentlich)"
        head = f"{r.committee}, {r.meeting_number}. Sitzung vom {r.meeting_date:%d.%m.%Y}"
        blocks.append(Block(S.SECTION, ((head, None),)))
        top = f"TOP {r.item_number} {r.item_title}{part}"
        blocks.append(Block(S.ITEM, ((top, None),)))
        details = "; ".join(x for x in (f"Vorlage {r.paper}" if r.paper else "", r.outcome) if x)
        if details:
            blocks.append(Block(S.ITEM_DETAILS, ((details, None),)))
        for line in r.wording.splitlines():
            blocks.append(Block(S.RESOLUTION, ((line, None),)))
        if r.due is not None:
            state = " – erledigt" if r.done else ""
            blocks.append(Block(S.TEXT, ((f"Wiedervorlage: {r.due:%d.%m.%Y}{state}", None),)))
    return blocks


def write_register(
    rows: Sequence[Resolution], path: Path, template: Path, *, title: str = "Beschlusskontrolle"
) -> Path:
    """Write the register to `path` (.docx) over `template`; returns the path."""
    doc = load_template(template, read_template(template))
    fill(doc, register_blocks(rows, title), template)
    set_properties(doc, title=title, subject="Beschlüsse und Wiedervorlagen", author="")
    return save_atomically(doc, Path(path))
