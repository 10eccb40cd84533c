"""The smaller edges of issue 23: each one as the secretary (or her terminal) would meet it."""

from __future__ import annotations

import locale
import subprocess
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread
from typing import Any

import pytest

from secretary_app.formats.agenda import AgendaFormatError, read_agenda
from secretary_app.store import Store
from secretary_app.store import backup as bk
from secretary_app.store import store as store_module
from secretary_app.store.meetings import import_meeting

REPO = Path(__file__).resolve().parent.parent


def test_backups_piped_into_head_ends_quietly(db_path, demo_meeting):
    store = Store.open(db_path)
    import_meeting(store, demo_meeting)
    for _ in range(3):
        bk.create_backup(db_path, store.conn, "manual", rotate_after=False)
    store.close()
    reader = subprocess.Popen(
        [sys.executable, "-m", "secretary_app", "--db", str(db_path), "backups"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.close()  # `| head -0`: the reader is gone before the first line
    err = reader.stderr.read().decode(locale.getpreferredencoding(False))  # cp1252 on Windows
    assert reader.wait() == 0, err
    assert "BrokenPipe" not in err and "Interner Fehler" not in err


def test_audit_rows_of_different_days_do_not_merge_when_the_clock_moves_back(
    store, demo_meeting, monkeypatch
):
    meeting_id = import_meeting(store, demo_meeting)
    times = iter(
        [
            "2026-12-08T10:00:00",  # Tuesday
            "2026-12-07T10:01:00",  # the clock set back a day: a row of its own
            "2026-12-07T23:59:00",
            "2026-12-08T00:01:00",  # two minutes later, but the next day
            "2026-12-08T00:02:00",  # merged with the one before (same day, a minute)
        ]
    )
    monkeypatch.setattr(store_module, "_now", lambda: next(times))
    for n in range(5):
        with store.transaction() as c:
            store._audit_change(c, meeting_id, "paragraph-changed", "TOP 1", "alt", f"neu {n}")
    rows = [(a["at"], a["new"]) for a in store.audit(meeting_id)]
    assert rows == [
        ("2026-12-08T10:00:00", "neu 0"),
        ("2026-12-07T10:01:00", "neu 1"),
        ("2026-12-07T23:59:00", "neu 2"),
        ("2026-12-08T00:02:00", "neu 4"),
    ]


def test_a_windows_1252_file_with_a_utf8_bom_keeps_its_header_row():
    data = (
        b"\xef\xbb\xbf"
        + "TOP;Betreff;öffentlich\r\n1;Eröffnung;ja\r\n2;Grundstück;nein\r\n".encode("cp1252")
    )
    result = read_agenda(data, "csv")
    assert [(i.number, i.title, i.public) for i in result.items] == [
        ("1", "Eröffnung", True),
        ("2", "Grundstück", False),
    ]


def test_a_csv_field_beyond_the_limit_is_told_in_german():
    data = ("TOP;Betreff\n1;" + '"' + "x" * 200_000 + '"\n').encode()
    with pytest.raises(AgendaFormatError) as exc:
        read_agenda(data, "csv")
    message = str(exc.value)
    assert "ein Feld ist länger als 131.072 Zeichen" in message
    assert "field" not in message and "limit" not in message


def test_direction_characters_never_reach_a_file_name(demo_meeting):
    from secretary_app.documents import extract_filename

    item = demo_meeting.agenda[0]
    item.number = "\u202e1.7\u202c"
    item.paper = "\u202ecod.exe"
    name = extract_filename(demo_meeting, item)
    assert not any(0x200B <= ord(ch) <= 0x206F or ch == "\ufeff" for ch in name), name
    assert name.endswith("_TOP_1.7_cod.exe.docx")


@pytest.fixture
def looping_server():
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(302)
            self.send_header("Location", self.path + "x")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_redirect_loop_is_told_in_german(looping_server):
    from secretary_app.formats.oparl import fetch_agenda

    with pytest.raises(AgendaFormatError) as exc:
        fetch_agenda(f"{looping_server}/oparl/meeting/1", timeout=5)
    message = str(exc.value)
    assert "zu oft oder im Kreis weiter" in message
    assert "redirect" not in message.lower() and "HTTP server" not in message


def test_disk_io_error_is_german(tmp_path):
    import sqlite3

    error = store_module._translate(sqlite3.OperationalError("disk I/O error"), tmp_path / "p")
    assert "Ein-/Ausgabefehler" in str(error) and "disk I/O" not in str(error)


def test_the_full_disk_message_promises_no_retry_on_the_command_line(tmp_path):
    import sqlite3

    error = store_module._translate(
        sqlite3.OperationalError("database or disk is full"), tmp_path / "p"
    )
    assert "erneut gespeichert" not in str(error)
    assert "Datenträger ist voll" in str(error)
