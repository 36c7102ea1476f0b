"""Re-resolving a document's dates after its publication date changes.

Every relative expression ("Thursday", "last week", "in December") depends on the
reference time, so a corrected publication date means re-running the temporal engine
on the document and carrying the new values into mentions, sources and events. Events
that are locked or hand-edited keep their time; events anchored to other events follow
their anchors (:mod:`timeline_app.core.dependencies`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from timeline_app.core.dependencies import recompute_from, resolve, shift
from timeline_app.core.document import Document, Mention
from timeline_app.core.event import Candidate, Conflict, Dependency, Event, EventKind, Source
from timeline_app.core.project import Project
from timeline_app.core.times import is_length, value_for
from timeline_app.temporal.model import Grain, Interval, Reference, Timex, TimexType

Tagger = Callable[[str, Reference], list[Timex]]


def _default_tag(text: str, reference: Reference) -> list[Timex]:
    from timeline_app.temporal import find_timexes

    return find_timexes(text, reference)


@dataclass(frozen=True, slots=True)
class SourceTime:
    """The time one expression gives its event, when that differs from the expression's own."""

    value: str
    interval: Interval | None
    grain: Grain | None
    kind: EventKind
    explanation: str
    compared: bool = False  # "their highest level since 2010": the time a record is measured against


_SINCE = re.compile(r"\b(?:ever\s+)?since\s+(?:the\s+)?$", re.IGNORECASE)
#: A superlative or a first measured against an earlier time: "their highest level since 2010",
#: "the first time since March", "unseen since the 1990s".
_SINCE_COMPARED = re.compile(r"\b(?:(?:high|low|bigg|larg|small|wors|b|strong|weak|fast|slow|deadli|long|short|warm"
                             r"|cold|hott|wett|dri|great|steep|sharp|cheap|dear)est|most|least|first|unseen|unheard"
                             r"|not\s+seen)\b[^.;:!?]{0,60}?\bsince\s+(?:the\s+)?$", re.I)


def compared_phrase(text: str, start: int) -> str:
    """The superlative or first before "since" that ends just before ``start`` ("highest levels
    since", "first time since"), or ""."""
    found = _SINCE_COMPARED.search(text, max(0, start - 80), start)
    return re.sub(r"\s+", " ", text[found.start():start]).strip() if found else ""


def source_time(document: Document, timexes: Sequence[Timex], index: int) -> SourceTime | None:
    """What the ``index``-th expression of ``document`` dates, beyond its own value.

    Two cases, used both when events are made and when a document is re-resolved:
    "two days after March 5" (an offset whose anchor is a date: March 7), and
    "since 2011" (a state that began then and holds until the publication date).
    """
    timex = timexes[index]
    offset = timex.offset
    if offset is not None and offset.anchor_timex is not None and offset.anchor_timex < len(timexes):
        anchor = timexes[offset.anchor_timex]
        if anchor.interval is None:
            return None
        moved, grain, kind, _ = shift(anchor.interval, anchor.grain,
                                      Dependency(anchor.text, offset.duration, offset.direction, offset.signal))
        value = value_for(moved, grain) if moved is not None else timex.value
        word = "after" if offset.direction > 0 else "before"
        return SourceTime(value, moved, grain, kind,
                          f"{timex.explanation} -> {offset.duration or ''} {word} {anchor.value} -> {value}")
    if timex.interval is None or document.published is None or timex.type not in (TimexType.DATE, TimexType.TIME):
        return None
    if not _SINCE.search(document.text[max(0, timex.start - 16):timex.start]):
        return None
    if _SINCE_COMPARED.search(document.text, max(0, timex.start - 80), timex.start):
        # "their highest level since 2010", "for the first time since 2004": the time a record is
        # measured against, no state holding from then until now
        return SourceTime(timex.value, timex.interval, timex.grain, EventKind.POINT,
                          f"{timex.explanation} -> \u201csince\u201d after a superlative or a first: the time it is "
                          f"compared with, not a span until the publication date", compared=True)
    end = document.reference().moment
    if not document.has_time:
        end = datetime(end.year, end.month, end.day) + timedelta(days=1)
    if end <= timex.interval.start:
        return None
    since = Interval(timex.interval.start, end)
    first, last = since.inclusive()
    return SourceTime(timex.value, since, timex.grain, EventKind.PERIOD,
                      f"{timex.explanation} -> \u201csince\u201d: from then until the publication date -> "
                      f"{first} .. {last}")


def _holds(coarse: Source, fine: Source) -> bool:
    """``coarse``, a day or a week, is a less precise telling of ``fine``: its interval holds
    ``fine``'s and is longer, or ``fine`` is a part of its day ("Monday night", ``2026-02-16TNI``, runs into the
    next morning but is Monday's)."""
    a, b = coarse.interval, fine.interval
    if a is None or b is None or str(coarse.value) == str(fine.value) or coarse.grain is None \
            or coarse.grain < Grain.WEEK:
        return False  # a month or a year is too loose to vouch for a day: two happenings may have met
    if str(fine.value).startswith(str(coarse.value) + "T"):
        return True
    return a.start <= b.start and b.end <= a.end and (b.end - b.start) < (a.end - a.start)


def derive_time(event: Event) -> bool:
    """Set ``event``'s time from its sources (or its decided conflict); True if it changed.

    The rule: a decided conflict wins; otherwise the first source that has a time.
    Sources that disagree make (or refresh) a conflict listing every candidate; a period
    counted from an anchor that overlaps a date told outright agrees with it.
    """
    if event.is_pinned or event.depends_on is not None:
        return False
    dated = [s for s in event.sources if s.interval is not None and s.value]
    told = [s for s in dated if not is_length(s.value)]
    if told:
        # a period counted from an anchor ("hours after the explosion", "within 24 hours of
        # it") that holds a date told outright does not disagree with it
        dated = told + [s for s in dated if is_length(s.value) and not any(
            s.interval.start < t.interval.end and t.interval.start < s.interval.end  # type: ignore[union-attr]
            for t in told)]
        # a coarser date that holds a finer one told outright agrees with it: "Monday" and
        # "Monday afternoon", "last week's explosion" and "on Monday" of that week
        dated = [next((t for t in told if _holds(s, t)), s) for s in dated]
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


def report_day(project: Project, document_id: str) -> Interval | None:
    """The day ``document_id`` speaks from (its publication day), or None when it has no date:
    where a period "since <event>" told in it ends."""
    document = project.documents.get(document_id)
    if document is None or document.published is None:
        return None
    day = document.published.replace(hour=0, minute=0, second=0, microsecond=0)
    return Interval(day, day + timedelta(days=1))


def reresolve_document(project: Project, document_id: str, tag: Tagger | None = None) -> list[str]:
    """Re-tag ``document_id`` against its (new) publication date; returns changed event ids.

    Mentions are matched to the new expressions by their character span; a mention the
    engine no longer finds keeps its old value (its text has not changed, so this only
    happens when the engine itself changed).
    """
    tag = tag or _default_tag
    document = project.documents[document_id]
    timexes = tag(document.text, document.reference())
    by_span = {(t.start, t.end): i for i, t in enumerate(timexes)}
    updated: dict[str, Mention] = {}
    special: dict[str, SourceTime] = {}
    for mention in project.mentions_of(document_id):
        index = by_span.get((mention.start, mention.end))
        if index is not None:
            updated[mention.id] = Mention.from_timex(mention.id, document_id, timexes[index])
            project.mentions[mention.id] = updated[mention.id]
            found = source_time(document, timexes, index)
            if found is not None:
                special[mention.id] = found
    changed: list[str] = []
    for event in list(project.events_of(document_id)):
        for source in event.sources:
            fresh = updated.get(source.mention_id or "")
            if fresh is None or source.document_id != document_id:
                continue
            time = special.get(source.mention_id or "")
            if time is not None:
                source.value, source.interval, source.grain = time.value, time.interval, time.grain
                source.explanation = time.explanation
            elif fresh.offset is None:
                source.value, source.interval, source.grain = fresh.value, fresh.interval, fresh.grain
                source.explanation = fresh.explanation
        if event.depends_on is not None and event.depends_on.signal == "since" and not event.is_pinned \
                and event.sources and event.sources[0].document_id == document_id:
            # "have returned since the ceasefire": the period runs until the (new) publication day
            event.interval = report_day(project, document_id) or event.interval
        if derive_time(event) or (event.depends_on is not None and resolve(event, project.events)):
            changed.append(event.id)
    for event_id in list(changed):
        changed.extend(e for e in recompute_from(project.events, event_id) if e not in changed)
    if updated:
        project.notify("mentions", "changed", sorted(updated))
    if changed:
        project.notify("events", "changed", changed)
    return changed
