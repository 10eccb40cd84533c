"""New meeting (numbered last + 1), the meeting picker, settings and the About dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from secretary_app import __version__
from secretary_app.domain.model import Committee, Meeting, Member
from secretary_app.settings import Settings
from secretary_app.ui.dialogs.about_dialog import AboutDialog, show_about
from secretary_app.ui.dialogs.committee_dialog import CommitteeDialog
from secretary_app.ui.dialogs.meeting_picker import MeetingPicker
from secretary_app.ui.dialogs.new_meeting_dialog import NewMeetingDialog
from secretary_app.ui.dialogs.settings_dialog import SettingsDialog
from secretary_app.ui.models import meeting_list_model
from secretary_app.ui.models.meeting_list_model import MeetingListModel
from tests.gui.helpers import committee, show_active
from tests.typing_helper import type_text

from .window_fixtures import operations


def add_meetings(store, c: Committee, numbers, start=dt.date(2016, 1, 5)) -> list[int]:
    ids = []
    for i, n in enumerate(numbers):
        ids.append(
            store.add_meeting(Meeting(committee=c, number=n, date=start + dt.timedelta(days=7 * i)))
        )
    return ids


# -- new meeting --------------------------------------------------------------------------


def test_new_meeting_is_numbered_last_plus_one_with_everyone_present(qtbot, store):
    health = committee()
    add_meetings(store, health, [19, 20])
    youth = Committee(name="Jugendhilfeausschuss", members=[Member(key="a", name="Adler")])
    add_meetings(store, youth, [4], start=dt.date(2016, 2, 1))
    Settings(secretary_name="Anja Böhm").save(store)

    dialog = show_active(qtbot, NewMeetingDialog(operations(store)))
    assert dialog.committee_combo.currentText() == "Jugendhilfeausschuss", "latest first"
    assert dialog.number_spin.value() == 5
    dialog.committee_combo.setFocus()
    qtbot.keyClick(dialog.committee_combo, Qt.Key.Key_Up)
    assert dialog.committee_combo.currentText() == health.name
    assert dialog.number_spin.value() == 21
    assert dialog.date_edit.date() == QDate.currentDate()

    dialog.date_edit.setDate(QDate(2016, 6, 14))
    dialog.place_edit.setFocus()
    type_text(dialog.place_edit, "Rathaus, Raum 3.025 – Großer Saal")
    qtbot.keyClick(dialog.non_public_check, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    m = store.load_meeting(dialog.meeting_id)
    assert (m.committee.name, m.number, m.date) == (health.name, 21, dt.date(2016, 6, 14))
    assert m.location == "Rathaus, Raum 3.025 – Großer Saal"
    assert m.parts == ["public", "non-public"]
    assert m.secretary == "Anja Böhm"
    assert [a.member for a in m.attendance if a.present] == [x.key for x in health.members]
    assert m.planned_start == dialog.start_edit.time().toString("HH:mm")
    assert m.start is None  # begun on the day, with "Sitzung beginnen"


def test_new_meeting_needs_a_part_and_a_committee(qtbot, store):
    dialog = show_active(qtbot, NewMeetingDialog(operations(store)))
    assert "Es gibt noch kein Gremium" in dialog.error_label.text()
    dialog.public_check.setChecked(False)
    dialog.create_meeting()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Bitte wählen Sie ein Gremium" in dialog.error_label.text()
    assert "nichtöffentlichen oder beide Teile" in dialog.error_label.text()
    assert store.list_meetings() == []


def test_committee_created_from_the_dialog_is_selected(qtbot, store, monkeypatch):
    store.save_committee(committee())

    def create(parent, store_, new=False):
        assert new
        store_.save_committee(Committee(name="Bauausschuss", members=[Member("b", "Bauer")]))
        return True

    monkeypatch.setattr(CommitteeDialog, "edit", staticmethod(create))
    dialog = show_active(qtbot, NewMeetingDialog(operations(store)))
    qtbot.mouseClick(dialog.new_committee_button, Qt.MouseButton.LeftButton)
    assert dialog.committee_combo.currentText() == "Bauausschuss"
    assert dialog.number_spin.value() == 1


def test_ask_returns_the_new_id_or_none(qtbot, store, monkeypatch):
    store.save_committee(committee())

    def accept(self):
        self.create_meeting()
        return self.result()

    monkeypatch.setattr(NewMeetingDialog, "exec", accept)
    new_id = NewMeetingDialog.ask(None, operations(store))
    assert new_id is not None and store.load_meeting(new_id).number == 1
    monkeypatch.setattr(NewMeetingDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert NewMeetingDialog.ask(None, operations(store)) is None


# -- meeting picker -----------------------------------------------------------------------


@pytest.fixture
def archive(store, monkeypatch):
    """Forty health committee meetings in 2016 and one youth meeting, the oldest of all."""
    monkeypatch.setattr(meeting_list_model, "PAGE_SIZE", 5)
    youth = Committee(name="Jugendhilfeausschuss", members=[Member(key="a", name="Adler")])
    [youth_id] = add_meetings(store, youth, [7], start=dt.date(2015, 3, 3))
    ids = add_meetings(store, committee(), range(1, 41))
    return store, ids, youth_id


def test_picker_shows_recent_first_and_pages_on_demand(qtbot, archive):
    store, ids, _ = archive
    picker = show_active(qtbot, MeetingPicker(store))
    assert 5 <= picker.model.rowCount() < 41, "pages of five, as many as the view needs"
    first = picker.proxy.index(0, 0)
    assert first.data() == store.list_meetings(limit=1)[0].date.strftime("%d.%m.%Y")
    assert picker.selected_id() == ids[-1]
    assert "weitere beim Blättern" in picker.count_label.text()
    loaded = picker.model.rowCount()
    picker.view.scrollToBottom()
    qtbot.waitUntil(lambda: picker.model.rowCount() > loaded)


def test_picker_filters_as_you_type_across_the_whole_archive(qtbot, archive):
    store, _, youth_id = archive
    picker = show_active(qtbot, MeetingPicker(store))
    assert picker.filter_edit.hasFocus()
    type_text(picker.filter_edit, "jugend")
    assert picker.proxy.rowCount() == 1
    assert picker.proxy.index(0, 2).data() == "Jugendhilfeausschuss"
    assert picker.count_label.text() == "1 von 41 Sitzungen"
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.chosen == youth_id


def test_picker_filter_by_date_and_number_and_arrow_keys(qtbot, archive):
    store, ids, _ = archive
    picker = show_active(qtbot, MeetingPicker(store))
    type_text(picker.filter_edit, "2016 gesundheit")
    assert picker.proxy.rowCount() == 40
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    assert picker.selected_id() == ids[-2]
    picker.filter_edit.clear()
    type_text(picker.filter_edit, "3. gesund 01.2016")
    assert [picker.proxy.index(r, 1).data() for r in range(picker.proxy.rowCount())] == ["3."]
    type_text(picker.filter_edit, "x")
    assert picker.proxy.rowCount() == 0
    assert not picker.buttons.button(picker.buttons.StandardButton.Open).isEnabled()


def test_choose_returns_the_id(qtbot, archive, monkeypatch):
    store, ids, _ = archive

    def pick(self):
        self.open_selected()
        return self.result()

    monkeypatch.setattr(MeetingPicker, "exec", pick)
    assert MeetingPicker.choose(None, store) == ids[-1]


def test_picker_on_an_empty_database_says_so(qtbot, store):
    picker = show_active(qtbot, MeetingPicker(store))
    assert "Noch keine Sitzungen" in picker.count_label.text()
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.chosen is None


def test_meeting_list_model_is_a_sound_qt_model(qtmodeltester, archive):
    store, _, _ = archive
    model = MeetingListModel(store, page_size=4)
    qtmodeltester.check(model)


# -- settings ------------------------------------------------------------------------------


def test_settings_are_persisted(qtbot, store, tmp_path, monkeypatch):
    template = tmp_path / "Vorlage Stadt.docx"
    template.write_bytes(b"PK")
    monkeypatch.setattr(SettingsDialog, "choose_template", staticmethod(lambda *a: str(template)))
    monkeypatch.setattr(SettingsDialog, "choose_folder", staticmethod(lambda *a: str(tmp_path)))
    dialog = show_active(qtbot, SettingsDialog(operations(store)))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.output_button, Qt.MouseButton.LeftButton)
    dialog.secretary_name_edit.setFocus()
    type_text(dialog.secretary_name_edit, "Jörg Weiß")
    dialog.place_edit.setFocus()
    type_text(dialog.place_edit, "Potsdam")
    dialog.rule_combo.setFocus()
    qtbot.keyClick(dialog.rule_combo, Qt.Key.Key_Down)
    dialog.language_combo.setFocus()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    assert "nächsten Programmstart" in dialog.language_note.text()

    dialog.verbs.add()
    type_text(dialog.verbs.view.focusWidget(), "hält fest, dass\n")
    qtbot.waitUntil(lambda: "hält fest, dass" in dialog.verbs.items())
    outcomes = dialog.outcomes
    outcomes.view.setCurrentIndex(outcomes.model.index(outcomes.model.rowCount() - 1, 0))
    outcomes.remove()  # "verwiesen"
    dialog.save()

    assert dialog.result() == QDialog.DialogCode.Accepted
    s = Settings.load(store)
    assert s.template == str(template)
    assert s.output_dir == str(tmp_path)
    assert s.secretary_name == "Jörg Weiß"
    assert s.place == "Potsdam"
    assert s.majority_rule == "two-thirds"
    assert s.language == "en"
    assert s.verbs[-1] == "hält fest, dass"
    assert "verwiesen" not in s.outcomes and "beschlossen" in s.outcomes


def test_settings_with_a_bad_template_are_not_saved(qtbot, store, tmp_path):
    dialog = show_active(qtbot, SettingsDialog(operations(store)))
    dialog.template_edit.setText(str(tmp_path / "fehlt.docx"))
    dialog.output_edit.setText(str(tmp_path / "kein Ordner"))
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "gibt es nicht" in dialog.error_label.text()
    assert "Ablageordner" in dialog.error_label.text()
    assert Settings.load(store) == Settings()


def test_the_summer_break_of_her_council_or_of_her_land(qtbot, store):
    dialog = show_active(qtbot, SettingsDialog(operations(store)))
    dialog.land_combo.setCurrentIndex(dialog.land_combo.findText("Bayern"))
    assert dialog.summer_edit.placeholderText() == "üblich: 01.08.–15.09."
    type_text(dialog.summer_edit, "Juli und August")
    dialog.save()
    assert "keine Angabe wie „03.07.–15.08.“" in dialog.error_label.text()
    assert Settings.load(store) == Settings()
    dialog.summer_edit.clear()
    type_text(dialog.summer_edit, "20.07.–31.08.")
    dialog.next_meeting_spin.setValue(35)
    dialog.save()
    s = Settings.load(store)
    assert (s.land, s.summer_break, s.next_meeting_days) == ("BY", "20.07.–31.08.", 35)


def test_settings_lists_can_be_reset_and_reordered(qtbot, store):
    dialog = show_active(qtbot, SettingsDialog(operations(store)))
    outcomes = dialog.outcomes
    outcomes.view.setCurrentIndex(outcomes.model.index(2, 0))  # abgelehnt
    outcomes.move_selected(-1)
    assert outcomes.items()[1] == "abgelehnt"
    outcomes.set_items([])
    dialog.save()
    assert "mindestens ein Ergebnis" in dialog.error_label.text()
    qtbot.mouseClick(outcomes.reset_button, Qt.MouseButton.LeftButton)
    assert outcomes.items()[0] == "beschlossen"


def test_edit_reports_saving(qtbot, store, monkeypatch):
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert SettingsDialog.edit(None, operations(store)) is False


# -- about ---------------------------------------------------------------------------------


def test_about_names_version_and_database(qtbot, db_path, monkeypatch):
    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.db_label)))
    assert "Protokollant" in texts
    assert f"Version {__version__}" in texts
    assert str(db_path) in dialog.db_label.text()
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self.db_label.text()))
    show_about(None, db_path)
    assert shown and str(db_path) in shown[0]


def test_picker_counts_in_german(qtbot, store):
    add_meetings(store, committee(), [1])
    picker = show_active(qtbot, MeetingPicker(store))
    assert picker.count_label.text() == "1 Sitzung"
    add_meetings(store, committee(), [2])
    picker = show_active(qtbot, MeetingPicker(store))
    assert picker.count_label.text() == "2 Sitzungen"


def test_template_check_warns_for_what_the_chosen_land_requires(qtbot, store, tmp_path):
    """Her Bundesland decides what "Vorlage prüfen" asks of a template that works."""
    from tests.documents.template_helpers import template_with

    title_only = template_with(
        tmp_path, "Niederschrift", "{%p for t in tops %}", "{{ t.nummer }} {{ t.titel }}",
        "{%p endfor %}", name="niederschrift.docx", kind="niederschrift",
    )  # fmt: skip
    dialog = show_active(qtbot, SettingsDialog(operations(store)))
    dialog.template_edit.setText(str(title_only))
    dialog.land_combo.setCurrentIndex(dialog.land_combo.findText("Niedersachsen"))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    shown = dialog.check_label.text()
    assert shown.startswith("„niederschrift.docx“ ist in Ordnung.")
    assert "NKomVG (Niedersachsen)" in shown
    assert "das Ergebnis jeder Abstimmung" in shown
    dialog.land_combo.setCurrentIndex(dialog.land_combo.findText("Bayern"))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "BayGO" in dialog.check_label.text()
    assert "NKomVG" not in dialog.check_label.text()


def test_settings_layout_choice_and_template_check(qtbot, store, tmp_path):
    import docx

    from secretary_app.documents import layout_files

    dialog = show_active(qtbot, SettingsDialog(operations(store)))
    assert dialog.layout_combo.currentData() == "referenz"
    dialog.layout_combo.setFocus()
    qtbot.keyClick(dialog.layout_combo, Qt.Key.Key_Down)  # Karlsruhe
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.check_label.text() == (
        "„auszug.docx“ ist in Ordnung.\n„niederschrift.docx“ ist in Ordnung."
    )

    city = docx.Document(str(layout_files("karlsruhe")["auszug"]))
    city.add_paragraph("Sitzung vom {{ sitzung.datum_kurz }}")
    bad = tmp_path / "karlsruhe-neu.docx"
    city.save(str(bad))
    dialog.template_edit.setText(str(bad))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "„karlsruhe-neu.docx“ kann so nicht verwendet werden" in dialog.check_label.text()
    assert "„datum_kurz“ ist unbekannt" in dialog.check_label.text()
    assert "„Sitzung vom {{ sitzung.datum_kurz }}“" in dialog.check_label.text()

    dialog.template_edit.clear()
    dialog.signing_date_edit.setFocus()
    type_text(dialog.signing_date_edit, "31.02.2024")
    dialog.save()
    assert "kein Datum" in dialog.error_label.text()
    dialog.signing_date_edit.clear()
    type_text(dialog.signing_date_edit, "20.06.2016")
    dialog.save()
    saved = Settings.load(store)
    assert (saved.layout, saved.signing_date) == ("karlsruhe", "20.06.2016")
