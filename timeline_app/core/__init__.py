"""The Qt-free domain model: documents, mentions, events, the project, and commands.

Everything here is plain Python (dataclasses with ``to_dict``/``from_dict``) so that the
GUI, the project file, the exporters and the command line all share one model.
"""
from __future__ import annotations

from timeline_app.core.category import Category, Era
from timeline_app.core.dependencies import CycleError
from timeline_app.core.document import Document, Estimate, Mention, PublicationSource
from timeline_app.core.event import (Candidate, Conflict, Dependency, Event, EventKind, Source,
                                     UndatedStatement)
from timeline_app.core.ordering import order_events
from timeline_app.core.project import Change, Project

__all__ = [
    "Candidate", "Category", "Change", "Conflict", "CycleError", "Dependency", "Document", "Era",
    "Estimate", "Event", "EventKind", "Mention", "Project", "PublicationSource", "Source",
    "UndatedStatement", "order_events",
]
