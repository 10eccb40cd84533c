"""Votes, outcomes, attendance and exclusions for bias (Mitwirkungsverbot)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..domain import rules
from ..domain.model import (
    AgendaItem,
    Attendance,
    Meeting,
    Paragraph,
    Vote,
)
from ..errors import KnownError
from ..store import StoreError
from .base import (
    OperationsBase,
    RecordedVote,
    VoteRefused,
)

if TYPE_CHECKING:
    pass


class VoteOperations(OperationsBase):
    """Votes, outcomes, attendance and exclusions for bias (Mitwirkungsverbot)."""

    def record_vote(
        self,
        meeting: Meeting,
        item: AgendaItem,
        vote: Vote,
        *,
        earlier: Sequence[Paragraph] | None = None,
        append: bool = False,
    ) -> RecordedVote:
        """Record a vote on an item and set the outcome a final vote suggests.

        An implausible vote (more votes than voting members present at its time minus those
        excluded, roll-call names against the counts, a ballot of an absent or excluded member)
        is refused unless the secretary gives a reason, which is stored with the vote.
        `append=True` also stores the vote as the item's last paragraph (the command line);
        the window puts it into the editor, whose autosave stores it.
        """
        self._check_writable(meeting)
        assert item.id is not None
        if vote.time is None:
            vote.time = self.clock()
        problems = rules.tally_problems(vote, meeting, item.excluded, vote.time)
        if problems:
            reason = self.interaction.ask_reason(
                "Diese Abstimmung passt nicht zur Anwesenheit: "
                + " ".join(problems)
                + " Trotzdem eintragen? Dann bitte den Grund angeben (er wird gespeichert)."
            )
            if reason is None or not reason.strip():
                raise VoteRefused("Die Abstimmung wurde nicht eingetragen: " + " ".join(problems))
            vote.override = reason.strip()
        paragraphs = list(item.minutes if earlier is None else earlier)
        before = item.outcome
        # the final vote sets the outcome, a passed procedural one its own ("vertagt");
        # an amendment leaves it
        decided = rules.outcome_after_vote(
            vote, (p.vote for p in paragraphs if p.vote is not None), self.settings.majority_rule
        )
        after = before if decided is None else decided
        if append:
            item.minutes = [*paragraphs, Paragraph(kind="vote", vote=vote)]
            self.store.save_paragraphs(item.id, item.minutes)
        if after != before:
            item.outcome = after
            try:
                self.store.update_item(item)
            except StoreError:
                item.outcome = before
                raise
        return RecordedVote(item.id, vote, before, after)

    def undo_vote(self, item: AgendaItem, recorded: RecordedVote) -> None:
        """The vote was taken back: the item gets the outcome it had before it."""
        if item.id != recorded.item_id or item.outcome != recorded.outcome_after:
            return  # changed by hand since: her later choice stands
        if recorded.outcome_changed:
            item.outcome = recorded.outcome_before
            try:
                self.store.update_item(item)
            except StoreError:
                item.outcome = recorded.outcome_after
                raise

    def set_outcome(self, meeting: Meeting, item: AgendaItem, outcome: str) -> None:
        """The item's outcome as she chose it (the suggestion of a vote overruled)."""
        self._check_writable(meeting)
        old = item.outcome
        item.outcome = outcome.strip()
        try:
            self.store.update_item(item)
        except StoreError:
            item.outcome = old
            raise

    def set_attendance(self, meeting: Meeting, attendance: Attendance) -> None:
        """One member's presence (arrived, left, note); only members of the committee."""
        self._check_writable(meeting)
        assert meeting.id is not None
        if meeting.committee.member(attendance.member) is None:
            raise KnownError(f"„{attendance.member}“ ist kein Mitglied dieses Gremiums.")
        self.store.set_attendance(meeting.id, attendance)
        meeting.attendance = [a for a in meeting.attendance if a.member != attendance.member]
        meeting.attendance.append(attendance)

    def set_excluded(self, meeting: Meeting, item: AgendaItem, keys: Sequence[str]) -> None:
        """Members excluded for bias (Mitwirkungsverbot) on one item."""
        self._check_writable(meeting)
        unknown = [k for k in keys if meeting.committee.member(k) is None]
        if unknown:
            raise KnownError(f"Unbekannte Mitglieder: {', '.join(unknown)}.")
        old = item.excluded
        item.excluded = list(keys)
        try:
            self.store.update_item(item)
        except StoreError:
            item.excluded = old
            raise
