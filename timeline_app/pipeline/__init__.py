"""Articles -> mentions -> events: loading, dating, extraction, anchoring, merging (no Qt).

Entry points for the GUI, the project file and the command line:

    >>> from timeline_app.pipeline import build_timeline, timeline_to_dict
    >>> result = build_timeline(["article.txt"], published=parse_published("2020-03-12"))  # doctest: +SKIP
    >>> timeline_to_dict(result.project)["events"]  # doctest: +SKIP
"""
from __future__ import annotations

from timeline_app.pipeline.dateline import PublicationDate, parse_date_text
from timeline_app.pipeline.estimation import EstimationError, PublicationEstimate, estimate_publication
from timeline_app.pipeline.loading import LoadError, load_document, read_article
from timeline_app.pipeline.timeline import BuildResult, add_documents, build_timeline, timeline_to_dict

__all__ = [
    "BuildResult", "EstimationError", "LoadError", "PublicationDate", "PublicationEstimate", "add_documents",
    "build_timeline", "estimate_publication", "load_document", "parse_date_text", "parse_published",
    "read_article", "timeline_to_dict",
]


def parse_published(text: str) -> PublicationDate:
    """A user-given publication date: ``2020-03-12``, ``2020-03-12T20:45+03:00``, ``2020-03-12 Europe/Istanbul``."""
    from timeline_app.core.document import zone_name
    from timeline_app.temporal.model import Reference

    reference = Reference.parse(text)
    return PublicationDate(reference.moment, reference.has_time, zone_name(reference.zone, reference.moment), text)
