"""The meeting bar: committee, number, date, and the meeting clock (start, interruptions, end)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from ...domain.model import Interruption, Meeting
from ...session import Operations
from ...session.base import now_hhmm
from ..accessibility import announce
from ..elided_label import ElidedLabel
from ..fitting_label import FittingLabel, FittingRow
from ..key_names import key_text
from ..messages import shows_errors


class MeetingBar(QWidget):
    """Shows which meeting is open and keeps its clock (through the session)."""

    clockChanged = Signal(str)  # what the status bar says

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], str] = now_hhmm) -> None:
        super().__init__(parent)
        self.setObjectName("meetingBar")
        self._clock = clock
        self._operations: Operations | None = None
        self._meeting: Meeting | None = None
        self._read_only = False
        # elided, not widening the window: the longest name or a day of interruptions fits
        self._committee = ElidedLabel("", self, min_chars=6)
        font = self._committee.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._committee.setFont(font)
        self._head = FittingLabel("", self)  # without the place where it does not fit
        self._times = FittingLabel("", self)  # the interruptions counted where they do not fit
        self._times.setObjectName("meetingClock")
        self._times.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._times.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_action = self._action(self.tr("Sitzung &beginnen"), "Ctrl+Shift+B", self.start)
        self.pause_action = self._action(
            self.tr("Sitzung &unterbrechen / fortsetzen"), "Ctrl+Shift+U", self.toggle_pause
        )
        # not beside Strg+Q (Beenden) as Ctrl+Shift+Q was; it asks (session.end_session)
        self.end_action = self._action(self.tr("Sitzung b&eenden …"), "Ctrl+Shift+X", self.end)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        # the committee's name (also in the title bar) gives way first; the end time never
        row = QWidget(self)
        FittingRow(
            [self._committee, self._head, self._times],
            essential=[self._times, self._head],
            extras=[self._head, (self._committee, 16), self._times, self._committee],
            parent=row,
        )
        layout.addWidget(row, 1)
        self._buttons: dict[QAction, QToolButton] = {}
        for action in self.actions():
            button = QToolButton(self)
            self._buttons[action] = button
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            # out of the Tab chain: no Tab, Shift+Tab or Ctrl+Tab lands on the clock, where a
            # stray Space would interrupt or end the session; a click leaves the keyboard in
            # the minutes. The keys (Strg+Umschalt+B/U/X) and the Sitzung menu reach them.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(button)
        self._show()

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- content ---------------------------------------------------------------------------

    def set_meeting(self, operations: Operations | None, meeting: Meeting | None) -> None:
        """Show a meeting; its clock is changed through `operations` (None: read only)."""
        self._operations, self._meeting = operations, meeting
        self._show()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._show()

    def clock_text(self) -> str:
        """Start, interruptions and end as the bar shows them (in full, not elided)."""
        return self._times.text()

    def interruptions(self) -> list[Interruption]:
        return list(self._meeting.interruptions) if self._meeting else []

    def _show(self) -> None:
        m = self._meeting
        if m is None:
            self._committee.setText(self.tr("Keine Sitzung geöffnet"))
            self._head.setText("")
            self._times.setText("")
            self._times.setAccessibleName(self.tr("Sitzungszeit: keine Sitzung"))
            for action in self.actions():
                action.setEnabled(False)
            self._show_buttons(set())
            return
        self._committee.setText(m.committee.name)
        head = self.tr("{number}. Sitzung · {date}").format(
            number=m.number, date=f"{m.date:%d.%m.%Y}"
        )
        place = f"{head} · {m.location}" if m.location else head
        if m.finalized:
            closed = self.tr("abgeschlossen")
            head, place = f"{head} · {closed}", f"{place} · {closed}"
        self._head.set_forms(place, head)  # the place left out where it does not fit
        # the place whole, and its street where the council gave it
        self._head.setToolTip("\n".join(t for t in (place, m.address) if t))
        if m.start:
            parts = [self.tr("Beginn {t}").format(t=m.start)]
        elif m.planned_start:
            parts = [self.tr("nicht begonnen (geplant {t})").format(t=m.planned_start)]
        else:
            parts = [self.tr("nicht begonnen")]
        for pause in m.interruptions:
            parts.append(
                self.tr("Unterbrechung {a}–{b}").format(a=pause.start, b=pause.until or "…")
            )
        if m.end:
            parts.append(self.tr("Ende {t}").format(t=m.end))
        self._times.set_forms(" · ".join(parts), *self._shorter_times(m))
        self._times.setAccessibleName(
            self.tr("Sitzungszeit: {times}").format(times=self._times.text())
        )
        writable = not m.finalized and not self._read_only and self._operations is not None
        running = bool(m.start) and not m.end and writable
        self.start_action.setEnabled(not m.start and writable)
        self.pause_action.setEnabled(running)
        # once ended, the same command takes the end back (an end pressed by mistake)
        ended = bool(m.end) and writable
        self.end_action.setEnabled((running and not self._paused()) or ended)
        self.end_action.setText(
            self.tr("&Ende zurücknehmen") if ended else self.tr("Sitzung b&eenden …")
        )
        # only the buttons that can act now: the bar's texts keep the room (at half a screen
        # the date and the end time stay whole); the Sitzung menu lists all three
        before = not m.start and writable
        self._show_buttons(
            {self.start_action} if before
            else {self.pause_action, self.end_action} if running
            else {self.end_action} if ended
            else set()
        )  # fmt: skip
        paused = self._paused()
        self.pause_action.setText(
            self.tr("Sitzung &fortsetzen") if paused else self.tr("Sitzung &unterbrechen")
        )

    def _show_buttons(self, actions: set[QAction]) -> None:
        for action, button in self._buttons.items():
            button.setVisible(action in actions)

    def _shorter_times(self, m: Meeting) -> list[str]:
        """The clock in fewer words, for a narrow bar: the interruptions counted, then left out —
        the begin and the end time (or since when it is interrupted) stay whole."""
        if not m.start:
            return [self.tr("nicht begonnen")] if m.planned_start else []
        if not m.interruptions:
            return []
        start = self.tr("Beginn {t}").format(t=m.start)
        last = m.interruptions[-1]
        if last.until is None:
            now = self.tr("unterbrochen seit {t}").format(t=last.start)
            return [f"{start} · {now}", now]
        count = len(m.interruptions)
        pauses = (
            self.tr("1 Unterbrechung")
            if count == 1
            else self.tr("{n} Unterbrechungen").format(n=count)
        )
        end = [self.tr("Ende {t}").format(t=m.end)] if m.end else []
        return [" · ".join([start, pauses, *end]), " · ".join([start, *end])]

    def _paused(self) -> bool:
        m = self._meeting
        return m is not None and bool(m.interruptions) and m.interruptions[-1].until is None

    # -- the clock -------------------------------------------------------------------------

    def start(self) -> None:
        self._run(lambda ops, m: ops.start_session(m, self._clock()))

    def end(self) -> None:
        m = self._meeting
        if m is not None and m.end:
            self._run(
                lambda ops, m: ops.take_back_end(m),
                self.tr("Das Ende ist zurückgenommen: die Sitzung läuft weiter."),
            )
            return
        self._run(
            lambda ops, m: ops.end_session(m, self._clock()),
            self.tr("Sitzung beendet. Versehen? {keys} nimmt das Ende zurück."),
        )

    def toggle_pause(self) -> None:
        if self._paused():
            self._run(lambda ops, m: ops.resume(m, self._clock()))
        else:
            self._run(lambda ops, m: ops.interrupt(m, self._clock()))

    @shows_errors
    def _run(self, operation: Callable[[Operations, Meeting], None], said: str = "") -> None:
        ops, m = self._operations, self._meeting
        if ops is None or m is None or m.id is None:
            return
        operation(ops, m)
        self._show()
        announce(self, self._times.accessibleName())  # the clock changed where she looks
        keys = key_text(self.end_action.shortcut())
        self.clockChanged.emit(said.format(keys=keys) or self.tr("Sitzungszeit gespeichert."))
