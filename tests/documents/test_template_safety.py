"""Templates are documents, not programs: sandboxed, bounded, and nothing but layout passed on.

Each attack is a template file built here, as a city's staff member might receive one by
e-mail. The check ("Vorlage prüfen", `template check`) and every export refuse it in German,
naming the template paragraph, and write nothing; or the written document is cleaned.
"""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from secretary_app.documents import (
    DocumentError,
    check_template,
    layout_files,
    sandbox,
    write_all_extracts,
    write_extract,
    write_minutes,
)
from secretary_app.settings import Settings

from .hostile_templates import SECRETS, SHOWN_LINK, hostile_template, package_text
from .template_helpers import template_with
from .validator import assert_valid

CANARY = "protokollant-sandbox-canary"


_template_with = template_with


def _refused_everywhere(rich_meeting, tmp_path: Path, template: Path) -> str:
    """The check's finding, after asserting that export and "all extracts" refuse too and
    write nothing; returns the check's first finding as printed."""
    findings = check_template(template, "auszug")
    assert findings, "the check passed a hostile template"
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    with pytest.raises(DocumentError):  # TemplateRefused, or the package is not opened
        write_extract(rich_meeting, rich_meeting.item("2"), out / "a.docx", template=template)
    with pytest.raises(DocumentError):
        write_all_extracts(rich_meeting, out / "alle", template=template)
    assert list(out.rglob("*")) == []
    return str(findings[0])


# --- 1. sandbox: no way to Python's internals -----------------------------------------------

ESCAPES = [
    # the attack of the issue: item look-ups on a global's function
    "{{ cycler['__init__']['__globals__']['os']['popen']('touch CANARY')['read']() }}",
    # the same through |attr()
    "{{ (cycler|attr('__init__')|attr('__globals__'))['os'].popen('touch CANARY').read() }}",
    # through a value of the context: a text's class and its subclasses
    "{{ top.titel.__class__.__mro__[1].__subclasses__() }}",
    "{{ top.titel['__class__']['__mro__'][1]['__subclasses__']() }}",
    "{{ (top.titel|attr('__class__')|attr('__mro__'))[1] }}",
    # through filters that look attributes up
    "{{ top.absaetze|map(attribute='__class__')|list }}",
    "{{ top.absaetze|selectattr('__class__')|list }}",
    # str.format's field look-up
    "{{ '{0.__class__.__mro__}'.format(top.titel) }}",
    # Jinja's own globals and other files
    "{{ lipsum.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{% include '/etc/passwd' %}",
    "{% import 'os' as os %}",
    # a method that changes a value (immutable sandbox)
    "{{ top.absaetze.append(1) }}",
]


@pytest.mark.parametrize("expression", ESCAPES)
def test_no_template_reaches_python_internals(rich_meeting, tmp_path, monkeypatch, expression):
    monkeypatch.chdir(tmp_path)
    template = _template_with(tmp_path, "{{ top.titel }}", expression.replace("CANARY", CANARY))
    message = _refused_everywhere(rich_meeting, tmp_path, template)
    assert not (tmp_path / CANARY).exists(), "the template ran a shell command"
    assert "Error" not in message and "object" not in message, message  # German only


def test_an_escape_is_refused_with_a_german_message_naming_the_paragraph(rich_meeting, tmp_path):
    template = _template_with(
        tmp_path, "{{ top.titel }}", "Titel: {{ top.titel.__class__.__mro__ }}"
    )
    message = _refused_everywhere(rich_meeting, tmp_path, template)
    assert "ist in Vorlagen nicht erlaubt" in message or "unbekannt" in message
    assert "„Titel: {{ top.titel.__class__.__mro__ }}“" in message


# --- 2. bounded: time, memory, output size ---------------------------------------------------

BOUNDED = [
    ("{%p for i in range(10**8) %}", "x", "{%p endfor %}"),
    ("{{ 'x' * 10**9 }}",),
    ("{{ 'x'.center(10**9) }}",),
    ("{{ '%999999999s' % 'x' }}",),
    ("{{ '{:>999999999}'.format('x') }}",),
    ("{{ 7 ** 99999999 }}",),
    ("{{ ('x' * 900000).replace('x', 'xxxxxxxxxx') }}",),
    ("{{ (range(9999)|list|string) * 999 }}",),
    # three million paragraphs from loops over ranges the sandbox allows
    ("{%p for i in range(3000) %}", "{%p for j in range(1000) %}", "Absatz {{ i }}.{{ j }}",
     "{%p endfor %}", "{%p endfor %}"),
    # a loop that writes nothing and never ends in time
    ("{% for i in range(10000) %}{% for j in range(10000) %}{% for k in range(10000) %}"
     "{% endfor %}{% endfor %}{% endfor %}",),
    # a string doubled in a loop
    ("{% set ns = namespace(s='xx') %}{% for i in range(64) %}{% set ns.s = ns.s + ns.s %}"
     "{% endfor %}{{ ns.s|length }}",),
    # lists that print far larger than they are: the same list held many times
    ("{% set l = ['x' * 999] * 999 %}{{ [l] * 999 }}",),
    ("{% set ns = namespace(l=['x' * 9999]) %}{% for i in range(20) %}"
     "{% set ns.l = ns.l + ns.l %}{% endfor %}{{ ns.l }}",),
    ("{{ range(3)|batch(10**9)|list }}",),
    ("{{ range(3)|slice(10**9)|list }}",),
    # a macro calling itself
    ("{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs", BOUNDED, ids=lambda p: p[0][:40])
def test_every_unbounded_template_is_refused_in_bounded_time_and_memory(
    rich_meeting, tmp_path, paragraphs
):
    template = _template_with(tmp_path, "{{ top.titel }}", *paragraphs)
    tracemalloc.start()
    started = time.monotonic()
    try:
        message = _refused_everywhere(rich_meeting, tmp_path, template)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    # the limits themselves: 10 s a render, values of at most a million characters
    assert time.monotonic() - started < 3 * 3 * sandbox.TIME_LIMIT
    assert peak < 400 * 1024 * 1024, f"{peak / 1e6:.0f} MB"
    assert "abgebrochen" in message or "range()" in message, message
    assert "Interner Fehler" not in message and "Error" not in message


def test_the_time_limit_names_the_paragraph(rich_meeting, tmp_path, monkeypatch):
    monkeypatch.setattr(sandbox, "TIME_LIMIT", 0.3)
    monkeypatch.setattr(sandbox, "MAX_STEPS", 10**12)  # only the clock can stop it
    template = _template_with(
        tmp_path,
        "{{ top.titel }}",
        "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}Ende",
    )
    message = _refused_everywhere(rich_meeting, tmp_path, template)
    assert "länger als 0.3 Sekunden" in message
    assert "„{% for i in range(10000) %}" in message


def test_two_thousand_nested_blocks_are_named_not_an_internal_error(rich_meeting, tmp_path):
    template = _template_with(
        tmp_path, "{{ top.titel }}", "{% if true %}" * 2000 + "x" + "{% endif %}" * 2000
    )
    message = _refused_everywhere(rich_meeting, tmp_path, template)
    assert "zu tief verschachtelt (mehr als 40" in message


def _with_paragraphs(tmp_path: Path, name: str, paragraphs: bytes) -> Path:
    base = _template_with(tmp_path, "{{ top.titel }}")
    with zipfile.ZipFile(base) as source:
        files = {n: source.read(n) for n in source.namelist()}
    document = files["word/document.xml"]
    cut = document.rindex(b"<w:sectPr")
    files["word/document.xml"] = document[:cut] + paragraphs + document[cut:]
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for part, data in files.items():
            out.writestr(part, data)
    return path


def test_a_template_of_too_many_paragraphs_is_not_opened(rich_meeting, tmp_path):
    numbered = b"".join(b"<w:p><w:r><w:t>%d</w:t></w:r></w:p>" % i for i in range(150_000))
    message = _refused_everywhere(
        rich_meeting, tmp_path, _with_paragraphs(tmp_path, "a.docx", numbered)
    )
    assert "sie hat über 100.000 Absätze" in message
    # three million empty ones: refused as well (here already as an unusually packed part)
    empty = _with_paragraphs(tmp_path, "b.docx", b"<w:p/>" * 3_000_000)
    assert "wird nicht geöffnet" in _refused_everywhere(rich_meeting, tmp_path, empty)


def test_real_layouts_stay_far_inside_the_limits(rich_meeting, tmp_path):
    """The shipped layouts' full minutes use a small part of each budget."""
    budgets = []
    original = sandbox.Budget.__init__

    def remember(self):
        original(self)
        budgets.append(self)

    for name in ("referenz", "karlsruhe", "beschluss", "zu-punkt"):
        sandbox.Budget.__init__ = remember  # type: ignore[method-assign]
        try:
            write_minutes(rich_meeting, tmp_path / f"{name}.docx", layout=name)
        finally:
            sandbox.Budget.__init__ = original  # type: ignore[method-assign]
    assert budgets
    assert max(b.steps for b in budgets) < sandbox.MAX_STEPS / 100
    assert max(b.output for b in budgets) < sandbox.MAX_OUTPUT / 20


# --- 3. only layout passes from the template into her document ------------------------------


def _hostile(tmp_path: Path, kind: str, docm: bool = False) -> Path:
    if kind == "placeholders":
        base = layout_files("referenz")["niederschrift"]
    else:  # a style template without placeholders: the built-in wording fills it
        base = Path(__file__).resolve().parents[2] / "resources" / "templates" / "protokoll.docx"
    return hostile_template(
        base, tmp_path / f"feindlich-{kind}.docx", "http://127.0.0.1:9", docm=docm
    )


@pytest.mark.parametrize("docm", [False, True], ids=["docx", "docm"])
@pytest.mark.parametrize("kind", ["placeholders", "styles"])
def test_a_written_document_carries_nothing_of_the_template_but_layout(
    rich_meeting, tmp_path, kind, docm
):
    template = _hostile(tmp_path, kind, docm)
    assert check_template(template) == []  # layout is layout: the template itself is usable
    written = [
        write_minutes(rich_meeting, tmp_path / "voll.docx", template=template),
        write_minutes(rich_meeting, tmp_path / "oeff.docx", template=template, public=True),
    ]
    for path in written:
        text = package_text(path)
        for secret in SECRETS:
            assert secret not in text, (path.name, secret)
        for gone in (
            "vbaProject", "macroEnabled", "glossary", "comments.xml", "people.xml",
            "customXml", "chunk.html", "attachedTemplate", "docVar", "INCLUDEPICTURE",
            "INCLUDETEXT", "127.0.0.1", 'TargetMode="External"/><Relationship Id="rIdFrame"',
        ):  # fmt: skip
            assert gone not in text, (path.name, gone)
        with zipfile.ZipFile(path) as archive:
            external = [
                line
                for name in archive.namelist()
                if name.endswith(".rels")
                for line in archive.read(name).decode().split("<Relationship ")
                if 'TargetMode="External"' in line
            ]
        if kind == "placeholders":
            assert "Eingefügter Satz" in text  # a tracked insertion is accepted, not lost
            assert "[Feldbild]" in text and "[Feldtext]" in text  # the fields' last result
            assert len(external) == 1 and SHOWN_LINK in external[0]  # the link the text shows
        else:
            assert external == []
        assert_valid(path)


def test_an_extract_from_a_hostile_template_is_clean_and_valid(rich_meeting, tmp_path):
    template = hostile_template(
        layout_files("referenz")["auszug"], tmp_path / "auszug.docx", "http://127.0.0.1:9"
    )
    path = write_extract(
        rich_meeting, rich_meeting.item("2"), tmp_path / "a.docx", template=template,
        settings=Settings(place="Musterstadt"),
    )  # fmt: skip
    text = package_text(path)
    assert not [s for s in SECRETS if s in text]
    assert "127.0.0.1" not in text
    assert_valid(path)


# --- 4. the check's messages -----------------------------------------------------------------


def test_check_messages_are_german_for_the_five_mistakes(tmp_path):
    cases = {
        "filter": ("{{ top.titel|gross }}",),
        "include": ("{% include 'kopf.docx' %}",),
        "deep": ("{% if true %}" * 200 + "{% endif %}" * 200,),
        "unclosed": ("{{ top.titel }}", "{%p if top.ergebnis %}", "{{ top.ergebnis }}",
                     "Abstimmungsergebnis:"),
        "beside": ("{{ top.titel }}", "Beschluss: {%p if top.beschluesse %}",
                   "{{ top.beschluesse|join(' ') }}", "{%p endif %}"),
    }  # fmt: skip
    printed = {}
    for name, paragraphs in cases.items():
        findings = check_template(_template_with(tmp_path, *paragraphs, name=f"{name}.docx"))
        assert len(findings) == 1, (name, findings)
        printed[name] = str(findings[0])
    assert printed["filter"] == (
        "Fehler in einem Platzhalter: unbekannter Filter „gross“ – im Text im Absatz "
        "„{{ top.titel|gross }}“"
    )
    assert printed["include"].startswith("Eine Vorlage kann keine andere Datei einbinden")
    assert printed["deep"].startswith("Die Vorlage ist zu tief verschachtelt")
    assert printed["unclosed"] == (
        "Fehler in einem Platzhalter: {% if %} wird nirgends mit {% endif %} geschlossen – "
        "im Text im Absatz „{%p if top.ergebnis %}“"
    )
    assert printed["beside"] == (
        "Der Text „Beschluss:“ steht im selben Absatz wie ein {%p …%}-Befehl und wird nicht "
        "gedruckt – bitte in einen eigenen Absatz schreiben – im Text im Absatz "
        "„Beschluss: {%p if top.beschluesse %}“"
    )
    for text in printed.values():
        for english in ("named", "found", "Error", "loader", "expected", "nested"):
            assert english not in text, text


def test_the_quoted_paragraph_is_that_paragraph_only(tmp_path):
    template = _template_with(
        tmp_path,
        "{%p if top.titel %}",
        "Titel: {{ top.titel + 1 }}",
        "{%p endif %}",
    )
    (finding,) = check_template(template)
    assert str(finding).endswith("im Absatz „Titel: {{ top.titel + 1 }}“")
    assert "Text und eine Zahl" in str(finding)


def test_set_and_loop_variables_in_scope_are_known_names(rich_meeting, tmp_path):
    template = _template_with(
        tmp_path,
        "{{ top.titel }}",
        "{%p if top.titel %}",
        "{% set v = top.nummer %}Punkt {{ v }}",
        "{%p endif %}",
        "{%p for a in top.absaetze %}",
        "{% set ns = namespace(n=0) %}{% set ns.n = loop.index %}{{ ns.n }}: {{ a.text }}",
        "{%p endfor %}",
        "{% macro fett(t) %}{{ t|upper }}{% endmacro %}{{ fett(top.titel) }}",
    )
    assert check_template(template) == []
    path = write_extract(
        rich_meeting, rich_meeting.item("2"), tmp_path / "a.docx", template=template
    )
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "Punkt 2" in texts
    assert "HAUSHALTSSATZUNG 2017" in texts


@pytest.mark.parametrize(
    ("kind", "name", "says"),
    [
        ("auszug", "tops", "Diese Vorlage ist für den Protokollauszug: hier gibt es nur den "
         "einen Punkt „top“"),
        ("niederschrift", "top", "Diese Vorlage ist für die Niederschrift: hier gibt es die "
         "Liste „tops“"),
    ],
)  # fmt: skip
def test_top_and_tops_are_explained_in_right_german(tmp_path, kind, name, says):
    paragraph = "{{ tops|length }}" if name == "tops" else "{{ top.titel }}"
    template = _template_with(tmp_path, paragraph, "{{ sitzung.datum }}")
    (finding,) = check_template(template, kind)
    assert str(finding).startswith(says)
    assert "gibt es nur in der Vorlage für" in str(finding)


# --- PDF: the conversion of what was written reaches nothing outside the machine ------------


class _Recorder:
    """A local web server that records every request it gets."""

    def __init__(self) -> None:
        import http.server
        import threading

        self.requests: list[str] = []
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                recorder.requests.append(self.path)
                self.send_response(404)
                self.end_headers()

            do_HEAD = do_GET  # noqa: N815
            do_POST = do_GET  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_the_pdf_of_a_document_from_a_template_with_remote_links_requests_nothing(
    rich_meeting, tmp_path
):
    from secretary_app.documents import pdf

    if pdf.find_soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed on this machine")
    server = _Recorder()
    try:
        template = hostile_template(
            layout_files("referenz")["niederschrift"], tmp_path / "fern.docx", server.url
        )
        # the threat is real: LibreOffice opening the template itself fetches its picture
        pdf.convert_to_pdf(template, tmp_path / "vorlage.pdf")
        assert server.requests, "the control conversion made no request: the test proves nothing"
        server.requests.clear()
        written = write_minutes(rich_meeting, tmp_path / "niederschrift.docx", template=template)
        made = pdf.convert_to_pdf(written, tmp_path / "niederschrift.pdf")
        assert made.stat().st_size > 0
        assert server.requests == []
    finally:
        server.close()
