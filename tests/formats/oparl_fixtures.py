"""OParl 1.1 objects written for the tests, shaped like a real council system's export.

Made up here (no files from outside the project): a Hauptausschuss meeting with a sub-item,
a withdrawn item without result, an item without `public`, `order` starting at 0.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

T = "https://schema.oparl.org/1.1/"
BASE = "https://ris.example.org/oparl/bodies/1"


def meeting(base: str = BASE) -> dict[str, Any]:
    def item(n: int, order: int, number: str | None, name: str, **extra: Any) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": f"{base}/agendaitems/{n}",
            "type": T + "AgendaItem",
            "meeting": f"{base}/meetings/77",
            "name": name,
            "order": order,
            "public": True,
        }
        if number is not None:
            d["number"] = number
        d.update(extra)
        return d

    return {
        "id": f"{base}/meetings/77",
        "type": T + "Meeting",
        "name": "Hauptausschuss (öffentlich/nicht öffentlich)",
        "start": "2024-03-12T16:30:00+01:00",
        "end": "2024-03-12T19:05:00+01:00",
        "organization": [f"{base}/organizations/gr/5"],
        "location": {"id": f"{base}/locations/1", "description": "Bürgersaal, Rathaus"},
        "agendaItem": [
            item(
                101,
                0,
                "1",
                "Annahme von Spenden",
                result="einstimmig zugestimmt",
                consultation=f"{base}/consultations/501",
            ),
            item(
                102,
                1,
                "2",
                "Radverkehrskonzept Südstadt",
                result="Kenntnisnahme",
                consultation=f"{base}/consultations/502",
            ),
            item(
                104, 3, "2.1", "Ergänzungsantrag Fahrradstraßen", result="mehrheitlich zugestimmt"
            ),
            item(103, 2, None, "Bericht der Verwaltung"),
            item(105, 4, "3", "- abgesetzt -"),
            item(
                106,
                5,
                "4",
                "Grundstücksangelegenheit Nordweststadt",
                public=False,
                result="vertagt",
                consultation=f"{base}/consultations/506",
            ),
            {**item(107, 6, "5", "Personalangelegenheit"), "public": None},
        ],
    }


def paper_with_consultation(base: str = BASE) -> dict[str, Any]:
    """A Paper file with its consultation embedded (as council systems export it)."""
    return {
        "id": f"{base}/papers/9001",
        "type": T + "Paper",
        "name": "Radverkehrskonzept Südstadt",
        "reference": "2024/0113",
        "consultation": [
            {
                "id": f"{base}/consultations/502",
                "type": T + "Consultation",
                "agendaItem": f"{base}/agendaitems/102",
                "paper": f"{base}/papers/9001",
            }
        ],
    }


def consultation_and_paper(base: str = BASE) -> tuple[dict[str, Any], dict[str, Any]]:
    """A Consultation file pointing to a Paper file."""
    cons = {
        "id": f"{base}/consultations/506",
        "type": T + "Consultation",
        "agendaItem": f"{base}/agendaitems/106",
        "paper": f"{base}/papers/9002",
    }
    paper = {"id": f"{base}/papers/9002", "type": T + "Paper", "reference": "GR/2024/017"}
    return cons, paper


def write_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "meeting.json"
    target.write_text(json.dumps(meeting(), ensure_ascii=False, indent=2), encoding="utf-8")
    (folder / "paper_9001.json").write_text(json.dumps(paper_with_consultation()), "utf-8")
    cons, paper = consultation_and_paper()
    (folder / "consultation_506.json").write_text(json.dumps(cons), "utf-8")
    (folder / "paper_9002.json").write_text(json.dumps(paper), "utf-8")
    (folder / "notes.json").write_text("{ not json", "utf-8")  # a stray file is ignored
    return target


@contextmanager
def oparl_server(
    delay: dict[str, float] | None = None, embed: bool = True
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Serve the meeting and what it points to on 127.0.0.1; yields (base URL, routes)."""
    import time

    routes: dict[str, Any] = {}
    delays: dict[str, float] = delay or {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            if self.path in delays:
                time.sleep(delays[self.path])
            body = routes.get(self.path)
            if body is None:
                self.send_response(404, "Not Found")
                self.end_headers()
                return
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            length = len(data)
            if data == b"__SHORT__":  # a connection that breaks off mid-answer
                data, length = b'{"type": "https://schema.oparl', 500
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(length))
            self.end_headers()
            try:
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (the timeout test)
            if length != len(data):
                self.close_connection = True

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.block_on_close = False
    host = f"http://127.0.0.1:{server.server_address[1]}"
    base = f"{host}/oparl/bodies/1"
    m = meeting(base)
    if not embed:
        for it in m["agendaItem"]:
            routes[it["id"][len(host) :]] = copy.deepcopy(it)
        m["agendaItem"] = [it["id"] for it in m["agendaItem"]]
    routes["/oparl/bodies/1/meetings/77"] = m
    routes["/oparl/bodies/1/organizations/gr/5"] = {
        "id": f"{base}/organizations/gr/5",
        "type": T + "Organization",
        "name": "Hauptausschuss",
    }
    for n, paper, ref in (
        (501, 9003, "2024/0099"),
        (502, 9001, "2024/0113"),
        (506, 9002, "GR/2024/017"),
    ):
        routes[f"/oparl/bodies/1/consultations/{n}"] = {
            "id": f"{base}/consultations/{n}",
            "type": T + "Consultation",
            "paper": f"{base}/papers/{paper}",
        }
        routes[f"/oparl/bodies/1/papers/{paper}"] = {
            "id": f"{base}/papers/{paper}",
            "type": T + "Paper",
            "reference": ref,
        }
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield host, routes
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
