"""German wording: committee names in case, meeting parts, dates."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.documents import german

CASES = [
    # name, "Der … beschließt", genitive, dative
    (
        "Ausschuss für Gesundheit, Soziales und Inklusion",
        "Der Ausschuss für Gesundheit, Soziales und Inklusion",
        "des Ausschusses für Gesundheit, Soziales und Inklusion",
        "dem Ausschuss für Gesundheit, Soziales und Inklusion",
    ),
    ("Hauptausschuss", "Der Hauptausschuss", "des Hauptausschusses", "dem Hauptausschuss"),
    (
        "Jugendhilfeausschuss",
        "Der Jugendhilfeausschuss",
        "des Jugendhilfeausschusses",
        "dem Jugendhilfeausschuss",
    ),
    ("Beirat", "Der Beirat", "des Beirats", "dem Beirat"),
    ("Seniorenbeirat", "Der Seniorenbeirat", "des Seniorenbeirats", "dem Seniorenbeirat"),
    ("Ortsbeirat Mitte", "Der Ortsbeirat Mitte", "des Ortsbeirats Mitte", "dem Ortsbeirat Mitte"),
    ("Gemeinderat", "Der Gemeinderat", "des Gemeinderats", "dem Gemeinderat"),
    ("Rat der Stadt", "Der Rat der Stadt", "des Rats der Stadt", "dem Rat der Stadt"),
    ("Kreistag", "Der Kreistag", "des Kreistags", "dem Kreistag"),
    (
        "Stadtverordnetenversammlung",
        "Die Stadtverordnetenversammlung",
        "der Stadtverordnetenversammlung",
        "der Stadtverordnetenversammlung",
    ),
    (
        "Kommission für Stadtgestaltung",
        "Die Kommission für Stadtgestaltung",
        "der Kommission für Stadtgestaltung",
        "der Kommission für Stadtgestaltung",
    ),
    ("Jugendparlament", "Das Jugendparlament", "des Jugendparlaments", "dem Jugendparlament"),
    (
        "Bau-, Verkehrs- und Umweltausschuss",
        "Der Bau-, Verkehrs- und Umweltausschuss",
        "des Bau-, Verkehrs- und Umweltausschusses",
        "dem Bau-, Verkehrs- und Umweltausschuss",
    ),
    (
        "Gemeinsamer Ausschuss",
        "Der Gemeinsame Ausschuss",
        "des Gemeinsamen Ausschusses",
        "dem Gemeinsamen Ausschuss",
    ),
    ("Arbeitskreis", "Der Arbeitskreis", "des Arbeitskreises", "dem Arbeitskreis"),
]


@pytest.mark.parametrize(("name", "nominative", "genitive", "dative"), CASES)
def test_committee_names_in_case(name, nominative, genitive, dative):
    assert german.nominative(name, capital=True) == nominative
    assert german.genitive(name) == genitive
    assert german.dative(name) == dative


def test_meeting_parts_after_aus_der_are_dative():
    assert german.parts_adjective(["public", "non-public"], "en") == (
        "öffentlichen/nichtöffentlichen"
    )
    assert german.parts_adjective(["non-public"], "en") == "nichtöffentlichen"
    assert german.parts_adjective(["public"], "e") == "öffentliche"


def test_dates_and_names_german():
    assert german.date(dt.date(2016, 6, 4)) == "04.06.2016"
    assert german.join_names(["Frau A", "Herr B", "Frau C"]) == "Frau A, Herr B und Frau C"
    assert german.join_names(["Frau A"]) == "Frau A"
