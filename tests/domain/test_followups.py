"""Follow-up dates found in resolution wording."""

from __future__ import annotations

import datetime as dt

from secretary_app.domain.followups import find_followups, first_followup

MEETING = dt.date(2016, 6, 14)


def test_month_and_year_from_the_reference_resolution():
    text = (
        "Der Stadtverordnetenversammlung ist im November 2016 über den Stand der Arbeit zu "
        "berichten."
    )
    f = first_followup(text, MEETING)
    assert f is not None and f.due == dt.date(2016, 11, 1) and f.phrase == "im November 2016"


def test_a_day_a_quarter_the_end_of_a_month_or_year():
    assert first_followup("Bericht bis zum 30.09.2017.", MEETING).due == dt.date(2017, 9, 30)
    assert first_followup("bis Ende März 2017 vorzulegen", MEETING).due == dt.date(2017, 3, 31)
    assert first_followup("im 3. Quartal 2017", MEETING).due == dt.date(2017, 7, 1)
    assert first_followup("bis Ende 2017 umzusetzen", MEETING).due == dt.date(2017, 12, 31)
    # a month without a year is the next such month after the meeting
    assert first_followup("im Mai zu berichten", MEETING).due == dt.date(2017, 5, 1)
    assert first_followup("im September zu berichten", MEETING).due == dt.date(2016, 9, 1)


def test_the_next_meeting_and_dates_in_the_past_or_not_deadlines():
    f = first_followup("Die Verwaltung berichtet in der nächsten Sitzung.", MEETING)
    assert f is not None and f.next_meeting and f.due is None
    assert find_followups("gemäß Beschluss vom 12.03.2015 und dem Mai-Bericht", MEETING) == []
    assert find_followups("Die Vorlage wird beschlossen.", MEETING) == []
    assert find_followups("am 31.02.2017", MEETING) == []  # no such day


def test_the_earliest_of_several():
    text = "Zwischenbericht zum 01.10.2016, Abschluss im Dezember 2017."
    assert first_followup(text, MEETING).due == dt.date(2016, 10, 1)
