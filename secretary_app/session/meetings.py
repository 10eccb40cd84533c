"""Meetings and their clock: open, create, import, committees, settings, finalise."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.model import (
    Attendance,
    Committee,
    Interruption,
    Meeting,
)
from ..errors import KnownError
from ..settings import Settings
from ..store import StoreError
from . import validation
from .base import (
    IMPORT_FOLDER_SETTING,
    ImportResult,
    OperationsBase,
)
from .interaction import Cancelled

if TYPE_CHECKING:
    from ..domain.checks import Finding
    from ..domain.model import MeetingSummary


class MeetingOperations(OperationsBase):
    """Meetings and their clock: open, create, import, committees, settings, finalise."""

    def meeting(self, meeting_id: int) -> Meeting:
        """The meeting with its agenda, minutes and attendance (KnownError if there is none)."""
        return self.store.load_meeting(meeting_id)

    def meeting_exists(self, meeting_id: int) -> bool:
        """Whether the database has this meeting (after a restore it may be gone)."""
        return self.store.meeting_exists(meeting_id)

    def list_meetings(self, limit: int | None = None, offset: int = 0) -> list[MeetingSummary]:
        """The stored meetings, newest first, one page at a time (`limit`, `offset`)."""
        return self.store.list_meetings(limit=limit, offset=offset)

    def committees(self) -> list[Committee]:
        """Every committee with its members, by name."""
        return self.store.committees()

    def next_meeting_number(self, committee_id: int) -> int:
        """The number a new meeting of the committee gets: one after its highest."""
        return self.store.next_meeting_number(committee_id)

    def export_meeting_file(self, meeting_id: int, path: Path) -> Path:
        """The meeting as a meeting file (FORMAT.md): written atomically, private (0600)."""
        from ..formats import meeting_file

        meeting_file.write_file(self.store.load_meeting(meeting_id), Path(path))
        return Path(path)

    def open_demo(self) -> int:
        """The reference meeting in this database (imported once, then reused): its id."""
        from .. import paths

        meetings = self.store.list_meetings(limit=1)
        if meetings:
            return meetings[0].id
        return self.import_file(paths.demo_meeting_path(), shipped=True).meeting_id

    def start_meeting_id(self) -> int | None:
        """The meeting to show at start: the one open last time, else the most recent one."""
        wanted = self.store.setting("last_meeting")
        if isinstance(wanted, int) and self.store.meeting_exists(wanted):
            return wanted
        recent = self.store.list_meetings(limit=1)
        return recent[0].id if recent else None

    def open_meeting(self, meeting_id: int) -> Meeting:
        """Load a meeting and remember it for the next start (written only when it changes)."""
        meeting = self.store.load_meeting(meeting_id)
        if self.store.setting("last_meeting") != meeting_id:
            self.store.set_setting("last_meeting", meeting_id)
        return meeting

    def new_meeting(
        self,
        committee_id: int,
        number: int,
        date: dt.date,
        *,
        planned_start: str | None = None,
        location: str = "",
        parts: Sequence[str] = ("public",),
    ) -> int:
        """A new meeting of a committee: every member present, the secretary from the settings.

        `planned_start` is the begin the invitation names; the session begins when she begins
        it (`start_session`), so the clock can be started on the day."""
        committee = self.store.committee(committee_id)
        meeting = Meeting(
            committee=committee,
            number=number,
            date=date,
            planned_start=planned_start,
            location=location.strip(),
            parts=list(parts),
            secretary=self.settings.secretary_name,
            attendance=[Attendance(member=m.key, present=True) for m in committee.members],
        )
        return self.store.add_meeting(meeting)

    def committee_problems(self, committee: Committee) -> list[str]:
        """What keeps a committee from being saved, in German; empty when it can be."""
        return validation.committee_problems(committee, self.store.committees())

    def save_committee(self, committee: Committee) -> int:
        """A committee and its members, new or changed; returns its id. A committee without a
        name, with a taken name or with members lacking a name or a unique key is refused."""
        problems = self.committee_problems(committee)
        if problems:
            raise KnownError("\n".join(problems))
        return self.store.save_committee(committee)

    def stored_settings(self) -> Settings:
        """The settings as stored: a fresh copy for a dialog to edit."""
        return Settings.load(self.store)

    def settings_problems(self, settings: Settings) -> list[str]:
        """What keeps settings from being saved, in German; empty when they can be."""
        return validation.settings_problems(settings)

    def save_settings(self, settings: Settings) -> None:
        """The secretary's settings, for the window and the command line alike; settings with a
        missing template or folder, a wrong date or no outcome are refused."""
        problems = validation.settings_problems(settings)
        if problems:
            raise KnownError("\n".join(problems))
        settings.save(self.store)
        self.settings = settings

    def layouts(self) -> list[tuple[str, str]]:
        """(name, German label) of the shipped layouts, for choosing one at export."""
        from ..documents import shipped_layouts

        return [(layout.name, layout.label) for layout in shipped_layouts()]

    def choose_layout(self, name: str) -> None:
        """The shipped layout every export uses from now on (remembered in the settings; the
        other settings stay as they are, checked or not)."""
        if name not in {n for n, _ in self.layouts()}:
            raise KnownError(f"Das Layout „{name}“ wird nicht mitgeliefert.")
        settings = self.stored_settings()
        settings.layout = name
        settings.save(self.store)
        self.settings = settings

    def import_folder(self) -> str:
        """The folder an agenda or meeting file was last opened from ("" at first)."""
        return str(self.store.setting(IMPORT_FOLDER_SETTING, "") or "")

    def remember_import_folder(self, folder: Path) -> None:
        """Remember where she opened a file; a failure to remember is no failure to import."""
        with contextlib.suppress(StoreError):
            self.store.set_setting(IMPORT_FOLDER_SETTING, str(folder))

    def import_file(self, path: Path, *, shipped: bool = False) -> ImportResult:
        """A meeting file (FORMAT.md) becomes a new meeting; nothing is stored on a fault.
        `shipped`: a file that comes with the program (the demo), read without the schema."""
        from ..formats import meeting_file
        from ..store.meetings import import_meeting

        read = meeting_file.read_shipped_file if shipped else meeting_file.read_file
        result = read(Path(path))
        notes = list(result.warnings)
        notes.extend(str(f) for f in self._vote_findings(result.meeting))
        meeting_id = import_meeting(self.store, result.meeting)
        return ImportResult(meeting_id, result.meeting, notes)

    def import_oparl(self, source: str | Path, meeting_id: str | None = None) -> ImportResult:
        """An OParl Meeting (file or URL) becomes a new meeting; the next number if it has none.

        A file or page listing several meetings needs `meeting_id` (its id or the id's last
        part); without it `oparl.MeetingListError` names the choices.
        """
        from ..formats import oparl
        from ..store.meetings import import_meeting

        notes: list[str] = []
        meeting = oparl.read_oparl_meeting(source, notes=notes, meeting_id=meeting_id)
        notes.extend(invitation_times(meeting, self.today()))
        if meeting.number == 0:
            known = next(
                (c for c in self.store.committees() if c.name == meeting.committee.name), None
            )
            meeting.number = self.store.next_meeting_number(known.id) if known and known.id else 1
        return ImportResult(import_meeting(self.store, meeting), meeting, notes)

    def _vote_findings(self, meeting: Meeting) -> list[Finding]:
        """Implausible votes of a meeting read from a file: said, not refused (it happened)."""
        from ..domain import checks  # loaded when first needed

        return [
            f
            for f in checks.check_meeting(meeting, self.settings.majority_rule)
            if f.kind == "implausible-vote"
        ]

    def today(self) -> dt.date:
        """The day the session clock is on (its time is `clock()`)."""
        return dt.date.today()

    def start_session(self, meeting: Meeting, at: str | None = None) -> None:
        """The meeting begins at `at` (HH:MM) or now."""
        self._check_writable(meeting)
        if meeting.start:
            raise KnownError(f"Die Sitzung hat bereits um {meeting.start} Uhr begonnen.")
        self._update_head(meeting, start=at or self.clock(), end=meeting.end)

    def end_session(self, meeting: Meeting, at: str | None = None) -> None:
        """The meeting ends at `at` or now; an interruption still open ends with it."""
        self._check_writable(meeting)
        if not meeting.start:
            raise KnownError("Die Sitzung hat noch nicht begonnen.")
        if meeting.end:
            raise KnownError(f"Die Sitzung wurde bereits um {meeting.end} Uhr beendet.")
        at = at or self.clock()
        if not self.interaction.confirm(
            f"Die Sitzung um {at} Uhr beenden? Danach läuft die Sitzungsuhr nicht mehr; "
            "das Protokoll bleibt bearbeitbar."
        ):
            raise Cancelled("Die Sitzung läuft weiter.")
        if meeting.interruptions and meeting.interruptions[-1].until is None:
            self._set_interruptions(
                meeting,
                [
                    *meeting.interruptions[:-1],
                    dataclasses.replace(meeting.interruptions[-1], until=at),
                ],
            )
        self._update_head(meeting, start=meeting.start, end=at)

    def correct_times(
        self,
        meeting: Meeting,
        start: str | None,
        end: str | None,
        interruptions: list[Interruption],
    ) -> None:
        """Begin, interruptions and end as she corrects them afterwards (a button pressed
        late), checked in their order first (`domain.session_times`)."""
        from ..domain.session_times import check_times

        self._check_writable(meeting)
        check_times(start, end, interruptions)
        self._set_interruptions(meeting, list(interruptions))
        self._update_head(meeting, start=start, end=end)

    def take_back_end(self, meeting: Meeting) -> None:
        """An end pressed by mistake is taken back: the meeting runs on as if it had not
        ended (its begin and interruptions as they are; one the end closed stays closed)."""
        self._check_writable(meeting)
        if not meeting.end:
            raise KnownError("Die Sitzung ist nicht beendet.")
        self._update_head(meeting, start=meeting.start, end=None)

    def interrupt(self, meeting: Meeting, at: str | None = None, note: str = "") -> None:
        """The meeting is interrupted from `at` or now (only while it runs)."""
        self._check_writable(meeting)
        if not meeting.start or meeting.end:
            raise KnownError("Unterbrechen geht nur während der Sitzung.")
        if meeting.interruptions and meeting.interruptions[-1].until is None:
            raise KnownError("Die Sitzung ist bereits unterbrochen.")
        self._set_interruptions(
            meeting, [*meeting.interruptions, Interruption(at or self.clock(), None, note)]
        )

    def resume(self, meeting: Meeting, at: str | None = None) -> None:
        """The interrupted meeting goes on at `at` or now."""
        self._check_writable(meeting)
        if not meeting.interruptions or meeting.interruptions[-1].until is not None:
            raise KnownError("Die Sitzung ist nicht unterbrochen.")
        last = dataclasses.replace(meeting.interruptions[-1], until=at or self.clock())
        self._set_interruptions(meeting, [*meeting.interruptions[:-1], last])

    def _update_head(self, meeting: Meeting, *, start: str | None, end: str | None) -> None:
        assert meeting.id is not None
        self.store.update_meeting(dataclasses.replace(meeting, start=start, end=end))
        meeting.start, meeting.end = start, end

    def _set_interruptions(self, meeting: Meeting, value: list[Interruption]) -> None:
        assert meeting.id is not None
        self.store.set_interruptions(
            meeting.id,
            [
                {"from": i.start, "until": i.until, **({"note": i.note} if i.note else {})}
                for i in value
            ],
        )
        meeting.interruptions = value

    def finalize(self, meeting_id: int) -> bool:
        """Read-only from now on, once she confirms; False if it already was."""
        meeting = self.store.load_meeting(meeting_id)
        if meeting.finalized:
            return False
        if not self.interaction.confirm(
            "Sitzung abschließen? Danach kann sie nur noch gelesen und exportiert werden, "
            "bis sie ausdrücklich wieder geöffnet wird."
        ):
            raise Cancelled("Die Sitzung wurde nicht abgeschlossen.")
        self.store.set_finalized(meeting_id, True)
        return True

    def reopen(self, meeting_id: int, reason: str | None = None) -> bool:
        """Open a finalised meeting again; the reason is required and audited."""
        meeting = self.store.load_meeting(meeting_id)
        if not meeting.finalized:
            return False
        if reason is None:
            reason = self.interaction.ask_reason(
                "Warum wird die abgeschlossene Sitzung wieder geöffnet? (wird protokolliert)"
            )
        if reason is None or not reason.strip():
            raise Cancelled("Ohne Grund wird die Sitzung nicht wieder geöffnet.")
        self.store.set_finalized(meeting_id, False, reason=reason.strip())
        return True

    def check(self, meeting: Meeting | int, public_only: bool = False) -> list[Finding]:
        """Every contradiction in the minutes (votes against attendance, missing outcomes …)."""
        from ..domain import checks  # loaded when first needed

        if isinstance(meeting, int):
            meeting = self.store.load_meeting(meeting)
        return checks.check_meeting(meeting, self.settings.majority_rule, public_only)


def invitation_times(meeting: Meeting, today: dt.date) -> list[str]:
    """An OParl meeting of today or later names the times of its invitation: a plan. They
    become the planned begin, and the session is begun on the day (otherwise its clock would
    show it begun and ended before it met). A past meeting's times are kept as they happened.
    Says what it did, for the import's notes."""
    if meeting.date < today or not (meeting.start or meeting.end):
        return []
    planned = meeting.start
    meeting.planned_start, meeting.start, meeting.end = planned, None, None
    if not planned:
        return []
    return [
        f"Beginn {planned} Uhr laut Einladung ist als geplanter Beginn übernommen; "
        "die Sitzung beginnt mit „Sitzung beginnen“."
    ]
