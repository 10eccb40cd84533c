"""200 % text size on a 1366×768 laptop (QT_SCALE_FACTOR=2: 683×384 points): the real window
under Xvfb and openbox, before, during and after a session, lies wholly on the screen — panes
scroll instead of pushing the window past its edge (tests/real_window_driver.py)."""

from __future__ import annotations

import shutil

import pytest

from tests.test_real_window import NEEDED, inside, run_driver, start_x, stop_x

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in NEEDED),
    reason="needs Xvfb and openbox (apt-get install xvfb openbox; .ci/run installs them)",
)


@pytest.mark.gui
def test_at_200_percent_the_window_stays_on_a_laptop_screen(tmp_path):
    xvfb, wm, env = start_x(1366, 768, tmp_path)
    try:
        moments = run_driver({**env, "QT_SCALE_FACTOR": "2"}, tmp_path)
    finally:
        stop_x(xvfb, wm)
    assert len(moments) == 7
    for m in moments:
        assert m["screen"] == [0, 0, 683, 384]  # points: the screen at twice the size
        # (a point is two pixels: a rectangle of odd pixels is rounded up by half a point)
        x, y, w, h = m["available"]
        area = [x - 1, y - 1, w + 2, h + 2]
        outline = m["client"] if m["moment"] == "maximised" else m["frame"]
        assert inside(outline, area), m
        assert inside(m["status"], area), m
        assert m["minimum"][0] <= 683, m
