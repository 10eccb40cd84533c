"""The window's minutes commands: new paragraphs, speakers, verbs, and votes with their undo."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..domain.model import Vote
from ..errors import KnownError
from ..session import RecordedVote
from .messages import shows_errors
from .panes import minutes_document as md
from .window_view import WindowView


class MinutesCommands(QObject):
    """The minutes menu's commands over a `WindowView`; remembers recorded votes for undo."""

    def __init__(self, view: WindowView) -> None:
        super().__init__(view.widget())
        self.view = view
        self.recorded: list[tuple[RecordedVote, int]] = []  # (vote, votes in the doc after it)

    def new_paragraph(self, kind: str) -> None:
        """A new paragraph of `kind` ("text", "motion", "resolution") at the cursor."""
        self.view.editor.new_paragraph(kind)
        self.view.focus_editor()

    def show_speakers(self) -> None:
        """Strg+Leertaste: the present members to insert as speaker."""
        self.view.focus_editor()
        self.view.editor.show_speakers()

    def show_verbs(self) -> None:
        """Strg+R: the configured phrases ("berichtet", "fragt nach") to insert."""
        self.view.focus_editor()
        self.view.editor.show_verbs()

    def _votes_in_editor(self) -> int:
        return sum(1 for _, p in md.snapshot(self.view.editor.document()) if p.kind == "vote")

    @shows_errors
    def record_vote(self, vote: Vote) -> None:
        """Check the vote against the room, put it at the cursor, set the suggested outcome."""
        v = self.view
        item, m = v.current, v.meeting
        if item is None or m is None or not v.editable():
            return
        try:
            recorded = v.ops.record_vote(m, item, vote, earlier=v.minutes_of(item))
        except KnownError:
            v.tally.keep_counts()  # refused or not confirmed: nothing she counted is lost
            raise
        v.editor.insert_vote(recorded.vote)
        v.autosaver.flush()
        self.recorded.append((recorded, self._votes_in_editor()))
        v.item_changed(item)
        if vote.label:
            v.show_vote_status(self.tr("Abstimmung eingetragen."))
        else:
            v.show_vote_status(
                self.tr("Abstimmung eingetragen – Ergebnis: {outcome} (F2 zum Ändern)").format(
                    outcome=recorded.outcome_after
                )
            )
        v.focus_editor()

    def undo(self) -> None:
        """Strg+Z in the editor, and a vote's outcome with it."""
        self.view.editor.undo()
        self.after_undo()

    @shows_errors
    def after_undo(self) -> None:
        """A vote taken back with Ctrl+Z takes its suggested outcome back with it."""
        v = self.view
        item = v.current
        if not self.recorded or item is None:
            return
        recorded, count = self.recorded[-1]
        if recorded.item_id != item.id or self._votes_in_editor() >= count:
            return
        self.recorded.pop()
        v.ops.undo_vote(item, recorded)
        v.item_changed(item)
        v.show_status(
            self.tr("Abstimmung zurückgenommen – Ergebnis wieder: {outcome}").format(
                outcome=item.outcome or "–"
            ),
            5000,
        )
