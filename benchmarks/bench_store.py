"""The store: saving one edited paragraph, and opening a meeting on a ten-year archive.

- save: `Store.save_paragraphs` with one changed paragraph in a 100 × 50 meeting, to disk with
  `synchronous=FULL` in WAL mode, next to one INSERT + commit into a bare sqlite3 file with the
  same settings (the floor of any durable write).
- open (store only): what the store does when the window shows a meeting — open the database,
  the first page of the meeting picker, load the whole meeting (the window keeps it in memory
  and reads nothing more on an item switch) — on the archive, next to the same meeting alone in
  an otherwise empty database. `bench_window` measures the same in the real window.
- integrity check: `Store.check_integrity` (`PRAGMA quick_check`) on the archive, what every
  command pays once before its first write and the window pays in its background worker at
  start, next to opening a meeting there (the page cache warm, as on her laptop).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.archive import FULL_SIZE, archive_db, archive_meeting, make_meeting
from benchmarks.common import Row, time_pair
from secretary_app.store import Store

PICKER_PAGE = 50  # the meeting picker shows this many meetings before "more"


def _save_row(quick: bool, folder: Path) -> Row:
    items, paragraphs = (5, 8) if quick else (100, 50)
    repeat = 10 if quick else 200
    store = Store.open(folder / "save.sqlite")
    meeting_id = store.add_meeting(make_meeting(items, paragraphs, seed=1))
    item = store.load_meeting(meeting_id).agenda[items // 2]
    assert item.id is not None
    minutes = store.paragraphs(item.id)
    edited = next(p for p in minutes[len(minutes) // 2 :] if p.kind == "text")
    base_text = edited.text
    counter = iter(range(10**9))

    def save() -> None:
        edited.text = f"{base_text} {next(counter)}"  # one more keystroke's worth of change
        store.save_paragraphs(item.id, minutes)  # type: ignore[arg-type]

    conn = sqlite3.connect(str(folder / "bare.sqlite"), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")

    def insert() -> None:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (text) VALUES (?)", (base_text,))
        conn.execute("COMMIT")

    save()  # warm-up
    insert()
    samples, baseline = time_pair(save, insert, repeat)
    store.close()
    conn.close()
    return Row(
        name="save one edited paragraph",
        baseline="INSERT + commit, bare sqlite3 (WAL, synchronous=FULL)",
        target="≤ 2×",
        unit="ms",
        samples=samples,
        baseline_samples=baseline,
        max_ratio=2.0,
        extra={"meeting": f"{items} items × {paragraphs} paragraphs"},
    )


def show_meeting(path: Path) -> None:
    """Open the database, list the newest meetings, load the newest."""
    store = Store.open(path, create=False)
    try:
        newest = store.list_meetings(limit=PICKER_PAGE)[0]
        store.load_meeting(newest.id)
    finally:
        store.close()


def _open_row(quick: bool, folder: Path) -> Row:
    size = (10, 5, 4) if quick else FULL_SIZE
    repeat = 3 if quick else 15
    archive = archive_db(*size)
    # the same newest meeting, alone in a fresh database
    empty = folder / "single.sqlite"
    store = Store.open(empty)
    store.add_meeting(archive_meeting(size[0] - 1, *size))
    store.close()
    show_meeting(archive)  # warm the page cache, as the secretary's laptop would be
    show_meeting(empty)
    samples, baseline = time_pair(
        lambda: show_meeting(archive), lambda: show_meeting(empty), repeat
    )
    return Row(
        name="open a meeting, store only, archive",
        baseline="the same meeting in an otherwise empty database",
        target="≤ 1.2×",
        unit="ms",
        samples=samples,
        baseline_samples=baseline,
        max_ratio=1.2,
        extra={
            "archive": f"{size[0]} meetings × {size[1]} items × {size[2]} paragraphs",
            "paragraphs": size[0] * size[1] * size[2],
        },
    )


def _integrity_row(quick: bool) -> Row:
    size = (10, 5, 4) if quick else FULL_SIZE
    repeat = 3 if quick else 7
    archive = archive_db(*size)
    store = Store.open(archive, create=False)

    def check() -> None:
        store.check_integrity()

    try:
        check()  # warm the page cache
        samples, baseline = time_pair(check, lambda: show_meeting(archive), repeat)
    finally:
        store.close()
    return Row(
        name="integrity check before the first write, archive",
        baseline="open a meeting, store only, archive",
        target="< 1 s (a command pays it once; the window in the background)",
        unit="ms",
        samples=samples,
        baseline_samples=baseline,
        limit=("median", 1000.0),
        extra={
            "archive": f"{size[0]} meetings × {size[1]} items × {size[2]} paragraphs",
            "file_mb": round(archive.stat().st_size / 1e6, 1),
        },
    )


def measure(quick: bool) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="bench-store-"))
    try:
        return [_save_row(quick, folder), _open_row(quick, folder), _integrity_row(quick)]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
