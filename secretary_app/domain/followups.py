"""Follow-up dates (Wiedervorlage) found in the wording of a resolution. No Qt, no SQL.

"Der Stadtverordnetenversammlung ist im November 2016 über den Stand zu berichten" asks for a
report by the end of November 2016; "bis zum 30.09.2017" for one by that day; "in der nächsten
Sitzung" for one at the committee's next meeting; "jährlich zu unterrichten" for one a year, again
and again. What is found is a suggestion the secretary may change.

`RULES` is the whole rule-set: one row per way a council writes a deadline, each with an example
(`tests/domain/test_followups.py` checks every row). A row reads a named period (a day, a month,
a quarter, "das 2. Halbjahr 2027", "die Sommerpause" …) and the deadline is its **end**, unless
the wording says "Anfang"/"Beginn"/"ab" (its first day) or "Mitte" (its middle); `FollowUp.edge`
says which. Nothing is read from a bare number: every row needs a month's name, a date's dots,
or a word such as "Quartal", "Monaten", "Jahres". A date on or before the meeting is never a
follow-up.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from .counts import NUMBER_WORDS

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
# counts written as words ("binnen vier Wochen"), as the vote counts read them, and the forms
# a period takes after "innerhalb"/"nach"
NUMBERS = {**NUMBER_WORDS, "einen": 1, "eines": 1, "achtzehn": 18, "vierundzwanzig": 24}
ORDINALS = {
    "ersten": 1,
    "zweiten": 2,
    "dritten": 3,
    "vierten": 4,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
}

# Where the deadline lies in the period the wording names.
START, MIDDLE, END, DAY, NEXT = "start", "middle", "end", "day", "next_meeting"
EDGE_LABELS = {START: "Anfang", MIDDLE: "Mitte", END: "Ende", DAY: "Stichtag", NEXT: "Sitzung"}

# The city council's summer break (Sommerpause) when the secretary has not set hers: it follows
# the school summer holidays of the Land. Those move from year to year (between late June and
# mid-September), so the default is the window they usually fall in; Bavaria and
# Baden-Württemberg start late every year.
SUMMER_BREAKS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "BW": ((7, 25), (9, 10)),
    "BY": ((8, 1), (9, 15)),
}
DEFAULT_SUMMER_BREAK = ((7, 1), (8, 31))


LAND_NAMES = {
    "BW": "Baden-Württemberg",
    "BY": "Bayern",
    "BE": "Berlin",
    "BB": "Brandenburg",
    "HB": "Bremen",
    "HH": "Hamburg",
    "HE": "Hessen",
    "MV": "Mecklenburg-Vorpommern",
    "NI": "Niedersachsen",
    "NW": "Nordrhein-Westfalen",
    "RP": "Rheinland-Pfalz",
    "SL": "Saarland",
    "SN": "Sachsen",
    "ST": "Sachsen-Anhalt",
    "SH": "Schleswig-Holstein",
    "TH": "Thüringen",
}

SummerBreak = tuple[tuple[int, int], tuple[int, int]]


def parse_summer_break(text: str) -> SummerBreak | None:
    """((month, day), (month, day)) of "TT.MM.–TT.MM." (also with "-"); None if it is none."""
    m = re.fullmatch(r"\s*(\d{1,2})\.(\d{1,2})\.?\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.?\s*", text)
    if m is None:
        return None
    first, last = (int(m[2]), int(m[1])), (int(m[4]), int(m[3]))
    try:
        for month, day in (first, last):
            dt.date(2024, month, day)  # a leap year: 29.02. is a day
    except ValueError:
        return None
    return first, last


def summer_break_of(land: str, setting: str = "") -> SummerBreak:
    """The summer break: her setting "TT.MM.–TT.MM.", else the Land's usual one."""
    return parse_summer_break(setting) or SUMMER_BREAKS.get(land.upper(), DEFAULT_SUMMER_BREAK)


def summer_break_text(land: str, setting: str = "") -> str:
    """The summer break as she would write it: "01.07.–31.08."."""
    (m1, d1), (m2, d2) = summer_break_of(land, setting)
    return f"{d1:02d}.{m1:02d}.–{d2:02d}.{m2:02d}."


@dataclass(frozen=True)
class Context:
    """What a deadline is read against: the meeting's date and the council's summer break."""

    meeting_date: dt.date
    summer_break: tuple[tuple[int, int], tuple[int, int]] = DEFAULT_SUMMER_BREAK


@dataclass(frozen=True)
class FollowUp:
    """A follow-up found in a text: a day, or the next meeting (`due` None until resolved)."""

    due: dt.date | None
    phrase: str  # the words it was found in, as written ("…" between two places)
    next_meeting: bool = False
    edge: str = END  # START, MIDDLE, END of the period named, DAY for a named day, NEXT meeting
    every_months: int = 0  # a recurring duty: 12 "jährlich", 6 "halbjährlich", 3 "vierteljährlich"
    start: int = 0  # where the phrase stands in the text
    end: int = 0


# -- periods ---------------------------------------------------------------------------------


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` so many months later; the 31st becomes the month's last day."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


Period = tuple[dt.date, dt.date]


def _next_period(
    make: Callable[[int], Period | None], year: str | None, ctx: Context
) -> Period | None:
    """The period of the year written, or without a year the first one ending after the meeting."""
    if year:
        return make(int(year))
    for y in (ctx.meeting_date.year, ctx.meeting_date.year + 1):
        found = make(y)
        if found and found[1] > ctx.meeting_date:
            return found
    return None


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word.lower())


def _year_of(m: re.Match[str], ctx: Context, group: str = "year") -> int:
    rel = (m.groupdict().get("rel") or "").lower()
    if m.groupdict().get(group):
        return int(m[group])
    return ctx.meeting_date.year + (1 if rel in ("nächsten", "kommenden", "folgenden") else 0)


def _date(m: re.Match[str], ctx: Context) -> Period | None:
    year = int(m["y"])
    year += 2000 if year < 100 else 0
    try:
        day = dt.date(year, int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return day, day


def _day_month(month: int, m: re.Match[str], ctx: Context) -> Period | None:
    def make(year: int) -> Period | None:
        try:
            day = dt.date(year, month, int(m["d"]))
        except ValueError:
            return None
        return day, day

    return _next_period(make, m.groupdict().get("year"), ctx)


def _day_month_name(m: re.Match[str], ctx: Context) -> Period | None:
    return _day_month(MONTHS[m["month"].lower()], m, ctx)


def _day_month_digits(m: re.Match[str], ctx: Context) -> Period | None:
    return _day_month(int(m["m"]), m, ctx) if 1 <= int(m["m"]) <= 12 else None


def _quarter(m: re.Match[str], ctx: Context) -> Period | None:
    q = int(m["q"]) if m["q"] else ORDINALS[m["qw"].lower().rstrip(".")]
    return _next_period(lambda y: (dt.date(y, 3 * q - 2, 1), _last_day(y, 3 * q)), m["year"], ctx)


def _half_year(m: re.Match[str], ctx: Context) -> Period | None:
    h = int(m["h"]) if m["h"] else ORDINALS[m["hw"].lower()]
    return _next_period(lambda y: (dt.date(y, 6 * h - 5, 1), _last_day(y, 6 * h)), m["year"], ctx)


_SEASONS = {"frühjahr": (3, 5), "frühling": (3, 5), "sommer": (6, 8), "herbst": (9, 11)}


def _season(m: re.Match[str], ctx: Context) -> Period | None:
    name = m["season"].lower()

    def make(y: int) -> Period:
        if name == "winter":  # December to February: "Winter 2027/28" begins in 2027
            return dt.date(y, 12, 1), _last_day(y + 1, 2)
        first, last = _SEASONS[name]
        return dt.date(y, first, 1), _last_day(y, last)

    return _next_period(make, m["year"], ctx)


def _year(m: re.Match[str], ctx: Context) -> Period | None:
    y = _year_of(m, ctx)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _year_word(m: re.Match[str], ctx: Context) -> Period | None:
    y = _year_of(m, ctx)
    if m["word"].lower() == "jahreswechsel":
        return dt.date(y, 12, 31), dt.date(y, 12, 31)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _month(m: re.Match[str], ctx: Context) -> Period | None:
    month = MONTHS[m["month"].lower()]
    return _next_period(lambda y: (dt.date(y, month, 1), _last_day(y, month)), m["year"], ctx)


def _month_of_meeting(m: re.Match[str], ctx: Context) -> Period | None:
    """The meeting's month ("Monatsende"), or the one after ("im nächsten Monat")."""
    first = ctx.meeting_date.replace(day=1)
    if m["rel"] or m["rel2"]:
        first = add_months(first, 1)
    return first, _last_day(first.year, first.month)


_UNIT_DAYS = {"tag": 1, "woche": 7}


def _span(m: re.Match[str], ctx: Context) -> Period | None:
    unit = m["unit"].lower()
    if m["half"]:
        return ctx.meeting_date, add_months(ctx.meeting_date, 6)
    n = _number(m["n"])
    if not n:
        return None
    for prefix, days in _UNIT_DAYS.items():
        if unit.startswith(prefix):
            return ctx.meeting_date, ctx.meeting_date + dt.timedelta(days=n * days)
    months = n if unit.startswith("monat") else 12 * n
    return ctx.meeting_date, add_months(ctx.meeting_date, months)


def _summer(m: re.Match[str], ctx: Context) -> Period | None:
    (m1, d1), (m2, d2) = ctx.summer_break
    after = m["which"].lower().startswith(("nach", "unmittelbar", "direkt"))

    def make(y: int) -> Period:
        first, last = dt.date(y, m1, d1), dt.date(y, m2, d2)
        # "vor der Sommerpause": by its first day; "nach der Sommerpause": once it is over
        day = last + dt.timedelta(days=1) if after else first - dt.timedelta(days=1)
        return day, day

    return _next_period(make, m["year"], ctx)


# -- the rule-set ------------------------------------------------------------------------------

_M = "|".join(MONTHS)
MONTH_KEYS = tuple(MONTHS)
_N = "|".join(sorted(NUMBERS, key=len, reverse=True))
_MOD = r"(?:(?P<mod>Anfang|Beginn|Mitte|Ende)\s+(?:(?:des|der|dieses)\s+)?)"
_YEAR = r"(?:\s+(?:des\s+Jahres\s+)?(?P<year>\d{4})(?:/\d{2,4})?)"
_REL = r"(?P<rel>laufenden|nächsten|kommenden|folgenden)"
# a word of duty in the same sentence makes "jährlich" a recurring report, not an annual sum
_DUTY = re.compile(
    r"bericht|unterricht|informier|vorzulegen|vorlegen|vorgelegt|fortzuschreiben|fortschreib|"
    r"evaluier|überprüf|zu prüfen|sachstand|darzustellen|rechenschaft|wiedervorlage",
    re.IGNORECASE,
)

# kinds of rows
DATED, NEXT_MEETING, RECURRING = "dated", "next_meeting", "recurring"


@dataclass(frozen=True)
class Rule:
    """One way of writing a deadline: the pattern, what period it names, an example."""

    name: str
    pattern: re.Pattern[str]
    period: Callable[[re.Match[str], Context], Period | None] | None
    example: str  # with the meeting on 14.06.2026 …
    expected: str  # … the follow-up it gives: "TT.MM.JJJJ", "nächste Sitzung" or "alle N Monate"
    kind: str = DATED
    day: bool = False  # names one day (edge DAY), not a period
    needs_lead: bool = False  # the match must begin with a word before the month's name
    # "zum Jahresbeginn", "Mitte des Jahres" without a year: this year's if still ahead, else
    # the next year's
    rolls: bool = False
    # words one of which the pattern needs (lower case): a rule whose words a wording lacks is
    # not tried, which makes reading a register of 20,000 resolutions four times faster
    keys: tuple[str, ...] = ()


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


RULES: tuple[Rule, ...] = (
    Rule(
        "Datum",
        _rx(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2})(?![\d.]\d)"),
        _date,
        "bis zum 30.09.2026 vorzulegen",
        "30.09.2026",
        day=True,
    ),
    Rule(
        "Tag und Monatsname",
        _rx(rf"\b(?P<d>\d{{1,2}})\.\s*(?P<month>{_M})\b(?:\s+(?P<year>\d{{4}}))?"),
        _day_month_name,
        "zur Sitzung am 15. Juni 2027",
        "15.06.2027",
        day=True,
        keys=MONTH_KEYS,
    ),
    Rule(
        "Tag und Monat ohne Jahr",
        _rx(
            r"\b(?:bis\s+(?:spätestens\s+)?(?:zum\s+)?|spätestens\s+(?:zum\s+|am\s+)?|zum\s+|am\s+"
            r"|ab\s+(?:dem\s+)?)(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.(?!\s?\d)"
        ),
        _day_month_digits,
        "bis spätestens zum 30.09. zu prüfen",
        "30.09.2026",
        day=True,
    ),
    Rule(
        "Quartal",
        _rx(
            rf"\b{_MOD}?(?:(?P<q>[1-4])\.|(?P<qw>ersten|zweiten|dritten|vierten|I{{1,3}}\.|IV\.))"
            rf"\s*Quartals?{_YEAR}?"
        ),
        _quarter,
        "im 1. Quartal 2028",
        "31.03.2028",
        keys=("quartal",),
    ),
    Rule(
        "Halbjahr",
        _rx(
            rf"\b{_MOD}?(?:(?P<h>[12])\.|(?P<hw>ersten|zweiten))\s*"
            rf"(?:Halbjahr(?:es|s)?|Jahreshälfte){_YEAR}?"
        ),
        _half_year,
        "im 2. Halbjahr 2027",
        "31.12.2027",
        keys=("halbjahr", "jahreshälfte"),
    ),
    Rule(
        "Jahreszeit",
        _rx(
            rf"\b(?:{_MOD}|(?:im|zum|bis\s+zum|ab)\s+)(?P<season>Frühjahr|Frühling|Sommer|Herbst"
            rf"|Winter)(?:s|es)?\b{_YEAR}?"
        ),
        _season,
        "im Herbst über die Ergebnisse zu berichten",
        "30.11.2026",
        keys=("frühjahr", "frühling", "sommer", "herbst", "winter"),
    ),
    Rule(
        "Jahresende, Jahresbeginn",
        _rx(
            r"\b(?:(?:bis\s+)?(?:zum|zu)\s+)?(?P<word>Jahresende|Jahresbeginn|Jahresanfang"
            r"|Jahreswechsel)(?:\s+(?P<year>\d{4})(?:/\d{2,4})?)?"
        ),
        _year_word,
        "spätestens zum Jahresende",
        "31.12.2026",
        rolls=True,
        keys=("jahres",),
    ),
    Rule(
        "Anfang/Mitte/Ende eines Jahres",
        _rx(
            rf"\b(?P<mod>Anfang|Beginn|Mitte|Ende)\s+(?:(?:des\s+|dieses\s+)?(?:{_REL}\s+)?Jahres"
            r"(?:\s+(?P<year>\d{4}))?|(?P<year2>\d{4}))\b"
        ),
        lambda m, ctx: _year_in(int(m["year2"])) if m["year2"] else _year(m, ctx),
        "spätestens bis Ende des Jahres",
        "31.12.2026",
        rolls=True,
        keys=("anfang", "beginn", "mitte", "ende"),
    ),
    Rule(
        "Jahr",
        _rx(
            r"\b(?:im\s+(?:Laufe\s+des\s+)?Jahr(?:e|es)?\s+|bis\s+(?:spätestens\s+)?"
            r"(?:zum\s+Jahr(?:e)?\s+)?)(?P<year>\d{4})\b(?![./]\d)"
        ),
        _year,
        "bis 2028 umzusetzen",
        "31.12.2028",
        keys=("jahr", "bis"),
    ),
    Rule(
        "laufendes oder nächstes Jahr",
        _rx(
            rf"\b(?:im\s+{_REL}\s+Jahr|im\s+(?P<follow>Folgejahr)|(?:noch\s+)?in\s+diesem\s+Jahr)\b"
        ),
        lambda m, ctx: _year_in(ctx.meeting_date.year + 1) if m["follow"] else _year(m, ctx),
        "im kommenden Jahr zu evaluieren",
        "31.12.2027",
        keys=("jahr",),
    ),
    Rule(
        "Monat",
        _rx(
            rf"\b(?:(?:bis|spätestens|ab|im|zum|Monat)\s+)*{_MOD}?(?P<month>{_M})\b"
            r"(?:\s+(?P<year>\d{4}))?"
        ),
        _month,
        "ist im November 2026 über den Stand zu berichten",
        "30.11.2026",
        needs_lead=True,
        keys=MONTH_KEYS,
    ),
    Rule(
        "Monatsende, nächster Monat",
        _rx(
            rf"\b(?:{_MOD}(?:(?:des\s+)?(?P<rel>nächsten|kommenden|folgenden)\s+)?Monats"
            r"|(?:zum\s+)?Monatsende|im\s+(?P<rel2>nächsten|kommenden|folgenden)\s+Monat)\b"
        ),
        _month_of_meeting,
        "bis Ende des nächsten Monats",
        "31.07.2026",
        keys=("monat",),
    ),
    Rule(
        "Frist",
        _rx(
            r"\b(?:innerhalb\s+(?:von\s+)?|binnen\s+|in\s+|nach\s+(?:Ablauf\s+)?(?:von\s+)?"
            r"|spätestens\s+(?:nach|in)\s+)"
            rf"(?:(?P<half>(?:einem|eines)\s+halben\s+Jahres?)|(?P<n>\d{{1,3}}|{_N})\s+"
            r"(?P<unit>Tagen|Tage|Woche|Wochen|Monat|Monaten|Monate|Monats|Jahr|Jahren|Jahre"
            r"|Jahres))\b"
        ),
        _span,
        "innerhalb von sechs Monaten",
        "14.12.2026",
        keys=("tag", "woche", "monat", "jahr"),
    ),
    Rule(
        "Sommerpause",
        _rx(
            r"\b(?P<which>vor|nach|bis\s+zur|bis\s+vor|(?:unmittelbar|direkt)\s+nach)\s+(?:der\s+)?"
            r"(?:parlamentarischen\s+)?Sommerpause(?:\s+(?P<year>\d{4}))?"
        ),
        _summer,
        "nach der Sommerpause",
        "01.09.2026",
        keys=("sommerpause",),
    ),
    Rule(
        "nächste Sitzung",
        _rx(
            r"\b(?:(?:in|zur|zu|bis\s+zur|bis\s+zu)\s+(?:der\s+)?)?(?:nächsten|kommenden"
            r"|folgenden|darauffolgenden)\s+(?:\w*sitzung|Sitzung)\b"
        ),
        None,
        "in der nächsten Sitzung",
        "nächste Sitzung",
        kind=NEXT_MEETING,
        keys=("sitzung",),
    ),
    Rule(
        "wiederkehrend",
        _rx(
            r"\b(?:(?P<m3>vierteljährlich|quartalsweise|einmal\s+im\s+Quartal)"
            r"|(?P<m6>halbjährlich|zweimal\s+(?:jährlich|im\s+Jahr))"
            r"|(?P<m24>zweijährlich|alle\s+zwei\s+Jahre)"
            r"|(?P<m12>(?:einmal\s+)?jährlich|einmal\s+im\s+Jahr|jedes\s+Jahr|im\s+Jahresrhythmus))\b"
        ),
        None,
        "dem Ausschuss jährlich über die Entwicklung zu berichten",
        "alle 12 Monate",
        kind=RECURRING,
        keys=("jährlich", "quartal", "jahr"),
    ),
)


def _year_in(y: int) -> Period:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _edge(rule: Rule, m: re.Match[str]) -> str:
    if rule.day:
        return DAY
    which = (m.groupdict().get("which") or "").lower()
    if which:  # the summer break: "vor" is the end of the time before, "nach" the start after
        return START if "nach" in which else END
    mod = (m.groupdict().get("mod") or "").lower()
    words = m[0].lower().split()
    if mod in ("anfang", "beginn") or (words and words[0] == "ab"):
        return START
    word = (m.groupdict().get("word") or "").lower()
    if word in ("jahresbeginn", "jahresanfang"):
        return START
    return MIDDLE if mod == "mitte" else END


def _due(period: Period, edge: str) -> dt.date:
    first, last = period
    if edge == START:
        return first
    if edge == MIDDLE:  # the 15th of a month, 1 July of a year
        return first + dt.timedelta(days=((last - first).days - 1) // 2)
    return last


def _every(m: re.Match[str]) -> int:
    return next(int(g[1:]) for g in ("m3", "m6", "m24", "m12") if m[g])


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(".", at), text.find("\n", at)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def find_followups(
    text: str, meeting_date: dt.date, context: Context | None = None
) -> list[FollowUp]:
    """Every follow-up in `text` that lies after the meeting, in the order written.

    Rules earlier in `RULES` take precedence: words one rule has read are not read again by a
    later one ("Ende des 1. Quartals 2028" is a quarter, not the year 2028).
    """
    ctx = context or Context(meeting_date)
    taken: list[tuple[int, int]] = []
    found: list[FollowUp] = []
    low = text.lower()
    for rule in RULES:
        if rule.keys and not any(k in low for k in rule.keys):
            continue
        for m in rule.pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if rule.needs_lead and m.start() == m.start("month"):
                continue  # "Beschluss vom März", "der Mai-Bericht": a month, not a deadline
            f = _read(rule, m, text, ctx)
            if f is not None:
                taken.append((m.start(), m.end()))
                found.append(f)
    found.sort(key=lambda f: f.start)
    return found


def _read(rule: Rule, m: re.Match[str], text: str, ctx: Context) -> FollowUp | None:
    phrase, start, end = m[0], m.start(), m.end()
    if rule.kind == NEXT_MEETING:
        return FollowUp(None, phrase, next_meeting=True, edge=NEXT, start=start, end=end)
    if rule.kind == RECURRING:
        if not _DUTY.search(_sentence(text, m.start())):
            return None
        every = _every(m)
        due = add_months(ctx.meeting_date, every)
        return FollowUp(due, phrase, every_months=every, start=start, end=end)
    assert rule.period is not None
    period = rule.period(m, ctx)
    if period is None:
        return None
    edge = _edge(rule, m)
    due = _due(period, edge)
    named = any(m.groupdict().get(g) for g in ("year", "year2", "rel"))
    if due <= ctx.meeting_date and rule.rolls and not named:
        due = add_months(due, 12)
    if due <= ctx.meeting_date:
        return None
    return FollowUp(due, phrase, edge=edge, start=start, end=end)


def first_followup(
    text: str, meeting_date: dt.date, context: Context | None = None
) -> FollowUp | None:
    """The follow-up of a resolution: the earliest it names (the next meeting counts as the
    earliest); a recurring duty ("jährlich") repeats it, from its first date if one is named."""
    followups = find_followups(text, meeting_date, context)
    recurring = [f for f in followups if f.every_months]
    dated = [f for f in followups if not f.every_months]
    if not dated:
        return recurring[0] if recurring else None
    first = min(dated, key=lambda f: (not f.next_meeting, f.due or meeting_date))
    if not recurring:
        return first
    again = recurring[0]
    pieces = sorted((first, again), key=lambda f: f.start)
    return replace(
        first,
        every_months=again.every_months,
        phrase=" … ".join(f.phrase for f in pieces),
        start=pieces[0].start,
        end=pieces[1].end,
    )


@lru_cache(maxsize=4096)
def reading(phrase: str) -> tuple[str, int]:
    """(edge, every_months) of a stored phrase, read again by the rules that found it; edge ""
    when no rule reads it."""
    edge, every, read = "", 0, False
    for piece in phrase.split(" … "):
        for rule in RULES:
            m = rule.pattern.fullmatch(piece)
            if m is None:
                continue
            read = True
            if rule.kind == RECURRING:
                every = _every(m)
            else:
                edge = NEXT if rule.kind == NEXT_MEETING else _edge(rule, m)
            break
    return edge or (END if read else ""), every


def phrase_spans(wording: str, phrase: str) -> list[tuple[int, int]]:
    """Where the words of `phrase` (its pieces, "…" between them) stand in `wording`."""
    spans, at = [], 0
    for piece in phrase.split(" … ") if phrase else []:
        i = wording.find(piece, at)
        if i < 0:
            i = wording.lower().find(piece.lower())
        if i >= 0:
            spans.append((i, i + len(piece)))
            at = i + len(piece)
    return spans


@dataclass(frozen=True)
class Resolution:
    """One entry of the resolution register: an item's resolution wording and its follow-up."""

    item_id: int
    meeting_id: int
    committee: str
    meeting_date: dt.date
    meeting_number: int
    item_number: str
    item_title: str
    paper: str
    outcome: str
    public: bool
    wording: str
    due: dt.date | None
    phrase: str  # where the follow-up was found ("im November 2016"), empty if set by hand
    edited: bool
    done: bool

    def is_due(self, today: dt.date) -> bool:
        return self.due is not None and not self.done and self.due <= today

    @property
    def edge(self) -> str:
        """START, MIDDLE, END, DAY or NEXT of the wording's period; "" when she set the date."""
        return "" if self.edited or not self.phrase else reading(self.phrase)[0]

    @property
    def every_months(self) -> int:
        """How often the duty recurs (months), 0 when once."""
        return reading(self.phrase)[1] if self.phrase else 0

    def next_due(self) -> dt.date | None:
        """The next follow-up of a recurring duty once this one is done."""
        if not self.every_months or self.due is None:
            return None
        return add_months(self.due, self.every_months)
