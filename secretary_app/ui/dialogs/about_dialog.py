"""Über Protokollant: name, version, where the data lives."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ... import __version__, paths


class AboutDialog(QDialog):
    """Name, version and the database location (selectable, to tell a helpdesk)."""

    def __init__(self, db_path: str | os.PathLike[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Über Protokollant"))
        icon_path = paths.resources_dir() / "icons" / "protokollant-128.png"
        icon_label = QLabel()
        if icon_path.is_file():
            icon_label.setPixmap(QIcon(str(icon_path)).pixmap(96, 96))
        title = QLabel(
            "<h2>Protokollant</h2><p>"
            + html.escape(self.tr("Version {version}").format(version=__version__))
            + "</p><p>"
            + html.escape(
                self.tr(
                    "Sitzungsprotokolle für Ausschüsse: Tagesordnung, Wortprotokoll, "
                    "Abstimmungen, Protokollauszug und Niederschrift als Word-Datei."
                )
            )
            + "</p>"
        )
        title.setWordWrap(True)
        self.version_text = self.tr("Version {version}").format(version=__version__)
        self.db_label = QLabel(
            self.tr("Datenbank: {path}").format(path=str(Path(db_path).expanduser()))
        )
        self.db_label.setWordWrap(True)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.db_label)
        layout.addWidget(buttons)
        self.resize(460, 220)


def show_about(parent: QWidget | None, db_path: str | os.PathLike[str]) -> None:
    """Show the About dialog (modal)."""
    AboutDialog(db_path, parent).exec()
