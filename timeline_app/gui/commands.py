"""QUndoCommand wrappers around the Qt-free core commands.

A core command is done *before* it is pushed (so a refused command raises
:class:`~timeline_app.core.commands.CommandError` and never enters the history); the
wrapper's first ``redo`` (which ``QUndoStack.push`` calls) is therefore skipped.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from timeline_app.core.commands import Command


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
