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
    """Apply pending migrations to an open sqlite3 connection and record the version."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    migrations = sqlite_utils.Migrations(MIGRATION_SET)
    for name in MIGRATION_NAMES:
        migrations(name=name)(_FUNCTIONS[name])
    migrations.apply(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
