"""The one I/O module: German read errors, JSON decoding, atomic private writes."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from secretary_app import fileio
from secretary_app.errors import KnownError
from tests.privacy import assert_private, is_private


class _MyError(KnownError):
    pass


def test_missing_file_is_named_in_german_with_the_callers_error(tmp_path: Path) -> None:
    with pytest.raises(_MyError, match="gibt es nicht"):
        fileio.read_text_german(tmp_path / "fehlt.txt", error=_MyError)


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="ist ein Ordner, keine Datei"):
        fileio.read_bytes_german(tmp_path)


def test_a_file_over_the_limit_names_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "gross.json"
    big.write_bytes(b" " * (2 * 1024 * 1024 + 1))
    with pytest.raises(KnownError, match=r"zu groß für eine Tagesordnung \(Grenze: 2 MB\)"):
        fileio.read_bytes_german(big, limit=2 * 1024 * 1024, what="Tagesordnung")


def test_text_in_another_encoding_says_how_to_save_it(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Straße".encode("cp1252"))
    with pytest.raises(KnownError, match="keine UTF-8-Textdatei.*als UTF-8"):
        fileio.read_text_german(path)


def test_text_with_a_bom_reads_without_it(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffAusschuss".encode())
    assert fileio.read_text_german(path) == "Ausschuss"


def test_broken_json_names_line_column_and_reason_in_german(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.json"
    path.write_text('{\n  "a": 1,\n  "b": \n}', encoding="utf-8")
    with pytest.raises(KnownError, match="Zeile 4, Spalte 1: Wert erwartet"):
        fileio.load_json_german(path)


def test_json_nested_too_deep_or_with_huge_numbers_is_refused() -> None:
    with pytest.raises(KnownError, match="zu tief verschachtelt"):
        fileio.decode_json_german(b"[" * 100_000 + b"]" * 100_000, "Eingabe")
    with pytest.raises(KnownError, match="zu vielen Ziffern"):
        fileio.decode_json_german(b"1" * 5000, "Eingabe")


def test_json_reads_its_value(tmp_path: Path) -> None:
    path = tmp_path / "gut.json"
    path.write_text('{"Sitzung": [1, 2]}', encoding="utf-8")
    assert fileio.load_json_german(path) == {"Sitzung": [1, 2]}


def test_atomic_write_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "protokoll.json"
    target.write_bytes(b"alt")
    fileio.write_private_atomic(target, b"neu")
    assert target.read_bytes() == b"neu"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["protokoll.json"]


def test_a_new_file_is_private_and_an_existing_one_never_gets_wider(tmp_path: Path) -> None:
    new = tmp_path / "neu.json"
    fileio.write_private_atomic(new, b"{}")
    assert_private(new)
    old = tmp_path / "alt.json"
    old.write_bytes(b"")  # readable by all: 0644, on Windows the folder's inherited list
    os.chmod(old, 0o644)
    assert not is_private(old)
    fileio.write_private_atomic(old, b"{}")
    assert_private(old)
    if sys.platform == "win32":
        return  # no mode narrower than private there (read-only is another thing)
    narrow = tmp_path / "eng.json"
    narrow.write_bytes(b"")
    os.chmod(narrow, 0o400)
    fileio.write_private_atomic(narrow, b"{}")
    assert stat.S_IMODE(narrow.stat().st_mode) == 0o400


def test_a_failed_write_keeps_the_old_file_and_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "protokoll.json"
    target.write_bytes(b"alt")

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        fileio.write_private_atomic(target, b"neu")
    assert target.read_bytes() == b"alt"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["protokoll.json"]


def test_write_fsyncs_the_file_and_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def record(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", record)
    fileio.write_private_atomic(tmp_path / "x.json", b"{}")
    assert len(synced) == (1 if sys.platform == "win32" else 2)
