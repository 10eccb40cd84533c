"""What a screen reader hears: the real window read through the platform's accessibility bus.

Not Qt's objects: on Linux the program runs under Xvfb with a session D-Bus and the AT-SPI
registry (at-spi2-core), and the system python's pyatspi (python3-pyatspi) walks the window as
Orca does (tests/a11y_driver.py, tests/atspi_walker.py). Every control that takes the keyboard
must have a German name a screen reader can say — not a sign ("+", "✎") and not nothing — and
what a sighted user sees change by itself (a recorded vote, a refusal, a struck-through name,
the clock) must reach the screen reader as an announcement.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_real_window import ROOT, start_x, stop_x, user_env

SYSTEM_PYTHON = "/usr/bin/python3"
A11Y_BUS = Path("/usr/share/dbus-1/services/org.a11y.Bus.service")


def _missing() -> str:
    for tool, package in (("Xvfb", "xvfb"), ("openbox", "openbox"), ("dbus-run-session", "dbus")):
        if shutil.which(tool) is None:
            return f"needs {tool} (apt-get install {package}; .ci/run installs it)"
    if not A11Y_BUS.exists():
        return "needs the AT-SPI bus (apt-get install at-spi2-core; .ci/run installs it)"
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        return "needs pyatspi for /usr/bin/python3 (apt-get install python3-pyatspi)"
    return ""


MISSING = _missing() if sys.platform.startswith("linux") else "AT-SPI is Linux's interface"
pytestmark = pytest.mark.skipif(bool(MISSING), reason=MISSING)

# what a screen reader says for a control that only shows a sign is a word, not the sign
SIGNS = re.compile(r"^[\W\d_]*$")
ITEMS = ("table cell", "list item")


def in_session(tmp: Path, script: str, extra: dict[str, str], size=(1366, 768)) -> list[dict]:
    """Run the shell `script` in a session D-Bus of its own on a fresh X display (Xvfb and
    openbox); its JSON lines."""
    xvfb, wm, env = start_x(size[0], size[1], tmp)
    env = {**user_env(env, tmp / "home"), **extra}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    try:
        done = subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", script],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
    finally:
        stop_x(xvfb, wm)
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
def moments(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    tmp = tmp_path_factory.mktemp("atspi")
    lines = in_session(
        tmp,
        f"{sys.executable} -m tests.a11y_driver {tmp / 't.db'}",
        {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"},
    )
    return {line["moment"]: line for line in lines}


def focusable(moment: dict) -> list[dict]:
    """The controls the Tab key reaches (and their cells, where items are asked for)."""
    return [c for c in moment["controls"] if "focusable" in c["states"] and c["role"] not in ITEMS]


def spoken(control: dict) -> str:
    """What a screen reader says for the control: its name, else the label that labels it."""
    return control["name"] or " ".join(control.get("labelled_by", []))


def named(moment: dict, role: str, name: str) -> dict:
    found = [c for c in moment["controls"] if c["role"] == role and c["name"] == name]
    assert found, f"no {role} named {name!r}: " + ", ".join(
        repr(c["name"]) for c in moment["controls"] if c["role"] == role
    )
    return found[0]


def test_every_control_that_takes_the_keyboard_has_a_spoken_german_name(moments):
    for moment in ("counting", "attendance", "roll-call", "after"):
        controls = focusable(moments[moment])
        # the walk found the window's controls (the clock's three buttons are out of the Tab
        # chain: the Sitzung menu and its keys reach them)
        assert len(controls) >= 15, moment
        unnamed = [c for c in controls if SIGNS.match(spoken(c))]
        assert unnamed == [], f"{moment}: controls a screen reader cannot name: {unnamed}"
    counting = moments["counting"]
    for name, keys in (
        ("TOP hinzufügen", "Strg+Umschalt+N"),
        ("TOP einschieben (z. B. Dringlichkeitsantrag)", "Strg+Umschalt+D"),
        ("TOP bearbeiten", "F2"),
        ("TOP nach oben", "Alt+Umschalt+Pfeil hoch"),
        ("TOP nach unten", "Alt+Umschalt+Pfeil runter"),
        ("TOP löschen", "Strg+Umschalt+Entf"),
    ):
        button = named(counting, "push button", name)
        assert keys in button["description"], button
    assert "Änderungsantrag" in named(counting, "text", "Bezeichnung der Abstimmung")["description"]
    named(counting, "text", "Protokolltext")
    named(counting, "list", "Tagesordnung")
    # on Linux a combo box is named by its choice; what it is for, its description says
    kind = next(c for c in counting["controls"] if c["role"] == "combo box")
    assert kind["name"] == "Schlussabstimmung"
    assert kind["description"].startswith("Art der Abstimmung. ")


def test_the_counts_the_result_and_the_clock_are_read_as_they_are_shown(moments):
    counting = moments["counting"]
    counts = {c["name"]: c.get("value") for c in counting["controls"] if c["role"] == "spin button"}
    assert counts == {"Zustimmung": 4.0, "Ablehnung": 2.0, "Stimmenthaltung": 1.0}
    assert named(counting, "push button", "Zustimmung +1")  # the big "+" under the number
    assert named(counting, "push button", "Ablehnung −1")
    named(counting, "label", "Ergebnis: angenommen")
    named(counting, "label", "Sitzungszeit: nicht begonnen")
    named(moments["after"], "label", "Sitzungszeit: Beginn 17:00")
    offen = named(counting, "check box", "offen")
    assert "checked" in offen["states"] and "Alt+1" in offen["description"]


def test_attendance_ticks_and_bias_are_said_in_words(moments):
    attendance = moments["attendance"]
    named(attendance, "table", "Anwesenheit")
    said = [c["name"] for c in attendance["controls"] if c["role"] == "table cell"]
    assert "anwesend" in said
    assert "nicht befangen" in said
    # the name struck through on the screen is "befangen" in words, on the name and the tick
    assert "befangen" in said
    assert any(name.endswith(", befangen") for name in said), said
    present = [
        c for c in attendance["controls"] if c["role"] == "table cell" and c["name"] == "anwesend"
    ]
    assert all("checked" in c["states"] for c in present)


def test_roll_call_ballots_are_said_with_the_members_name(moments):
    roll_call = moments["roll-call"]
    named(roll_call, "table", "Namentliche Abstimmung")
    said = [c["name"] for c in roll_call["controls"] if c["role"] == "table cell"]
    assert any(name.endswith(": Ja") for name in said), said
    assert any(name.endswith(": Nein") for name in said), said
    assert any(name.endswith(": noch ohne Stimme") for name in said), said
    chosen = [c for c in roll_call["controls"] if c["name"] == "Ja, gewählt"]
    assert chosen and all("checked" in c["states"] for c in chosen)


def test_what_changes_by_itself_is_announced(moments):
    events = moments["announcements"]["events"]
    announced = [e["text"] for e in events if e["type"] == "object:announcement"]
    assert "Sitzungszeit: Beginn 17:00" in announced
    assert "Absatz: Antrag (A)" in announced  # the margin's "A", in words
    recorded = [t for t in announced if t.startswith("Eingetragen: Abstimmung (offen)")]
    assert recorded and recorded[0].endswith("– angenommen"), announced
    assert any(t.startswith("Es sind noch keine Stimmen gezählt") for t in announced)
    assert any(t.endswith(": anwesend, befangen") for t in announced), announced
    # and the editor's description names the paragraph the cursor is in
    assert named(moments["after"], "text", "Protokolltext")["description"].startswith("Absatz: ")


@pytest.mark.parametrize("portal", [True, False], ids=["high-contrast", "normal"])
def test_the_window_follows_the_desktops_contrast_setting(tmp_path, portal):
    """GNOME's "Hoher Kontrast" reaches the program as the desktop portal's setting (here a
    portal that answers as GNOME's does, tests/fake_portal.py): the window takes a contrast
    theme's colours, and its own colours (red for "abgelehnt") give way."""
    window = f"{sys.executable} -m tests.a11y_driver --contrast {tmp_path / 't.db'}"
    portal_out = tmp_path / "portal"
    script = (
        f"{SYSTEM_PYTHON} tests/fake_portal.py > {portal_out} & "
        f"for i in $(seq 50); do grep -qs ready {portal_out} && break; sleep 0.1; done; {window}"
        if portal
        else window
    )
    lines = in_session(
        tmp_path, script, {"QT_QPA_PLATFORMTHEME": "xdgdesktopportal"}, size=(1024, 768)
    )
    seen = lines[-1]
    assert seen["result"] == "abgelehnt"  # the word says it, in either case
    if portal:
        assert seen["high_contrast"] and seen["margin_contrast"]
        assert (seen["window"], seen["text"]) == ("#000000", "#ffffff")
        assert seen["result_style"] == ""
    else:
        assert not seen["high_contrast"] and not seen["margin_contrast"]
        assert seen["window"] != "#000000"
        assert "#a4262c" in seen["result_style"]
