"""A slip as rich text for QTextDocument: one markup, styled per paper format.

Only black on white, bold and frames are used: receipt printers are
monochrome and a photocopy of an A4 slip must read as well as the original.
Everything the caller passed is escaped, since offices and notes are typed
by people.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from guichet.domain.catalog import DocumentRequirement
from guichet.domain.opening_hours import WEEKDAYS
from guichet.domain.referral import AppointmentMode
from guichet.i18n import translate
from guichet.slips import wording
from guichet.slips.content import (
    AppointmentSlip,
    HandoffSlip,
    Link,
    LinkKind,
    MissingSlip,
    Slip,
    SlipSite,
)
from guichet.slips.layout import FONT_FAMILY, PageSpec

#: The resource name the QR image is registered under in the document.
QR_RESOURCE = "slip:qr"

#: A line may break here without a visible mark.
_BREAK = "\u200b"

MARK_TO_BRING = "☐"
MARK_GIVEN = "✓"
MARK_MISSING = "✗"
MARK_NOT_APPLICABLE = "–"


def title(slip: Slip) -> str:
    if isinstance(slip, HandoffSlip):
        return translate("Slip", "Referral slip")
    if isinstance(slip, AppointmentSlip):
        return translate("Slip", "Appointment")
    return translate("Slip", "Documents to bring")


def markup(slip: Slip, spec: PageSpec, qr_width_px: int) -> str:
    """The whole slip; ``qr_width_px`` is in the document's own pixels."""
    if isinstance(slip, HandoffSlip):
        body = _handoff(slip, spec)
    elif isinstance(slip, AppointmentSlip):
        body = _appointment(slip, spec)
    else:
        body = _missing(slip, spec)
    parts = [_header(slip), *body, *_note(slip.note), *_qr(slip.link, qr_width_px, spec)]
    return f"<html><head><style>{_style(spec)}</style></head><body>{''.join(parts)}</body></html>"


def _style(spec: PageSpec) -> str:
    return f"""
    body {{ font-family: '{FONT_FAMILY}'; font-size: {spec.body_pt}pt; color: #000; }}
    p {{ margin-top: 0; margin-bottom: 6px; }}
    .site {{ font-size: {spec.heading_pt}pt; font-weight: bold; margin-bottom: 2px; }}
    h1 {{ font-size: {spec.title_pt}pt; font-weight: bold; margin-top: 0; margin-bottom: 4px; }}
    h2 {{ font-size: {spec.heading_pt}pt; font-weight: bold; margin-top: 14px;
          margin-bottom: 4px; }}
    .alarm {{ background-color: #000; color: #fff; }}
    .key {{ font-weight: bold; white-space: nowrap; }}
    .small {{ font-size: {spec.small_pt}pt; }}
    .big {{ font-size: {spec.heading_pt + 4}pt; font-weight: bold; }}
    .mark {{ font-size: {spec.heading_pt}pt; font-weight: bold; }}
    td {{ padding-bottom: 4px; }}
    td.key {{ padding-right: 12px; }}
    table {{ margin-bottom: 8px; }}
    .after {{ margin-top: 10px; }}
    """


def _header(slip: Slip) -> str:
    issued = translate("Slip", "Issued on {date}").format(date=wording.long_date(slip.issued_on))
    return (
        f'<p class="site">{escape(slip.site.name)}</p>'
        f"<h1>{escape(title(slip))}</h1>"
        f"<p>{escape(issued)}</p><hr>"
    )


def _handoff(slip: HandoffSlip, spec: PageSpec) -> list[str]:
    office = slip.office
    contact = [
        (translate("Slip", "Phone"), office.phone),
        (translate("Slip", "E-mail"), office.email),
        (translate("Slip", "Website"), office.website),
    ]
    address = [office.address, " ".join(p for p in (office.postcode, office.city) if p)]
    return [
        _facts(
            spec,
            [
                (translate("Slip", "Procedure"), slip.procedure_title),
                (translate("Slip", "Organisation"), slip.operator_name),
                (translate("Slip", "Reason"), slip.reason),
            ],
        ),
        _heading(translate("Slip", "Where to go")),
        _lines([f"<b>{escape(office.name)}</b>", *(escape(a) for a in address if a)]),
        _facts(spec, contact),
        *_hours(office.hours, spec),
        *_section(translate("Slip", "Good to know"), office.remarks),
        *_to_bring(slip.documents, translate("Slip", "Documents to bring")),
    ]


def _appointment(slip: AppointmentSlip, spec: PageSpec) -> list[str]:
    when = wording.date_and_time(slip.starts_at)
    documents_heading = (
        translate("Slip", "Documents to have at hand")
        if slip.mode is AppointmentMode.PHONE
        else translate("Slip", "Documents to bring")
    )
    return [
        _frame(f'<p class="big">{escape(when)}</p><p>{escape(_advice(slip))}</p>'),
        _facts(
            spec,
            [
                (translate("Slip", "With"), slip.operator_name),
                (translate("Slip", "How"), wording.appointment_mode(slip.mode)),
                (translate("Slip", "Duration"), wording.duration(slip.duration_minutes)),
                (translate("Slip", "Where"), slip.place),
                (translate("Slip", "Video link"), slip.video_link),
                (translate("Slip", "Reference"), slip.reference),
                (translate("Slip", "Procedure"), slip.procedure_title),
            ],
        ),
        *_to_bring(slip.documents, documents_heading),
        f'<p class="after">{escape(_cannot_come(slip.site))}</p>',
    ]


def _advice(slip: AppointmentSlip) -> str:
    if slip.mode is AppointmentMode.PHONE:
        return translate("Slip", "You will be called at this time: keep your phone at hand.")
    if slip.mode is AppointmentMode.VIDEO and slip.video_link:
        return translate("Slip", "Open the link a few minutes early (scan the QR code below).")
    if slip.mode is AppointmentMode.VIDEO:
        return translate("Slip", "Come a few minutes early: the video call is made from the site.")
    return translate("Slip", "Please arrive a few minutes early.")


def _cannot_come(site: SlipSite) -> str:
    if site.phone:
        return translate("Slip", "If you cannot make it, please call us: {phone}.").format(
            phone=site.phone
        )
    return translate("Slip", "If you cannot make it, please let us know.")


def _missing(slip: MissingSlip, spec: PageSpec) -> list[str]:
    site = slip.site
    parts = [
        _facts(
            spec,
            [
                (translate("Slip", "Procedure"), slip.procedure_title),
                (translate("Slip", "Organisation"), slip.operator_name),
            ],
        )
    ]
    if slip.missing:
        intro = translate(
            "Slip", "Your file is not complete yet: please come back with the documents marked ✗."
        )
        parts += [
            f"<p><b>{escape(intro)}</b></p>",
            _heading(translate("Slip", "Still missing"), alarm=True),
            _documents(slip.missing, MARK_MISSING, detailed=True),
        ]
    if slip.given:
        parts += [
            _heading(translate("Slip", "Already shown")),
            _documents(slip.given, MARK_GIVEN, detailed=False),
        ]
    if slip.not_applicable:
        parts += [
            _heading(translate("Slip", "Not needed in your situation")),
            _documents(slip.not_applicable, MARK_NOT_APPLICABLE, detailed=False),
        ]
    parts += [
        _heading(translate("Slip", "Where and when to come back")),
        _lines([f"<b>{escape(site.name)}</b>", *(escape(a) for a in (site.address,) if a)]),
        _facts(spec, [(translate("Slip", "Phone"), site.phone)]),
        *_hours(site.hours, spec),
    ]
    return parts


def _heading(text: str, *, alarm: bool = False) -> str:
    """An alarm heading prints white on black: it survives a glance and a photocopy."""
    if alarm:
        return f'<h2 class="alarm">&nbsp;{escape(text)}&nbsp;</h2>'
    return f"<h2>{escape(text)}</h2>"


def _lines(lines: Iterable[str]) -> str:
    """Lines already escaped, as one paragraph."""
    return f"<p>{'<br>'.join(lines)}</p>"


def _frame(inner: str) -> str:
    return (
        '<table width="100%" border="2" cellspacing="0" cellpadding="8" style="border-style: '
        f'solid; border-color: #000; border-collapse: collapse;"><tr><td>{inner}</td></tr></table>'
    )


def _facts(spec: PageSpec, facts: list[tuple[str, str | None]]) -> str:
    """Label and value pairs; a missing value drops its label too."""
    shown = [(key, value) for key, value in facts if value]
    if not shown:
        return ""
    if spec.narrow:
        return "".join(
            f'<p><span class="key">{escape(key)}</span><br>{_breakable(value, spec)}</p>'
            for key, value in shown
        )
    rows = "".join(
        f'<tr><td class="key">{escape(key)}</td><td>{_breakable(value, spec)}</td></tr>'
        for key, value in shown
    )
    return f'<table cellspacing="0" cellpadding="2">{rows}</table>'


def _section(heading: str, text: str | None) -> list[str]:
    return [_heading(heading), f"<p>{escape(text)}</p>"] if text else []


def _note(note: str | None) -> list[str]:
    if not note:
        return []
    lines = (escape(line) for line in note.splitlines())
    return [_heading(translate("Slip", "A note for you")), _frame(_lines(lines))]


def _hours(hours: dict[str, str], spec: PageSpec) -> list[str]:
    heading = _heading(translate("Slip", "Opening hours"))
    if not any(text.strip() for text in hours.values()):
        unknown = translate("Slip", "Opening hours not known: call before you go.")
        return [heading, f"<p>{escape(unknown)}</p>"]
    rows = []
    for day in WEEKDAYS:
        ranges = wording.day_ranges(hours.get(day, ""))
        text = spec.range_separator.join(escape(r) for r in ranges) or escape(wording.closed())
        rows.append(f'<tr><td class="key">{escape(wording.weekday(day))}</td><td>{text}</td></tr>')
    return [heading, f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>']


def _to_bring(documents: tuple[DocumentRequirement, ...], heading: str) -> list[str]:
    if not documents:
        return []
    return [_heading(heading), _documents(documents, MARK_TO_BRING, detailed=True)]


def _documents(documents: Iterable[DocumentRequirement], mark: str, *, detailed: bool) -> str:
    """One row per document: the mark in its own column keeps labels aligned.

    Detailed rows are the ones still to bring: bold, with form and validity."""
    rows = []
    for document in documents:
        label = escape(document.label)
        lines = [f"<b>{label}</b>" if detailed else label]
        if detailed:
            lines.append(escape(wording.document_facts(document)))
            if choice := wording.alternatives(document):
                lines.append(escape(choice))
            if document.details:
                lines.append(f'<span class="small">{escape(document.details)}</span>')
        rows.append(
            f'<tr><td class="mark">{mark}</td><td width="100%">{"<br>".join(lines)}</td></tr>'
        )
    return f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>'


def _qr(link: Link | None, width_px: int, spec: PageSpec) -> list[str]:
    """The code with what it opens; beside its caption where the paper is wide."""
    if link is None:
        return []
    caption = {
        LinkKind.SHEET: translate("Slip", "The official sheet of your procedure"),
        LinkKind.ONLINE_SERVICE: translate("Slip", "The online service"),
        LinkKind.VIDEO: translate("Slip", "Your video appointment"),
        LinkKind.WEBSITE: translate("Slip", "The website"),
    }[link.kind]
    scan = translate("Slip", "Scan the code with your phone's camera:")
    image = f'<img src="{QR_RESOURCE}" width="{width_px}" height="{width_px}">'
    text = (
        f"<p><b>{escape(caption)}</b><br>{escape(scan)}</p>"
        f'<p class="small">{_breakable(link.url, spec)}</p>'
    )
    if spec.narrow:
        return ["<hr>", f'<div align="center">{text}<p>{image}</p></div>']
    return [
        "<hr>",
        f'<table cellspacing="0" cellpadding="4"><tr><td>{image}</td>'
        f'<td valign="middle">{text}</td></tr></table>',
    ]


def _breakable(text: str, spec: PageSpec) -> str:
    """On narrow paper web addresses wrap after their slashes instead of mid-word.

    Only there: the invisible break splits the address for copy and paste."""
    if not spec.narrow:
        return escape(text)
    return escape(text).replace("/", "/" + _BREAK)
