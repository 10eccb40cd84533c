"""The template: built reproducibly, a city's own one honoured, an incomplete one refused."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from secretary_app import paths
from secretary_app.documents import DocumentError, write_extract, write_minutes
from secretary_app.documents.styles import S
from secretary_app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _make_template_module():
    spec = importlib.util.spec_from_file_location(
        "make_template", ROOT / "resources" / "templates" / "make_template.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_template_is_what_the_script_builds(tmp_path):
    built = _make_template_module().build(tmp_path / "neu.docx")
    assert built.read_bytes() == paths.default_template_path().read_bytes()


def test_built_in_template_defines_every_style_and_a_page_number_field():
    doc = docx.Document(str(paths.default_template_path()))
    names = {s.name for s in doc.styles}
    assert {role.value for role in S} <= names
    footer_xml = doc.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "fldChar" in footer_xml
    assert round(doc.sections[0].page_width.cm, 1) == 21.0  # A4


def _city_template(tmp_path: Path) -> Path:
    """What a city does in Word: another font in Normal, its letterhead in the header."""
    doc = docx.Document(str(paths.default_template_path()))
    normal = doc.styles["Normal"]
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), "Courier New")
    normal.font.size = Pt(12)
    header = doc.sections[0].header
    header.paragraphs[0].text = "Landeshauptstadt Musterstadt – Der Oberbürgermeister"
    path = tmp_path / "stadt.docx"
    doc.save(str(path))
    return path


def test_a_city_template_with_its_font_and_letterhead_is_honoured(demo_meeting, tmp_path):
    template = _city_template(tmp_path)
    item = demo_meeting.agenda[0]
    out = write_extract(demo_meeting, item, tmp_path / "a.docx", template=template)
    doc = docx.Document(str(out))
    assert doc.sections[0].header.paragraphs[0].text == (
        "Landeshauptstadt Musterstadt – Der Oberbürgermeister"
    )
    assert doc.styles["Normal"].font.name == "Courier New"
    assert doc.styles["Normal"].font.size == Pt(12)
    # the body paragraphs inherit from Normal: no run or style of ours sets another font
    for p in doc.paragraphs:
        for run in p.runs:
            assert run.font.name is None
        assert p.style.font.name is None
    assert "Protokollauszug" in [p.text for p in doc.paragraphs]


def test_the_template_from_the_settings_is_used_when_none_is_passed(demo_meeting, tmp_path):
    settings = Settings(template=str(_city_template(tmp_path)))
    out = write_minutes(demo_meeting, tmp_path / "n.docx", settings=settings)
    header = docx.Document(str(out)).sections[0].header.paragraphs[0].text
    assert header.startswith("Landeshauptstadt Musterstadt")


def test_a_template_missing_a_style_is_refused_naming_the_style(demo_meeting, tmp_path):
    doc = docx.Document(str(paths.default_template_path()))
    doc.styles["Protokoll Beschluss"].delete()
    broken = tmp_path / "unvollstaendig.docx"
    doc.save(str(broken))
    target = tmp_path / "a.docx"
    with pytest.raises(DocumentError) as error:
        write_extract(demo_meeting, demo_meeting.agenda[0], target, template=broken)
    message = str(error.value)
    assert "„Protokoll Beschluss“" in message
    assert "unvollstaendig.docx" in message
    assert "Protokoll Antrag" not in message  # only what is missing
    assert not target.exists()


def test_a_template_missing_several_styles_names_all(demo_meeting, tmp_path):
    doc = docx.Document(str(paths.default_template_path()))
    doc.styles["Protokoll Titel"].delete()
    doc.styles["Protokoll Stimmenzahl"].delete()
    broken = tmp_path / "alt.docx"
    doc.save(str(broken))
    with pytest.raises(DocumentError, match="Protokoll Titel.*Protokoll Stimmenzahl"):
        write_minutes(demo_meeting, tmp_path / "n.docx", template=broken)


def test_a_file_that_is_not_a_word_document_is_refused_in_german(demo_meeting, tmp_path):
    fake = tmp_path / "vorlage.docx"
    fake.write_text("kein Word", encoding="utf-8")
    with pytest.raises(DocumentError, match="keine Word-Datei"):
        write_minutes(demo_meeting, tmp_path / "n.docx", template=fake)
    missing = tmp_path / "fehlt.docx"
    with pytest.raises(DocumentError, match="gibt es nicht"):
        write_minutes(demo_meeting, tmp_path / "n.docx", template=missing)


def test_a_damaged_zip_is_refused_in_german(demo_meeting, tmp_path):
    damaged = tmp_path / "kaputt.docx"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("[Content_Types].xml", "<nicht xml")
    with pytest.raises(DocumentError, match="kaputt.docx"):
        write_minutes(demo_meeting, tmp_path / "n.docx", template=damaged)


def test_a_word_template_file_dotx_is_accepted(demo_meeting, tmp_path):
    dotx = tmp_path / "stadt.dotx"
    with zipfile.ZipFile(paths.default_template_path()) as source:
        with zipfile.ZipFile(dotx, "w") as target:
            for name in source.namelist():
                content = source.read(name)
                if name == "[Content_Types].xml":
                    content = content.replace(b"document.main+xml", b"template.main+xml")
                target.writestr(name, content)
    with pytest.raises(ValueError):
        docx.Document(str(dotx))  # python-docx alone refuses it
    out = write_extract(demo_meeting, demo_meeting.agenda[0], tmp_path / "a.docx", template=dotx)
    with zipfile.ZipFile(out) as written:
        assert b"document.main+xml" in written.read("[Content_Types].xml")
    assert docx.Document(str(out)).paragraphs[0].text == "Protokollauszug"


def test_styles_are_found_by_name_whatever_their_ids(demo_meeting, tmp_path):
    """Word may give a style another id (German Word: "ProtokollText1"); the name counts."""
    doc = docx.Document(str(paths.default_template_path()))
    doc.styles["Protokoll Text"].style_id = "Fliesstext7"
    template = tmp_path / "ids.docx"
    doc.save(str(template))
    out = write_extract(
        demo_meeting, demo_meeting.agenda[0], tmp_path / "a.docx", template=template
    )
    written = docx.Document(str(out))
    plain = [p for p in written.paragraphs if p.text.startswith("Herr Thomann macht deutlich")]
    assert plain[0].style.name == "Protokoll Text"
    assert plain[0]._p.pPr.pStyle.val == "Fliesstext7"
