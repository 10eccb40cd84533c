"""Full-text search over the archive: every paragraph, item title and paper reference. No Qt.

The index is SQLite FTS5 (migration `m003_search`, created with sqlite-utils' `enable_fts(...,
create_triggers=True)`, so every later write keeps it current). German spelling is met from both
sides: the tokenizer folds "ä" to "a" (remove_diacritics 2), and `match_expression` expands every
word of the query to its spellings with "ae"/"ä", "oe"/"ö", "ue"/"ü" and "ss"/"ß", so "Strasse"
finds "Straße" and "Müller" finds "Mueller". Every word is a prefix ("Parkraum" finds
"Parkraumkonzept") and is quoted, so operators typed by the user are plain words (what
sqlite-utils' `search(..., quote=True)` does).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import schema
from .errors import StoreError
from .store import Store, _translate

MAX_HITS = 200
_WORD = re.compile(r"\w+")
_SWAPS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))
_MAX_VARIANTS = 8
MARK_START, MARK_END = "\x02", "\x03"  # around a matched word in `SearchHit.snippet`


@dataclass(frozen=True)
class SearchHit:
    """One paragraph (or an item's title/paper when `paragraph_id` is None) that matched."""

    meeting_id: int
    meeting_date: dt.date
    meeting_number: int
    committee: str
    item_id: int
    item_number: str
    item_title: str
    paper: str
    public: bool
    paragraph_id: int | None
    paragraph_index: int  # 0-based position within the item's minutes (-1 for a title hit)
    kind: str  # text | motion | resolution | vote | title
    snippet: str  # text around the first match, matches between MARK_START and MARK_END

    def plain_snippet(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)


@dataclass(frozen=True)
class SearchResult:
    """The hits of a search, and whether there were more than shown."""

    hits: list[SearchHit]
    more: bool  # more hits than shown; the caller suggests narrowing the search


def _fold(word: str) -> str:
    """What the tokenizer makes of a word: lower case, accents removed, ß kept."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def spellings(word: str) -> list[str]:
    """The spellings of one lower-case word the index may hold: ä/ae, ö/oe, ü/ue, ß/ss."""
    found = {word}
    for _ in range(2):
        for w in list(found):
            for umlaut, pair in _SWAPS:
                if umlaut in w:
                    found.add(w.replace(umlaut, pair))
                if pair in w:
                    found.add(w.replace(pair, umlaut))
        if len(found) >= _MAX_VARIANTS:
            break
    return sorted(found, key=lambda w: (len(w), w))[:_MAX_VARIANTS]


def query_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed; None when there is no word in it."""
    parts = []
    for word in query_words(text):
        variants = " OR ".join('"' + v.replace('"', '""') + '"*' for v in spellings(word))
        parts.append(f"({variants})")
    return " AND ".join(parts) or None


def _highlighter(text: str) -> Callable[[str], bool]:
    prefixes = tuple({_fold(v) for w in query_words(text) for v in spellings(w)})
    return lambda word: _fold(word).startswith(prefixes)


def make_snippet(text: str, is_match: Callable[[str], bool], width: int = 160) -> str:
    """`text` around its first matching word, each matching word between the marks."""
    words = list(_WORD.finditer(text))
    hits = [m for m in words if is_match(m.group())]
    if not hits:
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, hits[0].start() - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < hits[0].start() else start
    end = min(len(text), start + width)
    out = ["…" if start else ""]
    pos = start
    for m in hits:
        if m.start() >= end:
            break
        out.append(text[pos : m.start()])
        out.append(MARK_START + m.group() + MARK_END)
        pos = m.end()
    out.append(text[pos:end])
    out.append("…" if end < len(text) else "")
    return "".join(out)


_ITEM_COLUMNS = (
    "a.position, m.id, m.date, m.number, c.name, a.id, a.number, a.title, a.paper, a.public"
)
_JOINS = "JOIN meetings m ON m.id = a.meeting_id JOIN committees c ON c.id = m.committee_id "
_PARAGRAPHS = "FROM paragraphs p JOIN agenda_items a ON a.id = p.item_id " + _JOINS


def _filters(committee: str | None, since: dt.date | None, exact: bool) -> tuple[str, list[object]]:
    sql, params = "", list[object]()
    if committee and exact:
        sql += " AND c.name = ?"
        params.append(committee)
    elif committee:  # the command line: part of the name is enough ("--gremium Finanzen")
        sql += " AND c.name LIKE ?"
        params.append(f"%{committee}%")
    if since:
        sql += " AND m.date >= ?"
        params.append(since.isoformat())
    return sql, params


def search(
    store: Store,
    text: str,
    *,
    committee: str | None = None,
    since: dt.date | None = None,
    limit: int = MAX_HITS,
    exact_committee: bool = False,
) -> SearchResult:
    """Paragraphs and item heads matching every word of `text`, newest meeting first.

    Within a meeting the hits come in agenda order, an item's title hit before its paragraphs.
    """
    if store.search_index_pending:
        raise StoreError(
            "Der Suchindex wird gerade aufgebaut (einmalig nach dem Update). Bitte versuchen Sie "
            "es in wenigen Sekunden erneut."
        )
    expression = match_expression(text)
    if expression is None:
        return SearchResult([], False)
    where, params = _filters(committee, since, exact_committee)
    is_match = _highlighter(text)
    with store._errors():
        # the newest hits by their keys alone (sorting whole rows with their text costs
        # twice as much for a word in every tenth paragraph), then those rows in full
        ids = [
            r[0]
            for r in store.conn.execute(
                "SELECT p.id "
                + _PARAGRAPHS
                + "WHERE p.id IN (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?)"
                + where
                + " ORDER BY m.date DESC, m.id DESC, a.position, p.position LIMIT ?",
                [expression, *params, limit + 1],
            )
        ]
        marks = ",".join("?" * len(ids[:limit]))
        rows = store.conn.execute(
            f"SELECT p.id, p.position, p.kind, p.text, {_ITEM_COLUMNS} {_PARAGRAPHS}"
            + f"WHERE p.id IN ({marks})",
            ids[:limit],
        ).fetchall()
        items = store.conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM agenda_items a {_JOINS}"
            + "WHERE a.id IN (SELECT rowid FROM agenda_items_fts WHERE agenda_items_fts MATCH ?)"
            + where
            + " ORDER BY m.date DESC, m.id DESC, a.position LIMIT ?",
            [expression, *params, limit + 1],
        ).fetchall()
    more = len(ids) > limit or len(items) > limit
    keyed: list[tuple[tuple[str, int, int, int], SearchHit]] = []
    # rows: paragraph id, position, kind, text, then `_ITEM_COLUMNS`
    for r in rows:
        hit = _hit(r[4:], r[0], r[1], r[2], make_snippet(r[3] or "", is_match))
        keyed.append(((r[6], r[5], r[4], r[1]), hit))
    for r in items[:limit]:
        head = make_snippet(f"{r[7]} {r[8]}".strip(), is_match)
        keyed.append(((r[2], r[1], r[0], -1), _hit(r, None, -1, "title", head)))
    # newest meeting first; inside a meeting agenda order, the title before the paragraphs
    keyed.sort(key=lambda kh: (_desc(kh[0][0]), -kh[0][1], kh[0][2], kh[0][3]))
    return SearchResult([h for _, h in keyed][:limit], more)


def _hit(
    item: Sequence[Any], paragraph_id: int | None, index: int, kind: str, snippet: str
) -> SearchHit:
    """A hit from the columns of `_ITEM_COLUMNS` (position, meeting …, item …) and the paragraph."""
    return SearchHit(
        meeting_id=item[1],
        meeting_date=dt.date.fromisoformat(item[2]),
        meeting_number=item[3],
        committee=item[4],
        item_id=item[5],
        item_number=item[6],
        item_title=item[7],
        paper=item[8] or "",
        public=bool(item[9]),
        paragraph_id=paragraph_id,
        paragraph_index=index,
        kind=kind,
        snippet=snippet,
    )


def _desc(iso_date: str) -> int:
    return -dt.date.fromisoformat(iso_date).toordinal()


# -- building the index on an existing archive ---------------------------------------------------

# SQLite calls the progress handler every this many virtual machine steps; filling the index
# takes about this many steps per row (measured on the ten-year archive), which turns the calls
# into a fraction done.
_PROGRESS_STEPS = 10_000
_STEPS_PER_ROW = 26


def build_index(db_path: str | Path, progress: Callable[[float], None] | None = None) -> float:
    """Create the search index of a database whose index was deferred; returns seconds taken.

    Runs the pending migrations (sqlite-utils' `enable_fts`) in one transaction on a connection
    of its own, so it can run in a worker thread while the window stays usable; the window's
    writes wait for it (a few seconds on a ten-year archive). Nothing to do → returns 0.
    """
    import time

    path = Path(db_path)
    started = time.perf_counter()
    try:
        conn = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=30.0
        )
    except sqlite3.Error as exc:
        raise _translate(exc, path) from exc
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] >= schema.SCHEMA_VERSION:
            return 0.0
        conn.execute("PRAGMA foreign_keys = ON")
        rows = conn.execute(
            "SELECT (SELECT count(*) FROM paragraphs) + (SELECT count(*) FROM agenda_items)"
        ).fetchone()[0]
        expected = max(1, rows * _STEPS_PER_ROW // _PROGRESS_STEPS)
        calls = 0

        def tick() -> int:
            nonlocal calls
            calls += 1
            if progress is not None and calls % 10 == 0:
                progress(min(0.99, calls / expected))
            return 0

        conn.set_progress_handler(tick, _PROGRESS_STEPS)
        schema.migrate(conn, defer_search=False)
        conn.set_progress_handler(None, 0)
    except sqlite3.Error as exc:
        raise _translate(exc, path) from exc
    finally:
        conn.close()
    if progress is not None:
        progress(1.0)
    return time.perf_counter() - started
