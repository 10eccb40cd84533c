"""Start-up of the window: display check, QApplication, translations, database, main window.

`run(args)` is called by `cli.py` when no command is given. The first frame imports only Qt,
the session with its store (plain sqlite3) and the window; python-docx and sqlite-utils are
loaded when needed. This module composes: it opens the database through `session.database`
and hands the operations to the window.

The start-up devices here (no garbage collection until the first paint, the Qt-free modules
imported before PySide6, PySide's source scan answered from a table) and elsewhere are listed,
with what each saves, in docs/performance.md, "Start-up devices".
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, paths
from .errors import KnownError

if TYPE_CHECKING:
    from .session import Operations
    from .store.lock import WriterLock

log = logging.getLogger(__name__)

NO_DISPLAY = (
    "Protokollant kann kein Fenster öffnen: Es ist keine grafische Oberfläche verfügbar "
    "(weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Bitte starten Sie das Programm in "
    "einer Desktop-Sitzung. Die Befehle (secretary-app --help) funktionieren auch ohne "
    "Oberfläche; ein Bildschirmfoto geht mit --screenshot DATEI.png."
)


def has_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt can show a window here (only Linux/BSD can lack a display)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return any(environ.get(k) for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _headless() -> bool:
    # "offscreen:configfile=…" names a platform with its options
    return os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal")


def _tell(text: str) -> None:
    """A start-up error: on stderr always, in a dialog when there is a screen to show it on."""
    print(f"Fehler: {text}", file=sys.stderr)
    if not _headless():
        from .ui import messages

        messages.error(None, text)


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_db_path()


def _open(args: argparse.Namespace) -> Operations:
    from .session.database import open_operations

    # --demo's own database goes with the window: nothing of it need wait for the disk
    durable = not getattr(args, "throwaway", False)
    return open_operations(_db_path(args), durable=durable)


def _open_or_offer_backup(args: argparse.Namespace) -> Operations | None:
    """Open the database; if it is damaged, offer to restore its latest backup (with a screen).

    None when the user declined (the reason is already on stderr).
    """
    from .session.database import is_damaged

    try:
        return _open(args)
    except KnownError as exc:
        if _headless() or not is_damaged(exc):
            raise
        from .ui.dialogs.restore_dialog import offer_latest_backup

        if not offer_latest_backup(None, _db_path(args), str(exc)):
            print(f"Fehler: {exc}", file=sys.stderr)
            return None
    return _open(args)


def _lock_database(args: argparse.Namespace) -> WriterLock:
    """One writer per database (store/lock.py); the OS drops the lock if this process dies."""
    from .session.database import lock_database

    return lock_database(_db_path(args))


def _after_first_frame(window: object) -> None:
    """What waits until she can type: the garbage collector, the Ctrl+C handler."""
    gc.enable()
    _close_on_interrupt(window)
    from .ui.accessibility import follow_contrast, show_focus

    follow_contrast()  # a Linux desktop's "high contrast": the colours of a contrast theme
    show_focus()  # a clear frame around whatever has the keyboard


def _close_on_interrupt(window: object) -> None:
    """Ctrl+C in the terminal closes the window as its close button would (text saved).

    Qt's event loop keeps Python from running signal handlers; a timer lets it in regularly.
    """
    import signal

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    signal.signal(signal.SIGINT, lambda *_: window.close())
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    log.info("window ready (pid %d); Ctrl+C in the terminal closes it", os.getpid())


def _report_ready_for_benchmark(window: object) -> None:
    """`PROTOKOLLANT_READY_FILE=PATH`: once the window is painted and the event loop idle, write
    the CLOCK_MONOTONIC time there (benchmarks/bench_installed.py times the installed program,
    where no probe can be loaded into the frozen interpreter). Nothing happens without it."""
    target = os.environ.get("PROTOKOLLANT_READY_FILE")
    if not target:
        return
    import time

    from PySide6.QtWidgets import QWidget

    from .ui.first_paint import AfterFirstPaint

    def write() -> None:
        with open(target, "w", encoding="ascii") as handle:
            handle.write(repr(time.monotonic()))

    assert isinstance(window, QWidget)
    AfterFirstPaint(window, write)  # as the probe: after the first paint, when the loop is idle


def _import_qt_free_modules() -> None:
    """The first frame's modules without Qt, loaded before PySide6: its import hook reads the
    source of every module imported after it (~0.1 ms each; ~5 ms of the first frame)."""
    from . import settings, store  # noqa: F401
    from .session import Operations, writer  # noqa: F401
    from .session import spelling as meeting_spelling  # noqa: F401
    from .store import lock  # noqa: F401
    from .text import completion, spelling, typography  # noqa: F401


def _spare_pyside_the_source_scan() -> None:
    """Tell PySide6 what it would find in the source of our modules, so that it need not read it.

    PySide6's import hook reads, the first time an `import` or `from … import` statement names a
    module, that module's source to see whether it mentions PySide6 (for its `__feature__`
    switches, which this program does not use): `pathlib`, `typing` and `__future__` too, each
    time a window module names them first. That is ~10 ms of the first frame. Every module
    under `ui/` uses PySide6 and no feature, which its table records as 0; a module loaded before
    PySide6 (Qt-free) is recorded as -1, "not for the switches", as the hook would record it.
    Without the table (another PySide6 version) nothing changes; in the bundle there is no
    source to read and the hook is cheap anyway.
    """
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for loaded in list(sys.modules):
        table.setdefault(loaded, -1)
    ui = Path(__file__).resolve().parent / "ui"
    for folder, _dirs, files in os.walk(ui):
        package = ".".join(
            (__package__ or "secretary_app", *Path(folder).relative_to(ui.parent).parts)
        )
        for name in files:
            if name.endswith(".py"):
                module = package if name == "__init__.py" else f"{package}.{name[:-3]}"
                table.setdefault(module, 0)


def run(args: argparse.Namespace) -> int:
    screenshot = getattr(args, "screenshot", None)
    if screenshot and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a picture needs no screen
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1

    # No cyclic garbage collection until the first frame is on the screen: the start creates
    # tens of thousands of objects (modules, classes, PySide's enums) that live as long as the
    # program, and the collector would walk them again and again (~6 ms, 40 collections).
    # Switched on again right after the first paint (`_after_first_frame`), or on any return.
    gc.disable()
    try:
        return _start(args, screenshot)
    finally:
        gc.enable()


def _start(args: argparse.Namespace, screenshot: str | None) -> int:
    _import_qt_free_modules()
    from PySide6.QtWidgets import QApplication

    _spare_pyside_the_source_scan()

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Protokollant")
    app.setApplicationDisplayName("Protokollant")
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    # Wayland app id / X11 hint: the menu entry and icon of installers/linux belong to this window
    app.setDesktopFileName("org.protokollant.Protokollant")

    try:
        writer_lock = _lock_database(args)  # a second window on this database is refused
        ops = _open_or_offer_backup(args)  # a damaged one: its latest backup is offered
    except KnownError as exc:
        _tell(str(exc))
        return 1
    if ops is None:
        return 1
    _install_translations(app, ops)

    from .ui import excepthook
    from .ui.main_window import MainWindow

    excepthook.install()

    try:
        meeting_id = ops.open_demo() if args.demo else None
    except KnownError as exc:
        _tell(str(exc))
        ops.close()
        return 1
    # staged: the editor first, the panes right after its first paint (a picture needs them all)
    window = MainWindow(ops, open_results=not screenshot, staged=not screenshot)
    if meeting_id is not None:
        window.open_meeting(meeting_id)
    else:
        window.open_start_meeting()

    if screenshot:
        return _screenshot(app, window, Path(screenshot), ops)
    window.show()
    window.editor.setFocus()
    from .ui.first_paint import AfterFirstPaint

    AfterFirstPaint(window, lambda: _after_first_frame(window))  # not before she can type
    _report_ready_for_benchmark(window)  # (its filter, installed last, runs first)
    code = app.exec()
    ops.close()
    writer_lock.release()
    return int(code)


def _install_translations(app: object, ops: Operations) -> None:
    """German is built in; another language comes from resources/translations/*.qm if present."""
    try:
        from .ui.translations import install_translator
    except ImportError:
        return
    try:
        install_translator(app, ops.settings.language)  # type: ignore[arg-type]
    except KnownError as exc:
        log.warning("translations not installed: %s", exc)


def _screenshot(app: object, window: object, target: Path, ops: Operations) -> int:
    """Render the main window into a PNG and exit (works offscreen, without a display)."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    assert isinstance(window, QMainWindow)
    window.remember_layout = False  # type: ignore[attr-defined]
    window.resize(1360, 820)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    ok = window.grab().save(str(target))
    window.close()
    ops.close()
    if not ok:
        print(f"Fehler: Das Bild {target} konnte nicht geschrieben werden.", file=sys.stderr)
        return 1
    print(f"Geschrieben: {target}")
    return 0
