"""The session's times as she corrects them afterwards: begin, interruptions, end.

A clock button pressed late ("it began at 17:00, I pressed at 17:04") is corrected in the
window's „Sitzungszeiten korrigieren“ and with `secretary-app times`; both read and check the
times here. Times are "HH:MM"; a session may run past midnight (a budget night), so order is
measured from the begin, not on the clock face: a time up to 12 hours after the begin is later,
one up to 12 hours before it earlier.
"""

from __future__ import annotations

import re

from ..errors import KnownError
from .model import Interruption

_TIME_INPUT = re.compile(r"^\s*([01]?\d|2[0-3])\s*[:.]?\s*([0-5]\d)\s*$")
# "18:10–18:25", "18:10 - 18:25", "18.10 bis 18.25", "18:10–" (still interrupted)
_SPAN = re.compile(
    r"^\s*(?P<start>\d{1,2}[:.]\d{2})\s*(?:–|—|-|bis)?\s*(?P<until>\d{1,2}[:.]\d{2})?\s*"
    r"(?:Uhr)?\s*(?:[,;:]\s*(?P<note>.*))?$"
)
DAY = 24 * 60


def normalise_time(text: str) -> str | None:
    """ "9.05", "905", "09:05" → "09:05"; "" → ""; anything else → None."""
    if not text.strip():
        return ""
    match = _TIME_INPUT.match(text)
    if not match:
        return None
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def parse_time(text: str, what: str) -> str | None:
    """ "17:00", "17.00", "9:05 Uhr" → "HH:MM"; "" → None; anything else is refused, naming
    `what`."""
    text = text.strip().removesuffix("Uhr").strip()
    found = normalise_time(text)
    if found is None:
        raise KnownError(f"{what}: „{text}“ ist keine Uhrzeit (Stunden:Minuten, z. B. 17:05).")
    return found or None


def parse_interruptions(text: str) -> list[Interruption]:
    """One interruption per line: "18:10–18:25", optionally a note after a comma."""
    found: list[Interruption] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _SPAN.match(line)
        if match is None:
            raise KnownError(
                f"Unterbrechung in Zeile {number}: „{line.strip()}“ – bitte als "
                "„18:10–18:25“ angeben (das Ende leer lassen, solange sie andauert)."
            )
        what = f"Unterbrechung in Zeile {number}"
        start = parse_time(match["start"], what)
        assert start is not None
        until = parse_time(match["until"] or "", what)
        found.append(Interruption(start, until, (match["note"] or "").strip()))
    return found


def format_interruptions(interruptions: list[Interruption]) -> str:
    """The text `parse_interruptions` reads back."""
    lines = []
    for i in interruptions:
        line = f"{i.start}–{i.until or ''}"
        lines.append(f"{line}, {i.note}" if i.note else line)
    return "\n".join(lines)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def check_times(start: str | None, end: str | None, interruptions: list[Interruption]) -> None:
    """Begin, interruptions and end in their order (a night past 24:00 counts on from the
    begin); an open interruption only last and only before an end. German reasons."""
    if start is None:
        if end is not None or interruptions:
            raise KnownError(
                "Ohne Beginn gibt es weder Unterbrechungen noch ein Ende: bitte den Beginn angeben."
            )
        return
    begin = _minutes(start)

    def since_begin(hhmm: str) -> int:
        # within half a day of the begin: 00:40 after 22:30 is later, 16:55 before 17:00 earlier
        return (_minutes(hhmm) - begin + DAY // 2) % DAY - DAY // 2

    last, last_label = 0, f"dem Beginn ({start})"
    for n, pause in enumerate(interruptions, start=1):
        label = f"Unterbrechung {pause.start}–{pause.until or '…'}"
        if since_begin(pause.start) < last:
            raise KnownError(f"Die {label} liegt vor {last_label}.")
        if pause.until is None:
            if n != len(interruptions) or end is not None:
                raise KnownError(
                    f"Die {label} hat kein Ende: nur die letzte Unterbrechung einer laufenden "
                    "Sitzung darf offen sein."
                )
            return
        if since_begin(pause.until) < since_begin(pause.start):
            raise KnownError(f"Die {label} endet vor ihrem Anfang.")
        last, last_label = since_begin(pause.until), f"dem Ende der {label}"
    if end is not None and since_begin(end) < last:
        raise KnownError(f"Das Ende ({end}) liegt vor {last_label}.")
