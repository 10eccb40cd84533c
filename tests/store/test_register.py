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
        ("7.1", dt.date(2016, 11, 30), "im November 2016"),
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


def test_suggestions_read_by_older_rules_are_read_again_hers_are_kept(store):
    _fill(store)
    rows = {r.item_number: r for r in rg.resolutions(store)}
    rg.set_followup(store, rows["9"].item_id, dt.date(2016, 10, 4))
    # what the first rules stored: the first day of November, the setting of an older version
    store.conn.execute("UPDATE followups SET due = '2016-11-01' WHERE edited = 0")
    store.set_setting("followup_rules", [1])
    rows = {r.item_number: r for r in rg.resolutions(store)}
    assert rows["7.1"].due == dt.date(2016, 11, 30) and rows["7.1"].edge == "end"
    assert rows["9"].due == dt.date(2016, 10, 4) and rows["9"].edited


def test_a_summer_break_and_next_meeting_from_her_settings(store):
    committee = Committee(name="Bauausschuss")
    minutes = [
        Paragraph(kind="resolution", text="Über den Stand ist nach der Sommerpause zu berichten."),
    ]
    store.add_meeting(
        Meeting(
            committee, 3, dt.date(2026, 5, 6), agenda=[AgendaItem("4", "Bericht", minutes=minutes)]
        )
    )
    assert rg.resolutions(store)[0].due == dt.date(2026, 9, 1)
    bavaria = rg.Reading(land="BY")
    assert rg.resolutions(store, reading=bavaria)[0].due == dt.date(2026, 9, 16)
    hers = rg.Reading(land="BY", summer_break="13.07.–21.08.")
    assert rg.resolutions(store, reading=hers)[0].due == dt.date(2026, 8, 22)


def test_ticking_off_a_yearly_report_suggests_the_next_one(store):
    committee = Committee(name="Sozialausschuss")
    minutes = [
        Paragraph(
            kind="resolution", text="Der Ausschuss ist jährlich über die Lage zu unterrichten."
        ),
    ]
    item = AgendaItem("5", "Lagebericht", minutes=minutes)
    once = AgendaItem(
        "6", "Bericht", minutes=[Paragraph(kind="resolution", text="Bericht im Mai 2027.")]
    )
    store.add_meeting(Meeting(committee, 8, dt.date(2026, 3, 4), agenda=[item, once]))
    rows = {r.item_number: r for r in rg.resolutions(store)}
    assert rows["5"].due == dt.date(2027, 3, 4) and rows["5"].every_months == 12
    assert rg.due_by(store, dt.date(2027, 3, 7)) == 1
    assert rg.tick_off(store, rows["5"]) == dt.date(2028, 3, 4)
    assert rg.tick_off(store, rows["6"]) is None
    rows = {r.item_number: r for r in rg.resolutions(store)}
    assert rows["5"].due == dt.date(2028, 3, 4) and not rows["5"].done
    assert rows["6"].done
    assert rg.due_by(store, dt.date(2027, 6, 6)) == 0


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
        "Wiedervorlage 30.11.2016",
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
    assert "Wiedervorlage: 30.11.2016" in text
    assert "TOP 9 Personalangelegenheit (nichtöffentlich)" in text
