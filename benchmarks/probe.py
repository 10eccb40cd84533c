"""Start a window, report when it is ready for typing, exit at once.

    python benchmarks/probe.py bare                  # a bare PySide6 window: one QPlainTextEdit
    python benchmarks/probe.py app -- --demo ...     # Protokollant, as `secretary-app ...`
    PROBE_UNTIL_COMPLETE=1 python benchmarks/probe.py app -- ...   # until the panes are built
    PROBE_WITHOUT=gc,feature_table python benchmarks/probe.py app -- ...  # start-up devices off

"Ready for typing" is the moment after the window's first paint when the event loop is idle and
the keyboard focus is in a text editor: what the secretary waits for before her first key. The
probe then prints one JSON line — the CLOCK_MONOTONIC time of that moment (the parent compares
it with its own clock from before it started the process), the focused widget's class, and the
process's peak resident memory (VmHWM) — and leaves with `os._exit(0)`, so tearing down is not
counted. The app is not changed for this: the probe wraps `QApplication.exec`, which the app
calls once its window is shown, and installs its event filter there.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

TIMEOUT_S = 30.0
# PROBE_UNTIL_COMPLETE=1: ready only once the whole window is built (agenda, tally, menus),
# not at its first frame (the editor with the current item)
UNTIL_COMPLETE = os.environ.get("PROBE_UNTIL_COMPLETE") == "1"
# reported as loaded or not at the ready moment: what the first frame must do without
WATCHED_MODULES = (
    "docx",
    "docxtpl",
    "sqlite_utils",
    "hunspell",  # the spelling engine (chunspell): after the first frame
    "secretary_app.domain.checks",
    "secretary_app.ui.panes.agenda_panel",
    "secretary_app.ui.panes.vote_tally",
    "secretary_app.ui.panes.attendance_panel",
    "secretary_app.ui.panes.meeting_bar",
    "secretary_app.ui.dialogs",
)


def _peak_rss_kb() -> int:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _install(app: Any) -> None:
    """Report once a window has been painted and a text editor has the keyboard focus."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

    state = {"painted": False, "scheduled": False}

    def report(timed_out: bool = False) -> None:
        focus = QApplication.focusWidget()
        ready = isinstance(focus, (QPlainTextEdit, QTextEdit))
        window = QApplication.activeWindow() or (focus.window() if focus is not None else None)
        if UNTIL_COMPLETE and not getattr(window, "built", True):
            ready = False  # the panes follow the first frame: wait for them
        if not ready and not timed_out:
            state["scheduled"] = False
            return  # not yet: wait for the next paint (the app may still be setting up)
        result = {
            "ready": time.monotonic(),
            "focus": type(focus).__name__ if focus is not None else None,
            "window": window.windowTitle() if window is not None else None,
            "ready_for_typing": ready,
            "peak_rss_kb": _peak_rss_kb(),
            "loaded": [name for name in WATCHED_MODULES if name in sys.modules],
            # PySide6 builds the ~90 enums of `Qt` when first named (~12 ms; asking does not)
            "qt_namespace_built": "Qt" in vars(sys.modules["PySide6.QtCore"]),
        }
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()
        os._exit(0)

    class Watcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint and not state["scheduled"]:
                state["painted"] = True
                state["scheduled"] = True
                QTimer.singleShot(0, report)
            return False

    watcher = Watcher(app)
    # the shown top-level windows, not the whole application: a Python filter on every object
    # makes PySide look up the Python type of each internal Qt object (a style animation, a
    # layout's helper), and the first one it does not know makes it create every QtWidgets
    # type (~9 ms) — a cost of the probe that grows with the window, not of the program
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            window.installEventFilter(watcher)
    QTimer.singleShot(int(TIMEOUT_S * 1000), lambda: report(timed_out=True))


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    app = QApplication(sys.argv[:1])
    editor = QPlainTextEdit()
    editor.setWindowTitle("bare")
    editor.resize(1280, 720)  # as the typing benchmark's; the app fits itself to the screen
    editor.show()
    editor.setFocus()
    _install(app)
    return app.exec()


def app(args: list[str]) -> int:
    """Run the program as `secretary-app ARGS` would, with `QApplication.exec` wrapped.

    The wrapping happens when the program itself first imports PySide6.QtWidgets, so that the
    program's own import order stays as it is without the probe (PySide6's import hook reads
    the source of every module imported after it: what comes first matters)."""
    import importlib.util  # (already loaded by site; importlib.abc would load ~6 ms more)

    def wrap(application_class: Any) -> None:
        original = application_class.exec

        def exec_and_probe(self: Any, *a: Any) -> int:
            _install(self)
            return int(original())  # a static method

        application_class.exec = exec_and_probe

    class PatchOnImport:  # a meta path finder by its `find_spec`
        def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
            if name != "PySide6.QtWidgets":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            assert spec is not None and spec.loader is not None
            load = spec.loader.exec_module

            def exec_module(module: Any) -> None:
                load(module)
                wrap(module.QApplication)

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, PatchOnImport())
    _switch_off(os.environ.get("PROBE_WITHOUT", ""))
    from secretary_app.cli import main

    return main(args)


# The start-up devices (docs/performance.md, "Start-up devices"), each switched off by name for
# benchmarks/startup_devices.py, which measures what each one saves.
DEVICES = ("gc", "feature_table", "qt_free_first")


def _switch_off(names: str) -> None:
    wanted = {n for n in names.split(",") if n}
    unknown = wanted - set(DEVICES)
    if unknown:
        raise SystemExit(f"unknown start-up devices: {sorted(unknown)}")
    if not wanted:
        return
    from secretary_app import app

    if "gc" in wanted:  # collect garbage during the start as any program does

        class CollectingGc:
            def __getattr__(self, name: str) -> Any:
                import gc

                return getattr(gc, name)

            def disable(self) -> None:
                pass

        app.gc = CollectingGc()  # type: ignore[assignment,attr-defined]
    if "feature_table" in wanted:  # PySide's import hook reads our sources itself
        app._spare_pyside_the_source_scan = lambda: None
    if "qt_free_first" in wanted:  # our Qt-free modules load after PySide6, as they come
        app._import_qt_free_modules = lambda: None


if __name__ == "__main__":
    if sys.argv[1:2] == ["bare"]:
        raise SystemExit(bare())
    if sys.argv[1:2] == ["app"]:
        rest = sys.argv[2:]
        if rest[:1] == ["--"]:
            rest = rest[1:]
        raise SystemExit(app(rest))
    raise SystemExit(__doc__)
