"""One event per happening: the same event reported by several articles is merged.

Two events from different documents are the same when the content words of their
titles and expression surroundings overlap enough (Jaccard of stems >= 0.4 with at
least two shared stems) and their times are within a month of each other: close enough
for reports that disagree by a day or two to meet, far enough apart to keep "talks in
March" and "talks in December" separate. The merged event keeps every source; sources
that disagree on the date make a conflict for the analyst
(:func:`timeline_app.core.resolution.derive_time`).
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from timeline_app.core.commands import merge_into
from timeline_app.core.document import Document
from timeline_app.core.event import Event
from timeline_app.core.project import Project
from timeline_app.pipeline.anchoring import _context
from timeline_app.pipeline.wording import cached_stems

SAME_EVENT = 0.4
MIN_SHARED = 2
MAX_GAP = timedelta(days=31)


def _words(project: Project, event: Event) -> frozenset[str]:
    return _stems(event.title) | _stems(_context(project, event))


_stems = cached_stems


def _close(a: Event, b: Event) -> bool:
    if a.interval is None or b.interval is None:
        return False
    gap = max(a.interval.start, b.interval.start) - min(a.interval.end, b.interval.end)
    return gap <= MAX_GAP


def merge_candidates(project: Project, documents: Iterable[tuple[Document, Iterable[Event]]]) -> set[str]:
    """Ids of the events of ``project`` that events of new ``documents`` (not yet in it)
    could merge into: close enough in time and sharing enough words. A superset of what
    :func:`merge_reports` will merge, so an undo can copy just these (and their dependents)."""
    new: list[tuple[datetime, datetime, frozenset[str]]] = []
    for document, events in documents:
        scratch = Project()
        scratch.put("documents", document, notify=False)
        for event in events:
            if event.interval is None:
                continue
            words = _words(scratch, event)
            source = event.sources[0] if event.sources else None
            if source is not None and source.expression_start is not None:
                # anchoring may later read only the words before the expression: count both
                words |= _stems(document.text[source.start:source.expression_start])
            new.append((event.interval.start - MAX_GAP, event.interval.end + MAX_GAP, words))
    if not new:
        return set()
    low, high = min(n[0] for n in new), max(n[1] for n in new)
    found: set[str] = set()
    for event in project.events.values():
        span = event.interval
        if span is None or span.end < low or span.start > high:
            continue
        near = [words for start, end, words in new if span.end >= start and span.start <= end]
        if near:
            theirs = _words(project, event)
            if any(len(words & theirs) >= MIN_SHARED for words in near):
                found.add(event.id)
    return found


def same_event(project: Project, a: Event, b: Event) -> bool:
    left, right = _words(project, a), _words(project, b)
    shared = left & right
    return len(shared) >= MIN_SHARED and len(shared) / len(left | right) >= SAME_EVENT and _close(a, b)


def merge_reports(project: Project, document_id: str, new: Iterable[Event] | None = None) -> list[tuple[str, str]]:
    """Merge the events of ``document_id`` into matching events of other documents.

    Returns ``(survivor, merged)`` pairs. An event merges at most once, into the best
    match, and two events of one document never merge here (copies inside a document
    are handled during extraction). ``new``, when given, are the document's events (just
    added, so they have no other document's source).
    """
    merged: list[tuple[str, str]] = []
    if new is not None:
        mine = [e for e in new if e.id in project.events and e.interval is not None]
        if not mine:
            return merged
        # a document is integrated once, under an id no earlier event's source carries
        fresh = {e.id for e in new}
        others = [e for e in project.events.values() if e.interval is not None and e.id not in fresh]
    else:
        mine, others = [], []
        for e in project.events.values():
            ids = e.document_ids
            if ids == [document_id]:
                mine.append(e)
            elif document_id not in ids and e.interval is not None:
                others.append(e)
    cache: dict[str, frozenset[str]] = {}

    def words_of(event: Event) -> frozenset[str]:
        if event.id not in cache:
            cache[event.id] = _words(project, event)
        return cache[event.id]

    for event in sorted(mine, key=lambda e: e.sequence):
        best: tuple[float, int] | None = None
        target = None
        words = words_of(event)
        if event.interval is None:
            continue
        start, end = event.interval.start, event.interval.end
        for other in others:
            # _close(event, other) unrolled; the other's interval is read now, as a merge
            # earlier in this loop may have moved it
            span = other.interval
            if span is None or span.start - end > MAX_GAP or start - span.end > MAX_GAP \
                    or other.id not in project.events:
                continue
            theirs = words_of(other)
            shared = len(words & theirs)
            if shared < MIN_SHARED or shared / len(words | theirs) < SAME_EVENT:
                continue
            fit = (shared / len(words | theirs), -other.sequence)
            if best is None or fit > best:
                best, target = fit, other
        if target is not None:
            merge_into(project, target.id, [event.id])
            cache.pop(target.id, None)
            merged.append((target.id, event.id))
    return merged
