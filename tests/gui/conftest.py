"""Fixtures shared by the GUI tests."""

from .session_window import typing_window  # noqa: F401 - a fixture
