"""What the window's commands may see and do of the window: a narrow view, not the window.

The command objects (`agenda_commands`, `meeting_commands`, `minutes_commands`,
`export_commands`) and the archive dialogs' entry points are written against `WindowView`, as
git-cola's commands get a context and Mu's modes an `Editor(view)`: the open meeting and its
current item, the operations, the two panes a command changes (editor, agenda) and a few
things to show. They never import `main_window`, so the window and its commands form no
import circle; `MainWindow` is one implementation (tests could give another).
`ActionsView` adds what building the menus needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenuBar, QWidget

    from ..domain.model import AgendaItem, Meeting, Paragraph
    from ..session import Operations
    from ..settings import Settings
    from .autosave import Autosaver
    from .panes.agenda_panel import AgendaPanel
    from .panes.attendance_panel import AttendancePanel
    from .panes.find_bar import FindBar
    from .panes.meeting_bar import MeetingBar
    from .panes.minutes_editor import MinutesEditor
    from .panes.vote_tally import VoteTally


class WindowView(Protocol):
    """The open meeting, its current item and what a command shows of its work."""

    ops: Operations
    meeting: Meeting | None
    current: AgendaItem | None
    open_results: bool  # exports are opened in Word (False in tests)
    editor: MinutesEditor
    agenda: AgendaPanel
    tally: VoteTally
    autosaver: Autosaver

    @property
    def settings(self) -> Settings:
        """The secretary's settings (those of the operations)."""
        ...

    def widget(self) -> QWidget:
        """The window as the parent of dialogs."""
        ...

    # -- meetings and items ----------------------------------------------------------------

    def open_meeting(self, meeting_id: int) -> bool:
        """Show a meeting; False (with a message) if it cannot be loaded."""
        ...

    def open_start_meeting(self) -> None:
        """The meeting open last time, else the most recent one, else the first-run page."""
        ...

    def leave_meeting(self) -> None:
        """Write everything of the open meeting; none is shown afterwards."""
        ...

    def editable(self) -> bool:
        """A meeting is open and not finalised; else the secretary is told why not."""
        ...

    def minutes_of(self, item: AgendaItem) -> list[Paragraph]:
        """The item's paragraphs as the editor has them now."""
        ...

    def forget_item(self, item_id: int) -> None:
        """The item is gone: drop its document and autosave."""
        ...

    def item_selected(self, item: AgendaItem | None) -> None:
        """Show this item in the editor (None: no item)."""
        ...

    def item_changed(self, item: AgendaItem) -> None:
        """The item's number, title, outcome … changed: its row, header and tally follow."""
        ...

    # -- what the window shows -------------------------------------------------------------

    def apply_settings(self) -> None:
        """The settings changed: verbs, typography, spelling, rule follow."""
        ...

    def refresh_presence(self) -> None:
        """Attendance changed: quorum, speakers, names for spelling, tally follow."""
        ...

    def attendance_changed(self) -> None:
        """The attendance list shows what is stored, and everything that depends on it."""
        ...

    def refresh_tally(self) -> None:
        """The tally shows the current item of the open meeting."""
        ...

    def meeting_state_changed(self) -> None:
        """Finalised or reopened: the meeting bar and every editing action follow."""
        ...

    def focus_editor(self) -> None:
        """The cursor goes to the minutes."""
        ...

    def focus_agenda(self) -> None:
        """The cursor goes to the agenda."""
        ...

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """A line in the status bar (gone after `timeout_ms`, 0: until replaced)."""
        ...

    def show_vote_status(self, text: str) -> None:
        """The status line of a recorded vote (cleared when she leaves the item)."""
        ...

    def saving_state(self) -> str:
        """How saving goes, as the status bar says it ("gespeichert", the error)."""
        ...

    def wait_for_backups(self) -> None:
        """Until every requested backup is written (before a restore)."""
        ...


class ActionsView(WindowView, Protocol):
    """What building the actions and menus needs besides: the other panes, the menu bar."""

    actions_by_name: dict[str, QAction]
    find_bar: FindBar
    attendance: AttendancePanel
    meeting_bar: MeetingBar

    def addAction(self, action: QAction) -> None:  # noqa: N802 (Qt API)
        """The window's shortcut for the action works wherever the focus is."""
        ...

    def addActions(self, actions: list[QAction]) -> None:  # noqa: N802 (Qt API)
        """As `addAction`, for several."""
        ...

    def menuBar(self) -> QMenuBar:  # noqa: N802 (Qt API)
        """The window's menu bar."""
        ...

    def close(self) -> bool:
        """Close the window (text saved first)."""
        ...
