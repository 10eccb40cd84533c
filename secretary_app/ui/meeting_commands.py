"""The window's meeting commands: new, open, demo, committees, settings, restore, finalise."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .. import paths
from ..domain.model import Attendance
from ..errors import KnownError
from ..session import Cancelled
from . import messages

if TYPE_CHECKING:
    from .main_window import MainWindow


class MeetingCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def new_meeting(self) -> None:
        w = self.w
        from .dialogs.new_meeting_dialog import NewMeetingDialog

        w.autosaver.flush()
        meeting_id = NewMeetingDialog.ask(w, w.ops)
        if meeting_id is not None:
            w.open_meeting(meeting_id)
            w.focus_agenda()

    def choose_meeting(self) -> None:
        w = self.w
        from .dialogs.meeting_picker import MeetingPicker

        w.autosaver.flush()
        meeting_id = MeetingPicker.choose(w, w.store)
        if meeting_id is not None:
            w.open_meeting(meeting_id)

    def open_demo(self) -> None:
        """Import the reference meeting into this database and open it (first run)."""
        w = self.w
        try:
            result = w.ops.import_file(paths.demo_meeting_path())
        except KnownError as exc:
            messages.error(w, str(exc))
            return
        w.open_meeting(result.meeting_id)

    def edit_committees(self) -> None:
        w = self.w
        from .dialogs.committee_dialog import CommitteeDialog

        if CommitteeDialog.edit(w, w.ops) and w.meeting and w.meeting.id:
            w.open_meeting(w.meeting.id)

    def edit_settings(self) -> None:
        w = self.w
        from .dialogs.settings_dialog import SettingsDialog

        if SettingsDialog.edit(w, w.ops):
            w.apply_settings()
            w.refresh_presence()

    def first_run_agenda(self) -> None:
        w = self.w
        if w.meeting is None:
            self.new_meeting()
        if w.meeting is not None:
            w.agenda_commands.import_agenda()

    def restore_backup(self) -> None:
        """Datei → Sicherung wiederherstellen …: the current state is backed up first."""
        w = self.w
        from .dialogs.restore_dialog import RestoreDialog

        if not w.autosaver.flush_and_wait():
            messages.error(
                w,
                self.tr(
                    "Der Text ist noch nicht gespeichert ({state}). Bitte erst das Speichern "
                    "ermöglichen, dann wiederherstellen."
                ).format(state=w.save_label.text()),
            )
            return
        backup = RestoreDialog.ask(w.store.path, w)
        if backup is None:
            return
        meeting_id = w.meeting.id if w.meeting is not None else None
        w.leave_meeting()
        w.backups.wait()
        try:
            w.ops.restore(backup)
        except KnownError as exc:
            messages.error(w, str(exc))
        w.apply_settings()
        if meeting_id is not None and w.store.meeting_exists(meeting_id):
            w.open_meeting(meeting_id)
        else:
            w.open_start_meeting()
        w.statusBar().showMessage(
            self.tr("Sicherung wiederhergestellt; der vorherige Stand ist ebenfalls gesichert."),
            8000,
        )

    def finalize(self) -> None:
        w = self.w
        m = w.meeting
        if m is None or m.id is None or m.finalized:
            return
        question = self.tr(
            "Sitzung abschließen? Danach kann sie nur noch gelesen und exportiert werden, "
            "bis sie ausdrücklich wieder geöffnet wird."
        )
        if not messages.confirm(w, question):
            return
        if not w.autosaver.flush_and_wait():
            messages.error(w, self.tr("Es sind noch nicht alle Texte gespeichert."))
            return
        self._set_finalized(lambda: w.ops.finalize(m.id or 0), True)

    def reopen(self) -> None:
        w = self.w
        m = w.meeting
        if m is None or m.id is None or not m.finalized:
            return
        self._set_finalized(lambda: w.ops.reopen(m.id or 0), False)

    def _set_finalized(self, operation: Callable[[], bool], finalized: bool) -> None:
        w = self.w
        assert w.meeting is not None
        try:
            operation()
        except Cancelled:
            return
        except KnownError as exc:
            messages.error(w, str(exc))
            return
        w.meeting.finalized = finalized
        w.meeting_bar.set_meeting(w.ops, w.meeting)
        w.apply_read_only()
        done = (
            self.tr("Sitzung abgeschlossen.") if finalized else self.tr("Sitzung wieder geöffnet.")
        )
        w.statusBar().showMessage(done, 5000)

    def show_shortcuts(self) -> None:
        w = self.w
        from .dialogs.shortcut_dialog import ShortcutDialog

        ShortcutDialog.show_for(w, w.menuBar())

    def show_about(self) -> None:
        w = self.w
        from .dialogs.about_dialog import show_about

        show_about(w, w.store.path)

    # -- attendance ---------------------------------------------------------------------

    def set_attendance(self, attendance: Attendance) -> None:
        w = self.w
        m = w.meeting
        if m is None:
            return
        try:
            w.ops.set_attendance(m, attendance)
        except KnownError as exc:
            messages.error(w, str(exc))
        w.attendance.set_meeting(m)  # what is stored, also after a failure
        w.refresh_presence()

    def set_excluded(self, keys: list[str]) -> None:
        w = self.w
        if w.current is None or w.meeting is None:
            return
        try:
            w.ops.set_excluded(w.meeting, w.current, keys)
        except KnownError as exc:
            messages.error(w, str(exc))
            return
        w.refresh_tally()
