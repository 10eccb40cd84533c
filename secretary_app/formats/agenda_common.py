"""What every agenda reader shares: limits, the error type, the result, paper references,
public flags, text cleaning and decoding, and the checks on what was read.

The readers (`agenda_text`, `agenda_csv`, `agenda_docx`, `oparl`) import this module and
nothing of `agenda`, which dispatches to them: no circle. No Qt here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..domain import limits
from ..domain.model import AgendaItem, Vote
from ..errors import KnownError
from ..fileio import read_bytes_german

FORMATS = ("text", "csv", "oparl", "docx")
# The limits every reader keeps (issue 14); each message names its limit.
MAX_BYTES = 20 * 1024 * 1024  # a file, a pasted text, one OParl response of the meeting
MAX_ITEMS = 2000  # agenda items of one meeting
MAX_ROWS = 10_000  # CSV rows (blank rows and the header included)
MAX_LINE_CHARS = 2000  # one line of a pasted Tagesordnung
MAX_TITLE_CHARS = limits.TITLE_CHARS  # one item's title after its continuation lines are joined
MAX_NOTES = 50  # notes shown; more are summed up in one


def de_number(n: int) -> str:
    """ "20.000": thousands separated the German way."""
    return f"{n:,}".replace(",", ".")


def mb(size: int) -> str:
    """ "20 MB" for messages that name a limit."""
    return f"{size / (1024 * 1024):.0f} MB"


class AgendaFormatError(KnownError):
    """The input cannot be read as an agenda; nothing was taken over."""


@dataclass
class AgendaReadResult:
    """The items read from an agenda, with notes on what was guessed or left out."""

    items: list[AgendaItem]
    notes: list[str] = field(default_factory=list)
    fmt: str = "text"
    # votes named in prose results, by index into `items`: offered in the preview, not taken
    suggested_votes: dict[int, Vote] = field(default_factory=dict)
    # OParl: where each item's paper was found, or why there is none, by index into `items`
    paper_sources: dict[int, str] = field(default_factory=dict)


# -- paper references ----------------------------------------------------------------------

# Words that introduce a paper reference; they are dropped, the reference is kept as written.
_INTRO = (
    r"(?:Drucksachen?(?:-?(?:Nr\.?|nummer))?|Drs\.?|DS(?:-Nr\.?)?"
    r"|Vorlagen?(?:-?(?:Nr\.?|nummer))?|Vorl\.(?:-?Nr\.?)?|Beschlussvorlage|Antrag\s+Nr\.?)"
)
# The forms cities use: 15/SVV/0743, 23/SVV/1310-02, VO/2025/123, 2014/0688, 0123/2024.
_REF_FORMS = (
    r"\d{1,4}/[A-ZÄÖÜ]{1,6}/\d{1,6}(?:[-/]\d{1,3})?",
    r"[A-ZÄÖÜ]{1,6}/\d{2,4}/\d{1,6}(?:-\d{1,3})?",
    r"[A-ZÄÖÜ]{1,6}-\d{1,6}/\d{2,4}(?:-\d{1,3})?",
    r"(?:19|20)\d{2}/\d{2,5}(?:-\d{1,3})?",
    r"\d{2,5}/(?:19|20)\d{2}(?:-\d{1,3})?",
)
_REF = "(?:" + "|".join(_REF_FORMS) + ")"
_PAPER_ONLY = re.compile(rf"^\(?(?:{_INTRO}[\s:]*)?(?P<ref>{_REF})\)?[.,;]?$", re.IGNORECASE)
_PAPER_END = re.compile(
    rf"(?:^|[\s,;(–-])\(?(?:{_INTRO}[\s:]*)?(?P<ref>{_REF})\)?[.,;]?$", re.IGNORECASE
)
# After an introducing word any token with a digit is a reference ("Drucksache 1234-B").
_PAPER_INTRO_ANY = re.compile(
    rf"(?:^|[\s,;(])\(?{_INTRO}[\s:]+(?P<ref>(?=[\w./-]{{3,}})[\w./-]*\d[\w./-]*)\)?$",
    re.IGNORECASE,
)
_YEAR_RANGE = re.compile(r"^((?:19|20)\d{2})/(\d{2}|(?:19|20)\d{2})$")


def _plausible_ref(ref: str) -> bool:
    """A bare "2023/2024" or "2017/18" ending a title is a span of years, not a paper."""
    m = _YEAR_RANGE.match(ref)
    if m is None:
        return True
    first, second = int(m.group(1)), int(m.group(2))
    if len(m.group(2)) == 2:
        return second != (first + 1) % 100
    return second - first not in (0, 1)


def paper_only(text: str) -> str | None:
    """The reference if `text` is nothing but a paper reference (maybe with "DS"/"Vorlage")."""
    t = text.strip().rstrip(".,;").strip()
    m = _PAPER_ONLY.match(t)
    if m and _plausible_ref(m.group("ref")):
        return m.group("ref")
    m = _PAPER_INTRO_ANY.match(t)
    if m and m.start() == 0:
        return m.group("ref")
    return None


_NOT_BEFORE_PAPER = re.compile(r"(?:\bNr|\bNummer|\bvom|\bam|\bbis|§)\.?$", re.IGNORECASE)


def split_paper(text: str) -> tuple[str, str]:
    """Split a trailing paper reference off a title: ("Parkraumkonzept", "24/SVV/0422")."""
    t = text.rstrip().rstrip(".,;").rstrip()
    m = _PAPER_INTRO_ANY.search(t)
    if m:
        return t[: m.start()].rstrip(" \t,;:–-("), m.group("ref")
    m = _PAPER_END.search(t)
    if m and _plausible_ref(m.group("ref")):
        title = t[: m.start()].rstrip(" \t,;:–-(")
        if not _NOT_BEFORE_PAPER.search(title):
            return title, m.group("ref")
    return text.strip(), ""


# -- public flags --------------------------------------------------------------------------

_TRUE = {
    "ja",
    "j",
    "yes",
    "y",
    "true",
    "wahr",
    "1",
    "x",
    "ö",
    "oe",
    "öffentlich",
    "oeffentlich",
    "public",
    "öff",
    "öff.",
    "o",
}
_FALSE = {
    "nein",
    "n",
    "no",
    "false",
    "falsch",
    "0",
    "nö",
    "noe",
    "nichtöffentlich",
    "nicht öffentlich",
    "nicht-öffentlich",
    "nichtoeffentlich",
    "non-public",
    "nonpublic",
    "private",
    "nicht öff.",
    "nö.",
    "nichtöff.",
    "not public",
    "vertraulich",
}


def parse_public(value: str) -> bool | None:
    """ja/nein, öffentlich/nichtöffentlich, true/false, Ö/N … → bool; None if unclear."""
    v = " ".join(value.strip().lower().split())
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    return None


def public_cell(raw: str, where: str) -> bool:
    """The value of an "öffentlich" column; an unclear value is refused, naming `where`."""
    parsed = parse_public(raw)
    if parsed is None:
        raise AgendaFormatError(
            f"{where}: „{raw[:40]}“ in Spalte „öffentlich“ ist weder ja/nein, "
            "öffentlich/nichtöffentlich noch true/false."
        )
    return parsed


# -- text helpers --------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")


def clean(text: str) -> str:
    """Normalise a line: NFC, no control characters, non-breaking spaces as spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2007", " ")
    return _CONTROL.sub("", text)


def decode_text(data: bytes, source: str, notes: list[str]) -> str:
    """Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise AgendaFormatError(
                f"{source} ist als UTF-16 gekennzeichnet, enthält aber ungültige Zeichen "
                f"(Byte {exc.start})."
            ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise AgendaFormatError(
            f"{source} ist keine Textdatei (enthält Binärdaten). Bitte als Text, CSV, "
            "OParl-JSON oder Word-Datei (.docx) speichern."
        )
    try:
        # Excel and some editors put a UTF-8 BOM before Windows-1252 text: not part of the header
        text = data.removeprefix(b"\xef\xbb\xbf").decode("cp1252")
    except UnicodeDecodeError as exc:
        raise AgendaFormatError(
            f"{source}: Die Zeichenkodierung ist weder UTF-8 noch Windows-1252 (Byte {exc.start}). "
            "Bitte als UTF-8 speichern."
        ) from exc
    notes.append(f"{source} ist nicht UTF-8; als Windows-1252 gelesen (so speichert Excel).")
    return text


def read_source(path: Path) -> bytes:
    """Read a file, turning every OS error into a German message."""
    return read_bytes_german(path, limit=MAX_BYTES, what="Tagesordnung", error=AgendaFormatError)


def check_item_count(count: int, source: str) -> None:
    """Refuse more than MAX_ITEMS items (readers call this as soon as they pass the limit)."""
    if count > MAX_ITEMS:
        raise AgendaFormatError(
            f"{source} enthält mehr als {MAX_ITEMS} Tagesordnungspunkte; das ist keine "
            f"Tagesordnung (Grenze: {MAX_ITEMS} Punkte je Sitzung)."
        )


def check_unicode(text: str, source: str) -> None:
    """Refuse a lone surrogate ("\\ud800" in JSON): it cannot be stored or printed."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise AgendaFormatError(
            f"{source} enthält ein ungültiges Zeichen (U+{ord(text[exc.start]):04X}, ein "
            f"einzelnes Surrogat) an Position {exc.start}. Bitte die Datei neu exportieren."
        ) from exc


def check_items(items: list[AgendaItem], notes: list[str], source: str) -> None:
    """Final checks every reader shares: something was read, numbers and titles present."""
    if not items:
        raise AgendaFormatError(
            f"{source} enthält keinen Tagesordnungspunkt. Erwartet werden Zeilen wie "
            "„7.1 Parkraumkonzept Innenstadt 24/SVV/0422“."
        )
    check_item_count(len(items), source)
    for item in items:
        reason = limits.first_too_long(limits.item_texts(item.number, item.title, item.paper))
        if reason:
            raise AgendaFormatError(
                f"{source}: {reason}. Das ist keine Tagesordnung, wie Protokollant sie kennt; "
                "bitte die Datei prüfen."
            )
    seen: set[str] = set()
    doubled: list[str] = []
    for item in items:
        if item.number in seen and item.number not in doubled:
            doubled.append(item.number)
        seen.add(item.number)
    if doubled:
        notes.append(
            "Diese Nummern kommen mehrfach vor: "
            + ", ".join(doubled)
            + ". Bitte in der Vorschau prüfen."
        )
