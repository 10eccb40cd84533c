"""Every agenda reader under random input: items, or a clear German AgendaFormatError."""

from __future__ import annotations

import io
import json
import os
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretary_app.domain.model import AgendaItem
from secretary_app.formats.agenda import AgendaFormatError, read_agenda

from .oparl_fixtures import meeting

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
FORMATS = [None, "text", "csv", "oparl", "docx"]


def _outcome(source: Any, fmt: str | None) -> list[AgendaItem] | None:
    """Read; assert the result is whole items or a German message. None when refused."""
    try:
        result = read_agenda(source, fmt)
    except AgendaFormatError as exc:
        message = str(exc)
        assert message.strip()
        assert "Traceback" not in message and "Error(" not in message
        return None
    assert result.items, "a result without items must be an error instead"
    for item in result.items:
        assert isinstance(item.number, str) and item.number.strip()
        assert isinstance(item.title, str) and item.title.strip()
        assert isinstance(item.paper, str)
        assert isinstance(item.public, bool)
    assert all(isinstance(n, str) and n for n in result.notes)
    return result.items


@FUZZ
@given(data=st.binary(max_size=600), fmt=st.sampled_from(FORMATS))
def test_random_bytes(data, fmt):
    _outcome(data, fmt)


_FRAGMENTS = st.sampled_from(
    [
        "7.1",
        "TOP 3:",
        "Ö 3",
        "N 9.1",
        "1.",
        "12)",
        "Öffentlicher Teil",
        "Nichtöffentlicher Teil",
        "Parkraumkonzept Innenstadt",
        "Fraktion FDP",
        "24/SVV/0422",
        "DS 23/SVV/1310-02",
        "Vorlage 2014/0688",
        "VO/2025/123",
        "2023/2024",
        "Mit freundlichen Grüßen",
        "\t",
        "   ",
        ";",
        ",",
        '"',
        "ja",
        "nein",
        "öffentlich",
        "TOP;Betreff;Drucksache;öffentlich",
        "ß",
        "€",
        "{",
        "}",
        "\u00a0",
        "\x00",
        "\ufeff",
        "-",
        "–",
    ]
)
_LINE = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=6).map(" ".join)


@FUZZ
@given(lines=st.lists(_LINE, max_size=25), fmt=st.sampled_from([None, "text", "csv"]))
def test_random_lines(lines, fmt):
    _outcome("\n".join(lines), fmt)


@FUZZ
@given(
    lines=st.lists(_LINE, min_size=1, max_size=15),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-16-le"]),
    fmt=st.sampled_from([None, "text", "csv"]),
)
def test_wrong_encodings(lines, encoding, fmt):
    text = "\n".join(lines)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace")
    _outcome(data, fmt)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_KEYS = st.sampled_from(
    [
        "name",
        "number",
        "public",
        "order",
        "result",
        "consultation",
        "id",
        "type",
        "start",
        "end",
        "organization",
        "agendaItem",
        "location",
    ]
)


@FUZZ
@given(
    edits=st.lists(
        st.tuples(st.integers(min_value=-1, max_value=8), _KEYS, st.one_of(st.just(...), _JSON)),
        max_size=6,
    ),
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=3000)),
)
def test_broken_oparl_json(edits, cut):
    data = meeting()
    for index, key, value in edits:
        items = data.get("agendaItem")
        target = data
        if index >= 0 and isinstance(items, list) and index < len(items):
            target = items[index] if isinstance(items[index], dict) else data
        if value is ...:
            target.pop(key, None)
        else:
            target[key] = value
    text = json.dumps(data, ensure_ascii=False)
    if cut is not None:
        text = text[:cut]
    _outcome(text, "oparl")
    _outcome(text.encode("utf-8"), None)


def _invitation() -> bytes:
    d = docx.Document()
    d.add_paragraph("Tagesordnung")
    d.add_paragraph("1 Eröffnung")
    t = d.add_table(rows=2, cols=3)
    for cell, text in zip(t.rows[0].cells, ["TOP", "Betreff", "Drucksache"], strict=True):
        cell.text = text
    for cell, text in zip(t.rows[1].cells, ["2", "Bericht", "15/SVV/0743"], strict=True):
        cell.text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


INVITATION = _invitation()


@pytest.mark.parametrize("fmt", [None, "docx"])
def test_the_unchanged_invitation_reads(fmt):
    assert [i.number for i in _outcome(INVITATION, fmt) or []] == ["1", "2"]


@FUZZ
@given(
    flips=st.lists(
        st.tuples(st.integers(min_value=0, max_value=len(INVITATION) - 1), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    ),
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=len(INVITATION))),
)
def test_damaged_docx(flips, cut):
    data = bytearray(INVITATION)
    for pos, value in flips:
        data[pos] = value
    if cut is not None:
        data = data[:cut]
    _outcome(bytes(data), "docx")


@pytest.fixture(scope="module")
def server():
    from .oparl_fixtures import oparl_server

    with oparl_server() as running:
        yield running


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=st.one_of(st.binary(max_size=300), _JSON.map(lambda v: json.dumps(v).encode())))
def test_whatever_the_server_answers(server, body):
    from secretary_app.formats.oparl import fetch_agenda

    host, routes = server
    routes["/oparl/bodies/1/papers/9001"] = body  # a broken paper: at most a note
    result = fetch_agenda(f"{host}/oparl/bodies/1/meetings/77", timeout=5)
    assert len(result.items) == 7 and result.items[1].paper == ""
    routes["/x"] = body  # the meeting itself: items or a message
    try:
        fetch_agenda(f"{host}/x", timeout=5)
    except AgendaFormatError as exc:
        assert str(exc).strip()


# -- issue 14: vendor shapes, lone surrogates, absurd numbers, lists of meetings ----------

_NASTY = st.one_of(
    st.sampled_from(["\ud800", "a\udfffb", "Öffentliche Sitzung", "- nichtöffentlicher Teil -"]),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.sampled_from([1e308, -1e308, 1e30, 0.5, "100001", " 7 ", "Ö 2.1", "N 1", "Ort-\nschaft"]),
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=3),
)


@FUZZ
@given(
    edits=st.lists(
        st.tuples(st.integers(min_value=-1, max_value=8), _KEYS, _NASTY),
        min_size=1,
        max_size=6,
    ),
    as_list=st.sampled_from([None, "array", "page"]),
)
def test_vendor_shapes_surrogates_and_absurd_numbers_in_oparl(edits, as_list):
    data: Any = meeting()
    for index, key, value in edits:
        items = data.get("agendaItem")
        target = data
        if isinstance(items, list) and 0 <= index < len(items) and isinstance(items[index], dict):
            target = items[index]
        target[key] = value
    if as_list == "array":
        data = [data, meeting()]
    elif as_list == "page":
        data = {"data": [data], "links": {}}
    text = json.dumps(data, ensure_ascii=True)  # lone surrogates become "\ud800" escapes
    _outcome(text, "oparl")
    _outcome(text.encode("utf-8"), None)
    from secretary_app.formats.oparl import read_oparl_meeting

    try:
        m = read_oparl_meeting(text, meeting_id="1" if as_list else None)
    except AgendaFormatError as exc:
        assert str(exc).strip() and "Traceback" not in str(exc)
    else:
        assert 0 <= m.number < 10**4
        for item in m.agenda:
            (item.title + item.number + item.outcome).encode("utf-8")  # storable


@FUZZ
@given(
    path=st.sampled_from(
        [
            ("meeting", "number"),
            ("meeting", "start"),
            ("committee", "name"),
            ("agenda", 0, "title"),
            ("agenda", 1, "minutes", 2, "yes"),
            ("agenda", 1, "minutes", 2, "ballots"),
            ("committee", "members", 0, "key"),
        ]
    ),
    value=_NASTY,
)
def test_meeting_file_with_surrogates_and_absurd_numbers(path, value):
    from pathlib import Path

    from secretary_app.formats import meeting_file

    data = json.loads(
        (Path(__file__).parent.parent / "data" / "rich-meeting.json").read_text("utf-8")
    )
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    text = json.dumps(data, ensure_ascii=True)
    try:
        result = meeting_file.parse(meeting_file.decode_json(text.encode(), "Die Datei"))
    except meeting_file.FormatError as exc:
        str(exc).encode("utf-8")  # the message itself can be printed
        return
    assert result.meeting.number <= meeting_file.MAX_NUMBER
    meeting_file.dumps(result.meeting).encode("utf-8")


@FUZZ
@given(
    continuation=st.integers(min_value=0, max_value=400),
    width=st.integers(min_value=1, max_value=120),
    items=st.integers(min_value=1, max_value=30),
)
def test_long_wrapped_titles(continuation, width, items):
    block = "".join(
        f"{n} Punkt {n}\n" + ("wort " * width + "\n") * continuation for n in range(1, items + 1)
    )
    found = _outcome(block, "text")
    if found is not None:
        assert len(found) == items
