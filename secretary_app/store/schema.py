"""The database schema, created and evolved by sqlite-utils' built-in Migrations.

`SCHEMA_VERSION` is mirrored into `PRAGMA user_version` after every migration run, so opening an
up-to-date database needs neither sqlite-utils (≈100 ms of import) nor a migrations query, and a
database written by a newer program is recognised before anything touches it.
"""

from __future__ import annotations

from typing import Any

MIGRATION_SET = "secretary-app"
MIGRATION_NAMES = ("m001_initial",)
SCHEMA_VERSION = len(MIGRATION_NAMES)


def _m001_initial(db: Any) -> None:
    db["committees"].create(
        {"id": int, "name": str, "kind": str, "assembly": str},
        pk="id",
        not_null={"name"},
        defaults={"kind": "advisory", "assembly": ""},
    )
    db["members"].create(
        {
            "id": int,
            "committee_id": int,
            "key": str,
            "salutation": str,
            "title": str,
            "name": str,
            "faction": str,
            "role": str,
            "voting": int,
            "position": int,
        },
        pk="id",
        foreign_keys=[("committee_id", "committees", "id")],
        not_null={"committee_id", "key", "name"},
        defaults={"salutation": "", "title": "", "faction": "", "role": "member", "voting": 1},
    )
    db["members"].create_index(["committee_id", "key"], unique=True)
    db["meetings"].create(
        {
            "id": int,
            "committee_id": int,
            "number": int,
            "date": str,
            "start": str,
            "end": str,
            "location": str,
            "parts": str,
            "secretary": str,
            "finalized": int,
            "interruptions": str,
            "created": str,
            "modified": str,
        },
        pk="id",
        foreign_keys=[("committee_id", "committees", "id")],
        not_null={"committee_id", "number", "date"},
        defaults={
            "location": "",
            "parts": "[]",
            "secretary": "",
            "finalized": 0,
            "interruptions": "[]",
        },
    )
    db["meetings"].create_index(["date"])
    db["meetings"].create_index(["committee_id", "number"])
    db["attendance"].create(
        {
            "meeting_id": int,
            "member_id": int,
            "present": int,
            "arrived": str,
            "left": str,
            "note": str,
        },
        pk=("meeting_id", "member_id"),
        foreign_keys=[("meeting_id", "meetings", "id"), ("member_id", "members", "id")],
        defaults={"present": 1, "note": ""},
    )
    db["agenda_items"].create(
        {
            "id": int,
            "meeting_id": int,
            "position": int,
            "number": str,
            "title": str,
            "paper": str,
            "public": int,
            "outcome": str,
            "excluded": str,
        },
        pk="id",
        foreign_keys=[("meeting_id", "meetings", "id")],
        not_null={"meeting_id", "position", "number", "title"},
        defaults={"paper": "", "public": 1, "outcome": "", "excluded": "[]"},
    )
    db["agenda_items"].create_index(["meeting_id", "position"])
    db["paragraphs"].create(
        {
            "id": int,
            "item_id": int,
            "position": int,
            "kind": str,
            "text": str,
            "speaker": str,
            "vote": str,
        },
        pk="id",
        foreign_keys=[("item_id", "agenda_items", "id")],
        not_null={"item_id", "position", "kind"},
        defaults={"text": ""},
    )
    db["paragraphs"].create_index(["item_id", "position"])
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["audit"].create(
        {
            "id": int,
            "meeting_id": int,
            "at": str,
            "action": str,
            "detail": str,
            "old": str,
            "new": str,
        },
        pk="id",
        defaults={"detail": "", "old": "", "new": ""},
    )
    db["audit"].create_index(["meeting_id", "at"])


_FUNCTIONS = {"m001_initial": _m001_initial}


def migrate(conn: Any) -> None:
    """Apply pending migrations to an open sqlite3 connection and record the version.

    A brand-new (empty) database gets the schema of the first `FRESH_VERSION` migrations from
    `_FRESH_SQL`, without importing sqlite-utils: that import and its plugin lookup cost about
    200 ms of the very first start and of every `--demo`. `tests/store/test_schema_fresh.py`
    keeps `_FRESH_SQL` equal to what the migrations create.
    """
    if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
        _create_fresh(conn)
        if SCHEMA_VERSION == FRESH_VERSION:
            return
    apply_migrations(conn)


def apply_migrations(conn: Any) -> None:
    """The pending migrations, run by sqlite-utils."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    migrations = sqlite_utils.Migrations(MIGRATION_SET)
    for name in MIGRATION_NAMES:
        migrations(name=name)(_FUNCTIONS[name])
    migrations.apply(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _create_fresh(conn: Any) -> None:
    """Create the schema of an empty database in one transaction, recorded as sqlite-utils does."""
    import datetime as dt

    applied_at = str(dt.datetime.now(dt.UTC))
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _FRESH_SQL:
            conn.execute(statement)
        conn.executemany(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [(MIGRATION_SET, name, applied_at) for name in MIGRATION_NAMES[:FRESH_VERSION]],
        )
        conn.execute(f"PRAGMA user_version = {FRESH_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# What the migrations up to FRESH_VERSION create, statement by statement, as sqlite-utils writes
# it (sqlite_master keeps this text). Regenerate when a migration before FRESH_VERSION changes.
FRESH_VERSION = 1
_FRESH_SQL = (
    (
        'CREATE TABLE "_sqlite_migrations" (\n'
        '   "id" INTEGER PRIMARY KEY,\n'
        '   "migration_set" TEXT,\n'
        '   "name" TEXT,\n'
        '   "applied_at" TEXT\n'
        ")"
    ),
    (
        'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n'
        '    ON "_sqlite_migrations" ("migration_set", "name")'
    ),
    (
        'CREATE TABLE "committees" (\n'
        '   "id" INTEGER PRIMARY KEY,\n'
        '   "name" TEXT NOT NULL,\n'
        "   \"kind\" TEXT DEFAULT 'advisory',\n"
        "   \"assembly\" TEXT DEFAULT ''\n"
        ")"
    ),
    (
        'CREATE TABLE "members" (\n'
        '   "id" INTEGER PRIMARY KEY,\n'
        '   "committee_id" INTEGER NOT NULL REFERENCES "committees"("id"),\n'
        '   "key" TEXT NOT NULL,\n'
        "   \"salutation\" TEXT DEFAULT '',\n"
        "   \"title\" TEXT DEFAULT '',\n"
        '   "name" TEXT NOT NULL,\n'
        "   \"faction\" TEXT DEFAULT '',\n"
        "   \"role\" TEXT DEFAULT 'member',\n"
        '   "voting" INTEGER DEFAULT 1,\n'
        '   "position" INTEGER\n'
        ")"
    ),
    (
        'CREATE UNIQUE INDEX "idx_members_committee_id_key"\n'
        '    ON "members" ("committee_id", "key")'
    ),
    (
        'CREATE TABLE "meetings" (\n'
        '   "id" INTEGER PRIMARY KEY,\n'
        '   "committee_id" INTEGER NOT NULL REFERENCES "committees"("id"),\n'
        '   "number" INTEGER NOT NULL,\n'
        '   "date" TEXT NOT NULL,\n'
        '   "start" TEXT,\n'
        '   "end" TEXT,\n'
        "   \"location\" TEXT DEFAULT '',\n"
        "   \"parts\" TEXT DEFAULT '[]',\n"
        "   \"secretary\" TEXT DEFAULT '',\n"
        '   "finalized" INTEGER DEFAULT 0,\n'
        "   \"interruptions\" TEXT DEFAULT '[]',\n"
        '   "created" TEXT,\n'
        '   "modified" TEXT\n'
        ")"
    ),
    ('CREATE INDEX "idx_meetings_date"\n    ON "meetings" ("date")'),
    (
        'CREATE INDEX "idx_meetings_committee_id_number"\n'
        '    ON "meetings" ("committee_id", "number")'
    ),
    (
        'CREATE TABLE "attendance" (\n'
        '   "meeting_id" INTEGER REFERENCES "meetings"("id"),\n'
        '   "member_id" INTEGER REFERENCES "members"("id"),\n'
        '   "present" INTEGER DEFAULT 1,\n'
        '   "arrived" TEXT,\n'
        '   "left" TEXT,\n'
        "   \"note\" TEXT DEFAULT '',\n"
        '   PRIMARY KEY ("meeting_id", "member_id")\n'
        ")"
    ),
    (
        'CREATE TABLE "agenda_items" (\n'
        '   "id" INTEGER PRIMARY KEY,\n'
        '   "meeting_id" INTEGER NOT NULL REFERENCES "meetings"("id"),\n'
        '   "position" INTEGER NOT NULL,\n'
        '   "number" TEXT NOT NULL,\n'
        '   "title" TEXT NOT NULL,\n'
        "   \"paper\" TEXT DEFAULT '',\n"
        '   "public" INTEGER DEFAULT 1,\n'
        "   \"outcome\" TEXT DEFAULT '',\n"
        "   \"excluded\" TEXT DEFAULT '[]'\n"
        ")"
    ),
    (
        'CREATE INDEX "idx_agenda_items_meeting_id_position"\n'
        '    ON "agenda_items" ("meeting_id", "position")'
    ),
    (
        'CREATE TABLE "paragraphs" (\n'
        '   "id" INTEGER PRIMARY KEY,\n'
        '   "item_id" INTEGER NOT NULL REFERENCES "agenda_items"("id"),\n'
        '   "position" INTEGER NOT NULL,\n'
        '   "kind" TEXT NOT NULL,\n'
        "   \"text\" TEXT DEFAULT '',\n"
        '   "speaker" TEXT,\n'
        '   "vote" TEXT\n'
        ")"
    ),
    ('CREATE INDEX "idx_paragraphs_item_id_position"\n    ON "paragraphs" ("item_id", "position")'),
    ('CREATE TABLE "settings" (\n   "key" TEXT PRIMARY KEY,\n   "value" TEXT\n)'),
    (
        'CREATE TABLE "audit" (\n'
        '   "id" INTEGER PRIMARY KEY,\n'
        '   "meeting_id" INTEGER,\n'
        '   "at" TEXT,\n'
        '   "action" TEXT,\n'
        "   \"detail\" TEXT DEFAULT '',\n"
        "   \"old\" TEXT DEFAULT '',\n"
        "   \"new\" TEXT DEFAULT ''\n"
        ")"
    ),
    ('CREATE INDEX "idx_audit_meeting_id_at"\n    ON "audit" ("meeting_id", "at")'),
)
