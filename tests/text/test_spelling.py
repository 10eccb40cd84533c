"""The spelling check's word rules and personal word list (with the real de_DE dictionary)."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretary_app.text.spelling import SpellChecker, words, words_of


def test_codes_numbers_and_abbreviations_are_not_words_to_check():
    text = "Vorlage 15/SVV/0743 der SPD-Fraktion vom 14.06.2016, TOP 7.1, B-Plan 12a: Kita-Bedarf"
    assert [w.text for w in words(text)] == [
        "Vorlage",
        "der",
        "SPD-Fraktion",
        "vom",
        "B-Plan",
        "Kita-Bedarf",
    ]
    assert words_of(["Frau Müller-Preinesberger", "erklärt, dass"]) >= {
        "Müller-Preinesberger",
        "Müller",
        "Preinesberger",
        "Frau",
        "erklärt",
        "dass",
    }


@pytest.fixture
def checker(tmp_path) -> SpellChecker:
    c = SpellChecker(tmp_path / "woerterbuch.txt")  # the dictionary the program ships
    assert c.available, c.problem
    return c


def test_the_shipped_dictionary_is_read_where_it_lies(tmp_path):
    shipped = Path(__file__).resolve().parents[2] / "resources" / "dictionaries"
    before = sorted((p.name, p.stat().st_mtime_ns) for p in shipped.rglob("*"))
    c = SpellChecker(tmp_path / "woerterbuch.txt", bundled=shipped)
    assert c.misspelled("Der Ausschuss berät den Haushaltsplahn.")[0].text == "Haushaltsplahn"
    assert c.engine == "hunspell"  # chunspell's wheel: no system library, no system dictionary
    assert sorted((p.name, p.stat().st_mtime_ns) for p in shipped.rglob("*")) == before
    assert list(tmp_path.iterdir()) == []  # nothing written for her either


def test_misspelt_words_are_found_and_names_are_not(checker):
    text = "Herr Thomann erläutert bzw. ergänzt den Haushaltsplahn der Frau Müller-Preinesberger."
    assert [w.text for w in checker.misspelled(text)] == [
        "Thomann",
        "Haushaltsplahn",
        "Müller-Preinesberger",
    ]
    checker.set_known(["Herr Thomann", "Frau Müller-Preinesberger"])
    assert [w.text for w in checker.misspelled(text)] == ["Haushaltsplahn"]
    assert "Haushaltsplan" in checker.suggestions("Haushaltsplahn")


def test_compounds_of_known_words_are_right_and_typos_inside_them_are_not(checker):
    right = (
        "Die Kitabedarfsplanung, der Radverkehrsausbauplan und die Querungshilfenförderung "
        "sind attraktivitätssteigernde Vorhabenträgerpflichten; Schul- und Sportstätten, "
        "Sanierungs- oder Investitionsmittel, form- und fristgerecht."
    )
    assert checker.misspelled(right) == []
    wrong = (
        "Die Kitabedarfsplahnung, der Radverkehrsausbaupaln, die Gegensstimme, "
        "die Innestadt, die Tagesordnungsunkt und weitezugeben."
    )
    assert [w.text for w in checker.misspelled(wrong)] == [
        "Kitabedarfsplahnung",
        "Radverkehrsausbaupaln",
        "Gegensstimme",
        "Innestadt",
        "Tagesordnungsunkt",
        "weitezugeben",
    ]


def test_council_abbreviations_are_right(checker):
    text = (
        "Gemäß § 58 NKomVG beschließt der Rat (Drs. 2024/117): GuV der Stadtwerke GmbH und der "
        "Erschließungsgesellschaft mbH, 1.284 Tsd. Euro, 1,2 ha, 640 m², TOP 4, BV 2024/130."
    )
    assert checker.misspelled(text) == []


def test_personal_word_list_is_kept_in_a_file(checker, tmp_path):
    assert not checker.is_correct("Schlaatz")
    checker.add("Schlaatz")
    assert checker.is_correct("Schlaatz")
    assert checker.is_correct("Schlaatzviertel")  # and compounds with it
    assert (tmp_path / "woerterbuch.txt").read_text(encoding="utf-8") == "Schlaatz\n"
    again = SpellChecker(tmp_path / "woerterbuch.txt")
    assert again.is_correct("Schlaatz")


def test_the_citys_word_lists_beside_hers_are_read(tmp_path):
    lists = tmp_path / "woerterbuecher"
    lists.mkdir()
    (lists / "stadt.txt").write_text(
        "\ufeff# Stadtteile\nSchlaatz\nDrewitz\n", encoding="utf-8"
    )  # with the byte-order mark Windows' Notepad writes
    (lists / "kaputt.txt").write_bytes(b"\xff\xfe\x00broken")  # unreadable: ignored
    c = SpellChecker(tmp_path / "woerterbuch.txt")
    assert c.misspelled("Am Schlaatz und in Drewitz.") == []
    assert [w.text for w in c.misspelled("Am Schlatz.")] == ["Schlatz"]


def test_the_archive_words_are_known(checker):
    assert [w.text for w in checker.misspelled("Herr Sternagel von den Bäderbetrieben")] == [
        "Sternagel"
    ]
    checker.set_archive({"Sternagel"})
    assert checker.misspelled("Herr Sternagel von den Bäderbetrieben") == []


def test_without_a_dictionary_every_word_counts_as_right(tmp_path):
    c = SpellChecker(tmp_path / "w.txt", language="xx_XX")
    assert not c.available
    assert c.problem
    assert c.misspelled("Haushaltsplahn") == []


def test_a_dictionary_in_another_folder_is_found(tmp_path):
    bundled = tmp_path / "dictionaries"
    (bundled / "hunspell").mkdir(parents=True)
    (bundled / "hunspell" / "xx_XX.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (bundled / "hunspell" / "xx_XX.dic").write_text("2\nSitzung\nAusschuss\n", encoding="utf-8")
    c = SpellChecker(None, language="xx_XX", bundled=bundled)
    assert c.available, c.problem
    assert [w.text for w in c.misspelled("Sitzung Ausschuss Haushalt")] == ["Haushalt"]
