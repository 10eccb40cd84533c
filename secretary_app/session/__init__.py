"""What the secretary does, as operations without Qt: the window and the command line both call
them, so every rule (plausible votes, a backup before destructive changes, exports recorded
consistently) is kept once. Questions go through an `Interaction`: dialogs in the window, flags
on the command line, a script in the tests.
"""

from .interaction import Cancelled, CommandLineInteraction, Interaction, ScriptedInteraction
from .operations import ExportResult, ImportResult, Operations, RecordedVote, VoteRefused

__all__ = [
    "Cancelled",
    "CommandLineInteraction",
    "ExportResult",
    "ImportResult",
    "Interaction",
    "Operations",
    "RecordedVote",
    "ScriptedInteraction",
    "VoteRefused",
]
