"""A window on a small meeting whose committee has the names the typing tests need.

The fixture `typing_window` is registered in tests/gui/conftest.py.
"""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.model import AgendaItem, Attendance, Committee, Meeting, Member
from secretary_app.store import Store
from secretary_app.ui.main_window import MainWindow

from .window_fixtures import prepare_store, show_main_window

EXTRA = [
    Member(key="schaefer", salutation="Frau", name="Schäfer"),
    Member(key="rathmann", salutation="Herr", name="Rathmann"),
]


@pytest.fixture
def typing_window(qtbot, db_path, tmp_path):
    store = Store.open(db_path)
    prepare_store(store, tmp_path / "out")
    committee = store.committees()[0]
    store.save_committee(
        Committee(
            id=committee.id,
            name=committee.name,
            members=[*committee.members, *(Member(**vars(m)) for m in EXTRA)],
        )
    )
    committee = store.committees()[0]
    store.add_meeting(
        Meeting(
            committee=committee,
            # Frau Schulze is not there: "Frau Sch" can only be Frau Schäfer
            attendance=[
                Attendance(member=m.key, present=m.key != "schulze") for m in committee.members
            ],
            number=4,
            date=dt.date(2026, 11, 25),
            parts=["public", "non-public"],
            agenda=[
                AgendaItem(number="1", title="Eröffnung"),
                AgendaItem(number="2", title="Haushalt 2027", paper="26/SVV/0100"),
                AgendaItem(number="3", title="Grundstück", public=False),
            ],
        )
    )
    w = show_main_window(qtbot, store)
    w.editor.setFocus()
    yield w
    w.close()
    store.close()


def stored_texts(window: MainWindow, row: int) -> list[str]:
    """The paragraphs of the agenda item in `row` as the database holds them."""
    assert window.meeting is not None and window.meeting.id is not None
    meeting = window.ops.store.load_meeting(window.meeting.id)
    return [p.text for p in meeting.agenda[row].minutes]
