"""Expressions as TimeML annotates them.

The engine reads "10-12 October" as one expression whose interval covers the three days:
that is what a timeline wants. TimeML (and every corpus annotated with it) marks a range's
two ends as two TIMEX3s instead: "10" (2013-10-10) and "12 October" (2013-10-12). The
TimeML writer and the scorer use :func:`split_ranges` to follow the guidelines.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from timeline_app.temporal import calendar as cal
from timeline_app.temporal.model import Grain, Timex, TimexType

__all__ = ["split_ranges"]

_DAY_RANGE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(\s*(?:-|–|to|through|until|till)\s*)(\d{1,2})(?!\d)",
                        re.IGNORECASE)


def split_ranges(timexes: Iterable[Timex]) -> list[Timex]:
    """``timexes`` with every day range ("March 5-7", "10-12 October") split into its first
    and last day, and every range of full years ("1950-1953") into its first and last year,
    each with its own text, value and interval; others unchanged. References by position
    ("t3" anchors, offsets' ``anchor_timex``) follow the shift; one to a split range points
    at its first part."""
    result: list[Timex] = []
    moved: dict[int, int] = {}
    for index, timex in enumerate(timexes):
        moved[index] = len(result)
        result.extend(_split(timex) or (timex,))
    if len(moved) == len(result):
        return result
    return [_renumber(timex, moved) for timex in result]


def _renumber(timex: Timex, moved: dict[int, int]) -> Timex:
    anchor = timex.anchor
    if anchor and anchor[:1] == "t" and anchor[1:].isdigit() and int(anchor[1:]) in moved:
        timex = replace(timex, anchor=f"t{moved[int(anchor[1:])]}")
    offset = timex.offset
    if offset is not None and offset.anchor_timex is not None and offset.anchor_timex in moved:
        timex = replace(timex, offset=replace(offset, anchor_timex=moved[offset.anchor_timex]))
    return timex


# Only ranges written with two full years are split: "1990-91" or "the 2012-13 season"
# names one period whose "91" would make no sense as an expression of its own.
_YEAR_RANGE = re.compile(r"(?<!\d)(\d{4})(\s*[-–—]\s*)(\d{4})(?!\d)")


def _split(timex: Timex) -> tuple[Timex, Timex] | None:
    interval = timex.interval
    if timex.type is TimexType.DATE and timex.grain is Grain.YEAR and interval is not None:
        return _split_years(timex, interval.start.year, interval.end.year - 1)
    if timex.type is not TimexType.DATE or timex.grain is not Grain.DAY or interval is None:
        return None
    first_day = interval.start.date()
    last_day = (interval.end - timedelta(days=1)).date()
    if last_day <= first_day:
        return None
    found = _DAY_RANGE.search(timex.text)
    if found is None or int(found.group(1)) != first_day.day or int(found.group(3)) != last_day.day:
        return None
    cut_first, cut_last = found.end(1), found.start(3)
    if not timex.value.startswith(first_day.isoformat()):
        return None
    first = _day(timex, 0, cut_first, first_day, "first")
    last = _day(timex, cut_last, len(timex.text), last_day, "last")
    return first, last


def _split_years(timex: Timex, first_year: int, last_year: int) -> tuple[Timex, Timex] | None:
    found = _YEAR_RANGE.search(timex.text)
    if last_year <= first_year or found is None or int(found.group(1)) != first_year \
            or not str(last_year).endswith(found.group(3)):
        return None
    pieces = []
    circa = timex.rule == "circa_year"  # "c. 1484–1545": the approximation belongs to the first year
    for (begin, end), year, which in (((found.start(1), found.end(1)), first_year, "first"),
                                      ((found.start(3), found.end(3)), last_year, "last")):
        pieces.append(replace(timex, start=timex.start + begin, end=timex.start + end, text=timex.text[begin:end],
                              value=f"{year:04d}", interval=cal.year_span(year),
                              mod=None if circa and which == "last" else timex.mod,
                              explanation=f"{timex.explanation}; written for TimeML as the range's {which} year"))
    return pieces[0], pieces[1]


def _day(timex: Timex, begin: int, end: int, day: date, which: str) -> Timex:
    text = timex.text[begin:end]
    stripped = len(text) - len(text.lstrip())
    begin += stripped
    text = text.strip()
    end = begin + len(text)
    return replace(timex, start=timex.start + begin, end=timex.start + end, text=text, value=day.isoformat(),
                   interval=cal.day_span(day),
                   explanation=f"{timex.explanation}; written for TimeML as the range's {which} day, {day.isoformat()}")
