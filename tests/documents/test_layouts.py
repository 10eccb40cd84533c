"""Layouts with placeholders: shipped ones, the check, and what the documents now can say."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import os
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from secretary_app.documents import (
    LAYOUTS,
    DocumentError,
    TemplateRefused,
    check_template,
    extract_filename,
    layout_files,
    write_all_extracts,
    write_extract,
    write_minutes,
)
from secretary_app.documents.context import vote_prose
from secretary_app.domain.model import AgendaItem, Committee, Paragraph, Vote
from secretary_app.settings import Settings

from .conftest import read_docx
from .template_helpers import template_with
from .validator import assert_valid

ROOT = Path(__file__).resolve().parents[2]
NAMES = [layout.name for layout in LAYOUTS]


def _texts(path: Path) -> list[str]:
    """The paragraphs' text, no-break spaces read as spaces (the dates' own are held by
    test_a_long_date_never_breaks_across_lines)."""
    return [p.text.replace("\u00a0", " ") for p in read_docx(path).paragraphs]


def _make_template_module():
    spec = importlib.util.spec_from_file_location(
        "make_template", ROOT / "resources" / "templates" / "make_template.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- shipped layouts ---------------------------------------------------------------------------


def test_make_template_rebuilds_every_shipped_template_byte_for_byte(tmp_path):
    built = _make_template_module().build_all(tmp_path)
    assert len(built) == 1 + 2 * len(LAYOUTS)
    for path in built:
        committed = ROOT / "resources" / "templates" / path.relative_to(tmp_path)
        assert path.read_bytes() == committed.read_bytes(), committed


@pytest.mark.parametrize("name", NAMES)
def test_every_shipped_template_is_valid_and_passes_the_check(name):
    for kind, path in layout_files(name).items():
        assert_valid(path)
        assert check_template(path) == [], (name, kind)
        settings = docx.Document(str(path)).settings.element
        mode = settings.find(qn("w:compat")).find(qn("w:compatSetting"))
        assert mode.get(qn("w:name")) == "compatibilityMode" and mode.get(qn("w:val")) == "15"


@pytest.mark.parametrize("name", NAMES)
def test_every_layout_writes_extract_and_both_minutes(rich_meeting, tmp_path, name):
    settings = Settings(layout=name, place="Musterstadt", secretary_name="Frau Beispiel")
    written = write_all_extracts(rich_meeting, tmp_path / "auszuege", settings=settings)
    assert len(written) == len(rich_meeting.agenda)
    full = write_minutes(rich_meeting, tmp_path / "voll.docx", settings=settings)
    public = write_minutes(rich_meeting, tmp_path / "oeff.docx", settings=settings, public=True)
    assert "Haushaltssatzung 2017" in "\n".join(_texts(full))
    assert "Grundstücksangelegenheit" in "\n".join(_texts(full))
    assert "Grundstücksangelegenheit" not in "\n".join(_texts(public))
    for path in [*written, full, public]:
        assert oct(os.stat(path).st_mode & 0o777) == "0o600"


def test_layout_option_overrides_the_settings(rich_meeting, tmp_path):
    item = rich_meeting.item("2")
    path = write_extract(
        rich_meeting,
        item,
        tmp_path / "a.docx",
        settings=Settings(layout="referenz"),
        layout="zu-punkt",
    )
    assert "Zu Punkt 2: Haushaltssatzung 2017" in _texts(path)


def test_an_unknown_layout_names_the_shipped_ones(rich_meeting, tmp_path):
    with pytest.raises(DocumentError, match="Mitgeliefert sind: beschluss, karlsruhe"):
        write_extract(
            rich_meeting, rich_meeting.item("2"), tmp_path / "a.docx", layout="gibtsnicht"
        )


def test_beschluss_layout_one_line_vote_with_bias_as_fourth_count(rich_meeting, tmp_path):
    settings = Settings(layout="beschluss", place="Musterstadt")
    texts = _texts(
        write_extract(rich_meeting, rich_meeting.item("2"), tmp_path / "a.docx", settings=settings)
    )
    assert "Beschluss:" in texts
    beschluss = texts.index("Beschluss:")
    assert texts[beschluss + 1] == "Die Haushaltssatzung 2017 wird beschlossen."
    # Herr Crone is excluded and present: one bias, counted apart from the three answers
    assert "Dafür: 2\tDagegen: 1\tEnthaltung: 0\tBefangen: 1" in texts
    assert (
        "Abstimmung zum Änderungsantrag der CDU: abgelehnt (Dafür: 1, Dagegen: 2, Enthaltung: 0)"
    ) in texts
    assert "Musterstadt, 2. März 2017" in texts
    assert "Mit Nein stimmte: Herr Adler." in texts


def test_zu_punkt_layout_prose_result_and_three_signatures(rich_meeting, tmp_path):
    settings = Settings(layout="zu-punkt", place="Musterstadt", secretary_name="Frau Beispiel")
    texts = _texts(
        write_extract(rich_meeting, rich_meeting.item("2"), tmp_path / "a.docx", settings=settings)
    )
    assert texts[texts.index("Zu Punkt 2: Haushaltssatzung 2017") + 1] == "Vorlage: 16/SVV/0100"
    assert (
        "Abstimmung zum Änderungsantrag der CDU: Abgelehnt bei 1 Ja-Stimme und 2 "
        "Gegenstimmen" in texts
    )
    assert "Beratungsergebnis: Mehrheitlich bei 1 Gegenstimme (2 Ja-Stimmen)" in texts
    assert (
        "An Beratung und Abstimmung hat wegen Befangenheit nicht teilgenommen: Herr Crone."
    ) in texts
    signatures = [t for t in texts if t.count("\t") == 2]
    assert signatures[0].split("\t") == ["_" * 20] * 3  # three lines to sign
    # the names in the name row, the roles (the mayor's among them) in the row below
    assert signatures[1] == "Frau Dr. Vogel\t\tFrau Beispiel"
    assert signatures[2].split("\t")[1] == "Oberbürgermeister/in"


# --- the check ---------------------------------------------------------------------------------


_template_with = template_with


def test_check_reports_a_syntax_error_quoting_the_paragraph(tmp_path):
    path = _template_with(tmp_path, "Protokollauszug", "Top {{ top.nummer } {{ top.titel }}")
    findings = check_template(path)
    assert len(findings) == 1
    text = str(findings[0])
    assert "Fehler in einem Platzhalter: unerwartetes „}“ (fehlt eine Klammer?)" in text
    assert "„Top {{ top.nummer } {{ top.titel }}“" in text


def test_an_unclosed_block_is_named_where_it_opens(tmp_path):
    path = _template_with(
        tmp_path, "{%p for a in top.absaetze %}", "{{ a.text }}", "Abstimmungsergebnis:"
    )
    (finding,) = check_template(path)
    assert str(finding) == (
        "Fehler in einem Platzhalter: {% for %} wird nirgends mit {% endfor %} geschlossen – "
        "im Text im Absatz „{%p for a in top.absaetze %}“"
    )


def test_check_reports_unknown_names_in_german(tmp_path):
    path = _template_with(tmp_path, "Sitzung {{ sitzung.numer }}", "{{ gremiun.name }}")
    messages = [str(f) for f in check_template(path)]
    assert any("„gremiun“ ist unbekannt" in m and "„{{ gremiun.name }}“" in m for m in messages)
    assert any(
        "„numer“ ist unbekannt" in m and "„Sitzung {{ sitzung.numer }}“" in m for m in messages
    )


def test_check_of_a_minutes_name_in_an_extract_template(tmp_path):
    path = _template_with(
        tmp_path, "{{ top.titel }}", "{%p for t in tops %}", "{{ t.titel }}", "{%p endfor %}"
    )
    assert "gibt es nur in der Vorlage" in str(check_template(path, "auszug")[0])


def test_check_catches_a_failure_only_rendering_shows(tmp_path):
    path = _template_with(tmp_path, "{{ top.titel + 1 }}")
    findings = check_template(path)
    assert findings and "kann nicht ausgewertet werden" in str(findings[0])
    assert "„{{ top.titel + 1 }}“" in str(findings[0])


def test_a_template_that_does_not_render_is_refused_before_any_file(rich_meeting, tmp_path):
    bad = _template_with(tmp_path, "{{ top.titel }}", "{{ top.beschlus }}")
    folder = tmp_path / "auszuege"
    with pytest.raises(TemplateRefused) as refused:
        write_all_extracts(rich_meeting, folder, template=bad)
    assert "„beschlus“ ist unbekannt" in str(refused.value)
    assert "es wurde nichts geschrieben" in str(refused.value)
    assert not folder.exists()
    with pytest.raises(TemplateRefused):
        write_extract(rich_meeting, rich_meeting.item("2"), tmp_path / "a.docx", template=bad)
    assert not (tmp_path / "a.docx").exists()


def test_values_are_escaped_not_markup(rich_meeting, tmp_path):
    rich_meeting.item("2").title = "A & B <w:t>{{ x }}</w:t> „C“"
    path = write_extract(rich_meeting, rich_meeting.item("2"), tmp_path / "a.docx")
    assert "Top 2 A & B <w:t>{{ x }}</w:t> „C“" in _texts(path)


# --- unsafe packages -----------------------------------------------------------------------------


def _rezip(source: Path, target: Path, replace: dict[str, bytes], add: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info, replace.get(info.filename, src.read(info.filename)))
        for name, data in add.items():
            out.writestr(name, data)
    return target


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize("kind", ["entities", "bomb"])
def test_entities_and_zip_bombs_are_refused_in_bounded_memory(rich_meeting, tmp_path, kind):
    source = layout_files("referenz")["auszug"]
    if kind == "entities":
        bad = _rezip(source, tmp_path / "bad.docx", {"word/document.xml": LAUGHS}, {})
        expected = "XML-Entitäten"
    else:
        bad = _rezip(source, tmp_path / "bad.docx", {}, {"word/media/big.xml": b"\0" * 300_000_000})
        expected = "entpackt"
    assert bad.stat().st_size < 2_000_000
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError, match=expected):
            write_extract(rich_meeting, rich_meeting.item("2"), tmp_path / "a.docx", template=bad)
        assert expected in str(check_template(bad)[0])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 30_000_000
    assert not (tmp_path / "a.docx").exists()


# --- what the documents now say ------------------------------------------------------------------


@pytest.mark.parametrize(
    "counts, prose",
    [
        ((7, 0, 0), "einstimmig"),
        ((6, 0, 1), "einstimmig bei 1 Enthaltung"),
        ((5, 0, 2), "einstimmig bei 2 Enthaltungen"),
        ((5, 2, 1), "mehrheitlich bei 2 Gegenstimmen und 1 Enthaltung"),
        ((5, 1, 0), "mehrheitlich bei 1 Gegenstimme"),
        ((3, 4, 0), "abgelehnt bei 3 Ja-Stimmen und 4 Gegenstimmen"),
        ((1, 4, 2), "abgelehnt bei 1 Ja-Stimme, 4 Gegenstimmen und 2 Enthaltungen"),
        ((3, 3, 0), "abgelehnt bei 3 Ja-Stimmen und 3 Gegenstimmen"),
        ((0, 5, 0), "einstimmig abgelehnt"),
        ((0, 0, 0), "ohne Stimmabgabe"),
    ],
)
def test_vote_as_prose(counts, prose):
    assert vote_prose(Vote(*counts)) == prose


def test_one_abstaining_name_is_singular(rich_meeting, tmp_path):
    item = rich_meeting.item("2")
    item.minutes[-1].vote = Vote(
        2, 0, 1, "roll-call", "", {"vogel": "yes", "becker": "yes", "adler": "abstain"}
    )
    texts = _texts(write_extract(rich_meeting, item, tmp_path / "a.docx"))
    assert "Der Stimme enthielt sich: Herr Adler." in texts
    assert "Mit Ja stimmten: Frau Dr. Vogel und Frau Becker." in texts


@pytest.mark.parametrize(
    "name, formula",
    [
        ("Bürgerschaft", "Die Bürgerschaft beschließt:"),
        ("Arbeitsgemeinschaft Wohnen", "Die Arbeitsgemeinschaft Wohnen beschließt:"),
        ("Schiedsstelle", "Die Schiedsstelle beschließt:"),
        ("Jury", "Die Jury beschließt:"),
    ],
)
def test_feminine_committees(rich_meeting, tmp_path, name, formula):
    rich_meeting.committee = Committee(
        name, kind="deciding", members=rich_meeting.committee.members
    )
    texts = _texts(write_extract(rich_meeting, rich_meeting.item("2"), tmp_path / "a.docx"))
    assert formula in texts
    assert f"5. öffentlichen/nichtöffentlichen Sitzung der {name}" in texts


def test_signing_place_and_date_from_the_settings_default_the_meeting_date(rich_meeting, tmp_path):
    item = rich_meeting.item("2")
    texts = _texts(
        write_extract(rich_meeting, item, tmp_path / "a.docx", settings=Settings(place="Potsdam"))
    )
    assert "Potsdam, den 02.03.2017" in texts
    texts = _texts(
        write_extract(
            rich_meeting,
            item,
            tmp_path / "b.docx",
            settings=Settings(place="Potsdam", signing_date="20.03.2017"),
        )
    )
    assert "Potsdam, den 20.03.2017" in texts


def test_free_text_outcome_is_printed_as_typed(rich_meeting, tmp_path):
    item = rich_meeting.item("2")
    item.outcome = "in geänderter Fassung mit Prüfauftrag beschlossen"
    texts = _texts(write_extract(rich_meeting, item, tmp_path / "a.docx"))
    assert "in geänderter Fassung mit Prüfauftrag beschlossen" in texts


def _keep_next(paragraph) -> bool:
    return paragraph._p.find(qn("w:pPr") + "/" + qn("w:keepNext")) is not None or bool(
        paragraph.style.paragraph_format.keep_with_next
    )


def test_vote_and_signature_blocks_keep_with_what_precedes(rich_meeting, tmp_path):
    item = rich_meeting.item("3")
    item.minutes.append(Paragraph("text", "Schlusswort."))
    doc = read_docx(
        write_extract(rich_meeting, item, tmp_path / "a.docx", settings=Settings(place="Potsdam"))
    )
    paragraphs = doc.paragraphs
    texts = [p.text for p in paragraphs]
    vote = texts.index("Abstimmungsergebnis:")
    assert _keep_next(paragraphs[vote - 1])  # the resolution stays with its vote
    place = texts.index("Potsdam, den 02.03.2017")
    assert paragraphs[place - 1].text == "Schlusswort." and _keep_next(paragraphs[place - 1])
    assert all(_keep_next(p) for p in paragraphs[place:-1])


def _space_after(paragraph) -> float:
    direct = paragraph.paragraph_format.space_after
    if direct is not None:
        return direct.pt
    style = paragraph.style
    while style is not None and style.paragraph_format.space_after is None:
        style = style.base_style
    return style.paragraph_format.space_after.pt if style is not None else 0


def test_even_spacing_after_an_item_heading_without_paper_and_outcome(rich_meeting, tmp_path):
    doc = read_docx(write_extract(rich_meeting, rich_meeting.item("1"), tmp_path / "a.docx"))
    heading = next(p for p in doc.paragraphs if p.text.startswith("Top 1 "))
    doc2 = read_docx(write_extract(rich_meeting, rich_meeting.item("3"), tmp_path / "b.docx"))
    outcome = next(p for p in doc2.paragraphs if p.text == "beschlossen")
    assert _space_after(heading) == _space_after(outcome) == 12


# --- files ----------------------------------------------------------------------------------------


def test_file_names_pad_numbers_with_letters_and_stay_short(rich_meeting):
    rich_meeting.agenda = [AgendaItem(n, f"Punkt {n}") for n in ("6", "6a", "7", "10")]
    names = [extract_filename(rich_meeting, it) for it in rich_meeting.agenda]
    assert names == sorted(names)
    assert names[1] == "2017-03-02_TOP_06a.docx"
    long = AgendaItem("12", "x", paper="Bebauungsplan " * 30)
    name = extract_filename(rich_meeting, long)
    assert (
        len(name) <= 120
        and name.startswith("2017-03-02_TOP_12_Bebauungsplan")
        and name.endswith(".docx")
    )


def test_a_title_of_any_length_is_written_and_properties_cut(rich_meeting, tmp_path):
    item = rich_meeting.item("2")
    item.title = "Bebauungsplan „Nördlich der Bahnlinie, zwischen …“ " * 6  # > 255 characters
    item.paper = "24/SVV/0100 " * 20
    written = write_all_extracts(rich_meeting, tmp_path)
    doc = read_docx(written[1])
    assert len(doc.core_properties.title) == 255
    assert doc.core_properties.title.startswith("Protokollauszug TOP 2 Bebauungsplan")
    assert all(len(p.name) <= 120 for p in written)


def test_no_custom_properties_or_print_date_of_the_template(rich_meeting, tmp_path):
    source = layout_files("referenz")["auszug"]
    custom = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
        b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Geheim">'
        b"<vt:lpwstr>Personalakte M\xc3\xbcller</vt:lpwstr></property></Properties>"
    )
    doc = docx.Document(str(source))
    doc.core_properties.last_printed = dt.datetime(2023, 5, 5)
    buffer = io.BytesIO()
    doc.save(buffer)
    city = tmp_path / "stadt.docx"
    city.write_bytes(buffer.getvalue())
    rels = (
        zipfile.ZipFile(city)
        .read("_rels/.rels")
        .replace(
            b"</Relationships>",
            b'<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
        )
    )
    types = (
        zipfile.ZipFile(city)
        .read("[Content_Types].xml")
        .replace(
            b"</Types>",
            b'<Override PartName="/docProps/custom.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
        )
    )
    city = _rezip(
        city,
        tmp_path / "stadt2.docx",
        {"_rels/.rels": rels, "[Content_Types].xml": types},
        {"docProps/custom.xml": custom},
    )
    out = write_extract(rich_meeting, rich_meeting.item("2"), tmp_path / "a.docx", template=city)
    with zipfile.ZipFile(out) as package:
        everything = b"".join(package.read(n) for n in package.namelist())
        assert b"Personalakte" not in everything and b"lastPrinted" not in everything
        settings = package.read("word/settings.xml")
    assert b'w:name="compatibilityMode"' in settings and b'w:val="15"' in settings


def test_exports_are_private_and_an_existing_file_never_gets_wider(rich_meeting, tmp_path):
    item = rich_meeting.item("2")
    target = tmp_path / "a.docx"
    write_extract(rich_meeting, item, target)
    assert os.stat(target).st_mode & 0o777 == 0o600
    os.chmod(target, 0o644)  # written by an older version
    write_extract(rich_meeting, item, target)
    assert os.stat(target).st_mode & 0o777 == 0o600
    os.chmod(target, 0o400)
    write_extract(rich_meeting, item, target)
    assert os.stat(target).st_mode & 0o777 == 0o400


@pytest.mark.parametrize("name", NAMES)
def test_every_layout_spaces_a_heading_without_paper_like_one_with(rich_meeting, tmp_path, name):
    """The heading group (heading, then paper and outcome where the layout prints them) ends
    with the same space, whatever it holds."""
    settings = Settings(layout=name)
    doc = read_docx(write_minutes(rich_meeting, tmp_path / "n.docx", settings=settings))
    paragraphs = doc.paragraphs
    ends = []
    for title in ("Haushaltssatzung 2017", "Wahl eines Vertreters"):
        index = next(
            i
            for i, p in enumerate(paragraphs)
            if title in p.text and p.style.name == "Protokoll TOP"
        )
        while paragraphs[index + 1].style.name == "Protokoll TOP Angaben":
            index += 1
        ends.append(_space_after(paragraphs[index]))
    assert ends == [12, 12], name


def test_german_quotes_word_puts_into_a_tag_are_understood(rich_meeting, tmp_path):
    path = _template_with(
        tmp_path, "{% if top.teil == „öffentlich“ %}ÖFFENTLICH{% endif %} {{ top.titel }}"
    )
    assert check_template(path) == []
    out = write_extract(rich_meeting, rich_meeting.item("2"), tmp_path / "a.docx", template=path)
    assert "ÖFFENTLICH Haushaltssatzung 2017" in _texts(out)


def test_a_style_template_without_placeholders_says_the_same(rich_meeting, tmp_path):
    from secretary_app import paths

    path = write_extract(
        rich_meeting,
        rich_meeting.item("2"),
        tmp_path / "a.docx",
        template=paths.default_template_path(),
    )
    texts = _texts(path)
    assert texts.count("Wegen Befangenheit nahm nicht teil: Herr Crone.") == 2
    assert "Mit Nein stimmte: Herr Adler." in texts
    assert not any("nimmt wegen Befangenheit" in t for t in texts)


def test_interruptions_of_the_meeting_clock_in_the_minutes_head(rich_meeting, tmp_path):
    from secretary_app.domain.model import Interruption

    rich_meeting.interruptions = [Interruption("18:10", "18:25", "Pause")]
    texts = _texts(write_minutes(rich_meeting, tmp_path / "n.docx"))
    assert "Unterbrechung:\t18:10 bis 18:25 Uhr (Pause)" in texts
    assert (
        texts.index("Beginn:\t17:00 Uhr")
        < texts.index("Unterbrechung:\t18:10 bis 18:25 Uhr (Pause)")
        < texts.index("Ende:\t19:12 Uhr")
    )
    rich_meeting.interruptions.append(Interruption("19:00"))
    rich_meeting.end = None
    texts = _texts(write_minutes(rich_meeting, tmp_path / "n.docx"))
    assert "Unterbrechungen:\t18:10 bis 18:25 Uhr (Pause), ab 19:00 Uhr" in texts


def test_bias_counted_among_those_present_when_the_vote_was_taken(rich_meeting, tmp_path):
    from secretary_app.documents.context import extract_context

    item = rich_meeting.item("2")
    rich_meeting.attendance_of("crone").left = "18:00"  # Herr Crone (excluded) leaves at 18:00
    final = item.minutes[-1].vote
    for time, biased in (("17:30", 1), ("18:30", 0)):
        final.time = time
        vote = extract_context(rich_meeting, item, Settings())["top"]["abstimmungen"][-1]
        # Vogel, Adler (from 17:25) and Becker (until 18:40) may vote at both times
        assert (vote["zeit"], vote["befangen"], vote["stimmberechtigt"]) == (time, biased, 3)


def test_a_long_date_never_breaks_across_lines(rich_meeting, tmp_path):
    """ "14. Juni 2016" is held by no-break spaces wherever a layout prints it, so Word never
    leaves "14." at a line's end and "Juni 2016" on the next."""
    import re

    from secretary_app.documents.german import MONTHS

    pattern = re.compile(rf"\d{{1,2}}\.(\s)(?:{'|'.join(MONTHS)})(\s)\d{{4}}")
    printed = 0
    for name in NAMES:
        settings = Settings(layout=name)
        files = [
            write_minutes(rich_meeting, tmp_path / f"{name}.docx", settings=settings),
            write_extract(
                rich_meeting, rich_meeting.agenda[0], tmp_path / f"{name}-a.docx", settings=settings
            ),
        ]
        for path in files:
            for paragraph in read_docx(path).paragraphs:
                for match in pattern.finditer(paragraph.text):
                    printed += 1
                    assert match.groups() == ("\u00a0", "\u00a0"), (name, paragraph.text)
    assert printed, "no layout prints a long date: nothing was checked"
