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
    before = sorted(p.name for p in (bundled / "hunspell").iterdir())
    user = tmp_path / "user" / "rechtschreibung"
    c = SpellChecker(None, language="xx_XX", bundled=bundled, user_dir=user)
    assert c.available, c.problem
    assert [w.text for w in c.misspelled("Die Sitzung mit dem Haushaltsplahn")] == [
        "Haushaltsplahn"
    ]
    # enchant works in the user's folder: the installed program's stays as it was installed
    assert os.environ["ENCHANT_CONFIG_DIR"] == str(user)
    assert sorted(p.name for p in bundled.rglob("*") if p.is_file()) == before
    assert (user / "hunspell" / "xx_XX.dic").read_bytes() == (
        bundled / "hunspell" / "xx_XX.dic"
    ).read_bytes()


def test_a_newer_bundled_dictionary_replaces_the_users_copy(tmp_path, monkeypatch):
    monkeypatch.setenv("ENCHANT_CONFIG_DIR", "")
    monkeypatch.delenv("ENCHANT_CONFIG_DIR")
    bundled = tmp_path / "dictionaries"
    (bundled / "hunspell").mkdir(parents=True)
    (bundled / "hunspell" / "xx_XX.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (bundled / "hunspell" / "xx_XX.dic").write_text("1\nSitzung\n", encoding="utf-8")
    user = tmp_path / "user"
    assert SpellChecker(None, language="xx_XX", bundled=bundled, user_dir=user).available
    monkeypatch.delenv("ENCHANT_CONFIG_DIR")
    (bundled / "hunspell" / "xx_XX.dic").write_text("2\nSitzung\nAusschuss\n", encoding="utf-8")
    c = SpellChecker(None, language="xx_XX", bundled=bundled, user_dir=user)
    assert c.available, c.problem
    assert c.is_correct("Ausschuss")  # the word of the program's new dictionary
    assert "Ausschuss" in (user / "hunspell" / "xx_XX.dic").read_text(encoding="utf-8")


def test_where_the_copy_cannot_be_made_the_bundled_dictionary_is_used(tmp_path, monkeypatch):
    system = Path("/usr/share/hunspell")
    if not (system / "de_DE.dic").exists():
        pytest.skip("no de_DE Hunspell files to copy (apt-get install hunspell-de-de)")
    monkeypatch.setenv("ENCHANT_CONFIG_DIR", "")
    monkeypatch.delenv("ENCHANT_CONFIG_DIR")
    bundled = tmp_path / "dictionaries"
    (bundled / "hunspell").mkdir(parents=True)
    for ext in ("aff", "dic"):
        shutil.copy(system / f"de_DE.{ext}", bundled / "hunspell" / f"xx_XX.{ext}")
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")  # no folder can be made below a file
    c = SpellChecker(None, language="xx_XX", bundled=bundled, user_dir=blocked / "user")
    assert c.available, c.problem
    assert os.environ["ENCHANT_CONFIG_DIR"] == str(bundled)
