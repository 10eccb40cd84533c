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
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ..domain import limits
from ..domain.model import AgendaItem, Committee, Meeting, Paragraph, Vote
from ..fileio import parse_json_german
from .agenda_common import (
    MAX_BYTES,
    MAX_ITEMS,
    AgendaFormatError,
    AgendaReadResult,
    check_items,
    check_unicode,
    decode_text,
    mb,
    parse_public,
    read_source,
)
from .agenda_text import part_heading
from .prose_result import describe, suggested_vote

OPARL_TYPE_MARKERS = ("oparl.github.io/schema/1.", "schema.oparl.org/1.", "oparl.org/schema/1.")
DEFAULT_TIMEOUT = 10.0  # seconds of silence per read
DEFAULT_DEADLINE = 120.0  # seconds for all requests of one import together
MAX_FETCHES = 400
MAX_OBJECT_BYTES = 2 * 1024 * 1024  # a Paper, Consultation or Organization answer
MAX_TOTAL_BYTES = 60 * 1024 * 1024  # all answers of one import together
MAX_SIBLING_FILES = 300
MAX_SIBLING_FILE_BYTES = 2 * 1024 * 1024  # a Paper or Consultation is a few kB
MAX_SIBLING_LIST_BYTES = MAX_BYTES  # a list of papers (SessionNet: all papers of a meeting)
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


@dataclass(frozen=True)
class MeetingChoice:
    """One meeting of a file or page that lists several: what the secretary chooses from."""

    id: str
    name: str
    start: str

    @property
    def label(self) -> str:
        """ "11.07.2023 16:30 – Hauptausschuss" for a list to choose from."""
        when = self.start
        try:
            t = dt.datetime.fromisoformat(self.start.replace("Z", "+00:00"))
            when = f"{t:%d.%m.%Y %H:%M}"
        except ValueError:
            pass
        return " – ".join(p for p in (when, self.name) if p) or self.id


class MeetingListError(AgendaFormatError):
    """The source lists several meetings and none was chosen; `choices` names them."""

    def __init__(self, message: str, choices: list[MeetingChoice]) -> None:
        super().__init__(message)
        self.choices = choices


def meeting_list(value: Any) -> list[dict[str, Any]] | None:
    """The meetings of a JSON array or an OParl list page (`data`), else None."""
    entries = value.get("data") if isinstance(value, dict) and "agendaItem" not in value else value
    if not isinstance(entries, list):
        return None
    meetings = [e for e in entries if is_oparl_meeting(e)]
    return meetings if meetings and len(meetings) == len(entries) else None


def choices_of(meetings: list[dict[str, Any]]) -> list[MeetingChoice]:
    """What to offer from a list of meetings (position as id where a meeting has none)."""
    result = []
    for n, m in enumerate(meetings, start=1):
        oid, name, start = m.get("id"), m.get("name"), m.get("start")
        result.append(
            MeetingChoice(
                id=oid if isinstance(oid, str) and oid else str(n),
                name=" ".join(name.split()) if isinstance(name, str) else "",
                start=start if isinstance(start, str) else "",
            )
        )
    return result


def is_url(text: str) -> bool:
    return bool(re.match(r"^https?://\S+$", text.strip(), re.IGNORECASE))


# -- fetching ------------------------------------------------------------------------------


class FetchLimitError(AgendaFormatError):
    """A limit of the whole fetch was reached (deadline, bytes): the import stops."""


class Fetcher:
    """GET JSON over HTTP(S) with German errors; caches by URL.

    Bounded (issue 14): `timeout` seconds of silence per read, `deadline` seconds for all
    requests of one import together, MAX_BYTES for the first answer (the meeting) and
    MAX_OBJECT_BYTES for each further one, MAX_TOTAL_BYTES together; redirects only to
    http(s).
    """

    def __init__(
        self, timeout: float = DEFAULT_TIMEOUT, deadline: float = DEFAULT_DEADLINE
    ) -> None:
        self.timeout = timeout
        self.deadline = deadline
        self.started = time.monotonic()
        self.cache: dict[str, Any] = {}
        self.count = 0
        self.total = 0

    def _remaining(self, url: str) -> float:
        remaining = self.started + self.deadline - time.monotonic()
        if remaining <= 0:
            raise FetchLimitError(
                f"Der Abruf dauert zu lange: nach {self.deadline:g} Sekunden abgebrochen "
                f"(Grenze für den ganzen Abruf; zuletzt {url[:100]}). Ohne schnelles Netz bitte "
                "die OParl-Datei speichern und als Datei einlesen."
            )
        return remaining

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
            raise FetchLimitError(
                f"Mehr als {MAX_FETCHES} Abrufe für eine Sitzung; der Abruf wurde abgebrochen "
                f"(Grenze: {MAX_FETCHES} Abrufe)."
            )
        cap = MAX_BYTES if self.count == 1 else MAX_OBJECT_BYTES
        request = urllib.request.Request(
            url, headers={"Accept": "application/json", "User-Agent": "Protokollant"}
        )
        opener = urllib.request.build_opener(_http_only_redirect_class()())
        try:
            timeout = min(self.timeout, self._remaining(url))
            with opener.open(request, timeout=timeout) as response:
                data = self._read(response, url, cap)
                promised = response.headers.get("Content-Length", "")
            if promised.isdigit() and len(data) < min(int(promised), cap):
                raise http.client.IncompleteRead(data, int(promised) - len(data))
        except urllib.error.HTTPError as exc:
            raise AgendaFormatError(_http_error_text(url, exc.code)) from exc
        except TimeoutError as exc:
            self._remaining(url)
            raise AgendaFormatError(
                f"{url} antwortet nicht (nach {self.timeout:g} Sekunden abgebrochen). "
                "Ohne Netz bitte die OParl-Datei speichern und als Datei einlesen."
            ) from exc
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError):
                self._remaining(url)
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
        except OSError as exc:
            raise AgendaFormatError(
                f"{url} kann nicht abgerufen werden: {_network_reason(exc)}."
            ) from exc
        except ValueError as exc:
            raise AgendaFormatError(
                f"{url} kann nicht abgerufen werden: die Adresse ist ungültig."
            ) from exc
        value = _decode_json(data, f"Die Antwort von {url}", [])
        self.cache[url] = value
        return value

    def _read(self, response: Any, url: str, cap: int) -> bytes:
        """The body in pieces as they arrive, stopping at the deadline and the byte limits."""
        chunks: list[bytes] = []
        size = 0
        while True:
            self._remaining(url)
            chunk = response.read1(65536)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            self.total += len(chunk)
            if size > cap:
                raise AgendaFormatError(
                    f"Die Antwort von {url[:100]} ist größer als {mb(cap)} (Grenze je Antwort; "
                    "für eine Sitzung oder Drucksache viel zu groß). Der Abruf wurde abgebrochen."
                )
            if self.total > MAX_TOTAL_BYTES:
                raise FetchLimitError(
                    f"Insgesamt mehr als {mb(MAX_TOTAL_BYTES)} abgerufen (Grenze für eine "
                    "Sitzung); der Abruf wurde abgebrochen."
                )
            chunks.append(chunk)


def _http_only_redirect_class() -> type:
    import urllib.request

    class HttpOnlyRedirect(urllib.request.HTTPRedirectHandler):
        """Follow redirects only to http(s): never to ftp:// or file:// (issue 14)."""

        max_redirections = 5

        def redirect_request(  # type: ignore[no-untyped-def]
            self, req, fp, code, msg, headers, newurl
        ):
            from urllib.parse import urljoin, urlparse

            target = urljoin(req.full_url, newurl)
            if urlparse(target).scheme.lower() not in ("http", "https"):
                raise AgendaFormatError(
                    f"{req.full_url[:100]} leitet weiter nach {target[:100]}; nur http- und "
                    "https-Adressen werden abgerufen."
                )
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return HttpOnlyRedirect


_HTTP_REASONS = {
    400: "ungültige Anfrage",
    401: "Anmeldung erforderlich",
    403: "Zugriff verweigert",
    404: "nicht gefunden",
    410: "nicht mehr vorhanden",
    429: "zu viele Anfragen, bitte später erneut versuchen",
    500: "interner Fehler des Servers",
    502: "der Server ist gerade nicht erreichbar",
    503: "der Server ist gerade nicht verfügbar",
    504: "der Server antwortet nicht rechtzeitig",
}


def _http_error_text(url: str, code: int) -> str:
    """The server's error in German (urllib's own texts, e.g. on a redirect loop, are English)."""
    if 300 <= code < 400:
        return (
            f"Der Server leitet {url} zu oft oder im Kreis weiter (HTTP {code}); der Abruf "
            "wurde abgebrochen. Bitte die Adresse prüfen."
        )
    reason = _HTTP_REASONS.get(code)
    told = f" ({reason})" if reason else ""
    return f"Der Server antwortet auf {url} mit Fehler {code}{told}."


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
    if isinstance(reason, OSError):
        from ..errors import os_reason

        return os_reason(reason) if reason.errno else "Netzwerkfehler"
    return "Netzwerkfehler"


def _decode_json(data: bytes, source: str, notes: list[str]) -> Any:
    return _parse_json(decode_text(data, source, notes), source)


def _parse_json(text: str, source: str) -> Any:
    value = parse_json_german(text, source, error=AgendaFormatError)
    if "\\u" in text:  # only an escape can make a lone surrogate
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            check_unicode(json.dumps(value, ensure_ascii=False), source)
        except RecursionError as exc:
            raise AgendaFormatError(f"{source} ist zu tief verschachtelt.") from exc
    return value


# -- resolving referenced objects ----------------------------------------------------------

_URL_KEY = re.compile(r"^https?://([^/?#]+)(.*)$", re.IGNORECASE)
MAX_LIST_PAGES = 50  # pages of one fetched list (links.next) followed
MISSING_PREFIX = "nicht gefunden"  # how a paper source starts where a paper was expected


def _key(ref: str) -> str:
    """An id as a lookup key: http or https, the host's case and a trailing slash do not count
    (vendors write the same object's id differently in the meeting and in the paper)."""
    ref = ref.strip().rstrip("/")
    m = _URL_KEY.match(ref)
    return m.group(1).lower() + m.group(2) if m else ref


def _ref_key(value: Any) -> str | None:
    """The lookup key of an embedded object's id or of a reference; None if there is none."""
    if isinstance(value, dict):
        value = value.get("id")
    return _key(value) if isinstance(value, str) and value.strip() else None


def _kind(value: dict[str, Any]) -> str:
    """ "Paper" for ".../1.1/Paper"; "" for an object without a type."""
    kind = value.get("type")
    return kind.rstrip("/").rsplit("/", 1)[-1] if isinstance(kind, str) else ""


def _short(ref: str) -> str:
    """ "236585" for ".../consultations/236585": how a note names an object."""
    return ref.rstrip("/").rsplit("/", 1)[-1][:40] or ref[:40]


def _is_paper(value: dict[str, Any]) -> bool:
    kind = _kind(value)
    return kind == "Paper" or (not kind and "reference" in value and "consultation" in value)


def _is_list_page(value: Any) -> bool:
    """A JSON array of objects, or an OParl list object (`data`, maybe `links.next`)."""
    if isinstance(value, list):
        return any(isinstance(v, dict) for v in value)
    return isinstance(value, dict) and isinstance(value.get("data"), list) and "id" not in value


def _sibling_cap(path: Path) -> int:
    """How large a file beside the meeting may be: a list of papers more than one paper."""
    try:
        with path.open("rb") as f:
            head = f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return 0
    listed = head.startswith(b"[") or b'"data"' in head
    return MAX_SIBLING_LIST_BYTES if listed else MAX_SIBLING_FILE_BYTES


def _next_page(value: Any) -> str | None:
    links = value.get("links") if isinstance(value, dict) else None
    nxt = links.get("next") if isinstance(links, dict) else None
    return nxt if isinstance(nxt, str) and nxt.strip() else None


@dataclass(frozen=True)
class _Consultation:
    """A Consultation as found: nested in a Paper (the nesting is the link) or on its own."""

    obj: dict[str, Any]
    paper: Any  # the Paper that nests it (an object), or its own `paper` (reference or object)
    origin: str  # where it was read: a file name, "abgerufen", …
    nested: bool


@dataclass(frozen=True)
class PaperMatch:
    """What the reader found for one agenda item's paper, and how (shown in the preview)."""

    paper: dict[str, Any] | None
    via: str = ""  # German: "drucksachen.json – Beratung 236585 in der Drucksache"
    missing: bool = False  # a paper was expected (a consultation points to one) and not found


class _Resolver:
    """Finds OParl objects by id: embedded, in files beside the meeting file, or fetched.

    Papers are found through every link the specification and the vendors use: a
    Consultation's id in a Paper that nests it (with or without a `paper` back-reference), a
    Consultation's own `paper`, and a Consultation's `agendaItem`; a Consultation id that occurs
    more than once is told apart by its agendaItem and meeting.
    """

    def __init__(self, fetch: Fetch | None, notes: list[str]) -> None:
        self.fetch = fetch
        self.notes = notes
        self.objects: dict[str, dict[str, Any]] = {}
        self.origins: dict[int, str] = {}  # id(object) -> where it was read
        self.by_id: dict[str, list[_Consultation]] = {}
        self.by_item: dict[str, list[_Consultation]] = {}
        # meetings and items that consultations in a paper *list* name: a list is taken to be
        # all the papers of its meeting, single Paper files are not
        self.listed_meetings: set[str] = set()
        self.listed_items: set[str] = set()
        self._in_list = False
        self.unread_pages: list[str] = []  # saved list pages that say there are more (links.next)
        self.too_big: list[str] = []  # files beside the meeting left unread for their size
        self.unnamed: set[str] = set()  # departments or originators given only as a reference
        self.ambiguous: list[str] = []
        self.failures = 0

    def index(self, value: Any, origin: str, depth: int = 0, in_paper: bool = False) -> None:
        """Remember every object with an id, and every consultation with the paper it names."""
        if depth > 8:
            return
        if isinstance(value, list):
            for v in value:
                self.index(v, origin, depth + 1, in_paper)
            return
        if not isinstance(value, dict):
            return
        key = _ref_key(value)
        if key is not None and key not in self.objects:
            self.objects[key] = value
        self.origins.setdefault(id(value), origin)
        kind = _kind(value)
        paper = _is_paper(value)
        if paper:
            cons = value.get("consultation")
            for c in cons if isinstance(cons, list) else [cons]:
                if isinstance(c, dict):
                    self._add(_Consultation(c, value, origin, nested=True))
                elif isinstance(c, str) and c.strip():  # listed by reference only
                    self._add(_Consultation({"id": c}, value, origin, nested=True))
        elif kind == "Consultation" and not in_paper:
            self._add(_Consultation(value, value.get("paper"), origin, nested=False))
        for k, v in value.items():
            if isinstance(v, dict | list) and k not in ("auxiliaryFile", "mainFile"):
                self.index(v, origin, depth + 1, in_paper=paper and k == "consultation")

    def _add(self, record: _Consultation) -> None:
        cid = _ref_key(record.obj)
        if cid is not None:
            self.by_id.setdefault(cid, []).append(record)
        item = _ref_key(record.obj.get("agendaItem"))
        if item is not None:
            self.by_item.setdefault(item, []).append(record)
        meeting = _ref_key(record.obj.get("meeting"))
        if self._in_list and meeting is not None:
            self.listed_meetings.add(meeting)
        if self._in_list and item is not None:
            self.listed_items.add(item)

    def index_folder(self, folder: Path, skip: Path | None) -> None:
        """Papers, paper lists and consultations saved beside the meeting file (a bounded look,
        no errors)."""
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
                if size > min(_sibling_cap(f), budget):
                    self.too_big.append(f"{f.name} mit {mb(size)}")
                    continue
                budget -= size
                value = json.loads(f.read_bytes().decode("utf-8-sig"))
            except (OSError, ValueError, RecursionError):  # incl. decode and JSON errors
                continue
            if _is_list_page(value):
                self.index_list(value, f.name)
                if _next_page(value) is not None:
                    self.unread_pages.append(f.name)
            elif is_oparl(value):
                self.index(value, f.name)

    def index_list(self, value: Any, origin: str) -> None:
        """A list of objects (a JSON array or one page of an OParl list)."""
        self._in_list = True
        try:
            self.index(value, origin)
        finally:
            self._in_list = False

    def origin(self, value: dict[str, Any]) -> str:
        return self.origins.get(id(value), "")

    def get(self, ref: Any, path: str) -> dict[str, Any] | None:
        """The object itself if embedded, else looked up by id (or fetched when online)."""
        if isinstance(ref, dict):
            key = _ref_key(ref)
            if key is not None and len(ref) <= 2 and key in self.objects:
                return self.objects[key]  # {"id": …} only: the full object where known
            return ref
        if not isinstance(ref, str) or not ref.strip():
            return None
        key = _key(ref)
        if key in self.objects:
            return self.objects[key]
        if self.fetch is None:
            return None
        value = self._fetch(ref, path)
        if _is_list_page(value):
            self._index_pages(value, ref, path)
            return self.objects.get(key)
        if isinstance(value, dict):
            self.index(value, "abgerufen")
            self.objects[key] = value
            return value
        return None

    def _fetch(self, url: str, path: str) -> Any:
        assert self.fetch is not None
        try:
            return self.fetch(url)
        except FetchLimitError:
            raise
        except AgendaFormatError as exc:
            self.failures += 1
            if self.failures <= MAX_NOTES_PER_KIND:
                self.notes.append(f"{path}: nicht abrufbar – {exc.message}")
            return None

    def _index_pages(self, value: Any, url: str, path: str) -> None:
        """A fetched list: every page, following `links.next` (bounded)."""
        seen = {url}
        for _ in range(MAX_LIST_PAGES):
            self.index_list(value, "abgerufen")
            nxt = _next_page(value)
            if nxt is None or nxt in seen:
                return
            seen.add(nxt)
            value = self._fetch(nxt, path)
            if not _is_list_page(value):
                return
        self.notes.append(
            f"{path}: die Liste hat mehr als {MAX_LIST_PAGES} Seiten; weitere wurden nicht gelesen."
        )

    # -- an item's paper ----------------------------------------------------------------

    def covers(self, meeting_key: str | None, item_keys: list[str]) -> bool:
        """Whether a paper list of this meeting was read: an item whose consultation no paper
        of it names then has no paper (the opening, reports) rather than a missing one."""
        return (meeting_key is not None and meeting_key in self.listed_meetings) or any(
            k in self.listed_items for k in item_keys
        )

    def paper_for(
        self, item: dict[str, Any], path: str, meeting_key: str | None, covered: bool
    ) -> PaperMatch:
        """Follow AgendaItem → Consultation → Paper by every link there is."""
        raw = item.get("consultation")
        refs = [
            r
            for r in (raw if isinstance(raw, list) else [raw])
            if isinstance(r, dict) or (isinstance(r, str) and r.strip())
        ]
        item_key = _ref_key(item)
        for attempt in (0, 1):
            found = self._find(refs, item_key, meeting_key, path)
            if found is not None or attempt or self.fetch is None:
                break
            for i, ref in enumerate(refs):  # online: fetch the consultations, then look again
                where = f"{path}.consultation" + (f"[{i}]" if isinstance(raw, list) else "")
                obj = self.get(ref, where)
                if obj is not None and _kind(obj) != "Consultation":
                    self._add(_Consultation(obj, obj.get("paper"), "abgerufen", nested=False))
        if found is not None:
            return found
        if not refs:
            return PaperMatch(None)
        cids = [k for k in (_ref_key(r) for r in refs) if k is not None]
        known = [rec for k in cids for rec in self.by_id.get(k, [])]
        embedded = [r for r in refs if isinstance(r, dict) and not r.get("paper")]
        shown = _short(cids[0]) if cids else ""
        if any(rec.paper for rec in known):  # it names a paper that is nowhere to be had
            return PaperMatch(None, f"{MISSING_PREFIX} (Beratung {shown})", missing=True)
        if known or embedded:
            return PaperMatch(None, "ohne Drucksache (Beratung ohne Vorlage)")
        if covered and not self.unread_pages:
            return PaperMatch(None, "ohne Drucksache (in keiner Drucksache genannt)")
        return PaperMatch(None, f"{MISSING_PREFIX} (Beratung {shown})", missing=True)

    def _find(
        self, refs: list[Any], item_key: str | None, meeting_key: str | None, path: str
    ) -> PaperMatch | None:
        for ref in refs:
            cid = _ref_key(ref)
            records = self.by_id.get(cid, []) if cid is not None else []
            if isinstance(ref, dict) and ref.get("paper") and not records:
                records = [_Consultation(ref, ref.get("paper"), self.origin(ref), nested=False)]
            label = f"Beratung {_short(cid)}" if cid else "Beratung"
            match = self._choose(records, item_key, meeting_key, path, label)
            if match is not None:
                return match
        if item_key is not None:
            return self._choose(self.by_item.get(item_key, []), item_key, meeting_key, path, None)
        return None

    def _choose(
        self,
        records: list[_Consultation],
        item_key: str | None,
        meeting_key: str | None,
        path: str,
        by_id: str | None,
    ) -> PaperMatch | None:
        """The paper of the consultation that fits this item and meeting best."""
        if not records:
            return None

        def score(rec: _Consultation) -> int:
            item = _ref_key(rec.obj.get("agendaItem"))
            meeting = _ref_key(rec.obj.get("meeting"))
            return (
                2 * (item_key is not None and item == item_key)
                + (meeting_key is not None and meeting == meeting_key)
                - 4 * (item is not None and item_key is not None and item != item_key)
            )

        best = max(score(r) for r in records)
        fitting = [r for r in records if score(r) == best]
        papers: list[tuple[_Consultation, dict[str, Any]]] = []
        for rec in fitting:
            paper = self.get(rec.paper, f"{path}.consultation.paper") if rec.paper else None
            if paper is not None and not any(p is paper for _, p in papers):
                papers.append((rec, paper))
        if not papers:
            return None
        if len({_reference(p) for _, p in papers}) > 1:
            self.ambiguous.append(path)
            return None
        rec, paper = papers[0]
        origin = self.origin(paper) or rec.origin
        if by_id is None:
            how = "Beratung zu diesem Tagesordnungspunkt"
        elif rec.nested:
            how = f"{by_id} in der Drucksache"
        else:
            how = f"{by_id} → Drucksache"
        if len(records) > 1 and len(fitting) < len(records):
            how += " (nach Sitzung unterschieden)"
        return PaperMatch(paper, f"{origin} – {how}" if origin else how)

    # -- what a paper says ----------------------------------------------------------------

    def names(self, value: Any, path: str) -> str:
        """Organizations or persons (objects or references) by name, joined with commas."""
        out: list[str] = []
        for i, ref in enumerate(value if isinstance(value, list) else [value]):
            if ref is None or ref == "":
                continue
            obj = self.get(ref, f"{path}[{i}]")
            name = _name_of(obj) if obj is not None else ""
            if name and name not in out:
                out.append(name)
            elif not name and isinstance(ref, str):
                self.unnamed.add(path.rsplit(".", 1)[-1])
        return ", ".join(out)


def _name_of(obj: dict[str, Any]) -> str:
    """An Organization's or Person's name as printed."""
    for key in ("name", "shortName"):
        v = obj.get(key)
        if isinstance(v, str) and v.strip():
            return flat_text(v)
    parts = [obj.get(k) for k in ("givenName", "familyName")]
    return " ".join(flat_text(p) for p in parts if isinstance(p, str) and p.strip())


def _reference(paper: dict[str, Any]) -> str:
    ref = paper.get("reference")
    if isinstance(ref, str | int) and not isinstance(ref, bool):
        return flat_text(str(ref))
    return ""


def _paper_type(paper: dict[str, Any]) -> str:
    kind = paper.get("paperType")
    return flat_text(kind) if isinstance(kind, str) and not is_url(kind) else ""


# -- the agenda ----------------------------------------------------------------------------


def _load(
    source: bytes | str | Path,
    notes: list[str],
    timeout: float,
    deadline: float = DEFAULT_DEADLINE,
) -> tuple[Any, _Resolver, str]:
    """The decoded Meeting value, a resolver for its references, and a label for messages."""
    if isinstance(source, Path):
        label = f"Die Datei {source.name}"
        value = _decode_json(read_source(source), label, notes)
        resolver = _Resolver(None, notes)
        resolver.index_folder(source.parent, source)
        origin = source.name
    elif isinstance(source, str) and is_url(source):
        url = source.strip()
        label = url
        fetch = Fetcher(timeout, deadline)
        value = fetch(url)
        resolver = _Resolver(fetch, notes)
        origin = "abgerufen"
    elif isinstance(source, bytes):
        label = "Die Eingabe"
        value = _decode_json(source, label, notes)
        resolver = _Resolver(None, notes)
        origin = "Eingabe"
    else:
        label = "Der eingefügte Text"
        value = _parse_json(source, label)
        resolver = _Resolver(None, notes)
        origin = "eingefügter Text"
    resolver.index(value, origin)
    return value, resolver, label


def _require_agenda(meeting: dict[str, Any], label: str) -> None:
    """Adding an agenda needs one; a new meeting may come without (see read_oparl_meeting)."""
    if meeting.get("agendaItem") is None:
        raise AgendaFormatError(f"{label}: agendaItem fehlt – die Sitzung hat keine Tagesordnung.")


def _matches(choice: MeetingChoice, wanted: str) -> bool:
    """A meeting is chosen by its full id, the id's last part ("9063") or its position."""
    wanted = wanted.strip()
    return choice.id == wanted or choice.id.rstrip("/").rsplit("/", 1)[-1] == wanted


def _check_meeting(
    value: Any, label: str, meeting_id: str | None = None, notes: list[str] | None = None
) -> dict[str, Any]:
    meetings = meeting_list(value)
    if meetings is not None:
        choices = choices_of(meetings)
        if meeting_id is not None:
            chosen = [m for m, c in zip(meetings, choices, strict=True) if _matches(c, meeting_id)]
            if not chosen and meeting_id.strip().isdigit():
                n = int(meeting_id)
                chosen = meetings[n - 1 : n] if 0 < n <= len(meetings) else []
            if not chosen:
                raise MeetingListError(
                    f"{label} enthält keine Sitzung „{meeting_id[:80]}“. Enthalten sind: "
                    + "; ".join(c.id for c in choices[:10])
                    + ("…" if len(choices) > 10 else ""),
                    choices,
                )
            value = chosen[0]
        elif len(meetings) == 1:
            value = meetings[0]
            if notes is not None:
                notes.append(f"{label} ist eine Liste mit einer Sitzung; diese wurde gelesen.")
        else:
            raise MeetingListError(
                f"{label} enthält {len(meetings)} Sitzungen. Bitte eine auswählen "
                "(Befehlszeile: --meeting ID).",
                choices,
            )
    if not isinstance(value, dict):
        raise AgendaFormatError(f"{label}: $ muss ein OParl-Meeting-Objekt sein.")
    if value.get("format") == "secretary-app/meeting":
        raise AgendaFormatError(
            f"{label} ist eine Protokollant-Sitzungsdatei, kein OParl. Bitte mit "
            "„secretary-app import“ einlesen."
        )
    if isinstance(value.get("data"), list) and "agendaItem" not in value:
        raise AgendaFormatError(
            f"{label} ist eine Liste ({len(value['data'])} Einträge), aber keiner davon ist "
            "eine Sitzung (Meeting). Bitte die Datei oder Adresse einer Sitzung angeben."
        )
    kind = value.get("type")
    if kind is not None and not (isinstance(kind, str) and kind.rstrip("/").endswith("Meeting")):
        raise AgendaFormatError(
            f"{label}: type ist „{str(kind)[:80]}“; erwartet wird ein OParl-Meeting "
            "(…/Meeting) mit Tagesordnung (agendaItem)."
        )
    return value


def read_oparl_agenda(
    text: str,
    source: str,
    notes: list[str],
    base_dir: Path | None = None,
    meeting_id: str | None = None,
) -> AgendaReadResult:
    """The agenda of an OParl Meeting given as JSON text (siblings in `base_dir`, if any)."""
    value = _parse_json(text, source)
    resolver = _Resolver(None, notes)
    name = source.removeprefix("Die Datei ")
    resolver.index(value, name if base_dir is not None else "eingefügter Text")
    if base_dir is not None:
        resolver.index_folder(base_dir, Path(name))
    meeting = _check_meeting(value, source, meeting_id, notes)
    _require_agenda(meeting, source)
    return _agenda_result(meeting, resolver, notes, source)


def fetch_agenda(
    url: str,
    timeout: float = DEFAULT_TIMEOUT,
    meeting_id: str | None = None,
    deadline: float = DEFAULT_DEADLINE,
) -> AgendaReadResult:
    """Fetch an OParl meeting over HTTP(S) and read its agenda (Consultation → Paper)."""
    notes: list[str] = []
    value, resolver, label = _load(url, notes, timeout, deadline)
    meeting = _check_meeting(value, label, meeting_id, notes)
    _require_agenda(meeting, label)
    return _agenda_result(meeting, resolver, notes, label)


def _agenda_result(
    meeting: dict[str, Any], resolver: _Resolver, notes: list[str], source: str
) -> AgendaReadResult:
    agenda = _agenda(meeting, resolver, notes, source)
    check_items(agenda.items, notes, source)
    return AgendaReadResult(
        items=agenda.items,
        notes=notes,
        fmt="oparl",
        suggested_votes=agenda.votes,
        paper_sources=agenda.sources,
    )


_NUMBER_PART = re.compile(r"^(?P<part>Ö|NÖ|N|Oe|NOe)\s*(?=\d)(?P<rest>.*)$", re.IGNORECASE)
_WRAP = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n\s*(?=[a-zäöüß])")
_WRAP_KEEP = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n\s*(?=[^\W\d_])")


def flat_text(text: str) -> str:
    """A title as printed once: Word's hyphenation breaks joined, line breaks as spaces.

    "Ort-\\nschaft" → "Ortschaft"; "Müller-\\nLüdenscheidt" keeps its hyphen (next letter
    upper case); soft hyphens go.
    """
    text = _WRAP_KEEP.sub("-", _WRAP.sub("", text.replace("\u00ad", "")))
    return " ".join(text.split())


def _order_value(value: Any) -> int | None:
    """`order` as a whole number: 3, "3", " 100003 "; anything else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 18:
        return int(value.strip())
    return None


class _Agenda(NamedTuple):
    items: list[AgendaItem]
    votes: dict[int, Vote]  # by position: the votes prose results name (to be offered only)
    sources: dict[int, str]  # by position: where the item's paper was found, or why not


def _agenda(meeting: dict[str, Any], resolver: _Resolver, notes: list[str], source: str) -> _Agenda:
    """The items, the votes their prose results name, and where each paper came from."""
    raw = meeting.get("agendaItem")
    if raw is None:
        return _Agenda([], {}, {})
    if not isinstance(raw, list):
        raise AgendaFormatError(f"{source}: agendaItem muss eine Liste sein.")
    if len(raw) > MAX_ITEMS:
        raise AgendaFormatError(
            f"{source} enthält {len(raw)} Tagesordnungspunkte; die Grenze ist {MAX_ITEMS} "
            "Punkte je Sitzung."
        )
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
    entries = _ordered(entries, notes)
    meeting_key = _ref_key(meeting)
    covered = resolver.covers(
        meeting_key, [k for k in (_ref_key(obj) for _, obj in entries) if k is not None]
    )
    sources: dict[int, str] = {}
    missing: list[int] = []
    ambiguous: list[int] = []  # a consultation id in several papers, none fitting
    found: dict[str, list[int]] = {}  # where papers were found -> positions of the items
    items: list[AgendaItem] = []
    votes: dict[int, Vote] = {}
    prefixes: list[str | None] = []
    part: bool | None = None  # the part a separator or the item before set
    part_from_separator = False
    separators: list[str] = []
    from_separator: list[str] = []
    from_item_before: list[str] = []
    assumed_public: list[str] = []
    numbered_by_position: list[str] = []
    for i, obj in entries:
        path = f"agendaItem[{i}]"
        name = obj.get("name")
        if not isinstance(name, str) or not name.strip():
            raise AgendaFormatError(
                f"{source}: {path}.name {'fehlt' if name is None else 'muss Text sein'} "
                "(der Titel des Punktes)."
            )
        title = flat_text(name)
        number = obj.get("number")
        if isinstance(number, int | float) and not isinstance(number, bool):
            if not -1e15 < number < 1e15:
                raise AgendaFormatError(f"{source}: {path}.number ist keine TOP-Nummer.")
            number = f"{number:g}"
        if number is not None and not isinstance(number, str):
            raise AgendaFormatError(f"{source}: {path}.number muss Text sein.")
        number = flat_text(number or "")
        if not number:
            heading = part_heading(title)
            if heading is not None and not obj.get("consultation"):
                part, part_from_separator = heading, True
                separators.append(f"„{title[:40]}“")
                continue
            number = str(len(items) + 1)
            numbered_by_position.append(number)
        prefix = None
        m = _NUMBER_PART.match(number)
        if m:
            prefix = "Ö" if m.group("part").lower() in ("ö", "oe") else "N"
        if title.startswith(number + " ") and len(title) > len(number) + 1:
            title = title[len(number) + 1 :].lstrip(" :–-")  # "5.1 Bebauungsplan" twice
        flag = obj.get("public")
        if isinstance(flag, bool):
            public = flag
        elif isinstance(flag, str) and parse_public(flag) is not None:
            public = bool(parse_public(flag))
        elif flag is None:
            if prefix is not None:
                public = prefix == "Ö"
            elif part is not None:
                public = part
                (from_separator if part_from_separator else from_item_before).append(number)
            else:
                public = True
                assumed_public.append(number)
        else:
            raise AgendaFormatError(f"{source}: {path}.public muss true oder false sein.")
        if flag is not None:
            part, part_from_separator = public, False
        result = obj.get("result")
        outcome = flat_text(result) if isinstance(result, str) else ""
        unclear = len(resolver.ambiguous)
        match = resolver.paper_for(obj, path, meeting_key, covered)
        item = AgendaItem(number=number, title=title, public=public, outcome=outcome)
        if match.paper is not None:
            _take_paper(item, match.paper, resolver, f"{path}.consultation.paper")
            found.setdefault(match.via.split(" – ")[0], []).append(len(items))
        if match.via:
            sources[len(items)] = match.via
        if len(resolver.ambiguous) > unclear:
            ambiguous.append(len(items))
            sources[len(items)] = f"{MISSING_PREFIX}: mehrere Drucksachen passen"
        elif match.missing:
            missing.append(len(items))
        suggestion = suggested_vote(outcome) if outcome else None
        if suggestion is not None:
            votes[len(items)] = suggestion
        prefixes.append(prefix)
        items.append(item)
    _resolve_prefixes(items, prefixes, notes)
    _paper_notes(items, resolver, notes, found, missing, ambiguous)
    if separators:
        notes.append(
            "Trennzeilen ohne Nummer als Wechsel des Sitzungsteils gelesen (kein "
            "Tagesordnungspunkt): " + ", ".join(separators[:6]) + "."
        )
    if numbered_by_position:
        notes.append(
            "Ohne Nummer (number) in der Datei; aus der Reihenfolge angenommen: "
            + _listed(numbered_by_position)
        )
    if from_separator:
        notes.append(
            "Ohne Angabe „public“; aus dem Sitzungsteil der Trennzeile davor übernommen: "
            + _listed(from_separator)
        )
    if from_item_before:
        notes.append(
            "Ohne Angabe „public“; wie der Punkt davor angenommen: " + _listed(from_item_before)
        )
    if assumed_public:
        notes.append(
            "Ohne Angabe „public“ und ohne Sitzungsteil; als öffentlich angenommen – bitte "
            "prüfen: " + _listed(assumed_public)
        )
    if votes:
        shown = [f"TOP {items[k].number}: {describe(v)}" for k, v in list(votes.items())[:5]]
        notes.append(
            "Im Ergebnistext genannte Stimmen (als Abstimmung vorgeschlagen, nicht übernommen): "
            + "; ".join(shown)
            + ("…" if len(votes) > 5 else "")
            + "."
        )
    return _Agenda(items, votes, sources)


def _take_paper(item: AgendaItem, paper: dict[str, Any], resolver: _Resolver, path: str) -> None:
    """What the paper says: its reference and kind, lead department and originator."""
    item.paper = _reference(paper)
    item.paper_type = _paper_type(paper)
    item.department = resolver.names(paper.get("underDirectionOf"), f"{path}.underDirectionOf")
    item.originator = ", ".join(
        n
        for n in (
            resolver.names(paper.get("originatorPerson"), f"{path}.originatorPerson"),
            resolver.names(paper.get("originatorOrganization"), f"{path}.originatorOrganization"),
        )
        if n
    )


def _paper_notes(
    items: list[AgendaItem],
    resolver: _Resolver,
    notes: list[str],
    found: dict[str, list[int]],
    missing: list[int],
    ambiguous: list[int],
) -> None:
    """Where the papers came from, and only where one was expected and not found."""

    def listed(positions: list[int]) -> str:  # the numbers as finally written ("Ö 3" → "3")
        return _listed([items[i].number for i in positions])[:-1]

    if found and any(origin != "abgerufen" for origin in found):
        notes.append(
            "Drucksachen gefunden: "
            + "; ".join(f"{listed(positions)} in {origin}" for origin, positions in found.items())
            + "."
        )
    if ambiguous:
        notes.append(
            f"Drucksache offen gelassen für {listed(ambiguous)}: dieselbe Beratung steht in "
            "mehreren Drucksachen, und keine passt eindeutig zu Punkt und Sitzung."
        )
    if missing and resolver.fetch is None:
        notes.append(
            f"Drucksache nicht gefunden für {listed(missing)}: die Datei verweist nur auf "
            "die Beratung (consultation). Paper-Dateien oder Drucksachenlisten in denselben "
            "Ordner legen oder die Sitzung über ihre Adresse (URL) abrufen."
        )
    elif missing:
        notes.append(
            f"Drucksache nicht gefunden für {listed(missing)}: Beratung oder Drucksache waren "
            "nicht abrufbar."
        )
    if missing and resolver.too_big:
        notes.append(
            "Zu groß, nicht gelesen: " + ", ".join(resolver.too_big[:3]) + f" (Grenze: "
            f"{mb(MAX_SIBLING_FILE_BYTES)} je Drucksache, {mb(MAX_SIBLING_LIST_BYTES)} je Liste, "
            f"{mb(MAX_SIBLING_BYTES)} zusammen)."
        )
    if missing and resolver.unread_pages:
        notes.append(
            "Die Liste " + ", ".join(resolver.unread_pages[:3]) + " ist nur eine Seite "
            "(links.next nennt weitere); die übrigen Seiten bitte ebenfalls in den Ordner legen."
        )
    if resolver.unnamed:
        notes.append(
            "Federführung oder Verfasser einer Drucksache sind nur als Verweis angegeben "
            f"({', '.join(sorted(resolver.unnamed))}) und bleiben leer."
        )


def _resolve_prefixes(
    items: list[AgendaItem], prefixes: list[str | None], notes: list[str]
) -> None:
    """ "Ö 2.1"/"N 1": the letter gives the part; it stays only where the parts count anew."""
    if not any(prefixes):
        return
    bare = [
        _NUMBER_PART.sub(r"\g<rest>", it.number) if p else it.number
        for it, p in zip(items, prefixes, strict=True)
    ]
    if len(set(bare)) == len(bare):
        for it, b in zip(items, bare, strict=True):
            it.number = b.strip()
        notes.append("„Ö“ und „N“ vor den Nummern als öffentlich / nichtöffentlich gelesen.")
    else:
        for it, p in zip(items, prefixes, strict=True):
            if p:
                rest = _NUMBER_PART.sub(r"\g<rest>", it.number).strip()
                it.number = f"{p} {rest}"
        notes.append(
            "Öffentlicher und nichtöffentlicher Teil zählen getrennt; „Ö“ bzw. „N“ bleibt "
            "Teil der Nummer."
        )


def votes_as_minutes(items: list[AgendaItem], votes: dict[int, Vote]) -> None:
    """Take suggested votes over: each becomes a vote paragraph of its item's minutes."""
    for index, vote in votes.items():
        if 0 <= index < len(items):
            items[index].minutes.append(Paragraph(kind="vote", vote=vote))


def _listed(numbers: list[str]) -> str:
    return "TOP " + ", ".join(numbers[:10]) + ("…" if len(numbers) > 10 else "") + "."


def _ordered(
    entries: list[tuple[int, dict[str, Any]]], notes: list[str]
) -> list[tuple[int, dict[str, Any]]]:
    """Sort by `order` when every item has a whole number there (int or digits as text).

    Real data starts at 0, 1 or 100001 and has gaps; only the ranking matters.
    """
    raw = [obj.get("order") for _, obj in entries]
    orders = [_order_value(o) for o in raw]
    if orders and all(o is not None for o in orders):
        ints = [o for o in orders if o is not None]
        if len(set(ints)) == len(ints):
            result = [e for _, e in sorted(zip(ints, entries, strict=True), key=lambda p: p[0])]
            if result != entries:
                notes.append("Punkte nach „order“ sortiert (die Datei listet sie anders).")
            return result
        notes.append("„order“ ist doppelt vergeben; die Reihenfolge der Datei gilt.")
    elif any(o is not None for o in raw):
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
    meeting_id: str | None = None,
    suggested_votes: dict[int, Vote] | None = None,
    deadline: float = DEFAULT_DEADLINE,
) -> Meeting:
    """A new meeting from an OParl Meeting: a file, its bytes or JSON text, or an HTTP(S) URL.

    Committee from `organization` (or the meeting's name), date and times from `start`/`end`.
    `number` is 0 when the OParl data has none; the caller gives the next free number.
    `meeting_id` chooses from a list of meetings (else `MeetingListError` names them); votes
    named in prose results go into `suggested_votes` (by agenda index) when given.
    """
    notes = notes if notes is not None else []
    value, resolver, label = _load(source, notes, timeout, deadline)
    obj = _check_meeting(value, label, meeting_id, notes)
    agenda, votes, _ = _agenda(obj, resolver, notes, label)
    if suggested_votes is not None:
        suggested_votes.update(votes)
    if obj.get("agendaItem") is None:
        files = obj.get("auxiliaryFile")
        files = [files] if isinstance(files, dict) else files if isinstance(files, list) else []
        names = [
            flat_text(f.get("name") or f.get("fileName") or "")
            for f in files
            if isinstance(f, dict) and isinstance(f.get("name") or f.get("fileName"), str)
        ]
        attached = f" Angehängte Dateien (auxiliaryFile): {', '.join(names[:5])}." if names else ""
        notes.append(
            "Die Sitzung hat in der Datei keine Tagesordnung (agendaItem fehlt); sie wird mit "
            "leerer Tagesordnung angelegt." + attached
        )
    elif agenda:
        check_items(agenda, notes, label)
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
    elif end is not None and end_time == "00:00" and end.date() == start.date() + dt.timedelta(1):
        end_time = None
        notes.append(
            f"Ende 00:00 am {end:%d.%m.%Y} (Folgetag) ist ein Platzhalter, kein echtes Ende; "
            "das Ende bleibt offen."
        )
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
    place, address = _location(obj.get("location"), resolver)
    if obj.get("cancelled") is True:
        notes.append("Die Sitzung ist in der OParl-Datei als abgesagt (cancelled) markiert.")
    reason = limits.first_too_long(
        [
            ("Der Name des Gremiums", committee.name, limits.NAME_CHARS),
            ("Der Sitzungsort", place, limits.NAME_CHARS),
            ("Die Anschrift des Sitzungsorts", address, limits.NAME_CHARS),
        ]
    )
    if reason:
        raise AgendaFormatError(f"{label}: {reason}.")
    return Meeting(
        committee=committee,
        number=number,
        date=start.date(),
        start=start_time,
        end=end_time,
        location=place,
        address=address,
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


def _location(value: Any, resolver: _Resolver) -> tuple[str, str]:
    """The place ("Rathaus, Sitzungssaal") and its address ("Hauptstraße 114, 31171 Nordstemmen").

    A place given only by its address is named by the address in both.
    """
    obj = resolver.get(value, "location") if value is not None else None
    if obj is None:
        return (value.strip() if isinstance(value, str) and not is_url(value) else ""), ""

    def text(key: str) -> str:
        v = obj.get(key)
        return flat_text(v) if isinstance(v, str) else ""

    street = text("streetAddress")
    town = " ".join(t for t in (text("postalCode"), text("locality") or text("subLocality")) if t)
    address = ", ".join(t for t in (street, town) if t)
    texts: list[str] = []
    for part in (text("description"), text("room")):
        if street and part.casefold().endswith(street.casefold()):  # "Rathaus, Markt 1"
            part = part[: -len(street)].rstrip(" ,;-–")
        if not part or address.casefold().startswith(part.casefold()):
            continue
        # vendors repeat the room in the description ("Rathaus, Raum 280a" + "Raum 280a")
        if any(part.casefold() in t.casefold() for t in texts):
            continue
        texts = [t for t in texts if t.casefold() not in part.casefold()] + [part]
    return ", ".join(texts) or address, address


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
    except (OSError, ValueError, RecursionError):
        return False
    return is_oparl_meeting(value) or meeting_list(value) is not None
