"""Timesketch-compatible CSV or JSONL, for forensic timelines.

Timesketch requires ``message``, ``datetime`` (ISO 8601 with an offset) and
``timestamp_desc`` on every row; other columns become searchable attributes. One row
per dated event, at the start of its interval. Our times are wall-clock times in the
zone of the article they came from, so the offset is that document's zone when known
and UTC otherwise (``timezone_assumed`` says which). ``OUT`` ending in ``.jsonl`` gives
JSON Lines, anything else CSV (or force with ``variant="jsonl"``).
"""
from __future__ import annotations

import csv
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from timeline_app.core import Event, Project
from timeline_app.core.document import zone_from_name

FIELDS = ("message", "datetime", "timestamp", "timestamp_desc", "event_id", "title", "value", "earliest", "latest",
          "grain", "sources", "tags", "timezone_assumed")


def _zone(project: Project, event: Event) -> tuple[Any, bool]:
    for document_id in event.document_ids:
        document = project.documents.get(document_id)
        zone = zone_from_name(document.zone) if document else None
        if zone is not None:
            return zone, False
    return timezone.utc, True


def rows(project: Project) -> list[dict[str, Any]]:
    out = []
    for event in project.ordered_events():
        if event.interval is None:
            continue
        zone, assumed = _zone(project, event)
        moment: datetime = event.interval.start.replace(tzinfo=zone)
        earliest, latest = event.interval.inclusive()
        sources = "; ".join(
            (project.documents[s.document_id].title if s.document_id in project.documents else s.document_id)
            for s in event.sources)
        out.append({
            "message": event.title, "datetime": moment.isoformat(),
            "timestamp": int(moment.timestamp() * 1_000_000),
            "timestamp_desc": f"Event time ({event.grain.label if event.grain else 'unknown'} precision)",
            "event_id": event.id, "title": event.title, "value": event.value or "", "earliest": earliest,
            "latest": latest, "grain": event.grain.label if event.grain else "", "sources": sources,
            "tags": ",".join(event.tags), "timezone_assumed": assumed,
        })
    return out


def write_timesketch(project: Project, path: Path, variant: str | None = None, target: Path | None = None,
                     **options: Any) -> None:
    variant = variant or ("jsonl" if (target or path).suffix.lower() == ".jsonl" else "csv")
    if variant not in ("csv", "jsonl"):
        raise ValueError(f"unknown Timesketch variant {variant!r} (csv or jsonl)")
    if variant == "jsonl":
        with open(path, "w", encoding="utf-8") as handle:
            for row in rows(project):
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS)
        writer.writeheader()
        writer.writerows(rows(project))
