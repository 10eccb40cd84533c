"""The main window's parts, built in two steps: the first frame (the editor in its place, the
other panes' places empty, the status bar) and, right after its first paint, the panes that
take those places. Layout only; `main_window` wires the parts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import messages, window_layout
from .panes.minutes_editor import MinutesEditor
from .panes.status_line import StatusLine
from .shown_text import shown

if TYPE_CHECKING:
    from ..domain.model import AgendaItem, Meeting
    from ..session import Operations
    from .panes.agenda_panel import AgendaPanel
    from .panes.attendance_panel import AttendancePanel
    from .panes.find_bar import FindBar
    from .panes.first_run import FirstRunPanel
    from .panes.meeting_bar import MeetingBar
    from .panes.side_pane import SidePane
    from .panes.vote_tally import VoteTally


@dataclass
class FirstFrame:
    """What the first frame shows: the item's header, the editor, the places of the rest."""

    item_header: QLabel
    editor: MinutesEditor
    center_layout: QVBoxLayout
    splitter: QSplitter
    session_layout: QVBoxLayout
    bar_place: QWidget
    pages: QStackedWidget
    status_line: StatusLine


def build_first_frame(window: QMainWindow) -> FirstFrame:
    """The editor in its place, the other panes' places empty (as wide and high as they were
    last time), the status bar."""
    header = QLabel(window)
    header.setObjectName("itemHeader")
    header.setWordWrap(True)
    header.setProperty("textFormat", 0)  # Qt.TextFormat.PlainText (qt_namespace.py)
    header.setMinimumWidth(1)  # a long title wraps; it never widens the window
    font = header.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    header.setFont(font)
    editor = MinutesEditor(window)
    # a long word ("Integrationsfachtages") goes to the next line whole, never broken inside
    editor.setWordWrapMode(QTextOption.WrapMode.WordWrap)
    center = QWidget(window)
    center_layout = QVBoxLayout(center)
    center_layout.setContentsMargins(0, 0, 0, 0)
    center_layout.addWidget(header)
    center_layout.addWidget(editor, 1)
    bar_height, widths = window_layout.first_frame_places()
    # horizontal by default; QSplitter(window) would check Qt.Orientation (qt_namespace.py)
    splitter = QSplitter()
    splitter.setObjectName("mainSplitter")
    for index, stretch in enumerate((0, 1, 0)):
        place = center if index == 1 else QWidget(window)  # the agenda's, the side panes'
        if index != 1 and widths:
            place.setMinimumWidth(widths[index])
        splitter.addWidget(place)
        place.setVisible(index == 1 or not widths or widths[index] > 0)  # 0: a tab (narrow)
        splitter.setStretchFactor(index, stretch)
    splitter.setSizes(
        widths or list(window_layout.DEFAULT_WIDTHS)
    )  # as last time, else the tally's whole
    splitter.setChildrenCollapsible(False)
    session = QWidget(window)
    session_layout = QVBoxLayout(session)
    session_layout.setContentsMargins(4, 0, 4, 4)
    bar_place = QWidget(window)  # where the meeting bar goes, as high as it was
    bar_place.setFixedHeight(bar_height)
    session_layout.addWidget(bar_place)
    session_layout.addWidget(splitter, 1)
    pages = QStackedWidget(window)
    pages.addWidget(session)
    window.setCentralWidget(pages)
    status_line = StatusLine(window.statusBar(), editor.spelling.state_label)
    return FirstFrame(
        header, editor, center_layout, splitter, session_layout, bar_place, pages, status_line
    )


@dataclass
class Panes:
    """The panes built after the first frame, in the places it kept for them."""

    meeting_bar: MeetingBar
    agenda: AgendaPanel
    find_bar: FindBar
    tally: VoteTally
    attendance: AttendancePanel
    side: SidePane
    first_run: FirstRunPanel


def build_panes(window: QMainWindow, frame: FirstFrame, database_path: Path) -> Panes:
    """Meeting bar, agenda, find bar, tally, attendance (above each other where the height
    allows, else tabs; on half a screen the agenda is a tab too) and the first-run page, each
    in its place."""
    from .narrow_layout import NarrowLayout
    from .panes.agenda_panel import AgendaPanel
    from .panes.attendance_panel import AttendancePanel
    from .panes.find_bar import FindBar
    from .panes.first_run import FirstRunPanel
    from .panes.meeting_bar import MeetingBar
    from .panes.side_pane import SidePane
    from .panes.vote_tally import VoteTally

    meeting_bar = MeetingBar(window)
    agenda = AgendaPanel(window)
    find_bar = FindBar(frame.editor, window)
    frame.center_layout.addWidget(find_bar)
    tally = VoteTally(window)
    attendance = AttendancePanel(window)
    # above each other where the height allows, else tabs (a 1366×768 laptop)
    side = SidePane(
        [
            (tally, window.tr("Abstimmung"), tally.focus_tally),
            (attendance, window.tr("Anwesenheit"), attendance.focus_list),
        ],
        window,
    )
    for index, part in ((0, agenda), (2, side)):
        frame.splitter.replaceWidget(index, part).deleteLater()  # the places kept their size
        part.show()  # (a place kept hidden on half a screen: the narrow layout takes it in)
    frame.session_layout.replaceWidget(frame.bar_place, meeting_bar)
    frame.bar_place.deleteLater()
    first_run = FirstRunPanel(window, database_path=database_path)
    frame.pages.addWidget(first_run)
    window_layout.restore_side(side)
    # half a screen: the agenda joins the side pane's tabs (parented to the window, it stays)
    NarrowLayout(window, frame.splitter, agenda, side, window.tr("Tagesordnung"))
    return Panes(meeting_bar, agenda, find_bar, tally, attendance, side, first_run)


def header_text(window: QMainWindow, item: AgendaItem) -> str:
    """The header above the editor: "TOP 7  Title", then paper (with its kind), public, lead
    department, originator, outcome."""
    paper = " ".join(p for p in (item.paper_type, item.paper) if p)  # "Beschlussvorlage 12/3"
    details = [d for d in (paper, "" if item.public else "nichtöffentlich") if d]
    if item.department:
        details.append(window.tr("Federführung: {0}").format(item.department))
    if item.originator:
        details.append(window.tr("Verfasser: {0}").format(item.originator))
    if item.outcome:
        details.append(item.outcome)
    lines = [f"TOP {shown(item.number, 30)}  {shown(item.title)}"]
    if details:
        lines.append(shown(" · ".join(details)))
    return "\n".join(lines)


def window_title(window: QMainWindow, meeting: Meeting | None) -> str:
    """ "21. Sitzung … am 14.06.2016 – Protokollant", bounded however long the stored title."""
    if meeting is None:
        return "Protokollant"
    return window.tr("{title} – Protokollant").format(title=shown(meeting.title, 150))


def show_header(window: QMainWindow, label: QLabel, item: AgendaItem) -> None:
    """The item's header, bounded however long its stored title; the title whole (up to a
    thousand characters) as the tooltip where the header cuts it."""
    label.setText(header_text(window, item))
    label.setToolTip(shown(item.title, 1000) if len(item.title) > 200 else "")


class DamageView(Protocol):
    """What saying the database is damaged needs of the window."""

    ops: Operations
    status_line: StatusLine

    def widget(self) -> QWidget:
        """The window as the parent of the message."""
        ...


def database_damaged(window: DamageView, error: Exception) -> None:
    """The check at start found damage: nothing more is written; she is told the backup."""
    window.ops.mark_damaged(error)
    window.status_line.backup_finished(str(error), True)
    messages.error(window.widget(), str(error))
