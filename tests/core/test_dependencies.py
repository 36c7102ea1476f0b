"""Dates counted from an anchor event: core.dependencies.shift."""
from __future__ import annotations

from datetime import datetime

from timeline_app.core.dependencies import shift
from timeline_app.core.event import Dependency
from timeline_app.temporal.model import Grain, Interval

MONDAY = Interval(datetime(2026, 3, 2), datetime(2026, 3, 3))


def test_hours_after_a_day_may_fall_in_that_day() -> None:
    interval, _, _, _ = shift(MONDAY, Grain.DAY, Dependency("e1", "PTXH", 1, "after", "the explosion"))
    assert interval is not None
    assert interval.start == datetime(2026, 3, 2) and datetime(2026, 3, 3) < interval.end < datetime(2026, 3, 4)
    interval, _, _, _ = shift(MONDAY, Grain.DAY, Dependency("e1", "PTXH", -1, "before", "the explosion"))
    assert interval is not None
    assert interval.end == datetime(2026, 3, 3) and datetime(2026, 3, 1) < interval.start < datetime(2026, 3, 2)


def test_weeks_before_a_day_end_where_the_day_begins() -> None:
    interval, _, _, _ = shift(MONDAY, Grain.DAY, Dependency("e1", "PXW", -1, "before", "the election"))
    assert interval is not None and interval.end == datetime(2026, 3, 2)
    assert interval.start <= datetime(2026, 2, 16)


def test_a_length_is_told_apart_from_a_vague_reference() -> None:
    from timeline_app.core.times import is_length

    assert is_length("PTXH") and is_length("P3D") and is_length("PT24H")
    assert not is_length("PAST_REF") and not is_length("PRESENT_REF") and not is_length("2026-03-02")
    assert not is_length(None)
