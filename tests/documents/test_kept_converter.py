"""The session's PDFs come from one LibreOffice kept running; it goes when the program goes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.archive import make_meeting
from secretary_app.documents import kept_converter, pdf, write_minutes
from tests.test_private_exports import _soffice_pids, _wait_for

SOFFICE = pdf.find_soffice()
KEPT = SOFFICE is not None and kept_converter.uno_python(SOFFICE) is not None
needs_kept = pytest.mark.skipif(not KEPT, reason="LibreOffice with its Python (UNO)")


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils)")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _minutes(tmp_path: Path, name: str, title: str) -> Path:
    meeting = make_meeting(2, 3, seed=len(title))
    meeting.agenda[0].title = title
    meeting.agenda[0].public = True
    return write_minutes(meeting, tmp_path / f"{name}.docx")


@needs_kept
def test_the_second_pdf_comes_from_the_same_libreoffice_with_its_own_content(tmp_path):
    first = pdf.convert_to_pdf(_minutes(tmp_path, "a", "Haushaltssatzung 2026"))
    kept = kept_converter._kept
    assert kept is not None, "no converter was kept for the session"
    second = pdf.convert_to_pdf(_minutes(tmp_path, "b", "Bebauungsplan Nr. 47 Am Mühlenbach"))
    assert kept_converter._kept is kept, "the second PDF started LibreOffice again"
    assert "Haushaltssatzung 2026" in _pdf_text(first)
    text = _pdf_text(second)
    assert "Bebauungsplan Nr. 47 Am Mühlenbach" in text
    assert "Haushaltssatzung" not in text
    assert oct(second.stat().st_mode & 0o777) == "0o600" or sys.platform == "win32"
    # her PDFs are published; the converter's copies are not left in its folder
    assert not list(kept.work.glob("*.pdf"))


@needs_kept
def test_quitting_ends_the_kept_libreoffice_and_removes_its_folder(tmp_path):
    pdf.convert_to_pdf(_minutes(tmp_path, "a", "Haushalt"))
    kept = kept_converter._kept
    assert kept is not None
    work = kept.work
    assert _soffice_pids(str(work)), "LibreOffice is not running for the session"
    kept_converter.shutdown()
    assert _wait_for(lambda: not _soffice_pids(str(work)))
    assert not work.exists()


def test_without_a_working_kept_converter_the_pdf_still_comes(tmp_path, monkeypatch):
    """A Python beside LibreOffice that cannot talk to it: the cold way, for the session."""
    if SOFFICE is None:
        pytest.skip("LibreOffice not installed")
    monkeypatch.setattr(kept_converter, "uno_python", lambda soffice: sys.executable)
    made = pdf.convert_to_pdf(_minutes(tmp_path, "a", "Haushalt"))
    assert made.read_bytes().startswith(b"%PDF")
    assert kept_converter._kept is None
    again = pdf.convert_to_pdf(_minutes(tmp_path, "b", "Kita"), tmp_path / "b.pdf")
    assert again.read_bytes().startswith(b"%PDF")


IDLE_AFTER_ONE_PDF = """
import sys, time
from pathlib import Path
from secretary_app.documents import pdf
pdf.convert_to_pdf(Path(sys.argv[1]))
print("fertig", flush=True)
time.sleep(120)
"""


@needs_kept
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="/proc")
def test_a_killed_program_leaves_no_kept_libreoffice_behind(tmp_path):
    """SIGKILL while the converter waits for the next PDF: LibreOffice and the folder with
    its profile go too (nobody would ever end them)."""
    docx = _minutes(tmp_path, "a", "Personalangelegenheit")
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = {**os.environ, "TMPDIR": str(tmpdir)}
    child = subprocess.Popen(
        [sys.executable, "-c", IDLE_AFTER_ONE_PDF, str(docx)],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"fertig"
    marker = f"{tmpdir}/protokollant-pdf-"
    assert _soffice_pids(marker), "LibreOffice is not kept after the first PDF"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert _wait_for(lambda: not _soffice_pids(marker)), "LibreOffice outlived the program"
    assert _wait_for(lambda: not list(tmpdir.glob("protokollant-pdf-*")))
