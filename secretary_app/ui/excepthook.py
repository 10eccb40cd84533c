"""The one place a bug reaches the secretary: logged whole, shown as one German dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from .. import paths
from ..errors import KnownError

log = logging.getLogger(__name__)


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return
    from PySide6.QtWidgets import QMessageBox  # not on the way to the first frame

    window = QApplication.activeWindow()
    if isinstance(exc, KnownError):  # the environment's fault, reached a slot unhandled
        log.info("known error: %s", exc)
        QMessageBox.warning(window, "Protokollant", str(exc))
        return
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    QMessageBox.critical(
        window,
        QCoreApplication.translate("excepthook", "Protokollant – interner Fehler"),
        QCoreApplication.translate(
            "excepthook",
            "Ein interner Fehler ist aufgetreten ({kind}: {exc}). Der Vorgang wurde "
            "abgebrochen; Ihr Text ist gespeichert. Details stehen im Protokoll unter {folder}.",
        ).format(kind=kind.__name__, exc=exc, folder=paths.log_dir()),
    )


def install() -> None:
    """Exceptions that escape a slot land here instead of in the terminal."""
    sys.excepthook = _hook
