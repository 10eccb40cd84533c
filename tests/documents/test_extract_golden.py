"""Golden test: the extract of item 7.1 of the demo meeting against the reference Protokollauszug.

The expected paragraphs are the reference extract (Potsdam, 14.06.2016) typed out here, with
bold where the reference is bold. One deliberate difference: the reference prints
"21. öffentliche/nichtöffentliche Sitzung" after "aus der"; the dative "öffentlichen" is right.
Line breaks the reference used inside one block (title lines; Top/paper/outcome) are separate
paragraphs here, each with its own style.
"""

from __future__ import annotations

from pathlib import Path

from secretary_app.documents import write_extract
from secretary_app.settings import Settings

from .conftest import read_docx, segments

B = True  # bold
N = False  # not bold

REFERENCE: list[list[tuple[str, bool]]] = [
    [("Protokollauszug", N)],
    [("aus der", N)],
    [
        (
            "21. öffentlichen/nichtöffentlichen Sitzung des Ausschusses für Gesundheit, "
            "Soziales und Inklusion",
            N,
        )
    ],
    [("vom 14.06.2016", N)],
    [],  # the rule
    [("öffentlich", N)],
    [("Top 7.1 Soziale Arbeit mit Flüchtlingen in der Landeshauptstadt Potsdam", B)],
    [("15/SVV/0743", B)],
    [("geändert beschlossen", B)],
    [
        (
            "Frau Schulze erinnert daran, dass der Antrag zurückgestellt wurde, bis Ergebnisse der "
            "Integrationskonferenz vorliegen. Diese liegen jetzt vor und wurden an alle "
            "Ausschussmitglieder ausgereicht. Sie bringt eine neue Fassung des Antrages ein und "
            "bittet, dass diese heute abschließend behandelt und eine Empfehlung für die "
            "Stadtverordnetenversammlung abgegeben wird.",
            N,
        )
    ],
    [("Neue Fassung:", B)],
    [
        (
            "Der Oberbürgermeister wird beauftragt, auf der Grundlage der Ergebnisse des 1. "
            "Fachtages für Integration der Landeshauptstadt Potsdam, in Abstimmung mit den "
            "Trägern für Integrationsarbeit, den künftigen Integrationslotsen und den ehrenamtlich "
            "tätigen Flüchtlingsinitiativen aufeinander abgestimmte Hilfsangebote und individuelle "
            "Handlungsleitfäden für Flüchtlinge zu erarbeiten.",
            B,
        )
    ],
    [
        (
            "Dabei sollen die so genannten Integrationslotsen die Ressourcen bzw. "
            "Integrationspläne für und mit den einzelnen Geflüchteten bzw. deren Familienverbund "
            "erstellen und als Ansprechpartner für den Betroffenen als auch für weitere "
            "Netzwerkpartner fungieren.",
            B,
        )
    ],
    [
        (
            "Der Stadtverordnetenversammlung ist im November 2016 über den Stand der Arbeit zu "
            "berichten.",
            B,
        )
    ],
    [
        (
            "Herr Thomann macht deutlich, dass innerhalb der Verwaltung viele Mitarbeiter mit der "
            "Integration der Geflüchteten befasst sind. Hier muss die Rollenverteilung sauber "
            "geklärt werden.",
            N,
        )
    ],
    [
        (
            "Frau Müller-Preinesberger erklärt, dass die Integrationslotsen im Prinzip "
            "Fallmanager sind, die sich um den Einzelfall kümmern. Bei jedem Einzelfall gibt es "
            "eine sehr unterschiedliche Gemengelage. Wie schnell ein Integrationsplan erstellt "
            "ist, hängt vom jeweiligen Einzelfall ab. Sie weist darauf hin, dass es sich um die "
            "originären Aufgaben der Integrationslotsen handelt.",
            N,
        )
    ],
    [
        (
            "Herr Schubert schlägt vor zu überlegen, ob der 2. Absatz aus der neuen Fassung des "
            "Antrages heraus genommen werden kann.",
            N,
        )
    ],
    [
        (
            "Frau Schulze betont, dass Integrationstag und Integrationskonferenz miteinander "
            "vernetzt werden sollen. Sie stimmt dem Vorschlag von Herrn Schubert zu. Sie bittet, "
            "über den 1. und 3. Absatz abzustimmen.",
            N,
        )
    ],
    [
        (
            "Frau Müller-Preinesberger erklärt, dass an den Aufträgen des Integrationsfachtages "
            "gearbeitet wird. Der Termin für eine Integrationskonferenz steht bereits fest. Die "
            "Konferenz soll am 10.10.2016 durchgeführt werden",
            N,
        )
    ],
    [
        (
            "Frau Grasnik teilt mit, dass sie zur Integrationskonferenz die Gründung eines "
            "Integrationsnetzwerkes auf die Tagesordnung setzen möchte. Die Konferenz soll dazu "
            "genutzt werden, um über die Umsetzung der Aufträge aus dem Integrationsfachtage zu "
            "berichten.",
            N,
        )
    ],
    [
        (
            "Herr Schubert weist darauf hin, dass der Oberbürgermeister beauftragt wird, etwas zu "
            "tun, was er bereits tut. Er empfiehlt den ersten Satz wie folgt umzuformulieren:",
            N,
        )
    ],
    [
        (
            "„Die Stadtverordnetenversammlung unterstützt den Oberbürgermeister bei der "
            "Zielsetzung auf der Grundlage...“",
            B,
        )
    ],
    [
        (
            "Frau Eisenblätter stellt die so geänderte neue Fassung des Antrages zur Abstimmung.",
            N,
        )
    ],
    [
        (
            "Der Ausschuss für Gesundheit, Soziales und Inklusion empfiehlt der "
            "Stadtverordnetenversammlung wie folgt zu beschließen:",
            B,
        )
    ],
    [
        (
            "Die Stadtverordnetenversammlung unterstützt den Oberbürgermeister bei der "
            "Zielsetzung auf der Grundlage der Ergebnisse des 1. Fachtages für Integration der "
            "Landeshauptstadt Potsdam, in Abstimmung mit den Trägern für Integrationsarbeit, den "
            "künftigen Integrationslotsen und den ehrenamtlich tätigen Flüchtlingsinitiativen "
            "aufeinander abgestimmte Hilfsangebote und individuelle Handlungsleitfäden für "
            "Flüchtlinge zu erarbeiten.",
            B,
        )
    ],
    [
        (
            "Der Stadtverordnetenversammlung ist im November 2016 über den Stand der Arbeit zu "
            "berichten.",
            B,
        )
    ],
    [("Abstimmungsergebnis:", B)],
    [("Zustimmung:\t", N), ("7", B)],
    [("Ablehnung:\t", N), ("0", B)],
    [("Stimmenthaltung:\t", N), ("0", B)],
]


def _write(demo_meeting, tmp_path: Path, settings: Settings) -> Path:
    item = demo_meeting.item("7.1")
    return write_extract(demo_meeting, item, tmp_path / "auszug.docx", settings=settings)


def test_extract_of_item_7_1_matches_the_reference_paragraph_by_paragraph(demo_meeting, tmp_path):
    doc = read_docx(_write(demo_meeting, tmp_path, Settings(place="Potsdam")))
    got = [segments(p) for p in doc.paragraphs]
    body = got[: len(REFERENCE)]
    for index, (expected, actual) in enumerate(zip(REFERENCE, body, strict=True)):
        assert actual == expected, f"paragraph {index}"
    # The rule between the title lines and the part is a bordered paragraph, not text.
    rule = doc.paragraphs[4]
    assert rule.style.name == "Protokoll Trennlinie"
    assert rule._p.xpath("./w:pPr/w:pBdr") == [] and rule.style.element.xpath(".//w:pBdr/w:bottom")


def test_signature_block_follows_the_vote(demo_meeting, tmp_path):
    settings = Settings(
        place="Potsdam", secretary_name="Frau Beispiel", secretary_role="Schriftführerin"
    )
    doc = read_docx(_write(demo_meeting, tmp_path, settings))
    tail = [p.text for p in doc.paragraphs[len(REFERENCE) :]]
    assert tail[0] == "Potsdam, den 14.06.2016"
    assert tail[1].startswith("____")
    assert tail[2:] == ["Frau Beispiel", "Schriftführerin"]


def test_every_paragraph_uses_a_named_style_and_no_direct_bold(demo_meeting, tmp_path):
    doc = read_docx(_write(demo_meeting, tmp_path, Settings()))
    for p in doc.paragraphs:
        assert p.style.name.startswith("Protokoll "), p.text
        for run in p.runs:
            assert run.bold is None, run.text  # bold comes from the styles a city can change


def test_vote_numbers_sit_on_a_tab_stop_of_the_style(demo_meeting, tmp_path):
    doc = read_docx(_write(demo_meeting, tmp_path, Settings()))
    counts = [p for p in doc.paragraphs if p.text.startswith("Zustimmung:")]
    assert len(counts) == 1
    stops = counts[0].style.paragraph_format.tab_stops
    assert len(stops) >= 1
