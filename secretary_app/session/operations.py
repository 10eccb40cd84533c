"""The operations of a meeting: one object over the store, the settings and an `Interaction`.

Every method is something the secretary does. It keeps the rules: a vote must fit the room
(or is recorded anyway only with a stated reason), destructive changes are confirmed, backed
up and audited, an export is either written and recorded or neither, a finalised meeting stays
read-only. The window and the command line call these and only show what comes back.

The methods live by concern in `meetings` (meetings, their clock, finalising), `agenda`,
`votes` (votes and attendance), `exports` and `archive` (register, backups, search, audit);
`Operations` joins them.
"""

from __future__ import annotations

from .agenda import AgendaOperations
from .archive import ArchiveOperations
from .base import (
    IMPORT_FOLDER_SETTING,
    ExportError,
    ExportResult,
    ImportResult,
    RecordedVote,
    VoteRefused,
    extracts_folder_name,
    item_by_number,
    minutes_filename,
    now_hhmm,
    plural,
)
from .exports import ExportOperations
from .meetings import MeetingOperations
from .votes import VoteOperations

__all__ = [
    "IMPORT_FOLDER_SETTING",
    "ExportError",
    "ExportResult",
    "ImportResult",
    "Operations",
    "RecordedVote",
    "VoteRefused",
    "extracts_folder_name",
    "item_by_number",
    "minutes_filename",
    "now_hhmm",
    "plural",
]


class Operations(
    MeetingOperations, AgendaOperations, VoteOperations, ExportOperations, ArchiveOperations
):
    """What the secretary does with the meetings of one database."""
