"""How long a text of a meeting may be, for every door it comes in by (the readers).

Generous for real minutes (the longest item titles of the council systems we know are a few
hundred characters, a paragraph of minutes a page), and small enough that no text can make
the window, the documents or a search slow or large. The window shows only what fits in any
case (`ui/shown_text.shown`), so a longer text from an old database is no danger either.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

NUMBER_CHARS = 20  # "7.1", "Ö 12 a"
TITLE_CHARS = 5_000  # an item's title
PAPER_CHARS = 200  # a paper reference ("Drucksache")
NAME_CHARS = 300  # committee, member, faction, location, speaker, outcome, vote label
PARAGRAPH_CHARS = 100_000  # one paragraph of the minutes (some 30 pages)


def _de(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def too_long(what: str, text: str, limit: int) -> str | None:
    """The German reason if `text` is longer than `limit`, else None."""
    if len(text) <= limit:
        return None
    return f"{what} ist {_de(len(text))} Zeichen lang (Grenze: {_de(limit)} Zeichen)"


def item_texts(number: str, title: str, paper: str) -> Iterator[tuple[str, str, int]]:
    """An agenda item's texts: what each is called, the text, its limit."""
    label = f"TOP {number}" if len(number) <= NUMBER_CHARS else "eines Tagesordnungspunktes"
    yield "Die Nummer eines Tagesordnungspunktes", number, NUMBER_CHARS
    yield f"Der Titel von {label}", title, TITLE_CHARS
    yield f"Die Drucksache von {label}", paper, PAPER_CHARS


def first_too_long(texts: Iterable[tuple[str, str, int]]) -> str | None:
    """The German reason for the first text beyond its limit, else None."""
    for what, text, limit in texts:
        reason = too_long(what, text, limit)
        if reason:
            return reason
    return None
