"""The window's meeting commands: new, open, demo, committees, settings, restore, finalise,
attendance. The rules (confirming, the reason to reopen, backing up before a restore) are the
session's; errors are shown by `messages.shows_errors`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from .. import paths
from ..domain.model import Attendance
from ..errors import KnownError
from . import messages
from .messages import shows_errors
from .window_view import WindowView


class MeetingCommands(QObject):
    """The meeting, help and attendance commands over a `WindowView`."""

    def __init__(self, view: WindowView, import_agenda: Callable[[], object]) -> None:
        super().__init__(view.widget())
        self.view = view
        self._import_agenda = import_agenda

    def new_meeting(self) -> None:
        """Datei → Neue Sitzung: create one and show its (empty) agenda."""
        from .dialogs.new_meeting_dialog import NewMeetingDialog

        v = self.view
        v.autosaver.flush()
        meeting_id = NewMeetingDialog.ask(v.widget(), v.ops)
        if meeting_id is not None:
            v.open_meeting(meeting_id)
            v.focus_agenda()

    def choose_meeting(self) -> None:
        """Datei → Sitzung öffnen: the stored meetings, newest first."""
        from .dialogs.meeting_picker import MeetingPicker

        v = self.view
        v.autosaver.flush()
        meeting_id = MeetingPicker.choose(v.widget(), v.ops)
        if meeting_id is not None:
            v.open_meeting(meeting_id)

    @shows_errors
    def open_demo(self) -> None:
        """Import the reference meeting into this database and open it (first run)."""
        result = self.view.ops.import_file(paths.demo_meeting_path())
        self.view.open_meeting(result.meeting_id)

    def edit_committees(self) -> None:
        """Gremien und Mitglieder; the open meeting is shown again with the changes."""
        from .dialogs.committee_dialog import CommitteeDialog

        v = self.view
        if CommitteeDialog.edit(v.widget(), v.ops) and v.meeting and v.meeting.id:
            v.open_meeting(v.meeting.id)

    def edit_settings(self) -> None:
        """Einstellungen; the window follows what was saved."""
        from .dialogs.settings_dialog import SettingsDialog

        v = self.view
        if SettingsDialog.edit(v.widget(), v.ops):
            v.apply_settings()
            v.refresh_presence()

    def first_run_agenda(self) -> None:
        """The first-run page's "Tagesordnung einfügen": a meeting first if there is none."""
        if self.view.meeting is None:
            self.new_meeting()
        if self.view.meeting is not None:
            self._import_agenda()

    def restore_backup(self) -> None:
        """Datei → Sicherung wiederherstellen …: the current state is backed up first."""
        from .dialogs.restore_dialog import RestoreDialog

        v = self.view
        if not v.autosaver.flush_and_wait():
            messages.error(
                v.widget(),
                self.tr(
                    "Der Text ist noch nicht gespeichert ({state}). Bitte erst das Speichern "
                    "ermöglichen, dann wiederherstellen."
                ).format(state=v.saving_state()),
            )
            return
        backup = RestoreDialog.ask(v.ops.database_path, v.widget())
        if backup is None:
            return
        meeting_id = v.meeting.id if v.meeting is not None else None
        v.leave_meeting()
        v.wait_for_backups()
        try:
            v.ops.restore(backup)
        except KnownError as exc:  # (not the decorator: a meeting is shown again either way)
            messages.error(v.widget(), str(exc))
        v.apply_settings()
        if meeting_id is not None and v.ops.meeting_exists(meeting_id):
            v.open_meeting(meeting_id)
        else:
            v.open_start_meeting()
        v.show_status(
            self.tr("Sicherung wiederhergestellt; der vorherige Stand ist ebenfalls gesichert."),
            8000,
        )

    def finalize(self) -> None:
        """Sitzung abschließen (the session asks); all text is saved first."""
        v = self.view
        m = v.meeting
        if m is None or m.id is None or m.finalized:
            return
        if not v.autosaver.flush_and_wait():
            messages.error(v.widget(), self.tr("Es sind noch nicht alle Texte gespeichert."))
            return
        self._set_finalized(lambda: v.ops.finalize(m.id or 0), True)

    def correct_times(self) -> None:
        """Sitzungszeiten korrigieren: begin, interruptions and end as the minutes print them."""
        from .dialogs.times_dialog import TimesDialog

        v = self.view
        m = v.meeting
        if m is None or m.id is None or m.finalized:
            return
        if TimesDialog.edit(v.widget(), v.ops, m):
            v.meeting_state_changed()
            v.show_status(self.tr("Sitzungszeiten gespeichert."), 5000)

    def reopen(self) -> None:
        """Sitzung wieder öffnen (the session asks for the reason it records)."""
        m = self.view.meeting
        if m is None or m.id is None or not m.finalized:
            return
        self._set_finalized(lambda: self.view.ops.reopen(m.id or 0), False)

    @shows_errors
    def _set_finalized(self, operation: Callable[[], bool], finalized: bool) -> None:
        v = self.view
        assert v.meeting is not None
        operation()
        v.meeting.finalized = finalized
        v.meeting_state_changed()
        done = (
            self.tr("Sitzung abgeschlossen.") if finalized else self.tr("Sitzung wieder geöffnet.")
        )
        v.show_status(done, 5000)

    def show_shortcuts(self) -> None:
        """Hilfe → Tastenkürzel: every shortcut of the menus."""
        from PySide6.QtWidgets import QMainWindow

        from .dialogs.shortcut_dialog import ShortcutDialog

        window = self.view.widget()
        assert isinstance(window, QMainWindow)
        ShortcutDialog.show_for(window, window.menuBar())

    def show_about(self) -> None:
        """Hilfe → Über: version, where the data lives."""
        from .dialogs.about_dialog import show_about

        show_about(self.view.widget(), self.view.ops.database_path)

    # -- attendance ---------------------------------------------------------------------

    def set_attendance(self, attendance: Attendance) -> None:
        """One member's presence changed in the attendance pane."""
        v = self.view
        if v.meeting is None:
            return
        try:
            self._save_attendance(attendance)
        finally:
            v.attendance_changed()  # what is stored, also after a failure

    @shows_errors
    def _save_attendance(self, attendance: Attendance) -> None:
        assert self.view.meeting is not None
        self.view.ops.set_attendance(self.view.meeting, attendance)

    @shows_errors
    def set_excluded(self, keys: list[str]) -> None:
        """Members excluded for bias on the current item."""
        v = self.view
        if v.current is None or v.meeting is None:
            return
        v.ops.set_excluded(v.meeting, v.current, keys)
        v.refresh_tally()
