"""The agenda part of a Word invitation: a table, or numbered paragraphs (made with python-docx)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from secretary_app.formats.agenda import AgendaFormatError, read_agenda


def _save(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _letter_head(d) -> None:
    d.add_paragraph("Landeshauptstadt Potsdam · Der Oberbürgermeister")
    d.add_paragraph("14461 Potsdam, 31.05.2016")
    d.add_paragraph("1 Anlage")
    d.add_paragraph(
        "Einladung zur 21. Sitzung des Ausschusses für Gesundheit, Soziales und Inklusion"
    )
    d.add_paragraph("Sehr geehrte Damen und Herren, hiermit lade ich Sie ein.")


def _rows(items):
    return [(i.number, i.title, i.paper, i.public) for i in items]


def test_invitation_with_agenda_table(tmp_path: Path):
    d = docx.Document()
    _letter_head(d)
    d.add_paragraph("Tagesordnung")
    t = d.add_table(rows=1, cols=4)
    for cell, text in zip(
        t.rows[0].cells, ["TOP", "Gegenstand", "Drucksache", "ö/nö"], strict=True
    ):
        cell.text = text
    rows = [
        ("1", "Eröffnung und Feststellung der Tagesordnung", "", "ö"),
        ("7.1", "Soziale Arbeit mit Flüchtlingen", "15/SVV/0743", "ö"),
        ("", "Fortsetzung: Bericht der Integrationsbeauftragten", "", ""),
        ("9", "Grundstücksangelegenheiten", "DS 16/SVV/0012", "nö"),
    ]
    for values in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    t.rows[2].cells[1].add_paragraph("Fraktion DIE LINKE")
    d.add_paragraph("Mit freundlichen Grüßen")
    f = tmp_path / "einladung.docx"
    f.write_bytes(_save(d))
    result = read_agenda(f)
    assert result.fmt == "docx"
    assert _rows(result.items) == [
        ("1", "Eröffnung und Feststellung der Tagesordnung", "", True),
        (
            "7.1",
            "Soziale Arbeit mit Flüchtlingen Fortsetzung: Bericht der Integrationsbeauftragten "
            "(Fraktion DIE LINKE)",
            "15/SVV/0743",
            True,
        ),
        ("9", "Grundstücksangelegenheiten", "16/SVV/0012", False),
    ]


def test_invitation_with_word_numbered_paragraphs_and_part_headings():
    d = docx.Document()
    _letter_head(d)
    d.add_paragraph("Tagesordnung:")
    d.add_paragraph("Öffentlicher Teil")
    d.add_paragraph("Eröffnung der Sitzung", style="List Number")
    d.add_paragraph("Parkraumkonzept Innenstadt 24/SVV/0422", style="List Number")
    d.add_paragraph("Fraktion FDP")
    d.add_paragraph("Nichtöffentlicher Teil")
    d.add_paragraph("Vergabe Reinigungsleistungen Vorlage 2014/0688", style="List Number")
    d.add_paragraph("Mit freundlichen Grüßen")
    d.add_paragraph("Eisenblätter, Vorsitzende")
    result = read_agenda(_save(d))
    assert _rows(result.items) == [
        ("1", "Eröffnung der Sitzung", "", True),
        ("2", "Parkraumkonzept Innenstadt (Fraktion FDP)", "24/SVV/0422", True),
        ("3", "Vergabe Reinigungsleistungen", "2014/0688", False),
    ]
    assert any("automatischen Nummerierung" in n for n in result.notes)


def test_typed_numbers_in_paragraphs():
    d = docx.Document()
    d.add_paragraph("Tagesordnung")
    d.add_paragraph("TOP 1: Eröffnung")
    d.add_paragraph("TOP 2: Bericht der Verwaltung")
    d.add_paragraph("N 3 Personalangelegenheit")
    assert _rows(read_agenda(_save(d), "docx").items) == [
        ("1", "Eröffnung", "", True),
        ("2", "Bericht der Verwaltung", "", True),
        ("3", "Personalangelegenheit", "", False),
    ]


def test_table_with_unknown_public_value_names_the_row():
    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    for cell, text in zip(t.rows[0].cells, ["Nr.", "Betreff", "öffentlich"], strict=True):
        cell.text = text
    for cell, text in zip(t.rows[1].cells, ["1", "Eröffnung", "vielleicht"], strict=True):
        cell.text = text
    with pytest.raises(AgendaFormatError, match=r"Tabellenzeile 2: „vielleicht“"):
        read_agenda(_save(d))


def test_letter_without_agenda():
    d = docx.Document()
    d.add_paragraph("Sehr geehrte Damen und Herren,")
    d.add_paragraph("die Sitzung fällt aus.")
    with pytest.raises(AgendaFormatError, match="enthält keinen Tagesordnungspunkt"):
        read_agenda(_save(d))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), r"alten Word-Format \(\.doc\)"),
        (b"PK\x03\x04" + bytes(60), "keine lesbare Word-Datei"),
        (b"%PDF-1.7\n", "keine Word-Datei"),
    ],
)
def test_not_a_docx(data, message):
    with pytest.raises(AgendaFormatError, match=message):
        read_agenda(data, "docx")


def test_zip_that_is_no_word_document():
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hallo")
    with pytest.raises(AgendaFormatError, match="keine lesbare Word-Datei"):
        read_agenda(buf.getvalue())


def test_table_with_originator_column_and_merged_part_rows():
    d = docx.Document()
    t = d.add_table(rows=1, cols=4)
    header = ["Nr.", "Beratungsgegenstand", "Einreicher", "Vorlage"]
    for cell, text in zip(t.rows[0].cells, header, strict=True):
        cell.text = text
    part = t.add_row().cells
    part[0].merge(part[3]).text = "Nichtöffentlicher Teil"
    row = t.add_row().cells
    values = ["5", "Grundstücksverkauf", "Oberbürgermeister", "VO/2025/123"]
    for cell, text in zip(row, values, strict=True):
        cell.text = text
    assert _rows(read_agenda(_save(d)).items) == [
        ("5", "Grundstücksverkauf (Oberbürgermeister)", "VO/2025/123", False)
    ]
