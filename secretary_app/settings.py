"""The secretary's settings, kept in the database so the window and the command line agree.

Window geometry and splitter sizes are Qt matters and live in QSettings (ui/); everything that
changes what is written or decided lives here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

from .domain.model import DEFAULT_OUTCOMES

if TYPE_CHECKING:
    from .store import Store

DEFAULT_VERBS = (
    "erklärt, dass",
    "weist darauf hin, dass",
    "schlägt vor,",
    "betont, dass",
    "fragt nach,",
    "bittet um",
    "stellt … zur Abstimmung.",
    "teilt mit, dass",
    "erinnert daran, dass",
    "macht deutlich, dass",
    "berichtet über",
    "stimmt dem Vorschlag zu.",
    "beantragt,",
    "ergänzt, dass",
    "antwortet, dass",
    "gibt zu bedenken, dass",
    "bringt den Antrag ein.",
    "sagt zu,",
)


@dataclass
class Settings:
    """The user's settings, stored in the database."""

    template: str = ""  # path of a custom .docx template (styles only); "" = the layout's
    layout: str = ""  # a shipped layout's name or a folder with the city's templates; "" = referenz
    output_dir: str = ""  # where exports go; "" = the user's documents folder
    outcomes: list[str] = field(default_factory=lambda: list(DEFAULT_OUTCOMES))
    majority_rule: str = "simple"  # see domain.rules.MAJORITY_RULES
    verbs: list[str] = field(default_factory=lambda: list(DEFAULT_VERBS))
    secretary_name: str = ""  # printed under the signature line; document author when set
    secretary_role: str = "Schriftführerin"
    place: str = ""  # the city, for "Potsdam, den 14.06.2016"
    signing_date: str = ""  # date under the signature (TT.MM.JJJJ); "" = the meeting's date
    language: str = "de"  # "de" or "en" (user interface)
    typography: bool = True  # „…“, – and … while typing in the minutes editor
    spelling: bool = True  # German spelling check in the minutes editor
    land: str = "BB"  # the Bundesland (its usual summer break for "nach der Sommerpause")
    summer_break: str = ""  # the council's summer break "TT.MM.–TT.MM."; "" = the Land's usual
    next_meeting_days: int = 28  # "in der nächsten Sitzung" when no next meeting is planned

    @classmethod
    def load(cls, store: Store) -> Settings:
        stored = store.setting("settings", {}) or {}
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in stored.items() if k in known}
        return cls(**values)

    def save(self, store: Store) -> None:
        store.set_setting("settings", asdict(self))
