"""Screenshots of the real window under Xvfb + openbox at 1366×768, 1280×720, 860×700 (half a
screen: the window fills it, as snapped beside the agenda PDF) and 1920×1080.

`python -m tests.real_window_screenshots [--display :26] [--size 860x700]` writes
docs/screenshots/real-<moment>-<size>.png: a session with a labelled amendment vote, the roll-call
list, attendance with the Befangen column. Each line printed says what the window showed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.test_real_window import ROOT, run_driver, start_x

SIZES = ((1366, 768), (1280, 720), (860, 700), (1920, 1080))
SHOWN = ("window_width", "editor_width", "side_width", "side_tabs", "side_front", "bar_shown")


def main(argv: list[str]) -> int:
    display = argv[argv.index("--display") + 1] if "--display" in argv else ""
    only = argv[argv.index("--size") + 1] if "--size" in argv else ""  # e.g. "860x700"
    target = ROOT / "docs" / "screenshots"
    for width, height in SIZES:
        if only and only != f"{width}x{height}":
            continue
        with tempfile.TemporaryDirectory() as tmp:
            xvfb, wm, env = start_x(width, height, Path(tmp), display)
            try:
                for moment in run_driver(env, Path(tmp), target):
                    shown = " ".join(f"{key}={moment[key]}" for key in SHOWN)
                    print(width, height, moment["moment"], moment["frame"], shown)
            finally:
                wm.terminate()
                xvfb.terminate()
                wm.wait(10)
                xvfb.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
