"""The operations' questions as dialogs: confirm, a reason to record, findings before export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from . import messages

if TYPE_CHECKING:  # the checks load with the first export, not with the first frame
    from ..domain.checks import Finding


class DialogInteraction(QObject):
    """Answers `session.Interaction` with the window's dialogs (`messages`, FindingsDialog)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def confirm(self, question: str) -> bool:
        return messages.confirm(self._parent, question)

    def ask_reason(self, question: str) -> str | None:
        answer = messages.ask_text(self._parent, self.tr("Begründung"), question)
        if answer is None or not answer.strip():
            return None
        return answer.strip()

    def review_findings(self, findings: Sequence[Finding], what: str) -> bool:
        from .dialogs.findings_dialog import FindingsDialog

        return FindingsDialog.review(self._parent, list(findings), what)

    def replace_files(self, question: str, paths: Sequence[Path]) -> bool:
        return messages.confirm(self._parent, question)
