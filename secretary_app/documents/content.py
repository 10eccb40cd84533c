"""What the extract and the minutes say, as a list of styled paragraphs; no Word here.

A `Block` is one paragraph: its style and its runs. The docx writer turns blocks into XML;
keeping the wording here makes it testable without opening a document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..domain.model import (
    ROLE_LABELS,
    AgendaItem,
    AuditEntry,
    Meeting,
    Member,
    Paragraph,
    Vote,
)
from ..settings import Settings
from . import german
from .styles import S

SIGNATURE_LINE = "_" * 32
DEFAULT_SECRETARY_ROLE = "Schriftführer/in"


@dataclass(frozen=True)
class Block:
    """One paragraph of a document: its style and its runs of text (each with a character style)."""

    style: S
    runs: tuple[tuple[str, S | None], ...]

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)


def _b(style: S, text: str) -> Block:
    return Block(style, ((text, None),))


# --- pieces shared by extract and minutes -----------------------------------------------------


def meeting_line(meeting: Meeting, ending: str) -> str:
    """ "21. öffentlichen/nichtöffentlichen Sitzung des Ausschusses für …" (ending "en": dative)."""
    parts = german.parts_adjective(meeting.effective_parts, ending)
    committee = german.genitive(meeting.committee.name)
    return " ".join(w for w in (f"{meeting.number}.", parts, "Sitzung", committee) if w)


def formula(meeting: Meeting) -> str:
    """The sentence before a resolution, by the committee's kind."""
    committee = german.nominative(meeting.committee.name, capital=True)
    if meeting.committee.kind == "deciding":
        return f"{committee} beschließt:"
    assembly = german.dative(meeting.committee.assembly or "Stadtverordnetenversammlung")
    return f"{committee} empfiehlt {assembly} wie folgt zu beschließen:"


def _member_name(meeting: Meeting, key: str) -> str:
    member = meeting.committee.member(key)
    return member.display_name if member else key


def vote_blocks(meeting: Meeting, vote: Vote, excluded: Sequence[str] = ()) -> Iterator[Block]:
    heading = "Abstimmungsergebnis" + (f" {vote.label.strip()}" if vote.label.strip() else "") + ":"
    yield _b(S.VOTE, heading)
    for label, count in (
        ("Zustimmung:", vote.yes),
        ("Ablehnung:", vote.no),
        ("Stimmenthaltung:", vote.abstain),
    ):
        yield Block(S.COUNTS, ((f"{label}\t", None), (str(count), S.NUMBER)))
    if vote.method == "roll-call":
        order = {m.key: i for i, m in enumerate(meeting.committee.members)}
        for answer, one, many in (
            ("yes", "Mit Ja stimmte", "Mit Ja stimmten"),
            ("no", "Mit Nein stimmte", "Mit Nein stimmten"),
            ("abstain", "Der Stimme enthielt sich", "Der Stimme enthielten sich"),
        ):
            keys = sorted(
                (k for k, v in vote.ballots.items() if v == answer),
                key=lambda k: (order.get(k, len(order)), k),
            )
            if keys:
                names = german.join_names([_member_name(meeting, k) for k in keys])
                yield _b(S.NAMES, f"{one if len(keys) == 1 else many}: {names}.")
    elif vote.method == "secret":
        yield _b(S.NAMES, "Die Abstimmung erfolgte geheim.")
    if excluded:  # bias is said at the vote it concerns, not above the minutes
        names = german.join_names([_member_name(meeting, k) for k in excluded])
        verb = "nahm" if len(excluded) == 1 else "nahmen"
        yield _b(S.NAMES, f"Wegen Befangenheit {verb} nicht teil: {names}.")


def _paragraph_blocks(
    meeting: Meeting, minutes: Iterable[Paragraph], excluded: Sequence[str] = ()
) -> Iterator[Block]:
    previous = ""
    for paragraph in minutes:
        kind = paragraph.kind
        if kind == "vote":
            if paragraph.vote is not None:
                yield from vote_blocks(meeting, paragraph.vote, excluded)
        elif kind == "resolution":
            if previous != "resolution":
                yield _b(S.FORMULA, formula(meeting))
            yield _b(S.RESOLUTION, paragraph.text)
        elif kind == "motion":
            yield _b(S.MOTION, paragraph.text)
        else:
            yield _b(S.TEXT, paragraph.text)
        previous = kind


def item_blocks(meeting: Meeting, item: AgendaItem) -> Iterator[Block]:
    """The item as the extract and the minutes print it: heading, paper, outcome, minutes."""
    yield _b(S.ITEM, " ".join(w for w in ("Top", item.number, item.title) if w))
    if item.paper:
        yield _b(S.ITEM_DETAILS, item.paper)
    if item.outcome:
        yield _b(S.ITEM_DETAILS, item.outcome)
    yield from _paragraph_blocks(meeting, item.minutes, item.excluded)


def _place_date(meeting: Meeting, settings: Settings) -> str:
    day = german.date(meeting.date)
    return f"{settings.place}, den {day}" if settings.place.strip() else day


def secretary_name(meeting: Meeting, settings: Settings) -> str:
    return settings.secretary_name.strip() or meeting.secretary.strip()


def _chair(meeting: Meeting) -> tuple[str, str]:
    for member in meeting.committee.members:
        if member.role == "chair":
            role = {"Frau": "Vorsitzende", "Herr": "Vorsitzender"}.get(member.salutation, "Vorsitz")
            return member.display_name, role
    return "", "Vorsitz"


# --- the two documents ------------------------------------------------------------------------


def extract_blocks(meeting: Meeting, item: AgendaItem, settings: Settings) -> list[Block]:
    """The Protokollauszug of one item, in the order of the reference extract."""
    blocks = [
        _b(S.TITLE, "Protokollauszug"),
        _b(S.SUBTITLE, "aus der"),
        _b(S.SUBTITLE, meeting_line(meeting, "en")),
        _b(S.SUBTITLE, f"vom {german.date(meeting.date)}"),
        _b(S.RULE, ""),
        _b(S.PART, german.part_label(item.public)),
    ]
    blocks.extend(item_blocks(meeting, item))
    blocks.append(_b(S.PLACE_DATE, _place_date(meeting, settings)))
    blocks.append(_b(S.SIGNATURE, SIGNATURE_LINE))
    name = secretary_name(meeting, settings)
    if name:
        blocks.append(_b(S.SIGNATURE, name))
    blocks.append(_b(S.SIGNATURE, settings.secretary_role.strip() or DEFAULT_SECRETARY_ROLE))
    return blocks


def _attendance_line(meeting: Meeting, member: Member, with_times: bool) -> str:
    text = member.display_name
    if member.faction:
        text += f", {member.faction}"
    if member.role != "member":
        text += f" ({ROLE_LABELS.get(member.role, member.role)})"
    record = meeting.attendance_of(member.key)
    if record is not None and with_times:
        times = []
        if record.arrived:
            times.append(f"ab {german.time_of_day(record.arrived)}")
        if record.left:
            times.append(f"bis {german.time_of_day(record.left)}")
        if times:
            text += " – " + " ".join(times)
    if record is not None and record.note.strip():
        text += f" – {record.note.strip()}"
    return text


def attendance_blocks(meeting: Meeting) -> Iterator[Block]:
    if not meeting.attendance:  # not recorded: say so rather than list everyone as absent
        yield _b(S.SECTION, "Anwesenheit")
        yield _b(S.LIST, "Die Anwesenheit wurde nicht erfasst.")
        return
    members = sorted(meeting.committee.members, key=lambda m: not m.voting)  # voting first
    present = [m for m in members if (a := meeting.attendance_of(m.key)) and a.present]
    absent = [m for m in members if m not in present]
    yield _b(S.SECTION, "Anwesend")
    if not present:
        yield _b(S.LIST, "niemand")
    for member in present:
        yield _b(S.LIST, _attendance_line(meeting, member, with_times=True))
    if absent:
        yield _b(S.SECTION, "Abwesend")
        for member in absent:
            yield _b(S.LIST, _attendance_line(meeting, member, with_times=False))


def minutes_items(meeting: Meeting, public: bool) -> list[AgendaItem]:
    return [it for it in meeting.agenda if it.public or not public]


def interruptions_text(meeting: Meeting) -> str:
    """ "18:10 bis 18:25 Uhr (Pause), 19:00 bis 19:05 Uhr" for the minutes' head."""
    spans = []
    for pause in meeting.interruptions:
        until = pause.until or meeting.end
        span = f"{pause.start} bis {until} Uhr" if until else f"ab {pause.start} Uhr"
        spans.append(span + (f" ({pause.note})" if pause.note else ""))
    return ", ".join(spans)


def minutes_blocks(
    meeting: Meeting,
    settings: Settings,
    *,
    public: bool = False,
    audit: Sequence[AuditEntry] = (),
) -> list[Block]:
    """The Niederschrift; with `public` every non-public item is left out, titles too."""
    items = minutes_items(meeting, public)
    blocks = [
        _b(S.TITLE, "Niederschrift"),
        _b(S.SUBTITLE, "über die " + meeting_line(meeting, "e")),
        _b(S.SUBTITLE, f"vom {german.date(meeting.date)}"),
    ]
    if public:
        blocks.append(_b(S.SUBTITLE, "– öffentlicher Teil –"))
    blocks.append(_b(S.RULE, ""))
    head = [
        ("Beginn:", german.time_of_day(meeting.start) if meeting.start else ""),
        (
            "Unterbrechung:" if len(meeting.interruptions) == 1 else "Unterbrechungen:",
            interruptions_text(meeting),
        ),
        ("Ende:", german.time_of_day(meeting.end) if meeting.end else ""),
        ("Ort:", place_with_address(meeting)),
    ]
    blocks.extend(_b(S.HEAD, f"{label}\t{value}") for label, value in head if value)
    blocks.extend(attendance_blocks(meeting))

    blocks.append(_b(S.SECTION, "Tagesordnung"))
    for part_public in (True, False):
        part = [it for it in items if it.public == part_public]
        if not part:
            continue
        blocks.append(_b(S.PART, german.part_label(part_public)))
        for it in part:
            line = f"{it.number}\t{it.title}" + (f"\n{it.paper}" if it.paper else "")
            blocks.append(_b(S.AGENDA, line))

    blocks.append(_b(S.SECTION, "Verlauf der Sitzung"))
    current: bool | None = None
    for it in items:
        if it.public != current:
            blocks.append(_b(S.PART, german.part_label(it.public)))
            current = it.public
        blocks.extend(item_blocks(meeting, it))
    if not items:
        blocks.append(_b(S.TEXT, "Die Tagesordnung ist leer."))

    chair, chair_role = _chair(meeting)
    secretary = secretary_name(meeting, settings)
    role = settings.secretary_role.strip() or DEFAULT_SECRETARY_ROLE
    blocks.append(_b(S.PLACE_DATE, _place_date(meeting, settings)))
    blocks.append(_b(S.SIGNATURE, f"{SIGNATURE_LINE}\t{SIGNATURE_LINE}"))
    if chair or secretary:
        blocks.append(_b(S.SIGNATURE, f"{chair}\t{secretary}"))
    blocks.append(_b(S.SIGNATURE, f"{chair_role}\t{role}"))
    if not public:
        blocks.extend(audit_blocks(audit))
    return blocks


def place_with_address(meeting: Meeting) -> str:
    """ "Ratssaal, Hauptstraße 114, 31171 Nordstemmen": the address once, where it is known."""
    place, address = meeting.location.strip(), meeting.address.strip()
    if not address or address.casefold() in place.casefold():
        return place
    return ", ".join(p for p in (place, address) if p)


def audit_blocks(audit: Sequence[AuditEntry]) -> Iterator[Block]:
    """ "Änderungsnachweis": when the meeting was finalised, reopened or changed after export.

    Exports themselves are left out: they are the reason changes are recorded, not changes.
    """
    entries = [e for e in audit if e.action != "export"]
    if not entries:
        return
    yield _b(S.SECTION, "Änderungsnachweis")
    for e in entries:
        when = german.timestamp(e.at)
        line = f"{when} – {e.label}"
        if e.detail:
            line += f": {e.detail}" if e.action not in ("reopen", "finalize") else f" ({e.detail})"
        if e.old or e.new:
            line += f" – „{e.old}“ → „{e.new}“"
        yield _b(S.LIST, line)
