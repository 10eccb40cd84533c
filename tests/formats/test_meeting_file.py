"""The meeting file: what goes in comes out, and every broken file is refused with its path."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from secretary_app.formats import meeting_file
from secretary_app.formats.meeting_file import FormatError
from secretary_app.store.meetings import import_meeting

DATA = Path(__file__).resolve().parent.parent / "data"
RICH = DATA / "rich-meeting.json"
ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "reference-meeting.json"


def _normalized(path: Path) -> dict:
    """The content of a file as the program understands it (defaults filled in)."""
    return meeting_file.to_json(meeting_file.read_file(path).meeting)


@pytest.mark.parametrize("source", [DEMO, RICH], ids=["reference", "rich"])
def test_import_then_dump_gives_back_the_same_content(source, store, tmp_path):
    meeting_id = import_meeting(store, meeting_file.read_file(source).meeting)
    out = tmp_path / "dump.json"
    meeting_file.write_file(store.load_meeting(meeting_id), out)
    assert _normalized(out) == _normalized(source)
    # and the raw file agrees wherever the source was explicit
    original = json.loads(source.read_text(encoding="utf-8"))
    dumped = json.loads(out.read_text(encoding="utf-8"))
    assert dumped["agenda"] == original["agenda"]
    assert dumped["committee"] == {
        **original["committee"],
        "members": dumped["committee"]["members"],
    }


def test_rich_meeting_keeps_late_arrival_excluded_member_and_roll_call(store):
    meeting = store.load_meeting(import_meeting(store, meeting_file.read_file(RICH).meeting))
    assert meeting.attendance_of("oezdemir").arrived == "17:25"
    assert meeting.attendance_of("weiss").left == "19:10"
    assert meeting.attendance_of("baer").present is False
    item = meeting.item("Ö 2.1")
    assert item.excluded == ["haas"]
    roll_call = item.minutes[-1].vote
    assert roll_call.method == "roll-call"
    assert roll_call.ballots == {"krueger": "yes", "oezdemir": "yes", "weiss": "abstain"}
    assert item.minutes[1].text == "Änderungsantrag der Fraktion SPD:\tSatz 2 wird gestrichen."
    assert [i.public for i in meeting.agenda] == [True, True, False]


def test_dumped_file_matches_the_shipped_json_schema(store, tmp_path):
    schema = json.loads(meeting_file.SCHEMA_PATH.read_text(encoding="utf-8"))
    for source in (DEMO, RICH):
        meeting_id = import_meeting(store, meeting_file.read_file(source).meeting)
        value = meeting_file.to_json(store.load_meeting(meeting_id))
        jsonschema.validate(value, schema)


def test_the_shipped_demo_is_valid_so_it_may_be_read_unchecked():
    """`--demo` reads the demo meeting without the schema check: it must pass it."""
    assert meeting_file.validate(json.loads(DEMO.read_text(encoding="utf-8"))) == []
    checked = meeting_file.read_file(DEMO).meeting
    assert meeting_file.read_shipped_file(DEMO).meeting == checked


def test_importing_twice_reuses_the_committee(store):
    first = import_meeting(store, meeting_file.read_file(RICH).meeting)
    second = import_meeting(store, meeting_file.read_file(RICH).meeting)
    assert first != second
    assert len(store.committees()) == 1
    assert len(store.committees()[0].members) == 7


def _broken(mutate) -> dict:
    value = json.loads(RICH.read_text(encoding="utf-8"))
    mutate(value)
    return value


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda v: v.update(format="something-else"), "keine Protokollant-Sitzungsdatei"),
        (lambda v: v.update(version=2), "neueren Version"),
        (
            lambda v: v["agenda"][1]["minutes"][0].update(speaker="niemand"),
            "agenda[1].minutes[0].speaker: unbekanntes Mitglied „niemand“",
        ),
        (
            lambda v: v["agenda"][1]["minutes"][2].update(yes=-1),
            "agenda[1].minutes[2].yes: muss eine ganze Zahl ≥ 0 sein",
        ),
        (
            lambda v: v["agenda"][1]["minutes"][2].update(no="zwei"),
            "agenda[1].minutes[2].no: muss eine ganze Zahl ≥ 0 sein",
        ),
        (
            lambda v: v["committee"]["members"].append(dict(v["committee"]["members"][0])),
            "committee.members[7].key: „krueger“ kommt doppelt vor",
        ),
        (lambda v: v["agenda"][0].pop("title"), "agenda[0].title: fehlt"),
        (lambda v: v["agenda"][2].update(public="nein"), "agenda[2].public: muss true oder false"),
        (lambda v: v["meeting"].update(date="05.03.2024"), "meeting.date: muss ein Datum"),
        (lambda v: v["meeting"].update(start="5 Uhr"), "meeting.start: muss eine Uhrzeit"),
        (lambda v: v["agenda"][1].update(excluded=["xy"]), "agenda[1].excluded[0]: unbekanntes"),
        (lambda v: v["agenda"].append(dict(v["agenda"][0])), "agenda[3].number: „1“ kommt doppelt"),
        (lambda v: v.pop("committee"), "committee: fehlt"),
    ],
)
def test_invalid_content_is_refused_with_its_json_path(mutate, message):
    with pytest.raises(FormatError) as err:
        meeting_file.parse(_broken(mutate))
    assert message in str(err.value)


def test_unknown_keys_are_warnings_not_errors():
    value = _broken(lambda v: (v.update(exported_by="Allris"), v["agenda"][0].update(colour="rot")))
    result = meeting_file.parse(value)
    assert "exported_by: unbekannter Schlüssel, ignoriert" in result.warnings
    assert "agenda[0].colour: unbekannter Schlüssel, ignoriert" in result.warnings
    assert len(result.meeting.agenda) == 3


def test_truncated_and_non_utf8_files_get_german_messages(tmp_path):
    truncated = tmp_path / "kaputt.json"
    truncated.write_bytes(RICH.read_bytes()[:500])
    with pytest.raises(FormatError, match="kein gültiges JSON: Zeile"):
        meeting_file.read_file(truncated)
    latin = tmp_path / "latin1.json"
    latin.write_bytes(RICH.read_text(encoding="utf-8").encode("latin-1", errors="replace"))
    with pytest.raises(FormatError, match="keine UTF-8-Textdatei"):
        meeting_file.read_file(latin)
    with pytest.raises(FormatError, match="ist ein Ordner"):
        meeting_file.read_file(tmp_path)
    with pytest.raises(FormatError, match="gibt es nicht"):
        meeting_file.read_file(tmp_path / "fehlt.json")
