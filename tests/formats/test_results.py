"""Results back out (issue 14): OParl 1.1 JSON validated by the published schemas, CSV read back."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from secretary_app.formats import meeting_file
from secretary_app.formats.results import (
    CSV_COLUMNS,
    EXTENSION_SCHEMA_PATH,
    ResultsError,
    results_json,
    write_results,
)

DATA = Path(__file__).parent.parent / "data"
SCHEMAS = DATA / "oparl-1.1-schema"

FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("url")
def _url(value: object) -> bool:
    return not isinstance(value, str) or bool(re.match(r"^[a-z][a-z0-9+.-]*:\S+$", value))


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    if isinstance(value, str):  # RFC 3339: date, time and an offset
        return dt.datetime.fromisoformat(value).utcoffset() is not None
    return True


@FORMATS.checks("date", raises=ValueError)
def _date(value: object) -> bool:
    if isinstance(value, str):
        dt.date.fromisoformat(value)
    return True


def _schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / name).read_text("utf-8"))


def _validate_oparl(value: dict[str, Any]) -> None:
    """Meeting, its Location and each embedded AgendaItem against the published files."""
    jsonschema.Draft7Validator(_schema("Meeting.json"), format_checker=FORMATS).validate(value)
    if "location" in value:
        jsonschema.Draft7Validator(_schema("Location.json"), format_checker=FORMATS).validate(
            value["location"]
        )
    item_schema = jsonschema.Draft7Validator(_schema("AgendaItem.json"), format_checker=FORMATS)
    for item in value["agendaItem"]:
        item_schema.validate(item)
    extension = json.loads(EXTENSION_SCHEMA_PATH.read_text("utf-8"))
    jsonschema.Draft202012Validator(extension, format_checker=FORMATS).validate(value)


@pytest.fixture
def rich():
    meeting = meeting_file.read_file(DATA / "rich-meeting.json").meeting
    meeting.id = 42
    return meeting


def test_public_results_are_valid_oparl_with_the_vote_extension(rich, tmp_path: Path):
    target = tmp_path / "ergebnisse.json"
    summary = write_results(rich, target)
    value = json.loads(target.read_text("utf-8"))
    _validate_oparl(value)
    assert (summary.items, summary.non_public_items) == (2, 0)
    assert value["start"] == "2024-03-05T17:00:00+01:00"  # winter time
    assert [i["number"] for i in value["agendaItem"]] == ["1", "Ö 2.1"]  # TOP 9 is non-public
    assert "vertagt" not in target.read_text("utf-8")
    item = value["agendaItem"][1]
    assert item["result"] == "geändert beschlossen" and item["resolutionText"]
    votes = item["protokollant:vote"]
    assert [v["method"] for v in votes] == ["open", "roll-call"]
    assert votes[0]["excluded"] == votes[1]["excluded"] != []
    roll = votes[1]["rollCall"]
    assert len(roll["yes"]) == 2 and len(roll["abstain"]) == 1 and roll["no"] == []
    assert votes[0]["rollCall"] is None


def test_the_address_of_the_place_is_an_oparl_location(rich, tmp_path: Path):
    rich.location, rich.address = "Ratssaal", "Hauptstraße 114, 31171 Nordstemmen"
    target = tmp_path / "ergebnisse.json"
    write_results(rich, target)
    value = json.loads(target.read_text("utf-8"))
    _validate_oparl(value)
    location = {k: v for k, v in value["location"].items() if k not in ("id", "type")}
    assert location == {
        "description": "Ratssaal",
        "streetAddress": "Hauptstraße 114",
        "postalCode": "31171",
        "locality": "Nordstemmen",
    }


def test_all_items_only_on_request(rich, tmp_path: Path):
    target = tmp_path / "alle.json"
    summary = write_results(rich, target, public_only=False)
    value = json.loads(target.read_text("utf-8"))
    _validate_oparl(value)
    assert summary.non_public_items == 1 and value["protokollant:publicOnly"] is False
    assert value["agendaItem"][-1]["public"] is False


def test_summer_time_and_missing_times(rich):
    rich.date, rich.start, rich.end = dt.date(2024, 6, 14), None, "19:12"
    value = results_json(rich)
    _validate_oparl(value)
    assert "start" not in value and value["end"] == "2024-06-14T19:12:00+02:00"
    assert value["protokollant:date"] == "2024-06-14"


def test_the_extension_schema_refuses_a_broken_vote(rich):
    value = results_json(rich)
    value["agendaItem"][1]["protokollant:vote"][0]["yes"] = -1
    with pytest.raises(jsonschema.ValidationError):
        _validate_oparl(value)


def test_csv_one_row_per_vote_read_back_by_the_csv_module(rich, tmp_path: Path):
    target = tmp_path / "ergebnisse.csv"
    summary = write_results(rich, target, csv_format=True)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel sees UTF-8
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert summary.votes == len(rows) == 2
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [(r["TOP"], r["Verfahren"]) for r in rows] == [
        ("Ö 2.1", "offen"),
        ("Ö 2.1", "namentlich"),
    ]
    assert rows[0]["Datum"] == "05.03.2024" and rows[0]["öffentlich"] == "ja"
    assert rows[1]["namentlich Enthaltung"] and rows[0]["Befangen"]
    assert int(rows[0]["Ja"]) + int(rows[0]["Nein"]) + int(rows[0]["Enthaltung"]) > 0
    everything = tmp_path / "alle.csv"
    write_results(rich, everything, csv_format=True, public_only=False)
    with everything.open(encoding="utf-8-sig", newline="") as f:
        assert [r["öffentlich"] for r in csv.DictReader(f, delimiter=";")][-1] == "nein"


def test_unwritable_target_is_a_german_message(rich, tmp_path: Path):
    with pytest.raises(ResultsError, match="kann nicht geschrieben werden"):
        write_results(rich, tmp_path / "fehlt" / "x.json")
