"""What the extract and minutes say for the cases the reference does not show."""

from __future__ import annotations

from secretary_app.documents import write_extract, write_minutes
from secretary_app.settings import Settings

from .conftest import read_docx, segments


def _texts(path):
    return [p.text for p in read_docx(path).paragraphs]


def test_deciding_committee_formula_roll_call_names_and_bias(rich_meeting, tmp_path):
    item = rich_meeting.item("2")
    texts = _texts(write_extract(rich_meeting, item, tmp_path / "a.docx"))
    assert "5. öffentlichen/nichtöffentlichen Sitzung des Hauptausschusses" in texts
    # bias is said where it matters, in the vote block, once per vote, not above the minutes
    assert texts.count("Wegen Befangenheit nahm nicht teil: Herr Crone.") == 2
    assert texts.index("Wegen Befangenheit nahm nicht teil: Herr Crone.") > texts.index(
        "Abstimmungsergebnis zum Änderungsantrag der CDU:"
    )
    assert texts.index("Abstimmungsergebnis zum Änderungsantrag der CDU:") < texts.index(
        "Der Hauptausschuss beschließt:"
    )
    formula = texts.index("Der Hauptausschuss beschließt:")
    assert texts[formula + 1] == "Die Haushaltssatzung 2017 wird beschlossen."
    assert texts.count("Abstimmungsergebnis:") == 1
    assert "Mit Ja stimmten: Frau Dr. Vogel und Frau Becker." in texts
    assert "Mit Nein stimmte: Herr Adler." in texts  # one name: singular
    assert not any(t.startswith("Der Stimme enthielten sich") for t in texts)  # nobody did


def test_formula_once_per_run_of_resolution_paragraphs(rich_meeting, tmp_path):
    from secretary_app.domain.model import Paragraph

    item = rich_meeting.item("3")
    item.minutes = [
        Paragraph("resolution", "Satz 1."),
        Paragraph("resolution", "Satz 2."),
        Paragraph("text", "Aussprache."),
        Paragraph("resolution", "Satz 3."),
    ]
    texts = _texts(write_extract(rich_meeting, item, tmp_path / "a.docx"))
    start = texts.index("Top 3 Wahl eines Vertreters")
    assert texts[start + 2 :][:6] == [
        "Der Hauptausschuss beschließt:",
        "Satz 1.",
        "Satz 2.",
        "Aussprache.",
        "Der Hauptausschuss beschließt:",
        "Satz 3.",
    ]


def test_secret_vote_is_marked_and_nonpublic_extract_says_so(rich_meeting, tmp_path):
    texts = _texts(write_extract(rich_meeting, rich_meeting.item("3"), tmp_path / "a.docx"))
    assert "Die Abstimmung erfolgte geheim." in texts
    texts = _texts(write_extract(rich_meeting, rich_meeting.item("4"), tmp_path / "b.docx"))
    assert texts[5] == "nichtöffentlich"


def test_minutes_head_attendance_agenda_and_signatures(rich_meeting, tmp_path):
    settings = Settings(
        place="Musterstadt", secretary_name="Herr Schreiber", secretary_role="Schriftführer"
    )
    doc = read_docx(write_minutes(rich_meeting, tmp_path / "n.docx", settings=settings))
    texts = [p.text for p in doc.paragraphs]
    assert texts[:3] == [
        "Niederschrift",
        "über die 5. öffentliche/nichtöffentliche Sitzung des Hauptausschusses",
        "vom 02.03.2017",
    ]
    assert ["Beginn:\t17:00 Uhr", "Ende:\t19:12 Uhr", "Ort:\tRaum 280a"] == texts[4:7]
    present = texts[texts.index("Anwesend") + 1 : texts.index("Abwesend")]
    assert present == [
        "Frau Dr. Vogel, SPD (Vorsitz)",
        "Herr Adler, CDU – ab 17:25 Uhr",
        "Frau Becker, Grüne – bis 18:40 Uhr",
        "Herr Crone, Linke",
        "Herr Engel (Verwaltung)",
    ]
    assert texts[texts.index("Abwesend") + 1] == "Frau Dietz, FDP – entschuldigt"
    agenda = texts[texts.index("Tagesordnung") + 1 : texts.index("Verlauf der Sitzung")]
    assert agenda == [
        "öffentlich",
        "1\tEröffnung und Feststellung der Beschlussfähigkeit",
        "2\tHaushaltssatzung 2017\n16/SVV/0100",
        "3\tWahl eines Vertreters",
        "nichtöffentlich",
        "4\tGrundstücksangelegenheit\n16/SVV/0200",
    ]
    course = texts[texts.index("Verlauf der Sitzung") :]
    assert course.index("nichtöffentlich") > course.index("Top 3 Wahl eines Vertreters")
    assert course.index("Top 4 Grundstücksangelegenheit") > course.index("nichtöffentlich")
    assert texts[-4:-2] == ["Musterstadt, den 02.03.2017", "_" * 32 + "\t" + "_" * 32]
    assert texts[-2:] == ["Frau Dr. Vogel\tHerr Schreiber", "Vorsitzende\tSchriftführer"]
    heading = next(p for p in doc.paragraphs if p.text == "Top 2 Haushaltssatzung 2017")
    assert segments(heading) == [("Top 2 Haushaltssatzung 2017", True)]


def test_public_minutes_leave_out_non_public_items_and_say_so(rich_meeting, tmp_path):
    texts = _texts(write_minutes(rich_meeting, tmp_path / "n.docx", public=True))
    assert "– öffentlicher Teil –" in texts
    assert "nichtöffentlich" not in texts
    assert not any("Grundstücksangelegenheit" in t for t in texts)
    assert "Top 3 Wahl eines Vertreters" in texts


def test_secretary_from_the_meeting_when_none_is_configured(rich_meeting, tmp_path):
    rich_meeting.secretary = "Frau Protokoll"
    doc = read_docx(write_extract(rich_meeting, rich_meeting.item("1"), tmp_path / "a.docx"))
    texts = [p.text for p in doc.paragraphs]
    assert texts[-2:] == ["Frau Protokoll", "Schriftführerin"]
    assert doc.core_properties.author == ""  # the author is only the configured secretary


def test_minutes_without_recorded_attendance_do_not_call_everyone_absent(rich_meeting, tmp_path):
    rich_meeting.attendance = []
    texts = _texts(write_minutes(rich_meeting, tmp_path / "n.docx"))
    assert "Die Anwesenheit wurde nicht erfasst." in texts
    assert "Abwesend" not in texts and "Anwesend" not in texts
