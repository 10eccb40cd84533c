"""Blocks → .docx over a template: styles checked, body replaced, properties set, atomic save.

The body is generated as one XML string and parsed once: python-docx's `add_paragraph(style=...)`
looks the style up by name on every call, which dominates the time of a 1200-paragraph minutes.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import os_reason
from ..fileio import write_private_atomic
from .clean import keep_layout_only
from .content import Block
from .errors import DocumentError
from .styles import S, style_ids

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PIECES = re.compile(r"(\t|\n)")

APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>Protokollant</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _escape(text: str) -> str:
    # xml.sax.saxutils would do, but importing it pulls in urllib and ssl (~50 ms at start-up)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return '"' + _escape(text).replace('"', "&quot;") + '"'


def _run_text_xml(text: str) -> str:
    # \v is Word's manual line break when text is pasted from Word: keep it as a line break.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
    text = _ILLEGAL_XML.sub("", text)
    out = []
    for piece in _PIECES.split(text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece == "\n":
            out.append("<w:br/>")
        elif piece:
            out.append(f'<w:t xml:space="preserve">{_escape(piece)}</w:t>')
    return "".join(out)


def body_xml(blocks: Sequence[Block], ids: dict[S, str]) -> str:
    """The paragraphs as WordprocessingML, each with its named style (no direct formatting)."""
    p_style = {r: f"<w:p><w:pPr><w:pStyle w:val={_attr(i)}/></w:pPr>" for r, i in ids.items()}
    r_style = {r: f"<w:r><w:rPr><w:rStyle w:val={_attr(i)}/></w:rPr>" for r, i in ids.items()}
    out = [f'<w:body xmlns:w="{W_NS}">']
    for block in blocks:
        out.append(p_style[block.style])
        for text, char_style in block.runs:
            if not text:
                continue
            out.append(r_style[char_style] if char_style is not None else "<w:r>")
            out.append(_run_text_xml(text))
            out.append("</w:r>")
        out.append("</w:p>")
    out.append("</w:body>")
    return "".join(out)


def load_template(template: Path, data: bytes | None = None) -> Any:
    """Open the template (from `data` when the caller already read it), or refuse in German."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if data is None:
        data = read_template(template)
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, ValueError, KeyError, OSError) as exc:
        raise DocumentError(
            f"Die Vorlage „{template}“ ist keine Word-Datei im Format .docx. Bitte in Word "
            "„Speichern unter“ → „Word-Dokument (*.docx)“ wählen und diese Datei angeben."
        ) from exc
    except Exception as exc:  # lxml and zip errors of a damaged file
        raise DocumentError(
            f"Die Vorlage „{template}“ ist beschädigt und kann nicht gelesen werden."
        ) from exc


_DOCX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# A Word template (.dotx) and the macro-enabled kinds (.docm, .dotm) differ from a .docx in the
# main part's content type only; the macros themselves never reach a written document (clean.py)
_OTHER_MAIN = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def _dotx_as_docx(data: bytes) -> bytes:
    """A Word template (.dotx, .dotm) or a .docm is a .docx with another content type: accept
    it as one."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            types = source.read("[Content_Types].xml")
            if not any(kind in types for kind in _OTHER_MAIN):
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for info in source.infolist():
                    content = source.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        for kind in _OTHER_MAIN:
                            content = content.replace(kind, _DOCX)
                    target.writestr(info, content)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError, OSError, EOFError):
        return data  # not a zip or no content types: load_template says what is wrong


def read_template(template: Path) -> bytes:
    """The template's bytes, checked to be a bounded package without XML entities; a .dotx is
    accepted as the .docx it is inside."""
    from .render import MAX_UNPACKED, check_package

    try:
        if template.stat().st_size > MAX_UNPACKED:
            raise DocumentError(
                f"Die Vorlage „{template}“ ist über 64 MB groß und wird nicht geöffnet."
            )
        raw = template.read_bytes()
    except FileNotFoundError as exc:
        raise DocumentError(
            f"Die Vorlage „{template}“ gibt es nicht. Bitte in den Einstellungen eine "
            "vorhandene Vorlage wählen oder die mitgelieferte verwenden."
        ) from exc
    except IsADirectoryError as exc:
        raise DocumentError(f"„{template}“ ist ein Ordner, keine Vorlage (.docx).") from exc
    except OSError as exc:
        raise DocumentError(
            f"Die Vorlage „{template}“ kann nicht gelesen werden ({os_reason(exc)})."
        ) from exc
    check_package(raw, template)
    return _dotx_as_docx(raw)


def fill(doc: Any, blocks: Sequence[Block], template: Path) -> None:
    """Replace the template's body with the blocks, keeping its page set-up, header and footer."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    ids = style_ids(doc, str(template))
    body = doc.element.body
    sect_pr = body.find(qn("w:sectPr"))
    for child in list(body):
        if child is not sect_pr:
            body.remove(child)
    new_body = parse_xml(body_xml(blocks, ids))
    body.extend(list(new_body))
    if sect_pr is not None:
        body.append(sect_pr)  # the section properties must stay last


CORE_LIMIT = 255  # Word's (and python-docx's) limit for a core property


def _prop(text: str) -> str:
    text = _ILLEGAL_XML.sub("", text)
    return text if len(text) <= CORE_LIMIT else text[: CORE_LIMIT - 1] + "…"


def set_properties(doc: Any, *, title: str, subject: str, author: str) -> None:
    """Core and app properties from the meeting only; nothing inherited from the template."""
    props = doc.core_properties
    props.title = _prop(title)
    props.subject = _prop(subject)
    props.author = _prop(author)
    props.last_modified_by = props.author
    for name in ("comments", "keywords", "category", "content_status", "identifier", "version"):
        setattr(props, name, "")
    props.language = "de-DE"
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    props.created = now
    props.modified = now
    props.revision = 1
    printed = props._element.find(f"{{{CP_NS}}}lastPrinted")
    if printed is not None:
        props._element.remove(printed)
    package = doc.part.package
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = APP_XML
    keep_layout_only(doc)
    current_compatibility(doc)
    keep_with_what_precedes(doc)


CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_WORD_URI = "http://schemas.microsoft.com/office/word"
# w:settings children that must come after w:compat (ECMA-376 CT_Settings order)
_AFTER_COMPAT = {
    "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator", "docId", "chartTrackingRefBased",
    "conflictMode", "discardImageEditingData", "defaultImageDpi",
}  # fmt: skip


def current_compatibility(doc: Any) -> None:
    """Word's current compatibility mode (15): no "Kompatibilitätsmodus" in Word's title bar."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        successor = next(
            (
                c
                for c in settings
                if isinstance(c.tag, str) and c.tag.rsplit("}", 1)[-1] in _AFTER_COMPAT
            ),
            None,
        )
        if successor is None:
            settings.append(compat)
        else:
            successor.addprevious(compat)
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:uri"), _WORD_URI)
            setting.set(qn("w:val"), "15")
            return
    mode = OxmlElement("w:compatSetting")
    mode.set(qn("w:name"), "compatibilityMode")
    mode.set(qn("w:uri"), _WORD_URI)
    mode.set(qn("w:val"), "15")
    compat.append(mode)


# A paragraph followed by one of these keeps with its successor: the vote block stays with the
# resolution it counts, the signature block with the last words it signs.
KEEP_WITH_PREVIOUS = (
    "Protokoll Abstimmung",
    "Protokoll Stimmen",
    "Protokoll Namen",
    "Protokoll Ort Datum",
    "Protokoll Unterschrift",
)
# ... except a vote after ordinary discussion: LibreOffice (7.4) breaks a keep-with-next chain
# that begins with a discussion paragraph *inside* the vote block that follows ("Mit Nein
# stimmte" at a page's foot, the abstentions and the outcome overleaf; 2 of 9 pages of a
# zu-punkt minutes), where Word moves the chain whole. Without that first link the vote block,
# whose own paragraphs keep together by their styles, moves whole in both.
DISCUSSION = "Protokoll Text"
VOTE_STYLES = ("Protokoll Abstimmung", "Protokoll Stimmen", "Protokoll Namen")


def keep_with_what_precedes(doc: Any) -> None:
    from docx.oxml.ns import qn

    names: dict[str, str] = {}  # style id -> name
    for style in doc.styles.element.iterchildren(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None:
            names[str(style.get(qn("w:styleId")))] = str(name.get(qn("w:val")))
    if not set(names.values()) & set(KEEP_WITH_PREVIOUS):
        return
    p_pr, p_style, keep, val = qn("w:pPr"), qn("w:pStyle"), qn("w:keepNext"), qn("w:val")

    def style_of(p: Any) -> str:
        ppr = p.find(p_pr)
        style = ppr.find(p_style) if ppr is not None else None
        return names.get(str(style.get(val)), "") if style is not None else ""

    previous, previous_style = None, ""
    for p in doc.element.body.iter(qn("w:p")):
        current = style_of(p)
        after_discussion = previous_style == DISCUSSION and current in VOTE_STYLES
        if previous is not None and current in KEEP_WITH_PREVIOUS and not after_discussion:
            _keep_next(previous, p_pr, p_style, keep)
        previous, previous_style = p, current


def _keep_next(p: Any, p_pr: str, p_style: str, keep: str) -> None:
    """<w:keepNext/> in its place: first in w:pPr, after w:pStyle (schema order)."""
    from lxml import etree

    ppr = p.find(p_pr)
    if ppr is None:
        ppr = etree.SubElement(p, p_pr)
        p.insert(0, ppr)
    if ppr.find(keep) is not None:
        return
    element = etree.Element(keep)
    style = ppr.find(p_style)
    if style is not None:
        style.addnext(element)
    else:
        ppr.insert(0, element)


def save_atomically(doc: Any, path: Path) -> Path:
    """Write to a temporary file beside `path`, then rename: never half a document."""
    path = Path(path)
    if path.is_dir():
        raise DocumentError(f"„{path}“ ist ein Ordner. Bitte einen Dateinamen mit .docx angeben.")
    return write_atomically(path, document_bytes(doc))


def document_bytes(doc: Any) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def write_atomically(path: Path, data: bytes) -> Path:
    """`data` to `path` through `fileio.write_private_atomic` (never half a file, 0600, synced);
    a folder, a missing folder or a failed write become a German `DocumentError`."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise DocumentError(f"„{path}“ ist ein Ordner. Bitte einen Dateinamen angeben.")
    if not folder.is_dir():
        raise DocumentError(f"Der Ordner „{folder}“ existiert nicht. Bitte einen anderen wählen.")
    try:
        write_private_atomic(path, data)
    except OSError as exc:
        raise _write_error(exc, path) from exc
    return path


def _write_error(exc: OSError, path: Path) -> DocumentError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DocumentError(
            f"Der Datenträger ist voll: „{path.name}“ wurde nicht geschrieben. Bitte Platz "
            "schaffen oder einen anderen Ordner wählen; eine vorhandene Datei bleibt unverändert."
        )
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DocumentError(
            f"„{path}“ kann nicht geschrieben werden: die Datei ist gerade geöffnet (z. B. in "
            "Word) oder der Ordner ist schreibgeschützt. Bitte die Datei schließen oder einen "
            "anderen Ordner wählen und es erneut versuchen."
        )
    return DocumentError(f"„{path}“ konnte nicht geschrieben werden ({os_reason(exc)}).")
