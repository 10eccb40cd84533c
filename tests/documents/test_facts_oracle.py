"""What she signs is complete and true, in every shipped layout, on generated meetings.

For each generated meeting and each shipped layout: the full minutes carry every fact any
Land's municipal code requires (attendance, absences, bias exclusions, each vote's result and
roll-call names, motions, resolutions, outcomes, begin and end, non-public marking); the public
minutes carry every fact of the public items and nothing of a non-public one; each extract
carries the facts of its item.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from secretary_app.documents import LAYOUTS, write_all_extracts, write_minutes
from secretary_app.documents.facts import document_text, leaked_text, missing_facts
from secretary_app.domain.law import EXTRACT_FACTS, FACTS
from secretary_app.domain.model import Meeting
from secretary_app.settings import Settings

from .meeting_strategy import meetings

NAMES = [layout.name for layout in LAYOUTS]
RUNS = {"count": 0}


def _facts_of(meeting: Meeting, layout: str, folder: Path) -> list[str]:
    settings = Settings(layout=layout, place="Musterstadt", secretary_name="Frau Beispiel")
    problems: list[str] = []
    full = document_text(write_minutes(meeting, folder / "voll.docx", settings=settings))
    problems += [f"Niederschrift: {what}" for _, what in missing_facts(full, meeting, FACTS)]
    public = document_text(
        write_minutes(meeting, folder / "oeff.docx", settings=settings, public=True)
    )
    problems += [
        f"öffentliche Fassung: {what}"
        for _, what in missing_facts(public, meeting, FACTS, public=True)
    ]
    problems += [f"öffentliche Fassung zeigt „{leak}“" for leak in leaked_text(public, meeting)]
    written = write_all_extracts(meeting, folder / "auszuege", settings=settings)
    for item, path in zip(meeting.agenda, written, strict=True):
        text = document_text(path)
        problems += [
            f"Auszug TOP {item.number}: {what}"
            for _, what in missing_facts(text, meeting, EXTRACT_FACTS, item=item)
        ]
    return problems


@pytest.mark.parametrize("layout", NAMES)
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,  # the same meetings in every run: CI fails for a reason, not by chance
    suppress_health_check=[HealthCheck.too_slow],
)
@given(meeting=meetings())
def test_every_layout_carries_every_required_fact(layout, meeting):
    RUNS["count"] += 1
    with tempfile.TemporaryDirectory() as folder:
        problems = _facts_of(meeting, layout, Path(folder))
    assert problems == []


def test_the_oracle_finds_what_a_layout_leaves_out(rich_meeting, tmp_path):
    """The oracle itself: a document that lacks a fact is caught (it can fail)."""
    settings = Settings(layout="referenz")
    full = document_text(write_minutes(rich_meeting, tmp_path / "v.docx", settings=settings))
    assert missing_facts(full, rich_meeting, FACTS) == []
    without_bias = full.replace("Crone", "C.")
    found = {fact for fact, _ in missing_facts(without_bias, rich_meeting, FACTS)}
    assert "bias" in found and "present" in found
    without_end = full.replace("19:12", "")
    assert [f for f, _ in missing_facts(without_end, rich_meeting, FACTS)] == ["begin_end"]
    without_second_vote = full.replace("Zustimmung:\t2", "Zustimmung:\t")
    assert "vote_results" in {f for f, _ in missing_facts(without_second_vote, rich_meeting, FACTS)}
    public = document_text(
        write_minutes(rich_meeting, tmp_path / "o.docx", settings=settings, public=True)
    )
    assert leaked_text(public, rich_meeting) == []
    assert leaked_text(full, rich_meeting) == ["Grundstücksangelegenheit", "16/SVV/0200",
                                              "Die Angelegenheit wird vertagt."]  # fmt: skip


# --- the law's list: template check --land ----------------------------------------------------


def _minutes_template(tmp_path: Path, *paragraphs: str) -> Path:
    from .template_helpers import template_with

    return template_with(tmp_path, *paragraphs, name="niederschrift.docx", kind="niederschrift")


def test_a_title_only_template_is_warned_for_each_fact_the_land_requires(tmp_path):
    from secretary_app.documents import law_warnings
    from secretary_app.domain.law import LAENDER

    template = _minutes_template(
        tmp_path, "Niederschrift", "{%p for t in tops %}", "{{ t.nummer }} {{ t.titel }}",
        "{%p endfor %}",
    )  # fmt: skip
    ni = law_warnings(template, "NI")
    required = [w for w in ni if w.startswith("Warnung")]
    assert len(required) == 2  # NKomVG § 68 names the votes' results and a member's own vote
    assert all("§ 68 i. V. m. § 72 Abs. 3 NKomVG (Niedersachsen)" in w for w in required)
    assert "das Ergebnis jeder Abstimmung" in required[0]
    by = [w for w in law_warnings(template, "by") if w.startswith("Warnung")]
    assert len(by) == len(LAENDER["BY"].facts) - 1  # all but the item titles, which it prints
    assert any("die Namen der Abwesenden – Art. 54 BayGO" in w for w in by)
    # the bias exclusion is no paragraph's explicit duty, but every minutes should show it
    assert any(w.startswith("Hinweis") and "Befangenheit" in w for w in ni)


def test_the_reference_layout_prints_everything_every_land_requires():
    from secretary_app.documents import law_warnings, layout_files
    from secretary_app.domain.law import LAENDER

    for code in LAENDER:
        for kind, path in layout_files("referenz").items():
            assert law_warnings(path, code, kind) == [], (code, kind)


def test_an_unknown_land_is_named_with_the_known_ones(tmp_path):
    from secretary_app.domain.law import land

    with pytest.raises(ValueError, match="Bekannt sind: BB, BE, BW, BY"):
        land("XX")
