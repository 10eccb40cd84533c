"""Spelling worth keeping on, on real public council minutes (tests/data/spelling/SOURCES.md):
few words flagged that are right, and the typos swapped into long words found."""

from __future__ import annotations

from .spelling_corpus import documents, full_checker, measure


def test_the_corpus_is_real_minutes_of_some_thousand_words():
    docs = documents()
    assert sum(d.words for d in docs) > 5000
    assert all(d.known for d in docs), "every text has its meeting's names and titles"


def test_at_most_three_flags_per_thousand_words_and_nine_in_ten_typos_found(tmp_path):
    figures = measure(full_checker(tmp_path))
    assert figures.per_thousand <= 3.0, figures.flagged
    assert figures.typos >= 250
    assert figures.found_share >= 0.9, figures.missed
    # the slips the minutes really contain are among the few flagged
    assert {"Inkraftreten", "weitergehendere"} <= set(figures.flagged)


def test_names_and_titles_of_the_meeting_are_what_keeps_most_flags_away(tmp_path):
    bare = measure(lambda doc, docs: _plain(tmp_path), typos_per_document=5)
    full = measure(full_checker(tmp_path), typos_per_document=5)
    assert "Mentrup" in bare.flagged and "Mentrup" not in full.flagged  # the chairman
    assert "Rappenwört" in bare.flagged and "Rappenwört" not in full.flagged  # the city's list
    assert len(full.flagged) < len(bare.flagged) / 2


def _plain(tmp_path):
    from .spelling_corpus import new_checker

    return new_checker(tmp_path)
