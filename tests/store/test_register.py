"""The resolution register: resolutions, suggested and edited follow-ups, CSV and Word export."""

from __future__ import annotations

import csv
import datetime as dt

from secretary_app.domain.model import AgendaItem, Committee, Meeting, Paragraph
from secretary_app.store import Store
from secretary_app.store import register as rg
from tests.cli_helpers import run_cli


def _fill(store: Store) -> None:
    committee = Committee(name="Sozialausschuss")
    store.add_meeting(
        Meeting(
            committee,
            21,
            dt.date(2016, 6, 14),
            agenda=[
                AgendaItem(
                    "7.1",
                    "Soziale Arbeit mit Flüchtlingen",
                    paper="15/SVV/0743",
                    outcome="geändert beschlossen",
                    minutes=[
                        Paragraph(text="Frau Schulze erinnert daran, dass ..."),
                        Paragraph(
                            kind="resolution",
                            text="Der Sozialausschuss empfiehlt der SVV wie folgt zu beschließen:",
                        ),
                        Paragraph(kind="resolution", text="Die SVV unterstützt die Arbeit."),
                        Paragraph(
                            kind="resolution",
                            text="Der SVV ist im November 2016 über den Stand zu berichten.",
                        ),
                    ],
                ),
                AgendaItem("8", "Mitteilungen", minutes=[Paragraph(text="Keine.")]),
                AgendaItem(
                    "9",
                    "Personalangelegenheit",
                    public=False,
                    minutes=[Paragraph(kind="resolution", text="Bericht in der nächsten Sitzung.")],
                ),
            ],
        )
    )
    store.add_meeting(Meeting(committee, 22, dt.date(2016, 9, 6)))  # same committee


def test_every_resolution_with_its_suggested_follow_up(store):
    _fill(store)
    rows = rg.resolutions(store)
    assert [(r.item_number, r.due, r.phrase) for r in rows] == [
        ("7.1", dt.date(2016, 11, 1), "im November 2016"),
        ("9", dt.date(2016, 9, 6), "in der nächsten Sitzung"),  # the committee's next meeting
    ]
    first = rows[0]
    assert first.wording.splitlines() == [
        "Die SVV unterstützt die Arbeit.",
        "Der SVV ist im November 2016 über den Stand zu berichten.",
    ]
    assert (first.committee, first.paper, first.outcome, first.public) == (
        "Sozialausschuss",
        "15/SVV/0743",
        "geändert beschlossen",
        True,
    )
    assert not rows[1].public


def test_due_follow_ups_and_the_secretarys_changes_are_kept(store):
    _fill(store)
    due = rg.resolutions(store, due_only=True, today=dt.date(2016, 10, 1))
    assert [r.item_number for r in due] == ["9"]
    item_9 = due[0].item_id
    rg.set_followup(store, item_9, dt.date(2016, 9, 6), done=True)
    first = rg.resolutions(store)[0]
    rg.set_followup(store, first.item_id, dt.date(2016, 12, 15))
    rows = {r.item_number: r for r in rg.resolutions(store)}
    assert rows["7.1"].due == dt.date(2016, 12, 15) and rows["7.1"].edited
    assert rows["9"].done
    assert rg.resolutions(store, due_only=True, today=dt.date(2017, 1, 1)) == [rows["7.1"]]


def test_the_wording_keeps_the_order_of_the_minutes_after_paragraphs_moved(store):
    _fill(store)
    item_id = rg.resolutions(store)[0].item_id
    paragraphs = store.paragraphs(item_id)
    paragraphs.reverse()  # the secretary moved the paragraphs around
    store.save_paragraphs(item_id, paragraphs)
    assert rg.resolutions(store)[0].wording.splitlines() == [
        "Der SVV ist im November 2016 über den Stand zu berichten.",
        "Die SVV unterstützt die Arbeit.",
    ]


def test_deleting_an_item_takes_its_follow_up_along(store):
    _fill(store)
    rows = rg.resolutions(store)
    store.delete_item(rows[0].item_id)
    assert store.conn.execute("SELECT count(*) FROM followups").fetchone()[0] == 1


def test_cli_lists_exports_csv_and_docx(db_path, tmp_path, capsys):
    s = Store.open(db_path)
    _fill(s)
    s.close()
    code, out, _ = run_cli("--db", str(db_path), "beschluesse", capsys=capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split("\t")[:6] == [
        "14.06.2016",
        "Sozialausschuss",
        "TOP 7.1 Soziale Arbeit mit Flüchtlingen",
        "15/SVV/0743",
        "geändert beschlossen",
        "Wiedervorlage 01.11.2016",
    ]
    assert "[nichtöffentlich]" in lines[1]
    target = tmp_path / "beschluesse.csv"
    code, out, _ = run_cli(
        "--db", str(db_path), "beschluesse", "--faellig", "--csv", str(target), capsys=capsys
    )
    assert code == 0
    with open(target, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0] == list(rg.CSV_HEADER)
    assert [row[3] for row in table[1:]] == ["9", "7.1"]  # both due today, earliest first
    word = tmp_path / "beschluesse.docx"
    code, _, _ = run_cli("--db", str(db_path), "beschluesse", "--docx", str(word), capsys=capsys)
    assert code == 0
    import docx

    text = [p.text for p in docx.Document(str(word)).paragraphs]
    assert text[0] == "Beschlusskontrolle"
    assert "TOP 7.1 Soziale Arbeit mit Flüchtlingen" in text
    assert "Wiedervorlage: 01.11.2016" in text
    assert "TOP 9 Personalangelegenheit (nichtöffentlich)" in text
