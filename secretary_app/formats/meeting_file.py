"""The meeting file (FORMAT.md, version 1): read with full validation, write back losslessly.

Reading never raises anything but `FormatError`; each error names the JSON path of the fault.
Unknown keys are collected as warnings and otherwise ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..domain.model import (
    BALLOT_ANSWERS,
    COMMITTEE_KINDS,
    PARAGRAPH_KINDS,
    PARTS,
    ROLES,
    VOTE_METHODS,
    AgendaItem,
    Attendance,
    Committee,
    Meeting,
    Member,
    Paragraph,
    Vote,
)
from ..errors import KnownError

FORMAT_NAME = "secretary-app/meeting"
FORMAT_VERSION = 1
SCHEMA_PATH = Path(__file__).with_name("meeting.schema.json")

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
# Limits (issue 14): a real meeting is far below them; each message names its limit.
MAX_FILE_BYTES = 20 * 1024 * 1024  # a 100-item meeting with full minutes is ~3 MB
MAX_ITEMS = 2000  # agenda items
MAX_PARAGRAPHS = 5000  # paragraphs of one item's minutes
MAX_MEMBERS = 1000
MAX_NUMBER = 999_999  # meeting number
MAX_COUNT = 100_000  # votes cast for one answer
MAX_WARNINGS = 50
T = TypeVar("T")


class FormatError(KnownError):
    """The file cannot be read as a meeting file; nothing was imported."""


@dataclass
class ReadResult:
    meeting: Meeting
    warnings: list[str] = field(default_factory=list)


def read_bytes(path: Path) -> bytes:
    """Read a file for import, turning every OS error into a German message."""
    try:
        if path.is_dir():
            raise FormatError(f"{path} ist ein Ordner, keine Datei.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FormatError(
                f"Die Datei {path} ist mit {size / 1024 / 1024:.0f} MB zu groß für eine "
                f"Sitzungsdatei (Grenze: {MAX_FILE_BYTES // 1024 // 1024} MB)."
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise FormatError(f"Die Datei {path} gibt es nicht.") from exc
    except PermissionError as exc:
        raise FormatError(f"Die Datei {path} darf nicht gelesen werden (fehlende Rechte).") from exc
    except IsADirectoryError as exc:
        raise FormatError(f"{path} ist ein Ordner, keine Datei.") from exc
    except OSError as exc:
        raise FormatError(f"Die Datei {path} kann nicht gelesen werden: {exc.strerror}.") from exc


def decode_json(data: bytes, source: str) -> Any:
    """Bytes → JSON value, with German messages for encoding and syntax faults."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"{source} ist keine UTF-8-Textdatei (Byte {exc.start}). "
            "Bitte speichern Sie die Datei als UTF-8."
        ) from exc
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"{source} ist kein gültiges JSON: Zeile {exc.lineno}, Spalte {exc.colno}: "
            f"{_json_reason(exc.msg)}."
        ) from exc
    except RecursionError as exc:
        raise FormatError(f"{source} ist zu tief verschachtelt.") from exc
    except ValueError as exc:  # an integer of more than 4300 digits
        raise FormatError(f"{source} enthält eine Zahl mit zu vielen Ziffern.") from exc
    return value


def _json_reason(msg: str) -> str:
    known = {
        "Expecting value": "Wert erwartet",
        "Expecting ',' delimiter": "Komma erwartet",
        "Expecting property name enclosed in double quotes": (
            "Schlüssel in Anführungszeichen erwartet"
        ),
        "Unterminated string starting at": "Zeichenkette nicht abgeschlossen",
        "Extra data": "zusätzlicher Inhalt nach dem Ende",
        "Expecting ':' delimiter": "Doppelpunkt erwartet",
        "Invalid control character at": "ungültiges Steuerzeichen",
    }
    for en, de in known.items():
        if msg.startswith(en):
            return de
    return msg


def _printable(text: str) -> str:
    """A message naming a key with a lone surrogate must itself be printable."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _join(path: str, key: str) -> str:
    return key if path == "$" else f"{path}.{key}"


class _Reader:
    """Walks the JSON value, checking types and collecting warnings with their paths."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def fail(self, path: str, message: str) -> FormatError:
        return FormatError(_printable(f"{path}: {message}"))

    def obj(self, value: Any, path: str, known: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, "muss ein Objekt sein")
        for key in value:
            if key not in known:
                if len(self.warnings) < MAX_WARNINGS:
                    self.warnings.append(
                        _printable(f"{_join(path, key)}: unbekannter Schlüssel, ignoriert")
                    )
                elif len(self.warnings) == MAX_WARNINGS:
                    self.warnings.append("… weitere unbekannte Schlüssel nicht einzeln genannt")
        return value

    def list_(
        self,
        d: dict[str, Any],
        key: str,
        path: str,
        required: bool = False,
        limit: int | None = None,
    ) -> list[Any]:
        if key not in d or d[key] is None:
            if required:
                raise self.fail(_join(path, key), "fehlt")
            return []
        v = d[key]
        if not isinstance(v, list):
            raise self.fail(_join(path, key), "muss eine Liste sein")
        if limit is not None and len(v) > limit:
            raise self.fail(
                _join(path, key),
                f"hat {len(v)} Einträge; die Grenze ist {limit} (ist das eine Sitzung?)",
            )
        return v

    def text(self, v: str, path: str) -> str:
        """A lone surrogate ("\\ud800") cannot be stored or printed: refused by path."""
        try:
            v.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise self.fail(
                path,
                f"enthält ein ungültiges Zeichen (U+{ord(v[exc.start]):04X}, einzelnes Surrogat)",
            ) from exc
        return v

    def str_(
        self, d: dict[str, Any], key: str, path: str, required: bool = False, default: str = ""
    ) -> str:
        if key not in d or d[key] is None:
            if required:
                raise self.fail(f"{path}.{key}", "fehlt")
            return default
        v = d[key]
        if not isinstance(v, str):
            raise self.fail(f"{path}.{key}", "muss Text sein")
        self.text(v, f"{path}.{key}")
        if required and not v.strip():
            raise self.fail(f"{path}.{key}", "darf nicht leer sein")
        return v

    def bool_(
        self, d: dict[str, Any], key: str, path: str, required: bool = False, default: bool = False
    ) -> bool:
        if key not in d or d[key] is None:
            if required:
                raise self.fail(f"{path}.{key}", "fehlt")
            return default
        v = d[key]
        if not isinstance(v, bool):
            raise self.fail(f"{path}.{key}", "muss true oder false sein")
        return v

    def count(self, d: dict[str, Any], key: str, path: str) -> int:
        v = d.get(key, 0)
        if v is None:
            v = 0
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise self.fail(f"{path}.{key}", "muss eine ganze Zahl ≥ 0 sein")
        if v > MAX_COUNT:
            raise self.fail(f"{path}.{key}", f"ist größer als {MAX_COUNT:_}".replace("_", "."))
        return v

    def choice(
        self, d: dict[str, Any], key: str, path: str, allowed: tuple[str, ...], default: str
    ) -> str:
        v = self.str_(d, key, path, default=default)
        if v not in allowed:
            raise self.fail(f"{path}.{key}", f"muss einer dieser Werte sein: {', '.join(allowed)}")
        return v

    def time(self, d: dict[str, Any], key: str, path: str) -> str | None:
        v = self.str_(d, key, path, default="")
        if not v:
            return None
        if not _TIME.match(v):
            raise self.fail(f"{path}.{key}", "muss eine Uhrzeit HH:MM sein")
        return v

    def member_ref(self, value: Any, path: str, keys: set[str]) -> str:
        if not isinstance(value, str):
            raise self.fail(path, "muss der Schlüssel eines Mitglieds sein")
        if value not in keys:
            raise self.fail(path, f"unbekanntes Mitglied „{self.text(value, path)[:60]}“")
        return value

    def each(self, values: list[Any], path: str, fn: Callable[[Any, str], T]) -> list[T]:
        return [fn(v, f"{path}[{i}]") for i, v in enumerate(values)]


def parse(value: Any, source: str = "Die Datei") -> ReadResult:
    """Validate a decoded JSON value and build the meeting; raises FormatError."""
    r = _Reader()
    top = r.obj(value, "$", {"format", "version", "committee", "meeting", "agenda", "$schema"})
    fmt = top.get("format")
    if fmt != FORMAT_NAME:
        raise FormatError(
            f"{source} ist keine Protokollant-Sitzungsdatei (format muss „{FORMAT_NAME}“ sein, "
            f"ist {json.dumps(fmt, ensure_ascii=False)})."
        )
    version = top.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise r.fail("version", "muss eine ganze Zahl sein")
    if version > FORMAT_VERSION:
        raise FormatError(
            f"{source} wurde von einer neueren Version von Protokollant geschrieben "
            f"(Format-Version {version}, unterstützt wird bis {FORMAT_VERSION}). "
            "Bitte aktualisieren Sie Protokollant."
        )
    if version < 1:
        raise r.fail("version", "muss 1 sein")

    committee = _committee(r, top.get("committee"), "committee")
    keys = {m.key for m in committee.members}
    meeting = _meeting(r, top.get("meeting"), "meeting", committee, keys)
    meeting.agenda = r.each(
        r.list_(top, "agenda", "$", limit=MAX_ITEMS), "agenda", lambda v, p: _item(r, v, p, keys)
    )
    numbers: dict[str, int] = {}
    for i, item in enumerate(meeting.agenda):
        if item.number in numbers:
            raise r.fail(
                f"agenda[{i}].number",
                f"„{item.number}“ kommt doppelt vor (auch agenda[{numbers[item.number]}])",
            )
        numbers[item.number] = i
    return ReadResult(meeting=meeting, warnings=r.warnings)


def _committee(r: _Reader, value: Any, path: str) -> Committee:
    if value is None:
        raise r.fail(path, "fehlt")
    d = r.obj(value, path, {"name", "kind", "assembly", "members"})
    members = r.each(
        r.list_(d, "members", path, limit=MAX_MEMBERS),
        f"{path}.members",
        lambda v, p: _member(r, v, p),
    )
    seen: dict[str, int] = {}
    for i, m in enumerate(members):
        if m.key in seen:
            raise r.fail(f"{path}.members[{i}].key", f"„{m.key}“ kommt doppelt vor")
        seen[m.key] = i
    return Committee(
        name=r.str_(d, "name", path, required=True),
        kind=r.choice(d, "kind", path, COMMITTEE_KINDS, "advisory"),
        assembly=r.str_(d, "assembly", path),
        members=members,
    )


def _member(r: _Reader, value: Any, path: str) -> Member:
    d = r.obj(value, path, {"key", "salutation", "title", "name", "faction", "role", "voting"})
    return Member(
        key=r.str_(d, "key", path, required=True),
        salutation=r.choice(d, "salutation", path, ("Frau", "Herr", ""), ""),
        title=r.str_(d, "title", path),
        name=r.str_(d, "name", path, required=True),
        faction=r.str_(d, "faction", path),
        role=r.choice(d, "role", path, ROLES, "member"),
        voting=r.bool_(d, "voting", path, default=True),
    )


def _meeting(r: _Reader, value: Any, path: str, committee: Committee, keys: set[str]) -> Meeting:
    if value is None:
        raise r.fail(path, "fehlt")
    d = r.obj(
        value,
        path,
        {
            "number",
            "date",
            "start",
            "end",
            "location",
            "parts",
            "secretary",
            "attendance",
            "finalized",
        },
    )
    number = d.get("number")
    if isinstance(number, bool) or not isinstance(number, int) or number < 0:
        raise r.fail(f"{path}.number", "muss eine ganze Zahl ≥ 0 sein")
    if number > MAX_NUMBER:
        raise r.fail(
            f"{path}.number",
            f"{str(number)[:12]}{'…' if len(str(number)) > 12 else ''} ist keine Sitzungsnummer "
            f"(Grenze: {MAX_NUMBER:_})".replace("_", "."),
        )
    date_text = r.str_(d, "date", path, required=True)
    try:
        date = dt.date.fromisoformat(date_text)
    except ValueError as exc:
        raise r.fail(f"{path}.date", "muss ein Datum JJJJ-MM-TT sein") from exc
    parts = r.list_(d, "parts", path)
    for i, p in enumerate(parts):
        if p not in PARTS:
            raise r.fail(f"{path}.parts[{i}]", "muss „public“ oder „non-public“ sein")
    attendance = r.each(
        r.list_(d, "attendance", path, limit=MAX_MEMBERS),
        f"{path}.attendance",
        lambda v, p: _attendance(r, v, p, keys),
    )
    seen: set[str] = set()
    for i, a in enumerate(attendance):
        if a.member in seen:
            raise r.fail(f"{path}.attendance[{i}].member", f"„{a.member}“ kommt doppelt vor")
        seen.add(a.member)
    return Meeting(
        committee=committee,
        number=number,
        date=date,
        start=r.time(d, "start", path),
        end=r.time(d, "end", path),
        location=r.str_(d, "location", path),
        parts=list(parts),
        secretary=r.str_(d, "secretary", path),
        attendance=attendance,
        finalized=r.bool_(d, "finalized", path),
    )


def _attendance(r: _Reader, value: Any, path: str, keys: set[str]) -> Attendance:
    d = r.obj(value, path, {"member", "present", "from", "until", "note"})
    if "member" not in d:
        raise r.fail(f"{path}.member", "fehlt")
    return Attendance(
        member=r.member_ref(d["member"], f"{path}.member", keys),
        present=r.bool_(d, "present", path, default=True),
        arrived=r.time(d, "from", path),
        left=r.time(d, "until", path),
        note=r.str_(d, "note", path),
    )


def _item(r: _Reader, value: Any, path: str, keys: set[str]) -> AgendaItem:
    d = r.obj(value, path, {"number", "title", "paper", "public", "outcome", "excluded", "minutes"})
    excluded = [
        r.member_ref(v, f"{path}.excluded[{i}]", keys)
        for i, v in enumerate(r.list_(d, "excluded", path))
    ]
    return AgendaItem(
        number=r.str_(d, "number", path, required=True),
        title=r.str_(d, "title", path, required=True),
        paper=r.str_(d, "paper", path),
        public=r.bool_(d, "public", path, required=True),
        outcome=r.str_(d, "outcome", path),
        excluded=excluded,
        minutes=r.each(
            r.list_(d, "minutes", path, limit=MAX_PARAGRAPHS),
            f"{path}.minutes",
            lambda v, p: _paragraph(r, v, p, keys),
        ),
    )


def _paragraph(r: _Reader, value: Any, path: str, keys: set[str]) -> Paragraph:
    if not isinstance(value, dict):
        raise r.fail(path, "muss ein Objekt sein")
    kind = r.choice(value, "kind", path, PARAGRAPH_KINDS, "")
    if kind == "vote":
        d = r.obj(value, path, {"kind", "yes", "no", "abstain", "method", "label", "ballots"})
        ballots_raw = d.get("ballots") or {}
        if not isinstance(ballots_raw, dict):
            raise r.fail(f"{path}.ballots", "muss ein Objekt sein")
        ballots: dict[str, str] = {}
        for key, answer in ballots_raw.items():
            r.member_ref(key, f"{path}.ballots.{key}", keys)
            if answer not in BALLOT_ANSWERS:
                raise r.fail(f"{path}.ballots.{key}", "muss „yes“, „no“ oder „abstain“ sein")
            ballots[key] = answer
        vote = Vote(
            yes=r.count(d, "yes", path),
            no=r.count(d, "no", path),
            abstain=r.count(d, "abstain", path),
            method=r.choice(d, "method", path, VOTE_METHODS, "open"),
            label=r.str_(d, "label", path),
            ballots=ballots,
        )
        return Paragraph(kind="vote", vote=vote)
    d = r.obj(value, path, {"kind", "text", "speaker"})
    speaker = None
    if d.get("speaker") is not None:
        speaker = r.member_ref(d["speaker"], f"{path}.speaker", keys)
    return Paragraph(kind=kind, text=r.str_(d, "text", path), speaker=speaker)


def read_file(path: Path) -> ReadResult:
    """Read and validate a meeting file from disk."""
    return parse(decode_json(read_bytes(path), f"Die Datei {path}"), f"Die Datei {path}")


# -- writing -----------------------------------------------------------------------------------


def to_json(meeting: Meeting) -> dict[str, Any]:
    """The meeting as a FORMAT.md value, ready for json.dump."""
    c = meeting.committee
    members = []
    for m in c.members:
        md: dict[str, Any] = {"key": m.key, "salutation": m.salutation}
        if m.title:
            md["title"] = m.title
        md["name"] = m.name
        if m.faction:
            md["faction"] = m.faction
        md["role"] = m.role
        md["voting"] = m.voting
        members.append(md)
    attendance = []
    for a in meeting.attendance:
        ad: dict[str, Any] = {"member": a.member, "present": a.present}
        if a.arrived:
            ad["from"] = a.arrived
        if a.left:
            ad["until"] = a.left
        if a.note:
            ad["note"] = a.note
        attendance.append(ad)
    head: dict[str, Any] = {
        "number": meeting.number,
        "date": meeting.date.isoformat(),
        "start": meeting.start,
        "end": meeting.end,
        "location": meeting.location or None,
        "parts": list(meeting.parts),
    }
    if meeting.secretary:
        head["secretary"] = meeting.secretary
    head["attendance"] = attendance
    head["finalized"] = meeting.finalized
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "committee": {"name": c.name, "kind": c.kind, "assembly": c.assembly, "members": members},
        "meeting": head,
        "agenda": [_item_json(item) for item in meeting.agenda],
    }


def _item_json(item: AgendaItem) -> dict[str, Any]:
    d: dict[str, Any] = {"number": item.number, "title": item.title}
    if item.paper:
        d["paper"] = item.paper
    d["public"] = item.public
    if item.outcome:
        d["outcome"] = item.outcome
    if item.excluded:
        d["excluded"] = list(item.excluded)
    d["minutes"] = [_paragraph_json(p) for p in item.minutes]
    return d


def _paragraph_json(p: Paragraph) -> dict[str, Any]:
    if p.kind == "vote" and p.vote is not None:
        v = p.vote
        d: dict[str, Any] = {
            "kind": "vote",
            "yes": v.yes,
            "no": v.no,
            "abstain": v.abstain,
            "method": v.method,
        }
        if v.label:
            d["label"] = v.label
        if v.ballots:
            d["ballots"] = dict(v.ballots)
        return d
    d = {"kind": p.kind, "text": p.text}
    if p.speaker:
        d["speaker"] = p.speaker
    return d


def dumps(meeting: Meeting) -> str:
    return json.dumps(to_json(meeting), ensure_ascii=False, indent=2) + "\n"


def write_atomically(path: Path, data: bytes) -> None:
    """Write a temporary file beside `path`, then rename it: `path` is old or new, never half.

    Raises OSError (the temporary file removed); callers word the message.
    """
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def write_file(meeting: Meeting, path: Path) -> None:
    """Write the meeting file atomically (temporary file, then rename)."""
    try:
        write_atomically(path, dumps(meeting).encode("utf-8"))
    except OSError as exc:
        raise FormatError(
            f"Die Datei {path} kann nicht geschrieben werden: {exc.strerror}."
        ) from exc
