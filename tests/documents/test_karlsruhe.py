"""The Karlsruhe layout reproduces Karlsruhe's published "Protokoll TOP n" extracts.

The five texts are `reference/real-world/*.txt` of the project's shared material (PDF text of
the city's files, mirrored by maxliesegang/karlsruhe-oparl-syndication). Each expected list
below is that text line by line as the secretary typed it: the PDF's own line wraps and word
divisions ("Baupha-se") joined, the page number line ("- 2 -") left out. Where a file is cut
off in the source, the document must begin with what is there.

One deliberate difference: the budget debate of 3/4 March 2015 prints its date as
"03/.04.03.2015" (two days, and a typo); a meeting has one date here, "3. März 2015".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from secretary_app.documents import write_extract
from secretary_app.domain.model import (
    AgendaItem,
    Attendance,
    Committee,
    Meeting,
    Member,
    Paragraph,
    Vote,
)
from secretary_app.settings import Settings

from .conftest import read_docx
from .validator import assert_valid

MENTRUP = Member("mentrup", "Frank Mentrup", "", "Oberbürgermeister Dr.", "", "chair", True)


def _meeting(committee: str, number: int, date: dt.date, place: str, items: list[AgendaItem]):
    members = [MENTRUP] + [Member(f"m{i}", f"Mitglied {i}", "Herr") for i in range(12)]
    return Meeting(
        committee=Committee(committee, kind="deciding", assembly="Gemeinderat", members=members),
        number=number,
        date=date,
        start="16:30" if committee == "Hauptausschuss" else "15:30",
        location=place,
        secretary="Frau Schreiber",
        attendance=[Attendance(m.key, True) for m in members],
        agenda=items,
    )


SETTINGS = Settings(place="Karlsruhe", signing_date="09.09.2014", layout="karlsruhe")
HEAD_HA = [
    "NIEDERSCHRIFT",
    "Stadt Karlsruhe",
    "Gremium: 37. Sitzung Hauptausschuss",
    "Termin: 15. Juli 2014, 16:30 Uhr",
    "öffentlich",
    "Ort: Großer Sitzungssaal des Rathauses",
    "Vorsitzende/r: Oberbürgermeister Dr. Frank Mentrup",
]
SIGNATURE = [
    "Zur Beurkundung:",
    "Die Schriftführerin:",
    "Hauptamt - Ratsangelegenheiten",
    "9. September 2014",
]


def _lines(path: Path) -> list[str]:
    """What the document prints, line by line (a line break inside a paragraph splits it);
    no-break spaces read as spaces (test_layouts holds the dates' own)."""
    out: list[str] = []
    for paragraph in read_docx(path).paragraphs:
        text = paragraph.text.replace("\u00a0", " ")
        out.extend(line.strip() for line in text.split("\n") if line.strip())
    return out


def _write(meeting: Meeting, number: str, tmp_path: Path, settings: Settings = SETTINGS) -> Path:
    item = next(it for it in meeting.agenda if it.number == number)
    path = write_extract(meeting, item, tmp_path / "auszug.docx", settings=settings)
    assert_valid(path)
    return path


def _hauptausschuss_2014() -> Meeting:
    top2 = AgendaItem(
        "2",
        "Die Attraktivität der Durlacher Innenstadt - Ergebnisse der Bürger- und Passantenumfrage",
        paper="2014/0688",
        outcome="zur Kenntnis genommen",
        minutes=[
            Paragraph(
                "resolution",
                "Der Hauptausschuss nimmt den Bericht zur Attraktivität der Durlacher Innenstadt "
                "zur Kenntnis und beauftragt die Verwaltung, die gewonnenen Erkenntnisse bei der "
                "Aufwertung des B-Zentrums Durlach zu berücksichtigen",
            ),
            Paragraph("text", "Der Vorsitzende ruft Tagesordnungspunkt 2 zur Behandlung auf."),
            Paragraph("text", "Bürgermeister Jäger erläutert die Ergebnisse der Umfrage."),
            Paragraph(
                "text",
                "Der Vorsitzende stellt, nachdem keine Wortmeldungen vorliegen, die Kenntnisnahme "
                "des Berichtes und die Beauftragung der Verwaltung zur Aufwertung des "
                "B-Zentrums Durlach fest.",
            ),
        ],
    )
    top3 = AgendaItem(
        "3",
        'Verlegung von Veranstaltungen während der Bauphase Kombilösung:\n"Stadtwerke Eiszeit" '
        "- Konzept Kostenreduzierung",
        paper="2014/0711",
        outcome="4 Nein-Stimmen, Rest Zustimmung",  # Karlsruhe words its results by hand
        minutes=[
            Paragraph(
                "resolution",
                'Der Hauptausschuss stimmt dem Konzept zur Kostenreduzierung der "Stadtwerke '
                'Eiszeit" zu.',
            ),
            Paragraph("text", "Der Vorsitzende ruft Tagesordnungspunkt 3 zur Behandlung auf."),
            Paragraph(
                "text",
                "Es habe einen Antrag gegeben, sich noch einmal mit der Kostenreduzierung zu "
                "beschäftigen. Dem sei man nachgekommen. Es sei einiges an Kostenreduzierung "
                "möglich gewesen.",
            ),
            Paragraph(
                "text",
                "Stadträtin Lisbach (GRÜNE) führt aus, wie auch schon im Aufsichtsrats "
                "Stadtmarketing werde ihre Fraktion den Beschluss heute nicht mittragen. Die "
                "erhöhten Kosten seien im Wesentlichen durch die notwendige Verlagerung aufgrund "
                "der Kombilösung bedingt. Ihr sei die Erhöhung um 0,50 €, die sich über mehrere "
                "Jahre wiederholen werde, insbesondere bei den Kindern und Familien zu hoch.",
            ),
            Paragraph("vote", vote=Vote(8, 4, 0)),
            Paragraph(
                "text",
                "Der Vorsitzende stellt, nachdem keine weiteren Wortmeldungen vorliegen, die "
                "Vorlage zur Abstimmung und schließt anschließend den öffentlichen Teil der "
                "Sitzung.",
            ),
            Paragraph("text", "Schluss der öffentlichen Sitzung: 16:37 Uhr"),
        ],
    )
    return _meeting(
        "Hauptausschuss",
        37,
        dt.date(2014, 7, 15),
        "Großer Sitzungssaal des Rathauses",
        [AgendaItem("1", "Vorab"), top2, top3],
    )


def test_top_2_kenntnisnahme(tmp_path):
    path = _write(_hauptausschuss_2014(), "2", tmp_path)
    assert _lines(path) == [
        *HEAD_HA,
        "2.",
        "Punkt 2 der Tagesordnung: Die Attraktivität der Durlacher Innenstadt - Ergebnisse der "
        "Bürger- und Passantenumfrage",
        "Vorlage: 2014/0688",
        "Beschluss:",
        "Der Hauptausschuss nimmt den Bericht zur Attraktivität der Durlacher Innenstadt zur "
        "Kenntnis und beauftragt die Verwaltung, die gewonnenen Erkenntnisse bei der Aufwertung "
        "des B-Zentrums Durlach zu berücksichtigen",
        "Abstimmungsergebnis:",
        "Kenntnisnahme",
        "Der Vorsitzende ruft Tagesordnungspunkt 2 zur Behandlung auf.",
        "Bürgermeister Jäger erläutert die Ergebnisse der Umfrage.",
        "Der Vorsitzende stellt, nachdem keine Wortmeldungen vorliegen, die Kenntnisnahme des "
        "Berichtes und die Beauftragung der Verwaltung zur Aufwertung des B-Zentrums Durlach "
        "fest.",
        *SIGNATURE,
    ]


def test_top_3_nein_stimmen(tmp_path):
    path = _write(_hauptausschuss_2014(), "3", tmp_path)
    assert _lines(path) == [
        *HEAD_HA,
        "3.",
        "Punkt 3 der Tagesordnung: Verlegung von Veranstaltungen während der Bauphase Kombilösung:",
        '"Stadtwerke Eiszeit" - Konzept Kostenreduzierung',
        "Vorlage: 2014/0711",
        "Beschluss:",
        'Der Hauptausschuss stimmt dem Konzept zur Kostenreduzierung der "Stadtwerke Eiszeit" zu.',
        "Abstimmungsergebnis:",
        "4 Nein-Stimmen, Rest Zustimmung",
        "Der Vorsitzende ruft Tagesordnungspunkt 3 zur Behandlung auf.",
        "Es habe einen Antrag gegeben, sich noch einmal mit der Kostenreduzierung zu "
        "beschäftigen. Dem sei man nachgekommen. Es sei einiges an Kostenreduzierung möglich "
        "gewesen.",
        "Stadträtin Lisbach (GRÜNE) führt aus, wie auch schon im Aufsichtsrats Stadtmarketing "
        "werde ihre Fraktion den Beschluss heute nicht mittragen. Die erhöhten Kosten seien im "
        "Wesentlichen durch die notwendige Verlagerung aufgrund der Kombilösung bedingt. Ihr sei "
        "die Erhöhung um 0,50 €, die sich über mehrere Jahre wiederholen werde, insbesondere bei "
        "den Kindern und Familien zu hoch.",
        "Der Vorsitzende stellt, nachdem keine weiteren Wortmeldungen vorliegen, die Vorlage zur "
        "Abstimmung und schließt anschließend den öffentlichen Teil der Sitzung.",
        "Schluss der öffentlichen Sitzung: 16:37 Uhr",
        *SIGNATURE,
    ]


def test_without_a_typed_result_the_vote_is_said_in_words(tmp_path):
    meeting = _hauptausschuss_2014()
    meeting.agenda[2].outcome = "beschlossen"  # a standard label: the tally speaks
    lines = _lines(_write(meeting, "3", tmp_path))
    assert lines[lines.index("Abstimmungsergebnis:") + 1] == "mehrheitlich bei 4 Gegenstimmen"


LENZ = (
    "Bürgermeister Lenz erläutert, der zweite Bauabschnitt an der Grundschule am Wasserturm "
    "werde realisiert. Der Erweiterungsbau werde sich unmittelbar an die Außenwände des "
    "vorhandenen Schulgebäudes anschließen. Damit müsse für das Bestandgebäude während des "
    "Schulbetriebs mit erheblichen Beeinträchtigungen gerechnet werden. Die möglichen Szenarien "
    "für die Unterbringung der Schule während der Bauphase seien in der Vorlage dargelegt. Die "
    "Verwaltung sehe in der Auslagerung des Schulbetriebs an die Uhlandschule die beste "
    "Möglichkeit, um einen ungestörten Unterrichtsbetrieb zu gewährleisten. Dieser Vorschlag sei "
    "den Eltern, Lehrkräften und der Schulleitung in einem breit angelegten"
)


def test_top_4_aenderungsantrag(tmp_path):
    top4 = AgendaItem(
        "4",
        "Grundschule am Wasserturm",
        paper="2015/0079\ndazu: Änderungsantrag der Stadträte Marc Bernhard und Dr. Paul "
        "Schmidt (AfD) vom 23. Februar 2015\nVorlage : 2015/0138",
        outcome="mehrheitliche Zustimmung (Eine Gegenstimme)",
        minutes=[
            Paragraph(
                "resolution",
                "Der Hauptausschuss beschließt nach Vorberatung im Schulbeirat die kleine "
                "Containerlösung für die Unterbringung der Grundschule am Wasserturm während der "
                "Phase des zweiten Bauabschnitts.",
            ),
            Paragraph(
                "text",
                "Der Vorsitzende ruft Tagesordnungspunkt 4 zur Behandlung auf. Eine Vorberatung "
                "sei im Schulbeirat am 11. Februar 2015 erfolgt. Das Thema sei auch schon im "
                "Gemeinderat am 3. Februar besprochen worden.",
            ),
            Paragraph("text", LENZ),
            Paragraph("motion", "Änderungsantrag der AfD: Unterbringung in Containern."),
            Paragraph("vote", vote=Vote(1, 11, 0, label="zum Änderungsantrag der AfD")),
        ],
    )
    meeting = _meeting(
        "Hauptausschuss",
        4,
        dt.date(2015, 2, 24),
        "Großer Sitzungssaal des Rathauses",
        [AgendaItem(str(n), f"Punkt {n}") for n in (1, 2, 3)] + [top4],
    )
    lines = _lines(_write(meeting, "4", tmp_path))
    expected = [
        "NIEDERSCHRIFT",
        "Stadt Karlsruhe",
        "Gremium: 4. Sitzung Hauptausschuss",
        "Termin: 24. Februar 2015, 16:30 Uhr",
        "öffentlich",
        "Ort: Großer Sitzungssaal des Rathauses",
        "Vorsitzende/r: Oberbürgermeister Dr. Frank Mentrup",
        "4.",
        "Punkt 4 der Tagesordnung: Grundschule am Wasserturm",
        "Vorlage: 2015/0079",
        "dazu: Änderungsantrag der Stadträte Marc Bernhard und Dr. Paul Schmidt (AfD) vom "
        "23. Februar 2015",
        "Vorlage : 2015/0138",
        "Beschluss:",
        "Der Hauptausschuss beschließt nach Vorberatung im Schulbeirat die kleine Containerlösung "
        "für die Unterbringung der Grundschule am Wasserturm während der Phase des zweiten "
        "Bauabschnitts.",
        "Abstimmungsergebnis:",
        "mehrheitliche Zustimmung (Eine Gegenstimme)",
        "Der Vorsitzende ruft Tagesordnungspunkt 4 zur Behandlung auf. Eine Vorberatung sei im "
        "Schulbeirat am 11. Februar 2015 erfolgt. Das Thema sei auch schon im Gemeinderat am "
        "3. Februar besprochen worden.",
        LENZ,
    ]
    assert lines[: len(expected)] == expected
    # where the source is cut off, the amendment typed later follows, with its result
    assert lines[len(expected) : len(expected) + 2] == [
        "Änderungsantrag der AfD: Unterbringung in Containern.",
        "Abstimmung zum Änderungsantrag der AfD: abgelehnt bei 1 Ja-Stimme und 11 Gegenstimmen",
    ]


def test_top_24_verweisung_as_25th_item_of_the_plenary(tmp_path):
    title = (
        "Städteplanerische Betrachtung Nordstadt westliche der Erzbergerstraße, östlich des Alten "
        "Flugplatzes, zwischen New-York-Straße und Lilienthalstraße\n"
        "Antrag der Stadträte Lüppo Cramer und Dr. Eberhard Fischer, der Stadträtin Margot "
        "Döring (KAL) sowie der KAL-Gemeinderatsfraktion vom 13. Februar 2014\n"
        "Vorlage 2014/0414\n"
        "dazu:\n"
        "Neuer preiswerter Wohnraum in der Nordstadt\n"
        "Ergänzungsantrag der Stadträtinnen Baitinger und Angela Geiger, der Stadträte Jürgen "
        "Marin, Michael Zeh, Dr. Heinrich Maul und Hans Pfalzgraf (SPD) sowie der "
        "SPD-Gemeinderatsfraktion vom 12. März 2014"
    )
    speech = (
        "Stadtrat Cramer (KAL): Das C-Areal der Nordstadt ist nach der Konversionsfläche der "
        "heutigen Südstadt-Ost eines der großen Gebiete, die jetzt in den nächsten Jahren neu "
        "geordnet werden, die neu bebaut werden. Das ist entweder sehr bekannt oder überhaupt "
        "nicht bekannt, je nachdem, aus welcher Sicht man es sieht. Es ist bekannt, dass"
    )
    top24 = AgendaItem(
        "24",
        title,
        paper="2014/0468",
        outcome="verwiesen",
        minutes=[
            Paragraph("resolution", "Verweisung in den Planungsausschuss"),
            Paragraph(
                "text",
                "Der Vorsitzende ruft Tagesordnungspunkt 24 zur Behandlung auf und verweist auf "
                "die vorliegenden Stellungnahmen der Verwaltung.",
            ),
            Paragraph("text", speech),
        ],
    )
    # 25th on the agenda: an item 6.1 stands before it
    agenda = [AgendaItem(str(n), f"Punkt {n}") for n in range(1, 24)]
    agenda.insert(6, AgendaItem("6.1", "Punkt 6.1"))
    meeting = _meeting(
        "Gemeinderat", 59, dt.date(2014, 3, 18), "Bürgersaal des Rathauses", agenda + [top24]
    )
    lines = _lines(_write(meeting, "24", tmp_path))
    expected = [
        "NIEDERSCHRIFT",
        "Stadt Karlsruhe",
        "Gremium: 59. Plenarsitzung Gemeinderat",
        "Termin: 18. März 2014, 15:30 Uhr",
        "öffentlich",
        "Ort: Bürgersaal des Rathauses",
        "Vorsitzende/r: Oberbürgermeister Dr. Frank Mentrup",
        "25.",
        "Punkt 24 der Tagesordnung: Städteplanerische Betrachtung Nordstadt westliche der "
        "Erzbergerstraße, östlich des Alten Flugplatzes, zwischen New-York-Straße und "
        "Lilienthalstraße",
        *title.split("\n")[1:],
        "Vorlage: 2014/0468",
        "Beschluss:",
        "Verweisung in den Planungsausschuss",
        "Abstimmungsergebnis:",
        "Keine Abstimmung (verwiesen)",  # Karlsruhe's file: "Keine Abstimmung"; the outcome added
        "Der Vorsitzende ruft Tagesordnungspunkt 24 zur Behandlung auf und verweist auf die "
        "vorliegenden Stellungnahmen der Verwaltung.",
        speech,
    ]
    assert lines[: len(expected)] == expected


BUDGET_SPEECHES = [
    "Stadträtin Dr. Leidig (GRÜNE): Dem Gemeinderat wurde 2013 mitgeteilt, dass eine finanzielle "
    "Unterstützung der Majolika durch die Stadt Karlsruhe für einen begrenzten Zeitraum notwendig "
    "sei. Und tatsächlich zeichnete sich auch eine Verbesserung ab. Der Wirtschaftsplan für 2014 "
    "sah ein Defizit von 120.000 € vor und eine Umsatzsteigerung von 30 %. Aber dennoch soll der "
    "Zuschuss für 2015 und 2016 jetzt jeweils 160.000 € betragen. Wir treiben hier entgegen den "
    "Versprechungen der Verwaltung von vor zwei Jahren in eine steigende Dauersubventionierung "
    "hinein, der wir durch eine Kürzung entgegenwirken wollen. Gemeinsamt mit der SPD beantragten "
    "wir daher eine Zuschussredaktion auf das für 2014 im Wirtschaftsplan der Majolika "
    "vorhergesagte Defizitniveau.",
    "Stadtrat Dr. Käuflein (CDU): Die CDU kann die Ungeduld der Antragsteller, der SPD und der "
    "Grünen, verstehen. Gleichwohl ist es nicht ganz zutreffend, dass die Subventionierung stetig "
    "steigt. Was wir wollen, ist, dass nicht gekürzt wird. Es soll also in 2015 und 2016 der "
    "Zuschuss fließen in der Höhe des Jahres 2013. Für 2014 war in der Tat eine Kürzung "
    "angedacht, die aber dann wieder zurückgenommen wurde. Wir wollen also nichts anderes, als "
    "dass in 2015 und 2016 das gezahlt wird, was in 2013 und 2014 als Zuschuss geflossen ist.",
    "Wir haben einen Antrag gestellt, der vielleicht eine Vermittlungsmöglichkeit ist, einen "
    "Kompromiss darstellt. Wir haben gesagt, wir knüpfen diesen Zuschuss, diesen unveränderten "
    "Zuschuss, an einen Sperrvermerk, einen Sperrvermerk dahin gehend, dass uns als Stadt ein "
    "plausibler Wirtschaftsplan vorgelegt wird. Wir haben seit 2011 eine neue Organisationsform "
    "der Majolika mit einer Stiftung, die alleiniger Gesellschafter einer GmbH ist. Ich glaube, "
    "wir müssen unserer Majolika einfach noch ein bisschen Zeit geben. Ich bin zuversichtlich, "
    "dass wir auf die Dauer und im Ganzen betrachtet von diesem hohen Zuschuss herunterkommen, "
    "aber im Augenblick sehe ich das nicht, und so bitte ich die Antragsteller, unserem "
    "Kompromissvorschlag mit dem Sperrvermerk zuzustimmen. Wenn ein plausibler Wirtschaftsplan "
    "vorgelegt wird, geben wir das Geld frei.",
    "Wer am Samstag in Bruchsal bei der Präsentation der 300 Bambi-Stelen zum Stadtgeburtstag von "
    "Professor Ude war, der weiß oder hat augenscheinlich gesehen, welches Potenzial in der "
    "Majolika steckt. Oder denken Sie jetzt an diese Serie von Bechern zum Stadtgeburtstag und, "
    "und, und. Ich glaube, die Majolika ist auf einem guten Weg, und ich bin zuversichtlich, dass "
    "wir in mittlerer oder längerer Frist von dem Zuschuss runterkommen, aber jetzt für 2015/16 "
    "bitten wir darum, dass der Zuschuss noch einmal wie in 2013/14 fließen kann – verknüpft mit "
    "einem Sperrvermerk. Das ist unser Kompromissvorschlag.",
    "Stadträtin Ernemann (SDP): Ich kann mich dem Kollegen Dr. Käuflein anschließen. Wir sehen "
    "von unserer Kürzung ab, bestehen aber auf einem Sperrvermerk, auch aus den Gründen, die der "
    "Kollege Dr. Käuflein genannt. Die Majolika leistet gerade jetzt im Jahr des Stadtjubiläums "
    "einen enormen Beitrag.",
    'Die Erinnerungsstelen „To Bambi" sind ein Beispiel, auch aktuell – ich glaube, heute steht '
    "es in der Zeitung – ein Baustellenbecher, der kreiert wird, also sehr innovativ und "
    "einfallsreich. Die Majolika leistet also einen enormen Beitrag, insofern ist bei uns in der "
    "Fraktion ein Umdenken entstanden, und wir lehnen die Kürzung ab, aber beharren auf dem "
    "Sperrvermerk, um uns ein Konzept der Majolika vorlegen zu lassen und dann im Hauptausschuss "
    "noch einmal darüber zu reden.",
    "Stadtrat Wenzel (FW): Ich bedanke mich bei der Kollegin Ernemann für diesen Schwenk. Die "
    "Majolika wird – da bin ich mir sicher – wie Kollege Dr. Käuflein es gesagt hat, in der "
    "Zukunft positiv sein, und deshalb ist dieser Schritt mit diesem Sperrvermerk der, den ich an "
    "dieser Stelle mittragen werde.",
    "Stadtrat Dr. Schmidt (AfD): Herr Herlan, der neuer Geschäftsführer ist, ist international "
    "anerkannt als Sanierer. Das ist wirklich eine sehr gute Persönlichkeit für diese Position, "
    "aber er kann auch nicht zaubern, er braucht eine gewisse Zeit, um die nötigen Veränderungen "
    "umzusetzen. Bitte geben Sie ihm diese Zeit.",
    "Der Vorsitzende: Jetzt hat sich die SPD von der Kürzung zurückgezogen. Wir hatten einen "
    "gemeinsamen Antrag von SPD und den Grünen. Die Grünen haben ihren Kürzungsvorschlag "
    "begründet. Weil das der weitergehendere Antrag ist, stimmen wir über den zunächst ab, und "
    "ich bitte um das Kartenzeichen für den Antrag der Grünen. – Bei 12 Ja-Stimmen und einer "
    "Enthaltung ist der Antrag mehrheitlich abgelehnt.",
    "Jetzt kommt der Antrag mit dem Sperrvermerk, beantragt von der CDU, dem beigetreten die "
    "SPD. – Das sind fast alle außer mir, zwei Enthaltungen. Damit ist das so angenommen.",
]


def test_budget_debate_extract_with_bias(tmp_path):
    """An item without number (a motion of the budget debate) is an "Auszug aus dem Protokoll"."""
    heilgeist = Member("heilgeist", "Heilgeist", "Herr", "Stadtrat Dr.", "", "member", True)
    item = AgendaItem(
        "",
        "Antrag Nr. 81 (S. 174): Majolika Manufaktur (SPD, GRÜNE)\n"
        "Antrag Nr. 82 (S. 174): Sperrvermerk Majolika Manufaktur 40:000 €/Jahr (CDU)",
        excluded=["heilgeist"],
        minutes=[
            Paragraph(
                "text",
                "Da geht es einmal um eine Reduzierung des Zuschusses und einmal um einen "
                "Sperrvermerk.",
            ),
            Paragraph("text", "Herr Stadtrat Dr. Heilgeist hat sich als befangen erklärt."),
            *[Paragraph("text", speech) for speech in BUDGET_SPEECHES],
            Paragraph("vote", vote=Vote(12, 30, 1, label="zum Antrag der Grünen")),
        ],
    )
    meeting = _meeting("Gemeinderat", 9, dt.date(2015, 3, 3), "Bürgersaal des Rathauses", [item])
    meeting.start = "09:00"
    meeting.committee.members.append(heilgeist)
    lines = _lines(_write(meeting, "", tmp_path))
    assert lines == [
        "NIEDERSCHRIFT",
        "Stadt Karlsruhe",
        "Gremium: 9. Plenarsitzung Gemeinderat",
        "Termin: 3. März 2015, 09:00 Uhr",
        "öffentlich",
        "Ort: Bürgersaal des Rathauses",
        "Vorsitzende/r: Oberbürgermeister Dr. Frank Mentrup",
        "Auszug aus dem Protokoll",
        "(...)",
        "Antrag Nr. 81 (S. 174): Majolika Manufaktur (SPD, GRÜNE)",
        "Antrag Nr. 82 (S. 174): Sperrvermerk Majolika Manufaktur 40:000 €/Jahr (CDU)",
        "Da geht es einmal um eine Reduzierung des Zuschusses und einmal um einen Sperrvermerk.",
        "Herr Stadtrat Dr. Heilgeist hat sich als befangen erklärt.",
        *BUDGET_SPEECHES,
        "(...)",
    ]


@pytest.mark.parametrize("secretary, line", [("Herr Kunz", "Der Schriftführer:")])
def test_the_signature_names_the_secretary_as_he_or_she_is(tmp_path, secretary, line):
    settings = Settings(signing_date="09.09.2014", layout="karlsruhe", secretary_name=secretary)
    lines = _lines(_write(_hauptausschuss_2014(), "2", tmp_path, settings))
    assert lines[-4:] == [
        "Zur Beurkundung:",
        line,
        "Hauptamt - Ratsangelegenheiten",
        "9. September 2014",
    ]


def test_head_without_start_time_or_place_leaves_them_out(tmp_path):
    meeting = _hauptausschuss_2014()
    meeting.start, meeting.location = None, ""
    lines = _lines(_write(meeting, "2", tmp_path))
    assert lines[3:5] == ["Termin: 15. Juli 2014", "öffentlich"]
    assert not any(line.startswith("Ort:") for line in lines)
