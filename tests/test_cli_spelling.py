"""`check ID --rechtschreibung`: one line per unknown word, TOP first, with a suggestion."""

from __future__ import annotations

import json
from pathlib import Path

from secretary_app.domain.model import Paragraph
from secretary_app.store import Store
from tests.cli_helpers import run_cli

RICH = Path(__file__).parent / "data" / "rich-meeting.json"


def _meeting_with(db_path, capsys, *texts: str, archive: str = "") -> str:
    """The rich meeting with `texts` as paragraphs of TOP 9; `archive`: an earlier meeting."""
    if archive:
        data = json.loads(RICH.read_text("utf-8"))
        data["agenda"][0]["minutes"] = [{"kind": "text", "text": archive}]
        earlier = db_path.parent / "earlier.json"
        earlier.write_text(json.dumps(data), "utf-8")
        assert run_cli("--db", str(db_path), "import", str(earlier), capsys=capsys)[0] == 0
    code, out, err = run_cli("--db", str(db_path), "import", str(RICH), capsys=capsys)
    assert code == 0, err
    meeting_id = int(out.strip().splitlines()[-1])
    store = Store.open(db_path)
    item = store.load_meeting(meeting_id).item("9")
    assert item.id is not None
    store.save_paragraphs(item.id, [*item.minutes, *(Paragraph(text=t) for t in texts)])
    store.close()
    return str(meeting_id)


def test_each_unknown_word_is_a_line_with_its_item_and_a_suggestion(db_path, capsys):
    meeting = _meeting_with(
        db_path,
        capsys,
        "Die Kämmerin erläutert den Haushaltsplahn (Drs. 2024/17, GuV der Stadtwerke mbH, "
        "1,2 ha, 640 m², 120 Tsd. Euro). Die Verpflichtungsermächtigung wird ungeändert "
        "beschlossen; das Plangebiet ist mit einer Querungshilfe erschlossen.",
        "Die Ausschusmitglieder nehmen den Haushaltsplahn zur Kenntnis.",
        "Frau Prof. Dr. Weiß-Lindner stimmt zu.",  # a member: known from the committee,
    )
    code, out, err = run_cli(
        "--db", str(db_path), "check", meeting, "--rechtschreibung", capsys=capsys
    )
    assert code == 1
    assert out.splitlines() == [
        "TOP 9: Rechtschreibung: „Haushaltsplahn“ (Haushaltsplan?)",
        "TOP 9: Rechtschreibung: „Ausschusmitglieder“ (Ausschussmitglieder?)",
    ]
    assert "2 unbekannte Wörter" in err and "Keine Widersprüche" in err
    # without the option the spelling is not looked at
    code, out, _ = run_cli("--db", str(db_path), "check", meeting, capsys=capsys)
    assert (code, out) == (0, "")


def test_words_used_in_earlier_meetings_are_not_flagged(db_path, capsys):
    meeting = _meeting_with(
        db_path,
        capsys,
        "Herr Sternagel von den Bäderbetrieben berichtet über das Vierordtbad und das Tullabad.",
        archive="Herr Sternagel erläutert die Sanierung des Tullabads. Das Vierordtbad "
        "bleibt geöffnet; Herr Sternagel sagt einen Bericht über das Vierordtbad zu.",
    )
    code, out, err = run_cli(
        "--db", str(db_path), "check", meeting, "--rechtschreibung", capsys=capsys
    )
    # used twice before: known; "Tullabad" never before (a typo typed once is no word yet)
    assert code == 1
    assert [line.split(" (")[0] for line in out.splitlines()] == [
        "TOP 9: Rechtschreibung: „Tullabad“"
    ]
    assert "1 unbekanntes Wort" in err
