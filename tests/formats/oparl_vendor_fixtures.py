"""OParl 1.0 / 1.1 Meetings shaped like the exports of SessionNet, ALLRIS and SD.NET (issue 14).

Written here from the issue's descriptions of real exports and from the OParl specification
(Meeting, AgendaItem, Paper, Consultation, File, Location); no council's file is copied. One
function per quirk, so that each test shows the one thing it is about.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

T10 = "https://oparl.org/schema/1.0/"  # OParl 1.0 type URLs
T11 = "https://schema.oparl.org/1.1/"
BASE = "https://ris.example.net/oparl/v1/body/1"


def _item(n: int, name: str, number: str | None = None, **extra: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"id": f"{BASE}/agendaitem/{n}", "type": T11 + "AgendaItem", "name": name}
    if number is not None:
        d["number"] = number
    d.update(extra)
    return d


def _meeting(items: list[dict[str, Any]] | None, **extra: Any) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": f"{BASE}/meeting/4711",
        "type": T11 + "Meeting",
        "name": "5. Sitzung des Ausschusses für Stadtentwicklung",
        "start": "2025-02-04T17:00:00+01:00",
        "end": "2025-02-04T19:30:00+01:00",
        "organization": [{"id": f"{BASE}/organization/12", "name": "Stadtentwicklungsausschuss"}],
    }
    if items is not None:
        d["agendaItem"] = items
    d.update(extra)
    return d


def separators() -> dict[str, Any]:
    """SessionNet style: part headings as pseudo-items ("" or no number), no `public` at all."""
    return _meeting(
        [
            _item(1, "Öffentliche Sitzung", ""),
            _item(2, "Eröffnung und Feststellung der Beschlussfähigkeit", "1"),
            _item(3, "Bebauungsplan Am Mühlbach", "2"),
            _item(4, "- nichtöffentlicher Teil -"),
            _item(5, "Grundstücksverkauf Gewerbegebiet Nord", "3"),
            _item(6, "Personalangelegenheit", "4"),
        ]
    )


def order_as_text_with_offsets() -> dict[str, Any]:
    """ALLRIS style: `order` as a string, counting from 100001, with gaps; listed out of order."""
    return _meeting(
        [
            _item(3, "Anfragen", "3", order="100113", public=True),
            _item(1, "Eröffnung", "1", order="100001", public=True),
            _item(2, "Haushaltssatzung 2025", "2", order="100010", public=True),
        ]
    )


def no_public_and_no_parts() -> dict[str, Any]:
    """A vendor that never writes `public` and has no separators: all public, with a note."""
    return _meeting([_item(1, "Eröffnung", "1"), _item(2, "Mitteilungen", "2")])


def sub_items_with_running_counters() -> dict[str, Any]:
    """Ö/N before the numbers, sub-items 2.1 and 2.2, the non-public part counting anew from 1;
    `order` a running counter over all items (including the sub-items), `public` missing."""
    return _meeting(
        [
            _item(1, "Eröffnung", "Ö 1", order=1),
            _item(2, "Verkehrsentwicklungsplan", "Ö 2", order=2),
            _item(3, "Antrag der Fraktion A: Tempo 30", "Ö 2.1", order=3),
            _item(4, "Antrag der Fraktion B: Busspur", "Ö 2.2", order=4),
            _item(5, "Vergabe Winterdienst", "N 1", order=5),
            _item(6, "Mietvertrag Bauhof", "N 2", order=6),
        ]
    )


def sub_items_unique_numbers() -> dict[str, Any]:
    """The same vendor where the non-public part continues the count: the Ö/N go."""
    return _meeting(
        [
            _item(1, "Eröffnung", "Ö 1", order=1),
            _item(2, "Verkehrsentwicklungsplan", "Ö 2", order=2),
            _item(3, "Antrag der Fraktion A: Tempo 30", "Ö 2.1", order=3),
            _item(5, "Vergabe Winterdienst", "N 3", order=4),
        ]
    )


def nested_consultations(folder: Path) -> Path:
    """OParl 1.0 (SD.NET style): the Paper file beside the meeting holds its consultations, and
    they have no `paper` back-reference; the meeting's items point at the consultation."""
    folder.mkdir(parents=True, exist_ok=True)
    meeting = _meeting(
        [
            _item(1, "Eröffnung", "1", public=True),
            _item(2, "Radweg Lindenallee", "2", public=True, consultation=f"{BASE}/cons/901"),
            _item(3, "Spielplatz Sonnenhof", "3", public=True, consultation=f"{BASE}/cons/902"),
        ],
        type=T10 + "Meeting",
    )
    paper_a = {
        "id": f"{BASE}/paper/77",
        "type": T10 + "Paper",
        "reference": "VO/2025/0042",
        "consultation": [
            {"id": f"{BASE}/cons/901", "type": T10 + "Consultation", "role": "Vorberatung"}
        ],
    }
    paper_b = {  # the consultation without id, found through its agendaItem
        "id": f"{BASE}/paper/78",
        "type": T10 + "Paper",
        "reference": "VO/2025/0051",
        "consultation": [{"agendaItem": f"{BASE}/agendaitem/3", "role": "Entscheidung"}],
    }
    target = folder / "sitzung.json"
    target.write_text(json.dumps(meeting, ensure_ascii=False), "utf-8")
    (folder / "vorlage_77.json").write_text(json.dumps(paper_a), "utf-8")
    (folder / "vorlage_78.json").write_text(json.dumps(paper_b), "utf-8")
    return target


def two_meetings() -> list[dict[str, Any]]:
    """A file holding a list of meetings (a JSON array)."""
    first = _meeting([_item(1, "Eröffnung", "1", public=True)])
    second = _meeting(
        [_item(11, "Haushalt", "1", public=True), _item(12, "Anfragen", "2", public=True)],
        id=f"{BASE}/meeting/4712",
        name="6. Sitzung des Ausschusses für Stadtentwicklung",
        start="2025-03-04T17:00:00+01:00",
        end="2025-03-04T18:10:00+01:00",
    )
    return [first, second]


def meeting_page() -> dict[str, Any]:
    """An OParl list page (`data`, `pagination`, `links`) as the API serves /meeting."""
    return {
        "data": two_meetings(),
        "pagination": {"totalElements": 2, "elementsPerPage": 20, "currentPage": 1},
        "links": {"first": f"{BASE}/meeting?page=1"},
    }


def placeholder_end() -> dict[str, Any]:
    """End 00:00 of the next day: a placeholder a vendor writes for "not known"."""
    return _meeting(
        [_item(1, "Eröffnung", "1", public=True)],
        start="2025-02-04T17:00:00+01:00",
        end="2025-02-05T00:00:00+01:00",
    )


def hyphenation_breaks() -> dict[str, Any]:
    """Titles copied from Word: hyphenation at line ends, soft hyphens, plain line breaks."""
    return _meeting(
        [
            _item(1, "Neugestaltung der Ort-\nschaft Grünwettersbach", "1", public=True),
            _item(2, "Ehrung von Frau Müller-\nLüdenscheidt", "2", public=True),
            _item(3, "Neuer Um\u00adsteigepunkt am Bahnhof", "3", public=True),
            _item(4, "Bericht\r\nder Verwaltung\n zum Haushalt", "4", public=True),
        ]
    )


def no_agenda_minutes_as_file() -> dict[str, Any]:
    """OParl 1.0: no `agendaItem`; the minutes only as one `auxiliaryFile` object (not a list)."""
    m = _meeting(None, type=T10 + "Meeting")
    m["auxiliaryFile"] = {
        "id": f"{BASE}/file/5",
        "type": T10 + "File",
        "name": "Niederschrift öffentlich",
        "fileName": "niederschrift.pdf",
        "accessUrl": f"{BASE}/file/5/download",
    }
    return m


def location_twice() -> dict[str, Any]:
    """The room written in the description and again as `room`."""
    return _meeting(
        [_item(1, "Eröffnung", "1", public=True)],
        location={
            "id": f"{BASE}/location/3",
            "type": T11 + "Location",
            "description": "Rathaus, Sitzungssaal 2.014",
            "room": "Sitzungssaal 2.014",
            "streetAddress": "Marktplatz 1",
            "locality": "Musterstadt",
        },
    )


PROSE_RESULTS = (
    "Einstimmig bei 17 Ja-Stimmen und 6 Enthaltungen",
    "Mehrheitlich bei 16 Ja-Stimmen, einer Nein-Stimme und 6 Enthaltungen lt. Beschlussvorschlag",
    "mit 18 Nein-Stimmen und 5 Enthaltungen Beschluss abgelehnt",
)


def prose_results() -> dict[str, Any]:
    """Results as sentences with the counts inside; one plain result without counts."""
    return _meeting(
        [
            _item(1, "Sanierung Hallenbad", "1", public=True, result=PROSE_RESULTS[0]),
            _item(2, "Parkgebühren", "2", public=True, result=PROSE_RESULTS[1]),
            _item(3, "Seilbahn zum Turmberg", "3", public=True, result=PROSE_RESULTS[2]),
            _item(4, "Mitteilungen", "4", public=True, result="zur Kenntnis genommen"),
        ]
    )
