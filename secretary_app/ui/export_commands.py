"""The window's export and check commands: the documents come from `session.Operations`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QActionGroup, QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu

from ..errors import KnownError
from ..session import ExportResult
from ..session.background import Outcome
from . import messages
from .messages import shows_errors
from .window_view import WindowView


class ExportCommands(QObject):
    """The export menu's commands over a `WindowView`; `last_export` is what was written."""

    _pdf_finished = Signal(object)  # the Outcome of a conversion, from its thread

    def __init__(self, view: WindowView) -> None:
        super().__init__(view.widget())
        self.view = view
        self.last_export: list[Path] = []
        self.pdf_busy = False
        self._pdf_finished.connect(self._pdf_done)  # queued: the slot runs in the window's thread

    def _ready(self) -> int | None:
        """The open meeting's id once all text is saved; None (with a message) otherwise."""
        v = self.view
        m = v.meeting
        if m is None or m.id is None:
            messages.error(v.widget(), self.tr("Bitte zuerst eine Sitzung öffnen."))
            return None
        if not v.autosaver.flush_and_wait():
            messages.error(
                v.widget(),
                self.tr(
                    "Der Text ist noch nicht gespeichert; der Export wartet, bis das "
                    "Speichern wieder gelingt."
                ),
            )
            return None
        return m.id

    @shows_errors
    def _run(
        self, write: Callable[[int], ExportResult], many: bool = False, pdf: bool = False
    ) -> None:
        meeting_id = self._ready()
        if meeting_id is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = write(meeting_id)
        finally:
            QApplication.restoreOverrideCursor()
        if pdf:
            self._convert_in_background(list(result.paths))
            return
        self._written(list(result.paths), many)

    def _convert_in_background(self, written: list[Path]) -> None:
        """The PDF is converted from the written .docx (LibreOffice or Word, never redrawn) in a
        thread of its own: LibreOffice takes seconds, and she keeps typing meanwhile."""
        import threading

        from ..session.background import guarded

        ops = self.view.ops
        self.view.show_status(self.tr("Die PDF-Datei wird erstellt …"))
        self.pdf_busy = True

        def convert() -> None:
            outcome = guarded(lambda: ops.export_pdf(written), "PDF")
            try:
                self._pdf_finished.emit(outcome)
            except RuntimeError:  # the window was closed meanwhile: the PDF is written anyway
                pass

        threading.Thread(target=convert, name="pdf", daemon=True).start()

    def _pdf_done(self, outcome: Outcome[list[Path]]) -> None:
        self.pdf_busy = False
        if not outcome.ok:
            messages.error(self.view.widget(), outcome.error)
            return
        self._written(outcome.value or [], False)

    def _written(self, paths: list[Path], many: bool) -> None:
        v = self.view
        self.last_export = paths
        if not paths:
            return
        where = paths[0] if not many else paths[0].parent
        v.show_status(self.tr("Geschrieben: {path}").format(path=where), 8000)
        if v.open_results:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(where)))

    def export_extract(self, pdf: bool = False) -> None:
        """The Protokollauszug of the current item (and its PDF)."""
        item = self.view.current
        if item is None:
            messages.error(
                self.view.widget(), self.tr("Bitte zuerst einen Tagesordnungspunkt wählen.")
            )
            return
        self._run(lambda meeting_id: self.view.ops.export_extract(meeting_id, item.number), pdf=pdf)

    def export_all_extracts(self) -> None:
        """One Protokollauszug per item into a folder."""
        self._run(lambda meeting_id: self.view.ops.export_all_extracts(meeting_id), many=True)

    def export_minutes(self, public: bool = False, audit: bool = False, pdf: bool = False) -> None:
        """The Niederschrift: full, public, with the Änderungsnachweis, or as PDF."""
        self._run(
            lambda meeting_id: self.view.ops.export_minutes(meeting_id, public=public, audit=audit),
            pdf=pdf,
        )

    def export_results(self, csv_format: bool = False) -> None:
        """Ergebnisse (public items: outcomes and votes) as OParl JSON or CSV for the portal."""
        self._run(
            lambda meeting_id: self.view.ops.export_results(meeting_id, csv_format=csv_format)[0]
        )

    def layout_menu(self, parent: QMenu) -> QMenu:
        """Export → Layout: the shipped layouts to choose from; the choice is remembered (a
        city's own folder, chosen in the settings, shows as „eigene Vorlagen“)."""
        menu = QMenu(self.tr("La&yout"), parent)
        group = QActionGroup(menu)
        labels = {
            "referenz": self.tr("Referenz – wie der Potsdamer Protokollauszug (Standard)"),
            "karlsruhe": self.tr("Karlsruhe – „Punkt N der Tagesordnung“, „Zur Beurkundung:“"),
            "beschluss": self.tr("„Beschluss:“ – Abstimmung in einer Zeile, Befangene gezählt"),
            "zu-punkt": self.tr("„Zu Punkt N:“ – Ergebnis in Worten, drei Unterschriften"),
        }
        for name, label in self.view.ops.layouts():
            action = menu.addAction(labels.get(name, label))
            action.setCheckable(True)
            action.setData(name)
            group.addAction(action)
        own = menu.addAction(self.tr("Eigene Vorlagen (Einstellungen)"))
        own.setCheckable(True)
        own.setEnabled(False)
        group.addAction(own)
        group.triggered.connect(lambda action: self._choose_layout(str(action.data())))

        def show_current() -> None:
            current = self.view.ops.settings.layout.strip() or "referenz"
            for action in group.actions():
                action.setChecked(action.data() == current)
            own.setChecked(not any(a.isChecked() for a in group.actions() if a is not own))

        menu.aboutToShow.connect(show_current)
        show_current()
        return menu

    @shows_errors
    def _choose_layout(self, name: str) -> None:
        self.view.ops.choose_layout(name)
        self.view.show_status(
            self.tr("Exporte verwenden jetzt das Layout „{name}“.").format(name=name), 6000
        )

    @shows_errors
    def check(self) -> None:
        """Protokoll → Prüfen: every contradiction of the open meeting, one line each."""
        from .dialogs.findings_dialog import FindingsDialog

        v = self.view
        if v.meeting is None or v.meeting.id is None:
            messages.error(v.widget(), self.tr("Bitte zuerst eine Sitzung öffnen."))
            return
        v.autosaver.flush_and_wait()
        findings = v.ops.check(v.meeting.id)
        spelling: list[str] | None = None
        if v.settings.spelling:  # the same lines as `check ID --rechtschreibung`
            from ..session import spelling as spelling_check

            try:
                spelling = spelling_check.findings(
                    v.ops, v.ops.meeting(v.meeting.id), v.editor.spelling.checker
                )
            except KnownError as exc:  # no dictionary: said, the contradictions still shown
                v.show_status(str(exc), 8000)
        FindingsDialog.show_findings(v.widget(), findings, spelling)
