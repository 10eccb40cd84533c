"""Operations across store and domain: importing a whole meeting, loading the demo."""

from __future__ import annotations

from ..domain.model import Meeting
from .store import Store


def import_meeting(store: Store, meeting: Meeting) -> int:
    """Store a meeting read from a file, reusing a committee of the same name.

    An existing committee keeps its members as they are; members of the file that it lacks
    are added. Everything happens in one transaction: on failure nothing is stored.
    """
    existing = next((c for c in store.committees() if c.name == meeting.committee.name), None)
    if existing is not None:
        known = {m.key for m in existing.members}
        for m in meeting.committee.members:
            if m.key not in known:
                m.id = None
                existing.members.append(m)
        meeting.committee = existing
    else:
        meeting.committee.id = None
    return store.add_meeting(meeting)
