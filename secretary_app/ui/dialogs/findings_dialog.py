"""The contradictions of the minutes, one line each: before an export, or on "Prüfen" (with
the spelling check's unknown words after them)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.checks import Finding


class FindingsDialog(QDialog):
    """Lists findings; before an export it offers to write anyway or to go back and fix."""

    def __init__(
        self,
        parent: QWidget | None,
        findings: list[Finding],
        what: str = "",
        spelling: list[str] | None = None,
    ) -> None:
        """`spelling`: the lines of the spelling check ("TOP 3: Rechtschreibung: …"), if run."""
        super().__init__(parent)
        self.setObjectName("findingsDialog")
        self.setWindowTitle(self.tr("Protokoll prüfen"))
        layout = QVBoxLayout(self)
        if findings:
            intro = self.tr("{count} Widersprüche im Protokoll:").format(count=len(findings))
            if len(findings) == 1:
                intro = self.tr("1 Widerspruch im Protokoll:")
        else:
            intro = self.tr("Keine Widersprüche gefunden.")
        if spelling is not None:
            if len(spelling) == 1:
                intro += " " + self.tr("1 unbekanntes Wort.")
            elif spelling:
                intro += " " + self.tr("{count} unbekannte Wörter.").format(count=len(spelling))
            else:
                intro += " " + self.tr("Rechtschreibung: keine unbekannten Wörter.")
        lines = [str(f) for f in findings] + list(spelling or [])
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.addItems(lines)
        self.list.setVisible(bool(lines))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        if what:
            layout.addWidget(QLabel(self.tr("Trotzdem schreiben: {what}?").format(what=what)))
            go = buttons.addButton(
                self.tr("Trotzdem &schreiben"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            back = buttons.addButton(
                self.tr("&Zurück zum Protokoll"), QDialogButtonBox.ButtonRole.RejectRole
            )
            back.setDefault(True)
            go.setAutoDefault(False)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if lines:
            self.resize(620, 360)
        else:
            self.resize(380, 110)

    @classmethod
    def review(cls, parent: QWidget | None, findings: list[Finding], what: str) -> bool:
        """Before writing `what`: True = write anyway (tests monkeypatch this classmethod)."""
        return cls(parent, findings, what).exec() == QDialog.DialogCode.Accepted

    @classmethod
    def show_findings(
        cls, parent: QWidget | None, findings: list[Finding], spelling: list[str] | None = None
    ) -> None:
        cls(parent, findings, spelling=spelling).exec()
