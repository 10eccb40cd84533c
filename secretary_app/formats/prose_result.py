"""Vote counts inside a result written as prose, as council systems publish it.

"Einstimmig bei 17 Ja-Stimmen und 6 Enthaltungen", "Mehrheitlich bei 16 Ja-Stimmen, einer
Nein-Stimme und 6 Enthaltungen lt. Beschlussvorschlag", "mit 18 Nein-Stimmen und 5
Enthaltungen Beschluss abgelehnt": the text stays the outcome; the counts are only offered
as a suggested vote, because prose can always be read in more than one way.
"""

from __future__ import annotations

import re

from ..domain.model import Vote

_NUMBER_WORDS = {
    "keine": 0,
    "keiner": 0,
    "null": 0,
    "ein": 1,
    "eine": 1,
    "einer": 1,
    "einem": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
}
_COUNT = r"(?P<n>\d{1,4}|" + "|".join(_NUMBER_WORDS) + r")"
_KINDS = {
    "yes": r"(?:Ja-?\s?Stimmen?|Ja|Für-?\s?Stimmen?|Stimmen\s+dafür|dafür)",
    "no": r"(?:Nein-?\s?Stimmen?|Nein|Gegenstimmen?|Gegen-?\s?Stimmen?|Stimmen\s+dagegen|dagegen)",
    "abstain": r"(?:Enthaltungen|Enthaltung|Stimmenthaltungen|Stimmenthaltung)",
}
_PATTERNS = {
    kind: re.compile(rf"(?<![\w-]){_COUNT}\s+{words}(?![\w-])", re.IGNORECASE)
    for kind, words in _KINDS.items()
}
_UNANIMOUS = re.compile(r"\beinstimmig\b", re.IGNORECASE)


def _value(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORDS[token.lower()]


def suggested_vote(result: str) -> Vote | None:
    """The counts a prose result names, or None when it names none (or contradicts itself).

    A count the text does not name is 0: "einstimmig bei 17 Ja-Stimmen" has no no-votes, and
    "mit 18 Nein-Stimmen und 5 Enthaltungen abgelehnt" no yes-votes.
    """
    counts: dict[str, int] = {}
    for kind, pattern in _PATTERNS.items():
        found = [_value(m.group("n")) for m in pattern.finditer(result)]
        if len(found) > 1:
            return None  # "3 Ja-Stimmen ... 5 Ja-Stimmen": two votes in one text
        if found:
            counts[kind] = found[0]
    if not counts:
        return None
    vote = Vote(yes=counts.get("yes", 0), no=counts.get("no", 0), abstain=counts.get("abstain", 0))
    if _UNANIMOUS.search(result) and vote.no:
        return None  # "einstimmig" with no-votes: not for us to decide which is right
    return vote


def describe(vote: Vote) -> str:
    """ "Ja 17 · Nein 0 · Enthaltung 6" for previews and notes."""
    return f"Ja {vote.yes} · Nein {vote.no} · Enthaltung {vote.abstain}"
