"""Recording a vote: the final vote sets the outcome, a passed procedural one its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretary_app.domain.model import Vote
from secretary_app.formats import meeting_file
from secretary_app.session import Operations
from secretary_app.session.answers import ScriptedInteraction
from secretary_app.store.meetings import import_meeting
from tests.cli_helpers import run_cli

RICH = Path(__file__).parent.parent / "data" / "rich-meeting.json"


@pytest.fixture
def rich(store):
    return import_meeting(store, meeting_file.read_file(RICH).meeting)


def _record(store, meeting_id, number, vote):
    ops = Operations(store, ScriptedInteraction(), clock=lambda: "18:00")
    meeting = store.load_meeting(meeting_id)
    ops.record_vote(meeting, meeting.item(number), vote, append=True)
    return store.load_meeting(meeting_id).item(number)


def test_a_labelled_final_vote_sets_the_outcome(store, rich):
    _record(store, rich, "1", Vote(3, 1, 0, time="18:00", label="zum Änderungsantrag der SPD"))
    item = _record(store, rich, "1", Vote(4, 0, 0, time="18:00", label="zum geänderten Antrag"))
    assert item.outcome == "geändert beschlossen"
    assert item.votes[-1].label == "zum geänderten Antrag"


def test_a_passed_adjournment_makes_the_item_vertagt_and_a_failed_one_leaves_it(store, rich):
    item = _record(store, rich, "1", Vote(1, 3, 0, time="18:00", label="zur Vertagung"))
    assert item.outcome == "zur Kenntnis genommen"  # as it was
    item = _record(store, rich, "1", Vote(4, 0, 0, time="18:00", label="zur Vertagung"))
    assert item.outcome == "vertagt"


def test_the_kind_chosen_is_stored_and_decides(store, rich):
    vote = Vote(4, 0, 0, time="18:00", label="Verweisung abgelehnt", kind="final")
    item = _record(store, rich, "1", vote)
    assert item.votes[-1].kind == "final"
    assert item.outcome == "beschlossen"


def test_the_command_line_takes_the_kind(db_path, capsys):
    code, out, err = run_cli("--db", str(db_path), "import", str(RICH), capsys=capsys)
    assert code == 0, err
    meeting_id = out.strip().splitlines()[-1].split()[-1].strip(".")
    code, out, err = run_cli(
        "--db", str(db_path), "vote", meeting_id, "1", "--ja", "4", "--time", "18:00",
        "--label", "Antrag der Fraktion", "--art", "verfahren", capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    assert "(Verfahrensantrag)" in out
    assert "Ergebnis:" not in out  # a procedural vote that names no outcome leaves the item
    code, out, err = run_cli(
        "--db", str(db_path), "vote", meeting_id, "1", "--ja", "4", "--time", "18:00",
        "--label", "zur Vertagung", capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    assert "(Verfahrensantrag)" in out and "Ergebnis: vertagt" in out


def test_an_earlier_export_is_replaced_only_with_her_yes(store, rich, tmp_path):
    target = tmp_path / "niederschrift.docx"
    asked = ScriptedInteraction(replace_answer=False)
    ops = Operations(store, asked, clock=lambda: "18:00")
    ops.export_minutes(rich, target)
    before, exports = target.read_bytes(), len(store.audit(rich))
    from secretary_app.session import Cancelled

    with pytest.raises(Cancelled, match="die vorhandene Fassung bleibt"):
        ops.export_minutes(rich, target)
    assert target.read_bytes() == before and len(store.audit(rich)) == exports
    assert "gibt es schon" in asked.asked[-1]
