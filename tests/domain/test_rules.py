"""The rules of the meeting room: majority, presence over time, quorum, plausible tallies."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.model import Attendance, Committee, Meeting, Member, Vote
from secretary_app.domain.rules import (
    is_present,
    quorum,
    result_label,
    suggested_outcome,
    tally_problems,
    unanimous,
    vote_passes,
    voting_present,
)


def _meeting(attendance: list[Attendance], voting: int = 7, non_voting: int = 1) -> Meeting:
    members = [Member(key=f"m{i}", name=f"Mitglied {i}", salutation="Frau") for i in range(voting)]
    members += [
        Member(key=f"v{i}", name=f"Verwaltung {i}", role="administration", voting=False)
        for i in range(non_voting)
    ]
    return Meeting(
        committee=Committee(name="Hauptausschuss", members=members),
        number=1,
        date=dt.date(2024, 5, 2),
        attendance=attendance,
    )


def _all_present(voting: int = 7) -> Meeting:
    return _meeting([Attendance(member=f"m{i}") for i in range(voting)] + [Attendance("v0")])


@pytest.mark.parametrize(
    ("yes", "no", "abstain", "passes"),
    [(7, 0, 0, True), (3, 3, 1, False), (4, 3, 0, True), (1, 0, 6, True), (0, 0, 7, False)],
)
def test_simple_majority_ignores_abstentions_and_a_tie_rejects(yes, no, abstain, passes):
    assert vote_passes(Vote(yes, no, abstain)) is passes
    assert result_label(Vote(yes, no, abstain)) == ("angenommen" if passes else "abgelehnt")


@pytest.mark.parametrize(
    ("yes", "no", "abstain", "passes"),
    [(6, 3, 0, True), (5, 3, 2, False), (2, 1, 4, True), (0, 0, 3, False), (10, 5, 0, True)],
)
def test_two_thirds_of_the_votes_cast(yes, no, abstain, passes):
    assert vote_passes(Vote(yes, no, abstain), "two-thirds") is passes


def test_unknown_rule_is_a_programming_error():
    with pytest.raises(ValueError):
        vote_passes(Vote(1, 0, 0), "three-quarters")


def test_outcome_suggestion_follows_the_vote():
    assert suggested_outcome(Vote(5, 2, 0)) == "beschlossen"
    assert suggested_outcome(Vote(5, 2, 0), amended=True) == "geändert beschlossen"
    assert suggested_outcome(Vote(2, 2, 3)) == "abgelehnt"


def test_voting_present_excludes_non_voting_absent_and_biased_members():
    meeting = _meeting(
        [Attendance("m0"), Attendance("m1"), Attendance("m2", present=False), Attendance("v0")]
    )
    assert [m.key for m in voting_present(meeting)] == ["m0", "m1"]
    assert [m.key for m in voting_present(meeting, excluded=["m1"])] == ["m0"]


def test_late_arrival_and_early_departure_count_only_while_in_the_room():
    meeting = _meeting(
        [
            Attendance("m0"),
            Attendance("m1", arrived="17:20"),
            Attendance("m2", left="18:30"),
        ]
    )
    assert not is_present(meeting, "m1", "17:10")
    assert is_present(meeting, "m1", "17:20")
    assert is_present(meeting, "m2", "18:29")
    assert not is_present(meeting, "m2", "18:30")
    assert len(voting_present(meeting, "17:05")) == 2  # m0, m2
    assert len(voting_present(meeting, "18:00")) == 3
    assert len(voting_present(meeting, "19:00")) == 2  # m0, m1
    # without a time the current state counts: a recorded departure means gone
    assert [m.key for m in voting_present(meeting)] == ["m0", "m1"]


def test_quorum_needs_more_than_half_of_the_voting_members():
    three = _meeting([Attendance(f"m{i}") for i in range(3)] + [Attendance("v0")], voting=6)
    four = _meeting([Attendance(f"m{i}") for i in range(4)], voting=6)
    assert quorum(three).required == 4
    assert not quorum(three).reached
    assert quorum(four).reached
    assert quorum(four).describe() == "4 von 6 Stimmberechtigten anwesend – beschlussfähig"
    assert "nicht beschlussfähig" in quorum(three).describe()


def test_quorum_over_time_with_a_late_arrival():
    meeting = _meeting(
        [Attendance(f"m{i}") for i in range(3)] + [Attendance("m3", arrived="17:30")]
    )
    assert not quorum(meeting, "17:15").reached
    assert quorum(meeting, "17:45").reached


def test_plausible_tally_has_no_problems():
    assert tally_problems(Vote(5, 1, 1), _all_present()) == []


def test_tally_larger_than_the_room_is_reported():
    problems = tally_problems(Vote(7, 1, 0), _all_present())
    assert problems == [
        "8 Stimmen gezählt, aber nur 7 stimmberechtigte Mitglieder anwesend (ohne Befangene)."
    ]


def test_excluded_member_reduces_the_possible_votes():
    assert tally_problems(Vote(7, 0, 0), _all_present(), excluded=["m3"]) != []
    assert tally_problems(Vote(6, 0, 0), _all_present(), excluded=["m3"]) == []


def test_roll_call_ballots_must_match_the_counts_and_the_room():
    meeting = _all_present()
    good = Vote(2, 1, 0, method="roll-call", ballots={"m0": "yes", "m1": "yes", "m2": "no"})
    assert tally_problems(good, meeting) == []
    wrong_count = Vote(3, 0, 0, method="roll-call", ballots={"m0": "yes", "m1": "yes", "m2": "no"})
    assert any("passen nicht" in p for p in tally_problems(wrong_count, meeting))
    biased = Vote(1, 0, 0, method="roll-call", ballots={"m3": "yes"})
    assert tally_problems(biased, meeting, excluded=["m3"]) == [
        "Frau Mitglied 3 ist befangen und darf nicht abstimmen."
    ]
    non_voting = Vote(1, 0, 0, method="roll-call", ballots={"v0": "yes"})
    assert tally_problems(non_voting, meeting) == [
        "Verwaltung 0 ist nicht stimmberechtigt anwesend."
    ]


def test_unanimous_counts_everyone_present_and_not_excluded():
    assert unanimous(_all_present()) == Vote(yes=7)
    assert unanimous(_all_present(), excluded=["m0"]) == Vote(yes=6)
    late = _meeting([Attendance("m0"), Attendance("m1", arrived="18:00")])
    assert unanimous(late, at="17:30") == Vote(yes=1)


def test_member_names_as_printed():
    m = Member(key="k", name="Krüger", salutation="Herr", title="Dr.")
    assert m.display_name == "Herr Dr. Krüger"
    assert m.addressed_name == "Herrn Dr. Krüger"
    assert Member(key="x", name="Mitglied 6").display_name == "Mitglied 6"
