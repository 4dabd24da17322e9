"""Renders resources/icons/guichet.svg to the PNG (Linux menus, window icon) and
the .ico (Windows executable and installer) that ship beside it.

Run again after changing the SVG: .venv/bin/python packaging/render-icon.py
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 256


def main() -> None:
    _app = QGuiApplication(["render-icon", "-platform", "offscreen"])
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "guichet.svg")).render(painter)
    painter.end()
    for suffix in ("png", "ico"):
        if not image.save(str(ICONS / f"guichet.{suffix}")):
            raise SystemExit(f"could not write guichet.{suffix}")


if __name__ == "__main__":
    main()
