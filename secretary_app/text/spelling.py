"""Spelling in German, offline: the shipped Hunspell de_DE dictionary, plus the words never flagged.

The engine is Hunspell through `chunspell`, whose wheels carry the library (Linux, Windows,
macOS; nothing to install beside the program), reading the de_DE dictionary the program ships in
`resources/dictionaries/hunspell`. Where chunspell is missing, pyenchant with a system dictionary
is used if installed. Either is imported on first use (after the window is shown), never at
start-up. Where no German dictionary is found, `SpellChecker.available` is False and every word
counts as right.

What a council's minutes hold that no dictionary does is known from elsewhere: the meeting's
names and titles (`set_known`), the words of the archive (`set_archive`), the secretary's own
list and the city's lists (`woerterbuecher/*.txt` beside it), the council's abbreviations
(`COUNCIL_WORDS`), and compounds that split into known words with German linking letters.
"""

from __future__ import annotations

import logging
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


def _abbreviation(word: str) -> bool:
    """Capitals, up to 6 letters: "SPD", "TOP", "KAL" (not the dictionary's business)."""
    return word.isupper() and len(word) <= 6


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
        if len(word) < 2 or _abbreviation(word):
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


# words of council minutes no general dictionary has: laws, legal forms, units, the
# abbreviations of papers and budgets (capitals up to 6 letters are skipped by `words` anyway)
COUNCIL_WORDS = frozenset(
    """
    NKomVG GemO GO KVG KSVG HGO BbgKVerf KomVerf SächsGemO ThürKO BayGO LKrO KrO GkG NGO
    BauGB BauNVO BauO NBauO LBO BImSchG NatSchG BNatSchG KAG NKAG KiTaG KiföG SGB VwVfG
    GuV mbH GmbH gGmbH AöR KdöR eG eV e.V. GbR KG OHG UG
    Drs. Drucks. Tsd. Mio. Mrd. Nr. lfd. Vorl. Abs. Ziff. Anl. gem. ggf. bzw. ca. inkl. zzgl.
    einschl. z.B. u.a. d.h. i.V.m. v.H. Std. Tel. Hrsg. Bgm. OB StR StRin Stv. stv. Vors.
    ha m² m³ km² qm cbm lfm kWh MWh kWp
    Beigeordnete Beigeordneter Beigeordneten Ratsfrau Ratsherr Ratsherrn Ratsherren
    Stadtverordnete Stadtverordneter Stadtverordneten Ortsbürgermeister Ortsbürgermeisterin
    Kämmerin Kämmerer Ortschaftsrat Ortschaftsräte Ortschaftsräten Ortsrat Ortsräte
    Ausschussvorsitzende Ausschussvorsitzender Ausschussvorsitzenden
    Sitzungsvorlage Beschlussvorlage Informationsvorlage Mitteilungsvorlage Drucksache
    Einwohnerfragestunde Einwohnerinnen Bürgerinnen Zuhörerinnen Vertreterinnen
    ungeändert überplanmäßig überplanmäßige überplanmäßigen außerplanmäßig außerplanmäßige
    außerplanmäßigen
    """.split()
)

# the letters that join the parts of a German compound: "Haushalt|s|plan", "Straße|n|bau"
_LINKS = ("", "s", "es", "n", "en")
_MIN_PART = 3  # shorter parts ("Ei", "Ur") would let too many typos through
_LONG_PART = 6  # a part this long known capitalised is taken as a noun (also "Vorhaben")
_MIN_TAIL = 4  # a shorter last part must be a noun only ("Bad", not "gen", "den")
_WORD_LIST_FOLDER = "woerterbuecher"  # the city's lists beside the personal one


def _read_word_list(path: Path) -> set[str]:
    """One word a line; a list that cannot be read counts as empty (logged)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("word list unreadable: %s: %s", path, exc)
        return set()
    lines = [w.strip() for w in text.splitlines()]
    return {w for w in lines if w and not w.startswith("#")} | words_of(
        w for w in lines if w and not w.startswith("#")
    )


class _Hunspell:
    """chunspell's Hunspell on the shipped dictionary."""

    def __init__(self, folder: Path, language: str) -> None:
        import hunspell  # noqa: PLC0415 - lazy: the first paragraph checked loads it

        if not (folder / f"{language}.dic").exists():
            raise FileNotFoundError(f"kein Wörterbuch {language} in {folder}")
        self._h = hunspell.Hunspell(language, hunspell_data_dir=str(folder))

    def check(self, word: str) -> bool:
        return bool(self._h.spell(word))

    def suggest(self, word: str) -> list[str]:
        return list(self._h.suggest(word))


class SpellChecker:
    """A German dictionary with word lists, the words of the meeting and of the archive."""

    def __init__(
        self,
        personal_list: Path | None,
        language: str = LANGUAGE,
        bundled: Path | None = None,
    ) -> None:
        self._personal_path = personal_list
        self._bundled = bundled  # holds hunspell/<language>.aff/.dic; None: the shipped one
        self._language = language
        self._dict: Any = None
        self._loaded = False
        self._known: set[str] = set()  # names, titles: given by the meeting
        self._archive: frozenset[str] = frozenset()  # words used in earlier meetings
        self._personal: set[str] = set()  # her own list and the city's
        self._cache: dict[str, bool] = {}
        self._compounds: dict[tuple[str, bool], bool] = {}  # parts of compounds looked at
        self.engine = ""  # "hunspell" or "enchant", once loaded
        self.problem = ""

    def _load(self) -> None:
        self._loaded = True
        problems = []
        if self._bundled is None:  # the dictionary the program ships
            from .. import paths  # noqa: PLC0415 - with the dictionary, after the first frame

            self._bundled = paths.bundled_dictionaries()
        try:
            self._dict = _Hunspell(self._bundled / "hunspell", self._language)
            self.engine = "hunspell"
        except Exception as exc:  # no chunspell wheel here, or no dictionary
            problems.append(str(exc) or exc.__class__.__name__)
        if self._dict is None:
            self._load_enchant(problems)
        if self._dict is None:
            self.problem = "; ".join(problems)
            log.info("spelling off: %s", self.problem)
        if self._personal_path is not None:
            lists = [self._personal_path]
            folder = self._personal_path.parent / _WORD_LIST_FOLDER
            if folder.is_dir():
                lists += sorted(folder.glob("*.txt"))
            for path in lists:
                if path.exists():
                    self._personal |= _read_word_list(path)

    def _load_enchant(self, problems: list[str]) -> None:
        """Where chunspell has no wheel (Intel Macs): pyenchant with a system dictionary."""
        try:
            import enchant  # noqa: PLC0415 - lazy, and rarely installed

            self._dict = enchant.Dict(self._language)
            self.engine = "enchant"
        except Exception as exc:  # no enchant library, or no de_DE dictionary
            self._dict = None
            problems.append(str(exc) or exc.__class__.__name__)

    @property
    def available(self) -> bool:
        if not self._loaded:
            self._load()
        return self._dict is not None

    def in_dictionary(self, word: str) -> bool:
        """The dictionary's own verdict, without lists, names or compound splitting."""
        return self.available and bool(self._dict.check(word))

    def set_known(self, phrases: Iterable[str]) -> None:
        """Words never flagged: the meeting's names and titles, the settings' verbs."""
        self._known = words_of(phrases)
        self._cache.clear()
        self._compounds.clear()

    def set_archive(self, known: Iterable[str]) -> None:
        """Words the secretary has used in earlier meetings (`session.spelling`)."""
        self._archive = frozenset(known)
        self._cache.clear()
        self._compounds.clear()

    def _listed(self, word: str) -> bool:
        return (
            word in self._known
            or word in self._personal
            or word in self._archive
            or word in COUNCIL_WORDS
        )

    def is_correct(self, word: str) -> bool:
        if not self.available:
            return True
        if self._listed(word):
            return True
        cached = self._cache.get(word)
        if cached is None:
            cached = self._check(word)
            if len(self._cache) > 50_000:
                self._cache.clear()
                self._compounds.clear()
            self._cache[word] = cached
        return cached

    def _check(self, word: str) -> bool:
        if self._dict.check(word):
            return True
        parts = [p for p in re.split(r"[-’']", word) if p]
        if len(parts) > 1:  # "Müller-Preinesberger", "Sozial-Ausschuss", "KAL-Fraktion"
            return all(self.is_correct(p) for p in parts if not _abbreviation(p))
        if word.isupper():  # "LEADER-Programm" aside: a word in capitals is a heading's
            return self.is_correct(word.capitalize())
        return self._compound(word, first=True)

    def _noun(self, part: str, strict: bool = False) -> bool:
        """A noun: known capitalised, and not lower-case ("Stadt", not "Inne") unless it is long
        enough not to be a short word ("Vorhaben", "Bestand": nouns and verbs alike)."""
        if len(part) < _MIN_PART:
            return False
        cap = part[0].upper() + part[1:]
        if self._listed(cap):
            return True
        return bool(self._dict.check(cap)) and (
            (len(part) >= _LONG_PART and not strict) or not self._dict.check(cap.lower())
        )

    def _compound(self, word: str, first: bool) -> bool:
        """Nouns joined directly or with s/es/n/en, ending in a noun ("Kitabedarfsplanung") or,
        for a lower-case word, in an adjective or participle ("attraktivitätssteigernden")."""
        key = (word, first)
        known = self._compounds.get(key)
        if known is None:
            known = self._compounds[key] = self._split(word, first)
        return known

    def _split(self, word: str, first: bool) -> bool:
        lower = first and word[0].islower()
        for cut in range(len(word) - _MIN_PART, _MIN_PART - 1, -1):  # the longest head first
            tail = word[cut:]
            if lower:
                if len(tail) < _MIN_TAIL or not self._dict.check(tail):
                    continue
            elif not (
                self._noun(tail, strict=len(tail) < _MIN_TAIL) or self._compound(tail, False)
            ):
                continue
            head = word[:cut]
            for link in _LINKS:
                if link and not head.endswith(link):
                    continue
                stem = head[: len(head) - len(link)]
                if self._noun(stem) or self._compound(stem[0].upper() + stem[1:], first=False):
                    return True
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
            # the first part of a compound completed later: "Dusch- und Sanitätsbereich"
            and not (text[w.end : w.end + 1] == "-" and self._truncated(w.text))
        ]

    def _truncated(self, head: str) -> bool:
        """A compound's first part before "- und": "Schul-", "Sanierungs-", "form-"."""
        stems = [head, *(head[: -len(k)] for k in _LINKS if k and head.endswith(k))]
        return any(
            self.is_correct(s + e) or self._noun(s + e) for s in stems if s for e in ("", "e")
        )

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        if not self.available:
            return []
        return [s for s in self._dict.suggest(word) if s != word][:limit]

    def add(self, word: str) -> None:
        """Into the personal word list, kept in the user's data folder."""
        self._personal.add(word)
        self._cache.clear()  # compounds with it are known now too
        self._compounds.clear()
        if self._personal_path is None:
            return
        self._personal_path.parent.mkdir(parents=True, exist_ok=True)
        with self._personal_path.open("a", encoding="utf-8") as f:
            f.write(word + "\n")
