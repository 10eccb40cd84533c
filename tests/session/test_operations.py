"""The operations without a display: each rule of the session layer, and that it holds."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest

from secretary_app.domain.model import AgendaItem, Committee, Member, Paragraph, Vote
from secretary_app.errors import KnownError
from secretary_app.formats import meeting_file
from secretary_app.session import (
    Cancelled,
    Operations,
    VoteRefused,
)
from secretary_app.session.answers import ScriptedInteraction
from secretary_app.session.operations import ExportError
from secretary_app.store import StoreError
from secretary_app.store.backup import create_backup, list_backups
from secretary_app.store.meetings import import_meeting
from tests.privacy import assert_private

RICH = Path(__file__).parent.parent / "data" / "rich-meeting.json"


@pytest.fixture
def rich(store):
    """The rich meeting (7 members, 5 voting; Bär absent, Özdemir from 17:25, Weiß until 19:10;
    Haas excluded on Ö 2.1) stored; returns its id."""
    return import_meeting(store, meeting_file.read_file(RICH).meeting)


def ops_for(store, **answers) -> tuple[Operations, ScriptedInteraction]:
    interaction = ScriptedInteraction(**answers)
    return Operations(store, interaction, clock=lambda: "18:00"), interaction


def item(store, meeting_id, number):
    meeting = store.load_meeting(meeting_id)
    return meeting, meeting.item(number)


# -- votes ---------------------------------------------------------------------------------


def test_a_vote_larger_than_the_room_is_refused_and_nothing_changes(store, rich):
    ops, asked = ops_for(store)
    meeting, top9 = item(store, rich, "9")
    before = store.content_digest()
    with pytest.raises(VoteRefused, match="8 Stimmen gezählt, aber nur 4"):
        ops.record_vote(meeting, top9, Vote(yes=8, time="18:00"), append=True)
    assert store.content_digest() == before
    assert "Trotzdem eintragen" in asked.asked[0]


def test_an_implausible_vote_is_recorded_only_with_its_reason_stored(store, rich):
    ops, _ = ops_for(store, reasons=["Nachzählung laut Vorsitz"])
    meeting, top9 = item(store, rich, "9")
    ops.record_vote(meeting, top9, Vote(yes=8, time="18:00"), append=True)
    stored = store.load_meeting(rich).item("9").votes[-1]
    assert (stored.yes, stored.override) == (8, "Nachzählung laut Vorsitz")
    assert (
        meeting_file.to_json(store.load_meeting(rich))["agenda"][2]["minutes"][-1]["override"]
        == "Nachzählung laut Vorsitz"
    )


def test_presence_is_judged_at_the_time_of_the_vote(store, rich):
    ops, _ = ops_for(store)
    meeting, top1 = item(store, rich, "1")
    # 17:10: Özdemir (from 17:25) is not there yet, Bär is absent: 3 voting members
    with pytest.raises(VoteRefused):
        ops.record_vote(meeting, top1, Vote(yes=4, time="17:10"), append=True)
    # 18:00: Özdemir has come: 4 may vote
    ops.record_vote(meeting, top1, Vote(yes=4, time="18:00"), append=True)
    assert store.load_meeting(rich).item("1").votes[-1].time == "18:00"


def test_roll_call_names_must_agree_with_the_counts_and_the_excluded_may_not_vote(store, rich):
    ops, _ = ops_for(store)
    meeting, top2 = item(store, rich, "Ö 2.1")  # Haas is excluded there
    wrong_count = Vote(yes=2, method="roll-call", ballots={"krueger": "yes"}, time="18:00")
    with pytest.raises(VoteRefused, match="namentlichen Stimmen passen nicht"):
        ops.record_vote(meeting, top2, wrong_count)
    biased = Vote(yes=1, method="roll-call", ballots={"haas": "yes"}, time="18:00")
    with pytest.raises(VoteRefused, match="befangen"):
        ops.record_vote(meeting, top2, biased)
    absent = Vote(yes=1, method="roll-call", ballots={"baer": "yes"}, time="18:00")
    with pytest.raises(VoteRefused, match="nicht stimmberechtigt anwesend"):
        ops.record_vote(meeting, top2, absent)


def test_a_final_vote_sets_the_outcome_and_undoing_it_restores_the_old_one(store, rich):
    ops, _ = ops_for(store)
    meeting, top9 = item(store, rich, "9")
    top9.outcome = "vertagt"
    store.update_item(top9)
    recorded = ops.record_vote(meeting, top9, Vote(yes=1, no=3, time="18:00"))
    assert store.load_meeting(rich).item("9").outcome == "abgelehnt"
    ops.undo_vote(top9, recorded)
    assert store.load_meeting(rich).item("9").outcome == "vertagt"


def test_undo_keeps_an_outcome_she_set_by_hand_after_the_vote(store, rich):
    ops, _ = ops_for(store)
    meeting, top9 = item(store, rich, "9")
    recorded = ops.record_vote(meeting, top9, Vote(yes=3, time="18:00"))
    ops.set_outcome(meeting, top9, "geändert beschlossen")
    ops.undo_vote(top9, recorded)
    assert store.load_meeting(rich).item("9").outcome == "geändert beschlossen"


# -- destructive changes ---------------------------------------------------------------------


def test_deleting_an_item_with_minutes_asks_backs_up_and_audits(store, rich):
    ops, asked = ops_for(store, confirm_answers=[False, True])
    meeting, top2 = item(store, rich, "Ö 2.1")
    before = store.content_digest()
    with pytest.raises(Cancelled):
        ops.delete_item(meeting, top2)
    assert store.content_digest() == before and not list_backups(store.path)
    assert "2 Abstimmungen" in asked.asked[0]
    ops.delete_item(meeting, top2)
    assert store.load_meeting(rich).item("Ö 2.1") is None
    (backup,) = list_backups(store.path)
    assert backup.reason == "change"
    rows = store.audit(rich)
    assert rows[-1]["action"] == "item-deleted" and "Ö 2.1" in rows[-1]["detail"]


def test_an_empty_item_is_deleted_after_a_short_question_without_a_backup(store, rich):
    ops, asked = ops_for(store, confirm_answers=[True])
    meeting = store.load_meeting(rich)
    ops.add_item(meeting, AgendaItem(number="10", title="Verschiedenes"))
    ops.delete_item(meeting, meeting.item("10"))
    assert asked.asked == ["TOP 10 „Verschiedenes“ löschen?"]
    assert store.load_meeting(rich).item("10") is None
    assert list_backups(store.path) == []


def test_an_empty_item_stays_when_she_says_no(store, rich):
    ops, _ = ops_for(store, confirm_answers=[False])
    meeting = store.load_meeting(rich)
    ops.add_item(meeting, AgendaItem(number="10", title="Verschiedenes"))
    with pytest.raises(Cancelled):
        ops.delete_item(meeting, meeting.item("10"))
    assert store.load_meeting(rich).item("10") is not None


def test_finalising_is_confirmed_and_a_no_leaves_the_meeting_open(store, rich):
    ops, asked = ops_for(store, confirm_answers=[False])
    with pytest.raises(Cancelled):
        ops.finalize(rich)
    assert "abschließen" in asked.asked[0]
    assert not store.load_meeting(rich).finalized


def test_replacing_the_agenda_asks_backs_up_and_audits(store, rich):
    ops, asked = ops_for(store, confirm_answers=[True])
    ops.replace_agenda(rich, [AgendaItem(number="1", title="Neu")], replace=True)
    assert [i.title for i in store.load_meeting(rich).agenda] == ["Neu"]
    assert "3 Punkte" in asked.asked[0]
    assert [b.reason for b in list_backups(store.path)] == ["change"]
    assert store.audit(rich)[-1]["detail"] == "Tagesordnung ersetzt"


def test_a_finalised_meeting_refuses_changes_and_names_the_reopen_command(store, rich):
    ops, _ = ops_for(store, confirm_answers=[True])
    ops.finalize(rich)
    meeting, top9 = item(store, rich, "9")
    with pytest.raises(Exception, match=f"secretary-app reopen {rich} --reason"):
        ops.record_vote(meeting, top9, Vote(yes=1))


# -- exports ---------------------------------------------------------------------------------


def test_an_export_is_written_and_recorded_together(store, rich, tmp_path):
    ops, _ = ops_for(store)
    target = tmp_path / "out" / "n.docx"
    result = ops.export_minutes(rich, target)
    assert result.paths == [target] and target.exists()
    assert store.audit(rich)[-1]["action"] == "export"
    assert [p.name for p in target.parent.iterdir()] == ["n.docx"]


def test_a_failed_audit_write_writes_no_file_and_says_so(store, rich, tmp_path, monkeypatch):
    ops, _ = ops_for(store)

    def locked(*_a, **_k):
        raise StoreError("Die Datenbank ist gesperrt.")

    monkeypatch.setattr(store, "record_export", locked)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportError, match="Es wurde nichts geschrieben"):
        ops.export_minutes(rich, folder / "n.docx")
    assert list(folder.iterdir()) == []


def test_no_document_is_in_place_before_its_audit_row(store, rich, tmp_path, monkeypatch):
    """A kill between writing and recording must not leave a file without its row."""
    ops, _ = ops_for(store)
    target = tmp_path / "auszug.docx"
    seen = {}
    original = store.record_export

    def record(meeting_id, what):
        seen["target existed"] = target.exists()
        original(meeting_id, what)

    monkeypatch.setattr(store, "record_export", record)
    ops.export_extract(rich, "9", target)
    assert seen == {"target existed": False} and target.exists()


def test_all_extracts_land_in_the_folder_with_one_audit_row(store, rich, tmp_path):
    ops, _ = ops_for(store)
    result = ops.export_all_extracts(rich, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        p.name for p in result.paths
    )
    assert len(result.paths) == 3
    assert [r["action"] for r in store.audit(rich)].count("export") == 1


def test_findings_are_shown_before_an_export_and_can_stop_it(store, rich, tmp_path):
    ops, asked = ops_for(store, go_on_with_findings=False)
    meeting, top9 = item(store, rich, "9")
    top9.minutes.append(Paragraph(kind="text", text="Der Antrag wird einstimmig angenommen."))
    top9.minutes.append(Paragraph(kind="vote", vote=Vote(yes=2, no=1)))
    store.save_paragraphs(top9.id, top9.minutes)
    with pytest.raises(Cancelled):
        ops.export_extract(rich, "9", tmp_path / "a.docx")
    assert not (tmp_path / "a.docx").exists()
    assert any(f.kind == "unanimous" for f in asked.reviewed[0])


# -- interruptions -------------------------------------------------------------------------


def test_interruptions_reach_the_store_the_meeting_file_and_the_minutes(store, rich, tmp_path):
    ops, _ = ops_for(store, confirm_answers=[True])  # yes to ending the session
    meeting = store.load_meeting(rich)
    meeting.start, meeting.end = None, None
    store.update_meeting(meeting)
    ops.start_session(meeting, "17:00")
    ops.interrupt(meeting, "18:10")
    ops.resume(meeting, "18:25")
    ops.interrupt(meeting, "19:00")
    ops.end_session(meeting, "19:30")  # ends the open interruption too
    dumped = meeting_file.to_json(store.load_meeting(rich))["meeting"]["interruptions"]
    assert dumped == [
        {"from": "18:10", "until": "18:25"},
        {"from": "19:00", "until": "19:30"},
    ]
    again = import_meeting(
        store, meeting_file.parse(meeting_file.to_json(store.load_meeting(rich))).meeting
    )
    assert store.load_meeting(again).interruptions == store.load_meeting(rich).interruptions
    ops.export_minutes(rich, tmp_path / "n.docx")
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "n.docx")).paragraphs)
    assert "Unterbrechungen:\t18:10 bis 18:25 Uhr, 19:00 bis 19:30 Uhr" in text


def test_ending_the_session_is_asked_and_no_leaves_it_running(store, rich):
    ops, asked = ops_for(store, confirm_answers=[False])
    meeting = store.load_meeting(rich)
    meeting.start, meeting.end = None, None
    store.update_meeting(meeting)
    ops.start_session(meeting, "17:00")
    with pytest.raises(Cancelled, match="läuft weiter"):
        ops.end_session(meeting, "17:05")
    assert "Die Sitzung um 17:05 Uhr beenden?" in asked.asked[0]
    assert store.load_meeting(rich).end is None
    ops.interrupt(meeting, "17:10")  # still running


def test_an_end_pressed_by_mistake_is_taken_back_and_the_minutes_show_no_end(
    store, rich, tmp_path
):
    ops, _ = ops_for(store, confirm_answers=[True, True])
    meeting = store.load_meeting(rich)
    meeting.start, meeting.end = None, None
    store.update_meeting(meeting)
    with pytest.raises(KnownError, match="nicht beendet"):
        ops.take_back_end(meeting)
    ops.start_session(meeting, "17:00")
    ops.end_session(meeting, "17:40")
    ops.take_back_end(meeting)
    assert store.load_meeting(rich).end is None and store.load_meeting(rich).start == "17:00"
    ops.interrupt(meeting, "18:00")  # it runs again: the clock goes on as before
    ops.resume(meeting, "18:10")
    ops.end_session(meeting, "19:30")
    ops.export_minutes(rich, tmp_path / "n.docx")
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "n.docx")).paragraphs)
    assert "19:30" in text and "17:40" not in text


def test_times_corrected_afterwards_are_what_the_minutes_print(store, rich, tmp_path):
    from secretary_app.domain.model import Interruption

    ops, _ = ops_for(store, confirm_answers=[True, True])  # end, finalise
    meeting = store.load_meeting(rich)
    meeting.start, meeting.end, meeting.interruptions = None, None, []
    store.update_meeting(meeting)
    ops.start_session(meeting, "17:04")  # pressed late
    ops.end_session(meeting, "19:41")
    with pytest.raises(KnownError, match="liegt vor dem Beginn"):
        ops.correct_times(meeting, "17:00", "19:30", [Interruption("16:10", "16:20")])
    assert store.load_meeting(rich).start == "17:04"  # refused: nothing written
    ops.correct_times(meeting, "17:00", "19:30", [Interruption("18:10", "18:25")])
    again = store.load_meeting(rich)
    assert (again.start, again.end) == ("17:00", "19:30")
    assert again.interruptions == [Interruption("18:10", "18:25")]
    ops.export_minutes(rich, tmp_path / "n.docx")
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "n.docx")).paragraphs)
    assert "17:00" in text and "19:30" in text and "18:10 bis 18:25 Uhr" in text
    assert "17:04" not in text and "19:41" not in text
    ops.finalize(rich)
    with pytest.raises(KnownError, match="abgeschlossen"):
        ops.correct_times(store.load_meeting(rich), "17:01", "19:30", [])


def test_an_invitations_times_are_a_plan_and_a_past_meetings_are_kept():
    import datetime as dt

    from secretary_app.session.meetings import invitation_times

    coming = meeting_file.read_file(RICH).meeting
    coming.date, coming.start, coming.end = dt.date(2026, 12, 8), "17:00", "19:00"
    notes = invitation_times(coming, dt.date(2026, 12, 7))
    times: tuple[str | None, ...] = (coming.planned_start, coming.start, coming.end)
    assert times == ("17:00", None, None)
    assert "geplanter Beginn" in notes[0]
    past = meeting_file.read_file(RICH).meeting
    past.date, past.start, past.end = dt.date(2026, 12, 1), "17:00", "19:12"
    assert invitation_times(past, dt.date(2026, 12, 7)) == []
    assert (past.start, past.end) == ("17:00", "19:12")


def test_without_an_attendance_list_every_voting_member_may_vote(store):
    meeting = meeting_file.read_file(RICH).meeting
    meeting.attendance = []
    meeting_id = import_meeting(store, meeting)
    ops, asked = ops_for(store)
    meeting, top9 = item(store, meeting_id, "9")
    ops.record_vote(meeting, top9, Vote(yes=5, time="18:00"), append=True)  # 5 voting members
    assert asked.asked == []
    with pytest.raises(VoteRefused, match="6 Stimmen gezählt, aber nur 5"):
        ops.record_vote(meeting, top9, Vote(yes=6, time="18:00"), append=True)


def test_restore_into_the_open_store_brings_back_the_chosen_state(store, db_path, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    saved = store.content_digest()
    b = create_backup(db_path, store.conn, "open")
    item = store.load_meeting(meeting_id).agenda[0]
    store.save_paragraphs(item.id, [Paragraph(text="Versehentlich alles gelöscht.")])
    ops, _ = ops_for(store)
    result = ops.restore(b.path)
    assert store.content_digest() == saved
    assert result.safety_copy in [x.path for x in list_backups(db_path)]


def test_a_new_meeting_has_every_member_present_and_the_secretary_of_the_settings(store):
    import datetime as dt

    from secretary_app.settings import Settings

    settings = Settings.load(store)
    settings.secretary_name = "Frau Beispiel"
    ops, _ = ops_for(store)
    ops.save_settings(settings)
    committee_id = ops.save_committee(meeting_file.read_file(RICH).meeting.committee)
    meeting_id = ops.new_meeting(committee_id, 4, dt.date(2026, 12, 1), planned_start="17:00")
    meeting = store.load_meeting(meeting_id)
    assert meeting.secretary == "Frau Beispiel" and meeting.planned_start == "17:00"
    assert meeting.start is None  # a plan: the session is begun on the day
    ops.start_session(meeting, "17:04")
    again = store.load_meeting(meeting_id)
    assert (again.start, again.planned_start) == ("17:04", "17:00")
    assert [a.member for a in meeting.attendance if a.present] == [
        m.key for m in meeting.committee.members
    ]


def test_the_start_meeting_is_the_one_open_last_time_else_the_newest(store, demo_meeting):
    ops, _ = ops_for(store)
    assert ops.start_meeting_id() is None
    first = import_meeting(store, demo_meeting)
    second = import_meeting(store, meeting_file.read_file(RICH).meeting)
    assert ops.start_meeting_id() == max(first, second, key=lambda i: store.load_meeting(i).date)
    ops.open_meeting(first)
    assert ops.start_meeting_id() == first


# -- rules kept once in the session (issue 28) ---------------------------------------------


def test_the_clock_of_a_finalised_meeting_does_not_move(store, rich):
    ops, _ = ops_for(store, confirm_answers=[True])
    ops.finalize(rich)
    meeting = store.load_meeting(rich)
    for action in (ops.start_session, ops.interrupt, ops.resume, ops.end_session):
        with pytest.raises(KnownError, match="abgeschlossen"):
            action(meeting, "19:00")
    with pytest.raises(KnownError, match="abgeschlossen"):
        ops.take_back_end(meeting)
    assert meeting.end and store.load_meeting(rich).end == meeting.end


def test_a_suggested_vote_taken_over_with_the_agenda_keeps_the_vote_rule(store, rich):
    ops, asked = ops_for(store)
    suggested = AgendaItem(
        number="20",
        title="Haushalt",
        minutes=[Paragraph(kind="vote", vote=Vote(yes=99, time="18:00"))],
    )
    before = store.content_digest()
    with pytest.raises(VoteRefused, match="TOP 20"):
        ops.replace_agenda(rich, [suggested], replace=False)
    assert store.content_digest() == before
    assert "Trotzdem übernehmen" in asked.asked[0]


def test_a_suggested_vote_that_does_not_fit_is_stored_only_with_its_reason(store, rich):
    ops, _ = ops_for(store, reasons=["so im Protokoll der Vorsitzenden"])
    suggested = AgendaItem(
        number="20",
        title="Haushalt",
        minutes=[Paragraph(kind="vote", vote=Vote(yes=99, time="18:00"))],
    )
    ops.replace_agenda(rich, [suggested], replace=False)
    stored = store.load_meeting(rich).item("20").votes[-1]
    assert (stored.yes, stored.override) == (99, "so im Protokoll der Vorsitzenden")


def test_a_plausible_suggested_vote_is_taken_over_without_a_question(store, rich):
    ops, asked = ops_for(store)
    suggested = AgendaItem(
        number="20",
        title="Haushalt",
        minutes=[Paragraph(kind="vote", vote=Vote(yes=3, no=1, time="18:00"))],
    )
    ops.replace_agenda(rich, [suggested], replace=False)
    assert asked.asked == [] and store.load_meeting(rich).item("20").votes[-1].yes == 3


def test_a_committee_with_a_doubled_key_is_refused_by_the_session(store):
    ops, _ = ops_for(store)
    committee = Committee(
        name="Bauausschuss",
        members=[Member(key="schulze", name="Anna Schulze"), Member(key="schulze", name="Bo")],
    )
    with pytest.raises(KnownError, match="dasselbe Kürzel „schulze“"):
        ops.save_committee(committee)
    assert ops.committees() == []


def test_settings_without_an_outcome_or_with_a_missing_template_are_refused(store, tmp_path):
    ops, _ = ops_for(store)
    bad = dataclasses.replace(ops.settings, outcomes=[], template=str(tmp_path / "fehlt.docx"))
    with pytest.raises(KnownError) as caught:
        ops.save_settings(bad)
    assert "mindestens ein Ergebnis" in str(caught.value)
    assert "fehlt.docx gibt es nicht" in str(caught.value)
    assert ops.stored_settings().outcomes


def test_the_meeting_file_is_written_private_and_whole(store, rich, tmp_path):
    ops, _ = ops_for(store)
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "sitzung.json"
    ops.export_meeting_file(rich, target)
    assert_private(target)
    assert meeting_file.read_file(target).meeting.number == store.load_meeting(rich).number
    assert [p.name for p in folder.iterdir()] == ["sitzung.json"]


def test_an_oparl_invitation_of_a_coming_meeting_can_be_begun(store, tmp_path, monkeypatch):
    import datetime as dt

    from tests.formats.oparl_fixtures import write_folder

    ops, _ = ops_for(store)
    monkeypatch.setattr(ops, "today", lambda: dt.date(2024, 3, 1))  # before the 12.03.2024
    result = ops.import_oparl(write_folder(tmp_path / "export"))
    meeting = store.load_meeting(result.meeting_id)
    assert (meeting.planned_start, meeting.start, meeting.end) == ("16:30", None, None)
    assert any("geplanter Beginn" in note for note in result.notes)
    ops.start_session(meeting, "16:34")  # the clock can be begun on the day
    assert store.load_meeting(result.meeting_id).start == "16:34"
