"""The inspector: everything about the selected event, editable, with its provenance.

The date field reads natural language ("last Friday", "two days after the meeting")
as you type and shows what it resolves to, and how, before anything is committed
(Enter commits). Every edit is a core command on the undo stack.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (QCheckBox, QColorDialog, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QToolButton, QVBoxLayout,
                               QWidget)

from timeline_app.core.commands import (AddCategory, EditCategory, RenameEvent, ResolveConflict, SetCategory, SetFlagged,
                                        SetLocked, SetStarred, SetTags, EditNotes)
from timeline_app.core.event import Event
from timeline_app.core.project import Change
from timeline_app.gui.dating import DateProposal, propose, resolution_chain, span_text
from timeline_app.gui.session import Session
from timeline_app.gui.models.documents import published_text

CATEGORY_COLOURS = ("#4a7fc1", "#e07b39", "#3d9a5b", "#b5478f", "#8a6d3b", "#5b5fc7", "#c9a227", "#2a9d8f")


class WrappingLabel(QLabel):
    """A word-wrapped label that is always as tall as its text needs at its width.

    A wrapped QLabel in a form inside a scroll area is given the height its text needed at
    some earlier width, and long provenance ("... -> anchor: ... -> +2 days -> 2020-03-07")
    was cut off; this one asks for that height whenever its text or width changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.width() <= 0:
            return
        # QLabel's heightForWidth is never less than the minimum height: without clearing it
        # the label kept the height of the longest text it had shown (a short source after a
        # merged event's five sat under a blank gap).
        previous = self.minimumHeight()
        self.setMinimumHeight(0)
        needed = self.heightForWidth(self.width())
        self.setMinimumHeight(needed if needed > 0 else previous)


class NotesEdit(QPlainTextEdit):
    """A notes box that reports when the user is done (focus leaves, or Ctrl+Return)."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.editing_finished.emit()
            return
        super().keyPressEvent(event)


class Inspector(QScrollArea):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("inspector")
        self.setWidgetResizable(True)
        self.setMinimumWidth(380)
        self.event_id: str | None = None
        self.proposal: DateProposal | None = None
        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.empty = QLabel(self.tr("Select an event on the timeline or in the table."), body)
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        self.form_box = QWidget(body)
        outer.addWidget(self.form_box)
        outer.addStretch(1)
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.title = QLineEdit(self.form_box)
        self.title.setObjectName("titleEdit")
        self.title.editingFinished.connect(self._commit_title)
        form.addRow(self.tr("&Title"), self.title)

        self.date = QLineEdit(self.form_box)
        self.date.setObjectName("dateEdit")
        self.date.setToolTip(self.tr("Type a date: 2020-03-05, last Friday, two days after <event>, since <event>. "
                                     "Press Enter to apply."))
        self.date.textEdited.connect(self._preview)
        self.date.returnPressed.connect(self.commit_date)
        self.preview = WrappingLabel(self.form_box)
        self.preview.setObjectName("datePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        date_box = QVBoxLayout()
        date_box.setContentsMargins(0, 0, 0, 0)
        date_box.addWidget(self.date)
        date_box.addWidget(self.preview)
        form.addRow(self._buddy_label(self.tr("&Date"), self.date), date_box)

        self.interval = QLabel(self.form_box)
        self.interval.setObjectName("intervalLabel")
        self.interval.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Interval"), self.interval)
        self.grain = QLabel(self.form_box)
        form.addRow(self.tr("Grain"), self.grain)

        self.category = QComboBox(self.form_box)
        self.category.setObjectName("categoryCombo")
        self.category.activated.connect(self._commit_category)
        add_category = QToolButton(self.form_box)
        add_category.setText("+")
        add_category.setToolTip(self.tr("New category"))
        add_category.clicked.connect(self.add_category)
        self.category_colour = QToolButton(self.form_box)
        self.category_colour.setObjectName("categoryColour")
        self.category_colour.setText("\u25a0")
        self.category_colour.setToolTip(self.tr("Colour of this category"))
        self.category_colour.clicked.connect(self.choose_category_colour)
        category_row = QHBoxLayout()
        category_row.addWidget(self.category, 1)
        category_row.addWidget(self.category_colour)
        category_row.addWidget(add_category)
        form.addRow(self._buddy_label(self.tr("&Category"), self.category), category_row)

        self.tags = QLineEdit(self.form_box)
        self.tags.setObjectName("tagsEdit")
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.tags.editingFinished.connect(self.commit_tags)
        form.addRow(self.tr("Ta&gs"), self.tags)

        self.notes = NotesEdit(self.form_box)
        self.notes.setObjectName("notesEdit")
        self.notes.setPlaceholderText(self.tr("Notes (saved when you leave the box, or Ctrl+Return)"))
        self.notes.setFixedHeight(80)
        self.notes.editing_finished.connect(self.commit_notes)
        form.addRow(self.tr("&Notes"), self.notes)

        flags = QHBoxLayout()
        self.starred = QCheckBox(self.tr("Star"), self.form_box)
        self.flagged = QCheckBox(self.tr("Flag"), self.form_box)
        self.locked = QCheckBox(self.tr("Lock"), self.form_box)
        self.locked.setToolTip(self.tr("A locked event keeps its date when anything is re-resolved "
                                       "and cannot be dragged"))
        self.starred.clicked.connect(lambda on: self._run(SetStarred, on))
        self.flagged.clicked.connect(lambda on: self._run(SetFlagged, on))
        self.locked.clicked.connect(lambda on: self._run(SetLocked, on))
        for box in (self.starred, self.flagged, self.locked):
            flags.addWidget(box)
        flags.addStretch(1)
        form.addRow(self.tr("Marks"), flags)

        self.conflict_box = QGroupBox(self.tr("Sources disagree"), self.form_box)
        conflict_form = QFormLayout(self.conflict_box)
        self.candidates = QComboBox(self.conflict_box)
        self.candidates.setObjectName("candidateCombo")
        self.reason = QLineEdit(self.conflict_box)
        self.reason.setPlaceholderText(self.tr("why this one (kept with the decision)"))
        resolve = QPushButton(self.tr("Resolve"), self.conflict_box)
        resolve.clicked.connect(self.resolve_conflict)
        conflict_form.addRow(self.tr("Candidate"), self.candidates)
        conflict_form.addRow(self.tr("Reason"), self.reason)
        conflict_form.addRow("", resolve)
        form.addRow(self.conflict_box)

        self.chain = WrappingLabel(self.form_box)
        self.chain.setObjectName("chainLabel")
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("How dated"), self.chain)

        self.sources = WrappingLabel(self.form_box)
        self.sources.setObjectName("sourcesLabel")
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Sources"), self.sources)

        session.selection_changed.connect(lambda *_: self.refresh())
        session.project_replaced.connect(self.refresh)
        session.changed.connect(self._on_change)
        self.refresh()

    def _buddy_label(self, text: str, buddy: QWidget) -> QLabel:
        """A row label whose mnemonic focuses ``buddy``: QFormLayout gives a row whose field is a
        layout a plain label, showing '&Date' with its ampersand and no Alt+D."""
        label = QLabel(text, self.form_box)
        label.setBuddy(buddy)
        return label

    @property
    def event(self) -> Event | None:  # type: ignore[override]
        return self.session.project.events.get(self.event_id or "")

    # showing ------------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.collection == "categories" or (change.collection == "events" and
                                                 (self.event_id in change.ids or not change.ids)):
            self.refresh(keep_editing=True)

    def refresh(self, keep_editing: bool = False) -> None:
        event = self.session.current
        self.event_id = event.id if event else None
        self.empty.setVisible(event is None)
        self.form_box.setVisible(event is not None)
        if event is None:
            return
        project = self.session.project

        def put(widget: QLineEdit, text: str) -> None:
            if not (keep_editing and widget.hasFocus() and widget.isModified()):
                widget.setText(text)
                widget.setModified(False)
                widget.setCursorPosition(0)  # show a long title from its start, not its end

        put(self.title, event.title)
        if not (keep_editing and self.date.hasFocus() and self.date.isModified()):
            self.date.setText(event.value or "")
            self.date.setModified(False)
            self.proposal = None
            self.preview.setText(self.tr("Type a new date and press Enter."))
        self.interval.setText(self.tr("no date") if event.interval is None else span_text(event.interval) +
                              (f"  ({self.tr('hand-edited')})" if event.is_hand_edited else ""))
        self.grain.setText((event.grain.label if event.grain is not None else "\u2014") + f" \u00b7 {event.kind}")
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("(none)"), None)
        for category in project.categories.values():
            self.category.addItem(category.name, category.id)
        self.category.setCurrentIndex(max(0, self.category.findData(event.category_id)) if event.category_id else 0)
        self.category.blockSignals(False)
        current = project.categories.get(event.category_id or "")
        self.category_colour.setEnabled(current is not None)
        self.category_colour.setStyleSheet(f"color: {current.colour}" if current is not None else "")
        put(self.tags, ", ".join(event.tags))
        if not (keep_editing and self.notes.hasFocus()):
            self.notes.setPlainText(event.notes)
        for box, value in ((self.starred, event.is_starred), (self.flagged, event.is_flagged),
                           (self.locked, event.is_locked)):
            box.setChecked(value)
        open_conflict = event.conflict is not None
        self.conflict_box.setVisible(open_conflict)
        if event.conflict is not None:
            self.conflict_box.setTitle(self.tr("Sources disagree") if not event.conflict.is_resolved
                                       else self.tr("Sources disagree (resolved)"))
            self.candidates.clear()
            for candidate in event.conflict.candidates:
                document = project.documents.get(candidate.document_id)
                self.candidates.addItem(f"{candidate.value} \u2014 \u201c{candidate.expression}\u201d "
                                        f"({document.title if document else candidate.document_id})")
            if event.conflict.decision is not None:
                self.candidates.setCurrentIndex(event.conflict.decision)
            self.reason.setText(event.conflict.reason)
        self.chain.setText("\n".join(resolution_chain(project, event)))
        self.sources.setText(self._sources_html(event))

    def _sources_html(self, event: Event) -> str:
        project = self.session.project
        parts = []
        for n, source in enumerate(event.sources, 1):
            document = project.documents.get(source.document_id)
            name = html.escape(document.title if document else source.document_id)
            date = html.escape(published_text(document)) if document else ""
            sentence = source.sentence
            quote = html.escape(sentence)
            if source.expression and source.expression in sentence:
                head, _, tail = sentence.partition(source.expression)
                quote = f"{html.escape(head)}<b>{html.escape(source.expression)}</b>{html.escape(tail)}"
            parts.append(f"<p><b>[{n}]</b> <i>{name}</i> ({date})<br>\u201c{quote}\u201d</p>")
        return "".join(parts) or self.tr("No sources.")

    # editing --------------------------------------------------------------------------------
    def _run(self, command_type: type, *args: object) -> None:
        if self.event_id is not None:
            self.session.execute(command_type(self.session.project, self.event_id, *args))

    def _commit_title(self) -> None:
        event = self.event
        if event is not None and self.title.isModified() and self.title.text().strip() != event.title:
            self.title.setModified(False)
            self._run(RenameEvent, self.title.text())

    def _preview(self, text: str) -> None:
        event = self.event
        if event is None:
            return
        self.proposal = propose(self.session.project, event, text)
        if self.proposal.is_valid:
            self.preview.setText("\u2192 " + self.proposal.chain)
            self.preview.setStyleSheet("")
        else:
            self.preview.setText(self.proposal.error)
            self.preview.setStyleSheet("color: #c62828")

    def commit_date(self) -> bool:
        event = self.event
        if event is None:
            return False
        proposal = self.proposal or propose(self.session.project, event, self.date.text())
        if not proposal.is_valid:
            self.session.error.emit(proposal.error)
            return False
        self.date.setModified(False)
        done = self.session.execute(proposal.command(self.session.project, event.id))
        self.proposal = None
        self.refresh()
        return done

    def _commit_category(self, index: int) -> None:
        event = self.event
        category_id = self.category.itemData(index)
        if event is not None and category_id != event.category_id:
            self._run(SetCategory, category_id)

    def commit_tags(self) -> None:
        event = self.event
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        if event is not None and tags != event.tags:
            self._run(SetTags, tags)

    def commit_notes(self) -> None:
        event = self.event
        if event is not None and self.notes.toPlainText() != event.notes:
            self._run(EditNotes, self.notes.toPlainText())

    def add_category(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New category"), self.tr("Name:"))
        if ok and name.strip():
            self.create_category(name)

    def create_category(self, name: str) -> str | None:
        """Add a category (colour picked from a fixed cycle) and give it to the event."""
        colour = CATEGORY_COLOURS[len(self.session.project.categories) % len(CATEGORY_COLOURS)]
        command = AddCategory(self.session.project, name, colour)
        if not self.session.execute(command):
            return None
        if self.event_id is not None:
            self._run(SetCategory, command.new_id)
        return command.new_id

    def choose_category_colour(self) -> None:
        """Pick a new colour for the selected event's category (an undoable edit)."""
        event = self.event
        category = self.session.project.categories.get(event.category_id or "") if event is not None else None
        if category is None:
            return
        chosen = QColorDialog.getColor(QColor(category.colour), self, self.tr("Category colour"))
        if chosen.isValid() and chosen.name() != category.colour:
            self.session.execute(EditCategory(self.session.project, category.id, colour=chosen.name()))
            self.refresh()

    def resolve_conflict(self) -> None:
        event = self.event
        if event is None or event.conflict is None:
            return
        self._run(ResolveConflict, self.candidates.currentIndex(), self.reason.text().strip())
