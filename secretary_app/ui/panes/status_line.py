"""The status bar's permanent parts: spelling state, quorum, read-only state, save state."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..accessibility import announce, high_contrast


class StatusLine(QObject):
    """Owns the labels at the right of the status bar and the save-state wording."""

    def __init__(self, bar: QStatusBar, spelling_label: QWidget) -> None:
        super().__init__(bar)
        self.bar = bar
        self.save_label = QLabel(self.tr("Gespeichert"), bar)
        self.save_label.setObjectName("saveState")
        # a fixed width: a label that changes its size relayouts the window on every save
        width = self.save_label.fontMetrics().horizontalAdvance(
            self.tr("Nicht gespeicherte Änderungen …")
        )
        self.save_label.setFixedWidth(width + 12)
        self._save_problem = False
        self.quorum_label = QLabel(bar)
        self.quorum_label.setObjectName("quorum")
        self.state_label = QLabel(bar)
        for label in (spelling_label, self.quorum_label, self.state_label, self.save_label):
            bar.addPermanentWidget(label)

    def save_state(self, text: str, problem: bool) -> None:
        """The save state; cheap, since it changes twice a second."""
        self.save_label.setText(self.tr("Nicht gespeichert!") if problem else text)
        self.save_label.setToolTip(text)
        if problem:  # the whole story (disk full, retry) where there is room for it
            self.bar.showMessage(text)
        if problem and not self._save_problem:  # what turns red is said at once
            announce(self.save_label, text, assertive=True)
        if problem != self._save_problem:  # restyling costs a polish of the label
            self._save_problem = problem
            # the words say it; red repeats it, and gives way to a contrast theme
            red = "color: #a4262c; " if problem and not high_contrast() else ""
            self.save_label.setStyleSheet(f"{red}font-weight: bold" if problem else "")
            if not problem:
                self.bar.clearMessage()

    def backup_finished(self, text: str, problem: bool) -> None:
        # a routine "Sicherung erstellt" never hides a message that matters more (disk full)
        if problem or not self.bar.currentMessage():
            self.bar.showMessage(text, 0 if problem else 5000)
