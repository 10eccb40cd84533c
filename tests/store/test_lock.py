"""One writer per database: a second instance is refused; a crashed first one blocks nobody."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap

import pytest

from secretary_app.store.lock import LockedError, WriterLock, lock_path_for
from tests.cli_helpers import another_name
from tests.privacy import assert_private


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
        assert_private(lock_path_for(db_path))


@contextlib.contextmanager
def held_by_another_process(path):
    """A child process holding the writer lock of `path`; killed at the end, with no chance to
    clean up (SIGKILL on POSIX, TerminateProcess on Windows)."""
    script = textwrap.dedent(
        f"""
        import time
        from secretary_app.store.lock import acquire_writer_lock
        lock = acquire_writer_lock({str(path)!r})
        print("held", flush=True)
        time.sleep(60)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "held"
        yield child
    finally:
        child.kill()
        child.wait()


def test_lock_of_a_killed_instance_does_not_block(db_path):
    with held_by_another_process(db_path) as child:
        with pytest.raises(LockedError, match=f"Prozess {child.pid}"):
            WriterLock(db_path).acquire()
    assert lock_path_for(db_path).exists()  # the stale file is left behind ...
    with WriterLock(db_path) as lock:  # ... and does not matter
        assert lock.held


def test_a_lock_below_a_file_is_a_german_message(tmp_path):
    from secretary_app.store import StoreError

    blocker = tmp_path / "datei"
    blocker.write_text("kein Ordner")
    with pytest.raises(StoreError, match="ein Teil des Pfades ist kein Ordner"):
        WriterLock(blocker / "p.sqlite").acquire()


@pytest.mark.parametrize("kind", ["symlink", "folder-symlink", "hardlink"])
def test_another_name_for_the_same_file_is_refused(db_path, kind):
    from secretary_app.store import Store

    Store.open(db_path).close()
    alias = another_name(db_path, kind)
    for first, second in ((db_path, alias), (alias, db_path)):
        with WriterLock(first):
            with pytest.raises(LockedError) as exc:
                WriterLock(second).acquire()
            message = str(exc.value)
            assert "bereits in einem anderen Protokollant-Fenster geöffnet" in message
            assert f"unter dem Namen „{first.absolute()}“" in message
        with WriterLock(second) as lock:  # free again once the first has gone
            assert lock.held


def test_a_hard_link_held_by_another_process_is_refused(db_path):
    from secretary_app.store import Store

    Store.open(db_path).close()
    alias = another_name(db_path, "hardlink")
    with held_by_another_process(alias) as child:
        with pytest.raises(LockedError, match=f"Prozess {child.pid}.*hart.sqlite"):
            WriterLock(db_path).acquire()
    with WriterLock(db_path) as lock:
        assert lock.held


def test_a_new_database_is_created_under_the_lock(db_path):
    """Created at once, so no second name can be made for it before its identity is locked."""
    with WriterLock(db_path):
        assert db_path.is_file() and db_path.stat().st_size == 0
        assert_private(db_path)
        alias = another_name(db_path, "hardlink")
        with pytest.raises(LockedError):
            WriterLock(alias).acquire()
