"""Importing articles off the GUI thread, with progress and cancel, as one undoable step.

The worker thread reads and tags each article (the slow part: seconds for many) without
touching the project; the window keeps painting and the progress dialog can cancel
between articles. The GUI thread then adds the extractions with
:class:`IntegrateDocuments`, a command, so the whole import is one undo step and merging
with earlier documents happens exactly as the pipeline decides. The command copies for
undo only the events a merge could change (close in time and sharing words with a new
one, and what is anchored to them), so importing into a 100,000-event project does not
copy the project.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from timeline_app.core.commands import Command
from timeline_app.core.dependencies import dependents_of_all
from timeline_app.core.document import Document
from timeline_app.core.project import Project


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
    """What the worker read: one extraction per article that could be used (``parts``)."""

    parts: list[Any] = field(default_factory=list)  # pipeline DocumentExtraction
    errors: list[str] = field(default_factory=list)
    undated: list[Path] = field(default_factory=list)  # files whose publication date must be asked for
    is_cancelled: bool = False

    @property
    def document_count(self) -> int:
        return len(self.parts)


def run_import(jobs: list[ImportJob], progress: Any = None, cancelled: threading.Event | None = None) -> ImportResult:
    """Read and tag ``jobs`` (Qt-free, no project needed): the part of an import that is slow."""
    from timeline_app.pipeline import LoadError, load_document
    from timeline_app.pipeline.loading import UndatedArticle
    from timeline_app.pipeline.timeline import extract_document

    result = ImportResult()
    for n, job in enumerate(jobs):
        if cancelled is not None and cancelled.is_set():
            result.is_cancelled = True
            break
        if progress is not None:
            progress(n, len(jobs), job.name)
        placeholder = f"import-{n + 1}"  # the project's own id is given when the article is added
        try:
            if job.document is not None:
                document = job.document
                document.id = placeholder
            else:
                assert job.path is not None
                document = load_document(job.path, placeholder, job.published)
            result.parts.append(extract_document(document))
        except UndatedArticle:
            assert job.path is not None  # pasted text always has its date
            result.undated.append(job.path)
        except LoadError as exc:
            result.errors.append(str(exc))
        except (ValueError, OSError) as exc:
            result.errors.append(f"{job.name}: {exc}")
    if progress is not None:
        progress(len(jobs), len(jobs), "")
    return result


class IntegrateDocuments(Command):
    """Add extracted articles to the project: ids, anchors, merges with earlier documents."""

    text = "Import articles"
    touches = ("documents", "mentions", "events", "statements")

    def __init__(self, project: Project, parts: list[Any], text: str | None = None) -> None:
        super().__init__(project)
        self.parts = parts
        self.document_ids: list[str] = []
        self.added: list[str] = []
        if text:
            self.text = text

    def scope(self) -> dict[str, set[str]] | None:
        """Existing events a merge could change (``merging.merge_candidates``: close in time,
        sharing words with a new event), and everything anchored to them, which a merged
        survivor's new time moves. New objects are found by comparing keys."""
        from timeline_app.pipeline.merging import merge_candidates

        near = merge_candidates(self.project, [(part.document, part.events) for part in self.parts])
        return {"events": near | dependents_of_all(self.project.events, near)}

    def apply(self) -> None:
        from timeline_app.pipeline.timeline import integrate

        for part in self.parts:
            self.added.extend(integrate(self.project, part, fresh_id=True))
            self.document_ids.append(part.document.id)


class ImportWorker(QObject):
    """Runs :func:`run_import` in a thread; emits progress and the result."""

    progressed = Signal(int, int, str)
    finished = Signal(object)

    def __init__(self, jobs: list[ImportJob]) -> None:
        super().__init__()
        self.jobs = jobs
        self.cancelled = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = run_import(self.jobs, lambda n, total, name: self.progressed.emit(n, total, name), self.cancelled)
        except Exception as exc:  # reported to the user; never lost in a thread
            result = ImportResult(errors=[f"import failed: {type(exc).__name__}: {exc}"], is_cancelled=True)
        self.finished.emit(result)


def start_import(jobs: list[ImportJob], parent: QObject) -> tuple[QThread, ImportWorker]:
    """Start a worker thread; the caller connects to ``worker.finished`` (queued to the GUI).

    The caller keeps both objects referenced until ``thread.finished`` and then waits for
    the thread before dropping them: Python owns the worker, so releasing it earlier would
    delete it under the running thread.
    """
    thread = QThread(parent)
    worker = ImportWorker(jobs)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    thread.start()
    return thread, worker
