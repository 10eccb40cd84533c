"""The live-session window: meeting bar, agenda, minutes editor, vote tally, attendance.

The window owns no rules: it asks `domain.rules` (presence, quorum, outcome), writes through the
store, and leaves typing to the editor and saving to the autosaver. All signal wiring is in
`_connect_signals()`.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QIcon,
    QKeySequence,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, paths
from ..domain import rules
from ..domain.model import AgendaItem, Attendance, Meeting, Paragraph, Vote
from ..settings import Settings
from ..store import Store
from . import messages
from . import minutes_document as md
from .agenda_model import number_after
from .agenda_panel import AgendaPanel
from .autosave import Autosaver, ParagraphWriter
from .backup_scheduler import BackupScheduler
from .item_dialog import ItemDialog
from .meeting_bar import MeetingBar
from .minutes_editor import MinutesEditor
from .search_index import open_register, open_search, start_search_index
from .shortcut_dialog import ShortcutDialog
from .translations import quorum_text

log = logging.getLogger(__name__)

StandardKey = QKeySequence.StandardKey
STANDARD_FALLBACK = {
    StandardKey.New: "Ctrl+N",
    StandardKey.Open: "Ctrl+O",
    StandardKey.Quit: "Ctrl+Q",
    StandardKey.Undo: "Ctrl+Z",
    StandardKey.Redo: "Ctrl+Shift+Z",
    StandardKey.Preferences: "Ctrl+,",
    StandardKey.HelpContents: "F1",
}
Keys = str | QKeySequence.StandardKey | list[str]


def optional_ui(module: str, name: str) -> Any:
    """A class or function of a sibling ui module that may not be there (yet): None if missing."""
    try:
        return getattr(importlib.import_module(f"{__package__}.{module}"), name)
    except (ImportError, AttributeError) as exc:
        log.info("optional ui part %s.%s not available: %s", module, name, exc)
        return None


def window_settings() -> QSettings:
    """Window geometry and splitter sizes (Qt matters, not meeting data)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, paths.APP_NAME, "window"
    )


def app_icon() -> QIcon:
    folder = paths.resources_dir() / "icons"
    icon = QIcon()
    for candidate in sorted(folder.glob("*.png")) + sorted(folder.glob("**/*.png")):
        icon.addFile(str(candidate))
    if icon.isNull():
        svg = next(iter(sorted(folder.glob("**/*.svg"))), None)
        if svg is not None:
            icon = QIcon(str(svg))
    return icon


class MainWindow(QMainWindow):
    """One meeting at a time; the agenda chooses the item whose minutes the editor shows."""

    def __init__(self, store: Store, *, open_results: bool = True) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.settings = Settings.load(store)
        self.open_results = open_results  # False in tests: exports are not opened in Word
        self.meeting: Meeting | None = None
        self.current: AgendaItem | None = None
        self.last_export: list[Path] = []
        self._docs: dict[int, QTextDocument] = {}
        self._closing = False
        self._closed = False
        self.remember_layout = True  # False for --screenshot: the user's layout stays as it was
        self.writer = ParagraphWriter(store.path, self)
        self.autosaver = Autosaver(self.writer, self)
        # on open, on close, every 10 minutes; first it removes what crashed runs left behind
        self.backups = BackupScheduler(store.path, self, export_dirs=[self.output_dir()])
        self.backups.finished.connect(self._backup_finished)
        self.setWindowIcon(app_icon())
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect_signals()
        self._apply_settings()
        self._restore_layout()
        self._show_meeting()
        start_search_index(self)  # once, on an archive from before search existed

    # -- construction ----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.meeting_bar = MeetingBar(self)
        self.agenda = AgendaPanel(self)
        self.item_header = QLabel(self)
        self.item_header.setObjectName("itemHeader")
        self.item_header.setWordWrap(True)
        self.item_header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.item_header.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.item_header.setFont(font)
        self.editor = MinutesEditor(self)
        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.item_header)
        center_layout.addWidget(self.editor, 1)

        tally_class = optional_ui("vote_tally", "VoteTally")
        self.tally: Any = tally_class(self) if tally_class else None
        attendance_class = optional_ui("attendance_panel", "AttendancePanel")
        self.attendance: Any = attendance_class(self) if attendance_class else None
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.side.setObjectName("sideSplitter")
        for part in (self.tally, self.attendance):
            if part is not None:
                self.side.addWidget(part)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.agenda)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([300, 640, 340])
        self.splitter.setChildrenCollapsible(False)

        session = QWidget(self)
        session_layout = QVBoxLayout(session)
        session_layout.setContentsMargins(4, 0, 4, 4)
        session_layout.addWidget(self.meeting_bar)
        session_layout.addWidget(self.splitter, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(session)
        self.empty_page = self._build_empty_page()
        self.pages.addWidget(self.empty_page)
        self.setCentralWidget(self.pages)

        self.save_label = QLabel(self.tr("Gespeichert"), self)
        self.save_label.setObjectName("saveState")
        # a fixed width: a label that changes its size relayouts the window on every save
        self.save_label.setFixedWidth(
            self.save_label.fontMetrics().horizontalAdvance(
                self.tr("Nicht gespeicherte Änderungen …")
            )
            + 12
        )
        self._save_problem = False
        self.quorum_label = QLabel(self)
        self.quorum_label.setObjectName("quorum")
        self.state_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.quorum_label)
        self.statusBar().addPermanentWidget(self.state_label)
        self.statusBar().addPermanentWidget(self.save_label)

    def _build_empty_page(self) -> QWidget:
        first_run = optional_ui("first_run", "FirstRunPanel")
        if first_run is not None:
            panel = first_run(self, database_path=self.store.path)
            self.first_run = panel
            return panel
        self.first_run = None
        label = QLabel(
            self.tr(
                "Noch keine Sitzung geöffnet.\n\n"
                "Strg+N legt eine neue Sitzung an, Strg+O öffnet eine vorhandene,\n"
                "Strg+Umschalt+G pflegt Gremien und Mitglieder."
            ),
            self,
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _action(self, name: str, text: str, keys: Keys, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(keys, QKeySequence.StandardKey):
            # a platform without a binding for it (e.g. Quit offscreen) gets the usual key
            sequences = QKeySequence.keyBindings(keys) or [QKeySequence(STANDARD_FALLBACK[keys])]
            action.setShortcuts(sequences)
        elif isinstance(keys, list):
            action.setShortcuts([QKeySequence(k) for k in keys])
        else:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        a = self._action
        # file
        a("new_meeting", self.tr("&Neue Sitzung …"), StandardKey.New, self.new_meeting)
        a("open_meeting", self.tr("Sitzung ö&ffnen …"), StandardKey.Open, self.choose_meeting)
        a("import_agenda", self.tr("&Tagesordnung einfügen …"), "Ctrl+Shift+I", self.import_agenda)
        a("committees", self.tr("&Gremien und Mitglieder …"), "Ctrl+Shift+G", self.edit_committees)
        a(
            "settings",
            self.tr("&Einstellungen …"),
            StandardKey.Preferences,
            self.edit_settings,
        )
        a(
            "restore_backup",
            self.tr("Sicherung &wiederherstellen …"),
            "Ctrl+Shift+W",
            self.restore_backup,
        )
        a("quit", self.tr("&Beenden"), StandardKey.Quit, self.close)
        # edit
        a("undo", self.tr("&Rückgängig"), StandardKey.Undo, self.editor.undo)
        a("redo", self.tr("&Wiederholen"), StandardKey.Redo, self.editor.redo)
        # agenda
        a("next_item", self.tr("&Nächster TOP"), "Ctrl+PgDown", lambda: self.agenda.step(1))
        a("previous_item", self.tr("&Vorheriger TOP"), "Ctrl+PgUp", lambda: self.agenda.step(-1))
        a("add_item", self.tr("TOP &hinzufügen …"), "Ctrl+Shift+N", self.add_item)
        a(
            "insert_item",
            self.tr("TOP &einschieben (z. B. Dringlichkeitsantrag) …"),
            "Ctrl+Shift+D",
            self.insert_item,
        )
        a("edit_item", self.tr("TOP &bearbeiten …"), "F2", self.edit_item)
        a("delete_item", self.tr("TOP &löschen …"), "Ctrl+Shift+Del", self.delete_item)
        a("item_up", self.tr("TOP nach &oben"), "Alt+Shift+Up", lambda: self.move_item(-1))
        a("item_down", self.tr("TOP nach &unten"), "Alt+Shift+Down", lambda: self.move_item(1))
        a("focus_agenda", self.tr("Zur &Tagesordnung"), "F5", self._focus_agenda)
        # minutes
        a("focus_editor", self.tr("Zum &Protokolltext"), "F6", self._focus_editor)
        a("new_text", self.tr("Neuer &Textabsatz"), "Ctrl+1", lambda: self._new_paragraph("text"))
        a(
            "new_motion",
            self.tr("Neuer &Antragstext"),
            "Ctrl+2",
            lambda: self._new_paragraph("motion"),
        )
        a(
            "new_resolution",
            self.tr("Neuer &Beschlusstext"),
            "Ctrl+3",
            lambda: self._new_paragraph("resolution"),
        )
        a(
            "toggle_kind",
            self.tr("Absatzart &wechseln (Text → Antrag → Beschluss)"),
            "Ctrl+T",
            self.editor.toggle_kind,
        )
        a("speaker", self.tr("&Redner einfügen …"), "Ctrl+Space", self._show_speakers)
        a("verbs", self.tr("Rede&wendung einfügen …"), "Ctrl+R", self._show_verbs)
        a(
            "paragraph_up",
            self.tr("Absatz nach &oben"),
            "Alt+Up",
            lambda: self.editor.move_paragraph(-1),
        )
        a(
            "paragraph_down",
            self.tr("Absatz nach &unten"),
            "Alt+Down",
            lambda: self.editor.move_paragraph(1),
        )
        # meeting
        a("finalize", self.tr("Sitzung &abschließen …"), "Ctrl+Shift+A", self.finalize)
        a("reopen", self.tr("Sitzung &wieder öffnen …"), "Ctrl+Shift+R", self.reopen)
        # export
        a("export_extract", self.tr("&Auszug dieses TOP …"), "Ctrl+Shift+E", self.export_extract)
        a("export_all", self.tr("A&lle Auszüge …"), "Ctrl+Shift+L", self.export_all_extracts)
        a("export_minutes", self.tr("&Niederschrift …"), "Ctrl+Shift+M", self.export_minutes)
        a(
            "export_public",
            self.tr("Ö&ffentliche Niederschrift …"),
            "Ctrl+Shift+O",
            lambda: self.export_minutes(public=True),
        )
        # archive (issue 15): the dialogs live in search_dialog.py and register_dialog.py
        a("search", self.tr("Archiv &durchsuchen …"), "Ctrl+Shift+F", lambda: open_search(self))
        a("register", self.tr("&Beschlusskontrolle …"), "Ctrl+Shift+K", lambda: open_register(self))
        a(
            "due",
            self.tr("&Wiedervorlagen …"),
            "Ctrl+Shift+T",
            lambda: open_register(self, due_only=True),
        )
        # help
        a("shortcuts", self.tr("&Tastenkürzel"), StandardKey.HelpContents, self.show_shortcuts)
        a("about", self.tr("Ü&ber Protokollant"), "Ctrl+F1", self.show_about)
        for name, icon_text in (
            ("add_item", "+"),
            ("insert_item", "!"),
            ("edit_item", "✎"),
            ("item_up", "↑"),
            ("item_down", "↓"),
            ("delete_item", "✕"),
        ):
            self.actions_by_name[name].setIconText(icon_text)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        act = self.actions_by_name

        def menu(title: str, names: list[str | None]) -> QMenu:
            m = bar.addMenu(title)
            for name in names:
                if name is None:
                    m.addSeparator()
                else:
                    m.addAction(act[name])
            return m

        menu(
            self.tr("&Datei"),
            [
                "new_meeting",
                "open_meeting",
                None,
                "import_agenda",
                "committees",
                "settings",
                None,
                "restore_backup",
                None,
                "quit",
            ],
        )
        menu(self.tr("&Bearbeiten"), ["undo", "redo"])
        menu(
            self.tr("&Tagesordnung"),
            [
                "next_item",
                "previous_item",
                None,
                "add_item",
                "insert_item",
                "edit_item",
                "delete_item",
                None,
                "item_up",
                "item_down",
                None,
                "focus_agenda",
            ],
        )
        menu(
            self.tr("&Protokoll"),
            [
                "focus_editor",
                None,
                "new_text",
                "new_motion",
                "new_resolution",
                "toggle_kind",
                None,
                "speaker",
                "verbs",
                None,
                "paragraph_up",
                "paragraph_down",
            ],
        )
        if self.tally is not None:
            bar.addMenu(self.tr("Ab&stimmung")).addActions(self.tally.actions())
        if self.attendance is not None:
            bar.addMenu(self.tr("An&wesenheit")).addActions(self.attendance.actions())
        session = menu(self.tr("Sit&zung"), [])
        session.addActions(self.meeting_bar.actions())
        session.addSeparator()
        session.addAction(act["finalize"])
        session.addAction(act["reopen"])
        menu(
            self.tr("E&xport"),
            ["export_extract", "export_all", "export_minutes", "export_public"],
        )
        menu(self.tr("&Archiv"), ["search", "register", "due"])
        menu(self.tr("&Hilfe"), ["shortcuts", "about"])
        self.agenda.add_tool_actions(
            [
                act[n]
                for n in (
                    "add_item",
                    "insert_item",
                    "edit_item",
                    "item_up",
                    "item_down",
                    "delete_item",
                )
            ]
        )

    def _connect_signals(self) -> None:
        """Every connection of the window, in one place."""
        self.agenda.currentItemChanged.connect(self._item_selected)
        self.agenda.editRequested.connect(self.edit_item)
        self.agenda.model.rowsReordered.connect(self._store_order)
        self.agenda.view.activated.connect(lambda _index: self._focus_editor())
        self.autosaver.statusChanged.connect(self._save_state)
        self.autosaver.snapshotTaken.connect(self._minutes_snapshot)
        self.meeting_bar.clockChanged.connect(self._clock_changed)
        focus_changed = QApplication.instance().focusChanged  # type: ignore[union-attr]
        focus_changed.connect(self._focus_changed)
        if self.tally is not None:
            self.tally.voteRecorded.connect(self.record_vote)
        if self.attendance is not None:
            self.attendance.attendanceChanged.connect(self.set_attendance)
            self.attendance.excludedChanged.connect(self.set_excluded)
        if self.first_run is not None:
            for signal, slot in (
                ("demoRequested", self.open_demo),
                ("committeeRequested", self.edit_committees),
                ("agendaRequested", self._first_run_agenda),
            ):
                if hasattr(self.first_run, signal):
                    getattr(self.first_run, signal).connect(slot)

    def _apply_settings(self) -> None:
        rule = self.settings.majority_rule
        self.editor.set_result_function(lambda vote: rules.result_label(vote, rule))
        self.editor.set_verbs(self.settings.verbs)

    # -- layout memory ---------------------------------------------------------------------

    def _restore_layout(self) -> None:
        qs = window_settings()
        geometry = qs.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for splitter, key in ((self.splitter, "splitter"), (self.side, "side")):
            state = qs.value(key)
            if state is not None:
                splitter.restoreState(state)

    def _save_layout(self) -> None:
        qs = window_settings()
        qs.setValue("geometry", self.saveGeometry())
        qs.setValue("splitter", self.splitter.saveState())
        qs.setValue("side", self.side.saveState())
        qs.sync()

    # -- meetings --------------------------------------------------------------------------

    def open_meeting(self, meeting_id: int) -> bool:
        """Load a meeting from the store and show it; False (with a message) if that fails."""
        self._leave_meeting()
        try:
            meeting = self.store.load_meeting(meeting_id)
            self.store.set_setting("last_meeting", meeting_id)
        except Exception as exc:
            messages.report(self, exc, "Öffnen der Sitzung")
            return False
        self.meeting = meeting
        self._on_meeting_opened()
        self._show_meeting()
        return True

    def open_start_meeting(self) -> None:
        """At start-up: the meeting open last time, else the most recent one, else first run."""
        wanted = self.store.setting("last_meeting")
        if isinstance(wanted, int) and self.store.meeting_exists(wanted):
            self.open_meeting(wanted)
            return
        recent = self.store.list_meetings(limit=1)
        if recent:
            self.open_meeting(recent[0].id)
        else:
            self._show_meeting()

    def _leave_meeting(self) -> None:
        """Write everything of the open meeting before another one is shown."""
        if self.meeting is None:
            return
        self.autosaver.flush_and_wait()
        self._on_meeting_closing()
        for item_id in list(self._docs):
            self.autosaver.forget(item_id)
        self._docs.clear()
        self.current = None
        self.meeting = None

    def _on_meeting_opened(self) -> None:
        """A backup in the background, and the 10-minute backup timer starts."""
        self.backups.meeting_opened()

    def _on_meeting_closing(self) -> None:
        """A backup of what was just written, in the background (if anything changed)."""
        if self.meeting is not None:
            self.backups.meeting_closed()

    def _backup_finished(self, text: str, problem: bool) -> None:
        # a routine "Sicherung erstellt" never hides a message that matters more (disk full)
        if problem or not self.statusBar().currentMessage():
            self.statusBar().showMessage(text, 0 if problem else 5000)

    def restore_backup(self) -> None:
        """Datei → Sicherung wiederherstellen …: the current state is backed up first."""
        from .restore_dialog import RestoreDialog, restore_into

        if not self.autosaver.flush_and_wait():
            messages.error(
                self,
                self.tr(
                    "Der Text ist noch nicht gespeichert ({state}). Bitte erst das Speichern "
                    "ermöglichen, dann wiederherstellen."
                ).format(state=self.save_label.text()),
            )
            return
        backup = RestoreDialog.ask(self.store.path, self)
        if backup is None:
            return
        meeting_id = self.meeting.id if self.meeting is not None else None
        self._leave_meeting()
        self.backups.wait()
        try:
            restore_into(self.store, backup)
        except Exception as exc:
            messages.report(self, exc, "Wiederherstellen der Sicherung")
        self.settings = Settings.load(self.store)
        if meeting_id is not None and self.store.meeting_exists(meeting_id):
            self.open_meeting(meeting_id)
        else:
            self.open_start_meeting()
        self.statusBar().showMessage(
            self.tr("Sicherung wiederhergestellt; der vorherige Stand ist ebenfalls gesichert."),
            8000,
        )

    def _show_meeting(self) -> None:
        m = self.meeting
        self.pages.setCurrentIndex(0 if m is not None else 1)
        self.meeting_bar.set_meeting(self.store if m else None, m)
        self.setWindowTitle(
            self.tr("{title} – Protokollant").format(title=m.title) if m else "Protokollant"
        )
        self.agenda.set_items(m.agenda if m else [])
        if self.attendance is not None:
            self.attendance.set_meeting(m)
        self._refresh_presence()
        self._apply_read_only()
        if m is not None and m.agenda:
            self.agenda.select_row(0)
        else:
            self._item_selected(None)

    def new_meeting(self) -> None:
        ask = optional_ui("new_meeting_dialog", "NewMeetingDialog")
        if ask is None:
            messages.error(self, self.tr("Der Dialog für neue Sitzungen ist nicht verfügbar."))
            return
        self.autosaver.flush()
        meeting_id = ask.ask(self, self.store)
        if meeting_id is not None:
            self.open_meeting(meeting_id)
            self._focus_agenda()

    def choose_meeting(self) -> None:
        picker = optional_ui("meeting_picker", "MeetingPicker")
        if picker is None:
            messages.error(self, self.tr("Die Sitzungsauswahl ist nicht verfügbar."))
            return
        self.autosaver.flush()
        meeting_id = picker.choose(self, self.store)
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    def open_demo(self) -> None:
        """Import the reference meeting into this database and open it (first run)."""
        from ..formats import meeting_file
        from ..store.meetings import import_meeting

        try:
            meeting = meeting_file.read_file(paths.demo_meeting_path()).meeting
            meeting_id = import_meeting(self.store, meeting)
        except Exception as exc:
            messages.report(self, exc, "Laden der Beispielsitzung")
            return
        self.open_meeting(meeting_id)

    def edit_committees(self) -> None:
        dialog = optional_ui("committee_dialog", "CommitteeDialog")
        if dialog is None:
            messages.error(self, self.tr("Die Gremienverwaltung ist nicht verfügbar."))
            return
        if dialog.edit(self, self.store) and self.meeting is not None and self.meeting.id:
            self.open_meeting(self.meeting.id)

    def edit_settings(self) -> None:
        dialog = optional_ui("settings_dialog", "SettingsDialog")
        if dialog is None:
            messages.error(self, self.tr("Die Einstellungen sind nicht verfügbar."))
            return
        if dialog.edit(self, self.store):
            self.settings = Settings.load(self.store)
            self._apply_settings()
            self._refresh_presence()

    def import_agenda(self) -> None:
        if self.meeting is None or self.meeting.id is None:
            messages.error(self, self.tr("Bitte zuerst eine Sitzung öffnen oder anlegen."))
            return
        dialog = optional_ui("agenda_import_dialog", "AgendaImportDialog")
        if dialog is None:
            messages.error(self, self.tr("Das Einfügen einer Tagesordnung ist nicht verfügbar."))
            return
        answer = dialog.ask(self, self.store)
        if answer is None:
            return
        items, replace = answer
        if replace and not messages.confirm(
            self,
            self.tr(
                "Die bisherige Tagesordnung mit allen Protokolltexten wird ersetzt. Fortfahren?"
            ),
        ):
            return
        meeting_id = self.meeting.id
        self.autosaver.flush_and_wait()
        try:
            self.store.replace_agenda(meeting_id, items, replace)
        except Exception as exc:
            messages.report(self, exc, "Einfügen der Tagesordnung")
            return
        self.open_meeting(meeting_id)

    def _first_run_agenda(self) -> None:
        if self.meeting is None:
            self.new_meeting()
        if self.meeting is not None:
            self.import_agenda()

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

    def _item_selected(self, item: AgendaItem | None) -> None:
        self.autosaver.flush()  # the item being left is written at once
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
            self._show_item_header()
        self._refresh_tally()
        if self.attendance is not None:
            self.attendance.set_current_item(item)

    def _show_item_header(self) -> None:
        item = self.current
        if item is None:
            return
        parts = [f"TOP {item.number}  {item.title}"]
        details = [d for d in (item.paper, "" if item.public else "nichtöffentlich") if d]
        if item.outcome:
            details.append(item.outcome)
        if details:
            parts.append(" · ".join(details))
        self.item_header.setText("\n".join(parts))

    def _refresh_tally(self) -> None:
        if self.tally is not None:
            self.tally.set_context(self.meeting, self.current, self.settings.majority_rule)

    def _minutes_snapshot(self, item_id: int, paragraphs: list[Paragraph]) -> None:
        if self.meeting is None:
            return
        for item in self.meeting.agenda:
            if item.id == item_id:
                item.minutes = paragraphs
                return

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is self.editor and not self._closing:
            self.autosaver.flush()

    # -- agenda editing --------------------------------------------------------------------

    def _editable(self) -> bool:
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

    def add_item(self) -> None:
        if not self._editable():
            return
        assert self.meeting is not None
        last = self.meeting.agenda[-1] if self.meeting.agenda else None
        draft = AgendaItem(
            number=_next_number(last.number) if last else "1",
            title="",
            public=last.public if last else True,
        )
        self._insert_new_item(draft, len(self.meeting.agenda), self.tr("TOP hinzufügen"))

    def insert_item(self) -> None:
        """Insert an item after the current one during the session (e.g. Dringlichkeitsantrag)."""
        if not self._editable():
            return
        assert self.meeting is not None
        row = self.agenda.model.row_of(self.current.id) if self.current else -1
        after = self.current
        draft = AgendaItem(
            number=number_after(after.number) if after else "1",
            title=self.tr("Dringlichkeitsantrag: "),
            public=after.public if after else True,
        )
        self._insert_new_item(draft, row + 1, self.tr("TOP einschieben"))

    def _insert_new_item(self, draft: AgendaItem, row: int, heading: str) -> None:
        assert self.meeting is not None and self.meeting.id is not None
        item = ItemDialog.ask(self, draft, self.settings.outcomes, heading)
        if item is None:
            return
        try:
            self.store.add_item(self.meeting.id, item, position=row)
        except Exception as exc:
            messages.report(self, exc, "Anlegen des Tagesordnungspunkts")
            return
        self.agenda.model.insert_item(row, item)
        self.agenda.select_item(item.id)
        self._focus_editor()

    def edit_item(self) -> None:
        if not self._editable() or self.current is None:
            return
        item = self.current
        changed = ItemDialog.ask(
            self, dataclasses.replace(item), self.settings.outcomes, self.tr("TOP bearbeiten")
        )
        if changed is None:
            return
        try:
            self.store.update_item(changed)
        except Exception as exc:
            messages.report(self, exc, "Speichern des Tagesordnungspunkts")
            return
        for f in ("number", "title", "paper", "public", "outcome"):
            setattr(item, f, getattr(changed, f))
        self.agenda.model.item_changed(item)
        self._show_item_header()
        self._refresh_tally()

    def delete_item(self) -> None:
        if not self._editable() or self.current is None:
            return
        item = self.current
        assert item.id is not None
        words = len(" ".join(p.text for p in md_paragraphs(self._docs.get(item.id), item)).split())
        question = self.tr("TOP {number} „{title}“ löschen?").format(
            number=item.number, title=item.title
        )
        if words:
            question += " " + self.tr(
                "Das Protokoll dieses Punktes ({words} Wörter) wird mitgelöscht."
            ).format(words=words)
        if not messages.confirm(self, question):
            return
        try:
            self.store.delete_item(item.id)
        except Exception as exc:
            messages.report(self, exc, "Löschen des Tagesordnungspunkts")
            return
        self.autosaver.forget(item.id)
        self._docs.pop(item.id, None)
        row = self.agenda.model.row_of(item.id)
        self.agenda.model.remove_item(row)
        self.agenda.select_row(min(row, self.agenda.model.rowCount() - 1))
        if self.agenda.model.rowCount() == 0:
            self._item_selected(None)

    def move_item(self, delta: int) -> None:
        if not self._editable() or self.current is None:
            return
        row = self.agenda.model.row_of(self.current.id)
        if self.agenda.model.move_item(row, row + delta):
            self._store_order(self.agenda.model.item_ids())
            self.agenda.select_item(self.current.id)

    def _store_order(self, item_ids: list[int]) -> None:
        if self.meeting is None or self.meeting.id is None:
            return
        try:
            self.store.reorder_items(self.meeting.id, item_ids)
        except Exception as exc:
            messages.report(self, exc, "Speichern der Reihenfolge")

    # -- minutes ---------------------------------------------------------------------------

    def _new_paragraph(self, kind: str) -> None:
        self.editor.new_paragraph(kind)
        self._focus_editor()

    def _show_speakers(self) -> None:
        self._focus_editor()
        self.editor.show_speakers()

    def _show_verbs(self) -> None:
        self._focus_editor()
        self.editor.show_verbs()

    def record_vote(self, vote: Vote) -> None:
        """Put a vote into the current item's minutes at the cursor and suggest the outcome."""
        item = self.current
        if item is None or not self._editable():
            return
        earlier = md_paragraphs(self._docs.get(item.id or -1), item)
        self.editor.insert_vote(vote)
        self.autosaver.flush()
        if not vote.label:  # the final vote on the item, not one on an amendment
            rule = self.settings.majority_rule
            amended = any(
                p.vote is not None and p.vote.label and rules.vote_passes(p.vote, rule)
                for p in earlier
            )
            suggestion = rules.suggested_outcome(vote, rule, amended)
            if suggestion != item.outcome:
                old = item.outcome
                item.outcome = suggestion
                try:
                    self.store.update_item(item)
                except Exception as exc:
                    item.outcome = old
                    messages.report(self, exc, "Speichern des Ergebnisses")
                    return
                self.agenda.model.item_changed(item)
                self._show_item_header()
            self.statusBar().showMessage(
                self.tr("Abstimmung eingetragen – Ergebnis: {outcome} (F2 zum Ändern)").format(
                    outcome=suggestion
                ),
                8000,
            )
        else:
            self.statusBar().showMessage(self.tr("Abstimmung eingetragen."), 5000)
        self._focus_editor()

    # -- attendance ------------------------------------------------------------------------

    def set_attendance(self, attendance: Attendance) -> None:
        m = self.meeting
        if m is None or m.id is None:
            return
        try:
            self.store.set_attendance(m.id, attendance)
        except Exception as exc:
            messages.report(self, exc, "Speichern der Anwesenheit")
            if self.attendance is not None:
                self.attendance.set_meeting(m)  # back to what is stored
            return
        m.attendance = [a for a in m.attendance if a.member != attendance.member] + [attendance]
        if self.attendance is not None:
            self.attendance.set_meeting(m)
        self._refresh_presence()

    def set_excluded(self, keys: list[str]) -> None:
        item = self.current
        if item is None:
            return
        old = item.excluded
        item.excluded = list(keys)
        try:
            self.store.update_item(item)
        except Exception as exc:
            item.excluded = old
            messages.report(self, exc, "Speichern der Befangenheit")
            return
        self._refresh_tally()

    def _refresh_presence(self) -> None:
        m = self.meeting
        if m is None:
            self.quorum_label.setText("")
            self.editor.set_speakers([])
            return
        self.quorum_label.setText(quorum_text(rules.quorum(m)))
        self.editor.set_speakers([p for p in m.committee.members if rules.is_present(m, p.key)])
        self._refresh_tally()

    def _clock_changed(self) -> None:
        if self.meeting is not None:
            self.statusBar().showMessage(self.tr("Sitzungszeit gespeichert."), 3000)

    # -- finalising ------------------------------------------------------------------------

    def finalize(self) -> None:
        m = self.meeting
        if m is None or m.id is None or m.finalized:
            return
        if not messages.confirm(
            self,
            self.tr(
                "Sitzung abschließen? Danach kann sie nur noch gelesen und exportiert werden, "
                "bis sie ausdrücklich wieder geöffnet wird."
            ),
        ):
            return
        if not self.autosaver.flush_and_wait():
            messages.error(self, self.tr("Es sind noch nicht alle Texte gespeichert."))
            return
        self._set_finalized(True, "")

    def reopen(self) -> None:
        m = self.meeting
        if m is None or m.id is None or not m.finalized:
            return
        reason = messages.ask_text(
            self,
            self.tr("Sitzung wieder öffnen"),
            self.tr("Warum wird die abgeschlossene Sitzung wieder geöffnet? (wird protokolliert)"),
        )
        if reason is None:
            return
        if not reason.strip():
            messages.error(self, self.tr("Bitte geben Sie einen Grund an."))
            return
        self._set_finalized(False, reason.strip())

    def _set_finalized(self, finalized: bool, reason: str) -> None:
        m = self.meeting
        assert m is not None and m.id is not None
        try:
            self.store.set_finalized(m.id, finalized, reason)
        except Exception as exc:
            messages.report(self, exc, "Abschließen der Sitzung")
            return
        m.finalized = finalized
        self.meeting_bar.set_meeting(self.store, m)
        self._apply_read_only()
        self.statusBar().showMessage(
            self.tr("Sitzung abgeschlossen.") if finalized else self.tr("Sitzung wieder geöffnet."),
            5000,
        )

    def _apply_read_only(self) -> None:
        m = self.meeting
        read_only = m is None or m.finalized
        self.editor.setReadOnly(read_only)
        for name in (
            "add_item",
            "insert_item",
            "edit_item",
            "delete_item",
            "item_up",
            "item_down",
            "new_text",
            "new_motion",
            "new_resolution",
            "toggle_kind",
            "verbs",
            "paragraph_up",
            "paragraph_down",
            "import_agenda",
        ):
            self.actions_by_name[name].setEnabled(not read_only)
        self.actions_by_name["finalize"].setEnabled(m is not None and not m.finalized)
        self.actions_by_name["reopen"].setEnabled(m is not None and m.finalized)
        for part in (self.tally, self.attendance):
            if part is not None:
                part.setEnabled(not read_only)
                for action in part.actions():
                    action.setEnabled(not read_only)
        self.meeting_bar.set_read_only(read_only)
        self.agenda.view.setDragEnabled(not read_only)
        self.state_label.setText(
            self.tr("Abgeschlossen – nur lesen") if m is not None and m.finalized else ""
        )

    # -- export ----------------------------------------------------------------------------

    def output_dir(self) -> Path:
        if self.settings.output_dir.strip():
            return Path(self.settings.output_dir.strip()).expanduser()
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs or Path.home()) / "Protokollant"

    def _export(self, what: str, write: Callable[[Any, Meeting, Path], Any]) -> None:
        m = self.meeting
        if m is None:
            messages.error(self, self.tr("Bitte zuerst eine Sitzung öffnen."))
            return
        if not self.autosaver.flush_and_wait():
            messages.error(
                self,
                self.tr(
                    "Der Text ist noch nicht gespeichert; der Export wartet, bis das "
                    "Speichern wieder gelingt."
                ),
            )
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from .. import documents

            meeting = self.store.load_meeting(m.id) if m.id is not None else m
            folder = self.output_dir()
            folder.mkdir(parents=True, exist_ok=True)
            result = write(documents, meeting, folder)
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            messages.report(self, exc, what)
            return
        QApplication.restoreOverrideCursor()
        written = result if isinstance(result, list) else [result]
        self.last_export = [Path(p) for p in written]
        try:  # from the first export on, every change of the meeting is audited
            if meeting.id is not None:
                names = ", ".join(p.name for p in self.last_export)
                self.store.record_export(meeting.id, names)
        except Exception as exc:
            messages.report(self, exc, what)
        where = self.last_export[0] if len(written) == 1 else folder
        self.statusBar().showMessage(self.tr("Geschrieben: {path}").format(path=where), 8000)
        if self.open_results:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(where)))

    def export_extract(self) -> None:
        item = self.current
        if item is None:
            messages.error(self, self.tr("Bitte zuerst einen Tagesordnungspunkt wählen."))
            return
        item_id = item.id

        def write(documents: Any, meeting: Meeting, folder: Path) -> Path:
            stored = next(i for i in meeting.agenda if i.id == item_id)
            path = folder / documents.extract_filename(meeting, stored)
            return Path(documents.write_extract(meeting, stored, path, settings=self.settings))

        self._export("Schreiben des Protokollauszugs", write)

    def export_all_extracts(self) -> None:
        def write(documents: Any, meeting: Meeting, folder: Path) -> list[Path]:
            target = folder / f"{meeting.date.isoformat()}_{meeting.number}_Auszuege"
            return list(documents.write_all_extracts(meeting, target, settings=self.settings))

        self._export("Schreiben der Protokollauszüge", write)

    def export_minutes(self, public: bool = False) -> None:
        def write(documents: Any, meeting: Meeting, folder: Path) -> Path:
            suffix = "_oeffentlich" if public else ""
            path = (
                folder / f"{meeting.date.isoformat()}_Niederschrift_{meeting.number}{suffix}.docx"
            )
            return Path(
                documents.write_minutes(meeting, path, public=public, settings=self.settings)
            )

        self._export("Schreiben der Niederschrift", write)

    # -- help ------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        ShortcutDialog.show_for(self, self.menuBar())

    def show_about(self) -> None:
        about = optional_ui("about_dialog", "show_about")
        if about is not None:
            about(self, self.store.path)
            return
        messages.info(self, f"Protokollant {__version__}\n{self.store.path}")

    # -- focus -----------------------------------------------------------------------------

    def _focus_agenda(self) -> None:
        self.agenda.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- status and closing ----------------------------------------------------------------

    def _save_state(self, text: str, problem: bool) -> None:
        """The save state in the status bar; cheap, since it changes twice a second."""
        self.save_label.setText(self.tr("Nicht gespeichert!") if problem else text)
        self.save_label.setToolTip(text)
        if problem:  # the whole story (disk full, retry) where there is room for it
            self.statusBar().showMessage(text)
        if problem != self._save_problem:  # restyling costs a polish of the label
            self._save_problem = problem
            self.save_label.setStyleSheet("color: #a4262c; font-weight: bold" if problem else "")
            if not problem:
                self.statusBar().clearMessage()

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
        self._on_meeting_closing()
        self.backups.close()
        QApplication.instance().focusChanged.disconnect(self._focus_changed)  # type: ignore[union-attr]
        self.writer.stop()
        self._closed = True
        event.accept()


def md_paragraphs(doc: QTextDocument | None, item: AgendaItem) -> list[Paragraph]:
    """The item's paragraphs as the editor has them now (or as loaded, if never shown)."""
    if doc is None:
        return list(item.minutes)
    return [p for _, p in md.snapshot(doc)]


def _next_number(number: str) -> str:
    """ "7" → "8", "7.1" → "7.2"; anything else gets no suggestion."""
    head, _, last = number.rpartition(".")
    if last.isdigit():
        return f"{head}.{int(last) + 1}" if head else str(int(last) + 1)
    return ""
