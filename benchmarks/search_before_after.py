"""Archive search before and after compound search, side by side on the ten-year archive.

    .venv/bin/python benchmarks/search_before_after.py --before e6232f8 [--quick]

"Before" is `store/search.py` as it was at the commit given, over the archive with the index of
that time (the word index of m003, with positions); "after" is the search of this tree over the
same archive migrated to the current schema. The two run in turns, query by query, in one
process, so the load of the machine falls on both alike. Prints the median search time of each
query set and the search index's size (dbstat over every FTS5 table) before and after, as
Markdown rows for docs/ERGEBNISSE.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.archive import FULL_SIZE, archive_db  # noqa: E402
from benchmarks.bench_archive import COMPOUND_QUERIES, QUERIES, _without_index  # noqa: E402
from secretary_app.store import Store, schema  # noqa: E402
from secretary_app.store import search as after_search  # noqa: E402


def _old_search(rev: str, folder: Path) -> ModuleType:
    """`store/search.py` of `rev`, imported as a module of the store package."""
    source = subprocess.run(
        ["git", "show", f"{rev}:secretary_app/store/search.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = folder / "search_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("secretary_app.store._search_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _before_db(after: Path, target: Path) -> None:
    """The archive with the search index of schema 3 (m003's word index, with positions)."""
    _without_index(after, target)
    conn = sqlite3.connect(target, isolation_level=None)
    import sqlite_utils

    schema._m003_search(sqlite_utils.Database(conn))
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES (?, 'm003_search', '')",
        (schema.MIGRATION_SET,),
    )
    conn.execute("PRAGMA user_version = 3")
    conn.execute("VACUUM")
    conn.close()


def _index_mb(conn: sqlite3.Connection) -> float:
    rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    return sum(b for n, b in rows if "_fts" in n) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", required=True, help="the commit of the search before")
    parser.add_argument("--quick", action="store_true", help="a tiny archive, one round")
    args = parser.parse_args()
    size = (10, 5, 4) if args.quick else FULL_SIZE
    rounds = 1 if args.quick else 5
    folder = Path(tempfile.mkdtemp(prefix="search-before-after-"))
    try:
        after_path = folder / "after.sqlite"
        shutil.copyfile(archive_db(*size), after_path)
        store = Store.open(after_path, create=False)
        if store.search_index_pending:
            store.close()
            after_search.build_index(after_path)
            store = Store.open(after_path, create=False)
        before_path = folder / "before.sqlite"
        _before_db(after_path, before_path)
        old = _old_search(args.before, folder)
        # the store class of today reads the old database as it is: no migration on the way
        before_conn = sqlite3.connect(before_path, isolation_level=None, check_same_thread=False)
        before = Store(before_conn, before_path)
        print(
            "| query set | before: median ms | after: median ms | after / before "
            "| hits before → after |"
        )
        print("|---|---:|---:|---:|---|")
        for name, queries in (("two-word", QUERIES), ("one word in compounds", COMPOUND_QUERIES)):
            times: dict[str, list[float]] = {"before": [], "after": []}
            hits: dict[str, str] = {}
            for q in queries:  # warm the page cache of both
                old.search(before, q)
                after_search.search(store, q)
            for _ in range(rounds):
                for q in queries:
                    for side, module, s in (
                        ("before", old, before),
                        ("after", after_search, store),
                    ):
                        t = time.perf_counter()
                        result = module.search(s, q)
                        times[side].append((time.perf_counter() - t) * 1000)
                        hits[f"{q}/{side}"] = str(len(result.hits))
            b, a = statistics.median(times["before"]), statistics.median(times["after"])
            counts = ", ".join(f"{q} {hits[q + '/before']}→{hits[q + '/after']}" for q in queries)
            label = f"{name} ({len(queries)} queries × {rounds})"
            print(f"| {label} | {b:.1f} | {a:.1f} | {a / b:.2f}× | {counts} |")
        b_mb, a_mb = _index_mb(before_conn), _index_mb(store.conn)
        print(f"| search index size (MB) | {b_mb:.1f} | {a_mb:.1f} | {a_mb / b_mb:.2f}× | |")
        store.close()
        before_conn.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
