"""The agenda of a meeting: add, change, move, delete, replace by an imported one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import rules
from ..domain.model import AgendaItem, Meeting, Vote
from .base import OperationsBase, VoteRefused, plural
from .interaction import Cancelled

if TYPE_CHECKING:
    from ..formats.agenda import AgendaReadResult


def read_agenda(
    source: bytes | str | Path, fmt: str | None = None, meeting: str | None = None
) -> AgendaReadResult:
    """An agenda read from a file, its bytes or pasted text (nothing stored yet); see
    `formats.agenda.read_agenda`. Needs no database: safe in a worker thread."""
    from ..formats.agenda import read_agenda as read

    return read(source, fmt, meeting)


def fetch_agenda(url: str, meeting_id: str | None = None) -> AgendaReadResult:
    """An agenda fetched from an OParl server (nothing stored yet); in a worker thread."""
    from ..formats.oparl import fetch_agenda as fetch

    return fetch(url, meeting_id=meeting_id)


class AgendaOperations(OperationsBase):
    """The agenda of a meeting: add, change, move, delete, replace by an imported one."""

    def add_item(self, meeting: Meeting, item: AgendaItem, position: int | None = None) -> int:
        """A new item at `position` (the end if None); returns its id."""
        self._check_writable(meeting)
        assert meeting.id is not None
        item.id = self.store.add_item(meeting.id, item, position)
        if position is None:
            meeting.agenda.append(item)
        else:
            meeting.agenda.insert(position, item)
        return item.id

    def update_item(self, meeting: Meeting, item: AgendaItem) -> None:
        """Store an item's changed number, title, paper, public flag or outcome."""
        self._check_writable(meeting)
        self.store.update_item(item)

    def reorder_items(self, meeting: Meeting, item_ids: Sequence[int]) -> None:
        """The agenda in the order of `item_ids` (dragged or moved in the window)."""
        self._check_writable(meeting)
        assert meeting.id is not None
        self.store.reorder_items(meeting.id, item_ids)
        by_id = {it.id: it for it in meeting.agenda}
        meeting.agenda = [by_id[i] for i in item_ids if i in by_id]

    def delete_item(self, meeting: Meeting, item: AgendaItem) -> None:
        """Delete an item: always confirmed and audited; one with minutes is backed up first.

        `item.minutes` must be what the secretary sees (the window passes its editor's text).
        """
        self._check_writable(meeting)
        assert item.id is not None
        words = sum(len(p.text.split()) for p in item.minutes)
        votes = len(item.votes)
        # a question names the item, however long its stored title (an old database may hold
        # one of a million characters)
        title = item.title if len(item.title) <= 200 else item.title[:199] + "…"
        question = f"TOP {item.number[:30]} „{title}“ löschen?"
        if item.minutes:
            lost = []
            if words:
                lost.append(plural(words, "Wort", "Wörter"))
            if votes:
                lost.append(plural(votes, "Abstimmung", "Abstimmungen"))
            question += (
                f" Das Protokoll dieses Punktes ({', '.join(lost) or 'leere Absätze'}) wird "
                "mitgelöscht."
            )
        if not self.interaction.confirm(question):
            raise Cancelled(f"TOP {item.number} wurde nicht gelöscht.")
        if item.minutes:
            self._backup("change")
        self.store.delete_item(item.id)
        meeting.agenda = [it for it in meeting.agenda if it.id != item.id]

    def replace_agenda(
        self, meeting_id: int, items: Sequence[AgendaItem], replace: bool
    ) -> Meeting:
        """Append items to the agenda or replace it; replacing is confirmed and backed up.

        Votes among the items' minutes (suggested from a prose result and ticked in the
        preview) keep the rule of `record_vote`: one that does not fit the room is refused
        unless the secretary gives a reason, which is stored with it.
        """
        meeting = self.store.load_meeting(meeting_id)
        self._check_writable(meeting)
        self._check_imported_votes(meeting, items)
        if replace and meeting.agenda:
            words = sum(len(p.text.split()) for it in meeting.agenda for p in it.minutes)
            votes = sum(len(it.votes) for it in meeting.agenda)
            question = (
                f"Die Tagesordnung der Sitzung ({plural(len(meeting.agenda), 'Punkt', 'Punkte')}"
                f", {plural(words, 'Wort', 'Wörter')} Protokoll, "
                f"{plural(votes, 'Abstimmung', 'Abstimmungen')}) wird ersetzt und gelöscht."
            )
            if not self.interaction.confirm(question):
                raise Cancelled("Die Tagesordnung wurde nicht ersetzt.")
            self._backup("change")
        self.store.replace_agenda(meeting_id, items, replace)
        return self.store.load_meeting(meeting_id)

    def _check_imported_votes(self, meeting: Meeting, items: Sequence[AgendaItem]) -> None:
        doubtful: list[tuple[Vote, str]] = []
        for item in items:
            for p in item.minutes:
                if p.vote is None:
                    continue
                problems = rules.tally_problems(p.vote, meeting, item.excluded, p.vote.time)
                if problems:
                    doubtful.append((p.vote, f"TOP {item.number}: " + " ".join(problems)))
        if not doubtful:
            return
        said = " ".join(text for _, text in doubtful)
        reason = self.interaction.ask_reason(
            f"Übernommene Abstimmungen passen nicht zur Anwesenheit: {said} Trotzdem "
            "übernehmen? Dann bitte den Grund angeben (er wird gespeichert)."
        )
        if reason is None or not reason.strip():
            raise VoteRefused(f"Die Tagesordnung wurde nicht übernommen: {said}")
        for vote, _ in doubtful:
            vote.override = reason.strip()
