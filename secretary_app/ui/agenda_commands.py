"""The window's agenda commands: add, insert, edit, delete, move, paste an agenda.

Each asks what it needs in a dialog and hands the change to `session.Operations`; the rules
(confirm, back up and audit a deletion, read-only when finalised, the vote rule on votes taken
over with an agenda) are kept there. Errors are shown by `messages.shows_errors`.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject

from ..domain.model import AgendaItem
from .dialogs.item_dialog import ItemDialog
from .messages import shows_errors
from .models.agenda_model import number_after
from .window_view import WindowView


def next_number(number: str) -> str:
    """ "7" → "8", "7.1" → "7.2"; anything else gets no suggestion."""
    head, _, last = number.rpartition(".")
    if last.isdigit():
        return f"{head}.{int(last) + 1}" if head else str(int(last) + 1)
    return ""


class AgendaCommands(QObject):
    """The agenda menu's commands over a `WindowView`."""

    def __init__(self, view: WindowView) -> None:
        super().__init__(view.widget())
        self.view = view

    def add_item(self) -> None:
        """A new item at the end, numbered after the last one."""
        v = self.view
        if not v.editable():
            return
        assert v.meeting is not None
        last = v.meeting.agenda[-1] if v.meeting.agenda else None
        draft = AgendaItem(
            number=next_number(last.number) if last else "1",
            title="",
            public=last.public if last else True,
        )
        self._insert_new_item(draft, len(v.meeting.agenda), self.tr("TOP hinzufügen"))

    def insert_item(self) -> None:
        """Insert an item after the current one during the session (e.g. Dringlichkeitsantrag)."""
        v = self.view
        if not v.editable():
            return
        row = v.agenda.model.row_of(v.current.id) if v.current else -1
        after = v.current
        draft = AgendaItem(
            number=number_after(after.number) if after else "1",
            title=self.tr("Dringlichkeitsantrag: "),
            public=after.public if after else True,
        )
        self._insert_new_item(draft, row + 1, self.tr("TOP einschieben"))

    @shows_errors
    def _insert_new_item(self, draft: AgendaItem, row: int, heading: str) -> None:
        v = self.view
        assert v.meeting is not None
        item = ItemDialog.ask(v.widget(), draft, v.settings.outcomes, heading)
        if item is None:
            return
        v.ops.add_item(v.meeting, item, position=row)
        v.agenda.insert_item(row, item)
        v.focus_editor()

    @shows_errors
    def edit_item(self) -> None:
        """F2: number, title, paper, public, outcome of the current item."""
        v = self.view
        if not v.editable() or v.current is None or v.meeting is None:
            return
        item = v.current
        changed = ItemDialog.ask(
            v.widget(), dataclasses.replace(item), v.settings.outcomes, self.tr("TOP bearbeiten")
        )
        if changed is None:
            return
        v.ops.update_item(v.meeting, changed)
        for f in ("number", "title", "paper", "paper_type", "public", "outcome"):
            setattr(item, f, getattr(changed, f))
        v.item_changed(item)

    @shows_errors
    def delete_item(self) -> None:
        """Delete the current item (the session asks, backs up one with minutes, audits)."""
        v = self.view
        if not v.editable() or v.current is None or v.meeting is None:
            return
        item = v.current
        assert item.id is not None
        item.minutes = v.minutes_of(item)  # what the editor has now, saved or not
        v.autosaver.flush_and_wait()
        v.ops.delete_item(v.meeting, item)
        v.forget_item(item.id)
        v.agenda.remove_item(item.id)
        if not v.meeting.agenda:
            v.item_selected(None)

    def move_item(self, delta: int) -> None:
        """The current item one place up (-1) or down (1)."""
        v = self.view
        if not v.editable() or v.current is None:
            return
        if v.agenda.move_item(v.current.id, delta):
            self.save_order(v.agenda.model.item_ids())

    @shows_errors
    def save_order(self, item_ids: list[int]) -> None:
        """The agenda's new order (dragged or moved) goes to the database."""
        v = self.view
        if v.meeting is None or v.meeting.id is None:
            return
        v.ops.reorder_items(v.meeting, item_ids)

    @shows_errors
    def import_agenda(self) -> None:
        """Tagesordnung einfügen: read, preview, then append or replace."""
        from . import messages

        v = self.view
        if v.meeting is None or v.meeting.id is None:
            messages.error(v.widget(), self.tr("Bitte zuerst eine Sitzung öffnen oder anlegen."))
            return
        from .dialogs.agenda_import_dialog import AgendaImportDialog

        answer = AgendaImportDialog.ask(v.widget(), v.ops)
        if answer is None:
            return
        items, replace = answer
        meeting_id = v.meeting.id
        v.autosaver.flush_and_wait()
        v.ops.replace_agenda(meeting_id, items, replace)
        v.open_meeting(meeting_id)
