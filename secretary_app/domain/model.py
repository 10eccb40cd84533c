"""The meeting room in plain Python: committee, members, meeting, agenda, minutes, votes.

No Qt and no SQL here; the store and the formats translate to and from these classes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

Salutation = Literal["Frau", "Herr", ""]
ROLES = ("chair", "deputy", "member", "advisory", "administration", "guest")
COMMITTEE_KINDS = ("advisory", "deciding")
PARAGRAPH_KINDS = ("text", "motion", "resolution", "vote")
VOTE_METHODS = ("open", "roll-call", "secret")
BALLOT_ANSWERS = ("yes", "no", "abstain")
PARTS = ("public", "non-public")

DEFAULT_OUTCOMES = (
    "beschlossen",
    "geändert beschlossen",
    "abgelehnt",
    "zurückgestellt",
    "vertagt",
    "zur Kenntnis genommen",
    "zurückgezogen",
    "verwiesen",
)

ROLE_LABELS = {
    "chair": "Vorsitz",
    "deputy": "stellv. Vorsitz",
    "member": "Mitglied",
    "advisory": "beratendes Mitglied",
    "administration": "Verwaltung",
    "guest": "Gast",
}


@dataclass
class Member:
    """A person who may appear in the minutes of a committee."""

    key: str
    name: str
    salutation: str = ""
    title: str = ""
    faction: str = ""
    role: str = "member"
    voting: bool = True
    id: int | None = None

    @property
    def display_name(self) -> str:
        """The name as the minutes print it: "Frau Dr. Schulze"."""
        return " ".join(p for p in (self.salutation, self.title, self.name) if p)

    @property
    def addressed_name(self) -> str:
        """Dative/accusative form used inside sentences: "Herrn Schubert"."""
        salutation = "Herrn" if self.salutation == "Herr" else self.salutation
        return " ".join(p for p in (salutation, self.title, self.name) if p)


@dataclass
class Committee:
    """The committee that meets: its name, kind, assembly and members."""

    name: str
    kind: str = "advisory"
    assembly: str = "Stadtverordnetenversammlung"
    members: list[Member] = field(default_factory=list)
    id: int | None = None

    def member(self, key: str) -> Member | None:
        for m in self.members:
            if m.key == key:
                return m
        return None

    @property
    def voting_members(self) -> list[Member]:
        return [m for m in self.members if m.voting]


@dataclass
class Attendance:
    """Presence of one member; times are "HH:MM" strings or None."""

    member: str
    present: bool = True
    arrived: str | None = None
    left: str | None = None
    note: str = ""


@dataclass
class Interruption:
    """The session was interrupted from `start` until `until` ("HH:MM"; None = still paused)."""

    start: str
    until: str | None = None
    note: str = ""


@dataclass
class Vote:
    """A vote on an item or a motion: the counts, how it was taken, and when."""

    yes: int = 0
    no: int = 0
    abstain: int = 0
    method: str = "open"
    label: str = ""
    ballots: dict[str, str] = field(default_factory=dict)
    time: str | None = None  # "HH:MM" when the vote was taken; presence is judged then
    override: str = ""  # why an implausible vote was recorded anyway
    # "final" (decides the item), "amendment", "procedural" (Vertagung, Verweisung, …);
    # "" = not chosen: rules.vote_kind suggests one from the label
    kind: str = ""

    @property
    def cast(self) -> int:
        return self.yes + self.no + self.abstain


@dataclass
class Paragraph:
    """One paragraph of an item's minutes: text, motion, resolution or vote."""

    kind: str = "text"
    text: str = ""
    speaker: str | None = None
    vote: Vote | None = None
    id: int | None = None

    def content_equals(self, other: Paragraph) -> bool:
        return (self.kind, self.text, self.speaker, self.vote) == (
            other.kind,
            other.text,
            other.speaker,
            other.vote,
        )


@dataclass
class AgendaItem:
    """One item of the agenda, with its minutes."""

    number: str
    title: str
    paper: str = ""
    public: bool = True
    outcome: str = ""
    excluded: list[str] = field(default_factory=list)
    minutes: list[Paragraph] = field(default_factory=list)
    id: int | None = None
    # what the council system publishes about the paper (OParl Paper), printed by templates
    paper_type: str = ""  # paperType: "Beschlussvorlage"
    department: str = ""  # underDirectionOf: the lead department (Federführung)
    originator: str = ""  # originatorPerson / originatorOrganization: who submitted it

    @property
    def votes(self) -> list[Vote]:
        return [p.vote for p in self.minutes if p.kind == "vote" and p.vote is not None]


@dataclass
class Meeting:
    """One session of a committee: its data, attendance and agenda."""

    committee: Committee
    number: int
    date: dt.date
    start: str | None = None
    end: str | None = None
    location: str = ""
    parts: list[str] = field(default_factory=list)
    secretary: str = ""
    attendance: list[Attendance] = field(default_factory=list)
    interruptions: list[Interruption] = field(default_factory=list)
    finalized: bool = False
    agenda: list[AgendaItem] = field(default_factory=list)
    id: int | None = None
    address: str = ""  # street, postcode and town of the place (OParl Location)
    # the begin the invitation names ("17:00"): a plan, not the session's begin (`start`, set
    # when she begins it); the minutes print `start` only
    planned_start: str | None = None

    @property
    def effective_parts(self) -> list[str]:
        """The parts as declared, else derived from the agenda's public flags."""
        if self.parts:
            return [p for p in PARTS if p in self.parts]
        derived = []
        if any(i.public for i in self.agenda) or not self.agenda:
            derived.append("public")
        if any(not i.public for i in self.agenda):
            derived.append("non-public")
        return derived

    def item(self, number: str) -> AgendaItem | None:
        for it in self.agenda:
            if it.number == number:
                return it
        return None

    def attendance_of(self, key: str) -> Attendance | None:
        for a in self.attendance:
            if a.member == key:
                return a
        return None

    @property
    def title(self) -> str:
        return f"{self.number}. Sitzung {self.committee.name} am {self.date:%d.%m.%Y}"


AUDIT_ACTION_LABELS = {
    "finalize": "abgeschlossen",
    "reopen": "wieder geöffnet",
    "export": "exportiert",
    "paragraph": "Absatz geändert",
    "paragraph-added": "Absatz hinzugefügt",
    "paragraph-deleted": "Absatz gelöscht",
    "item": "TOP geändert",
    "item-added": "TOP hinzugefügt",
    "item-deleted": "TOP gelöscht",
    "attendance": "Anwesenheit geändert",
    "meeting": "Sitzung geändert",
    "agenda": "Tagesordnung geändert",
}


# Records that are never changed once made are NamedTuples: one costs the start ~40 µs to
# define, a dataclass ~200–400 µs (Python 3.11 compiles its methods when the class is made).
class AuditEntry(NamedTuple):
    """One row of a meeting's audit trail: finalise/reopen, export, or a later change."""

    at: str  # ISO timestamp, seconds
    action: str  # a key of AUDIT_ACTION_LABELS
    detail: str = ""
    old: str = ""
    new: str = ""

    @property
    def label(self) -> str:
        return AUDIT_ACTION_LABELS.get(self.action, self.action)


class MeetingSummary(NamedTuple):
    """One row of the meeting picker."""

    id: int
    date: dt.date
    number: int
    committee: str
    finalized: bool = False
    items: int = 0
