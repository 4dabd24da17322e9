"""The kiosk's pages: themes, procedures, checklist, take-away, ticket, feedback, unlock.

Every page rebuilds its texts in ``retranslate`` so the visitor can switch
language at any moment; the catalogue's own texts come from ``KioskText``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from guichet.catalog.kiosk_text import KioskText
from guichet.domain.catalog import DocumentForm, Procedure
from guichet.paths import resources_dir
from guichet.slips.qr import qr_image


def pictogram(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "pictograms" / f"{name}.svg"))


def wrapping(text: str = "", name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    if name:
        label.setObjectName(name)
    return label


def big_button(text: str = "", primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    if primary:
        button.setObjectName("primary")
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class KioskPage(QWidget):
    """A page that follows the visitor's language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


def _discard(widget: QWidget) -> None:
    """Off the page at once: a deferred deletion alone would leave it shown until the loop runs."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def scrolled(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class HomePage(KioskPage):
    theme_chosen = Signal(str)
    agent_wanted = Signal()

    def __init__(self, text: KioskText) -> None:
        super().__init__()
        self.text = text
        self.title = wrapping(name="title")
        self.theme_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for number, theme_id in enumerate(text.catalog.themes):
            button = big_button()
            button.setIcon(pictogram(theme_id))
            button.setIconSize(QSize(56, 56))
            button.clicked.connect(lambda _=False, t=theme_id: self.theme_chosen.emit(t))
            self.theme_buttons[theme_id] = button
            grid.addWidget(button, number // 2, number % 2)
        self.agent_button = big_button(primary=True)
        self.agent_button.clicked.connect(self.agent_wanted)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.title)
        column.addLayout(grid)
        column.addWidget(self.agent_button)
        column.addStretch(1)
        QVBoxLayout(self).addWidget(scrolled(inner))
        self.retranslate()

    def set_text(self, text: KioskText) -> None:
        self.text = text
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("What do you need help with?"))
        for theme_id, button in self.theme_buttons.items():
            button.setText(self.text.theme(theme_id))
            button.setAccessibleName(self.text.theme(theme_id))
        self.agent_button.setText(self.tr("Talk to an agent (take a ticket)"))


class ProceduresPage(KioskPage):
    procedure_chosen = Signal(str)
    agent_wanted = Signal()
    back = Signal()

    def __init__(self, text: KioskText) -> None:
        super().__init__()
        self.text = text
        self.theme_id: str | None = None
        self.title = wrapping(name="title")
        self.buttons: list[QPushButton] = []
        self._list = QVBoxLayout()
        self.none_fits = big_button()
        self.none_fits.clicked.connect(self.agent_wanted)
        self.back_button = big_button()
        self.back_button.clicked.connect(self.back)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.title)
        column.addLayout(self._list)
        column.addWidget(self.none_fits)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(inner), 1)
        layout.addWidget(self.back_button)
        self.retranslate()

    def procedures(self) -> list[Procedure]:
        """In French every procedure of the theme; in another language the translated ones."""
        found = [p for p in self.text.catalog.procedures.values() if p.theme_id == self.theme_id]
        if self.text.language != "fr":
            found = [p for p in found if self.text.translated(p)]
        return sorted(found, key=lambda p: (not self.text.translated(p), self.text.title(p)))

    def show_theme(self, text: KioskText, theme_id: str | None) -> None:
        self.text, self.theme_id = text, theme_id
        self.retranslate()

    def retranslate(self) -> None:
        for button in self.buttons:
            _discard(button)
        self.buttons = []
        if self.theme_id is None:
            return
        self.title.setText(self.text.theme(self.theme_id))
        for procedure in self.procedures():
            button = big_button(self.text.title(procedure))
            button.clicked.connect(lambda _=False, p=procedure.id: self.procedure_chosen.emit(p))
            self._list.addWidget(button)
            self.buttons.append(button)
        self.none_fits.setText(self.tr("Not in the list? Talk to an agent"))
        self.back_button.setText(self.tr("◀ Back"))


class ChecklistPage(KioskPage):
    take_away = Signal()
    agent_wanted = Signal()
    back = Signal()

    def __init__(self, text: KioskText) -> None:
        super().__init__()
        self.text = text
        self.procedure: Procedure | None = None
        self.title = wrapping(name="title")
        self.summary = wrapping()
        self.bring = wrapping(name="document")
        self.rows: list[QWidget] = []
        self._list = QVBoxLayout()
        self.take_away_button = big_button(primary=True)
        self.take_away_button.clicked.connect(self.take_away)
        self.agent_button = big_button()
        self.agent_button.clicked.connect(self.agent_wanted)
        self.back_button = big_button()
        self.back_button.clicked.connect(self.back)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.title)
        column.addWidget(self.summary)
        column.addWidget(self.bring)
        column.addLayout(self._list)
        column.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addWidget(self.agent_button)
        actions.addWidget(self.take_away_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(inner), 1)
        layout.addLayout(actions)
        self.retranslate()

    def show_procedure(self, text: KioskText, procedure: Procedure | None) -> None:
        self.text, self.procedure = text, procedure
        self.retranslate()

    def lines(self) -> list[str]:
        """The checklist as the visitor reads it: one document per line, in their language."""
        if self.procedure is None:
            return []
        forms = {
            DocumentForm.ORIGINAL: self.tr("the original"),
            DocumentForm.COPY: self.tr("a copy"),
            DocumentForm.ORIGINAL_OR_COPY: self.tr("the original or a copy"),
        }
        found = []
        for document in self.procedure.documents:
            parts = [self.text.document(self.procedure, document.label), forms[document.form]]
            if document.validity:
                parts.append(self.text.phrase(document.validity))
            line = " — ".join(parts)
            if document.alternatives:
                line += (
                    "\n"
                    + self.tr("One of these:")
                    + " "
                    + ", ".join(self.text.phrase(item) for item in document.alternatives)
                )
            if document.condition:
                line += "\n" + self.text.phrase(document.condition)
            found.append(line)
        return found

    def retranslate(self) -> None:
        for row in self.rows:
            _discard(row)
        self.rows = []
        self.take_away_button.setText(self.tr("Take the list with me"))
        self.agent_button.setText(self.tr("Talk to an agent"))
        self.back_button.setText(self.tr("◀ Back"))
        if self.procedure is None:
            return
        self.title.setText(self.text.title(self.procedure))
        self.summary.setText(self.text.summary(self.procedure))
        self.bring.setText(
            self.tr("What to bring:") if self.procedure.documents else self.tr("Nothing to bring.")
        )
        for line in self.lines():
            row = QWidget()
            icon = QLabel()
            icon.setPixmap(pictogram("document").pixmap(48, 48))
            label = wrapping(line)
            box = QHBoxLayout(row)
            box.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            box.addWidget(label, 1)
            self._list.addWidget(row)
            self.rows.append(row)


class TakeAwayPage(KioskPage):
    done = Signal()
    print_requested = Signal()

    def __init__(self, can_print: bool) -> None:
        super().__init__()
        self.title = wrapping(name="title")
        self.explain = wrapping()
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = big_button()
        self.print_button.setVisible(can_print)
        self.print_button.clicked.connect(self.print_requested)
        self.done_button = big_button(primary=True)
        self.done_button.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.print_button)
        layout.addWidget(self.done_button)
        self.retranslate()

    def show_link(self, url: str) -> None:
        self.qr.setPixmap(QPixmap.fromImage(qr_image(url)).scaledToWidth(320))
        self.qr.setAccessibleName(self.tr("QR code to the list on service-public.fr"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Take the list with you"))
        self.explain.setText(
            self.tr("Scan this code with your phone: it opens the official page with the list.")
        )
        self.print_button.setText(self.tr("Print the list"))
        self.done_button.setText(self.tr("I'm done"))


class TicketPage(KioskPage):
    done = Signal()
    print_requested = Signal()

    def __init__(self, can_print: bool) -> None:
        super().__init__()
        self.code = ""
        self.ahead = 0
        self.title = wrapping(name="title")
        self.number = QLabel()
        self.number.setObjectName("ticket")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = wrapping()
        self.print_button = big_button()
        self.print_button.setVisible(can_print)
        self.print_button.clicked.connect(self.print_requested)
        self.done_button = big_button(primary=True)
        self.done_button.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.number, 1)
        layout.addWidget(self.explain)
        layout.addWidget(self.print_button)
        layout.addWidget(self.done_button)
        self.retranslate()

    def show_ticket(self, code: str, ahead: int) -> None:
        self.code, self.ahead = code, ahead
        self.print_button.setEnabled(True)
        self.retranslate()

    def show_unavailable(self) -> None:
        """No ticket could be saved (a full disk): the visitor goes to the desk instead."""
        self.code, self.ahead = "", 0
        self.print_button.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        if self.code:
            self.title.setText(self.tr("Your number"))
            self.number.setAccessibleName(
                self.tr("Your number is {code}").format(code=self.code)
            )
            self.explain.setText(
                self.tr("An agent will call this number. People before you: {n}.").format(
                    n=self.ahead
                )
            )
        else:
            self.title.setText(self.tr("Sorry, no ticket right now"))
            self.number.setAccessibleName("")
            self.explain.setText(
                self.tr("Please go to the reception desk: an agent will take you in.")
            )
        self.number.setText(self.code)
        self.print_button.setText(self.tr("Print my ticket"))
        self.done_button.setText(self.tr("OK"))


class FaceButton(QPushButton):
    """One of the five faces, drawn so it needs no image and scales with the text."""

    COLOURS = ("#ce0500", "#e4794a", "#b7a73f", "#68a532", "#18753c")

    def __init__(self, score: int) -> None:
        super().__init__()
        self.score = score
        self.setObjectName("tool")
        self.setMinimumSize(96, 96)
        self.setMaximumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 24
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        painter.setPen(QPen(QColor(self.COLOURS[self.score - 1]), 5))
        painter.drawEllipse(int(left), int(top), side, side)
        eye = side // 10
        painter.drawEllipse(int(left + side * 0.3), int(top + side * 0.3), eye, eye)
        painter.drawEllipse(int(left + side * 0.6), int(top + side * 0.3), eye, eye)
        # The mouth bends from sad (1) to happy (5).
        bend = (self.score - 3) * side // 8
        mouth_y = int(top + side * 0.65)
        span = 180 * 16 if bend >= 0 else -180 * 16
        painter.drawArc(
            int(left + side * 0.28),
            mouth_y - abs(bend),
            int(side * 0.44),
            max(abs(bend) * 2, 2),
            0,
            -span,
        )
        painter.end()


class FeedbackPage(KioskPage):
    answered = Signal(int)
    skipped = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.title = wrapping(name="title")
        self.thanks = wrapping(name="title")
        self.thanks.hide()
        self.faces = [FaceButton(score) for score in range(1, 6)]
        row = QHBoxLayout()
        for face in self.faces:
            face.clicked.connect(lambda _=False, s=face.score: self._answer(s))
            row.addWidget(face)
        self.skip_button = big_button()
        self.skip_button.clicked.connect(self.skipped)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row, 1)
        layout.addWidget(self.thanks)
        layout.addWidget(self.skip_button)
        self.retranslate()

    def reset(self) -> None:
        self.thanks.hide()
        for face in self.faces:
            face.setEnabled(True)

    def _answer(self, score: int) -> None:
        for face in self.faces:
            face.setEnabled(False)
        self.thanks.show()
        self.answered.emit(score)

    def retranslate(self) -> None:
        self.title.setText(self.tr("How did it go?"))
        names = (
            self.tr("Very bad"),
            self.tr("Bad"),
            self.tr("So-so"),
            self.tr("Good"),
            self.tr("Very good"),
        )
        for face, name in zip(self.faces, names, strict=True):
            face.setAccessibleName(name)
            face.setToolTip(name)
        self.thanks.setText(self.tr("Thank you!"))
        self.skip_button.setText(self.tr("Skip"))


class UnlockPage(KioskPage):
    """The manager's way out: a PIN typed on the screen's own keypad."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.title = wrapping(name="title")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.error = wrapping()
        pad = QGridLayout()
        self.keys: list[QPushButton] = []
        for number, digit in enumerate("123456789"):
            pad.addWidget(self._key(digit), number // 3, number % 3)
        pad.addWidget(self._key("0"), 3, 1)
        self.erase = big_button("⌫")
        self.erase.setObjectName("tool")
        self.erase.clicked.connect(self.pin.backspace)
        pad.addWidget(self.erase, 3, 0)
        self.ok = big_button(primary=True)
        self.ok.clicked.connect(lambda: self.submitted.emit(self.pin.text()))
        self.pin.returnPressed.connect(self.ok.click)
        pad.addWidget(self.ok, 3, 2)
        self.cancel = big_button()
        self.cancel.clicked.connect(self.cancelled)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.title)
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addLayout(pad)
        layout.addWidget(self.cancel)
        layout.addStretch(1)
        # Scrolls like every page: the keypad alone is taller than a 720-line screen.
        QVBoxLayout(self).addWidget(scrolled(inner))
        self.retranslate()

    def _key(self, digit: str) -> QPushButton:
        button = big_button(digit)
        button.setObjectName("tool")
        button.clicked.connect(lambda: self.pin.insert(digit))
        self.keys.append(button)
        return button

    def reset(self) -> None:
        self.pin.clear()
        self.error.clear()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Manager only: PIN to leave the kiosk"))
        self.pin.setAccessibleName(self.tr("Manager PIN"))
        self.erase.setAccessibleName(self.tr("Erase"))
        self.ok.setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))
