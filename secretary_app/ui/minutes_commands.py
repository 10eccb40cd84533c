"""The window's minutes commands: new paragraphs, speakers, verbs, and votes with their undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..domain.model import Vote
from ..errors import KnownError
from ..session import Cancelled, RecordedVote
from . import messages
from .panes import minutes_document as md

if TYPE_CHECKING:
    from .main_window import MainWindow


class MinutesCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.recorded: list[tuple[RecordedVote, int]] = []  # (vote, votes in the doc after it)

    def new_paragraph(self, kind: str) -> None:
        w = self.w
        w.editor.new_paragraph(kind)
        w.focus_editor()

    def show_speakers(self) -> None:
        w = self.w
        w.focus_editor()
        w.editor.show_speakers()

    def show_verbs(self) -> None:
        w = self.w
        w.focus_editor()
        w.editor.show_verbs()

    def _votes_in_editor(self) -> int:
        w = self.w
        return sum(1 for _, p in md.snapshot(w.editor.document()) if p.kind == "vote")

    def record_vote(self, vote: Vote) -> None:
        """Check the vote against the room, put it at the cursor, set the suggested outcome."""
        w = self.w
        item, m = w.current, w.meeting
        if item is None or m is None or not w.editable():
            return
        try:
            recorded = w.ops.record_vote(m, item, vote, earlier=w.minutes_of(item))
        except Cancelled:
            return
        except KnownError as exc:
            messages.error(w, str(exc))
            return
        w.editor.insert_vote(recorded.vote)
        w.autosaver.flush()
        self.recorded.append((recorded, self._votes_in_editor()))
        w.agenda.model.item_changed(item)
        w.show_item_header()
        if vote.label:
            w.statusBar().showMessage(self.tr("Abstimmung eingetragen."), 5000)
        else:
            w.statusBar().showMessage(
                self.tr("Abstimmung eingetragen – Ergebnis: {outcome} (F2 zum Ändern)").format(
                    outcome=recorded.outcome_after
                ),
                8000,
            )
        w.focus_editor()

    def undo(self) -> None:
        self.w.editor.undo()
        self.after_undo()

    def after_undo(self) -> None:
        """A vote taken back with Ctrl+Z takes its suggested outcome back with it."""
        w = self.w
        item = w.current
        if not self.recorded or item is None:
            return
        recorded, count = self.recorded[-1]
        if recorded.item_id != item.id or self._votes_in_editor() >= count:
            return
        self.recorded.pop()
        try:
            w.ops.undo_vote(item, recorded)
        except KnownError as exc:
            messages.error(w, str(exc))
            return
        w.agenda.model.item_changed(item)
        w.show_item_header()
        w.statusBar().showMessage(
            self.tr("Abstimmung zurückgenommen – Ergebnis wieder: {outcome}").format(
                outcome=item.outcome or "–"
            ),
            5000,
        )
