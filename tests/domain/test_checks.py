"""The contradiction checker: clean on the real extract, one finding for each kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretary_app.domain import rules
from secretary_app.domain.checks import check_meeting, counts_in_text
from secretary_app.domain.model import Attendance, Paragraph, Vote
from secretary_app.formats import meeting_file

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "seed-meeting.json"
RICH = Path(__file__).parent.parent / "data" / "rich-meeting.json"


def rich():
    return meeting_file.read_file(RICH).meeting


@pytest.mark.skipif(not SEED.exists(), reason="../shared/reference is not beside the checkout")
def test_the_seed_extract_has_no_contradictions():
    assert check_meeting(meeting_file.read_file(SEED).meeting) == []


def test_the_rich_test_meeting_has_no_contradictions():
    assert check_meeting(rich()) == []


def _top9_with(*paragraphs: Paragraph, outcome: str = "beschlossen"):
    m = rich()
    top9 = m.item("9")
    top9.minutes = list(paragraphs)
    top9.outcome = outcome
    return m


def vote(yes=0, no=0, abstain=0, **kw) -> Paragraph:
    return Paragraph(kind="vote", vote=Vote(yes=yes, no=no, abstain=abstain, **kw))


def text(t: str, speaker: str | None = None) -> Paragraph:
    return Paragraph(kind="text", text=t, speaker=speaker)


@pytest.mark.parametrize(
    ("meeting", "kind", "words"),
    [
        (_top9_with(vote(yes=9)), "implausible-vote", "9 Stimmen gezählt"),
        (
            _top9_with(text("Beschlossen bei 1 Enthaltung."), vote(yes=2, no=1)),
            "text-counts",
            "1 Enthaltung,",
        ),
        (
            _top9_with(text("Der Ausschuss stimmt einstimmig zu."), vote(yes=3, no=1)),
            "unanimous",
            "einstimmig",
        ),
        (_top9_with(vote(yes=1, no=3), outcome="beschlossen"), "outcome", "abgelehnt"),
        (
            _top9_with(Paragraph(kind="resolution", text="Der Ausschuss beschließt …")),
            "no-vote",
            "keine Abstimmung",
        ),
        (_top9_with(vote(yes=3), outcome=""), "no-outcome", "kein Ergebnis"),
        (_top9_with(text("Bär fragt nach.", speaker="baer")), "absent", "abwesend"),
    ],
)
def test_each_contradiction_is_found_once_with_its_item_first(meeting, kind, words):
    findings = check_meeting(meeting)
    assert [f.kind for f in findings] == [kind]
    assert str(findings[0]).startswith("TOP 9: ") and words in str(findings[0])


def test_an_overridden_vote_is_not_a_finding_again():
    m = _top9_with(vote(yes=9, override="Gäste mitgezählt, lt. Vorsitz"))
    assert check_meeting(m) == []


def test_a_vote_without_time_counts_everyone_who_was_there_at_some_point():
    m = _top9_with(vote(yes=4))  # Krüger, Özdemir (from 17:25), Weiß (until 19:10), Haas
    assert check_meeting(m) == []
    m.attendance.append(Attendance(member="baer", present=False))
    assert check_meeting(m) == []


def test_counts_are_read_from_german_sentences():
    assert counts_in_text("mit 7 Ja-Stimmen bei einer Enthaltung") == {"yes": 7, "abstain": 1}
    assert counts_in_text("bei zwei Gegenstimmen angenommen") == {"no": 2}
    assert counts_in_text("Die Sitzung beginnt um 17 Uhr.") == {}


def test_the_speaker_is_who_the_paragraph_names_first():
    members = rich().committee.members
    assert rules.speaker_at_start("Herr Dr. Krüger eröffnet die Sitzung.", members) == "krueger"
    assert rules.speaker_at_start("Frau Özdemir beantragt Vertagung.", members) == "oezdemir"
    assert rules.speaker_at_start("Die Verwaltung antwortet Herrn Dr. Krüger.", members) is None
    assert rules.speaker_at_start("Herrn Dr. Krüger wird gedankt.", members) == "krueger"
    assert rules.speaker_at_start("Bär fragt nach.", members) == "baer"
    assert rules.speaker_at_start("Bärbel fragt nach.", members) is None
    assert rules.speaker_at_start("", members) is None


def test_times_out_of_order_are_a_finding_of_the_meeting_before_its_items():
    from secretary_app.domain.model import Interruption

    m = rich()
    m.start, m.end, m.interruptions = "17:00", "19:30", [Interruption("19:40", "19:50")]
    findings = check_meeting(m)
    assert [(f.item, f.kind) for f in findings] == [("", "times")]
    assert str(findings[0]) == (
        "Sitzungszeiten: Das Ende (19:30) liegt vor dem Ende der Unterbrechung 19:40–19:50."
    )
