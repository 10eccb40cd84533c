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
from dataclasses import dataclass
from pathlib import Path

from ..domain.followups import Context, Resolution, first_followup, summer_break_of
from ..errors import KnownError, os_reason
from ..fileio import write_private_atomic
from .store import Store

NEXT_MEETING_FALLBACK_DAYS = 28  # "in der nächsten Sitzung" when no next meeting is planned
# Bumped when the rules of `domain.followups` read differently: the suggestions she has not
# touched are then read again from the wording ("im 1. Quartal" was its first day, now its end).
RULES_VERSION = 2
_RULES_KEY = "followup_rules"


@dataclass(frozen=True)
class Reading:
    """The settings deadlines are read with: her Land and summer break, the next meeting."""

    land: str = "BB"
    summer_break: str = ""  # "TT.MM.–TT.MM."; "" = the Land's usual one
    next_meeting_days: int = NEXT_MEETING_FALLBACK_DAYS  # when no next meeting is planned

    def context(self, meeting_date: dt.date) -> Context:
        return Context(meeting_date, summer_break_of(self.land, self.summer_break))

    def key(self) -> list[object]:
        return [RULES_VERSION, self.land, self.summer_break, self.next_meeting_days]


# The formula printed before a resolution ("Der Ausschuss … empfiehlt der … wie folgt zu
# beschließen:", "Der Ausschuss … beschließt:") is not part of its wording; a paragraph that
# holds only the formula (typed by hand or imported) is left out of the register.
_FORMULA = re.compile(r"(zu beschließen|beschließt)\s*:\s*$")


def _wording(paragraphs: str) -> str:
    return "\n".join(p for p in paragraphs.split("\n") if not _FORMULA.search(p))


# The resolution paragraphs in the order of the minutes (the subquery's order is what
# group_concat joins them in), with their item, meeting and follow-up.
def _select(since: bool = False) -> str:
    """The query; with `since`, only meetings from that date (a parameter) on: those are read
    through the indexes instead of every paragraph of the archive."""
    recent = (
        "AND item_id IN (SELECT i.id FROM agenda_items i JOIN meetings w ON w.id = i.meeting_id "
        "WHERE w.date >= ?) "
        if since
        else ""
    )
    return (
        "SELECT a.id, m.id, c.name, m.date, m.number, a.number, a.title, a.paper, a.outcome, "
        "a.public, group_concat(p.text, char(10)), f.due, f.phrase, f.edited, f.done, "
        "m.committee_id "
        f"FROM (SELECT item_id, text FROM paragraphs WHERE kind = 'resolution' {recent}"
        "ORDER BY item_id, position, id) p JOIN agenda_items a ON a.id = p.item_id "
        "JOIN meetings m ON m.id = a.meeting_id JOIN committees c ON c.id = m.committee_id "
        "LEFT JOIN followups f ON f.item_id = a.id "
        "WHERE 1 "
    )


def _next_meeting_date(store: Store, committee_id: int, after: str, fallback_days: int) -> dt.date:
    row = store.conn.execute(
        "SELECT min(date) FROM meetings WHERE committee_id = ? AND date > ?",
        (committee_id, after),
    ).fetchone()
    if row and row[0]:
        return dt.date.fromisoformat(row[0])
    return dt.date.fromisoformat(after) + dt.timedelta(days=fallback_days)


def suggest_followups(
    store: Store, reading: Reading | None = None, since: dt.date | None = None
) -> int:
    """Store a suggested follow-up for every resolution that has none yet (of the meetings
    from `since` on); returns how many.

    Without `since`, suggestions read with other rules or settings than `reading`'s, and not
    changed or ticked off by her since, are read again.
    """
    reading = reading or Reading()
    # read again only by the pass over every resolution (the register), so the count at start
    # never loses what it cannot read again in time
    if since is None and store.setting(_RULES_KEY) != reading.key():
        with store.transaction() as c:
            c.execute("DELETE FROM followups WHERE edited = 0 AND done = 0")
        store.set_setting(_RULES_KEY, reading.key())
    with store._errors():
        rows = store.conn.execute(
            _select(since is not None) + "AND f.item_id IS NULL GROUP BY a.id ORDER BY a.id",
            [since.isoformat()] if since else [],
        ).fetchall()
    if not rows:
        return 0
    values = []
    for r in rows:
        meeting_date = dt.date.fromisoformat(r[3])
        found = first_followup(_wording(r[10] or ""), meeting_date, reading.context(meeting_date))
        due: dt.date | None = None
        phrase = ""
        if found is not None:
            due = found.due or _next_meeting_date(store, r[15], r[3], reading.next_meeting_days)
            phrase = found.phrase
        values.append((r[0], due.isoformat() if due else None, phrase))
    with store.transaction() as c:
        c.executemany(
            "INSERT OR IGNORE INTO followups (item_id, due, phrase) VALUES (?, ?, ?)", values
        )
    return len(values)


def resolutions(
    store: Store,
    *,
    due_only: bool = False,
    today: dt.date | None = None,
    reading: Reading | None = None,
) -> list[Resolution]:
    """Every resolution, newest meeting first; with `due_only` those whose follow-up is due."""
    suggest_followups(store, reading)
    today = today or dt.date.today()
    with store._errors():
        rows = store.conn.execute(
            _select() + "GROUP BY a.id ORDER BY m.date DESC, m.id DESC, a.position"
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


def tick_off(store: Store, resolution: Resolution) -> dt.date | None:
    """Mark a follow-up done, or undone again; a recurring duty ("jährlich") moves on to its
    next date instead and stays open. Returns that next date (None when it does not recur)."""
    following = None if resolution.done else resolution.next_due()
    if following is not None:
        set_followup(store, resolution.item_id, following, done=False)
    else:
        set_followup(store, resolution.item_id, resolution.due, done=not resolution.done)
    return following


def due_by(
    store: Store, day: dt.date, reading: Reading | None = None, since: dt.date | None = None
) -> int:
    """How many follow-ups not done are due on or before `day`; resolutions without a
    suggestion yet are read first (those of the meetings from `since` on)."""
    suggest_followups(store, reading, since)
    with store._errors():
        row = store.conn.execute(
            "SELECT count(*) FROM followups WHERE done = 0 AND due IS NOT NULL AND due <= ?",
            (day.isoformat(),),
        ).fetchone()
    return int(row[0])


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

    path = Path(path)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";")
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
