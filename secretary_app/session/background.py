"""Work in a background thread that must never end it: a known fault is said, a bug logged.

The window's worker threads (backups, the search index) run their jobs through `guarded`, so
the catch-all for bugs lives here, once, outside the user interface.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..errors import KnownError

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Outcome(Generic[T]):
    """The result of work done off the window's thread: a value, or the error it met."""

    value: T | None = None
    error: str = ""  # the German message of a KnownError, or the name of a bug's exception
    bug: bool = False

    @property
    def ok(self) -> bool:
        return not self.error


def guarded(work: Callable[[], T], what: str) -> Outcome[T]:
    """Run `work`; a KnownError becomes its message, a bug is logged whole and named."""
    try:
        return Outcome(work())
    except KnownError as exc:
        return Outcome(error=str(exc))
    except Exception as exc:  # a bug must not end the thread; the log has the details
        log.exception("%s failed", what)
        return Outcome(error=type(exc).__name__, bug=True)
