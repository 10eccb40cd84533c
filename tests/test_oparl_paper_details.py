"""Issue 27 end to end: what a council publishes about place and paper reaches the store, `dump`
and a city's template (`top.vorlage_art`, `sitzung.ort_anschrift`, …)."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from tests.cli_helpers import run_cli as run
from tests.documents.template_helpers import template_with
from tests.formats import oparl_paper_fixtures as fx

TEMPLATE_LINES = (
    "{{ sitzung.wochentag_kurz }}, {{ sitzung.datum }}, {{ sitzung.ort }}",
    "{{ sitzung.ort_anschrift }}",
    "TOP {{ top.nummer }} {{ top.titel }}",
    "{{ top.vorlage_art }} {{ top.vorlage }}",
    "Federführung: {{ top.federfuehrung }} – Verfasser: {{ top.verfasser }}",
)


def city_template(folder: Path) -> Path:
    """The reference extract's styles and page, with only the lines of TEMPLATE_LINES."""
    return template_with(folder, *TEMPLATE_LINES, name="stadt-auszug.docx")


def test_allris_import_reaches_dump_and_the_city_template(db_path: Path, tmp_path: Path, capsys):
    source = fx.allris(tmp_path / "ris")
    code, out, err = run("--db", str(db_path), "import", str(source), capsys=capsys)
    assert code == 0, err
    meeting_id = out.strip().splitlines()[-1]
    assert "Hinweis: Drucksachen gefunden: TOP 2 in vorlage_5521.json." in err

    dumped = tmp_path / "dump.json"
    assert run("--db", str(db_path), "dump", meeting_id, "-o", str(dumped), capsys=capsys)[0] == 0
    value = json.loads(dumped.read_text("utf-8"))
    assert value["meeting"]["address"] == "Hauptstraße 114, 31171 Nordstemmen"
    assert {
        k: value["agenda"][1][k] for k in ("paper", "paper_type", "department", "originator")
    } == {
        "paper": "BV/0042/2026",
        "paper_type": "Beschlussvorlage",
        "department": "Fachbereich III – Bauen",
        "originator": "Bürgermeisterin Erika Beispiel",
    }

    target = tmp_path / "auszug.docx"
    code, _, err = run(
        "--db",
        str(db_path),
        "extract",
        meeting_id,
        "2",
        "-o",
        str(target),
        "--template",
        str(city_template(tmp_path)),
        capsys=capsys,
    )
    assert code == 0, err
    assert [p.text for p in docx.Document(str(target)).paragraphs] == [
        "Di, 10.03.2026, Ratssaal",
        "Hauptstraße 114, 31171 Nordstemmen",
        "TOP 2 Neubau Kindertagesstätte Lindenhof",
        "Beschlussvorlage BV/0042/2026",
        "Federführung: Fachbereich III – Bauen – Verfasser: Bürgermeisterin Erika Beispiel",
    ]


def test_the_shipped_minutes_name_the_address_after_the_place(db_path, tmp_path, capsys):
    source = fx.allris(tmp_path / "ris")
    code, out, err = run("--db", str(db_path), "import", str(source), capsys=capsys)
    assert code == 0, err
    meeting_id = out.strip().splitlines()[-1]
    for layout, line in (
        ("referenz", "Ort:\tRatssaal, Hauptstraße 114, 31171 Nordstemmen"),
        # Karlsruhe's minutes name place and begin once, in the head all minutes share
        ("karlsruhe", "Ort:\tRatssaal, Hauptstraße 114, 31171 Nordstemmen"),
    ):
        target = tmp_path / f"{layout}.docx"
        args = ("--db", str(db_path), "minutes", meeting_id, "-o", str(target))
        assert run(*args, "--layout", layout, capsys=capsys)[0] == 0
        assert line in [p.text for p in docx.Document(str(target)).paragraphs]
