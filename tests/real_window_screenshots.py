"""Screenshots of the real window under Xvfb + openbox at 1366×768 and 1920×1080.

`python -m tests.real_window_screenshots` writes docs/screenshots/real-<moment>-<size>.png: a
session with a labelled amendment vote, the roll-call list, attendance with the Befangen column.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.test_real_window import ROOT, run_driver, start_x

SIZES = ((1366, 768), (1920, 1080))


def main() -> int:
    target = ROOT / "docs" / "screenshots"
    for width, height in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            xvfb, wm, env = start_x(width, height, Path(tmp))
            try:
                for moment in run_driver(env, Path(tmp), target):
                    print(width, height, moment["moment"], moment["frame"], moment["side_tabbed"])
            finally:
                wm.terminate()
                xvfb.terminate()
                wm.wait(10)
                xvfb.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
