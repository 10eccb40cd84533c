"""The live-session window: meeting bar, agenda, minutes editor, vote tally, attendance.

View and wiring only. What the secretary does goes to `session.Operations`; the commands
(`agenda_commands`, `meeting_commands`, `minutes_commands`, `export_commands`) are written
against the narrow `window_view.WindowView` this window implements and never import it; the
actions and menus are in `window_actions`, the parts in `window_parts`; all signal wiring is in
`_connect_signals()`. A command's `KnownError` is shown by `messages.shows_errors`.

The window is built in two steps. The first frame holds what she needs to type: the minutes
editor with the current item, saving, the status bar and the menu titles, with empty places
where the other panes go. Right after its first paint, `finish_building()` adds all the rest
(imported only then). `MainWindow(ops)` builds both at once; the start passes `staged=True`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QCloseEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ..domain import rules
from ..errors import KnownError
from ..session import spelling
from . import messages, window_layout, window_parts
from .autosave import Autosaver, ParagraphWriter
from .dialog_interaction import DialogInteraction
from .first_paint import AfterFirstPaint
from .panes import minutes_document as md
from .qt_namespace import Qt
from .screen_fit import ScreenFit
from .translations import quorum_text
from .window_actions import EDITING_ACTIONS, Commands, WindowActions

if TYPE_CHECKING:
    from ..domain.model import AgendaItem, Meeting, Paragraph
    from ..session import Operations
    from ..settings import Settings

START_DELAY_MS = 1500  # background work (first backup, leftovers) waits until she can type


class MainWindow(QMainWindow):
    """One meeting at a time; the agenda chooses the item whose minutes the editor shows."""

    def __init__(self, ops: Operations, *, open_results: bool = True, staged: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ops = ops
        ops.interaction = DialogInteraction(self)  # the operations ask in this window's dialogs
        self.open_results = open_results  # False in tests: exports are not opened in Word
        self.meeting: Meeting | None = None
        self.current: AgendaItem | None = None
        self._docs: dict[int, QTextDocument] = {}
        self._closing = self._closed = False
        self.built = False  # the panes, actions and menus exist (finish_building)
        self.remember_layout = True  # False for --screenshot: the user's layout stays as it was
        self.writer = ParagraphWriter(ops.database_path, self)
        self.autosaver = Autosaver(self.writer, self)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_first_frame()
        self.apply_settings()
        first_start = not window_layout.restore_geometry(self, self.splitter)
        # on the available screen, status bar included; the first start takes most of it
        self.screen_fit = ScreenFit(self, first_start=first_start)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        if staged:
            AfterFirstPaint(self, self.finish_building)
        else:
            self.finish_building()

    @property
    def settings(self) -> Settings:
        return self.ops.settings

    @settings.setter
    def settings(self, value: Settings) -> None:
        self.ops.settings = value

    def widget(self) -> QWidget:
        return self

    def _build_first_frame(self) -> None:
        """The editor in its place, the other panes' places empty, the status bar, menu titles."""
        self._frame = frame = window_parts.build_first_frame(self)
        self.item_header, self.editor, self.splitter = (
            frame.item_header,
            frame.editor,
            frame.splitter,
        )
        self.pages, self.status_line = frame.pages, frame.status_line
        self.save_label = self.status_line.save_label
        self.quorum_label = self.status_line.quorum_label
        self.state_label = self.status_line.state_label
        self.vote_message = ""  # the status message of the last recorded vote
        self.autosaver.statusChanged.connect(self.status_line.save_state)
        self.autosaver.snapshotTaken.connect(self._minutes_snapshot)
        self._window_actions = WindowActions(self)
        self._window_actions.show_menu_titles()

    def finish_building(self) -> None:
        """Everything but the editor: imported and built right after the first frame."""
        if self.built or self._closed:
            return
        from .agenda_commands import AgendaCommands
        from .backup_scheduler import BackupScheduler
        from .due_notice import announce_due_followups
        from .export_commands import ExportCommands
        from .meeting_commands import MeetingCommands
        from .minutes_commands import MinutesCommands
        from .search_index import start_search_index

        self.setWindowIcon(window_layout.app_icon())  # the title bar's: a moment after the text
        self.backups = BackupScheduler(  # on open, close, every 10 minutes; leftovers at start
            self.ops.database_path,
            self,
            export_dirs=[self.ops.output_dir()],
            start_delay_ms=START_DELAY_MS,
        )
        agenda = AgendaCommands(self)
        meeting = MeetingCommands(self, agenda.import_agenda)
        commands = Commands(agenda, ExportCommands(self), meeting, MinutesCommands(self))
        self.agenda_commands, self.export_commands, self.meeting_commands = commands[:3]
        self.minutes_commands = commands.minutes
        p = window_parts.build_panes(self, self._frame, self.ops.database_path)
        self.meeting_bar, self.agenda, self.side = p.meeting_bar, p.agenda, p.side
        self.tally, self.attendance, self.find_bar = p.tally, p.attendance, p.find_bar
        self.first_run = p.first_run
        self._window_actions.build(commands)
        self._connect_signals()
        self.built = True
        self.show_meeting()
        if self.meeting is not None:
            self.backups.meeting_opened()
        self.search_index_builder = start_search_index(self.ops, self)  # once, on an old archive
        self.due_notice = announce_due_followups(self)  # "3 Wiedervorlagen fällig"

    def _connect_signals(self) -> None:
        """Every connection of the panes, in one place (the first frame's are in its builder)."""
        self.agenda.currentItemChanged.connect(self.item_selected)
        self.agenda.editRequested.connect(self.agenda_commands.edit_item)
        self.agenda.model.rowsReordered.connect(self.agenda_commands.save_order)
        self.agenda.view.activated.connect(lambda _index: self.focus_editor())
        self.backups.finished.connect(self.status_line.backup_finished)
        self.backups.damaged.connect(lambda e: window_parts.database_damaged(self, e))
        self.find_bar.attach(
            lambda: [self._document_for(i) for i in self.agenda.model.items()],
            lambda: self.agenda.view.currentIndex().row(),
            self.agenda.select_row,
        )
        self.meeting_bar.clockChanged.connect(self._clock_changed)
        self.editor.undone.connect(self.minutes_commands.after_undo)
        self.tally.voteRecorded.connect(self.minutes_commands.record_vote)
        self.attendance.attendanceChanged.connect(self.meeting_commands.set_attendance)
        self.attendance.excludedChanged.connect(self.meeting_commands.set_excluded)
        self.first_run.demoRequested.connect(self.meeting_commands.open_demo)
        self.first_run.committeeRequested.connect(self.meeting_commands.edit_committees)
        self.first_run.agendaRequested.connect(self.meeting_commands.first_run_agenda)

    def apply_settings(self) -> None:
        rule = self.settings.majority_rule
        self.editor.set_result_function(lambda vote: rules.result_label(vote, rule))
        self.editor.set_verbs(self.settings.verbs)
        self.editor.typography = self.settings.typography
        self.editor.spelling.set_enabled(self.settings.spelling)

    # -- meetings --------------------------------------------------------------------------

    def open_meeting(self, meeting_id: int) -> bool:
        """Load a meeting and show it; False (with a message) if that fails."""
        self.leave_meeting()
        try:
            self.meeting = self.ops.open_meeting(meeting_id)
        except KnownError as exc:  # (not the decorator: it answers False)
            messages.error(self, str(exc))
            return False
        self.writer.members = list(self.meeting.committee.members)
        if self.built:
            self.backups.meeting_opened()
            self.show_meeting()
        else:  # the first frame: its first item in the editor; the rest follows
            self._show_first_item()
        return True

    def open_start_meeting(self) -> None:
        """At start-up: the meeting open last time, else the most recent one, else first run."""
        meeting_id = self.ops.start_meeting_id()
        if meeting_id is not None:
            self.open_meeting(meeting_id)
        else:
            self.finish_building()  # the first-run page is no first frame of the editor
            self.show_meeting()

    def _show_first_item(self) -> None:
        """The first frame of a meeting: title, quorum, the first item's minutes."""
        m = self.meeting
        assert m is not None
        self.setWindowTitle(window_parts.window_title(self, m))
        self.editor.setReadOnly(m.finalized)
        # the quorum in the status bar; who may speak and the spelling's names follow with the
        # rest of the window (show_meeting → refresh_presence), before a name could be typed
        self.quorum_label.setText(quorum_text(rules.quorum(m)))
        self.item_selected(m.agenda[0] if m.agenda else None)

    def leave_meeting(self) -> None:
        """Write everything of the open meeting before another one is shown."""
        if self.meeting is None:
            return
        self.autosaver.flush_and_wait()
        if self.built:
            self.backups.meeting_closed()
        for item_id in list(self._docs):
            self.forget_item(item_id)
        if self.built:
            self.minutes_commands.recorded.clear()
        self.current = self.meeting = None

    def show_meeting(self) -> None:
        m = self.meeting
        self.pages.setCurrentIndex(0 if m is not None else 1)
        self.meeting_bar.set_meeting(self.ops if m else None, m)
        self.setWindowTitle(window_parts.window_title(self, m))
        self.agenda.set_items(m.agenda if m else [])
        self.attendance.set_meeting(m)
        self.refresh_presence()
        self.apply_read_only()
        if m is not None and m.agenda:
            self.agenda.select_row(0)
        else:
            self.item_selected(None)

    # -- the current item ------------------------------------------------------------------

    def _document_for(self, item: AgendaItem) -> QTextDocument:
        assert item.id is not None
        doc = self._docs.get(item.id)
        if doc is None:
            doc = md.new_document(self)
            md.fill_document(doc, item.minutes)
            self._docs[item.id] = doc
            self.autosaver.watch(item.id, doc)
        return doc

    def forget_item(self, item_id: int) -> None:
        self.autosaver.forget(item_id)
        self._docs.pop(item_id, None)

    def minutes_of(self, item: AgendaItem) -> list[Paragraph]:
        """The item's paragraphs as the editor has them now (or as loaded, if never shown)."""
        doc = self._docs.get(item.id) if item.id is not None else None
        return list(item.minutes) if doc is None else [p for _, p in md.snapshot(doc)]

    def item_selected(self, item: AgendaItem | None) -> None:
        self.autosaver.flush()  # the item being left is written at once
        if self.vote_message and self.statusBar().currentMessage() == self.vote_message:
            self.statusBar().clearMessage()  # it spoke of the item being left
        self.current = item
        if item is None or item.id is None:
            self.editor.set_document(md.new_document(self))
            self.editor.setEnabled(False)
            self.item_header.setText(
                self.tr("Keine Tagesordnungspunkte – Strg+Umschalt+N fügt einen hinzu.")
                if self.meeting is not None
                else ""
            )
        else:
            self.editor.setEnabled(True)
            self.editor.set_document(self._document_for(item))
            self.show_item_header()
        self.refresh_tally()
        if self.built:
            self.attendance.set_current_item(item)

    def show_item_header(self) -> None:
        if self.current is not None:
            window_parts.show_header(self, self.item_header, self.current)

    def item_changed(self, item: AgendaItem) -> None:
        self.agenda.model.item_changed(item)
        self.show_item_header()
        self.refresh_tally()

    def refresh_tally(self) -> None:
        if self.built:
            self.tally.set_context(self.meeting, self.current, self.settings.majority_rule)

    def _minutes_snapshot(self, item_id: int, paragraphs: list[Paragraph]) -> None:
        for item in self.meeting.agenda if self.meeting else []:
            if item.id == item_id:
                item.minutes = paragraphs
                return

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is self.editor and not self._closing:
            self.autosaver.flush()

    def editable(self) -> bool:
        if self.meeting is None or self.meeting.id is None:
            messages.error(self, self.tr("Bitte zuerst eine Sitzung öffnen oder anlegen."))
            return False
        if self.meeting.finalized:
            messages.error(
                self,
                self.tr(
                    "Die Sitzung ist abgeschlossen. Über „Sitzung wieder öffnen“ "
                    "(Strg+Umschalt+R) kann sie geändert werden."
                ),
            )
            return False
        return True

    # -- attendance and status -------------------------------------------------------------

    def refresh_presence(self) -> None:
        m = self.meeting
        self.quorum_label.setText(quorum_text(rules.quorum(m)) if m else "")
        present = [p for p in m.committee.members if rules.is_present(m, p.key)] if m else []
        self.editor.set_speakers(present)
        if m is not None:  # names, places, titles and the archive's words are never flagged
            self.editor.spelling.set_meeting(*spelling.for_window(self.ops, m))
        self.refresh_tally()

    def attendance_changed(self) -> None:
        self.attendance.set_meeting(self.meeting)
        self.refresh_presence()

    def _clock_changed(self, said: str) -> None:
        self.show_status(said, 8000)

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_vote_status(self, text: str) -> None:
        self.vote_message = text
        self.show_status(text, 8000)

    def saving_state(self) -> str:
        return self.save_label.text()

    def wait_for_backups(self) -> None:
        self.backups.wait()

    def meeting_state_changed(self) -> None:
        self.meeting_bar.set_meeting(self.ops if self.meeting else None, self.meeting)
        self.apply_read_only()

    # -- finalising ------------------------------------------------------------------------

    def apply_read_only(self) -> None:
        m = self.meeting
        read_only = m is None or m.finalized
        self.editor.setReadOnly(read_only)
        for name in EDITING_ACTIONS:
            self.actions_by_name[name].setEnabled(not read_only)
        self.actions_by_name["finalize"].setEnabled(m is not None and not m.finalized)
        self.actions_by_name["reopen"].setEnabled(m is not None and m.finalized)
        for part in (self.tally, self.attendance):
            part.setEnabled(not read_only)
            for action in part.actions():
                action.setEnabled(not read_only)
        self.meeting_bar.set_read_only(read_only)
        self.agenda.view.setDragEnabled(not read_only)
        finalized = m is not None and m.finalized
        self.state_label.setText(self.tr("Abgeschlossen – nur lesen") if finalized else "")

    # -- help, focus, status, closing ------------------------------------------------------

    def focus_agenda(self) -> None:
        self.side.reveal(self.agenda, None)  # on half a screen the agenda is a tab
        self.agenda.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._closed:  # closed before (Qt may deliver a second close event)
            event.accept()
            return
        self._closing = True
        saved = self.autosaver.flush_and_wait()
        if not saved and not messages.confirm(
            self,
            self.tr(
                "Einige Änderungen konnten nicht gespeichert werden ({state}). "
                "Trotzdem schließen? Dann gehen sie verloren."
            ).format(state=self.save_label.toolTip() or self.save_label.text()),
        ):
            self._closing = False
            event.ignore()
            return
        if self.remember_layout and self.built:  # (closed within the first frame: no panes)
            window_layout.save(self, self.splitter, self.side, self.meeting_bar.height())
        if self.built:
            if self.meeting is not None:
                self.backups.meeting_closed()
            self.backups.close()
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        self.writer.stop()
        self._closed = True
        event.accept()
