"""The widget screenshots render headless and show what they claim to show."""

from __future__ import annotations

from PySide6.QtGui import QImage

from tests.gui import screenshots


def test_roll_call_screenshot(qtbot, tmp_path):
    path = screenshots.vote_tally_roll_call(tmp_path / "tally.png")
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 500 and image.height() >= 600


def test_attendance_screenshot(qtbot, tmp_path):
    path = screenshots.attendance(tmp_path / "attendance.png")
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 500
