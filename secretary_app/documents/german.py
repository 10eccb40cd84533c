"""German wording for the formal documents: committee names in case, dates, meeting parts.

Committee names are noun phrases whose head noun is the first word that is not part of a
coordination ("Bau-, Verkehrs- und Umweltausschuss" → "Umweltausschuss"). The head decides
gender and genitive ending; the rest of the name ("für Gesundheit, Soziales und Inklusion")
stays as it is. Unknown heads are treated as masculine nouns (most committee names are).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Endings of the head noun → (gender, genitive suffix); the first matching ending wins.
_HEADS: tuple[tuple[str, str, str], ...] = (
    ("ausschuss", "m", "es"),
    ("beirat", "m", "s"),
    ("rat", "m", "s"),
    ("tag", "m", "s"),
    ("senat", "m", "s"),
    ("vorstand", "m", "s"),
    ("kreis", "m", "es"),
    ("konvent", "m", "s"),
    ("bürgerschaft", "f", ""),
    ("schaft", "f", ""),  # Arbeitsgemeinschaft, Bürgerschaft, Körperschaft
    ("stelle", "f", ""),  # Schiedsstelle
    ("jury", "f", ""),
    ("versammlung", "f", ""),
    ("vertretung", "f", ""),
    ("kommission", "f", ""),
    ("konferenz", "f", ""),
    ("runde", "f", ""),
    ("kammer", "f", ""),
    ("gruppe", "f", ""),
    ("deputation", "f", ""),
    ("gremium", "n", "s"),
    ("forum", "n", "s"),
    ("kollegium", "n", "s"),
    ("präsidium", "n", "s"),
    ("kuratorium", "n", "s"),
    ("komitee", "n", "s"),
    ("parlament", "n", "s"),
    ("plenum", "n", "s"),
    # generic feminine endings last: a specific head above wins
    ("ung", "f", ""),
    ("heit", "f", ""),
    ("keit", "f", ""),
    ("ion", "f", ""),
)

_ARTICLES = {
    # gender: (nominative, genitive, dative)
    "m": ("der", "des", "dem"),
    "f": ("die", "der", "der"),
    "n": ("das", "des", "dem"),
}

_CONNECTORS = {"und", "oder", "sowie", "&"}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class _Phrase:
    """A committee's name taken apart, to put it into the genitive."""

    before: str  # words before the head noun: coordinated prefixes ("Bau- und"), an adjective
    head: str
    after: str  # the rest, with its leading space
    gender: str
    genitive_suffix: str
    adjective: int  # index into before's words of an adjective ("Gemeinsamer"), or -1


def _head_word(word: str) -> str:
    match = _WORD.match(word)
    return match.group(0) if match else word


def _known(word: str) -> tuple[str, str] | None:
    lower = word.lower()
    for ending, gender, suffix in _HEADS:
        if lower.endswith(ending):
            return gender, suffix
    return None


def _parse(name: str) -> _Phrase:
    words = name.split(" ")
    index = 0
    for i, word in enumerate(words):
        bare = word.rstrip(",")
        if not bare or bare.endswith("-") or bare.lower() in _CONNECTORS:
            continue
        index = i
        break
    adjective = -1
    # "Gemeinsamer Ausschuss": a strong adjective before a known head noun.
    if (
        index + 1 < len(words)
        and words[index].endswith("er")
        and _known(words[index]) is None
        and _known(_head_word(words[index + 1])) is not None
    ):
        adjective = index
        index += 1
    head = _head_word(words[index])
    trailing = words[index][len(head) :]  # punctuation glued to the head ("Ausschuss,")
    known = _known(head)
    if known is not None:
        gender, suffix = known
    else:  # most committee names are masculine ("der Arbeitskreis", "der Stab")
        gender, suffix = "m", "es" if head[-1:] in ("s", "ß", "x", "z") else "s"
    before = " ".join(words[:index])
    after = trailing + (" " + " ".join(words[index + 1 :]) if index + 1 < len(words) else "")
    return _Phrase(before, head, after, gender, suffix, adjective)


def _inflect_adjective(phrase: _Phrase, ending: str) -> str:
    """Weak adjective ending after the definite article: "der Gemeinsame", "des Gemeinsamen"."""
    words = phrase.before.split(" ") if phrase.before else []
    if phrase.adjective >= 0:
        words[phrase.adjective] = words[phrase.adjective][:-2] + ending
    return " ".join(words)


def _join(before: str, head: str, after: str) -> str:
    return (before + " " if before else "") + head + after


def nominative(name: str, *, capital: bool = False) -> str:
    """ "der Ausschuss für Gesundheit" / "die Stadtverordnetenversammlung"."""
    name = name.strip()
    if not name:
        return name
    phrase = _parse(name)
    article = _ARTICLES[phrase.gender][0]
    if capital:
        article = article.capitalize()
    before = _inflect_adjective(phrase, "e")
    return f"{article} {_join(before, phrase.head, phrase.after)}"


def genitive(name: str) -> str:
    """ "des Ausschusses für Gesundheit", "des Hauptausschusses", "der Kommission"."""
    name = name.strip()
    if not name:
        return name
    phrase = _parse(name)
    article = _ARTICLES[phrase.gender][1]
    head = phrase.head + phrase.genitive_suffix
    before = _inflect_adjective(phrase, "en")
    return f"{article} {_join(before, head, phrase.after)}"


def dative(name: str) -> str:
    """ "der Stadtverordnetenversammlung", "dem Kreistag", "dem Gemeinderat"."""
    name = name.strip()
    if not name:
        return name
    phrase = _parse(name)
    before = _inflect_adjective(phrase, "en")
    return f"{_ARTICLES[phrase.gender][2]} {_join(before, phrase.head, phrase.after)}"


def date(value: dt.date) -> str:
    """DD.MM.YYYY."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


NBSP = "\u00a0"


def long_date(value: dt.date) -> str:
    """ "14. Juni 2016", held together by no-break spaces: never "14." at a line's end and
    "Juni 2016" on the next (DIN 5008)."""
    return f"{value.day}.{NBSP}{MONTHS[value.month - 1]}{NBSP}{value.year}"


def weekday(value: dt.date) -> str:
    return WEEKDAYS[value.weekday()]


def weekday_short(value: dt.date) -> str:
    """ "Di": the two letters German calendars and invitations print."""
    return WEEKDAYS[value.weekday()][:2]


def parse_date(text: str) -> dt.date | None:
    """ "14.06.2016" or "2016-06-14" → date; anything else → None."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if match is None:
        return None
    try:
        return dt.date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None


def parts_adjective(parts: list[str], ending: str) -> str:
    """The meeting's parts as adjective: ending "en" (dative) → "öffentlichen/nichtöffentlichen"."""
    words = []
    if "public" in parts:
        words.append("öffentlich" + ending)
    if "non-public" in parts:
        words.append("nichtöffentlich" + ending)
    return "/".join(words)


def part_label(public: bool) -> str:
    return "öffentlich" if public else "nichtöffentlich"


def timestamp(iso: str) -> str:
    """ "2024-03-05T19:50:12" → "05.03.2024, 19:50 Uhr"; anything else is kept as it is."""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{date(moment.date())}, {moment:%H:%M} Uhr"


def time_of_day(hhmm: str) -> str:
    return f"{hhmm} Uhr"


def join_names(names: list[str]) -> str:
    """ "A, B und C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " und " + names[-1]
