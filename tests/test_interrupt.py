"""Ctrl+C in the terminal that started the window closes it cleanly (no traceback, exit 0)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


def test_ctrl_c_closes_the_window_like_its_close_button(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "secretary_app", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not Path(f"{db}.lock").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.5)  # the window is up and its event loop runs
        assert child.poll() is None, child.communicate()
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
