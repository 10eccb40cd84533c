"""Small meetings built in code for the widget tests (no files from outside the project)."""

from __future__ import annotations

import datetime as dt

from secretary_app.domain.model import AgendaItem, Attendance, Committee, Meeting, Member

NAMES = [
    ("eisenblaetter", "Frau", "", "Eisenblätter", "chair"),
    ("schulze", "Frau", "", "Schulze", "member"),
    ("krueger", "Herr", "Dr.", "Krüger", "member"),
    ("thomann", "Herr", "", "Thomann", "member"),
    ("grasnik", "Frau", "", "Grasnik", "member"),
    ("oezdemir", "Herr", "", "Özdemir", "member"),
    ("schubert", "Herr", "", "Schubert", "member"),
]


def committee() -> Committee:
    members = [
        Member(key=k, salutation=s, title=t, name=n, role=r, faction="SPD" if i % 2 else "CDU")
        for i, (k, s, t, n, r) in enumerate(NAMES)
    ]
    members.append(
        Member(
            key="mueller-preinesberger",
            salutation="Frau",
            name="Müller-Preinesberger",
            role="administration",
            voting=False,
        )
    )
    return Committee(name="Ausschuss für Gesundheit, Soziales und Inklusion", members=members)


def meeting(absent: tuple[str, ...] = ()) -> Meeting:
    """Seven voting members and one from the administration; `absent` not (yet) there."""
    c = committee()
    return Meeting(
        committee=c,
        number=21,
        date=dt.date(2016, 6, 14),
        start="17:00",
        attendance=[Attendance(member=m.key, present=m.key not in absent) for m in c.members],
        agenda=[
            AgendaItem(number="7.1", title="Soziale Arbeit mit Flüchtlingen", paper="15/SVV/0743"),
            AgendaItem(number="7.2", title="Seniorenbeirat", excluded=["schulze"]),
        ],
    )


def show_active(qtbot, widget):
    """Show a widget as the active window, so window-wide shortcuts reach it."""
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget
