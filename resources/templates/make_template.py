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
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import BaseStyle

from secretary_app.documents.writer import current_compatibility

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


# The elements that follow w:pBdr inside w:pPr (ECMA-376 CT_PPrBase): the border must stand
# before them, or Word has to repair the file.
_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def _bottom_border(style: BaseStyle) -> None:
    ppr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.insert_element_before(borders, *_AFTER_PBDR)


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


def _base(font: str = FONT) -> docx.document.Document:
    """Styles, A4 page and footer: what every template of every layout shares."""
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
    current_compatibility(doc)
    _clear_body(doc)
    return doc


def _clear_body(doc: docx.document.Document) -> None:
    body = doc._body._body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def build(path: Path = OUT, *, font: str = FONT) -> Path:
    """The style template (no placeholders): one sample paragraph per style."""
    doc = _base(font)
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

    return _save(doc, path, "Protokollant – Vorlage für Protokollauszug und Niederschrift")


def _save(doc: docx.document.Document, path: Path, title: str) -> Path:
    # Properties of the template itself, fixed so the build is reproducible.
    props = doc.core_properties
    props.title = title
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
            fixed.create_system = 3  # "made on Unix" (0644 above) on every system, Windows too
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# --- layouts: templates with placeholders (TEMPLATES.md) --------------------------------------
#
# A paragraph is (style, runs) where runs is a text or a list of (text, character style); a
# block tag ("{%p if … %}") is a paragraph of its own that disappears when rendered. Tabs and
# line breaks in a text become Word tabs and line breaks.

Runs = str | list[tuple[str, str | None]]
Para = tuple[str, Runs] | tuple[str, Runs, dict[str, object]]
# Tab stops of a paragraph of its own: the style's stop cleared, left stops at these positions.
ONE_LINE_TABS = {"clear": 4.5, "tabs": (3.5, 7.0, 10.5)}
THREE_COLUMNS = {"clear": 9.0, "tabs": (5.8, 11.6)}


def tag(text: str) -> Para:
    return ("Normal", "{%p " + text + " %}")


NUMBER = "Protokoll Stimmenzahl"
# the street after the place in the minutes' head, where the council published it (issue 27)
ADDRESS = (
    "{% if sitzung.ort_anschrift and sitzung.ort_anschrift != sitzung.ort %}"
    ", {{ sitzung.ort_anschrift }}{% endif %}"
)
NAMES_LINES = (
    ("namen_ja", "Mit Ja stimmte", "Mit Ja stimmten"),
    ("namen_nein", "Mit Nein stimmte", "Mit Nein stimmten"),
    ("namen_enthaltung", "Der Stimme enthielt sich", "Der Stimme enthielten sich"),
)


def _plural(values: str, one: str, many: str) -> str:
    return "{% if " + values + "|length == 1 %}" + one + "{% else %}" + many + "{% endif %}"


def names_block(v: str) -> list[Para]:
    out: list[Para] = []
    for key, one, many in NAMES_LINES:
        out += [
            tag(f"if {v}.{key}"),
            (
                "Protokoll Namen",
                _plural(f"{v}.{key}", one, many) + f": {{{{ {v}.{key}|aufzaehlung }}}}.",
            ),
            tag("endif"),
        ]
    out += [
        tag(f'if {v}.verfahren == "geheim"'),
        ("Protokoll Namen", "Die Abstimmung erfolgte geheim."),
        tag("endif"),
    ]
    return out


def bias_line(t: str, condition: str = "") -> list[Para]:
    """Who was excluded for bias from the item: once per item, with or without a vote."""
    return [
        tag(f"if {t}.befangen{condition}"),
        (
            "Protokoll Namen",
            "Wegen Befangenheit "
            + _plural(f"{t}.befangen", "nahm", "nahmen")
            + f" an Beratung und Abstimmung nicht teil: {{{{ {t}.befangen|aufzaehlung }}}}.",
        ),
        tag("endif"),
    ]


def item_heading(text: str, details: str) -> list[Para]:
    """The item heading; without the details below it, it keeps the space they would give."""
    return [
        tag(f"if {details}"),
        ("Protokoll TOP", text),
        tag("else"),
        ("Protokoll TOP", text, {"after": 12}),
        tag("endif"),
    ]


def motion_and_resolution() -> list[Para]:
    """Inside the paragraph loop, as the reference and "Zu Punkt" layouts print them: motions
    bold, the committee's formula before the first resolution paragraph."""
    return [
        tag('if a.art == "antrag"'),
        ("Protokoll Antrag", "{{ a.text }}"),
        tag('elif a.art == "beschluss"'),
        tag("if a.erster_beschluss"),
        ("Protokoll Beschlussformel", "{{ gremium.formel }}"),
        tag("endif"),
        ("Protokoll Beschluss", "{{ a.text }}"),
    ]


def reference_item(t: str) -> list[Para]:
    """The item as the reference extract prints it (also each item of the reference minutes)."""
    heading = f"Top {{{{ {t}.nummer }}}} {{{{ {t}.titel }}}}"
    v = "a.abstimmung"
    return [
        tag(f"if {t}.vorlage or {t}.ergebnis"),
        ("Protokoll TOP", heading),
        tag("else"),
        ("Protokoll TOP", heading, {"after": 12}),  # even spacing without paper and outcome
        tag("endif"),
        tag(f"if {t}.vorlage"),
        ("Protokoll TOP Angaben", f"{{{{ {t}.vorlage }}}}"),
        tag("endif"),
        tag(f"if {t}.ergebnis"),
        ("Protokoll TOP Angaben", f"{{{{ {t}.ergebnis }}}}"),
        tag("endif"),
        tag(f"for a in {t}.absaetze"),
        *motion_and_resolution(),
        tag('elif a.art == "abstimmung"'),
        (
            "Protokoll Abstimmung",
            "Abstimmungsergebnis"
            f"{{% if {v}.bezeichnung %}} {{{{ {v}.bezeichnung }}}}{{% endif %}}:",
        ),
        ("Protokoll Stimmen", [("Zustimmung:\t", None), (f"{{{{ {v}.ja }}}}", NUMBER)]),
        ("Protokoll Stimmen", [("Ablehnung:\t", None), (f"{{{{ {v}.nein }}}}", NUMBER)]),
        (
            "Protokoll Stimmen",
            [("Stimmenthaltung:\t", None), (f"{{{{ {v}.enthaltung }}}}", NUMBER)],
        ),
        *names_block(v),
        tag(f"if {t}.befangen"),
        (
            "Protokoll Namen",
            "Wegen Befangenheit "
            + _plural(f"{t}.befangen", "nahm", "nahmen")
            + f" nicht teil: {{{{ {t}.befangen|aufzaehlung }}}}.",
        ),
        tag("endif"),
        tag("else"),
        ("Protokoll Text", "{{ a.text }}"),
        tag("endif"),
        tag("endfor"),
        *bias_line(t, f" and not {t}.abstimmungen"),
    ]


PLACE_DATE = (
    "{% if unterschrift.ort %}{{ unterschrift.ort }}, den {% endif %}{{ unterschrift.datum }}"
)
LINE = "_" * 32
PLACE_DATE_LONG = (
    "{% if unterschrift.ort %}{{ unterschrift.ort }}, {% endif %}{{ unterschrift.datum_lang }}"
)


def reference_extract() -> list[Para]:
    return [
        ("Protokoll Titel", "Protokollauszug"),
        ("Protokoll Untertitel", "aus der"),
        (
            "Protokoll Untertitel",
            "{{ sitzung.nummer }}. {{ sitzung.art_dativ }} Sitzung {{ gremium.genitiv }}",
        ),
        ("Protokoll Untertitel", "vom {{ sitzung.datum }}"),
        ("Protokoll Trennlinie", ""),
        ("Protokoll Teil", "{{ top.teil }}"),
        *reference_item("top"),
        ("Protokoll Ort Datum", PLACE_DATE),
        ("Protokoll Unterschrift", LINE),
        tag("if sitzung.schriftfuehrer"),
        ("Protokoll Unterschrift", "{{ sitzung.schriftfuehrer }}"),
        tag("endif"),
        ("Protokoll Unterschrift", "{{ schriftfuehrer_funktion }}"),
    ]


def _person(p: str, times: bool) -> str:
    text = (
        f"{{{{ {p}.name }}}}{{% if {p}.fraktion %}}, {{{{ {p}.fraktion }}}}{{% endif %}}"
        f'{{% if {p}.funktion != "Mitglied" %}} ({{{{ {p}.funktion }}}}){{% endif %}}'
    )
    if times:
        text += (
            f"{{% if {p}.ab or {p}.bis %}} –{{% if {p}.ab %}} ab {{{{ {p}.ab }}}} Uhr{{% endif %}}"
            f"{{% if {p}.bis %}} bis {{{{ {p}.bis }}}} Uhr{{% endif %}}{{% endif %}}"
        )
    return text + f"{{% if {p}.notiz %}} – {{{{ {p}.notiz }}}}{{% endif %}}"


def minutes_head() -> list[Para]:
    return [
        tag("if sitzung.beginn"),
        ("Protokoll Kopf", "Beginn:\t{{ sitzung.beginn }} Uhr"),
        tag("endif"),
        tag("if sitzung.unterbrechungen"),
        (
            "Protokoll Kopf",
            "Unterbrechung{% if sitzung.unterbrechungen|length > 1 %}en{% endif %}:\t"
            "{% for u in sitzung.unterbrechungen %}"
            "{% if u.bis or sitzung.ende %}{{ u.von }} bis {{ u.bis or sitzung.ende }} Uhr"
            "{% else %}ab {{ u.von }} Uhr{% endif %}"
            "{% if u.notiz %} ({{ u.notiz }}){% endif %}{% if not loop.last %}, {% endif %}"
            "{% endfor %}",
        ),
        tag("endif"),
        tag("if sitzung.ende"),
        ("Protokoll Kopf", "Ende:\t{{ sitzung.ende }} Uhr"),
        tag("endif"),
        tag("if sitzung.ort"),
        ("Protokoll Kopf", "Ort:\t{{ sitzung.ort }}" + ADDRESS),
        tag("endif"),
        tag("if sitzung.anwesend or sitzung.abwesend"),
        ("Protokoll Abschnitt", "Anwesend"),
        tag("for p in sitzung.anwesend"),
        ("Protokoll Liste", _person("p", True)),
        tag("else"),
        ("Protokoll Liste", "niemand"),
        tag("endfor"),
        tag("if sitzung.abwesend"),
        ("Protokoll Abschnitt", "Abwesend"),
        tag("for p in sitzung.abwesend"),
        ("Protokoll Liste", _person("p", False)),
        tag("endfor"),
        tag("endif"),
        tag("else"),
        ("Protokoll Abschnitt", "Anwesenheit"),
        ("Protokoll Liste", "Die Anwesenheit wurde nicht erfasst."),
        tag("endif"),
    ]


def agenda_list() -> list[Para]:
    return [
        ("Protokoll Abschnitt", "Tagesordnung"),
        tag('for teil in ["öffentlich", "nichtöffentlich"]'),
        tag('set punkte = tops|selectattr("teil", "equalto", teil)|list'),
        tag("if punkte"),
        ("Protokoll Teil", "{{ teil }}"),
        tag("for t in punkte"),
        (
            "Protokoll Tagesordnung",
            "{{ t.nummer }}\t{{ t.titel }}{% if t.vorlage %}\n{{ t.vorlage }}{% endif %}",
        ),
        tag("endfor"),
        tag("endif"),
        tag("endfor"),
    ]


def reference_minutes() -> list[Para]:
    return [
        ("Protokoll Titel", "Niederschrift"),
        (
            "Protokoll Untertitel",
            "über die {{ sitzung.nummer }}. {{ sitzung.art }} Sitzung {{ gremium.genitiv }}",
        ),
        ("Protokoll Untertitel", "vom {{ sitzung.datum }}"),
        tag("if oeffentliche_fassung"),
        ("Protokoll Untertitel", "– öffentlicher Teil –"),
        tag("endif"),
        ("Protokoll Trennlinie", ""),
        *minutes_head(),
        *agenda_list(),
        ("Protokoll Abschnitt", "Verlauf der Sitzung"),
        tag("for t in tops"),
        tag("if loop.first or t.teil != loop.previtem.teil"),
        ("Protokoll Teil", "{{ t.teil }}"),
        tag("endif"),
        *reference_item("t"),
        tag("else"),
        ("Protokoll Text", "Die Tagesordnung ist leer."),
        tag("endfor"),
        ("Protokoll Ort Datum", PLACE_DATE),
        ("Protokoll Unterschrift", f"{LINE}\t{LINE}"),
        tag("if sitzung.vorsitz or sitzung.schriftfuehrer"),
        ("Protokoll Unterschrift", "{{ sitzung.vorsitz }}\t{{ sitzung.schriftfuehrer }}"),
        tag("endif"),
        ("Protokoll Unterschrift", "{{ vorsitz_funktion }}\t{{ schriftfuehrer_funktion }}"),
        tag("if aenderungsnachweis"),
        ("Protokoll Abschnitt", "Änderungsnachweis"),
        tag("for zeile in aenderungsnachweis"),
        ("Protokoll Liste", "{{ zeile }}"),
        tag("endfor"),
        tag("endif"),
    ]


# Karlsruhe: the head of its "Protokoll TOP n" files, "Punkt N der Tagesordnung", the
# resolution and the result before the discussion, "Zur Beurkundung:". An item without a
# number is printed as an "Auszug aus dem Protokoll" (a part of a long debate).
STANDARD_OUTCOMES = (
    '("beschlossen", "geändert beschlossen", "abgelehnt", "zurückgestellt", "vertagt", '
    '"zur Kenntnis genommen", "zurückgezogen", "verwiesen")'
)
# Karlsruhe words a result by hand (free text); else the final vote in words, with an outcome
# the words do not say ("vertagt", "geändert beschlossen") after it; with votes on amendments or
# procedure only, the outcome; without a vote "Kenntnisnahme", or "Keine Abstimmung" and the
# outcome.
KARLSRUHE_RESULT = (
    "{% if t.ergebnis and t.ergebnis not in " + STANDARD_OUTCOMES + " %}{{ t.ergebnis }}"
    "{% elif finals %}{{ finals[-1].als_text }}"
    '{% if t.ergebnis and not (t.ergebnis == "beschlossen" and finals[-1].ergebnis == '
    '"angenommen" and finals[-1].ja or t.ergebnis in finals[-1].als_text) %}'
    " ({{ t.ergebnis }}){% endif %}"
    '{% elif t.ergebnis == "zur Kenntnis genommen" %}Kenntnisnahme'
    "{% elif t.ergebnis and t.abstimmungen %}{{ t.ergebnis|satzanfang }}"
    "{% elif t.ergebnis %}Keine Abstimmung ({{ t.ergebnis }}){% else %}Keine Abstimmung{% endif %}"
)


BEGIN_AFTER_DATE = "{% if sitzung.beginn %}, {{ sitzung.beginn }} Uhr{% endif %}"


def karlsruhe_head(part: str, *, time_and_place: bool = True) -> list[Para]:
    """The head of Karlsruhe's files; the minutes print begin and place in their own head."""
    out: list[Para] = [
        ("Protokoll Titel", "NIEDERSCHRIFT"),
        ("Protokoll Untertitel", ""),
        ("Protokoll Kopf", "Stadt Karlsruhe"),
        (
            "Protokoll Kopf",
            "Gremium: {{ sitzung.nummer }}. "
            '{% if gremium.name == "Gemeinderat" %}Plenarsitzung{% else %}Sitzung{% endif %} '
            "{{ gremium.name }}",
        ),
        (
            "Protokoll Kopf",
            "Termin: {{ sitzung.datum_lang }}"
            + (BEGIN_AFTER_DATE if time_and_place else ""),
        ),
        ("Protokoll Kopf", part),
    ]
    if time_and_place:
        out += [
            tag("if sitzung.ort"),
            ("Protokoll Kopf", "Ort: {{ sitzung.ort }}" + ADDRESS),
            tag("endif"),
        ]
    return out + [
        ("Protokoll Kopf", "Vorsitzende/r: {{ sitzung.vorsitz }}"),
        ("Protokoll Trennlinie", ""),
    ]


def karlsruhe_item(t: str) -> list[Para]:
    """The result of the final vote (the last one without a label) stands under
    "Abstimmungsergebnis:"; every other vote where it was taken in the discussion, each once."""
    finals = f'{t}.abstimmungen|rejectattr("bezeichnung")|list'
    return [
        tag(f"if {t}.nummer"),
        ("Protokoll TOP", f"{{{{ {t}.lfd }}}}."),
        *item_heading(
            f"Punkt {{{{ {t}.nummer }}}} der Tagesordnung: {{{{ {t}.titel }}}}", f"{t}.vorlage"
        ),
        tag(f"if {t}.vorlage"),
        ("Protokoll TOP Angaben", f"Vorlage: {{{{ {t}.vorlage }}}}"),
        tag("endif"),
        tag(f"set finals = {finals}"),
        tag(f"if {t}.beschluesse or {t}.ergebnis"),
        (
            "Protokoll Abstimmung",
            "{% if gremium.beratend %}Beschlussempfehlung:{% else %}Beschluss:{% endif %}",
        ),
        tag(f"for b in {t}.beschluesse"),
        ("Protokoll Text", "{{ b }}", {"after": 0}),
        tag("else"),
        ("Protokoll Text", f"{{{{ {t}.ergebnis }}}}", {"after": 0}),
        tag("endfor"),
        tag("endif"),
        ("Protokoll Abstimmung", "Abstimmungsergebnis:", {"before": 12}),
        ("Protokoll Text", KARLSRUHE_RESULT.replace("t.", f"{t}.")),
        tag("if finals"),
        *names_block("finals[-1]"),
        tag("endif"),
        *bias_line(t),
        # the discussion: what was said and moved, and the other votes where they were taken
        tag(f"for a in {t}.absaetze"),
        tag('if a.art == "text"'),
        ("Protokoll Text", "{{ a.text }}"),
        tag('elif a.art == "antrag"'),
        ("Protokoll Antrag", "{{ a.text }}"),
        tag(
            'elif a.art == "abstimmung" and '
            "(a.abstimmung.bezeichnung or a.abstimmung is not sameas finals[-1])"
        ),
        (
            "Protokoll Text",
            "Abstimmung{% if a.abstimmung.bezeichnung %} {{ a.abstimmung.bezeichnung }}"
            "{% endif %}: {{ a.abstimmung.als_text }}",
        ),
        *names_block("a.abstimmung"),
        tag("endif"),
        tag("endfor"),
        tag("else"),
        ("Protokoll TOP", "Auszug aus dem Protokoll"),
        ("Protokoll Text", "(...)"),
        ("Protokoll TOP Angaben", f"{{{{ {t}.titel }}}}"),
        tag(f"for a in {t}.absaetze"),
        tag('if a.art != "abstimmung"'),
        ("Protokoll Text", "{{ a.text }}"),
        tag("endif"),
        tag("endfor"),
        ("Protokoll Text", "(...)"),
        tag("endif"),
    ]


KARLSRUHE_SIGNATURE: list[Para] = [
    ("Protokoll Ort Datum", "Zur Beurkundung:", {"after": 0}),
    (
        "Protokoll Unterschrift",
        '{% if sitzung.schriftfuehrer.startswith("Herr") %}Der Schriftführer:'
        "{% else %}Die Schriftführerin:{% endif %}",
        {"after": 42},
    ),
    ("Protokoll Unterschrift", "Hauptamt - Ratsangelegenheiten"),
    ("Protokoll Unterschrift", "{{ unterschrift.datum_lang }}"),
]


def karlsruhe_extract() -> list[Para]:
    return [
        *karlsruhe_head("{{ top.teil }}"),
        tag("set t = top"),
        *karlsruhe_item("t"),
        tag("if top.nummer"),
        *KARLSRUHE_SIGNATURE,
        tag("endif"),
    ]


def karlsruhe_minutes() -> list[Para]:
    return [
        *karlsruhe_head(
            "Sitzung: {{ sitzung.art|replace('/', ' und ') }}"
            "{% if oeffentliche_fassung %} (hier nur der öffentliche Teil){% endif %}",
            time_and_place=False,
        ),
        *minutes_head(),
        *agenda_list(),
        tag("for t in tops"),
        tag("if loop.first or t.teil != loop.previtem.teil"),
        ("Protokoll Teil", "{{ t.teil }}"),
        tag("endif"),
        *karlsruhe_item("t"),
        tag("endfor"),
        tag("if sitzung.ende"),
        ("Protokoll Text", "Schluss der Sitzung: {{ sitzung.ende }} Uhr"),
        tag("endif"),
        *KARLSRUHE_SIGNATURE,
    ]


# "Beschluss:" — resolution first, the vote on one line with bias as a fourth count.
ONE_LINE = (
    "Dafür: {{ v.ja }}\tDagegen: {{ v.nein }}\tEnthaltung: {{ v.enthaltung }}"
    "\tBefangen: {{ v.befangen }}"
)


def decision_item(t: str) -> list[Para]:
    return [
        *item_heading(f"TOP {{{{ {t}.nummer }}}}: {{{{ {t}.titel }}}}", f"{t}.vorlage"),
        tag(f"if {t}.vorlage"),
        ("Protokoll TOP Angaben", f"Drucksache {{{{ {t}.vorlage }}}}"),
        tag("endif"),
        tag(f"for a in {t}.absaetze"),
        tag('if a.art == "text"'),
        ("Protokoll Text", "{{ a.text }}"),
        tag('elif a.art == "antrag"'),
        ("Protokoll Antrag", "{{ a.text }}"),
        tag('elif a.art == "abstimmung" and a.abstimmung.bezeichnung'),
        (
            "Protokoll Namen",
            "Abstimmung {{ a.abstimmung.bezeichnung }}: {{ a.abstimmung.ergebnis }} "
            "(Dafür: {{ a.abstimmung.ja }}, Dagegen: {{ a.abstimmung.nein }}, "
            "Enthaltung: {{ a.abstimmung.enthaltung }})",
        ),
        *names_block("a.abstimmung"),
        tag("endif"),
        tag("endfor"),
        tag(f"if {t}.beschluesse"),
        (
            "Protokoll Abstimmung",
            "{% if gremium.beratend %}Beschlussempfehlung:{% else %}Beschluss:{% endif %}",
        ),
        tag(f"for b in {t}.beschluesse"),
        ("Protokoll Beschluss", "{{ b }}"),
        tag("endfor"),
        tag("endif"),
        tag(f"for v in {t}.abstimmungen"),
        tag("if not v.bezeichnung"),
        ("Protokoll Abstimmung", "Abstimmung:"),
        ("Protokoll Stimmen", ONE_LINE, ONE_LINE_TABS),
        *names_block("v"),
        tag("endif"),
        tag("endfor"),
        *bias_line(t),
        tag(f"if {t}.ergebnis"),
        ("Protokoll TOP Angaben", f"Ergebnis: {{{{ {t}.ergebnis }}}}", {"before": 6}),
        tag("endif"),
    ]


def decision_extract() -> list[Para]:
    return [
        ("Protokoll Titel", "Auszug aus der Niederschrift"),
        (
            "Protokoll Untertitel",
            "über die {{ sitzung.nummer }}. Sitzung {{ gremium.genitiv }} "
            "am {{ sitzung.wochentag }}, {{ sitzung.datum_lang }}",
        ),
        ("Protokoll Trennlinie", ""),
        ("Protokoll Teil", "{{ top.teil|satzanfang }}er Teil"),
        *decision_item("top"),
        ("Protokoll Ort Datum", PLACE_DATE_LONG),
        ("Protokoll Unterschrift", LINE),
        ("Protokoll Unterschrift", "{{ sitzung.schriftfuehrer }}"),
        ("Protokoll Unterschrift", "{{ schriftfuehrer_funktion }}"),
    ]


def decision_minutes() -> list[Para]:
    return [
        ("Protokoll Titel", "Niederschrift"),
        (
            "Protokoll Untertitel",
            "über die {{ sitzung.nummer }}. Sitzung {{ gremium.genitiv }} "
            "am {{ sitzung.wochentag }}, {{ sitzung.datum_lang }}",
        ),
        tag("if oeffentliche_fassung"),
        ("Protokoll Untertitel", "– öffentlicher Teil –"),
        tag("endif"),
        ("Protokoll Trennlinie", ""),
        *minutes_head(),
        *agenda_list(),
        tag("for t in tops"),
        tag("if loop.first or t.teil != loop.previtem.teil"),
        ("Protokoll Teil", "{{ t.teil|satzanfang }}er Teil"),
        tag("endif"),
        *decision_item("t"),
        tag("endfor"),
        ("Protokoll Ort Datum", PLACE_DATE_LONG),
        ("Protokoll Unterschrift", f"{LINE}\t{LINE}"),
        ("Protokoll Unterschrift", "{{ sitzung.vorsitz }}\t{{ sitzung.schriftfuehrer }}"),
        ("Protokoll Unterschrift", "{{ vorsitz_funktion }}\t{{ schriftfuehrer_funktion }}"),
    ]


# "Zu Punkt N:" — discussion, then "Beratungsergebnis:" in words; three signatures.
def to_item(t: str) -> list[Para]:
    return [
        *item_heading(f"Zu Punkt {{{{ {t}.nummer }}}}: {{{{ {t}.titel }}}}", f"{t}.vorlage"),
        tag(f"if {t}.vorlage"),
        ("Protokoll TOP Angaben", f"Vorlage: {{{{ {t}.vorlage }}}}"),
        tag("endif"),
        tag(f"for a in {t}.absaetze"),
        *motion_and_resolution(),
        tag('elif a.art == "abstimmung"'),
        (
            "Protokoll Abstimmung",
            "{% if a.abstimmung.bezeichnung %}Abstimmung {{ a.abstimmung.bezeichnung }}"
            "{% else %}Beratungsergebnis{% endif %}: {{ a.abstimmung.als_text|satzanfang }}"
            '{% if a.abstimmung.ergebnis == "angenommen" and a.abstimmung.nein + '
            "a.abstimmung.enthaltung > 0 %} ({{ a.abstimmung.ja }} Ja-Stimmen){% endif %}",
        ),
        *names_block("a.abstimmung"),
        tag("else"),
        ("Protokoll Text", "{{ a.text }}"),
        tag("endif"),
        tag("endfor"),
        tag(f"if {t}.befangen"),
        (
            "Protokoll Namen",
            "An Beratung und Abstimmung "
            + _plural(f"{t}.befangen", "hat", "haben")
            + f" wegen Befangenheit nicht teilgenommen: {{{{ {t}.befangen|aufzaehlung }}}}.",
        ),
        tag("endif"),
        tag(f"if {t}.ergebnis"),
        ("Protokoll Abstimmung", f"Ergebnis: {{{{ {t}.ergebnis|satzanfang }}}}"),
        tag("endif"),
    ]


THREE_SIGNATURES: list[Para] = [
    ("Protokoll Ort Datum", PLACE_DATE),
    ("Protokoll Unterschrift", "_" * 20 + "\t" + "_" * 20 + "\t" + "_" * 20, THREE_COLUMNS),
    (
        "Protokoll Unterschrift",
        "{{ sitzung.vorsitz }}\t\t{{ sitzung.schriftfuehrer }}",
        THREE_COLUMNS,
    ),
    (
        "Protokoll Unterschrift",
        "{{ vorsitz_funktion }}\tOberbürgermeister/in\t{{ schriftfuehrer_funktion }}",
        THREE_COLUMNS,
    ),
]


def to_extract() -> list[Para]:
    return [
        ("Protokoll Titel", "Protokollauszug"),
        (
            "Protokoll Untertitel",
            "{{ sitzung.nummer }}. {{ sitzung.art }} Sitzung {{ gremium.genitiv }}",
        ),
        (
            "Protokoll Untertitel",
            "am {{ sitzung.wochentag }}, dem {{ sitzung.datum_lang }}"
            "{% if sitzung.beginn %}, {{ sitzung.beginn }} Uhr{% endif %}"
            "{% if sitzung.ort %}, {{ sitzung.ort }}{% endif %}",
        ),
        ("Protokoll Trennlinie", ""),
        ("Protokoll Teil", "{{ top.teil }}"),
        *to_item("top"),
        *THREE_SIGNATURES,
    ]


def to_minutes() -> list[Para]:
    return [
        ("Protokoll Titel", "Niederschrift"),
        (
            "Protokoll Untertitel",
            "über die {{ sitzung.nummer }}. {{ sitzung.art }} Sitzung {{ gremium.genitiv }}",
        ),
        (
            "Protokoll Untertitel",
            "am {{ sitzung.wochentag }}, dem {{ sitzung.datum_lang }}",
        ),
        tag("if oeffentliche_fassung"),
        ("Protokoll Untertitel", "– öffentlicher Teil –"),
        tag("endif"),
        ("Protokoll Trennlinie", ""),
        *minutes_head(),
        *agenda_list(),
        tag("for t in tops"),
        tag("if loop.first or t.teil != loop.previtem.teil"),
        ("Protokoll Teil", "{{ t.teil }}"),
        tag("endif"),
        *to_item("t"),
        tag("endfor"),
        *THREE_SIGNATURES,
    ]


LAYOUTS = {
    "referenz": (reference_extract, reference_minutes),
    "karlsruhe": (karlsruhe_extract, karlsruhe_minutes),
    "beschluss": (decision_extract, decision_minutes),
    "zu-punkt": (to_extract, to_minutes),
}
LAYOUTS_DIR = HERE / "layouts"


def _add(doc: docx.document.Document, para: Para) -> None:
    style, runs = para[0], para[1]
    p = doc.add_paragraph(style=style)
    if isinstance(runs, str):
        if runs:
            p.add_run(runs)
    else:
        for text, char_style in runs:
            p.add_run(text, style=char_style)
    if len(para) > 2:
        options: dict[str, Any] = para[2]  # type: ignore[misc]
        fmt = p.paragraph_format
        if "after" in options:
            fmt.space_after = Pt(options["after"])
        if "before" in options:
            fmt.space_before = Pt(options["before"])
        if "clear" in options:
            fmt.tab_stops.add_tab_stop(Cm(options["clear"]), WD_TAB_ALIGNMENT.CLEAR)
        for position in options.get("tabs", ()):
            fmt.tab_stops.add_tab_stop(Cm(position), WD_TAB_ALIGNMENT.LEFT)


def build_layout(name: str, folder: Path | None = None, *, font: str = FONT) -> list[Path]:
    """The two templates of a shipped layout: auszug.docx and niederschrift.docx."""
    folder = folder or LAYOUTS_DIR / name
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, make in zip(("auszug", "niederschrift"), LAYOUTS[name], strict=True):
        doc = _base(font)
        for para in make():
            _add(doc, para)
        label = "Protokollauszug" if kind == "auszug" else "Niederschrift"
        written.append(_save(doc, folder / f"{kind}.docx", f"Protokollant – {label} ({name})"))
    return written


def build_all(root: Path = HERE) -> list[Path]:
    written = [build(root / "protokoll.docx")]
    for name in LAYOUTS:
        written += build_layout(name, root / "layouts" / name)
    return written


if __name__ == "__main__":
    if len(sys.argv) > 1:  # a folder: the whole set there (for the reproducibility test)
        for path in build_all(Path(sys.argv[1])):
            print(path)
    else:
        for path in build_all():
            print(path)
