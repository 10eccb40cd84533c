"""German typography as Word applies it while one types: „…“, ‚…‘, – and ….

The editor asks `replacement()` after each typed character; the rule looks only at the text
before the cursor in the current paragraph, so it costs nothing on a long document.
"""

from __future__ import annotations

from typing import NamedTuple

# after these a quote opens; anywhere else (after a letter, digit, punctuation) it closes
_OPENING_CONTEXT = " \t\n([{\u2013\u2014-/„‚\u00a0"


class Replacement(NamedTuple):
    """Replace the last `length` characters before the cursor with `text`."""

    length: int
    text: str


def _opens(before: str) -> bool:
    return not before or before[-1] in _OPENING_CONTEXT


def replacement(before: str) -> Replacement | None:
    """What the text just typed (the end of `before`) becomes, or None if it stays.

    `before` is the paragraph's text up to and including the character just typed.
    """
    if not before:
        return None
    last = before[-1]
    rest = before[:-1]
    if last == '"':
        return Replacement(1, "„" if _opens(rest) else "“")
    if last == "'":
        if rest and rest[-1].isalnum() and not _quote_open(rest, "‚", "‘"):
            return Replacement(1, "’")  # an apostrophe: "geht’s", "Müller’sche"
        return Replacement(1, "‚" if _opens(rest) else "‘")
    if last == "." and rest.endswith(".."):
        return Replacement(3, "…")
    if last == " " and rest.endswith(" -") and len(rest) >= 3 and not rest[-3].isspace():
        return Replacement(2, "– ")
    if last == " " and rest == "-":
        return None  # a list dash at the start of a paragraph stays
    return None


def _quote_open(text: str, opening: str, closing: str) -> bool:
    """Whether the last `opening` quote in `text` has not been closed yet."""
    return text.rfind(opening) > text.rfind(closing)


def apply(text: str) -> str:
    """The whole of `text` as if it had been typed with typography on (tests, benchmarks)."""
    out = ""
    for ch in text:
        out += ch
        rule = replacement(out)
        if rule is not None:
            out = out[: len(out) - rule.length] + rule.text
    return out
