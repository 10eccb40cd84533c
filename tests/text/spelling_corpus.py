"""The spelling corpus (tests/data/spelling): real public council minutes, and how the checker
fares on them: flagged words per 1,000 words, and typos found when swapped into long words.

Used by tests/text/test_spelling_corpus.py and benchmarks/spelling_corpus.py.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from secretary_app.text.spelling import SpellChecker, words

CORPUS = Path(__file__).resolve().parent.parent / "data" / "spelling"
ROOT = CORPUS.parent.parent.parent

# QWERTZ neighbours: the slips a typing hand makes
_NEIGHBOURS = {
    "q": "wa",
    "w": "qes",
    "e": "wrd",
    "r": "etf",
    "t": "rzg",
    "z": "tuh",
    "u": "zij",
    "i": "uok",
    "o": "ipl",
    "p": "oü",
    "ü": "pä",
    "a": "qsy",
    "s": "adw",
    "d": "sfe",
    "f": "dgr",
    "g": "fht",
    "h": "gjz",
    "j": "hku",
    "k": "jli",
    "l": "kö",
    "ö": "lä",
    "ä": "öü",
    "y": "xa",
    "x": "yc",
    "c": "xv",
    "v": "cb",
    "b": "vn",
    "n": "bm",
    "m": "n",
}


@dataclass
class Document:
    name: str
    text: str
    known: list[str]  # what the meeting in the app would hold: names, titles
    words: int = 0
    city: Path | None = None  # the city's own word list


@dataclass
class Figures:
    words: int
    flagged: list[str]  # distinct words flagged
    flag_occurrences: int
    typos: int
    typos_found: int
    missed: list[str] = field(default_factory=list)

    @property
    def per_thousand(self) -> float:
        return 1000 * len(self.flagged) / self.words

    @property
    def found_share(self) -> float:
        return self.typos_found / self.typos


def documents() -> list[Document]:
    meetings = json.loads((CORPUS / "meetings.json").read_text(encoding="utf-8"))
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = meetings.get(path.name, {})
        known = [*m.get("names", []), *m.get("titles", [])]
        city = CORPUS / "woerterbuecher" / m["city"] if "city" in m else None
        out.append(Document(path.name, text, known, len(text.split()), city))
    return out


def archive_of(docs: list[Document], but: str) -> set[str]:
    """The words of the other minutes: the archive she has typed before this meeting."""
    from secretary_app.session.spelling import archive_words

    return archive_words(d.text for d in docs if d.name != but)


def new_checker(tmp: Path, city: Path | None = None) -> SpellChecker:
    """The shipped dictionary; her (empty) list in `tmp`, and the city's list beside it."""
    lists = tmp / "woerterbuecher"
    if lists.exists():
        for old in lists.iterdir():
            old.unlink()
    if city is not None:
        lists.mkdir(parents=True, exist_ok=True)
        (lists / city.name).write_bytes(city.read_bytes())
    return SpellChecker(tmp / "woerterbuch.txt", bundled=ROOT / "resources" / "dictionaries")


def full_checker(tmp: Path) -> Callable[[Document, list[Document]], SpellChecker]:
    """Every source of known words, as in the app: meeting, archive, the city's list."""

    def make(doc: Document, docs: list[Document]) -> SpellChecker:
        checker = new_checker(tmp, doc.city)
        checker.set_known(doc.known)
        checker.set_archive(archive_of(docs, doc.name))
        return checker

    return make


def typo(word: str, rng: random.Random) -> str:
    """One slip inside the word (never its first letter): swap, drop, double or a neighbour."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("swap", "drop", "double", "neighbour"))
    if kind == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    near = _NEIGHBOURS.get(word[i].lower(), "")
    if near:
        return word[:i] + rng.choice(near) + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def measure(
    checker_for: Callable[[Document, list[Document]], SpellChecker],
    typos_per_document: int = 40,
    min_length: int = 8,
) -> Figures:
    docs = documents()
    flagged: set[str] = set()
    occurrences = 0
    total = typos = found = 0
    missed: list[str] = []
    rng = random.Random(25)
    for doc in docs:
        checker = checker_for(doc, docs)
        total += doc.words
        bad = checker.misspelled(doc.text)
        occurrences += len(bad)
        flagged |= {w.text for w in bad}
        long_words = sorted(
            {w.text for w in words(doc.text) if len(w.text) >= min_length and "-" not in w.text}
            - {w.text for w in bad}
        )
        for word in rng.sample(long_words, min(typos_per_document, len(long_words))):
            wrong = typo(word, rng)
            if wrong == word or checker.in_dictionary(wrong):
                continue  # another real word ("Abstimmung" → "Abstimmungen"): no misspelling
            typos += 1
            if checker.is_correct(wrong):
                missed.append(f"{word} → {wrong}")
            else:
                found += 1
    return Figures(total, sorted(flagged), occurrences, typos, found, missed)
