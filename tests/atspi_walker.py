"""Reads a running program's window as a screen reader does: through AT-SPI (pyatspi).

Run with the SYSTEM python, where Debian's python3-pyatspi lives, inside the session D-Bus of
the program:

    /usr/bin/python3 tests/atspi_walker.py walk PID
        one JSON line {"controls": [...]}: for every object that is showing its role, name,
        description, states, value and the names of the labels that label it
    /usr/bin/python3 tests/atspi_walker.py listen PID SECONDS
        prints "ready" once it listens, then, SECONDS later, one JSON line {"events": [...]}:
        the announcements and description changes the program sent meanwhile
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

STATES = {
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "showing": pyatspi.STATE_SHOWING,
    "checked": pyatspi.STATE_CHECKED,
    "enabled": pyatspi.STATE_ENABLED,
    "editable": pyatspi.STATE_EDITABLE,
}


def find_app(pid: int, timeout: float = 20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid and app.childCount:
                    return app
            except Exception:  # an application that went away meanwhile
                continue
        time.sleep(0.3)
    raise SystemExit(f"no accessible application with process id {pid}")


def describe(acc, path: str) -> dict:
    states = acc.getState()
    entry = {
        "path": path,
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": [k for k, v in STATES.items() if states.contains(v)],
    }
    try:
        value = acc.queryValue()
        entry["value"] = value.currentValue
    except NotImplementedError:
        pass
    labels = []
    for relation in acc.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                labels.append(relation.getTarget(i).name or "")
    if labels:
        entry["labelled_by"] = labels
    if entry["role"] in ("text", "entry", "label", "status bar") and not entry["name"]:
        try:
            text = acc.queryText()
            entry["text"] = text.getText(0, min(text.characterCount, 200))
        except NotImplementedError:
            pass
    return entry


def walk(acc, path: str, out: list, depth: int = 0) -> None:
    if depth > 40:
        return
    try:
        states = acc.getState()
    except Exception:
        return
    if not states.contains(pyatspi.STATE_SHOWING) and depth > 1:
        return
    out.append(describe(acc, path))
    for i in range(min(acc.childCount, 400)):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, f"{path}/{child.getRoleName()}", out, depth + 1)


def listen(pid: int, seconds: float) -> None:
    from gi.repository import GLib

    find_app(pid)
    events: list = []

    def heard(event) -> None:
        try:
            if event.host_application.get_process_id() != pid:
                return
            source = event.source
            events.append(
                {
                    "type": event.type,
                    "role": source.getRoleName() if source else "",
                    "name": (source.name or "") if source else "",
                    "text": event.any_data if isinstance(event.any_data, str) else "",
                    "description": (source.description or "") if source else "",
                }
            )
        except Exception as exc:  # an object gone meanwhile: say so, do not stop listening
            events.append({"type": event.type, "error": str(exc)})

    kinds = ("object:announcement", "object:property-change:accessible-description")
    pyatspi.Registry.registerEventListener(heard, *kinds)

    def ready() -> bool:
        print("ready", flush=True)
        GLib.timeout_add(int(seconds * 1000), stop)
        return False

    def stop() -> bool:
        pyatspi.Registry.stop()
        return False

    GLib.timeout_add(700, ready)  # the program learns of the listener over the bus first
    pyatspi.Registry.start()
    print(json.dumps({"events": events}, ensure_ascii=False), flush=True)


def main() -> int:
    mode, pid = sys.argv[1], int(sys.argv[2])
    if mode == "listen":
        listen(pid, float(sys.argv[3]))
        return 0
    app = find_app(pid)
    out: list = []
    for i in range(app.childCount):
        window = app.getChildAtIndex(i)
        if window is not None:
            walk(window, window.getRoleName(), out)
    print(json.dumps({"application": app.name, "controls": out}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
