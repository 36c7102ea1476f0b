"""The open project as the GUI sees it: model, undo stack, file, selection and filter.

One :class:`Session` is shared by every view, so selecting on the canvas selects in the
table and the source view (they all listen to :attr:`Session.selection_changed`), and
every edit goes through :meth:`Session.execute`, which runs a core command and puts it on
the ``QUndoStack``.
"""
from __future__ import annotations

import gc

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from timeline_app.core.commands import Command, CommandError
from timeline_app.core.event import Event
from timeline_app.core.project import Change, Project
from timeline_app.core.allocation import collector_paused
from timeline_app.gui.commands import UndoCommand
from timeline_app.gui.event_index import EventIndex, Facts, is_uncertain

__all__ = ["EventFilter", "Session", "is_uncertain"]


@dataclass(slots=True)
class EventFilter:
    """What the table and the canvas show: text search plus facets (all must hold)."""

    text: str = ""
    tag: str | None = None
    category_id: str | None = None
    document_id: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    only_conflicts: bool = False
    only_uncertain: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def is_active(self) -> bool:
        return bool(self.text or self.tag or self.category_id or self.document_id or self.start or self.end
                    or self.only_conflicts or self.only_uncertain)

    def accepts(self, event: Event) -> bool:
        return self.accepts_facts(event, EventIndex.facts_of(event))

    def accepts_facts(self, event: Event, facts: Facts) -> bool:
        """Whether ``event`` passes, given its prepared :data:`~timeline_app.gui.event_index.Facts`."""
        text, tags, documents, uncertain, open_conflict = facts
        if self.text and self.text.casefold() not in text:
            return False
        if self.tag and self.tag not in tags:
            return False
        if self.category_id and event.category_id != self.category_id:
            return False
        if self.document_id and self.document_id not in documents:
            return False
        if self.start or self.end:
            if event.interval is None:
                return False
            if self.start and event.interval.end <= self.start:
                return False
            if self.end and event.interval.start >= self.end:
                return False
        if self.only_conflicts and not open_conflict:
            return False
        if self.only_uncertain and not uncertain:
            return False
        return True

    def matching(self, events: Iterable[Event], index: EventIndex) -> set[str]:
        """The ids of ``events`` that pass, using ``index``'s prepared facts."""
        facts = index.facts
        if self.text and not (self.tag or self.category_id or self.document_id or self.start or self.end
                              or self.only_conflicts or self.only_uncertain):
            needle = self.text.casefold()
            return {e.id for e in events if needle in facts(e)[0]}
        accepts = self.accepts_facts
        return {e.id for e in events if accepts(e, facts(e))}


class Session(QObject):
    """The project being edited and everything views share about it."""

    project_replaced = Signal()
    changed = Signal(object)  # a core Change
    selection_changed = Signal(list, object)  # event ids, the view that selected (or None)
    filter_changed = Signal()
    document_focus = Signal(str)  # a document to show in the source view
    path_changed = Signal()
    error = Signal(str)

    def __init__(self, project: Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.project = Project()
        self.index = EventIndex(self.project)
        self._accepted: set[str] | None = None
        self._accepted_valid = True
        self._unsubscribe = self.project.subscribe(self._on_change)
        self.path: Path | None = None
        self.selection: list[str] = []
        self.filter = EventFilter()
        if project is not None:
            self.replace_project(project)

    # the project ------------------------------------------------------------------------
    def replace_project(self, project: Project, path: Path | None = None) -> None:
        """Start editing ``project`` (a new history, nothing selected)."""
        gc.unfreeze()  # a project MainWindow.open_path froze (gc.freeze) may hold cycles to collect now
        self._unsubscribe()
        self.project = project
        self.index = EventIndex(project)
        self._accepted_valid = False
        self._unsubscribe = project.subscribe(self._on_change)
        self.undo_stack.clear()
        self.selection = []
        self.path = path
        with collector_paused():  # every view rebuilds from the new project now
            self.project_replaced.emit()
        self.selection_changed.emit([], None)
        self.path_changed.emit()

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.path_changed.emit()

    def _on_change(self, change: Change) -> None:
        self.index.forget(change)
        if change.collection == "events" or change.action == "reset":
            self._accepted_valid = False
        if change.collection == "events" and change.action == "removed":
            gone = set(change.ids)
            if gone & set(self.selection):
                self.selection = [s for s in self.selection if s not in gone]
                self.selection_changed.emit(list(self.selection), None)
        self.changed.emit(change)

    # editing -----------------------------------------------------------------------------
    def execute(self, command: Command) -> bool:
        """Do ``command`` and record it for undo; a refused command is reported, not raised."""
        try:
            command.do()
        except CommandError as exc:
            self.error.emit(str(exc))
            return False
        self.undo_stack.push(UndoCommand(command, self.tr(command.text)))
        return True

    # selection ----------------------------------------------------------------------------
    def select(self, event_ids: Iterable[str], origin: object | None = None) -> None:
        ids = [e for e in dict.fromkeys(event_ids) if e in self.project.events]
        if ids == self.selection:
            return
        self.selection = ids
        self.selection_changed.emit(list(ids), origin)

    @property
    def current(self) -> Event | None:
        """The event the inspector shows: the first selected."""
        return self.project.events.get(self.selection[0]) if self.selection else None

    # filter ------------------------------------------------------------------------------------
    def set_filter(self, event_filter: EventFilter) -> None:
        self.filter = event_filter
        self._accepted_valid = False
        self.filter_changed.emit()

    def accepted_ids(self) -> set[str] | None:
        """Ids of the events the filter lets through (None: every event), computed once per change."""
        if not self._accepted_valid:
            with collector_paused():
                self._accepted = (self.filter.matching(self.project.events.values(), self.index)
                                  if self.filter.is_active else None)
            self._accepted_valid = True
        return self._accepted

    def visible_events(self) -> list[Event]:
        accepted = self.accepted_ids()
        if accepted is None:
            return list(self.project.events.values())
        return [e for e in self.project.events.values() if e.id in accepted]
