"""German typography while typing: what each keystroke turns into."""

from __future__ import annotations

import pytest

from secretary_app.text.typography import Replacement, apply, replacement


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ('Er nennt das "Konzept" gut.', "Er nennt das „Konzept“ gut."),
        ('"Ja", sagt sie.', "„Ja“, sagt sie."),
        ("('Zitat')", "(‚Zitat‘)"),
        ("Sie sagt \"das 'kleine' Haus\".", "Sie sagt „das ‚kleine‘ Haus“."),
        ("geht's", "geht’s"),
        ("Haushalt - vertagt", "Haushalt – vertagt"),
        ("und so weiter...", "und so weiter…"),
        ("- erster Punkt", "- erster Punkt"),  # a list dash at the start stays
        ("B-Plan 12", "B-Plan 12"),  # a hyphen in a word stays
        ("10 - 12 Uhr", "10 – 12 Uhr"),
        ("Antrag 1.2.3", "Antrag 1.2.3"),
    ],
)
def test_typed_text_becomes_german_typography(typed, shown):
    assert apply(typed) == shown


def test_one_replacement_names_what_it_replaces():
    assert replacement('Er sagt "') == Replacement(1, "„")
    assert replacement("also...") == Replacement(3, "…")
    assert replacement("a - ") == Replacement(2, "– ")
    assert replacement("abc") is None
    assert replacement("") is None
