"""The archive between meetings: full-text search, building its index, backups that scale.

- search: ten realistic two-word searches (`store.search.search`: FTS5, every word a prefix
  with its German spellings, newest 200 hits with snippets), in turns, on the ten-year
  archive; baseline: the same two words found with `LIKE '%…%'` over every paragraph (what a
  search without an index has to do). Target: median < 50 ms. The same for five words that
  mostly stand inside compounds ("plan" in "Haushaltsplan").
- index size: the pages of every FTS5 table (dbstat), word index and compound (trigram) index.
- index build: `store.search.build_index` on a copy of the archive as written before search
  existed (one transaction in a worker thread at the first start after the update); baseline:
  reading every paragraph's and item's text once.
- backups per meeting switch: what the window's GUI thread spends in
  `BackupScheduler.meeting_closed()` + `meeting_opened()` when the secretary switches meetings,
  once with nothing typed and once after a change (then the copy runs in the worker thread;
  its bytes written and duration are in `extra`); baseline: what the window did before — one
  uncompressed online-backup copy of the archive in the GUI thread per switch (and a second
  one on opening, in a thread).
- backup size: one compressed backup of the archive against the uncompressed copy, and the
  disk use of a full rotation (20 + 30 backups) of each.
"""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.archive import FULL_SIZE, archive_db
from benchmarks.common import Row, headless_platform, time_ms
from secretary_app.store import Store, schema
from secretary_app.store import backup as bk
from secretary_app.store import search as se

QUERIES = (
    "Kita Plätze",
    "Befragung Ergebnisse",
    "Haushalt Mittel",
    "Frau Schulze",
    "Spielplatz Konzeption",
    "Wohnungslosenhilfe Winter",
    "Strassenbahn Taktung",
    "Massnahme umsetzen",
    "Nahverkehrsplan Fortschreibung",
    "Pflege Bericht",
)
# words that mostly stand inside compounds in the archive ("Haushaltsplan", "Wohnungslosenhilfe",
# "Schulwegsicherung", "Seniorenbeirat", "Radverkehrskonzept")
COMPOUND_QUERIES = ("plan", "hilfe", "sicherung", "beirat", "verkehr")
ROTATION = bk.KEEP_LAST + bk.KEEP_DAYS


def _ready(path: Path) -> Store:
    """The archive with its search index (an archive cached by an older version has none)."""
    store = Store.open(path, create=False)
    if store.search_index_pending:
        store.close()
        se.build_index(path)
        store = Store.open(path, create=False)
    return store


def _like(conn: sqlite3.Connection, query: str) -> None:
    words = query.split()
    conn.execute(
        "SELECT p.id FROM paragraphs p JOIN agenda_items a ON a.id = p.item_id "
        "JOIN meetings m ON m.id = a.meeting_id WHERE "
        + " AND ".join("p.text LIKE ?" for _ in words)
        + " ORDER BY m.date DESC LIMIT 201",
        [f"%{w}%" for w in words],
    ).fetchall()


def _search_row(
    archive: Path,
    quick: bool,
    size: tuple[int, int, int],
    queries: tuple[str, ...] = QUERIES,
    name: str = "two-word search, archive",
) -> Row:
    store = _ready(archive)
    rounds = 1 if quick else 5
    try:
        for q in queries:  # warm the page cache, as on the secretary's laptop
            se.search(store, q)
        samples: list[float] = []
        base: list[float] = []
        hits: dict[str, int] = {}
        for r in range(rounds):
            for q in queries:
                samples += time_ms(functools.partial(_count_hits, store, q, hits), 1)
                if r == 0:
                    base += time_ms(functools.partial(_like, store.conn, q), 1)
    finally:
        store.close()
    return Row(
        name=name,
        baseline="LIKE over every paragraph, same words (no index)",
        target="median < 50 ms",
        unit="ms",
        samples=samples,
        baseline_samples=base,
        limit=("median", 50.0),
        extra={
            "archive": f"{size[0]} meetings × {size[1]} items × {size[2]} paragraphs",
            "queries": len(queries),
            "p90_ms": round(statistics.quantiles(samples, n=10)[-1], 2),
            "hits": hits,
        },
    )


def _index_size_row(archive: Path) -> list[Row]:
    """Disk used by the search index (every FTS5 shadow table) against the text it indexes;
    no row where SQLite lacks the dbstat table (python.org's Windows build)."""
    store = _ready(archive)
    try:
        pages = dict(
            store.conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
        )
    except sqlite3.OperationalError as exc:
        if "dbstat" not in str(exc):
            raise
        return []
    finally:
        store.close()
    index = {n: b for n, b in pages.items() if "_fts" in n}
    text = pages.get("paragraphs", 0) + pages.get("agenda_items", 0)
    trigram = sum(b for n, b in index.items() if n.startswith("search_fts"))  # vocabulary
    return [
        Row(
            name="search index size, archive",
            baseline="the paragraphs and agenda items tables it indexes",
            target="< 2× the word index alone",
            unit="MB",
            samples=[sum(index.values()) / 1e6],
            baseline_samples=[text / 1e6],
            # the whole search index against the word index of before compound search
            limit=("over_word_index", 2.0),
            extra={
                "word_index_mb": round((sum(index.values()) - trigram) / 1e6, 1),
                "compound_index_mb": round(trigram / 1e6, 2),
                "over_word_index": round(sum(index.values()) / (sum(index.values()) - trigram), 3),
                "database_mb": round(archive.stat().st_size / 1e6, 1),
            },
        )
    ]


def _without_index(source: Path, target: Path) -> None:
    """A copy of the archive as a database written before search existed."""
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    schema.forget_search(conn)
    conn.execute("VACUUM")
    conn.close()


def _build_row(archive: Path, folder: Path, quick: bool) -> Row:
    repeat = 1 if quick else 2
    plain = folder / "before-search.sqlite"
    _without_index(archive, plain)
    samples: list[float] = []
    base: list[float] = []
    for _ in range(repeat):
        copy = folder / "build.sqlite"
        shutil.copyfile(plain, copy)
        samples.append(se.build_index(copy) * 1000)
        conn = sqlite3.connect(plain)
        base += time_ms(
            functools.partial(
                conn.execute,
                "SELECT (SELECT sum(length(text)) FROM paragraphs), "
                "(SELECT sum(length(title) + length(paper)) FROM agenda_items)",
            ),
            1,
        )
        conn.close()
        for leftover in folder.glob("build.sqlite*"):
            leftover.unlink()
    rows = sqlite3.connect(plain).execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    return Row(
        name="build the search index once, archive",
        baseline="reading every paragraph and title once",
        target="< 30 s, in the background",
        unit="ms",
        samples=samples,
        baseline_samples=base,
        limit=("median", 30_000.0),
        extra={"paragraphs": rows, "database_mb": round(plain.stat().st_size / 1e6, 1)},
    )


def _written_bytes() -> int:
    """Bytes this process passed to write() so far (Linux); 0 elsewhere."""
    try:
        for line in Path("/proc/self/io").read_text().splitlines():
            if line.startswith("wchar:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _count_hits(store: Store, query: str, hits: dict[str, int]) -> None:
    hits[query] = len(se.search(store, query).hits)


def _switch_rows(archive: Path, folder: Path, quick: bool) -> list[Row]:
    os.environ["QT_QPA_PLATFORM"] = headless_platform()
    from PySide6.QtCore import QCoreApplication

    from secretary_app.ui.backup_scheduler import BackupScheduler

    _app = QCoreApplication.instance() or QCoreApplication([])
    switches = 3 if quick else 10
    db = folder / "archive.sqlite"
    shutil.copyfile(archive, db)
    store = _ready(db)
    meeting_id = store.list_meetings(limit=1)[0].id
    scheduler = BackupScheduler(db)

    def switch() -> None:  # what the window does when she switches meetings
        scheduler.meeting_closed()
        scheduler.meeting_opened()

    def old_switch(n: int) -> None:  # before: an uncompressed copy in the GUI thread
        target = folder / f"old-{n}.sqlite"
        bk._copy_into_new_file(store.conn, target, "DELETE")
        target.unlink()

    try:
        scheduler.meeting_opened()  # the first backup of this database
        scheduler.wait()
        # the new switch and the old one alternate, round by round (the order too), so that
        # drift in the machine's load falls on both sides alike
        idle: list[float] = []
        idle_bytes: list[int] = []
        old: list[float] = []
        for n in range(switches):  # she clicks through meetings, typing nothing
            if n % 2:
                old += time_ms(functools.partial(old_switch, n), 1)
            before = _written_bytes()
            idle += time_ms(switch, 1)
            store.set_setting("last_meeting", meeting_id)  # what opening a meeting writes
            scheduler.wait()
            idle_bytes.append(_written_bytes() - before)
            if not n % 2:
                old += time_ms(functools.partial(old_switch, n), 1)
        changed: list[float] = []
        copy_ms: list[float] = []
        copy_bytes: list[int] = []
        for i in range(2 if quick else 3):  # she typed something, then switches
            if i % 2:
                old += time_ms(functools.partial(old_switch, switches + i), 1)
            store.set_interruptions(meeting_id, [{"from": f"18:{i:02d}", "until": None}])
            before = _written_bytes()
            changed += time_ms(switch, 1)
            started = time.perf_counter()
            scheduler.wait()
            copy_ms.append((time.perf_counter() - started) * 1000 + changed[-1])
            copy_bytes.append(_written_bytes() - before)
            if not i % 2:
                old += time_ms(functools.partial(old_switch, switches + i), 1)
        newest = bk.latest_backup(db)
        assert newest is not None
        packed = newest.size
        with bk.opened_backup(newest.path) as plain:
            unpacked = plain.stat().st_size
    finally:
        scheduler.close()
        store.close()
    backups = len(bk.list_backups(db))
    common = {"archive_mb": round(db.stat().st_size / 1e6, 1)}
    return [
        Row(
            name="meeting switch, GUI thread in the backup scheduler, nothing typed, archive",
            baseline="before: an uncompressed backup copy in the GUI thread per switch",
            target="≤ 0.01×",
            unit="ms",
            samples=idle,
            baseline_samples=old,
            max_ratio=0.01,
            extra={
                **common,
                "bytes_written_per_switch": int(statistics.median(idle_bytes)),
                "before_bytes_written_per_switch": 2 * unpacked,
                "backups_after_switches": backups,
            },
        ),
        Row(
            name="meeting switch after typing, GUI thread in the backup scheduler, archive",
            baseline="before: an uncompressed backup copy in the GUI thread per switch",
            target="≤ 0.01×",
            unit="ms",
            samples=changed,
            baseline_samples=old,
            max_ratio=0.01,
            extra={
                **common,
                "background_copy_ms": round(statistics.median(copy_ms)),
                "bytes_written_per_switch": int(statistics.median(copy_bytes)),
                "before_bytes_written_per_switch": 2 * unpacked,
            },
        ),
        Row(
            name="one backup of the archive on disk",
            baseline="the uncompressed copy (before)",
            target="≤ 0.5×",
            unit="MB",
            samples=[packed / 1e6],
            baseline_samples=[unpacked / 1e6],
            max_ratio=0.5,
            extra={
                "rotation_full_mb": round(ROTATION * packed / 1e6),
                "before_rotation_full_mb": round(ROTATION * unpacked / 1e6),
                "rotation_backups": ROTATION,
            },
        ),
    ]


def measure(quick: bool) -> list[Row]:
    size = (10, 5, 4) if quick else FULL_SIZE
    folder = Path(tempfile.mkdtemp(prefix="bench-archive-"))
    try:
        archive = archive_db(*size)
        return [
            _search_row(archive, quick, size),
            _search_row(archive, quick, size, COMPOUND_QUERIES, "one-word search in compounds"),
            *_index_size_row(archive),
            _build_row(archive, folder, quick),
            *_switch_rows(archive, folder, quick),
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
