"""Archive search: German spellings, prefixes, grouping, non-public marks, the deferred index."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from secretary_app.domain.model import AgendaItem, Committee, Meeting, Member, Paragraph
from secretary_app.store import Store, StoreError, schema
from secretary_app.store import search as se
from tests.cli_helpers import as_before_search, run_cli


def _meeting(number: int, day: dt.date, items: list[AgendaItem]) -> Meeting:
    committee = Committee(
        name="Ausschuss für Ordnung und Verkehr",
        members=[Member(key="mueller", name="Müller", salutation="Frau")],
    )
    return Meeting(committee=committee, number=number, date=day, agenda=items)


def _fill(store: Store) -> dict[str, int]:
    old = store.add_meeting(
        _meeting(
            3,
            dt.date(2016, 5, 10),
            [
                AgendaItem(
                    "4",
                    "Verkehrsberuhigung Lindenstraße",
                    paper="16/SVV/0412",
                    minutes=[
                        Paragraph(text="Frau Mueller erläutert das Parkraumkonzept der Strasse."),
                        Paragraph(kind="resolution", text="Die Maßnahme wird beschlossen."),
                    ],
                ),
                AgendaItem(
                    "9",
                    "Grundstücksangelegenheit",
                    public=False,
                    minutes=[Paragraph(text="Der Kaufpreis für das Grundstück an der Straße.")],
                ),
            ],
        )
    )
    new = store.add_meeting(
        _meeting(
            7,
            dt.date(2018, 2, 1),
            [
                AgendaItem(
                    "2",
                    "Parkraum Innenstadt",
                    minutes=[Paragraph(text="Frau Müller fragt nach dem Parkraum am Markt.")],
                )
            ],
        )
    )
    return {"old": old, "new": new}


def _texts(result: se.SearchResult) -> list[str]:
    return [h.plain_snippet() for h in result.hits]


def test_umlauts_and_sharp_s_match_their_spellings_both_ways(store):
    _fill(store)
    for query in ("Müller", "Mueller", "MÜLLER"):
        found = {h.meeting_number for h in se.search(store, query).hits}
        assert found == {3, 7}, query
    # typed without the umlaut at all, as on a keyboard without one
    assert 7 in {h.meeting_number for h in se.search(store, "muller").hits}
    for query in ("Straße", "Strasse"):
        hits = se.search(store, query).hits
        snippets = " ".join(h.plain_snippet() for h in hits)
        assert "[Strasse]" in snippets and "[Straße]" in snippets, query
    assert se.search(store, "Massnahme").hits[0].kind == "resolution"


def test_prefix_search_and_every_word_must_occur(store):
    _fill(store)
    hits = se.search(store, "Parkraum Müller").hits
    # "Parkraum" finds "Parkraumkonzept"; an item title alone does not satisfy both words
    assert [(h.meeting_number, h.kind) for h in hits] == [(7, "text"), (3, "text")]
    assert se.search(store, "Parkraum Kaufpreis").hits == []
    assert se.search(store, '" OR NEAR( *').hits == []  # operators are plain words


def test_hits_newest_meeting_first_in_agenda_order_with_titles_and_papers(store):
    _fill(store)
    hits = se.search(store, "Parkraum").hits
    assert [(h.meeting_number, h.item_number, h.kind) for h in hits] == [
        (7, "2", "title"),
        (7, "2", "text"),
        (3, "4", "text"),
    ]
    paper = se.search(store, "16/SVV/0412").hits
    assert [(h.item_number, h.kind) for h in paper] == [("4", "title")]


def test_non_public_hits_are_marked(store):
    _fill(store)
    hits = se.search(store, "Grundstück").hits
    assert hits and all(not h.public for h in hits)
    assert se.search(store, "Verkehrsberuhigung").hits[0].public


def test_filters_by_committee_and_date(store):
    _fill(store)
    assert {
        h.meeting_number for h in se.search(store, "Müller", since=dt.date(2017, 1, 1)).hits
    } == {7}
    assert se.search(store, "Müller", committee="Finanzen").hits == []
    assert se.search(store, "Müller", committee="Verkehr").hits
    # the dialog's list of committees: the whole name, "Unterausschuss …" is another one
    assert se.search(store, "Müller", committee="Verkehr", exact_committee=True).hits == []
    name = "Ausschuss für Ordnung und Verkehr"
    assert se.search(store, "Müller", committee=name, exact_committee=True).hits


def test_edits_reach_the_index_at_once(store):
    ids = _fill(store)
    item = store.load_meeting(ids["new"]).agenda[0]
    assert item.id is not None
    store.save_paragraphs(item.id, [Paragraph(text="Neu: Radverkehrsanlage am Bahnhof.")])
    assert [h.item_id for h in se.search(store, "Radverkehr Bahnhof").hits] == [item.id]
    assert se.search(store, "Markt").hits == []
    store.delete_meeting(ids["new"])
    assert se.search(store, "Radverkehr").hits == []


def test_snippet_marks_the_matches():
    text = "Frau Müller erläutert, dass der Müllereibetrieb seit Jahren schließt."
    snippet = se.make_snippet(text, se._highlighter("mueller"))
    assert snippet.count(se.MARK_START) == 2
    assert f"{se.MARK_START}Müller{se.MARK_END}" in snippet


def test_a_large_archive_opens_at_once_and_builds_its_index_later(db_path, monkeypatch):
    s = Store.open(db_path)
    _fill(s)
    s.close()
    as_before_search(db_path)
    monkeypatch.setattr(schema, "BACKGROUND_INDEX_ROWS", 2)

    s = Store.open(db_path)
    try:
        assert s.search_index_pending
        assert s.load_meeting(1).agenda[0].title == "Verkehrsberuhigung Lindenstraße"
        with pytest.raises(StoreError, match="Suchindex wird gerade aufgebaut"):
            se.search(s, "Müller")
    finally:
        s.close()

    seen: list[float] = []
    assert se.build_index(db_path, seen.append) > 0
    assert seen[-1] == 1.0 and seen == sorted(seen)
    s = Store.open(db_path)
    try:
        assert not s.search_index_pending
        assert {h.meeting_number for h in se.search(s, "Mueller").hits} == {3, 7}
    finally:
        s.close()
    assert se.build_index(db_path) == 0.0  # once


def test_a_small_database_gets_its_index_while_opening(db_path):
    s = Store.open(db_path)
    _fill(s)
    s.close()
    as_before_search(db_path)
    s = Store.open(db_path)
    try:
        assert not s.search_index_pending
        assert se.search(s, "Parkraum").hits
    finally:
        s.close()


def test_cli_search_groups_by_meeting_and_item(db_path, capsys):
    s = Store.open(db_path)
    _fill(s)
    s.close()
    code, out, _ = run_cli("--db", str(db_path), "search", "Straße", capsys=capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("10.05.2016 3. Sitzung Ausschuss für Ordnung und Verkehr")
    assert lines[1] == "  TOP 4 Verkehrsberuhigung Lindenstraße 16/SVV/0412"
    assert lines[2] == "    Absatz 1: Frau Mueller erläutert das Parkraumkonzept der [Strasse]."
    assert lines[3] == "  TOP 9 Grundstücksangelegenheit [nichtöffentlich]"
    # "Lindenstraße" in the title of TOP 4: below the whole words, under a line of its own
    assert lines[5:] == [
        "In zusammengesetzten Wörtern:",
        "10.05.2016 3. Sitzung Ausschuss für Ordnung und Verkehr (Sitzung 1)",
        "  TOP 4 Verkehrsberuhigung [Lindenstraße] 16/SVV/0412",
    ]
    code, out, err = run_cli(
        "--db", str(db_path), "search", "Müller", "--seit", "01.01.2017", capsys=capsys
    )
    assert code == 0 and "2016" not in out and "01.02.2018" in out
    code, out, err = run_cli(
        "--db", str(db_path), "search", "x", "--seit", "gestern", capsys=capsys
    )
    assert code == 1 and "kein Datum" in err


def test_opening_an_archive_whose_index_is_pending_does_not_import_sqlite_utils(
    db_path, monkeypatch
):
    import subprocess
    import sys

    s = Store.open(db_path)
    _fill(s)
    s.close()
    as_before_search(db_path)
    code = (
        "import sys\n"
        "from secretary_app.store import Store, schema\n"
        "schema.BACKGROUND_INDEX_ROWS = 2\n"
        f"s = Store.open({str(db_path)!r})\n"
        "print(s.search_index_pending, 'sqlite_utils' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["True", "False"]


def _plan_meeting(store: Store) -> int:
    """The issue's meeting: "Bebauungsplan Nr. 129", the "Plangebiet", the "Grabenstraße"."""
    return store.add_meeting(
        _meeting(
            12,
            dt.date(2025, 3, 4),
            [
                AgendaItem(
                    "5",
                    "Bebauungsplan Nr. 129 „Am Graben“",
                    paper="25/SVV/0129",
                    minutes=[
                        Paragraph(text="Herr Wagner stellt die Planung für das Plangebiet vor."),
                        Paragraph(text="Der Kinderspielplatz an der Grabenstraße bleibt."),
                        Paragraph(text="Die Baukosten steigen; der Spielplatz wird saniert."),
                        Paragraph(text="Die Kosten trägt der Vorhabenträger."),
                    ],
                )
            ],
        )
    )


def test_words_inside_compounds_are_found_after_whole_words(store):
    _plan_meeting(store)
    result = se.search(store, "Spielplatz")
    assert _texts(result) == [
        "Die Baukosten steigen; der [Spielplatz] wird saniert.",
        "Der [Kinderspielplatz] an der Grabenstraße bleibt.",
    ]
    assert [h.inside for h in result.hits] == [False, True]
    assert _texts(se.search(store, "Kosten")) == [
        "Die [Kosten] trägt der Vorhabenträger.",
        "Die [Baukosten] steigen; der Spielplatz wird saniert.",
    ]
    # the item titled "Bebauungsplan" as well as the "Plangebiet" and "Planung" paragraph
    plan = se.search(store, "plan")
    assert [(h.kind, h.inside) for h in plan.hits] == [("text", False), ("title", True)]
    assert plan.hits[1].plain_snippet().startswith("[Bebauungsplan] Nr. 129")


def test_compounds_keep_the_german_spellings_both_ways(store):
    _plan_meeting(store)
    assert _texts(se.search(store, "gebiet")) == [
        "Herr Wagner stellt die Planung für das [Plangebiet] vor."
    ]
    for query in ("strasse", "straße", "Grabenstrasse"):
        assert _texts(se.search(store, query)) == [
            "Der Kinderspielplatz an der [Grabenstraße] bleibt."
        ], query
    # every word must occur, whole or inside; two letters are too few to look inside words
    assert _texts(se.search(store, "spielplatz graben")) == [
        "Der [Kinderspielplatz] an der [Grabenstraße] bleibt."
    ]
    assert se.search(store, "an").hits[0].kind == "text"


def test_edits_reach_the_compound_index_at_once(store):
    meeting_id = _plan_meeting(store)
    item = store.load_meeting(meeting_id).agenda[0]
    assert item.id is not None
    paragraphs = store.paragraphs(item.id)
    paragraphs[1].text = "Der Bolzplatz bleibt."
    store.save_paragraphs(item.id, paragraphs)
    assert se.search(store, "Kinderspielplatz").hits == []
    assert _texts(se.search(store, "platz")) == [
        "Der [Bolzplatz] bleibt.",
        "Die Baukosten steigen; der [Spielplatz] wird saniert.",
    ]
    store.delete_item(item.id)
    assert se.search(store, "platz").hits == []


def test_an_archive_from_before_compound_search_gets_it(db_path):
    s = Store.open(db_path)
    _plan_meeting(s)
    s.close()
    as_before_search(db_path)
    s = Store.open(db_path)
    try:
        assert _texts(se.search(s, "gebiet")) == [
            "Herr Wagner stellt die Planung für das [Plangebiet] vor."
        ]
    finally:
        s.close()


def test_many_hits_come_in_the_same_order_as_few(store, monkeypatch):
    """With many hits the search walks the meetings newest first instead of sorting its hits:
    the same hits in the same order."""
    _fill(store)
    _plan_meeting(store)
    queries = ("Frau", "strasse", "Die", "platz", "Parkraum")
    sorted_hits = {q: se.search(store, q).hits for q in queries}
    monkeypatch.setattr(se, "DENSE_HITS", 1)
    for q in queries:
        assert se.search(store, q).hits == sorted_hits[q], q
    assert [h.meeting_number for h in sorted_hits["Die"]] == [12, 12, 12, 3]  # newest first
