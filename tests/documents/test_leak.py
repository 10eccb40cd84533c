"""Nothing of a non-public item reaches a public document, in any part of the .docx package."""

from __future__ import annotations

import zipfile
from pathlib import Path

from secretary_app.documents import write_all_extracts, write_extract, write_minutes
from secretary_app.domain.model import AgendaItem, Paragraph, Vote
from secretary_app.settings import Settings

MARKERS = {
    "number": "99QXNUM",
    "title": "GEHEIMTITELQX",
    "paper": "GEHEIM/QX/0001",
    "outcome": "GEHEIMERGEBNISQX",
    "text": "GEHEIMTEXTQX",
    "motion": "GEHEIMANTRAGQX",
    "resolution": "GEHEIMBESCHLUSSQX",
    "label": "GEHEIMLABELQX",
}


def _add_secret_items(meeting) -> None:
    for n in (1, 2):
        meeting.agenda.append(
            AgendaItem(
                number=f"{MARKERS['number']}{n}",
                title=f"{MARKERS['title']}{n} Grundstück",
                paper=f"{MARKERS['paper']}{n}",
                public=False,
                outcome=f"{MARKERS['outcome']}{n}",
                excluded=["adler"],
                minutes=[
                    Paragraph("text", f"{MARKERS['text']}{n} Kaufpreis"),
                    Paragraph("motion", f"{MARKERS['motion']}{n}"),
                    Paragraph("resolution", f"{MARKERS['resolution']}{n}"),
                    Paragraph("vote", vote=Vote(3, 0, 0, label=f"{MARKERS['label']}{n}")),
                ],
            )
        )


def _package_text(path: Path) -> str:
    """Every part of the zip, raw: document, headers, footers, docProps, rels, comments ..."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
        )


def _leaks(path: Path) -> list[str]:
    content = _package_text(path)
    # a marker split across XML runs would escape a raw search: search the tag-free text too
    import re

    bare = re.sub(r"<[^>]+>", "", content)
    return [m for m in MARKERS.values() if m in content or m in bare]


def test_public_minutes_and_public_extracts_hold_no_non_public_content(rich_meeting, tmp_path):
    _add_secret_items(rich_meeting)
    settings = Settings(place="Musterstadt", secretary_name="Frau Schreiber")

    full = write_minutes(rich_meeting, tmp_path / "voll.docx", settings=settings)
    assert sorted(_leaks(full)) == sorted(MARKERS.values())  # the markers are findable at all

    public = write_minutes(
        rich_meeting, tmp_path / "oeffentlich.docx", public=True, settings=settings
    )
    assert _leaks(public) == []
    extracts = write_all_extracts(
        rich_meeting, tmp_path / "auszuege", settings=settings, public_only=True
    )
    public_items = [it for it in rich_meeting.agenda if it.public]
    assert len(extracts) == len(public_items) == 3
    for path in extracts:
        assert _leaks(path) == [], path.name
    assert not any(MARKERS["number"] in p.name for p in extracts)


def test_public_minutes_still_hold_every_public_item(rich_meeting, tmp_path):
    _add_secret_items(rich_meeting)
    public = write_minutes(rich_meeting, tmp_path / "oeffentlich.docx", public=True)
    content = _package_text(public)
    for item in rich_meeting.agenda:
        if item.public:
            assert item.title in content
    assert "nichtöffentlich</w:t>" not in content  # no empty non-public part heading either


def test_extract_of_a_public_item_does_not_mention_the_others(rich_meeting, tmp_path):
    _add_secret_items(rich_meeting)
    path = write_extract(rich_meeting, rich_meeting.agenda[1], tmp_path / "a.docx")
    assert _leaks(path) == []
    assert "Grundstücksangelegenheit" not in _package_text(path)


def test_template_comments_and_stale_properties_do_not_survive(rich_meeting, tmp_path):
    import docx

    from secretary_app import paths

    doc = docx.Document(str(paths.default_template_path()))
    first = doc.paragraphs[0]
    doc.add_comment(first.runs or [first.add_run("x")], text="KOMMENTARQX", author="Alt")
    doc.core_properties.keywords = "STICHWORTQX"
    doc.core_properties.comments = "BEMERKUNGQX"
    doc.core_properties.author = "VORLAGENAUTORQX"
    template = tmp_path / "mit_kommentar.docx"
    doc.save(str(template))

    path = write_minutes(rich_meeting, tmp_path / "n.docx", public=True, template=template)
    content = _package_text(path)
    for stale in ("KOMMENTARQX", "STICHWORTQX", "BEMERKUNGQX", "VORLAGENAUTORQX"):
        assert stale not in content
    written = docx.Document(str(path)).core_properties
    assert written.author == ""  # no secretary configured: no author
    assert written.title.startswith("Niederschrift über die 5. Sitzung des Hauptausschusses")
