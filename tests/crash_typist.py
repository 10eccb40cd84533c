"""Driver for the crash harness: the real program, typing into the minutes editor until killed.

    python tests/crash_typist.py --db DB --log LOG --seed N [--interval-ms 20]

Starts Protokollant exactly as `secretary-app --db DB` does (cli.main → app.run → the main
window, which opens the last meeting and selects its first item). Once the window shows the
minutes editor, a timer types one character every `interval` ms at the end of the minutes, with
key events like a keyboard. After each character has been handled by the editor, a line
`<time.time()>\\t<json character>` is appended to LOG with an unbuffered write, so the parent,
which kills this process with SIGKILL at a random moment, knows what was typed and when.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Words without a prefix of any member's name (the speaker completion would open a popup).
WORDS = (
    "Beschluss Haushalt über Straßenbau Fußweg Änderung Prüfung Öffnungszeiten größer "
    "Bürgerhaus Kita Brücke Antrag Vorlage Ergänzung Einwendung Gutachten Satzung Gebühr "
    "Zuschuss Förderung Verkehr Radweg Parkplätze Lärmschutz Grünfläche Spielplatz"
).split()


def text_stream(seed: int):
    """Endless German text: words, spaces, now and then a full stop and a new paragraph."""
    rng = random.Random(seed)
    marker = f"Lauf{seed}"
    yield from marker + " "
    while True:
        yield from rng.choice(WORDS)
        r = rng.random()
        if r < 0.06:
            yield from ".\n"
        elif r < 0.15:
            yield from ", "
        else:
            yield " "


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--interval-ms", type=int, default=20)
    parser.add_argument("--max-seconds", type=float, default=60.0)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    log_fd = os.open(args.log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    chars = text_stream(args.seed)
    started = time.monotonic()
    state: dict[str, object] = {}

    def window():
        from secretary_app.ui.main_window import MainWindow

        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                return w
        return None

    def type_one() -> None:
        editor = state["editor"]
        assert isinstance(editor, QObject)
        ch = next(chars)
        if ch == "\n":
            key, text = Qt.Key.Key_Return, "\r"
        elif ch == " ":
            key, text = Qt.Key.Key_Space, " "
        else:
            key, text = Qt.Key.Key_unknown, ch
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            )
        os.write(log_fd, f"{time.time():.6f}\t{json.dumps(ch)}\n".encode())
        if time.monotonic() - started > args.max_seconds:
            app.quit()

    def start() -> None:
        w = window()
        if w is None or w.current is None or not w.editor.isEnabled():
            QTimer.singleShot(20, start)
            return
        editor = w.editor
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        state["editor"] = editor
        timer = QTimer(app)
        timer.setInterval(args.interval_ms)
        timer.timeout.connect(type_one)
        timer.start()
        state["timer"] = timer
        print("ready", flush=True)

    QTimer.singleShot(0, start)
    from secretary_app.cli import main as cli_main

    return cli_main(["--db", args.db])


if __name__ == "__main__":
    sys.exit(main())
