"""Layouts: a pair of templates (extract, minutes), shipped or the city's own folder.

`check_template` is what "Vorlage prüfen" and `secretary-app template check` run: the static
check (syntax, unknown names) and a render of the sample meeting, all in memory.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from .. import paths
from ..settings import Settings
from .errors import DocumentError
from .render import (
    Finding,
    TemplateRefused,
    field_names,
    first_failure,
    has_placeholders,
    static_findings,
)

TemplateKind = Literal["auszug", "niederschrift"]
FILES: dict[TemplateKind, str] = {"auszug": "auszug.docx", "niederschrift": "niederschrift.docx"}
DEFAULT_LAYOUT = "referenz"


@dataclass(frozen=True)
class Layout:
    """A shipped document layout: its folder name and its German label."""

    name: str
    label: str  # German, for the settings


LAYOUTS = (
    Layout("referenz", "Referenz – wie der Potsdamer Protokollauszug (Standard)"),
    Layout("karlsruhe", "Karlsruhe – „Punkt N der Tagesordnung“, „Zur Beurkundung:“"),
    Layout("beschluss", "„Beschluss:“ – Abstimmung in einer Zeile, „Befangen“ als vierte Zahl"),
    Layout("zu-punkt", "„Zu Punkt N:“ – Ergebnis in Worten, drei Unterschriften"),
)


def layouts_dir() -> Path:
    return paths.resources_dir() / "templates" / "layouts"


def shipped_layouts() -> list[Layout]:
    return list(LAYOUTS)


def layout_files(name: str) -> dict[TemplateKind, Path]:
    """The two templates of a layout: a shipped one by name, or a folder holding
    `auszug.docx` and `niederschrift.docx`; "" is the reference layout."""
    name = name.strip() or DEFAULT_LAYOUT
    shipped = {layout.name for layout in LAYOUTS}
    if name in shipped:
        folder = layouts_dir() / name
    else:
        folder = Path(name).expanduser()
        if not folder.is_dir():
            names = ", ".join(sorted(shipped))
            raise DocumentError(
                f"Das Layout „{name}“ gibt es nicht. Mitgeliefert sind: {names}; sonst bitte "
                "einen Ordner mit „auszug.docx“ und „niederschrift.docx“ angeben."
            )
    return {kind: folder / file for kind, file in FILES.items()}


# --- checking ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _samples() -> tuple[list[dict[str, Any]], list[dict[str, Any]], set[str]]:
    from .context import extract_context, minutes_context
    from .sample import sample_meeting

    meeting = sample_meeting()
    settings = Settings(place="Musterstadt", secretary_name="Frau Beispiel")
    extracts = [extract_context(meeting, item, settings) for item in meeting.agenda]
    minutes = [
        minutes_context(meeting, settings, public=False),
        minutes_context(meeting, settings, public=True),
    ]
    known = field_names(extracts) | field_names(minutes)
    return extracts, minutes, known


def _kind_of(used: set[str], template: Path) -> TemplateKind:
    """The kind the names say; where they say both or neither, the file's name."""
    by_name: TemplateKind = (
        "niederschrift" if "niederschrift" in template.name.lower() else "auszug"
    )
    if "tops" in used and "top" not in used:
        return "niederschrift"
    if "top" in used and "tops" not in used:
        return "auszug"
    return by_name


def findings_for(template: Path, data: bytes, kind: TemplateKind | None = None) -> list[Finding]:
    """Everything that keeps this template from rendering (empty: it renders)."""
    from .context import TOP_LEVEL_EXTRACT, TOP_LEVEL_MINUTES

    extracts, minutes, known = _samples()
    top_level = set(TOP_LEVEL_EXTRACT) | set(TOP_LEVEL_MINUTES)
    top_level |= set(extracts[0]) | set(minutes[0])
    findings, used = static_findings(data, top_level, known)
    if findings:
        return findings
    kind = kind or _kind_of(used, template)
    allowed = set(extracts[0] if kind == "auszug" else minutes[0])
    wrong = sorted(n for n in used if n in top_level and n not in allowed)
    if wrong:
        return [_wrong_template(name, kind) for name in wrong]
    return first_failure(template, data, extracts if kind == "auszug" else minutes)


_THIS = {"auszug": "den Protokollauszug", "niederschrift": "die Niederschrift"}


def _wrong_template(name: str, kind: TemplateKind) -> Finding:
    """A name of the other template: which template uses which name, in plain German."""
    if name == "tops":
        return Finding(
            f"Diese Vorlage ist für {_THIS[kind]}: hier gibt es nur den einen Punkt „top“ "
            "(z. B. {{ top.titel }}); die Liste aller Punkte „tops“ gibt es nur in der Vorlage "
            "für die Niederschrift"
        )
    if name == "top":
        return Finding(
            f"Diese Vorlage ist für {_THIS[kind]}: hier gibt es die Liste „tops“ – den "
            "einzelnen Punkt „top“ gibt es nur in der Vorlage für den Protokollauszug; in der "
            "Niederschrift bitte {%p for top in tops %} … {%p endfor %} schreiben"
        )
    other = "die Niederschrift" if kind == "auszug" else "den Protokollauszug"
    return Finding(
        f"Diese Vorlage ist für {_THIS[kind]}; den Namen „{name}“ gibt es nur in der "
        f"Vorlage für {other}"
    )


_CHECKED: dict[tuple[str, str, str], tuple[Finding, ...]] = {}


def prepared(template: Path, data: bytes, kind: TemplateKind | None = None) -> bool:
    """True for a template with placeholders that renders (checked once per content);
    False for a style template; a template that does not render raises TemplateRefused."""
    if not has_placeholders(data):
        return False
    key = (hashlib.sha256(data).hexdigest(), str(template), kind or "")
    findings = _CHECKED.get(key)
    if findings is None:
        if len(_CHECKED) > 32:
            _CHECKED.clear()
        findings = _CHECKED[key] = tuple(findings_for(template, data, kind))
    if findings:
        raise TemplateRefused(template, list(findings))
    return True


def check_template(path: Path, kind: TemplateKind | None = None) -> list[Finding]:
    """Render the sample meeting with the template at `path`; what keeps it from rendering.

    A file that cannot be read or is unsafe gives one finding with the German reason; a style
    template (no placeholders) is checked for the named styles the built-in wording needs.
    """
    from .writer import load_template, read_template

    path = Path(path)
    try:
        data = read_template(path)
        if has_placeholders(data):
            load_template(path, data)  # not a Word file: say so rather than a Jinja error
            return findings_for(path, data, kind)
        from .styles import style_ids

        style_ids(load_template(path, data), str(path))
    except DocumentError as exc:
        return [Finding(str(exc))]
    return []


# --- the law's list: what the template never prints ---------------------------------------------


def law_warnings(path: Path, land_code: str, kind: TemplateKind | None = None) -> list[str]:
    """German warnings, each citing the Land's code, for every fact the code requires of a
    Niederschrift (of an extract: what it certifies of its item) that the template never
    prints when it writes the sample meeting; then the facts every minutes should show.

    A template that does not render gets no warnings here: `check_template` says why.
    """
    from ..domain.law import EXTRACT_FACTS, FACTS, RECOMMENDED, land
    from .context import extract_context, minutes_context
    from .facts import document_text, missing_facts
    from .render import render
    from .sample import sample_meeting
    from .writer import document_bytes, read_template

    code = land(land_code)
    path = Path(path)
    data = read_template(path)
    if not has_placeholders(data):
        return []  # a style template: the built-in wording prints every fact
    _, used = static_findings(data, (), set())
    kind = kind or _kind_of(used, path)
    meeting = sample_meeting()
    settings = Settings(place="Musterstadt", secretary_name="Frau Beispiel")
    wanted = set(code.facts) | set(RECOMMENDED)
    missing: dict[str, str] = {}
    try:
        if kind == "auszug":
            wanted &= EXTRACT_FACTS
            for item in meeting.agenda:
                doc = render(data, extract_context(meeting, item, settings), path)
                text = document_text(document_bytes(doc))
                for fact, what in missing_facts(text, meeting, wanted, item=item):
                    missing.setdefault(fact, what)
        else:
            doc = render(data, minutes_context(meeting, settings, public=False), path)
            text = document_text(document_bytes(doc))
            for fact, what in missing_facts(text, meeting, wanted):
                missing.setdefault(fact, what)
    except DocumentError:
        return []
    document = "der Niederschrift" if kind == "niederschrift" else "des Protokollauszugs"
    warnings = [
        f"Warnung: Die Vorlage druckt nie {FACTS[fact]} – {code.law} ({code.name}) verlangt "
        f"das in {document}. In der Beispielsitzung fehlt: {missing[fact]}."
        for fact in FACTS
        if fact in missing and fact in code.facts
    ]
    warnings += [
        f"Hinweis: Die Vorlage druckt nie {FACTS[fact]}; jede Niederschrift sollte das zeigen, "
        f"auch wenn {code.law} es nicht ausdrücklich verlangt. In der Beispielsitzung fehlt: "
        f"{missing[fact]}."
        for fact in FACTS
        if fact in missing and fact not in code.facts
    ]
    return warnings
