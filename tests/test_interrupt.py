"""Ctrl+C in the terminal that started the window closes it cleanly (no traceback, exit 0)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.gui,
    # Protokollant.exe is a windowed program without a console: no Ctrl+C reaches it there,
    # and Windows has no SIGINT to send to another process (its window is closed as any)
    pytest.mark.skipif(sys.platform == "win32", reason="no Ctrl+C for a windowed .exe"),
]


def test_ctrl_c_closes_the_window_like_its_close_button(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    state = tmp_path / "state"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(state)}
    child = subprocess.Popen(
        [sys.executable, "-m", "secretary_app", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    ready = f"window ready (pid {child.pid}); Ctrl+C"
    try:
        # the window logs that its Ctrl+C handler is in place (after its first frame)
        deadline = time.monotonic() + 60
        while not _logged(state, ready) and time.monotonic() < deadline:
            assert child.poll() is None, child.communicate()
            time.sleep(0.05)
        assert _logged(state, ready), "the window never said it was ready"
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def _logged(state: Path, text: str) -> bool:
    for log in state.glob("**/*.log"):
        try:
            if text in log.read_text(encoding="utf-8", errors="replace"):
                return True
        except OSError:
            pass
    return False
