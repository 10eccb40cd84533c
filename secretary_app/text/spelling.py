"""Spelling in German, offline: Hunspell de_DE through enchant, plus the words never flagged.

enchant is imported on first use (after the window is shown), never at start-up. Where no
German dictionary is found, `SpellChecker.available` is False and every word counts as right.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

log = logging.getLogger(__name__)

LANGUAGE = "de_DE"
PERSONAL_LIST = "woerterbuch.txt"

# a word: letters (umlauts, ß) with inner hyphens or apostrophes ("Müller-Preinesberger")
# patterns: `re` compiles them when the first paragraph is checked, not at the window's start
_WORD = r"[^\W\d_]+(?:[-’'][^\W\d_]+)*"
# paper references and other codes: "15/SVV/0743", "24/SVV/0422", "B-Plan 12a"
_CODE = r"\S*\d\S*|\S+/\S+"


class Word(NamedTuple):
    """A word of a paragraph, with its position."""

    start: int
    end: int
    text: str


def words(text: str) -> Iterator[Word]:
    """The words of a paragraph worth checking: no codes, numbers or abbreviations in capitals."""
    codes = [(m.start(), m.end()) for m in re.finditer(_CODE, text)]
    for m in re.finditer(_WORD, text):
        start, end = m.span()
        if any(a <= start < b for a, b in codes):
            continue
        word = m.group(0)
        if len(word) < 2 or (word.isupper() and len(word) <= 6):
            continue  # "SPD", "CDU", "TOP": abbreviations are not the dictionary's business
        yield Word(start, end, word)


def words_of(phrases: Iterable[str]) -> set[str]:
    """Every word (and hyphen part) in `phrases`: names, verbs, titles never flagged."""
    out: set[str] = set()
    for phrase in phrases:
        for m in re.finditer(_WORD, phrase):
            out.add(m.group(0))
            out.update(p for p in re.split(r"[-’']", m.group(0)) if p)
    return out


class SpellChecker:
    """A German dictionary with a personal word list and the words of the meeting."""

    def __init__(
        self,
        personal_list: Path | None,
        language: str = LANGUAGE,
        bundled: Path | None = None,
        user_dir: Path | None = None,
    ) -> None:
        self._personal_path = personal_list
        self._bundled = bundled
        self._user_dir = user_dir  # where enchant may write; the bundled dictionary is copied
        self._language = language
        self._dict: Any = None
        self._loaded = False
        self._known: set[str] = set()  # names, verbs: given by the meeting
        self._personal: set[str] = set()
        self._cache: dict[str, bool] = {}
        self.problem = ""

    def _load(self) -> None:
        self._loaded = True
        if (
            self._bundled is not None
            and (self._bundled / "hunspell" / f"{self._language}.dic").exists()
            and "ENCHANT_CONFIG_DIR" not in os.environ
        ):  # an installed bundle carries the dictionary; enchant looks in <dir>/hunspell
            os.environ["ENCHANT_CONFIG_DIR"] = str(self._config_dir(self._bundled))
        try:
            import enchant  # noqa: PLC0415 - lazy: costs start-up time and may be missing

            self._dict = enchant.Dict(self._language)
        except Exception as exc:  # no enchant library, or no de_DE dictionary
            self._dict = None
            self.problem = str(exc) or exc.__class__.__name__
            log.info("spelling off: %s", self.problem)
        if self._personal_path is not None and self._personal_path.exists():
            try:
                text = self._personal_path.read_text(encoding="utf-8")
            except OSError as exc:
                log.warning("personal word list unreadable: %s", exc)
            else:
                self._personal = {w.strip() for w in text.splitlines() if w.strip()}

    def _config_dir(self, bundled: Path) -> Path:
        """enchant's configuration folder: the user's, holding a copy of the bundled dictionary.

        enchant writes its own (empty) word lists into the folder it is pointed at; the bundle's
        is part of the installed program (read-only for her, and not to be changed as root).
        If the copy cannot be made (disk full, no rights), the bundled folder is used as is.
        """
        if self._user_dir is None:
            return bundled
        import shutil  # noqa: PLC0415 - with enchant, after the first frame

        target = self._user_dir / "hunspell"
        try:
            target.mkdir(parents=True, exist_ok=True)
            for ext in ("aff", "dic"):
                source = bundled / "hunspell" / f"{self._language}.{ext}"
                copy = target / source.name
                have = copy.stat() if copy.exists() else None
                want = source.stat()
                if have is None or (have.st_size, int(have.st_mtime)) != (
                    want.st_size,
                    int(want.st_mtime),
                ):  # missing, or from another version of the program
                    partial = copy.with_name(f"{copy.name}.{os.getpid()}.part")  # (two windows)
                    shutil.copy2(source, partial)
                    os.replace(partial, copy)
        except OSError as exc:
            log.warning("dictionary not copied to %s: %s", target, exc)
            return bundled
        return self._user_dir

    @property
    def available(self) -> bool:
        if not self._loaded:
            self._load()
        return self._dict is not None

    def set_known(self, phrases: Iterable[str]) -> None:
        """Words never flagged: the committee members' names, the settings' verbs."""
        self._known = words_of(phrases)

    def is_correct(self, word: str) -> bool:
        if not self.available:
            return True
        if word in self._known or word in self._personal:
            return True
        cached = self._cache.get(word)
        if cached is None:
            cached = self._check(word)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[word] = cached
        return cached

    def _check(self, word: str) -> bool:
        if self._dict.check(word):
            return True
        parts = [p for p in re.split(r"[-’']", word) if p]
        if len(parts) > 1:  # "Müller-Preinesberger", "Sozial-Ausschuss"
            return all(self.is_correct(p) for p in parts)
        return False

    def misspelled(self, text: str) -> list[Word]:
        """The words of `text` the dictionary does not know."""
        if not self.available:
            return []
        return [
            w
            for w in words(text)
            if not self.is_correct(w.text)
            # an abbreviation the dictionary knows with its full stop: "bzw.", "ggf."
            and not (text[w.end : w.end + 1] == "." and self.is_correct(w.text + "."))
        ]

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        if not self.available:
            return []
        return [s for s in self._dict.suggest(word) if s != word][:limit]

    def add(self, word: str) -> None:
        """Into the personal word list, kept in the user's data folder."""
        self._personal.add(word)
        self._cache.pop(word, None)
        if self._personal_path is None:
            return
        self._personal_path.parent.mkdir(parents=True, exist_ok=True)
        with self._personal_path.open("a", encoding="utf-8") as f:
            f.write(word + "\n")
