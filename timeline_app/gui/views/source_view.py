"""The article text with every temporal expression highlighted by how it was resolved.

Four styles: resolved (to a day or finer), uncertain (a wider span or vague), conflicting
(sources disagree on its event), unresolved (no date). Clicking an expression selects its
event; selecting an event elsewhere shows its document, highlights its sentence and
scrolls to it.
"""
from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QMouseEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget)

from timeline_app.core.document import Mention
from timeline_app.core.event import Event
from timeline_app.core.project import Change
from timeline_app.gui.session import Session
from timeline_app.temporal.model import Grain


class Status(enum.Enum):
    RESOLVED = "resolved"
    UNCERTAIN = "uncertain"
    CONFLICTING = "conflicting"
    UNRESOLVED = "unresolved"


STYLES: dict[Status, tuple[str, str, Qt.PenStyle | None]] = {
    # background, underline colour, underline style
    Status.RESOLVED: ("#cdebd3", "#2e7d32", None),
    Status.UNCERTAIN: ("#fbe6b8", "#b26a00", QTextCharFormat.UnderlineStyle.DashUnderline),  # type: ignore[dict-item]
    Status.CONFLICTING: ("#f8c9c5", "#c62828", QTextCharFormat.UnderlineStyle.WaveUnderline),  # type: ignore[dict-item]
    Status.UNRESOLVED: ("#e3e3e3", "#616161", QTextCharFormat.UnderlineStyle.DotLine),  # type: ignore[dict-item]
}


def status_of(mention: Mention, event: Event | None) -> Status:
    """How a mention was resolved, judged with the event it dates (if any)."""
    if event is not None and event.conflict is not None and not event.conflict.is_resolved:
        return Status.CONFLICTING
    interval = event.interval if event is not None and mention.offset is not None else mention.interval
    grain = event.grain if event is not None and mention.offset is not None else mention.grain
    if interval is None:
        return Status.UNRESOLVED
    if (grain is not None and grain < Grain.DAY) or interval.duration.days > 1 or mention.value.endswith("_REF"):
        return Status.UNCERTAIN
    return Status.RESOLVED


class ArticleText(QPlainTextEdit):
    """Read-only text that reports clicks by character position."""

    def __init__(self, view: "SourceView") -> None:
        super().__init__(view)
        self.view = view
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                     Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.view.click_at(self.cursorForPosition(event.position().toPoint()).position())


class SourceView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("sourceView")
        self.document_id: str | None = None
        self._mentions: list[tuple[Mention, Event | None, Status]] = []
        self._chooser_ids: list[str] = []  # the document of each row of the chooser
        self._chooser_rows: dict[str, int] = {}
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("documentChooser")
        self.chooser.setToolTip(self.tr("The article shown"))
        # sized by a typical title, not by measuring every one of thousands on first show
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(20)
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        self.text = ArticleText(self)
        self.text.setObjectName("articleText")
        legend = QLabel(self)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setText(" ".join(
            f'<span style="background:{STYLES[s][0]}; color:#000">&nbsp;{label}&nbsp;</span>'
            for s, label in ((Status.RESOLVED, self.tr("resolved")), (Status.UNCERTAIN, self.tr("uncertain")),
                             (Status.CONFLICTING, self.tr("conflicting")), (Status.UNRESOLVED, self.tr("unresolved")))))
        legend.setToolTip(self.tr("How each temporal expression was resolved. Click one to select its event."))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.chooser, 1)
        top.addWidget(legend)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(top)
        box.addWidget(self.text, 1)
        session.project_replaced.connect(self._fill_chooser)
        session.changed.connect(self._on_change)
        session.selection_changed.connect(self._on_selection)
        session.document_focus.connect(self.show_document)
        self._fill_chooser()

    # documents --------------------------------------------------------------------------
    def _fill_chooser(self) -> None:
        documents = self.session.project.documents
        self.chooser.blockSignals(True)
        self.chooser.clear()
        # titles in one call, ids beside them: an addItem per document is 10,000 calls at scale
        self._chooser_ids = list(documents)
        self._chooser_rows = {document_id: row for row, document_id in enumerate(self._chooser_ids)}
        self.chooser.addItems([document.title for document in documents.values()])
        self.chooser.blockSignals(False)
        if self.document_id not in self.session.project.documents:
            self.document_id = None
        target = self.document_id or next(iter(self.session.project.documents), None)
        self.document_id = None
        if target:
            self.show_document(target)
        else:
            self.text.setPlainText("")

    def _on_chosen(self, index: int) -> None:
        if 0 <= index < len(self._chooser_ids):
            self.show_document(self._chooser_ids[index])

    def show_document(self, document_id: str) -> None:
        document = self.session.project.documents.get(document_id)
        if document is None:
            return
        if document_id != self.document_id:
            self.document_id = document_id
            self.text.setPlainText(document.text)
            index = self._chooser_rows.get(document_id, -1)
            if index >= 0 and index != self.chooser.currentIndex():
                self.chooser.blockSignals(True)
                self.chooser.setCurrentIndex(index)
                self.chooser.blockSignals(False)
        self._classify()
        self._highlight()

    def _on_change(self, change: Change) -> None:
        if change.collection == "documents" and change.action != "changed":
            self._fill_chooser()
        elif change.collection in ("documents", "events", "mentions") and self.document_id:
            if self.document_id in self.session.project.documents:
                self._classify()
                self._highlight()
            else:
                self._fill_chooser()

    def _classify(self) -> None:
        project = self.session.project
        by_mention: dict[str, Event] = {}
        by_span: dict[int, Event] = {}
        for event in project.events_of(self.document_id or ""):
            for source in event.sources:
                if source.document_id != self.document_id:
                    continue
                if source.mention_id:
                    by_mention.setdefault(source.mention_id, event)
                if source.expression_start is not None:
                    by_span.setdefault(source.expression_start, event)
        self._mentions = []
        for mention in project.mentions_of(self.document_id or ""):
            event = by_mention.get(mention.id) or by_span.get(mention.start)
            self._mentions.append((mention, event, status_of(mention, event)))

    # highlighting ------------------------------------------------------------------------------
    def _highlight(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        current = self.session.current
        doc = self.text.document()
        if current is not None:
            for source in current.sources:
                if source.document_id == self.document_id:
                    selection = QTextEdit.ExtraSelection()
                    cursor = QTextCursor(doc)
                    cursor.setPosition(min(source.start, doc.characterCount() - 1))
                    cursor.setPosition(min(source.end, doc.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
                    selection.cursor = cursor  # type: ignore[attr-defined]
                    fmt = QTextCharFormat()
                    colour = QColor(self.palette().highlight().color())
                    colour.setAlphaF(0.22)
                    fmt.setBackground(colour)
                    selection.format = fmt  # type: ignore[attr-defined]
                    selections.append(selection)
        for mention, event, status in self._mentions:
            background, underline, style = STYLES[status]
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(min(mention.start, doc.characterCount() - 1))
            cursor.setPosition(min(mention.end, doc.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(background))
            fmt.setForeground(QColor("#000000"))
            fmt.setUnderlineColor(QColor(underline))
            fmt.setUnderlineStyle(style or QTextCharFormat.UnderlineStyle.SingleUnderline)  # type: ignore[arg-type]
            if current is not None and event is not None and event.id == current.id:
                fmt.setFontWeight(700)
            tip = f"{mention.text} \u2192 {mention.value} ({status.value})"
            if event is not None:
                tip += f"\n{event.title}"
            fmt.setToolTip(tip)
            fmt.setProperty(QTextFormat.Property.UserProperty, mention.id)
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.text.setExtraSelections(selections)

    def mention_statuses(self) -> dict[str, Status]:
        """Each shown mention's status by id (for tests and the status bar)."""
        return {mention.id: status for mention, _, status in self._mentions}

    # selection -------------------------------------------------------------------------------------
    def _on_selection(self, ids: list[str], origin: object) -> None:
        event = self.session.current
        if event is None:
            self._highlight()
            return
        sources = [s for s in event.sources if s.document_id == self.document_id] or event.sources
        if not sources:
            self._highlight()
            return
        source = sources[0]
        if source.document_id != self.document_id:
            self.show_document(source.document_id)
        else:
            self._highlight()
        if origin is not self:
            self.scroll_to(source.start)

    def scroll_to(self, position: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(min(position, self.text.document().characterCount() - 1))
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def click_at(self, position: int) -> None:
        for mention, event, _ in self._mentions:
            if mention.start <= position <= mention.end and event is not None:
                self.session.select([event.id], self)
                return

    def mention_span(self, text: str, occurrence: int = 0) -> tuple[int, int] | None:
        found = [m for m, _, _ in self._mentions if m.text == text]
        return (found[occurrence].start, found[occurrence].end) if len(found) > occurrence else None

    def highlighted_sentence(self) -> str:
        """The text of the sentence highlighted for the selected event ("" if none)."""
        event = self.session.current
        document = self.session.project.documents.get(self.document_id or "")
        if event is None or document is None:
            return ""
        for source in event.sources:
            if source.document_id == document.id:
                return document.text[source.start:source.end]
        return ""
