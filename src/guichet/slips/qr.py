"""QR codes for slips, drawn by segno and handed to Qt as an image."""

from __future__ import annotations

import io

import segno
from PySide6.QtGui import QImage

#: Pixels per QR module: large enough that a PDF viewer's smoothing cannot blur
#: the edges when the image is scaled to its printed size.
MODULE_PIXELS = 12


def qr_image(url: str) -> QImage:
    """Medium error correction survives a worn or creased receipt."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=MODULE_PIXELS, border=4)
    return QImage.fromData(buffer.getvalue(), "PNG")
