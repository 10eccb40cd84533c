"""The rules of a committee meeting as plain functions: majority, presence, quorum, tally checks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from .model import Meeting, Member, Vote

MAJORITY_RULES = {
    "simple": "einfache Mehrheit (mehr Ja- als Nein-Stimmen)",
    "two-thirds": "Zweidrittelmehrheit der abgegebenen Stimmen",
}


def vote_passes(vote: Vote, rule: str = "simple") -> bool:
    """Whether a vote is carried.

    simple: more yes than no; abstentions do not count; a tie rejects.
    two-thirds: yes at least two thirds of the yes and no votes cast (abstentions do not count);
    no votes cast at all rejects.
    """
    if rule == "simple":
        return vote.yes > vote.no
    if rule == "two-thirds":
        cast = vote.yes + vote.no
        return cast > 0 and 3 * vote.yes >= 2 * cast
    raise ValueError(f"unknown majority rule: {rule}")


def result_label(vote: Vote, rule: str = "simple") -> str:
    """German result word: "angenommen" or "abgelehnt"."""
    return "angenommen" if vote_passes(vote, rule) else "abgelehnt"


def suggested_outcome(vote: Vote, rule: str = "simple", amended: bool = False) -> str:
    """The item outcome a final vote suggests."""
    if not vote_passes(vote, rule):
        return "abgelehnt"
    return "geändert beschlossen" if amended else "beschlossen"


VOTE_KINDS = {
    "final": "Schlussabstimmung",
    "amendment": "Änderungsantrag",
    "procedural": "Verfahrensantrag",
}
# Words of a label that make a vote procedural, and the outcome the item gets when it passes
# (None: the item goes on, e.g. after "Schluss der Debatte").
_PROCEDURAL = (
    ("vertag", "vertagt"),
    ("verweis", "verwiesen"),
    ("überweis", "verwiesen"),
    ("zurückstell", "zurückgestellt"),
    ("absetz", "zurückgestellt"),
    ("nichtbefassung", "zurückgestellt"),
    ("schluss der debatte", None),
    ("schluss der aussprache", None),
    ("schluss der rednerliste", None),
    ("geschäftsordnung", None),
    ("unterbrechung", None),
    ("öffentlichkeit", None),
)
_AMENDMENT = ("änderungsantrag", "ergänzungsantrag", "änderungsvorschlag", "zusatzantrag",
              "ersetzungsantrag", "zur änderung", "zum änderung")  # fmt: skip


def suggested_kind(label: str) -> str:
    """The kind a vote's label suggests: "zum Änderungsantrag …" an amendment, "zur Vertagung" or
    "über die Verweisung" procedural, anything else (also "zum geänderten Antrag") final."""
    text = " ".join(label.lower().split())
    if any(word in text for word, _ in _PROCEDURAL):
        return "procedural"
    if any(word in text for word in _AMENDMENT):
        return "amendment"
    return "final"


def vote_kind(vote: Vote) -> str:
    """The vote's kind as chosen, else as its label suggests."""
    return vote.kind if vote.kind in VOTE_KINDS else suggested_kind(vote.label)


def procedural_outcome(vote: Vote) -> str:
    """The outcome a passed procedural vote gives its item ("vertagt", "verwiesen", …) or ""."""
    text = " ".join(vote.label.lower().split())
    for word, outcome in _PROCEDURAL:
        if word in text:
            return outcome or ""
    return ""


def outcome_after_vote(vote: Vote, earlier: Iterable[Vote], rule: str = "simple") -> str | None:
    """The item's outcome once `vote` is taken after the `earlier` votes of the item, or None
    where this vote does not decide it (an amendment; a procedural vote that failed or names
    no outcome)."""
    kind = vote_kind(vote)
    if kind == "final":
        amended = any(vote_kind(v) == "amendment" and vote_passes(v, rule) for v in earlier)
        return suggested_outcome(vote, rule, amended)
    if kind == "procedural" and vote_passes(vote, rule):
        return procedural_outcome(vote) or None
    return None


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def is_present(meeting: Meeting, key: str, at: str | None = None) -> bool:
    """Whether a member is in the room at time `at` ("HH:MM"; None = now, i.e. by current state).

    A member who arrived later than `at` is not yet there; one who left at or before `at` is gone.
    With `at=None` a recorded departure means the member has left.
    """
    a = meeting.attendance_of(key)
    if a is None or not a.present:
        return False
    if at is None:
        return a.left is None
    t = _minutes(at)
    if a.arrived and _minutes(a.arrived) > t:
        return False
    return not (a.left and _minutes(a.left) <= t)


def voting_present(
    meeting: Meeting, at: str | None = None, excluded: Iterable[str] = ()
) -> list[Member]:
    """The voting members present at `at`, minus those excluded for bias."""
    skip = set(excluded)
    return [
        m
        for m in meeting.committee.members
        if m.voting and m.key not in skip and is_present(meeting, m.key, at)
    ]


class Quorum(NamedTuple):
    """How many voting members are present, of how many."""

    present: int
    total: int

    @property
    def required(self) -> int:
        """Smallest number that is more than half of the voting members."""
        return self.total // 2 + 1

    @property
    def reached(self) -> bool:
        return self.total > 0 and self.present >= self.required

    def describe(self) -> str:
        state = "beschlussfähig" if self.reached else "nicht beschlussfähig"
        return f"{self.present} von {self.total} Stimmberechtigten anwesend – {state}"


def quorum(meeting: Meeting, at: str | None = None) -> Quorum:
    """Beschlussfähigkeit: more than half of the voting members are present."""
    total = len(meeting.committee.voting_members)
    return Quorum(present=len(voting_present(meeting, at)), total=total)


def tally_problems(
    vote: Vote, meeting: Meeting, excluded: Iterable[str] = (), at: str | None = None
) -> list[str]:
    """German warnings about a tally that does not fit the room; empty when plausible."""
    problems: list[str] = []
    excluded = list(excluded)
    counts = (("Zustimmung", vote.yes), ("Ablehnung", vote.no), ("Stimmenthaltung", vote.abstain))
    for label, n in counts:
        if n < 0:
            problems.append(f"{label} ist negativ ({n}).")
    if meeting.attendance:
        available = voting_present(meeting, at, excluded)
    else:  # attendance not recorded: the room is unknown, every voting member may vote
        available = [m for m in meeting.committee.voting_members if m.key not in excluded]
    if vote.cast > len(available):
        problems.append(
            f"{vote.cast} Stimmen gezählt, aber nur {len(available)} stimmberechtigte "
            f"Mitglieder anwesend (ohne Befangene)."
        )
    if vote.method == "roll-call":
        answers = Counter(vote.ballots.values())
        if (answers["yes"], answers["no"], answers["abstain"]) != (vote.yes, vote.no, vote.abstain):
            problems.append(
                "Die namentlichen Stimmen passen nicht zur Zählung "
                f"(Ja {answers['yes']}, Nein {answers['no']}, Enthaltung {answers['abstain']})."
            )
        allowed = {m.key for m in available}
        for key in vote.ballots:
            if key in excluded:
                problems.append(f"{_name(meeting, key)} ist befangen und darf nicht abstimmen.")
            elif key not in allowed:
                problems.append(f"{_name(meeting, key)} ist nicht stimmberechtigt anwesend.")
    return problems


def unanimous(meeting: Meeting, excluded: Iterable[str] = (), at: str | None = None) -> Vote:
    """ "einstimmig": every voting member present and not excluded votes yes."""
    return Vote(yes=len(voting_present(meeting, at, excluded)))


def _name(meeting: Meeting, key: str) -> str:
    m = meeting.committee.member(key)
    return m.display_name if m else key


def _name_forms(member: Member) -> list[str]:
    """How a member is named at the start of a paragraph: "Frau Dr. Schulze", "Herr Schubert"."""
    salutations = [member.salutation] if member.salutation else []
    if member.salutation == "Herr":
        salutations.append("Herrn")
    forms = []
    for salutation in salutations:
        forms.append(" ".join(p for p in (salutation, member.title, member.name) if p))
        if member.title:
            forms.append(f"{salutation} {member.name}")
    if member.title:
        forms.append(f"{member.title} {member.name}")
    if not salutations:
        forms.append(member.name)
    return forms


def speaker_at_start(text: str, members: Iterable[Member]) -> str | None:
    """The member named at the very start of a paragraph ("Frau Schäfer beantragt …"), or None.

    A paragraph's speaker is who it names first, never who spoke in the paragraph before.
    """
    start = text.lstrip()
    best: tuple[int, str] | None = None
    for member in members:
        for form in _name_forms(member):
            if start.startswith(form):
                rest = start[len(form) : len(form) + 1]
                if (not rest or not rest.isalnum()) and (best is None or len(form) > best[0]):
                    best = (len(form), member.key)
    return best[1] if best else None
