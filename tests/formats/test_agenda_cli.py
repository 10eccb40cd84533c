"""`secretary-app agenda` and the OParl path of `secretary-app import`, as a script uses them."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from secretary_app.store import Store
from tests.cli_helpers import run_cli as run

from .oparl_fixtures import oparl_server, write_folder


def _agenda(db: Path, meeting_id: int) -> list[tuple[str, str, str, bool]]:
    s = Store.open(db)
    try:
        return [(i.number, i.title, i.paper, i.public) for i in s.load_meeting(meeting_id).agenda]
    finally:
        s.close()


@pytest.fixture
def meeting_id(db_path, demo_file, capsys) -> int:
    code, out, _ = run("--db", str(db_path), "import", str(demo_file), capsys=capsys)
    assert code == 0
    return int(out.strip().splitlines()[-1])


def test_agenda_from_text_file_is_appended_and_printed(db_path, meeting_id, tmp_path, capsys):
    before = _agenda(db_path, meeting_id)
    f = tmp_path / "to.txt"
    f.write_text(
        "Öffentlicher Teil\n12 Anfragen der Ausschussmitglieder\n"
        "Nichtöffentlicher Teil\n13\tGrundstücksangelegenheit\t16/SVV/0012\n",
        encoding="utf-8",
    )
    code, out, err = run("--db", str(db_path), "agenda", str(meeting_id), str(f), capsys=capsys)
    assert code == 0, err
    assert out.splitlines() == [
        "12\töffentlich\tAnfragen der Ausschussmitglieder",
        "13\tnichtöffentlich\tGrundstücksangelegenheit\t16/SVV/0012",
        f"Tagesordnung der Sitzung {meeting_id} ergänzt um 2 Punkte.",
    ]
    assert _agenda(db_path, meeting_id) == before + [
        ("12", "Anfragen der Ausschussmitglieder", "", True),
        ("13", "Grundstücksangelegenheit", "16/SVV/0012", False),
    ]


def test_replace_with_csv_and_explicit_format(db_path, meeting_id, tmp_path, capsys):
    f = tmp_path / "export.dat"
    f.write_bytes("Nr;Titel;öffentlich\n1;Eröffnung;ja\n2;Vergabe;nein\n".encode("cp1252"))
    args = ["--db", str(db_path), "agenda", str(meeting_id), str(f), "--format", "csv"]
    before = _agenda(db_path, meeting_id)
    code, _, err = run(*args, "--replace", capsys=capsys)
    assert code == 1  # replacing deletes the minutes: not without --force
    assert "--force" in err and "425 Wörter" in err
    assert _agenda(db_path, meeting_id) == before
    code, _, err = run(*args, "--replace", "--force", capsys=capsys)
    assert code == 0, err
    assert "Windows-1252" in err  # the note on what was assumed
    assert _agenda(db_path, meeting_id) == [
        ("1", "Eröffnung", "", True),
        ("2", "Vergabe", "", False),
    ]


def test_agenda_from_stdin(db_path, meeting_id, capsys, monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO("1 Eröffnung\n2 Schluss\n".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, _, _ = run(
        "--db", str(db_path), "agenda", str(meeting_id), "-", "--replace", "--force", capsys=capsys
    )
    assert code == 0
    assert [r[1] for r in _agenda(db_path, meeting_id)] == ["Eröffnung", "Schluss"]


def test_bad_agenda_changes_nothing(db_path, meeting_id, tmp_path, capsys):
    before = _agenda(db_path, meeting_id)
    f = tmp_path / "to.csv"
    f.write_text("TOP;Betreff;öffentlich\n1;Eröffnung;ja\n2;Bericht;vielleicht\n", "utf-8")
    code, out, err = run(
        "--db", str(db_path), "agenda", str(meeting_id), str(f), "--replace", capsys=capsys
    )
    assert code == 1 and out == ""
    assert err.startswith("Fehler: ") and "Zeile 3" in err and "Traceback" not in err
    assert _agenda(db_path, meeting_id) == before


def test_unknown_meeting_is_a_german_error(db_path, meeting_id, tmp_path, capsys):
    f = tmp_path / "to.txt"
    f.write_text("1 Eröffnung\n", "utf-8")
    code, _, err = run("--db", str(db_path), "agenda", "999", str(f), capsys=capsys)
    assert code == 1 and err.startswith("Fehler: ")


def test_import_oparl_file_creates_the_meeting(db_path, tmp_path, capsys):
    f = write_folder(tmp_path / "export")
    code, out, err = run("--db", str(db_path), "import", str(f), capsys=capsys)
    assert code == 0, err
    assert out.startswith("Importiert (OParl): 1. Sitzung Hauptausschuss vom 12.03.2024, 7 ")
    new_id = int(out.strip().splitlines()[-1])
    s = Store.open(db_path)
    try:
        m = s.load_meeting(new_id)
    finally:
        s.close()
    assert (m.committee.name, m.start, m.end, m.location) == (
        "Hauptausschuss",
        "16:30",
        "19:05",
        "Bürgersaal, Rathaus",
    )
    assert [(i.number, i.paper, i.outcome) for i in m.agenda][:2] == [
        ("1", "", "einstimmig zugestimmt"),
        ("2", "2024/0113", "Kenntnisnahme"),
    ]
    # a second meeting of the same committee gets the next number
    _, out, _ = run("--db", str(db_path), "import", str(f), capsys=capsys)
    assert out.startswith("Importiert (OParl): 2. Sitzung Hauptausschuss")


def test_agenda_and_import_from_an_oparl_url(db_path, meeting_id, capsys):
    with oparl_server() as (host, _):
        url = f"{host}/oparl/bodies/1/meetings/77"
        code, out, err = run(
            "--db",
            str(db_path),
            "agenda",
            str(meeting_id),
            url,
            "--replace",
            "--force",
            capsys=capsys,
        )
        assert code == 0, err
        code, imported, err = run("--db", str(db_path), "import", url, capsys=capsys)
        assert code == 0, err
    assert "2\töffentlich\tRadverkehrskonzept Südstadt\t2024/0113\tKenntnisnahme" in out
    assert len(_agenda(db_path, meeting_id)) == 7
    assert "Hauptausschuss" in imported


def test_url_with_other_format_is_refused(db_path, meeting_id, capsys):
    code, _, err = run(
        "--db",
        str(db_path),
        "agenda",
        str(meeting_id),
        "https://ris.example.org/m/1",
        "--format",
        "csv",
        capsys=capsys,
    )
    assert code == 1 and "nur OParl" in err
