"""Fixtures for the document writers: a richer meeting and a reader that sees what Word shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from secretary_app.domain.model import (
    AgendaItem,
    Attendance,
    Committee,
    Meeting,
    Member,
    Paragraph,
    Vote,
)


def _bold(style: Any) -> bool | None:
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return None


def effective_bold(paragraph: Any, run: Any) -> bool:
    """Bold as Word renders it: direct formatting, else character style, else paragraph style."""
    if run.bold is not None:
        return bool(run.bold)
    for style in (run.style, paragraph.style):
        found = _bold(style)
        if found is not None:
            return found
    return False


def segments(paragraph: Any) -> list[tuple[str, bool]]:
    """The paragraph as (text, bold) pieces, neighbouring runs of equal boldness merged."""
    out: list[tuple[str, bool]] = []
    for run in paragraph.runs:
        bold = effective_bold(paragraph, run)
        if out and out[-1][1] == bold:
            out[-1] = (out[-1][0] + run.text, bold)
        elif run.text:
            out.append((run.text, bold))
    return out


def read_docx(path: Path) -> Any:
    import docx

    return docx.Document(str(path))


def texts(path: Path) -> list[str]:
    return [p.text for p in read_docx(path).paragraphs]


@pytest.fixture
def rich_meeting() -> Meeting:
    """A deciding committee, public and non-public items, roll-call, secret vote, bias, times."""
    members = [
        Member("vogel", "Vogel", "Frau", "Dr.", "SPD", "chair", True),
        Member("adler", "Adler", "Herr", "", "CDU", "member", True),
        Member("becker", "Becker", "Frau", "", "Grüne", "member", True),
        Member("crone", "Crone", "Herr", "", "Linke", "member", True),
        Member("dietz", "Dietz", "Frau", "", "FDP", "member", True),
        Member("engel", "Engel", "Herr", "", "", "administration", False),
    ]
    committee = Committee("Hauptausschuss", kind="deciding", members=members)
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
            "Eröffnung und Feststellung der Beschlussfähigkeit",
            minutes=[
                Paragraph(
                    "text",
                    "Frau Dr. Vogel eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.",
                ),
            ],
        ),
        AgendaItem(
            "2",
            "Haushaltssatzung 2017",
            paper="16/SVV/0100",
            outcome="beschlossen",
            excluded=["crone"],
            minutes=[
                Paragraph("text", "Herr Engel erläutert die Vorlage."),
                Paragraph("motion", "Änderungsantrag der Fraktion CDU: Ansatz um 5 % kürzen."),
                Paragraph("vote", vote=Vote(1, 2, 0, "open", "zum Änderungsantrag der CDU")),
                Paragraph("resolution", "Die Haushaltssatzung 2017 wird beschlossen."),
                Paragraph(
                    "vote",
                    vote=Vote(
                        2,
                        1,
                        0,
                        "roll-call",
                        "",
                        {"vogel": "yes", "becker": "yes", "adler": "no"},
                    ),
                ),
            ],
        ),
        AgendaItem(
            "3",
            "Wahl eines Vertreters",
            outcome="beschlossen",
            minutes=[
                Paragraph("resolution", "Herr Adler wird gewählt."),
                Paragraph("vote", vote=Vote(3, 0, 1, "secret")),
            ],
        ),
        AgendaItem(
            "4",
            "Grundstücksangelegenheit",
            paper="16/SVV/0200",
            public=False,
            outcome="vertagt",
            minutes=[
                Paragraph("text", "Die Angelegenheit wird vertagt."),
            ],
        ),
    ]
    return Meeting(
        committee=committee,
        number=5,
        date=dt.date(2017, 3, 2),
        start="17:00",
        end="19:12",
        location="Raum 280a",
        attendance=attendance,
        agenda=items,
    )
