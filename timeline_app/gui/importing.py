"""Importing articles off the GUI thread, with progress and cancel, as one undoable step.

The pipeline runs on a copy of the project in a ``QThread`` (reading, tagging and
merging many articles takes seconds); the window keeps painting and the progress dialog
can cancel between articles. When the work is done the GUI thread applies the result
with :class:`AdoptProject`, a core command, so the whole import is one undo step and
merging with earlier documents happens exactly as the pipeline decides.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from timeline_app.core.commands import Command
from timeline_app.core.document import Document
from timeline_app.core.project import COLLECTIONS, Project


@dataclass(slots=True)
class ImportJob:
    """One article: a file (date from the user, its metadata or an estimate) or pasted text."""

    path: Path | None = None
    document: Document | None = None
    published: Any = None  # a pipeline PublicationDate, or None

    @property
    def name(self) -> str:
        return self.path.name if self.path is not None else (self.document.title if self.document else "?")


@dataclass(slots=True)
class ImportResult:
    project: Project
    added: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    is_cancelled: bool = False
    document_ids: list[str] = field(default_factory=list)


def run_import(base: dict[str, Any], jobs: list[ImportJob], progress: Any = None,
               cancelled: threading.Event | None = None) -> ImportResult:
    """Apply ``jobs`` to a copy of the project ``base`` (its ``to_dict()``); Qt-free."""
    from timeline_app.pipeline import LoadError, add_documents, load_document

    result = ImportResult(Project.from_dict(base))
    copy = result.project
    for n, job in enumerate(jobs):
        if cancelled is not None and cancelled.is_set():
            result.is_cancelled = True
            break
        if progress is not None:
            progress(n, len(jobs), job.name)
        try:
            if job.document is not None:
                document = job.document
                document.id = copy.new_id("documents")
            else:
                assert job.path is not None
                document = load_document(job.path, copy.new_id("documents"), job.published)
            result.added.extend(add_documents(copy, [document]))
            result.document_ids.append(document.id)
        except LoadError as exc:
            result.errors.append(str(exc))
        except (ValueError, OSError) as exc:
            result.errors.append(f"{job.name}: {exc}")
    if progress is not None:
        progress(len(jobs), len(jobs), "")
    return result


class AdoptProject(Command):
    """Make the project's contents those of ``result`` (an edited copy of it)."""

    text = "Import articles"
    touches = COLLECTIONS

    def __init__(self, project: Project, result: Project, text: str | None = None) -> None:
        super().__init__(project)
        self.result = result
        if text:
            self.text = text

    def apply(self) -> None:
        for name in COLLECTIONS:
            table = self.project.table(name)
            incoming = self.result.table(name)
            for key in [k for k in table if k not in incoming]:
                del table[key]
            for obj in incoming.values():
                self.project.put(name, obj, notify=False)


class ImportWorker(QObject):
    """Runs :func:`run_import` in a thread; emits progress and the result."""

    progressed = Signal(int, int, str)
    finished = Signal(object)

    def __init__(self, base: dict[str, Any], jobs: list[ImportJob]) -> None:
        super().__init__()
        self.base, self.jobs = base, jobs
        self.cancelled = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = run_import(self.base, self.jobs, lambda n, total, name: self.progressed.emit(n, total, name),
                                self.cancelled)
        except Exception as exc:  # reported to the user; never lost in a thread
            result = ImportResult(Project(), errors=[f"import failed: {type(exc).__name__}: {exc}"],
                                  is_cancelled=True)
        self.finished.emit(result)


def start_import(base: dict[str, Any], jobs: list[ImportJob], parent: QObject) -> tuple[QThread, ImportWorker]:
    """Start a worker thread; the caller connects to ``worker.finished`` (queued to the GUI).

    The caller keeps both objects referenced until ``thread.finished`` and then waits for
    the thread before dropping them: Python owns the worker, so releasing it earlier would
    delete it under the running thread.
    """
    thread = QThread(parent)
    worker = ImportWorker(base, jobs)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    thread.start()
    return thread, worker
