"""Calendar arithmetic on the units TimeML names: spans, values and shifts.

Every function works on naive ``date``/``datetime`` values and raises ValueError or
OverflowError outside years 1..9999; the tagger turns those into an unresolved value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from timeline_app.temporal.model import Grain, Interval

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_NAME = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
POD_HOURS = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 22), "NI": (20, 30), "DT": (8, 18)}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
END_OF_TIME = datetime.max


def at_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _after(moment: datetime, delta: timedelta | relativedelta) -> datetime:
    try:
        return moment + delta
    except (OverflowError, ValueError):
        return END_OF_TIME


def day_span(day: date) -> Interval:
    start = at_midnight(day)
    return Interval(start, _after(start, timedelta(days=1)))


def month_span(year: int, month: int) -> Interval:
    start = datetime(year, month, 1)
    return Interval(start, _after(start, relativedelta(months=1)))


def year_span(year: int) -> Interval:
    start = datetime(year, 1, 1)
    return Interval(start, _after(start, relativedelta(years=1)))


def years_span(first: int, count: int) -> Interval:
    start = datetime(max(first, 1), 1, 1)
    return Interval(start, _after(datetime(max(first, 1), 1, 1), relativedelta(years=count - max(0, 1 - first))))


def quarter_span(year: int, quarter: int) -> Interval:
    start = datetime(year, 3 * quarter - 2, 1)
    return Interval(start, _after(start, relativedelta(months=3)))


def half_span(year: int, half: int) -> Interval:
    start = datetime(year, 6 * half - 5, 1)
    return Interval(start, _after(start, relativedelta(months=6)))


def season_span(year: int, season: str) -> Interval:
    """Meteorological seasons of the northern hemisphere. Winter Y is the one that ends in
    February of Y (December Y-1 to February Y), as "the 2014 winter" or "Winter 2014" reads."""
    if season == "WI":
        if year <= 1:
            start = datetime(1, 1, 1)
            return Interval(start, datetime(1, 3, 1))
        start = datetime(year - 1, 12, 1)
    else:
        start = datetime(year, SEASON_START[season], 1)
    return Interval(start, _after(start, relativedelta(months=3)))


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def week_span(day: date) -> Interval:
    start = at_midnight(week_start(day))
    return Interval(start, _after(start, timedelta(days=7)))


def weekend_span(day: date) -> Interval:
    start = at_midnight(week_start(day) + timedelta(days=5))
    return Interval(start, _after(start, timedelta(days=2)))


def pod_span(day: date, pod: str) -> Interval:
    first, last = POD_HOURS.get(pod, (0, 24))
    base = at_midnight(day)
    return Interval(_after(base, timedelta(hours=first)), _after(base, timedelta(hours=last)))


def narrow(span: Interval, mod: str | None) -> Interval:
    """The part of ``span`` that "early"/"mid"/"late" point to: its first, middle or last third."""
    if mod not in ("START", "MID", "END") or span.end == END_OF_TIME:
        return span
    third = (span.end - span.start) / 3
    if third < timedelta(hours=1):
        return span
    cut = timedelta(days=third.days) if third >= timedelta(days=1) else third
    if mod == "START":
        return Interval(span.start, span.start + cut)
    if mod == "END":
        return Interval(span.end - cut, span.end)
    return Interval(span.start + cut, span.end - cut)


def shift(day: date, amount: int, unit: str) -> date:
    """``day`` moved by ``amount`` units (D, W, M, Q, Y, DE, CE, WE, FN, N)."""
    if unit in ("D", "N"):
        return day + timedelta(days=amount)
    if unit in ("W", "WE"):
        return day + timedelta(weeks=amount)
    if unit == "FN":
        return day + timedelta(weeks=2 * amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000}[unit]
    return day + relativedelta(months=months * amount)


_WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HOLIDAY_KEY = re.compile(r"(easter|thanksgiving|advent)([+-]\d{1,2})?|([1-4]|last)(mon|tue|wed|thu|fri|sat|sun)-(\d\d)"
                          r"|(\d\d)-(\d\d)|(election)")


@dataclass(frozen=True)
class HolidayTable:
    """A holiday of a lunar or lunisolar calendar (Chinese, Hebrew, Islamic) by its Gregorian days,
    read from resources/temporal/en/holiday_dates.toml (made by scripts/holiday_table.py).

    ``spans`` holds each occurrence's first and last day (inclusive, the same day for a one-day
    holiday), in order. ``uncertainty`` is how many days an observed date may lie either side of
    the table's: an Islamic month begins on a sighting of the new moon, country by country."""

    name: str
    calendar: str
    uncertainty: int
    spans: tuple[tuple[date, date], ...]

    @classmethod
    def parse(cls, name: str, data: dict[str, Any]) -> "HolidayTable":
        """Build a table from its TOML; ValueError names what is wrong (bad day, days out of order)."""
        spans: list[tuple[date, date]] = []
        for text in data.get("days", []):
            first, _, last = str(text).partition("/")
            span = (date.fromisoformat(first), date.fromisoformat(last or first))
            if span[1] < span[0] or (spans and span[0] <= spans[-1][1]):
                raise ValueError(f"{text!r} ends before it starts or is out of order")
            spans.append(span)
        uncertainty = data.get("uncertainty", 0)
        if not spans or not isinstance(uncertainty, int) or not 0 <= uncertainty <= 3:
            raise ValueError("needs 'days' and an 'uncertainty' of 0 to 3 days")
        return cls(name, str(data.get("calendar", "")), uncertainty, tuple(spans))

    def starting_in(self, year: int) -> list[tuple[date, date]]:
        """The occurrences that begin in Gregorian ``year`` (an Islamic holiday can begin twice)."""
        return [span for span in self.spans if span[0].year == year]


_TABLE_KEY = re.compile(r"table:([a-z]+(?:-[a-z]+)*)([+-]\d{1,2})?")


def table_key(key: str) -> tuple[str, int] | None:
    """("chinese-new-year", -1) for the key "table:chinese-new-year-1" (the eve), None for a key
    of the calendar's own grammar."""
    match = _TABLE_KEY.fullmatch(key)
    return None if match is None else (match.group(1), int(match.group(2) or 0))


def check_holiday_key(key: str, tables: dict[str, HolidayTable] | None = None) -> None:
    """Raise ValueError unless `key` is a holiday rule :func:`holiday_date` can compute, or a
    "table:<name>[+-N]" key naming one of ``tables``."""
    if key.startswith("table:"):
        found = table_key(key)
        if found is None or found[0] not in (tables or {}):
            raise ValueError(f"holiday key {key!r} names no table of holiday_dates.toml")
        return
    if key == "year":  # a festival with no date table: only its year is told
        return
    if not all(_HOLIDAY_KEY.fullmatch(part) for part in key.split("..", 1)):
        raise ValueError(f"holiday key {key!r} is none of 'MM-DD', 'easter[+-N]', 'thanksgiving[+-N]', "
                         "'<1-4|last><weekday>-MM' or 'election'")
    for year in (2000, 2001):  # a leap year and a common one: "02-30" and "13-01" fail here
        try:
            holiday_date(key, year)
        except ValueError:
            raise ValueError(f"holiday key {key!r} names no day of the year") from None


def holiday_date(key: str, year: int) -> date:
    """The day a holiday falls on in `year`. Keys (resources/temporal/en/vocabulary.toml [holiday]):
    "12-25" a fixed day; "easter", "easter-2" (Good Friday) days from Western Easter; "thanksgiving",
    "thanksgiving+1" (Black Friday) days from the fourth Thursday of November; "3mon-01" the third
    Monday of January, "lastmon-05" the last Monday of May; "election" the Tuesday after the first
    Monday of November; "advent" Advent Sunday. A season written "easter-46..easter-1" (Lent) begins
    on the day of its first key."""
    match = _HOLIDAY_KEY.fullmatch(key.split("..", 1)[0])
    if match is None:
        raise ValueError(f"unknown holiday key {key!r}")
    movable, offset, nth, weekday, month, fixed_month, fixed_day, election = match.groups()
    if movable:
        if movable == "easter":
            base = easter(year)
        elif movable == "advent":  # Advent Sunday, the fourth Sunday before Christmas (27 Nov to 3 Dec)
            christmas = date(year, 12, 25)
            base = christmas - timedelta(days=(christmas.weekday() + 1) % 7 or 7) - timedelta(days=21)
        else:  # fourth Thursday of November (United States)
            first = date(year, 11, 1)
            base = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return base + timedelta(days=int(offset or 0))
    if nth:
        wanted = _WEEKDAY_KEYS.index(weekday)
        if nth == "last":
            following = date(year + 1, 1, 1) if month == "12" else date(year, int(month) + 1, 1)
            last = following - timedelta(days=1)
            return last - timedelta(days=(last.weekday() - wanted) % 7)
        first = date(year, int(month), 1)
        return first + timedelta(days=(wanted - first.weekday()) % 7 + 7 * (int(nth) - 1))
    if election:  # Tuesday after the first Monday of November
        first = date(year, 11, 1)
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        return monday + timedelta(days=1)
    return date(year, int(fixed_month), int(fixed_day))


def describe_day(day: date) -> str:
    return f"{day.isoformat()} (a {WEEKDAY_NAMES[day.weekday()]})"
