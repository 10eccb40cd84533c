"""The window's export and check commands: the documents come from `session.Operations`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from ..errors import KnownError
from ..session import Cancelled, ExportResult
from . import messages

if TYPE_CHECKING:
    from .main_window import MainWindow


class ExportCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.last_export: list[Path] = []

    def _run(
        self, write: Callable[[int], ExportResult], many: bool = False, pdf: bool = False
    ) -> None:
        w = self.w
        m = w.meeting
        if m is None or m.id is None:
            messages.error(w, self.tr("Bitte zuerst eine Sitzung öffnen."))
            return
        if not w.autosaver.flush_and_wait():
            messages.error(
                w,
                self.tr(
                    "Der Text ist noch nicht gespeichert; der Export wartet, bis das "
                    "Speichern wieder gelingt."
                ),
            )
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = write(m.id)
            # the PDF is converted from the written .docx (LibreOffice or Word), never redrawn
            paths = w.ops.export_pdf(result.paths) if pdf else list(result.paths)
        except Cancelled:
            return
        except KnownError as exc:
            messages.error(w, str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.last_export = paths
        if not paths:
            return
        where = paths[0] if not many else paths[0].parent
        w.statusBar().showMessage(self.tr("Geschrieben: {path}").format(path=where), 8000)
        if w.open_results:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(where)))

    def export_extract(self, pdf: bool = False) -> None:
        item = self.w.current
        if item is None:
            messages.error(self.w, self.tr("Bitte zuerst einen Tagesordnungspunkt wählen."))
            return
        self._run(lambda meeting_id: self.w.ops.export_extract(meeting_id, item.number), pdf=pdf)

    def export_all_extracts(self) -> None:
        self._run(lambda meeting_id: self.w.ops.export_all_extracts(meeting_id), many=True)

    def export_minutes(self, public: bool = False, audit: bool = False, pdf: bool = False) -> None:
        self._run(
            lambda meeting_id: self.w.ops.export_minutes(meeting_id, public=public, audit=audit),
            pdf=pdf,
        )

    def export_results(self, csv_format: bool = False) -> None:
        """Ergebnisse (public items: outcomes and votes) as OParl JSON or CSV for the portal."""
        self._run(
            lambda meeting_id: self.w.ops.export_results(meeting_id, csv_format=csv_format)[0]
        )

    def check(self) -> None:
        """Protokoll → Prüfen: every contradiction of the open meeting, one line each."""
        from .dialogs.findings_dialog import FindingsDialog

        w = self.w
        if w.meeting is None or w.meeting.id is None:
            messages.error(w, self.tr("Bitte zuerst eine Sitzung öffnen."))
            return
        w.autosaver.flush_and_wait()
        try:
            findings = w.ops.check(w.meeting.id)
        except KnownError as exc:
            messages.error(w, str(exc))
            return
        spelling: list[str] | None = None
        if w.settings.spelling:  # the same lines as `check ID --rechtschreibung`
            from ..session import spelling as spelling_check

            try:
                spelling = spelling_check.findings(
                    w.ops, w.ops.meeting(w.meeting.id), w.editor.spelling.checker
                )
            except KnownError as exc:  # no dictionary: said, the contradictions still shown
                w.statusBar().showMessage(str(exc), 8000)
        FindingsDialog.show_findings(w, findings, spelling)
