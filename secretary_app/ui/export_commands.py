"""The window's export and check commands: the documents come from `session.Operations`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from ..errors import KnownError
from ..session import ExportResult
from . import messages
from .messages import shows_errors
from .window_view import WindowView


class ExportCommands(QObject):
    """The export menu's commands over a `WindowView`; `last_export` is what was written."""

    def __init__(self, view: WindowView) -> None:
        super().__init__(view.widget())
        self.view = view
        self.last_export: list[Path] = []

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
        v = self.view
        meeting_id = self._ready()
        if meeting_id is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = write(meeting_id)
            # the PDF is converted from the written .docx (LibreOffice or Word), never redrawn
            paths = v.ops.export_pdf(result.paths) if pdf else list(result.paths)
        finally:
            QApplication.restoreOverrideCursor()
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
