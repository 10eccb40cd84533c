"""Datei → Sicherung wiederherstellen …: pick one of the database's backups, newest first.

The dialog only chooses; `Operations.restore(path)` does the work for the window (which first
writes pending text and afterwards reloads the meeting). The current state is always backed up
before it is replaced, so a restore can itself be undone from this list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...session.archive import backup_folder, latest_backup, list_backups, restore_backup


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(1, round(n / 1024))} KB"
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")


class RestoreDialog(QDialog):
    """Lists the backups of the database at `db_path`; `chosen()` is the one to restore."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Sicherung wiederherstellen"))
        self.backups = list_backups(db_path)

        intro = QLabel(
            self.tr(
                "Wählen Sie den Stand, zu dem Sie zurückkehren möchten. Der jetzige Stand wird "
                "vorher gesichert und erscheint danach ebenfalls in dieser Liste."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        for b in self.backups:
            entry = QListWidgetItem(f"{b.describe()}  ({_size(b.size)})")
            entry.setData(Qt.ItemDataRole.UserRole, str(b.path))
            entry.setToolTip(str(b.path))
            self.list.addItem(entry)
        self.empty = QLabel(
            self.tr("Es gibt noch keine Sicherung in {folder}.").format(
                folder=backup_folder(db_path)
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.backups)
        self.list.setVisible(bool(self.backups))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        self.restore_button = QPushButton(self.tr("Wiederherstellen"), self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        if self.backups:
            self.list.setCurrentRow(0)
        self._update()
        self.resize(520, 360)

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Path | None:
        entry = self.list.currentItem()
        if entry is None or not self.backups:
            return None
        return Path(entry.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def ask(cls, db_path: Path, parent: QWidget | None = None) -> Path | None:
        """Show the dialog; the chosen backup, or None when cancelled."""
        dialog = cls(db_path, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()


def offer_latest_backup(parent: QWidget | None, db_path: Path, problem: str) -> bool:
    """At start-up, for a damaged database: restore its latest backup if the user agrees.

    False when there is no backup or the user declines (nothing changed); StoreError if the
    restore fails. The damaged file is kept beside the backups (`*.damaged`).
    """
    from .. import messages

    latest = latest_backup(db_path)
    if latest is None:
        return False
    question = QCoreApplication.translate(
        "restore",
        "{problem}\n\nJetzt die letzte Sicherung vom {when} wiederherstellen? Die beschädigte "
        "Datei wird vorher beiseitegelegt.",
    ).format(problem=problem, when=f"{latest.created:%d.%m.%Y %H:%M}")
    if not messages.confirm(parent, question):
        return False
    restore_backup(db_path, latest.path, locked=True)  # the window's start holds the lock
    return True
