"""The spelling check of a whole meeting, for `check ID --rechtschreibung` and "Protokoll prüfen".

What the meeting knows (committee, members, attendance, the secretary, place, item titles and
papers) and the words of the archive (what she has typed before) are never flagged; each other
word the dictionary does not know is one finding, TOP first, with the dictionary's suggestion:

    TOP 3: Rechtschreibung: „Haushaltsplahn“ (Haushaltsplan?)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..errors import KnownError
from ..text.spelling import SpellChecker, words

if TYPE_CHECKING:
    from ..domain.model import Meeting
    from ..settings import Settings
    from .operations import Operations

ARCHIVE_MIN_COUNT = 2  # a word typed once before may be a typo typed once before


def meeting_phrases(meeting: Meeting) -> list[str]:
    """Names and titles the meeting holds: never misspelt in its own minutes."""
    c = meeting.committee
    phrases = [c.name, c.assembly, meeting.location, meeting.address, meeting.secretary]
    phrases += [" ".join((m.display_name, m.title, m.name, m.faction)) for m in c.members]
    phrases += [a.note for a in meeting.attendance]
    for item in meeting.agenda:
        phrases += [item.title, item.paper, item.department, item.originator, item.paper_type]
    return [p for p in phrases if p]


def known_phrases(settings: Settings, meeting: Meeting) -> list[str]:
    """Everything never flagged in a meeting's minutes: the settings' verbs, her name and the
    city, and what the meeting holds."""
    return [*settings.verbs, settings.secretary_name, settings.place, *meeting_phrases(meeting)]


def archive_words(texts: Iterable[str], min_count: int = ARCHIVE_MIN_COUNT) -> set[str]:
    """The words she has used at least `min_count` times in the archive's minutes and titles."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w.text for w in words(text))
    return {w for w, n in counts.items() if n >= min_count}


def archive_words_in(db_path: Path, but: int | None) -> set[str]:
    """`archive_words` of a database's other meetings, on a connection of its own (for a
    thread: the window's store stays with the window)."""
    from ..store import Store

    store = Store.open(db_path, create=False)
    try:
        return archive_words(store.archive_texts(but=but))
    finally:
        store.close()


@dataclass(frozen=True)
class ArchiveReader:
    """Reads the archive's words for one meeting, on a connection of its own (for a thread);
    equal for the same meeting, so that the window reads them once per meeting opened."""

    db_path: Path
    meeting_id: int | None

    def __call__(self) -> set[str]:
        return archive_words_in(self.db_path, self.meeting_id)


def for_window(ops: Operations, meeting: Meeting) -> tuple[list[str], ArchiveReader]:
    """What the window's spelling knows of a meeting: its phrases, and the archive's reader."""
    return known_phrases(ops.settings, meeting), ArchiveReader(ops.store.path, meeting.id)


def new_checker() -> SpellChecker:
    """The dictionary the window uses: shipped de_DE, her list and the city's lists."""
    return SpellChecker(paths.personal_word_list(), bundled=paths.bundled_dictionaries())


def prepare(ops: Operations, meeting: Meeting, checker: SpellChecker) -> None:
    """Teach `checker` this meeting's names and titles and the archive's words."""
    checker.set_known(known_phrases(ops.settings, meeting))
    checker.set_archive(archive_words(ops.store.archive_texts(but=meeting.id)))


def findings(ops: Operations, meeting: Meeting, checker: SpellChecker | None = None) -> list[str]:
    """One line per misspelt word of the minutes, in agenda order; each word once per item.

    Raises `SpellingUnavailable` when no German dictionary can be loaded."""
    checker = checker or new_checker()
    if not checker.available:
        raise SpellingUnavailable(checker.problem)
    prepare(ops, meeting, checker)
    lines = []
    for item in meeting.agenda:
        seen: set[str] = set()
        for paragraph in item.minutes:
            for word in checker.misspelled(paragraph.text):
                if word.text in seen:
                    continue
                seen.add(word.text)
                hint = _suggestion(checker, word.text)
                lines.append(
                    f"TOP {item.number}: Rechtschreibung: „{word.text}“"
                    + (f" ({hint}?)" if hint else "")
                )
    return lines


def _suggestion(checker: SpellChecker, word: str) -> str:
    """The dictionary's first suggestion that is not the word split by a space or hyphen."""
    for s in checker.suggestions(word, limit=4):
        if re.sub(r"[\s-]", "", s) != word:
            return s
    return ""


class SpellingUnavailable(KnownError):
    """No German dictionary: the check cannot run (the message says why)."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            "Rechtschreibprüfung nicht möglich: kein deutsches Wörterbuch"
            + (f" ({reason})." if reason else ".")
        )
