"""The meeting store: one SQLite file per user, written in small transactions.

Queries use the standard `sqlite3` module directly; sqlite-utils is only imported when the
schema has to be created or migrated (see `schema.py`). Every sqlite3 error that is the
environment's fault (locked, read-only, full disk, corrupt file) becomes a `StoreError` with a
German message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..domain.model import (
    AgendaItem,
    Attendance,
    Committee,
    Interruption,
    Meeting,
    MeetingSummary,
    Member,
    Paragraph,
)
from ..domain.vote_json import vote_from_json, vote_to_json
from ..errors import KnownError, os_reason, sqlite_reason
from ..fileio import make_private, make_private_folder
from . import schema
from .errors import (
    CorruptDatabaseError,
    DiskFullError,
    FinalizedError,
    NewerSchemaError,
    StoreError,
)


def backup_hint(path: Path) -> str:
    """Where the latest backup of a damaged database is and how to bring it back."""
    from .backup import backup_hint as hint  # (with the damage, not at every start)

    return hint(path)


AUDIT_MERGE_SECONDS = 300


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _read_only_companions(path: Path) -> str:
    """SQLite's `-wal` and `-shm` files beside the database that may not be written (left by
    a run under another user or from a read-only copy): named, since the refusal is theirs."""
    names = [
        f"{path.name}{suffix}"
        for suffix in ("-wal", "-shm")
        if Path(f"{path}{suffix}").exists() and not os.access(f"{path}{suffix}", os.W_OK)
    ]
    if not names:
        return ""
    which = f"die Datei {names[0]}" if len(names) == 1 else f"die Dateien {' und '.join(names)}"
    return (
        f" (schreibgeschützt: {which} daneben; bitte deren Rechte prüfen oder sie löschen, "
        "wenn kein Programm die Datenbank geöffnet hat)"
    )


def damaged_error(path: Path, detail: str = "") -> CorruptDatabaseError:
    """The German refusal for a database whose content SQLite reports as damaged."""
    from .backup import damaged_error as refusal  # (with the damage, not at every start)

    return refusal(path, detail)


def _translate(exc: sqlite3.Error | UnicodeDecodeError, path: Path) -> StoreError:
    if isinstance(exc, UnicodeDecodeError):  # a name in the schema that is not UTF-8
        return damaged_error(path, "ungültige Zeichen im Datenbankschema")
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            f"Die Datenbank {path} wird gerade von einem anderen Programm benutzt. "
            "Bitte schließen Sie das andere Programm und versuchen Sie es erneut."
        )
    if "full" in text:
        return DiskFullError(
            f"Der Datenträger ist voll ({path.parent}). Bitte schaffen Sie Platz; was schon "
            "gespeichert war, bleibt erhalten, die letzte Änderung wurde nicht gespeichert."
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(
            f"Die Datenbank {path} ist schreibgeschützt{_read_only_companions(path)}. Bitte "
            "prüfen Sie die Rechte der Datei und ihres Ordners oder wählen Sie mit --db eine "
            "andere Datei."
        )
    if "malformed" in text and "schema" in text:
        return damaged_error(path, "das Datenbankschema ist beschädigt")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(
            f"Die Datei {path} ist keine lesbare Protokollant-Datenbank (beschädigt oder ein "
            "anderes Dateiformat). Sie wurde nicht verändert. Stellen Sie eine Sicherung wieder "
            "her oder wählen Sie eine andere Datei." + backup_hint(path)
        )
    if ("unable to open" in text or "disk i/o" in text) and _disk_full(path):
        return DiskFullError(
            f"Der Datenträger mit der Datenbank ist voll ({path.parent}). Protokollant braucht "
            "dort etwas freien Platz, um die Datenbank zu öffnen. Bitte löschen oder verschieben "
            "Sie Dateien (zum Beispiel alte Sicherungen) und starten Sie das Programm erneut; an "
            "der Datenbank wurde nichts verändert."
        )
    if "disk i/o" in text:
        return StoreError(
            f"Die Datenbank {path} kann nicht gelesen oder geschrieben werden: der Datenträger "
            "meldet einen Ein-/Ausgabefehler. Bitte prüfen Sie den Datenträger (bei einem "
            "USB-Stick oder Netzlaufwerk: ist er noch verbunden?). Bevor Protokollant wieder "
            "schreibt, prüft es die Datenbank." + backup_hint(path)
        )
    if "unable to open" in text:
        return StoreError(
            f"Die Datenbank {path} kann nicht geöffnet werden. "
            "Bitte prüfen Sie, ob der Ordner existiert und beschreibbar ist."
        )
    return StoreError(f"Die Datenbank {path} meldet einen Fehler ({sqlite_reason(exc)}).")


DISK_FULL_BYTES = 1 << 20  # less free space than this: SQLite cannot create its WAL index


def _disk_full(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < DISK_FULL_BYTES
    except OSError:
        return False


def _create_private_file(path: Path) -> None:
    """Create the database file readable only by its owner before SQLite opens it."""
    try:
        make_private_folder(path.parent)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        make_private(path)
    except FileExistsError:
        pass
    except NotADirectoryError as exc:  # Windows words this as "exists" or "not found"
        raise StoreError(
            f"Die Datenbank {path} kann nicht angelegt werden: {exc.filename} ist eine Datei, "
            "kein Ordner. Bitte wählen Sie mit --db einen Ort in einem Ordner."
        ) from exc
    except PermissionError as exc:
        raise StoreError(
            f"Die Datenbank kann in {path.parent} nicht angelegt werden: keine Schreibrechte. "
            "Bitte wählen Sie mit --db einen Ort, an dem Sie schreiben dürfen."
        ) from exc
    except OSError as exc:
        raise StoreError(
            f"Die Datenbank {path} kann nicht angelegt werden: {os_reason(exc)}."
        ) from exc


def _refuse_empty_file_with_backups(path: Path) -> None:
    """A database file of 0 bytes is a new, empty database to SQLite; with backups beside it,
    it is one whose content was lost (a full disk, a copy cut off): its backups are offered."""
    try:
        if path.stat().st_size != 0:
            return
    except OSError:
        return
    from .backup import latest_backup

    try:
        if latest_backup(path) is None:
            return
    except OSError:
        return
    raise CorruptDatabaseError(
        f"Die Datenbank {path} ist leer (0 Bytes), obwohl es Sicherungen von ihr gibt: ihr "
        "Inhalt ist verloren gegangen (zum Beispiel beim Kopieren oder bei vollem Datenträger). "
        "Sie wurde nicht verändert. Bitte stellen Sie eine Sicherung wieder her."
        + backup_hint(path)
    )


def _paragraph_text(p: Paragraph) -> str:
    """A paragraph as one line of the audit trail."""
    if p.kind == "vote" and p.vote is not None:
        v = p.vote
        label = f" {v.label}" if v.label else ""
        return (
            f"Abstimmung{label}: Zustimmung {v.yes}, Ablehnung {v.no}, Stimmenthaltung {v.abstain}"
        )
    speaker = f"{p.speaker}: " if p.speaker else ""
    return speaker + p.text


def _attendance_text(
    present: bool | int, arrived: str | None, left: str | None, note: str | None
) -> str:
    parts = ["anwesend" if present else "abwesend"]
    if arrived:
        parts.append(f"ab {arrived}")
    if left:
        parts.append(f"bis {left}")
    if note:
        parts.append(note)
    return ", ".join(parts)


_RawParagraph = tuple[int, str, str | None, str | None, str | None]  # id, kind, text, speaker, vote


def _as_paragraph(row: _RawParagraph) -> Paragraph:
    return Paragraph(
        kind=row[1], text=row[2] or "", speaker=row[3], vote=vote_from_json(row[4]), id=row[0]
    )


def _same_content(row: _RawParagraph, p: Paragraph) -> bool:
    """Whether a stored row holds what `p` holds; raw columns first, decoded only if they differ."""
    if (row[1], row[2], row[3]) == (p.kind, p.text, p.speaker) and (
        row[4] is None and p.vote is None or row[4] == vote_to_json(p.vote)
    ):
        return True
    return _as_paragraph(row).content_equals(p)


def _meeting_head(meeting: Meeting) -> dict[str, object]:
    """The meeting's head as its columns hold it: one list for INSERT and UPDATE."""
    return {
        "number": meeting.number,
        "date": meeting.date.isoformat(),
        "start": meeting.start,
        "end": meeting.end,
        "location": meeting.location,
        "address": meeting.address,
        "parts": json.dumps(meeting.parts),
        "secretary": meeting.secretary,
    }


def _planned_key(meeting_id: int) -> str:
    # the planned begin is kept beside the meeting, not in its row: the minutes never print it,
    # and a new column would be a migration of every archive for one time of day
    return f"planned_start:{meeting_id}"


def _write_planned_start(c: sqlite3.Connection, meeting: Meeting) -> None:
    assert meeting.id is not None
    key = _planned_key(meeting.id)
    if meeting.planned_start:
        c.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            (key, json.dumps(meeting.planned_start)),
        )
    else:
        c.execute("DELETE FROM settings WHERE key = ?", (key,))


def interruptions_from_json(text: str | None) -> list[Interruption]:
    """The meetings.interruptions column ([{"from", "until", "note"}]) as domain objects."""
    out = []
    for d in json.loads(text or "[]"):
        if isinstance(d, dict) and d.get("from"):
            out.append(Interruption(d["from"], d.get("until") or None, d.get("note") or ""))
    return out


def interruptions_to_json(value: Sequence[Interruption]) -> str:
    return json.dumps(
        [
            {"from": i.start, "until": i.until, **({"note": i.note} if i.note else {})}
            for i in value
        ],
        ensure_ascii=False,
    )


class Store:
    """Access to one database file. Not thread-safe: use it from one thread at a time."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        # the search index of a large archive is built once in the background (store/search.py)
        self.search_index_pending = False
        # damage: a quick check runs before the next write when `check_before_write` (the
        # command line) or after an I/O or decode error; once found, nothing is written
        self.check_before_write = False
        self._suspect = False
        self.damage: CorruptDatabaseError | None = None

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, create: bool = True, durable: bool = True
    ) -> Store:
        """Open (and if needed create and migrate) the database at `path`.

        `durable=False` only for a throw-away database (`--demo`, removed when the window
        closes): its commits are not waited for on the disk (~0.5 ms and more each)."""
        path = Path(path).expanduser()
        try:
            if path.is_dir():
                raise StoreError(f"{path} ist ein Ordner, keine Datenbankdatei.")
            if not path.exists():
                if not create:
                    raise StoreError(f"Die Datenbank {path} gibt es nicht.")
                _create_private_file(path)
            elif not os.access(path, os.R_OK):
                raise StoreError(
                    f"Die Datenbank {path} darf nicht gelesen werden (fehlende Rechte)."
                )
            else:
                _refuse_empty_file_with_backups(path)
        except PermissionError as exc:
            raise StoreError(
                f"Auf den Ordner der Datenbank {path} darf nicht zugegriffen werden "
                "(fehlende Rechte). Bitte wählen Sie mit --db einen anderen Ort."
            ) from exc
        try:
            conn = sqlite3.connect(
                str(path), isolation_level=None, timeout=2.0, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise _translate(exc, path) from exc
        store = cls(conn, path)
        try:
            store._prepare(durable)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            conn.close()
            raise _translate(exc, path) from exc
        except KnownError:
            conn.close()
            raise
        return store

    def _prepare(self, durable: bool) -> None:
        c = self.conn
        c.execute("PRAGMA foreign_keys = ON")
        schema.register_functions(c)
        version = c.execute("PRAGMA user_version").fetchone()[0]
        if version > schema.SCHEMA_VERSION:
            raise NewerSchemaError(
                f"Die Datenbank {self.path} wurde mit einer neueren Version von Protokollant "
                f"geschrieben (Schema {version}, dieses Programm kennt {schema.SCHEMA_VERSION}). "
                "Sie wurde nicht verändert. Bitte aktualisieren Sie Protokollant."
            )
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version == 0 and tables and "_sqlite_migrations" not in tables:
            raise StoreError(
                f"Die Datei {self.path} ist eine SQLite-Datenbank eines anderen Programms. "
                "Sie wurde nicht verändert. Bitte wählen Sie eine andere Datei."
            )
        writable = os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)
        companions = _read_only_companions(self.path)
        if writable and companions:
            raise StoreError(
                f"Die Datenbank {self.path} kann nicht geschrieben werden{companions}."
            )
        if not writable:
            raise StoreError(
                f"Die Datenbank {self.path} oder ihr Ordner ist schreibgeschützt. Protokollant "
                "muss dort speichern können. Bitte prüfen Sie die Rechte oder wählen Sie mit "
                "--db einen anderen Ort."
            )
        mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise StoreError(f"Die Datenbank {self.path} kann nicht im WAL-Modus geöffnet werden.")
        c.execute("PRAGMA synchronous = FULL" if durable else "PRAGMA synchronous = OFF")
        if sys.platform == "win32":  # SQLite gives its side files the database's mode on POSIX
            c.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens -wal and -shm
            for side in ("-wal", "-shm"):
                if os.path.exists(f"{self.path}{side}"):
                    make_private(Path(f"{self.path}{side}"))
        if version < schema.SCHEMA_VERSION:
            self.search_index_pending = schema.migrate(c)

    def close(self) -> None:
        """Close the connection; `PRAGMA optimize` first, as SQLite recommends on closing —
        not on a damaged or suspect database: optimize may run ANALYZE, which writes (SQLite
        3.45 of Windows' Python did, into a database the program had refused as damaged)."""
        with contextlib.suppress(sqlite3.Error):
            if not self.conn.in_transaction and self.damage is None and not self._suspect:
                self.conn.execute("PRAGMA optimize")
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    # -- transactions and errors -----------------------------------------------------------

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            error = _translate(exc, self.path)
            if isinstance(error, CorruptDatabaseError) or (
                isinstance(exc, sqlite3.Error) and "disk i/o" in str(exc).lower()
            ):
                self._suspect = True  # checked before anything is written again
            raise error from exc

    def check_integrity(self) -> None:
        """`PRAGMA quick_check` (~0.25 s on a ten-year archive, docs/schaeden-und-grenzen.md):
        raises (and remembers) CorruptDatabaseError naming the latest backup when SQLite finds
        damage."""
        try:
            rows = self.conn.execute("PRAGMA quick_check").fetchall()
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            text = str(exc).lower()
            if "full" in text or "locked" in text or "busy" in text:
                raise _translate(exc, self.path) from exc  # not damage: try again later
            detail = "" if "malformed" in text else sqlite_reason(exc)
            self.damage = damaged_error(self.path, detail)
            raise self.damage from exc
        verdict = "; ".join(str(r[0]) for r in rows[:3])
        if verdict != "ok":
            self.damage = damaged_error(self.path, verdict)
            raise self.damage
        self._suspect = False
        self.check_before_write = False

    def mark_damaged(self, error: CorruptDatabaseError) -> None:
        """Damage found elsewhere (the window's background check): nothing is written now."""
        self.damage = error

    def _before_write(self) -> None:
        if self.damage is not None:
            raise CorruptDatabaseError(str(self.damage))
        if self._suspect or self.check_before_write:
            self.check_integrity()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything inside lands together or not at all."""
        self._before_write()
        with self._errors():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self._rollback()
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self._rollback()  # a failed COMMIT (disk full) leaves the transaction open
                raise

    def _rollback(self) -> None:
        # SQLite may already have rolled back by itself (disk full, I/O error); a failing
        # ROLLBACK must not hide the error that caused it.
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._errors():
            cur = self.conn.execute(sql, params)
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def _check_open(self, meeting_id: int) -> None:
        row = self._rows("SELECT finalized FROM meetings WHERE id = ?", (meeting_id,))
        if not row:
            raise StoreError(f"Die Sitzung {meeting_id} gibt es nicht.")
        if row[0]["finalized"]:
            raise FinalizedError(
                "Die Sitzung ist abgeschlossen und kann nicht mehr geändert werden. "
                "Öffnen Sie sie über „Sitzung wieder öffnen“, wenn eine Änderung nötig ist."
            )

    def _meeting_of_item(self, item_id: int) -> int:
        rows = self._rows("SELECT meeting_id FROM agenda_items WHERE id = ?", (item_id,))
        if not rows:
            raise StoreError(f"Den Tagesordnungspunkt {item_id} gibt es nicht mehr.")
        return int(rows[0]["meeting_id"])

    def content_digest(self) -> list[tuple[Any, ...]]:
        """Every row of every user table, for comparing database content before and after."""
        out: list[tuple[Any, ...]] = []
        names = [
            r["name"]
            for r in self._rows(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%\\_fts%' ESCAPE '\\' ORDER BY name"
            )
        ]
        for name in names:
            for r in self._rows(f'SELECT * FROM "{name}" ORDER BY rowid'):
                out.append((name, *r.values()))
        return out

    # -- committees and members ------------------------------------------------------------

    def committees(self) -> list[Committee]:
        result = []
        for r in self._rows("SELECT * FROM committees ORDER BY name"):
            result.append(self._committee_from_row(r))
        return result

    def committee(self, committee_id: int) -> Committee:
        rows = self._rows("SELECT * FROM committees WHERE id = ?", (committee_id,))
        if not rows:
            raise StoreError(f"Das Gremium {committee_id} gibt es nicht.")
        return self._committee_from_row(rows[0])

    def _committee_from_row(self, r: dict[str, Any]) -> Committee:
        members = [
            Member(
                key=m["key"],
                name=m["name"],
                salutation=m["salutation"] or "",
                title=m["title"] or "",
                faction=m["faction"] or "",
                role=m["role"] or "member",
                voting=bool(m["voting"]),
                id=m["id"],
            )
            for m in self._rows(
                "SELECT * FROM members WHERE committee_id = ? ORDER BY position, id", (r["id"],)
            )
        ]
        return Committee(
            name=r["name"],
            kind=r["kind"],
            assembly=r["assembly"] or "",
            members=members,
            id=r["id"],
        )

    def save_committee(self, committee: Committee) -> int:
        """Insert or update a committee with its members; returns its id."""
        with self.transaction() as c:
            return self._save_committee(c, committee)

    def _save_committee(self, c: sqlite3.Connection, committee: Committee) -> int:
        if committee.id is None:
            cur = c.execute(
                "INSERT INTO committees (name, kind, assembly) VALUES (?, ?, ?)",
                (committee.name, committee.kind, committee.assembly),
            )
            committee.id = int(cur.lastrowid or 0)
        else:
            c.execute(
                "UPDATE committees SET name = ?, kind = ?, assembly = ? WHERE id = ?",
                (committee.name, committee.kind, committee.assembly, committee.id),
            )
        keep = []
        for pos, m in enumerate(committee.members):
            values = (m.key, m.salutation, m.title, m.name, m.faction, m.role, int(m.voting), pos)
            if m.id is None:
                cur = c.execute(
                    "INSERT INTO members (committee_id, key, salutation, title, name, faction, "
                    "role, voting, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (committee.id, *values),
                )
                m.id = int(cur.lastrowid or 0)
            else:
                c.execute(
                    "UPDATE members SET key = ?, salutation = ?, title = ?, name = ?, faction = ?, "
                    "role = ?, voting = ?, position = ? WHERE id = ?",
                    (*values, m.id),
                )
            keep.append(m.id)
        marks = ",".join("?" * len(keep)) or "NULL"
        gone = [
            r[0]
            for r in c.execute(
                f"SELECT id FROM members WHERE committee_id = ? AND id NOT IN ({marks})",
                (committee.id, *keep),
            )
        ]
        for member_id in gone:
            used = c.execute(
                "SELECT 1 FROM attendance WHERE member_id = ? LIMIT 1", (member_id,)
            ).fetchone()
            if used:
                raise StoreError(
                    "Ein Mitglied, das in einer Sitzung als anwesend geführt ist, kann nicht "
                    "gelöscht werden."
                )
            c.execute("DELETE FROM members WHERE id = ?", (member_id,))
        return committee.id

    # -- meetings --------------------------------------------------------------------------

    def list_meetings(self, limit: int | None = None, offset: int = 0) -> list[MeetingSummary]:
        """Meetings, most recent first."""
        sql = (
            "SELECT m.id, m.date, m.number, c.name AS committee, m.finalized, "
            "(SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS items "
            "FROM meetings m JOIN committees c ON c.id = m.committee_id "
            "ORDER BY m.date DESC, m.id DESC"
        )
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = (limit, offset)
        return [
            MeetingSummary(
                id=r["id"],
                date=dt.date.fromisoformat(r["date"]),
                number=r["number"],
                committee=r["committee"],
                finalized=bool(r["finalized"]),
                items=r["items"],
            )
            for r in self._rows(sql, params)
        ]

    def archive_texts(self, but: int | None = None) -> list[str]:
        """Every item's title and paragraphs of the other meetings (the spelling's archive)."""
        with self._errors():
            rows = self.conn.execute(
                "SELECT a.title || char(10) || coalesce(group_concat(p.text, char(10)), '') "
                "FROM agenda_items a LEFT JOIN paragraphs p ON p.item_id = a.id "
                "WHERE a.meeting_id IS NOT ? GROUP BY a.id",
                (but,),
            ).fetchall()
        return [text for (text,) in rows]

    def next_meeting_number(self, committee_id: int) -> int:
        rows = self._rows(
            "SELECT max(number) AS n FROM meetings WHERE committee_id = ?", (committee_id,)
        )
        return int(rows[0]["n"] or 0) + 1

    def meeting_exists(self, meeting_id: int) -> bool:
        return bool(self._rows("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)))

    def load_meeting(self, meeting_id: int) -> Meeting:
        """The whole meeting: committee, attendance, agenda and every paragraph."""
        rows = self._rows("SELECT * FROM meetings WHERE id = ?", (meeting_id,))
        if not rows:
            raise StoreError(
                f"Eine Sitzung mit der Nummer {meeting_id} gibt es in dieser Datenbank nicht. "
                "„secretary-app list“ zeigt die vorhandenen Sitzungen."
            )
        r = rows[0]
        committee = self.committee(r["committee_id"])
        by_id = {m.id: m.key for m in committee.members}
        attendance = [
            Attendance(
                member=by_id[a["member_id"]],
                present=bool(a["present"]),
                arrived=a["arrived"],
                left=a["left"],
                note=a["note"] or "",
            )
            for a in self._rows(
                "SELECT a.* FROM attendance a JOIN members m ON m.id = a.member_id "
                "WHERE a.meeting_id = ? ORDER BY m.position, m.id",
                (meeting_id,),
            )
        ]
        meeting = Meeting(
            committee=committee,
            number=r["number"],
            date=dt.date.fromisoformat(r["date"]),
            start=r["start"],
            end=r["end"],
            location=r["location"] or "",
            address=r["address"] or "",
            parts=json.loads(r["parts"] or "[]"),
            secretary=r["secretary"] or "",
            attendance=attendance,
            interruptions=interruptions_from_json(r["interruptions"]),
            finalized=bool(r["finalized"]),
            id=r["id"],
            planned_start=self.setting(_planned_key(meeting_id)),
        )
        items = self._rows(
            "SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
        )
        paragraphs: dict[int, list[Paragraph]] = {it["id"]: [] for it in items}
        # the most rows of a meeting (40 items × 30 paragraphs): read as tuples, not as dicts
        with self._errors():
            rows_of_paragraphs = self.conn.execute(
                "SELECT p.item_id, p.kind, p.text, p.speaker, p.vote, p.id FROM paragraphs p "
                "JOIN agenda_items a ON a.id = p.item_id "
                "WHERE a.meeting_id = ? ORDER BY p.item_id, p.position, p.id",
                (meeting_id,),
            ).fetchall()
        for item_id, kind, text, speaker, vote, paragraph_id in rows_of_paragraphs:
            paragraphs[item_id].append(
                Paragraph(
                    kind=kind,
                    text=text or "",
                    speaker=speaker,
                    vote=vote_from_json(vote),
                    id=paragraph_id,
                )
            )
        meeting.agenda = [self._item_from_row(it, paragraphs[it["id"]]) for it in items]
        return meeting

    def interruptions(self, meeting_id: int) -> list[dict[str, str | None]]:
        """The meeting clock's interruptions: [{"from": "HH:MM", "until": "HH:MM" | None}]."""
        rows = self._rows("SELECT interruptions FROM meetings WHERE id = ?", (meeting_id,))
        return list(json.loads(rows[0]["interruptions"] or "[]")) if rows else []

    def set_interruptions(self, meeting_id: int, value: list[dict[str, str | None]]) -> None:
        self._check_open(meeting_id)
        with self.transaction() as c:
            if self._exported(c, meeting_id):
                old = c.execute(
                    "SELECT interruptions FROM meetings WHERE id = ?", (meeting_id,)
                ).fetchone()[0]
                if json.loads(old or "[]") != value:
                    self._audit_change(
                        c,
                        meeting_id,
                        "meeting",
                        "Sitzung Unterbrechungen",
                        old or "[]",
                        json.dumps(value),
                    )
            c.execute(
                "UPDATE meetings SET interruptions = ?, modified = ? WHERE id = ?",
                (json.dumps(value), _now(), meeting_id),
            )

    @staticmethod
    def _paragraph_from_row(p: dict[str, Any]) -> Paragraph:
        return Paragraph(
            kind=p["kind"],
            text=p["text"] or "",
            speaker=p["speaker"],
            vote=vote_from_json(p["vote"]),
            id=p["id"],
        )

    @staticmethod
    def _item_from_row(it: dict[str, Any], minutes: list[Paragraph]) -> AgendaItem:
        return AgendaItem(
            number=it["number"],
            title=it["title"],
            paper=it["paper"] or "",
            public=bool(it["public"]),
            outcome=it["outcome"] or "",
            excluded=json.loads(it["excluded"] or "[]"),
            minutes=minutes,
            id=it["id"],
            paper_type=it["paper_type"] or "",
            department=it["department"] or "",
            originator=it["originator"] or "",
        )

    def add_meeting(self, meeting: Meeting) -> int:
        """Store a whole meeting and its committee (new or extended) in one transaction."""
        with self.transaction() as c:
            self._save_committee(c, meeting.committee)
            head = _meeting_head(meeting)
            columns = ", ".join(head)
            cur = c.execute(
                f"INSERT INTO meetings (committee_id, {columns}, interruptions, finalized, "
                f"created, modified) VALUES (?, {', '.join('?' * len(head))}, ?, ?, ?, ?)",
                (
                    meeting.committee.id,
                    *head.values(),
                    interruptions_to_json(meeting.interruptions),
                    int(meeting.finalized),
                    _now(),
                    _now(),
                ),
            )
            meeting.id = int(cur.lastrowid or 0)
            _write_planned_start(c, meeting)
            self._write_attendance(c, meeting)
            for pos, item in enumerate(meeting.agenda):
                self._insert_item(c, meeting.id, pos, item)
        return meeting.id

    def update_meeting(self, meeting: Meeting) -> None:
        """Save the meeting's head (number, date, times, place, parts, secretary)."""
        assert meeting.id is not None
        self._check_open(meeting.id)
        with self.transaction() as c:
            if self._exported(c, meeting.id):
                self._audit_meeting_head(c, meeting)
            head = _meeting_head(meeting)
            assignments = ", ".join(f"{column} = ?" for column in head)
            c.execute(
                f"UPDATE meetings SET {assignments}, modified = ? WHERE id = ?",
                (*head.values(), _now(), meeting.id),
            )
            _write_planned_start(c, meeting)

    def _audit_meeting_head(self, c: sqlite3.Connection, meeting: Meeting) -> None:
        row = c.execute(
            "SELECT number, date, start, end, location, parts, secretary, address FROM meetings "
            "WHERE id = ?",
            (meeting.id,),
        ).fetchone()
        fields = [
            ("Sitzungsnummer", str(row[0]), str(meeting.number)),
            ("Datum", row[1], meeting.date.isoformat()),
            ("Beginn", row[2] or "", meeting.start or ""),
            ("Ende", row[3] or "", meeting.end or ""),
            ("Ort", row[4] or "", meeting.location),
            ("Teile", ", ".join(json.loads(row[5] or "[]")), ", ".join(meeting.parts)),
            ("Schriftführung", row[6] or "", meeting.secretary),
            ("Anschrift", row[7] or "", meeting.address),
        ]
        assert meeting.id is not None
        for label, old, new in fields:
            if old != new:
                self._audit_change(c, meeting.id, "meeting", f"Sitzung {label}", old, new)

    def delete_meeting(self, meeting_id: int) -> None:
        with self.transaction() as c:
            for table in ("paragraphs", "followups"):
                c.execute(
                    f"DELETE FROM {table} WHERE item_id IN "
                    "(SELECT id FROM agenda_items WHERE meeting_id = ?)",
                    (meeting_id,),
                )
            c.execute("DELETE FROM agenda_items WHERE meeting_id = ?", (meeting_id,))
            c.execute("DELETE FROM attendance WHERE meeting_id = ?", (meeting_id,))
            c.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
            c.execute("DELETE FROM settings WHERE key = ?", (_planned_key(meeting_id),))

    def set_finalized(self, meeting_id: int, finalized: bool, reason: str = "") -> None:
        """Finalise (read-only) or reopen a meeting; both are recorded in the audit table.

        Reopening needs a reason: it is what the audit trail shows for the change.
        """
        if not finalized and not reason.strip():
            raise StoreError("Bitte geben Sie einen Grund für das Wiederöffnen der Sitzung an.")
        if not self.meeting_exists(meeting_id):
            raise StoreError(f"Die Sitzung {meeting_id} gibt es nicht.")
        with self.transaction() as c:
            c.execute(
                "UPDATE meetings SET finalized = ?, modified = ? WHERE id = ?",
                (int(finalized), _now(), meeting_id),
            )
            c.execute(
                "INSERT INTO audit (meeting_id, at, action, detail) VALUES (?, ?, ?, ?)",
                (meeting_id, _now(), "finalize" if finalized else "reopen", reason),
            )

    def audit(self, meeting_id: int) -> list[dict[str, Any]]:
        """The meeting's audit trail, oldest first: at, action, detail, old, new."""
        return self._rows(
            "SELECT at, action, detail, old, new FROM audit WHERE meeting_id = ? ORDER BY id",
            (meeting_id,),
        )

    def record_export(self, meeting_id: int, what: str) -> None:
        """Note that documents were written ("Niederschrift", "Protokollauszug TOP 7.1").

        From the first export on, every change of items, minutes and attendance is audited.
        """
        with self.transaction() as c:
            c.execute(
                "INSERT INTO audit (meeting_id, at, action, detail) VALUES (?, ?, 'export', ?)",
                (meeting_id, _now(), what),
            )

    @staticmethod
    def _exported(c: sqlite3.Connection, meeting_id: int) -> bool:
        return (
            c.execute(
                "SELECT 1 FROM audit WHERE meeting_id = ? AND action = 'export' LIMIT 1",
                (meeting_id,),
            ).fetchone()
            is not None
        )

    @staticmethod
    def _audit_change(
        c: sqlite3.Connection, meeting_id: int, action: str, detail: str, old: str, new: str
    ) -> None:
        """Record one change; saving the same thing again right after merges into one row.

        The editor autosaves while the secretary types, so without merging one sentence typed
        into an exported meeting would leave dozens of rows. A change after a pause of more than
        `AUDIT_MERGE_SECONDS` gets a row of its own, so later sessions stay visible.
        """
        last = c.execute(
            "SELECT id, action, detail, at FROM audit WHERE meeting_id = ? "
            "ORDER BY id DESC LIMIT 1",
            (meeting_id,),
        ).fetchone()
        now = _now()
        if last is not None and (last[1], last[2]) == (action, detail):
            pause = dt.datetime.fromisoformat(now) - dt.datetime.fromisoformat(last[3])
            # never across midnight, nor backwards (a clock set back): each day keeps its rows
            if 0 <= pause.total_seconds() <= AUDIT_MERGE_SECONDS and now[:10] == last[3][:10]:
                c.execute("UPDATE audit SET at = ?, new = ? WHERE id = ?", (now, new, last[0]))
                return
        c.execute(
            "INSERT INTO audit (meeting_id, at, action, detail, old, new) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (meeting_id, now, action, detail, old, new),
        )

    # -- attendance ------------------------------------------------------------------------

    def _member_ids(self, c: sqlite3.Connection, committee_id: int) -> dict[str, int]:
        return {
            r[0]: r[1]
            for r in c.execute(
                "SELECT key, id FROM members WHERE committee_id = ?", (committee_id,)
            )
        }

    def _write_attendance(self, c: sqlite3.Connection, meeting: Meeting) -> None:
        assert meeting.committee.id is not None
        ids = self._member_ids(c, meeting.committee.id)
        for a in meeting.attendance:
            c.execute(
                "INSERT OR REPLACE INTO attendance (meeting_id, member_id, present, arrived, "
                "left, note) VALUES (?, ?, ?, ?, ?, ?)",
                (meeting.id, ids[a.member], int(a.present), a.arrived, a.left, a.note),
            )

    def set_attendance(self, meeting_id: int, attendance: Attendance) -> None:
        """Record one member's presence, arrival and departure."""
        self._check_open(meeting_id)
        with self.transaction() as c:
            committee_id = c.execute(
                "SELECT committee_id FROM meetings WHERE id = ?", (meeting_id,)
            ).fetchone()[0]
            ids = self._member_ids(c, committee_id)
            if attendance.member not in ids:
                raise StoreError(f"Das Mitglied „{attendance.member}“ gehört nicht zum Gremium.")
            if self._exported(c, meeting_id):
                row = c.execute(
                    "SELECT present, arrived, left, note FROM attendance "
                    "WHERE meeting_id = ? AND member_id = ?",
                    (meeting_id, ids[attendance.member]),
                ).fetchone()
                old = _attendance_text(*row) if row else ""
                new = _attendance_text(
                    attendance.present, attendance.arrived, attendance.left, attendance.note
                )
                if old != new:
                    name = c.execute(
                        "SELECT name FROM members WHERE id = ?", (ids[attendance.member],)
                    ).fetchone()[0]
                    self._audit_change(c, meeting_id, "attendance", f"Anwesenheit {name}", old, new)
            c.execute(
                "INSERT OR REPLACE INTO attendance (meeting_id, member_id, present, arrived, "
                "left, note) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    meeting_id,
                    ids[attendance.member],
                    int(attendance.present),
                    attendance.arrived,
                    attendance.left,
                    attendance.note,
                ),
            )

    # -- agenda items ----------------------------------------------------------------------

    def _insert_item(
        self, c: sqlite3.Connection, meeting_id: int, position: int, item: AgendaItem
    ) -> int:
        cur = c.execute(
            "INSERT INTO agenda_items (meeting_id, position, number, title, paper, public, "
            "outcome, excluded, paper_type, department, originator) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                meeting_id,
                position,
                item.number,
                item.title,
                item.paper,
                int(item.public),
                item.outcome,
                json.dumps(item.excluded),
                item.paper_type,
                item.department,
                item.originator,
            ),
        )
        item.id = int(cur.lastrowid or 0)
        for pos, p in enumerate(item.minutes):
            self._insert_paragraph(c, item.id, pos, p)
        return item.id

    def add_item(self, meeting_id: int, item: AgendaItem, position: int | None = None) -> int:
        """Insert an item at `position` (0-based; None = at the end); returns its id."""
        self._check_open(meeting_id)
        with self.transaction() as c:
            ids = [
                r[0]
                for r in c.execute(
                    "SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position, id",
                    (meeting_id,),
                )
            ]
            if position is None or position > len(ids):
                position = len(ids)
            new_id = self._insert_item(c, meeting_id, position, item)
            if self._exported(c, meeting_id):
                self._audit_change(
                    c, meeting_id, "item-added", f"TOP {item.number} hinzugefügt", "", item.title
                )
            ids.insert(position, new_id)
            self._renumber(c, "agenda_items", ids)
        return new_id

    def update_item(self, item: AgendaItem) -> None:
        """Save an item's head: number, title, paper, part, outcome, excluded members."""
        assert item.id is not None
        meeting_id = self._meeting_of_item(item.id)
        self._check_open(meeting_id)
        with self.transaction() as c:
            if self._exported(c, meeting_id):
                self._audit_item_head(c, meeting_id, item)
            c.execute(
                "UPDATE agenda_items SET number = ?, title = ?, paper = ?, public = ?, "
                "outcome = ?, excluded = ?, paper_type = ?, department = ?, originator = ? "
                "WHERE id = ?",
                (
                    item.number,
                    item.title,
                    item.paper,
                    int(item.public),
                    item.outcome,
                    json.dumps(item.excluded),
                    item.paper_type,
                    item.department,
                    item.originator,
                    item.id,
                ),
            )

    def _audit_item_head(self, c: sqlite3.Connection, meeting_id: int, item: AgendaItem) -> None:
        row = c.execute(
            "SELECT number, title, paper, public, outcome, excluded, paper_type FROM agenda_items "
            "WHERE id = ?",
            (item.id,),
        ).fetchone()
        part = {True: "öffentlich", False: "nichtöffentlich"}
        fields = [
            ("Nummer", row[0], item.number),
            ("Titel", row[1], item.title),
            ("Vorlage", row[2] or "", item.paper),
            ("Teil", part[bool(row[3])], part[item.public]),
            ("Ergebnis", row[4] or "", item.outcome),
            ("Befangen", ", ".join(json.loads(row[5] or "[]")), ", ".join(item.excluded)),
            ("Vorlagenart", row[6] or "", item.paper_type),
        ]
        for label, old, new in fields:
            if old != new:
                self._audit_change(c, meeting_id, "item", f"TOP {row[0]} {label}", old, new)

    def delete_item(self, item_id: int) -> None:
        meeting_id = self._meeting_of_item(item_id)
        self._check_open(meeting_id)
        with self.transaction() as c:
            # a deletion is always audited, exported or not: it is the trace of what was lost
            number, title = c.execute(
                "SELECT number, title FROM agenda_items WHERE id = ?", (item_id,)
            ).fetchone()
            self._audit_change(c, meeting_id, "item-deleted", f"TOP {number} gelöscht", title, "")
            c.execute("DELETE FROM paragraphs WHERE item_id = ?", (item_id,))
            c.execute("DELETE FROM followups WHERE item_id = ?", (item_id,))
            c.execute("DELETE FROM agenda_items WHERE id = ?", (item_id,))

    def reorder_items(self, meeting_id: int, item_ids: Sequence[int]) -> None:
        """Store a new order of the meeting's items (all ids, in the new order)."""
        self._check_open(meeting_id)
        with self.transaction() as c:
            existing = {
                r[0]
                for r in c.execute(
                    "SELECT id FROM agenda_items WHERE meeting_id = ?", (meeting_id,)
                )
            }
            if existing != set(item_ids):
                raise StoreError("Die Tagesordnung hat sich inzwischen geändert.")
            if self._exported(c, meeting_id):
                old = self._agenda_numbers(c, meeting_id)
                self._renumber(c, "agenda_items", item_ids)
                new = self._agenda_numbers(c, meeting_id)
                if old != new:
                    self._audit_change(c, meeting_id, "agenda", "Reihenfolge der TOPs", old, new)
                return
            self._renumber(c, "agenda_items", item_ids)

    def replace_agenda(self, meeting_id: int, items: Sequence[AgendaItem], replace: bool) -> None:
        """Append items to the agenda, or replace the whole agenda, in one transaction."""
        self._check_open(meeting_id)
        with self.transaction() as c:
            # replacing is always audited (it deletes minutes); appending after an export
            audited = replace or self._exported(c, meeting_id)
            old = self._agenda_numbers(c, meeting_id) if audited else None
            if replace:
                for table in ("paragraphs", "followups"):
                    c.execute(
                        f"DELETE FROM {table} WHERE item_id IN "
                        "(SELECT id FROM agenda_items WHERE meeting_id = ?)",
                        (meeting_id,),
                    )
                c.execute("DELETE FROM agenda_items WHERE meeting_id = ?", (meeting_id,))
            start = c.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM agenda_items WHERE meeting_id = ?",
                (meeting_id,),
            ).fetchone()[0]
            for offset, item in enumerate(items):
                self._insert_item(c, meeting_id, start + offset, item)
            if old is not None:
                detail = "Tagesordnung ersetzt" if replace else "Tagesordnung ergänzt"
                new = self._agenda_numbers(c, meeting_id)
                self._audit_change(c, meeting_id, "agenda", detail, old, new)

    @staticmethod
    def _agenda_numbers(c: sqlite3.Connection, meeting_id: int) -> str:
        return ", ".join(
            r[0]
            for r in c.execute(
                "SELECT number FROM agenda_items WHERE meeting_id = ? ORDER BY position, id",
                (meeting_id,),
            )
        )

    @staticmethod
    def _renumber(c: sqlite3.Connection, table: str, ids: Sequence[int]) -> None:
        for pos, row_id in enumerate(ids):
            c.execute(
                f"UPDATE {table} SET position = ? WHERE id = ? AND position IS NOT ?",
                (pos, row_id, pos),
            )

    # -- paragraphs ------------------------------------------------------------------------

    def _insert_paragraph(
        self, c: sqlite3.Connection, item_id: int, position: int, p: Paragraph
    ) -> int:
        cur = c.execute(
            "INSERT INTO paragraphs (item_id, position, kind, text, speaker, vote) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (item_id, position, p.kind, p.text, p.speaker, vote_to_json(p.vote)),
        )
        p.id = int(cur.lastrowid or 0)
        return p.id

    def paragraphs(self, item_id: int) -> list[Paragraph]:
        return [
            self._paragraph_from_row(r)
            for r in self._rows(
                "SELECT * FROM paragraphs WHERE item_id = ? ORDER BY position, id", (item_id,)
            )
        ]

    def save_paragraphs(self, item_id: int, paragraphs: Sequence[Paragraph]) -> list[int]:
        """Make the stored minutes of one item equal to `paragraphs`, writing only what changed.

        Paragraphs with an id are updated when their content differs, those without are inserted
        (their id is set), stored ones missing from the list are deleted. Typing in one paragraph
        thus costs one UPDATE. Returns the ids in order.
        """
        meeting_id = self._meeting_of_item(item_id)
        self._check_open(meeting_id)
        stored = self._stored_paragraphs(item_id)
        with self.transaction() as c:
            audited = self._exported(c, meeting_id)
            number = ""
            if audited:
                number = c.execute(
                    "SELECT number FROM agenda_items WHERE id = ?", (item_id,)
                ).fetchone()[0]
            ids: list[int] = []
            for pos, p in enumerate(paragraphs):
                old = stored.pop(p.id, None) if p.id is not None else None
                if old is None:
                    ids.append(self._insert_paragraph(c, item_id, pos, p))
                    if audited:
                        self._audit_change(
                            c,
                            meeting_id,
                            "paragraph-added",
                            f"TOP {number}, Absatz {pos + 1} hinzugefügt",
                            "",
                            _paragraph_text(p),
                        )
                    continue
                old_pos, old_p = old
                if not _same_content(old_p, p):
                    if audited:
                        self._audit_change(
                            c,
                            meeting_id,
                            "paragraph",
                            f"TOP {number}, Absatz {pos + 1}",
                            _paragraph_text(_as_paragraph(old_p)),
                            _paragraph_text(p),
                        )
                    c.execute(
                        "UPDATE paragraphs SET kind = ?, text = ?, speaker = ?, vote = ? "
                        "WHERE id = ?",
                        (p.kind, p.text, p.speaker, vote_to_json(p.vote), p.id),
                    )
                if old_pos != pos:
                    c.execute("UPDATE paragraphs SET position = ? WHERE id = ?", (pos, p.id))
                assert p.id is not None
                ids.append(p.id)
            for gone, (gone_pos, gone_p) in stored.items():
                if audited:
                    self._audit_change(
                        c,
                        meeting_id,
                        "paragraph-deleted",
                        f"TOP {number}, bisheriger Absatz {gone_pos + 1} gelöscht",
                        _paragraph_text(_as_paragraph(gone_p)),
                        "",
                    )
                c.execute("DELETE FROM paragraphs WHERE id = ?", (gone,))
        return ids

    def _stored_paragraphs(self, item_id: int) -> dict[int, tuple[int, _RawParagraph]]:
        """The item's stored paragraphs as raw rows by id, with their position.

        Autosave calls `save_paragraphs` after every pause in typing; raw tuples compared
        column by column cost a fraction of building `Paragraph` objects for all of them.
        """
        with self._errors():
            rows = self.conn.execute(
                "SELECT id, kind, text, speaker, vote FROM paragraphs WHERE item_id = ? "
                "ORDER BY position, id",
                (item_id,),
            ).fetchall()
        return {r[0]: (pos, r) for pos, r in enumerate(rows)}

    # -- settings --------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        rows = self._rows("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(rows[0]["value"]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as c:
            c.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (key, json.dumps(value, ensure_ascii=False)),
            )
