"""Which Qt plugins and Qt translations go into the bundle (used by the hooks beside this file).

PyInstaller's stock PySide6 hooks collect every plugin of a module (all platforms, all image
formats, the GTK theme with its cairo/pango/gdk dependencies, ...). Filtering here, inside the
hooks, also keeps the plugins' shared-library dependencies out of the bundle, because the
dependency scan runs after the hooks.
"""

from __future__ import annotations

import re

# Plugin folder -> plugin names kept (without "lib" prefix and extension); None keeps the folder.
# A folder not listed is dropped.
KEEP_PLUGINS: dict[str, set[str] | None] = {
    # offscreen for --self-test and CI, xcb and wayland on Linux, windows, cocoa (macOS)
    "platforms": {"qoffscreen", "qminimal", "qxcb", "qwayland", "qwindows", "qcocoa"},
    "platforms/darwin": None,
    "styles": None,  # the native Windows and macOS styles
    "imageformats": {"qsvg", "qico"},  # PNG is built into QtGui
    "iconengines": {"qsvgicon"},
    "platformthemes": {"qxdgdesktopportal"},  # native file dialogs on GNOME/KDE via the portal
    "platforminputcontexts": None,  # compose (dead keys) and ibus (input methods)
    "wayland-decoration-client": None,
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl", "shm-emulation-server"},
    "xcbglintegrations": None,
}
# Qt's own catalogues: German (the default UI) and English; they translate the standard buttons.
KEEP_QT_TRANSLATIONS = re.compile(r"qtbase_(de|en)\.qm$")


# Files dropped outright. opengl32sw.dll (Windows, 20 MB, a third of Qt's size there) is Mesa's
# software OpenGL, Qt's fallback where the graphics driver lacks OpenGL 2: the window is drawn
# by QPainter in software (no QOpenGLWidget, no Qt Quick), so it never loads (the Windows lane
# starts the bundle without it).
DROP = {"PySide6/opengl32sw.dll"}


def keep(dest: str) -> bool:
    """Whether a collected file (given by its destination folder/name in the bundle) stays."""
    dest = dest.replace("\\", "/")
    if dest in DROP:
        return False
    if "/plugins/" in dest and dest.startswith("PySide6/"):
        rel = dest.split("/plugins/", 1)[1]
        folder, _, filename = rel.rpartition("/")
        if folder not in KEEP_PLUGINS:
            return False
        allowed = KEEP_PLUGINS[folder]
        stem = filename.split(".", 1)[0]
        stem = stem[3:] if stem.startswith("lib") else stem
        return allowed is None or stem in allowed
    if "/translations/" in dest and dest.startswith("PySide6/"):
        return bool(KEEP_QT_TRANSLATIONS.search(dest))
    return True


def select(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Filter a hook's (source, destination folder) list."""
    kept = []
    for src, dest_dir in entries:
        name = src.replace("\\", "/").rsplit("/", 1)[-1]
        if keep(f"{dest_dir.replace(chr(92), '/')}/{name}"):
            kept.append((src, dest_dir))
    return kept
