"""The window's agenda commands: add, insert, edit, delete, move, paste an agenda.

Each asks what it needs in a dialog and hands the change to `session.Operations`; the rules
(confirm, back up and audit a deletion, read-only when finalised) are kept there.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..domain.model import AgendaItem
from ..errors import KnownError
from ..session import Cancelled
from . import messages
from .dialogs.item_dialog import ItemDialog
from .models.agenda_model import number_after

if TYPE_CHECKING:
    from .main_window import MainWindow


def next_number(number: str) -> str:
    """ "7" → "8", "7.1" → "7.2"; anything else gets no suggestion."""
    head, _, last = number.rpartition(".")
    if last.isdigit():
        return f"{head}.{int(last) + 1}" if head else str(int(last) + 1)
    return ""


class AgendaCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def add_item(self) -> None:
        w = self.w
        if not w.editable():
            return
        assert w.meeting is not None
        last = w.meeting.agenda[-1] if w.meeting.agenda else None
        draft = AgendaItem(
            number=next_number(last.number) if last else "1",
            title="",
            public=last.public if last else True,
        )
        self._insert_new_item(draft, len(w.meeting.agenda), self.tr("TOP hinzufügen"))

    def insert_item(self) -> None:
        """Insert an item after the current one during the session (e.g. Dringlichkeitsantrag)."""
        w = self.w
        if not w.editable():
            return
        row = w.agenda.model.row_of(w.current.id) if w.current else -1
        after = w.current
        draft = AgendaItem(
            number=number_after(after.number) if after else "1",
            title=self.tr("Dringlichkeitsantrag: "),
            public=after.public if after else True,
        )
        self._insert_new_item(draft, row + 1, self.tr("TOP einschieben"))

    def _insert_new_item(self, draft: AgendaItem, row: int, heading: str) -> None:
        w = self.w
        assert w.meeting is not None
        item = ItemDialog.ask(w, draft, w.settings.outcomes, heading)
        if item is None:
            return
        try:
            w.ops.add_item(w.meeting, item, position=row)
        except KnownError as exc:
            messages.error(w, str(exc))
            return
        w.agenda.model.insert_item(row, item)
        w.agenda.select_item(item.id)
        w.focus_editor()

    def edit_item(self) -> None:
        w = self.w
        if not w.editable() or w.current is None:
            return
        item = w.current
        changed = ItemDialog.ask(
            w, dataclasses.replace(item), w.settings.outcomes, self.tr("TOP bearbeiten")
        )
        if changed is None:
            return
        try:
            w.ops.update_item(w.meeting, changed)  # type: ignore[arg-type]
        except KnownError as exc:
            messages.error(w, str(exc))
            return
        for f in ("number", "title", "paper", "paper_type", "public", "outcome"):
            setattr(item, f, getattr(changed, f))
        w.agenda.model.item_changed(item)
        w.show_item_header()
        w.refresh_tally()

    def delete_item(self) -> None:
        w = self.w
        if not w.editable() or w.current is None or w.meeting is None:
            return
        item = w.current
        assert item.id is not None
        item.minutes = w.minutes_of(item)  # what the editor has now, saved or not
        if not item.minutes and not messages.confirm(
            w,
            self.tr("TOP {number} „{title}“ löschen?").format(number=item.number, title=item.title),
        ):
            return
        w.autosaver.flush_and_wait()
        try:
            w.ops.delete_item(w.meeting, item)
        except Cancelled:
            return
        except KnownError as exc:
            messages.error(w, str(exc))
            return
        w.forget_item(item.id)
        row = w.agenda.model.row_of(item.id)
        w.agenda.model.remove_item(row)
        w.agenda.select_row(min(row, w.agenda.model.rowCount() - 1))
        if w.agenda.model.rowCount() == 0:
            w.item_selected(None)

    def move_item(self, delta: int) -> None:
        w = self.w
        if not w.editable() or w.current is None:
            return
        row = w.agenda.model.row_of(w.current.id)
        if w.agenda.model.move_item(row, row + delta):
            self.store_order(w.agenda.model.item_ids())
            w.agenda.select_item(w.current.id)

    def store_order(self, item_ids: list[int]) -> None:
        w = self.w
        if w.meeting is None or w.meeting.id is None:
            return
        try:
            w.ops.reorder_items(w.meeting, item_ids)
        except KnownError as exc:
            messages.error(w, str(exc))

    def import_agenda(self) -> None:
        w = self.w
        if w.meeting is None or w.meeting.id is None:
            messages.error(w, self.tr("Bitte zuerst eine Sitzung öffnen oder anlegen."))
            return
        from .dialogs.agenda_import_dialog import AgendaImportDialog

        answer = AgendaImportDialog.ask(w, w.ops)
        if answer is None:
            return
        items, replace = answer
        meeting_id = w.meeting.id
        w.autosaver.flush_and_wait()
        try:
            w.ops.replace_agenda(meeting_id, items, replace)
        except Cancelled:
            return
        except KnownError as exc:
            messages.error(w, str(exc))
            return
        w.open_meeting(meeting_id)
