"""The full project as one JSON document, which imports back losslessly.

It is the core's own plain form (``Project.to_dict``: ``format``, ``version``, ``name``,
``counters`` and every collection) with events kept in the project's own order rather
than timeline order, plus the app version that wrote it. Reading checks the format
name and version and builds the project with ``Project.from_dict``.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from timeline_app.core import Project
from timeline_app.core.project import FORMAT_VERSION
from timeline_app.exchange.reading import read_text

FORMAT = "timeline-project"


def dump_dict(project: Project) -> dict[str, Any]:
    data = project.to_dict()
    data["events"] = [event.to_dict() for event in project.events.values()]
    return data


def write_dump(project: Project, path: Path, **options: Any) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(dump_dict(project), handle, ensure_ascii=False, indent=1)
        handle.write("\n")


def read_dump(path: Path, **options: Any) -> Project:
    data = json.loads(read_text(path))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"not a project dump (no \"format\": \"{FORMAT}\")")
    version = data.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ValueError(f"dump version {version!r} is newer than this app reads ({FORMAT_VERSION}); update the app")
    return Project.from_dict(data)


def sniff_json(path: Path) -> str:
    """``json`` for a project dump, ``timelinejs`` for a TimelineJS file (by their keys)."""
    head = read_text(path)[:65536] if path.is_file() else ""
    if f'"{FORMAT}"' in head:
        return "json"
    return "timelinejs"
