"""Where a speaker's name is offered, and what typed text it replaces."""

from __future__ import annotations

import pytest

from secretary_app.text.completion import speaker_prefix


@pytest.mark.parametrize(
    ("before", "typed", "name"),
    [
        ("Sch", "Sch", "Sch"),
        ("Frau Sch", "Frau Sch", "Sch"),  # the typed salutation is replaced too
        ("Herr Dr. Krü", "Herr Dr. Krü", "Krü"),
        ("Das ist beschlossen. Thom", "Thom", "Thom"),
        ("Danach: Gras", "Gras", "Gras"),
        ("Es dankt Frau Sch", "Frau Sch", "Sch"),  # after a salutation mid-sentence
    ],
)
def test_a_name_is_offered_at_the_start_of_a_paragraph_or_sentence(before, typed, name):
    found = speaker_prefix(before)
    assert found is not None
    assert (found.typed, found.name) == (typed, name)


@pytest.mark.parametrize(
    "before",
    [
        "Er verweist auf den Rat",  # a noun in the middle of a sentence
        "Die Verwaltung Sch",
        "abcSch",  # inside a word
        "Das z. B. Sch",
        "",
        "Frau ",
    ],
)
def test_no_name_is_offered_inside_a_sentence_or_a_word(before):
    assert speaker_prefix(before) is None


@pytest.mark.parametrize(
    ("before", "offered"),
    [
        ("Frau H", True),  # after a salutation one letter says whom she means
        ("Herr Dr. K", True),
        ("H", False),  # a capital at a paragraph's start may be any word
        ("Das ist so. K", False),
        ("Das ist so. Kr", True),
    ],
)
def test_names_are_offered_after_one_letter_only_behind_a_salutation(before, offered):
    found = speaker_prefix(before)
    assert found is not None
    assert found.long_enough() is offered
