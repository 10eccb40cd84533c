"""A sample meeting that uses every value of the contract: what "Vorlage prüfen" renders."""

from __future__ import annotations

import datetime as dt

from ..domain.model import (
    AgendaItem,
    Attendance,
    Committee,
    Interruption,
    Meeting,
    Member,
    Paragraph,
    Vote,
)


def sample_meeting() -> Meeting:
    """Public and non-public items, every paragraph kind, open/roll-call/secret votes, bias."""
    members = [
        Member("vogel", "Vogel", "Frau", "Dr.", "SPD", "chair", True),
        Member("adler", "Adler", "Herr", "", "CDU", "member", True),
        Member("becker", "Becker", "Frau", "", "Grüne", "member", True),
        Member("crone", "Crone", "Herr", "", "Linke", "member", True),
        Member("dietz", "Dietz", "Frau", "", "FDP", "member", True),
        Member("engel", "Engel", "Herr", "", "", "administration", False),
    ]
    committee = Committee("Ausschuss für Beispiele", kind="advisory", members=members)
    attendance = [
        Attendance("vogel", True),
        Attendance("adler", True, arrived="17:25"),
        Attendance("becker", True, left="18:40"),
        Attendance("crone", True),
        Attendance("dietz", False, note="entschuldigt"),
        Attendance("engel", True),
    ]
    items = [
        AgendaItem(
            "1",
            "Eröffnung der Sitzung",
            minutes=[Paragraph("text", "Frau Dr. Vogel eröffnet die Sitzung.", speaker="vogel")],
        ),
        AgendaItem(
            "2",
            "Haushaltssatzung",
            paper="24/SVV/0100",
            paper_type="Beschlussvorlage",
            department="Fachbereich Finanzen",
            originator="Oberbürgermeisterin",
            outcome="geändert beschlossen",
            excluded=["crone"],
            minutes=[
                Paragraph("text", "Herr Engel erläutert die Vorlage.", speaker="engel"),
                Paragraph("motion", "Änderungsantrag: Ansatz um 5 % kürzen."),
                Paragraph("vote", vote=Vote(3, 1, 0, "open", "zum Änderungsantrag", time="18:05")),
                Paragraph("resolution", "Die Haushaltssatzung wird beschlossen."),
                Paragraph("resolution", "Der Ansatz wird um 5 % gekürzt."),
                Paragraph(
                    "vote",
                    vote=Vote(
                        2,
                        1,
                        1,
                        "roll-call",
                        "",
                        {"vogel": "yes", "becker": "yes", "adler": "no", "dietz": "abstain"},
                    ),
                ),
            ],
        ),
        AgendaItem(
            "3",
            "Wahl einer Vertretung",
            outcome="beschlossen",
            minutes=[
                Paragraph("resolution", "Herr Adler wird gewählt."),
                Paragraph("vote", vote=Vote(3, 0, 1, "secret")),
            ],
        ),
        AgendaItem("4", "Mitteilungen", outcome="zur Kenntnis genommen"),
        AgendaItem(
            "5",
            "Grundstücksangelegenheit",
            paper="24/SVV/0200",
            public=False,
            outcome="abgelehnt",
            minutes=[
                Paragraph("text", "Die Verwaltung berichtet."),
                Paragraph("vote", vote=Vote(1, 3, 0)),
            ],
        ),
    ]
    return Meeting(
        committee=committee,
        number=1,
        date=dt.date(2024, 1, 16),
        start="17:00",
        end="19:12",
        location="Raum 1",
        address="Marktplatz 1, 12345 Musterstadt",
        secretary="Frau Beispiel",
        attendance=attendance,
        interruptions=[Interruption("18:10", "18:25", "Pause")],
        agenda=items,
    )
