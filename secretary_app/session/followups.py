"""The follow-ups (Wiedervorlagen) of the resolution register, as the secretary works with them:
read with her settings (Land, summer break, next meeting), ticked off, counted for the week. No Qt.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..domain.followups import Resolution
from ..store import register

if TYPE_CHECKING:
    from .base import OperationsBase


RECENT_DAYS = 730  # the meetings whose new resolutions the start-up count reads


def week_end(today: dt.date) -> dt.date:
    """The Sunday of `today`'s week."""
    return today + dt.timedelta(days=6 - today.weekday())


class FollowUps:
    """The register of one database, read with the settings of `operations`."""

    def __init__(self, operations: OperationsBase) -> None:
        self.store = operations.store
        s = operations.settings
        self.reading = register.Reading(
            land=s.land, summer_break=s.summer_break, next_meeting_days=s.next_meeting_days
        )

    def resolutions(self, due_only: bool = False, today: dt.date | None = None) -> list[Resolution]:
        """Every resolution with its follow-up (suggested from the wording or set by her)."""
        return register.resolutions(
            self.store, due_only=due_only, today=today, reading=self.reading
        )

    def tick_off(self, resolution: Resolution) -> dt.date | None:
        """Done (or undone); a recurring duty moves on to the date returned and stays open."""
        return register.tick_off(self.store, resolution)

    def due_this_week(self, today: dt.date | None = None) -> int:
        """Follow-ups not done that are due by the end of this week (overdue ones included).

        Resolutions typed since the register was last read get their suggestion first, those
        of the last two years' meetings: reading every resolution of a ten-year archive would
        hold up the window 0.2 s at every start; the register itself reads them all."""
        today = today or dt.date.today()
        recent = today - dt.timedelta(days=RECENT_DAYS)
        return register.due_by(self.store, week_end(today), self.reading, since=recent)
