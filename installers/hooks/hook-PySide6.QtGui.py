# Overrides PyInstaller's stock hook: same collection, minus the Qt plugins and translations
# Protokollant does not use (see qt_selection.py).
from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_selection import select

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = select(binaries)
datas = select(datas)
