"""OParl 1.1: a Meeting object (with embedded `agendaItem`) from a file or an HTTP(S) URL.

Paper references come from Paper / Consultation objects: files beside the meeting file, or,
for a URL, fetched by following Consultation → Paper. Real data is messy, so this reader is
tolerant where the meaning is clear and says in a note what it assumed; anything else is
an `AgendaFormatError` naming the JSON path. Nothing is fetched unless the user gives a URL.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.model import AgendaItem, Committee, Meeting
from .agenda import (
    MAX_BYTES,
    AgendaFormatError,
    AgendaReadResult,
    check_items,
    decode_text,
    parse_public,
    read_source,
)

OPARL_TYPE_MARKERS = ("oparl.github.io/schema/1.", "schema.oparl.org/1.")
DEFAULT_TIMEOUT = 10.0
MAX_FETCHES = 400
MAX_SIBLING_FILES = 300
MAX_SIBLING_FILE_BYTES = 2 * 1024 * 1024  # a Paper or Consultation is a few kB
MAX_SIBLING_BYTES = 50 * 1024 * 1024
MAX_NOTES_PER_KIND = 5

Fetch = Callable[[str], Any]


def is_oparl(value: Any) -> bool:
    """An OParl 1.x object (by its `type`), as opposed to a Protokollant meeting file."""
    if not isinstance(value, dict):
        return False
    kind = value.get("type")
    return isinstance(kind, str) and any(m in kind for m in OPARL_TYPE_MARKERS)


def is_oparl_meeting(value: Any) -> bool:
    """An OParl Meeting object; also one without `type` that has an `agendaItem` list."""
    if not isinstance(value, dict) or "format" in value:
        return False
    kind = value.get("type")
    if isinstance(kind, str):
        return is_oparl(value) and kind.rstrip("/").endswith("Meeting")
    return isinstance(value.get("agendaItem"), list)


def is_url(text: str) -> bool:
    return bool(re.match(r"^https?://\S+$", text.strip(), re.IGNORECASE))


# -- fetching ------------------------------------------------------------------------------


class Fetcher:
    """GET JSON over HTTP(S) with a timeout, a size limit and German errors; caches by URL."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.timeout = timeout
        self.cache: dict[str, Any] = {}
        self.count = 0

    def __call__(self, url: str) -> Any:
        if url in self.cache:
            return self.cache[url]
        if not is_url(url):
            raise AgendaFormatError(f"„{url[:80]}“ ist keine HTTP- oder HTTPS-Adresse.")
        import http.client  # only when the user gives a URL: keeps http/ssl out of start-up
        import urllib.error
        import urllib.request

        self.count += 1
        if self.count > MAX_FETCHES:
            raise AgendaFormatError(
                f"Mehr als {MAX_FETCHES} Abrufe für eine Sitzung; der Abruf wurde abgebrochen."
            )
        request = urllib.request.Request(
            url, headers={"Accept": "application/json", "User-Agent": "Protokollant"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = response.read(MAX_BYTES + 1)
                promised = response.headers.get("Content-Length", "")
            if promised.isdigit() and len(data) < min(int(promised), MAX_BYTES):
                raise http.client.IncompleteRead(data, int(promised) - len(data))
        except urllib.error.HTTPError as exc:
            raise AgendaFormatError(
                f"Der Server antwortet auf {url} mit Fehler {exc.code} ({exc.reason})."
            ) from exc
        except TimeoutError as exc:
            raise AgendaFormatError(
                f"{url} antwortet nicht (nach {self.timeout:g} Sekunden abgebrochen). "
                "Ohne Netz bitte die OParl-Datei speichern und als Datei einlesen."
            ) from exc
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError):
                raise AgendaFormatError(
                    f"{url} antwortet nicht (nach {self.timeout:g} Sekunden abgebrochen)."
                ) from exc
            raise AgendaFormatError(
                f"{url} ist nicht erreichbar ({_network_reason(reason)}). Ohne Netz bitte die "
                "OParl-Datei speichern und als Datei einlesen."
            ) from exc
        except http.client.HTTPException as exc:  # cut-off answer, broken headers
            raise AgendaFormatError(
                f"Die Antwort von {url} kam unvollständig an ({type(exc).__name__}). "
                "Bitte später noch einmal versuchen."
            ) from exc
        except (OSError, ValueError) as exc:
            raise AgendaFormatError(f"{url} kann nicht abgerufen werden: {exc}.") from exc
        if len(data) > MAX_BYTES:
            raise AgendaFormatError(f"Die Antwort von {url} ist zu groß.")
        value = _decode_json(data, f"Die Antwort von {url}", [])
        self.cache[url] = value
        return value


def _network_reason(reason: object) -> str:
    """The usual network faults in German; anything else as the system words it."""
    import socket
    import ssl

    if isinstance(reason, socket.gaierror):
        return "Servername unbekannt – keine Netzverbindung?"
    if isinstance(reason, ConnectionRefusedError):
        return "Verbindung abgelehnt"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return "Zertifikat des Servers ungültig"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason)


def _decode_json(data: bytes, source: str, notes: list[str]) -> Any:
    return _parse_json(decode_text(data, source, notes), source)


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise AgendaFormatError(
            f"{source} ist kein gültiges JSON: Zeile {exc.lineno}, Spalte {exc.colno}."
        ) from exc
    except RecursionError as exc:
        raise AgendaFormatError(f"{source} ist zu tief verschachtelt.") from exc


# -- resolving referenced objects ----------------------------------------------------------


class _Resolver:
    """Finds OParl objects by id: embedded, in files beside the meeting file, or fetched."""

    def __init__(self, fetch: Fetch | None, notes: list[str]) -> None:
        self.fetch = fetch
        self.notes = notes
        self.objects: dict[str, dict[str, Any]] = {}
        self.paper_by_consultation: dict[str, dict[str, Any]] = {}
        self.paper_by_item: dict[str, dict[str, Any]] = {}
        self.failures = 0

    def index(self, value: Any, depth: int = 0) -> None:
        """Remember every object with an id, and which paper each consultation belongs to."""
        if depth > 6:
            return
        if isinstance(value, list):
            for v in value:
                self.index(v, depth + 1)
            return
        if not isinstance(value, dict):
            return
        oid = value.get("id")
        if isinstance(oid, str):
            self.objects.setdefault(oid, value)
        kind = value.get("type")
        if isinstance(kind, str) and kind.endswith("Paper"):
            for c in value.get("consultation") or []:
                cid = c.get("id") if isinstance(c, dict) else c
                if isinstance(cid, str):
                    self.paper_by_consultation[cid] = value
                if isinstance(c, dict) and isinstance(c.get("agendaItem"), str):
                    self.paper_by_item[c["agendaItem"]] = value
        if isinstance(kind, str) and kind.endswith("Consultation"):
            paper = value.get("paper")
            if isinstance(paper, dict):
                if isinstance(oid, str):
                    self.paper_by_consultation[oid] = paper
        for key, v in value.items():
            if isinstance(v, dict | list) and key not in ("auxiliaryFile", "mainFile"):
                self.index(v, depth + 1)

    def index_folder(self, folder: Path, skip: Path | None) -> None:
        """Papers and consultations saved beside the meeting file (a bounded look, no errors)."""
        try:
            files = sorted(folder.glob("*.json"))[:MAX_SIBLING_FILES]
        except OSError:
            return
        budget = MAX_SIBLING_BYTES
        for f in files:
            if skip is not None and f.name == skip.name:
                continue
            try:
                size = f.stat().st_size
                if size > MAX_SIBLING_FILE_BYTES or size > budget:
                    continue
                budget -= size
                value = json.loads(f.read_bytes().decode("utf-8-sig"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
                continue
            if is_oparl(value) or (isinstance(value, dict) and isinstance(value.get("data"), list)):
                self.index(value)

    def get(self, ref: Any, path: str) -> dict[str, Any] | None:
        """The object itself if embedded, else looked up by id (or fetched when online)."""
        if isinstance(ref, dict):
            return ref
        if not isinstance(ref, str):
            return None
        if ref in self.objects:
            return self.objects[ref]
        if self.fetch is None:
            return None
        try:
            value = self.fetch(ref)
        except AgendaFormatError as exc:
            self.failures += 1
            if self.failures <= MAX_NOTES_PER_KIND:
                self.notes.append(f"{path}: nicht abrufbar – {exc.message}")
            return None
        if isinstance(value, dict):
            self.index(value)
            self.objects[ref] = value
            return value
        return None

    def paper_reference(self, item: dict[str, Any], path: str) -> str:
        """Follow AgendaItem → Consultation → Paper to the paper's reference."""
        item_id = item.get("id")
        cons = item.get("consultation")
        cons_id = cons.get("id") if isinstance(cons, dict) else cons
        paper: Any = None
        if isinstance(cons_id, str) and cons_id in self.paper_by_consultation:
            paper = self.paper_by_consultation[cons_id]
        elif isinstance(item_id, str) and item_id in self.paper_by_item:
            paper = self.paper_by_item[item_id]
        elif cons is not None:
            cons_obj = self.get(cons, f"{path}.consultation")
            if cons_obj is not None:
                paper = self.get(cons_obj.get("paper"), f"{path}.consultation.paper")
        if isinstance(paper, dict):
            ref = paper.get("reference")
            if isinstance(ref, str | int) and not isinstance(ref, bool):
                return str(ref).strip()
        return ""


# -- the agenda ----------------------------------------------------------------------------


def _load(
    source: bytes | str | Path, notes: list[str], timeout: float
) -> tuple[Any, _Resolver, str]:
    """The decoded Meeting value, a resolver for its references, and a label for messages."""
    if isinstance(source, Path):
        label = f"Die Datei {source.name}"
        value = _decode_json(read_source(source), label, notes)
        resolver = _Resolver(None, notes)
        resolver.index_folder(source.parent, source)
    elif isinstance(source, str) and is_url(source):
        url = source.strip()
        label = url
        fetch = Fetcher(timeout)
        value = fetch(url)
        resolver = _Resolver(fetch, notes)
    elif isinstance(source, bytes):
        label = "Die Eingabe"
        value = _decode_json(source, label, notes)
        resolver = _Resolver(None, notes)
    else:
        label = "Der eingefügte Text"
        value = _parse_json(source, label)
        resolver = _Resolver(None, notes)
    resolver.index(value)
    return value, resolver, label


def _check_meeting(value: Any, label: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise AgendaFormatError(f"{label}: $ muss ein OParl-Meeting-Objekt sein.")
    if value.get("format") == "secretary-app/meeting":
        raise AgendaFormatError(
            f"{label} ist eine Protokollant-Sitzungsdatei, kein OParl. Bitte mit "
            "„secretary-app import“ einlesen."
        )
    if isinstance(value.get("data"), list) and "agendaItem" not in value:
        raise AgendaFormatError(
            f"{label} ist eine Liste ({len(value['data'])} Einträge), keine einzelne Sitzung. "
            "Bitte die Datei oder Adresse genau einer Sitzung (Meeting) angeben."
        )
    kind = value.get("type")
    if kind is not None and not (isinstance(kind, str) and kind.rstrip("/").endswith("Meeting")):
        raise AgendaFormatError(
            f"{label}: type ist „{str(kind)[:80]}“; erwartet wird ein OParl-Meeting "
            "(…/Meeting) mit Tagesordnung (agendaItem)."
        )
    return value


def read_oparl_agenda(
    text: str, source: str, notes: list[str], base_dir: Path | None = None
) -> AgendaReadResult:
    """The agenda of an OParl Meeting given as JSON text (siblings in `base_dir`, if any)."""
    value = _parse_json(text, source)
    resolver = _Resolver(None, notes)
    if base_dir is not None:
        resolver.index_folder(base_dir, None)
    resolver.index(value)
    meeting = _check_meeting(value, source)
    items = _agenda(meeting, resolver, notes, source)
    return AgendaReadResult(items=items, notes=notes, fmt="oparl")


def fetch_agenda(url: str, timeout: float = DEFAULT_TIMEOUT) -> AgendaReadResult:
    """Fetch an OParl meeting over HTTP(S) and read its agenda (Consultation → Paper)."""
    notes: list[str] = []
    value, resolver, label = _load(url, notes, timeout)
    meeting = _check_meeting(value, label)
    items = _agenda(meeting, resolver, notes, label)
    return AgendaReadResult(items=items, notes=notes, fmt="oparl")


def _agenda(
    meeting: dict[str, Any], resolver: _Resolver, notes: list[str], source: str
) -> list[AgendaItem]:
    raw = meeting.get("agendaItem")
    if raw is None:
        raise AgendaFormatError(f"{source}: agendaItem fehlt – die Sitzung hat keine Tagesordnung.")
    if not isinstance(raw, list):
        raise AgendaFormatError(f"{source}: agendaItem muss eine Liste sein.")
    entries: list[tuple[int, dict[str, Any]]] = []
    for i, v in enumerate(raw):
        obj = resolver.get(v, f"agendaItem[{i}]")
        if obj is None:
            if isinstance(v, str):
                raise AgendaFormatError(
                    f"{source}: agendaItem[{i}] ist nur ein Verweis ({v[:80]}) und nicht "
                    "eingebettet. Bitte die Sitzung über ihre Adresse abrufen."
                )
            raise AgendaFormatError(f"{source}: agendaItem[{i}] muss ein Objekt sein.")
        entries.append((i, obj))
    entries = _ordered(entries, notes, source)
    items: list[AgendaItem] = []
    public = True
    missing_public: list[str] = []
    numbered_by_position: list[str] = []
    without_paper = 0
    for position, (i, obj) in enumerate(entries, start=1):
        path = f"agendaItem[{i}]"
        name = obj.get("name")
        if not isinstance(name, str) or not name.strip():
            raise AgendaFormatError(
                f"{source}: {path}.name {'fehlt' if name is None else 'muss Text sein'} "
                "(der Titel des Punktes)."
            )
        number = obj.get("number")
        if isinstance(number, int | float) and not isinstance(number, bool):
            number = f"{number:g}"
        if not isinstance(number, str) or not number.strip():
            if number is not None and not isinstance(number, str):
                raise AgendaFormatError(f"{source}: {path}.number muss Text sein.")
            number = str(position)
            numbered_by_position.append(number)
        flag = obj.get("public")
        if isinstance(flag, bool):
            public = flag
        elif isinstance(flag, str) and parse_public(flag) is not None:
            public = bool(parse_public(flag))
        elif flag is None:
            missing_public.append(number.strip())
        else:
            raise AgendaFormatError(f"{source}: {path}.public muss true oder false sein.")
        result = obj.get("result")
        outcome = " ".join(result.split()) if isinstance(result, str) else ""
        paper = resolver.paper_reference(obj, path)
        if not paper and obj.get("consultation") is not None:
            without_paper += 1
        items.append(
            AgendaItem(
                number=number.strip(),
                title=" ".join(name.split()),
                paper=paper,
                public=public,
                outcome=outcome,
            )
        )
    if without_paper and resolver.fetch is None:
        notes.append(
            f"Für {without_paper} Punkt(e) verweist die Datei nur auf die Beratung "
            "(consultation); die Drucksachen-Nummern fehlen. Paper- oder Consultation-Dateien "
            "in denselben Ordner legen oder die Sitzung über ihre Adresse (URL) abrufen."
        )
    if numbered_by_position:
        notes.append(
            "Ohne Nummer (number) in der Datei; aus der Reihenfolge angenommen: "
            + _listed(numbered_by_position)
        )
    if missing_public:
        notes.append(
            "Ohne Angabe „public“; wie der Punkt davor (am Anfang: öffentlich) angenommen: "
            + _listed(missing_public)
        )
    check_items(items, notes, source)
    return items


def _listed(numbers: list[str]) -> str:
    return "TOP " + ", ".join(numbers[:10]) + ("…" if len(numbers) > 10 else "") + "."


def _ordered(
    entries: list[tuple[int, dict[str, Any]]], notes: list[str], source: str
) -> list[tuple[int, dict[str, Any]]]:
    """Sort by `order` when every item has a whole number there; it may start at 0 or 1."""
    orders = [obj.get("order") for _, obj in entries]
    if all(isinstance(o, int) and not isinstance(o, bool) for o in orders):
        ints = [int(o) for o in orders if isinstance(o, int)]
        if len(set(ints)) == len(ints):
            result = [e for _, e in sorted(zip(ints, entries, strict=True), key=lambda p: p[0])]
            if result != entries:
                notes.append("Punkte nach „order“ sortiert (die Datei listet sie anders).")
            return result
        notes.append("„order“ ist doppelt vergeben; die Reihenfolge der Datei gilt.")
    elif any(o is not None for o in orders):
        notes.append("„order“ fehlt bei einigen Punkten; die Reihenfolge der Datei gilt.")
    return entries


# -- the meeting ---------------------------------------------------------------------------

_PART_SUFFIX = re.compile(r"\s*[(\[](?:[^()\[\]]*öffentlich[^()\[\]]*)[)\]]\s*$", re.IGNORECASE)
_MEETING_PREFIX = re.compile(
    r"^\s*\d+\.\s*(?:(?:nicht)?öffentliche\s+)?Sitzung\s+(?:des|der)\s+", re.IGNORECASE
)
_MEETING_NUMBER = re.compile(
    r"(?:^|\s)(\d{1,4})\.\s*(?:(?:nicht)?öffentliche\s+)?Sitzung\b", re.IGNORECASE
)


def read_oparl_meeting(
    source: bytes | str | Path,
    *,
    notes: list[str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Meeting:
    """A new meeting from an OParl Meeting: a file, its bytes or JSON text, or an HTTP(S) URL.

    Committee from `organization` (or the meeting's name), date and times from `start`/`end`.
    `number` is 0 when the OParl data has none; the caller gives the next free number.
    """
    notes = notes if notes is not None else []
    value, resolver, label = _load(source, notes, timeout)
    obj = _check_meeting(value, label)
    agenda = _agenda(obj, resolver, notes, label)
    name = obj.get("name") if isinstance(obj.get("name"), str) else ""
    committee = Committee(name=_committee_name(obj, resolver, label, notes))
    start = _when(obj.get("start"), "start", label)
    end = _when(obj.get("end"), "end", label)
    if start is None:
        raise AgendaFormatError(
            f"{label}: start fehlt – ohne Datum kann keine Sitzung angelegt werden."
        )
    start_time: str | None = _clock(start)
    end_time = _clock(end) if end is not None else None
    if end is not None and end_time == "00:00" and end.date() == start.date():
        end_time = None
        notes.append("Ende 00:00 am Sitzungstag ist kein echtes Ende; das Ende bleibt offen.")
    elif end is not None and end.date() != start.date():
        notes.append(f"Die Sitzung endet laut Datei erst am {end:%d.%m.%Y}.")
    if start_time == "00:00":
        start_time = None
        notes.append("Beginn 00:00 ist keine echte Uhrzeit; der Beginn bleibt offen.")
    number = 0
    m = _MEETING_NUMBER.search(name or "")
    if m:
        number = int(m.group(1))
    else:
        notes.append(
            "Keine Sitzungsnummer in der OParl-Datei; es wird die nächste freie "
            "Nummer des Gremiums vergeben."
        )
    if obj.get("cancelled") is True:
        notes.append("Die Sitzung ist in der OParl-Datei als abgesagt (cancelled) markiert.")
    return Meeting(
        committee=committee,
        number=number,
        date=start.date(),
        start=start_time,
        end=end_time,
        location=_location(obj.get("location"), resolver),
        agenda=agenda,
    )


def _clock(value: dt.datetime) -> str:
    return f"{value:%H:%M}"


def _when(value: Any, key: str, label: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise AgendaFormatError(f"{label}: {key} muss Datum und Uhrzeit (ISO 8601) sein.")
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise AgendaFormatError(
            f"{label}: {key} „{text[:40]}“ ist kein Datum mit Uhrzeit (ISO 8601)."
        ) from exc


def _committee_name(
    meeting: dict[str, Any], resolver: _Resolver, label: str, notes: list[str]
) -> str:
    orgs = meeting.get("organization")
    candidates = orgs if isinstance(orgs, list) else [orgs]
    for i, org in enumerate(candidates):
        path = f"organization[{i}]" if isinstance(orgs, list) else "organization"
        obj = resolver.get(org, path) if org is not None else None
        if obj is not None:
            name = obj.get("name") or obj.get("shortName")
            if isinstance(name, str) and name.strip():
                return " ".join(name.split())
    name = meeting.get("name")
    if isinstance(name, str) and name.strip():
        cleaned = _MEETING_PREFIX.sub("", _PART_SUFFIX.sub("", name)).strip()
        if cleaned:
            if orgs is not None:
                notes.append(
                    f"Das Gremium (organization) ist nur ein Verweis; der Name „{cleaned}“ "
                    "stammt aus dem Namen der Sitzung."
                )
            return " ".join(cleaned.split())
    raise AgendaFormatError(
        f"{label}: Das Gremium ist nicht erkennbar (organization ohne Namen, name fehlt)."
    )


def _location(value: Any, resolver: _Resolver) -> str:
    obj = resolver.get(value, "location") if value is not None else None
    if obj is None:
        return value.strip() if isinstance(value, str) and not is_url(value) else ""
    parts = [obj.get(k) for k in ("description", "room", "streetAddress", "locality")]
    texts = [" ".join(p.split()) for p in parts if isinstance(p, str) and p.strip()]
    return ", ".join(dict.fromkeys(texts))


def is_oparl_source(arg: str) -> bool:
    """Whether `secretary-app import ARG` means OParl: an HTTP(S) URL or an OParl Meeting file.

    Anything unreadable is left to the meeting-file reader and its messages.
    """
    if is_url(arg):
        return True
    path = Path(arg)
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return False
        value = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return False
    return is_oparl_meeting(value)
