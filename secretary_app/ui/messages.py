"""The one way errors and questions reach the secretary: German text in a dialog, no traceback.

Every widget calls these functions instead of building message boxes itself, so tests can
replace them in one place (monkeypatch `messages.error`, `messages.confirm`, `messages.ask_text`).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from ..errors import KnownError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# The dialog classes are imported where a dialog is shown: PySide makes each class's Python type
# (with its enums) on first use, which the window's first frame need not pay for.

log = logging.getLogger(__name__)


def error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Tell the user that something did not work and what to do."""
    from PySide6.QtWidgets import QMessageBox

    log.info("error shown: %s", text)
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("messages", "Protokollant – Fehler"), text
    )


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        parent, title or QCoreApplication.translate("messages", "Protokollant"), text
    )


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    """Ask a yes/no question; "Nein" is the default so Enter never destroys anything."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        title or QCoreApplication.translate("messages", "Protokollant"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text from the user; None when cancelled."""
    from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    for part in dialog.findChildren(QLabel):  # a long question wraps instead of widening
        part.setWordWrap(True)
    dialog.resize(max(460, min(560, dialog.sizeHint().width())), dialog.sizeHint().height())
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.textValue() if ok else None


def report(parent: QWidget | None, exc: BaseException, doing: str = "") -> None:
    """Show an exception: a KnownError as it is, a bug briefly (the traceback goes to the log)."""
    if isinstance(exc, KnownError):
        error(parent, str(exc))
        return
    log.error("unexpected error while %s", doing or "working", exc_info=exc)
    from .. import paths

    what = f" beim {doing}" if doing else ""
    error(
        parent,
        QCoreApplication.translate(
            "messages",
            "Interner Fehler{what} ({kind}): {exc}. Der Vorgang wurde abgebrochen. "
            "Details stehen im Protokoll unter {folder}.",
        ).format(what=what, kind=type(exc).__name__, exc=exc, folder=paths.log_dir()),
    )


P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C", bound=QObject)


def shows_errors(method: Callable[Concatenate[C, P], R]) -> Callable[Concatenate[C, P], R | None]:
    """A command: a `KnownError` it raises is shown over its widget (a pane or dialog itself,
    a command object's parent window) and the command ends there; `Cancelled` (she said no)
    ends it silently. Bugs go on to the one `sys.excepthook` (excepthook.py). Replaces a
    catch-and-show block per command."""
    from ..session.interaction import Cancelled

    @functools.wraps(method)
    def command(self: C, /, *args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return method(self, *args, **kwargs)
        except Cancelled:
            return None
        except KnownError as exc:
            # over the widget itself (a pane, a dialog), else over a command's window
            parent = self if _is_widget(self) else self.parent()
            error(parent if _is_widget(parent) else None, str(exc))  # type: ignore[arg-type]
            return None

    return command


def _is_widget(obj: object) -> bool:
    from PySide6.QtWidgets import QWidget

    return isinstance(obj, QWidget)
