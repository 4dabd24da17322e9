"""Putting a slip on paper: a PDF file, or any paged device such as a QPrinter.

The document is laid out on the target device itself, so line breaks and the
receipt's length are measured with the fonts as they will be printed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from guichet.slips import compose
from guichet.slips.content import Slip
from guichet.slips.layout import FONT_FAMILY, SPECS, Layout, PageSpec
from guichet.slips.qr import qr_image

MM_PER_INCH = 25.4
#: A receipt's provisional length while its content is measured.
_MEASURING_HEIGHT_MM = 1000.0
#: Rounding slack so the measured content never spills onto a second receipt.
_RECEIPT_SLACK_MM = 2.0


def render_pdf(slip: Slip, path: Path, layout: Layout | str = Layout.A4) -> int:
    """Writes the slip to ``path``; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setTitle(compose.title(slip))
    writer.setCreator("guichet")
    return print_to(slip, writer, layout)


def print_to(slip: Slip, device: QPagedPaintDevice, layout: Layout | str = Layout.A4) -> int:
    """Prints on ``device`` (a QPrinter the UI set up, or a QPdfWriter).

    The device's page size and margins are set for the layout: A4, or 80 mm
    paper cut to the slip's length. Returns the number of pages printed;
    raises OSError when the device cannot be opened (file not writable,
    printer gone), so the desk can say so instead of losing the slip.
    """
    spec = SPECS[Layout(layout)]
    height_mm = spec.height_mm or _MEASURING_HEIGHT_MM
    device.setPageLayout(_page_layout(spec, height_mm))
    document = _document(slip, spec, device)
    if spec.height_mm is None:
        content_mm = document.size().height() / device.logicalDpiY() * MM_PER_INCH
        height_mm = spec.top_margin_mm + content_mm + spec.bottom_margin_mm + _RECEIPT_SLACK_MM
        device.setPageLayout(_page_layout(spec, height_mm))
    page = QSizeF(device.width(), device.height())
    document.setPageSize(page)
    return _paint(document, device, page)


def _page_layout(spec: PageSpec, height_mm: float) -> QPageLayout:
    size = QPageSize(
        QSizeF(spec.width_mm, height_mm),
        QPageSize.Unit.Millimeter,
        "",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    margins = QMarginsF(
        spec.side_margin_mm, spec.top_margin_mm, spec.side_margin_mm, spec.bottom_margin_mm
    )
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def _document(slip: Slip, spec: PageSpec, device: QPagedPaintDevice) -> QTextDocument:
    """The slip laid out at the width ``device`` prints."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(QFont(FONT_FAMILY, spec.body_pt))
    option = document.defaultTextOption()
    # A long e-mail or web address must break rather than run off a receipt.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    if slip.link is not None:
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(compose.QR_RESOURCE),
            qr_image(slip.link.url),
        )
    document.setHtml(compose.markup(slip, spec, _document_pixels(spec.qr_mm)))
    document.setTextWidth(device.width())
    return document


def _document_pixels(mm: float) -> int:
    """Rich-text image sizes are in screen pixels, which Qt scales to the device."""
    return round(mm / MM_PER_INCH * round(QGuiApplication.primaryScreen().logicalDotsPerInchY()))


def _paint(document: QTextDocument, device: QPagedPaintDevice, page: QSizeF) -> int:
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file cannot be opened")
    # Qt would store the QR code as a JPEG otherwise, blurring its edges.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            top = index * page.height()
            painter.save()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
            painter.restore()
    finally:
        painter.end()
    return pages
