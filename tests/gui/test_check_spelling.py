""" "Protokoll prüfen" lists the same spelling lines as `check ID --rechtschreibung`."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from secretary_app.domain.model import Paragraph
from secretary_app.store import Store
from secretary_app.ui.dialogs.findings_dialog import FindingsDialog
from tests.cli_helpers import run_cli

from .test_window_operations import open_window, rich_database

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard"),
]


def _with_typos(path: Path) -> int:
    meeting_id = rich_database(path)
    store = Store.open(path)
    item = store.load_meeting(meeting_id).item("9")
    assert item.id is not None
    text = "Die Ausschusmitglieder nehmen den Haushaltsplahn der Kämmerin zur Kenntnis."
    store.save_paragraphs(item.id, [*item.minutes, Paragraph(text=text)])
    store.close()
    return meeting_id


def test_check_in_the_window_lists_the_spelling_lines_of_the_command_line(
    qtbot, tmp_path, monkeypatch, capsys
):
    path = tmp_path / "w.sqlite"
    meeting_id = _with_typos(path)
    _, cli_out, _ = run_cli(
        "--db", str(path), "check", str(meeting_id), "--rechtschreibung", capsys=capsys
    )
    window = open_window(qtbot, path, meeting_id)
    shown: list[FindingsDialog] = []

    def exec_(dialog: FindingsDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(FindingsDialog, "exec", exec_)
    window.findChild(QAction, "check").trigger()
    dialog = shown[0]
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert (
        lines
        == cli_out.splitlines()
        == [
            "TOP 9: Rechtschreibung: „Ausschusmitglieder“ (Ausschussmitglieder?)",
            "TOP 9: Rechtschreibung: „Haushaltsplahn“ (Haushaltsplan?)",
        ]
    )
    assert "Keine Widersprüche" in dialog.intro.text() and "2 unbekannte Wörter" in (
        dialog.intro.text()
    )
    # switched off in the settings: only the contradictions
    window.settings.spelling = False
    window.findChild(QAction, "check").trigger()
    assert shown[1].list.count() == 0 and "unbekannt" not in shown[1].intro.text()
    window.close()


def test_the_editor_knows_the_words_of_earlier_meetings(qtbot, tmp_path):
    from tests.typing_helper import type_text

    from .test_window_operations import select

    path = tmp_path / "w.sqlite"
    earlier = rich_database(path)
    store = Store.open(path)
    item = store.load_meeting(earlier).item("9")
    assert item.id is not None
    used = "Herr Sternagel erläutert das Vierordtbad. Herr Sternagel sagt einen Bericht zu."
    store.save_paragraphs(item.id, [Paragraph(text=used)])
    store.close()
    meeting_id = rich_database(path)
    window = open_window(qtbot, path, meeting_id)
    select(window, "9")
    window.editor.setFocus()
    type_text(window.editor, " Herr Sternagel zum Vierordtbad und Tullabad.")
    spelling = window.editor.spelling
    # twice in the earlier meeting: known (once the thread has read it); once, or never: not
    qtbot.waitUntil(
        lambda: spelling.misspelt_words() == ["Vierordtbad", "Tullabad"], timeout=10_000
    )
    window.close()
