"""The installer files agree with each other (the Windows and macOS parts cannot be built here)."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
APP_ID = "org.protokollant.Protokollant"
SPEC = (INSTALLERS / "protokollant.spec").read_text(encoding="utf-8")
ISS = (INSTALLERS / "windows" / "protokollant.iss").read_text(encoding="utf-8")


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in ISS.splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def _iss_setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _iss_sections()["Setup"])


def test_windows_installer_is_per_user_and_leaves_associations_and_data_alone():
    setup = _iss_setup()
    sections = _iss_sections()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["ChangesAssociations"] == "no"
    assert "Registry" not in sections  # no .docx (or any) association
    assert "UninstallDelete" not in sections  # uninstall removes only what it installed
    # the app keeps its data in the platformdirs folder "secretary-app", never below {app}
    assert "secretary-app" not in " ".join(sections["Files"])
    assert any(line.startswith('Name: "{autoprograms}') for line in sections["Icons"])


def test_windows_installer_matches_the_spec():
    setup = _iss_setup()
    assert 'NAME = "Protokollant" if (IS_WIN or IS_MAC)' in SPEC
    assert '#define AppExe "Protokollant.exe"' in ISS
    assert '#define BundleDir "..\\..\\dist\\Protokollant"' in ISS
    icon = INSTALLERS / "windows" / Path(setup["SetupIconFile"].replace("\\", "/"))
    assert icon.resolve() == (ROOT / "resources" / "icons" / "protokollant.ico").resolve()
    assert icon.read_bytes()[:4] == b"\x00\x00\x01\x00"  # an .ico header
    assert f'#define AppVersion "{version("secretary-app")}"' in ISS
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])


def test_macos_icon_is_an_icns_container():
    data = (ROOT / "resources" / "icons" / "protokollant.icns").read_bytes()
    assert data[:4] == b"icns"
    assert int.from_bytes(data[4:8], "big") == len(data)


def test_desktop_entry_starts_the_launcher_with_the_shipped_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # case-sensitive keys
    entry.read(INSTALLERS / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "protokollant"
    assert desktop["Icon"] == APP_ID
    assert desktop["Categories"] == "Office;"
    assert desktop["Name"] == "Protokollant"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (ROOT / "resources" / "icons" / f"protokollant-{size}.png").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_is_valid():
    path = INSTALLERS / "linux" / f"{APP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_points_at_the_desktop_entry():
    root = ET.parse(INSTALLERS / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == version("secretary-app")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_metainfo_is_valid_appstream():
    path = INSTALLERS / "linux" / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_spelling_engine_and_dictionary_are_carried_by_the_bundle_not_the_system():
    assert '"hunspell"' in SPEC  # lazily imported: named so PyInstaller collects it
    assert '"resources/dictionaries/hunspell"' in SPEC
    if sys.platform == "win32":
        return  # the rest reads the Debian package's control file, built on Linux only
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_deb", INSTALLERS / "linux" / "build_deb.py"
    )
    assert spec is not None and spec.loader is not None
    build_deb = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_deb)
    depends = next(
        line for line in build_deb.control("1.0", 1).splitlines() if line.startswith("Depends:")
    )
    assert "enchant" not in depends and "hunspell" not in depends
