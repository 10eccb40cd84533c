"""One writer per database: a second instance is refused; a crashed first one blocks nobody."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from secretary_app.store.lock import LockedError, WriterLock, lock_path_for


def test_second_writer_is_refused_with_a_german_message_naming_the_holder(db_path):
    first = WriterLock(db_path).acquire()
    try:
        with pytest.raises(LockedError) as exc:
            WriterLock(db_path).acquire()
        message = str(exc.value)
        assert "bereits in einem anderen Protokollant-Fenster geöffnet" in message
        assert f"Prozess {os.getpid()}" in message
    finally:
        first.release()
    with WriterLock(db_path) as again:
        assert again.held


def test_lock_file_is_private(db_path):
    with WriterLock(db_path):
        assert oct(lock_path_for(db_path).stat().st_mode & 0o777) == "0o600"


def test_lock_of_a_killed_instance_does_not_block(db_path):
    script = textwrap.dedent(
        f"""
        import sys, time
        from secretary_app.store.lock import acquire_writer_lock
        lock = acquire_writer_lock({str(db_path)!r})
        print("held", flush=True)
        time.sleep(60)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(LockedError, match=f"Prozess {child.pid}"):
            WriterLock(db_path).acquire()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert lock_path_for(db_path).exists()  # the stale file is left behind ...
    with WriterLock(db_path) as lock:  # ... and does not matter
        assert lock.held


def test_a_lock_below_a_file_is_a_german_message(tmp_path):
    from secretary_app.store import StoreError

    blocker = tmp_path / "datei"
    blocker.write_text("kein Ordner")
    with pytest.raises(StoreError, match="ein Teil des Pfades ist kein Ordner"):
        WriterLock(blocker / "p.sqlite").acquire()
