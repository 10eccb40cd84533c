"""Draw the Protokollant icon: one SVG source, PNGs in the freedesktop sizes, .ico and .icns.

Run from the repository root (`make icons`); the results are committed, so a build needs
neither this script nor a display. The SVG is the single source: every PNG is rendered from it
with QSvgRenderer, the .ico and .icns are containers of those PNGs (both formats accept PNG
entries, so no image library beyond Qt is needed).

The picture: a sheet of minutes (heading bar, text lines, one bold resolution line) on a
council-blue rounded square, with a pen across the corner.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns types holding PNG data, by pixel size
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}

SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Protokollant</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2f6db5"/>
      <stop offset="1" stop-color="#1b4a80"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="44" ry="44" fill="url(#bg)"/>
  <path d="M60 36 H162 L200 74 V220 H60 Z" fill="#ffffff"/>
  <path d="M162 36 V74 H200 Z" fill="#c9d8ea"/>
  <rect x="78" y="60" width="68" height="16" rx="4" fill="#1b4a80"/>
  <rect x="78" y="98" width="104" height="10" rx="5" fill="#9aa8b8"/>
  <rect x="78" y="122" width="104" height="10" rx="5" fill="#9aa8b8"/>
  <rect x="78" y="146" width="80" height="10" rx="5" fill="#9aa8b8"/>
  <rect x="78" y="176" width="104" height="16" rx="4" fill="#1b4a80"/>
  <g transform="translate(190 158) rotate(40)">
    <rect x="-13" y="-56" width="26" height="74" rx="3" fill="#f0a020"/>
    <rect x="-13" y="-70" width="26" height="17" rx="4" fill="#c23b22"/>
    <path d="M-13 18 L13 18 L0 44 Z" fill="#f3d9a4"/>
    <path d="M-4.5 35 L4.5 35 L0 44 Z" fill="#263238"/>
  </g>
</svg>
"""


def render_png(svg_bytes: bytes, size: int, target: Path) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg_bytes))
    if not renderer.isValid():
        raise SystemExit("icon SVG is not valid")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    data = bytes(buffer.data().data())
    target.write_bytes(data)
    return data


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose entries are PNG images."""
    body = b""
    for size, kind in ICNS_TYPES.items():
        data = pngs[size]
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg_path = HERE / "protokollant.svg"
    svg_path.write_text(SVG, encoding="utf-8")
    pngs: dict[int, bytes] = {}
    for size in PNG_SIZES:
        pngs[size] = render_png(SVG.encode(), size, HERE / f"protokollant-{size}.png")
    (HERE / "protokollant.ico").write_bytes(ico(pngs))
    (HERE / "protokollant.icns").write_bytes(icns(pngs))
    del app
    print(f"icons written to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
