"""The agenda model: a correct Qt item model, parts separated, moves by drag and drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from secretary_app.domain.model import AgendaItem
from secretary_app.ui.models.agenda_model import AgendaModel, AgendaRole, number_after

pytestmark = pytest.mark.gui


def items() -> list[AgendaItem]:
    return [
        AgendaItem(number="1", title="Eröffnung", id=1),
        AgendaItem(number="7.1", title="Soziale Arbeit", paper="15/SVV/0743", id=2),
        AgendaItem(number="8", title="Grundstücksverkauf", public=False, id=3),
        AgendaItem(number="9", title="Personalsache", public=False, outcome="vertagt", id=4),
    ]


def test_model_passes_qtmodeltester_through_edits(qtmodeltester):
    model = AgendaModel()
    model.set_items(items())
    qtmodeltester.check(model)
    model.insert_item(2, AgendaItem(number="7.1a", title="Dringlichkeitsantrag", id=5))
    model.move_item(0, 3)
    model.remove_item(1)
    model.set_current(3)
    qtmodeltester.check(model)


def test_parts_and_current_item_are_visible_in_the_data():
    model = AgendaModel()
    model.set_items(items())
    starts = [model.index(r, 0).data(AgendaRole.SECTION_START) for r in range(4)]
    assert starts == [True, False, True, False]
    assert "nichtöffentlich" not in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole).lower()
    assert "Nichtöffentlicher Teil" in model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(3, 0).data(AgendaRole.OUTCOME) == "vertagt"
    model.set_current(2)
    assert [model.index(r, 0).data(AgendaRole.CURRENT) for r in range(4)] == [
        False,
        True,
        False,
        False,
    ]


def test_drop_moves_the_item_and_reports_the_new_order(qtbot):
    model = AgendaModel()
    model.set_items(items())
    mime = model.mimeData([model.index(0, 0)])
    with qtbot.waitSignal(model.rowsReordered) as signal:
        handled = model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert handled is False  # done by the model; the view must not remove the source row
    assert signal.args == [[2, 3, 1, 4]]
    assert [i.title for i in model.items()][:3] == [
        "Soziale Arbeit",
        "Grundstücksverkauf",
        "Eröffnung",
    ]


def test_move_rows_as_a_view_calls_it(qtbot, qtmodeltester):
    model = AgendaModel()
    model.set_items(items())
    with qtbot.waitSignal(model.rowsReordered) as signal:
        assert model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)
    assert signal.args == [[4, 1, 2, 3]]
    assert not model.moveRows(QModelIndex(), 0, 2, QModelIndex(), 3)
    qtmodeltester.check(model)


@pytest.mark.parametrize(
    ("number", "expected"), [("7.1", "7.1a"), ("7.1a", "7.1b"), ("12", "12a"), ("", "")]
)
def test_number_for_an_item_inserted_during_the_session(number, expected):
    assert number_after(number) == expected
