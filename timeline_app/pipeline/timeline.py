"""Articles in, timeline out: the pipeline's entry points and its JSON form.

``build_timeline`` reads files and returns a :class:`~timeline_app.core.Project`;
``add_documents`` adds already-loaded documents to an existing project (the GUI's
"Add articles"); ``timeline_to_dict`` is the JSON written by ``timeline-app extract``.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline_app.core.dependencies import recompute_from
from timeline_app.core.document import Document, Mention
from timeline_app.core.event import Event, UndatedStatement
from timeline_app.core.project import Project
from timeline_app.pipeline.anchoring import anchor_all
from timeline_app.pipeline.dateline import PublicationDate
from timeline_app.pipeline.extraction import PendingAnchor, Tagger, extract
from timeline_app.pipeline.loading import LoadError, load_document
from timeline_app.pipeline.merging import merge_reports

TIMELINE_VERSION = 1


def _default_tag() -> Tagger:
    from timeline_app.temporal import find_timexes

    return find_timexes


@dataclass(slots=True)
class BuildResult:
    """The project built, and one message per file that could not be used."""

    project: Project
    errors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class DocumentExtraction:
    """One document's share of the pipeline, made apart from any project.

    Tagging and extraction need nothing but the document, so they can run in another
    process or on another machine (:mod:`timeline_app.pipeline.parallel`). Ids of
    mentions, events and statements, and event sequence numbers, are local (``m1``,
    ``e1``, sequence 1 ...) until :func:`integrate` renumbers them into a project.
    """

    document: Document
    mentions: list[Mention]
    events: list[Event]
    statements: list[UndatedStatement]
    pending: list[PendingAnchor]


def extract_document(document: Document, tag: Tagger | None = None) -> DocumentExtraction:
    """Tag ``document`` and make its mentions, events and undated statements (no project needed)."""
    scratch = Project()
    scratch.put("documents", document, notify=False)
    extraction = extract(scratch, document, tag or _default_tag(), 1)
    return DocumentExtraction(document, list(scratch.mentions.values()), list(scratch.events.values()),
                              list(scratch.statements.values()), extraction.pending)


def next_sequence(project: Project) -> int:
    """The reading position the next document's first event takes (one past every event's)."""
    return max((e.sequence for e in project.events.values()), default=0) + 1


def integrate(project: Project, part: DocumentExtraction, fresh_id: bool = False,
              first_sequence: int | None = None) -> list[str]:
    """Add one extracted document to ``project``: renumber, anchor, merge with earlier documents.

    Ids are drawn from the project in the order extraction made them, so the result is
    the same object for object as extracting inside the project. ``fresh_id`` gives the
    document a new project id even when its own is free (it was extracted under a
    placeholder). Returns the new event ids that survive merging. ``first_sequence`` is
    :func:`next_sequence`, when a caller adding many documents keeps it (so each document
    does not scan every event of the project for it).
    """
    document = part.document
    local_document = document.id
    if fresh_id or document.id in project.documents or not document.id:
        document.id = project.new_id("documents")
    project.put("documents", document, notify=False)
    first = first_sequence if first_sequence is not None else next_sequence(project)
    mention_ids: dict[str, str] = {}
    for mention in part.mentions:
        mention_ids[mention.id] = mention.id = project.new_id("mentions")
        mention.document_id = document.id
        project.put("mentions", mention, notify=False)
    event_ids: dict[str, str] = {}
    for event in part.events:
        event_ids[event.id] = event.id = project.new_id("events")
        event.sequence += first - 1
        for source in event.sources:
            if source.document_id == local_document:
                source.document_id = document.id
            if source.mention_id is not None:
                source.mention_id = mention_ids.get(source.mention_id, source.mention_id)
        project.put("events", event, notify=False)
    for statement in part.statements:
        statement.id = project.new_id("statements")
        statement.document_id = document.id
        project.put("statements", statement, notify=False)
    for item in part.pending:
        item.event_id = event_ids[item.event_id]
        if item.anchor_event is not None:
            item.anchor_event = event_ids.get(item.anchor_event, item.anchor_event)
    anchor_all(project, part.pending, document.id)
    merged = merge_reports(project, document.id, part.events)
    for survivor, _ in merged:
        recompute_from(project.events, survivor)
    gone = {loser for _, loser in merged}
    return [e.id for e in part.events if e.id not in gone]


def announce(project: Project) -> None:
    """Tell listeners that documents, mentions, events and statements were added in bulk."""
    for collection in ("documents", "mentions", "events", "statements"):
        project.notify(collection, "reset")


def add_documents(project: Project, documents: Iterable[Document], tag: Tagger | None = None) -> list[str]:
    """Add ``documents`` (with publication dates set) and their events to ``project``.

    Each document is extracted, its anchored events linked (same document first, then the
    project), then its events merged with the same events of earlier documents.
    Listeners are told once per collection at the end. Returns the new event ids that
    survive merging.
    """
    tag = tag or _default_tag()
    added: list[str] = []
    first = next_sequence(project)
    for document in documents:
        part = extract_document(document, tag)
        added.extend(integrate(project, part, first_sequence=first))
        first = max([first] + [e.sequence + 1 for e in part.events])
    announce(project)
    return added


def build_timeline(paths: Sequence[str | Path], published: PublicationDate | None = None,
                   published_by_file: Mapping[str, PublicationDate] | None = None,
                   tag: Tagger | None = None, project: Project | None = None) -> BuildResult:
    """Read ``paths`` into a project; a file that fails is reported and skipped.

    ``published_by_file`` (keyed by the path as given, or its resolved form) wins over
    ``published``, which wins over the file's own metadata and the estimate from its text.
    """
    result = BuildResult(project or Project())
    by_file = {str(Path(k).resolve()): v for k, v in (published_by_file or {}).items()}
    for path in paths:
        given = by_file.get(str(Path(path).resolve()), published)
        try:
            document = load_document(path, result.project.new_id("documents"), given)
        except LoadError as exc:
            result.errors.append(str(exc))
            continue
        add_documents(result.project, [document], tag)
    return result


def document_to_dict(document: Document) -> dict[str, Any]:
    """A document as the timeline JSON shows it (its text is left out)."""
    return {
        "id": document.id,
        "title": document.title,
        "path": document.path,
        "url": document.url,
        "source_name": document.source_name,
        "published": document.published_iso(),
        "published_source": str(document.published_source) if document.published_source else None,
        "estimate": document.estimate.to_dict() if document.is_estimated and document.estimate else None,
    }


def timeline_to_dict(project: Project) -> dict[str, Any]:
    """The timeline as plain JSON-ready data: documents, ordered events, undated statements.

    An event read only from documents whose publication date is estimated carries
    ``"estimated": true`` so that no view forgets the date is a guess.
    """
    estimated = {d.id for d in project.documents.values() if d.is_estimated}
    events = []
    for event in project.ordered_events():
        data = event.to_dict()
        for key in ("start", "end", "sequence"):
            data.pop(key, None)
        if data["depends_on"] is not None:
            data["depends_on"]["direction"] = "after" if event.depends_on and event.depends_on.direction > 0 else "before"
        data["estimated"] = bool(event.document_ids) and all(d in estimated for d in event.document_ids)
        events.append(data)
    return {
        "format": "timeline",
        "version": TIMELINE_VERSION,
        "documents": [document_to_dict(d) for d in project.documents.values()],
        "events": events,
        "undated": [s.to_dict() for s in project.statements.values() if s.placed_event_id is None],
    }
