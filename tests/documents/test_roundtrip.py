"""Every field comes back from the .docx as typed, markup characters and umlauts included."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretary_app.documents import write_extract, write_minutes
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

NASTY = "& < > „ “ ' \" \t äöüÄÖÜß"


def _meeting() -> Meeting:
    members = [
        Member("v", f"Vögele{NASTY}", "Frau", f"Dr.{NASTY}", f"Fraktion{NASTY}", "chair"),
        Member("x", f"Öztürk{NASTY}", "Herr", "", "", "member"),
    ]
    committee = Committee(
        f"Ausschuss für Ärger{NASTY}",
        kind="advisory",
        assembly=f"Stadtverordnetenversammlung{NASTY}",
        members=members,
    )
    item = AgendaItem(
        number=f"7.1{NASTY}",
        title=f"Titel{NASTY}",
        paper=f"Vorlage{NASTY}",
        outcome=f"Ergebnis{NASTY}",
        excluded=["x"],
        minutes=[
            Paragraph("text", f"Text{NASTY}\nzweite Zeile"),
            Paragraph("motion", f"Antrag{NASTY}"),
            Paragraph("resolution", f"Beschluss{NASTY}"),
            Paragraph("vote", vote=Vote(1, 0, 0, "roll-call", f"Label{NASTY}", {"v": "yes"})),
        ],
    )
    return Meeting(
        committee=committee,
        number=3,
        date=dt.date(2020, 2, 29),
        start="09:05",
        end="11:00",
        location=f"Raum{NASTY}",
        attendance=[Attendance("v", True, arrived="09:10", note=f"Notiz{NASTY}")],
        agenda=[item],
    )


SETTINGS = Settings(
    place=f"Görlitz{NASTY}",
    secretary_name=f"Frau Schreiber{NASTY}",
    secretary_role=f"Schriftführerin{NASTY}",
)


def test_extract_gives_every_field_back_unchanged(tmp_path: Path):
    meeting = _meeting()
    item = meeting.agenda[0]
    doc = read_docx(write_extract(meeting, item, tmp_path / "a.docx", settings=SETTINGS))
    paragraphs = [p.text for p in doc.paragraphs]
    chair = meeting.committee.members[0]
    expected_in_order = [
        f"3. öffentlichen Sitzung des Ausschusses für Ärger{NASTY}",
        "vom 29.02.2020",
        f"Top 7.1{NASTY} Titel{NASTY}",
        f"Vorlage{NASTY}",
        f"Ergebnis{NASTY}",
        f"Text{NASTY}\nzweite Zeile",
        f"Antrag{NASTY}",
        f"Der Ausschuss für Ärger{NASTY} empfiehlt der Stadtverordnetenversammlung{NASTY} wie "
        "folgt zu beschließen:",
        f"Beschluss{NASTY}",
        f"Abstimmungsergebnis Label{NASTY}:",
        "Zustimmung:\t1",
        f"Mit Ja stimmte: {chair.display_name}.",
        f"Wegen Befangenheit nahm nicht teil: Herr Öztürk{NASTY}.",
        f"Görlitz{NASTY}, den 29.02.2020",
        f"Frau Schreiber{NASTY}",
        f"Schriftführerin{NASTY}",
    ]
    positions = [paragraphs.index(text) for text in expected_in_order]
    assert positions == sorted(positions)
    assert chair.display_name == f"Frau Dr.{NASTY} Vögele{NASTY}"
    props = doc.core_properties
    assert props.title == f"Protokollauszug TOP 7.1{NASTY} Titel{NASTY}"
    assert props.author == f"Frau Schreiber{NASTY}"


def test_minutes_give_every_field_back_unchanged(tmp_path: Path):
    meeting = _meeting()
    doc = read_docx(write_minutes(meeting, tmp_path / "n.docx", settings=SETTINGS))
    paragraphs = [p.text for p in doc.paragraphs]
    chair = meeting.committee.members[0]
    for text in (
        f"über die 3. öffentliche Sitzung des Ausschusses für Ärger{NASTY}",
        "Beginn:\t09:05 Uhr",
        "Ende:\t11:00 Uhr",
        f"Ort:\tRaum{NASTY}",
        f"{chair.display_name}, Fraktion{NASTY} (Vorsitz) – ab 09:10 Uhr – Notiz{NASTY}",
        f"Herr Öztürk{NASTY}",
        f"7.1{NASTY}\tTitel{NASTY}\nVorlage{NASTY}",
        f"Top 7.1{NASTY} Titel{NASTY}",
        f"Beschluss{NASTY}",
        f"{chair.display_name}\tFrau Schreiber{NASTY}",
        f"Vorsitzende\tSchriftführerin{NASTY}",
    ):
        assert text in paragraphs


def test_text_pasted_from_word_with_control_characters_is_written(tmp_path: Path):
    meeting = _meeting()
    item = meeting.agenda[0]
    item.minutes = [Paragraph("text", "Zeile 1\vZeile 2\x00\x07 Ende\r\nneu")]
    doc = read_docx(write_extract(meeting, item, tmp_path / "a.docx"))
    assert "Zeile 1\nZeile 2 Ende\nneu" in [p.text for p in doc.paragraphs]


# Any text the secretary can type: every printable character, tabs and line breaks; no XML-
# forbidden control characters (those are dropped, see the test above), no lone surrogates.
TYPED = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn"), whitelist_characters="\t\n"),
    min_size=1,
    max_size=60,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TYPED, kind=st.sampled_from(["text", "motion", "resolution"]))
def test_any_typed_paragraph_comes_back_unchanged(tmp_path: Path, text: str, kind: str):
    meeting = _meeting()
    item = meeting.agenda[0]
    item.minutes = [Paragraph(kind, text)]
    doc = read_docx(write_extract(meeting, item, tmp_path / "h.docx"))
    assert text in [p.text for p in doc.paragraphs]
