"""Reads a running program's window as a screen reader does: through AT-SPI (pyatspi).

Run with the SYSTEM python (`/usr/bin/python3 tests/atspi_walker.py PID`), where Debian's
python3-pyatspi lives, inside the session D-Bus of the program. It prints one JSON object:
{"controls": [...]} with, for every object that is showing, its role, name, description,
states, value and the text of the label that labels it.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]

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


def main() -> int:
    pid = int(sys.argv[1])
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
