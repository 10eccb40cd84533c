"""The follow-ups as the secretary works with them: read with her settings, due this week."""

from __future__ import annotations

import datetime as dt

from secretary_app.domain.model import AgendaItem, Committee, Meeting, Paragraph
from secretary_app.session import Operations
from secretary_app.session.answers import ScriptedInteraction
from secretary_app.session.followups import FollowUps, week_end
from secretary_app.settings import Settings


def _resolution(store, number: str, text: str, day: dt.date) -> None:
    store.add_meeting(
        Meeting(
            Committee(name="Bauausschuss"),
            int(number),
            day,
            agenda=[AgendaItem("3", "Bericht", minutes=[Paragraph(kind="resolution", text=text)])],
        )
    )


def test_her_land_and_summer_break_give_the_date(store):
    _resolution(store, "1", "Nach der Sommerpause ist zu berichten.", dt.date(2026, 5, 6))
    ops = Operations(store, ScriptedInteraction())
    assert ops.resolutions()[0].due == dt.date(2026, 9, 1)  # Brandenburg: July and August
    ops.save_settings(Settings(land="BY"))
    assert ops.resolutions()[0].due == dt.date(2026, 9, 16)
    ops.save_settings(Settings(land="BY", summer_break="06.07.–14.08."))
    assert ops.resolutions()[0].due == dt.date(2026, 8, 15)


def test_due_this_week_counts_up_to_sunday_and_what_is_overdue(store):
    _resolution(store, "1", "Bericht bis zum 02.12.2026.", dt.date(2026, 10, 7))
    _resolution(store, "2", "Bericht bis zum 11.12.2026.", dt.date(2026, 10, 7))
    _resolution(store, "3", "Bericht bis zum 14.12.2026.", dt.date(2026, 10, 7))
    followups = FollowUps(Operations(store, ScriptedInteraction()))
    monday = dt.date(2026, 12, 7)
    assert week_end(monday) == dt.date(2026, 12, 13)
    assert followups.due_this_week(monday) == 2
    first = followups.resolutions()[-1]
    assert first.due == dt.date(2026, 12, 2)
    assert followups.tick_off(first) is None
    assert followups.due_this_week(monday) == 1


def test_the_count_at_start_reads_new_resolutions_of_the_last_two_years_only(store):
    _resolution(store, "1", "Bericht bis zum 02.12.2026.", dt.date(2024, 3, 6))  # too old
    _resolution(store, "2", "Bericht bis zum 03.12.2026.", dt.date(2025, 3, 5))
    followups = FollowUps(Operations(store, ScriptedInteraction()))
    monday = dt.date(2026, 12, 7)
    assert followups.due_this_week(monday) == 1
    assert len(followups.resolutions()) == 2  # the register reads every one
    assert followups.due_this_week(monday) == 2


def test_after_an_update_the_count_at_start_keeps_the_old_suggestions(store):
    _resolution(store, "1", "Bericht im Mai 2019.", dt.date(2019, 3, 6))
    followups = FollowUps(Operations(store, ScriptedInteraction()))
    assert followups.resolutions()[0].due == dt.date(2019, 5, 31)
    store.set_setting("followup_rules", [1])  # read by the rules of an older version
    store.conn.execute("UPDATE followups SET due = '2019-05-01'")
    assert followups.due_this_week(dt.date(2026, 12, 7)) == 1
    assert followups.resolutions()[0].due == dt.date(2019, 5, 31)  # the register reads again
