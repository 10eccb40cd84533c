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
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, paths
from .errors import KnownError

if TYPE_CHECKING:
    from .domain.model import AgendaItem, Meeting
    from .session import Interaction, Operations

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


# argparse's own words, in German: it looks each up through the module's `_` at run time
_ARGPARSE_GERMAN = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe anzeigen und beenden",
    "show program's version number and exit": "Versionsnummer anzeigen und beenden",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "expected one argument": "erwartet einen Wert",
    "expected at most one argument": "erwartet höchstens einen Wert",
    "expected at least one argument": "erwartet mindestens einen Wert",
    "argument %(argument_name)s: %(message)s": "Angabe %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ungültige Wahl: %(value)r (möglich: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ungültiger Wert: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "mehrdeutige Option: %(option)s passt zu %(matches)s"
    ),
    "not allowed with argument %s": "nicht zusammen mit %s erlaubt",
    "one of the arguments %s is required": "eine dieser Angaben ist nötig: %s",
    "ignored explicit argument %r": "überzähliger Wert %r",
    "unexpected option string: %s": "unerwartete Option: %s",
    "subcommands": "Befehle",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
}


def _german(text: str) -> str:
    return _ARGPARSE_GERMAN.get(text, text)


def _german_n(singular: str, plural_form: str, n: int) -> str:
    if singular == "expected %s argument":
        return "erwartet %s Wert" if n == 1 else "erwartet %s Werte"
    return _german(singular if n == 1 else plural_form)


argparse._ = _german  # type: ignore[attr-defined]
argparse.ngettext = _german_n  # type: ignore[attr-defined]


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

    s = sub.add_parser(
        "import",
        help="Sitzungsdatei (JSON) oder OParl-Sitzung (Datei oder Adresse) importieren",
        description="Legt eine neue Sitzung an: aus einer Protokollant-Sitzungsdatei (JSON, "
        "siehe docs/FORMAT.md) oder aus einer OParl-1.0/1.1-Sitzung (Meeting-Objekt als Datei "
        "oder http(s)-Adresse). Die Nummer der neuen Sitzung steht in der letzten Zeile.",
    )
    s.add_argument("file", metavar="DATEI_ODER_URL", help="Sitzungsdatei oder OParl-Meeting")
    _oparl_meeting_option(s)
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
    s.add_argument(
        "--force", action="store_true", help="Ersetzen ohne Rückfrage (vorher wird gesichert)"
    )
    _oparl_meeting_option(s)
    s.set_defaults(func=cmd_agenda)

    s = sub.add_parser(
        "results", help="Ergebnisse und Abstimmungen als OParl-JSON (oder CSV) ausgeben"
    )
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.add_argument("-o", "--output", metavar="DATEI", required=True)
    s.add_argument("--csv", action="store_true", help="CSV, eine Zeile je Abstimmung")
    s.add_argument("--all", action="store_true", help="auch nichtöffentliche Punkte")
    s.add_argument("--base-url", metavar="URL", help="Adresse für die OParl-ids (sonst urn:)")
    s.set_defaults(func=cmd_results)

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
    _layout_options(s)
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
    _layout_options(s)
    s.set_defaults(func=cmd_minutes)

    s = sub.add_parser("template", help="Vorlagen: prüfen, mitgelieferte Layouts auflisten")
    template_sub = s.add_subparsers(
        dest="template_command", metavar="BEFEHL", required=True, parser_class=_GermanParser
    )
    t = template_sub.add_parser("check", help="Vorlage mit einer Beispielsitzung prüfen")
    t.add_argument("file", metavar="VORLAGE.docx")
    t.add_argument(
        "--art", choices=("auszug", "niederschrift"), help="sonst an den Platzhaltern erkannt"
    )
    t.add_argument(
        "--land",
        metavar="KÜRZEL",
        help="Bundesland (ISO 3166-2:DE, z. B. NI, NW, BY): warnen, wenn die Vorlage nie druckt, "
        "was dessen Kommunalverfassung in der Niederschrift verlangt; sonst das Land aus den "
        "Einstellungen",
    )
    t.set_defaults(func=cmd_template_check)
    t = template_sub.add_parser("list", help="mitgelieferte Layouts und ihre Dateien")
    t.set_defaults(func=cmd_template_list)

    s = sub.add_parser(
        "check",
        help="Protokoll auf Widersprüche prüfen (Exit 0: keine, 1: gefunden)",
        description="Listet je Zeile einen Widerspruch, TOP-Nummer zuerst: unplausible "
        "Abstimmungen, Zahlen im Text gegen die Zählung, „einstimmig“ mit Gegenstimmen, "
        "Ergebnis gegen Mehrheitsregel, Beschluss ohne Abstimmung, Abstimmung ohne Ergebnis, "
        "Redebeiträge abwesender Mitglieder. Mit --rechtschreibung danach jedes unbekannte "
        "Wort: „TOP 3: Rechtschreibung: „Haushaltsplahn“ (Haushaltsplan?)“.",
    )
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.add_argument(
        "--rechtschreibung",
        action="store_true",
        help="auch die Rechtschreibung prüfen: je unbekanntes Wort eine Zeile mit Vorschlag",
    )
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("vote", help="offene Abstimmung am Ende eines TOP eintragen")
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.add_argument("item", metavar="TOP")
    s.add_argument("--ja", dest="yes", type=_count, default=0, metavar="N")
    s.add_argument("--nein", dest="no", type=_count, default=0, metavar="N")
    s.add_argument("--enthaltung", dest="abstain", type=_count, default=0, metavar="N")
    s.add_argument("--label", metavar="TEXT", help="z. B. „zum Änderungsantrag der Fraktion X“")
    s.add_argument(
        "--art",
        dest="vote_kind",
        choices=("schluss", "aenderung", "verfahren"),
        help="Schlussabstimmung (entscheidet den TOP), Änderungsantrag oder Verfahrensantrag "
        "(Vertagung, Verweisung …); ohne Angabe aus der Bezeichnung vorgeschlagen",
    )
    s.add_argument("--time", type=_hhmm, metavar="HH:MM", help="Uhrzeit (Standard: jetzt)")
    s.add_argument(
        "--override", metavar="GRUND", help="unplausible Abstimmung trotzdem eintragen, mit Grund"
    )
    s.set_defaults(func=cmd_vote)

    s = sub.add_parser("attendance", help="Anwesenheit eines Mitglieds setzen")
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.add_argument("member", metavar="MITGLIED", help="Schlüssel des Mitglieds")
    s.add_argument("--absent", action="store_true", help="abwesend (sonst anwesend)")
    s.add_argument("--from", dest="arrived", type=_hhmm, metavar="HH:MM", help="gekommen um")
    s.add_argument("--until", dest="left", type=_hhmm, metavar="HH:MM", help="gegangen um")
    s.add_argument("--note", metavar="TEXT", help="Vermerk, z. B. „entschuldigt“")
    s.set_defaults(func=cmd_attendance)

    s = sub.add_parser(
        "clock",
        help="Sitzung beginnen, unterbrechen, fortsetzen, beenden (ein versehentliches Ende: "
        "ende-zuruecknehmen)",
    )
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.add_argument(
        "action",
        choices=("beginnen", "unterbrechen", "fortsetzen", "beenden", "ende-zuruecknehmen"),
    )
    s.add_argument("--at", type=_hhmm, metavar="HH:MM", help="Uhrzeit (Standard: jetzt)")
    s.set_defaults(func=cmd_clock)

    s = sub.add_parser(
        "times",
        help="Sitzungszeiten korrigieren (Beginn, Unterbrechungen, Ende)",
        description="Korrigiert die Zeiten einer Sitzung, etwa einen zu spät gedrückten Beginn. "
        "Nicht Angegebenes bleibt, wie es ist; ohne Optionen werden die Zeiten gezeigt.",
    )
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.add_argument("--beginn", metavar="HH:MM")
    s.add_argument("--ende", metavar="HH:MM", help="„keins“: die Sitzung läuft noch")
    s.add_argument(
        "--unterbrechung",
        metavar="VON-BIS",
        action="append",
        help="z. B. 18:10-18:25; mehrfach für mehrere; ersetzt die bisherigen",
    )
    s.add_argument(
        "--keine-unterbrechungen", action="store_true", help="alle Unterbrechungen entfernen"
    )
    s.set_defaults(func=cmd_times)

    s = sub.add_parser("delete-item", help="Tagesordnungspunkt mit seinem Protokoll löschen")
    s.add_argument("meeting", metavar="SITZUNG", type=int)
    s.add_argument("item", metavar="TOP")
    s.add_argument(
        "--force", action="store_true", help="ohne Rückfrage löschen (vorher wird gesichert)"
    )
    s.set_defaults(func=cmd_delete_item)

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


def _oparl_meeting_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--meeting",
        dest="oparl_meeting",
        metavar="ID",
        help="Sitzung aus einer OParl-Liste von Sitzungen (id oder ihr letzter Teil)",
    )


def _layout_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--layout",
        metavar="NAME",
        help="mitgeliefertes Layout (referenz, karlsruhe, beschluss, zu-punkt) oder Ordner "
        "mit auszug.docx und niederschrift.docx; sonst das aus den Einstellungen",
    )
    parser.add_argument(
        "--pdf", action="store_true", help="zusätzlich als PDF (LibreOffice oder Word nötig)"
    )


def cmd_template_check(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from . import documents

    findings = documents.check_template(Path(args.file), args.art)
    if not findings:
        out(
            f"Die Vorlage „{args.file}“ ist in Ordnung: die Beispielsitzung wird fehlerfrei "
            "geschrieben."
        )
        land = args.land or _stored_land(args)
        if land:
            try:
                warnings = documents.law_warnings(Path(args.file), land, args.art)
            except ValueError as exc:
                print(str(exc), file=sys.stderr)
                return EXIT_USER_ERROR
            for warning in warnings:
                out(f"  • {warning}")
            if not warnings:
                out(f"  Sie druckt alles, was für {land.upper()} verlangt ist.")
        return EXIT_OK
    print(f"Die Vorlage „{args.file}“ kann so nicht verwendet werden:", file=sys.stderr)
    for finding in findings:
        print(f"  • {finding}", file=sys.stderr)
    return EXIT_USER_ERROR


def _stored_land(args: argparse.Namespace) -> str | None:
    """The Land of the settings, as „Vorlage prüfen“ in the window uses it; None without a
    database (a template check creates none)."""
    if not db_path(args).exists():
        return None
    with reading_operations(args) as ops:
        return ops.settings.land


def cmd_template_list(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from . import documents

    for layout in documents.shipped_layouts():
        out(f"{layout.name}\t{layout.label}")
        for path in documents.layout_files(layout.name).values():
            out(f"\t{path}")
    return EXIT_OK


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"„{text}“ ist keine ganze Zahl ≥ 0")
    if len(text) > 4:
        raise argparse.ArgumentTypeError(f"„{text}“ ist zu groß für eine Stimmenzahl")
    return int(text)


def _hhmm(text: str) -> str:
    from .domain.session_times import normalise_time

    found = normalise_time(text)
    if not found:
        raise argparse.ArgumentTypeError(f"„{text}“ ist keine Uhrzeit HH:MM")
    return found


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else paths.default_db_path()


def interaction(args: argparse.Namespace, *, force: bool | None = None) -> Interaction:
    """The command's flags answer the operations' questions (`--force`, `--override`)."""
    from .session.answers import CommandLineInteraction

    return CommandLineInteraction(
        force=bool(getattr(args, "force", False)) if force is None else force,
        reason=getattr(args, "override", None),
    )


def writing_operations(
    args: argparse.Namespace, *, force: bool | None = None
) -> contextlib.AbstractContextManager[Operations]:
    """The operations under the one-writer lock (another open window refuses us)."""
    from .session.database import opened

    return opened(db_path(args), interaction(args, force=force), writing=True)


def reading_operations(args: argparse.Namespace) -> contextlib.AbstractContextManager[Operations]:
    """Operations without the one-writer lock: exports stay possible while the window has the
    meeting open (their one audit INSERT is serialised by SQLite with the window's writes)."""
    from .session.database import opened

    return opened(db_path(args), interaction(args))


def cmd_import(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from .formats import oparl
    from .session.base import plural

    with writing_operations(args) as ops:
        if oparl.is_oparl_source(args.file):
            source = args.file if oparl.is_url(args.file) else Path(args.file)
            with _meeting_list_shown():
                result = ops.import_oparl(source, meeting_id=args.oparl_meeting)
            kind = " (OParl)"
        else:
            result = ops.import_file(Path(args.file))
            kind = ""
    for note in result.notes:
        print(f"Hinweis: {note}", file=sys.stderr)
    m = result.meeting
    out(
        f"Importiert{kind}: {m.number}. Sitzung {m.committee.name} vom {m.date:%d.%m.%Y}, "
        f"{plural(len(m.agenda), 'Tagesordnungspunkt', 'Tagesordnungspunkte')}."
    )
    out(str(result.meeting_id))
    return EXIT_OK


def cmd_agenda(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """Read an agenda (file, URL or stdin) and add it to a meeting in one transaction."""
    from .formats import agenda, oparl
    from .session.base import plural

    with _meeting_list_shown():
        if oparl.is_url(args.source):
            if args.format not in (None, "oparl"):
                raise agenda.AgendaFormatError("Eine Adresse (URL) kann nur OParl sein.")
            result = oparl.fetch_agenda(args.source, meeting_id=args.oparl_meeting)
        elif args.source == "-":
            result = agenda.read_agenda(sys.stdin.buffer.read(), args.format, args.oparl_meeting)
        else:
            result = agenda.read_agenda(Path(args.source), args.format, args.oparl_meeting)
    with writing_operations(args) as ops:
        ops.replace_agenda(args.meeting, result.items, args.replace)
    for note in result.notes:
        print(f"Hinweis: {note}", file=sys.stderr)
    for item in result.items:
        part = "öffentlich" if item.public else "nichtöffentlich"
        out("\t".join((item.number, part, item.title, item.paper, item.outcome)).rstrip("\t"))
    verb = "ersetzt durch" if args.replace else "ergänzt um"
    count = plural(len(result.items), "Punkt", "Punkte")
    out(f"Tagesordnung der Sitzung {args.meeting} {verb} {count}.")
    return EXIT_OK


@contextlib.contextmanager
def _meeting_list_shown() -> Iterator[None]:
    """A file listing several meetings: print them (id, date, name) before the error."""
    from .formats.oparl import MeetingListError

    try:
        yield
    except MeetingListError as exc:
        for choice in exc.choices:
            print(f"{choice.id}\t{choice.label}", file=sys.stderr)
        raise


def cmd_results(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """Outcomes and votes as OParl 1.1 JSON (votes as extension) or CSV; public items only."""
    with reading_operations(args) as ops:
        result, summary = ops.export_results(
            args.meeting,
            Path(args.output),
            csv_format=args.csv,
            public_only=not args.all,
            base_url=args.base_url,
        )
    if summary.non_public_items:
        print(
            f"Achtung: Die Datei enthält {summary.non_public_items} nichtöffentliche(n) "
            "Tagesordnungspunkt(e). Nicht veröffentlichen.",
            file=sys.stderr,
        )
    out(f"Geschrieben: {args.output} ({summary.items} Punkte, {summary.votes} Abstimmungen)")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    with reading_operations(args) as ops:
        for m in ops.list_meetings():
            out(f"{m.id}\t{m.date.isoformat()}\t{m.number}\t{m.committee}")
    return EXIT_OK


def cmd_dump(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    with reading_operations(args) as ops:
        ops.export_meeting_file(args.meeting, Path(args.output))
    out(f"Geschrieben: {args.output}")
    return EXIT_OK


def cmd_extract(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from .session.base import plural

    if args.all == bool(args.item):
        print("Fehler: entweder eine TOP-Nummer oder --all angeben.", file=sys.stderr)
        return EXIT_USAGE
    template = Path(args.template) if args.template else None
    with reading_operations(args) as ops:
        if args.all:
            result = ops.export_all_extracts(
                args.meeting,
                Path(args.output),
                template=template,
                layout=args.layout,
                public_only=args.public,
            )
        else:
            result = ops.export_extract(
                args.meeting,
                args.item,
                Path(args.output),
                template=template,
                layout=args.layout,
                public_only=args.public,
            )
        for path in result.paths:
            out(f"Geschrieben: {path}")
        if args.all:
            count = plural(len(result.paths), "Protokollauszug", "Protokollauszüge")
            out(f"{count} geschrieben.")
        if args.pdf:
            for pdf in ops.export_pdf(result.paths):
                out(f"Geschrieben: {pdf}")
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    template = Path(args.template) if args.template else None
    with reading_operations(args) as ops:
        result = ops.export_minutes(
            args.meeting,
            Path(args.output),
            public=args.public,
            audit=args.audit,
            template=template,
            layout=args.layout,
        )
        for path in result.paths:
            out(f"Geschrieben: {path}")
        if args.pdf:
            for pdf in ops.export_pdf(result.paths):
                out(f"Geschrieben: {pdf}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """One line per contradiction; exit 0 when clean, 1 with findings."""
    from .session.base import plural

    spelling: list[str] = []
    with reading_operations(args) as ops:
        meeting = ops.meeting(args.meeting)
        findings = ops.check(meeting)
        if args.rechtschreibung:
            from .session import spelling as spelling_check

            spelling = spelling_check.findings(ops, meeting)
    for finding in findings:
        out(str(finding))
    for line in spelling:
        out(line)
    if args.rechtschreibung:
        words = plural(len(spelling), "unbekanntes Wort", "unbekannte Wörter")
        print(f"Rechtschreibung: {words}.", file=sys.stderr)
    if not findings:
        print(f"Keine Widersprüche in: {meeting.title}.", file=sys.stderr)
        return EXIT_USER_ERROR if spelling else EXIT_OK
    print(f"{plural(len(findings), 'Widerspruch', 'Widersprüche')} gefunden.", file=sys.stderr)
    return EXIT_USER_ERROR


def _item_of(meeting: Meeting, number: str) -> AgendaItem:
    from .session.base import item_by_number

    return item_by_number(meeting, number)


_VOTE_KIND_ARG = {"schluss": "final", "aenderung": "amendment", "verfahren": "procedural"}


def cmd_vote(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """Record an open vote at the end of an item's minutes and set the suggested outcome."""
    from .domain.model import Vote

    with writing_operations(args) as ops:
        meeting = ops.meeting(args.meeting)
        item = _item_of(meeting, args.item)
        vote = Vote(
            yes=args.yes,
            no=args.no,
            abstain=args.abstain,
            label=args.label or "",
            time=args.time,
            kind=_VOTE_KIND_ARG.get(args.vote_kind or "", ""),
        )
        recorded = ops.record_vote(meeting, item, vote, append=True)
    from .domain.rules import VOTE_KINDS, vote_kind

    out(
        f"Abstimmung zu TOP {item.number} eingetragen ({VOTE_KINDS[vote_kind(vote)]}): "
        f"Ja {vote.yes}, Nein {vote.no}, Enthaltung {vote.abstain}."
    )
    if recorded.outcome_changed:
        out(f"Ergebnis: {recorded.outcome_after}")
    return EXIT_OK


def cmd_attendance(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from .domain.model import Attendance

    with writing_operations(args) as ops:
        meeting = ops.meeting(args.meeting)
        member = meeting.committee.member(args.member)
        if member is None:
            keys = ", ".join(m.key for m in meeting.committee.members)
            raise KnownError(f"„{args.member}“ ist kein Mitglied. Mitglieder: {keys}.")
        ops.set_attendance(
            meeting,
            Attendance(
                member=member.key,
                present=not args.absent,
                arrived=args.arrived,
                left=args.left,
                note=args.note or "",
            ),
        )
    state = "abwesend" if args.absent else "anwesend"
    out(f"{member.display_name}: {state}.")
    return EXIT_OK


def cmd_clock(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """start | interrupt | resume | end of the session, at --at or now."""
    # the command names what it does: `clock beenden` is its own "yes" to ending
    with writing_operations(args, force=True) as ops:
        meeting = ops.meeting(args.meeting)
        if args.action == "ende-zuruecknehmen":
            ops.take_back_end(meeting)
            out(f"Sitzung {args.meeting}: das Ende ist zurückgenommen, sie läuft weiter.")
            return EXIT_OK
        action = {
            "beginnen": ops.start_session,
            "unterbrechen": ops.interrupt,
            "fortsetzen": ops.resume,
            "beenden": ops.end_session,
        }[args.action]
        action(meeting, args.at)
    out(f"Sitzung {args.meeting}: {args.action} ({args.at or 'jetzt'}).")
    return EXIT_OK


def cmd_times(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """Show or correct begin, interruptions and end (`domain.session_times` checks them)."""
    from .domain.session_times import format_interruptions, parse_interruptions, parse_time

    asked = (args.beginn, args.ende, args.unterbrechung) != (None, None, None)
    opened = writing_operations if asked or args.keine_unterbrechungen else reading_operations
    with opened(args) as ops:
        meeting = ops.meeting(args.meeting)
        start, end, pauses = meeting.start, meeting.end, list(meeting.interruptions)
        if args.beginn is not None:
            start = parse_time(args.beginn, "Beginn")
        if args.ende is not None:
            end = None if args.ende.strip().lower() == "keins" else parse_time(args.ende, "Ende")
        if args.keine_unterbrechungen:
            pauses = []
        elif args.unterbrechung:
            pauses = parse_interruptions("\n".join(args.unterbrechung))
        changed = (start, end, pauses) != (meeting.start, meeting.end, meeting.interruptions)
        if changed:
            ops.correct_times(meeting, start, end, pauses)
    out(f"Beginn: {meeting.start or '–'}")
    for line in format_interruptions(meeting.interruptions).splitlines():
        out(f"Unterbrechung: {line}")
    out(f"Ende: {meeting.end or '–'}")
    return EXIT_OK


def cmd_delete_item(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    with writing_operations(args) as ops:
        meeting = ops.meeting(args.meeting)
        item = _item_of(meeting, args.item)
        ops.delete_item(meeting, item)
    out(f"TOP {item.number} gelöscht.")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from .session.archive import backup_folder, list_backups

    backups = list_backups(db_path(args))
    if not backups:
        print(f"Keine Sicherungen in {backup_folder(db_path(args))}.", file=sys.stderr)
    for b in backups:
        out(f"{b.path}\t{b.created:%d.%m.%Y %H:%M:%S}\t{b.reason_label}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from .session.archive import restore_backup

    result = restore_backup(db_path(args), Path(args.backup))
    out(f"Wiederhergestellt: {result.restored}")
    out(f"Der vorherige Stand ist gesichert in: {result.safety_copy}")
    return EXIT_OK


def cmd_finalize(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    # typing the command is her confirmation (the window asks in a dialog)
    with writing_operations(args, force=True) as ops:
        title = ops.meeting(args.meeting).title
        if not ops.finalize(args.meeting):
            out(f"Die Sitzung {args.meeting} ist bereits abgeschlossen.")
            return EXIT_OK
    out(
        f"Abgeschlossen: {title}. Sie ist jetzt schreibgeschützt; wieder öffnen mit "
        f"{paths.command_hint('reopen', str(args.meeting), '--reason', 'GRUND')}."
    )
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """One line per entry: when, what, detail, old → new (tab-separated)."""
    from .domain.model import AUDIT_ACTION_LABELS

    with reading_operations(args) as ops:
        rows = ops.audit(args.meeting)
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
    with writing_operations(args) as ops:
        title = ops.meeting(args.meeting).title
        if not ops.reopen(args.meeting, reason):
            out(f"Die Sitzung {args.meeting} ist nicht abgeschlossen.")
            return EXIT_OK
    out(f"Wieder geöffnet: {title}. Grund: {reason}")
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
    since = _german_date(args.seit) if args.seit else None
    with reading_operations(args) as ops:
        if ops.search_index_pending:
            print("Der Suchindex wird einmalig aufgebaut …", file=sys.stderr)
        result = ops.search(
            " ".join(args.text), committee=args.gremium, since=since, build_index=True
        )
    if not result.hits:
        print("Nichts gefunden.", file=sys.stderr)
        return EXIT_OK
    meeting = item = None
    inside = False
    for hit in result.hits:
        if hit.inside and not inside:  # whole words above, words inside compounds below
            inside, meeting = True, None
            out("In zusammengesetzten Wörtern:")
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
            head = hit.plain_snippet() if hit.paragraph_id is None else hit.item_title
            out(f"  TOP {hit.item_number} {head}{'' if hit.paragraph_id is None else paper}{mark}")
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
    title = "Wiedervorlagen" if args.faellig else "Beschlusskontrolle"
    with reading_operations(args) as ops:
        rows = ops.resolutions(due_only=args.faellig)
        for target, docx in ((args.csv, False), (args.docx, True)):
            if target:
                ops.export_register(rows, Path(target), title=title, docx=docx)
                out(f"Geschrieben: {target} ({len(rows)} Beschlüsse)")
    if args.csv or args.docx:
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

    if args.db or not args.demo:
        return run(args)
    import shutil
    import tempfile  # (not for the daily start: ~3 ms of the first frame)

    # a throw-away database: gone with the window (one left by a crash goes an hour later,
    # session.archive.remove_leftovers)
    folder = tempfile.mkdtemp(prefix="protokollant-demo-")
    args.db = str(Path(folder) / "demo.sqlite")
    args.throwaway = True  # (app.py: opened without waiting for the disk)
    try:
        return run(args)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _remove_leftovers(args: argparse.Namespace) -> None:
    """What a killed run left behind (the window does the same at its start)."""
    from .session.database import remove_leftovers

    try:
        for path in remove_leftovers(db_path(args)):
            log.info("removed leftover %s", path)
    except OSError as exc:  # tidying up never stops a command
        log.warning("leftovers not removed: %s", exc)


def _quiet_stdout() -> None:
    """Point stdout at the null device, so Python's flush at exit meets no closed pipe."""
    import os

    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _unencodable_becomes_a_question_mark() -> None:
    """Windows writes a redirected stdout/stderr (`… > liste.txt`, a pipe) in its ANSI code page,
    cp1252, which lacks → and ≥: there such a character is written as '?' instead of the
    command failing. (A console, and UTF-8 everywhere else, show them.)"""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if reconfigure is not None and encoding != "utf8":
            reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    _unencodable_becomes_a_question_mark()
    args = build_parser().parse_args(arguments)
    from .log import setup_logging

    setup_logging(args.debug)
    try:
        if args.command is None:
            return _run_gui(args)
        _remove_leftovers(args)
        code = int(args.func(args, print))
        sys.stdout.flush()  # a closed pipe is met here, not in Python's flush at exit
        return code
    except KnownError as exc:
        log.info("user error: %s", exc)
        if args.debug:
            raise
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        # `secretary-app backups | head -1`: the reader has what it wanted and has gone. POSIX
        # says EPIPE (BrokenPipeError); Windows says EINVAL when stdout's pipe is closed
        if not isinstance(exc, BrokenPipeError) and not _windows_pipe_gone(exc):
            return _internal_error(exc, args)
        _quiet_stdout()
        return EXIT_OK
    except Exception as exc:  # a bug: log it whole, tell the user briefly
        return _internal_error(exc, args)


def _windows_pipe_gone(exc: OSError) -> bool:
    import errno

    if sys.platform != "win32" or exc.errno != errno.EINVAL:
        return False
    try:  # the same EINVAL again from stdout itself: it was its pipe
        sys.stdout.write("\n")
        sys.stdout.flush()
    except OSError as again:
        return again.errno == errno.EINVAL
    return False


def _internal_error(exc: Exception, args: argparse.Namespace) -> int:
    """A bug: log it whole, tell the user briefly (the traceback with --debug)."""
    log.exception("unexpected error")
    if args.debug:
        raise exc
    print(
        f"Interner Fehler ({type(exc).__name__}): {exc}. Details stehen im Protokoll unter "
        f"{paths.log_dir()}. Mit --debug wird der vollständige Fehler angezeigt.",
        file=sys.stderr,
    )
    return EXIT_USER_ERROR
