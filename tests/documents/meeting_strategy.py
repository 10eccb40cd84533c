"""Generated meetings for the document tests: what real sessions bring, in every combination.

Attendance that changes (late arrivals, early departures, excused absences), interruptions,
public and non-public items, several votes per item of every kind (final, amendment,
procedural), open, roll-call and secret votes with counts that fit those present, bias
exclusions, motions and resolutions. Texts carry no digits, so a count found in a document is
a count the document printed.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from secretary_app.domain.model import (
    AgendaItem,
    Attendance,
    Committee,
    Interruption,
    Meeting,
    Member,
    Paragraph,
    Vote,
)

SURNAMES = (
    "Adler", "Becker", "Crone", "Dietz", "Engel", "Fuchs", "Gruber", "Hähnel", "Illner",
    "Jansen", "Krüger", "Lorenz", "Möller", "Neumann", "Öztürk", "Peters",
)  # fmt: skip
FACTIONS = ("SPD", "CDU", "Grüne", "Linke", "FDP", "Freie Wähler", "")
TITLES = (
    "Bebauungsplan Am Mühlenteich", "Sanierung der Grundschule Nord",
    "Haushaltssatzung und Stellenplan", "Radverkehrskonzept Innenstadt",
    "Benennung einer Straße im Neubaugebiet", "Kita-Bedarfsplanung",
    "Zuschuss für den Sportverein", "Anfrage zur Straßenbeleuchtung",
    "Vergabe der Reinigungsleistungen", "Grundstücksverkauf an der Lindenallee",
    "Personalangelegenheit einer Amtsleitung", "Mitteilungen der Verwaltung",
    "Jahresabschluss der Stadtwerke", "Wahl eines stellvertretenden Mitglieds",
)  # fmt: skip
SENTENCES = (
    "erläutert die Vorlage und beantwortet Fragen.",
    "weist darauf hin, dass die Mittel im Haushalt eingestellt sind.",
    "schlägt vor, die Anlieger frühzeitig zu beteiligen.",
    "fragt nach dem Stand der Ausschreibung.",
    "erklärt, dass die Fraktion dem Antrag zustimmen wird.",
    "bittet um eine schriftliche Stellungnahme der Verwaltung.",
)  # fmt: skip
MOTIONS = (
    "Änderungsantrag: Der Beschlussvorschlag wird um eine jährliche Berichtspflicht ergänzt.",
    "Antrag auf Vertagung in die nächste Sitzung.",
    "Antrag auf Verweisung in den Fachausschuss.",
    "Der Ansatz für Unterhaltung wird um einen Teilbetrag gekürzt.",
)
RESOLUTIONS = (
    "Die Verwaltung wird beauftragt, das Vorhaben wie vorgelegt umzusetzen.",
    "Der Ausschuss stimmt dem Entwurf in der geänderten Fassung zu.",
    "Die Vergabe erfolgt an den wirtschaftlichsten Bieter.",
    "Der Bericht der Verwaltung wird zur Kenntnis genommen.",
)
LABELS = ("", "", "zum Änderungsantrag der Fraktion", "zum geänderten Antrag", "zur Vertagung",
          "über die Verweisung in den Fachausschuss")  # fmt: skip
OUTCOMES = ("beschlossen", "geändert beschlossen", "abgelehnt", "vertagt", "verwiesen",
            "zur Kenntnis genommen", "")  # fmt: skip


@st.composite
def committees(draw: st.DrawFn) -> Committee:
    size = draw(st.integers(min_value=4, max_value=9))
    names = draw(st.lists(st.sampled_from(SURNAMES), min_size=size, max_size=size, unique=True))
    members = [
        Member(
            key=name.lower(),
            name=name,
            salutation=draw(st.sampled_from(("Frau", "Herr"))),
            title=draw(st.sampled_from(("", "", "Dr."))),
            faction=draw(st.sampled_from(FACTIONS)),
            role="chair" if i == 0 else "member",
            voting=True,
        )
        for i, name in enumerate(names)
    ]
    members.append(Member("verwaltung", "Quast", "Herr", "", "", "administration", False))
    kind = draw(st.sampled_from(("advisory", "deciding")))
    return Committee("Ausschuss für Stadtentwicklung", kind=kind, members=members)


def _vote(draw: st.DrawFn, voters: list[str], label: str) -> Vote:
    method = draw(st.sampled_from(("open", "open", "roll-call", "secret")))
    if method == "roll-call":
        ballots = {
            key: draw(st.sampled_from(("yes", "yes", "no", "abstain")))
            for key in draw(st.lists(st.sampled_from(voters), unique=True, min_size=1))
        } if voters else {}  # fmt: skip
        answers = list(ballots.values())
        return Vote(
            answers.count("yes"), answers.count("no"), answers.count("abstain"),
            method, label, ballots,
        )  # fmt: skip
    yes = draw(st.integers(min_value=0, max_value=len(voters)))
    no = draw(st.integers(min_value=0, max_value=len(voters) - yes))
    abstain = draw(st.integers(min_value=0, max_value=len(voters) - yes - no))
    return Vote(yes, no, abstain, method, label)


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    committee = draw(committees())
    attendance = []
    present: list[str] = []
    for member in committee.members:
        here = member.role == "chair" or draw(st.booleans()) or draw(st.booleans())
        arrived = draw(st.sampled_from((None, None, "17:25", "17:40"))) if here else None
        left = draw(st.sampled_from((None, None, None, "19:05"))) if here else None
        note = "" if here else draw(st.sampled_from(("entschuldigt", "", "erkrankt")))
        attendance.append(Attendance(member.key, here, arrived, left, note))
        if here and member.voting:
            present.append(member.key)
    interruptions = draw(
        st.lists(st.sampled_from((Interruption("18:10", "18:25", "Beratungspause"),
                                  Interruption("18:50", "18:55"))),
                 max_size=2, unique_by=lambda i: i.start)
    )  # fmt: skip
    titles = draw(st.lists(st.sampled_from(TITLES), min_size=2, max_size=6, unique=True))
    agenda = []
    for number, title in enumerate(titles, start=1):
        excluded = draw(st.lists(st.sampled_from(present[1:]), max_size=1)) if present[1:] else []
        voters = [k for k in present if k not in excluded]
        minutes = []
        for _ in range(draw(st.integers(min_value=0, max_value=6))):
            kind = draw(st.sampled_from(("text", "text", "motion", "resolution", "vote")))
            if kind == "text":
                speaker = draw(st.sampled_from(present)) if present else None
                minutes.append(Paragraph("text", draw(st.sampled_from(SENTENCES)), speaker))
            elif kind == "motion":
                minutes.append(Paragraph("motion", draw(st.sampled_from(MOTIONS))))
            elif kind == "resolution":
                minutes.append(Paragraph("resolution", draw(st.sampled_from(RESOLUTIONS))))
            else:
                label = draw(st.sampled_from(LABELS))
                minutes.append(Paragraph("vote", vote=_vote(draw, voters, label)))
        agenda.append(
            AgendaItem(
                number=str(number),
                title=title,
                paper=draw(st.sampled_from(("", "DS 91/2026", "A0147/26"))),
                public=draw(st.booleans()) or number == 1,
                outcome=draw(st.sampled_from(OUTCOMES)),
                excluded=excluded,
                minutes=minutes,
            )
        )
    # the non-public part follows the public one, as the agenda orders them
    agenda.sort(key=lambda item: not item.public)
    for position, item in enumerate(agenda, start=1):
        item.number = str(position)
    parts = ["public"] + (["non-public"] if any(not i.public for i in agenda) else [])
    return Meeting(
        committee=committee,
        number=draw(st.integers(min_value=1, max_value=40)),
        date=dt.date(2026, 3, 1) + dt.timedelta(days=draw(st.integers(0, 300))),
        start="17:00",
        end="19:30",
        location=draw(st.sampled_from(("Rathaus, Ratssaal", "Stadthaus, Raum A"))),
        parts=parts,
        attendance=attendance,
        interruptions=interruptions,
        agenda=agenda,
    )
