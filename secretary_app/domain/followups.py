"""Follow-up dates (Wiedervorlage) found in the wording of a resolution. No Qt, no SQL.

"Der Stadtverordnetenversammlung ist im November 2016 über den Stand zu berichten" asks for a
report in November 2016; "bis zum 30.09.2017" for one by that day; "in der nächsten Sitzung" for
one at the committee's next meeting. What is found is a suggestion the secretary may change.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
_MONTH = "|".join(MONTHS)

_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b")
_MONTH_YEAR = re.compile(
    rf"\b(?:(?P<end>Ende|Anfang|Mitte)\s+)?(?P<month>{_MONTH})(?:\s+(?P<year>\d{{4}}))?\b",
    re.IGNORECASE,
)
_QUARTER = re.compile(r"\b(?P<q>[1-4])\.\s?Quartal\s+(?P<year>\d{4})\b", re.IGNORECASE)
_YEAR_END = re.compile(r"\bEnde\s+(?:des\s+Jahres\s+)?(?P<year>\d{4})\b", re.IGNORECASE)
_NEXT_MEETING = re.compile(
    r"\b(?:in|zur|bis\s+zur|zu\s+der)\s+(?:der\s+)?nächsten\s+Sitzung\b", re.IGNORECASE
)
# "im Mai" inside a resolution is a deadline; "Beschluss vom März" is not
_MONTH_LEAD = re.compile(r"\b(?:im|bis|zum|ab|spätestens|Ende|Anfang|Mitte)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class FollowUp:
    """A follow-up found in a text: a day, or the next meeting (`due` None until resolved)."""

    due: dt.date | None
    phrase: str  # the words it was found in, as written
    next_meeting: bool = False


def _month_date(month: int, year: int, where: str) -> dt.date:
    if where.lower() == "ende":
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    if where.lower() == "mitte":
        return dt.date(year, month, 15)
    return dt.date(year, month, 1)


def find_followups(text: str, meeting_date: dt.date) -> list[FollowUp]:
    """Every follow-up in `text` that lies after the meeting, in the order written."""
    found: list[tuple[int, FollowUp]] = []
    for m in _DATE.finditer(text):
        year = int(m.group(3))
        year += 2000 if year < 100 else 0
        try:
            day = dt.date(year, int(m.group(2)), int(m.group(1)))
        except ValueError:
            continue
        if day > meeting_date:
            found.append((m.start(), FollowUp(day, m.group(0))))
    for m in _QUARTER.finditer(text):
        day = dt.date(int(m.group("year")), 3 * int(m.group("q")) - 2, 1)
        if day > meeting_date:
            found.append((m.start(), FollowUp(day, m.group(0))))
    for m in _YEAR_END.finditer(text):
        if m.group(0).split()[1].lower() in MONTHS:
            continue
        day = dt.date(int(m.group("year")), 12, 31)
        if day > meeting_date:
            found.append((m.start(), FollowUp(day, m.group(0))))
    for m in _MONTH_YEAR.finditer(text):
        lead = _MONTH_LEAD.search(text[: m.start()])
        if not m.group("end") and not lead:
            continue
        start = lead.start() if lead and not m.group("end") else m.start()
        month = MONTHS[m.group("month").lower()]
        year = int(m.group("year")) if m.group("year") else meeting_date.year
        day = _month_date(month, year, m.group("end") or "")
        if not m.group("year") and day <= meeting_date:
            day = _month_date(month, year + 1, m.group("end") or "")
        if day > meeting_date:
            found.append((start, FollowUp(day, text[start : m.end()])))
    for m in _NEXT_MEETING.finditer(text):
        found.append((m.start(), FollowUp(None, m.group(0), next_meeting=True)))
    found.sort(key=lambda pf: pf[0])
    return [f for _, f in found]


def first_followup(text: str, meeting_date: dt.date) -> FollowUp | None:
    """The earliest follow-up of a resolution (the next meeting counts as the earliest)."""
    followups = find_followups(text, meeting_date)
    if not followups:
        return None
    return min(followups, key=lambda f: (not f.next_meeting, f.due or meeting_date))


@dataclass(frozen=True)
class Resolution:
    """One entry of the resolution register: an item's resolution wording and its follow-up."""

    item_id: int
    meeting_id: int
    committee: str
    meeting_date: dt.date
    meeting_number: int
    item_number: str
    item_title: str
    paper: str
    outcome: str
    public: bool
    wording: str
    due: dt.date | None
    phrase: str  # where the follow-up was found ("im November 2016"), empty if set by hand
    edited: bool
    done: bool

    def is_due(self, today: dt.date) -> bool:
        return self.due is not None and not self.done and self.due <= today
