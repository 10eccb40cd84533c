"""Package the PyInstaller bundle as a .deb: /opt/protokollant, a menu entry, a /usr/bin launcher.

    python installers/linux/build_deb.py [--bundle dist/protokollant] [--out dist]

Needs only dpkg-deb (no debhelper): the tree is laid out by hand and built with
--root-owner-group, so the package can be built without root. Prints the path of the .deb last.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
APP_ID = "org.protokollant.Protokollant"
PACKAGE = "protokollant"
INSTALL_DIR = Path("opt") / PACKAGE
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = "Protokollant <protokollant@localhost>"

LAUNCHER = f"""#!/bin/sh
# Protokollant lives in /{INSTALL_DIR}; this launcher keeps the command on the PATH.
exec /{INSTALL_DIR}/protokollant "$@"
"""

DESCRIPTION = """\
Sitzungsprotokolle für Ausschüsse (Protokollant)
 Protokollant begleitet die Schriftführerin eines Ausschusses durch die
 Sitzung: Tagesordnung, Wortprotokoll, Abstimmungen und Anwesenheit, laufend
 gespeichert und ohne Netzwerk. Protokollauszug und Niederschrift entstehen
 als Word-Datei in der Vorlage der Stadt.
 .
 Das Paket enthält das vollständige Programm mit Python und Qt in
 /opt/protokollant; die Daten jeder Benutzerin liegen in ihrem eigenen
 Datenordner und bleiben beim Deinstallieren erhalten."""


def glibc_version() -> str:
    name = os.confstr("CS_GNU_LIBC_VERSION") or "glibc 2.31"
    return name.split()[-1]


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def tree_size(folder: Path) -> int:
    """Bytes of all regular files below `folder` (symbolic links not followed)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def control(pkg_version: str, installed_kib: int) -> str:
    depends = ", ".join(
        (
            f"libc6 (>= {glibc_version()})",
            # the graphics stack is never bundled (PyInstaller leaves out libGL/libEGL)
            "libgl1",
            "libegl1",
            "fontconfig-config",
            "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core",
            # spelling needs nothing of the system: Hunspell and the de_DE dictionary are
            # carried in the bundle
        )
    )
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {pkg_version}\n"
        f"Architecture: {architecture()}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        # without these Qt falls back from Wayland to X11 (xcb), which the bundle carries
        "Recommends: libwayland-client0, libwayland-cursor0, libwayland-egl1\n"
        "Section: editors\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def build(bundle: Path, out_dir: Path, pkg_version: str) -> Path:
    if not (bundle / "protokollant").is_file():
        raise SystemExit(f"Kein Bundle unter {bundle}: zuerst 'make bundle' ausführen.")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="protokollant-deb-") as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)

        launcher = root / "usr" / "bin" / PACKAGE
        launcher.parent.mkdir(parents=True)
        launcher.write_text(LAUNCHER, encoding="utf-8")
        launcher.chmod(0o755)

        share = root / "usr" / "share"
        (share / "applications").mkdir(parents=True)
        shutil.copy(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
        (share / "metainfo").mkdir(parents=True)
        shutil.copy(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
        icons = ROOT / "resources" / "icons"
        for size in ICON_SIZES:
            target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
            target.parent.mkdir(parents=True)
            shutil.copy(icons / f"protokollant-{size}.png", target)
        scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
        scalable.parent.mkdir(parents=True)
        shutil.copy(icons / "protokollant.svg", scalable)
        doc = share / "doc" / PACKAGE
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(
            "Protokollant\nLicense: MIT\n\nThe bundle contains Python (PSF License), Qt and "
            "PySide6 (LGPL-3.0), python-docx (MIT), sqlite-utils (Apache-2.0), lxml (BSD) and "
            "the system libraries listed in /opt/protokollant/_internal.\n",
            encoding="utf-8",
        )

        for dirpath, dirs, files in os.walk(root):
            for name in dirs:
                (Path(dirpath) / name).chmod(0o755)
            for name in files:
                path = Path(dirpath) / name
                if not path.is_symlink():
                    path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)

        debian = root / "DEBIAN"
        debian.mkdir()
        installed_kib = (tree_size(root) + 1023) // 1024
        (debian / "control").write_text(control(pkg_version, installed_kib), encoding="utf-8")

        target = out_dir / f"{PACKAGE}_{pkg_version}_{architecture()}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "protokollant")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--version", default=version("secretary-app"))
    args = parser.parse_args(argv)
    size = tree_size(args.bundle)
    deb = build(args.bundle, args.out, args.version)
    print(f"Bundle: {size / 1e6:.1f} MB unpacked ({args.bundle})")
    print(f"Paket: {deb.stat().st_size / 1e6:.1f} MB")
    print(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
