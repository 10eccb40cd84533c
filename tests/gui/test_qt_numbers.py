"""The first frame names some of Qt's values by number (`ui/qt_namespace.py` says why):
each number is the value Qt gives it, so a role, a shortcut or an alignment is what it says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from secretary_app.session import Operations
from secretary_app.ui.main_window import MainWindow
from secretary_app.ui.panes import minutes_document as md
from secretary_app.ui.panes import minutes_editor as me

pytestmark = pytest.mark.gui


def test_the_numbers_are_qts_values():
    assert me.USER_ROLE == Qt.ItemDataRole.UserRole.value
    modifiers = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
        | Qt.KeyboardModifier.KeypadModifier
        | Qt.KeyboardModifier.GroupSwitchModifier
    )
    assert me.COMMAND_MODIFIERS == modifiers.value
    right_centred = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert me.MARKER_ALIGNMENT == right_centred.value
    assert md.WORD_WRAP == Qt.TextFlag.TextWordWrap.value
    left_centred = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    assert md.LEFT_CENTRED_WRAPPED == left_centred.value | Qt.TextFlag.TextWordWrap.value


def test_what_the_first_frame_sets_by_property_took(qtbot, db_path):
    from secretary_app.store import Store

    store = Store.open(db_path)
    try:
        window = MainWindow(Operations(store), open_results=False)
        qtbot.addWidget(window)
        assert window.item_header.textFormat() == Qt.TextFormat.PlainText
        assert window.splitter.orientation() == Qt.Orientation.Horizontal
        action = window.editor.spelling.next_action
        assert action.shortcut() == QKeySequence("Ctrl+.")
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
        window.close()
    finally:
        store.close()
