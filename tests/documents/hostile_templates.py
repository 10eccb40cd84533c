"""Templates as a city might receive them by e-mail: layout plus everything that is not layout.

`hostile_template` takes a plain template (.docx) and adds, the way Word stores them: a macro
project, an attached template on a server, a linked (remote) picture, INCLUDEPICTURE and
INCLUDETEXT fields, an altChunk, a glossary, custom XML data, a document variable, a comment
with its author, `people.xml`, tracked changes with their author, a hyperlink the text shows
and one it does not. Every secret it carries contains one of `SECRETS`; every URL points at
`base_url` (a local server in the PDF test).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SECRETS = (
    "Passwort123",
    "Max Geheim",
    "Gelöscht-Geheim",
    "Baustein-Geheim",
    "Kommentar-Geheim",
    "Makro-Geheim",
    "Chunk-Geheim",
    "XML-Geheim",
)
SHOWN_LINK = "https://www.example.org/ratsinfo"


def _rel(rel_id: str, kind: str, target: str, external: bool = False) -> str:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{rel_id}" Type="{kind}" Target="{target}"{mode}/>'


OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MS = "http://schemas.microsoft.com/office"


def body_additions(base_url: str) -> str:
    picture = (
        '<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="952500" cy="952500"/><wp:docPr id="990" name="Fernbild"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:nvPicPr><pic:cNvPr id="990" name="fern.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:link="rIdRemotePicture"/><a:stretch><a:fillRect/></a:stretch>'
        '</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )
    include_picture = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space='
        f'"preserve"> INCLUDEPICTURE "{base_url}/feld.png" \\d </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>[Feldbild]</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    include_text = (
        f'<w:p><w:fldSimple w:instr=" INCLUDETEXT &quot;{base_url}/text.docx&quot; ">'
        "<w:r><w:t>[Feldtext]</w:t></w:r></w:fldSimple></w:p>"
    )
    comment = (
        '<w:p><w:commentRangeStart w:id="7"/><w:r><w:t>Kommentierter Satz</w:t></w:r>'
        '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>'
    )
    changes = (
        '<w:p><w:ins w:id="8" w:author="Max Geheim" w:date="2025-01-01T10:00:00Z"><w:r>'
        '<w:t>Eingefügter Satz</w:t></w:r></w:ins><w:del w:id="9" w:author="Max Geheim" '
        'w:date="2025-01-01T10:00:00Z"><w:r><w:delText>Gelöscht-Geheim</w:delText></w:r>'
        "</w:del></w:p>"
    )
    links = (
        f'<w:p><w:hyperlink r:id="rIdShownLink"><w:r><w:t>{SHOWN_LINK}</w:t></w:r>'
        "</w:hyperlink></w:p>"
    )
    chunk = '<w:altChunk r:id="rIdChunk"/>'
    return picture + include_picture + include_text + comment + changes + links + chunk


def hostile_template(base: Path, target: Path, base_url: str, *, docm: bool = False) -> Path:
    """`base` with every kind of non-layout content added, written to `target`."""
    with zipfile.ZipFile(base) as source:
        files = {name: source.read(name) for name in source.namelist()}
    document = files["word/document.xml"].decode()
    cut = document.rindex("<w:sectPr")
    document = document[:cut] + body_additions(base_url) + document[cut:]
    files["word/document.xml"] = document.encode()

    rels = files["word/_rels/document.xml.rels"].decode()
    added = "".join(
        (
            _rel("rIdRemotePicture", f"{OFFICE}/image", f"{base_url}/bild.png", True),
            _rel("rIdShownLink", f"{OFFICE}/hyperlink", SHOWN_LINK, True),
            _rel("rIdHiddenLink", f"{OFFICE}/hyperlink", f"{base_url}/versteckt", True),
            _rel("rIdFrame", f"{OFFICE}/frame", f"{base_url}/rahmen.html", True),
            _rel("rIdChunk", f"{OFFICE}/aFChunk", "chunk.html"),
            _rel("rIdMacros", f"{MS}/2006/relationships/vbaProject", "vbaProject.bin"),
            _rel("rIdGlossary", f"{OFFICE}/glossaryDocument", "glossary/document.xml"),
            _rel("rIdComments", f"{OFFICE}/comments", "comments.xml"),
            _rel("rIdPeople", f"{MS}/2011/relationships/people", "people.xml"),
            _rel("rIdSecretXml", f"{OFFICE}/customXml", "../customXml/item9.xml"),
        )
    )
    files["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", added + "</Relationships>"
    ).encode()

    files["word/chunk.html"] = (
        f'<html><body><img src="{base_url}/chunk.png">Chunk-Geheim</body></html>'
    ).encode()
    files["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0Sub AutoOpen() Makro-Geheim End Sub"
    files["word/glossary/document.xml"] = (
        f'<w:glossaryDocument xmlns:w="{W_NS}"><w:docParts><w:docPart><w:docPartPr>'
        '<w:name w:val="Baustein"/></w:docPartPr><w:docPartBody><w:p><w:r>'
        "<w:t>Baustein-Geheim</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts>"
        "</w:glossaryDocument>"
    ).encode()
    files["word/comments.xml"] = (
        f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="7" w:author="Max Geheim" '
        'w:initials="MG"><w:p><w:r><w:t>Kommentar-Geheim</w:t></w:r></w:p></w:comment>'
        "</w:comments>"
    ).encode()
    files["word/people.xml"] = (
        b'<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        b'<w15:person w15:author="Max Geheim"><w15:presenceInfo w15:providerId="None" '
        b'w15:userId="Max Geheim"/></w15:person></w15:people>'
    )
    files["customXml/item9.xml"] = b"<geheim>XML-Geheim</geheim>"

    settings = files["word/settings.xml"].decode()
    settings = settings.replace(
        "</w:settings>",
        f'<w:attachedTemplate xmlns:r="{R_NS}" r:id="rIdAttached"/>'
        '<w:docVars><w:docVar w:name="Zugang" w:val="Passwort123"/></w:docVars>'
        "</w:settings>",
    )
    files["word/settings.xml"] = settings.encode()
    files["word/_rels/settings.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + _rel("rIdAttached", f"{OFFICE}/attachedTemplate", f"{base_url}/vorlage.dotm", True)
        + "</Relationships>"
    ).encode()

    types = files["[Content_Types].xml"].decode()
    overrides = (
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        '<Default Extension="html" ContentType="text/html"/>'
        '<Override PartName="/word/glossary/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/>'
        '<Override PartName="/word/comments.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        '<Override PartName="/word/people.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.people+xml"/>'
    )
    types = types.replace("</Types>", overrides + "</Types>")
    if docm:
        types = types.replace(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
        )
    files["[Content_Types].xml"] = types.encode()

    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in files.items():
            out.writestr(name, data)
    return target


def package_text(path: Path) -> str:
    """Every part of a written .docx as text (names and contents), for leak checks."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            name + "\n" + archive.read(name).decode("utf-8", "replace")
            for name in archive.namelist()
        )
