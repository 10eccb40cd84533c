"""Vote counts named in German prose: "bei 17 Ja-Stimmen und 6 Enthaltungen", "einer
Gegenstimme". One reading for the contradiction checker (minutes text against the tally) and
for OParl results written as prose (formats/prose_result.py)."""

from __future__ import annotations

import re

NUMBER_WORDS = {
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
_COUNT = r"(?P<n>\d{1,4}|" + "|".join(NUMBER_WORDS) + r")"
_KINDS = {
    "yes": r"(?:Ja-?\s?Stimmen?|Ja|Für-?\s?Stimmen?|Stimmen?\s+dafür|dafür|Zustimmungen?)",
    "no": r"(?:Nein-?\s?Stimmen?|Nein|Gegenstimmen?|Gegen-?\s?Stimmen?|Stimmen?\s+dagegen|dagegen)",
    "abstain": r"(?:Enthaltungen|Enthaltung|Stimmenthaltungen|Stimmenthaltung)",
}
PATTERNS = {
    kind: re.compile(rf"(?<![\w-]){_COUNT}\s+{words}(?![\w-])", re.IGNORECASE)
    for kind, words in _KINDS.items()
}
UNANIMOUS = re.compile(r"\beinstimmig\b", re.IGNORECASE)


def value(token: str) -> int:
    return int(token) if token.isdigit() else NUMBER_WORDS[token.lower()]


def named_counts(text: str) -> dict[str, list[int]]:
    """Every count the text names, by kind: {"yes": [17], "abstain": [6]}."""
    found: dict[str, list[int]] = {}
    for kind, pattern in PATTERNS.items():
        numbers = [value(m.group("n")) for m in pattern.finditer(text)]
        if numbers:
            found[kind] = numbers
    return found
