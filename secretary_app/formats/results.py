"""Results back out: a meeting's outcomes and votes as OParl 1.1 JSON or as CSV.

JSON: an OParl 1.1 `Meeting` with its `AgendaItem` objects embedded (number, name, public,
result, resolutionText) and the votes as a vendor extension `protokollant:vote` on each item
(OParl 1.1, "Herstellerspezifische Erweiterungen": a vendor prefix before the property name).
The extension is described by `results-extension.schema.json` beside this module. CSV: one
row per vote, `;`-separated UTF-8 with BOM, so that a German Excel opens it by double click.

Public items only unless `public_only=False`: then the file contains non-public content and
the caller must say so. No Qt here; docs/ERGEBNISSE.md describes both formats.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.model import AgendaItem, Meeting, Member, Vote
from ..errors import KnownError, os_reason
from ..fileio import write_private_atomic

EXTENSION_PREFIX = "protokollant:"
EXTENSION_SCHEMA_PATH = Path(__file__).with_name("results-extension.schema.json")
DEFAULT_BASE = "urn:protokollant"
METHOD_LABELS = {"open": "offen", "roll-call": "namentlich", "secret": "geheim"}
CSV_COLUMNS = (
    "Sitzung",
    "Datum",
    "Gremium",
    "TOP",
    "Titel",
    "Drucksache",
    "öffentlich",
    "Ergebnis",
    "Abstimmung",
    "Verfahren",
    "Ja",
    "Nein",
    "Enthaltung",
    "Uhrzeit",
    "Befangen",
    "namentlich Ja",
    "namentlich Nein",
    "namentlich Enthaltung",
)


class ResultsError(KnownError):
    """The results file cannot be written."""


@dataclass
class ResultsSummary:
    """What a results export contains."""

    items: int
    votes: int
    non_public_items: int  # how many non-public items the file contains (0 unless --all)


def _berlin_offset(when: dt.datetime) -> str:
    """+01:00 or +02:00: German summer time from the last Sunday of March to that of October.

    Computed here so that the export needs no time-zone database (Windows has none).
    """

    def last_sunday(month: int) -> dt.date:
        day = dt.date(when.year, month, 31)
        return day - dt.timedelta(days=(day.weekday() + 1) % 7)

    start = dt.datetime.combine(last_sunday(3), dt.time(2))
    end = dt.datetime.combine(last_sunday(10), dt.time(3))
    return "+02:00" if start <= when < end else "+01:00"


def _date_time(date: dt.date, clock: str | None) -> str | None:
    if not clock:
        return None
    hours, minutes = (int(p) for p in clock.split(":"))
    when = dt.datetime.combine(date, dt.time(hours, minutes))
    return f"{when:%Y-%m-%dT%H:%M:%S}{_berlin_offset(when)}"


def _name(members: dict[str, Member], key: str) -> str:
    m = members.get(key)
    return m.display_name if m is not None else key


def _resolution_text(item: AgendaItem) -> str:
    """The resolution wording: consecutive resolution paragraphs, blocks separated by a line."""
    blocks: list[list[str]] = []
    previous = ""
    for p in item.minutes:
        if p.kind == "resolution" and p.text.strip():
            if previous != "resolution":
                blocks.append([])
            blocks[-1].append(p.text.strip())
        previous = p.kind
    return "\n\n".join("\n".join(b) for b in blocks)


def _vote_json(vote: Vote, item: AgendaItem, members: dict[str, Member]) -> dict[str, Any]:
    ballots: dict[str, list[str]] = {"yes": [], "no": [], "abstain": []}
    for key, answer in vote.ballots.items():
        ballots.setdefault(answer, []).append(_name(members, key))
    return {
        "label": vote.label,
        "method": vote.method,
        "yes": vote.yes,
        "no": vote.no,
        "abstain": vote.abstain,
        "time": vote.time,
        "excluded": [_name(members, k) for k in item.excluded],
        "rollCall": ballots if vote.method == "roll-call" else None,
    }


def _items(meeting: Meeting, public_only: bool) -> list[AgendaItem]:
    return [it for it in meeting.agenda if it.public or not public_only]


def results_json(
    meeting: Meeting, *, public_only: bool = True, base_url: str = DEFAULT_BASE
) -> dict[str, Any]:
    """The meeting as an OParl 1.1 Meeting with embedded AgendaItems and the votes extension."""
    base = base_url.rstrip("/:")
    sep = ":" if base.startswith("urn:") else "/"
    meeting_id = f"{base}{sep}meeting{sep}{meeting.id if meeting.id is not None else 0}"
    members = {m.key: m for m in meeting.committee.members}
    agenda: list[dict[str, Any]] = []
    for order, item in enumerate(_items(meeting, public_only), start=1):
        d: dict[str, Any] = {
            "id": f"{meeting_id}{sep}agendaitem{sep}{order}",
            "type": "https://schema.oparl.org/1.1/AgendaItem",
            "meeting": meeting_id,
            "number": item.number,
            "order": order,
            "name": item.title,
            "public": item.public,
        }
        if item.outcome:
            d["result"] = item.outcome
        resolution = _resolution_text(item)
        if resolution:
            d["resolutionText"] = resolution
        if item.paper:
            d[EXTENSION_PREFIX + "paper"] = item.paper
        d[EXTENSION_PREFIX + "vote"] = [_vote_json(v, item, members) for v in item.votes]
        agenda.append(d)
    result: dict[str, Any] = {
        "id": meeting_id,
        "type": "https://schema.oparl.org/1.1/Meeting",
        "name": f"{meeting.number}. Sitzung {meeting.committee.name}",
    }
    start = _date_time(meeting.date, meeting.start)
    if start is not None:  # no made-up 00:00: without a time the date is in the extension
        result["start"] = start
    end = _date_time(meeting.date, meeting.end)
    if end is not None:
        result["end"] = end
    if meeting.location or meeting.address:
        result["location"] = {
            "id": f"{meeting_id}{sep}location",
            "type": "https://schema.oparl.org/1.1/Location",
            "description": meeting.location or meeting.address,
            **_address_json(meeting.address),
        }
    result["agendaItem"] = agenda
    result[EXTENSION_PREFIX + "committee"] = meeting.committee.name
    result[EXTENSION_PREFIX + "meetingNumber"] = meeting.number
    result[EXTENSION_PREFIX + "date"] = meeting.date.isoformat()
    result[EXTENSION_PREFIX + "publicOnly"] = public_only
    return result


_ADDRESS = re.compile(r"^(?P<street>.+?),\s*(?P<postcode>\d{5})\s+(?P<town>\S.*)$")


def _address_json(address: str) -> dict[str, str]:
    """ "Hauptstraße 114, 31171 Nordstemmen" as OParl's streetAddress, postalCode, locality."""
    m = _ADDRESS.match(address.strip())
    if m is None:
        return {"streetAddress": address.strip()} if address.strip() else {}
    return {
        "streetAddress": m.group("street").strip(),
        "postalCode": m.group("postcode"),
        "locality": m.group("town").strip(),
    }


def results_csv(meeting: Meeting, *, public_only: bool = True) -> str:
    """One row per vote (header first), `;`-separated, for spreadsheets and open-data portals."""
    members = {m.key: m for m in meeting.committee.members}
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    for item in _items(meeting, public_only):
        for vote in item.votes:
            v = _vote_json(vote, item, members)
            roll = v["rollCall"] or {"yes": [], "no": [], "abstain": []}
            writer.writerow(
                (
                    meeting.number,
                    meeting.date.strftime("%d.%m.%Y"),
                    meeting.committee.name,
                    item.number,
                    item.title,
                    item.paper,
                    "ja" if item.public else "nein",
                    item.outcome,
                    vote.label,
                    METHOD_LABELS.get(vote.method, vote.method),
                    vote.yes,
                    vote.no,
                    vote.abstain,
                    v["time"] or "",
                    "; ".join(v["excluded"]),
                    "; ".join(roll["yes"]),
                    "; ".join(roll["no"]),
                    "; ".join(roll["abstain"]),
                )
            )
    return buf.getvalue()


def write_results(
    meeting: Meeting,
    path: Path,
    *,
    csv_format: bool = False,
    public_only: bool = True,
    base_url: str = DEFAULT_BASE,
) -> ResultsSummary:
    """Write the results file atomically; JSON unless `csv_format` (UTF-8 with BOM then)."""
    items = _items(meeting, public_only)
    if csv_format:
        data = results_csv(meeting, public_only=public_only).encode("utf-8-sig")
    else:
        value = results_json(meeting, public_only=public_only, base_url=base_url)
        data = (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        write_private_atomic(path, data)
    except OSError as exc:
        raise ResultsError(
            f"Die Ergebnisdatei {path} kann nicht geschrieben werden: {os_reason(exc)}."
        ) from exc
    return ResultsSummary(
        items=len(items),
        votes=sum(len(it.votes) for it in items),
        non_public_items=sum(1 for it in items if not it.public),
    )
