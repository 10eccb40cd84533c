"""The named styles the writers use, and the check that a template defines all of them."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from .errors import DocumentError


class S(StrEnum):
    """Paragraph styles (and one character style) by role; the value is the name in Word."""

    TITLE = "Protokoll Titel"
    SUBTITLE = "Protokoll Untertitel"
    RULE = "Protokoll Trennlinie"
    PART = "Protokoll Teil"
    SECTION = "Protokoll Abschnitt"
    HEAD = "Protokoll Kopf"
    LIST = "Protokoll Liste"
    AGENDA = "Protokoll Tagesordnung"
    ITEM = "Protokoll TOP"
    ITEM_DETAILS = "Protokoll TOP Angaben"
    TEXT = "Protokoll Text"
    MOTION = "Protokoll Antrag"
    FORMULA = "Protokoll Beschlussformel"
    RESOLUTION = "Protokoll Beschluss"
    VOTE = "Protokoll Abstimmung"
    COUNTS = "Protokoll Stimmen"
    NAMES = "Protokoll Namen"
    PLACE_DATE = "Protokoll Ort Datum"
    SIGNATURE = "Protokoll Unterschrift"
    NUMBER = "Protokoll Stimmenzahl"  # character style: the vote counts

    @property
    def is_character(self) -> bool:
        return self is S.NUMBER


def style_ids(doc: Any, template: str) -> dict[S, str]:
    """Map every style the writers need to its id in `doc`, or refuse naming what is missing.

    Reads the styles part once (python-docx's name lookup scans all styles on every call).
    """
    from docx.oxml.ns import qn

    found: dict[tuple[str, str], str] = {}
    for style in doc.styles.element.findall(qn("w:style")):
        name_tag = style.find(qn("w:name"))
        if name_tag is None:
            continue
        kind = style.get(qn("w:type")) or "paragraph"
        found[(name_tag.get(qn("w:val")) or "", kind)] = style.get(qn("w:styleId")) or ""
    ids: dict[S, str] = {}
    missing: list[str] = []
    for role in S:
        kind = "character" if role.is_character else "paragraph"
        style_id = found.get((role.value, kind))
        if style_id:
            ids[role] = style_id
        else:
            label = "Zeichenformatvorlage" if role.is_character else "Absatzformatvorlage"
            missing.append(f"{label} „{role.value}“")
    if missing:
        if len(missing) == 1:
            what = f"es fehlt die {missing[0]}"
        else:
            what = f"es fehlen {len(missing)} Formatvorlagen: " + ", ".join(missing)
        raise DocumentError(
            f"Die Vorlage „{template}“ kann nicht verwendet werden – {what}. Bitte die "
            "Formatvorlage in Word mit genau diesem Namen anlegen oder die mitgelieferte "
            "Vorlage verwenden."
        )
    return ids
