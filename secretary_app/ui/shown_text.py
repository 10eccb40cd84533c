"""A stored text as the window shows it: bounded, whatever the database holds. No Qt here
(the first frame imports it before PySide's `Qt` namespace is built)."""

from __future__ import annotations

import re

SHOWN_CHARS = 200  # of a title in a heading, a tooltip, a question
_UNBROKEN = re.compile(r"\S{40}")


def shown(text: str, limit: int = SHOWN_CHARS) -> str:
    """A stored text as the window shows it: one line of at most `limit` characters ("…"),
    with a break opportunity in every 40 characters without a space. No text, however long
    (an old database may hold a title of a million characters), can widen or grow the window.
    """
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return _UNBROKEN.sub(lambda m: m[0] + "\u200b", " ".join(text.split()))
