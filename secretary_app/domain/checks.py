"""The contradiction checker: what in a meeting's minutes cannot all be true at once.

None of the council systems has it. Every finding is one German line, item number first, so
the secretary can go through them before she signs; `check_meeting` runs before every export.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from . import rules
from .counts import UNANIMOUS, named_counts
from .model import AgendaItem, Meeting, Paragraph, Vote

PASSED_OUTCOMES = ("beschlossen", "geändert beschlossen", "angenommen", "zugestimmt")
FAILED_OUTCOMES = ("abgelehnt",)

_COUNT_WORDS = {
    "yes": ("Ja-Stimme", "Ja-Stimmen"),
    "no": ("Nein-Stimme", "Nein-Stimmen"),
    "abstain": ("Enthaltung", "Enthaltungen"),
}


@dataclass(frozen=True)
class Finding:
    """One contradiction: which item, what kind, and the German sentence that says it."""

    item: str  # the item's number ("" for the meeting as a whole)
    kind: (
        str  # implausible-vote | text-counts | unanimous | outcome | no-vote | no-outcome | absent
        # | excluded-ballot | times
    )
    text: str

    def __str__(self) -> str:
        return f"TOP {self.item}: {self.text}" if self.item else self.text


def counts_in_text(text: str) -> dict[str, int]:
    """The vote counts a sentence states: {"abstain": 5} for "bei 5 Enthaltungen"."""
    return {kind: found[0] for kind, found in named_counts(text).items()}


def vote_problems(vote: Vote, meeting: Meeting, item: AgendaItem) -> list[str]:
    """Why a vote cannot be right in this room at its time (empty when plausible).

    A vote without a time is judged against everyone who was there at some point of the
    meeting: a member who left at 19:10 may well have voted at 18:00.
    """
    if vote.time is None:
        meeting = dataclasses.replace(
            meeting,
            attendance=[
                dataclasses.replace(a, arrived=None, left=None) for a in meeting.attendance
            ],
        )
    return rules.tally_problems(vote, meeting, item.excluded, vote.time)


def _final_vote(item: AgendaItem) -> Vote | None:
    """The vote on the item itself: the last final vote (not one on an amendment or on
    procedure)."""
    final = [v for v in item.votes if rules.vote_kind(v) == "final"]
    return final[-1] if final else None


def _vote_spoken_of(item: AgendaItem, index: int) -> Vote | None:
    """The vote a sentence speaks of: the nearest vote paragraph before it, else after it."""
    before = [p.vote for p in item.minutes[:index] if p.vote is not None]
    if before:
        return before[-1]
    after = [p.vote for p in item.minutes[index + 1 :] if p.vote is not None]
    return after[0] if after else None


def _check_item(meeting: Meeting, item: AgendaItem, rule: str) -> list[Finding]:
    out: list[Finding] = []

    def add(kind: str, text: str) -> None:
        out.append(Finding(item.number, kind, text))

    for vote in item.votes:
        if vote.override:
            continue  # recorded anyway on purpose; the reason is stored with the vote
        for problem in vote_problems(vote, meeting, item):
            label = f" ({vote.label})" if vote.label else ""
            add("implausible-vote", f"Abstimmung{label}: {problem}")
    texts = [p for p in item.minutes if p.kind != "vote" and p.text]
    votes = item.votes
    if votes:
        for p in texts:
            stated = counts_in_text(p.text)
            if stated and not any(
                all(getattr(v, f) == n for f, n in stated.items()) for v in votes
            ):
                said = ", ".join(f"{n} {_COUNT_WORDS[f][n != 1]}" for f, n in stated.items())
                tallies = "; ".join(
                    f"Ja {v.yes}, Nein {v.no}, Enthaltung {v.abstain}" for v in votes
                )
                add(
                    "text-counts",
                    f"Der Text nennt {said}, die Abstimmung sagt {tallies}: „{_quote(p)}“",
                )
        for index, p in enumerate(item.minutes):
            if p.kind == "vote" or not p.text or not UNANIMOUS.search(p.text):
                continue
            spoken = _vote_spoken_of(item, index)
            if spoken is not None and spoken.no > 0:
                label = f" {spoken.label}" if spoken.label else ""
                add(
                    "unanimous",
                    f"Der Text sagt „einstimmig“, die Abstimmung{label} hat aber {spoken.no} "
                    f"Nein-Stimme{'n' if spoken.no != 1 else ''}: „{_quote(p)}“",
                )
    final = _final_vote(item)
    outcome = item.outcome.strip().lower()
    for vote in votes:
        if rules.vote_kind(vote) != "procedural" or not rules.vote_passes(vote, rule):
            continue
        decided = rules.procedural_outcome(vote)
        if decided and outcome in PASSED_OUTCOMES + FAILED_OUTCOMES and final is None:
            add(
                "outcome",
                f"Die Abstimmung {vote.label} ist angenommen (Ja {vote.yes}, Nein {vote.no}), "
                f"das Ergebnis lautet aber „{item.outcome}“ statt „{decided}“.",
            )
    if votes and not outcome and final is None:
        add("no-outcome", "Es wurde abgestimmt, aber kein Ergebnis (Beschlussstatus) gesetzt.")
    if any(p.kind == "resolution" for p in item.minutes) and not votes and not outcome:
        add("no-outcome", "Es gibt einen Beschlusstext, aber kein Ergebnis (Beschlussstatus).")
    excluded = set(item.excluded)
    for vote in votes:  # without a reason the implausible-vote finding says it already
        if not vote.override:
            continue
        for key in sorted(excluded & set(vote.ballots)):
            add(
                "excluded-ballot",
                f"{_name(meeting, key)} ist wegen Befangenheit ausgeschlossen, hat aber bei der "
                f"namentlichen Abstimmung{(' ' + vote.label) if vote.label else ''} gestimmt.",
            )
    if final is not None:
        passed = rules.vote_passes(final, rule)
        if not outcome:
            add("no-outcome", "Es wurde abgestimmt, aber kein Ergebnis (Beschlussstatus) gesetzt.")
        elif passed and outcome in FAILED_OUTCOMES:
            add(
                "outcome",
                f"Ergebnis „{item.outcome}“, aber die Abstimmung (Ja {final.yes}, Nein "
                f"{final.no}) ist nach der Mehrheitsregel angenommen.",
            )
        elif not passed and outcome in PASSED_OUTCOMES:
            add(
                "outcome",
                f"Ergebnis „{item.outcome}“, aber die Abstimmung (Ja {final.yes}, Nein "
                f"{final.no}) ist nach der Mehrheitsregel abgelehnt.",
            )
    if any(p.kind == "resolution" for p in item.minutes) and not votes:
        add("no-vote", "Es gibt einen Beschlusstext, aber keine Abstimmung.")
    for p in item.minutes:
        if p.speaker and not _present_at_all(meeting, p.speaker):
            add("absent", f"{_name(meeting, p.speaker)} spricht, ist aber als abwesend vermerkt.")
    return out


def _present_at_all(meeting: Meeting, key: str) -> bool:
    a = meeting.attendance_of(key)
    return a is None or a.present  # without an attendance list nobody is marked absent


def _name(meeting: Meeting, key: str) -> str:
    m = meeting.committee.member(key)
    return m.display_name if m else key


def _quote(p: Paragraph, limit: int = 60) -> str:
    text = " ".join(p.text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_meeting(
    meeting: Meeting, rule: str = "simple", public_only: bool = False
) -> list[Finding]:
    """Every contradiction of the meeting: its times first, then in agenda order."""
    out: list[Finding] = _check_times(meeting)
    for item in meeting.agenda:
        if public_only and not item.public:
            continue
        out.extend(_check_item(meeting, item, rule))
    return out


def _check_times(meeting: Meeting) -> list[Finding]:
    """Begin, interruptions and end out of order (a file from elsewhere, a typed time)."""
    from ..errors import KnownError
    from .session_times import check_times

    try:
        check_times(meeting.start, meeting.end, meeting.interruptions)
    except KnownError as exc:
        return [Finding("", "times", f"Sitzungszeiten: {exc}")]
    return []


def check_item(meeting: Meeting, item: AgendaItem, rule: str = "simple") -> list[Finding]:
    return _check_item(meeting, item, rule)
