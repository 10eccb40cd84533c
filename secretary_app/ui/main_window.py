"""The live-session window: meeting bar, agenda, minutes editor, vote tally, attendance.

View and wiring only. What the secretary does goes to `session.Operations` (record a vote,
attendance, finalise, export); the commands live in `window_actions`, `agenda_commands` and
`export_commands`; all signal wiring is in `_connect_signals()`. Errors of the environment
arrive as `KnownError` and are shown; a bug reaches the one `sys.excepthook` (excepthook.py).

The window is built in two steps. The first frame holds what she needs to type: the minutes
editor with the current item, saving, the status bar and the menu titles, with empty places
where the other panes go. Right after its first paint, `finish_building()` adds the meeting bar,
agenda, tally, attendance, actions and menus (imported only then). `MainWindow(store)` builds
both at once; the program's start passes `staged=True`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import rules
from ..errors import KnownError
from ..session import Operations
from ..session.spelling import archive_words_in, known_phrases
from . import messages, window_layout
from .autosave import Autosaver, ParagraphWriter
from .dialog_interaction import DialogInteraction
from .panes import minutes_document as md
from .panes.minutes_editor import MinutesEditor
from .panes.status_line import StatusLine
from .qt_namespace import Qt
from .screen_fit import ScreenFit
from .translations import quorum_text
from .window_actions import EDITING_ACTIONS, WindowActions

if TYPE_CHECKING:
    from ..domain.model import AgendaItem, Meeting, Paragraph
    from ..settings import Settings
    from ..store import Store
    from .agenda_commands import AgendaCommands
    from .backup_scheduler import BackupScheduler
    from .export_commands import ExportCommands
    from .meeting_commands import MeetingCommands
    from .minutes_commands import MinutesCommands
    from .panes.agenda_panel import AgendaPanel
    from .panes.attendance_panel import AttendancePanel
    from .panes.find_bar import FindBar
    from .panes.first_run import FirstRunPanel
    from .panes.meeting_bar import MeetingBar
    from .panes.side_pane import SidePane
    from .panes.vote_tally import VoteTally

START_DELAY_MS = 1500  # background work (first backup, leftovers) waits until she can type


class AfterFirstPaint(QObject):
    """Calls `then` once, from the event loop, after `target` has been painted the first time."""

    def __init__(self, target: QWidget, then: object) -> None:
        super().__init__(target)
        self._then = then
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # type: ignore[call-overload]
        return False


class MainWindow(QMainWindow):
    """One meeting at a time; the agenda chooses the item whose minutes the editor shows."""

    # built by finish_building(), right after the first frame
    agenda: AgendaPanel
    attendance: AttendancePanel
    backups: BackupScheduler
    find_bar: FindBar
    first_run: FirstRunPanel
    meeting_bar: MeetingBar
    side: SidePane
    tally: VoteTally
    agenda_commands: AgendaCommands
    export_commands: ExportCommands
    meeting_commands: MeetingCommands
    minutes_commands: MinutesCommands

    def __init__(self, store: Store, *, open_results: bool = True, staged: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.ops = Operations(store, DialogInteraction(self))
        self.open_results = open_results  # False in tests: exports are not opened in Word
        self.meeting: Meeting | None = None
        self.current: AgendaItem | None = None
        self._docs: dict[int, QTextDocument] = {}
        self._closing = self._closed = False
        self.built = False  # the panes, actions and menus exist (finish_building)
        self.remember_layout = True  # False for --screenshot: the user's layout stays as it was
        self.writer = ParagraphWriter(store.path, self)
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

    @property
    def last_export(self) -> list[Path]:
        return self.export_commands.last_export

    def export_minutes(self, public: bool = False, audit: bool = False) -> None:
        self.export_commands.export_minutes(public=public, audit=audit)

    def _build_first_frame(self) -> None:
        """The editor in its place, the other panes' places empty, the status bar, menu titles."""
        self.item_header = QLabel(self)
        self.item_header.setObjectName("itemHeader")
        self.item_header.setWordWrap(True)
        self.item_header.setProperty("textFormat", 0)  # Qt.TextFormat.PlainText (qt_namespace.py)
        font = self.item_header.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.item_header.setFont(font)
        self.editor = MinutesEditor(self)
        center = QWidget(self)
        self._center_layout = QVBoxLayout(center)
        self._center_layout.setContentsMargins(0, 0, 0, 0)
        self._center_layout.addWidget(self.item_header)
        self._center_layout.addWidget(self.editor, 1)
        bar_height, widths = window_layout.first_frame_places()
        # horizontal by default; QSplitter(self) would check Qt.Orientation (qt_namespace.py)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        for index, stretch in enumerate((0, 1, 0)):
            place = center if index == 1 else QWidget(self)  # the agenda's, the side panes'
            if index != 1 and widths:
                place.setMinimumWidth(widths[index])
            self.splitter.addWidget(place)
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setSizes([300, 640, 340])
        self.splitter.setChildrenCollapsible(False)
        session = QWidget(self)
        self._session_layout = QVBoxLayout(session)
        self._session_layout.setContentsMargins(4, 0, 4, 4)
        self._bar_place = QWidget(self)  # where the meeting bar goes, as high as it was
        self._bar_place.setFixedHeight(bar_height)
        self._session_layout.addWidget(self._bar_place)
        self._session_layout.addWidget(self.splitter, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(session)
        self.setCentralWidget(self.pages)
        self.status_line = StatusLine(self.statusBar(), self.editor.spelling.state_label)
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
        from .export_commands import ExportCommands
        from .meeting_commands import MeetingCommands
        from .minutes_commands import MinutesCommands
        from .panes.agenda_panel import AgendaPanel
        from .panes.attendance_panel import AttendancePanel
        from .panes.find_bar import FindBar
        from .panes.first_run import FirstRunPanel
        from .panes.meeting_bar import MeetingBar
        from .panes.side_pane import SidePane
        from .panes.vote_tally import VoteTally
        from .search_index import start_search_index

        self.setWindowIcon(window_layout.app_icon())  # the title bar's: a moment after the text
        # on open, on close, every 10 minutes; removes leftovers of crashed runs at start
        self.backups = BackupScheduler(
            self.store.path,
            self,
            export_dirs=[self.ops.output_dir()],
            start_delay_ms=START_DELAY_MS,
        )
        self.agenda_commands = AgendaCommands(self)
        self.export_commands = ExportCommands(self)
        self.meeting_commands = MeetingCommands(self)
        self.minutes_commands = MinutesCommands(self)
        self.meeting_bar = MeetingBar(self)
        self.agenda = AgendaPanel(self)
        self.find_bar = FindBar(self.editor, self)
        self._center_layout.addWidget(self.find_bar)
        self.tally = VoteTally(self)
        self.attendance = AttendancePanel(self)
        # above each other where the height allows, else tabs (a 1366×768 laptop)
        self.side = SidePane(
            [
                (self.tally, self.tr("Abstimmung"), self.tally.focus_tally),
                (self.attendance, self.tr("Anwesenheit"), self.attendance.focus_list),
            ],
            self,
        )
        for index, part in ((0, self.agenda), (2, self.side)):
            self.splitter.replaceWidget(index, part).deleteLater()  # the places kept their size
        self._session_layout.replaceWidget(self._bar_place, self.meeting_bar)
        self._bar_place.deleteLater()
        self.first_run = FirstRunPanel(self, database_path=self.store.path)
        self.pages.addWidget(self.first_run)
        window_layout.restore_side(self.side)
        self._window_actions.build()
        self._connect_signals()
        self.built = True
        self.show_meeting()
        if self.meeting is not None:
            self.backups.meeting_opened()
        start_search_index(self)  # once, on an archive from before search existed

    def _connect_signals(self) -> None:
        """Every connection of the panes, in one place (the first frame's are in its builder)."""
        self.agenda.currentItemChanged.connect(self.item_selected)
        self.agenda.editRequested.connect(self.agenda_commands.edit_item)
        self.agenda.model.rowsReordered.connect(self.agenda_commands.store_order)
        self.agenda.view.activated.connect(lambda _index: self.focus_editor())
        self.backups.finished.connect(self.status_line.backup_finished)
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

    def _save_layout(self) -> None:
        if self.built:  # closed within the first frame: nothing of the panes to keep
            window_layout.save(self, self.splitter, self.side, self.meeting_bar.height())

    # -- meetings --------------------------------------------------------------------------

    def open_meeting(self, meeting_id: int) -> bool:
        """Load a meeting from the store and show it; False (with a message) if that fails."""
        self.leave_meeting()
        try:
            self.meeting = self.ops.open_meeting(meeting_id)
        except KnownError as exc:
            messages.error(self, str(exc))
            return False
        self.writer.members = list(self.meeting.committee.members)
        path, but = self.store.path, meeting_id
        self.editor.spelling.set_archive_source(lambda: archive_words_in(path, but))
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
        self.setWindowTitle(self.tr("{title} – Protokollant").format(title=m.title))
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
        self.setWindowTitle(
            self.tr("{title} – Protokollant").format(title=m.title) if m else "Protokollant"
        )
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
        item = self.current
        if item is None:
            return
        paper = " ".join(p for p in (item.paper_type, item.paper) if p)  # "Beschlussvorlage 12/3"
        details = [d for d in (paper, "" if item.public else "nichtöffentlich") if d]
        if item.department:
            details.append(self.tr("Federführung: {0}").format(item.department))
        if item.originator:
            details.append(self.tr("Verfasser: {0}").format(item.originator))
        if item.outcome:
            details.append(item.outcome)
        lines = [f"TOP {item.number}  {item.title}"] + ([" · ".join(details)] if details else [])
        self.item_header.setText("\n".join(lines))

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

    # -- minutes and votes -----------------------------------------------------------------

    # -- attendance ------------------------------------------------------------------------

    def refresh_presence(self) -> None:
        m = self.meeting
        self.quorum_label.setText(quorum_text(rules.quorum(m)) if m else "")
        present = [p for p in m.committee.members if rules.is_present(m, p.key)] if m else []
        self.editor.set_speakers(present)
        if m is not None:  # names, places and titles of the meeting are never flagged
            names = [p.display_name for p in m.committee.members]
            self.editor.spelling.set_known_words([*known_phrases(self.settings, m), *names])
        self.refresh_tally()

    def _clock_changed(self) -> None:
        self.statusBar().showMessage(self.tr("Sitzungszeit gespeichert."), 3000)

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
        if self.remember_layout:
            self._save_layout()
        if self.built:
            if self.meeting is not None:
                self.backups.meeting_closed()
            self.backups.close()
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        self.writer.stop()
        self._closed = True
        event.accept()
