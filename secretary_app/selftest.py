"""`--self-test`: does this installation work? Run by the bundle test and by IT after installing.

Everything happens in a temporary folder that is removed afterwards; the user's database is not
touched. Steps: the bundled resources are there, the demo meeting imports into a fresh
database, the German spelling check loads and finds a typo, Qt starts (offscreen unless a
platform is chosen) with its image formats and translations, the main window opens on the
demo meeting, and the Protokollauszug of its first item is a valid .docx that contains the
item's title.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__, paths
from .errors import KnownError

if TYPE_CHECKING:
    from .session import Operations

EXIT_OK, EXIT_FAILED = 0, 1


class SelfTestFailure(Exception):
    """One step of the self-test failed; the message is German and says which."""


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every step; print one German line per step. Exit status 0 when all pass."""
    out(f"Selbsttest Protokollant {__version__}")
    try:
        with tempfile.TemporaryDirectory(prefix="protokollant-selbsttest-") as tmp:
            _run_steps(Path(tmp), out)
    except SelfTestFailure as exc:
        out(f"Selbsttest fehlgeschlagen: {exc}")
        return EXIT_FAILED
    except KnownError as exc:
        out(f"Selbsttest fehlgeschlagen: {exc}")
        return EXIT_FAILED
    except Exception as exc:  # any bug is a failed self-test, reported in one line
        out(f"Selbsttest fehlgeschlagen: unerwarteter Fehler ({type(exc).__name__}: {exc})")
        return EXIT_FAILED
    out("Selbsttest bestanden.")
    return EXIT_OK


def _run_steps(tmp: Path, out: Callable[[str], None]) -> None:
    _check_resources()
    out(f"  Programmdateien vollständig ({paths.resources_dir()})")

    from .session.database import open_operations

    ops = open_operations(tmp / "selbsttest.sqlite")
    try:
        meeting_id = ops.import_file(paths.demo_meeting_path()).meeting_id
        meeting = ops.meeting(meeting_id)
        if not meeting.agenda:
            raise SelfTestFailure("Die Beispielsitzung hat keine Tagesordnungspunkte.")
        count = len(meeting.agenda)
        items = "Tagesordnungspunkt" if count == 1 else "Tagesordnungspunkte"
        out(f"  Beispielsitzung geöffnet ({count} {items})")
        out(f"  Rechtschreibprüfung geladen ({_check_spelling()})")

        app = _qt_application(tmp)
        out(f"  Qt gestartet (Plattform „{app.platformName()}“)")
        _check_qt_resources(app)
        out("  Symbole und Übersetzungen geladen")
        if _open_main_window(app, ops, meeting_id):
            out("  Hauptfenster geöffnet")
            count = _load_window_modules()
            out(f"  Alle {count} Fenstermodule geladen (Dialoge und Bereiche)")
        else:
            out("  Hauptfenster: in dieser Version nicht enthalten, übersprungen")

        item = meeting.agenda[0]
        target = _write_extract(meeting, item, tmp / "auszug")
        _check_docx(target, item.title)
        out(f"  Protokollauszug geschrieben und geprüft ({target.name})")
    finally:
        ops.close()


def _load_window_modules() -> int:
    """Import every module of the window, the dialogs too: what the bundle left out (a library a
    dialog needs) shows here, not when she first opens that dialog."""
    import importlib
    import pkgutil

    from . import ui

    names = [m.name for m in pkgutil.walk_packages(ui.__path__, f"{ui.__name__}.")]
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            raise SelfTestFailure(
                f"Das Fenstermodul {name} lässt sich nicht laden ({exc})."
            ) from exc
    if len(names) < 20:  # the package's modules not found at all: a broken bundle
        raise SelfTestFailure(f"Nur {len(names)} Fenstermodule gefunden.")
    return len(names)


def _check_spelling() -> str:
    """The shipped dictionary through the engine the installation carries; its name."""
    from .text.spelling import SpellChecker

    checker = SpellChecker(None, bundled=paths.bundled_dictionaries())
    if not checker.available:
        raise SelfTestFailure(f"Die Rechtschreibprüfung lädt nicht: {checker.problem}")
    found = [w.text for w in checker.misspelled("Der Ausschuss berät den Haushaltsplahn.")]
    if found != ["Haushaltsplahn"]:
        raise SelfTestFailure(f"Die Rechtschreibprüfung findet {found} statt „Haushaltsplahn“.")
    return checker.engine


def _check_resources() -> None:
    from .documents import layout_files, shipped_layouts
    from .ui.translations import catalogue_path

    required = [
        paths.demo_meeting_path(),
        paths.default_template_path(),
        *(path for layout in shipped_layouts() for path in layout_files(layout.name).values()),
        paths.resources_dir() / "icons" / "protokollant.svg",
        paths.resources_dir() / "icons" / "protokollant-256.png",
        paths.bundled_dictionaries() / "hunspell" / "de_DE.dic",
        Path(__file__).resolve().parent / "formats" / "meeting.schema.json",
        catalogue_path("en"),
    ]
    missing = [str(p) for p in required if not p.is_file()]
    if missing:
        raise SelfTestFailure("Es fehlen Programmdateien: " + ", ".join(missing))


def _qt_application(tmp: Path) -> Any:
    # no window should flash up on the secretary's screen during a self-test
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    # the window's geometry goes to the temporary folder, not to the user's settings (for
    # the rest of this process, which ends after the self-test)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "einstellungen"))
    return QApplication.instance() or QApplication(sys.argv[:1])


def _check_qt_resources(app: Any) -> None:
    from PySide6.QtGui import QImage

    from .ui.translations import install_translator

    icons = paths.resources_dir() / "icons"
    for name in ("protokollant-256.png", "protokollant.svg"):
        if QImage(str(icons / name)).isNull():
            raise SelfTestFailure(
                f"Das Symbol {name} lässt sich nicht laden (Qt-Bildformat fehlt?)."
            )
    for language, expected, problem in (
        ("en", 1, "Die englische Übersetzung lässt sich nicht laden."),
        # Qt's own German catalogue: without it the standard buttons would read "Cancel"
        ("de", 1, "Qts deutsche Übersetzung (qtbase_de) fehlt."),
    ):
        translators = install_translator(app, language)
        try:
            if len(translators) < expected:
                raise SelfTestFailure(problem)
        finally:
            for translator in translators:
                app.removeTranslator(translator)


def _open_main_window(app: Any, ops: Operations, meeting_id: int) -> bool:
    """Build the main window on the demo meeting, show it once, close it; False if absent."""
    if importlib.util.find_spec("secretary_app.ui.main_window") is None:
        return False
    from .ui.main_window import MainWindow

    window = MainWindow(ops, open_results=False)
    if not window.open_meeting(meeting_id):
        raise SelfTestFailure("Das Hauptfenster kann die Beispielsitzung nicht öffnen.")
    window.show()
    app.processEvents()
    if window.grab().isNull():
        raise SelfTestFailure("Das Hauptfenster lässt sich nicht darstellen.")
    window.close()
    window.deleteLater()
    app.processEvents()
    return True


def _write_extract(meeting: Any, item: Any, folder: Path) -> Path:
    from .documents import extract_filename, write_extract

    folder.mkdir()
    return Path(write_extract(meeting, item, folder / extract_filename(meeting, item)))


def _check_docx(path: Path, title: str) -> None:
    if not path.is_file() or not zipfile.is_zipfile(path):
        raise SelfTestFailure(f"{path.name} ist keine gültige Word-Datei.")
    with zipfile.ZipFile(path) as archive:
        broken = archive.testzip()
        if broken is not None or "word/document.xml" not in archive.namelist():
            raise SelfTestFailure(f"{path.name} ist beschädigt.")
    import docx

    document = docx.Document(str(path))
    text = " ".join(" ".join(p.text.split()) for p in document.paragraphs)
    if " ".join(title.split()) not in text:
        raise SelfTestFailure(
            f"Im Protokollauszug fehlt der Titel des Tagesordnungspunkts „{title}“."
        )
