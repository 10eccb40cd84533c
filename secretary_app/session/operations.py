"""The operations of a meeting: one object over the store, the settings and an `Interaction`.

Every method is something the secretary does. It keeps the rules: a vote must fit the room
(or is recorded anyway only with a stated reason), destructive changes are confirmed, backed
up and audited, an export is either written and recorded or neither, a finalised meeting stays
read-only. The window and the command line call these and only show what comes back.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .. import paths
from ..domain import rules
from ..domain.model import (
    AgendaItem,
    Attendance,
    AuditEntry,
    Committee,
    Interruption,
    Meeting,
    Paragraph,
    Vote,
)
from ..errors import KnownError
from ..settings import Settings
from ..store import Store, StoreError
from .interaction import Cancelled, Interaction

if TYPE_CHECKING:
    from ..domain.checks import Finding
    from ..domain.followups import Resolution
    from ..formats.results import ResultsSummary
    from ..store.backup import RestoreResult

log = logging.getLogger(__name__)


class VoteRefused(KnownError):
    """An implausible vote that the secretary did not confirm with a reason."""


class ExportError(KnownError):
    """The documents were not written (and nothing was recorded)."""


class RecordedVote(NamedTuple):
    """What recording a vote changed, so that undoing it can put everything back."""

    item_id: int
    vote: Vote
    outcome_before: str
    outcome_after: str

    @property
    def outcome_changed(self) -> bool:
        return self.outcome_before != self.outcome_after


class ExportResult(NamedTuple):
    """The documents written by an export, and the checks' findings."""

    paths: list[Path]
    findings: list[Finding]


class ImportResult(NamedTuple):
    """A meeting imported into the store, with notes on the import."""

    meeting_id: int
    meeting: Meeting
    notes: list[str]


IMPORT_FOLDER_SETTING = "agenda_import_folder"


def now_hhmm() -> str:
    return dt.datetime.now().strftime("%H:%M")


def plural(count: int, singular: str, plural_form: str) -> str:
    """ "1 Tagesordnungspunkt", "3 Tagesordnungspunkte"."""
    return f"{count} {singular if count == 1 else plural_form}"


def minutes_filename(meeting: Meeting, public: bool = False) -> str:
    suffix = "_oeffentlich" if public else ""
    return f"{meeting.date.isoformat()}_Niederschrift_{meeting.number}{suffix}.docx"


def extracts_folder_name(meeting: Meeting) -> str:
    return f"{meeting.date.isoformat()}_{meeting.number}_Auszuege"


def item_by_number(meeting: Meeting, number: str) -> AgendaItem:
    """The item "7.1" of a meeting; an unknown number names the ones there are."""
    item = meeting.item(number.strip())
    if item is None:
        valid = ", ".join(it.number for it in meeting.agenda) or "keine"
        raise KnownError(
            f"Den Tagesordnungspunkt „{number}“ gibt es in Sitzung {meeting.id} nicht. "
            f"Vorhandene Punkte: {valid}."
        )
    return item


class Operations:
    """What the secretary does with the meetings of one database."""

    def __init__(
        self,
        store: Store,
        interaction: Interaction,
        *,
        settings: Settings | None = None,
        backup: Callable[[str], object] | None = None,
        clock: Callable[[], str] = now_hhmm,
    ) -> None:
        self.store = store
        self.interaction = interaction
        self.settings = settings if settings is not None else Settings.load(store)
        self._backup = backup if backup is not None else self._backup_database
        self.clock = clock

    # -- meetings --------------------------------------------------------------------------

    def meeting(self, meeting_id: int) -> Meeting:
        return self.store.load_meeting(meeting_id)

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
        start: str | None = None,
        location: str = "",
        parts: Sequence[str] = ("public",),
    ) -> int:
        """A new meeting of a committee: every member present, the secretary from the settings."""
        committee = self.store.committee(committee_id)
        meeting = Meeting(
            committee=committee,
            number=number,
            date=date,
            start=start,
            location=location.strip(),
            parts=list(parts),
            secretary=self.settings.secretary_name,
            attendance=[Attendance(member=m.key, present=True) for m in committee.members],
        )
        return self.store.add_meeting(meeting)

    def save_committee(self, committee: Committee) -> int:
        """A committee and its members, new or changed; returns its id."""
        return self.store.save_committee(committee)

    def save_settings(self, settings: Settings) -> None:
        """The secretary's settings, for the window and the command line alike."""
        settings.save(self.store)
        self.settings = settings

    def import_folder(self) -> str:
        """The folder an agenda or meeting file was last opened from ("" at first)."""
        return str(self.store.setting(IMPORT_FOLDER_SETTING, "") or "")

    def remember_import_folder(self, folder: Path) -> None:
        """Remember where she opened a file; a failure to remember is no failure to import."""
        with contextlib.suppress(StoreError):
            self.store.set_setting(IMPORT_FOLDER_SETTING, str(folder))

    def import_file(self, path: Path) -> ImportResult:
        """A meeting file (FORMAT.md) becomes a new meeting; nothing is stored on a fault."""
        from ..formats import meeting_file
        from ..store.meetings import import_meeting

        result = meeting_file.read_file(Path(path))
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

    # -- the meeting clock -----------------------------------------------------------------

    def start_session(self, meeting: Meeting, at: str | None = None) -> None:
        if meeting.start:
            raise KnownError(f"Die Sitzung hat bereits um {meeting.start} Uhr begonnen.")
        self._update_head(meeting, start=at or self.clock(), end=meeting.end)

    def end_session(self, meeting: Meeting, at: str | None = None) -> None:
        if not meeting.start:
            raise KnownError("Die Sitzung hat noch nicht begonnen.")
        if meeting.end:
            raise KnownError(f"Die Sitzung wurde bereits um {meeting.end} Uhr beendet.")
        at = at or self.clock()
        if meeting.interruptions and meeting.interruptions[-1].until is None:
            self._set_interruptions(
                meeting,
                [
                    *meeting.interruptions[:-1],
                    dataclasses.replace(meeting.interruptions[-1], until=at),
                ],
            )
        self._update_head(meeting, start=meeting.start, end=at)

    def interrupt(self, meeting: Meeting, at: str | None = None, note: str = "") -> None:
        if not meeting.start or meeting.end:
            raise KnownError("Unterbrechen geht nur während der Sitzung.")
        if meeting.interruptions and meeting.interruptions[-1].until is None:
            raise KnownError("Die Sitzung ist bereits unterbrochen.")
        self._set_interruptions(
            meeting, [*meeting.interruptions, Interruption(at or self.clock(), None, note)]
        )

    def resume(self, meeting: Meeting, at: str | None = None) -> None:
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

    # -- votes -----------------------------------------------------------------------------

    def record_vote(
        self,
        meeting: Meeting,
        item: AgendaItem,
        vote: Vote,
        *,
        earlier: Sequence[Paragraph] | None = None,
        append: bool = False,
    ) -> RecordedVote:
        """Record a vote on an item and set the outcome a final vote suggests.

        An implausible vote (more votes than voting members present at its time minus those
        excluded, roll-call names against the counts, a ballot of an absent or excluded member)
        is refused unless the secretary gives a reason, which is stored with the vote.
        `append=True` also stores the vote as the item's last paragraph (the command line);
        the window puts it into the editor, whose autosave stores it.
        """
        self._check_writable(meeting)
        assert item.id is not None
        if vote.time is None:
            vote.time = self.clock()
        problems = rules.tally_problems(vote, meeting, item.excluded, vote.time)
        if problems:
            reason = self.interaction.ask_reason(
                "Diese Abstimmung passt nicht zur Anwesenheit: "
                + " ".join(problems)
                + " Trotzdem eintragen? Dann bitte den Grund angeben (er wird gespeichert)."
            )
            if reason is None or not reason.strip():
                raise VoteRefused("Die Abstimmung wurde nicht eingetragen: " + " ".join(problems))
            vote.override = reason.strip()
        paragraphs = list(item.minutes if earlier is None else earlier)
        before = item.outcome
        # the final vote sets the outcome, a passed procedural one its own ("vertagt");
        # an amendment leaves it
        decided = rules.outcome_after_vote(
            vote, (p.vote for p in paragraphs if p.vote is not None), self.settings.majority_rule
        )
        after = before if decided is None else decided
        if append:
            item.minutes = [*paragraphs, Paragraph(kind="vote", vote=vote)]
            self.store.save_paragraphs(item.id, item.minutes)
        if after != before:
            item.outcome = after
            try:
                self.store.update_item(item)
            except StoreError:
                item.outcome = before
                raise
        return RecordedVote(item.id, vote, before, after)

    def undo_vote(self, item: AgendaItem, recorded: RecordedVote) -> None:
        """The vote was taken back: the item gets the outcome it had before it."""
        if item.id != recorded.item_id or item.outcome != recorded.outcome_after:
            return  # changed by hand since: her later choice stands
        if recorded.outcome_changed:
            item.outcome = recorded.outcome_before
            try:
                self.store.update_item(item)
            except StoreError:
                item.outcome = recorded.outcome_after
                raise

    def set_outcome(self, meeting: Meeting, item: AgendaItem, outcome: str) -> None:
        self._check_writable(meeting)
        old = item.outcome
        item.outcome = outcome.strip()
        try:
            self.store.update_item(item)
        except StoreError:
            item.outcome = old
            raise

    # -- attendance ------------------------------------------------------------------------

    def set_attendance(self, meeting: Meeting, attendance: Attendance) -> None:
        self._check_writable(meeting)
        assert meeting.id is not None
        if meeting.committee.member(attendance.member) is None:
            raise KnownError(f"„{attendance.member}“ ist kein Mitglied dieses Gremiums.")
        self.store.set_attendance(meeting.id, attendance)
        meeting.attendance = [a for a in meeting.attendance if a.member != attendance.member]
        meeting.attendance.append(attendance)

    def set_excluded(self, meeting: Meeting, item: AgendaItem, keys: Sequence[str]) -> None:
        """Members excluded for bias (Mitwirkungsverbot) on one item."""
        self._check_writable(meeting)
        unknown = [k for k in keys if meeting.committee.member(k) is None]
        if unknown:
            raise KnownError(f"Unbekannte Mitglieder: {', '.join(unknown)}.")
        old = item.excluded
        item.excluded = list(keys)
        try:
            self.store.update_item(item)
        except StoreError:
            item.excluded = old
            raise

    # -- the agenda ------------------------------------------------------------------------

    def add_item(self, meeting: Meeting, item: AgendaItem, position: int | None = None) -> int:
        self._check_writable(meeting)
        assert meeting.id is not None
        item.id = self.store.add_item(meeting.id, item, position)
        if position is None:
            meeting.agenda.append(item)
        else:
            meeting.agenda.insert(position, item)
        return item.id

    def update_item(self, meeting: Meeting, item: AgendaItem) -> None:
        self._check_writable(meeting)
        self.store.update_item(item)

    def reorder_items(self, meeting: Meeting, item_ids: Sequence[int]) -> None:
        self._check_writable(meeting)
        assert meeting.id is not None
        self.store.reorder_items(meeting.id, item_ids)
        by_id = {it.id: it for it in meeting.agenda}
        meeting.agenda = [by_id[i] for i in item_ids if i in by_id]

    def delete_item(self, meeting: Meeting, item: AgendaItem) -> None:
        """Delete an item; one with minutes is confirmed and backed up first, always audited."""
        self._check_writable(meeting)
        assert item.id is not None
        words = sum(len(p.text.split()) for p in item.minutes)
        votes = len(item.votes)
        if item.minutes:
            lost = []
            if words:
                lost.append(plural(words, "Wort", "Wörter"))
            if votes:
                lost.append(plural(votes, "Abstimmung", "Abstimmungen"))
            question = (
                f"TOP {item.number} „{item.title}“ löschen? Das Protokoll dieses Punktes "
                f"({', '.join(lost) or 'leere Absätze'}) wird mitgelöscht."
            )
            if not self.interaction.confirm(question):
                raise Cancelled(f"TOP {item.number} wurde nicht gelöscht.")
            self._backup("change")
        self.store.delete_item(item.id)
        meeting.agenda = [it for it in meeting.agenda if it.id != item.id]

    def replace_agenda(
        self, meeting_id: int, items: Sequence[AgendaItem], replace: bool
    ) -> Meeting:
        """Append items to the agenda or replace it; replacing is confirmed and backed up."""
        meeting = self.store.load_meeting(meeting_id)
        self._check_writable(meeting)
        if replace and meeting.agenda:
            words = sum(len(p.text.split()) for it in meeting.agenda for p in it.minutes)
            votes = sum(len(it.votes) for it in meeting.agenda)
            question = (
                f"Die Tagesordnung der Sitzung ({plural(len(meeting.agenda), 'Punkt', 'Punkte')}"
                f", {plural(words, 'Wort', 'Wörter')} Protokoll, "
                f"{plural(votes, 'Abstimmung', 'Abstimmungen')}) wird ersetzt und gelöscht."
            )
            if not self.interaction.confirm(question):
                raise Cancelled("Die Tagesordnung wurde nicht ersetzt.")
            self._backup("change")
        self.store.replace_agenda(meeting_id, items, replace)
        return self.store.load_meeting(meeting_id)

    # -- finalising ------------------------------------------------------------------------

    def finalize(self, meeting_id: int) -> bool:
        """Read-only from now on; False if it already was."""
        meeting = self.store.load_meeting(meeting_id)
        if meeting.finalized:
            return False
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

    def _check_writable(self, meeting: Meeting) -> None:
        if meeting.finalized:
            raise KnownError(
                "Die Sitzung ist abgeschlossen und kann nur gelesen werden. Zum Ändern erst "
                f"wieder öffnen: im Fenster „Sitzung → Sitzung wieder öffnen …“, auf der "
                f"Befehlszeile „secretary-app reopen {meeting.id} --reason GRUND“."
            )

    # -- checking --------------------------------------------------------------------------

    def check(self, meeting: Meeting | int, public_only: bool = False) -> list[Finding]:
        from ..domain import checks  # loaded when first needed

        if isinstance(meeting, int):
            meeting = self.store.load_meeting(meeting)
        return checks.check_meeting(meeting, self.settings.majority_rule, public_only)

    # -- exports ---------------------------------------------------------------------------

    def output_dir(self) -> Path:
        """Where the window puts exports: the configured folder or Documents/Protokollant."""
        configured = self.settings.output_dir.strip()
        if configured:
            return Path(configured).expanduser()
        return paths.documents_dir() / "Protokollant"

    def export_extract(
        self,
        meeting_id: int,
        number: str,
        path: Path | None = None,
        *,
        template: Path | None = None,
        layout: str | None = None,
        public_only: bool = False,
    ) -> ExportResult:
        """The Protokollauszug of one item (by its number); `layout` overrides the settings'."""
        from .. import documents
        from ..domain import checks  # loaded when first needed

        meeting = self.store.load_meeting(meeting_id)
        item = item_by_number(meeting, number)
        if public_only and not item.public:
            raise KnownError(
                f"Tagesordnungspunkt {item.number} ist nichtöffentlich; mit --public wird kein "
                "Protokollauszug davon geschrieben."
            )
        findings = checks.check_item(meeting, item, self.settings.majority_rule)
        what = f"Protokollauszug TOP {item.number}"
        self._review(findings, what)
        target = (
            Path(path) if path else self.output_dir() / documents.extract_filename(meeting, item)
        )

        def write(staged: Path) -> None:
            documents.write_extract(
                meeting, item, staged, settings=self.settings, template=template, layout=layout
            )

        written = self._publish(meeting_id, [(target, write)], f"{what}: {target}")
        return ExportResult(written, findings)

    def export_all_extracts(
        self,
        meeting_id: int,
        folder: Path | None = None,
        *,
        template: Path | None = None,
        layout: str | None = None,
        public_only: bool = False,
    ) -> ExportResult:
        """One Protokollauszug per item into `folder`, named so that they sort by number."""
        from .. import documents
        from ..domain import checks  # loaded when first needed

        meeting = self.store.load_meeting(meeting_id)
        findings = checks.check_meeting(meeting, self.settings.majority_rule, public_only)
        what = "öffentliche Protokollauszüge" if public_only else "alle Protokollauszüge"
        self._review(findings, what)
        folder = Path(folder) if folder else self.output_dir() / extracts_folder_name(meeting)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(
                f"Der Ordner „{folder}“ kann nicht angelegt werden ({exc.strerror or exc})."
            ) from exc
        import shutil  # (with the export, not with the first frame)
        import tempfile

        staging = Path(tempfile.mkdtemp(prefix=".~protokollant-", dir=folder))
        try:
            staged = documents.write_all_extracts(
                meeting,
                staging,
                settings=self.settings,
                template=template,
                layout=layout,
                public_only=public_only,
            )
            pairs = [(folder / p.name, p) for p in staged]
            written = self._commit_files(meeting_id, pairs, f"{what}: {folder}")
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return ExportResult(written, findings)

    def export_minutes(
        self,
        meeting_id: int,
        path: Path | None = None,
        *,
        public: bool = False,
        audit: bool = False,
        template: Path | None = None,
        layout: str | None = None,
    ) -> ExportResult:
        """The Niederschrift; `public` leaves out every non-public item, `audit` appends the
        Änderungsnachweis (only to the full minutes)."""
        from .. import documents
        from ..domain import checks  # loaded when first needed

        if audit and public:
            raise KnownError(
                "Der Änderungsnachweis kann nur der vollständigen Niederschrift angehängt werden "
                "(er kann nichtöffentliche Inhalte nennen)."
            )
        meeting = self.store.load_meeting(meeting_id)
        entries = [AuditEntry(**row) for row in self.store.audit(meeting_id)] if audit else []
        findings = checks.check_meeting(meeting, self.settings.majority_rule, public)
        what = "öffentliche Niederschrift" if public else "Niederschrift"
        self._review(findings, what)
        target = Path(path) if path else self.output_dir() / minutes_filename(meeting, public)

        def write(staged: Path) -> None:
            documents.write_minutes(
                meeting,
                staged,
                public=public,
                settings=self.settings,
                template=template,
                layout=layout,
                audit=entries,
            )

        written = self._publish(meeting_id, [(target, write)], f"{what}: {target}")
        return ExportResult(written, findings)

    def export_results(
        self,
        meeting_id: int,
        path: Path | None = None,
        *,
        csv_format: bool = False,
        public_only: bool = True,
        base_url: str | None = None,
    ) -> tuple[ExportResult, ResultsSummary]:
        """Outcomes and votes for the council system or an open-data portal: OParl 1.1 JSON
        (votes as extension) or CSV; public items only unless `public_only=False`."""
        from ..formats.results import DEFAULT_BASE, write_results

        meeting = self.store.load_meeting(meeting_id)
        kind = "CSV" if csv_format else "OParl"
        suffix = ".csv" if csv_format else ".json"
        target = (
            Path(path)
            if path
            else self.output_dir()
            / f"{meeting.date.isoformat()}_Ergebnisse_{meeting.number}{suffix}"
        )
        summaries = []

        def write(staged: Path) -> None:
            summaries.append(
                write_results(
                    meeting,
                    staged,
                    csv_format=csv_format,
                    public_only=public_only,
                    base_url=base_url or DEFAULT_BASE,
                )
            )

        written = self._publish(
            meeting_id, [(target, write)], f"Ergebnisse ({kind}): {target}", suffix=suffix
        )
        return ExportResult(written, []), summaries[0]

    def export_pdf(self, written: Sequence[Path]) -> list[Path]:
        """Each written .docx also as PDF beside it, converted by LibreOffice or Word (never a
        second layout); without a converter a German PdfError says so, the .docx stay."""
        from .. import documents

        return [documents.convert_to_pdf(path) for path in written if path.suffix == ".docx"]

    def _review(self, findings: list[Finding], what: str) -> None:
        if findings and not self.interaction.review_findings(findings, what):
            raise Cancelled(f"{what} wurde nicht geschrieben.")

    def _publish(
        self,
        meeting_id: int,
        targets: list[tuple[Path, Callable[[Path], None]]],
        what: str,
        suffix: str = ".docx",
    ) -> list[Path]:
        """Write each document beside its target, record the export, then put them in place."""
        pairs: list[tuple[Path, Path]] = []
        try:
            for target, write in targets:
                if target.is_dir():
                    raise ExportError(
                        f"„{target}“ ist ein Ordner. Bitte einen Dateinamen mit .docx angeben."
                    )
                folder = target.parent
                if not folder.is_dir():
                    try:
                        folder.mkdir(parents=True, exist_ok=True)
                    except OSError as exc:
                        raise ExportError(
                            f"Der Ordner „{folder}“ existiert nicht und kann nicht angelegt "
                            f"werden ({exc.strerror or exc})."
                        ) from exc
                staged = folder / f".~{target.stem[:60]}.{os.getpid()}.pending{suffix}"
                write(staged)
                pairs.append((target, staged))
            return self._commit_files(meeting_id, pairs, what)
        finally:
            for _, staged in pairs:
                with contextlib.suppress(OSError):
                    staged.unlink()

    def _commit_files(
        self, meeting_id: int, pairs: list[tuple[Path, Path]], what: str
    ) -> list[Path]:
        """Record the export, then rename the staged files into place.

        A kill before the record leaves no document; after it, the row says what was meant to
        be written. A failed record writes nothing and says so: never a file without its row.
        """
        for target, _ in pairs:
            _check_replaceable(target)
        try:
            self.store.record_export(meeting_id, what)
        except StoreError as exc:
            raise ExportError(
                f"Es wurde nichts geschrieben: der Export kann nicht im Änderungsprotokoll "
                f"vermerkt werden ({exc}). Bitte in einem Moment erneut versuchen."
            ) from exc
        written = []
        for target, staged in pairs:
            try:
                os.replace(staged, target)
            except OSError as exc:
                from ..errors import os_reason

                raise ExportError(
                    f"„{target}“ konnte nicht geschrieben werden ({os_reason(exc)}). Bitte die "
                    "Datei schließen (z. B. in Word) und erneut exportieren."
                ) from exc
            written.append(target)
        return written

    # -- the resolution register (Beschlusskontrolle) --------------------------------------

    def resolutions(self, due_only: bool = False, today: dt.date | None = None) -> list[Resolution]:
        """Every resolution with its follow-up (suggested from the wording or set by her)."""
        from ..store import register

        return register.resolutions(self.store, due_only=due_only, today=today)

    def set_followup(self, item_id: int, due: dt.date | None, done: bool = False) -> None:
        """Her follow-up date for a resolution (None: none), and whether it is done."""
        from ..store import register

        register.set_followup(self.store, item_id, due, done)

    def export_register(
        self, rows: Sequence[Resolution], path: Path, *, title: str, docx: bool
    ) -> Path:
        """The register as CSV (for Excel) or as a Word table over the configured template."""
        if not docx:
            from ..store import register

            return register.write_csv(list(rows), Path(path))
        from ..documents import template_path
        from ..documents.register import write_register

        return write_register(list(rows), Path(path), template_path(self.settings), title=title)

    # -- backups ---------------------------------------------------------------------------

    def _backup_database(self, reason: str) -> object:
        from ..store.backup import create_backup

        return create_backup(self.store.path, reason=reason)

    def restore(self, backup: Path) -> RestoreResult:
        """Bring a backup back; the current state is backed up first."""
        from ..store.backup import restore

        result = restore(self.store.path, Path(backup), self.store.conn)
        self.settings = Settings.load(self.store)  # the backup's settings are the ones now
        return result


def _check_replaceable(target: Path) -> None:
    """An existing document that is open elsewhere (Word on Windows) is found before writing."""
    if not target.exists():
        return
    try:
        with open(target, "r+b"):
            pass
    except OSError as exc:
        from ..errors import os_reason

        raise ExportError(
            f"„{target}“ kann nicht überschrieben werden ({os_reason(exc)}): ist die Datei "
            "gerade in Word geöffnet? Bitte schließen und erneut exportieren."
        ) from exc
