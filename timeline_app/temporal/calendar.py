"""Calendar arithmetic on the units TimeML names: spans, values and shifts.

Every function works on naive ``date``/``datetime`` values and raises ValueError or
OverflowError outside years 1..9999; the tagger turns those into an unresolved value.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

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


def holiday_date(key: str, year: int) -> date:
    if key == "easter":
        return easter(year)
    if key == "easter+1":
        return easter(year) + timedelta(days=1)
    if key == "easter-2":
        return easter(year) - timedelta(days=2)
    if key.startswith("thanksgiving"):  # fourth Thursday of November (United States); "+1": Black Friday
        first = date(year, 11, 1)
        shift = int(key[len("thanksgiving"):] or 0)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21 + shift)
    if key == "memorial":  # last Monday of May
        last = date(year, 5, 31)
        return last - timedelta(days=last.weekday())
    if key == "labor":  # first Monday of September
        first = date(year, 9, 1)
        return first + timedelta(days=(7 - first.weekday()) % 7)
    if key == "election":  # Tuesday after the first Monday of November
        first = date(year, 11, 1)
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        return monday + timedelta(days=1)
    month, day = key.split("-")
    return date(year, int(month), int(day))


def describe_day(day: date) -> str:
    return f"{day.isoformat()} (a {WEEKDAY_NAMES[day.weekday()]})"
