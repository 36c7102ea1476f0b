"""Re-resolving a document's dates after its publication date changes.

Every relative expression ("Thursday", "last week", "in December") depends on the
reference time, so a corrected publication date means re-running the temporal engine
on the document and carrying the new values into mentions, sources and events. Events
that are locked or hand-edited keep their time; events anchored to other events follow
their anchors (:mod:`timeline_app.core.dependencies`).
"""
from __future__ import annotations

from collections.abc import Callable

from timeline_app.core.dependencies import recompute_from, resolve
from timeline_app.core.document import Mention
from timeline_app.core.event import Candidate, Conflict, Event, EventKind
from timeline_app.core.project import Project
from timeline_app.temporal.model import Reference, Timex

Tagger = Callable[[str, Reference], list[Timex]]


def _default_tag(text: str, reference: Reference) -> list[Timex]:
    from timeline_app.temporal import find_timexes

    return find_timexes(text, reference)


def derive_time(event: Event) -> bool:
    """Set ``event``'s time from its sources (or its decided conflict); True if it changed.

    The rule: a decided conflict wins; otherwise the first source that has a time.
    Sources that disagree make (or refresh) a conflict listing every candidate.
    """
    if event.is_pinned or event.depends_on is not None:
        return False
    dated = [s for s in event.sources if s.interval is not None and s.value]
    before = (event.value, event.interval, event.grain)
    distinct: dict[str, Candidate] = {}
    for source in dated:
        distinct.setdefault(str(source.value), Candidate(str(source.value), source.interval, source.document_id,
                                                         source.sentence, source.expression, source.grain))
    if len(distinct) > 1:
        old = event.conflict
        decision = None
        if old is not None and old.decision is not None and old.decision < len(old.candidates):
            chosen = old.candidates[old.decision].value
            values = list(distinct)
            decision = values.index(chosen) if chosen in values else None
        event.conflict = Conflict(list(distinct.values()), decision, old.reason if old else "")
    else:
        event.conflict = None
    if event.conflict is not None and event.conflict.decision is not None:
        chosen_candidate = event.conflict.candidates[event.conflict.decision]
        event.value, event.interval = chosen_candidate.value, chosen_candidate.interval
        event.grain = chosen_candidate.grain
    elif dated:
        event.value, event.interval, event.grain = dated[0].value, dated[0].interval, dated[0].grain
    if event.interval is not None:
        event.kind = EventKind.POINT if event.interval.duration.days <= 1 else EventKind.PERIOD
    return (event.value, event.interval, event.grain) != before


def reresolve_document(project: Project, document_id: str, tag: Tagger | None = None) -> list[str]:
    """Re-tag ``document_id`` against its (new) publication date; returns changed event ids.

    Mentions are matched to the new expressions by their character span; a mention the
    engine no longer finds keeps its old value (its text has not changed, so this only
    happens when the engine itself changed).
    """
    tag = tag or _default_tag
    document = project.documents[document_id]
    timexes = tag(document.text, document.reference())
    by_span = {(t.start, t.end): t for t in timexes}
    updated: dict[str, Mention] = {}
    for mention in project.mentions_of(document_id):
        timex = by_span.get((mention.start, mention.end))
        if timex is not None:
            updated[mention.id] = Mention.from_timex(mention.id, document_id, timex)
            project.mentions[mention.id] = updated[mention.id]
    changed: list[str] = []
    for event in list(project.events_of(document_id)):
        for source in event.sources:
            fresh = updated.get(source.mention_id or "")
            if fresh is not None and source.document_id == document_id and fresh.offset is None:
                source.value, source.interval, source.grain = fresh.value, fresh.interval, fresh.grain
                source.explanation = fresh.explanation
        if derive_time(event) or (event.depends_on is not None and resolve(event, project.events)):
            changed.append(event.id)
    for event_id in list(changed):
        changed.extend(e for e in recompute_from(project.events, event_id) if e not in changed)
    if updated:
        project.notify("mentions", "changed", sorted(updated))
    if changed:
        project.notify("events", "changed", changed)
    return changed
