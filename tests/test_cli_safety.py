"""Command line: backups, restore, finalise/reopen, and the one-writer lock."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from secretary_app.cli import main
from secretary_app.store import Store
from secretary_app.store import backup as bk
from secretary_app.store.lock import WriterLock
from tests.cli_helpers import another_name, split_command
from tests.cli_helpers import db_digest as _digest
from tests.cli_helpers import run_cli as run
from tests.privacy import assert_private


@pytest.fixture
def imported(db_path, demo_file, capsys) -> int:
    code, out, err = run("--db", str(db_path), "import", str(demo_file), capsys=capsys)
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


def test_backups_lists_and_restore_brings_back_the_content(db_path, imported, capsys):
    s = Store.open(db_path)
    saved = s.content_digest()
    b = bk.create_backup(db_path, s.conn, "close")
    s.delete_meeting(imported)
    s.close()

    code, out, _ = run("--db", str(db_path), "backups", capsys=capsys)
    assert code == 0
    assert out.splitlines() == [
        f"{b.path}\t{b.created:%d.%m.%Y %H:%M:%S}\tbeim Schließen einer Sitzung"
    ]

    code, out, err = run("--db", str(db_path), "restore", str(b.path), capsys=capsys)
    assert code == 0, err
    assert "Der vorherige Stand ist gesichert in" in out
    assert _digest(db_path) == saved
    reasons = [x.reason for x in bk.list_backups(db_path)]
    assert reasons == ["restore", "close"]


def test_restore_repairs_a_corrupt_database_as_the_error_message_says(db_path, imported, capsys):
    s = Store.open(db_path)
    saved = s.content_digest()
    bk.create_backup(db_path, s.conn, "open")
    s.close()
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    db_path.write_bytes(os.urandom(10000))

    code, _, err = run("--db", str(db_path), "list", capsys=capsys)
    assert code == 1
    command = err.split("Wiederherstellen mit „", 1)[1].split("“", 1)[0]
    argv = split_command(command)
    assert argv[0] == "secretary-app"
    code, _, err = run(*argv[1:], capsys=capsys)
    assert code == 0, err
    assert _digest(db_path) == saved
    assert_private(db_path)


def test_no_backups_is_said_on_stderr(db_path, capsys):
    code, out, err = run("--db", str(db_path), "backups", capsys=capsys)
    assert code == 0 and out == ""
    assert "Keine Sicherungen" in err


def test_finalize_makes_the_meeting_read_only_until_reopened_with_a_reason(
    db_path, imported, capsys
):
    code, out, _ = run("--db", str(db_path), "finalize", str(imported), capsys=capsys)
    assert code == 0 and "Abgeschlossen" in out
    s = Store.open(db_path)
    assert s.load_meeting(imported).finalized
    s.close()

    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), "reopen", str(imported)])
    assert exc.value.code == 2
    assert "--reason" in capsys.readouterr().err
    code, _, err = run(
        "--db", str(db_path), "reopen", str(imported), "--reason", " ", capsys=capsys
    )
    assert code == 1 and "Grund" in err

    code, out, _ = run(
        "--db", str(db_path), "reopen", str(imported), "--reason", "Tippfehler", capsys=capsys
    )
    assert code == 0 and "Tippfehler" in out
    s = Store.open(db_path)
    try:
        assert not s.load_meeting(imported).finalized
        assert [(a["action"], a["detail"]) for a in s.audit(imported)] == [
            ("finalize", ""),
            ("reopen", "Tippfehler"),
        ]
    finally:
        s.close()


def test_finalize_of_an_unknown_meeting_is_a_user_error(db_path, imported, capsys):
    code, _, err = run("--db", str(db_path), "finalize", "99", capsys=capsys)
    assert code == 1
    assert "gibt es in dieser Datenbank nicht" in err


def test_writing_commands_are_refused_while_a_window_holds_the_database(
    db_path, imported, demo_file, capsys
):
    before = _digest(db_path)
    with WriterLock(db_path):
        for args in (
            ["import", str(demo_file)],
            ["finalize", str(imported)],
            ["reopen", str(imported), "--reason", "x"],
            ["restore", str(bk.create_backup(db_path, reason="manual").path)],
        ):
            code, _, err = run("--db", str(db_path), *args, capsys=capsys)
            assert code == 1, args
            assert "bereits in einem anderen Protokollant-Fenster geöffnet" in err
            assert "Traceback" not in err
        code, out, _ = run("--db", str(db_path), "list", capsys=capsys)  # reading is fine
        assert code == 0 and out
    assert _digest(db_path) == before


@pytest.mark.parametrize("kind", ["symlink", "hardlink"])
def test_writing_through_another_name_is_refused_while_a_window_holds_the_file(
    db_path, imported, demo_file, tmp_path, capsys, kind
):
    alias = another_name(db_path, kind)
    before = _digest(db_path)
    with WriterLock(db_path):  # the window, on the real name
        for args in (
            ["import", str(demo_file)],
            ["finalize", str(imported)],
            ["reopen", str(imported), "--reason", "x"],
        ):
            code, _, err = run("--db", str(alias), *args, capsys=capsys)
            assert code == 1, args
            assert "bereits in einem anderen Protokollant-Fenster geöffnet" in err
            assert f"unter dem Namen „{db_path}“" in err
    assert _digest(db_path) == before
    with WriterLock(alias):  # and the other way round
        code, _, err = run("--db", str(db_path), "finalize", str(imported), capsys=capsys)
        assert code == 1 and "bereits in einem anderen Protokollant-Fenster" in err
    assert _digest(db_path) == before


def test_a_killed_writer_does_not_block_the_next_command(db_path, imported, capsys):
    script = textwrap.dedent(
        f"""
        import os, signal
        from secretary_app.store.lock import acquire_writer_lock
        lock = acquire_writer_lock({str(db_path)!r})
        # no clean-up: SIGKILL on POSIX; on Windows os.kill is TerminateProcess (exit code 15)
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], check=False)
    assert done.returncode == (15 if sys.platform == "win32" else -9)
    code, out, err = run("--db", str(db_path), "finalize", str(imported), capsys=capsys)
    assert code == 0, err


def test_exports_are_recorded_and_later_changes_audited(db_path, imported, tmp_path, capsys):
    from secretary_app.domain.model import Attendance

    code, _, err = run(
        "--db",
        str(db_path),
        "minutes",
        str(imported),
        "--public",
        "-o",
        str(tmp_path / "n.docx"),
        capsys=capsys,
    )
    assert code == 0, err
    code, _, err = run(
        "--db",
        str(db_path),
        "extract",
        str(imported),
        "7.1",
        "-o",
        str(tmp_path / "a.docx"),
        capsys=capsys,
    )
    assert code == 0, err
    s = Store.open(db_path)
    try:
        s.set_attendance(imported, Attendance("schulze", present=False))
        trail = [(a["action"], a["detail"]) for a in s.audit(imported)]
    finally:
        s.close()
    assert trail[0] == ("export", f"öffentliche Niederschrift: {tmp_path / 'n.docx'}")
    assert trail[1] == ("export", f"Protokollauszug TOP 7.1: {tmp_path / 'a.docx'}")
    assert trail[2][0] == "attendance"


def test_audit_lists_finalise_reopen_and_changes_after_export(db_path, imported, capsys):
    from secretary_app.domain.model import Attendance

    s = Store.open(db_path)
    try:
        s.record_export(imported, "Niederschrift")
        s.set_attendance(imported, Attendance("schulze", present=True, arrived="17:45"))
        s.set_finalized(imported, True)
        s.set_finalized(imported, False, reason="Uhrzeit korrigiert")
    finally:
        s.close()
    code, out, _ = run("--db", str(db_path), "audit", str(imported), capsys=capsys)
    assert code == 0
    lines = [line.split("\t")[1:] for line in out.splitlines()]
    assert lines[0] == ["exportiert", "Niederschrift"]
    assert lines[1][0] == "Anwesenheit geändert"
    assert lines[1][2].endswith("→ anwesend, ab 17:45")
    assert lines[2] == ["abgeschlossen"]
    assert lines[3] == ["wieder geöffnet", "Uhrzeit korrigiert"]
    code, _, err = run("--db", str(db_path), "audit", "42", capsys=capsys)
    assert code == 1 and "gibt es in dieser Datenbank nicht" in err


def test_the_next_command_removes_what_a_killed_restore_backup_or_pdf_left(
    db_path, imported, tmp_path, capsys, monkeypatch
):
    import tempfile

    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    unpacked = folder / ".entpackt-k2j4.sqlite"
    partial = folder / f".{db_path.stem}-000003-20261125-101010-timer.sqlite.partial"
    for p in (unpacked, partial):
        p.write_bytes(b"halb")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    pdf_work = tmp_path / "protokollant-pdf-abc"
    pdf_work.mkdir()
    (pdf_work / "n.pdf").write_bytes(b"%PDF nichtoeffentlich")
    with WriterLock(db_path):  # a window holds the database: its backups are its business
        code, _, _ = run("--db", str(db_path), "list", capsys=capsys)
        assert code == 0
        assert unpacked.exists() and partial.exists()
    assert not pdf_work.exists()
    code, _, _ = run("--db", str(db_path), "list", capsys=capsys)
    assert code == 0
    assert not unpacked.exists() and not partial.exists()
