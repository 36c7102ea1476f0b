"""TimelineJS (Knight Lab) JSON, so a timeline can be published on the web.

The format: ``{"title": {...}, "events": [{"start_date": {"year", "month", "day",
"hour", "minute"}, "end_date": {...}, "text": {"headline", "text"}, "group",
"unique_id"}], "eras": [...]}``. Date parts are given only down to the event's grain
(a month-grain event has no ``day``), which is how TimelineJS shows precision; an
``end_date`` is written for periods and for uncertain intervals wider than the grain.
``text.text`` is HTML: notes and sources are escaped. Undated events are left out
(TimelineJS requires a start date).
"""
from __future__ import annotations

import html
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from timeline_app.core import Category, Era, Event, EventKind, Project
from timeline_app.exchange.dates import inclusive_end, unit_after
from timeline_app.exchange.reading import read_text
from timeline_app.temporal.model import Grain, Interval


def _date_parts(moment: datetime, grain: Grain | None) -> dict[str, Any]:
    grain = grain if grain is not None else Grain.DAY
    parts: dict[str, Any] = {"year": moment.year}
    if grain >= Grain.HALF:
        parts["month"] = moment.month
    if grain >= Grain.WEEK:
        parts["day"] = moment.day
    if grain >= Grain.HOUR:
        parts["hour"] = moment.hour
    if grain >= Grain.MINUTE:
        parts["minute"] = moment.minute
    if grain >= Grain.SECOND:
        parts["second"] = moment.second
    return parts


def _body(project: Project, event: Event) -> str:
    parts = []
    if event.notes:
        parts.append(f"<p>{html.escape(event.notes)}</p>")
    for source in event.sources:
        document = project.documents.get(source.document_id)
        name = html.escape(document.title if document else source.document_id)
        parts.append(f"<blockquote>{html.escape(source.sentence)}</blockquote><p>\u2014 {name}</p>")
    return "".join(parts)


def event_slide(project: Project, event: Event) -> dict[str, Any] | None:
    if event.interval is None:
        return None
    slide: dict[str, Any] = {"unique_id": event.id, "start_date": _date_parts(event.interval.start, event.grain),
                             "text": {"headline": html.escape(event.title), "text": _body(project, event)}}
    grain = event.grain or Grain.DAY
    if event.kind is EventKind.PERIOD or event.interval.end > unit_after(event.interval.start, grain):
        slide["end_date"] = _date_parts(inclusive_end(event.interval), grain)
    category = project.categories.get(event.category_id or "")
    if category is not None:
        slide["group"] = category.name
        slide["background"] = {"color": category.colour}
    return slide


def timelinejs_dict(project: Project) -> dict[str, Any]:
    events = [s for s in (event_slide(project, e) for e in project.ordered_events()) if s is not None]
    eras = [{"start_date": _date_parts(era.start, Grain.DAY),
             "end_date": _date_parts(inclusive_end(Interval(era.start, era.end)), Grain.DAY),
             "text": {"headline": html.escape(era.name)}} for era in project.eras.values()]
    data: dict[str, Any] = {"title": {"text": {"headline": html.escape(project.name or "Timeline"), "text": ""}},
                            "events": events}
    if eras:
        data["eras"] = eras
    return data


def write_timelinejs(project: Project, path: Path, **options: Any) -> None:
    path.write_text(json.dumps(timelinejs_dict(project), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --- reading ----------------------------------------------------------------------------

def _moment(parts: Any) -> tuple[datetime, Grain]:
    if not isinstance(parts, dict) or "year" not in parts:
        raise ValueError(f"a date needs at least a year, got {parts!r}")
    number = {k: int(str(parts[k]).strip()) for k in ("year", "month", "day", "hour", "minute", "second")
              if k in parts and str(parts[k]).strip() != ""}
    grain = Grain.YEAR
    for key, finer in (("month", Grain.MONTH), ("day", Grain.DAY), ("hour", Grain.HOUR), ("minute", Grain.MINUTE),
                       ("second", Grain.SECOND)):
        if key in number:
            grain = finer
    return datetime(number["year"], number.get("month", 1), number.get("day", 1), number.get("hour", 0),
                    number.get("minute", 0), number.get("second", 0)), grain


def _plain(markup: Any) -> str:
    from timeline_app.pipeline.html_text import extract_html

    return extract_html(str(markup or "")).text if markup else ""


def read_timelinejs(path: Path, **options: Any) -> Project:
    data = json.loads(read_text(path))
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise ValueError("no 'events' list")
    fragment = Project(_plain((data.get("title") or {}).get("text", {}).get("headline")) or path.stem)
    groups: dict[str, str] = {}
    for index, slide in enumerate(data["events"], start=1):
        start, grain = _moment(slide.get("start_date"))
        end = unit_after(start, grain)
        if slide.get("end_date"):
            last, last_grain = _moment(slide["end_date"])
            end = max(end, unit_after(last, last_grain))
        interval = Interval(start, end)
        from timeline_app.core.times import value_for

        text = slide.get("text") or {}
        event = Event(fragment.new_id("events"), _plain(text.get("headline")) or f"Event {index}",
                      value=value_for(interval, grain), interval=interval, grain=grain, sequence=index,
                      kind=EventKind.PERIOD if "end_date" in slide else EventKind.POINT,
                      notes=_plain(text.get("text")))
        group = slide.get("group")
        if group:
            if group not in groups:
                category = Category(fragment.new_id("categories"), str(group))
                fragment.put("categories", category, notify=False)
                groups[group] = category.id
            event.category_id = groups[group]
        fragment.put("events", event, notify=False)
    for era in data.get("eras") or []:
        start, _ = _moment(era.get("start_date"))
        last, last_grain = _moment(era.get("end_date"))
        fragment.put("eras", Era(fragment.new_id("eras"), _plain((era.get("text") or {}).get("headline")),
                                 start, unit_after(last, last_grain)), notify=False)
    return fragment
