"""Ten years of a city council's committees in one database, for the benchmarks.

`archive_db(meetings, items, paragraphs)` returns the path of a database with that many meetings
of realistic German minutes (speaker sentences with reporting verbs, motions, resolutions, votes,
non-public items), generated once and cached under `benchmarks/data/` keyed by its size.
The full size is 500 meetings × 40 items × 30 paragraphs = 600,000 paragraphs.

`make_meeting(...)` builds one such meeting as domain objects (for the documents and the window
benchmarks); the archive is written with the same generator, in one transaction of bulk inserts
into the schema `Store.open` creates.

    python benchmarks/archive.py            # build (or reuse) the full archive, print its path
    python benchmarks/archive.py 20 10 5    # a small one
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from secretary_app.domain.model import (  # noqa: E402
    DEFAULT_OUTCOMES,
    AgendaItem,
    Attendance,
    Committee,
    Meeting,
    Member,
    Paragraph,
    Vote,
)

DATA = Path(__file__).resolve().parent / "data"
FULL_SIZE = (500, 40, 30)
GENERATOR_VERSION = 4  # bump when the generated content or schema changes, so caches are rebuilt

# -- vocabulary ------------------------------------------------------------------------------

_SURNAMES = (
    "Schulze Thomann Schubert Grasnik Eisenblätter Krüger Müller-Preinesberger Wagner Becker "
    "Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun "
    "Hartmann Lange Schmitt Werner Krause Meier Lehmann Köhler Huber Kaiser Fuchs Peters Lang "
    "Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth "
    "Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher"
).split()
_FACTIONS = ("SPD", "CDU", "Bündnis 90/Die Grünen", "DIE LINKE", "FDP", "Die Andere", "AfD")
_COMMITTEES = (
    ("Ausschuss für Gesundheit, Soziales und Inklusion", "advisory"),
    ("Ausschuss für Stadtentwicklung, Bauen und Verkehr", "advisory"),
    ("Hauptausschuss", "deciding"),
    ("Ausschuss für Bildung und Sport", "advisory"),
    ("Ausschuss für Finanzen", "advisory"),
)

_VERBS = (
    "erklärt, dass",
    "weist darauf hin, dass",
    "betont, dass",
    "macht deutlich, dass",
    "teilt mit, dass",
    "erinnert daran, dass",
    "gibt zu bedenken, dass",
    "stellt fest, dass",
    "berichtet, dass",
    "ergänzt, dass",
    "merkt an, dass",
    "bestätigt, dass",
)
_ASKS = (
    "fragt nach, ob",
    "möchte wissen, ob",
    "bittet um Auskunft, ob",
    "erkundigt sich, ob",
)
_CLAUSES = (
    "die Verwaltung die Planung bis zum Herbst abschließen wird",
    "die Mittel im Haushalt bereits eingestellt sind",
    "der Fachbereich eine Vorlage zur nächsten Sitzung erarbeitet",
    "die Zahlen im Vergleich zum Vorjahr deutlich gestiegen sind",
    "die Abstimmung mit den freien Trägern noch nicht abgeschlossen ist",
    "die Fördermittel des Landes rechtzeitig beantragt wurden",
    "die Öffnungszeiten der Beratungsstelle erweitert werden sollen",
    "der Bedarf an Kita-Plätzen im Norden der Stadt weiter wächst",
    "die Barrierefreiheit der Haltestellen geprüft wird",
    "die Ergebnisse der Befragung im Internet veröffentlicht werden",
    "der Oberbürgermeister über den Stand der Umsetzung regelmäßig berichtet",
    "die Kosten für die Sanierung höher ausfallen als erwartet",
    "die Stelle der Koordinatorin zum 1. Juli besetzt wurde",
    "das Konzept mit den Ortsbeiräten abgestimmt werden muss",
    "die Schulwegsicherung Vorrang haben sollte",
    "der Seniorenbeirat in die Planung einbezogen wurde",
    "die Integrationslotsen im Prinzip Fallmanager sind",
)
_FOLLOW_UPS = (
    "Hier muss die Rollenverteilung sauber geklärt werden.",
    "Die Einzelheiten sind in der Anlage zur Vorlage dargestellt.",
    "Eine Entscheidung darüber soll im Herbst fallen.",
    "Dazu liegen noch keine belastbaren Zahlen vor.",
    "Die Verwaltung sagt eine schriftliche Beantwortung zu.",
    "Der Sachverhalt wird im Fachausschuss weiter beraten.",
    "Die Anregung wird zu Protokoll genommen.",
    "{Pron} bittet, dies bei der weiteren Planung zu berücksichtigen.",
    "{Pron} schlägt vor, die Ortsbeiräte frühzeitig einzubeziehen.",
    "{Pron} bittet, über den 1. und 3. Absatz getrennt abzustimmen.",
    "Die Konferenz soll am 10.10. durchgeführt werden.",
    "Eine Übersicht der Maßnahmen wird nachgereicht.",
)
_TOPICS = (
    "Soziale Arbeit mit Flüchtlingen",
    "Sanierung der Grundschule am Priesterweg",
    "Fortschreibung des Nahverkehrsplans",
    "Haushaltssatzung und Haushaltsplan",
    "Bebauungsplan Nr. 152 „Am Wasserturm“",
    "Förderung der offenen Jugendarbeit",
    "Richtlinie zur Vergabe von Zuwendungen an Sportvereine",
    "Bericht zur Lage der Pflege",
    "Einrichtung eines Seniorenbüros im Stadtteil",
    "Radverkehrskonzept 2030",
    "Kita-Bedarfsplanung",
    "Barrierefreier Umbau des Rathauses",
    "Wohnungslosenhilfe im Winter",
    "Sozialbericht der Landeshauptstadt",
    "Mietspiegel",
    "Spielplatzkonzeption",
)
_NON_PUBLIC_TOPICS = (
    "Grundstücksangelegenheit Gemarkung Bornim, Flur 3",
    "Personalangelegenheit",
    "Vergabe von Bauleistungen, Los 4",
    "Vertragsangelegenheit Stadtwerke",
    "Stundung einer Forderung",
)
_MOTION_LINES = (
    "Der Oberbürgermeister wird beauftragt, das Vorhaben „{topic}“ in Abstimmung mit den "
    "freien Trägern weiterzuentwickeln und der Stadtverordnetenversammlung bis zum Jahresende "
    "ein Konzept "
    "vorzulegen.",
    "Die Verwaltung wird gebeten, die Kosten des Vorhabens „{topic}“ darzustellen und "
    "Fördermöglichkeiten des Landes und des Bundes zu prüfen.",
    "Der Stadtverordnetenversammlung ist im November über den Stand der Arbeit zu berichten.",
    "Die Mittel sind im Rahmen des bestehenden Budgets des Fachbereichs bereitzustellen.",
)
_RESOLUTION_LINES = (
    "Die Stadtverordnetenversammlung beschließt das Vorhaben „{topic}“ in der Fassung der Vorlage.",
    "Der Oberbürgermeister wird beauftragt, die Maßnahme zum {date} umzusetzen.",
    "Die überplanmäßige Ausgabe in Höhe von {amount} EUR wird genehmigt.",
    "Der Stadtverordnetenversammlung ist im November über den Stand der Arbeit zu berichten.",
)
_FORMULA = {
    "advisory": "Der {committee} empfiehlt der Stadtverordnetenversammlung wie folgt zu "
    "beschließen:",
    "deciding": "Der {committee} beschließt:",
}


def make_committees(rng: random.Random | None = None) -> list[Committee]:
    """Five committees of 11 to 15 voting members plus two members of the administration."""
    rng = rng or random.Random(7)
    committees = []
    surnames = list(_SURNAMES)
    for c_index, (name, kind) in enumerate(_COMMITTEES):
        rng.shuffle(surnames)
        members = []
        count = rng.randint(11, 15)
        for m_index, surname in enumerate(surnames[: count + 2]):
            salutation = rng.choice(("Frau", "Herr"))
            members.append(
                Member(
                    key=f"c{c_index}m{m_index}",
                    name=surname,
                    salutation=salutation,
                    title=rng.choice(("", "", "", "", "Dr.", "Prof. Dr.")),
                    faction="" if m_index >= count else rng.choice(_FACTIONS),
                    role=(
                        "chair"
                        if m_index == 0
                        else "deputy"
                        if m_index == 1
                        else "administration"
                        if m_index >= count
                        else "member"
                    ),
                    voting=m_index < count,
                )
            )
        committees.append(Committee(name=name, kind=kind, members=members))
    return committees


def _text_paragraph(rng: random.Random, speaker: Member) -> Paragraph:
    name = speaker.display_name
    verb = rng.choice(_ASKS) if rng.random() < 0.2 else rng.choice(_VERBS)
    first = f"{name} {verb} {rng.choice(_CLAUSES)}."
    pron = "Er" if speaker.salutation == "Herr" else "Sie"
    more = " ".join(rng.sample(_FOLLOW_UPS, rng.randint(1, 3))).replace("{Pron}", pron)
    return Paragraph(kind="text", text=f"{first} {more}", speaker=speaker.key)


def make_item(
    rng: random.Random,
    committee: Committee,
    number: str,
    public: bool,
    paragraphs: int,
    present: list[Member],
    meeting_date: dt.date,
) -> AgendaItem:
    """One agenda item with `paragraphs` paragraphs of minutes in the usual order."""
    topic = rng.choice(_TOPICS if public else _NON_PUBLIC_TOPICS)
    voting = [m for m in present if m.voting]
    minutes: list[Paragraph] = []
    # debate, then a motion, more debate, the formula, the resolution and the vote
    n_motion = min(3, max(0, paragraphs // 8))
    n_resolution = min(3, max(0, paragraphs // 10))
    n_votes = 2 if paragraphs >= 12 else (1 if paragraphs >= 3 else 0)
    n_formula = 1 if n_resolution else 0
    n_text = max(0, paragraphs - n_motion - n_resolution - n_votes - n_formula)
    first_debate = n_text // 2
    for _ in range(first_debate):
        minutes.append(_text_paragraph(rng, rng.choice(present)))
    for line in rng.sample(_MOTION_LINES, n_motion):
        minutes.append(Paragraph(kind="motion", text=line.format(topic=topic)))
    if n_votes == 2:  # an amendment vote in the middle
        yes = rng.randint(0, len(voting))
        minutes.append(
            Paragraph(
                kind="vote",
                vote=Vote(
                    yes=yes,
                    no=len(voting) - yes,
                    label=f"zum Änderungsantrag der Fraktion {rng.choice(_FACTIONS)}",
                ),
            )
        )
    for _ in range(n_text - first_debate):
        minutes.append(_text_paragraph(rng, rng.choice(present)))
    if n_formula:
        minutes.append(
            Paragraph(
                kind="resolution",
                text=_FORMULA[committee.kind].format(committee=committee.name),
            )
        )
    for line in rng.sample(_RESOLUTION_LINES, n_resolution):
        minutes.append(
            Paragraph(
                kind="resolution",
                text=line.format(
                    topic=topic,
                    date=(meeting_date + dt.timedelta(days=90)).strftime("%d.%m.%Y"),
                    amount=f"{rng.randint(5, 900) * 1000:,}".replace(",", "."),
                ),
            )
        )
    if n_votes:
        if rng.random() < 0.15:  # a roll-call vote now and then
            ballots = {m.key: rng.choice(("yes", "yes", "yes", "no", "abstain")) for m in voting}
            vote = Vote(
                yes=sum(v == "yes" for v in ballots.values()),
                no=sum(v == "no" for v in ballots.values()),
                abstain=sum(v == "abstain" for v in ballots.values()),
                method="roll-call",
                ballots=ballots,
            )
        else:
            no = rng.randint(0, 3)
            abstain = rng.randint(0, 2)
            vote = Vote(yes=max(0, len(voting) - no - abstain), no=no, abstain=abstain)
        minutes.append(Paragraph(kind="vote", vote=vote))
    minutes = minutes[:paragraphs]
    while len(minutes) < paragraphs:
        minutes.append(_text_paragraph(rng, rng.choice(present)))
    return AgendaItem(
        number=number,
        title=topic,
        paper=f"{meeting_date.year % 100:02d}/SVV/{rng.randint(1, 1200):04d}",
        public=public,
        outcome=rng.choice(DEFAULT_OUTCOMES),
        minutes=minutes,
    )


def make_meeting(
    items: int = 40,
    paragraphs: int = 30,
    *,
    seed: int = 0,
    committee: Committee | None = None,
    number: int = 21,
    date: dt.date = dt.date(2026, 6, 14),
) -> Meeting:
    """One meeting of `items` items × `paragraphs` paragraphs; the last fifth is non-public."""
    rng = random.Random(seed)
    committee = committee or make_committees()[0]
    attendance = []
    present = []
    for m in committee.members:
        here = rng.random() > 0.1 or m.role == "chair"
        attendance.append(
            Attendance(
                member=m.key,
                present=here,
                arrived=("17:3" + str(rng.randint(0, 9))) if here and rng.random() < 0.1 else None,
            )
        )
        if here:
            present.append(m)
    n_public = items - items // 5
    agenda = []
    for i in range(items):
        # numbering like real agendas: 1 … 6, then 7.1, 7.2, … for papers
        major = i + 1 if i < 6 else 7 + (i - 6) // 9
        item_number = str(major) if i < 6 else f"{major}.{(i - 6) % 9 + 1}"
        agenda.append(
            make_item(rng, committee, item_number, i < n_public, paragraphs, present, date)
        )
    parts = ["public", "non-public"] if n_public < items else ["public"]
    return Meeting(
        committee=committee,
        number=number,
        date=date,
        start="17:00",
        end="20:1" + str(rng.randint(0, 9)),
        location="Stadthaus, Raum 3.025",
        parts=parts,
        secretary="Frau Lehmann",
        attendance=attendance,
        agenda=agenda,
    )


# -- the archive -----------------------------------------------------------------------------


def archive_meeting(index: int, meetings: int, items: int, paragraphs: int) -> Meeting:
    """Meeting `index` (0 = oldest) of the archive: committees take turns over ten years."""
    committees = make_committees()
    committee = committees[index % len(committees)]
    number = index // len(committees) + 1
    date = dt.date(2016, 1, 12) + dt.timedelta(days=3650 * index // max(1, meetings))
    return make_meeting(
        items, paragraphs, seed=index, committee=committee, number=number, date=date
    )


def write_archive(path: Path, meetings: int, items: int, paragraphs: int) -> None:
    """Write the archive the way the app writes it, meeting by meeting.

    Each meeting is imported as a new one (the committee reused by name, as `import` does); then
    each item's minutes reach the store as autosave delivers them while she types: in three
    rounds of a growing list of paragraphs (inserts), then a correction of one paragraph here
    and there (an update) and now and then a paragraph deleted again. Older meetings are
    finalised. No bulk insert and no ANALYZE: the store's own `PRAGMA optimize` on closing is
    what the archive gets, as the secretary's database does. Only durability differs
    (`synchronous = OFF`): what is measured later is reading, not these writes.
    """
    from secretary_app.store import Store
    from secretary_app.store.meetings import import_meeting

    rng = random.Random(20260101)
    store = Store.open(path)
    try:
        store.conn.execute("PRAGMA synchronous = OFF")
        for index in range(meetings):
            meeting = archive_meeting(index, meetings, items, paragraphs)
            typed = [item.minutes for item in meeting.agenda]
            for item in meeting.agenda:
                item.minutes = []
            import_meeting(store, meeting)
            for item, minutes in zip(meeting.agenda, typed, strict=True):
                assert item.id is not None
                for cut in (len(minutes) // 3, 2 * len(minutes) // 3, len(minutes)):
                    store.save_paragraphs(item.id, minutes[:cut])
                texts = [p for p in minutes if p.kind != "vote" and p.text]
                if texts and rng.random() < 0.3:
                    corrected = rng.choice(texts)
                    corrected.text = corrected.text.rstrip(".") + " (berichtigt)."
                    store.save_paragraphs(item.id, minutes)
                if len(minutes) > 3 and rng.random() < 0.1:
                    del minutes[rng.randrange(len(minutes))]
                    store.save_paragraphs(item.id, minutes)
            if index < meetings - 1:  # old meetings are finalised
                assert meeting.id is not None
                store.set_finalized(meeting.id, True)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()


def archive_db(meetings: int, items: int, paragraphs: int, *, log: bool = True) -> Path:
    """The cached archive of this size; built on first use (≈ 1 minute at full size)."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"archive-v{GENERATOR_VERSION}-{meetings}x{items}x{paragraphs}.sqlite"
    if path.exists():
        return path
    tmp = path.with_suffix(f".tmp{os.getpid()}.sqlite")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    t = time.perf_counter()
    write_archive(tmp, meetings, items, paragraphs)
    for leftover in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    tmp.replace(path)
    if log:
        print(
            f"archive: {meetings}×{items}×{paragraphs} = {meetings * items * paragraphs:,} "
            f"paragraphs written in {time.perf_counter() - t:.1f} s → {path}",
            file=sys.stderr,
        )
    return path


if __name__ == "__main__":
    size = tuple(int(a) for a in sys.argv[1:4]) if len(sys.argv) >= 4 else FULL_SIZE
    print(archive_db(*size))
