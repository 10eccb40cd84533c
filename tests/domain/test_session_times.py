"""Correcting the session's times: what she types is read, and an impossible order refused."""

from __future__ import annotations

import re

import pytest

from secretary_app.domain.model import Interruption
from secretary_app.domain.session_times import (
    check_times,
    format_interruptions,
    parse_interruptions,
    parse_time,
)
from secretary_app.errors import KnownError


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("17:00", "17:00"),
        ("9:05", "09:05"),
        ("17.30", "17:30"),
        (" 18:00 Uhr ", "18:00"),
        ("", None),
    ],
)
def test_a_time_is_read_as_she_writes_it(typed, read):
    assert parse_time(typed, "Beginn") == read


@pytest.mark.parametrize("typed", ["25:00", "17:60", "17", "halb sechs", "17:0"])
def test_a_time_that_is_none_is_refused_with_its_field(typed):
    with pytest.raises(KnownError, match=f"Beginn: „{typed}“ ist keine Uhrzeit"):
        parse_time(typed, "Beginn")


def test_interruptions_are_read_one_per_line_in_her_ways_of_writing_them():
    text = "18:10–18:25\n\n18.40 - 18.55, Beratung der Fraktionen\n19:05 bis 19:10 Uhr\n19:30–"
    assert parse_interruptions(text) == [
        Interruption("18:10", "18:25"),
        Interruption("18:40", "18:55", "Beratung der Fraktionen"),
        Interruption("19:05", "19:10"),
        Interruption("19:30", None),
    ]
    assert parse_interruptions(format_interruptions(parse_interruptions(text))) == (
        parse_interruptions(text)
    )
    with pytest.raises(KnownError, match="Zeile 2: „ab sieben“"):
        parse_interruptions("18:10–18:25\nab sieben")


def test_times_in_their_order_pass_and_a_night_past_midnight_too():
    check_times("17:00", "19:30", [Interruption("18:10", "18:25")])
    check_times("17:00", None, [Interruption("18:10", "18:25"), Interruption("19:00", None)])
    check_times("22:30", "00:40", [Interruption("23:50", "00:05")])  # the budget night
    check_times(None, None, [])


@pytest.mark.parametrize(
    ("start", "end", "pauses", "reason"),
    [
        ("17:00", "16:55", [], "Das Ende (16:55) liegt vor dem Beginn (17:00)"),
        ("17:00", None, [Interruption("16:50", "17:10")], "16:50–17:10 liegt vor dem Beginn"),
        ("17:00", None, [Interruption("18:25", "18:10")], "18:25–18:10 endet vor ihrem Anfang"),
        (
            "17:00",
            None,
            [Interruption("18:10", "18:25"), Interruption("18:20", "18:30")],
            "18:20–18:30 liegt vor dem Ende der Unterbrechung 18:10–18:25",
        ),
        ("17:00", "19:00", [Interruption("18:10", None)], "18:10–… hat kein Ende"),
        (None, "19:00", [], "Ohne Beginn"),
    ],
)
def test_an_impossible_order_is_refused_and_named(start, end, pauses, reason):
    with pytest.raises(KnownError, match=re.escape(reason)):
        check_times(start, end, pauses)
