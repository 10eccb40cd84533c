"""How an operation asks the secretary: a protocol with three ways of answering.

The window answers with dialogs (`ui/dialog_interaction.py`), the command line with its flags
(`--force`, `--reason`, `--override`), the tests with a script (both in `answers.py`). An
operation never decides on its own whether to go on with something destructive or doubtful.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..errors import KnownError

if TYPE_CHECKING:
    from ..domain.checks import Finding


class Cancelled(KnownError):
    """The secretary said no (or the command line lacked the flag that says yes)."""


class Interaction(Protocol):
    def confirm(self, question: str) -> bool:
        """Go on with a destructive change?"""
        ...

    def ask_reason(self, question: str) -> str | None:
        """A reason to record (reopening, an implausible vote); None = do not go on."""
        ...

    def review_findings(self, findings: Sequence[Finding], what: str) -> bool:
        """Contradictions found before an export: go on writing `what`?"""
        ...

    def replace_files(self, question: str, paths: Sequence[Path]) -> bool:
        """An export would replace these existing files: go on?"""
        ...


class NoAnswers:
    """Nobody to ask (operations built before their window): nothing destructive or doubtful
    goes ahead, and an export with findings is not written."""

    def confirm(self, question: str) -> bool:
        """No: nothing destructive without somebody saying yes."""
        return False

    def ask_reason(self, question: str) -> str | None:
        """No reason given: the doubtful change is not made."""
        return None

    def review_findings(self, findings: Sequence[Finding], what: str) -> bool:
        """Not written: contradictions need somebody to see them."""
        return False

    def replace_files(self, question: str, paths: Sequence[Path]) -> bool:
        """No: an earlier document is not replaced without somebody saying yes."""
        return False
