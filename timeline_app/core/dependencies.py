"""Events whose dates depend on other events: resolution, recomputation, cycles.

An anchored event ("two days after the ceasefire's announcement") keeps a
:class:`~timeline_app.core.event.Dependency`; its interval is the anchor's interval
shifted by the offset. When an anchor moves, every dependent that is neither locked nor
hand-edited moves with it, transitively; a pinned event keeps its time but the events
anchored to it still follow it.
"""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta


from timeline_app.core.event import Dependency, Event, EventKind
from timeline_app.core.times import UNSPECIFIED_COUNT, parse_duration, value_for
from timeline_app.temporal.calendar import month_span, quarter_span, week_span, year_span
from timeline_app.temporal.model import Grain, Interval


#: Counts whose unit is a calendar unit coarser than a week: two or more of them from a day
#: date the unit they fall in ("six years later", "five months later", "two quarters later").
_CALENDAR_UNITS = {
    Grain.YEAR: lambda moment: year_span(moment.year),
    Grain.QUARTER: lambda moment: quarter_span(moment.year, (moment.month - 1) // 3 + 1),
    Grain.MONTH: lambda moment: month_span(moment.year, moment.month),
}


#: An offset that names the calendar unit after its anchor's ("the following week", "the next
#: month"), not a count from it ("a week later").
_NAMED_UNIT = re.compile(r"(?:the\s+)?(?:following|next)\s+(week|month|year)$", re.I)
_NAMED_UNIT_GRAIN = {"week": Grain.WEEK, "month": Grain.MONTH, "year": Grain.YEAR}


#: Signals whose event spans the time from its anchor to the offset ("within 24 hours of the
#: announcement", "continued for two days after the main shock"), not a moment that far away.
SPAN_SIGNALS = frozenset({"within", "for"})


class CycleError(ValueError):
    """Anchoring an event to one of its own dependents would make dates undefined."""


def shift(anchor: Interval, anchor_grain: Grain | None, dependency: Dependency
          ) -> tuple[Interval | None, Grain | None, EventKind, str]:
    """The time implied by ``dependency`` from the anchor's ``interval``.

    Returns ``(interval, grain, kind, explanation)``. With a duration, the whole anchor
    interval is shifted (a day stays a day). With an unspecified count ("in the weeks
    leading up to"), the result is the period between the anchor and a few units away.
    A bare "after"/"before" gives no interval: only the order is known.
    """
    if dependency.duration is None:
        return None, None, EventKind.POINT, f"{dependency.signal} {dependency.anchor_id}: order only"
    delta, unspecified, unit_grain = parse_duration(dependency.duration)
    after = dependency.direction > 0
    word = "after" if after else "before"
    if dependency.signal in SPAN_SIGNALS:
        # "within 24 hours of the announcement": any time from the anchor to that long after it
        # (an unspecified count, "within hours of", is read as up to a few units); "for two days
        # after the main shock": the whole of that time
        interval = Interval(anchor.start, anchor.end + delta) if after else Interval(anchor.start - delta, anchor.end)
        grain = min(anchor_grain, unit_grain) if anchor_grain is not None and unit_grain is not None else unit_grain
        return interval, grain, EventKind.PERIOD, f"{dependency.signal} {dependency.duration} {word} {dependency.anchor_id}"
    if unspecified:
        if anchor_grain is not None and unit_grain is not None and unit_grain > anchor_grain:
            # "hours after the explosion on Monday": the explosion is somewhere in Monday, so
            # the event is any time from Monday's start to a few hours after its end
            interval = Interval(anchor.start, anchor.end + delta) if after else \
                Interval(anchor.start - delta, anchor.end)
        else:  # "in the weeks leading up to the election": up to the election day, not into it
            interval = Interval(anchor.end, anchor.end + delta) if after else Interval(anchor.start - delta, anchor.start)
        how = (f"{dependency.signal} {dependency.anchor_id}: the {dependency.duration} {word} it "
               f"(an unspecified count is read as up to {UNSPECIFIED_COUNT} units)")
        return interval, unit_grain, EventKind.PERIOD, how
    moved = Interval(anchor.start + delta, anchor.end + delta) if after else Interval(anchor.start - delta, anchor.end - delta)
    if moved.end <= moved.start:  # 30 January + 1 month: 28 February, a day long (the end is clamped too)
        moved = Interval(moved.start, moved.start + (anchor.end - anchor.start))
    grain = anchor_grain if anchor_grain is not None else unit_grain
    count = re.match(r"P(\d+)[YMQ]$", dependency.duration)
    if anchor_grain is not None and anchor_grain >= Grain.WEEK and unit_grain in _CALENDAR_UNITS and count \
            and int(count.group(1)) > 1:
        # "Six years later" from 25 May 1961: the text tells the year (1967), not a day; "five
        # months later" from 2 February the month (July): a count of calendar units is no finer.
        # One unit is the same date ("a year earlier", "a month later": 28 February from the 30th
        # of January); a month's or a year's anchor keeps its month.
        start = moved.start.replace(tzinfo=None)
        unit_span = _CALENDAR_UNITS[unit_grain](start)
        tz = moved.start.tzinfo
        moved = Interval(unit_span.start.replace(tzinfo=tz), unit_span.end.replace(tzinfo=tz))
        return moved, unit_grain, EventKind.PERIOD, f"{dependency.duration} {word} {dependency.anchor_id}"
    if anchor_grain is not None and unit_grain is not None and anchor_grain > Grain.DAY >= unit_grain:
        # "The quake hit at 4:17 a.m. ... teams arrived the next day": a count of days (weeks,
        # months) from a time of day is a day, not the same minute a day later
        day = datetime.combine(moved.start.date(), datetime.min.time(), moved.start.tzinfo)
        moved, grain = Interval(day, day + timedelta(days=1)), Grain.DAY
    kind = EventKind.POINT if moved.duration <= timedelta(days=1) else EventKind.PERIOD
    return moved, grain, kind, f"{dependency.duration} {word} {dependency.anchor_id}"


def resolve(event: Event, events: Mapping[str, Event]) -> bool:
    """Recompute ``event`` from its anchor; True when its time changed."""
    dep = event.depends_on
    if dep is None or event.is_pinned:
        return False
    anchor = events.get(dep.anchor_id)
    if anchor is None or anchor.interval is None:
        return False
    if dep.signal == "since":
        return _resolve_since(event, anchor)
    interval, grain, kind, how = shift(anchor.interval, anchor.grain, dep)
    named = _NAMED_UNIT.match(event.sources[0].expression) if event.sources and dep.duration in ("P1W", "P1M", "P1Y") \
        and dep.direction > 0 else None
    unit = _NAMED_UNIT_GRAIN[named.group(1).lower()] if named else None
    if interval is not None and unit is not None and anchor.grain is not None and anchor.grain > unit:
        # "Sarov resigned the following week" (after 3 August): that calendar week, not 10 August
        day = interval.start.replace(tzinfo=None)
        span = week_span(day.date()) if unit is Grain.WEEK else _CALENDAR_UNITS[unit](day)
        interval, grain, kind = Interval(span.start.replace(tzinfo=interval.start.tzinfo),
                                         span.end.replace(tzinfo=interval.start.tzinfo)), unit, EventKind.PERIOD
    within = dep.signal in SPAN_SIGNALS
    hours_day = _day_of_some_hours(anchor, dep, interval) if interval is not None and not within else None
    value: str | None
    if hours_day is not None:
        value, grain = hours_day, Grain.DAY
    elif interval is None or "X" in (dep.duration or "") or within:
        value = (event.value if event.value and event.value.startswith("P") else None) or dep.duration
    else:
        unit_grain = parse_duration(dep.duration)[2] if dep.duration else None
        if grain is not None and unit_grain is not None and grain < unit_grain:
            # "three days before" a February: the month most of the shifted span lies in, not
            # the January its first days fall in
            middle = interval.start + (interval.end - interval.start) / 2
            value = value_for(Interval(middle, middle), grain)
        else:
            value = value_for(interval, grain)
    changed = (interval, grain, value) != (event.interval, event.grain, event.value)
    event.interval, event.grain, event.kind = interval, grain, kind
    event.value = value
    result = value
    if interval is not None and "X" in (dep.duration or ""):
        first, last = interval.inclusive()
        result = f"{first} .. {last} (an unspecified count is read as up to {UNSPECIFIED_COUNT})"
        if hours_day is not None:
            result = f"{hours_day}: {result}"
    elif interval is not None and within:
        first, last = interval.inclusive()
        result = f"{first} .. {last}"
    elif interval is None:
        result = "only the order is known"
    event.explanation = f"anchor: {anchor.title} [{dep.anchor_id}] ({anchor.value}) -> " \
        f"{describe_offset(dep)} -> {result}"
    return changed


def _day_of_some_hours(anchor: Event, dep: Dependency, interval: Interval) -> str | None:
    """The day an unspecified count of hours or minutes from an anchor told to the day or finer
    falls on, or None: "declared a state of emergency hours after the outage began" (3:52 p.m. on
    5 August) is 2025-08-05, not the bare length PTXH; "conceded hours after the result was
    announced" (a Saturday) is that Saturday. From a clock time the few hours must stay within its
    day ("hours after the 11 p.m. blast" may be the next day: the length is kept)."""
    if not dep.duration or "X" not in dep.duration or anchor.grain is None or anchor.grain < Grain.DAY:
        return None
    unit_grain = parse_duration(dep.duration)[2]
    if unit_grain is None or unit_grain <= Grain.PART_OF_DAY:
        return None
    if anchor.grain <= Grain.PART_OF_DAY:
        assert anchor.interval is not None
        return value_for(anchor.interval, Grain.DAY)
    first, last = interval.start, interval.end - timedelta(microseconds=1)
    return first.date().isoformat() if first.date() == last.date() else None


def _resolve_since(event: Event, anchor: Event) -> bool:
    """"Residents have returned since the ceasefire took effect": a period from the anchor's
    start until the time the text speaks from (the end the event already has: its article's
    publication day, set when it was read), never ending before the anchor does."""
    assert anchor.interval is not None
    until = event.interval.end if event.interval is not None else anchor.interval.end
    if until.tzinfo is None and anchor.interval.end.tzinfo is not None:
        until = until.replace(tzinfo=anchor.interval.end.tzinfo)
    elif until.tzinfo is not None and anchor.interval.end.tzinfo is None:
        until = until.replace(tzinfo=None)
    interval = Interval(anchor.interval.start, max(until, anchor.interval.end))
    changed = (interval, anchor.grain, anchor.value) != (event.interval, event.grain, event.value)
    event.interval, event.grain, event.kind, event.value = interval, anchor.grain, EventKind.PERIOD, anchor.value
    first, last = interval.inclusive()
    event.explanation = f"anchor: {anchor.title} [{anchor.id}] ({anchor.value}) -> since it -> {first} .. {last}"
    return changed


_UNIT_WORDS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "Q": "quarter",
               "DE": "decade", "CE": "century", "WE": "weekend"}


def describe_offset(dep: Dependency) -> str:
    """"+2 days", "-1 week", "some weeks before": the offset of a dependency in words."""
    if dep.signal == "since":
        return "since"
    if dep.duration is None:
        return "after" if dep.direction > 0 else "before"
    match = re.fullmatch(r"PT?(\d+|X)([A-Z]+)", dep.duration)
    if not match:
        return f"{'+' if dep.direction > 0 else '-'}{dep.duration}"
    count, unit = match.groups()
    word = _UNIT_WORDS.get(unit, unit)
    if count == "0":
        return f"the same {word}"
    if dep.signal in SPAN_SIGNALS:
        amount = f"some {word}s" if count == "X" else f"{count} {word}{'' if count == '1' else 's'}"
        return f"{dep.signal} {amount} {'after' if dep.direction > 0 else 'before'}"
    if count == "X":
        return f"some {word}s {'after' if dep.direction > 0 else 'before'}"
    return f"{'+' if dep.direction > 0 else '-'}{count} {word}{'' if count == '1' else 's'}"


def dependents(events: Mapping[str, Event], event_id: str) -> list[str]:
    """Every event depending on ``event_id``, directly or not, in recomputation order."""
    children: dict[str, list[str]] = {}
    for e in events.values():
        if e.depends_on is not None:
            children.setdefault(e.depends_on.anchor_id, []).append(e.id)
    order: list[str] = []
    seen = {event_id}
    queue = deque([event_id])
    while queue:
        for child in children.get(queue.popleft(), []):
            if child not in seen:
                seen.add(child)
                order.append(child)
                queue.append(child)
    return order


def dependents_of_all(events: Mapping[str, Event], event_ids: Iterable[str]) -> set[str]:
    """Every event depending, directly or not, on any of ``event_ids`` (one pass to map
    anchors to their dependents, however many ids are asked about)."""
    children: dict[str, list[str]] = {}
    for e in events.values():
        if e.depends_on is not None:
            children.setdefault(e.depends_on.anchor_id, []).append(e.id)
    seen: set[str] = set()
    queue = deque(event_ids)
    while queue:
        for child in children.get(queue.popleft(), ()):
            if child not in seen:
                seen.add(child)
                queue.append(child)
    return seen


def recompute_from(events: Mapping[str, Event], event_id: str) -> list[str]:
    """Re-resolve everything downstream of ``event_id``; returns the ids that changed."""
    return [child for child in dependents(events, event_id) if resolve(events[child], events)]


def check_no_cycle(events: Mapping[str, Event], event_id: str, anchor_id: str) -> None:
    """Raise :class:`CycleError` if anchoring ``event_id`` to ``anchor_id`` closes a loop."""
    if event_id == anchor_id:
        raise CycleError(f"cannot anchor {event_id} to itself")
    path = [anchor_id]
    current = events.get(anchor_id)
    while current is not None and current.depends_on is not None:
        path.append(current.depends_on.anchor_id)
        if current.depends_on.anchor_id == event_id:
            chain = " \u2192 ".join(path)
            raise CycleError(f"cannot anchor {event_id} to {anchor_id}: {anchor_id} already depends on "
                             f"{event_id} ({chain}); dates would be defined in a circle")
        if len(path) > len(events) + 1:
            break
        current = events.get(current.depends_on.anchor_id)
