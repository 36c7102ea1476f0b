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

from datetime import timedelta

from timeline_app.core.commands import merge_into
from timeline_app.core.event import Event
from timeline_app.core.project import Project
from timeline_app.pipeline.anchoring import _context
from timeline_app.pipeline.wording import stems

SAME_EVENT = 0.4
MIN_SHARED = 2
MAX_GAP = timedelta(days=31)


def _words(project: Project, event: Event) -> set[str]:
    return stems(event.title) | stems(_context(project, event))


def _close(a: Event, b: Event) -> bool:
    if a.interval is None or b.interval is None:
        return False
    gap = max(a.interval.start, b.interval.start) - min(a.interval.end, b.interval.end)
    return gap <= MAX_GAP


def same_event(project: Project, a: Event, b: Event) -> bool:
    left, right = _words(project, a), _words(project, b)
    shared = left & right
    return len(shared) >= MIN_SHARED and len(shared) / len(left | right) >= SAME_EVENT and _close(a, b)


def merge_reports(project: Project, document_id: str) -> list[tuple[str, str]]:
    """Merge the events of ``document_id`` into matching events of other documents.

    Returns ``(survivor, merged)`` pairs. An event merges at most once, into the best
    match, and two events of one document never merge here (copies inside a document
    are handled during extraction).
    """
    merged: list[tuple[str, str]] = []
    mine = [e for e in project.events.values() if e.document_ids == [document_id]]
    others = [e for e in project.events.values() if document_id not in e.document_ids and e.interval is not None]
    cache: dict[str, set[str]] = {}

    def words_of(event: Event) -> set[str]:
        if event.id not in cache:
            cache[event.id] = _words(project, event)
        return cache[event.id]

    for event in sorted(mine, key=lambda e: e.sequence):
        best: tuple[float, int] | None = None
        target = None
        words = words_of(event)
        for other in others:
            if other.id not in project.events or not _close(event, other):
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
