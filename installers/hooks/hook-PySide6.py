# Overrides PyInstaller's stock hook for the PySide6 package: the same, minus the extra Qt
# binaries Protokollant does not use (on Windows opengl32sw.dll, 20 MB: see qt_selection.py).
from PyInstaller.utils.hooks import check_requirement
from PyInstaller.utils.hooks.qt import ensure_single_qt_bindings_package, pyside6_library_info
from qt_selection import select

ensure_single_qt_bindings_package("PySide6")

if pyside6_library_info.version is not None:
    hiddenimports = ["shiboken6", "inspect"]
    # PySide6 >= 6.4: the | and & operators of Qt's key enums need this module (PyInstaller #7249)
    if check_requirement("PySide6 >= 6.4.0"):
        hiddenimports += ["PySide6.support.deprecated"]
    binaries = select(pyside6_library_info.collect_extra_binaries())
