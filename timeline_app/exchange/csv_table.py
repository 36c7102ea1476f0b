"""Events as a CSV table: one row per event, in timeline order, for spreadsheets.

Columns: ``id, title, value, earliest, latest, start, end, grain, type, sources, tags,
notes, category, depends_on, conflict``. ``earliest``/``latest`` are the inclusive
bounds people read; ``start``/``end`` the exact half-open interval. Lists (sources,
tags) are joined with ``"; "``. UTF-8, comma-separated, a header row.

Reading takes such a file back (sources, anchors and conflicts cannot be rebuilt from
text and are kept in the notes), and also any CSV with a ``title`` column and a date
column (``start``/``date``/``earliest``, optionally ``end``/``latest``).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from timeline_app.core import Category, Event, EventKind, Project
from timeline_app.core.times import interval_from_dict
from timeline_app.exchange.dates import interval_from_texts
from timeline_app.exchange.reading import read_text
from timeline_app.temporal.model import Grain

COLUMNS = ("id", "title", "value", "earliest", "latest", "start", "end", "grain", "type", "sources", "tags",
           "notes", "category", "depends_on", "conflict")


def _source_label(project: Project, event: Event) -> str:
    labels = []
    for source in event.sources:
        document = project.documents.get(source.document_id)
        name = document.title if document else source.document_id
        labels.append(f"{name}: {source.expression}" if source.expression else name)
    return "; ".join(labels)


def event_row(project: Project, event: Event) -> dict[str, Any]:
    data = event.to_dict()
    category = project.categories.get(event.category_id or "")
    conflict = ""
    if event.conflict is not None:
        values = " | ".join(c.value for c in event.conflict.candidates)
        chosen = "undecided" if event.conflict.decision is None else \
            f"chose {event.conflict.candidates[event.conflict.decision].value}"
        conflict = f"{values} ({chosen}{': ' + event.conflict.reason if event.conflict.reason else ''})"
    return {"id": event.id, "title": event.title, "value": event.value or "", "earliest": data["earliest"] or "",
            "latest": data["latest"] or "", "start": data["start"] or "", "end": data["end"] or "",
            "grain": data["grain"] or "", "type": data["type"], "sources": _source_label(project, event),
            "tags": "; ".join(event.tags), "notes": event.notes, "category": category.name if category else "",
            "depends_on": event.depends_on.describe() if event.depends_on else "", "conflict": conflict}


def write_csv(project: Project, path: Path, **options: Any) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        for event in project.ordered_events():
            writer.writerow(event_row(project, event))


def read_csv(path: Path, **options: Any) -> Project:
    text = read_text(path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    fields = {(name or "").strip().lower() for name in reader.fieldnames or ()}
    if "title" not in fields:
        raise ValueError(f"no 'title' column (columns: {', '.join(sorted(fields)) or 'none'})")
    fragment = Project(path.stem)
    categories: dict[str, str] = {}
    for number, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if isinstance(v, str)}
        if not any(row.values()):
            continue
        try:
            event = _event_from_row(row, fragment.new_id("events"))
        except ValueError as exc:
            raise ValueError(f"line {number}: {exc}") from None
        name = row.get("category", "")
        if name:
            if name not in categories:
                category = Category(fragment.new_id("categories"), name)
                fragment.put("categories", category, notify=False)
                categories[name] = category.id
            event.category_id = categories[name]
        event.sequence = number
        fragment.put("events", event, notify=False)
    return fragment


def _event_from_row(row: dict[str, str], event_id: str) -> Event:
    event = Event(event_id, row.get("title", ""))
    if row.get("start") and row.get("end"):
        event.interval = interval_from_dict({"start": row["start"], "end": row["end"]})
        event.value = row.get("value") or None
        event.grain = _grain(row.get("grain", "")) or (Grain.DAY if event.interval else None)
    else:
        first = row.get("earliest") or row.get("start") or row.get("date") or ""
        if first:
            event.interval, grain, value = interval_from_texts(first, row.get("latest") or row.get("end"))
            event.grain, event.value = _grain(row.get("grain", "")) or grain, row.get("value") or value
    if row.get("type") in ("point", "period"):
        event.kind = EventKind(row["type"])
    elif event.interval is not None and event.interval.duration.days > 1:
        event.kind = EventKind.PERIOD
    event.tags = [t.strip() for t in row.get("tags", "").split(";") if t.strip()]
    notes = [row.get("notes", "")]
    for key, label in (("sources", "Sources"), ("depends_on", "Anchored"), ("conflict", "Conflict")):
        if row.get(key):
            notes.append(f"{label}: {row[key]}")
    event.notes = "\n".join(n for n in notes if n)
    return event


def _grain(label: str) -> Grain | None:
    label = label.strip().upper().replace(" ", "_")
    return Grain[label] if label in Grain.__members__ else None
