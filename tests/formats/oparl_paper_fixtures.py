"""Where vendors put the papers of a meeting (issue 27): OParl 1.1 shapes, written here.

Written from the issue's description of what SessionNet, SD.NET and ALLRIS publish and from the
OParl 1.1 specification (Paper, Consultation, Location, Organization, Person). No council's file
is copied: hosts, ids, titles and names are made up. One function per shape.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

T = "https://schema.oparl.org/1.1/"


def _write(folder: Path, name: str, value: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1), "utf-8")
    return path


def _meeting(base: str, number: int, items: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": f"{base}/meetings/{number}",
        "type": T + "Meeting",
        "name": "14. Sitzung des Ausschusses für Umwelt und Verkehr",
        "start": "2026-03-10T17:00:00+01:00",
        "end": "2026-03-10T19:30:00+01:00",
        "organization": [
            {"id": f"{base}/organizations/8", "name": "Ausschuss für Umwelt und Verkehr"}
        ],
        "agendaItem": items,
    }
    d.update(extra)
    return d


def _item(base: str, n: int, number: str, name: str, **extra: Any) -> dict[str, Any]:
    d = {
        "id": f"{base}/agendaitems/{n}",
        "type": T + "AgendaItem",
        "number": number,
        "name": name,
        "public": True,
    }
    d.update(extra)
    return d


# -- SessionNet: the papers as one list, their consultations carry agendaItem and meeting --------

SN = "https://sessionnet.example.org/oparl/bodies/1"


def _sn_consultation(cid: int, item: int, meeting: int, role: str) -> dict[str, Any]:
    return {
        "id": f"{SN}/consultations/{cid}",
        "type": T + "Consultation",
        "agendaItem": f"{SN}/agendaitems/{item}",
        "meeting": f"{SN}/meetings/{meeting}",
        "role": role,
    }


def _sn_paper(
    n: int, reference: str, name: str, kind: str, *cons: dict[str, Any]
) -> dict[str, Any]:
    return {
        "id": f"{SN}/papers/{n}",
        "type": T + "Paper",
        "name": name,
        "reference": reference,
        "paperType": kind,
        "underDirectionOf": [f"{SN}/organizations/61"],
        "originatorOrganization": [f"{SN}/organizations/203"],
        "consultation": list(cons),
    }


def sessionnet_papers() -> list[dict[str, Any]]:
    """Four papers of meeting 5001 (and one of an older meeting). Paper 3 lists consultation
    236590 twice: deferred on 03.02. (meeting 4990), taken up now (meeting 5001). Consultation
    236591 also appears in an older paper, with the older meeting: the id alone decides nothing."""
    return [
        _sn_paper(
            71,
            "A0147/26",
            "Baumschutzsatzung – Änderung",
            "Antrag",
            _sn_consultation(236585, 9723, 5001, "Vorberatung"),
        ),
        _sn_paper(
            72,
            "A0148/26",
            "Querungshilfe Lindenweg",
            "Antrag",
            _sn_consultation(236586, 9732, 5001, "Vorberatung"),
        ),
        _sn_paper(
            74,
            "A0150/26",
            "Parkraumkonzept Altstadt",
            "Beschlussvorlage",
            _sn_consultation(236590, 9611, 4990, "vertagt"),
            _sn_consultation(236590, 9739, 5001, "Vorberatung"),
        ),
        _sn_paper(
            75,
            "A0151/26",
            "Lärmaktionsplan, Stufe 4",
            "Beschlussvorlage",
            _sn_consultation(236591, 9740, 5001, "Entscheidung"),
        ),
        _sn_paper(
            40,
            "A0311/25",
            "Lärmaktionsplan, Stufe 3",
            "Beschlussvorlage",
            _sn_consultation(236591, 9188, 4870, "Entscheidung"),
        ),
    ]


def sessionnet_organizations() -> dict[str, Any]:
    """The organizations the papers name, as an OParl list object (`data`)."""
    return {
        "data": [
            {"id": f"{SN}/organizations/61", "type": T + "Organization", "name": "Umweltamt"},
            {
                "id": f"{SN}/organizations/203",
                "type": T + "Organization",
                "name": "Fraktion Bürger für Grün",
            },
        ],
        "pagination": {"elementsPerPage": 100, "currentPage": 1},
        "links": {},
    }


def sessionnet(folder: Path, as_list_object: bool = False) -> Path:
    """The meeting's items point only at a Consultation; "Eröffnung" too, to one that no paper
    lists. The papers lie beside it as a JSON array (or as an OParl list object)."""
    items = [
        _item(SN, 9701, "1", "Eröffnung", consultation=f"{SN}/consultations/236500"),
        _item(
            SN,
            9723,
            "7.23",
            "Baumschutzsatzung – Änderung",
            consultation=f"{SN}/consultations/236585",
        ),
        _item(
            SN, 9732, "7.32", "Querungshilfe Lindenweg", consultation=f"{SN}/consultations/236586"
        ),
        _item(
            SN, 9739, "7.39", "Parkraumkonzept Altstadt", consultation=f"{SN}/consultations/236590"
        ),
        _item(
            SN, 9740, "7.40", "Lärmaktionsplan, Stufe 4", consultation=f"{SN}/consultations/236591"
        ),
    ]
    target = _write(folder, "sitzung_5001.json", _meeting(SN, 5001, items))
    papers: Any = sessionnet_papers()
    if as_list_object:
        papers = {"data": papers, "pagination": {"currentPage": 1}, "links": {}}
    _write(folder, "drucksachen.json", papers)
    _write(folder, "gremien.json", sessionnet_organizations())
    return target


# -- SD.NET: one file per Paper, consultations nested without `paper` ---------------------------

SD = "https://sdnet.example.de/oparl/v1.1/body/1"


def _sd_paper(n: int, reference: str, kind: str, *cons: tuple[int, int]) -> dict[str, Any]:
    return {
        "id": f"{SD}/paper/{n}",
        "type": T + "Paper",
        "reference": reference,
        "paperType": kind,
        "consultation": [
            {
                "id": f"{SD}/consultation/{cid}",
                "type": T + "Consultation",
                "agendaItem": f"{SD}/agendaItem/{item}",
                "meeting": f"{SD}/meeting/812",
                "authoritative": False,
            }
            for cid, item in cons
        ],
    }


def sdnet(folder: Path) -> Path:
    """Items 12, 13, 23 point at consultations nested in single Paper files; 13.1 points at
    7613, which DS 103/2022 does not list, although a consultation it lists names item 13.1;
    "Eröffnung" has an embedded consultation without a paper."""
    items = [
        _item(
            SD,
            1,
            "1",
            "Eröffnung der Sitzung",
            consultation={"id": f"{SD}/consultation/7500", "type": T + "Consultation"},
        ),
        _item(
            SD,
            12,
            "12",
            "Bebauungsplan Nr. 0815 „Am Mühlenbach“",
            consultation=f"{SD}/consultation/7601",
        ),
        _item(SD, 13, "13", "Sanierung Grundschule Süd", consultation=f"{SD}/consultation/7612"),
        _item(
            SD,
            131,
            "13.1",
            "Sanierung Grundschule Süd – Mehrkosten",
            consultation=f"{SD}/consultation/7613",
        ),
        _item(
            SD, 23, "23", "Feuerwehrbedarfsplan 2023–2027", consultation=f"{SD}/consultation/7650"
        ),
    ]
    for i in items:  # SD.NET's paths are singular
        i["id"] = i["id"].replace("/agendaitems/", "/agendaItem/")
    target = _write(folder, "meeting_812.json", _meeting(SD, 812, items, id=f"{SD}/meeting/812"))
    _write(folder, "ds_91_2022.json", _sd_paper(91, "DS 91/2022", "Beschlussvorlage", (7601, 12)))
    _write(
        folder,
        "ds_103_2022.json",
        _sd_paper(103, "DS 103/2022", "Beschlussvorlage", (7612, 13), (7620, 131)),
    )
    _write(
        folder, "ds_126_2022.json", _sd_paper(126, "DS 126/2022", "Beschlussvorlage", (7650, 23))
    )
    return target


# -- ALLRIS: paperType, the place's address, lead department and originator ------------------------

AL = "https://allris.example.de/oparl/bodies/0001"


def allris(folder: Path) -> Path:
    """A meeting with a Location that has street, postcode and town; its one paper says its kind,
    its lead department and who submitted it (an Organization and a Person file beside it); the
    Consultation lies in its own file and points back to the paper."""
    location = {
        "id": f"{AL}/locations/17",
        "type": T + "Location",
        "description": "Ratssaal",
        "streetAddress": "Hauptstraße 114",
        "postalCode": "31171",
        "locality": "Nordstemmen",
    }
    items = [
        _item(AL, 301, "1", "Eröffnung und Feststellung der Beschlussfähigkeit"),
        _item(
            AL,
            302,
            "2",
            "Neubau Kindertagesstätte Lindenhof",
            consultation=f"{AL}/consultations/880",
        ),
    ]
    meeting = _meeting(AL, 77, items, location=location, start="2026-03-10T18:00:00+01:00")
    target = _write(folder, "sitzung.json", meeting)
    _write(
        folder,
        "beratung_880.json",
        {
            "id": f"{AL}/consultations/880",
            "type": T + "Consultation",
            "paper": f"{AL}/papers/5521",
            "agendaItem": f"{AL}/agendaitems/302",
            "meeting": f"{AL}/meetings/77",
        },
    )
    _write(
        folder,
        "vorlage_5521.json",
        {
            "id": f"{AL}/papers/5521",
            "type": T + "Paper",
            "reference": "BV/0042/2026",
            "name": "Neubau Kindertagesstätte Lindenhof",
            "paperType": "Beschlussvorlage",
            "underDirectionOf": [f"{AL}/organizations/fb3"],
            "originatorPerson": [f"{AL}/persons/12"],
        },
    )
    _write(
        folder,
        "fachbereich_3.json",
        {
            "id": f"{AL}/organizations/fb3",
            "type": T + "Organization",
            "name": "Fachbereich III – Bauen",
        },
    )
    _write(
        folder,
        "person_12.json",
        {
            "id": f"{AL}/persons/12",
            "type": T + "Person",
            "name": "Bürgermeisterin Erika Beispiel",
            "familyName": "Beispiel",
        },
    )
    return target


# -- fetched: a consultation list in pages (links.next) -------------------------------------------


def paged_routes(host: str) -> dict[str, Any]:
    """Routes for a test server: the item's `consultation` is the URL of a list in two pages; the
    consultation on page 2 names the paper."""
    base = f"{host}/oparl"
    meeting = _meeting(
        base,
        9,
        [
            _item(
                base, 91, "4", "Radwegekonzept", consultation=f"{base}/agendaitems/91/consultations"
            )
        ],
    )
    return {
        "/oparl/meetings/9": meeting,
        "/oparl/agendaitems/91/consultations": {
            "data": [],
            "links": {"next": f"{base}/agendaitems/91/consultations?page=2"},
        },
        "/oparl/agendaitems/91/consultations?page=2": {
            "data": [
                {
                    "id": f"{base}/consultations/3",
                    "type": T + "Consultation",
                    "paper": f"{base}/papers/30",
                    "agendaItem": f"{base}/agendaitems/91",
                }
            ],
            "links": {},
        },
        "/oparl/papers/30": {
            "id": f"{base}/papers/30",
            "type": T + "Paper",
            "reference": "VO/2026/030",
            "paperType": "Mitteilungsvorlage",
        },
    }
