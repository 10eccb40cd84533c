"""The database schema, created and evolved by sqlite-utils' built-in Migrations.

`SCHEMA_VERSION` is mirrored into `PRAGMA user_version` after every migration run, so opening an
up-to-date database needs neither sqlite-utils (≈100 ms of import) nor a migrations query, and a
database written by a newer program is recognised before anything touches it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

MIGRATION_SET = "secretary-app"
MIGRATION_NAMES = (
    "m001_initial",
    "m002_register",
    "m003_search",
    "m004_paper_details",
    "m005_compound_search",
)
SCHEMA_VERSION = len(MIGRATION_NAMES)

# The search index is what reads the whole archive (600,000 paragraphs take about 3 s; the
# vocabulary of m005 under one more): m003 and m005. On a database with more paragraphs than this
# the migrations from m003 on are left pending at opening (m004's columns are added at once,
# `add_paper_details`) and built by `store.search.build_index` in the background (the window
# shows its progress).
SEARCH_MIGRATION = "m003_search"
BACKGROUND_INDEX_ROWS = 20_000

# unicode61 with remove_diacritics 2 folds ä/ö/ü/é to their base letters; ß and the spellings
# ae/oe/ue/ss are matched by the query (store/search.py expands each word to its variants).
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"

# Tables whose every change counts as content for backups (settings do not).
CONTENT_TABLES = (
    "committees",
    "members",
    "meetings",
    "attendance",
    "agenda_items",
    "paragraphs",
    "audit",
    "followups",
)


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


def _m002_register(db: Any) -> None:
    """Follow-ups of resolutions (Beschlusskontrolle) and a content change counter for backups."""
    db["followups"].create(
        {"item_id": int, "due": str, "phrase": str, "edited": int, "done": int},
        pk="item_id",
        defaults={"phrase": "", "edited": 0, "done": 0},
    )
    db["followups"].create_index(["due"])
    db["content_version"].create({"id": int, "changes": int}, pk="id")
    # Counted by triggers, so every writer (window, command line, an older copy) is seen;
    # a backup is due only when this moved, not when a setting such as the last meeting was
    # written.
    for statement in _content_triggers():
        db.execute(statement)


def _content_triggers() -> list[str]:
    bump = (
        "INSERT INTO content_version (id, changes) VALUES (1, 1) "
        "ON CONFLICT(id) DO UPDATE SET changes = changes + 1"
    )
    return [
        f'CREATE TRIGGER "{table}_content_{suffix}" AFTER {event} ON "{table}" BEGIN {bump}; END'
        for table in CONTENT_TABLES
        for event, suffix in (("INSERT", "ins"), ("UPDATE", "upd"), ("DELETE", "del"))
    ]


def _m003_search(db: Any) -> None:
    """Full-text search over every paragraph, item title and paper reference."""
    db["paragraphs"].enable_fts(["text"], create_triggers=True, tokenize=SEARCH_TOKENIZER)
    db["agenda_items"].enable_fts(
        ["title", "paper"], create_triggers=True, tokenize=SEARCH_TOKENIZER
    )


# What a council system publishes about the place and the paper (issue 27): plain text columns.
PAPER_DETAIL_COLUMNS = (
    ("meetings", "address"),
    ("agenda_items", "paper_type"),
    ("agenda_items", "department"),
    ("agenda_items", "originator"),
)


def _m004_paper_details(db: Any) -> None:
    """The place's address; the paper's kind, lead department and originator."""
    add_paper_details(db.conn)


def add_paper_details(conn: Any) -> None:
    """The columns of m004 where missing. Also run while the search index of a large archive is
    still pending (m003, built in the background), since every query reads these columns."""
    for table, column in PAPER_DETAIL_COLUMNS:
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        if column not in have:
            conn.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" TEXT NOT NULL DEFAULT \'\'')


# -- m005: words inside compounds ------------------------------------------------------------
#
# German writes in compounds: "Spielplatz" should find "Kinderspielplatz", "gebiet" the
# "Plangebiet". The word index finds words by their beginning only. Beside it stands the
# archive's vocabulary: every long word (a compound has at least six letters) once, spelled as
# the word index holds it, with a trigram index (FTS5 `trigram`) that finds the words holding a
# few letters anywhere. A search for "gebiet" looks up "plangebiet", "baugebiet" … there and
# asks the word index for those words. The vocabulary only grows (a word no paragraph holds any
# more finds nothing); it is a small fraction of the word index.

COMPOUND_MIN_LETTERS = 6
_TOKEN = re.compile(r"[^\W_]+")  # what the unicode61 tokenizer takes for a word


def fold(word: str) -> str:
    """A word as the word index holds it: lower case, accents removed (ä → a), ß kept."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def long_words(text: str | None) -> str:
    """The long words of a text for the vocabulary, folded, each once, as a JSON array."""
    if not text:
        return "[]"
    words = (fold(w) for w in _TOKEN.findall(text) if len(w) >= COMPOUND_MIN_LETTERS)
    return json.dumps(list(dict.fromkeys(words)), ensure_ascii=False)


def register_functions(conn: Any) -> None:
    """The SQL function the vocabulary's triggers call; every connection that writes needs it."""
    conn.create_function("search_long_words", 1, long_words, deterministic=True)


def _words_of(row: str, columns: tuple[str, ...]) -> str:
    joined = " || ' ' || ".join(f"coalesce({row}.\"{c}\", '')" for c in columns)
    return f"search_long_words({joined})"


_VOCABULARY_SOURCES = (("paragraphs", ("text",)), ("agenda_items", ("title", "paper")))


def _vocabulary_sql() -> list[str]:
    """The vocabulary, its trigram index and the triggers that keep them current."""
    out = [
        'CREATE TABLE "search_fts_words" (\n   "id" INTEGER PRIMARY KEY,\n'
        '   "word" TEXT NOT NULL UNIQUE\n)',
        'CREATE VIRTUAL TABLE "search_fts_trigram" USING FTS5 ("word", tokenize=\'trigram\', '
        'content="search_fts_words", content_rowid="id")',
        'CREATE TRIGGER "search_fts_words_ai" AFTER INSERT ON "search_fts_words" BEGIN\n'
        '  INSERT INTO "search_fts_trigram" (rowid, "word") VALUES (new."id", new."word");\nEND',
    ]
    for table, columns in _VOCABULARY_SOURCES:
        add = (
            '  INSERT OR IGNORE INTO "search_fts_words" ("word") '
            f"SELECT value FROM json_each({_words_of('new', columns)});\n"
        )
        names = ", ".join(f'"{c}"' for c in columns)
        out += [
            f'CREATE TRIGGER "{table}_words_ai" AFTER INSERT ON "{table}" BEGIN\n{add}END',
            f'CREATE TRIGGER "{table}_words_au" AFTER UPDATE OF {names} ON "{table}" '
            f"BEGIN\n{add}END",
        ]
    return out


def _m005_compound_search(db: Any) -> None:
    """The vocabulary of long words, for finding words inside compounds."""
    conn = db.conn
    register_functions(conn)
    for statement in _vocabulary_sql():
        conn.execute(statement)
    # the words the word index holds already, read from it by SQLite (fts5vocab): ten times
    # faster than reading every paragraph again, and spelled exactly as the index spells them
    for table, _columns in _VOCABULARY_SOURCES:
        conn.execute(
            f'CREATE VIRTUAL TABLE temp."{table}_vocabulary" '
            f'USING fts5vocab(main, "{table}_fts", row)'
        )
        conn.execute(
            'INSERT OR IGNORE INTO "search_fts_words" ("word") '
            f'SELECT term FROM temp."{table}_vocabulary" WHERE length(term) >= ?',
            (COMPOUND_MIN_LETTERS,),
        )
        conn.execute(f'DROP TABLE temp."{table}_vocabulary"')


def forget_search(conn: Any) -> None:
    """Make a database one written before search existed (schema 2), for tests and benchmarks."""
    for table in ("paragraphs", "agenda_items"):
        conn.execute(f'DROP TABLE IF EXISTS "{table}_fts"')
        for suffix in ("ai", "ad", "au", "words_ai", "words_au"):
            conn.execute(f'DROP TRIGGER IF EXISTS "{table}_{suffix}"')
    conn.execute('DROP TABLE IF EXISTS "search_fts_trigram"')
    conn.execute('DROP TABLE IF EXISTS "search_fts_words"')
    for table, column in PAPER_DETAIL_COLUMNS:  # m004 came between the two
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        if column in have:
            conn.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    names = ", ".join(f"'{n}'" for n in MIGRATION_NAMES[MIGRATION_NAMES.index(SEARCH_MIGRATION) :])
    conn.execute(f"DELETE FROM _sqlite_migrations WHERE name IN ({names})")
    conn.execute(f"PRAGMA user_version = {MIGRATION_NAMES.index(SEARCH_MIGRATION)}")


_FUNCTIONS = {
    "m001_initial": _m001_initial,
    "m002_register": _m002_register,
    "m003_search": _m003_search,
    "m004_paper_details": _m004_paper_details,
    "m005_compound_search": _m005_compound_search,
}


def migrate(conn: Any, *, defer_search: bool = True) -> bool:
    """Apply pending migrations to an open sqlite3 connection and record the version.

    Returns whether the search index was left pending (a large archive with `defer_search`):
    the database then works in every respect except search until `search.build_index` ran.

    A brand-new (empty) database gets the schema of the first `FRESH_VERSION` migrations from
    `_FRESH_SQL`, without importing sqlite-utils: that import and its plugin lookup cost about
    200 ms of the very first start and of every `--demo`. `tests/store/test_schema_fresh.py`
    keeps `_FRESH_SQL` equal to what the migrations create.
    """
    if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
        _create_fresh(conn)
        if SCHEMA_VERSION == FRESH_VERSION:
            return False
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if defer_search and version < SCHEMA_VERSION:  # m005, the last, is a search migration
        rows = conn.execute("SELECT max(rowid) FROM paragraphs").fetchone()[0] or 0
        if rows > BACKGROUND_INDEX_ROWS:
            if version < MIGRATION_NAMES.index(SEARCH_MIGRATION):
                apply_migrations(conn, stop_before=SEARCH_MIGRATION)
            conn.execute("BEGIN IMMEDIATE")
            try:
                add_paper_details(conn)  # m004 itself runs after m003; it then finds them
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return True  # (nothing else pending: no sqlite-utils import on every opening)
    apply_migrations(conn)
    return False


def apply_migrations(conn: Any, stop_before: str | None = None) -> None:
    """The pending migrations (those before `stop_before`), run by sqlite-utils."""
    import sqlite_utils

    register_functions(conn)
    db = sqlite_utils.Database(conn)
    migrations = sqlite_utils.Migrations(MIGRATION_SET)
    for name in MIGRATION_NAMES:
        migrations(name=name)(_FUNCTIONS[name])
    migrations.apply(db, stop_before=stop_before)
    applied = MIGRATION_NAMES.index(stop_before) if stop_before else SCHEMA_VERSION
    conn.execute(f"PRAGMA user_version = {applied}")


def _create_fresh(conn: Any) -> None:
    """Create the schema of an empty database in one transaction, recorded as sqlite-utils does."""
    import datetime as dt

    applied_at = str(dt.datetime.now(dt.UTC))
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in (*_FRESH_SQL, *_FRESH_SQL_REGISTER_SEARCH[:2]):
            conn.execute(statement)
        for statement in (*_FRESH_SQL_REGISTER_SEARCH[2:3], *_content_triggers()):
            conn.execute(statement)
        for statement in (
            *_FRESH_SQL_REGISTER_SEARCH[3:],
            *_FRESH_SQL_PAPER_DETAILS,
            *_vocabulary_sql(),
        ):
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
FRESH_VERSION = 5
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

# What m002 and m003 create besides the content triggers (`_content_triggers`), as above;
# FTS5 creates its shadow tables by itself.
_FRESH_SQL_REGISTER_SEARCH = (
    (
        'CREATE TABLE "followups" (\n'
        '   "item_id" INTEGER PRIMARY KEY,\n'
        '   "due" TEXT,\n'
        "   \"phrase\" TEXT DEFAULT '',\n"
        '   "edited" INTEGER DEFAULT 0,\n'
        '   "done" INTEGER DEFAULT 0\n'
        ")"
    ),
    ('CREATE INDEX "idx_followups_due"\n    ON "followups" ("due")'),
    ('CREATE TABLE "content_version" (\n   "id" INTEGER PRIMARY KEY,\n   "changes" INTEGER\n)'),
    (
        'CREATE VIRTUAL TABLE "paragraphs_fts" USING FTS5 (\n'
        '    "text",\n'
        "    tokenize='unicode61 remove_diacritics 2',\n"
        '    content="paragraphs"\n'
        ")"
    ),
    (
        'CREATE TRIGGER "paragraphs_ai" AFTER INSERT ON "paragraphs" BEGIN\n'
        '  INSERT INTO "paragraphs_fts" (rowid, "text") VALUES (new.rowid, new."text");\n'
        "END"
    ),
    (
        'CREATE TRIGGER "paragraphs_ad" AFTER DELETE ON "paragraphs" BEGIN\n'
        '  INSERT INTO "paragraphs_fts" ("paragraphs_fts", rowid, "text") '
        "VALUES('delete', old.rowid, old.\"text\");\n"
        "END"
    ),
    (
        'CREATE TRIGGER "paragraphs_au" AFTER UPDATE ON "paragraphs" BEGIN\n'
        '  INSERT INTO "paragraphs_fts" ("paragraphs_fts", rowid, "text") '
        "VALUES('delete', old.rowid, old.\"text\");\n"
        '  INSERT INTO "paragraphs_fts" (rowid, "text") VALUES (new.rowid, new."text");\n'
        "END"
    ),
    (
        'CREATE VIRTUAL TABLE "agenda_items_fts" USING FTS5 (\n'
        '    "title", "paper",\n'
        "    tokenize='unicode61 remove_diacritics 2',\n"
        '    content="agenda_items"\n'
        ")"
    ),
    (
        'CREATE TRIGGER "agenda_items_ai" AFTER INSERT ON "agenda_items" BEGIN\n'
        '  INSERT INTO "agenda_items_fts" (rowid, "title", "paper") VALUES (new.rowid, '
        'new."title", new."paper");\n'
        "END"
    ),
    (
        'CREATE TRIGGER "agenda_items_ad" AFTER DELETE ON "agenda_items" BEGIN\n'
        '  INSERT INTO "agenda_items_fts" ("agenda_items_fts", rowid, "title", "paper") '
        'VALUES(\'delete\', old.rowid, old."title", old."paper");\n'
        "END"
    ),
    (
        'CREATE TRIGGER "agenda_items_au" AFTER UPDATE ON "agenda_items" BEGIN\n'
        '  INSERT INTO "agenda_items_fts" ("agenda_items_fts", rowid, "title", "paper") '
        'VALUES(\'delete\', old.rowid, old."title", old."paper");\n'
        '  INSERT INTO "agenda_items_fts" (rowid, "title", "paper") VALUES (new.rowid, '
        'new."title", new."paper");\n'
        "END"
    ),
)

# What m004 adds, as sqlite-utils' add_column writes it.
_FRESH_SQL_PAPER_DETAILS = tuple(
    f'ALTER TABLE "{table}" ADD COLUMN "{column}" TEXT NOT NULL DEFAULT \'\''
    for table, column in PAPER_DETAIL_COLUMNS
)
