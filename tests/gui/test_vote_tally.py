"""The vote tally driven by the keyboard, as the secretary counts hands."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from secretary_app.domain.model import Vote
from secretary_app.ui.models.roll_call_model import RollCallModel
from secretary_app.ui.panes.vote_tally import VoteTally
from tests.gui.helpers import meeting, show_active
from tests.typing_helper import type_text

ALT = Qt.KeyboardModifier.AltModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def tally(qtbot):
    widget = VoteTally()
    widget.resize(520, 640)
    return show_active(qtbot, widget)


def counts(tally: VoteTally) -> tuple[int, int, int]:
    v = tally.current_vote()
    return v.yes, v.no, v.abstain


def test_plus_and_minus_keys_count_without_typing_into_the_label(qtbot, tally):
    m = meeting()
    tally.set_context(m, m.agenda[0], "simple")
    tally.label_edit.setFocus()
    type_text(tally.label_edit, "zum Änderungsantrag der Fraktion Grüne")
    for key, mods in [
        (Qt.Key.Key_J, ALT),
        (Qt.Key.Key_J, ALT),
        (Qt.Key.Key_J, ALT),
        (Qt.Key.Key_J, ALT_SHIFT),
        (Qt.Key.Key_N, ALT),
        (Qt.Key.Key_E, ALT),
        (Qt.Key.Key_E, ALT),
    ]:
        qtbot.keyClick(tally.label_edit, key, mods)
    assert counts(tally) == (2, 1, 2)
    assert tally.label_edit.text() == "zum Änderungsantrag der Fraktion Grüne"
    assert tally.result_label.text() == "angenommen"
    assert "Summe 5 von 7" in tally.sum_label.text()
    # never below zero
    for _ in range(3):
        qtbot.keyClick(tally.label_edit, Qt.Key.Key_N, ALT_SHIFT)
    assert counts(tally) == (2, 0, 2)


def test_large_buttons_count_too(qtbot, tally):
    m = meeting()
    tally.set_context(m, m.agenda[0], "simple")
    qtbot.mouseClick(tally.no_box.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tally.no_box.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tally.no_box.minus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tally.abstain_box.plus, Qt.MouseButton.LeftButton)
    assert counts(tally) == (0, 1, 1)
    assert tally.result_label.text() == "abgelehnt"


def test_unanimous_leaves_out_the_biased_and_counts_a_late_arrival(qtbot, tally):
    m = meeting(absent=("schubert",))
    item = m.agenda[1]  # Frau Schulze is excluded for bias here
    tally.set_context(m, item, "simple")
    qtbot.keyClick(tally, Qt.Key.Key_I, ALT)
    assert counts(tally) == (5, 0, 0)  # 7 voting − 1 absent − 1 biased
    assert not tally.warning_label.isVisible()

    # Herr Schubert arrives; the window hands the tally the new attendance
    arrival = m.attendance_of("schubert")
    assert arrival is not None
    arrival.present, arrival.arrived = True, "17:40"
    tally.set_context(m, item, "simple")
    assert counts(tally) == (5, 0, 0), "a new context for the same item keeps the count"
    qtbot.keyClick(tally, Qt.Key.Key_I, ALT)
    assert counts(tally) == (6, 0, 0)
    assert "Summe 6 von 6" in tally.sum_label.text()


def test_warning_appears_live_when_the_sum_exceeds_the_room(qtbot, tally):
    m = meeting(absent=("schubert", "grasnik"))
    tally.set_context(m, m.agenda[0], "simple")
    qtbot.keyClick(tally, Qt.Key.Key_F8)
    assert tally.yes_box.spin.hasFocus()
    type_text(tally.yes_box.spin, "4")
    qtbot.keyClick(tally, Qt.Key.Key_N, ALT)
    assert not tally.warning_label.isVisible()
    qtbot.keyClick(tally, Qt.Key.Key_E, ALT)
    assert tally.warning_label.isVisible()
    assert "6 Stimmen gezählt, aber nur 5" in tally.warning_label.text()
    # a warning, not a block: the vote can still be recorded
    assert tally.record_button.isEnabled()
    qtbot.keyClick(tally, Qt.Key.Key_E, ALT_SHIFT)
    assert not tally.warning_label.isVisible()


def test_roll_call_ballots_feed_the_counts(qtbot, tally):
    m = meeting()
    tally.set_context(m, m.agenda[1], "simple")  # Frau Schulze biased: 6 rows
    qtbot.keyClick(tally, Qt.Key.Key_2, ALT)
    assert tally.method() == "roll-call"
    assert tally.roll_call_model.rowCount() == 6
    names = [tally.roll_call_model.index(r, 0).data() for r in range(6)]
    assert not any("Schulze" in n for n in names)
    assert "Herr Dr. Krüger (CDU)" in names

    qtbot.keyClick(tally, Qt.Key.Key_F8)
    assert tally.roll_call_view.hasFocus()
    for key in (Qt.Key.Key_J, Qt.Key.Key_J, Qt.Key.Key_N, Qt.Key.Key_E, Qt.Key.Key_J):
        qtbot.keyClick(tally.roll_call_view, key)
    assert counts(tally) == (3, 1, 1)
    assert tally.pending_label.text() == "Noch ohne Stimme: Herr Schubert"
    # the number boxes follow the ballots and cannot be typed over
    assert tally.yes_box.spin.isReadOnly()
    qtbot.keyClick(tally, Qt.Key.Key_J, ALT)
    assert counts(tally) == (3, 1, 1)
    assert not tally.warning_label.isVisible()

    # clicking "Nein" for the last member (Herr Schubert)
    view = tally.roll_call_view
    rect = view.visualRect(tally.roll_call_model.index(5, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert counts(tally) == (3, 2, 1)
    assert tally.pending_label.text() == "Alle Stimmberechtigten haben abgestimmt."

    with qtbot.waitSignal(tally.voteRecorded) as signal:
        qtbot.keyClick(tally, Qt.Key.Key_Return, CTRL)
    vote = signal.args[0]
    assert vote.method == "roll-call"
    assert (vote.yes, vote.no, vote.abstain) == (3, 2, 1)
    assert vote.ballots == {
        "eisenblaetter": "yes",
        "krueger": "yes",
        "thomann": "no",
        "grasnik": "abstain",
        "oezdemir": "yes",
        "schubert": "no",
    }
    assert tally.method() == "open"
    assert counts(tally) == (0, 0, 0)


def test_unanimous_in_roll_call_sets_every_ballot(qtbot, tally):
    m = meeting()
    tally.set_context(m, m.agenda[0], "simple")
    tally.set_method("roll-call")
    qtbot.keyClick(tally, Qt.Key.Key_I, ALT)
    assert counts(tally) == (7, 0, 0)
    assert set(tally.current_vote().ballots.values()) == {"yes"}


@pytest.mark.parametrize(
    ("rule", "yes", "no", "abstain", "expected"),
    [
        ("simple", 4, 3, 0, "angenommen"),
        ("two-thirds", 4, 3, 0, "abgelehnt"),
        ("simple", 3, 3, 1, "abgelehnt"),
        ("two-thirds", 4, 2, 1, "angenommen"),
    ],
)
def test_result_follows_the_majority_rule(qtbot, tally, rule, yes, no, abstain, expected):
    m = meeting()
    tally.set_context(m, m.agenda[0], rule)
    for key, n in ((Qt.Key.Key_J, yes), (Qt.Key.Key_N, no), (Qt.Key.Key_E, abstain)):
        for _ in range(n):
            qtbot.keyClick(tally, key, ALT)
    assert tally.result_label.text() == expected
    assert tally.rule_label.text().startswith(
        "Zweidrittelmehrheit" if rule == "two-thirds" else "einfache Mehrheit"
    )


def test_record_emits_the_vote_with_its_label_and_resets(qtbot, tally):
    m = meeting()
    tally.set_context(m, m.agenda[0], "simple")
    tally.label_edit.setFocus()
    type_text(tally.label_edit, "zum Änderungsantrag der Fraktion „Die Andere“")
    qtbot.keyClick(tally, Qt.Key.Key_3, ALT)
    for key, mods in [(Qt.Key.Key_J, ALT)] * 5 + [(Qt.Key.Key_N, ALT)] * 2:
        qtbot.keyClick(tally, key, mods)
    with qtbot.waitSignal(tally.voteRecorded) as signal:
        qtbot.keyClick(tally.label_edit, Qt.Key.Key_Return, CTRL)
    assert signal.args[0] == Vote(
        yes=5,
        no=2,
        abstain=0,
        method="secret",
        label="zum Änderungsantrag der Fraktion „Die Andere“",
        kind="amendment",
    )
    assert counts(tally) == (0, 0, 0)
    assert tally.label_edit.text() == ""
    assert tally.result_label.text() == "noch keine Stimmen"


def test_record_without_any_count_says_so_and_emits_nothing(qtbot, tally):
    m = meeting()
    tally.set_context(m, m.agenda[0], "simple")
    with qtbot.assertNotEmitted(tally.voteRecorded):
        qtbot.mouseClick(tally.record_button, Qt.MouseButton.LeftButton)
    assert tally.warning_label.isVisible()
    assert "noch keine Stimmen gezählt" in tally.warning_label.text()


def test_changing_the_item_starts_a_fresh_count(qtbot, tally):
    m = meeting()
    tally.set_context(m, m.agenda[0], "simple")
    tally.set_counts(4, 1, 0)
    reloaded = dataclasses.replace(m.agenda[0])  # same item loaded anew keeps the count
    tally.set_context(m, reloaded, "simple")
    assert counts(tally) == (4, 1, 0)
    tally.set_context(m, m.agenda[1], "simple")
    assert counts(tally) == (0, 0, 0)
    assert tally.heading.text() == "Abstimmung zu TOP 7.2"
    assert tally.heading.toolTip() == "TOP 7.2 Seniorenbeirat"


def test_actions_have_german_texts_and_distinct_shortcuts(tally):
    actions = tally.actions()
    texts = [a.text() for a in actions]
    assert "Einstimmig" in texts and "Abstimmung eintragen" in texts
    keys = [a.shortcut().toString() for a in actions]
    assert all(keys) and len(set(keys)) == len(keys)


def test_roll_call_model_is_a_sound_qt_model(qtmodeltester):
    m = meeting()
    model = RollCallModel()
    model.set_members(m.committee.voting_members)
    model.set_ballot(0, "yes")
    model.set_ballot(2, "abstain")
    qtmodeltester.check(model)


def test_buttons_name_their_keys_as_her_keyboard_labels_them(tally):
    assert tally.yes_box.plus.toolTip() == "Zustimmung +1 (Alt+J)"
    assert tally.yes_box.minus.toolTip() == "Zustimmung −1 (Alt+Umschalt+J)"
    assert tally.record_button.toolTip() == "Abstimmung eintragen (Strg+Eingabe)"


def test_the_kind_follows_the_label_until_she_chooses_it(qtbot, tally):
    m = meeting()
    tally.set_context(m, m.agenda[0], "simple")
    assert tally.kind_box.currentText() == "Schlussabstimmung"
    tally.label_edit.setFocus()
    type_text(tally.label_edit, "zur Vertagung")
    assert tally.kind_box.currentText().startswith("Verfahrensantrag")
    tally.label_edit.clear()
    type_text(tally.label_edit, "zum Änderungsantrag der SPD")
    assert tally.kind_box.currentText() == "Änderungsantrag"
    # she chooses by keyboard: Tab to the box, Down to the next kind; the label no longer decides
    qtbot.keyClick(tally.label_edit, Qt.Key.Key_Tab)
    assert tally.kind_box.hasFocus()
    qtbot.keyClick(tally.kind_box, Qt.Key.Key_Down)
    assert tally.kind() == "procedural"
    type_text(tally.label_edit, " (geändert)")
    assert tally.kind() == "procedural"
    qtbot.keyClick(tally.label_edit, Qt.Key.Key_J, ALT)
    assert tally.current_vote().kind == "procedural"
    assert tally.kind_box.accessibleName() == "Art der Abstimmung"
