"""The Tagesordnung pasted as text: the line forms cities use, parts, continuation lines."""

from __future__ import annotations

import pytest

from secretary_app.formats.agenda import AgendaFormatError, read_agenda, split_paper


def _rows(text: str) -> list[tuple[str, str, str, bool]]:
    return [(i.number, i.title, i.paper, i.public) for i in read_agenda(text).items]


@pytest.mark.parametrize(
    "line",
    [
        "7.1\tParkraumkonzept Innenstadt\t24/SVV/0422",
        "7.1 Parkraumkonzept Innenstadt 24/SVV/0422",
        "TOP 7.1: Parkraumkonzept Innenstadt 24/SVV/0422",
        "Top 7.1 - Parkraumkonzept Innenstadt   24/SVV/0422",
        "7.1. Parkraumkonzept Innenstadt (Drucksache 24/SVV/0422)",
        "Ö 7.1 Parkraumkonzept Innenstadt DS 24/SVV/0422",
    ],
)
def test_one_item_line_in_every_form(line):
    assert _rows(line + "\n7.2 Sonstiges") == [
        ("7.1", "Parkraumkonzept Innenstadt", "24/SVV/0422", True),
        ("7.2", "Sonstiges", "", True),
    ]


@pytest.mark.parametrize(
    ("text", "title", "paper"),
    [
        ("Soziale Arbeit 15/SVV/0743", "Soziale Arbeit", "15/SVV/0743"),
        ("Sanierung Stadtbad DS 23/SVV/1310-02", "Sanierung Stadtbad", "23/SVV/1310-02"),
        ("Durlacher Innenstadt 2014/0688", "Durlacher Innenstadt", "2014/0688"),
        ("Durlacher Innenstadt Vorlage 2014/0688", "Durlacher Innenstadt", "2014/0688"),
        ("Radverkehr VO/2025/123", "Radverkehr", "VO/2025/123"),
        ("Doppelhaushalt 2023/2024", "Doppelhaushalt 2023/2024", ""),
        ("Haushaltssatzung 2017/18", "Haushaltssatzung 2017/18", ""),
        ("Bebauungsplan Nr. 12/2020", "Bebauungsplan Nr. 12/2020", ""),
        ("Bericht der Verwaltung", "Bericht der Verwaltung", ""),
    ],
)
def test_paper_references_are_kept_as_written_and_leave_the_title(text, title, paper):
    assert split_paper(text) == (title, paper)


def test_headings_switch_the_part_and_ö_n_prefixes_set_it():
    text = (
        "Öffentlicher Teil\n"
        "1 Eröffnung\n"
        "Ö 3 Bericht der Oberbürgermeisterin\n"
        "Nichtöffentlicher Teil\n"
        "8 Personalangelegenheit\n"
        "N 9.1 Grundstücksverkehr 15/SVV/0743\n"
    )
    assert _rows(text) == [
        ("1", "Eröffnung", "", True),
        ("3", "Bericht der Oberbürgermeisterin", "", True),
        ("8", "Personalangelegenheit", "", False),
        ("9.1", "Grundstücksverkehr", "15/SVV/0743", False),
    ]


def test_n_prefix_alone_marks_an_item_non_public():
    assert _rows("Ö 1 Eröffnung\nN 2 Vergabe\nÖ 3 Schluss") == [
        ("1", "Eröffnung", "", True),
        ("2", "Vergabe", "", False),
        ("3", "Schluss", "", True),
    ]


def test_parts_counted_separately_keep_their_letter():
    result = read_agenda("Ö 1 Eröffnung\nÖ 2 Bericht\nN 1 Personal\nN 2 Grundstück")
    assert [(i.number, i.public) for i in result.items] == [
        ("Ö 1", True),
        ("Ö 2", True),
        ("N 1", False),
        ("N 2", False),
    ]
    assert any("zählen getrennt" in n for n in result.notes)


def test_continuation_lines_belong_to_the_item_above():
    text = (
        "7.1 Soziale Arbeit mit Flüchtlingen in der Landeshauptstadt\n"
        "    Potsdam\n"
        "    Fraktion FDP\n"
        "    15/SVV/0743\n"
        "7.2 Stadtentwick-\n"
        "lungskonzept Wohnen\n"
    )
    result = read_agenda(text)
    assert [(i.number, i.title, i.paper) for i in result.items] == [
        (
            "7.1",
            "Soziale Arbeit mit Flüchtlingen in der Landeshauptstadt Potsdam (Fraktion FDP)",
            "15/SVV/0743",
        ),
        ("7.2", "Stadtentwicklungskonzept Wohnen", ""),
    ]
    assert any("Fraktion FDP" in n and "TOP 7.1" in n for n in result.notes)


def test_originator_in_its_own_tab_column():
    assert _rows("7.1\tParkraumkonzept\t24/SVV/0422\tFraktion FDP") == [
        ("7.1", "Parkraumkonzept (Fraktion FDP)", "24/SVV/0422", True)
    ]


def test_number_alone_on_a_line_takes_the_title_from_the_next():
    assert _rows("1.\nEröffnung\n2.\nBericht") == [
        ("1", "Eröffnung", "", True),
        ("2", "Bericht", "", True),
    ]


def test_a_wrapped_title_starting_with_a_big_number_is_no_new_item():
    assert _rows("7 Sanierung Stadtbad\n100 Jahre Stadtbad – Festakt") == [
        ("7", "Sanierung Stadtbad 100 Jahre Stadtbad – Festakt", "", True)
    ]


def test_letter_text_around_the_agenda_is_left_out_and_said_so():
    text = (
        "Einladung zur 21. Sitzung\n"
        "Sehr geehrte Damen und Herren,\n"
        "\n"
        "1 Eröffnung\n"
        "2 Verschiedenes\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Eisenblätter\n"
    )
    result = read_agenda(text)
    assert [i.title for i in result.items] == ["Eröffnung", "Verschiedenes"]
    assert any("Zeilen 1–2" in n for n in result.notes)
    assert any("Zeile 7" in n for n in result.notes)


def test_windows_line_ends_nbsp_and_bom_are_plain_text():
    data = "\ufeff1\u00a0Eröffnung\r\n2\tBericht\r\n".encode()
    assert [(i.number, i.title) for i in read_agenda(data).items] == [
        ("1", "Eröffnung"),
        ("2", "Bericht"),
    ]


def test_windows_1252_bytes_are_read_with_a_note():
    result = read_agenda("1 Eröffnung\n2 Grundstücksgeschäfte\n".encode("cp1252"), "text")
    assert [i.title for i in result.items] == ["Eröffnung", "Grundstücksgeschäfte"]
    assert any("Windows-1252" in n for n in result.notes)


def test_item_without_title_names_its_line():
    with pytest.raises(AgendaFormatError, match=r"Zeile 3: TOP 2 hat keinen Titel"):
        read_agenda("1 Eröffnung\n\n2.")


def test_text_without_items_says_what_is_expected():
    with pytest.raises(AgendaFormatError, match="enthält keinen Tagesordnungspunkt"):
        read_agenda("Sehr geehrte Damen und Herren,\nbitte beachten Sie die Anlage.")


def test_doubled_numbers_are_kept_and_pointed_out():
    result = read_agenda("1 Eröffnung\n1 Eröffnung der Sitzung")
    assert len(result.items) == 2
    assert any("mehrfach" in n and "1" in n for n in result.notes)


def test_rows_copied_from_a_spreadsheet_with_a_public_column():
    result = read_agenda("1\tEröffnung\t\tja\n2\tVergabe\t15/SVV/0743\tnein\n")
    assert [(i.number, i.title, i.paper, i.public) for i in result.items] == [
        ("1", "Eröffnung", "", True),
        ("2", "Vergabe", "15/SVV/0743", False),
    ]
    assert any("öffentlich" in n for n in result.notes)


def test_spreadsheet_rows_with_a_header_are_read_as_a_table():
    result = read_agenda("TOP\tBetreff\tDrucksache\töffentlich\n1\tEröffnung\t\tja\n")
    assert result.fmt == "csv"
    assert [(i.number, i.title) for i in result.items] == [("1", "Eröffnung")]


@pytest.mark.parametrize(
    ("public_heading", "private_heading"),
    [
        ("I. Öffentlicher Teil", "II. Nichtöffentlicher Teil"),
        ("Teil A - öffentlich", "Teil B - nicht öffentlich"),
        ("Öffentliche Sitzung", "Nicht öffentliche Sitzung"),
        ("öffentlich:", "nicht-öffentlicher Teil"),
    ],
)
def test_heading_spellings(public_heading, private_heading):
    text = f"{public_heading}\n1 Eröffnung\n{private_heading}\n2 Vergabe\n"
    assert [(i.number, i.public) for i in read_agenda(text).items] == [("1", True), ("2", False)]


def test_a_wrapped_title_starting_with_a_smaller_number_continues_the_item():
    text = (
        "7 Bebauungsplan Nr. 12 „Am See“,\n"
        "1. Änderung, Satzungsbeschluss 24/SVV/0001\n"
        "8 Verschiedenes\n"
        "Nichtöffentlicher Teil\n"
        "1 Personalangelegenheit\n"
    )
    result = read_agenda(text)
    assert [(i.number, i.title, i.paper, i.public) for i in result.items] == [
        ("7", "Bebauungsplan Nr. 12 „Am See“, 1. Änderung, Satzungsbeschluss", "24/SVV/0001", True),
        ("8", "Verschiedenes", "", True),
        ("1", "Personalangelegenheit", "", False),  # counting restarts after the heading
    ]
    assert any("Zeile 2" in n and "Fortsetzung" in n for n in result.notes)
