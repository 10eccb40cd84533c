"""`extract` and `minutes` on the command line: files written, German errors, exit codes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from secretary_app import paths
from secretary_app.cli import main
from secretary_app.formats import meeting_file
from secretary_app.settings import Settings
from secretary_app.store import Store
from secretary_app.store.meetings import import_meeting
from tests.cli_helpers import run_cli as run
from tests.privacy import assert_private


@pytest.fixture
def meeting_id(db_path: Path, demo_file: Path) -> str:
    """The demo meeting plus a non-public item 8, in a fresh database."""
    from secretary_app.domain.model import AgendaItem, Paragraph

    meeting = meeting_file.read_file(demo_file).meeting
    meeting.agenda.append(
        AgendaItem(
            "8",
            "Vertrauliche Personalsache GEHEIMQX",
            public=False,
            minutes=[Paragraph("text", "GEHEIMQX")],
        )
    )
    store = Store.open(db_path)
    try:
        new_id = import_meeting(store, meeting)
        Settings(place="Potsdam", secretary_name="Frau Beispiel").save(store)
    finally:
        store.close()
    return str(new_id)


def _texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_extract_one_item(db_path, meeting_id, tmp_path, capsys):
    target = tmp_path / "auszug.docx"
    code, out, err = run(
        "--db", str(db_path), "extract", meeting_id, "7.1", "-o", str(target), capsys=capsys
    )
    assert (code, err) == (0, "")
    assert str(target) in out
    texts = _texts(target)
    assert texts[0] == "Protokollauszug"
    assert "Top 7.1 Soziale Arbeit mit Flüchtlingen in der Landeshauptstadt Potsdam" in texts
    assert "Potsdam, den 14.06.2016" in texts  # settings from the database are used
    assert "Frau Beispiel" in texts


def test_extract_all_and_public_only(db_path, meeting_id, tmp_path, capsys):
    folder = tmp_path / "auszuege"
    code, out, _ = run(
        "--db", str(db_path), "extract", meeting_id, "--all", "-o", str(folder), capsys=capsys
    )
    assert code == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "2016-06-14_TOP_07.1_15-SVV-0743.docx",
        "2016-06-14_TOP_08.docx",
    ]
    assert "2 Protokollauszüge geschrieben." in out
    public = tmp_path / "oeffentlich"
    code, _, _ = run(
        "--db",
        str(db_path),
        "extract",
        meeting_id,
        "--all",
        "--public",
        "-o",
        str(public),
        capsys=capsys,
    )
    assert code == 0
    assert [p.name for p in public.iterdir()] == ["2016-06-14_TOP_07.1_15-SVV-0743.docx"]


def test_minutes_full_and_public(db_path, meeting_id, tmp_path, capsys):
    full, public = tmp_path / "voll.docx", tmp_path / "oeff.docx"
    assert run("--db", str(db_path), "minutes", meeting_id, "-o", str(full), capsys=capsys)[0] == 0
    code, _, _ = run(
        "--db", str(db_path), "minutes", meeting_id, "--public", "-o", str(public), capsys=capsys
    )
    assert code == 0
    assert "Top 8 Vertrauliche Personalsache GEHEIMQX" in _texts(full)
    with zipfile.ZipFile(public) as archive:
        for name in archive.namelist():
            assert b"GEHEIMQX" not in archive.read(name), name


def test_unknown_item_lists_the_valid_ones(db_path, meeting_id, tmp_path, capsys):
    target = tmp_path / "a.docx"
    code, out, err = run(
        "--db", str(db_path), "extract", meeting_id, "9.9", "-o", str(target), capsys=capsys
    )
    assert code == 1
    assert "„9.9“" in err and "Vorhandene Punkte: 7.1, 8." in err
    assert "Traceback" not in err
    assert not target.exists()


def test_template_option_and_a_bad_template(db_path, meeting_id, tmp_path, capsys):
    city = docx.Document(str(paths.default_template_path()))
    city.sections[0].header.paragraphs[0].text = "Briefkopf Musterstadt"
    template = tmp_path / "stadt.docx"
    city.save(str(template))
    target = tmp_path / "a.docx"
    args = ("--db", str(db_path), "extract", meeting_id, "7.1", "-o", str(target))
    assert run(*args, "--template", str(template), capsys=capsys)[0] == 0
    assert docx.Document(str(target)).sections[0].header.paragraphs[0].text == (
        "Briefkopf Musterstadt"
    )

    city.styles["Protokoll Antrag"].delete()
    city.save(str(template))
    code, _, err = run(
        "--db",
        str(db_path),
        "minutes",
        meeting_id,
        "-o",
        str(tmp_path / "n.docx"),
        "--template",
        str(template),
        capsys=capsys,
    )
    assert code == 1
    assert "„Protokoll Antrag“" in err
    assert not (tmp_path / "n.docx").exists()


def test_usage_errors_exit_2(db_path, meeting_id, tmp_path, capsys):
    target = str(tmp_path / "a.docx")
    code, _, err = run("--db", str(db_path), "extract", meeting_id, "-o", target, capsys=capsys)
    assert code == 2 and "TOP-Nummer oder --all" in err
    code, _, err = run(
        "--db", str(db_path), "extract", meeting_id, "7.1", "--all", "-o", target, capsys=capsys
    )
    assert code == 2
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db_path), "minutes", meeting_id])  # -o missing
    assert exit_.value.code == 2


def test_unknown_meeting_is_a_user_error(db_path, meeting_id, tmp_path, capsys):
    code, _, err = run(
        "--db", str(db_path), "minutes", "999", "-o", str(tmp_path / "n.docx"), capsys=capsys
    )
    assert code == 1
    assert "999" in err and "Traceback" not in err


def test_public_extract_of_a_non_public_item_is_refused(db_path, meeting_id, tmp_path, capsys):
    target = tmp_path / "a.docx"
    code, _, err = run(
        "--db",
        str(db_path),
        "extract",
        meeting_id,
        "8",
        "--public",
        "-o",
        str(target),
        capsys=capsys,
    )
    assert code == 1 and "nichtöffentlich" in err
    assert not target.exists()
    code, _, _ = run(
        "--db",
        str(db_path),
        "extract",
        meeting_id,
        "7.1",
        "--public",
        "-o",
        str(target),
        capsys=capsys,
    )
    assert code == 0 and target.exists()


def test_minutes_can_list_the_audit_trail(db_path, meeting_id, tmp_path, capsys):
    first = tmp_path / "erste.docx"
    assert run("--db", str(db_path), "minutes", meeting_id, "-o", str(first), capsys=capsys)[0] == 0
    assert run("--db", str(db_path), "finalize", meeting_id, capsys=capsys)[0] == 0
    code, _, err = run(
        "--db", str(db_path), "reopen", meeting_id, "--reason", "Ergebnis falsch", capsys=capsys
    )
    assert code == 0, err
    store = Store.open(db_path)
    item = store.load_meeting(int(meeting_id)).agenda[0]
    item.outcome = "beschlossen"
    store.update_item(item)
    store.close()

    plain = tmp_path / "ohne.docx"
    run("--db", str(db_path), "minutes", meeting_id, "-o", str(plain), capsys=capsys)
    assert "Änderungsnachweis" not in _texts(plain)

    with_audit = tmp_path / "mit.docx"
    code, _, err = run(
        "--db", str(db_path), "minutes", meeting_id, "--audit", "-o", str(with_audit), capsys=capsys
    )
    assert code == 0, err
    texts = _texts(with_audit)
    tail = texts[texts.index("Änderungsnachweis") + 1 :]
    assert [t.split(" – ", 1)[1] for t in tail] == [
        "abgeschlossen",
        "wieder geöffnet (Ergebnis falsch)",
        "TOP geändert: TOP 7.1 Ergebnis – „geändert beschlossen“ → „beschlossen“",
    ]
    assert all(" Uhr – " in t for t in tail)

    code, _, err = run(
        "--db",
        str(db_path),
        "minutes",
        meeting_id,
        "--audit",
        "--public",
        "-o",
        str(tmp_path / "p.docx"),
        capsys=capsys,
    )
    assert code == 1
    assert "nur der vollständigen Niederschrift" in err


# --- layouts, template check, PDF ---------------------------------------------------------------


def test_layout_option_picks_a_shipped_layout(db_path, meeting_id, tmp_path, capsys):
    target = tmp_path / "a.docx"
    args = ("--db", str(db_path), "extract", meeting_id, "7.1", "-o", str(target))
    assert run(*args, "--layout", "zu-punkt", capsys=capsys)[0] == 0
    assert "Zu Punkt 7.1: Soziale Arbeit mit Flüchtlingen in der Landeshauptstadt Potsdam" in (
        _texts(target)
    )
    code, _, err = run(*args, "--layout", "bremen", capsys=capsys)
    assert code == 1 and "„bremen“ gibt es nicht" in err and "karlsruhe" in err


def test_template_check_passes_shipped_and_quotes_the_faulty_paragraph(tmp_path, capsys):
    from secretary_app.documents import layout_files

    good = layout_files("karlsruhe")["niederschrift"]
    code, out, _ = run("template", "check", str(good), capsys=capsys)
    assert code == 0 and "ist in Ordnung" in out

    for paragraph, message in (
        ("Beschlossen am {{ sitzung.datum_lang }} von {{ gremium.nam }}", "„nam“ ist unbekannt"),
        ("{% if top.titel %}offen", "Fehler in einem Platzhalter"),
    ):
        doc = docx.Document(str(layout_files("referenz")["auszug"]))
        doc.add_paragraph(paragraph)
        bad = tmp_path / "stadt.docx"
        doc.save(str(bad))
        code, _, err = run("template", "check", str(bad), capsys=capsys)
        assert code == 1
        assert message in err and f"im Absatz „{paragraph}“" in err
        assert "Traceback" not in err


def test_template_check_warns_for_the_land_of_the_settings(db_path, tmp_path, capsys):
    """Without --land the check reads the Land she chose in the settings, as the window's
    „Vorlage prüfen“ does; --land still overrides it; without a database nothing is created."""
    from tests.documents.template_helpers import template_with

    titles_only = template_with(
        tmp_path, "Niederschrift", "{%p for t in tops %}", "{{ t.nummer }} {{ t.titel }}",
        "{%p endfor %}", name="niederschrift.docx", kind="niederschrift",
    )  # fmt: skip
    store = Store.open(db_path)
    Settings(land="NI").save(store)
    store.close()
    code, out, _ = run("--db", str(db_path), "template", "check", str(titles_only), capsys=capsys)
    assert code == 0 and "ist in Ordnung" in out
    assert "§ 68 i. V. m. § 72 Abs. 3 NKomVG (Niedersachsen)" in out
    code, out, _ = run(
        "--db", str(db_path), "template", "check", str(titles_only), "--land", "BY",
        capsys=capsys,
    )  # fmt: skip
    assert "Art. 54 BayGO" in out and "NKomVG" not in out
    nowhere = tmp_path / "keine.sqlite"
    code, out, _ = run("--db", str(nowhere), "template", "check", str(titles_only), capsys=capsys)
    assert code == 0 and "Warnung" not in out and not nowhere.exists()


def test_template_list_names_every_shipped_layout(capsys):
    code, out, _ = run("template", "list", capsys=capsys)
    assert code == 0
    for name in ("referenz", "karlsruhe", "beschluss", "zu-punkt"):
        assert f"{name}\t" in out


def test_pdf_without_a_converter_says_so_and_keeps_the_docx(
    db_path, meeting_id, tmp_path, capsys, monkeypatch
):
    from secretary_app.documents import pdf

    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    monkeypatch.setattr(pdf, "_docx2pdf_available", lambda: False)
    target = tmp_path / "a.docx"
    code, _, err = run(
        "--db",
        str(db_path),
        "extract",
        meeting_id,
        "7.1",
        "-o",
        str(target),
        "--pdf",
        capsys=capsys,
    )
    assert code == 1
    assert "kein Programm zum Umwandeln in PDF" in err and "LibreOffice" in err
    assert target.exists() and not target.with_suffix(".pdf").exists()


def test_pdf_with_libreoffice(db_path, meeting_id, tmp_path, capsys):
    from secretary_app.documents import pdf

    if pdf.find_soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed on this machine")
    target = tmp_path / "n.docx"
    code, out, err = run(
        "--db",
        str(db_path),
        "minutes",
        meeting_id,
        "-o",
        str(target),
        "--pdf",
        "--layout",
        "karlsruhe",
        capsys=capsys,
    )
    assert code == 0, err
    made = target.with_suffix(".pdf")
    assert made.read_bytes().startswith(b"%PDF") and f"Geschrieben: {made}" in out
    assert_private(made)


def test_clock_takes_back_an_end_given_by_mistake(db_path, meeting_id, capsys):
    def clock(*action: str) -> tuple[int, str, str]:
        return run("--db", str(db_path), "clock", meeting_id, *action, capsys=capsys)

    code, _, err = clock("ende-zuruecknehmen")
    assert code == 1 and "nicht beendet" in err
    assert clock("beginnen", "--at", "17:00")[0] == 0
    assert clock("beenden", "--at", "19:05")[0] == 0
    code, out, _ = clock("ende-zuruecknehmen")
    assert code == 0 and "läuft weiter" in out
    store = Store.open(db_path)
    try:
        assert store.load_meeting(int(meeting_id)).end is None
    finally:
        store.close()


def test_times_corrects_a_begin_pressed_late_and_shows_the_times(db_path, meeting_id, capsys):
    def times(*options: str) -> tuple[int, str, str]:
        return run("--db", str(db_path), "times", meeting_id, *options, capsys=capsys)

    assert run("--db", str(db_path), "clock", meeting_id, "beginnen", "--at", "17:04",
               capsys=capsys)[0] == 0  # fmt: skip
    code, out, _ = times("--beginn", "17.00", "--unterbrechung", "18:10-18:25", "--ende", "19:30")
    assert code == 0
    assert out.splitlines() == ["Beginn: 17:00", "Unterbrechung: 18:10–18:25", "Ende: 19:30"]
    code, _, err = times("--ende", "16:00")
    assert code == 1 and "Das Ende (16:00) liegt vor dem Ende der Unterbrechung" in err
    code, out, _ = times("--keine-unterbrechungen", "--ende", "keins")
    assert code == 0 and out.splitlines() == ["Beginn: 17:00", "Ende: –"]
    code, out, _ = times()  # only shown
    assert code == 0 and out.splitlines() == ["Beginn: 17:00", "Ende: –"]


def test_minutes_name_the_interruptions_of_the_meeting_clock(db_path, meeting_id, tmp_path, capsys):
    for action, at in (("beginnen", "17:00"), ("unterbrechen", "18:10"), ("fortsetzen", "18:25")):
        assert (
            run("--db", str(db_path), "clock", meeting_id, action, "--at", at, capsys=capsys)[0]
            == 0
        )
    target = tmp_path / "n.docx"
    args = ("--db", str(db_path), "minutes", meeting_id, "-o", str(target))
    assert run(*args, "--layout", "karlsruhe", capsys=capsys)[0] == 0
    assert "Unterbrechung:\t18:10 bis 18:25 Uhr" in _texts(target)
