"""The two paper formats a slip comes in, and the type sizes that suit each.

Sizes are chosen for visitors with poor eyesight: nothing on an A4 sheet is
smaller than 12 pt; on the 72 mm a receipt prints, text is 11 pt and only
the fine print (a document's details, a web address) drops to 10 pt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

FONT_FAMILY = "DejaVu Sans"


class Layout(StrEnum):
    A4 = "a4"
    #: A thermal receipt roll: 80 mm paper, 72 mm printed, as long as the slip.
    RECEIPT_80 = "receipt80"


@dataclass(frozen=True)
class PageSpec:
    width_mm: float
    #: None: the page is cut to the content's height, one long page.
    height_mm: float | None
    side_margin_mm: float
    top_margin_mm: float
    bottom_margin_mm: float
    body_pt: int
    small_pt: int
    heading_pt: int
    title_pt: int
    qr_mm: float
    #: Narrow paper stacks: labels above values, the QR code below its caption.
    narrow: bool
    #: Joins a day's opening ranges: on one line, or one range a line.
    range_separator: str


SPECS = {
    Layout.A4: PageSpec(
        width_mm=210,
        height_mm=297,
        side_margin_mm=18,
        top_margin_mm=15,
        bottom_margin_mm=15,
        body_pt=13,
        small_pt=12,
        heading_pt=16,
        title_pt=24,
        qr_mm=38,
        narrow=False,
        range_separator=" / ",
    ),
    Layout.RECEIPT_80: PageSpec(
        width_mm=80,
        height_mm=None,
        side_margin_mm=4,
        top_margin_mm=4,
        # Room for the printer's cutter above the last line.
        bottom_margin_mm=12,
        body_pt=11,
        small_pt=10,
        heading_pt=13,
        title_pt=17,
        qr_mm=40,
        narrow=True,
        range_separator="<br>",
    ),
}
