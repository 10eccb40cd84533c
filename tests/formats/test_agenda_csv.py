"""The agenda as CSV, the way Excel writes it: `;` or `,`, UTF-8 or Windows-1252."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretary_app.formats.agenda import AgendaFormatError, read_agenda

GERMAN = (
    "TOP;Betreff;Drucksache;öffentlich\r\n"
    "1;Eröffnung und Feststellung der Tagesordnung;;ja\r\n"
    '7.1;"Parkraumkonzept Innenstadt; 2. Lesung";24/SVV/0422;ja\r\n'
    "9.1;Grundstücksangelegenheit Müller;15/SVV/0743;nein\r\n"
)


def _rows(source) -> list[tuple[str, str, str, bool]]:
    return [(i.number, i.title, i.paper, i.public) for i in read_agenda(source).items]


def test_excel_csv_in_windows_1252_with_german_header(tmp_path: Path):
    f = tmp_path / "tagesordnung.csv"
    f.write_bytes(GERMAN.encode("cp1252"))
    result = read_agenda(f)
    assert result.fmt == "csv"
    assert [(i.number, i.title, i.paper, i.public) for i in result.items] == [
        ("1", "Eröffnung und Feststellung der Tagesordnung", "", True),
        ("7.1", "Parkraumkonzept Innenstadt; 2. Lesung", "24/SVV/0422", True),
        ("9.1", "Grundstücksangelegenheit Müller", "15/SVV/0743", False),
    ]
    assert any("Windows-1252" in n for n in result.notes)


def test_utf8_with_bom_is_detected_as_csv_from_the_content():
    assert _rows(("\ufeff" + GERMAN).encode("utf-8"))[2] == (
        "9.1",
        "Grundstücksangelegenheit Müller",
        "15/SVV/0743",
        False,
    )


def test_comma_separated_english_header_and_true_false():
    text = (
        "number,title,paper,public\n"
        "1,Opening,,true\n"
        '2,"Budget 2025, first reading",VO/2025/123,TRUE\n'
        "3,Staff matters,,false\n"
    )
    assert _rows(text) == [
        ("1", "Opening", "", True),
        ("2", "Budget 2025, first reading", "VO/2025/123", True),
        ("3", "Staff matters", "", False),
    ]


@pytest.mark.parametrize(
    ("value", "public"),
    [
        ("öffentlich", True),
        ("nichtöffentlich", False),
        ("nicht öffentlich", False),
        ("Ö", True),
        ("N", False),
        ("Nein", False),
        ("JA", True),
    ],
)
def test_public_column_spellings(value, public):
    assert _rows(f"Nr;Titel;Status\n1;Eröffnung;{value}\n2;Schluss;ja")[0][3] is public


def test_columns_in_any_order_and_without_paper_column():
    text = "Gegenstand;Ö/N;TOP\nHaushalt 2014/0688;ö;4\nVergabe;n;5\n"
    assert _rows(text) == [
        ("4", "Haushalt", "2014/0688", True),
        ("5", "Vergabe", "", False),
    ]


def test_without_header_the_usual_column_order_is_assumed():
    result = read_agenda("1;Eröffnung;;ja\n2;Bericht;24/SVV/0422;nein\n", "csv")
    assert [(i.number, i.paper, i.public) for i in result.items] == [
        ("1", "", True),
        ("2", "24/SVV/0422", False),
    ]
    assert any("Keine Kopfzeile" in n for n in result.notes)


def test_unclear_public_value_names_line_and_column():
    with pytest.raises(AgendaFormatError, match=r"Zeile 3: „vielleicht“ in Spalte „öffentlich“"):
        read_agenda("TOP;Betreff;öffentlich\n1;Eröffnung;ja\n2;Bericht;vielleicht\n")


def test_empty_title_names_the_line():
    with pytest.raises(AgendaFormatError, match=r"Zeile 2: Spalte „Titel“ ist leer"):
        read_agenda("TOP;Betreff;öffentlich\n1;;ja\n")


def test_header_only_is_no_agenda():
    with pytest.raises(AgendaFormatError, match="enthält keinen Tagesordnungspunkt"):
        read_agenda("TOP;Betreff;Drucksache;öffentlich\n")


def test_originator_column_is_kept_with_the_title():
    text = (
        "TOP;Betreff;Einreicher;Drucksache\n"
        "1;Parkraumkonzept;Fraktion FDP;24/SVV/0422\n"
        "2;Bericht;;\n"
    )
    assert _rows(text) == [
        ("1", "Parkraumkonzept (Fraktion FDP)", "24/SVV/0422", True),
        ("2", "Bericht", "", True),
    ]
