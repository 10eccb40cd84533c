"""PDF for the council system: the written .docx converted by what the laptop has.

LibreOffice (`soffice --headless`) or Word through `docx2pdf`; never a second, hand-made
layout. Without a converter the secretary is told so plainly. LibreOffice is kept running
for the session where its Python can talk to it (`kept_converter`), otherwise started per file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ..errors import os_reason
from .errors import DocumentError


class PdfError(DocumentError):
    """No converter, or the converter failed (German)."""


NO_CONVERTER = (
    "Es ist kein Programm zum Umwandeln in PDF installiert. Bitte LibreOffice installieren "
    "(https://de.libreoffice.org) – oder, wo Microsoft Word vorhanden ist, das Paket „docx2pdf“ "
    "– oder die Word-Datei in Word öffnen und „Speichern unter“ → PDF wählen."
)

_CANDIDATES = (
    "C:/Program Files/LibreOffice/program/soffice.exe",
    "C:/Program Files (x86)/LibreOffice/program/soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in _CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    return None


def _docx2pdf_available() -> bool:
    if sys.platform not in ("win32", "darwin"):
        return False  # docx2pdf drives Word, which exists only there
    try:
        import docx2pdf  # noqa: F401
    except ImportError:
        return False
    return True


def converter_name() -> str | None:
    """ "LibreOffice", "Microsoft Word" or None."""
    if find_soffice():
        return "LibreOffice"
    if _docx2pdf_available():
        return "Microsoft Word"
    return None


def _convert_kept(soffice: str, docx: Path, target: Path, *, timeout: float) -> bool:
    """Through the session's kept LibreOffice (fast after the first); False: convert cold."""
    from . import kept_converter

    with kept_converter.session_converter(soffice) as kept:
        if kept is None:
            return False
        try:
            produced = kept.convert(docx, timeout=timeout)
        except kept_converter.KeptConverterError:
            kept_converter.give_up()
            return False
        from .writer import write_atomically

        try:
            write_atomically(target, produced.read_bytes())
        finally:
            produced.unlink(missing_ok=True)
    return True


def convert_to_pdf(docx: Path, pdf: Path | None = None, *, timeout: float = 180) -> Path:
    """Convert the written `docx` to `pdf` (default: beside it, .pdf); mode 0600; the path."""
    docx = Path(docx)
    target = Path(pdf) if pdf is not None else docx.with_suffix(".pdf")
    soffice = find_soffice()
    if soffice and _convert_kept(soffice, docx, target, timeout=timeout):
        return target
    from ..helper_process import run_tied, work_folder

    # the folder is private (0700) and removed with us; LibreOffice dies with us (a kill
    # mid-conversion leaves neither a running converter nor the minutes in the temp folder)
    with work_folder() as work:
        produced = work / (docx.stem + ".pdf")
        if soffice:
            profile = work / "profile"
            command = [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",  # never the user's running Office
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(docx),
            ]
            try:
                run_tied(command, timeout=timeout, cleanup=work)
            except subprocess.TimeoutExpired as exc:
                raise PdfError(
                    f"LibreOffice hat „{docx.name}“ nicht in {int(timeout)} Sekunden in PDF "
                    "umgewandelt. Die Word-Datei ist geschrieben."
                ) from exc
            except OSError as exc:
                raise PdfError(
                    f"LibreOffice konnte nicht gestartet werden ({os_reason(exc)})."
                ) from exc
        elif _docx2pdf_available():
            import docx2pdf

            try:
                docx2pdf.convert(str(docx), str(produced))
            except Exception as exc:  # Word automation fails in many ways
                raise PdfError(
                    f"Word konnte „{docx.name}“ nicht in PDF umwandeln ({exc})."
                ) from exc
        else:
            raise PdfError(NO_CONVERTER)
        if not produced.is_file() or produced.stat().st_size == 0:
            raise PdfError(
                f"„{docx.name}“ konnte nicht in PDF umgewandelt werden; die Word-Datei ist "
                "geschrieben und kann in Word oder LibreOffice als PDF gespeichert werden."
            )
        from .writer import write_atomically

        write_atomically(target, produced.read_bytes())
    return target
