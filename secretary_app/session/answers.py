"""The answers of an `Interaction` without a window: the command line's flags, a test's script.

Apart from `interaction.py` so that the window's start does not build these classes.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .interaction import Cancelled

if TYPE_CHECKING:
    from ..domain.checks import Finding


@dataclass
class CommandLineInteraction:
    """Answers from the command line's flags; refusals name the flag that would say yes."""

    force: bool = False
    reason: str | None = None
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def confirm(self, question: str) -> bool:
        if not self.force:
            raise Cancelled(f"{question} Nichts wurde geändert. Mit --force wird es ausgeführt.")
        return True

    def ask_reason(self, question: str) -> str | None:
        if self.reason is None or not self.reason.strip():
            raise Cancelled(f"{question} Bitte den Grund mit --override GRUND angeben.")
        return self.reason.strip()

    def review_findings(self, findings: Sequence[Finding], what: str) -> bool:
        count = len(findings)
        noun = "Widerspruch" if count == 1 else "Widersprüche"
        print(
            f"Hinweis: {count} {noun} im Protokoll ({what} wird trotzdem geschrieben):",
            file=self.err,
        )
        for finding in findings:
            print(f"  {finding}", file=self.err)
        return True

    def replace_files(self, question: str, paths: Sequence[Path]) -> bool:
        """Yes: the command names its target (or takes the usual one) and replaces it, as
        `cp` does; the window asks."""
        return True


@dataclass
class ScriptedInteraction:
    """Answers given in advance, for tests; records every question it was asked."""

    confirm_answers: list[bool] = field(default_factory=list)
    reasons: list[str | None] = field(default_factory=list)
    go_on_with_findings: bool = True
    replace_answer: bool = True
    asked: list[str] = field(default_factory=list)
    reviewed: list[list[Finding]] = field(default_factory=list)

    def confirm(self, question: str) -> bool:
        self.asked.append(question)
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def ask_reason(self, question: str) -> str | None:
        self.asked.append(question)
        return self.reasons.pop(0) if self.reasons else None

    def review_findings(self, findings: Sequence[Finding], what: str) -> bool:
        self.reviewed.append(list(findings))
        return self.go_on_with_findings

    def replace_files(self, question: str, paths: Sequence[Path]) -> bool:
        self.asked.append(question)
        return self.replace_answer
