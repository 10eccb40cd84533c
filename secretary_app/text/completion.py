"""Where a speaker's name may be completed, and which typed text the completion replaces.

A name is offered where speakers are named — at the start of a paragraph or of a sentence, or
after a typed salutation ("… dankt Frau Sch") — never inside a word or for a noun in the middle
of a sentence ("… auf den Rat" is not "Rathmann"). The
typed prefix includes a salutation and a title she may have typed herself ("Frau Sch",
"Herr Dr. Kr"), so accepting replaces all of it and nothing is doubled.
"""

from __future__ import annotations

import re
from typing import NamedTuple

SALUTATIONS = ("Frau", "Herr", "Herrn")
TITLES = ("Dr.", "Prof.", "Prof. Dr.", "Dipl.-Ing.")
MIN_PREFIX = 2
# after a salutation she has said whom she means: "Frau H" already offers the H-names
MIN_PREFIX_AFTER_SALUTATION = 1

# Patterns, not compiled ones: `re` compiles each when it is first used and keeps it, so the
# window's start does not pay for them (~0.7 ms) before she types a name.
_SENTENCE_END = r"[.!?:;…]\s+$|^\s*$|[„\"(–-]\s*$"
# a full stop after these ends no sentence ("z. B. Sch" is not the start of a sentence)
_ABBREVIATION = r"(?:\b\w|Nr|bzw|ca|vgl|ggf|usw|Abs|Dr|Prof|gem|inkl|evtl|bspw|Std|Mio|Tsd)\.\s+$"
_PREFIX = (
    r"(?:(?P<salutation>Frau|Herrn?)\s+)?"
    r"(?P<titles>(?:(?:Prof\.|Dr\.|Dipl\.-Ing\.)\s+)*)"
    r"(?P<name>[A-ZÄÖÜ][\wäöüßÄÖÜ-]*)$"
)


class SpeakerPrefix(NamedTuple):
    """The typed text a chosen name replaces (`typed`) and the part matched against names."""

    typed: str
    name: str
    salutation: str = ""

    def long_enough(self) -> bool:
        """Whether enough of the name is typed to offer names: one letter after "Frau" or
        "Herr", two without (a capital at a sentence's start is rarely a speaker)."""
        least = MIN_PREFIX_AFTER_SALUTATION if self.salutation else MIN_PREFIX
        return len(self.name) >= least


def speaker_prefix(before: str) -> SpeakerPrefix | None:
    """The speaker prefix that ends at the cursor, if a name may be completed here.

    `before` is the paragraph's text before the cursor.
    """
    tail = before[-60:]
    match = re.search(_PREFIX, tail)
    if match is None:
        return None
    start = match.start()
    if start > 0 and (tail[start - 1].isalnum() or tail[start - 1] in "-'’"):
        return None  # inside a word
    lead = before[: len(before) - len(tail) + start]
    if not match.group("salutation") and not sentence_start(lead):
        return None  # in the middle of a sentence: a noun, not a speaker
    return SpeakerPrefix(
        typed=match.group(0), name=match.group("name"), salutation=match.group("salutation") or ""
    )


def sentence_start(before: str) -> bool:
    """Whether the cursor stands where a new sentence or paragraph begins."""
    return bool(re.search(_SENTENCE_END, before)) and not re.search(_ABBREVIATION, before)
