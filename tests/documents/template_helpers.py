"""A city's template written in a test: the reference layout's page and styles, own paragraphs."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from secretary_app.documents import layout_files


def template_with(
    folder: Path, *paragraphs: str, name: str = "stadt.docx", kind: str = "auszug"
) -> Path:
    """The reference layout's page and styles (of its extract, or of its minutes with
    `kind="niederschrift"`), holding only `paragraphs` ("Protokoll Text")."""
    doc = docx.Document(str(layout_files("referenz")[kind]))  # type: ignore[index]
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    for text in paragraphs:
        doc.add_paragraph(text, style="Protokoll Text")
    path = folder / name
    doc.save(str(path))
    return path
