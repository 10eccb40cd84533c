"""Helper programs (LibreOffice for the PDF) that die with Protokollant, and their work folders.

A converter started by us must not outlive us: killed mid-conversion it would go on writing
the full minutes, non-public items included, into a temporary folder nobody removes.

- POSIX: the helper runs in its own process group; a small watcher (`/bin/sh`, in a session
  of its own) reads a pipe from us. When we end in any way, SIGKILL included, the pipe closes,
  the watcher kills the whole group (LibreOffice's `soffice.bin` is a grandchild) and removes
  the work folder. The helper starts its command only once the watcher knows its group, so no
  moment is left in which a kill would leave it running.
- Windows: the helper is put into a job object that kills every process in it when its last
  handle closes, which the system does when we end.

Every work folder holds a lock file that its owner keeps locked; `remove_stale_workfolders`
(at every start of the window and the command line) removes folders whose lock is free.
No Qt here.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

WORK_PREFIX = "protokollant-pdf-"
_OWNER = ".besitzer"

# Started before the helper; reads from us the helper's process group, then one line:
# "fertig" when we ended the helper ourselves, end of file when we died. Then the helper's
# group is killed and the work folder removed.
_WATCHER = (
    'read group; read line; [ "$line" = fertig ] || '
    '{ [ -n "$group" ] && kill -s KILL -- -"$group" 2>/dev/null; rm -rf -- "$1"; }'
)

# The helper's first step: wait for our "los", then become the command (same process, same
# group), its stdin the null device.
_WAIT_FOR_GO = 'IFS= read -r go; [ "$go" = los ] || exit 1; exec "$@" </dev/null'


def _try_lock(fd: int) -> bool:
    from .store.lock import _try_lock as lock

    return lock(fd)


@contextlib.contextmanager
def work_folder() -> Iterator[Path]:
    """A private temporary folder (0700) marked as ours while the block runs; removed after."""
    folder = Path(tempfile.mkdtemp(prefix=WORK_PREFIX))
    fd = os.open(folder / _OWNER, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _try_lock(fd)
        yield folder
    finally:
        os.close(fd)
        shutil.rmtree(folder, ignore_errors=True)


def remove_stale_workfolders(base: Path | None = None) -> list[Path]:
    """Work folders of runs that ended without removing them (their lock is free)."""
    base = Path(tempfile.gettempdir()) if base is None else base
    removed: list[Path] = []
    try:
        candidates = [p for p in base.iterdir() if p.name.startswith(WORK_PREFIX)]
    except OSError:
        return removed
    for folder in candidates:
        try:
            if not folder.is_dir() or folder.is_symlink():
                continue
            if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():
                continue  # another user's
            fd = os.open(folder / _OWNER, os.O_RDWR)
        except FileNotFoundError:
            fd = -1  # cut off before its lock file existed
        except OSError:
            continue
        try:
            if fd != -1 and not _try_lock(fd):
                continue  # its program is converting right now
        finally:
            if fd != -1:
                os.close(fd)
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    return removed


# Like _WAIT_FOR_GO, for a helper we talk to: after "los" the same pipe carries our requests
# (the shell's `read` takes exactly one line from a pipe), its stdout is a pipe back to us.
_WAIT_FOR_GO_TALKING = 'IFS= read -r go; [ "$go" = los ] || exit 1; exec "$@"'


def helper_environment() -> dict[str, str]:
    """Our environment without what a frozen Protokollant set for itself (PyInstaller puts its
    own library folder first; LibreOffice must load its own libraries and Python)."""
    env = dict(os.environ)
    for name in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"):
        original = env.pop(f"{name}_ORIG", None)
        if original is not None:
            env[name] = original
        elif getattr(sys, "frozen", False):
            env.pop(name, None)
    for name in ("PYTHONHOME", "PYTHONPATH", "PYTHONSAFEPATH", "PYTHONSTARTUP"):
        env.pop(name, None)
    return env


class TiedHelper:
    """A started helper that ends when we end; `finish()` ends it (and all it started) now.

    With `talking=True` its stdin and stdout are pipes to us (`process.stdin`/`.stdout`).
    """

    def __init__(self, process: subprocess.Popen[bytes], finish: Callable[[], None]) -> None:
        self.process = process
        self._finish = finish
        self._finished = False

    def finish(self) -> None:
        if not self._finished:
            self._finished = True
            self._finish()


def start_tied(command: Sequence[str], *, cleanup: Path, talking: bool = False) -> TiedHelper:
    """Start `command` so that it (and all it starts) ends when we end.

    Raises OSError (not started). `cleanup` is removed by the watcher if we die while the
    helper runs.
    """
    if sys.platform == "win32":
        return _start_in_job(command, talking=talking)
    watcher = subprocess.Popen(
        ["/bin/sh", "-c", _WATCHER, "sh", str(cleanup)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    assert watcher.stdin is not None
    watcher_input = watcher.stdin
    helper: subprocess.Popen[bytes] | None = None
    go_read, go_write = -1, -1

    def finish() -> None:
        for fd in (go_read, go_write):
            if fd != -1:
                with contextlib.suppress(OSError):
                    os.close(fd)
        if helper is not None:
            for stream in (helper.stdin, helper.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()
            # whatever it left running (soffice.bin outlives its launcher on a timeout)
            with contextlib.suppress(OSError):
                os.killpg(helper.pid, signal.SIGKILL)
            helper.wait()
        with contextlib.suppress(OSError):
            if helper is None:
                watcher_input.write(b"\n")
            watcher_input.write(b"fertig\n")
            watcher_input.close()
        watcher.wait()

    try:
        # the helper waits for "los" on its stdin before it becomes the command: killed
        # before the watcher knows its group, it reads the end of the pipe and never starts
        if talking:
            helper = subprocess.Popen(
                ["/bin/sh", "-c", _WAIT_FOR_GO_TALKING, "sh", *command],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
                env=helper_environment(),
            )
        else:
            go_read, go_write = os.pipe()
            helper = subprocess.Popen(
                ["/bin/sh", "-c", _WAIT_FOR_GO, "sh", *command],
                stdin=go_read,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
                env=helper_environment(),
            )
            os.close(go_read)
            go_read = -1
        watcher_input.write(f"{helper.pid}\n".encode())
        watcher_input.flush()
        if talking:
            assert helper.stdin is not None
            helper.stdin.write(b"los\n")
            helper.stdin.flush()
        else:
            os.write(go_write, b"los\n")
    except BaseException:
        finish()
        raise
    return TiedHelper(helper, finish)


def run_tied(command: Sequence[str], *, timeout: float, cleanup: Path) -> int:
    """Run `command` so that it (and all it starts) ends when we end; its exit code.

    Raises subprocess.TimeoutExpired (the helper killed) or OSError (not started).
    `cleanup` is removed by the watcher if we die while the helper runs.
    """
    tied = start_tied(command, cleanup=cleanup)
    try:
        return tied.process.wait(timeout=timeout)
    finally:
        tied.finish()


def _start_in_job(command: Sequence[str], *, talking: bool) -> TiedHelper:  # pragma: no cover
    """Windows: the helper in a job object that the system kills when our last handle goes.

    A talking helper starts what it starts only after our first request, which we send after
    it is in the job, so nothing it starts escapes the job."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]

    class IoCounters(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_ulonglong)
            for name in (
                "ReadOperationCount",
                "WriteOperationCount",
                "OtherOperationCount",
                "ReadTransferCount",
                "WriteTransferCount",
                "OtherTransferCount",
            )
        ]

    class BasicLimits(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class ExtendedLimits(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", BasicLimits),
            ("IoInfo", IoCounters),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    kill_on_job_close = 0x2000
    extended_limit_information = 9
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    job = kernel32.CreateJobObjectW(None, None)
    if job:
        limits = ExtendedLimits()
        limits.BasicLimitInformation.LimitFlags = kill_on_job_close
        kernel32.SetInformationJobObject(
            wintypes.HANDLE(job),
            extended_limit_information,
            ctypes.byref(limits),
            ctypes.sizeof(limits),
        )
    helper = subprocess.Popen(
        list(command),
        stdin=subprocess.PIPE if talking else subprocess.DEVNULL,
        stdout=subprocess.PIPE if talking else subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        creationflags=subprocess.CREATE_NO_WINDOW,  # type: ignore[attr-defined]
        env=helper_environment(),
    )

    def finish() -> None:
        for stream in (helper.stdin, helper.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        if job:
            kernel32.TerminateJobObject(wintypes.HANDLE(job), 1)
            kernel32.CloseHandle(wintypes.HANDLE(job))
        else:
            helper.kill()
        helper.wait()

    try:
        if job:
            kernel32.AssignProcessToJobObject(
                wintypes.HANDLE(job),
                wintypes.HANDLE(int(helper._handle)),  # type: ignore[attr-defined]
            )
    except BaseException:
        finish()
        raise
    return TiedHelper(helper, finish)
