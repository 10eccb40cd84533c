"""`secretary-app results` and `--meeting` for files listing several OParl meetings (issue 14)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.cli_helpers import run_cli as run

from . import oparl_vendor_fixtures as fx

DATA = Path(__file__).parent.parent / "data"


def _import(db: Path, file: Path, capsys, *extra: str) -> tuple[int, str, str]:
    return run("--db", str(db), "import", str(file), *extra, capsys=capsys)


def test_results_json_public_only_and_all_with_a_warning(db_path, tmp_path, capsys):
    code, out, _ = _import(db_path, DATA / "rich-meeting.json", capsys)
    meeting = out.strip().splitlines()[-1]
    target = tmp_path / "ergebnisse.json"
    code, out, err = run("--db", str(db_path), "results", meeting, "-o", str(target), capsys=capsys)
    assert code == 0 and "2 Punkte, 2 Abstimmungen" in out and not err
    value = json.loads(target.read_text("utf-8"))
    assert value["type"] == "https://schema.oparl.org/1.1/Meeting"
    assert all(item["public"] for item in value["agendaItem"])
    code, out, err = run(
        "--db", str(db_path), "results", meeting, "--all", "-o", str(target), capsys=capsys
    )
    assert code == 0 and "Achtung" in err and "nichtöffentliche" in err
    assert [i["public"] for i in json.loads(target.read_text("utf-8"))["agendaItem"]][-1] is False
    code, _, _ = run("--db", str(db_path), "audit", meeting, capsys=capsys)
    assert code == 0


def test_results_csv_opens_with_the_csv_module(db_path, tmp_path, capsys):
    _, out, _ = _import(db_path, DATA / "rich-meeting.json", capsys)
    meeting = out.strip().splitlines()[-1]
    target = tmp_path / "ergebnisse.csv"
    code, _, _ = run(
        "--db", str(db_path), "results", meeting, "--csv", "-o", str(target), capsys=capsys
    )
    assert code == 0
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert [r["Verfahren"] for r in rows] == ["offen", "namentlich"]


def test_unknown_meeting_for_results(db_path, tmp_path, capsys):
    code, _, err = run(
        "--db", str(db_path), "results", "999", "-o", str(tmp_path / "x.json"), capsys=capsys
    )
    assert code == 1 and "Fehler" in err and "Interner" not in err


def test_import_from_a_list_of_meetings_lists_them_then_takes_one(db_path, tmp_path, capsys):
    f = tmp_path / "sitzungen.json"
    f.write_text(json.dumps(fx.meeting_page(), ensure_ascii=False), "utf-8")
    code, out, err = _import(db_path, f, capsys)
    assert code == 1 and "enthält 2 Sitzungen" in err and "--meeting" in err
    assert "meeting/4711\t04.02.2025 17:00" in err and "meeting/4712" in err
    code, out, err = _import(db_path, f, capsys, "--meeting", "4712")
    assert code == 0 and "6. Sitzung Stadtentwicklungsausschuss vom 04.03.2025" in out
    meeting = out.strip().splitlines()[-1]
    code, out, err = run(
        "--db", str(db_path), "agenda", meeting, str(f), "--meeting", "4711", capsys=capsys
    )
    assert code == 0 and "ergänzt um 1 Punkt." in out
