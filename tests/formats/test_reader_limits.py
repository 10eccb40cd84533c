"""Issue 14: every reader bounded in time and memory; each limit a German message naming it."""

from __future__ import annotations

import io
import json
import threading
import time
import zipfile
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from secretary_app.formats import meeting_file
from secretary_app.formats.agenda import (
    MAX_ITEMS,
    MAX_ROWS,
    AgendaFormatError,
    read_agenda,
)
from secretary_app.formats.agenda_docx import MAX_XML_PART_BYTES
from secretary_app.formats.oparl import fetch_agenda, read_oparl_meeting

from .oparl_fixtures import meeting
from .test_agenda_fuzz import INVITATION

DATA = Path(__file__).parent.parent / "data"


def test_continuation_lines_are_joined_in_linear_time():
    """Joining wrapped lines copied the title once per line: 65,000 lines took 13 s."""
    from secretary_app.formats.agenda_text import _join_wrapped

    parts = ["Wort", "Ort-", "schaft"] * 40_000
    t = time.perf_counter()
    title = _join_wrapped(parts)
    assert time.perf_counter() - t < 2
    assert title.startswith("Wort Ortschaft Wort") and len(title) == 40_000 * 15 - 1


def test_a_title_past_the_limit_is_refused_without_reading_on():
    line = "Fortsetzung des Titels mit einigen Wörtern über den Haushalt der Stadt\n"
    t = time.perf_counter()
    with pytest.raises(AgendaFormatError, match=r"länger als 5\.000 Zeichen \(Grenze\)"):
        read_agenda("1 Erster Punkt\n" + line * 200_000, "text")  # 14 MB
    assert time.perf_counter() - t < 5


def test_a_long_title_within_the_limit_is_kept_whole():
    text = "1 Erster Punkt\n" + "weiter im Titel\n" * 300 + "2 Zweiter Punkt\n"
    items = read_agenda(text, "text").items
    assert len(items) == 2 and len(items[0].title) == len("Erster Punkt") + 16 * 300


def test_too_many_items_stop_reading_early():
    text = "".join(f"{1 + n // 500}.{n % 500 + 1} Punkt {n}\n" for n in range(MAX_ITEMS + 50))
    with pytest.raises(AgendaFormatError, match=f"Grenze: {MAX_ITEMS} Punkte"):
        read_agenda(text, "text")


def test_csv_rows_are_capped():
    rows = "Nr;Titel\n" + "".join(f"{n};Punkt\n" for n in range(MAX_ROWS + 5))
    with pytest.raises(AgendaFormatError, match=r"Grenze: 10\.000 Zeilen"):
        read_agenda(rows.encode(), "csv")


def test_pasted_text_over_the_size_limit():
    with pytest.raises(AgendaFormatError, match="Grenze: 20.971.520 Zeichen"):
        read_agenda("x" * (20 * 1024 * 1024 + 1), "text")


def _bomb(size: int) -> bytes:
    """The invitation with word/document.xml padded to `size` bytes (zeros compress well)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(INVITATION)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data + b" " * (size - len(data))
            dst.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_docx_that_unpacks_too_big_is_refused_unread(monkeypatch):
    data = _bomb(MAX_XML_PART_BYTES + 1)
    assert len(data) < 1024 * 1024  # small on disk
    import docx

    def never(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("python-docx must not see it")

    monkeypatch.setattr(docx, "Document", never)
    expected = r"wäre entpackt 16 MB groß \(Grenze: 16 MB je XML-Teil"
    with pytest.raises(AgendaFormatError, match=expected):
        read_agenda(data, "docx")


def _meeting_value() -> dict[str, Any]:
    return json.loads((DATA / "rich-meeting.json").read_text("utf-8"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda v: v["meeting"].update(number=10**30),
            r"meeting\.number: 100000000000… ist keine Sitzungsnummer \(Grenze: 999\.999\)",
        ),
        (
            lambda v: v.update(agenda=[v["agenda"][0]] * (meeting_file.MAX_ITEMS + 1)),
            r"agenda: hat 2001 Einträge; die Grenze ist 2000",
        ),
        (
            lambda v: v["agenda"][1]["minutes"][2].update(yes=10**12),
            r"agenda\[1\]\.minutes\[2\]\.yes: ist größer als 100\.000",
        ),
    ],
)
def test_absurd_meeting_files_get_german_messages(change, message):
    value = _meeting_value()
    change(value)
    with pytest.raises(meeting_file.FormatError, match=message):
        meeting_file.parse(value)


def test_lone_surrogate_in_a_meeting_file(tmp_path: Path):
    text = (DATA / "rich-meeting.json").read_text("utf-8")
    text = text.replace('"title": "', '"title": "\\ud800', 1)
    path = tmp_path / "kaputt.json"
    path.write_text(text, "utf-8")
    with pytest.raises(meeting_file.FormatError, match=r"members\[0\]\.title: .*U\+D800"):
        meeting_file.read_file(path)


def test_integer_with_thousands_of_digits(tmp_path: Path):
    path = tmp_path / "zahl.json"
    path.write_text('{"format": "secretary-app/meeting", "version": ' + "9" * 5000 + "}")
    with pytest.raises(meeting_file.FormatError, match="zu vielen Ziffern"):
        meeting_file.read_file(path)


def test_lone_surrogate_and_huge_number_in_oparl():
    data = json.dumps(meeting()).replace("Annahme", "\\udc80Annahme", 1)
    with pytest.raises(AgendaFormatError, match="U\\+DC80"):
        read_agenda(data, "oparl")
    value = meeting()
    value["agendaItem"][0]["number"] = 1e30
    with pytest.raises(AgendaFormatError, match=r"agendaItem\[0\]\.number ist keine TOP-Nummer"):
        read_oparl_meeting(json.dumps(value))


# -- the network ---------------------------------------------------------------------------


@contextmanager
def _server(handler: Any):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.block_on_close = False
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


class _Trickle(_Handler):
    """A byte every 0.2 s: never silent long enough for the read timeout."""

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(100000):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass


class _Huge(_Handler):
    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        try:
            for _ in range(30 * 16):  # 30 MB, never promised in advance
                self.wfile.write(b" " * 65536)
        except OSError:
            pass


class _FtpRedirect(_Handler):
    def do_GET(self) -> None:  # noqa: N802
        self.send_response(302)
        self.send_header("Location", "ftp://127.0.0.1/meeting.json")
        self.end_headers()


def test_fetch_has_a_total_deadline():
    with _server(_Trickle) as host:
        t = time.monotonic()
        with pytest.raises(AgendaFormatError, match=r"nach 1 Sekunden abgebrochen \(Grenze"):
            fetch_agenda(f"{host}/meeting", timeout=5, deadline=1)
        assert time.monotonic() - t < 4


def test_fetch_stops_at_the_byte_limit():
    with _server(_Huge) as host:
        with pytest.raises(AgendaFormatError, match=r"größer als 20 MB \(Grenze je Antwort"):
            fetch_agenda(f"{host}/meeting", timeout=5)


def test_redirect_to_ftp_is_not_followed():
    with _server(_FtpRedirect) as host:
        with pytest.raises(AgendaFormatError, match="nur http- und https-Adressen"):
            fetch_agenda(f"{host}/meeting", timeout=5)


def test_cli_says_what_is_wrong_instead_of_internal_error(db_path, tmp_path: Path, capsys):
    from tests.cli_helpers import run_cli

    value = _meeting_value()
    value["meeting"]["number"] = 10**30
    big = tmp_path / "nummer.json"
    big.write_text(json.dumps(value), "utf-8")
    oparl_file = tmp_path / "oparl.json"
    oparl_file.write_text(json.dumps(meeting()).replace("Annahme", "\\ud800", 1), "utf-8")
    for path in (big, oparl_file):
        code, _, err = run_cli("--db", str(db_path), "import", str(path), capsys=capsys)
        assert code == 1 and err.startswith("Fehler: ") and "Interner Fehler" not in err


def test_lone_surrogate_in_pasted_text():
    with pytest.raises(AgendaFormatError, match=r"U\+D800.*Position 12"):
        read_agenda("1 Eröffnung \ud800\n2 Bericht\n")


# -- issue 23: a title of 100,000 or 1,000,000 characters at every door ------------------------

HUGE = [100_000, 1_000_000]


def _docx_agenda(title: str) -> bytes:
    import docx

    doc = docx.Document()
    doc.add_paragraph("1 Eröffnung")
    doc.add_paragraph(f"2 {title}")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("length", HUGE)
@pytest.mark.parametrize("door", ["text", "csv", "docx", "oparl"])
def test_a_huge_title_is_refused_in_german_by_every_agenda_reader(door, length):
    from secretary_app.domain.limits import TITLE_CHARS

    title = "Xx" * (length // 2)  # no space: nothing to wrap at
    if door == "text":
        source: Any = f"1 Eröffnung\n2 {title}\n"
    elif door == "csv":
        source = f"TOP;Betreff\n1;Eröffnung\n2;{title}\n".encode()
    elif door == "docx":
        source = _docx_agenda(title)
    else:
        value = meeting()
        value["agendaItem"][0]["name"] = title
        source = json.dumps(value).encode()
    t = time.perf_counter()
    with pytest.raises(AgendaFormatError) as exc:
        read_agenda(source, door)
    message = str(exc.value)
    # refused by the first limit it meets: a line (text, .docx), a CSV field, the title
    assert "Zeichen" in message and ("Grenze" in message or "länger als" in message), message
    if (door, length) in (("oparl", 100_000), ("oparl", 1_000_000), ("csv", 100_000)):
        assert f" ist {length:,} Zeichen lang".replace(",", ".") in message
        assert "Der Titel von TOP" in message
        assert f"(Grenze: {TITLE_CHARS:,} Zeichen)".replace(",", ".") in message
    assert time.perf_counter() - t < 10


@pytest.mark.parametrize("length", HUGE)
def test_a_huge_title_in_a_meeting_file_is_refused_naming_where(length, demo_file):
    value = json.loads(demo_file.read_text(encoding="utf-8"))
    value["agenda"][0]["title"] = "Xx" * (length // 2)
    with pytest.raises(meeting_file.FormatError) as exc:
        meeting_file.parse(value)
    assert "agenda[0].title" in str(exc.value)
    assert f"{length:,}".replace(",", ".") + " Zeichen lang (Grenze: 5.000 Zeichen)" in str(
        exc.value
    )


def test_names_and_paragraphs_have_limits_in_the_meeting_file(demo_file):
    value = json.loads(demo_file.read_text(encoding="utf-8"))
    value["committee"]["name"] = "A" * 301
    with pytest.raises(meeting_file.FormatError, match=r"committee\.name: .*Grenze: 300"):
        meeting_file.parse(value)
    value = json.loads(demo_file.read_text(encoding="utf-8"))
    value["agenda"][0]["minutes"][0]["text"] = "Wort " * 20_001
    with pytest.raises(meeting_file.FormatError, match=r"Grenze: 100\.000 Zeichen"):
        meeting_file.parse(value)
