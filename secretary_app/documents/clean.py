"""What a written document keeps of its template: layout, and nothing else.

A city's template arrives by e-mail and may carry what Word keeps beside the layout: macros
(`vbaProject.bin`), an attached template on a server, pictures and text loaded from a URL
(linked images, INCLUDEPICTURE, INCLUDETEXT, LINK, DDE), embedded foreign documents (altChunk,
OLE objects, ActiveX controls), the building-block glossary, custom XML data, document
variables, mail-merge sources, comments, their authors (`people.xml`) and tracked changes
with their authors. None of it reaches the secretary's document: opening or converting it
must load nothing from outside and show nothing the template's author left in it unseen.

What stays: styles, numbering, page set-up, headers, footers, embedded pictures (a logo), and
hyperlinks that the document's own text shows.
"""

from __future__ import annotations

import re
from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"

# Relationship types whose parts are dropped wherever they hang (matched by their end).
_DROPPED_TYPES = (
    "/vbaProject",
    "/wordVbaData",
    "/keyMapCustomizations",
    "/attachedToolbars",
    "/glossaryDocument",
    "/aFChunk",
    "/oleObject",
    "/package",
    "/control",
    "/activeXControlBinary",
    "/customXml",
    "/attachedTemplate",
    "/subDocument",
    "/mailMergeSource",
    "/mailMergeHeaderSource",
    "/recipientData",
    "/comments",
    "/commentsExtended",
    "/commentsIds",
    "/commentsExtensible",
    "/people",
    "/thumbnail",
    "/custom-properties",
)
# Elements removed with everything inside them.
_REMOVED = (
    "docVars", "attachedTemplate", "mailMerge", "updateFields", "altChunk", "subDoc",
    "object", "control", "commentRangeStart", "commentRangeEnd", "commentReference",
    "del", "moveFrom", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
    "moveToRangeEnd", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange",
    "trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "cellIns", "cellDel",
    "cellMerge", "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart",
    "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
    "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd",
)  # fmt: skip
# Tracked insertions and moves: accepted, the change mark (and its author) removed.
_UNWRAPPED = ("ins", "moveTo")
# Fields that load from outside; their last shown result stays as plain content.
_LOADING_FIELDS = ("INCLUDEPICTURE", "INCLUDETEXT", "LINK", "DDE", "DDEAUTO", "IMPORT")
_MACRO_TYPES = ("macroEnabled", "vbaProject", "vbaData", "ms-office.activeX")


def keep_layout_only(doc: Any) -> None:
    """Drop from `doc` (python-docx) everything of its template that is not layout."""
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith(_DROPPED_TYPES):
            del package.rels[rel_id]
    # parts reachable now, before relationships are cut below (a cut part is not saved)
    for part in list(package.iter_parts()):
        _clean_part(part)


_WATCHED = re.compile(
    ("<w:(?:" + "|".join((*_REMOVED, *_UNWRAPPED, "fldSimple", "instrText")) + ")[ />]").encode()
)


def _clean_part(part: Any) -> None:
    element = getattr(part, "_element", None)
    parsed_blob = False
    if element is None and str(part.content_type).endswith("+xml"):
        # a part python-docx keeps as bytes (footnotes, theme, …): parsed only when it holds
        # something to remove
        if part.rels or _WATCHED.search(part.blob):
            element = _parse_blob(part)
            parsed_blob = element is not None
    dropped: set[str] = set()
    shown = _shown_hyperlinks(element) if element is not None else set()
    for rel_id, rel in list(part.rels.items()):
        drop = rel.reltype.endswith(_DROPPED_TYPES)
        if rel.is_external and not (rel.reltype.endswith("/hyperlink") and rel_id in shown):
            drop = True
        if not rel.is_external and any(
            t in str(rel.target_part.content_type) for t in _MACRO_TYPES
        ):
            drop = True
        if drop:
            dropped.add(rel_id)
            del part.rels[rel_id]
    if element is None:
        return
    _remove_references(element, dropped)
    _remove_elements(element)
    _unwrap_changes(element)
    _drop_loading_fields(element)
    if parsed_blob:
        from lxml import etree

        part._blob = etree.tostring(
            element, xml_declaration=True, encoding="UTF-8", standalone=True
        )


def _parse_blob(part: Any) -> Any:
    from lxml import etree

    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        return etree.fromstring(part.blob, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _shown_hyperlinks(element: Any) -> set[str]:
    """r:id of <w:hyperlink> elements that have visible text."""
    shown = set()
    for link in element.iter(f"{{{W}}}hyperlink"):
        rel_id = link.get(f"{{{R}}}id")
        text = "".join(t.text or "" for t in link.iter(f"{{{W}}}t"))
        if rel_id and text.strip():
            shown.add(rel_id)
    return shown


def _remove_references(element: Any, dropped: set[str]) -> None:
    """Attributes that pointed at a dropped relationship go; a hyperlink keeps its text."""
    if not dropped:
        return
    from lxml import etree

    for value in etree.XPath(".//@r:*", namespaces={"r": R})(element):
        if value in dropped:
            del value.getparent().attrib[value.attrname]
    # a picture that was only linked is now empty: the space it held goes with it
    for blip in list(element.iter(f"{{{A}}}blip", f"{{{V}}}imagedata")):
        if blip.get(f"{{{R}}}embed") or blip.get(f"{{{R}}}id"):
            continue
        holder = next(blip.iterancestors(f"{{{W}}}drawing", f"{{{W}}}pict"), None)
        if holder is not None and holder.getparent() is not None:
            holder.getparent().remove(holder)


_REMOVED_TAGS = tuple(f"{{{W}}}{name}" for name in _REMOVED)
_UNWRAPPED_TAGS = tuple(f"{{{W}}}{name}" for name in _UNWRAPPED)


def _remove_elements(element: Any) -> None:
    for node in list(element.iter(*_REMOVED_TAGS)):  # one walk of the tree for all of them
        parent = node.getparent()
        if parent is not None:
            parent.remove(node)


def _unwrap_changes(element: Any) -> None:
    for node in list(element.iter(*_UNWRAPPED_TAGS)):
        parent = node.getparent()
        if parent is None:
            continue
        if parent.tag == f"{{{W}}}rPr":  # a paragraph mark's insertion: just the mark
            parent.remove(node)
            continue
        index = parent.index(node)
        for offset, child in enumerate(list(node)):
            parent.insert(index + offset, child)
        parent.remove(node)


def _drop_loading_fields(element: Any) -> None:
    """INCLUDEPICTURE & Co: the field's code goes, the result it last showed stays."""
    for simple in list(element.iter(f"{{{W}}}fldSimple")):
        if _loads(simple.get(f"{{{W}}}instr", "")):
            parent = simple.getparent()
            index = parent.index(simple)
            for offset, child in enumerate(list(simple)):
                parent.insert(index + offset, child)
            parent.remove(simple)
    # complex fields: begin, instruction runs, separate, result runs, end (nested fields
    # inside the instruction are part of it)
    stack: list[dict[str, Any]] = []
    doomed: list[Any] = []
    for node in list(element.iter(f"{{{W}}}fldChar", f"{{{W}}}instrText")):
        run = node.getparent()
        if node.tag == f"{{{W}}}instrText":
            if stack and not stack[-1]["separated"]:
                stack[-1]["code"] += node.text or ""
                stack[-1]["runs"].append(run)
            continue
        kind = node.get(f"{{{W}}}fldCharType")
        if kind == "begin":
            stack.append({"code": "", "runs": [run], "separated": False})
        elif kind == "separate" and stack:
            stack[-1]["separated"] = True
            stack[-1]["runs"].append(run)
        elif kind == "end" and stack:
            field = stack.pop()
            field["runs"].append(run)
            if _loads(field["code"]):
                doomed.extend(field["runs"])
                if stack and not stack[-1]["separated"]:
                    stack[-1]["code"] += field["code"]
    for run in doomed:
        parent = run.getparent()
        if parent is not None:
            parent.remove(run)


def _loads(code: str) -> bool:
    words = code.split()
    return bool(words) and words[0].upper() in _LOADING_FIELDS
