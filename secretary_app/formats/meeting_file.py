"""The meeting file (FORMAT.md, version 1): read with full validation, write back losslessly.

Reading never raises anything but `FormatError`; each error names the JSON path of the fault.
Unknown keys are collected as warnings and otherwise ignored.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from typing import Any, NamedTuple

from .. import fileio
from ..domain import limits
from ..domain.model import (
    AgendaItem,
    Attendance,
    Committee,
    Interruption,
    Meeting,
    Member,
    Paragraph,
    Vote,
)
from ..errors import KnownError, os_reason

FORMAT_NAME = "secretary-app/meeting"
FORMAT_VERSION = 1
SCHEMA_PATH = Path(__file__).with_name("meeting.schema.json")

# Limits (issue 14): a real meeting is far below them; each message names its limit.
MAX_FILE_BYTES = 20 * 1024 * 1024  # a 100-item meeting with full minutes is ~3 MB
MAX_ITEMS = 2000  # agenda items
MAX_PARAGRAPHS = 5000  # paragraphs of one item's minutes
MAX_MEMBERS = 1000
MAX_NUMBER = 999_999  # meeting number (also the schema's maximum)
MAX_COUNT = 100_000  # votes cast for one answer (also the schema's maximum)
MAX_WARNINGS = 50


class FormatError(KnownError):
    """The file cannot be read as a meeting file; nothing was imported."""


class ReadResult(NamedTuple):
    """A meeting read from a file, with warnings on what was repaired."""

    meeting: Meeting
    warnings: list[str]


def read_bytes(path: Path) -> bytes:
    """Read a file for import, turning every OS error into a German message."""
    return fileio.read_bytes_german(
        path, limit=MAX_FILE_BYTES, what="Sitzungsdatei", error=FormatError
    )


def decode_json(data: bytes, source: str) -> Any:
    """Bytes → JSON value, with German messages for encoding and syntax faults."""
    return fileio.decode_json_german(data, source, error=FormatError)


_TYPE_WORDS = {
    "string": "Text",
    "integer": "eine ganze Zahl",
    "boolean": "true oder false",
    "array": "eine Liste",
    "object": "ein Objekt",
    "null": "leer (null)",
}
_PATTERN_WORDS = {
    "^([01]\\d|2[0-3]):[0-5]\\d$": "muss eine Uhrzeit HH:MM sein",
    "^\\d{4}-\\d{2}-\\d{2}$": "muss ein Datum JJJJ-MM-TT sein",
    "\\S": "darf nicht leer sein",
}


@functools.cache
def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


def _strict(schema: Any) -> Any:
    """A copy of the schema in which every object with `properties` allows no other keys."""
    if isinstance(schema, dict):
        if "if" in schema:  # the branches' properties count too: unevaluatedProperties sees them
            out = {k: (v if k in ("if", "then", "else") else _strict(v)) for k, v in schema.items()}
            out["unevaluatedProperties"] = False
            return out
        out = {k: _strict(v) for k, v in schema.items()}
        if "properties" in schema and "additionalProperties" not in schema:
            out["additionalProperties"] = False
        return out
    if isinstance(schema, list):
        return [_strict(v) for v in schema]
    return schema


@functools.cache
def _validator() -> Any:
    """The shipped schema made strict (unknown keys reported, for warnings); jsonschema is lazy."""
    import jsonschema

    cls = jsonschema.Draft202012Validator
    return cls(_strict(_schema()), format_checker=cls.FORMAT_CHECKER)


def _path(parts: Any) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "$"


def _message(error: Any) -> str:
    """One jsonschema error as "path: German reason"."""
    path = _path(error.absolute_path)
    keyword, expected, schema = error.validator, error.validator_value, error.schema
    if keyword == "required":
        missing = next((k for k in expected if k not in error.instance), expected[0])
        return f"{_path([*error.absolute_path, missing])}: fehlt"
    if keyword == "maximum":
        limit = f"{expected:_}".replace("_", ".")
        if path == "meeting.number":
            shown = str(error.instance)
            shown = shown[:12] + "…" if len(shown) > 12 else shown
            return f"{path}: {shown} ist keine Sitzungsnummer (Grenze: {limit})"
        return f"{path}: ist größer als {limit}"
    if schema.get("minimum") == 0 and schema.get("type") == "integer":
        return f"{path}: muss eine ganze Zahl ≥ 0 sein"
    if keyword == "type":
        kinds = [expected] if isinstance(expected, str) else list(expected)
        words = " oder ".join(_TYPE_WORDS.get(k, k) for k in kinds if k != "null")
        return f"{path}: muss {words} sein"
    if keyword == "enum":
        shown = ", ".join(f"„{v}“" for v in expected if v)
        return f"{path}: muss einer dieser Werte sein: {shown}"
    if keyword == "pattern":
        return f"{path}: {_PATTERN_WORDS.get(expected, 'hat eine ungültige Form')}"
    if keyword == "format":
        return f"{path}: muss ein Datum JJJJ-MM-TT sein"
    if keyword == "minLength":
        return f"{path}: darf nicht leer sein"
    if keyword == "const":
        return f"{path}: muss „{expected}“ sein"
    return f"{path}: ist ungültig"


def _first_error(errors: list[Any]) -> Any:
    """The fault a reader meets first: earliest in the document, deepest there."""
    return min(errors, key=lambda e: (list(map(str, e.absolute_path)), -len(e.absolute_path)))


def validate(value: Any, source: str = "Die Datei") -> list[str]:
    """Check a decoded meeting file against the shipped schema and its cross-references.

    Returns the warnings (unknown keys); raises FormatError naming the JSON path of the first
    fault. This is the only validation of the meeting file: `parse` builds on it.
    """
    if not isinstance(value, dict):
        raise FormatError("$: muss ein Objekt sein")
    fmt = value.get("format")
    if fmt != FORMAT_NAME:
        raise FormatError(
            f"{source} ist keine Protokollant-Sitzungsdatei (format muss „{FORMAT_NAME}“ sein, "
            f"ist {json.dumps(fmt, ensure_ascii=False)})."
        )
    version = value.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise FormatError("version: muss eine ganze Zahl sein")
    if version > FORMAT_VERSION:
        raise FormatError(
            f"{source} wurde von einer neueren Version von Protokollant geschrieben "
            f"(Format-Version {version}, unterstützt wird bis {FORMAT_VERSION}). "
            "Bitte aktualisieren Sie Protokollant."
        )
    _check_limits(value)
    validator = _validator()
    try:
        errors = list(validator.iter_errors(value))
    except RecursionError as exc:
        raise FormatError(f"{source} ist zu tief verschachtelt.") from exc
    # one pass over the strict schema: unknown keys are warnings, everything else a fault
    unknown = [
        e for e in errors if e.validator in ("additionalProperties", "unevaluatedProperties")
    ]
    faults = [e for e in errors if e not in unknown]
    if faults:
        raise FormatError(_message(_first_error(faults)))
    warnings = []
    for error in unknown:
        known = set(error.schema.get("properties", {}))
        for branch in ("then", "else"):
            known |= set(error.schema.get(branch, {}).get("properties", {}))
        for key in error.instance:
            if key not in known and key != "$schema":
                where = _path([*error.absolute_path, key])
                warnings.append(f"{where}: unbekannter Schlüssel, ignoriert")
    _check_references(value)
    warnings = sorted(set(warnings), key=warnings.index)
    if len(warnings) > MAX_WARNINGS:
        warnings = [
            *warnings[:MAX_WARNINGS],
            "… weitere unbekannte Schlüssel nicht einzeln genannt",
        ]
    return warnings


def _printable(text: str) -> str:
    """A message naming a key with a lone surrogate must itself be printable."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _check_limits(value: dict[str, Any]) -> None:
    """Sizes no meeting has, and characters no file can hold, before the (linear) schema check."""

    def count(v: Any, path: str, limit: int) -> None:
        if isinstance(v, list) and len(v) > limit:
            raise FormatError(
                f"{path}: hat {len(v)} Einträge; die Grenze ist {limit} (ist das eine Sitzung?)"
            )

    committee = value.get("committee")
    head = value.get("meeting")
    agenda = value.get("agenda")
    count(
        committee.get("members") if isinstance(committee, dict) else None,
        "committee.members",
        MAX_MEMBERS,
    )
    count(
        head.get("attendance") if isinstance(head, dict) else None,
        "meeting.attendance",
        MAX_MEMBERS,
    )
    count(agenda, "agenda", MAX_ITEMS)
    for i, item in enumerate(agenda if isinstance(agenda, list) else []):
        if isinstance(item, dict):
            count(item.get("minutes"), f"agenda[{i}].minutes", MAX_PARAGRAPHS)
    _check_text(value, [])


_TEXT_LIMITS = {
    "number": limits.NUMBER_CHARS,
    "title": limits.TITLE_CHARS,
    "paper": limits.PAPER_CHARS,
    "text": limits.PARAGRAPH_CHARS,
    **{
        key: limits.NAME_CHARS
        for key in (
            "name",
            "faction",
            "location",
            "secretary",
            "speaker",
            "label",
            "outcome",
            "salutation",
            "assembly",
            "key",
            "member",
            "kind",
            "role",
            "method",
        )
    },
}


def _check_text(value: Any, parts: list[Any]) -> None:
    """A lone surrogate ("\\ud800") cannot be stored or printed: refused with its path; a
    text beyond its limit (`domain/limits.py`) is refused naming it."""
    if isinstance(value, str):
        key = parts[-1] if parts and isinstance(parts[-1], str) else ""
        reason = limits.too_long("Der Text", value, _TEXT_LIMITS.get(key, limits.PARAGRAPH_CHARS))
        if reason:
            raise FormatError(_printable(f"{_path(parts)}: {reason}"))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise FormatError(
                _printable(
                    f"{_path(parts)}: enthält ein ungültiges Zeichen "
                    f"(U+{ord(value[exc.start]):04X}, einzelnes Surrogat)"
                )
            ) from exc
    elif isinstance(value, dict):
        for key, v in value.items():
            _check_text(key, [*parts, key])
            _check_text(v, [*parts, key])
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_text(v, [*parts, i])


def _check_references(value: dict[str, Any]) -> None:
    """What a schema cannot say: member keys exist and keys and numbers are unique."""

    def unique(values: list[Any], path: str, field: str) -> None:
        seen: dict[Any, int] = {}
        for i, v in enumerate(values):
            key = v.get(field)
            if key in seen:
                raise FormatError(
                    f"{path}[{i}].{field}: „{key}“ kommt doppelt vor (auch {path}[{seen[key]}])"
                )
            seen[key] = i

    def known(key: Any, path: str) -> None:
        if key not in keys:
            raise FormatError(f"{path}: unbekanntes Mitglied „{key}“")

    members = value["committee"].get("members") or []
    unique(members, "committee.members", "key")
    keys = {m["key"] for m in members}
    attendance = value["meeting"].get("attendance") or []
    for i, a in enumerate(attendance):
        known(a["member"], f"meeting.attendance[{i}].member")
    unique(attendance, "meeting.attendance", "member")
    agenda = value.get("agenda") or []
    unique(agenda, "agenda", "number")
    for i, item in enumerate(agenda):
        for j, key in enumerate(item.get("excluded") or []):
            known(key, f"agenda[{i}].excluded[{j}]")
        for j, p in enumerate(item.get("minutes") or []):
            if p.get("speaker") is not None:
                known(p["speaker"], f"agenda[{i}].minutes[{j}].speaker")
            for key in p.get("ballots") or {}:
                known(key, f"agenda[{i}].minutes[{j}].ballots.{key}")


_VOTE_KINDS = ("final", "amendment", "procedural")


def _vote_kinds_as_written(value: Any) -> None:
    """A vote's kind is `vote_kind`. A file that followed the example of FORMAT.md to the letter
    wrote it as a second "kind" key, which JSON keeps instead of "vote": such a paragraph has
    counts and a vote kind for its kind, and is read as the vote it is."""
    if not isinstance(value, dict):
        return
    for item in value.get("agenda") or []:
        if not isinstance(item, dict):
            continue
        for paragraph in item.get("minutes") or []:
            if (
                isinstance(paragraph, dict)
                and paragraph.get("kind") in _VOTE_KINDS
                and "yes" in paragraph
            ):
                paragraph["vote_kind"] = paragraph["kind"]
                paragraph["kind"] = "vote"


def parse(value: Any, source: str = "Die Datei", *, shipped: bool = False) -> ReadResult:
    """Validate a decoded JSON value and build the meeting; raises FormatError.

    `shipped`: a file that comes with the program (the demo meeting), valid by construction
    (`tests/formats/test_meeting_file.py` validates it): not checked again on every `--demo`,
    which would import jsonschema (~40 ms) on the way to the first frame."""
    _vote_kinds_as_written(value)
    warnings = [] if shipped else validate(value, source)
    c = value["committee"]
    committee = Committee(
        name=c["name"],
        kind=c.get("kind") or "advisory",
        assembly=c.get("assembly") or "",
        members=[
            Member(
                key=m["key"],
                salutation=m.get("salutation") or "",
                title=m.get("title") or "",
                name=m["name"],
                faction=m.get("faction") or "",
                role=m.get("role") or "member",
                voting=m.get("voting", True),
            )
            for m in c.get("members") or []
        ],
    )
    h = value["meeting"]
    meeting = Meeting(
        committee=committee,
        number=h["number"],
        date=dt.date.fromisoformat(h["date"]),
        start=h.get("start") or None,
        end=h.get("end") or None,
        location=h.get("location") or "",
        address=h.get("address") or "",
        parts=list(h.get("parts") or []),
        secretary=h.get("secretary") or "",
        attendance=[
            Attendance(
                member=a["member"],
                present=a.get("present", True),
                arrived=a.get("from") or None,
                left=a.get("until") or None,
                note=a.get("note") or "",
            )
            for a in h.get("attendance") or []
        ],
        interruptions=[
            Interruption(i["from"], i.get("until") or None, i.get("note") or "")
            for i in h.get("interruptions") or []
        ],
        finalized=h.get("finalized", False),
    )
    meeting.agenda = [
        AgendaItem(
            number=it["number"],
            title=it["title"],
            paper=it.get("paper") or "",
            paper_type=it.get("paper_type") or "",
            department=it.get("department") or "",
            originator=it.get("originator") or "",
            public=it["public"],
            outcome=it.get("outcome") or "",
            excluded=list(it.get("excluded") or []),
            minutes=[_paragraph(p) for p in it.get("minutes") or []],
        )
        for it in value.get("agenda") or []
    ]
    return ReadResult(meeting=meeting, warnings=warnings)


def _paragraph(d: dict[str, Any]) -> Paragraph:
    if d["kind"] == "vote":
        vote = Vote(
            yes=d.get("yes") or 0,
            no=d.get("no") or 0,
            abstain=d.get("abstain") or 0,
            method=d.get("method") or "open",
            label=d.get("label") or "",
            ballots=dict(d.get("ballots") or {}),
            time=d.get("time") or None,
            override=d.get("override") or "",
            kind=d.get("vote_kind") or "",
        )
        return Paragraph(kind="vote", vote=vote)
    return Paragraph(kind=d["kind"], text=d.get("text") or "", speaker=d.get("speaker"))


def read_file(path: Path) -> ReadResult:
    """Read and validate a meeting file from disk."""
    return parse(decode_json(read_bytes(path), f"Die Datei {path}"), f"Die Datei {path}")


def read_shipped_file(path: Path) -> ReadResult:
    """A meeting file that comes with the program (see `parse`'s `shipped`)."""
    source = f"Die Datei {path}"
    return parse(decode_json(read_bytes(path), source), source, shipped=True)


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
    }
    if meeting.address:
        head["address"] = meeting.address
    head["parts"] = list(meeting.parts)
    if meeting.secretary:
        head["secretary"] = meeting.secretary
    head["attendance"] = attendance
    if meeting.interruptions:
        head["interruptions"] = [
            {"from": i.start, "until": i.until, **({"note": i.note} if i.note else {})}
            for i in meeting.interruptions
        ]
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
    for key in ("paper_type", "department", "originator"):
        if getattr(item, key):
            d[key] = getattr(item, key)
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
        if v.time:
            d["time"] = v.time
        if v.override:
            d["override"] = v.override
        if v.kind:
            d["vote_kind"] = v.kind
        return d
    d = {"kind": p.kind, "text": p.text}
    if p.speaker:
        d["speaker"] = p.speaker
    return d


def dumps(meeting: Meeting) -> str:
    return json.dumps(to_json(meeting), ensure_ascii=False, indent=2) + "\n"


def write_file(meeting: Meeting, path: Path) -> None:
    """Write the meeting file atomically and private (0600: it holds non-public text)."""
    try:
        fileio.write_private_atomic(path, dumps(meeting).encode("utf-8"))
    except OSError as exc:
        raise FormatError(
            f"Die Datei {path} kann nicht geschrieben werden: {os_reason(exc)}."
        ) from exc
