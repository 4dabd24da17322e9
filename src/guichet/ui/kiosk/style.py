"""The kiosk's look: large text and targets, an optional high-contrast theme.

Sizes are computed from the text-size factor so that 200 % text keeps every
button at least 64 px and nothing clipped (labels wrap, pages scroll).
"""

from __future__ import annotations

from guichet.ui.style import FONT_FAMILY

BASE_POINT_SIZE = 16
MIN_TARGET = 64
SCALES = (1.0, 1.5, 2.0)

NORMAL = {
    "bg": "#f6f6f6",
    "fg": "#161616",
    "accent": "#000091",
    "button": "#ffffff",
    "border": "#000091",
    "soft": "#e3e3fd",
}
CONTRAST = {
    "bg": "#000000",
    "fg": "#ffffff",
    "accent": "#ffff00",
    "button": "#000000",
    "border": "#ffff00",
    "soft": "#333333",
}


def style_sheet(scale: float, high_contrast: bool) -> str:
    c = CONTRAST if high_contrast else NORMAL
    size = round(BASE_POINT_SIZE * scale)
    return f"""
* {{ font-family: "{FONT_FAMILY}"; font-size: {size}pt; color: {c["fg"]}; }}
QWidget#kiosk {{ background: {c["bg"]}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: {c["bg"]}; border: none; }}
QPushButton {{ min-height: {MIN_TARGET}px; min-width: {MIN_TARGET}px; padding: 10px 18px;
    background: {c["button"]}; border: 3px solid {c["border"]}; border-radius: 10px;
    text-align: left; }}
QPushButton:focus {{ border: 5px solid {c["accent"]}; background: {c["soft"]}; }}
QPushButton:pressed {{ background: {c["soft"]}; }}
QPushButton#primary {{ background: {c["accent"]}; color: {c["bg"]}; font-weight: bold; }}
QPushButton#tool {{ text-align: center; }}
QLabel#title {{ font-size: {round(size * 1.5)}pt; font-weight: bold; color: {c["accent"]}; }}
QLabel#ticket {{ font-size: {round(size * 5)}pt; font-weight: bold; color: {c["accent"]}; }}
QLabel#countdown {{ background: {c["soft"]}; border: 3px solid {c["border"]}; padding: 8px;
    font-weight: bold; }}
QLabel#document {{ font-weight: bold; }}
QLineEdit {{ min-height: {MIN_TARGET}px; font-size: {round(size * 1.5)}pt;
    border: 3px solid {c["border"]}; background: {c["button"]}; }}
"""
