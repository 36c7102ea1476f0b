"""Finding and resolving temporal expressions (no Qt; never reads the clock).

    >>> from timeline_app.temporal import Reference, find_timexes
    >>> [t.value for t in find_timexes("They met on Thursday.", Reference.parse("2020-03-12"))]
    ['2020-03-12']
"""
from __future__ import annotations

from timeline_app.temporal.model import Grain, Interval, Offset, Reference, Timex, TimexType

__all__ = ["Grain", "Interval", "Offset", "Reference", "Timex", "TimexType", "find_timexes"]


def find_timexes(text: str, reference: Reference) -> list[Timex]:
    """Every temporal expression in ``text``, in order, resolved against ``reference``."""
    from timeline_app.temporal.tagger import default_tagger

    return default_tagger().tag(text, reference)
