"""Start-up of the installed program, frozen as the secretary gets it.

The app is the .deb's `/opt/protokollant/protokollant` where that is installed, else the
one-folder bundle `dist/protokollant/` (`make bundle` builds it when missing). The baseline is
`benchmarks/bare_window.py` — a bare PySide6 window with one `QPlainTextEdit` — frozen by the
same PyInstaller one-folder build. Both report "ready" the same way: after the window's first
paint, when the event loop is idle, they write the CLOCK_MONOTONIC time to
`PROTOKOLLANT_READY_FILE`;
the time counted is from just before the parent starts the executable to that moment. Warm
(files in the page cache) and cold (`/proc/sys/vm/drop_caches` before each start, where the
machine allows it), alternately app and baseline. `--quick` skips this module (it builds).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, headless_platform

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
INSTALLED = Path("/opt/protokollant/protokollant")


def app_executable() -> Path:
    if INSTALLED.exists():
        return INSTALLED
    exe = ROOT / "dist" / "protokollant" / "protokollant"
    if not exe.exists():
        subprocess.run(["make", "bundle"], cwd=ROOT, check=True, capture_output=True)
    return exe


def bare_executable() -> Path:
    out = HERE / "out" / "bare-bundle-z0"  # (z0: modules stored uncompressed, as `make bundle`)
    exe = out / "dist" / "bare_window" / "bare_window"
    source = HERE / "bare_window.py"
    if not exe.exists() or exe.stat().st_mtime < source.stat().st_mtime:
        # PyInstaller comes with the bundle extra, as for `make bundle`
        subprocess.run(
            ["make", ".venv/.bundle-installed"], cwd=ROOT, check=True, capture_output=True
        )
        pyinstaller = Path(sys.executable).with_name("pyinstaller")
        built_alike = dict(os.environ, PYINSTALLER_ZLIB_COMPRESSION_LEVEL="0")  # as the Makefile
        subprocess.run(
            [
                str(pyinstaller),
                "--noconfirm",
                "--onedir",
                "--log-level",
                "WARN",
                "--distpath",
                str(out / "dist"),
                "--workpath",
                str(out / "build"),
                "--specpath",
                str(out),
                str(source),
            ],
            cwd=ROOT,
            env=built_alike,
            check=True,
            capture_output=True,
        )
    return exe


def drop_caches() -> bool:
    """Empty the page cache (root on a machine that allows it); False where it is not allowed."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as handle:
            handle.write("3\n")
        return True
    except (OSError, AttributeError):  # (Windows has neither os.sync nor /proc)
        return False


def start(exe: Path, args: list[str], env: dict[str, str], folder: Path) -> float:
    """Milliseconds from before starting `exe` until it reports ready; the process is ended."""
    ready = folder / "ready"
    ready.unlink(missing_ok=True)
    env = dict(env, PROTOKOLLANT_READY_FILE=str(ready))
    started = time.monotonic()
    proc = subprocess.Popen(
        [str(exe), *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = started + 60
        while time.monotonic() < deadline:
            if ready.exists() and ready.stat().st_size:
                return (float(ready.read_text()) - started) * 1000
            if proc.poll() is not None:
                raise RuntimeError(f"{exe} ended with {proc.returncode} before it was ready")
            time.sleep(0.001)
        raise RuntimeError(f"{exe} was not ready within 60 s")
    finally:
        proc.kill()
        proc.wait(10)


def measure(quick: bool) -> list[Row]:
    if quick:
        return []
    app, bare = app_executable(), bare_executable()
    folder = Path(tempfile.mkdtemp(prefix="bench-installed-"))
    env = dict(os.environ, QT_QPA_PLATFORM=headless_platform())
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(folder / name.lower())
    try:
        db = folder / "demo.sqlite"
        subprocess.run(
            [
                str(app),
                "--db",
                str(db),
                "import",
                str(ROOT / "resources/demo/reference-meeting.json"),
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        args = ["--db", str(db)]
        start(app, args, env, folder)  # first start: caches of its own, as after installing
        start(bare, [], env, folder)
        warm, warm_base = [], []
        for _ in range(15):
            warm.append(start(app, args, env, folder))
            warm_base.append(start(bare, [], env, folder))
        cold, cold_base = [], []
        allowed = drop_caches()
        if allowed:
            for _ in range(5):
                drop_caches()
                cold.append(start(app, args, env, folder))
                drop_caches()
                cold_base.append(start(bare, [], env, folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    where = "/opt/protokollant (the .deb)" if app == INSTALLED else "dist/protokollant (bundle)"
    rows = [
        Row(
            name="start-up of the installed program, warm",
            baseline="PyInstaller bundle of the bare window, built the same way",
            target="≤ 1.5×",
            unit="ms",
            samples=warm,
            baseline_samples=warm_base,
            max_ratio=1.5,
            extra={"program": where},
        )
    ]
    if allowed:
        rows.append(
            Row(
                name="start-up of the installed program, page cache dropped",
                baseline="PyInstaller bundle of the bare window, built the same way",
                target="≤ 1.5×",
                unit="ms",
                samples=cold,
                baseline_samples=cold_base,
                max_ratio=1.5,
                extra={"program": where},
            )
        )
    else:
        print("note: this machine does not allow dropping the page cache", file=sys.stderr)
    return rows
