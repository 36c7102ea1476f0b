"""Small dialogs: publication date (with a preview of what moves), pasted article, era,
go to date."""
from __future__ import annotations

from datetime import date, datetime

from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTimeEdit,
                               QVBoxLayout, QWidget)

from timeline_app.core.commands import ChangePublicationDate, CommandError
from timeline_app.core.document import Document, PublicationSource, zone_from_name
from timeline_app.core.project import Project


DASH = "\u2014"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> datetime:
    return datetime(day.year(), day.month(), day.day())


def preview_publication_change(project: Project, document_id: str, published: datetime, zone: str | None = None,
                               has_time: bool = False) -> list[str]:
    """What changing ``document_id``'s publication date would move, one line per event.

    Does the real command and undoes it at once, with the project's listeners muted, so
    the preview is exactly what applying it does; the command copies only the document's
    events and their dependents, so this stays quick in a 100,000-event project.
    """
    command = ChangePublicationDate(project, document_id, published, zone, has_time)
    with project.muted():
        try:
            command.do()
        except CommandError as exc:
            return [str(exc)]
        command.undo()
    changed = command.differences("events")
    lines = []
    for event_id in project.events:  # in the project's order, as the list is read
        before, after = changed.get(event_id, (None, None))
        if before is None or after is None:
            continue
        if (before.get("value"), before.get("interval")) != (after.get("value"), after.get("interval")):
            lines.append(f"{before.get('title')}: {before.get('value') or DASH} \u2192 {after.get('value') or DASH}")
    return lines


class PublicationDateDialog(QDialog):
    """Change a document's publication date, seeing which events move before applying."""

    def __init__(self, project: Project, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project, self.document = project, document
        self.setWindowTitle(self.tr("Publication date of \u201c%s\u201d") % document.title)
        self.date = QDateEdit(self)
        self.date.setObjectName("publishedEdit")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        if document.published is not None:
            self.date.setDate(to_qdate(document.published.date()))
        # The time of day and the zone matter to "tonight", "this morning", "at 9 pm" and to
        # exports that write offsets; both are optional, as most articles give only a date.
        self.has_time = QCheckBox(self.tr("&Time known"), self)
        self.has_time.setObjectName("publishedHasTime")
        self.time = QTimeEdit(self)
        self.time.setObjectName("publishedTime")
        self.time.setDisplayFormat("HH:mm")
        self.zone = QComboBox(self)
        self.zone.setObjectName("publishedZone")
        self.zone.setEditable(True)
        self.zone.addItems(["", "UTC", *sorted(available_timezones() - {"UTC"})])
        self.zone.lineEdit().setPlaceholderText(self.tr("e.g. Europe/Istanbul or +03:00"))
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if document.published is not None:
            self.time.setTime(QTime(document.published.hour, document.published.minute))
        self.has_time.setChecked(bool(document.has_time))
        self.time.setEnabled(self.has_time.isChecked())
        self.zone.setCurrentText(document.zone or "")
        self.zone_error = QLabel(self)
        self.zone_error.setObjectName("publishedZoneError")
        note = QLabel(self)
        note.setWordWrap(True)
        if document.is_estimated and document.estimate is not None:
            note.setText(self.tr("Estimated from the text: ") + "; ".join(document.estimate.reasons))
        self.moves = QListWidget(self)
        self.moves.setObjectName("movesList")
        self.summary = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Published"), self.date)
        timing = QHBoxLayout()
        timing.addWidget(self.has_time)
        timing.addWidget(self.time, 1)
        form.addRow("", timing)
        form.addRow(self.tr("&Zone"), self.zone)
        form.addRow("", self.zone_error)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(self.summary)
        box.addWidget(self.moves, 1)
        box.addWidget(buttons)
        self.date.dateChanged.connect(self.update_preview)
        self.time.timeChanged.connect(self.update_preview)
        self.has_time.toggled.connect(self.time.setEnabled)
        self.has_time.toggled.connect(self.update_preview)
        self.zone.currentTextChanged.connect(self.update_preview)
        self.update_preview()

    @property
    def published(self) -> datetime:
        day = from_qdate(self.date.date())
        if self.has_time.isChecked():
            moment = self.time.time()
            return day.replace(hour=moment.hour(), minute=moment.minute())
        return day

    @property
    def zone_text(self) -> str | None:
        """The zone as typed (an IANA name or an offset), or None when left empty."""
        return self.zone.currentText().strip() or None

    def _zone_is_valid(self) -> bool:
        return self.zone_text is None or zone_from_name(self.zone_text) is not None

    def update_preview(self) -> None:
        self.moves.clear()
        valid = self._zone_is_valid()
        self.zone_error.setText("" if valid else self.tr("Unknown time zone: use a name such as Europe/Istanbul "
                                                          "or an offset such as +03:00."))
        self.ok.setEnabled(valid)
        if not valid:
            self.summary.setText("")
            return
        document = self.document
        if document.published is not None and self.published == document.published and \
                self.has_time.isChecked() == document.has_time and self.zone_text == document.zone and \
                document.published_source is not PublicationSource.ESTIMATED:
            self.summary.setText(self.tr("Unchanged."))
            return
        lines = preview_publication_change(self.project, self.document.id, self.published, self.zone_text,
                                           self.has_time.isChecked())
        self.summary.setText(self.tr("%n event(s) would move:", "", len(lines)) if lines else
                             self.tr("No event would move."))
        self.moves.addItems(lines)

    def command(self) -> ChangePublicationDate:
        return ChangePublicationDate(self.project, self.document.id, self.published, self.zone_text,
                                     self.has_time.isChecked())


class PasteArticleDialog(QDialog):
    """Paste an article's text; its publication date is asked for, proposing the estimate."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste article"))
        self.resize(640, 480)
        self.title = QLineEdit(self)
        self.title.setObjectName("pasteTitle")
        self.title.setPlaceholderText(self.tr("first line of the text"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("pasteText")
        self.date = QDateEdit(self)
        self.date.setObjectName("pasteDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.estimate = QLabel(self)
        self.estimate.setWordWrap(True)
        self._user_set_date = False
        self.date.dateChanged.connect(self._date_touched)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Te&xt"), self.text)
        form.addRow(self.tr("&Published"), self.date)
        form.addRow("", self.estimate)
        form.addRow(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_estimate)
        self.text.textChanged.connect(self._timer.start)
        self._setting = False
        self.text.setPlainText(text)
        self.update_estimate()

    def _date_touched(self) -> None:
        if not self._setting:
            self._user_set_date = True

    def update_estimate(self) -> None:
        from timeline_app.pipeline import EstimationError, estimate_publication

        text = self.text.toPlainText()
        if not text.strip():
            self.estimate.setText(self.tr("Paste the article text above."))
            return
        try:
            guess = estimate_publication(text)
        except EstimationError as exc:
            self.estimate.setText(self.tr("No estimate from the text (%s): please give the date.") % exc)
            return
        self.estimate.setText(self.tr("Proposed from the text (confidence %.0f%%): ") % (100 * guess.confidence) +
                              "; ".join(guess.reasons))
        if not self._user_set_date:
            self._setting = True
            self.date.setDate(to_qdate(guess.moment.date()))
            self._setting = False

    def document(self) -> Document:
        text = self.text.toPlainText().replace("\r\n", "\n")
        first = next((line.strip() for line in text.splitlines() if line.strip()), "Pasted article")
        title = self.title.text().strip() or first[:120]
        return Document("", title, text, source_name=self.tr("pasted"), published=from_qdate(self.date.date()),
                        published_source=PublicationSource.GIVEN)


class EraDialog(QDialog):
    def __init__(self, start: date, end: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New era"))
        self.name = QLineEdit(self)
        self.start = QDateEdit(to_qdate(start), self)
        self.end = QDateEdit(to_qdate(end), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To (inclusive)"), self.end)
        form.addRow(buttons)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
