"""Resolution wordings as German council minutes write them, with the follow-up a reader takes
from each (written down by hand before the rules were run).

Each row: the meeting's date, the wording, and what a reader expects —
"TT.MM.JJJJ <edge>" (edge: Anfang, Mitte, Ende, Stichtag), "nächste Sitzung", "" (no
follow-up), or with ", alle N Monate" for a recurring duty. The summer break is the default
(01.07.–31.08.) unless the row says otherwise.
"""

from __future__ import annotations

import datetime as dt

D = dt.date

WORDINGS: list[tuple[dt.date, str, str]] = [
    (
        D(2016, 6, 14),
        "Der Oberbürgermeister wird beauftragt, der Stadtverordnetenversammlung im November 2016 "
        "über den Stand der Umsetzung zu berichten.",
        "30.11.2016 Ende",
    ),
    (
        D(2026, 11, 18),
        "Die Verwaltung wird beauftragt, bis zum 31.03.2027 ein Konzept zur Schulwegsicherung "
        "vorzulegen.",
        "31.03.2027 Stichtag",
    ),
    (
        D(2026, 11, 18),
        "Das Ergebnis der Prüfung ist dem Ausschuss im Mai 2027 vorzulegen.",
        "31.05.2027 Ende",
    ),
    (
        D(2026, 11, 18),
        "Die Verwaltung berichtet im 1. Quartal 2028 über die Auslastung der Kindertagesstätten.",
        "31.03.2028 Ende",
    ),
    (
        D(2026, 11, 18),
        "Die Verwaltung wird gebeten, in der nächsten Sitzung über den Sachstand zu informieren.",
        "nächste Sitzung",
    ),
    (
        D(2026, 11, 18),
        "Die Ergebnisse der Evaluation sind im 2. Halbjahr 2027 vorzustellen.",
        "31.12.2027 Ende",
    ),
    (
        D(2026, 9, 9),
        "Der Fachbereich wird beauftragt, spätestens bis Ende des Jahres einen Entwurf der "
        "Richtlinie vorzulegen.",
        "31.12.2026 Ende",
    ),
    (
        D(2026, 9, 9),
        "Die Verwaltung legt innerhalb von sechs Monaten einen Bericht zur Wirksamkeit der "
        "Maßnahme vor.",
        "09.03.2027 Ende",
    ),
    (
        D(2026, 9, 9),
        "Der Oberbürgermeister wird beauftragt, den Ausschuss jährlich über die Entwicklung der "
        "Wohnungslosenhilfe zu unterrichten.",
        "09.09.2027 Ende, alle 12 Monate",
    ),
    (
        D(2026, 5, 20),
        "Über die Ergebnisse der Bürgerbeteiligung ist nach der Sommerpause zu berichten.",
        "01.09.2026 Anfang",
    ),
    (
        D(2027, 3, 3),
        "Die Vorlage wird zur Sitzung am 15. Juni 2027 erneut auf die Tagesordnung gesetzt.",
        "15.06.2027 Stichtag",
    ),
    (
        D(2026, 11, 18),
        "Der Bebauungsplan Nr. 152 „Am Wasserturm“ wird in der vorliegenden Fassung als Satzung "
        "beschlossen.",
        "",
    ),
    (
        D(2025, 2, 12),
        "Die Satzung tritt am 1.7.2025 in Kraft.",
        "01.07.2025 Stichtag",
    ),
    (
        D(2026, 6, 14),
        "Die Verwaltung wird beauftragt, den Förderantrag bis zum 30. September zu stellen.",
        "30.09.2026 Stichtag",
    ),
    (
        D(2026, 10, 7),
        "Die Verwaltung wird beauftragt, bis Anfang 2027 ein Raumprogramm für die Grundschule am "
        "Priesterweg zu erarbeiten.",
        "01.01.2027 Anfang",
    ),
    (
        D(2026, 10, 7),
        "Der Entwurf des Nahverkehrsplans ist Mitte 2027 öffentlich auszulegen.",
        "01.07.2027 Mitte",
    ),
    (
        D(2026, 10, 7),
        "Die Baumaßnahme soll Ende März 2028 abgeschlossen sein; über den Baufortschritt ist "
        "halbjährlich zu berichten.",
        "31.03.2028 Ende, alle 6 Monate",
    ),
    (
        D(2026, 10, 7),
        "Die Konzeption ist mit den Ortsbeiräten abzustimmen und dem Ausschuss im Frühjahr 2027 "
        "erneut vorzulegen.",
        "31.05.2027 Ende",
    ),
    (
        D(2026, 10, 7),
        "Die Verwaltung prüft die Einrichtung einer Beratungsstelle und berichtet zum Jahresende.",
        "31.12.2026 Ende",
    ),
    (
        D(2026, 10, 7),
        "Der Träger legt binnen vier Wochen einen geänderten Finanzierungsplan vor.",
        "04.11.2026 Ende",
    ),
    (
        D(2026, 10, 7),
        "Die Verwaltung wird beauftragt, in drei Monaten über die Ergebnisse der Befragung zu "
        "berichten.",
        "07.01.2027 Ende",
    ),
    (
        D(2026, 4, 22),
        "Der Sozialbericht ist vor der Sommerpause dem Ausschuss vorzulegen.",
        "30.06.2026 Ende",
    ),
    (
        D(2026, 4, 22),
        "Der Haushaltsplan 2027 wird mit den Änderungen laut Anlage 1 empfohlen.",
        "",
    ),
    (
        D(2026, 4, 22),
        "Gemäß Beschluss vom 12.03.2025 (DS 25/SVV/0127) wird die Zuwendung um 5.000 Euro erhöht.",
        "",
    ),
    (
        D(2026, 4, 22),
        "Der Zuschuss an den Verein beträgt jährlich 12.000 Euro und wird bis auf Weiteres "
        "gewährt.",
        "",
    ),
    (
        D(2026, 4, 22),
        "Die Verwaltung berichtet vierteljährlich über die Belegung der Notunterkünfte.",
        "22.07.2026 Ende, alle 3 Monate",
    ),
    (
        D(2026, 4, 22),
        "Die Verwaltung legt Anfang des 2. Halbjahres 2026 eine Kostenschätzung vor.",
        "01.07.2026 Anfang",
    ),
    (
        D(2026, 4, 22),
        "Der Mietspiegel ist zum 01.01.2027 fortzuschreiben.",
        "01.01.2027 Stichtag",
    ),
    (
        D(2026, 4, 22),
        "Die Arbeitsgruppe legt ihren Abschlussbericht bis Ende des dritten Quartals vor.",
        "30.09.2026 Ende",
    ),
    (
        D(2026, 4, 22),
        "Die Ergebnisse sollen im Herbst 2026 im Ausschuss vorgestellt werden.",
        "30.11.2026 Ende",
    ),
    (
        D(2026, 4, 22),
        "Die Umsetzung beginnt ab Mai 2027.",
        "01.05.2027 Anfang",
    ),
    (
        D(2026, 4, 22),
        "Das Radverkehrskonzept 2030 wird zur Kenntnis genommen.",
        "",
    ),
    (
        D(2026, 11, 4),
        "Dem Ausschuss ist einmal jährlich, erstmals im März 2027, ein Sachstandsbericht "
        "vorzulegen.",
        "31.03.2027 Ende, alle 12 Monate",
    ),
    (
        D(2026, 11, 4),
        "Der Antrag wird in den Ausschuss für Finanzen verwiesen und in der nächsten "
        "Ausschusssitzung erneut beraten.",
        "nächste Sitzung",
    ),
    (
        D(2026, 11, 4),
        "Die Verwaltung wird beauftragt, bis 2028 ein Konzept für barrierefreie Haltestellen "
        "umzusetzen.",
        "31.12.2028 Ende",
    ),
    (
        D(2026, 11, 4),
        "Über die Umsetzung der Maßnahmen ist im kommenden Jahr zu berichten.",
        "31.12.2027 Ende",
    ),
    (
        D(2026, 11, 4),
        "Die Verwaltung wird gebeten, Mitte Januar über den Stand der Vergabe zu informieren.",
        "15.01.2027 Mitte",
    ),
    (
        D(2026, 11, 4),
        "Die Stelle der Koordinatorin soll zum 1. Februar besetzt werden.",
        "01.02.2027 Stichtag",
    ),
    (
        D(2026, 11, 4),
        "Die Verwaltung wird beauftragt, innerhalb eines Jahres nach Inkrafttreten der Satzung "
        "eine Evaluation vorzulegen.",
        "04.11.2027 Ende",
    ),
    (
        D(2026, 11, 4),
        "Die Maßnahme ist im Winter 2026/27 umzusetzen.",
        "28.02.2027 Ende",
    ),
    (
        D(2026, 11, 4),
        "Die Kosten der Sanierung in Höhe von 1.250.000 Euro werden im Haushalt 2027 eingestellt.",
        "",
    ),
    (
        D(2026, 11, 4),
        "Der Beschluss vom 3. September 2026 wird aufgehoben.",
        "",
    ),
]

# Wordings the rules do not read (yet): what a reader expects, and why the rules cannot.
KNOWN_MISSES: list[tuple[dt.date, str, str]] = [
    (
        # the school year begins on a day set by each Land
        D(2026, 11, 4),
        "Das Angebot ist zum Schuljahr 2027/28 einzurichten.",
        "01.08.2027 Anfang",
    ),
    (
        # the end of the electoral term is not in the minutes
        D(2026, 11, 4),
        "Die Maßnahmen sind bis zum Ende der Wahlperiode umzusetzen.",
        "31.05.2029 Ende",
    ),
    (
        # the budget debate's date is known to the council, not to the program
        D(2026, 11, 4),
        "Die Mittel sind zu den Haushaltsberatungen 2028 anzumelden.",
        "30.09.2027 Ende",
    ),
    (
        # a deadline relative to another event than the meeting
        D(2026, 11, 4),
        "Die Verwaltung berichtet drei Monate nach Eröffnung der Einrichtung.",
        "nach Eröffnung + 3 Monate",
    ),
]
