"""The facts a signed document must carry, found (or not) in its text.

`missing_facts` reads a written document's text as a reader would and says, for each fact of
`domain.law.FACTS` it is asked about, what of the meeting is not there: a present member's name
missing from the minutes, the counts of the second vote of TOP 3, the bias exclusion of TOP 5,
the "nichtöffentlich" before a non-public item. `leaked_text` says what of a non-public item
stands in a public document.

It is the oracle of the document tests (every layout, generated meetings) and the check behind
`template check --land`: the sample meeting is written with the template and every fact the
Land's municipal code requires and the text lacks is a warning.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..domain.model import DEFAULT_OUTCOMES, AgendaItem, Meeting, Vote
from . import german

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def document_text(source: Path | bytes) -> str:
    """Body, headers and footers of a .docx as text: one line per paragraph, tabs kept."""
    from lxml import etree

    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    lines: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if n.startswith("word/") and n.endswith(".xml")]
        ordered = ["word/document.xml"] + sorted(
            n for n in names if re.match(r"word/(header|footer)\d*\.xml$", n)
        )
        for name in ordered:
            if name not in names:
                continue
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            root = etree.fromstring(archive.read(name), parser)
            for paragraph in root.iter(f"{W}p"):
                pieces = []
                for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br"):
                    if node.tag == f"{W}t":
                        pieces.append(node.text or "")
                    elif node.tag == f"{W}tab":
                        pieces.append("\t")
                    else:
                        pieces.append("\n")
                lines.append("".join(pieces))
    return "\n".join(lines)


def _surname(meeting: Meeting, key: str) -> str:
    member = meeting.committee.member(key)
    return member.name if member else key


def _first_words(text: str, n: int = 8) -> str:
    """The start of a typed text, as it must appear (line breaks may be printed as breaks)."""
    return " ".join(text.split()[:n])


def _contains(text: str, wanted: str) -> bool:
    return " ".join(wanted.split()) in " ".join(text.split())


def _in_order(flat: str, titles: list[str], start: int) -> list[int] | None:
    positions = []
    for title in titles:
        found = flat.find(title, start)
        if found < 0:
            return None
        positions.append(found)
        start = found + len(title)
    return positions


def item_sections(text: str, items: Sequence[AgendaItem]) -> dict[int, tuple[int, int]]:
    """Where each item's part of the document begins and ends. The minutes may list the agenda
    first: then the items' headings are the second run of all titles in order."""
    flat = " ".join(text.split())
    titles = [" ".join(item.title.split()) for item in items]
    first = _in_order(flat, titles, 0)
    if first is not None:
        second = _in_order(flat, titles, first[-1] + len(titles[-1])) if titles else None
        starts = second or first
        ends = starts[1:] + [len(flat)]
        return {i: (s, e) for i, (s, e) in enumerate(zip(starts, ends, strict=True))}
    spans: dict[int, tuple[int, int]] = {}  # a title is missing: the others as far as found
    end = len(flat)
    for index in range(len(items) - 1, -1, -1):
        found = flat.rfind(titles[index], 0, end) if titles[index] else -1
        if found >= 0:
            spans[index] = (found, end)
            end = found
    return spans


def _vote_places(section: str, vote: Vote) -> list[int]:
    """Where this vote's result may stand in the section: its three counts in order, or its
    result in words."""
    from .context import vote_prose

    counts = re.compile(
        rf"(?<![\d:/]){vote.yes}(?![\d:/])\D{{0,90}}?(?<![\d:/]){vote.no}(?![\d:/])"
        rf"\D{{0,90}}?(?<![\d:/]){vote.abstain}(?![\d:/])"
    )
    places = [m.start() for m in counts.finditer(section)]
    # the words whole: "einstimmig" is not the start of "einstimmig bei 2 Enthaltungen"
    prose = re.escape(vote_prose(vote).lower()) + r"(?!\w)(?!\s+(?:bei|und)\b)"
    places += [m.start() for m in re.finditer(prose, section.lower())]
    return sorted(places)


# An outcome may be said in other words: "Kenntnisnahme", "Verweisung in den …", a final vote
# "einstimmig" or "mehrheitlich bei …" for "beschlossen"
_OUTCOME_WORDS = {
    "zur kenntnis genommen": ("zur kenntnis genommen", "kenntnisnahme"),
    "vertagt": ("vertagt", "vertagung"),
    "verwiesen": ("verwiesen", "verweisung"),
    "zurückgestellt": ("zurückgestellt", "zurückstellung"),
    "beschlossen": ("beschlossen", "angenommen"),
}


def _outcome_found(item: AgendaItem, section: str) -> bool:
    said = section.lower()
    outcome = " ".join(item.outcome.lower().split())
    if any(word in said for word in _OUTCOME_WORDS.get(outcome, (outcome,))):
        return True
    if outcome == "beschlossen" and item.votes:  # the final vote's words say it
        from .context import vote_prose

        return vote_prose(item.votes[-1]).split()[0] in ("einstimmig", "mehrheitlich") and (
            vote_prose(item.votes[-1]).lower() in said
        )
    return False


_PART_WORD = re.compile(r"\b((?:nicht[ -]?)?öffentlich)(?:e[rs]? Teil)?\b", re.IGNORECASE)
_PART_WORD_NON_PUBLIC = re.compile(r"\bnicht[ -]?öffentlich", re.IGNORECASE)


def _item_facts(
    meeting: Meeting,
    item: AgendaItem,
    section: str,
    around: str,
    facts: set[str],
) -> list[tuple[str, str]]:
    missing: list[tuple[str, str]] = []
    label = f"TOP {item.number}"
    if "outcome" in facts and item.outcome.strip() and not _outcome_found(item, section):
        missing.append(("outcome", f"{label}: das Ergebnis „{item.outcome}“"))
    for paragraph in item.minutes:
        if paragraph.kind == "motion" and "motions" in facts:
            if not _contains(section, _first_words(paragraph.text)):
                missing.append(("motions", f"{label}: der Antrag „{_first_words(paragraph.text)}“"))
        if paragraph.kind == "resolution" and "resolutions" in facts:
            if not _contains(section, _first_words(paragraph.text)):
                missing.append(
                    ("resolutions", f"{label}: der Beschluss „{_first_words(paragraph.text)}“")
                )
    used: set[int] = set()  # each vote needs a result of its own (a layout may reorder them)
    for number, vote in enumerate(item.votes, start=1):
        if "vote_results" in facts:
            found = next((p for p in _vote_places(section, vote) if p not in used), -1)
            if found < 0:
                missing.append(
                    (
                        "vote_results",
                        f"{label}: das Ergebnis der {number}. Abstimmung "
                        f"({vote.yes}:{vote.no}:{vote.abstain})",
                    )
                )
            else:
                used.add(found)
        if "roll_call" in facts and vote.method == "roll-call":
            for key in vote.ballots:
                if _surname(meeting, key) not in section:
                    missing.append(
                        (
                            "roll_call",
                            f"{label}: bei der namentlichen {number}. Abstimmung der Name "
                            f"„{_surname(meeting, key)}“",
                        )
                    )
    if "bias" in facts:
        for key in item.excluded:
            if _surname(meeting, key) not in section:
                missing.append(
                    ("bias", f"{label}: die Befangenheit von „{_surname(meeting, key)}“")
                )
    if "non_public" in facts and not item.public:
        # marked in its own part, or under the last part heading before it ("öffentlich" /
        # "nichtöffentlich" standing as a word: a run of non-public items is marked once)
        marks = _PART_WORD.findall(around)
        own = bool(_PART_WORD_NON_PUBLIC.search(section))
        if not own and (not marks or not marks[-1].lower().startswith("nicht")):
            missing.append(("non_public", f"{label}: die Kennzeichnung „nichtöffentlich“"))
    return missing


def missing_facts(
    text: str,
    meeting: Meeting,
    facts: Iterable[str],
    *,
    item: AgendaItem | None = None,
    public: bool = False,
) -> list[tuple[str, str]]:
    """(fact, what is missing, in German) for each required fact the text does not carry.

    `item`: the text is that item's extract; else the (full or `public`) minutes.
    """
    wanted = set(facts)
    flat = " ".join(text.split())
    missing: list[tuple[str, str]] = []
    long_date = " ".join(german.long_date(meeting.date).split())  # its no-break spaces too
    if "place_date" in wanted:
        if german.date(meeting.date) not in flat and (not long_date or long_date not in flat):
            missing.append(("place_date", f"das Datum der Sitzung ({german.date(meeting.date)})"))
        if item is None and meeting.location.strip() and not _contains(flat, meeting.location):
            missing.append(("place_date", f"der Ort der Sitzung („{meeting.location}“)"))
    if item is None:
        if "begin_end" in wanted:
            for what, time in (("Beginn", meeting.start), ("Ende", meeting.end)):
                if time and time not in flat:
                    missing.append(("begin_end", f"{what} der Sitzung ({time} Uhr)"))
        attendance = {a.member: a for a in meeting.attendance}
        members = meeting.committee.members
        if "chair" in wanted:
            chairs = [m for m in members if m.role == "chair"]
            for chair in chairs:
                if chair.name not in flat:
                    missing.append(("chair", f"die oder der Vorsitzende ({chair.name})"))
        if "present" in wanted:
            for m in members:
                here = attendance.get(m.key)
                if here is not None and here.present and m.name not in flat:
                    missing.append(("present", f"„{m.name}“ unter den Anwesenden"))
        if "absent" in wanted:
            for m in members:
                here = attendance.get(m.key)
                if here is not None and not here.present and m.name not in flat:
                    missing.append(("absent", f"„{m.name}“ unter den Abwesenden"))
    items = [item] if item is not None else [i for i in meeting.agenda if i.public or not public]
    if "items" in wanted:
        for entry in items:
            if not _contains(flat, entry.title):
                missing.append(("items", f"TOP {entry.number}: der Titel „{entry.title}“"))
    spans = item_sections(flat, items) if item is None else {0: (0, len(flat))}
    for index, entry in enumerate(items):
        if index not in spans:
            continue
        start, end = spans[index]
        section = flat[start:end]
        around = flat[:start] if item is None else flat
        missing += _item_facts(meeting, entry, section, around, wanted)
    return missing


def leaked_text(text: str, meeting: Meeting) -> list[str]:
    """What of a non-public item stands in `text` (which must be a public document)."""
    flat = " ".join(text.split())
    public_texts = " ".join(
        " ".join([i.title, i.paper, *(p.text for p in i.minutes)])
        for i in meeting.agenda
        if i.public
    )
    leaks = []
    for item in meeting.agenda:
        if item.public:
            continue
        common = item.outcome in DEFAULT_OUTCOMES  # a label every item may carry says nothing
        pieces = [item.title, item.paper, "" if common else item.outcome]
        pieces += [_first_words(p.text) for p in item.minutes if p.text.strip()]
        for piece in pieces:  # what a public item says as well is no leak
            if piece.strip() and _contains(flat, piece) and not _contains(public_texts, piece):
                leaks.append(piece)
    return leaks
