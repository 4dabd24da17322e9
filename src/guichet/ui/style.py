"""Look of the desk: one readable font everywhere, calm colours, clear focus."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

FONT_FAMILY = "DejaVu Sans"
BASE_POINT_SIZE = 11

STYLE_SHEET = f"""
* {{ font-family: "{FONT_FAMILY}"; }}
QWidget#banner, QLabel#banner {{ background: #fff4ce; border: 1px solid #c8a600;
    padding: 6px; font-weight: bold; color: #3d3000; }}
QLabel#bannerText {{ color: #3d3000; }}
QLabel#pageTitle {{ font-size: 18pt; font-weight: bold; color: #000091; }}
QLabel#sectionTitle {{ font-size: 12pt; font-weight: bold; color: #161616; }}
QLabel#error {{ color: #ce0500; font-weight: bold; }}
QLabel#hint {{ color: #555555; }}
QLabel#totals {{ font-size: 12pt; font-weight: bold; color: #000091; }}
QPushButton {{ padding: 6px 14px; min-height: 24px; }}
QPushButton#primary {{ background: #000091; color: white; font-weight: bold;
    border: 1px solid #000091; border-radius: 4px; }}
QPushButton#primary:focus {{ border: 3px solid #f95c5e; }}
QPushButton#primary:disabled {{ background: #929292; border-color: #929292; }}
*:focus {{ outline: 2px solid #0a76f6; }}
QLabel#documentTitle {{ font-weight: bold; }}
QCheckBox#document::indicator {{ width: 18px; height: 18px; }}
QCheckBox#document:focus, QRadioButton:focus {{ background: #e3e3fd; }}
"""


def apply(app: QApplication) -> None:
    font = QFont(FONT_FAMILY, BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
