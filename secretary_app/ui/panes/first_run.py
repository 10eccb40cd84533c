"""The first-run panel: what the window shows while the database holds no meeting.

Three large buttons lead to the three ways of starting (try the demo meeting, enter the
committee, paste the agenda). The panel only announces the choice; the window acts on it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

BUTTON_MIN_HEIGHT = 56
BUTTON_MIN_WIDTH = 260
CONTENT_MIN_WIDTH = 640
CONTENT_MAX_WIDTH = 860


class FirstRunPanel(QWidget):
    """Welcome text and three big buttons; emits which way the secretary wants to start."""

    demoRequested = Signal()
    committeeRequested = Signal()
    agendaRequested = Signal()

    def __init__(self, parent: QWidget | None = None, database_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPanel")

        heading = QLabel(self.tr("Willkommen bei Protokollant"))
        heading.setObjectName("firstRunHeading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)

        intro = QLabel(
            self.tr(
                "Hier führen Sie während der Sitzung das Protokoll: Tagesordnung, Wortprotokoll, "
                "Abstimmungen und Anwesenheit. Danach entstehen Protokollauszug und Niederschrift "
                "mit einem Klick als Word-Datei."
            )
        )
        intro.setWordWrap(True)
        start = QLabel(self.tr("Noch ist keine Sitzung gespeichert. So fangen Sie an:"))
        start.setWordWrap(True)

        self.demo_button = self._big_button(self.tr("Beispielsitzung öffnen"), "firstRunDemoButton")
        self.committee_button = self._big_button(
            self.tr("Gremium anlegen"), "firstRunCommitteeButton"
        )
        self.agenda_button = self._big_button(
            self.tr("Tagesordnung einfügen"), "firstRunAgendaButton"
        )
        choices = QGridLayout()
        choices.setHorizontalSpacing(16)
        choices.setVerticalSpacing(12)
        rows = (
            (
                self.demo_button,
                self.tr(
                    "Eine vorbereitete Sitzung zum Ausprobieren: Tagesordnung, Mitglieder, "
                    "Wortprotokoll und Abstimmung sind schon da. Alles darf verändert werden."
                ),
            ),
            (
                self.committee_button,
                self.tr(
                    "Den Ausschuss einmal mit seinen Mitgliedern erfassen: Anrede, Name, "
                    "Fraktion, Funktion und Stimmrecht."
                ),
            ),
            (
                self.agenda_button,
                self.tr(
                    "Die Tagesordnung aus der Einladung kopieren und hier einfügen; Nummern, "
                    "Titel und Drucksachen werden erkannt."
                ),
            ),
        )
        for row, (button, text) in enumerate(rows):
            explanation = QLabel(text)
            explanation.setWordWrap(True)
            explanation.setBuddy(button)
            choices.addWidget(button, row, 0)
            choices.addWidget(explanation, row, 1)
        choices.setColumnStretch(1, 1)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.storage_label = QLabel(self._storage_text(database_path))
        self.storage_label.setObjectName("firstRunStorage")
        self.storage_label.setWordWrap(True)
        self.storage_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        content = QWidget()
        content.setMinimumWidth(CONTENT_MIN_WIDTH)
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        inner = QVBoxLayout(content)
        inner.setSpacing(14)
        inner.addWidget(heading)
        inner.addWidget(intro)
        inner.addSpacing(6)
        inner.addWidget(start)
        inner.addLayout(choices)
        inner.addSpacing(6)
        inner.addWidget(rule)
        inner.addWidget(self.storage_label)

        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(content, 4)
        centred.addStretch(1)
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        scroll = QScrollArea(self)  # at 200 % text size it is larger than the screen
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard goes to the buttons
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.demo_button.clicked.connect(self.demoRequested)
        self.committee_button.clicked.connect(self.committeeRequested)
        self.agenda_button.clicked.connect(self.agendaRequested)
        self.setFocusProxy(self.demo_button)

    def _big_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumSize(BUTTON_MIN_WIDTH, BUTTON_MIN_HEIGHT)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        button.setFont(font)
        button.setAutoDefault(True)
        return button

    def _storage_text(self, database_path: Path | None) -> str:
        text = self.tr("Alles wird laufend auf diesem Rechner gespeichert, auch ohne Netzwerk.")
        if database_path is not None:
            text += " " + self.tr("Datenbank: %1").replace("%1", str(database_path))
        return text
