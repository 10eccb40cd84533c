"""The documents: Protokollauszug, Niederschrift, Ergebnisse, PDF; recorded or not written."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..domain.model import (
    AuditEntry,
)
from ..errors import KnownError
from ..store import StoreError
from .base import (
    ExportError,
    ExportResult,
    OperationsBase,
    extracts_folder_name,
    item_by_number,
    minutes_filename,
)
from .interaction import Cancelled

if TYPE_CHECKING:
    from ..domain.checks import Finding
    from ..domain.followups import Resolution
    from ..formats.results import ResultsSummary


class ExportOperations(OperationsBase):
    """The documents of a meeting, each written and recorded in the audit, or neither."""

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

    def _ask_before_replacing(self, existing: list[Path]) -> None:
        """An earlier export is replaced only when she says so (the command line replaces, as
        its commands always have); no: nothing written, nothing recorded."""
        if not existing:
            return
        if len(existing) == 1:
            question = (
                f"„{existing[0].name}“ gibt es schon in „{existing[0].parent}“. "
                "Durch die neue Fassung ersetzen?"
            )
        else:
            question = (
                f"In „{existing[0].parent}“ gibt es schon {len(existing)} dieser Dateien "
                f"(z. B. „{existing[0].name}“). Alle durch die neue Fassung ersetzen?"
            )
        if not self.interaction.replace_files(question, existing):
            raise Cancelled("Nichts geschrieben: die vorhandene Fassung bleibt.")

    def _commit_files(
        self, meeting_id: int, pairs: list[tuple[Path, Path]], what: str
    ) -> list[Path]:
        """Record the export, then rename the staged files into place.

        A kill before the record leaves no document; after it, the row says what was meant to
        be written. A failed record writes nothing and says so: never a file without its row.
        """
        for target, _ in pairs:
            _check_replaceable(target)
        self._ask_before_replacing([target for target, _ in pairs if target.exists()])
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
