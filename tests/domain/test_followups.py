"""Follow-up dates found in resolution wording: every row of the rule-set, and a list of
resolutions as councils write them."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.followups import (
    EDGE_LABELS,
    RULES,
    Context,
    FollowUp,
    Resolution,
    add_months,
    find_followups,
    first_followup,
    phrase_spans,
    reading,
    summer_break_of,
)

from .resolution_wordings import KNOWN_MISSES, WORDINGS

MEETING = dt.date(2026, 6, 14)


def describe(f: FollowUp | None, meeting: dt.date) -> str:
    """What the register shows for a follow-up, in the words of `resolution_wordings`."""
    if f is None:
        return ""
    if f.next_meeting:
        return "nächste Sitzung"
    assert f.due is not None
    text = f"{f.due:%d.%m.%Y} {EDGE_LABELS[f.edge]}"
    return text + (f", alle {f.every_months} Monate" if f.every_months else "")


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_reads_its_example(rule):
    f = first_followup(rule.example, MEETING)
    assert f is not None
    if f.next_meeting:
        assert rule.expected == "nächste Sitzung"
    elif f.every_months and f.due == add_months(MEETING, f.every_months):
        assert rule.expected == f"alle {f.every_months} Monate"
    else:
        assert f"{f.due:%d.%m.%Y}" == rule.expected
    # the words it was found in stand in the example, and read back to the same kind of date
    assert f.phrase in rule.example
    assert reading(f.phrase) == (f.edge, f.every_months)


@pytest.mark.parametrize(
    ("meeting", "wording", "expected"), WORDINGS, ids=[w[1][:40] for w in WORDINGS]
)
def test_resolutions_as_councils_write_them(meeting, wording, expected):
    assert describe(first_followup(wording, meeting), meeting) == expected


@pytest.mark.parametrize(
    ("meeting", "wording", "expected"),
    [pytest.param(*w, marks=pytest.mark.xfail(strict=True)) for w in KNOWN_MISSES],
    ids=[w[1][:40] for w in KNOWN_MISSES],
)
def test_wordings_the_rules_do_not_read(meeting, wording, expected):
    assert describe(first_followup(wording, meeting), meeting) == expected


def test_a_deadline_is_the_end_of_the_period_unless_the_wording_says_anfang():
    assert first_followup("im 1. Quartal 2028", MEETING).due == dt.date(2028, 3, 31)
    assert first_followup("Anfang des 1. Quartals 2028", MEETING).due == dt.date(2028, 1, 1)
    assert first_followup("Anfang des 1. Quartals 2028", MEETING).edge == "start"
    assert first_followup("Ende des 1. Quartals 2028", MEETING).edge == "end"
    assert first_followup("Mitte Oktober", MEETING).due == dt.date(2026, 10, 15)


def test_the_start_or_middle_of_the_year_without_a_year_is_the_next_one_ahead():
    assert first_followup("zum Jahresbeginn", MEETING).due == dt.date(2027, 1, 1)
    assert first_followup("Mitte des Jahres", MEETING).due == dt.date(2026, 7, 1)
    assert first_followup("Anfang des Jahres", MEETING).due == dt.date(2027, 1, 1)
    assert first_followup("Anfang des laufenden Jahres", MEETING) is None  # already past
    assert first_followup("Anfang des Jahres 2026", MEETING) is None


def test_a_month_or_season_without_a_year_is_the_next_one_after_the_meeting():
    assert first_followup("im Mai zu berichten", MEETING).due == dt.date(2027, 5, 31)
    assert first_followup("im September zu berichten", MEETING).due == dt.date(2026, 9, 30)
    assert first_followup("im Frühjahr zu berichten", MEETING).due == dt.date(2027, 5, 31)
    # the meeting's own month still ends after it
    assert first_followup("im Juni zu berichten", MEETING).due == dt.date(2026, 6, 30)


def test_dates_on_or_before_the_meeting_and_bare_numbers_are_no_follow_ups():
    assert find_followups("gemäß Beschluss vom 12.03.2015 und dem Mai-Bericht", MEETING) == []
    assert find_followups("am 14.06.2026 beschlossen", MEETING) == []
    assert find_followups("am 31.02.2027", MEETING) == []  # no such day
    assert find_followups("Drucksache 15/SVV/0743, § 28 Abs. 2 Nr. 1, Los 4", MEETING) == []
    assert find_followups("Radverkehrskonzept 2030, Bebauungsplan Nr. 152", MEETING) == []
    assert find_followups("im Jahr 2019 beschlossen", MEETING) == []


def test_the_summer_break_is_hers_or_her_lands():
    text = "vor der Sommerpause vorzulegen"
    assert first_followup(text, MEETING).due == dt.date(2026, 6, 30)
    bavaria = Context(MEETING, summer_break_of("BY"))
    assert first_followup(text, MEETING, bavaria).due == dt.date(2026, 7, 31)
    hers = Context(MEETING, summer_break_of("BB", "20.07.–30.08."))
    assert first_followup("nach der Sommerpause", MEETING, hers).due == dt.date(2026, 8, 31)
    assert summer_break_of("BB", "31.02.–01.03.") == summer_break_of("BB")  # not a day: default
    # the break of this year is over: the next one
    late = dt.date(2026, 10, 1)
    assert first_followup(text, late).due == dt.date(2027, 6, 30)


def test_yearly_reports_repeat_and_an_annual_sum_does_not():
    f = first_followup("Der Ausschuss ist jährlich zu unterrichten.", MEETING)
    assert f is not None and f.every_months == 12 and f.due == dt.date(2027, 6, 14)
    assert first_followup("Der Zuschuss beträgt jährlich 5.000 Euro.", MEETING) is None


def test_the_register_knows_the_edge_and_the_next_occurrence_from_the_phrase():
    wording = "Dem Ausschuss ist jährlich, erstmals im März 2027, zu berichten."
    f = first_followup(wording, MEETING)
    assert f is not None and f.phrase == "jährlich … im März 2027"
    r = Resolution(
        1, 1, "Hauptausschuss", MEETING, 3, "5", "Bericht", "", "beschlossen", True,
        wording, f.due, f.phrase, edited=False, done=False,
    )  # fmt: skip
    assert r.edge == "end" and r.every_months == 12
    assert r.next_due() == dt.date(2028, 3, 31)
    assert [wording[s:e] for s, e in phrase_spans(wording, f.phrase)] == [
        "jährlich",
        "im März 2027",
    ]


def test_the_earliest_of_several():
    text = "Zwischenbericht zum 01.10.2026, Abschluss im Dezember 2027."
    assert first_followup(text, MEETING).due == dt.date(2026, 10, 1)
    f = first_followup("Bericht im Mai 2027 und in der nächsten Sitzung", MEETING)
    assert f is not None and f.next_meeting
