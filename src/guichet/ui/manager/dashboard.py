"""The site manager's dashboard: a month (or any period) against the previous one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.agent import AgentInfo
from guichet.domain.report import Indicators, Spread
from guichet.domain.visit import AgeBand, Channel, Gender, HelpType, Outcome
from guichet.services.desk import Desk
from guichet.services.reports import Period, ReportService
from guichet.ui import labels
from guichet.ui.charts import BarChart
from guichet.ui.manager.export_runner import ExportRunner

MONTHS_SHOWN = 13


def share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}".replace("%", " %")


def minutes(spread: Spread) -> str:
    if spread.median is None:
        return "—"
    return f"{spread.median:.0f} / {spread.p90:.0f} min"


class Dashboard(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.actor: AgentInfo | None = None
        self.current: Indicators | None = None
        self.previous: Indicators | None = None

        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        today = date.today()
        year, month = today.year, today.month
        for _ in range(MONTHS_SHOWN):
            self.month.addItem(f"{year:04d}-{month:02d}", f"{year:04d}-{month:02d}")
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        month_label = QLabel(self.tr("&Month"))
        month_label.setBuddy(self.month)
        self.period_label = QLabel()
        self.period_label.setObjectName("hint")

        self.kpi_values: dict[str, QLabel] = {}
        kpis = QGridLayout()
        self._kpi_titles = [
            ("visits", self.tr("Visits")),
            ("requests", self.tr("Requests")),
            ("on_site", self.tr("Handled on site")),
            ("referrals", self.tr("Referrals")),
            ("appointments", self.tr("Appointments")),
            ("missing", self.tr("Came back for missing documents")),
            ("wait", self.tr("Wait (median / 90 %)")),
            ("handling", self.tr("Handling (median / 90 %)")),
            ("satisfaction", self.tr("Satisfied visitors")),
            ("hours", self.tr("Opening hours held")),
        ]
        for number, (key, title) in enumerate(self._kpi_titles):
            box = QGroupBox()
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            caption = QLabel(title)
            caption.setWordWrap(True)
            value = QLabel()
            value.setWordWrap(True)
            value.setObjectName("totals")
            value.setAccessibleName(title)
            inside = QVBoxLayout(box)
            inside.addWidget(caption)
            inside.addWidget(value)
            self.kpi_values[key] = value
            kpis.addWidget(box, number // 5, number % 5)

        self.by_operator = BarChart(
            self.tr("Requests per operator (dark: this period, light: previous)")
        )
        self.by_theme = BarChart(self.tr("Requests per theme"))
        self.breakdown = QTableWidget(0, 3)
        self.breakdown.setAccessibleName(self.tr("Breakdown of the period"))
        self.breakdown.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("This period"), self.tr("Previous period")]
        )
        self.breakdown.verticalHeader().hide()
        self.breakdown.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.breakdown.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton(self.tr("Export the month (CSV)"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button = QPushButton(self.tr("Export the month (Excel)"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.export_progress = QProgressBar()
        self.export_progress.setAccessibleName(self.tr("Export progress"))
        self.export_progress.hide()
        self.export_status = QLabel()
        self.export_status.setOpenExternalLinks(True)
        self.runner = ExportRunner(self)
        self.runner.progress.connect(self._export_progress)
        self.runner.finished.connect(self._export_done)
        self.runner.failed.connect(self._export_failed)

        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addWidget(self.refresh_button)
        top.addWidget(self.period_label, 1)
        top.addWidget(self.csv_button)
        top.addWidget(self.xlsx_button)
        charts = QVBoxLayout()
        charts.addWidget(self.by_operator)
        charts.addWidget(self.by_theme)
        charts.addStretch(1)
        lower = QHBoxLayout()
        lower.addLayout(charts, 3)
        lower.addWidget(self.breakdown, 2)
        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(kpis)
        body.addLayout(lower, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        exports = QHBoxLayout()
        exports.addWidget(self.export_status, 1)
        exports.addWidget(self.export_progress)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(exports)
        layout.addWidget(scroll, 1)

    def period(self) -> Period:
        return Period.month(self.month.currentData())

    def start(self, actor: AgentInfo) -> None:
        self.actor = actor
        self.refresh()

    def refresh(self) -> None:
        if self.actor is None or self._desk.site is None:
            return
        reports = ReportService(self._desk.db, self._desk.site.id)
        period = self.period()
        self.current = reports.indicators(self.actor, period)
        self.previous = reports.indicators(self.actor, period.previous())
        self.period_label.setText(
            self.tr("compared with {previous}").format(previous=f"{period.previous().start:%Y-%m}")
        )
        self._show(self.current, self.previous)

    def _show(self, now: Indicators, before: Indicators) -> None:
        values = {
            "visits": (str(now.visits), str(before.visits)),
            "requests": (str(now.requests), str(before.requests)),
            "on_site": (share(now.handled_on_site_share), share(before.handled_on_site_share)),
            "referrals": (str(now.referrals), str(before.referrals)),
            "appointments": (str(now.appointments), str(before.appointments)),
            "missing": (str(now.missing_documents), str(before.missing_documents)),
            "wait": (minutes(now.wait), minutes(before.wait)),
            "handling": (minutes(now.handling), minutes(before.handling)),
            "satisfaction": (share(now.satisfied_share), share(before.satisfied_share)),
            "hours": (
                self._hours(now),
                self._hours(before),
            ),
        }
        for key, (value, previous) in values.items():
            self.kpi_values[key].setText(
                self.tr("{value}\nprevious: {previous}").format(value=value, previous=previous)
            )
        catalog = self._desk.catalog
        operators = sorted(
            set(now.by_operator) | set(before.by_operator), key=lambda o: -now.by_operator[o]
        )
        self.by_operator.set_rows(
            [
                (
                    catalog.operators[o].short_name if o in catalog.operators else o,
                    now.by_operator[o],
                    before.by_operator[o],
                )
                for o in operators
            ]
        )
        themes = sorted(set(now.by_theme) | set(before.by_theme), key=lambda t: -now.by_theme[t])
        self.by_theme.set_rows(
            [
                (
                    catalog.themes[t].name if t in catalog.themes else self.tr("Other"),
                    now.by_theme[t],
                    before.by_theme[t],
                )
                for t in themes
            ]
        )
        rows: list[tuple[str, int, int] | str] = [self.tr("Channel")]
        rows += [(labels.channel(c), now.by_channel[c], before.by_channel[c]) for c in Channel]
        rows.append(self.tr("Help given"))
        rows += [
            (labels.plain(labels.help_type(h)), now.by_help[h], before.by_help[h]) for h in HelpType
        ]
        rows.append(self.tr("Outcome"))
        rows += [
            (labels.plain(labels.outcome(o)), now.by_outcome[o], before.by_outcome[o])
            for o in Outcome
        ]
        rows.append(self.tr("Age band"))
        rows += [(labels.age_band(a), now.by_age[a], before.by_age[a]) for a in AgeBand]
        rows.append((labels.not_given(), now.by_age[None], before.by_age[None]))
        rows.append(self.tr("Gender"))
        rows += [(labels.gender(g), now.by_gender[g], before.by_gender[g]) for g in Gender]
        rows.append((labels.not_given(), now.by_gender[None], before.by_gender[None]))
        rows.append(self.tr("First visit"))
        rows += [
            (self.tr("Yes"), now.by_first_visit[True], before.by_first_visit[True]),
            (self.tr("No"), now.by_first_visit[False], before.by_first_visit[False]),
            (labels.not_given(), now.by_first_visit[None], before.by_first_visit[None]),
        ]
        self.breakdown.setRowCount(len(rows))
        for number, row in enumerate(rows):
            if isinstance(row, str):
                heading = QTableWidgetItem(row)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.breakdown.setItem(number, 0, heading)
                self.breakdown.setItem(number, 1, QTableWidgetItem(""))
                self.breakdown.setItem(number, 2, QTableWidgetItem(""))
                continue
            label, value, previous = row
            self.breakdown.setItem(number, 0, QTableWidgetItem(label))
            for column, figure in ((1, value), (2, previous)):
                item = QTableWidgetItem(str(figure))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.breakdown.setItem(number, column, item)

    def export(self, fmt: str) -> None:
        """To the documents folder, named after the site and the month."""
        if self.actor is None or self.runner.busy:
            return
        location = QStandardPaths.StandardLocation.DocumentsLocation
        folder = Path(QStandardPaths.writableLocation(location)) / "guichet" / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        output = folder / f"guichet-{self.month.currentData()}.{fmt}"
        for button in (self.csv_button, self.xlsx_button):
            button.setEnabled(False)
        self.export_progress.setRange(0, 0)
        self.export_progress.show()
        self.export_status.setText(self.tr("Exporting…"))
        self.runner.start(self._desk, self.actor, self.period(), fmt, output)

    def _export_progress(self, done: int, total: int) -> None:
        self.export_progress.setRange(0, max(total, 1))
        self.export_progress.setValue(done)

    def _export_done(self, path: str, rows: int) -> None:
        self._export_ended()
        uri = Path(path).as_uri()
        self.export_status.setText(
            self.tr("{rows} requests exported to {link}").format(
                rows=rows, link=f'<a href="{uri}">{Path(path).name}</a>'
            )
        )

    def _export_failed(self, reason: str) -> None:
        self._export_ended()
        self.export_status.setText(
            self.tr("The export failed, nothing was written: {reason}").format(reason=reason)
        )

    def _export_ended(self) -> None:
        self.export_progress.hide()
        for button in (self.csv_button, self.xlsx_button):
            button.setEnabled(True)

    def _hours(self, figures: Indicators) -> str:
        if figures.hours_declared is None or figures.hours_held is None:
            return "—"
        return self.tr("{held:.0f} h of {declared:.0f} h ({share})").format(
            held=figures.hours_held,
            declared=figures.hours_declared,
            share=share(figures.hours_held_share),
        )
