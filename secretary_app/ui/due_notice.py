"""At start, the window says how many follow-ups are due this week ("3 Wiedervorlagen fällig"):
a button in the status bar, and the key of the Wiedervorlagen list (Strg+Umschalt+T) on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from ..errors import KnownError
from ..session.followups import FollowUps
from .key_names import key_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("DueNotice", text)


def announce_due_followups(window: Any) -> QPushButton | None:
    """The notice in `window`'s status bar when follow-ups are due by Sunday; None when none are
    (or the register cannot be read: the register itself will say why)."""
    try:
        due = FollowUps(window.ops).due_this_week()
    except KnownError:
        return None
    if not due:
        return None
    action = window.actions_by_name.get("due")
    keys = key_text(action.shortcut()) if action is not None else ""
    one = _tr("1 Wiedervorlage fällig")
    text = one if due == 1 else _tr("{n} Wiedervorlagen fällig").format(n=due)
    button = QPushButton(f"{text} ({keys})" if keys else text, window)
    button.setObjectName("dueFollowUps")
    button.setFlat(True)
    button.setStyleSheet("font-weight: bold")
    button.setToolTip(_tr("Wiedervorlagen bis Sonntag, auch überfällige, zeigen"))
    if action is not None:
        button.clicked.connect(action.trigger)
    # permanent: a passing message ("Sicherung erstellt") would hide it on the left
    window.statusBar().insertPermanentWidget(0, button)
    return button
