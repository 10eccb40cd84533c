"""Nothing leaks: public outputs hold no string of a non-public item, in any part of the file.

A seeded generator builds meetings with random public and non-public items whose every text
(title, paper, each paragraph, vote labels, speakers' words) carries a unique marker. The
public minutes and every public extract are unzipped; each part (document, headers, footers,
relationships, docProps/core.xml and app.xml, ...) is searched raw and with the XML tags
stripped, so text split across runs is found as well.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import zipfile
from pathlib import Path

import pytest

from secretary_app.domain.model import (
    AgendaItem,
    Attendance,
    Committee,
    Meeting,
    Member,
    Paragraph,
    Vote,
)
from secretary_app.store.meetings import import_meeting
from tests.privacy import assert_private

documents = pytest.importorskip("secretary_app.documents")

SEED = 20261125
MEETINGS = 12
WORDS = (
    "Bebauungsplan Grundstück Kaufpreis Vergabe Angebot Bieter Personalangelegenheit "
    "Vertragsstrafe Schadenersatz Mietvertrag Erbbaurecht Förderbescheid Gutachten Straße "
    "Kita Schule Brücke Kanal Haushalt Zuschuss Prüfung Einwendung Übernahme Äußerung"
).split()


class Corpus:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.counter = 0

    def marker(self, kind: str) -> str:
        """A text that occurs nowhere else: a few real words and a unique code."""
        self.counter += 1
        words = " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(1, 4)))
        return f"{words} {kind}{self.counter:04d}q{self.rng.randrange(16**6):06x}"

    def committee(self) -> Committee:
        members = [
            Member(key=f"m{i}", name=f"Mitglied{i}", salutation=self.rng.choice(["Frau", "Herr"]))
            for i in range(7)
        ]
        members[0].role = "chair"
        kind = self.rng.choice(["advisory", "deciding"])
        return Committee(name="Ausschuss für Stadtentwicklung", kind=kind, members=members)

    def item(self, number: str, public: bool) -> AgendaItem:
        tag = "OEF" if public else "NOE"
        minutes: list[Paragraph] = []
        for _ in range(self.rng.randint(1, 6)):
            kind = self.rng.choice(["text", "text", "motion", "resolution", "vote"])
            if kind == "vote":
                yes, no = self.rng.randint(0, 7), self.rng.randint(0, 3)
                vote = Vote(yes, no, 0, label=self.marker(f"{tag}vote"))
                minutes.append(Paragraph(kind="vote", vote=vote))
            else:
                speaker = self.rng.choice([None, "m1", "m2"])
                minutes.append(Paragraph(kind=kind, text=self.marker(tag), speaker=speaker))
        return AgendaItem(
            number=number,
            title=self.marker(f"{tag}title"),
            paper=self.marker(f"{tag}paper") if self.rng.random() < 0.7 else "",
            public=public,
            outcome=self.rng.choice(["beschlossen", "abgelehnt", "zur Kenntnis genommen"]),
            minutes=minutes,
        )

    def meeting(self, n: int) -> Meeting:
        committee = self.committee()
        count = self.rng.randint(2, 7)
        flags = [self.rng.random() < 0.6 for _ in range(count)]
        flags[self.rng.randrange(count)] = False  # at least one non-public item
        agenda = [self.item(f"{i + 1}", public) for i, public in enumerate(flags)]
        return Meeting(
            committee=committee,
            number=n,
            date=dt.date(2026, 1, 1) + dt.timedelta(days=14 * n),
            start="17:00",
            end="19:30",
            location="Rathaus, Raum 1.0" + str(n),
            attendance=[Attendance(m.key) for m in committee.members],
            agenda=agenda,
        )


def _strings(item: AgendaItem) -> list[str]:
    found = [item.title, item.paper]
    for p in item.minutes:
        found.append(p.text)
        if p.vote is not None:
            found.append(p.vote.label)
    return [s for s in found if s]


_TAG = re.compile(r"<[^>]+>")


def _parts(docx: Path) -> dict[str, tuple[str, str]]:
    """Every part of the .docx: raw text and text with tags removed."""
    out = {}
    with zipfile.ZipFile(docx) as z:
        for name in z.namelist():
            raw = z.read(name).decode("utf-8", errors="replace")
            out[name] = (raw, _TAG.sub("", raw))
    return out


def _codes(text: str) -> list[str]:
    """The unique code of a marker: what must never appear, however the words are split."""
    return [text.rsplit(" ", 1)[-1]]


def _leaks(docx: Path, secrets: list[str]) -> list[str]:
    found = []
    for name, (raw, plain) in _parts(docx).items():
        for secret in secrets:
            for needle in (secret, *_codes(secret)):
                if needle in raw or needle in plain:
                    found.append(f"{docx.name}:{name}: {needle}")
    return found


@pytest.fixture(scope="module")
def corpus_files(tmp_path_factory):
    from secretary_app.store import Store

    folder = tmp_path_factory.mktemp("leak")
    corpus = Corpus(SEED)
    store = Store.open(folder / "corpus.sqlite")
    produced = []
    try:
        for n in range(1, MEETINGS + 1):
            meeting = store.load_meeting(import_meeting(store, corpus.meeting(n)))
            out = folder / f"m{n}"
            out.mkdir()
            public_minutes = documents.write_minutes(
                meeting, out / "niederschrift-oeffentlich.docx", public=True
            )
            full_minutes = documents.write_minutes(meeting, out / "niederschrift.docx")
            extracts = documents.write_all_extracts(meeting, out / "alle", public_only=True)
            singles = [
                documents.write_extract(meeting, item, out / f"einzeln-{i}.docx")
                for i, item in enumerate(meeting.agenda)
                if item.public
            ]
            produced.append((meeting, public_minutes, full_minutes, extracts + singles))
    finally:
        store.close()
    return produced


def test_corpus_has_both_kinds_of_items(corpus_files):
    items = [it for meeting, *_ in corpus_files for it in meeting.agenda]
    assert sum(it.public for it in items) >= 10
    assert sum(not it.public for it in items) >= 10


def test_public_minutes_and_public_extracts_contain_nothing_non_public(corpus_files):
    leaks = []
    checked = 0
    for meeting, public_minutes, _, extracts in corpus_files:
        secrets = [s for it in meeting.agenda if not it.public for s in _strings(it)]
        assert secrets
        for docx in (public_minutes, *extracts):
            leaks += _leaks(docx, secrets)
            checked += 1
    assert leaks == []
    assert checked > MEETINGS


def test_file_names_of_public_exports_name_no_non_public_item(corpus_files):
    for meeting, public_minutes, _, extracts in corpus_files:
        names = " ".join(p.name for p in (public_minutes, *extracts))
        names += " ".join(p.name for p in extracts[0].parent.iterdir()) if extracts else ""
        for item in meeting.agenda:
            if not item.public and item.paper:
                assert _codes(item.paper)[0] not in names


def test_public_extracts_are_one_per_public_item_and_hold_no_other_item(corpus_files):
    for meeting, _, _, extracts in corpus_files:
        public = [it for it in meeting.agenda if it.public]
        assert len(extracts) == 2 * len(public)
        for docx in extracts[: len(public)]:
            parts = _parts(docx)
            plain = " ".join(p for _, p in parts.values())
            owners = [it for it in meeting.agenda if it.title in plain]
            assert len(owners) == 1 and owners[0].public


def test_the_search_finds_what_is_there(corpus_files):
    """The same search does find public texts in the public minutes and non-public texts in
    the full minutes, so an empty leak list means something."""
    for meeting, public_minutes, full_minutes, _ in corpus_files:
        public = [s for it in meeting.agenda if it.public for s in _strings(it)]
        hidden = [s for it in meeting.agenda if not it.public for s in _strings(it)]
        assert len(_leaks(public_minutes, public)) >= len(public)
        assert len(_leaks(full_minutes, hidden)) >= len(hidden)


def test_database_and_backups_are_private(tmp_path):
    from secretary_app.store import Store
    from secretary_app.store.backup import create_backup

    db = tmp_path / "neu" / "p.sqlite"
    store = Store.open(db)
    try:
        store.set_setting("place", "Potsdam")
        for side in ("-wal", "-shm"):  # SQLite's side files while the database is open
            assert_private(db.with_name(db.name + side))
        backup = create_backup(db, store.conn, "open")
    finally:
        store.close()
    assert_private(db)
    assert_private(backup.path)
    assert_private(backup.path.parent)
