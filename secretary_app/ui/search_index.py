"""Building the search index of an existing archive once, in the background, with a progress bar;
and the window's entries into the archive dialogs, imported only when first used.

A database written before search existed gets its index on first opening; on a large archive
opening leaves it pending (`Operations.search_index_pending`) and this builds it in a worker
thread (`session.archive.build_search_index`, one transaction of a few seconds on a ten-year
archive), showing its progress in the status bar.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar

from ..session.background import guarded

if TYPE_CHECKING:
    from ..session import Operations
    from .window_view import WindowView

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchIndexBuilder", text)


class SearchIndexBuilder(QObject):
    progress = Signal(int)  # per mille
    done = Signal(str)  # "" when ready, else the German error

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._thread = threading.Thread(target=self._run, name="search-index", daemon=True)
        self.done.connect(self._finished)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        from ..session.archive import build_search_index

        path = self.ops.database_path
        outcome = guarded(
            lambda: build_search_index(path, lambda f: self.progress.emit(int(f * 1000))),
            "building the search index",
        )
        if outcome.ok:
            log.info("search index built in %.1f s", outcome.value)
        self.done.emit(outcome.error)

    def _finished(self, error: str) -> None:
        if not error:
            self.ops.search_index_built()


def start_search_index(ops: Operations, window: QMainWindow) -> SearchIndexBuilder | None:
    """If the database still lacks its search index: build it, with a progress bar in the
    window's status bar (the builder is the window's child until the window closes)."""
    if not ops.search_index_pending:
        return None
    builder = SearchIndexBuilder(ops, window)
    bar = QProgressBar(window)
    bar.setRange(0, 1000)
    bar.setValue(0)
    bar.setMaximumWidth(220)
    bar.setFormat(_tr("Suchindex wird aufgebaut: %p %"))
    bar.setToolTip(
        _tr(
            "Einmalig nach dem Update: das Archiv wird für die Suche (Strg+Umschalt+F) "
            "erschlossen. Sie können weiterarbeiten."
        )
    )
    window.statusBar().addPermanentWidget(bar)
    builder.progress.connect(bar.setValue)

    def finished(error: str) -> None:
        window.statusBar().removeWidget(bar)
        bar.deleteLater()
        if error:
            window.statusBar().showMessage(
                _tr("Suchindex konnte nicht aufgebaut werden: {error}").format(error=error),
                0,
            )
        else:
            window.statusBar().showMessage(_tr("Suchindex fertig – Strg+Umschalt+F sucht."), 5000)

    builder.done.connect(finished)
    builder.start()
    return builder


def running_builder(view: WindowView) -> SearchIndexBuilder | None:
    """The window's builder while the index is still being built, else None."""
    builder = view.widget().findChild(SearchIndexBuilder)
    return builder if builder is not None and view.ops.search_index_pending else None


def open_search(window: WindowView) -> None:
    """Strg+Umschalt+F (search_dialog.py)."""
    from .dialogs.search_dialog import show_search

    builder = running_builder(window)
    show_search(window, builder.done if builder is not None else None)


def open_register(window: WindowView, *, due_only: bool = False) -> None:
    """Beschlusskontrolle, or Wiedervorlagen with `due_only` (register_dialog.py)."""
    from .dialogs.register_dialog import show_register

    show_register(window, due_only=due_only)
