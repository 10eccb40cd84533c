"""Full-text search over the archive: every paragraph, item title and paper reference. No Qt.

The index is SQLite FTS5 (migration `m003_search`, created with sqlite-utils' `enable_fts(...,
create_triggers=True)`, so every later write keeps it current). German spelling is met from both
sides: the tokenizer folds "ä" to "a" (remove_diacritics 2), and `match_expression` expands every
word of the query to its spellings with "ae"/"ä", "oe"/"ö", "ue"/"ü" and "ss"/"ß", so "Strasse"
finds "Straße" and "Müller" finds "Mueller". Every word is a prefix ("Parkraum" finds
"Parkraumkonzept") and is quoted, so operators typed by the user are plain words (what
sqlite-utils' `search(..., quote=True)` does).

German writes in compounds, so a word of three letters or more is also found inside a longer
word ("Spielplatz" in "Kinderspielplatz", "gebiet" in "Plangebiet"), through the trigram index of
migration `m005_compound_search`: the archive's vocabulary of long words, in which a trigram
index finds the words holding the query word ("kinderspielplatz"); the word index is then asked
for those. Those hits come after the hits of whole words (and word beginnings), which fill the
list first; `SearchHit.inside` marks them.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import schema
from .errors import StoreError
from .store import Store, _translate

MAX_HITS = 200
MAX_COMPOUNDS = 300  # words of the archive a word is looked up inside ("plan": "bebauungsplan" …)
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
    inside: bool = False  # found inside a compound only ("plan" in "Bebauungsplan")

    def plain_snippet(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)


@dataclass(frozen=True)
class SearchResult:
    """The hits of a search, and whether there were more than shown."""

    hits: list[SearchHit]
    more: bool  # more hits than shown; the caller suggests narrowing the search


_fold = schema.fold  # what the tokenizer makes of a word: lower case, accents removed, ß kept


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


def _like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _compounds(store: Store, word: str) -> list[str]:
    """The archive's words that hold `word` (a spelling of it) inside, not at their start, as
    the word index spells them ("kinderspielplatz" for "Spielplatz"); at most MAX_COMPOUNDS."""
    found: dict[str, None] = {}
    for v in dict.fromkeys(schema.fold(w) for w in spellings(word)):
        if len(v) < 3:  # the trigram index needs three letters
            continue
        rows = store.conn.execute(
            "SELECT word FROM search_fts_trigram WHERE word LIKE ? ESCAPE '\\' "
            "AND word NOT LIKE ? ESCAPE '\\' LIMIT ?",
            (f"%{_like(v)}%", f"{_like(v)}%", MAX_COMPOUNDS),
        )
        found.update((r[0], None) for r in rows)
    return list(found)[:MAX_COMPOUNDS]


def compound_expression(store: Store, text: str) -> str | None:
    """The word index's MATCH for hits inside compounds only: every word as a word (beginning)
    or inside one of the archive's words, and not all of them as words (those hits are listed
    first). None when no word stands inside another."""
    parts, inside = [], False
    for word in query_words(text):
        terms = ['"' + t.replace('"', '""') + '"' for t in _compounds(store, word)]
        inside = inside or bool(terms)
        whole = match_expression(word)
        parts.append(f"({whole} OR {' OR '.join(terms)})" if terms else f"({whole})")
    if not inside:
        return None
    return f"({' AND '.join(parts)}) NOT ({match_expression(text)})"


def _highlighter(text: str) -> Callable[[str], bool]:
    variants = {_fold(v) for w in query_words(text) for v in spellings(w)}
    prefixes = tuple(variants)
    inner = tuple(v for v in variants if len(v) >= 3)

    seen: dict[str, bool] = {}  # a paragraph's words recur in the next: fold each once

    def is_match(word: str) -> bool:
        known = seen.get(word)
        if known is None:
            folded = _fold(word)
            known = seen[word] = folded.startswith(prefixes) or any(v in folded for v in inner)
        return known

    return is_match


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
# the same rows in the order of the indexes on meetings(date), agenda_items(meeting_id,
# position) and paragraphs(item_id, position): the order of the hits (CROSS JOIN keeps it)
_WALK = (
    "FROM meetings m CROSS JOIN agenda_items a ON a.meeting_id = m.id "
    "CROSS JOIN paragraphs p ON p.item_id = a.id JOIN committees c ON c.id = m.committee_id "
)
DENSE_HITS = 5000  # from this many paragraph hits on, `_WALK` finds the newest sooner


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
    Hits inside compounds only follow those of whole words, in the same order, while the list
    has room.
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
        hits, more = _hits(store, expression, where, params, limit, is_match)
        inside = None if more else compound_expression(store, text)
        if inside is not None:
            extra, more = _hits(
                store, inside, where, params, limit - len(hits), is_match, inside=True
            )
            hits += extra
    return SearchResult(hits, more)


def _hits(
    store: Store,
    expression: str,
    where: str,
    params: list[object],
    limit: int,
    is_match: Callable[[str], bool],
    *,
    inside: bool = False,
) -> tuple[list[SearchHit], bool]:
    """The newest `limit` paragraphs and item heads the word index matches with `expression`,
    in the order of `search`, with their snippets."""
    # the newest hits by their keys alone (sorting whole rows with their text costs twice as
    # much for a word in every tenth paragraph), then those rows in full
    found = "p.id IN (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?)"
    dense = store.conn.execute(
        "SELECT count(*) FROM (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? "
        "LIMIT ?)",
        [expression, DENSE_HITS],
    ).fetchone()[0]
    # Many hits: walk the meetings newest first along their indexes and stop at the limit
    # (sorting 100,000 hits by date took 200 ms, the walk 25 ms). Few: sort them (walking
    # every paragraph of the archive for none would take 60 ms).
    source = _WALK if dense >= DENSE_HITS else _PARAGRAPHS
    ids = [
        r[0]
        for r in store.conn.execute(
            f"SELECT p.id {source}WHERE {found}{where}"
            " ORDER BY m.date DESC, m.id DESC, a.position, p.position LIMIT ?",
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
        f"SELECT {_ITEM_COLUMNS} FROM agenda_items a {_JOINS}WHERE "
        "a.id IN (SELECT rowid FROM agenda_items_fts WHERE agenda_items_fts MATCH ?)"
        + where
        + " ORDER BY m.date DESC, m.id DESC, a.position LIMIT ?",
        [expression, *params, limit + 1],
    ).fetchall()
    more = len(ids) > limit or len(items) > limit
    keyed: list[tuple[tuple[str, int, int, int], SearchHit]] = []
    # rows: paragraph id, position, kind, text, then `_ITEM_COLUMNS`
    for r in rows:
        hit = _hit(r[4:], r[0], r[1], r[2], make_snippet(r[3] or "", is_match), inside)
        keyed.append(((r[6], r[5], r[4], r[1]), hit))
    for r in items[:limit]:
        head = make_snippet(f"{r[7]} {r[8]}".strip(), is_match)
        keyed.append(((r[2], r[1], r[0], -1), _hit(r, None, -1, "title", head, inside)))
    # newest meeting first; inside a meeting agenda order, the title before the paragraphs
    keyed.sort(key=lambda kh: (_desc(kh[0][0]), -kh[0][1], kh[0][2], kh[0][3]))
    hits = [h for _, h in keyed]
    return hits[:limit], more or len(hits) > limit


def _hit(
    item: Sequence[Any],
    paragraph_id: int | None,
    index: int,
    kind: str,
    snippet: str,
    inside: bool = False,
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
        inside=inside,
    )


def _desc(iso_date: str) -> int:
    return -dt.date.fromisoformat(iso_date).toordinal()


# -- building the index on an existing archive ---------------------------------------------------

# SQLite calls the progress handler every this many virtual machine steps; each search
# migration takes about this many steps per row (m003 measured on the ten-year archive, m005 on
# an archive of 4,000 paragraphs), which turns the calls into a fraction done.
_PROGRESS_STEPS = 10_000
_STEPS_PER_ROW = {"m003_search": 26, "m005_compound_search": 175}


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
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version >= schema.SCHEMA_VERSION:
            return 0.0
        per_row = sum(_STEPS_PER_ROW.get(n, 0) for n in schema.MIGRATION_NAMES[version:])
        conn.execute("PRAGMA foreign_keys = ON")
        rows = conn.execute(
            "SELECT (SELECT count(*) FROM paragraphs) + (SELECT count(*) FROM agenda_items)"
        ).fetchone()[0]
        expected = max(1, rows * per_row // _PROGRESS_STEPS)
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
