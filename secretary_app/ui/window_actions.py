"""The main window's commands: every QAction with its shortcut, and the menus that hold them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from .qt_namespace import Qt, key_sequence

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

    from .agenda_commands import AgendaCommands
    from .export_commands import ExportCommands
    from .meeting_commands import MeetingCommands
    from .minutes_commands import MinutesCommands
    from .window_view import ActionsView

    Keys = str | QKeySequence.StandardKey | list[str]


class Commands(NamedTuple):
    """The window's command objects, whose methods the actions trigger."""

    agenda: AgendaCommands
    export: ExportCommands
    meeting: MeetingCommands
    minutes: MinutesCommands


# QKeySequence comes with the actions, after the first frame (qt_namespace.key_sequence)
# the usual keys of a standard key a platform has no binding for (e.g. Quit offscreen), by name
STANDARD_FALLBACK = {
    "New": "Ctrl+N",
    "Open": "Ctrl+O",
    "Quit": "Ctrl+Q",
    "Undo": "Ctrl+Z",
    "Redo": "Ctrl+Shift+Z",
    "Preferences": "Ctrl+,",
    "HelpContents": "F1",
}

# disabled while the meeting is finalised (read-only)
EDITING_ACTIONS = (
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
    "correct_times",
)


def _action(w: ActionsView, name: str, text: str, keys: Keys, slot: Callable[[], Any]) -> QAction:
    QKeySequence = key_sequence()  # noqa: N806 (the class)
    action = QAction(text, w.widget())
    action.setObjectName(name)
    if isinstance(keys, QKeySequence.StandardKey):
        from .key_names import on_keyboard

        # the platform's keys on a PC keyboard (not X11's F14 for Undo or its XF86 "New" key);
        # a platform without one for it (e.g. Quit offscreen) gets the usual key
        fallback = QKeySequence(STANDARD_FALLBACK[keys.name])
        found = [k for k in QKeySequence.keyBindings(keys) if on_keyboard(k)]
        action.setShortcuts(found or [fallback])
    elif isinstance(keys, list):
        action.setShortcuts([QKeySequence(k) for k in keys])
    else:
        action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    w.addAction(action)
    w.actions_by_name[name] = action
    return action


class WindowActions(QObject):
    """Builds the window's actions and menus (a QObject so its texts have a translation context)."""

    def __init__(self, window: ActionsView) -> None:
        super().__init__(window.widget())
        self.w = window
        self._menus: list[QMenu] = []

    def build(self, commands: Commands) -> None:
        """Every action with its shortcut, then the menus that hold them."""
        self.build_actions(commands)
        self.build_menus()

    def show_menu_titles(self) -> None:
        """The menu bar's menus, still empty: the first frame shows them, `build_menus` fills
        these same menus."""
        if self._menus:
            return
        titles = (
            self.tr("&Datei"),
            self.tr("&Bearbeiten"),
            self.tr("&Tagesordnung"),
            self.tr("&Protokoll"),
            self.tr("Ab&stimmung"),
            self.tr("An&wesenheit"),
            self.tr("Sit&zung"),
            self.tr("E&xport"),
            self.tr("&Archiv"),
            self.tr("&Hilfe"),
        )
        bar = self.w.menuBar()
        self._menus = [bar.addMenu(title) for title in titles]

    def build_actions(self, commands: Commands) -> None:
        """The actions, each in `actions_by_name` and on the window (its shortcut)."""
        from .search_index import open_register, open_search

        w = self.w
        ag, ex, mc, mi = commands
        self._export = ex

        def a(name: str, text: str, keys: Keys, slot: Callable[[], Any]) -> None:
            _action(w, name, text, keys, slot)

        StandardKey = key_sequence().StandardKey  # noqa: N806 (the enum)

        # file
        a("new_meeting", self.tr("&Neue Sitzung …"), StandardKey.New, mc.new_meeting)
        a("open_meeting", self.tr("Sitzung ö&ffnen …"), StandardKey.Open, mc.choose_meeting)
        a("import_agenda", self.tr("&Tagesordnung einfügen …"), "Ctrl+Shift+I", ag.import_agenda)
        a("committees", self.tr("&Gremien und Mitglieder …"), "Ctrl+Shift+G", mc.edit_committees)
        a("settings", self.tr("&Einstellungen …"), StandardKey.Preferences, mc.edit_settings)
        a(
            "restore_backup",
            self.tr("Sicherung &wiederherstellen …"),
            "Ctrl+Shift+W",
            mc.restore_backup,
        )
        a("quit", self.tr("&Beenden"), StandardKey.Quit, w.close)
        # edit
        a("undo", self.tr("&Rückgängig"), StandardKey.Undo, mi.undo)
        a("redo", self.tr("&Wiederholen"), StandardKey.Redo, w.editor.redo)
        # agenda
        a("next_item", self.tr("&Nächster TOP"), "Ctrl+PgDown", lambda: w.agenda.step(1))
        a("previous_item", self.tr("&Vorheriger TOP"), "Ctrl+PgUp", lambda: w.agenda.step(-1))
        a("add_item", self.tr("TOP &hinzufügen …"), "Ctrl+Shift+N", ag.add_item)
        a(
            "insert_item",
            self.tr("TOP &einschieben (z. B. Dringlichkeitsantrag) …"),
            "Ctrl+Shift+D",
            ag.insert_item,
        )
        a("edit_item", self.tr("TOP &bearbeiten …"), "F2", ag.edit_item)
        a("delete_item", self.tr("TOP &löschen …"), "Ctrl+Shift+Del", ag.delete_item)
        a("item_up", self.tr("TOP nach &oben"), "Alt+Shift+Up", lambda: ag.move_item(-1))
        a("item_down", self.tr("TOP nach &unten"), "Alt+Shift+Down", lambda: ag.move_item(1))
        a("focus_agenda", self.tr("Zur &Tagesordnung"), "F5", w.focus_agenda)
        # minutes
        a("focus_editor", self.tr("Zum &Protokolltext"), "F6", w.focus_editor)
        a("new_text", self.tr("Neuer &Textabsatz"), "Ctrl+1", lambda: mi.new_paragraph("text"))
        a("new_motion", self.tr("Neuer &Antragstext"), "Ctrl+2", lambda: mi.new_paragraph("motion"))
        a(
            "new_resolution",
            self.tr("Neuer &Beschlusstext"),
            "Ctrl+3",
            lambda: mi.new_paragraph("resolution"),
        )
        a(
            "toggle_kind",
            self.tr("Ab&satzart wechseln (Text → Antrag → Beschluss)"),
            "Ctrl+T",
            w.editor.toggle_kind,
        )
        a("speaker", self.tr("&Redner einfügen …"), "Ctrl+Space", mi.show_speakers)
        a("verbs", self.tr("Rede&wendung einfügen …"), "Ctrl+R", mi.show_verbs)
        a(
            "paragraph_up",
            self.tr("Absatz nach &oben"),
            "Alt+Up",
            lambda: w.editor.move_paragraph(-1),
        )
        a(
            "paragraph_down",
            self.tr("Absatz nach &unten"),
            "Alt+Down",
            lambda: w.editor.move_paragraph(1),
        )
        a("check", self.tr("Protokoll pr&üfen …"), "Ctrl+Shift+P", ex.check)
        # meeting
        a("correct_times", self.tr("Sitzungs&zeiten korrigieren …"), [], mc.correct_times)
        a("finalize", self.tr("Sitzung &abschließen …"), "Ctrl+Shift+A", mc.finalize)
        a("reopen", self.tr("Sitzung &wieder öffnen …"), "Ctrl+Shift+R", mc.reopen)
        # export
        a("export_extract", self.tr("&Auszug dieses TOP …"), "Ctrl+Shift+E", ex.export_extract)
        a("export_all", self.tr("A&lle Auszüge …"), "Ctrl+Shift+L", ex.export_all_extracts)
        a("export_minutes", self.tr("&Niederschrift …"), "Ctrl+Shift+M", ex.export_minutes)
        a(
            "export_public",
            self.tr("Ö&ffentliche Niederschrift …"),
            "Ctrl+Shift+O",
            lambda: ex.export_minutes(public=True),
        )
        # no Ctrl+Alt: Windows reports AltGr as Ctrl+Alt, and Strg+Alt+E/M swallowed the "€"
        # and "µ" she types with AltGr on a German keyboard; the rarer exports are in the menu
        a(
            "export_audit",
            self.tr("Niederschrift mit Änderungsnach&weis …"),
            [],
            lambda: ex.export_minutes(audit=True),
        )
        a(
            "export_extract_pdf",
            self.tr("Auszug dieses TOP als &PDF …"),
            "Ctrl+P",
            lambda: ex.export_extract(pdf=True),
        )
        a(
            "export_minutes_pdf",
            self.tr("Niederschrift als P&DF …"),
            [],
            lambda: ex.export_minutes(pdf=True),
        )
        a(
            "export_results",
            self.tr("&Ergebnisse für das Ratsinformationssystem (OParl) …"),
            [],
            lambda: ex.export_results(),
        )
        a(
            "export_results_csv",
            self.tr("Ergebnisse als &CSV (Tabelle, Open Data) …"),
            [],
            lambda: ex.export_results(csv_format=True),
        )
        # archive: search and the resolution register (Beschlusskontrolle)
        a("search", self.tr("Archiv &durchsuchen …"), "Ctrl+Shift+F", lambda: open_search(w))
        a("register", self.tr("&Beschlusskontrolle …"), "Ctrl+Shift+K", lambda: open_register(w))
        a(
            "due",
            self.tr("&Wiedervorlagen …"),
            "Ctrl+Shift+T",
            lambda: open_register(w, due_only=True),
        )
        # help
        a("shortcuts", self.tr("&Tastenkürzel"), StandardKey.HelpContents, mc.show_shortcuts)
        a("about", self.tr("Ü&ber Protokollant"), "Ctrl+F1", mc.show_about)
        for name, icon_text in (
            ("add_item", "+"),
            ("insert_item", "!"),
            ("edit_item", "✎"),
            ("item_up", "↑"),
            ("item_down", "↓"),
            ("delete_item", "✕"),
        ):
            w.actions_by_name[name].setIconText(icon_text)

    def build_menus(self) -> None:
        """The menus filled with the actions and the panes' own actions."""
        w = self.w
        act = w.actions_by_name

        def fill(m: QMenu, names: list[str | None]) -> QMenu:
            for name in names:
                if name is None:
                    m.addSeparator()
                else:
                    m.addAction(act[name])
            return m

        self.show_menu_titles()
        file, edit, agenda, minutes, vote, attendance, session, export, archive, help_ = self._menus

        fill(
            file,
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
        edit_menu = fill(edit, ["undo", "redo"])
        edit_menu.addSeparator()
        edit_menu.addActions(w.find_bar.actions())
        w.addActions(w.find_bar.actions())
        fill(
            agenda,
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
        fill(
            minutes,
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
                None,
                "check",
            ],
        ).addActions(w.editor.actions())
        vote.addActions(w.tally.actions())
        attendance.addActions(w.attendance.actions())
        session.addActions(w.meeting_bar.actions())
        session.addAction(act["correct_times"])
        session.addSeparator()
        session.addAction(act["finalize"])
        session.addAction(act["reopen"])
        fill(
            export,
            [
                "export_extract",
                "export_all",
                "export_minutes",
                "export_public",
                "export_audit",
                None,
                "export_extract_pdf",
                "export_minutes_pdf",
                None,
                "export_results",
                "export_results_csv",
            ],
        )
        export.addSeparator()
        export.addMenu(self._export.layout_menu(export))
        fill(archive, ["search", "register", "due"])
        fill(help_, ["shortcuts", "about"])
        w.agenda.add_tool_actions(
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
