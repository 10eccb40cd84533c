"""A LibreOffice kept running for the session's PDFs: the second PDF without LibreOffice's start.

A cold `soffice --convert-to pdf` starts LibreOffice for each file (most of its seconds). Here
one LibreOffice runs headless for the whole session and a small worker talks to it through
UNO, LibreOffice's own interface. The worker is run by LibreOffice's Python (ours cannot load
LibreOffice's `uno` module): the `python` beside `soffice` on Windows, macOS and The Document
Foundation's Linux packages, or the system `python3` where the distribution packs UNO for it
(Debian's `python3-uno` puts `pyuno.so` beside soffice).

Both run as one tied helper (`helper_process.start_tied`): they end when we end, SIGKILL
included, and their private work folder (LibreOffice's profile, the PDFs before they are
published) goes with them. Conversions take turns (a lock); any failure of the kept converter
ends it for the session and the caller converts the cold way, whose messages she knows.
No Qt here.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import queue
import secrets
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

# Runs under LibreOffice's Python (3.8 and later): the standard library and uno only.
# Requests and answers are JSON lines. LibreOffice is started at the first request.
WORKER = r"""
import json, subprocess, sys, time


def answer(**fields):
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


try:
    import uno
    from com.sun.star.beans import PropertyValue
except Exception as exc:
    answer(ok=False, error="uno: %s" % exc)
    sys.exit(0)

soffice, profile, pipe_name = sys.argv[1:4]
office = None
desktop = None


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start():
    global office, desktop
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    office = subprocess.Popen(
        [soffice, "-env:UserInstallation=" + profile, "--headless", "--invisible",
         "--norestore", "--nologo", "--nodefault", "--nolockcheck",
         "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe_name],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        creationflags=flags)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 90
    while True:
        try:
            context = resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe_name)
            break
        except Exception:
            if office.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context)


for line in sys.stdin:
    try:
        request = json.loads(line)
        if desktop is None:
            start()
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(request["docx"]), "_blank", 0,
            (prop("Hidden", True), prop("ReadOnly", True)))
        if document is None:
            raise RuntimeError("LibreOffice could not open the file")
        try:
            document.storeToURL(uno.systemPathToFileUrl(request["pdf"]),
                                (prop("FilterName", "writer_pdf_Export"),))
        finally:
            document.close(True)
        answer(ok=True)
    except Exception as exc:
        answer(ok=False, error="%s: %s" % (type(exc).__name__, exc))
        break

try:
    if desktop is not None:
        desktop.terminate()
    if office is not None:
        office.wait(timeout=15)
except Exception:
    pass
"""


class KeptConverterError(Exception):
    """The kept converter failed; convert the cold way."""


def uno_python(soffice: str) -> str | None:
    """The Python that can talk to this LibreOffice, or None (then: the cold way)."""
    program = Path(soffice).resolve().parent
    for candidate in (
        program / "python.exe",  # Windows
        program / "python",  # The Document Foundation's Linux packages
        program.parent / "Resources" / "python",  # macOS: Contents/MacOS/soffice
    ):
        if candidate.is_file():
            return str(candidate)
    if sys.platform != "win32" and any(
        (program / name).is_file() for name in ("pyuno.so", "libpyuno.so")
    ):
        system = Path("/usr/bin/python3")  # the distribution's UNO is for its own python3
        return str(system) if system.is_file() else None
    return None


class KeptConverter:
    """One LibreOffice and its worker, tied to us, converting one file at a time."""

    def __init__(self, soffice: str, python: str) -> None:
        from ..helper_process import start_tied, work_folder

        self._stack = contextlib.ExitStack()
        self.work = self._stack.enter_context(work_folder())
        pipe = f"protokollant-{os.getpid()}-{secrets.token_hex(6)}"
        command = [python, "-c", WORKER, soffice, (self.work / "profile").as_uri(), pipe]
        try:
            self._helper = start_tied(command, cleanup=self.work, talking=True)
        except BaseException:
            self._stack.close()
            raise
        self._stack.callback(self._helper.finish)
        self._answers: queue.Queue[bytes] = queue.Queue()
        process = self._helper.process
        assert process.stdin is not None and process.stdout is not None
        self._requests: IO[bytes] = process.stdin
        threading.Thread(
            target=self._read, args=(process.stdout,), name="pdf-converter", daemon=True
        ).start()
        self._count = 0

    def _read(self, stream: IO[bytes]) -> None:
        with contextlib.suppress(OSError, ValueError):
            for line in stream:
                self._answers.put(line)
        self._answers.put(b"")  # the worker ended

    @property
    def pid(self) -> int:
        return self._helper.process.pid

    def convert(self, docx: Path, *, timeout: float) -> Path:
        """`docx` as PDF in the private work folder; KeptConverterError on any failure."""
        self._count += 1
        produced = self.work / f"{self._count}.pdf"
        request = {"docx": str(Path(docx).resolve()), "pdf": str(produced)}
        try:
            self._requests.write(json.dumps(request).encode() + b"\n")
            self._requests.flush()
            line = self._answers.get(timeout=timeout)
        except (OSError, ValueError, queue.Empty) as exc:
            raise KeptConverterError(f"no answer ({exc!r})") from exc
        try:
            reply = json.loads(line) if line else {"ok": False, "error": "worker ended"}
        except ValueError as exc:
            raise KeptConverterError(f"unreadable answer {line!r}") from exc
        if not reply.get("ok") or not produced.is_file() or produced.stat().st_size == 0:
            raise KeptConverterError(str(reply.get("error", "no PDF written")))
        return produced

    def close(self) -> None:
        """End LibreOffice and the worker, remove the work folder."""
        with contextlib.suppress(OSError, ValueError):
            self._requests.close()  # the worker ends LibreOffice and itself
        with contextlib.suppress(Exception):
            self._helper.process.wait(timeout=15)
        self._stack.close()


_lock = threading.Lock()
_kept: KeptConverter | None = None
_failed = False


@contextlib.contextmanager
def session_converter(soffice: str) -> Iterator[KeptConverter | None]:
    """The session's kept converter (started at first use) under the lock, or None when
    there is none: no UNO Python, or it failed earlier in this session."""
    global _kept, _failed
    with _lock:
        if _kept is None and not _failed:
            python = uno_python(soffice)
            if python is None:
                _failed = True
            else:
                try:
                    _kept = KeptConverter(soffice, python)
                except OSError:
                    _failed = True
                else:
                    atexit.register(shutdown)
        yield _kept


def give_up() -> None:
    """The kept converter failed: end it; this session converts the cold way. Under the lock
    (called inside `session_converter`)."""
    global _kept, _failed
    _failed = True
    if _kept is not None:
        kept, _kept = _kept, None
        kept.close()


def shutdown() -> None:
    """End the kept converter (at quit; also registered with atexit). The next PDF starts a
    new one, also after a failure."""
    global _kept, _failed
    with _lock:
        _failed = False
        if _kept is not None:
            kept, _kept = _kept, None
            kept.close()
