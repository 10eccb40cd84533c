"""The command line: `secretary-app [--db PATH] COMMAND ...`; without a command, the window.

Other tools script this interface, so it stays stable: errors go to stderr in German, exit
status 1 for a user error, 2 for wrong usage; a traceback only with --debug.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, paths
from .errors import KnownError

if TYPE_CHECKING:
    from .domain.model import AuditEntry, Meeting
    from .settings import Settings
    from .store import Store

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class _GermanParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: Aufruf fehlerhaft: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _GermanParser(
        prog="secretary-app",
        description="Protokollant – Sitzungsprotokolle für Ausschüsse. Ohne Befehl startet das "
        "Programmfenster.",
    )
    p.add_argument("--version", action="version", version=f"Protokollant {__version__}")
    p.add_argument("--db", metavar="PATH", help="Datenbankdatei (Standard: im Benutzerordner)")
    p.add_argument("--debug", action="store_true", help="Fehlerdetails ausgeben")
    p.add_argument(
        "--demo", action="store_true", help="Fenster mit der Beispielsitzung in einer Wegwerf-DB"
    )
    p.add_argument(
        "--screenshot", metavar="PNG", help="Hauptfenster als Bild speichern und beenden"
    )
    p.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="BEFEHL", parser_class=_GermanParser)

    s = sub.add_parser("import", help="Sitzungsdatei (JSON) importieren")
    s.add_argument("file", metavar="DATEI")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser(
        "agenda", help="Tagesordnung einlesen (Text, CSV, OParl, Word-Einladung) und anfügen"
    )
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.add_argument(
        "source", metavar="DATEI_ODER_URL", help="Datei, OParl-Adresse (http/https) oder - für Text"
    )
    s.add_argument("--format", choices=("text", "csv", "oparl", "docx"), help="sonst erkannt")
    s.add_argument(
        "--replace", action="store_true", help="vorhandene Tagesordnung ersetzen statt anfügen"
    )
    s.set_defaults(func=cmd_agenda)

    s = sub.add_parser("list", help="Sitzungen auflisten")
    s.set_defaults(func=cmd_list)

    s = sub.add_parser("dump", help="Sitzung als Sitzungsdatei (JSON) schreiben")
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.add_argument("-o", "--output", metavar="DATEI", required=True)
    s.set_defaults(func=cmd_dump)

    s = sub.add_parser("extract", help="Protokollauszug eines Punktes (oder aller) als Word-Datei")
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.add_argument(
        "item", metavar="TOP", nargs="?", help="Nummer des Tagesordnungspunktes, z. B. 7.1"
    )
    s.add_argument("--all", action="store_true", help="alle Punkte, eine Datei je Punkt")
    s.add_argument("--public", action="store_true", help="nur öffentliche Punkte")
    s.add_argument("-o", "--output", metavar="DATEI_ODER_ORDNER", required=True)
    s.add_argument("--template", metavar="VORLAGE.docx", help="eigene Word-Vorlage")
    s.set_defaults(func=cmd_extract)

    s = sub.add_parser("minutes", help="Niederschrift der Sitzung als Word-Datei")
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.add_argument(
        "--public", action="store_true", help="öffentliche Fassung (ohne nichtöff. TOPs)"
    )
    s.add_argument("-o", "--output", metavar="DATEI", required=True)
    s.add_argument("--template", metavar="VORLAGE.docx", help="eigene Word-Vorlage")
    s.add_argument(
        "--audit",
        action="store_true",
        help="Änderungsnachweis anhängen (Abschluss, Wiederöffnen, spätere Änderungen)",
    )
    s.set_defaults(func=cmd_minutes)

    s = sub.add_parser("backups", help="Sicherungen der Datenbank auflisten")
    s.set_defaults(func=cmd_backups)

    s = sub.add_parser(
        "restore", help="Sicherung wiederherstellen (der jetzige Stand wird vorher gesichert)"
    )
    s.add_argument("backup", metavar="SICHERUNG", help="Sicherungsdatei (siehe „backups“)")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser("finalize", help="Sitzung abschließen (danach schreibgeschützt)")
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.set_defaults(func=cmd_finalize)

    s = sub.add_parser("audit", help="Änderungsprotokoll einer Sitzung (Abschluss, Änderungen)")
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.set_defaults(func=cmd_audit)

    s = sub.add_parser("search", help="Im Archiv suchen (alle Sitzungen, Punkte, Beschlüsse)")
    s.add_argument("text", metavar="TEXT", nargs="+", help="Suchwörter (alle müssen vorkommen)")
    s.add_argument("--gremium", metavar="NAME", help="nur Sitzungen dieses Gremiums")
    s.add_argument("--seit", metavar="DATUM", help="nur Sitzungen ab diesem Tag (TT.MM.JJJJ)")
    s.set_defaults(func=cmd_search)

    s = sub.add_parser("beschluesse", help="Beschlusskontrolle: alle Beschlüsse mit Wiedervorlage")
    s.add_argument("--faellig", action="store_true", help="nur fällige Wiedervorlagen")
    s.add_argument("--csv", metavar="DATEI", help="als CSV-Datei schreiben")
    s.add_argument("--docx", metavar="DATEI", help="als Word-Datei schreiben")
    s.set_defaults(func=cmd_resolutions)

    s = sub.add_parser("reopen", help="Abgeschlossene Sitzung wieder öffnen")
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.add_argument("--reason", metavar="GRUND", required=True, help="Grund (wird protokolliert)")
    s.set_defaults(func=cmd_reopen)
    return p


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else paths.default_db_path()


def open_store(args: argparse.Namespace) -> Store:
    from .store import Store

    return Store.open(db_path(args))


@contextlib.contextmanager
def writing_store(args: argparse.Namespace) -> Iterator[Store]:
    """The store, opened under the one-writer lock (another open window refuses us)."""
    from .store.lock import acquire_writer_lock

    lock = acquire_writer_lock(db_path(args))
    try:
        store = open_store(args)
        try:
            yield store
        finally:
            store.close()
    finally:
        lock.release()


def cmd_import(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from .formats import meeting_file, oparl
    from .store.meetings import import_meeting

    if oparl.is_oparl_source(args.file):
        return _import_oparl(args, out)
    result = meeting_file.read_file(Path(args.file))
    for w in result.warnings:
        print(f"Hinweis: {w}", file=sys.stderr)
    with writing_store(args) as store:
        meeting_id = import_meeting(store, result.meeting)
    m = result.meeting
    out(
        f"Importiert: {m.number}. Sitzung {m.committee.name} vom {m.date:%d.%m.%Y}, "
        f"{len(m.agenda)} Tagesordnungspunkte."
    )
    out(str(meeting_id))
    return EXIT_OK


def _import_oparl(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """A new meeting from an OParl Meeting file or URL; the next free number if it has none."""
    from .formats import oparl
    from .store.meetings import import_meeting

    notes: list[str] = []
    source = args.file if oparl.is_url(args.file) else Path(args.file)
    m = oparl.read_oparl_meeting(source, notes=notes)
    for note in notes:
        print(f"Hinweis: {note}", file=sys.stderr)
    with writing_store(args) as store:
        if m.number == 0:
            known = next((c for c in store.committees() if c.name == m.committee.name), None)
            m.number = store.next_meeting_number(known.id) if known and known.id else 1
        meeting_id = import_meeting(store, m)
    out(
        f"Importiert (OParl): {m.number}. Sitzung {m.committee.name} vom {m.date:%d.%m.%Y}, "
        f"{len(m.agenda)} Tagesordnungspunkte."
    )
    out(str(meeting_id))
    return EXIT_OK


def cmd_agenda(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """Read an agenda (file, URL or stdin) and add it to a meeting in one transaction."""
    from .formats import agenda, oparl

    if oparl.is_url(args.source):
        if args.format not in (None, "oparl"):
            raise agenda.AgendaFormatError("Eine Adresse (URL) kann nur OParl sein.")
        result = oparl.fetch_agenda(args.source)
    elif args.source == "-":
        result = agenda.read_agenda(sys.stdin.buffer.read(), args.format)
    else:
        result = agenda.read_agenda(Path(args.source), args.format)
    with writing_store(args) as store:
        store.replace_agenda(args.meeting, result.items, args.replace)
    for note in result.notes:
        print(f"Hinweis: {note}", file=sys.stderr)
    for item in result.items:
        part = "öffentlich" if item.public else "nichtöffentlich"
        out("\t".join((item.number, part, item.title, item.paper, item.outcome)).rstrip("\t"))
    verb = "ersetzt durch" if args.replace else "ergänzt um"
    out(f"Tagesordnung der Sitzung {args.meeting} {verb} {len(result.items)} Punkte.")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    store = open_store(args)
    try:
        for m in store.list_meetings():
            out(f"{m.id}\t{m.date.isoformat()}\t{m.number}\t{m.committee}")
    finally:
        store.close()
    return EXIT_OK


def cmd_dump(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from .formats import meeting_file

    store = open_store(args)
    try:
        meeting = store.load_meeting(args.meeting)
    finally:
        store.close()
    meeting_file.write_file(meeting, Path(args.output))
    out(f"Geschrieben: {args.output}")
    return EXIT_OK


def _meeting_and_settings(args: argparse.Namespace) -> tuple[Meeting, Settings]:
    from .settings import Settings

    store = open_store(args)
    try:
        return store.load_meeting(args.meeting), Settings.load(store)
    finally:
        store.close()


def cmd_extract(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from . import documents

    if args.all == bool(args.item):
        print("Fehler: entweder eine TOP-Nummer oder --all angeben.", file=sys.stderr)
        return EXIT_USAGE
    meeting, settings = _meeting_and_settings(args)
    template = Path(args.template) if args.template else None
    if args.all:
        written = documents.write_all_extracts(
            meeting,
            Path(args.output),
            settings=settings,
            template=template,
            public_only=args.public,
        )
        what = "öffentliche Protokollauszüge" if args.public else "alle Protokollauszüge"
        _record_export(args, meeting, f"{what}: {args.output}")
        for path in written:
            out(f"Geschrieben: {path}")
        out(f"{len(written)} Protokollauszüge geschrieben.")
        return EXIT_OK
    item = meeting.item(args.item.strip())
    if item is None:
        valid = ", ".join(it.number for it in meeting.agenda) or "keine"
        raise KnownError(
            f"Den Tagesordnungspunkt „{args.item}“ gibt es in Sitzung {args.meeting} nicht. "
            f"Vorhandene Punkte: {valid}."
        )
    if args.public and not item.public:
        raise KnownError(
            f"Tagesordnungspunkt {item.number} ist nichtöffentlich; mit --public wird kein "
            "Protokollauszug davon geschrieben."
        )
    documents.write_extract(meeting, item, Path(args.output), settings=settings, template=template)
    _record_export(args, meeting, f"Protokollauszug TOP {item.number}: {args.output}")
    out(f"Geschrieben: {args.output}")
    return EXIT_OK


def _record_export(args: argparse.Namespace, meeting: Meeting, what: str) -> None:
    """Note the export in the audit trail; from now on changes of the meeting are audited.

    One INSERT, done without the one-writer lock: exporting stays possible while the window
    has the meeting open, and SQLite serialises the write with the window's.
    """
    if meeting.id is None:
        return
    store = open_store(args)
    try:
        store.record_export(meeting.id, what)
    finally:
        store.close()


def cmd_minutes(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from . import documents

    meeting, settings = _meeting_and_settings(args)
    template = Path(args.template) if args.template else None
    audit = []
    if args.audit:
        if args.public:
            raise KnownError(
                "Der Änderungsnachweis kann nur der vollständigen Niederschrift angehängt werden "
                "(er kann nichtöffentliche Inhalte nennen)."
            )
        audit = _audit_entries(args, meeting.id)
    documents.write_minutes(
        meeting,
        Path(args.output),
        public=args.public,
        settings=settings,
        template=template,
        audit=audit,
    )
    what = "öffentliche Niederschrift" if args.public else "Niederschrift"
    _record_export(args, meeting, f"{what}: {args.output}")
    out(f"Geschrieben: {args.output}")
    return EXIT_OK


def _audit_entries(args: argparse.Namespace, meeting_id: int | None) -> list[AuditEntry]:
    from .domain.model import AuditEntry

    store = open_store(args)
    try:
        return [AuditEntry(**row) for row in store.audit(meeting_id or 0)]
    finally:
        store.close()


def cmd_backups(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from .store.backup import backup_dir_for, list_backups

    backups = list_backups(db_path(args))
    if not backups:
        print(f"Keine Sicherungen in {backup_dir_for(db_path(args))}.", file=sys.stderr)
    for b in backups:
        out(f"{b.path}\t{b.created:%d.%m.%Y %H:%M:%S}\t{b.reason_label}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from .store.backup import restore
    from .store.lock import acquire_writer_lock

    lock = acquire_writer_lock(db_path(args))
    try:
        result = restore(db_path(args), Path(args.backup))
    finally:
        lock.release()
    out(f"Wiederhergestellt: {result.restored}")
    out(f"Der vorherige Stand ist gesichert in: {result.safety_copy}")
    return EXIT_OK


def cmd_finalize(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    with writing_store(args) as store:
        meeting = store.load_meeting(args.meeting)
        if meeting.finalized:
            out(f"Die Sitzung {args.meeting} ist bereits abgeschlossen.")
            return EXIT_OK
        store.set_finalized(args.meeting, True)
    out(f"Abgeschlossen: {meeting.title}. Sie ist jetzt schreibgeschützt.")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """One line per entry: when, what, detail, old → new (tab-separated)."""
    from .domain.model import AUDIT_ACTION_LABELS

    store = open_store(args)
    try:
        store.load_meeting(args.meeting)  # a clear message for an unknown meeting
        rows = store.audit(args.meeting)
    finally:
        store.close()
    if not rows:
        print(f"Für die Sitzung {args.meeting} gibt es keine Einträge.", file=sys.stderr)
    for r in rows:
        change = f"{r['old']} → {r['new']}" if r["old"] or r["new"] else ""
        what = AUDIT_ACTION_LABELS.get(r["action"], r["action"])
        out("\t".join((r["at"], what, r["detail"], change)).rstrip("\t"))
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    reason = args.reason.strip()
    if not reason:
        raise KnownError("Bitte geben Sie mit --reason einen Grund für das Wiederöffnen an.")
    with writing_store(args) as store:
        meeting = store.load_meeting(args.meeting)
        if not meeting.finalized:
            out(f"Die Sitzung {args.meeting} ist nicht abgeschlossen.")
            return EXIT_OK
        store.set_finalized(args.meeting, False, reason=reason)
    out(f"Wieder geöffnet: {meeting.title}. Grund: {reason}")
    return EXIT_OK


def _german_date(text: str) -> dt.date:
    for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            pass
    raise KnownError(f"„{text}“ ist kein Datum. Bitte im Format TT.MM.JJJJ angeben.")


def cmd_search(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """Hits grouped by meeting and item; non-public items are marked."""
    from .store import search

    since = _german_date(args.seit) if args.seit else None
    store = open_store(args)
    try:
        if store.search_index_pending:
            print("Der Suchindex wird einmalig aufgebaut …", file=sys.stderr)
            search.build_index(store.path)
            store.close()
            store = open_store(args)
        result = search.search(store, " ".join(args.text), committee=args.gremium, since=since)
    finally:
        store.close()
    if not result.hits:
        print("Nichts gefunden.", file=sys.stderr)
        return EXIT_OK
    meeting = item = None
    for hit in result.hits:
        if hit.meeting_id != meeting:
            meeting, item = hit.meeting_id, None
            out(
                f"{hit.meeting_date:%d.%m.%Y} {hit.meeting_number}. Sitzung {hit.committee} "
                f"(Sitzung {hit.meeting_id})"
            )
        if hit.item_id != item:
            item = hit.item_id
            mark = "" if hit.public else " [nichtöffentlich]"
            paper = f" {hit.paper}" if hit.paper else ""
            out(f"  TOP {hit.item_number} {hit.item_title}{paper}{mark}")
        if hit.paragraph_id is not None:
            out(f"    Absatz {hit.paragraph_index + 1}: {hit.plain_snippet()}")
    if result.more:
        print(
            f"Es gibt mehr als {len(result.hits)} Treffer; bitte die Suche eingrenzen "
            "(weitere Wörter, --gremium, --seit).",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_resolutions(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """The register: one line per resolution; follow-ups suggested from the wording."""
    from .store import register

    store = open_store(args)
    try:
        rows = register.resolutions(store, due_only=args.faellig)
        if args.docx:
            from .documents import template_path
            from .documents.register import write_register
            from .settings import Settings

            title = "Wiedervorlagen" if args.faellig else "Beschlusskontrolle"
            source = template_path(Settings.load(store))
            write_register(rows, Path(args.docx), source, title=title)
    finally:
        store.close()
    if args.csv:
        register.write_csv(rows, Path(args.csv))
    if args.csv or args.docx:
        for target in (args.csv, args.docx):
            if target:
                out(f"Geschrieben: {target} ({len(rows)} Beschlüsse)")
        return EXIT_OK
    if not rows:
        what = "fälligen Wiedervorlagen" if args.faellig else "Beschlüsse"
        print(f"Keine {what}.", file=sys.stderr)
    today = dt.date.today()
    for r in rows:
        due = f"{r.due:%d.%m.%Y}" if r.due else "-"
        state = "erledigt" if r.done else ("fällig" if r.is_due(today) else "")
        part = "" if r.public else " [nichtöffentlich]"
        wording = " ".join(r.wording.split())
        out(
            "\t".join(
                (
                    f"{r.meeting_date:%d.%m.%Y}",
                    r.committee,
                    f"TOP {r.item_number} {r.item_title}{part}",
                    r.paper,
                    r.outcome,
                    f"Wiedervorlage {due}",
                    state,
                    wording,
                )
            )
        )
    return EXIT_OK


def _run_gui(args: argparse.Namespace) -> int:
    if args.self_test:  # checks an installation; touches no user data (selftest.py)
        from .selftest import run_self_test

        return run_self_test()
    from .app import run

    if args.demo and not args.db:
        folder = tempfile.mkdtemp(prefix="protokollant-demo-")
        args.db = str(Path(folder) / "demo.sqlite")
    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .log import setup_logging

    setup_logging(args.debug)
    try:
        if args.command is None:
            return _run_gui(args)
        return int(args.func(args, print))
    except KnownError as exc:
        log.info("user error: %s", exc)
        if args.debug:
            raise
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: log it whole, tell the user briefly
        log.exception("unexpected error")
        if args.debug:
            raise
        print(
            f"Interner Fehler ({type(exc).__name__}): {exc}. Details stehen im Protokoll unter "
            f"{paths.log_dir()}. Mit --debug wird der vollständige Fehler angezeigt.",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
