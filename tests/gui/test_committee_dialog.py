"""Committees and members, edited by keyboard and saved in the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit

from secretary_app.ui.dialogs.committee_dialog import CommitteeDialog
from secretary_app.ui.models.members_model import MemberColumn, MembersModel, member_key
from tests.gui.helpers import committee, meeting, show_active
from tests.typing_helper import type_text

from .window_fixtures import operations


def type_member_name(qtbot, dialog: CommitteeDialog, name: str) -> None:
    """Ctrl+N opens a new row with the name cell in edit mode; type and confirm."""
    qtbot.keyClick(dialog.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = dialog.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(editor, name + "\n")
    qtbot.waitUntil(lambda: not isinstance(dialog.view.focusWidget(), QLineEdit))


def choose(qtbot, dialog: CommitteeDialog, row: int, column: int, label: str) -> None:
    """Open the combo box editor of a cell with F2 and pick `label` by arrow keys."""
    dialog.view.setCurrentIndex(dialog.model.index(row, column))
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
    combo = dialog.view.focusWidget()
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != label:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{label} not offered"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(dialog.view.focusWidget(), QComboBox))


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Müller-Preinesberger", "mueller-preinesberger"),
        ("Dr. Özdemir", "dr-oezdemir"),
        ("  Groß  ", "gross"),
        ("Žofia Nováková", "zofia-novakova"),
    ],
)
def test_keys_are_derived_from_names(name, key):
    assert member_key(name) == key


def test_new_committee_with_members_is_saved(qtbot, store):
    dialog = show_active(qtbot, CommitteeDialog(operations(store)))
    assert dialog.name_edit.hasFocus(), "an empty database starts with a new committee"
    type_text(dialog.name_edit, "Ausschuss für Gesundheit, Soziales und Inklusion")
    type_member_name(qtbot, dialog, "Schulze")
    type_member_name(qtbot, dialog, "Müller-Preinesberger")
    type_member_name(qtbot, dialog, "Krüger")
    choose(qtbot, dialog, 1, MemberColumn.ROLE, "Verwaltung")
    choose(qtbot, dialog, 2, MemberColumn.SALUTATION, "Herr")
    choose(qtbot, dialog, 0, MemberColumn.SALUTATION, "Frau")
    dialog.view.setCurrentIndex(dialog.model.index(2, MemberColumn.TITLE))
    qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
    type_text(dialog.view.focusWidget(), "Dr.\n")
    qtbot.waitUntil(lambda: dialog.model.index(2, MemberColumn.TITLE).data() == "Dr.")

    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_any
    [saved] = store.committees()
    assert saved.name == "Ausschuss für Gesundheit, Soziales und Inklusion"
    assert [m.key for m in saved.members] == ["schulze", "mueller-preinesberger", "krueger"]
    admin = saved.member("mueller-preinesberger")
    assert admin.role == "administration" and not admin.voting
    assert saved.member("krueger").display_name == "Herr Dr. Krüger"
    assert saved.member("schulze").display_name == "Frau Schulze"


def test_empty_name_and_duplicate_keys_get_german_messages(qtbot, store):
    dialog = show_active(qtbot, CommitteeDialog(operations(store)))
    type_member_name(qtbot, dialog, "Schulze")
    type_member_name(qtbot, dialog, "Schulze")
    dialog.save()
    text = dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert "Bitte geben Sie den Namen des Gremiums ein." in text
    assert "Die Zeilen 1 und 2 haben dasselbe Kürzel „schulze“" in text
    assert store.committees() == []

    dialog.name_edit.setFocus()
    type_text(dialog.name_edit, "Jugendhilfeausschuss")
    dialog.view.setCurrentIndex(dialog.model.index(1, MemberColumn.KEY))
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
    editor = dialog.view.focusWidget()
    editor.selectAll()
    type_text(editor, "Schulze Anja\n")
    qtbot.waitUntil(lambda: dialog.model.index(1, MemberColumn.KEY).data() == "schulze-anja")
    assert dialog.save()
    assert not dialog.error_label.isVisible()
    assert [m.key for m in store.committees()[0].members] == ["schulze", "schulze-anja"]


def test_duplicate_committee_name_is_refused(qtbot, store):
    store.save_committee(committee())
    dialog = show_active(qtbot, CommitteeDialog(operations(store), new=True))
    type_text(dialog.name_edit, "ausschuss für gesundheit, soziales und inklusion")
    assert not dialog.save()
    assert "gibt es schon" in dialog.error_label.text()
    assert len(store.committees()) == 1


def test_reorder_and_remove_members_of_a_stored_committee(qtbot, store):
    store.save_committee(committee())
    dialog = show_active(qtbot, CommitteeDialog(operations(store)))
    assert dialog.name_edit.text() == "Ausschuss für Gesundheit, Soziales und Inklusion"
    dialog.view.setCurrentIndex(dialog.model.index(0, MemberColumn.NAME))
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert dialog.model.index(2, MemberColumn.NAME).data() == "Eisenblätter"
    dialog.view.setCurrentIndex(dialog.model.index(0, MemberColumn.NAME))  # Schulze
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert dialog.save()
    keys = [m.key for m in store.committees()[0].members]
    assert keys[:2] == ["krueger", "eisenblaetter"]
    assert "schulze" not in keys


def test_removing_a_member_with_attendance_is_explained_not_lost(qtbot, store):
    store.add_meeting(meeting())
    dialog = show_active(qtbot, CommitteeDialog(operations(store)))
    dialog.view.setCurrentIndex(dialog.model.index(1, MemberColumn.NAME))
    dialog.remove_selected()
    assert not dialog.save()
    assert "als anwesend geführt" in dialog.error_label.text()
    assert store.committees()[0].member("schulze") is not None


def test_closing_saves_valid_changes_and_warns_once_about_invalid_ones(qtbot, store):
    store.save_committee(committee())
    dialog = show_active(qtbot, CommitteeDialog(operations(store)))
    dialog.name_edit.selectAll()
    type_text(dialog.name_edit, "Sozialausschuss")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert store.committees()[0].name == "Sozialausschuss"

    dialog = show_active(qtbot, CommitteeDialog(operations(store)))
    dialog.name_edit.clear()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert "verwirft" in dialog.error_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert store.committees()[0].name == "Sozialausschuss"


def test_edit_reports_whether_anything_was_saved(qtbot, store, monkeypatch):
    def fake_exec(self):
        type_text(self.name_edit, "Hauptausschuss")
        self.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CommitteeDialog, "exec", fake_exec)
    assert CommitteeDialog.edit(None, operations(store)) is True
    assert [c.name for c in store.committees()] == ["Hauptausschuss"]
    monkeypatch.setattr(CommitteeDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert CommitteeDialog.edit(None, operations(store)) is False


def test_members_model_is_a_sound_qt_model(qtmodeltester):
    model = MembersModel()
    model.set_members(committee().members)
    qtmodeltester.check(model)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_typing_in_function_opens_the_list_and_the_vote_right_follows_the_role(qtbot, store):
    dialog = show_active(qtbot, CommitteeDialog(operations(store)))
    type_text(dialog.name_edit, "Ausschuss für Bildung")
    type_member_name(qtbot, dialog, "Krüger")
    member = lambda: dialog.model.members()[0]  # noqa: E731
    assert member().salutation == ""  # a new member is no "Frau" by default
    assert member().role == "member" and member().voting
    # "V" typed on the Funktion cell: the list opens, nothing is chosen unseen
    dialog.view.setCurrentIndex(dialog.model.index(0, MemberColumn.ROLE))
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_V)
    combo = dialog.view.focusWidget()
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(combo.view().isVisible)
    assert (member().role, member().voting) == ("member", True)
    combo.hidePopup()
    dialog.view.closePersistentEditor(dialog.model.index(0, MemberColumn.ROLE))
    dialog.view.itemDelegateForColumn(MemberColumn.ROLE).closeEditor.emit(combo)
    qtbot.waitUntil(lambda: not isinstance(dialog.view.focusWidget(), QComboBox))
    # Verwaltung takes the vote; Vorsitz gives it back
    choose(qtbot, dialog, 0, MemberColumn.ROLE, "Verwaltung")
    assert not member().voting
    choose(qtbot, dialog, 0, MemberColumn.ROLE, "Vorsitz")
    assert member().voting
    # a vote right set by hand stays as set when the role changes
    dialog.model.setData(
        dialog.model.index(0, MemberColumn.VOTING),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    choose(qtbot, dialog, 0, MemberColumn.ROLE, "Mitglied")
    assert not member().voting
