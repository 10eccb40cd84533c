"""The Tagesordnung as pasted from an invitation: one item per line, parts by heading.

Understood: `7.1<TAB>Title<TAB>24/SVV/0422`, `7.1 Title 24/SVV/0422`, `TOP 7.1: Title`,
`Ö 3 Title`, `N 9.1 Title`; headings "Öffentlicher Teil" / "Nichtöffentlicher Teil" switch the
part; lines without a number continue the item above (a wrapped title, an originator such as
"Fraktion FDP", the paper reference on its own line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..domain.model import AgendaItem
from .agenda_common import (
    MAX_LINE_CHARS,
    MAX_TITLE_CHARS,
    AgendaFormatError,
    AgendaReadResult,
    check_item_count,
    check_items,
    clean,
    de_number,
    paper_only,
    parse_public,
    split_paper,
)

# "TOP 7.1:", "Top 7.1 -", "Ö 3", "N 9.1", "NÖ 2", "7.1.", "7a", "10)"
_ITEM = re.compile(
    r"""^(?:(?P<top>TOP|Top|top|Tagesordnungspunkt|Pkt\.?|Punkt)\s*(?:Nr\.?\s*)?)?
        (?:(?P<part>Ö|ö|Oe|N|NÖ|Nö|nö|NOe)\s*(?=\d))?
        (?P<num>\d{1,3}(?:\.\d{1,3}){0,4}[a-z]?)
        (?P<sep>\.\)|\.|\)|:)?
        (?:(?P<gap>[\t ]*[:–—-]?[\t ]+)(?P<rest>\S.*))?$""",
    re.VERBOSE,
)
_HEADING = re.compile(
    r"""^(?:(?:[A-Z]|[IVX]{1,4})\s*[.):]\s*|Teil\s+[A-Z1-9]\s*[.:–-]?\s*)?
        (?P<non>nicht[\s-]?|non-?)?
        (?:öffentlich(?:e[rn]?)?|oeffentlich(?:e[rn]?)?)
        (?:\s+(?:Teil|Sitzung|Sitzungsteil|Beratung|Tagesordnung))?
        (?:\s+(?:der|des)\s+Sitzung)?\s*:?$""",
    re.VERBOSE | re.IGNORECASE,
)
_PART_WORD = re.compile(r"^(?P<non>nicht[\s-]?)?öffentlich:?$", re.IGNORECASE)
_TABLE_HEADER = re.compile(
    r"^(?:TOP|Nr\.?|Punkt)\b.*\b(?:Betreff|Gegenstand|Titel|Beratungsgegenstand|Thema)\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:Mit freundlichen Grüßen|Mit freundlichem Gruß|Hochachtungsvoll|Freundliche Grüße|"
    r"gez\.|i\.\s?A\.|Im Auftrag)\b",
    re.IGNORECASE,
)
# Who brings an item in: kept with the title in brackets.
_ORIGINATOR = re.compile(
    r"^(?:Einreicher(?:in)?\s*:\s*|Antragsteller(?:in)?\s*:\s*|Berichterstatter(?:in)?\s*:\s*)?"
    r"(?:Fraktion(?:en)?|Gruppe|Stadtverordnete[rn]?|Stadträt(?:in|e)|Ortsbeirat|Ortschaftsrat|"
    r"Beirat|(?:Der|Die)\s+Oberbürgermeister(?:in)?|Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|"
    r"Beigeordnete[r]?|Geschäftsbereich|Fachbereich|Dezernat|Verwaltung|Einreicher(?:in)?|"
    r"Antragsteller(?:in)?|Berichterstatter(?:in)?|Ausschuss\s+für|SPD|CDU|FDP|AfD|"
    r"BÜNDNIS\s*90|Bündnis\s*90|DIE\s+LINKE|Die\s+Linke|Freie\s+Wähler|Die\s+PARTEI|Volt)\b",
)


@dataclass
class _Draft:
    """An agenda item while its lines are being read."""

    number: str
    part: str | None
    public: bool
    line: int
    title_parts: list[str] = field(default_factory=list)
    title_chars: int = 0  # running length of title_parts, to stop at MAX_TITLE_CHARS at once
    originators: list[str] = field(default_factory=list)
    paper: str = ""


_DECORATION = " \t-–—*_=.:"


def part_heading(text: str) -> bool | None:
    """True for a heading such as "Öffentliche Sitzung" or "- öffentlicher Teil -", False for
    the non-public part, None for anything else."""
    flat = " ".join(text.strip(_DECORATION).split())
    m = _HEADING.match(flat) or _PART_WORD.match(flat)
    if m is None:
        return None
    return not m.group("non")


def _split_columns(rest: str) -> tuple[str, str, list[str], bool | None]:
    """Tab columns or wide gaps: title, paper, further text (an originator), public flag.

    A last tab column such as "ja"/"nein" or "ö"/"nö" (copied from a spreadsheet) is the
    item's public flag.
    """
    cols = [c.strip() for c in re.split(r"\t+| {3,}", rest) if c.strip()]
    if not cols:
        return "", "", [], None
    flag = None
    if len(cols) > 1 and "\t" in rest:
        flag = parse_public(cols[-1])
        if flag is not None:
            cols = cols[:-1]
    title_cols: list[str] = []
    extra: list[str] = []
    paper = ""
    for i, col in enumerate(cols):
        ref = paper_only(col) if i > 0 else None
        if ref and not paper:
            paper = ref
        elif paper or (i > 0 and _ORIGINATOR.match(col)):
            extra.append(col)
        else:
            title_cols.append(col)
    title = " ".join(title_cols)
    if not paper:
        title, paper = split_paper(title)
    return title, paper, extra, flag


def _join_wrapped(parts: list[str]) -> str:
    """The wrapped lines of a title as one line, in time linear in their length.

    (Joining by `text = text + part` copied the title once per line: quadratic, 300 s for
    an 8.9 MB paste.)
    """
    pieces: list[str] = []
    for p in parts:
        last = pieces[-1] if pieces else ""
        if last.endswith("-") and p[:1].islower() and len(last) > 1 and last[-2].isalpha():
            pieces[-1] = last[:-1]  # a word hyphenated at the line end
            pieces.append(p)
        else:
            if pieces:
                pieces.append(" ")
            pieces.append(p)
    return " ".join("".join(pieces).split())


def read_text_agenda(text: str, source: str, notes: list[str]) -> AgendaReadResult:
    """Parse the pasted Tagesordnung; see the module docstring for what is understood."""
    lines = clean(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    drafts: list[_Draft] = []
    public = True
    saw_heading = False
    skipped_before: list[int] = []
    pending_number: _Draft | None = None
    flag_column = False
    heading_since_item = False
    for lineno, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        if len(line) > MAX_LINE_CHARS:
            raise AgendaFormatError(
                f"{source}, Zeile {lineno}: Die Zeile ist mit {len(line)} Zeichen zu lang für "
                f"einen Tagesordnungspunkt (Grenze: {MAX_LINE_CHARS} Zeichen je Zeile)."
            )
        flat = " ".join(line.split())
        heading = _HEADING.match(flat) or _PART_WORD.match(flat)
        if heading:
            public = not heading.group("non")
            saw_heading = True
            heading_since_item = True
            pending_number = None
            continue
        if _CLOSING.match(flat):
            if drafts:
                notes.append(
                    f"Ab Zeile {lineno} („{flat[:40]}“) ist der Text nicht mehr "
                    "Teil der Tagesordnung und wurde ignoriert."
                )
                break
            skipped_before.append(lineno)
            continue
        if _TABLE_HEADER.match(flat) and not _ITEM.match(line):
            continue
        m = _ITEM.match(line)
        if m and drafts and _implausible_number(m, drafts[-1].number):
            m = None
        elif m and drafts and not heading_since_item and _number_goes_back(m, drafts[-1].number):
            notes.append(
                f"Zeile {lineno}: „{flat[:30]}“ als Fortsetzung des Titels von TOP "
                f"{drafts[-1].number} gelesen (die Nummer wäre kleiner als die davor)."
            )
            m = None
        if m and (
            m.group("rest")
            or m.group("sep")
            or m.group("top")
            or m.group("part")
            or pending_number is None
        ):
            part = m.group("part")
            item_public = public
            if part:
                item_public = part.lower().startswith("ö") or part.lower().startswith("oe")
            draft = _Draft(m.group("num"), part, item_public, lineno)
            rest = m.group("rest") or ""
            if rest:
                title, paper, extra, flag = _split_columns(rest)
                if flag is not None:
                    draft.public = flag
                    flag_column = True
                if title:
                    draft.title_parts.append(title)
                draft.paper = paper
                draft.originators.extend(extra)
                pending_number = None
            else:
                pending_number = draft  # number alone; the title follows on the next line
            drafts.append(draft)
            check_item_count(len(drafts), source)
            heading_since_item = False
            continue
        if not drafts:
            skipped_before.append(lineno)
            continue
        _continue(drafts[-1], line, notes, lineno, source)
        pending_number = None
    if skipped_before and drafts:
        first, last = skipped_before[0], skipped_before[-1]
        where = f"Zeile {first}" if first == last else f"Zeilen {first}–{last}"
        notes.append(f"{where} vor dem ersten Tagesordnungspunkt übersprungen.")
    items = [_finish(d, source) for d in drafts]
    _resolve_part_prefixes(drafts, items, notes)
    if flag_column:
        notes.append("Die letzte Spalte (ja/nein, ö/nö …) als „öffentlich“ gelesen.")
    elif not saw_heading and not any(d.part for d in drafts):
        notes.append("Keine Überschrift „Nichtöffentlicher Teil“ gefunden: alle Punkte öffentlich.")
    check_items(items, notes, source)
    return AgendaReadResult(items=items, notes=notes, fmt="text")


def _implausible_number(m: re.Match[str], previous: str) -> bool:
    """ "100 Jahre Stadtbad" after TOP 7 is a wrapped title, not TOP 100."""
    if m.group("sep") or m.group("top") or m.group("part") or "." in m.group("num"):
        return False
    if "\t" in (m.group("gap") or ""):
        return False
    digits = re.match(r"\d+", m.group("num"))
    before = re.search(r"\d+", previous)
    if digits is None or before is None:
        return False
    return int(digits.group()) > int(before.group()) + 5


def _top_level(number: str) -> int | None:
    digits = re.match(r"\d+", number)
    return int(digits.group()) if digits else None


def _number_goes_back(m: re.Match[str], previous: str) -> bool:
    """ "1. Änderung, Satzungsbeschluss" after TOP 7 continues the title (no TOP, no Ö/N)."""
    if m.group("top") or m.group("part"):
        return False
    new, before = _top_level(m.group("num")), _top_level(previous)
    return new is not None and before is not None and new < before


def _continue(draft: _Draft, line: str, notes: list[str], lineno: int, source: str) -> None:
    """A line without a number: paper reference, originator, or the wrapped title."""
    cols = [c.strip() for c in re.split(r"\t+| {3,}", line) if c.strip()]
    for col in cols:
        ref = paper_only(col)
        if ref and not draft.paper:
            draft.paper = ref
            continue
        if _ORIGINATOR.match(col) and draft.title_parts:
            draft.originators.append(col)
            notes.append(f"Zeile {lineno}: „{col}“ als Einreicher zu TOP {draft.number} genommen.")
            continue
        if not draft.paper:
            title, paper = split_paper(col)
            if paper:
                draft.paper = paper
                col = title
        if col:
            draft.title_parts.append(col)
            draft.title_chars += len(col) + 1
            if draft.title_chars > MAX_TITLE_CHARS:
                raise _title_too_long(draft, source)


def _title_too_long(d: _Draft, source: str) -> AgendaFormatError:
    """Refused as soon as the continuation lines pass the limit: the rest is not read."""
    return AgendaFormatError(
        f"{source}, Zeile {d.line}: Der Titel von TOP {d.number} ist mit seinen "
        f"Fortsetzungszeilen länger als {de_number(MAX_TITLE_CHARS)} Zeichen (Grenze). Folgt "
        "danach noch die Tagesordnung, oder ist das ein anderer Text?"
    )


def _finish(d: _Draft, source: str) -> AgendaItem:
    title = _join_wrapped(d.title_parts)
    if len(title) > MAX_TITLE_CHARS:
        raise _title_too_long(d, source)
    if d.originators:
        title = f"{title} ({', '.join(d.originators)})" if title else ", ".join(d.originators)
    if not title:
        raise AgendaFormatError(
            f"{source}, Zeile {d.line}: TOP {d.number} hat keinen Titel. Bitte den Titel hinter "
            "die Nummer schreiben."
        )
    return AgendaItem(number=d.number, title=title, paper=d.paper, public=d.public)


def _resolve_part_prefixes(drafts: list[_Draft], items: list[AgendaItem], notes: list[str]) -> None:
    """ "Ö 3"/"N 3": the letter sets the part; it stays in the number only where parts restart."""
    if not any(d.part for d in drafts):
        return
    numbers = [it.number for it in items]
    if len(set(numbers)) == len(numbers):
        notes.append("„Ö“ und „N“ vor den Nummern als öffentlich / nichtöffentlich gelesen.")
        return
    for d, it in zip(drafts, items, strict=True):
        if d.part:
            it.number = f"{'Ö' if it.public else 'N'} {it.number}"
    notes.append(
        "Öffentlicher und nichtöffentlicher Teil zählen getrennt; „Ö“ bzw. „N“ bleibt "
        "Teil der Nummer."
    )
