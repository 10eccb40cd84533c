"""What every group of operations shares: the store, the settings, the `Interaction`, the clock,
the read-only rule, the result types and small helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .. import paths
from ..domain.model import AgendaItem, Meeting, Vote
from ..errors import KnownError
from ..settings import Settings
from .interaction import Interaction, NoAnswers

if TYPE_CHECKING:
    from ..domain.checks import Finding
    from ..store import Store

IMPORT_FOLDER_SETTING = "agenda_import_folder"


class VoteRefused(KnownError):
    """An implausible vote that the secretary did not confirm with a reason."""


class ExportError(KnownError):
    """The documents were not written (and nothing was recorded)."""


class RecordedVote(NamedTuple):
    """What recording a vote changed, so that undoing it can put everything back."""

    item_id: int
    vote: Vote
    outcome_before: str
    outcome_after: str

    @property
    def outcome_changed(self) -> bool:
        """Whether the vote changed the item's outcome (undoing it puts the old one back)."""
        return self.outcome_before != self.outcome_after


class ExportResult(NamedTuple):
    """The documents written by an export, and the checks' findings."""

    paths: list[Path]
    findings: list[Finding]


class ImportResult(NamedTuple):
    """A meeting imported into the store, with notes on the import."""

    meeting_id: int
    meeting: Meeting
    notes: list[str]


def now_hhmm() -> str:
    """The time of day as the minutes write it: "18:05" (the one clock of the program)."""
    return dt.datetime.now().strftime("%H:%M")


def plural(count: int, singular: str, plural_form: str) -> str:
    """ "1 Tagesordnungspunkt", "3 Tagesordnungspunkte"."""
    return f"{count} {singular if count == 1 else plural_form}"


def minutes_filename(meeting: Meeting, public: bool = False) -> str:
    """The Niederschrift's file name: date, number, "_oeffentlich" for the public one."""
    suffix = "_oeffentlich" if public else ""
    return f"{meeting.date.isoformat()}_Niederschrift_{meeting.number}{suffix}.docx"


def extracts_folder_name(meeting: Meeting) -> str:
    """The folder all Protokollauszüge of a meeting go to."""
    return f"{meeting.date.isoformat()}_{meeting.number}_Auszuege"


def item_by_number(meeting: Meeting, number: str) -> AgendaItem:
    """The item "7.1" of a meeting; an unknown number names the ones there are."""
    item = meeting.item(number.strip())
    if item is None:
        valid = ", ".join(it.number for it in meeting.agenda) or "keine"
        raise KnownError(
            f"Den Tagesordnungspunkt „{number}“ gibt es in Sitzung {meeting.id} nicht. "
            f"Vorhandene Punkte: {valid}."
        )
    return item


class OperationsBase:
    """The state every operation works on; the groups of operations derive from it."""

    def __init__(
        self,
        store: Store,
        interaction: Interaction | None = None,
        *,
        settings: Settings | None = None,
        backup: Callable[[str], object] | None = None,
        clock: Callable[[], str] = now_hhmm,
    ) -> None:
        self.store = store
        # without one nothing destructive or doubtful goes ahead (the window sets its dialogs)
        self.interaction: Interaction = interaction if interaction is not None else NoAnswers()
        self.settings = settings if settings is not None else Settings.load(store)
        self._backup = backup if backup is not None else self._backup_database
        self.clock = clock

    def close(self) -> None:
        """Close the database (the operations cannot be used afterwards)."""
        self.store.close()

    @property
    def database_path(self) -> Path:
        """The database file these operations work on."""
        return self.store.path

    def mark_damaged(self, error: Exception) -> None:
        """Damage found by a check elsewhere (the window's at start): nothing more is written
        into this database; every later write names the damage and the latest backup."""
        from ..store import CorruptDatabaseError

        if isinstance(error, CorruptDatabaseError):
            self.store.mark_damaged(error)

    def _check_writable(self, meeting: Meeting) -> None:
        if meeting.finalized:
            raise KnownError(
                "Die Sitzung ist abgeschlossen und kann nur gelesen werden. Zum Ändern erst "
                "wieder öffnen: im Fenster „Sitzung → Sitzung wieder öffnen …“, auf der "
                "Befehlszeile "
                + paths.command_hint("reopen", str(meeting.id), "--reason", "GRUND")
                + "."
            )

    def _backup_database(self, reason: str) -> object:
        from ..store.backup import create_backup

        return create_backup(self.store.path, reason=reason)
