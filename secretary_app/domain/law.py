"""What the municipal code of each Land requires a Niederschrift to carry, as data.

`FACTS` names the facts (code name → German words for a warning); `LAENDER` maps the ISO
3166-2:DE letters of a Land to its code's paragraph and the facts it names. `template check
--land NI` warns for each of them that a template never prints (`documents.facts` looks for
them in the sample meeting written with the template).

Sources: the codes' texts as published (see docs/rechtsgrundlagen.md for the wording and where
each was read). Where a code names less than another, the Land's entry lists less: the program
never invents a duty; it does print every fact in its shipped layouts.
"""

from __future__ import annotations

from typing import NamedTuple

FACTS: dict[str, str] = {
    "place_date": "Ort und Tag der Sitzung",
    "begin_end": "Beginn und Ende der Sitzung",
    "chair": "die oder den Vorsitzenden",
    "present": "die Namen der Anwesenden",
    "absent": "die Namen der Abwesenden",
    "items": "die behandelten Gegenstände (Tagesordnung)",
    "motions": "den Wortlaut der Anträge",
    "resolutions": "den Wortlaut der Beschlüsse",
    "vote_results": "das Ergebnis jeder Abstimmung",
    "roll_call": "die Namen bei namentlicher Abstimmung (wer wie gestimmt hat)",
    "bias": "die Namen der wegen Befangenheit ausgeschlossenen Mitglieder",
    "outcome": "das Ergebnis jedes Tagesordnungspunktes",
    "non_public": "die Kennzeichnung nichtöffentlicher Punkte",
}

# What an extract certifies: the facts of its one item (and the meeting's date).
EXTRACT_FACTS = frozenset(
    {"place_date", "items", "motions", "resolutions", "vote_results", "roll_call", "bias",
     "outcome", "non_public"}
)  # fmt: skip


class Land(NamedTuple):
    """A Land's municipal code: its name, the paragraph on the minutes, the facts it names."""

    name: str
    law: str  # "NKomVG § 68"
    facts: frozenset[str]


def _facts(*names: str) -> frozenset[str]:
    unknown = set(names) - set(FACTS)
    if unknown:
        raise ValueError(f"unknown facts: {sorted(unknown)}")
    return frozenset(names)


# From the codes' texts where they were read (docs/rechtsgrundlagen.md); "M" in the note: the
# text was not at hand and the entry follows the commentary literature, to be checked against
# the official text. Berlin, Hamburg and Bremen leave the minutes' contents to each
# assembly's Geschäftsordnung: no facts are listed there.
LAENDER: dict[str, Land] = {
    "BW": Land("Baden-Württemberg", "§ 38 GemO BW",
               _facts("chair", "present", "absent", "items", "motions", "resolutions",
                      "vote_results", "roll_call", "non_public")),
    "BY": Land("Bayern", "Art. 54 BayGO",
               _facts("place_date", "present", "absent", "items", "resolutions",
                      "vote_results", "roll_call")),
    "BE": Land("Berlin", "§ 8 BezVG", _facts()),
    "BB": Land("Brandenburg", "§ 42 BbgKVerf",
               _facts("place_date", "present", "items", "motions", "resolutions",
                      "vote_results", "roll_call", "non_public")),
    "HB": Land("Bremen", "VerfBrhv", _facts()),
    "HH": Land("Hamburg", "BezVG HH", _facts()),
    "HE": Land("Hessen", "§ 61 HGO",
               _facts("present", "items", "resolutions", "vote_results", "roll_call")),
    "MV": Land("Mecklenburg-Vorpommern", "§ 29 Abs. 8 KV M-V",
               _facts("place_date", "present", "items", "motions", "resolutions",
                      "vote_results")),
    "NI": Land("Niedersachsen", "§ 68 i. V. m. § 72 Abs. 3 NKomVG",
               _facts("vote_results", "roll_call")),
    "NW": Land("Nordrhein-Westfalen", "§ 52 GO NRW", _facts("resolutions")),
    "RP": Land("Rheinland-Pfalz", "§ 41 GemO RP",
               _facts("place_date", "present", "items", "resolutions", "vote_results",
                      "non_public")),
    "SL": Land("Saarland", "§ 47 KSVG", _facts("motions")),
    "SN": Land("Sachsen", "§ 40 SächsGemO",
               _facts("chair", "present", "absent", "items", "motions", "resolutions",
                      "vote_results", "roll_call", "non_public")),
    "ST": Land("Sachsen-Anhalt", "§ 58 KVG LSA",
               _facts("place_date", "present", "items", "motions", "resolutions",
                      "vote_results")),
    "SH": Land("Schleswig-Holstein", "§ 41 GO SH",
               _facts("place_date", "present", "absent", "items", "motions", "resolutions",
                      "vote_results")),
    "TH": Land("Thüringen", "§ 42 ThürKO",
               _facts("place_date", "present", "absent", "items", "resolutions",
                      "vote_results", "roll_call", "non_public")),
}  # fmt: skip

# What every Niederschrift should show whatever the Land's code names: a resolution an excluded
# member took part in is unlawful, and the minutes are the proof that none did; begin and end,
# each item's outcome and the non-public marking are what readers and the council system rely on.
RECOMMENDED = _facts("bias", "begin_end", "outcome", "non_public")


def land(code: str) -> Land:
    """The Land for its ISO 3166-2:DE letters ("NI", "de-ni" and "DE-NI" alike)."""
    key = code.strip().upper().removeprefix("DE-")
    if key not in LAENDER:
        known = ", ".join(sorted(LAENDER))
        raise ValueError(f"Das Land „{code}“ gibt es nicht. Bekannt sind: {known}.")
    return LAENDER[key]
