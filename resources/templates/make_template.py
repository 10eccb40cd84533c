"""Build the built-in Word template `protokoll.docx` reproducibly with python-docx.

Run `make template` (or `python resources/templates/make_template.py [OUT.docx]`). The result is
committed next to this script; building it twice gives the same bytes.

The template defines every named style the writers in `secretary_app/documents/` use
(see `secretary_app/documents/styles.py`), an A4 page, and a footer with "Seite X von Y" as
Word fields. Its body shows one sample paragraph per style so a city can open it in Word,
restyle it (font, letterhead in the header, logo) and point the app at the copy; the writers
throw the sample body away and keep styles, page set-up, header and footer.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import BaseStyle

HERE = Path(__file__).resolve().parent
OUT = HERE / "protokoll.docx"
FONT = "Arial"
FIXED_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def _set_fonts(element: object, font: str) -> None:
    """Set all four font slots explicitly (theme fonts would win over ascii/hAnsi)."""
    rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), font)


def _language(element: object, lang: str = "de-DE") -> None:
    rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    tag = rpr.find(qn("w:lang"))
    if tag is None:
        tag = OxmlElement("w:lang")
        rpr.append(tag)
    tag.set(qn("w:val"), lang)
    tag.set(qn("w:eastAsia"), lang)
    tag.set(qn("w:bidi"), "ar-SA")


def _outline_level(style: BaseStyle, level: int) -> None:
    ppr = style.element.get_or_add_pPr()
    tag = OxmlElement("w:outlineLvl")
    tag.set(qn("w:val"), str(level))
    ppr.append(tag)


def _contextual_spacing(style: BaseStyle) -> None:
    ppr = style.element.get_or_add_pPr()
    ppr.append(OxmlElement("w:contextualSpacing"))


def _bottom_border(style: BaseStyle) -> None:
    ppr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def _paragraph_style(
    doc: docx.document.Document,
    name: str,
    *,
    bold: bool = False,
    underline: bool = False,
    size: float | None = None,
    before: float = 0,
    after: float = 8,
    keep_with_next: bool = False,
    tabs: tuple[tuple[float, WD_TAB_ALIGNMENT], ...] = (),
    left_indent: float | None = None,
    first_line: float | None = None,
) -> BaseStyle:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    font = style.font
    font.bold = bold
    if underline:
        font.underline = True
    if size is not None:
        font.size = Pt(size)
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.keep_with_next = keep_with_next
    for position, alignment in tabs:
        fmt.tab_stops.add_tab_stop(Cm(position), alignment)
    if left_indent is not None:
        fmt.left_indent = Cm(left_indent)
    if first_line is not None:
        fmt.first_line_indent = Cm(first_line)
    return style


def _field(paragraph: object, instruction: str, placeholder: str) -> None:
    """A complex Word field (PAGE, NUMPAGES) that Word and LibreOffice update on display."""
    p = paragraph._p  # type: ignore[attr-defined]
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("end", None)):
        run = OxmlElement("w:r")
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run.append(char)
        p.append(run)
        if kind == "separate":
            shown = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = placeholder
            shown.append(t)
            p.append(shown)


def build(path: Path = OUT, *, font: str = FONT) -> Path:
    doc = docx.Document()

    # Document defaults and Normal: the font and German language for spell checking.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    assert defaults is not None
    rpr_default = defaults.find(qn("w:rPrDefault"))
    assert rpr_default is not None
    rpr = rpr_default.find(qn("w:rPr"))
    assert rpr is not None
    for child in list(rpr):
        if child.tag in (qn("w:rFonts"), qn("w:lang")):
            rpr.remove(child)
    normal = doc.styles["Normal"]
    _set_fonts(normal.element, font)
    _language(normal.element)
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.1

    for builtin in ("Header", "Footer"):
        style = doc.styles[builtin]
        style.font.size = Pt(9)

    right = WD_TAB_ALIGNMENT.RIGHT
    left = WD_TAB_ALIGNMENT.LEFT
    # Title lines: "Protokollauszug" / "Niederschrift", then "aus der" / "21. ... Sitzung" / "vom".
    _paragraph_style(doc, "Protokoll Titel", size=16, after=6, keep_with_next=True)
    _paragraph_style(doc, "Protokoll Untertitel", after=0, keep_with_next=True)
    rule = _paragraph_style(doc, "Protokoll Trennlinie", size=4, before=2, after=14)
    _bottom_border(rule)
    _paragraph_style(
        doc, "Protokoll Teil", underline=True, before=14, after=12, keep_with_next=True
    )
    # Minutes only: section headings, the head lines, attendance and agenda lists.
    section = _paragraph_style(
        doc, "Protokoll Abschnitt", bold=True, size=12, before=18, after=8, keep_with_next=True
    )
    _outline_level(section, 0)
    head = _paragraph_style(doc, "Protokoll Kopf", after=8, tabs=((3.5, left),))
    _contextual_spacing(head)
    listing = _paragraph_style(doc, "Protokoll Liste", after=8)
    _contextual_spacing(listing)
    agenda = _paragraph_style(
        doc,
        "Protokoll Tagesordnung",
        after=4,
        tabs=((1.5, left),),
        left_indent=1.5,
        first_line=-1.5,
    )
    _contextual_spacing(agenda)
    # The item: "Top 7.1 <title>" (a heading), then paper and outcome, all bold.
    top = _paragraph_style(doc, "Protokoll TOP", bold=True, before=12, after=0, keep_with_next=True)
    _outline_level(top, 1)
    details = _paragraph_style(
        doc, "Protokoll TOP Angaben", bold=True, after=12, keep_with_next=True
    )
    _contextual_spacing(details)
    # The minutes paragraphs.
    _paragraph_style(doc, "Protokoll Text", after=10)
    _paragraph_style(doc, "Protokoll Antrag", bold=True, after=10)
    _paragraph_style(doc, "Protokoll Beschlussformel", bold=True, after=10, keep_with_next=True)
    _paragraph_style(doc, "Protokoll Beschluss", bold=True, after=10)
    _paragraph_style(doc, "Protokoll Abstimmung", bold=True, before=4, after=8, keep_with_next=True)
    votes = _paragraph_style(doc, "Protokoll Stimmen", after=10, tabs=((4.5, right),))
    _contextual_spacing(votes)
    _paragraph_style(doc, "Protokoll Namen", after=6)
    number = doc.styles.add_style("Protokoll Stimmenzahl", WD_STYLE_TYPE.CHARACTER)
    number.font.bold = True
    number.quick_style = True
    # Signature block: place and date, then lines, names and roles; two columns in the minutes.
    _paragraph_style(doc, "Protokoll Ort Datum", before=24, after=36, keep_with_next=True)
    _paragraph_style(
        doc, "Protokoll Unterschrift", after=0, keep_with_next=True, tabs=((9.0, left),)
    )

    # A4 page.
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
    sec.header_distance, sec.footer_distance = Cm(1.25), Cm(1.0)
    footer = sec.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Seite ")
    _field(footer, "PAGE", "1")
    footer.add_run(" von ")
    _field(footer, "NUMPAGES", "1")

    # Sample body: one paragraph per style, for the city that restyles the template in Word.
    body = doc._body._body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    samples = (
        ("Protokoll Titel", "Protokollauszug"),
        ("Protokoll Untertitel", "aus der"),
        ("Protokoll Untertitel", "1. öffentlichen Sitzung des Ausschusses für Beispiele"),
        ("Protokoll Untertitel", "vom 01.01.2024"),
        ("Protokoll Trennlinie", ""),
        ("Protokoll Teil", "öffentlich"),
        ("Protokoll Abschnitt", "Tagesordnung (nur Niederschrift)"),
        ("Protokoll Kopf", "Beginn:\t17:00 Uhr"),
        ("Protokoll Liste", "Frau Beispiel (Vorsitz)"),
        ("Protokoll Tagesordnung", "1\tEröffnung der Sitzung"),
        ("Protokoll TOP", "Top 1 Beispielpunkt"),
        ("Protokoll TOP Angaben", "24/SVV/0001"),
        ("Protokoll TOP Angaben", "beschlossen"),
        ("Protokoll Text", "Frau Beispiel erklärt, dass die Vorlage unverändert ist."),
        ("Protokoll Antrag", "Antragstext"),
        ("Protokoll Beschlussformel", "Der Ausschuss für Beispiele beschließt:"),
        ("Protokoll Beschluss", "Beschlusstext"),
        ("Protokoll Abstimmung", "Abstimmungsergebnis:"),
    )
    for style_name, text in samples:
        doc.add_paragraph(text, style=style_name)
    for label, count in (("Zustimmung:", "7"), ("Ablehnung:", "0"), ("Stimmenthaltung:", "0")):
        p = doc.add_paragraph(f"{label}\t", style="Protokoll Stimmen")
        p.add_run(count, style="Protokoll Stimmenzahl")
    doc.add_paragraph("Mit Ja stimmten: Frau Beispiel", style="Protokoll Namen")
    doc.add_paragraph("Musterstadt, den 01.01.2024", style="Protokoll Ort Datum")
    doc.add_paragraph("_" * 28 + "\t" + "_" * 28, style="Protokoll Unterschrift")
    doc.add_paragraph("Vorsitz\tSchriftführung", style="Protokoll Unterschrift")

    # Properties of the template itself, fixed so the build is reproducible.
    props = doc.core_properties
    props.title = "Protokollant – Vorlage für Protokollauszug und Niederschrift"
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    props.revision = 1
    props.created = FIXED_TIME.replace(tzinfo=None)
    props.modified = FIXED_TIME.replace(tzinfo=None)
    props.last_printed = FIXED_TIME.replace(tzinfo=None)
    _drop_thumbnail(doc)
    _prune(doc)

    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(_normalise_zip(buffer.getvalue()))
    return path


def _drop_thumbnail(doc: docx.document.Document) -> None:
    """python-docx's default package carries a generic thumbnail; a template should not."""
    package_rels = doc.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package_rels[rel_id]


KEEP_BUILTIN = {"normal", "default paragraph font", "normal table", "table normal", "no list"}
KEEP_BUILTIN |= {"header", "footer", "header char", "footer char", "table grid"}


def _prune(doc: docx.document.Document) -> None:
    """Drop python-docx's 150 unused sample styles and the Word 2010 duplicate of styles.xml.

    Smaller styles.xml = faster loading for every document written from the template.
    """
    styles = doc.styles.element
    for style in styles.findall(qn("w:style")):
        name_tag = style.find(qn("w:name"))
        name = name_tag.get(qn("w:val")) if name_tag is not None else ""
        if name.startswith("Protokoll ") or name.lower() in KEEP_BUILTIN:
            continue
        if style.get(qn("w:default")) == "1":
            continue
        styles.remove(style)
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del doc.part.rels[rel_id]


def _normalise_zip(data: bytes) -> bytes:
    """Same content → same bytes: fixed timestamps and order in the zip container."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    print(build(target))
