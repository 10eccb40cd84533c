"""The operations on the command line: bad input is a German message, exit 1, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import db_digest, run_cli

RICH = Path(__file__).parent / "data" / "rich-meeting.json"


@pytest.fixture
def imported(db_path, capsys) -> str:
    code, out, err = run_cli("--db", str(db_path), "import", str(RICH), capsys=capsys)
    assert code == 0, err
    return out.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["vote", "{m}", "77", "--ja", "1"], "Den Tagesordnungspunkt „77“ gibt es"),
        (["vote", "{m}", "9", "--ja", "9"], "--override"),
        (["vote", "{m}", "9", "--ja", "9", "--override", "  "], "--override"),
        (["attendance", "{m}", "niemand"], "„niemand“ ist kein Mitglied"),
        (["clock", "{m}", "fortsetzen"], "nicht unterbrochen"),
        (["clock", "{m}", "beginnen"], "bereits um 17:00 Uhr begonnen"),
        (["delete-item", "{m}", "Ö 2.1"], "Mit --force wird es ausgeführt"),
        (["check", "999"], "Eine Sitzung mit der Nummer 999 gibt es"),
        (["reopen", "{m}", "--reason", " "], "Grund"),
    ],
)
def test_bad_operations_are_refused_in_german_and_change_nothing(
    db_path, imported, capsys, args, words
):
    before = db_digest(db_path)
    code, out, err = run_cli(
        "--db", str(db_path), *[a.format(m=imported) for a in args], capsys=capsys
    )
    assert code == 1 and out == ""
    assert err.startswith("Fehler: ") and words in err and "Traceback" not in err
    assert db_digest(db_path) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["vote", "1", "9", "--ja", "viele"], "„viele“ ist keine ganze Zahl"),
        (["vote", "1", "9", "--time", "25:00"], "„25:00“ ist keine Uhrzeit"),
        (["clock", "1", "anfangen"], "ungültige Wahl"),
        (["vote"], "diese Angaben fehlen: SITZUNG, TOP"),
    ],
)
def test_wrong_usage_is_exit_2_in_german(db_path, capsys, args, words):
    with pytest.raises(SystemExit) as stop:
        run_cli("--db", str(db_path), *args, capsys=capsys)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "Aufruf" in err and words in err and "usage" not in err


def test_check_exits_1_with_one_line_per_finding_and_export_still_writes(
    db_path, imported, tmp_path, capsys
):
    code, out, err = run_cli("--db", str(db_path), "check", imported, capsys=capsys)
    assert (code, out) == (0, "") and "Keine Widersprüche" in err
    from secretary_app.store import Store

    store = Store.open(db_path)  # an outcome against the tally (no Ja, 2 Nein): a contradiction
    item = store.load_meeting(int(imported)).item("9")
    assert item is not None
    item.outcome = "beschlossen"
    store.update_item(item)
    store.close()
    code, out, err = run_cli("--db", str(db_path), "check", imported, capsys=capsys)
    assert code == 1 and out.startswith("TOP 9: ")
    target = tmp_path / "auszug.docx"
    code, _, err = run_cli(
        "--db", str(db_path), "extract", imported, "9", "-o", str(target), capsys=capsys
    )
    assert code == 0 and target.exists()
    assert "Widerspr" in err and "TOP 9: " in err


def test_import_says_when_a_roll_call_disagrees_with_its_counts(db_path, tmp_path, capsys):
    import json

    data = json.loads(RICH.read_text("utf-8"))
    vote = next(p for p in data["agenda"][1]["minutes"] if p.get("method") == "roll-call")
    vote["yes"] += 1
    f = tmp_path / "m.json"
    f.write_text(json.dumps(data), "utf-8")
    code, _, err = run_cli("--db", str(db_path), "import", str(f), capsys=capsys)
    assert code == 0
    assert "namentlichen Stimmen passen nicht zur Zählung" in err and "TOP Ö 2.1" in err
