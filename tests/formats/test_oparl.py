"""OParl 1.1 meetings: as a file (papers beside it), as JSON text, and fetched from a URL."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from secretary_app.formats.agenda import AgendaFormatError, read_agenda
from secretary_app.formats.oparl import (
    fetch_agenda,
    is_oparl_meeting,
    is_oparl_source,
    read_oparl_meeting,
)

from .oparl_fixtures import meeting, oparl_server, write_folder

EXPECTED = [
    ("1", "Annahme von Spenden", "", True, "einstimmig zugestimmt"),
    ("2", "Radverkehrskonzept Südstadt", "2024/0113", True, "Kenntnisnahme"),
    ("3", "Bericht der Verwaltung", "", True, ""),
    ("2.1", "Ergänzungsantrag Fahrradstraßen", "", True, "mehrheitlich zugestimmt"),
    ("3", "- abgesetzt -", "", True, ""),
    ("4", "Grundstücksangelegenheit Nordweststadt", "GR/2024/017", False, "vertagt"),
    ("5", "Personalangelegenheit", "", False, ""),
]


def _rows(items):
    return [(i.number, i.title, i.paper, i.public, i.outcome) for i in items]


def test_meeting_file_with_papers_beside_it(tmp_path: Path):
    result = read_agenda(write_folder(tmp_path / "export"))
    assert result.fmt == "oparl"
    assert _rows(result.items) == EXPECTED
    notes = " ".join(result.notes)
    assert "sortiert" in notes  # listed out of order in the file, sorted by `order` (from 0)
    assert "aus der Reihenfolge angenommen: TOP 3" in notes  # the item without a number
    assert "wie der Punkt davor" in notes and "TOP 5" in notes  # missing `public`


def test_pasted_oparl_text_has_no_papers_but_everything_else():
    result = read_agenda(json.dumps(meeting(), ensure_ascii=False))
    assert [r[:2] + r[3:] for r in _rows(result.items)] == [r[:2] + r[3:] for r in EXPECTED]
    assert all(i.paper == "" for i in result.items)


def test_new_meeting_from_oparl_file(tmp_path: Path):
    notes: list[str] = []
    m = read_oparl_meeting(write_folder(tmp_path / "export"), notes=notes)
    assert m.committee.name == "Hauptausschuss"
    assert (m.date, m.start, m.end) == (dt.date(2024, 3, 12), "16:30", "19:05")
    assert m.location == "Bürgersaal, Rathaus"
    assert m.number == 0  # OParl has no meeting number; the importer gives the next one
    assert len(m.agenda) == 7 and m.effective_parts == ["public", "non-public"]
    assert any("Namen der Sitzung" in n for n in notes)


def test_embedded_organization_name_and_midnight_end():
    data = meeting()
    data["organization"] = {"id": "x", "name": "Ausschuss für Umwelt und Verkehr"}
    data["name"] = "12. Sitzung des Ausschusses für Umwelt und Verkehr"
    data["end"] = "2024-03-12T00:00:00+01:00"
    notes: list[str] = []
    m = read_oparl_meeting(json.dumps(data).encode(), notes=notes)
    assert (m.committee.name, m.number, m.end) == ("Ausschuss für Umwelt und Verkehr", 12, None)
    assert any("Ende 00:00" in n for n in notes)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["agendaItem"][2].pop("name"), r"agendaItem\[2\]\.name fehlt"),
        (lambda d: d["agendaItem"][4].update(public="vielleicht"), r"agendaItem\[4\]\.public"),
        (lambda d: d["agendaItem"][1].update(number=["2"]), r"agendaItem\[1\]\.number"),
        (lambda d: d.update(agendaItem={"a": 1}), "agendaItem muss eine Liste sein"),
        (lambda d: d.pop("agendaItem"), "agendaItem fehlt"),
        (lambda d: d.update(data=[{}, {}]) or d.pop("agendaItem"), r"Liste \(2 Einträge\)"),
        (lambda d: d.update(type="https://schema.oparl.org/1.1/Paper"), "OParl-Meeting"),
        (lambda d: d["agendaItem"].append("https://x/agendaitems/9"), r"agendaItem\[7\].*Verweis"),
    ],
)
def test_faults_name_the_json_path(change, message):
    data = meeting()
    change(data)
    with pytest.raises(AgendaFormatError, match=message):
        read_agenda(json.dumps(data), "oparl")


def test_meeting_without_start_cannot_become_a_meeting():
    data = meeting()
    del data["start"]
    with pytest.raises(AgendaFormatError, match="start fehlt"):
        read_oparl_meeting(json.dumps(data))


def test_broken_json_names_line_and_column():
    with pytest.raises(AgendaFormatError, match=r"kein gültiges JSON: Zeile 2, Spalte"):
        read_agenda('{"type": "x",\n  "agendaItem": [,]}', "oparl")


def test_a_protokollant_file_is_sent_to_import(demo_file: Path):
    with pytest.raises(AgendaFormatError, match="secretary-app import"):
        read_agenda(demo_file)
    assert not is_oparl_source(str(demo_file))


def test_detection_by_type_and_shape(tmp_path: Path):
    assert is_oparl_meeting(meeting())
    assert is_oparl_meeting({"type": "https://oparl.github.io/schema/1.0/Meeting"})
    assert not is_oparl_meeting({"format": "secretary-app/meeting", "agendaItem": []})
    assert is_oparl_source(str(write_folder(tmp_path)))
    assert is_oparl_source("https://ris.example.org/oparl/meetings/77")


def test_fetch_follows_consultation_to_paper_and_organization():
    with oparl_server() as (host, _):
        result = fetch_agenda(f"{host}/oparl/bodies/1/meetings/77", timeout=5)
        m = read_oparl_meeting(f"{host}/oparl/bodies/1/meetings/77", timeout=5)
    assert [i.paper for i in result.items] == [
        "2024/0099",
        "2024/0113",
        "",
        "",
        "",
        "GR/2024/017",
        "",
    ]
    assert m.committee.name == "Hauptausschuss"
    assert len(m.agenda) == 7


def test_fetch_follows_agenda_items_given_only_as_urls():
    with oparl_server(embed=False) as (host, _):
        result = fetch_agenda(f"{host}/oparl/bodies/1/meetings/77", timeout=5)
    assert [i.title for i in result.items][:2] == [
        "Annahme von Spenden",
        "Radverkehrskonzept Südstadt",
    ]


def test_missing_paper_on_the_server_is_a_note_not_a_failure():
    with oparl_server() as (host, routes):
        del routes["/oparl/bodies/1/papers/9001"]
        result = fetch_agenda(f"{host}/oparl/bodies/1/meetings/77", timeout=5)
    assert result.items[1].paper == ""
    assert any("agendaItem[1].consultation.paper" in n and "404" in n for n in result.notes)


def test_http_error_on_the_meeting_is_a_german_message():
    with oparl_server() as (host, _):
        with pytest.raises(AgendaFormatError, match="Fehler 404"):
            fetch_agenda(f"{host}/oparl/bodies/1/meetings/78", timeout=5)


def test_server_that_does_not_answer_in_time():
    with oparl_server(delay={"/oparl/bodies/1/meetings/77": 1.0}) as (host, _):
        with pytest.raises(AgendaFormatError, match="antwortet nicht"):
            fetch_agenda(f"{host}/oparl/bodies/1/meetings/77", timeout=0.2)


def test_unreachable_address():
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(AgendaFormatError, match="nicht erreichbar"):
        fetch_agenda(f"http://127.0.0.1:{port}/meetings/1", timeout=2)


def test_server_answering_html_is_refused():
    with oparl_server() as (host, routes):
        routes["/login"] = b"<html><body>Anmeldung</body></html>"
        with pytest.raises(AgendaFormatError, match="kein gültiges JSON"):
            fetch_agenda(f"{host}/login", timeout=5)


def test_unknown_server_name_says_no_network(monkeypatch):
    import socket

    def no_dns(*args, **kwargs):
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(AgendaFormatError, match="Servername unbekannt – keine Netzverbindung"):
        fetch_agenda("https://ris.example.org/oparl/meetings/1", timeout=2)


def test_answer_cut_off_in_the_middle():
    with oparl_server() as (host, routes):
        routes["/short"] = b"__SHORT__"  # the fixture's server promises more than it sends
        with pytest.raises(AgendaFormatError, match="unvollständig"):
            fetch_agenda(f"{host}/short", timeout=5)
