"""Issue 14: OParl 1.0 / 1.1 as SessionNet, ALLRIS and SD.NET publish it — one test per quirk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secretary_app.domain.model import Vote
from secretary_app.formats.agenda import AgendaFormatError, read_agenda
from secretary_app.formats.oparl import (
    MeetingListError,
    is_oparl_source,
    read_oparl_meeting,
    votes_as_minutes,
)
from secretary_app.formats.prose_result import suggested_vote

from . import oparl_vendor_fixtures as fx

KARLSRUHE = Path("/work/shared/reference/oparl")


def _agenda(value: object, **kw: object):
    return read_agenda(json.dumps(value, ensure_ascii=False), "oparl", **kw)  # type: ignore[arg-type]


def _rows(items):
    return [(i.number, i.title, i.public) for i in items]


def test_separator_items_switch_the_part_and_are_no_items():
    result = _agenda(fx.separators())
    assert _rows(result.items) == [
        ("1", "Eröffnung und Feststellung der Beschlussfähigkeit", True),
        ("2", "Bebauungsplan Am Mühlbach", True),
        ("3", "Grundstücksverkauf Gewerbegebiet Nord", False),
        ("4", "Personalangelegenheit", False),
    ]
    notes = " ".join(result.notes)
    assert "Trennzeilen" in notes and "- nichtöffentlicher Teil -" in notes
    assert "mehrfach" not in notes  # no second "TOP 1", no duplicate warning
    assert "aus dem Sitzungsteil der Trennzeile" in notes


def test_order_as_text_with_offset_and_gaps_sorts():
    result = _agenda(fx.order_as_text_with_offsets())
    assert [i.number for i in result.items] == ["1", "2", "3"]
    assert not any("order" in n and "fehlt" in n for n in result.notes)
    assert any("nach „order“ sortiert" in n for n in result.notes)


def test_missing_public_without_any_part_is_public_with_a_note():
    result = _agenda(fx.no_public_and_no_parts())
    assert [i.public for i in result.items] == [True, True]
    assert any("als öffentlich angenommen" in n and "TOP 1, 2" in n for n in result.notes)


def test_sub_items_and_parts_counting_anew_keep_their_prefix():
    result = _agenda(fx.sub_items_with_running_counters())
    assert _rows(result.items) == [
        ("Ö 1", "Eröffnung", True),
        ("Ö 2", "Verkehrsentwicklungsplan", True),
        ("Ö 2.1", "Antrag der Fraktion A: Tempo 30", True),
        ("Ö 2.2", "Antrag der Fraktion B: Busspur", True),
        ("N 1", "Vergabe Winterdienst", False),
        ("N 2", "Mietvertrag Bauhof", False),
    ]
    assert not any("mehrfach" in n for n in result.notes)


def test_sub_items_with_unique_numbers_lose_the_prefix():
    result = _agenda(fx.sub_items_unique_numbers())
    assert _rows(result.items) == [
        ("1", "Eröffnung", True),
        ("2", "Verkehrsentwicklungsplan", True),
        ("2.1", "Antrag der Fraktion A: Tempo 30", True),
        ("3", "Vergabe Winterdienst", False),
    ]


def test_paper_found_through_nested_consultations_without_back_reference(tmp_path: Path):
    result = read_agenda(fx.nested_consultations(tmp_path / "export"))
    assert [i.paper for i in result.items] == ["", "VO/2025/0042", "VO/2025/0051"]
    m = read_oparl_meeting(tmp_path / "export" / "sitzung.json")  # OParl 1.0 types as well
    assert m.agenda[1].paper == "VO/2025/0042"


@pytest.mark.parametrize("shape", [fx.two_meetings, fx.meeting_page])
def test_list_of_meetings_asks_which_one(tmp_path: Path, shape):
    path = tmp_path / "sitzungen.json"
    path.write_text(json.dumps(shape(), ensure_ascii=False), "utf-8")
    assert is_oparl_source(str(path))
    with pytest.raises(MeetingListError, match="enthält 2 Sitzungen") as caught:
        read_oparl_meeting(path)
    choices = caught.value.choices
    assert [c.id.rsplit("/", 1)[-1] for c in choices] == ["4711", "4712"]
    assert choices[1].label == "04.03.2025 17:00 – 6. Sitzung des Ausschusses für Stadtentwicklung"
    m = read_oparl_meeting(path, meeting_id="4712")
    assert (m.number, str(m.date), len(m.agenda)) == (6, "2025-03-04", 2)
    assert [i.title for i in read_agenda(path, meeting=choices[1].id).items] == [
        "Haushalt",
        "Anfragen",
    ]
    with pytest.raises(MeetingListError, match="keine Sitzung „9999“"):
        read_oparl_meeting(path, meeting_id="9999")


def test_placeholder_end_next_day_is_dropped_with_a_note():
    notes: list[str] = []
    m = read_oparl_meeting(json.dumps(fx.placeholder_end()), notes=notes)
    assert (m.start, m.end) == ("17:00", None)
    assert any("Folgetag" in n and "Platzhalter" in n for n in notes)


def test_hyphenation_breaks_and_line_breaks_in_titles():
    result = _agenda(fx.hyphenation_breaks())
    assert [i.title for i in result.items] == [
        "Neugestaltung der Ortschaft Grünwettersbach",
        "Ehrung von Frau Müller-Lüdenscheidt",
        "Neuer Umsteigepunkt am Bahnhof",
        "Bericht der Verwaltung zum Haushalt",
    ]


def test_meeting_without_agenda_imports_empty_with_a_note():
    notes: list[str] = []
    m = read_oparl_meeting(json.dumps(fx.no_agenda_minutes_as_file()), notes=notes)
    assert m.agenda == [] and m.committee.name == "Stadtentwicklungsausschuss"
    assert any("leerer Tagesordnung" in n and "Niederschrift öffentlich" in n for n in notes)
    with pytest.raises(AgendaFormatError, match="agendaItem fehlt"):  # nothing to add
        _agenda(fx.no_agenda_minutes_as_file())


def test_location_is_printed_once_and_the_address_kept_apart():
    m = read_oparl_meeting(json.dumps(fx.location_twice()))
    assert m.location == "Rathaus, Sitzungssaal 2.014"
    assert m.address == "Marktplatz 1, Musterstadt"


def test_prose_results_stay_outcome_and_offer_their_counts():
    result = _agenda(fx.prose_results())
    assert [i.outcome for i in result.items][:3] == list(fx.PROSE_RESULTS)
    assert result.suggested_votes == {
        0: Vote(yes=17, no=0, abstain=6),
        1: Vote(yes=16, no=1, abstain=6),
        2: Vote(yes=0, no=18, abstain=5),
    }
    assert all(not i.minutes for i in result.items)  # offered only
    assert any("Ja 16 · Nein 1 · Enthaltung 6" in n for n in result.notes)
    votes_as_minutes(result.items, result.suggested_votes)
    assert result.items[1].minutes[0].vote == Vote(yes=16, no=1, abstain=6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("einstimmig zugestimmt", None),
        ("mit 3 Ja-Stimmen und 3 Ja-Stimmen", None),
        ("Einstimmig bei 2 Nein-Stimmen", None),  # contradicts itself: no suggestion
        ("bei zwei Gegenstimmen und einer Stimmenthaltung angenommen", Vote(0, 2, 1)),
    ],
)
def test_prose_without_clear_counts_suggests_nothing(text, expected):
    assert suggested_vote(text) == expected


@pytest.mark.skipif(not KARLSRUHE.is_dir(), reason="the shared reference files are not here")
def test_karlsruhe_imports_as_before():
    m = read_oparl_meeting(KARLSRUHE / "karlsruhe_meeting_9063_hauptausschuss_2023-07-11.json")
    assert (m.committee.name, str(m.date), m.start, m.end) == (
        "Hauptausschuss",
        "2023-07-11",
        "16:30",
        "18:30",
    )
    assert m.location == "Bürgersaal, Rathaus am Marktplatz"
    assert [i.number for i in m.agenda] == [str(n) for n in range(1, 4)] + ["3.1"] + [
        str(n) for n in range(4, 14)
    ]
    assert all(i.public for i in m.agenda)
