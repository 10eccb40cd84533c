"""Votes that decide: final, amendment and procedural votes, and what each does to the item."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from secretary_app.documents.context import vote_context
from secretary_app.domain.checks import check_item
from secretary_app.domain.model import (
    AgendaItem,
    Attendance,
    Committee,
    Meeting,
    Member,
    Paragraph,
    Vote,
)
from secretary_app.domain.rules import outcome_after_vote, suggested_kind, vote_kind
from secretary_app.formats import meeting_file


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("", "final"),
        ("zum geänderten Antrag", "final"),
        ("über die Vorlage in der Fassung des Ausschusses", "final"),
        ("zum Änderungsantrag der Fraktion X", "amendment"),
        ("über den Ergänzungsantrag der SPD", "amendment"),
        ("zum Zusatzantrag", "amendment"),
        ("zur Vertagung", "procedural"),
        ("über die Verweisung in den Bauausschuss", "procedural"),
        ("zur Überweisung an den Finanzausschuss", "procedural"),
        ("Antrag auf Schluss der Debatte", "procedural"),
        ("zur Absetzung von der Tagesordnung", "procedural"),
        ("zur Geschäftsordnung", "procedural"),
    ],
)
def test_the_label_suggests_the_kind(label, kind):
    assert suggested_kind(label) == kind


def test_a_chosen_kind_wins_over_the_label():
    assert vote_kind(Vote(label="zur Vertagung", kind="final")) == "final"
    assert vote_kind(Vote(label="zum geänderten Antrag")) == "final"


@pytest.mark.parametrize(
    ("vote", "earlier", "outcome"),
    [
        (Vote(6, 1, 0, label="zum geänderten Antrag"), [], "beschlossen"),
        (
            Vote(6, 1, 0, label="zum geänderten Antrag"),
            [Vote(4, 3, 0, label="zum Änderungsantrag der Fraktion X")],
            "geändert beschlossen",
        ),
        (Vote(2, 5, 0), [], "abgelehnt"),
        (Vote(7, 0, 0, label="zur Vertagung"), [], "vertagt"),
        (Vote(5, 2, 0, label="über die Verweisung in den Bauausschuss"), [], "verwiesen"),
        (Vote(2, 5, 0, label="zur Vertagung"), [], None),  # failed: the item goes on
        (Vote(6, 0, 0, label="Antrag auf Schluss der Debatte"), [], None),
        (Vote(4, 3, 0, label="zum Änderungsantrag der Fraktion X"), [], None),
    ],
)
def test_what_each_vote_does_to_the_item(vote, earlier, outcome):
    assert outcome_after_vote(vote, earlier) == outcome


def _meeting(*minutes: Paragraph, outcome: str = "", excluded: tuple[str, ...] = ()) -> Meeting:
    members = [Member(k, k.title(), "Frau") for k in ("a", "b", "c", "d", "e", "f", "g")]
    item = AgendaItem(
        "3", "Bebauungsplan", outcome=outcome, excluded=list(excluded), minutes=list(minutes)
    )
    return Meeting(
        committee=Committee("Bauausschuss", members=members),
        number=4,
        date=dt.date(2026, 3, 4),
        attendance=[Attendance(m.key, True) for m in members],
        agenda=[item],
    )


def test_check_finds_einstimmig_against_the_vote_the_sentence_speaks_of():
    meeting = _meeting(
        Paragraph("vote", vote=Vote(6, 1, 0, label="zur Vertagung")),
        Paragraph("text", "Der Antrag auf Vertagung wird einstimmig angenommen."),
        outcome="vertagt",
    )
    (finding,) = [f for f in check_item(meeting, meeting.agenda[0]) if f.kind == "unanimous"]
    assert "die Abstimmung zur Vertagung hat aber 1 Nein-Stimme" in str(finding)
    assert str(finding).startswith("TOP 3: ")


def test_check_finds_a_passed_adjournment_beside_beschlossen():
    meeting = _meeting(
        Paragraph("vote", vote=Vote(7, 0, 0, label="zur Vertagung")), outcome="beschlossen"
    )
    texts = [str(f) for f in check_item(meeting, meeting.agenda[0])]
    assert any("statt „vertagt“" in t for t in texts), texts


def test_check_finds_votes_or_a_resolution_without_an_outcome():
    labelled_only = _meeting(Paragraph("vote", vote=Vote(7, 0, 0, label="zur Vertagung")))
    assert [f.kind for f in check_item(labelled_only, labelled_only.agenda[0])] == ["no-outcome"]
    resolution = _meeting(Paragraph("resolution", "Der Plan wird beschlossen."))
    assert "no-outcome" in [f.kind for f in check_item(resolution, resolution.agenda[0])]
    # a labelled final vote decides: its item needs an outcome too, and has one when set
    final = _meeting(Paragraph("vote", vote=Vote(6, 1, 0, label="zum geänderten Antrag")))
    assert [f.kind for f in check_item(final, final.agenda[0])] == ["no-outcome"]
    final.agenda[0].outcome = "beschlossen"
    assert check_item(final, final.agenda[0]) == []


def test_check_finds_an_excluded_members_ballot_even_when_recorded_anyway():
    vote = Vote(2, 0, 0, "roll-call", "", {"a": "yes", "b": "yes"}, override="Nachtrag")
    meeting = _meeting(Paragraph("vote", vote=vote), outcome="beschlossen", excluded=("b",))
    texts = [str(f) for f in check_item(meeting, meeting.agenda[0])]
    assert any("Frau B ist wegen Befangenheit ausgeschlossen" in t for t in texts), texts


def test_the_template_sees_each_votes_kind():
    meeting = _meeting()
    item = meeting.agenda[0]
    arts = [
        vote_context(meeting, item, Vote(label=label), "simple")["art"]
        for label in ("", "zum Änderungsantrag", "zur Vertagung")
    ]
    assert arts == ["schluss", "aenderung", "verfahren"]


def test_the_meeting_file_keeps_the_kind_and_reads_the_spec_examples_double_kind(tmp_path):
    meeting = _meeting(Paragraph("vote", vote=Vote(7, 0, 0, label="Vertagung", kind="final")))
    data = json.loads(meeting_file.dumps(meeting))
    (vote,) = data["agenda"][0]["minutes"]
    assert vote["kind"] == "vote" and vote["vote_kind"] == "final"
    # FORMAT.md's example writes the vote's kind as a second "kind": JSON keeps the last one
    vote.pop("vote_kind")
    vote["kind"] = "procedural"
    read = meeting_file.parse(data).meeting
    (paragraph,) = read.agenda[0].minutes
    assert paragraph.kind == "vote" and paragraph.vote is not None
    assert paragraph.vote.kind == "procedural" and paragraph.vote.yes == 7
