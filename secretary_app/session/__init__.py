"""What the secretary does, as operations without Qt: the window and the command line both call
them, so every rule (plausible votes, a backup before destructive changes, exports recorded
consistently) is kept once. Questions go through an `Interaction`: dialogs in the window, flags
on the command line, a script in the tests (`answers.py`, imported where they are used: the
window's start needs neither).
"""

from .interaction import Cancelled, Interaction
from .operations import ExportResult, ImportResult, Operations, RecordedVote, VoteRefused

__all__ = [
    "Cancelled",
    "ExportResult",
    "ImportResult",
    "Interaction",
    "Operations",
    "RecordedVote",
    "VoteRefused",
]
