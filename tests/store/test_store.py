"""The store: private file, durable settings, small writes, and refusal of what it cannot own."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from secretary_app.domain.model import AgendaItem, Attendance, Paragraph, Vote
from secretary_app.store import FinalizedError, NewerSchemaError, Store, StoreError
from secretary_app.store.meetings import import_meeting
from secretary_app.store.schema import SCHEMA_VERSION
from tests.privacy import assert_private


def test_database_file_is_private_and_durable(store, db_path):
    assert_private(db_path)
    c = store.conn
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_only_a_throw_away_database_is_opened_without_waiting_for_the_disk(tmp_path):
    throwaway = Store.open(tmp_path / "demo.sqlite", durable=False)
    try:
        assert throwaway.conn.execute("PRAGMA synchronous").fetchone()[0] == 0  # OFF
        assert throwaway.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        throwaway.close()
    again = Store.open(tmp_path / "demo.sqlite")  # the same file, opened as any other
    try:
        assert again.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        again.close()


def test_default_location_is_the_user_data_folder(monkeypatch, tmp_path):
    from secretary_app import paths

    if sys.platform == "win32":  # %LOCALAPPDATA%, as platformdirs lets it be moved
        monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(tmp_path / "xdg"))
    else:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.default_db_path() == tmp_path / "xdg" / "secretary-app" / "protokollant.sqlite"


def test_foreign_keys_protect_the_meeting(store, demo_meeting):
    import_meeting(store, demo_meeting)
    with pytest.raises(StoreError):
        with store.transaction() as c:
            c.execute(
                "INSERT INTO agenda_items (meeting_id, position, number, title) "
                "VALUES (999, 0, '1', 'x')"
            )


def test_saving_one_changed_paragraph_writes_one_row(store, demo_meeting):
    meeting = store.load_meeting(import_meeting(store, demo_meeting))
    item = meeting.agenda[0]
    paragraphs = item.minutes
    paragraphs[5].text += " Ergänzt."
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    store.save_paragraphs(item.id, paragraphs)
    store.conn.set_trace_callback(None)
    # one row of the minutes; the triggers' statements (search index, change counter) aside
    writes = [
        s
        for s in statements
        if s.startswith(
            ("INSERT INTO paragraphs ", "UPDATE paragraphs ", "DELETE FROM paragraphs ")
        )
    ]
    # (SQLite traces the statement again for each trigger step it runs)
    assert len(set(writes)) == 1 and writes[0].startswith("UPDATE paragraphs SET")
    assert store.load_meeting(meeting.id).agenda[0].minutes[5].text.endswith(" Ergänzt.")


def test_paragraph_insert_move_and_delete_keep_order(store, demo_meeting):
    meeting = store.load_meeting(import_meeting(store, demo_meeting))
    item = meeting.agenda[0]
    ps = item.minutes
    vote = Paragraph(kind="vote", vote=Vote(4, 2, 1, label="zum Änderungsantrag"))
    ps.insert(2, vote)
    ps.append(ps.pop(0))  # first paragraph moved to the end
    del ps[3]
    ids = store.save_paragraphs(item.id, ps)
    stored = store.load_meeting(meeting.id).agenda[0].minutes
    assert [p.id for p in stored] == ids
    assert [p.text for p in stored] == [p.text for p in ps]
    assert stored[1].vote == Vote(4, 2, 1, label="zum Änderungsantrag")


def test_items_are_added_moved_and_deleted(store, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    urgent = store.add_item(meeting_id, AgendaItem("7.0", "Dringlichkeitsantrag"), position=0)
    last = store.add_item(meeting_id, AgendaItem("8", "Sonstiges"))
    numbers = [i.number for i in store.load_meeting(meeting_id).agenda]
    assert numbers == ["7.0", "7.1", "8"]
    ids = [i.id for i in store.load_meeting(meeting_id).agenda]
    store.reorder_items(meeting_id, [ids[1], ids[2], ids[0]])
    assert [i.number for i in store.load_meeting(meeting_id).agenda] == ["7.1", "8", "7.0"]
    store.delete_item(urgent)
    assert [i.id for i in store.load_meeting(meeting_id).agenda] == [ids[1], last]


def test_attendance_changes_are_stored(store, demo_meeting):
    meeting_id = import_meeting(store, demo_meeting)
    store.set_attendance(meeting_id, Attendance("schulze", present=True, arrived="17:20"))
    store.set_attendance(meeting_id, Attendance("thomann", present=True, left="18:05"))
    meeting = store.load_meeting(meeting_id)
    assert meeting.attendance_of("schulze").arrived == "17:20"
    assert meeting.attendance_of("thomann").left == "18:05"
    with pytest.raises(StoreError, match="gehört nicht zum Gremium"):
        store.set_attendance(meeting_id, Attendance("fremd"))


def test_finalized_meeting_refuses_changes_until_reopened(store, demo_meeting):
    meeting = store.load_meeting(import_meeting(store, demo_meeting))
    store.set_finalized(meeting.id, True)
    item = meeting.agenda[0]
    item.outcome = "abgelehnt"
    with pytest.raises(FinalizedError, match="abgeschlossen"):
        store.update_item(item)
    with pytest.raises(FinalizedError):
        store.save_paragraphs(item.id, [])
    store.set_finalized(meeting.id, False, reason="Tippfehler im Beschluss")
    store.update_item(item)
    assert store.load_meeting(meeting.id).agenda[0].outcome == "abgelehnt"
    assert [(a["action"], a["detail"]) for a in store.audit(meeting.id)] == [
        ("finalize", ""),
        ("reopen", "Tippfehler im Beschluss"),
    ]


def test_database_from_a_newer_version_is_refused_and_untouched(db_path):
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError, match="neueren Version von Protokollant"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_corrupt_database_is_refused(tmp_path):
    broken = tmp_path / "kaputt.sqlite"
    good = Store.open(tmp_path / "gut.sqlite")
    good.close()
    data = bytearray((tmp_path / "gut.sqlite").read_bytes())
    data[0:16] = b"X" * 16  # the SQLite header is gone
    broken.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="keine lesbare Protokollant-Datenbank"):
        Store.open(broken)


def test_a_directory_is_not_a_database(tmp_path):
    with pytest.raises(StoreError, match="ist ein Ordner"):
        Store.open(tmp_path)


def test_locked_database_gives_a_german_message(store, demo_meeting, db_path):
    meeting_id = import_meeting(store, demo_meeting)
    other = sqlite3.connect(db_path, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        store.conn.execute("PRAGMA busy_timeout = 100")
        with pytest.raises(StoreError, match="anderen Programm benutzt"):
            store.add_item(meeting_id, AgendaItem("9", "Sonstiges"))
    finally:
        other.rollback()
        other.close()
    assert [i.number for i in store.load_meeting(meeting_id).agenda] == ["7.1"]


def test_settings_survive_reopening(db_path):
    from secretary_app.settings import Settings

    s = Store.open(db_path)
    settings = Settings.load(s)
    assert settings.majority_rule == "simple"
    assert "geändert beschlossen" in settings.outcomes
    settings.place = "Potsdam"
    settings.outcomes.append("erledigt")
    settings.save(s)
    s.close()
    again = Settings.load(Store.open(db_path))
    assert again.place == "Potsdam"
    assert again.outcomes[-1] == "erledigt"


def test_a_database_of_the_previous_schema_gets_the_paper_details(db_path, demo_file):
    """Schema 3 (before issue 27) is migrated on opening: address and paper details are kept
    from then on, and the meeting it held loads unchanged."""
    from secretary_app.formats import meeting_file
    from secretary_app.store import schema

    s = Store.open(db_path)
    meeting_id = import_meeting(s, meeting_file.read_file(demo_file).meeting)
    s.close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    for table, column in schema.PAPER_DETAIL_COLUMNS:
        conn.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_paper_details'")
    conn.execute("PRAGMA user_version = 3")
    conn.close()

    s = Store.open(db_path)
    try:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        m = s.load_meeting(meeting_id)
        assert (m.address, m.agenda[0].paper, m.agenda[0].paper_type) == ("", "15/SVV/0743", "")
        m.address = "Friedrich-Ebert-Straße 79/81, 14469 Potsdam"
        s.update_meeting(m)
        item = m.agenda[0]
        item.paper_type, item.department = "Beschlussvorlage", "Fachbereich Soziales"
        s.update_item(item)
        again = s.load_meeting(meeting_id)
        assert again.address == "Friedrich-Ebert-Straße 79/81, 14469 Potsdam"
        assert (again.agenda[0].paper_type, again.agenda[0].department) == (
            "Beschlussvorlage",
            "Fachbereich Soziales",
        )
    finally:
        s.close()
