"""iCalendar (``.ics``) events, through the maintained ``icalendar`` library.

Each dated event becomes a ``VEVENT``: whole-day intervals as ``DATE`` values (``DTEND``
is exclusive in iCalendar, exactly like our half-open intervals), others as floating
local date-times (our times are the wall-clock time the article states). ``UID`` is
stable across exports (event id + project name) so calendar apps update rather than
duplicate. Tags go to ``CATEGORIES``, notes and sources to ``DESCRIPTION``.
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import icalendar

from timeline_app.core import Category, Event, EventKind, Project
from timeline_app.core.times import value_for
from timeline_app.exchange.dates import is_whole_days
from timeline_app.exchange.reading import read_text
from timeline_app.temporal.model import Grain, Interval


def _description(project: Project, event: Event) -> str:
    lines = [event.notes] if event.notes else []
    for source in event.sources:
        document = project.documents.get(source.document_id)
        lines.append(f"\u201c{source.sentence}\u201d \u2014 {document.title if document else source.document_id}")
    if event.value:
        lines.append(f"TimeML value: {event.value}")
    return "\n".join(lines)


def calendar_for(project: Project, stamp: datetime | None = None) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//timeline-app//Timeline export//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", project.name or "Timeline")
    stamp = stamp or datetime.now(timezone.utc)
    space = hashlib.sha1(project.name.encode("utf-8")).hexdigest()[:12]
    for event in project.ordered_events():
        if event.interval is None:
            continue
        entry = icalendar.Event()
        entry.add("uid", f"{event.id}-{space}@timeline-app")
        entry.add("dtstamp", stamp)
        entry.add("summary", event.title)
        if is_whole_days(event.interval) and event.interval.end > event.interval.start:
            entry.add("dtstart", event.interval.start.date())
            entry.add("dtend", event.interval.end.date())
        else:
            entry.add("dtstart", event.interval.start)
            entry.add("dtend", event.interval.end)
        description = _description(project, event)
        if description:
            entry.add("description", description)
        if event.tags:
            entry.add("categories", event.tags)
        category = project.categories.get(event.category_id or "")
        if category is not None:
            entry.add("x-timeline-category", category.name)
        if event.value:
            entry.add("x-timeline-value", event.value)
        if event.grain is not None:
            entry.add("x-timeline-grain", event.grain.name)
        calendar.add_component(entry)
    return calendar


def write_ics(project: Project, path: Path, **options: Any) -> None:
    path.write_bytes(calendar_for(project).to_ical())


def _moment(value: Any) -> tuple[datetime, bool]:
    """A naive wall-clock datetime and whether the value was a whole date."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None), False
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day), True
    raise ValueError(f"not a date: {value!r}")


def read_ics(path: Path, **options: Any) -> Project:
    text = read_text(path)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise ValueError("no BEGIN:VCALENDAR")
    calendar = icalendar.Calendar.from_ical(text)
    fragment = Project(str(calendar.get("x-wr-calname", "")) or path.stem)
    category_ids: dict[str, str] = {}
    for index, component in enumerate(calendar.walk("VEVENT"), start=1):
        if component.get("dtstart") is None:
            continue
        start, is_date = _moment(component.decoded("dtstart"))
        if component.get("dtend") is not None:
            end, _ = _moment(component.decoded("dtend"))
        elif component.get("duration") is not None:
            end = start + component.decoded("duration")
        else:
            end = start + timedelta(days=1) if is_date else start  # RFC 5545: a date lasts one day
        interval = Interval(start, max(start, end))
        grain = Grain.DAY if is_date else Grain.MINUTE
        stated = str(component.get("x-timeline-grain", "")).upper()
        grain = Grain[stated] if stated in Grain.__members__ else grain
        categories = component.get("categories")
        tags: list[str] = []
        if categories is not None:
            for item in categories if isinstance(categories, list) else [categories]:
                tags.extend(str(c) for c in item.cats)
        event = Event(fragment.new_id("events"), str(component.get("summary", "")) or f"Event {index}",
                      value=str(component.get("x-timeline-value", "")) or value_for(interval, grain),
                      interval=interval, grain=grain, tags=tags,
                      notes=str(component.get("description", "")), sequence=index,
                      kind=EventKind.PERIOD if interval.duration.days > 1 else EventKind.POINT)
        category_name = str(component.get("x-timeline-category", ""))
        if category_name:
            if category_name not in category_ids:
                category_ids[category_name] = fragment.new_id("categories")
                fragment.put("categories", Category(category_ids[category_name], category_name), notify=False)
            event.category_id = category_ids[category_name]
        fragment.put("events", event, notify=False)
    return fragment
