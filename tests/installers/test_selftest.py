"""`secretary-app --self-test`: what IT runs after installing, and what the bundle test runs."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from secretary_app import paths, selftest

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_and_leaves_the_user_data_alone(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "secretary_app", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Hauptfenster" in result.stdout
    assert "Rechtschreibprüfung geladen (hunspell)" in result.stdout
    assert "Protokollauszug geschrieben und geprüft" in result.stdout
    assert "Fenstermodule geladen" in result.stdout  # the dialogs too, not only the window
    assert result.stdout.strip().endswith("Selbsttest bestanden.")
    assert "Traceback" not in result.stderr
    # conftest points XDG_DATA_HOME/XDG_CONFIG_HOME at a fresh folder: nothing may appear there
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        folder = Path(os.environ[variable])
        assert not folder.exists() or not any(folder.rglob("*")), list(folder.rglob("*"))
    assert list(tmp_path.iterdir()) == []


def test_missing_program_files_are_named_in_german(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "resources")
    lines: list[str] = []
    assert selftest.run_self_test(out=lines.append) == 1
    assert lines[-1].startswith("Selbsttest fehlgeschlagen: Es fehlen Programmdateien")
    assert "reference-meeting.json" in lines[-1]
    assert "protokoll.docx" in lines[-1]


def test_a_file_that_is_no_word_document_fails(tmp_path):
    broken = tmp_path / "auszug.docx"
    broken.write_text("kein Word", encoding="utf-8")
    with pytest.raises(selftest.SelfTestFailure, match="keine gültige Word-Datei"):
        selftest._check_docx(broken, "Soziale Arbeit")


def test_an_extract_without_the_item_title_fails(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Protokollauszug")
    document.add_paragraph("Top 7.1 Etwas anderes")
    path = tmp_path / "auszug.docx"
    document.save(str(path))
    with pytest.raises(selftest.SelfTestFailure, match="fehlt der Titel"):
        selftest._check_docx(path, "Soziale Arbeit mit Flüchtlingen")
    assert zipfile.is_zipfile(path)
    selftest._check_docx(path, "Etwas  anderes")  # whitespace is compared normalised


def test_a_window_module_the_bundle_cannot_load_is_named(monkeypatch):
    # a dialog's library left out of the bundle: said at the self-test, in German, not later
    import importlib

    real = importlib.import_module

    def without_the_import_dialog(name, *args, **kwargs):
        if name.endswith("agenda_import_dialog"):
            raise ImportError("No module named 'concurrent.futures.thread'")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(importlib, "import_module", without_the_import_dialog)
    with pytest.raises(
        selftest.SelfTestFailure, match="agenda_import_dialog lässt sich nicht laden"
    ):
        selftest._load_window_modules()
