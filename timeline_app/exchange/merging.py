"""Adding imported material to the open project, as one undoable command.

Import is two steps so that a bad file changes nothing: :func:`prepare_import` reads
and checks every file first (articles become documents, other formats fragment
projects), and only then is the returned :class:`ImportCommand` done. The command is a
core :class:`~timeline_app.core.commands.Command`, so undo/redo come from the core's
snapshot mechanism and the GUI pushes it on its undo stack like any edit.

Articles go through the pipeline *against the open project*, so their events are
anchored to and merged with the events already there. Fragments (CSV, iCalendar,
TimelineJS, a JSON dump, another project) get fresh ids for every object and their
references rewritten; categories with the same name are shared. Into an empty project
a fragment is taken as it is, ids and all, so opening a dump restores it exactly.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from timeline_app.core import Document, Project
from timeline_app.core.commands import Command
from timeline_app.core.project import COLLECTIONS
from timeline_app.exchange.articles import ArticleError, load_article
from timeline_app.exchange.registry import ARTICLE_FORMATS, ExchangeError, guess_import_format, read_file
from timeline_app.pipeline import PublicationDate, add_documents
from timeline_app.pipeline.extraction import Tagger


def read_project_file(path: Path, **options: Any) -> Project:
    """Another ``.tlproj``, to be merged in."""
    from timeline_app.store import ProjectFileError, load_project

    try:
        return load_project(path).project
    except ProjectFileError as exc:
        raise ExchangeError(str(exc)) from None


def is_empty(project: Project) -> bool:
    return not any(project.table(name) for name in COLLECTIONS)


def merge_fragment(project: Project, fragment: Project) -> dict[str, dict[str, str]]:
    """Add every object of ``fragment`` to ``project``; returns old id -> new id per collection.

    Listeners are not told (the caller notifies, or the command does).
    """
    if is_empty(project):
        if not project.name:
            project.name = fragment.name
        data = fragment.to_dict()
        data["events"] = [e.to_dict() for e in fragment.events.values()]
        whole = Project.from_dict(data)
        for name in COLLECTIONS:
            project.table(name).update(whole.table(name))
        # The core has no public way to carry id counters over (ids of deleted objects
        # must stay unused); from_dict fills them, and they are copied from there.
        for prefix, number in whole._counters.items():
            project._counters[prefix] = max(project._counters.get(prefix, 0), number)
        return {name: {k: k for k in fragment.table(name)} for name in COLLECTIONS}
    ids: dict[str, dict[str, str]] = {name: {} for name in COLLECTIONS}
    by_name = {c.name: c.id for c in project.categories.values()}
    for category in fragment.categories.values():
        if category.name in by_name:
            ids["categories"][category.id] = by_name[category.name]
        else:
            new = project.new_id("categories")
            ids["categories"][category.id] = new
            project.put("categories", type(category).from_dict({**category.to_dict(), "id": new}), notify=False)
    for name in ("documents", "mentions", "events", "eras", "statements"):
        for object_id in fragment.table(name):  # type: ignore[arg-type]
            ids[name][object_id] = project.new_id(name)  # type: ignore[arg-type]
    documents, mentions, events = ids["documents"], ids["mentions"], ids["events"]
    first = max((e.sequence for e in project.events.values()), default=0)
    for document in fragment.documents.values():
        data = document.to_dict()
        project.restore("documents", documents[document.id], {**data, "id": documents[document.id]})
    for mention in fragment.mentions.values():
        data = mention.to_dict()
        data.update(id=mentions[mention.id], document=documents.get(data["document"], data["document"]))
        project.restore("mentions", data["id"], data)
    for event in fragment.events.values():
        data = event.to_dict()
        data["id"] = events[event.id]
        data["sequence"] = first + event.sequence
        data["category"] = ids["categories"].get(data["category"], None) if data["category"] else None
        for source in data["sources"]:
            source["document"] = documents.get(source["document"], source["document"])
            source["mention"] = mentions.get(source["mention"], source["mention"]) if source["mention"] else None
        if data["depends_on"]:
            data["depends_on"]["event"] = events.get(data["depends_on"]["event"], data["depends_on"]["event"])
        if data["conflict"]:
            for candidate in data["conflict"]["candidates"]:
                candidate["document"] = documents.get(candidate["document"], candidate["document"])
        project.restore("events", data["id"], data)
    for era in fragment.eras.values():
        project.restore("eras", ids["eras"][era.id], {**era.to_dict(), "id": ids["eras"][era.id]})
    for statement in fragment.statements.values():
        data = statement.to_dict()
        data.update(id=ids["statements"][statement.id], document=documents.get(data["document"], data["document"]),
                    placed_event=events.get(data["placed_event"]) if data["placed_event"] else None)
        project.restore("statements", data["id"], data)
    return ids


class ImportCommand(Command):
    """Add parsed articles and fragments to the project (undoable as one step)."""

    touches = COLLECTIONS

    def __init__(self, project: Project, documents: Sequence[Document] = (), fragments: Sequence[Project] = (),
                 tag: Tagger | None = None, text: str = "Import") -> None:
        super().__init__(project)
        self.documents = list(documents)
        self.fragments = list(fragments)
        self.tag = tag
        self.text = text
        self.added_events: list[str] = []

    def apply(self) -> None:
        for fragment in self.fragments:
            ids = merge_fragment(self.project, fragment)
            self.added_events.extend(ids["events"].values())
        if self.documents:
            copies = [Document.from_dict(d.to_dict()) for d in self.documents]
            self.added_events.extend(add_documents(self.project, copies, self.tag))


def prepare_import(project: Project, paths: Sequence[str | Path], fmt: str | None = None,
                   published: PublicationDate | None = None, tag: Tagger | None = None) -> ImportCommand:
    """Read every file in ``paths``; an :class:`ImportCommand` to do, or ExchangeError.

    Nothing in ``project`` changes here, whatever the files hold.
    """
    documents: list[Document] = []
    fragments: list[Project] = []
    for raw in paths:
        path = Path(raw)
        kind = fmt or guess_import_format(path)
        if kind in ARTICLE_FORMATS:
            try:
                documents.append(load_article(path, published))
            except ArticleError as exc:
                raise ExchangeError(str(exc)) from None
        else:
            fragments.append(read_file(path, kind))
    names = ", ".join(Path(p).name for p in paths[:3]) + (" ..." if len(paths) > 3 else "")
    return ImportCommand(project, documents, fragments, tag, text=f"Import {names}")


def import_files(project: Project, paths: Sequence[str | Path], fmt: str | None = None,
                 published: PublicationDate | None = None, tag: Tagger | None = None) -> ImportCommand:
    """Read and add ``paths`` to ``project`` at once; returns the done command (for undo)."""
    command = prepare_import(project, paths, fmt, published, tag)
    command.do()
    return command
