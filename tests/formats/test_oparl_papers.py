"""Issue 27: papers wherever a vendor puts them, and what a paper says (kind, lead, originator)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secretary_app.formats import meeting_file
from secretary_app.formats.agenda import read_agenda
from secretary_app.formats.oparl import fetch_agenda, read_oparl_meeting

from . import oparl_paper_fixtures as fx
from .oparl_fixtures import oparl_server


def _papers(result):
    return [(i.number, i.paper) for i in result.items]


@pytest.mark.parametrize("as_list_object", [False, True], ids=["json-array", "list-object"])
def test_sessionnet_papers_from_a_list_beside_the_meeting(tmp_path: Path, as_list_object: bool):
    result = read_agenda(fx.sessionnet(tmp_path, as_list_object))
    assert _papers(result) == [
        ("1", ""),
        ("7.23", "A0147/26"),
        ("7.32", "A0148/26"),
        ("7.39", "A0150/26"),
        ("7.40", "A0151/26"),  # not A0311/25: that paper's 236591 belongs to an older meeting
    ]
    assert [i.paper_type for i in result.items] == [
        "",
        "Antrag",
        "Antrag",
        *["Beschlussvorlage"] * 2,
    ]
    assert result.items[1].department == "Umweltamt"  # named in gremien.json (a list object)
    assert result.items[1].originator == "Fraktion Bürger für Grün"
    assert result.notes == ["Drucksachen gefunden: TOP 7.23, 7.32, 7.39, 7.40 in drucksachen.json."]
    assert result.paper_sources[0] == "ohne Drucksache (in keiner Drucksache genannt)"
    assert result.paper_sources[1] == "drucksachen.json – Beratung 236585 in der Drucksache"
    assert "nach Sitzung unterschieden" in result.paper_sources[3]


def test_a_duplicate_consultation_id_is_told_apart_by_meeting(tmp_path: Path):
    """The older meeting, whose item points at the same consultation id 236591, gets the older
    paper: the id is no unique key, agendaItem and meeting decide."""
    fx.sessionnet(tmp_path)
    older = fx._meeting(
        fx.SN,
        4870,
        [
            fx._item(
                fx.SN, 9188, "5", "Lärmaktionsplan", consultation=f"{fx.SN}/consultations/236591"
            )
        ],
    )
    path = tmp_path / "sitzung_4870.json"
    path.write_text(json.dumps(older), "utf-8")
    assert _papers(read_agenda(path)) == [("5", "A0311/25")]


def test_without_the_paper_list_the_note_names_the_items(tmp_path: Path):
    target = fx.sessionnet(tmp_path)
    (tmp_path / "drucksachen.json").unlink()
    result = read_agenda(target)
    assert all(i.paper == "" for i in result.items)
    assert result.notes == [
        "Drucksache nicht gefunden für TOP 1, 7.23, 7.32, 7.39, 7.40: die Datei verweist nur auf "
        "die Beratung (consultation). Paper-Dateien oder Drucksachenlisten in denselben Ordner "
        "legen oder die Sitzung über ihre Adresse (URL) abrufen."
    ]


def test_sdnet_single_paper_files_with_nested_consultations(tmp_path: Path):
    result = read_agenda(fx.sdnet(tmp_path))
    assert _papers(result) == [
        ("1", ""),
        ("12", "DS 91/2022"),
        ("13", "DS 103/2022"),
        ("13.1", "DS 103/2022"),  # through the consultation that names item 13.1
        ("23", "DS 126/2022"),
    ]
    assert result.notes == [
        "Drucksachen gefunden: TOP 12 in ds_91_2022.json; TOP 13, 13.1 in ds_103_2022.json; "
        "TOP 23 in ds_126_2022.json."
    ]  # no note for "Eröffnung": its consultation is there and has no paper
    assert result.paper_sources[0] == "ohne Drucksache (Beratung ohne Vorlage)"
    assert result.paper_sources[3] == "ds_103_2022.json – Beratung zu diesem Tagesordnungspunkt"


def test_allris_kind_lead_originator_and_address_reach_the_meeting_file(tmp_path: Path):
    notes: list[str] = []
    m = read_oparl_meeting(fx.allris(tmp_path), notes=notes)
    assert (m.location, m.address) == ("Ratssaal", "Hauptstraße 114, 31171 Nordstemmen")
    item = m.agenda[1]
    assert (item.paper, item.paper_type, item.department, item.originator) == (
        "BV/0042/2026",
        "Beschlussvorlage",
        "Fachbereich III – Bauen",
        "Bürgermeisterin Erika Beispiel",
    )
    assert "Drucksachen gefunden: TOP 2 in vorlage_5521.json." in notes
    assert not any("nicht gefunden" in n for n in notes)
    dumped = meeting_file.to_json(m)
    assert dumped["meeting"]["address"] == "Hauptstraße 114, 31171 Nordstemmen"
    assert dumped["agenda"][1]["paper_type"] == "Beschlussvorlage"
    assert dumped["agenda"][1]["department"] == "Fachbereich III – Bauen"
    assert dumped["agenda"][1]["originator"] == "Bürgermeisterin Erika Beispiel"
    back = meeting_file.parse(json.loads(meeting_file.dumps(m))).meeting
    assert (back.address, back.agenda[1].paper_type) == (m.address, "Beschlussvorlage")
    assert back.agenda[1].originator == "Bürgermeisterin Erika Beispiel"


def test_lead_given_only_as_a_reference_stays_empty_with_a_note(tmp_path: Path):
    target = fx.allris(tmp_path)
    (tmp_path / "fachbereich_3.json").unlink()
    result = read_agenda(target)
    assert (result.items[1].department, result.items[1].originator) == (
        "",
        "Bürgermeisterin Erika Beispiel",
    )
    assert any("nur als Verweis" in n and "underDirectionOf" in n for n in result.notes)


def test_ids_written_differently_still_match(tmp_path: Path):
    """http or https, a trailing slash, the host's case: the same object."""
    target = fx.sdnet(tmp_path)
    paper = json.loads((tmp_path / "ds_91_2022.json").read_text("utf-8"))
    cons = paper["consultation"][0]
    cons["id"] = cons["id"].replace("https://sdnet.example.de", "http://SDNET.example.de") + "/"
    (tmp_path / "ds_91_2022.json").write_text(json.dumps(paper), "utf-8")
    assert read_agenda(target).items[1].paper == "DS 91/2022"


def test_one_page_of_a_longer_list_is_said_when_a_paper_is_missing(tmp_path: Path):
    target = fx.sessionnet(tmp_path, as_list_object=True)
    page = json.loads((tmp_path / "drucksachen.json").read_text("utf-8"))
    page["data"] = page["data"][:2]
    page["links"] = {"next": f"{fx.SN}/papers?page=2"}
    (tmp_path / "drucksachen.json").write_text(json.dumps(page), "utf-8")
    result = read_agenda(target)
    assert _papers(result)[1:3] == [("7.23", "A0147/26"), ("7.32", "A0148/26")]
    notes = "\n".join(result.notes)
    assert "Drucksache nicht gefunden für TOP 1, 7.39, 7.40" in notes
    assert "drucksachen.json ist nur eine Seite (links.next nennt weitere)" in notes


def test_same_consultation_in_two_papers_fitting_neither_is_left_open(tmp_path: Path):
    target = fx.sessionnet(tmp_path)
    papers = json.loads((tmp_path / "drucksachen.json").read_text("utf-8"))
    for c in papers[3]["consultation"] + papers[4]["consultation"]:  # 236591 in both
        c.pop("agendaItem")
        c.pop("meeting")
    (tmp_path / "drucksachen.json").write_text(json.dumps(papers), "utf-8")
    result = read_agenda(target)
    assert result.items[4].paper == ""
    assert result.paper_sources[4] == "nicht gefunden: mehrere Drucksachen passen"
    assert result.notes[-1] == (
        "Drucksache offen gelassen für TOP 7.40: dieselbe Beratung steht in mehreren "
        "Drucksachen, und keine passt eindeutig zu Punkt und Sitzung."
    )


def test_fetched_list_of_consultations_in_pages():
    with oparl_server() as (host, routes):
        routes.update(fx.paged_routes(host))
        result = fetch_agenda(f"{host}/oparl/meetings/9", timeout=5)
    assert [(i.paper, i.paper_type) for i in result.items] == [
        ("VO/2026/030", "Mitteilungsvorlage")
    ]
    assert result.paper_sources[0] == "abgerufen – Beratung zu diesem Tagesordnungspunkt"


def test_single_paper_files_do_not_stand_for_the_whole_meeting(tmp_path: Path):
    """One Paper file missing of several: its item is named, the opening (a consultation
    without paper) is not. Only a paper *list* is taken as all the papers of its meeting."""
    target = fx.sdnet(tmp_path)
    (tmp_path / "ds_126_2022.json").unlink()
    result = read_agenda(target)
    assert result.items[4].paper == ""
    assert result.paper_sources[4] == "nicht gefunden (Beratung 7650)"
    assert result.notes[-1].startswith("Drucksache nicht gefunden für TOP 23: ")


def test_a_list_larger_than_a_paper_is_read_and_a_file_too_big_is_named(
    tmp_path: Path, monkeypatch
):
    from secretary_app.formats import oparl

    target = fx.sessionnet(tmp_path)
    filler = [
        {"id": f"{fx.SN}/papers/x{n}", "type": fx.T + "Paper", "name": "x" * 200}
        for n in range(12000)
    ]
    papers = json.loads((tmp_path / "drucksachen.json").read_text("utf-8")) + filler
    (tmp_path / "drucksachen.json").write_text(json.dumps(papers), "utf-8")
    assert (tmp_path / "drucksachen.json").stat().st_size > oparl.MAX_SIBLING_FILE_BYTES
    assert read_agenda(target).items[1].paper == "A0147/26"

    monkeypatch.setattr(oparl, "MAX_SIBLING_LIST_BYTES", oparl.MAX_SIBLING_FILE_BYTES)
    result = read_agenda(target)
    assert result.items[1].paper == ""
    assert any(n.startswith("Zu groß, nicht gelesen: drucksachen.json mit ") for n in result.notes)
