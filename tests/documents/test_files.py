"""File names that sort, and writing that never leaves half a document."""

from __future__ import annotations

import errno
import os
import zipfile

import pytest

from secretary_app.documents import (
    DocumentError,
    extract_filename,
    write_all_extracts,
    write_extract,
    write_minutes,
)
from secretary_app.domain.model import AgendaItem


def test_extract_filename_of_the_demo_item(demo_meeting):
    item = demo_meeting.item("7.1")
    assert extract_filename(demo_meeting, item) == "2016-06-14_TOP_07.1_15-SVV-0743.docx"


def test_all_extracts_sort_in_agenda_order(rich_meeting, tmp_path):
    numbers = ["1", "2", "3", "4", "7.1", "7.2", "7.10", "10", "Ö 3/a"]
    rich_meeting.agenda = [AgendaItem(n, f"Punkt {n}") for n in numbers]
    written = write_all_extracts(rich_meeting, tmp_path / "neu" / "auszuege")
    names = [p.name for p in written]
    assert len(set(names)) == len(names) == len(numbers)
    assert sorted(names[:-1]) == names[:-1]  # numeric items sort as the agenda runs
    assert names[4:7] == [
        "2017-03-02_TOP_07.01.docx",
        "2017-03-02_TOP_07.02.docx",
        "2017-03-02_TOP_07.10.docx",
    ]
    assert names[-1] == "2017-03-02_TOP_Ö-3-a.docx"
    for path in written:
        assert zipfile.ZipFile(path).testzip() is None


def test_public_only_writes_only_public_items(rich_meeting, tmp_path):
    written = write_all_extracts(rich_meeting, tmp_path, public_only=True)
    assert [p.name for p in written] == [
        "2017-03-02_TOP_01.docx",
        "2017-03-02_TOP_02_16-SVV-0100.docx",
        "2017-03-02_TOP_03.docx",
    ]


def test_same_number_twice_keeps_both(rich_meeting, tmp_path):
    rich_meeting.agenda = [AgendaItem("5", "A"), AgendaItem("5", "B")]
    written = write_all_extracts(rich_meeting, tmp_path)
    assert [p.name for p in written] == ["2017-03-02_TOP_05.docx", "2017-03-02_TOP_05_2.docx"]


def _no_temp_files(folder):
    return [p.name for p in folder.iterdir() if p.name.startswith(".~")] == []


def test_a_failed_write_leaves_the_old_file_untouched(rich_meeting, tmp_path, monkeypatch):
    target = tmp_path / "n.docx"
    target.write_bytes(b"alte Fassung")

    def full_disk(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(DocumentError, match="Datenträger ist voll"):
        write_minutes(rich_meeting, target)
    assert target.read_bytes() == b"alte Fassung"
    assert _no_temp_files(tmp_path)


def test_a_locked_target_gets_a_german_message(rich_meeting, tmp_path, monkeypatch):
    target = tmp_path / "a.docx"

    def locked(src, dst):  # what Windows does while Word has the file open
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(DocumentError, match="geöffnet"):
        write_extract(rich_meeting, rich_meeting.agenda[0], target)
    assert not target.exists()
    assert _no_temp_files(tmp_path)


def test_a_read_only_folder_gets_a_german_message(rich_meeting, tmp_path, monkeypatch):
    import tempfile

    def read_only(*args, **kwargs):  # chmod does not stop root, who runs CI here
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(DocumentError, match="schreibgeschützt"):
        write_minutes(rich_meeting, tmp_path / "n.docx")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_and_folder_as_target_are_refused(rich_meeting, tmp_path):
    with pytest.raises(DocumentError, match="existiert nicht"):
        write_minutes(rich_meeting, tmp_path / "fehlt" / "n.docx")
    with pytest.raises(DocumentError, match="ist ein Ordner"):
        write_minutes(rich_meeting, tmp_path)


def test_rewriting_replaces_the_file(rich_meeting, tmp_path):
    target = tmp_path / "n.docx"
    write_minutes(rich_meeting, target)
    rich_meeting.agenda[0].title = "Neuer Titel"
    write_minutes(rich_meeting, target)
    assert b"Neuer Titel" in zipfile.ZipFile(target).read("word/document.xml")
    assert _no_temp_files(tmp_path)
