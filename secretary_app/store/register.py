"""The resolution register (Beschlusskontrolle): every resolution with its follow-up. No Qt.

A resolution is the resolution wording (paragraphs of kind "resolution") of one agenda item.
Its follow-up date is suggested from the wording (`domain.followups`) the first time the register
is read and stored in the `followups` table; the secretary may change or clear it and mark it
done, and her change is kept (`edited`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

from ..domain.followups import Resolution, first_followup
from ..errors import KnownError, os_reason
from .store import Store

NEXT_MEETING_FALLBACK_DAYS = 28  # "in der nächsten Sitzung" when no next meeting is planned

# The formula printed before a resolution ("Der Ausschuss … empfiehlt der … wie folgt zu
# beschließen:", "Der Ausschuss … beschließt:") is not part of its wording; a paragraph that
# holds only the formula (typed by hand or imported) is left out of the register.
_FORMULA = re.compile(r"(zu beschließen|beschließt)\s*:\s*$")


def _wording(paragraphs: str) -> str:
    return "\n".join(p for p in paragraphs.split("\n") if not _FORMULA.search(p))


# The resolution paragraphs in the order of the minutes (the subquery's order is what
# group_concat joins them in), with their item, meeting and follow-up.
_SELECT = (
    "SELECT a.id, m.id, c.name, m.date, m.number, a.number, a.title, a.paper, a.outcome, "
    "a.public, group_concat(p.text, char(10)), f.due, f.phrase, f.edited, f.done, "
    "m.committee_id "
    "FROM (SELECT item_id, text FROM paragraphs WHERE kind = 'resolution' "
    "ORDER BY item_id, position, id) p JOIN agenda_items a ON a.id = p.item_id "
    "JOIN meetings m ON m.id = a.meeting_id JOIN committees c ON c.id = m.committee_id "
    "LEFT JOIN followups f ON f.item_id = a.id "
    "WHERE 1 "
)


def _next_meeting_date(store: Store, committee_id: int, after: str) -> dt.date:
    row = store.conn.execute(
        "SELECT min(date) FROM meetings WHERE committee_id = ? AND date > ?",
        (committee_id, after),
    ).fetchone()
    if row and row[0]:
        return dt.date.fromisoformat(row[0])
    return dt.date.fromisoformat(after) + dt.timedelta(days=NEXT_MEETING_FALLBACK_DAYS)


def suggest_followups(store: Store) -> int:
    """Store a suggested follow-up for every resolution that has none yet; returns how many."""
    with store._errors():
        rows = store.conn.execute(
            _SELECT + "AND f.item_id IS NULL GROUP BY a.id ORDER BY a.id"
        ).fetchall()
    if not rows:
        return 0
    values = []
    for r in rows:
        meeting_date = dt.date.fromisoformat(r[3])
        found = first_followup(r[10] or "", meeting_date)
        due: dt.date | None = None
        phrase = ""
        if found is not None:
            due = found.due or _next_meeting_date(store, r[15], r[3])
            phrase = found.phrase
        values.append((r[0], due.isoformat() if due else None, phrase))
    with store.transaction() as c:
        c.executemany(
            "INSERT OR IGNORE INTO followups (item_id, due, phrase) VALUES (?, ?, ?)", values
        )
    return len(values)


def resolutions(
    store: Store, *, due_only: bool = False, today: dt.date | None = None
) -> list[Resolution]:
    """Every resolution, newest meeting first; with `due_only` those whose follow-up is due."""
    suggest_followups(store)
    today = today or dt.date.today()
    with store._errors():
        rows = store.conn.execute(
            _SELECT + "GROUP BY a.id ORDER BY m.date DESC, m.id DESC, a.position"
        ).fetchall()
    out = [
        Resolution(
            item_id=r[0],
            meeting_id=r[1],
            committee=r[2],
            meeting_date=dt.date.fromisoformat(r[3]),
            meeting_number=r[4],
            item_number=r[5],
            item_title=r[6],
            paper=r[7] or "",
            outcome=r[8] or "",
            public=bool(r[9]),
            wording=_wording(r[10] or ""),
            due=dt.date.fromisoformat(r[11]) if r[11] else None,
            phrase=r[12] or "",
            edited=bool(r[13]),
            done=bool(r[14]),
        )
        for r in rows
    ]
    if due_only:
        out = [r for r in out if r.is_due(today)]
        out.sort(key=lambda r: (r.due or today, r.meeting_date))
    return out


def set_followup(store: Store, item_id: int, due: dt.date | None, done: bool = False) -> None:
    """The secretary's own follow-up date (None: no follow-up) and whether it is done."""
    with store.transaction() as c:
        c.execute(
            "INSERT INTO followups (item_id, due, phrase, edited, done) VALUES (?, ?, '', 1, ?) "
            "ON CONFLICT(item_id) DO UPDATE SET due = excluded.due, edited = 1, "
            "done = excluded.done",
            (item_id, due.isoformat() if due else None, int(done)),
        )


CSV_HEADER = (
    "Gremium",
    "Sitzung",
    "Datum",
    "TOP",
    "Titel",
    "Vorlage",
    "Ergebnis",
    "öffentlich",
    "Beschluss",
    "Wiedervorlage",
    "erledigt",
)


def csv_row(r: Resolution) -> list[str]:
    return [
        r.committee,
        str(r.meeting_number),
        f"{r.meeting_date:%d.%m.%Y}",
        r.item_number,
        r.item_title,
        r.paper,
        r.outcome,
        "ja" if r.public else "nein",
        r.wording,
        f"{r.due:%d.%m.%Y}" if r.due else "",
        "ja" if r.done else "nein",
    ]


def write_csv(rows: list[Resolution], path: Path) -> Path:
    """The register as CSV for Excel (UTF-8 with BOM, semicolons), written atomically, 0600."""
    from ..fileio import write_private_atomic

    path = Path(path)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for r in rows:
        writer.writerow(csv_row(r))
    try:
        write_private_atomic(path, buffer.getvalue().encode("utf-8-sig"))
    except OSError as exc:
        raise KnownError(
            f"Die Datei {path} konnte nicht geschrieben werden ({os_reason(exc)})."
        ) from exc
    return path
