"""Turning the dates other tools write into our intervals, grains and TimeML values.

Imported events have no article behind them, so their time is what the file states:
a bare year is the whole year, ``2020-03`` the month, a date the day, a date-time the
minute; an explicit end (inclusive, as people and CSV files write it) widens that.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from timeline_app.core.times import value_for
from timeline_app.temporal.model import Grain, Interval


def parse_point(text: str) -> tuple[datetime, Grain]:
    """``2020``, ``2020-03``, ``2020-03-12`` or an ISO date-time, with its grain.

    A time zone is dropped after converting nothing: the wall-clock time stated is kept,
    as everywhere in the model. Raises ValueError for anything else.
    """
    raw = text.strip()
    if not raw:
        raise ValueError("empty date")
    if raw.lstrip("-").isdigit() and len(raw.lstrip("-")) <= 4:
        return datetime(int(raw), 1, 1), Grain.YEAR
    if len(raw) == 7 and raw[4] == "-":
        return datetime(int(raw[:4]), int(raw[5:7]), 1), Grain.MONTH
    moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    grain = Grain.DAY if len(raw) == 10 else (Grain.SECOND if moment.second else Grain.MINUTE)
    return moment.replace(tzinfo=None), grain


def unit_after(start: datetime, grain: Grain) -> datetime:
    """The exclusive end of the ``grain``-sized unit beginning at ``start``."""
    steps = {Grain.YEAR: relativedelta(years=1), Grain.MONTH: relativedelta(months=1),
             Grain.DAY: relativedelta(days=1), Grain.HOUR: relativedelta(hours=1),
             Grain.MINUTE: relativedelta(minutes=1), Grain.SECOND: relativedelta(seconds=1)}
    return start + steps.get(grain, relativedelta(days=1))


def interval_from_texts(start_text: str, end_text: str | None = None) -> tuple[Interval, Grain, str]:
    """The interval from an inclusive ``start``..``end`` pair, its grain and TimeML value."""
    start, grain = parse_point(start_text)
    end = unit_after(start, grain)
    if end_text and end_text.strip():
        last, last_grain = parse_point(end_text)
        end = max(end, unit_after(last, last_grain))
    interval = Interval(start, end)
    return interval, grain, value_for(interval, grain)


def inclusive_end(interval: Interval) -> datetime:
    """The last day (for whole-day intervals) or instant inside ``interval``."""
    if interval.end.time() == datetime.min.time() and interval.start.time() == datetime.min.time():
        return interval.end - timedelta(days=1)
    return interval.latest


def is_whole_days(interval: Interval) -> bool:
    return interval.start.time() == datetime.min.time() and interval.end.time() == datetime.min.time()


def as_date(moment: datetime) -> date:
    return moment.date()
