"""Ranges written the TimeML way: "10-12 October" is two TIMEX3s, its first and last day."""
from __future__ import annotations

from timeline_app.temporal import Reference, find_timexes
from timeline_app.temporal.units import split_ranges

REFERENCE = Reference.parse("2020-03-12")


def _texts_and_values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in split_ranges(find_timexes(text, REFERENCE))]


def test_a_day_range_becomes_its_first_and_last_day() -> None:
    assert _texts_and_values("The expo will run 10-12 October.") == [("10", "2020-10-10"), ("12 October", "2020-10-12")]
    assert _texts_and_values("Talks on March 5 to 7, 2019.") == [("March 5", "2019-03-05"), ("7, 2019", "2019-03-07")]


def test_each_end_gets_a_one_day_interval_and_says_why() -> None:
    first, last = split_ranges(find_timexes("from 2-4 July 2013", REFERENCE))
    assert (first.interval.start.day, first.interval.end.day) == (2, 3)
    assert (last.interval.start.day, last.interval.end.day) == (4, 5)
    assert "first day" in first.explanation and "last day" in last.explanation


def test_anything_else_is_left_alone_and_anchors_follow_the_shift() -> None:
    text = "The fair ran 10-12 October. Two days later the hall closed."
    engine = find_timexes(text, REFERENCE)
    assert len(engine) == 2 and engine[1].anchor == "t0"
    split = split_ranges(engine)
    assert [t.text for t in split] == ["10", "12 October", "Two days later"]
    assert split[2].anchor == "t0" and split[2].value == engine[1].value
    single = find_timexes("on March 5, 2020", REFERENCE)
    assert split_ranges(single) == single
