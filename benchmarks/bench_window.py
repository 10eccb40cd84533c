"""Opening a meeting and switching items in the real window, on a ten-year archive.

- open + switch: a new main window opens the archive's newest meeting (40 items × 30
  paragraphs), as at start-up, and the secretary walks through every item of the agenda (each
  item's minutes are laid out in the editor), events processed after each step.
- switch meeting: the window, showing that meeting, opens it again from the meeting picker
  (leaving a meeting writes everything and makes the closing backup) and walks the items.

The baseline of both is the same meeting alone in an otherwise empty database, measured
alternately in the same process. Closing the windows is not timed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.archive import FULL_SIZE, archive_db, archive_meeting
from benchmarks.bench_typing import close_window
from benchmarks.common import Row, headless_platform, time_pair
from secretary_app.store import Store


def _walk(window: Any, meeting_id: int) -> None:
    """Open the meeting, then select every item in turn, as Ctrl+Down would."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()  # not QCoreApplication.processEvents: see bench_typing.type_timed
    if not window.open_meeting(meeting_id):
        raise RuntimeError(f"the window could not open meeting {meeting_id}")
    loop.processEvents()
    for row in range(len(window.meeting.agenda)):
        window.agenda.select_row(row)
        loop.processEvents()


def measure(quick: bool) -> list[Row]:
    os.environ["QT_QPA_PLATFORM"] = headless_platform()
    from PySide6.QtWidgets import QApplication

    from secretary_app.session import Operations
    from secretary_app.ui.main_window import MainWindow

    _app = QApplication.instance() or QApplication([])
    size = (10, 5, 4) if quick else FULL_SIZE
    repeat = 2 if quick else 5
    folder = Path(tempfile.mkdtemp(prefix="bench-window-"))
    windows: list[Any] = []
    try:
        archive = archive_db(*size)
        single = folder / "single.sqlite"
        store = Store.open(single)
        store.add_meeting(archive_meeting(size[0] - 1, *size))
        store.close()

        def new_window(path: Path) -> tuple[Any, int]:
            store = Store.open(path)
            window = MainWindow(Operations(store), open_results=False)
            window.remember_layout = False
            window.resize(1280, 800)
            window.show()
            windows.append((window, store))
            return window, store.list_meetings(limit=1)[0].id

        def fresh(path: Path) -> None:
            window, meeting_id = new_window(path)
            _walk(window, meeting_id)

        def close_all() -> None:
            while windows:
                window, store = windows.pop()
                close_window(window)
                store.close()

        fresh(archive)  # warm-up: imports, page cache
        fresh(single)
        close_all()
        open_samples: list[float] = []
        open_baseline: list[float] = []
        for _ in range(repeat):
            a, b = time_pair(lambda: fresh(archive), lambda: fresh(single), 1)
            open_samples += a
            open_baseline += b
            close_all()

        on_archive, archive_id = new_window(archive)
        on_single, single_id = new_window(single)
        _walk(on_archive, archive_id)
        _walk(on_single, single_id)
        switch_samples, switch_baseline = time_pair(
            lambda: _walk(on_archive, archive_id), lambda: _walk(on_single, single_id), repeat
        )
        items = len(on_archive.meeting.agenda)
    finally:
        for window, store in windows:
            close_window(window)
            store.close()
        shutil.rmtree(folder, ignore_errors=True)
        # the window's automatic backups land next to the database: 135 MB each for the archive
        shutil.rmtree(archive.parent / "backups", ignore_errors=True)
    extra = {
        "archive": f"{size[0]} meetings × {size[1]} items × {size[2]} paragraphs",
        "items": items,
    }
    return [
        Row(
            name="open a meeting and switch items, archive",
            baseline="the same meeting in an otherwise empty database",
            target="≤ 1.2×",
            unit="ms",
            samples=open_samples,
            baseline_samples=open_baseline,
            max_ratio=1.2,
            extra=dict(extra),
        ),
        Row(
            name="switch to another meeting and its items, archive",
            baseline="the same meeting in an otherwise empty database",
            target="≤ 1.2×",
            unit="ms",
            samples=switch_samples,
            baseline_samples=switch_baseline,
            max_ratio=1.2,
            extra=dict(extra),
        ),
    ]
