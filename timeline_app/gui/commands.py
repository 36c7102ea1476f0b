"""QUndoCommand wrappers around the Qt-free core commands, and the GUI's own commands.

A core command is done *before* it is pushed (so a refused command raises
:class:`~timeline_app.core.commands.CommandError` and never enters the history); the
wrapper's first ``redo`` (which ``QUndoStack.push`` calls) is therefore skipped.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from timeline_app.core.commands import Command, CommandError
from timeline_app.core.project import COLLECTIONS, Project


class UndoCommand(QUndoCommand):
    """One core command on Qt's undo stack."""

    def __init__(self, command: Command, text: str | None = None) -> None:
        super().__init__(text or command.text)
        self.command = command
        self._is_done = True

    def redo(self) -> None:
        if self._is_done:
            self._is_done = False
            return
        self.command.do()

    def undo(self) -> None:
        self.command.undo()


class ImportDocuments(Command):
    """Add a batch of documents with their mentions, events and statements.

    ``incoming`` is a project built off the GUI thread (by the pipeline) holding only
    the new objects; its ids were drawn from this project's counters, so they are added
    as they are. Core has no such command yet; it lives here until it does.
    """

    text = "Import articles"
    touches = COLLECTIONS

    def __init__(self, project: Project, incoming: Project) -> None:
        super().__init__(project)
        self.incoming = incoming
        n = len(incoming.documents)
        self.text = "Import article" if n == 1 else f"Import {n} articles"

    def validate(self) -> None:
        for name in COLLECTIONS:
            clash = set(self.incoming.table(name)) & set(self.project.table(name))
            if clash:
                raise CommandError(f"cannot import: ids already used ({', '.join(sorted(clash)[:3])})")

    def apply(self) -> None:
        for name in COLLECTIONS:
            for obj in self.incoming.table(name).values():
                data: dict[str, Any] = obj.to_dict()
                self.project.restore(name, obj.id, data)
