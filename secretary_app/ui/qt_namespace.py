"""`Qt`, PySide6's namespace of enums, built when a value of it is first needed.

PySide6 builds the ~90 Python enums of `Qt` (alignment, keys, colours, roles …) in one go, the
first time `Qt` is imported from `PySide6.QtCore` or an argument is checked against one of its
enums: ~12 ms. The first frame — the editor with the current item — names none of them, so the
modules it loads take `Qt` from here, and the namespace is built with the first value asked
for, right after the first paint. After that a value is an ordinary attribute lookup.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush, QKeySequence
else:

    class _Namespace:
        """Stands for `PySide6.QtCore.Qt` until a name is looked up in it."""

        def __getattr__(self, name: str) -> Any:
            from PySide6.QtCore import Qt as namespace

            value = getattr(namespace, name)
            setattr(self, name, value)  # next time found without this method
            return value

    Qt = _Namespace()


def solid_brush(colour: str) -> QBrush:
    """A solid brush of `colour` (#rrggbb), made without naming `Qt`.

    `QBrush(QColor)` and `QPainter.setPen` check their arguments against `Qt`'s enums and so
    build the namespace; a palette hands out a brush of any colour without. Paint with
    `fillRect(QRectF, brush)`, `fillPath` or `strokePath(path, QPen(brush, width))`.
    """
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(colour))
    return palette.brush(QPalette.ColorRole.Base)


@functools.cache
def key_sequence() -> type[QKeySequence]:
    """PySide6's QKeySequence, imported when first asked for: naming the class makes its
    Python type with its 71 standard keys (~0.6 ms), which the first frame does without; the
    window's actions and the editor's Ctrl+Z ask for it after that."""
    from PySide6.QtGui import QKeySequence

    return QKeySequence


def is_built() -> bool:
    """Whether PySide6 has built the namespace (asking does not build it)."""
    import sys

    module = sys.modules.get("PySide6.QtCore")
    return module is not None and "Qt" in vars(module)


__all__ = ["Qt", "is_built", "key_sequence", "solid_brush"]
