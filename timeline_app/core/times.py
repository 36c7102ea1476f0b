"""Plain conversions between the temporal engine's values and what files store.

Intervals stay half-open inside the model (see :mod:`timeline_app.temporal.model`);
files carry both the half-open ``start``/``end`` (lossless) and the inclusive
``earliest``/``latest`` that people read.
"""
from __future__ import annotations

import re
from datetime import datetime

from dateutil.relativedelta import relativedelta

from timeline_app.temporal.model import Grain, Interval

_DURATION = re.compile(
    r"^P(?:(?P<Y>[\dX.]+)Y)?(?:(?P<M>[\dX.]+)M)?(?:(?P<W>[\dX.]+)W)?(?:(?P<D>[\dX.]+)D)?"
    r"(?:T(?:(?P<H>[\dX.]+)H)?(?:(?P<TM>[\dX.]+)M)?(?:(?P<S>[\dX.]+)S)?)?$"
)
_UNITS = {"Y": "years", "M": "months", "W": "weeks", "D": "days", "H": "hours", "TM": "minutes", "S": "seconds"}
_UNIT_GRAIN = {"Y": Grain.YEAR, "M": Grain.MONTH, "W": Grain.WEEK, "D": Grain.DAY,
               "H": Grain.HOUR, "TM": Grain.MINUTE, "S": Grain.SECOND}

#: How many units an unspecified TimeML count ("PXW", "the weeks leading up to") spans.
#: Chosen so that the interval is wide enough to be honest, narrow enough to be useful.
UNSPECIFIED_COUNT = 3


def is_length(value: str | None) -> bool:
    """Whether a TimeML value is a length ("P3D", "PTXH"), not a date or a vague reference
    ("PAST_REF" also starts with P)."""
    return bool(value) and re.match(r"PT?[\dX]", value or "") is not None


def parse_duration(value: str) -> tuple[relativedelta, bool, Grain | None]:
    """A TimeML duration as ``(delta, is_unspecified, finest grain)``.

    ``PXW`` ("weeks") has no count: it is read as :data:`UNSPECIFIED_COUNT` units and
    reported as unspecified so callers can widen the interval instead of pretending.
    Raises ValueError for anything that is not a TimeML duration.
    """
    match = _DURATION.match(value or "")
    if not match or value in ("P", "PT"):
        raise ValueError(f"not a TimeML duration: {value!r}")
    kwargs: dict[str, float] = {}
    unspecified = False
    grain: Grain | None = None
    for key, name in _UNITS.items():
        raw = match.group(key)
        if raw is None:
            continue
        grain = _UNIT_GRAIN[key]
        if "X" in raw:
            unspecified = True
            count = float(UNSPECIFIED_COUNT)
        else:
            count = float(raw)
        if name == "weeks":
            kwargs["days"] = kwargs.get("days", 0) + 7 * count
        else:
            kwargs[name] = kwargs.get(name, 0) + count
    ints = {k: int(v) for k, v in kwargs.items() if float(v).is_integer()}
    if len(ints) != len(kwargs):
        raise ValueError(f"fractional durations are not supported: {value!r}")
    return relativedelta(**ints), unspecified, grain  # type: ignore[arg-type]


def interval_to_dict(interval: Interval | None) -> dict[str, str | None]:
    """Half-open and inclusive bounds of ``interval`` (all None when unknown)."""
    if interval is None:
        return {"start": None, "end": None, "earliest": None, "latest": None}
    earliest, latest = interval.inclusive()
    return {
        "start": interval.start.isoformat(timespec="seconds"),
        "end": interval.end.isoformat(timespec="seconds"),
        "earliest": earliest,
        "latest": latest,
    }


def interval_from_dict(data: dict[str, object]) -> Interval | None:
    start, end = data.get("start"), data.get("end")
    if not start or not end:
        return None
    return Interval(datetime.fromisoformat(str(start)), datetime.fromisoformat(str(end)))


def grain_to_str(grain: Grain | None) -> str | None:
    return grain.label if grain is not None else None


def grain_from_str(label: object) -> Grain | None:
    if label is None or label == "":
        return None
    return Grain[str(label).upper().replace(" ", "_")]


def day_interval(day: datetime) -> Interval:
    """The whole calendar day containing ``day``."""
    start = datetime(day.year, day.month, day.day)
    return Interval(start, start + relativedelta(days=1))


def value_for(interval: Interval, grain: Grain | None) -> str:
    """The TimeML value naming ``interval`` at ``grain`` (e.g. ``2020-03``, ``2020-W11``)."""
    start = interval.start
    if grain is None:
        grain = Grain.DAY if interval.duration.days <= 1 else Grain.MONTH
    if grain <= Grain.YEAR:
        return f"{start.year:04d}"
    months = (interval.end.year - start.year) * 12 + interval.end.month - start.month
    if grain is Grain.QUARTER and start.month % 3 == 1 and start.day == 1 and months == 3:
        return f"{start.year:04d}-Q{start.month // 3 + 1}"  # "a year earlier" than 2024-Q4: 2023-Q4, not 2023-10
    if grain is Grain.HALF and start.month in (1, 7) and start.day == 1 and months == 6:
        return f"{start.year:04d}-H{start.month // 6 + 1}"
    if grain in (Grain.HALF, Grain.QUARTER, Grain.SEASON, Grain.MONTH):
        return f"{start.year:04d}-{start.month:02d}"
    if grain is Grain.WEEK:
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if grain in (Grain.DAY, Grain.PART_OF_DAY):
        return start.date().isoformat()
    if grain is Grain.HOUR:
        return start.strftime("%Y-%m-%dT%H")
    if grain is Grain.MINUTE:
        return start.strftime("%Y-%m-%dT%H:%M")
    return start.isoformat(timespec="seconds")
