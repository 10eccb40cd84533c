"""Set-up shared by the main-window tests: a committee in a fresh database, a window on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from secretary_app.domain.model import AgendaItem, Committee, Meeting, Member
from secretary_app.session import Operations
from secretary_app.session.answers import ScriptedInteraction
from secretary_app.settings import Settings
from secretary_app.store import Store

MEMBERS = [
    Member(key="eisenblaetter", salutation="Frau", name="Eisenblätter", role="chair"),
    Member(key="schulze", salutation="Frau", name="Schulze"),
    Member(key="krueger", salutation="Herr", title="Dr.", name="Krüger"),
    Member(key="thomann", salutation="Herr", name="Thomann"),
    Member(key="grasnik", salutation="Frau", name="Grasnik"),
    Member(
        key="mueller",
        salutation="Frau",
        name="Müller-Preinesberger",
        role="administration",
        voting=False,
    ),
]


def prepare_store(store: Store, out: Path) -> None:
    """A committee, and exports going to `out`."""
    store.save_committee(
        Committee(
            name="Ausschuss für Gesundheit, Soziales und Inklusion",
            members=[Member(**vars(m)) for m in MEMBERS],
        )
    )
    settings = Settings.load(store)
    settings.output_dir = str(out)
    settings.place = "Potsdam"
    settings.secretary_name = "Petra Schreiber"
    settings.save(store)


def add_meeting(
    store: Store,
    number: int,
    agenda: list[AgendaItem],
    date: dt.date = dt.date(2026, 11, 25),
    **fields: Any,
) -> int:
    """A meeting of the committee `prepare_store` made, with this agenda; its id."""
    meeting = Meeting(
        committee=store.committees()[0], number=number, date=date, agenda=agenda, **fields
    )
    return store.add_meeting(meeting)


def key(
    widget: QWidget, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key press as the keyboard delivers it (shortcuts included)."""
    QTest.keyClick(widget, k, mods)


def in_modal(action: Callable[[QWidget], None]) -> list[str]:
    """Run `action` on the next modal dialog once it is open; returns errors seen (for asserts)."""
    errors: list[str] = []

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries > 200:
                errors.append("no modal dialog appeared")
                return
            QTimer.singleShot(10, lambda: attempt(tries + 1))
            return
        try:
            action(dialog)
        except Exception as exc:  # reported by the test, the dialog must not stay open
            errors.append(repr(exc))
            dialog.close()

    QTimer.singleShot(0, attempt)
    return errors


def show_main_window(qtbot, store: Store, *, staged: bool = False):
    """The main window on the store's start meeting, shown and active, as after start-up.

    `staged`: as the program starts it, the editor first and the panes after its first paint."""
    from secretary_app.ui.main_window import MainWindow

    window = MainWindow(Operations(store), open_results=False, staged=staged)
    qtbot.addWidget(window)
    window.open_start_meeting()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def operations(store: Store) -> Operations:
    """The operations over `store`, as the window makes them; questions are answered "no"."""
    return Operations(store, ScriptedInteraction())
