"""The Linux bundle and its .deb, built and started for real (slow: `make test-bundle`).

Builds the PyInstaller one-folder bundle from installers/protokollant.spec, starts it with
--self-test under the offscreen platform, checks its size and Qt selection, then packages it as
.deb, installs it with dpkg -i (root only), starts it from /opt and removes it again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle"),
]

ROOT = Path(__file__).resolve().parents[2]
SIZE_LIMIT_MB = 150
APP_ID = "org.protokollant.Protokollant"


def _tree_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600, **kwargs)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller fehlt: 'make test-bundle' installiert es (Extra 'bundle').")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "installers" / "protokollant.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    folder = work / "dist" / "protokollant"
    assert (folder / "protokollant").is_file()
    return folder


def test_bundle_passes_its_self_test_offscreen(bundle, tmp_path):
    result = _run([str(bundle / "protokollant"), "--self-test"], cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Hauptfenster geöffnet" in result.stdout
    assert "Protokollauszug geschrieben und geprüft" in result.stdout
    assert "Selbsttest bestanden." in result.stdout


def test_bundle_answers_the_command_line(bundle, tmp_path):
    db = tmp_path / "sitzungen.sqlite"
    demo = ROOT / "resources" / "demo" / "reference-meeting.json"
    assert _run([str(bundle / "protokollant"), "--version"]).stdout.strip() == (
        f"Protokollant {version('secretary-app')}"
    )
    imported = _run([str(bundle / "protokollant"), "--db", str(db), "import", str(demo)])
    assert imported.returncode == 0, imported.stderr
    listed = _run([str(bundle / "protokollant"), "--db", str(db), "list"])
    assert "Ausschuss für Gesundheit, Soziales und Inklusion" in listed.stdout
    wrong = _run([str(bundle / "protokollant"), "--db", str(db), "dump", "99", "-o", "x.json"])
    assert wrong.returncode == 1
    assert "Traceback" not in wrong.stderr


def test_bundle_is_small_and_carries_only_the_qt_it_uses(bundle):
    size_mb = _tree_size(bundle) / 1e6
    print(f"\nBundle: {size_mb:.1f} MB unpacked ({bundle})")
    assert size_mb <= SIZE_LIMIT_MB
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    platforms = {p.name for p in (plugins / "platforms").iterdir()}
    assert {"libqoffscreen.so", "libqxcb.so", "libqwayland.so"} <= platforms
    assert not (plugins / "sqldrivers").exists()
    assert not (plugins / "tls").exists()
    names = {p.name for p in internal.rglob("*")}
    for unused in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6"):
        assert unused not in names
    for data in (
        "resources/templates/protokoll.docx",
        "resources/demo/reference-meeting.json",
        "resources/translations/protokollant_en.qm",
        "resources/icons/protokollant.svg",
        "secretary_app/formats/meeting.schema.json",
    ):
        assert (internal / data).is_file(), data


def _metainfo_release() -> str:
    tree = ET.parse(ROOT / "installers" / "linux" / f"{APP_ID}.metainfo.xml")
    return str(tree.getroot().find("releases/release").get("version"))


def test_metainfo_names_the_current_version():
    assert _metainfo_release() == version("secretary-app")


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
def test_deb_installs_into_opt_with_menu_entry_and_starts(bundle, tmp_path):
    built = _run(
        [
            sys.executable,
            str(ROOT / "installers" / "linux" / "build_deb.py"),
            "--bundle",
            str(bundle),
            "--out",
            str(tmp_path),
        ]
    )
    assert built.returncode == 0, built.stderr
    deb = Path(built.stdout.strip().splitlines()[-1])
    print(f"\n{built.stdout.strip()}")
    listing = _run(["dpkg-deb", "--contents", str(deb)]).stdout
    for path in (
        "./opt/protokollant/protokollant",
        "./usr/bin/protokollant",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    ):
        assert path in listing, path

    if os.geteuid() != 0:
        pytest.skip("dpkg -i braucht root; das Paket wurde gebaut und geprüft")
    installed = _run(["dpkg", "-i", str(deb)])
    try:
        assert installed.returncode == 0, installed.stdout + installed.stderr
        started = _run(["/opt/protokollant/protokollant", "--self-test"], cwd=tmp_path)
        assert started.returncode == 0, started.stdout + started.stderr
        assert "Selbsttest bestanden." in started.stdout
        on_path = _run(["/usr/bin/protokollant", "--version"])
        assert on_path.stdout.strip() == f"Protokollant {version('secretary-app')}"
        desktop = Path(f"/usr/share/applications/{APP_ID}.desktop")
        assert "Exec=protokollant" in desktop.read_text(encoding="utf-8")
        if shutil.which("desktop-file-validate"):
            checked = _run(["desktop-file-validate", str(desktop)])
            assert checked.returncode == 0, checked.stdout + checked.stderr
    finally:
        _run(["dpkg", "--purge", "protokollant"])
    assert not Path("/opt/protokollant").exists()
    assert not Path("/usr/bin/protokollant").exists()
