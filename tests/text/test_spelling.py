"""The spelling check's word rules and personal word list (with the real de_DE dictionary)."""

from __future__ import annotations

import os
import shutil
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
    c = SpellChecker(tmp_path / "woerterbuch.txt")
    if not c.available:
        pytest.skip(f"no German dictionary (apt-get install hunspell-de-de): {c.problem}")
    return c


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


def test_personal_word_list_is_kept_in_a_file(checker, tmp_path):
    assert not checker.is_correct("Kitabedarfsplanung")
    checker.add("Kitabedarfsplanung")
    assert checker.is_correct("Kitabedarfsplanung")
    assert (tmp_path / "woerterbuch.txt").read_text(encoding="utf-8") == "Kitabedarfsplanung\n"
    again = SpellChecker(tmp_path / "woerterbuch.txt")
    assert again.is_correct("Kitabedarfsplanung")


def test_without_a_dictionary_every_word_counts_as_right(tmp_path):
    c = SpellChecker(tmp_path / "w.txt", language="xx_XX")
    assert not c.available
    assert c.problem
    assert c.misspelled("Haushaltsplahn") == []


def test_a_dictionary_carried_by_the_bundle_is_found(tmp_path, monkeypatch):
    system = Path("/usr/share/hunspell")
    if not (system / "de_DE.dic").exists():
        pytest.skip("no de_DE Hunspell files to copy (apt-get install hunspell-de-de)")
    monkeypatch.setenv("ENCHANT_CONFIG_DIR", "")  # remembered, so the test leaves none behind
    monkeypatch.delenv("ENCHANT_CONFIG_DIR")
    bundled = tmp_path / "dictionaries"
    (bundled / "hunspell").mkdir(parents=True)
    for ext in ("aff", "dic"):  # under a name no system has: only the bundle can provide it
        shutil.copy(system / f"de_DE.{ext}", bundled / "hunspell" / f"xx_XX.{ext}")
    c = SpellChecker(None, language="xx_XX", bundled=bundled)
    assert c.available, c.problem
    assert [w.text for w in c.misspelled("Die Sitzung mit dem Haushaltsplahn")] == [
        "Haushaltsplahn"
    ]
    assert os.environ["ENCHANT_CONFIG_DIR"] == str(bundled)
