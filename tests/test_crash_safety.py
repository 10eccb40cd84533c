"""Crash safety, proven: the real program is killed hard while typing, again and again.

Each round starts `tests/crash_typist.py` (the real start-up: cli.main → app.run → main window),
which types into the minutes editor at a steady rate and logs every character with its time.
At a random moment the test kills it (SIGKILL; on Windows TerminateProcess, which the Windows
lane runs under Wine) and checks that the database passes
`PRAGMA integrity_check` and that every character typed more than 1 s before the kill is in
the stored minutes, in order, with nothing invented. The next round starts on the same
database, so the one-writer lock left behind by the killed process is tested as well.

20 kills in `make test`; 200 with `pytest --long` (`make test-long`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from secretary_app.domain.model import AgendaItem, Attendance, Committee, Meeting, Member, Paragraph

TYPIST = Path(__file__).resolve().parent / "crash_typist.py"
SHORT_KILLS, LONG_KILLS = 20, 200
GRACE_S = 1.0  # what was typed longer ago than this before the kill must be stored
INTERVAL_MS = 20  # 50 characters a second: faster than any secretary types
_SPACE = re.compile(r"\s+")
# how a killed child ends: SIGKILL on POSIX; Popen.kill is TerminateProcess(handle, 1) on Windows
KILLED = 1 if sys.platform == "win32" else -signal.SIGKILL


def _norm(text: str) -> str:
    """Whitespace does not count: the editor stores paragraphs stripped, empty ones not at all."""
    return _SPACE.sub("", text)


def _make_meeting(db: Path) -> int:
    from secretary_app.store import Store
    from secretary_app.store.meetings import import_meeting

    members = [
        Member(key="quandt", name="Quandt", salutation="Frau", role="chair"),
        Member(key="xylander", name="Xylander", salutation="Herr"),
        Member(key="yilmaz", name="Yılmaz", salutation="Herr"),
    ]
    meeting = Meeting(
        committee=Committee(name="Ausschuss für Stadtentwicklung", members=members),
        number=3,
        date=dt.date(2026, 11, 25),
        start="17:00",
        attendance=[Attendance(m.key) for m in members],
        agenda=[
            AgendaItem("1", "Eröffnung", minutes=[Paragraph(text="Die Sitzung wird eröffnet.")]),
            AgendaItem("2", "Verschiedenes"),
        ],
    )
    store = Store.open(db)
    try:
        return import_meeting(store, meeting)
    finally:
        store.close()


def _stored_text(db: Path) -> tuple[str, str]:
    """(integrity_check result, the first item's minutes as one text)."""
    conn = sqlite3.connect(db)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rows = conn.execute(
            "SELECT p.text FROM paragraphs p JOIN agenda_items a ON a.id = p.item_id "
            "WHERE a.position = 0 ORDER BY p.position, p.id"
        ).fetchall()
    finally:
        conn.close()
    return integrity, "\n".join(r[0] or "" for r in rows)


def _typed(log: Path) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = []
    if not log.exists():
        return out
    for line in log.read_text(encoding="utf-8").splitlines():
        stamp, _, char = line.partition("\t")
        try:
            out.append((float(stamp), json.loads(char)))
        except ValueError:
            break  # a line cut by the kill: nothing after it was typed
    return out


@dataclass
class Round:
    typed: int  # characters typed in this round
    checked: int  # of those, typed more than GRACE_S before the kill (must be stored)
    lost: int  # characters typed but not stored (all within GRACE_S)
    loss_window: float  # seconds between the first lost character and the kill


def _wait_ready(child: subprocess.Popen[str], timeout: float, stderr: Path) -> None:
    """Until the child prints "ready". Its pipe is read by a thread (select() waits on pipes
    on POSIX only), which reads on until the pipe closes."""
    assert child.stdout is not None
    out = child.stdout
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in out:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        if line is None:
            break
        if line.strip() == "ready":
            return
    child.poll()
    told = stderr.read_text(encoding="utf-8", errors="replace")[-2000:]
    raise AssertionError(
        f"the program did not start typing (exit status {child.returncode}):\n{told}"
    )


def _one_round(db: Path, folder: Path, n: int, delay: float) -> Round:
    _, before = _stored_text(db)
    log = folder / f"typed-{n:03d}.log"
    stderr = folder / f"stderr-{n:03d}.txt"
    with open(stderr, "w", encoding="utf-8") as err:
        child = subprocess.Popen(
            [
                sys.executable,
                str(TYPIST),
                "--db",
                str(db),
                "--log",
                str(log),
                "--seed",
                str(n),
                "--interval-ms",
                str(INTERVAL_MS),
            ],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        try:
            _wait_ready(child, timeout=60, stderr=stderr)
            time.sleep(delay)
            killed_at = time.time()
            child.kill()
        finally:
            if child.poll() is None:
                child.kill()
            child.wait()
    assert child.returncode == KILLED, stderr.read_text()

    typed = _typed(log)
    integrity, after = _stored_text(db)
    assert integrity == "ok", f"round {n}: integrity_check says {integrity}"

    everything = _norm(before + "".join(ch for _, ch in typed))
    stored = _norm(after)
    assert everything.startswith(stored), f"round {n}: stored text is not what was typed"
    must = _norm(before + "".join(ch for t, ch in typed if t < killed_at - GRACE_S))
    assert stored.startswith(must), (
        f"round {n}: text typed more than {GRACE_S} s before the kill is missing: "
        f"{must[len(stored) :][:80]!r}"
    )

    # when was the first character typed that did not make it?
    visible = [(t, ch) for t, ch in typed if _norm(ch)]
    kept = len(stored) - len(_norm(before))
    lost = visible[kept:]
    window = killed_at - lost[0][0] if lost else 0.0
    checked = sum(1 for t, ch in visible if t < killed_at - GRACE_S)
    return Round(typed=len(visible), checked=checked, lost=len(lost), loss_window=window)


def test_sigkill_while_typing_loses_nothing_older_than_a_second(request, tmp_path):
    kills = LONG_KILLS if request.config.getoption("--long") else SHORT_KILLS
    db = tmp_path / "crash.sqlite"
    _make_meeting(db)
    rng = random.Random(4711)
    rounds = []
    for n in range(kills):
        # random moments: some right after start-up, most while typing is in full swing
        delay = rng.uniform(0.05, 0.5) if rng.random() < 0.2 else rng.uniform(0.5, 3.0)
        rounds.append(_one_round(db, tmp_path, n, delay))

    # a kill during a backup (one starts with every opening) never leaves a broken one listed
    from secretary_app.store.backup import check_backup, list_backups

    backups = list_backups(db)
    assert backups, "opening the meeting makes a backup"
    for b in backups:
        check_backup(b.path)

    summary = {
        "kills": len(rounds),
        "backups_checked": len(backups),
        "characters_typed": sum(r.typed for r in rounds),
        "characters_checked": sum(r.checked for r in rounds),
        "characters_lost_within_grace": sum(r.lost for r in rounds),
        "max_loss_window_s": round(max(r.loss_window for r in rounds), 3),
    }
    (tmp_path / "summary.json").write_text(json.dumps(summary, indent=2))
    print(f"\ncrash harness: {json.dumps(summary)}")
    assert summary["characters_checked"] > kills * 10  # the typing really happened
    assert summary["max_loss_window_s"] <= GRACE_S
