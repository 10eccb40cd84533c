"""Templates with placeholders (docxtpl, Jinja2 with autoescape): check, render, make safe.

A template is refused before anything is written when it does not render: a Jinja syntax
error, a name the contract (`TEMPLATES.md`) does not know, or a failure while rendering the
sample meeting. Every finding quotes the template paragraph where it stands, in German.
Compiled templates are cached by their source, so forty extracts compile the template once.
"""

from __future__ import annotations

import hashlib
import io
import re
import traceback
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import DocumentError

# Bounds for a template package: Word files of cities are a few MB with a logo.
MAX_ENTRIES = 2000
MAX_UNPACKED = 64 * 1024 * 1024  # all parts together
MAX_RATIO = 200  # uncompressed / compressed for any single part larger than 1 MB
MAX_PARAGRAPHS = 100_000  # in the template's parts, and in what one render writes
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_JINJA = re.compile(rb"\{[{%#]")
_PARAGRAPH = re.compile(rb"<w:p[ >/]")
_TAG_BODY = re.compile(r"(?<=\{[{%])(.*?)(?=[}%]\})")

PARTS_LABEL = {"body": "im Text", "header": "in der Kopfzeile", "footer": "in der Fußzeile"}


@dataclass(frozen=True)
class Finding:
    """One reason a template does not render, in German, with the paragraph it is in."""

    message: str
    paragraph: str = ""
    where: str = "body"

    def __str__(self) -> str:
        if not self.paragraph:
            return self.message
        return f"{self.message} – {PARTS_LABEL.get(self.where, '')} im Absatz „{self.paragraph}“"


class TemplateRefused(DocumentError):
    """A template that does not render; `findings` says why (each with its paragraph)."""

    def __init__(self, template: Path, findings: list[Finding]) -> None:
        self.findings = findings
        lines = "\n".join(f"  • {f}" for f in findings)
        super().__init__(
            f"Die Vorlage „{template}“ kann nicht verwendet werden; es wurde nichts "
            f"geschrieben:\n{lines}"
        )


# --- the package: bounded, no XML entities ----------------------------------------------------


# Digests of packages already found safe (a folder of 40 extracts reads the template once,
# but a single export reads it again; checking it again costs more than hashing it).
_SAFE: set[bytes] = set()


def check_package(data: bytes, template: Path) -> None:
    """Refuse a zip bomb or XML with a DTD/entities before any XML parser sees it."""
    digest = hashlib.sha256(data).digest()
    if digest in _SAFE:
        return
    _check_package(data, template)
    if len(_SAFE) > 64:
        _SAFE.clear()
    _SAFE.add(digest)


def _check_package(data: bytes, template: Path) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError):
        return  # not a zip: load_template says it is not a Word file
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _unsafe(template, "sie besteht aus ungewöhnlich vielen Teilen")
        total = 0
        for info in infos:
            total += info.file_size
            if total > MAX_UNPACKED:
                raise _unsafe(template, "entpackt wäre sie über 64 MB groß (gepackte Datei)")
            if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise _unsafe(template, "sie enthält einen ungewöhnlich stark gepackten Teil")
        for info in infos:
            name = info.filename.lower()
            if not (name.endswith(".xml") or name.endswith(".rels")):
                continue
            with archive.open(info) as handle:
                seen = paragraphs = 0
                tail = b""
                while chunk := handle.read(65536):
                    seen += len(chunk)
                    if seen > MAX_UNPACKED:
                        raise _unsafe(template, "ein Teil ist entpackt zu groß")
                    if _DTD.search(tail + chunk):
                        raise _unsafe(template, "sie enthält XML-Entitäten (DTD)")
                    # a tag cut by the chunk boundary is counted in the next round's tail
                    paragraphs += len(_PARAGRAPH.findall(tail[-4:] + chunk))
                    if paragraphs > MAX_PARAGRAPHS:
                        raise _unsafe(
                            template,
                            f"sie hat über {MAX_PARAGRAPHS:,} Absätze".replace(",", "."),
                        )
                    tail = chunk[-16:]


def _unsafe(template: Path, why: str) -> DocumentError:
    return DocumentError(
        f"Die Vorlage „{template}“ wird nicht geöffnet: {why}. Eine in Word gespeicherte "
        "Vorlage hat das nie – bitte die Vorlage in Word öffnen, als .docx neu speichern und "
        "diese Datei angeben."
    )


def has_placeholders(data: bytes) -> bool:
    """Whether the template's body, header or footer holds Jinja tags ({{ }}, {% %})."""
    return _has_placeholders(hashlib.sha256(data).digest(), data)


_PLACEHOLDERS: dict[bytes, bool] = {}


def _has_placeholders(digest: bytes, data: bytes) -> bool:
    found = _PLACEHOLDERS.get(digest)
    if found is None:
        if len(_PLACEHOLDERS) > 64:
            _PLACEHOLDERS.clear()
        found = _PLACEHOLDERS[digest] = _scan_placeholders(data)
    return found


def _scan_placeholders(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in archive.namelist():
                if name.startswith("word/") and name.endswith(".xml"):
                    if _JINJA.search(archive.read(name)):
                        return True
    except (zipfile.BadZipFile, OSError, EOFError, KeyError):
        return False
    return False


# --- Jinja ------------------------------------------------------------------------------------


def _enumeration(values: Iterable[Any]) -> str:
    """ "A, B und C" (a filter: {{ namen|aufzaehlung }})."""
    items = [str(v) for v in values]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " und " + items[-1]


def _sentence_start(value: Any) -> str:
    """ "einstimmig bei 1 Enthaltung" → "Einstimmig bei 1 Enthaltung" (only the first letter)."""
    text = str(value)
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=1)
def environment() -> Any:
    """The sandboxed, bounded environment (see `sandbox.py`) with our two German filters."""
    from .sandbox import make_environment

    return make_environment({"aufzaehlung": _enumeration, "satzanfang": _sentence_start})


@lru_cache(maxsize=32)
def _compiled(source: str) -> Any:
    return environment().from_string(source)


def _paragraph_at(source: str, lineno: int | None) -> str:
    """The template paragraph at `lineno` of a patched source, as the city's staff typed it
    (with its {%p %}) where docxtpl's clean-up kept the lines."""
    if not lineno:
        return ""
    lines = source.splitlines()
    typed = _TYPED.get(source)
    if typed is not None:
        typed_lines = typed.splitlines()
        if len(typed_lines) == len(lines):
            lines = typed_lines
    if not 0 < lineno <= len(lines):
        return ""
    return _paragraph_text(lines[lineno - 1])


def _paragraph_text(xml_line: str) -> str:
    text = _TAG.sub("", xml_line)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    text = text.replace("&amp;", "&").strip()
    return text if len(text) <= 160 else text[:157] + "…"


def _template_lineno(exc: BaseException) -> int | None:
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == "<template>":
            line = lineno
    return line


# Jinja's commonest syntax messages, said in German for the city's staff.
_INNERMOST = re.compile(r"innermost block that needs to be closed is '(\w+)'")
_SYNTAX = (
    (r"Unexpected end of template\..*", "die Vorlage endet, bevor {{% {0} %}} mit "
     "{{% end{0} %}} geschlossen ist"),
    (r"Encountered unknown tag '(\w+)'\. Jinja was looking for.*",
     "„{1}“ passt hier nicht: erst muss {{% {0} %}} mit {{% end{0} %}} geschlossen werden"),
    (r"Encountered unknown tag '(\w+)'.*", "unbekannter Befehl „{1}“"),
    (r"No filter named '(.+)'.*", "unbekannter Filter „{1}“"),
    (r"No test named '(.+)'.*", "unbekannte Prüfung „{1}“ (nach „is“)"),
    (r"unexpected '(.+)'", "unerwartetes „{1}“ (fehlt eine Klammer?)"),
    (r"unexpected end of template, expected '(.+)'\.?", "es fehlt „{1}“ am Ende"),
    (r"expected token '(.+)', got '(.+)'", "erwartet wird „{1}“, gefunden „{2}“"),
    (r"unexpected char '(.+)' at \d+", "unerwartetes Zeichen {1}"),
    (r"Block '(.+)' defined twice", "der Block „{1}“ steht zweimal in der Vorlage"),
    (r"tag name expected", "nach „{{%“ fehlt der Befehl"),
    (r"Invalid character in identifier", "ungültiges Zeichen in einem Namen"),
)  # fmt: skip
_TOKENS = {"end of print statement": "}}", "end of statement block": "%}"}


def _syntax_in_german(text: str) -> str:
    first = text.splitlines()[0] if text else text
    innermost = _INNERMOST.search(text)
    block = innermost.group(1) if innermost else "if"
    for pattern, german in _SYNTAX:
        match = re.fullmatch(pattern, first, flags=re.DOTALL)
        if match:
            return german.format(block, *(_TOKENS.get(g, g) for g in match.groups()))
    return "der Platzhalter ist so nicht lesbar (Klammern, Anführungszeichen und Befehle prüfen)"


_RUNTIME = {
    "TypeError": "hier passen die Werte nicht zusammen (z. B. ein Text und eine Zahl)",
    "ZeroDivisionError": "hier wird durch null geteilt",
    "ValueError": "ein Wert hat hier nicht die erwartete Form",
    "OverflowError": "eine Zahl wird zu groß",
    "IndexError": "hier fehlt ein Eintrag einer Liste",
    "KeyError": "hier fehlt ein Eintrag",
}


def _german(exc: BaseException) -> str:
    import jinja2
    from jinja2.exceptions import SecurityError

    from .sandbox import LimitExceeded

    text = str(exc)
    if isinstance(exc, LimitExceeded):
        return f"Die Vorlage wurde nicht fertig gerechnet: {text}"
    if isinstance(exc, SecurityError):
        match = re.search(r"attribute '([^']+)'", text)
        name = f"„{match.group(1)}“" if match else "interne Werte"
        return (
            f"Zugriff auf {name} ist in Vorlagen nicht erlaubt (nur die Namen aus docs/vorlagen.md)"
        )
    if isinstance(exc, jinja2.UndefinedError):
        match = re.search(r"has no attribute '([^']+)'", text) or re.search(
            r"'([^']+)' is undefined", text
        )
        name = match.group(1) if match else ""
        return f"Der Name „{name}“ ist unbekannt (siehe docs/vorlagen.md)"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"Fehler in einem Platzhalter: {_syntax_in_german(text)}"
    if isinstance(exc, RecursionError | SyntaxError):
        return _too_deep()
    why = _RUNTIME.get(type(exc).__name__, "")
    return "Der Platzhalter kann nicht ausgewertet werden" + (f": {why}" if why else "")


def _too_deep() -> str:
    from .sandbox import MAX_DEPTH

    return (
        f"Die Vorlage ist zu tief verschachtelt (mehr als {MAX_DEPTH} Befehle wie "
        "{% if %} oder {% for %} ineinander)"
    )


# --- docxtpl with the cache and our properties ------------------------------------------------


def _docxtpl_class() -> type:
    from docxtpl import DocxTemplate

    class CachedTemplate(DocxTemplate):  # type: ignore[misc]
        """docxtpl, with compiled templates cached and the part being rendered remembered."""

        part_kind = "body"

        def patch_xml(self, src_xml: str) -> str:
            return _patched(src_xml, super().patch_xml)

        def render_xml_part(
            self, src_xml: str, part: Any, context: Any, jinja_env: Any = None
        ) -> str:
            import jinja2

            from .sandbox import bounded_render

            self.current_rendering_part = part
            kind = _part_kind(part)
            depth = _depth_finding(src_xml, kind)
            if depth is not None:
                raise _Failure(depth)
            try:
                dst_xml = bounded_render(_compiled(src_xml), context)
            except jinja2.TemplateSyntaxError as exc:
                finding = Finding(_german(exc), _paragraph_at(src_xml, exc.lineno), kind)
                raise _Failure(finding) from exc
            except Exception as exc:  # any failure of a placeholder while rendering
                line = _template_lineno(exc)
                raise _Failure(Finding(_german(exc), _paragraph_at(src_xml, line), kind)) from exc
            dst_xml = _LINE_BREAKS.sub("", dst_xml)
            if len(_PARAGRAPH_STR.findall(dst_xml)) > MAX_PARAGRAPHS:
                raise _Failure(
                    Finding(
                        "Die Vorlage wurde nicht fertig gerechnet: das Dokument hätte über "
                        f"{MAX_PARAGRAPHS:,} Absätze – abgebrochen".replace(",", "."),
                        "",
                        kind,
                    )
                )
            dst_xml = (
                dst_xml.replace("{_{", "{{")
                .replace("}_}", "}}")
                .replace("{_%", "{%")
                .replace("%_}", "%}")
            )
            if not any(c in dst_xml for c in "\t\n\a\f"):
                return dst_xml  # no tab or line break in any value: nothing to resolve
            return str(self.resolve_listing(dst_xml))

        def render_properties(self, context: Any, jinja_env: Any = None) -> None:
            """The writer sets the properties from the meeting; the template's are dropped."""

    return CachedTemplate


@lru_cache(maxsize=1)
def _template_class() -> type:
    return _docxtpl_class()


_PATCHED: dict[str, str] = {}
_TYPED: dict[str, str] = {}  # patched source → the template's paragraphs, one per line


# Each paragraph of the template on a line of its own, before docxtpl turns a {%p %} paragraph
# into its bare tag: Jinja's line numbers then name the paragraph, and a {%p %} tag stands on
# its own line, not at the end of its neighbour's.
_PARAGRAPH_START = re.compile(r"<w:p([ >])")
# ... and those line breaks gone again from what was rendered (a value's own line breaks are
# inside <w:t>, never right before a paragraph, table or the end of the body)
_LINE_BREAKS = re.compile(
    r"\n+(?=<(?:/?w:(?:p|tbl|tr|tc|body|sectPr|sdt|sdtContent|hdr|ftr|footnote|endnote)"
    r"|/w:(?:footnotes|endnotes))[ >/])|\n+$"
)
_PARAGRAPH_STR = re.compile(r"<w:p[ >/]")


def lines_per_paragraph(src_xml: str) -> str:
    return _PARAGRAPH_START.sub(r"\n<w:p\1", src_xml)


def _patched(src_xml: str, patch: Any) -> str:
    """docxtpl's clean-up of the template XML, once per template part."""
    found = _PATCHED.get(src_xml)
    if found is None:
        typed = lines_per_paragraph(src_xml)
        patched = str(patch(typed))
        # German Word turns typed quotes into „…“ inside tags; docxtpl knows only “…”
        found = _TAG_BODY.sub(lambda m: m.group(0).replace("„", '"').replace("‚", "'"), patched)
        if len(_PATCHED) > 64:
            _PATCHED.clear()
            _TYPED.clear()
        _PATCHED[src_xml] = found
        _TYPED[found] = typed
    return found


def _part_kind(part: Any) -> str:
    name = str(getattr(part, "partname", ""))
    if "header" in name:
        return "header"
    if "footer" in name:
        return "footer"
    return "body"


class _Failure(Exception):
    def __init__(self, finding: Finding) -> None:
        super().__init__(str(finding))
        self.finding = finding


def render(data: bytes, context: dict[str, Any], template: Path) -> Any:
    """The rendered python-docx Document; a failing placeholder raises TemplateRefused."""
    from .sandbox import document_budget

    tpl = _template_class()(io.BytesIO(data))
    try:
        with document_budget():
            tpl.render(context, autoescape=True)
    except _Failure as failure:
        raise TemplateRefused(template, [failure.finding]) from None
    except DocumentError:
        raise
    except Exception as exc:  # lxml: the rendered XML is broken (a tag split by a placeholder)
        raise TemplateRefused(
            template,
            [
                Finding(
                    f"Das Ergebnis ist kein gültiges Word-Dokument ({type(exc).__name__}: {exc})"
                )
            ],
        ) from exc
    return tpl.docx


# --- the static check: structure, syntax, unknown names -----------------------------------------

# Tags that open a block closed by end<tag> (a `set` only in its block form, without "=").
_OPENERS = frozenset(
    {"for", "if", "macro", "call", "filter", "with", "block", "autoescape", "set", "trans"}
)


@lru_cache(maxsize=32)
def _structure(source: str) -> tuple[tuple[str, int], ...]:
    """(German message, line) for blocks nested too deep, closed by the wrong end tag or never
    closed (named where they open); empty when the blocks fit together."""
    import jinja2

    from .sandbox import MAX_DEPTH

    try:
        tokens = [(t.lineno, t.type, t.value) for t in environment().lexer.tokenize(source)]
    except jinja2.TemplateSyntaxError:
        return ()  # the parser says what is wrong, with its line
    stack: list[tuple[str, int]] = []
    i = 0
    while i < len(tokens):
        lineno, kind, _ = tokens[i]
        if kind != "block_begin" or i + 1 >= len(tokens) or tokens[i + 1][1] != "name":
            i += 1
            continue
        tag = tokens[i + 1][2]
        j = i + 2
        inline = False
        while j < len(tokens) and tokens[j][1] != "block_end":
            inline = inline or tokens[j][1] == "assign"
            j += 1
        if tag in _OPENERS and not (tag == "set" and inline):
            stack.append((tag, lineno))
            if len(stack) > MAX_DEPTH:
                return ((_too_deep(), lineno),)
        elif tag.startswith("end") and tag[3:] in _OPENERS:
            opened = tag[3:]
            if stack and stack[-1][0] == opened:
                stack.pop()
            elif stack:
                open_tag, open_line = stack[-1]
                where = _paragraph_at(source, open_line)
                return (
                    (
                        f"Fehler in einem Platzhalter: „{tag}“ passt hier nicht – erst muss "
                        f"{{% {open_tag} %}} aus dem Absatz „{where}“ mit "
                        f"{{% end{open_tag} %}} geschlossen werden",
                        lineno,
                    ),
                )
            else:
                return (
                    (
                        f"Fehler in einem Platzhalter: zu {{% {tag} %}} gibt es kein "
                        f"{{% {opened} %}} davor",
                        lineno,
                    ),
                )
        i = j + 1
    return tuple(
        (
            f"Fehler in einem Platzhalter: {{% {tag} %}} wird nirgends mit {{% end{tag} %}} "
            "geschlossen",
            line,
        )
        for tag, line in stack
    )


def _structure_findings(source: str, kind: str) -> list[Finding]:
    return [Finding(m, _paragraph_at(source, line), kind) for m, line in _structure(source)]


def _depth_finding(source: str, kind: str) -> Finding | None:
    found = _structure_findings(source, kind)
    return found[0] if found else None


def _parts(data: bytes) -> list[tuple[str, str, str]]:
    """(part kind, template XML, patched Jinja source) of body, headers and footers, as docxtpl
    reads and renders them; the package is parsed once."""
    import docx
    from docx.oxml import parse_xml

    tpl = _template_class()(io.BytesIO(data))
    document = docx.Document(io.BytesIO(data))
    xml = [("body", tpl.xml_to_string(document.element.body))]
    for rel in document.part.rels.values():
        if rel.is_external:
            continue
        kind = "header" if rel.reltype.endswith("/header") else "footer"
        if rel.reltype.endswith(("/header", "/footer")):
            xml.append((kind, tpl.xml_to_string(parse_xml(rel.target_part.blob))))
    return [(kind, raw, tpl.patch_xml(raw)) for kind, raw in xml]


_LINE_TAG = re.compile(r"\{%-?p\s.*?%\}|\{\{p\s.*?\}\}", re.DOTALL)


def _beside_line_tags(parts: list[tuple[str, str, str]]) -> list[Finding]:
    """Text in the same paragraph as a {%p %} tag: docxtpl drops the whole paragraph."""
    findings = []
    for kind, xml, _ in parts:
        for line in lines_per_paragraph(xml).splitlines():
            text = _paragraph_text(line)
            if not _LINE_TAG.search(text):
                continue
            rest = _LINE_TAG.sub(" ", text).strip()
            if rest:
                findings.append(
                    Finding(
                        f"Der Text „{rest}“ steht im selben Absatz wie ein {{%p …%}}-Befehl und "
                        "wird nicht gedruckt – bitte in einen eigenen Absatz schreiben",
                        text,
                        kind,
                    )
                )
    return findings


_ALLOWED_ATTRIBUTES = {n for t in (str, list, dict) for n in dir(t) if not n.startswith("_")}
_ALLOWED_ATTRIBUTES |= {  # Jinja's loop variable
    "index", "index0", "revindex", "revindex0", "first", "last", "length", "cycle", "depth",
    "depth0", "previtem", "nextitem", "changed",
}  # fmt: skip
_INCLUDES = (
    "Eine Vorlage kann keine andere Datei einbinden ({% include %}, {% extends %}, "
    "{% import %}) – bitte den Text direkt in die Vorlage schreiben"
)


def _assigned(tree: Any) -> set[str]:
    """Names the template gives itself: {% set %}, loop variables, macros and their arguments."""
    from jinja2 import nodes

    names = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    names |= {m.name for m in tree.find_all(nodes.Macro)}
    return names


def static_findings(
    data: bytes, known_top: Iterable[str], known_fields: set[str]
) -> tuple[list[Finding], set[str]]:
    """Structure, syntax and unknown names, without rendering; also the top-level names used."""
    import jinja2
    from jinja2 import meta, nodes

    from .sandbox import GLOBAL_NAMES

    env = environment()
    parts = _parts(data)
    findings: list[Finding] = _beside_line_tags(parts)
    used: set[str] = set()
    for kind, _, source in parts:
        structure = _structure_findings(source, kind)
        if structure:
            findings.extend(structure)
            continue
        try:
            tree = env.parse(source)
            undeclared = meta.find_undeclared_variables(tree)
        except jinja2.TemplateSyntaxError as exc:  # unknown filters are found here too
            findings.append(Finding(_german(exc), _paragraph_at(source, exc.lineno), kind))
            continue
        except (RecursionError, SyntaxError, MemoryError):
            findings.append(Finding(_too_deep(), "", kind))
            continue
        other_files = (nodes.Include, nodes.Extends, nodes.Import, nodes.FromImport)
        for include in tree.find_all(other_files):
            findings.append(Finding(_INCLUDES, _paragraph_at(source, include.lineno), kind))
        assigned = _assigned(tree)
        undeclared -= assigned
        # attributes the template gives itself: namespace(n=0), {% set ns.n = … %}
        own_fields = {ref.attr for ref in tree.find_all(nodes.NSRef)}
        own_fields |= {kw.key for call in tree.find_all(nodes.Call) for kw in call.kwargs}
        used |= undeclared
        allowed = set(known_top) | GLOBAL_NAMES | assigned
        for name_node in tree.find_all(nodes.Name):
            if name_node.ctx == "load" and name_node.name not in allowed:
                findings.append(
                    Finding(
                        f"Der Name „{name_node.name}“ ist unbekannt (siehe docs/vorlagen.md)",
                        _paragraph_at(source, name_node.lineno),
                        kind,
                    )
                )
                allowed.add(name_node.name)  # once per name
        for attr in tree.find_all(nodes.Getattr):
            if attr.attr not in known_fields | own_fields and attr.attr not in _ALLOWED_ATTRIBUTES:
                findings.append(
                    Finding(
                        f"Der Name „{attr.attr}“ ist unbekannt (siehe docs/vorlagen.md)",
                        _paragraph_at(source, attr.lineno),
                        kind,
                    )
                )
    return findings, used


def field_names(value: Any, into: set[str] | None = None) -> set[str]:
    """Every key of every dict inside `value` (the names a template may write after a dot)."""
    names = set() if into is None else into
    if isinstance(value, dict):
        for key, inner in value.items():
            names.add(key)
            field_names(inner, names)
    elif isinstance(value, list):
        for inner in value:
            field_names(inner, names)
    return names


def first_failure(template: Path, data: bytes, contexts: Iterable[dict[str, Any]]) -> list[Finding]:
    """Render each context in memory; the first failure, or nothing."""
    for context in contexts:
        try:
            render(data, context, template)
        except TemplateRefused as refused:
            return refused.findings
    return []
