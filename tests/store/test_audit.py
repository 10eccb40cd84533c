"""The audit trail: finalise/reopen always, and every change after the first export."""

from __future__ import annotations

import pytest

from secretary_app.domain.model import AgendaItem, Attendance, Paragraph, Vote
from secretary_app.store import FinalizedError
from secretary_app.store.meetings import import_meeting


def _actions(store, meeting_id):
    return [(a["action"], a["detail"], a["old"], a["new"]) for a in store.audit(meeting_id)]


def test_changes_before_the_first_export_are_not_audited(store, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    item = store.load_meeting(meeting_id).agenda[0]
    item.minutes[0].text = "Vorher geändert."
    store.save_paragraphs(item.id, item.minutes)
    store.set_attendance(meeting_id, Attendance("schulze", present=False))
    assert store.audit(meeting_id) == []


def test_every_change_after_an_export_is_recorded_with_old_and_new(store, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    item = store.load_meeting(meeting_id).agenda[0]
    old_text = item.minutes[0].text
    store.record_export(meeting_id, "Niederschrift")

    item.minutes[0].text = "Korrigierter Wortlaut."
    store.save_paragraphs(item.id, item.minutes)
    old_outcome = item.outcome
    item.outcome = "abgelehnt"
    store.update_item(item)
    store.set_attendance(meeting_id, Attendance("schulze", present=True, arrived="17:45"))
    extra = store.add_item(meeting_id, AgendaItem("8", "Nachtrag"))
    store.delete_item(extra)

    trail = _actions(store, meeting_id)
    assert trail[0] == ("export", "Niederschrift", "", "")
    changed = {d: (o, n) for a, d, o, n in trail if a == "paragraph"}
    old, new = changed["TOP 7.1, Absatz 1"]
    assert old.endswith(old_text) and new.endswith("Korrigierter Wortlaut.")
    heads = {d: (o, n) for a, d, o, n in trail if a == "item"}
    assert heads["TOP 7.1 Ergebnis"] == (old_outcome, "abgelehnt")
    assert len(heads) == 1  # unchanged fields leave no row
    attendance = [(o, n) for a, _, o, n in trail if a == "attendance"]
    assert attendance and attendance[0][1] == "anwesend, ab 17:45"
    assert ("item-added", "TOP 8 hinzugefügt", "", "Nachtrag") in trail
    assert ("item-deleted", "TOP 8 gelöscht", "Nachtrag", "") in trail


def test_typing_into_one_paragraph_after_export_merges_into_one_row(store, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    item = store.load_meeting(meeting_id).agenda[0]
    original = item.minutes[1].text
    store.record_export(meeting_id, "Protokollauszug TOP 7.1")
    for word in ("Erstens", " zweitens", " drittens."):
        item.minutes[1].text += word
        store.save_paragraphs(item.id, item.minutes)
    rows = [r for r in store.audit(meeting_id) if r["action"] == "paragraph"]
    assert len(rows) == 1
    assert rows[0]["old"].endswith(original)
    assert rows[0]["new"].endswith(original + "Erstens zweitens drittens.")


def test_added_vote_and_deleted_paragraph_are_recorded(store, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    item = store.load_meeting(meeting_id).agenda[0]
    store.record_export(meeting_id, "Niederschrift")
    removed = item.minutes.pop(2)
    item.minutes.append(Paragraph(kind="vote", vote=Vote(5, 1, 0, label="zum Änderungsantrag")))
    store.save_paragraphs(item.id, item.minutes)
    trail = store.audit(meeting_id)
    added = [r for r in trail if r["action"] == "paragraph-added"]
    deleted = [r for r in trail if r["action"] == "paragraph-deleted"]
    assert added[0]["new"] == (
        "Abstimmung zum Änderungsantrag: Zustimmung 5, Ablehnung 1, Stimmenthaltung 0"
    )
    assert deleted[0]["old"].endswith(removed.text)
    assert deleted[0]["detail"] == "TOP 7.1, bisheriger Absatz 3 gelöscht"
    assert added[0]["detail"] == f"TOP 7.1, Absatz {len(item.minutes)} hinzugefügt"


def test_finalise_and_reopen_are_recorded_and_finalised_refuses_every_writer(store, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    meeting = store.load_meeting(meeting_id)
    item = meeting.agenda[0]
    store.set_finalized(meeting_id, True)
    writers = [
        lambda: store.save_paragraphs(item.id, []),
        lambda: store.update_item(item),
        lambda: store.add_item(meeting_id, AgendaItem("9", "x")),
        lambda: store.delete_item(item.id),
        lambda: store.reorder_items(meeting_id, [item.id]),
        lambda: store.replace_agenda(meeting_id, [], replace=True),
        lambda: store.set_attendance(meeting_id, Attendance("schulze")),
        lambda: store.update_meeting(meeting),
        lambda: store.set_interruptions(meeting_id, []),
    ]
    for write in writers:
        with pytest.raises(FinalizedError):
            write()
    assert store.load_meeting(meeting_id).agenda[0].minutes == item.minutes
    store.set_finalized(meeting_id, False, reason="Schreibfehler im Beschluss")
    assert [(r["action"], r["detail"]) for r in store.audit(meeting_id)] == [
        ("finalize", ""),
        ("reopen", "Schreibfehler im Beschluss"),
    ]


def test_reopening_needs_a_reason_and_an_existing_meeting(store, demo_meeting):
    from secretary_app.store import StoreError

    meeting_id = import_meeting(store, demo_meeting)
    store.set_finalized(meeting_id, True)
    with pytest.raises(StoreError, match="Grund"):
        store.set_finalized(meeting_id, False, reason="  ")
    assert store.load_meeting(meeting_id).finalized
    with pytest.raises(StoreError, match="gibt es nicht"):
        store.set_finalized(999, True)
    assert [r["action"] for r in store.audit(meeting_id)] == ["finalize"]
    assert store.audit(999) == []


def test_meeting_head_agenda_order_and_interruptions_after_export(store, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    second = store.add_item(meeting_id, AgendaItem("8", "Verschiedenes"))
    store.record_export(meeting_id, "Niederschrift")
    meeting = store.load_meeting(meeting_id)
    meeting.location = "Rathaus, Raum 3.025"
    meeting.end = "19:40"
    store.update_meeting(meeting)
    first = meeting.agenda[0].id
    store.reorder_items(meeting_id, [second, first])
    store.set_interruptions(meeting_id, [{"from": "18:00", "until": "18:10"}])
    store.replace_agenda(meeting_id, [AgendaItem("9", "Neu")], replace=False)

    trail = [(r["action"], r["detail"], r["old"], r["new"]) for r in store.audit(meeting_id)]
    details = {d: (o, n) for _, d, o, n in trail}
    assert details["Sitzung Ort"][1] == "Rathaus, Raum 3.025"
    assert details["Sitzung Ende"][1] == "19:40"
    assert "Sitzung Datum" not in details  # unchanged fields leave no row
    assert details["Reihenfolge der TOPs"] == ("7.1, 8", "8, 7.1")
    assert details["Sitzung Unterbrechungen"][0] == "[]"
    assert "18:10" in details["Sitzung Unterbrechungen"][1]
    assert details["Tagesordnung ergänzt"] == ("8, 7.1", "8, 7.1, 9")


def test_a_later_editing_session_gets_its_own_row(store, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    item = store.load_meeting(meeting_id).agenda[0]
    store.record_export(meeting_id, "Niederschrift")
    item.minutes[1].text = "Erste Korrektur."
    store.save_paragraphs(item.id, item.minutes)
    # the first session was an hour ago
    store.conn.execute("UPDATE audit SET at = '2026-11-25T09:00:00' WHERE action = 'paragraph'")
    item.minutes[1].text = "Zweite Korrektur."
    store.save_paragraphs(item.id, item.minutes)
    rows = [(r["old"], r["new"]) for r in store.audit(meeting_id) if r["action"] == "paragraph"]
    assert len(rows) == 2
    assert rows[0][1].endswith("Erste Korrektur.")
    assert rows[1][0].endswith("Erste Korrektur.") and rows[1][1].endswith("Zweite Korrektur.")
