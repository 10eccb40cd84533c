"""The values a template can use, by the German names of `TEMPLATES.md` (contract, version 1).

Everything here is plain data: dicts, lists, strings, integers and booleans. Texts are raw
strings (the renderer escapes them); a value that is not known is `""`, never `None`.
Names are stable: a later version may add names, never rename or drop one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from ..domain.model import ROLE_LABELS, AgendaItem, AuditEntry, Meeting, Member, Vote
from ..domain.rules import is_present, result_label, vote_kind
from ..settings import Settings
from . import german

Context = dict[str, Any]

# Characters XML 1.0 cannot carry (control characters other than \t \n, lone surrogates).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

PARAGRAPH_ART = {
    "text": "text",
    "motion": "antrag",
    "resolution": "beschluss",
    "vote": "abstimmung",
}
VOTE_VERFAHREN = {"open": "offen", "roll-call": "namentlich", "secret": "geheim"}
VOTE_ART = {"final": "schluss", "amendment": "aenderung", "procedural": "verfahren"}

# The names of the contract, for the template check ("unknown name" findings).
TOP_LEVEL_EXTRACT = ("gremium", "sitzung", "unterschrift", "oeffentliche_fassung", "top")
TOP_LEVEL_MINUTES = ("gremium", "sitzung", "unterschrift", "oeffentliche_fassung", "tops")


def clean(text: str) -> str:
    """A typed text as a template value: line breaks normalised, no XML-illegal characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
    return _ILLEGAL_XML.sub("", text)


# --- votes as prose ---------------------------------------------------------------------------


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def vote_prose(vote: Vote, rule: str = "simple") -> str:
    """ "einstimmig", "einstimmig bei 1 Enthaltung", "mehrheitlich bei 2 Gegenstimmen und
    1 Enthaltung", "abgelehnt bei 3 Ja-Stimmen und 4 Gegenstimmen", singular and plural right."""
    yes, no, abstain = vote.yes, vote.no, vote.abstain
    if yes + no + abstain == 0:
        return "ohne Stimmabgabe"
    abstentions = _count(abstain, "Enthaltung", "Enthaltungen") if abstain else ""
    if result_label(vote, rule) == "angenommen":
        if no == 0:
            return "einstimmig" + (f" bei {abstentions}" if abstentions else "")
        parts = [_count(no, "Gegenstimme", "Gegenstimmen")]
        if abstentions:
            parts.append(abstentions)
        return "mehrheitlich bei " + german.join_names(parts)
    if yes == 0 and abstain == 0:
        return "einstimmig abgelehnt"
    parts = []
    if yes:
        parts.append(_count(yes, "Ja-Stimme", "Ja-Stimmen"))
    if no:
        parts.append(_count(no, "Gegenstimme", "Gegenstimmen"))
    if abstentions:
        parts.append(abstentions)
    return "abgelehnt bei " + german.join_names(parts)


# --- the pieces -------------------------------------------------------------------------------


def _member_name(meeting: Meeting, key: str) -> str:
    member = meeting.committee.member(key)
    return clean(member.display_name) if member else clean(key)


def _present_voting(meeting: Meeting, at: str | None) -> list[Member]:
    """Voting members present when the vote was taken (`at`, "HH:MM"; unknown: everyone marked
    present); without recorded attendance every voting member counts."""
    voting = meeting.committee.voting_members
    if not meeting.attendance:
        return voting
    if at:
        return [m for m in voting if is_present(meeting, m.key, at)]
    return [m for m in voting if (a := meeting.attendance_of(m.key)) is not None and a.present]


def vote_context(meeting: Meeting, item: AgendaItem, vote: Vote, rule: str) -> Context:
    present = _present_voting(meeting, vote.time)
    excluded = set(item.excluded)
    biased = sum(1 for m in present if m.key in excluded)
    order = {m.key: i for i, m in enumerate(meeting.committee.members)}

    def names(answer: str) -> list[str]:
        if vote.method != "roll-call":
            return []
        keys = sorted(
            (k for k, v in vote.ballots.items() if v == answer),
            key=lambda k: (order.get(k, len(order)), k),
        )
        return [_member_name(meeting, k) for k in keys]

    return {
        "bezeichnung": clean(vote.label.strip()),
        "art": VOTE_ART[vote_kind(vote)],
        "verfahren": VOTE_VERFAHREN.get(vote.method, vote.method),
        "ja": vote.yes,
        "nein": vote.no,
        "enthaltung": vote.abstain,
        "befangen": biased,
        "stimmberechtigt": len(present) - biased,
        "ergebnis": result_label(vote, rule),
        "einstimmig": vote.yes > 0 and vote.no == 0,
        "als_text": vote_prose(vote, rule),
        "namen_ja": names("yes"),
        "namen_nein": names("no"),
        "namen_enthaltung": names("abstain"),
        "zeit": vote.time or "",
    }


def item_context(meeting: Meeting, item: AgendaItem, position: int, rule: str) -> Context:
    paragraphs: list[Context] = []
    previous = ""
    for paragraph in item.minutes:
        kind = paragraph.kind
        if kind == "vote" and paragraph.vote is None:
            continue
        speaker = _member_name(meeting, paragraph.speaker) if paragraph.speaker else ""
        entry: Context = {
            "art": PARAGRAPH_ART.get(kind, "text"),
            "text": clean(paragraph.text) if kind != "vote" else "",
            "redner": speaker,
            "erster_beschluss": kind == "resolution" and previous != "resolution",
            "abstimmung": (
                vote_context(meeting, item, paragraph.vote, rule)
                if kind == "vote" and paragraph.vote is not None
                else {}
            ),
        }
        paragraphs.append(entry)
        previous = kind
    return {
        "nummer": clean(item.number.strip()),
        "lfd": position,
        "titel": clean(item.title.strip()),
        "vorlage": clean(item.paper.strip()),
        "vorlage_art": clean(item.paper_type.strip()),
        "oeffentlich": item.public,
        "teil": german.part_label(item.public),
        "ergebnis": clean(item.outcome.strip()),
        "befangen": [_member_name(meeting, k) for k in item.excluded],
        "absaetze": paragraphs,
        "beschluesse": [p["text"] for p in paragraphs if p["art"] == "beschluss"],
        "abstimmungen": [p["abstimmung"] for p in paragraphs if p["art"] == "abstimmung"],
        # additions beyond version 1 of the contract (names are only ever added)
        "federfuehrung": clean(item.department.strip()),
        "verfasser": clean(item.originator.strip()),
    }


def _chair(meeting: Meeting) -> str:
    for member in meeting.committee.members:
        if member.role == "chair":
            return clean(member.display_name)
    return ""


def _chair_role(meeting: Meeting) -> str:
    for member in meeting.committee.members:
        if member.role == "chair":
            return {"Frau": "Vorsitzende", "Herr": "Vorsitzender"}.get(member.salutation, "Vorsitz")
    return "Vorsitz"


def _person(meeting: Meeting, member: Member) -> Context:
    record = meeting.attendance_of(member.key)
    return {
        "name": clean(member.display_name),
        "fraktion": clean(member.faction),
        "funktion": ROLE_LABELS.get(member.role, member.role),
        "ab": (record.arrived or "") if record else "",
        "bis": (record.left or "") if record else "",
        "notiz": clean(record.note.strip()) if record else "",
    }


def committee_context(meeting: Meeting) -> Context:
    committee = meeting.committee
    name = clean(committee.name.strip())
    assembly = clean((committee.assembly or "Stadtverordnetenversammlung").strip())
    advisory = committee.kind != "deciding"
    nominative = german.nominative(name, capital=True)
    formel = (
        f"{nominative} empfiehlt {german.dative(assembly)} wie folgt zu beschließen:"
        if advisory
        else f"{nominative} beschließt:"
    )
    return {
        "name": name,
        "genitiv": german.genitive(name),
        "dativ": german.dative(name),
        "beratend": advisory,
        "vertretung": assembly,
        "vertretung_dativ": german.dative(assembly),
        "formel": formel,
    }


def meeting_context(meeting: Meeting, settings: Settings) -> Context:
    parts = meeting.effective_parts
    members = sorted(meeting.committee.members, key=lambda m: not m.voting)  # voting first
    present = [m for m in members if (a := meeting.attendance_of(m.key)) and a.present]
    absent = [m for m in members if meeting.attendance and m not in present]
    return {
        "nummer": meeting.number,
        "datum": german.date(meeting.date),
        "datum_lang": german.long_date(meeting.date),
        "wochentag": german.weekday(meeting.date),
        "wochentag_kurz": german.weekday_short(meeting.date),
        "beginn": meeting.start or "",
        "ende": meeting.end or "",
        "ort": clean(meeting.location.strip()),
        "ort_anschrift": clean(meeting.address.strip()),
        "art": german.parts_adjective(parts, "e"),
        "art_dativ": german.parts_adjective(parts, "en"),
        "vorsitz": _chair(meeting),
        "schriftfuehrer": clean(settings.secretary_name.strip() or meeting.secretary.strip()),
        "anwesend": [_person(meeting, m) for m in present],
        "abwesend": [_person(meeting, m) for m in absent],
        "unterbrechungen": [
            {"von": i.start, "bis": i.until or "", "notiz": clean(i.note.strip())}
            for i in meeting.interruptions
        ],
    }


def signing_date(meeting: Meeting, settings: Settings) -> dt.date:
    """The date under the signature: the configured one, else the meeting's date."""
    raw = settings.signing_date.strip()
    if raw:
        parsed = german.parse_date(raw)
        if parsed is not None:
            return parsed
    return meeting.date


def signature_context(meeting: Meeting, settings: Settings) -> Context:
    day = signing_date(meeting, settings)
    return {
        "ort": clean(settings.place.strip()),
        "datum": german.date(day),
        "datum_lang": german.long_date(day),
    }


def audit_lines(audit: Sequence[AuditEntry]) -> list[str]:
    """The "Änderungsnachweis" lines (exports themselves are not changes)."""
    lines = []
    for e in audit:
        if e.action == "export":
            continue
        line = f"{german.timestamp(e.at)} – {e.label}"
        if e.detail:
            line += f": {e.detail}" if e.action not in ("reopen", "finalize") else f" ({e.detail})"
        if e.old or e.new:
            line += f" – „{e.old}“ → „{e.new}“"
        lines.append(clean(line))
    return lines


def _common(meeting: Meeting, settings: Settings, public: bool) -> Context:
    return {
        "gremium": committee_context(meeting),
        "sitzung": meeting_context(meeting, settings),
        "unterschrift": signature_context(meeting, settings),
        "oeffentliche_fassung": public,
        # additions beyond version 1 of the contract (names are only ever added)
        "schriftfuehrer_funktion": clean(settings.secretary_role.strip() or "Schriftführer/in"),
        "vorsitz_funktion": _chair_role(meeting),
    }


def extract_context(meeting: Meeting, item: AgendaItem, settings: Settings) -> Context:
    """The values of the extract template: one item as `top`."""
    position = next((i for i, it in enumerate(meeting.agenda, 1) if it is item), 0)
    if not position:
        position = next((i for i, it in enumerate(meeting.agenda, 1) if it == item), 0)
    context = _common(meeting, settings, False)
    context["top"] = item_context(meeting, item, position, settings.majority_rule)
    return context


def minutes_context(
    meeting: Meeting,
    settings: Settings,
    *,
    public: bool,
    audit: Sequence[AuditEntry] = (),
) -> Context:
    """The values of the minutes template: every item (public ones only for `public`)."""
    context = _common(meeting, settings, public)
    context["tops"] = [
        item_context(meeting, item, i, settings.majority_rule)
        for i, item in enumerate(meeting.agenda, 1)
        if item.public or not public
    ]
    context["aenderungsnachweis"] = [] if public else audit_lines(audit)
    return context
