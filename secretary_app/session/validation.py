"""What makes a committee or the settings fit to be saved: kept here once, so that the dialogs
(which show the problems while she types) and every other caller refuse the same things."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..domain.model import Committee
from ..settings import Settings


def committee_problems(committee: Committee, others: Sequence[Committee]) -> list[str]:
    """German messages for what keeps `committee` from being saved; empty when fine.

    `others` are the stored committees (the committee itself may be among them).
    """
    c = committee
    problems = []
    if not c.name.strip():
        problems.append("Bitte geben Sie den Namen des Gremiums ein.")
    elif any(o.name.casefold() == c.name.casefold() and o.id != c.id for o in others):
        problems.append(
            f"Ein Gremium „{c.name}“ gibt es schon. Bitte wählen Sie einen anderen Namen."
        )
    seen: dict[str, int] = {}
    for row, m in enumerate(c.members, start=1):
        if not m.name.strip():
            problems.append(f"Das Mitglied in Zeile {row} hat keinen Namen.")
            continue
        if not m.key.strip():
            problems.append(f"Das Mitglied in Zeile {row} hat kein Kürzel.")
            continue
        if m.key in seen:
            problems.append(
                f"Die Zeilen {seen[m.key]} und {row} haben dasselbe Kürzel „{m.key}“. "
                "Bitte ändern Sie eines in der Spalte „Kürzel“ (z. B. mit Vornamen)."
            )
        else:
            seen[m.key] = row
    return problems


def settings_problems(s: Settings) -> list[str]:
    """German messages for what keeps the settings from being saved; empty when fine."""
    from ..documents import german  # (the date words: with the settings dialog, not the start)
    from ..domain.followups import parse_summer_break

    problems = []
    if s.summer_break and parse_summer_break(s.summer_break) is None:
        problems.append(
            f"Die Sommerpause „{s.summer_break}“ ist keine Angabe wie „03.07.–15.08.“. Bitte "
            "korrigieren oder leer lassen (dann gilt die übliche Ihres Bundeslandes)."
        )
    if s.template:
        template = Path(s.template).expanduser()
        if template.suffix.lower() != ".docx":
            problems.append(f"Die Vorlage muss eine Word-Datei (.docx) sein: {s.template}")
        elif not template.is_file():
            problems.append(
                f"Die Vorlage {s.template} gibt es nicht. Bitte wählen Sie die Datei neu."
            )
    if s.output_dir and not Path(s.output_dir).expanduser().is_dir():
        problems.append(
            f"Den Ablageordner {s.output_dir} gibt es nicht. Bitte wählen Sie einen Ordner."
        )
    if s.signing_date and german.parse_date(s.signing_date) is None:
        problems.append(
            f"Das Datum der Unterschrift „{s.signing_date}“ ist kein Datum (TT.MM.JJJJ) – oder "
            "das Feld leer lassen für das Datum der Sitzung."
        )
    if not s.outcomes:
        problems.append("Bitte lassen Sie mindestens ein Ergebnis in der Liste.")
    return problems
